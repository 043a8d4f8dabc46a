#pragma once
// Tables copied one cell per line, as a PDF viewer copies a table: each cell on a line of its own,
// the empty cells lost, and with them where one row ends and the next begins. Rebuilding the rows
// takes the number of columns from the header (一级指标 / 二级指标 / 三级指标 / … one per line) and
// the place of each cell from what it says: a 一级 or 二级 name starts a row, a cell that states a
// figure is a 指标值, the labels of the head (项目编码, 预算数, 资金支出计划 …) head their rows.

#include "rows.hpp"

#include <jixiao/grid.hpp>

#include <span>
#include <string_view>

namespace jixiao::detail {

// Whether a line is a lone cell that opens a table copied one cell per line: 项目编码 or 项目名称
// (the head), or 一级指标 (the indicator header).
bool opens_cell_lines(std::string_view line);
// Whether the lines hold the indicator header one cell per line: 一级指标 then 二级指标 on the next
// non-blank line.
bool holds_header_run(std::span<const Line> lines);

// Adds the rows of `lines`, a table copied one cell per line, to `out`: table rows with their cells
// at their columns and page numbers as lines, in line order, with a diagnostic saying what was
// rebuilt and one for each placing the text cannot decide.
void rebuild_cell_lines(std::span<const Line> lines, Grid& out);

}  // namespace jixiao::detail
