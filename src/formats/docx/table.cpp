#include "table.hpp"

#include "../ooxml/diagnostics.hpp"
#include "../ooxml/occupancy.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <limits>

namespace jixiao::detail {
namespace {

std::uint32_t saturating_add(std::uint32_t a, std::uint32_t b) noexcept {
  return a > std::numeric_limits<std::uint32_t>::max() - b ? std::numeric_limits<std::uint32_t>::max() : a + b;
}

}  // namespace

void DocxTable::skip_columns(std::uint32_t count) noexcept {
  if (!rows_.empty() && rows_.back().cells.empty()) rows_.back().next_column = count;
}

// A damaged file can open a row inside a cell or a cell inside a cell: the open cell ends first.
void DocxTable::start_row() {
  finish_row();
  rows_.emplace_back();
  in_row_ = true;
}

void DocxTable::start_cell() {
  if (in_cell_) finish_cell();
  if (!in_row_) start_row();
  rows_.back().cells.emplace_back();
  in_cell_ = true;
}

void DocxTable::set_span(std::uint32_t columns) noexcept {
  if (in_cell_) cell().span = std::max<std::uint32_t>(columns, 1);
}

void DocxTable::set_vertical_merge(Merge merge) noexcept {
  if (in_cell_) cell().vertical = merge;
}

void DocxTable::set_horizontal_merge(Merge merge) noexcept {
  if (in_cell_) cell().horizontal = merge;
}

void DocxTable::add_paragraph(std::string_view text) {
  if (!in_cell_ || text.empty()) return;
  std::string& out = cell().text;
  if (!out.empty()) out += '\n';
  out += text;
}

void DocxTable::add_nested(std::uint32_t table) {
  if (in_cell_) cell().nested.push_back(table);
}

void DocxTable::finish_cell() {
  if (!in_cell_) return;
  in_cell_ = false;
  Row& row = rows_.back();
  Cell& c = row.cells.back();
  c.column = row.next_column;
  row.next_column = saturating_add(c.column, c.span);
  const std::uint32_t end = row.next_column;
  const auto overlapping = [&](const OpenMerge& m) { return m.column >= c.column && m.column < end; };

  // A legacy horizontal merge (w:hMerge) widens the cell before it.
  if (c.horizontal == Merge::continuation) {
    for (std::size_t k = row.cells.size() - 1; k-- > 0;) {
      if (row.cells[k].covered) continue;
      row.cells[k].span = saturating_add(row.cells[k].span, c.span);
      c.covered = true;
      return;
    }
  }
  if (c.vertical == Merge::continuation) {
    const auto open = std::find_if(open_.begin(), open_.end(), [&](const OpenMerge& m) { return m.column == c.column; });
    if (open != open_.end()) {
      rows_[open->row].cells[open->cell].row_span = static_cast<std::uint32_t>(rows_.size() - open->row);
      open->continued = true;
      c.covered = true;
      return;
    }
    // Nothing above to continue: the cell starts the merge itself.
  }
  std::erase_if(open_, overlapping);
  if (c.vertical != Merge::none) open_.push_back(OpenMerge{c.column, rows_.size() - 1, row.cells.size() - 1, true});
}

void DocxTable::finish_row() {
  if (in_cell_) finish_cell();
  if (!in_row_) return;
  in_row_ = false;
  // A merge ends at the first row that does not continue it.
  std::erase_if(open_, [](const OpenMerge& m) { return !m.continued; });
  for (OpenMerge& m : open_) m.continued = false;
}

void DocxTable::write(Grid& grid, std::size_t& cells, std::size_t max_cells) const {
  Occupancy occupancy;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    occupancy.next_row();
    const auto row_number = static_cast<std::uint32_t>(std::min<std::size_t>(r + 1, std::numeric_limits<std::uint32_t>::max()));
    const std::size_t line = grid.add_row(RowKind::table_row, number_, row_number, number_).line;
    const std::string place = "table " + std::to_string(number_) + ", row " + std::to_string(r + 1);
    for (const Cell& c : rows_[r].cells) {
      const std::size_t column = std::size_t{c.column} + 1;
      for (const std::uint32_t nested : c.nested)
        grid.add_diagnostic(Diagnostic{line, column, Severity::info, grid_code::nested_table,
                                       place + ", cell " + std::to_string(column) + " holds a table of its own: read as table " +
                                           std::to_string(nested) + ", after table " + std::to_string(number_)});
      if (c.text.empty()) continue;
      if (c.covered) {
        grid.add_diagnostic(Diagnostic{line, column, Severity::warning, grid_code::cell_covered,
                                       place + ", cell " + std::to_string(column) + " holds \"" + excerpt_bytes(c.text) +
                                           "\" in a merged cell, which shows only its first cell's text: left out"});
        continue;
      }
      if (++cells > max_cells)
        throw LimitError("the document has more than ReadOptions::max_cells (" + std::to_string(max_cells) + ") cells");
      if (!occupancy.place(c.column, c.span, c.row_span)) {
        grid.add_diagnostic(Diagnostic{line, column, Severity::warning, grid_code::cell_covered,
                                       place + ", cell " + std::to_string(column) + " holds \"" + excerpt_bytes(c.text) +
                                           "\" where a wider or merged cell above already stands: left out"});
        continue;
      }
      grid.add_cell(c.text, c.column, c.row_span, c.span);
    }
  }
}

}  // namespace jixiao::detail
