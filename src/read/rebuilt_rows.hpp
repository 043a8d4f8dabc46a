#pragma once
// What a rebuild of a table from plain text (aligned columns, one cell per line) hands the grid.

#include <jixiao/grid.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jixiao::detail {

// Adds `rows` to `out` in their order: a row with `text_line` set as a line of text (its one cell),
// any other as a table row with its non-empty `cells` at their columns, each at its `line`. Returns
// the number of table rows. A row's cells are strings or views: the rebuilds join some cells' lines
// and keep others as they stand.
template <class Rows>
std::size_t add_rebuilt_rows(const Rows& rows, Grid& out) {
  std::size_t table_rows = 0;
  for (const auto& row : rows) {
    const auto line = static_cast<std::uint32_t>(row.line);
    if (row.text_line) {
      out.add_row_at(row.line, RowKind::line, 0, line);
      out.add_cell(row.cells.front(), 0);
      continue;
    }
    ++table_rows;
    out.add_row_at(row.line, RowKind::table_row, 0, line, 1);
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (!std::string_view(row.cells[c]).empty()) out.add_cell(row.cells[c], static_cast<std::uint32_t>(c));
  }
  return table_rows;
}

}  // namespace jixiao::detail
