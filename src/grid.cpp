#include <jixiao/error.hpp>
#include <jixiao/grid.hpp>

#include <limits>
#include <utility>

namespace jixiao {

void Grid::name_part(std::uint32_t number, std::string name) {
  if (map_.part_names.size() < number) map_.part_names.resize(number);
  if (number > 0) map_.part_names[number - 1] = std::move(name);
}

GridRow& Grid::add_row(RowKind kind, std::uint32_t part, std::uint32_t row, std::uint32_t table) {
  return add_row_at(rows_.empty() ? 1 : rows_.back().line + 1, kind, part, row, table);
}

GridRow& Grid::add_row_at(std::size_t line, RowKind kind, std::uint32_t part, std::uint32_t row, std::uint32_t table) {
  if (!rows_.empty() && line <= rows_.back().line) throw Error("grid rows must come in increasing line order");
  GridRow& added = rows_.emplace_back();
  added.kind = kind;
  added.line = line;
  added.part = part;
  added.row = row;
  added.table = kind == RowKind::table_row ? table : 0;
  added.first_cell = static_cast<std::uint32_t>(cells_.size());
  if (map_.format != Format::text) map_.add(line, part, row);
  return added;
}

GridCell& Grid::add_cell(std::string_view text, std::uint32_t column, std::uint32_t row_span,
                         std::uint32_t column_span, Box box) {
  if (rows_.empty()) throw Error("a grid cell needs a row: add_row first");
  constexpr std::size_t limit = std::numeric_limits<std::uint32_t>::max();
  if (text.size() > limit - text_.size() || cells_.size() >= limit)
    throw LimitError("the grid's text passes 4 GiB");
  GridCell& cell = cells_.emplace_back();
  cell.offset = static_cast<std::uint32_t>(text_.size());
  cell.size = static_cast<std::uint32_t>(text.size());
  cell.column = column;
  cell.row_span = row_span == 0 ? 1 : row_span;
  cell.column_span = column_span == 0 ? 1 : column_span;
  cell.box = box;
  text_ += text;
  ++rows_.back().cell_count;
  if (!box.empty()) {
    // Kept in (line, column) order for location(): a row's cells may come in any column order.
    auto& boxes = map_.boxes;
    boxes.push_back(CellBox{rows_.back().line, column + 1, box});
    for (std::size_t i = boxes.size() - 1; i > 0 && boxes[i - 1].line == boxes[i].line && boxes[i - 1].column > boxes[i].column; --i)
      std::swap(boxes[i - 1], boxes[i]);
  }
  return cell;
}

}  // namespace jixiao
