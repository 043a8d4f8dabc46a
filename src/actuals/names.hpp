#pragma once
// Codes and names as the tables write them (private to src/): spaces, tabs and U+3000 from the
// PDF extraction do not count when an actuals file names a project, an indicator or a column.

#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao::detail {

// The text without the characters that do not count.
std::string compact(std::string_view s);
// A hash of compact(s), without building it: equal when compact(a) == compact(b).
std::uint64_t compact_hash(std::string_view s);
// compact(a) == compact(b), without building either.
bool same_compacted(std::string_view a, std::string_view b);

}  // namespace jixiao::detail
