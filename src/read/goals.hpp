#pragma once
// The 绩效目标 cell: items as `<p>…</p>` elements (the HTML the budget systems store), or as
// numbered text run together (`1.提升… 2.面向…`). Each item comes back cleaned and without its
// number, which is its position.

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

std::vector<std::string> split_goals(std::string_view text);

}  // namespace jixiao::detail
