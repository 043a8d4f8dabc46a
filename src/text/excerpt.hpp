#pragma once
// Text quoted in a message (diagnostics, findings): trimmed, in “…”, cut after a number of code
// points with an ellipsis.

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::text {

std::string excerpt(std::string_view text, std::size_t max_code_points);

}  // namespace jixiao::text
