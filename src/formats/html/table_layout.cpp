#include "table_layout.hpp"

#include "codes.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <limits>
#include <string>

namespace jixiao::detail {

void SlotBudget::spend(std::size_t slots) {
  if (slots > max_ - std::min(max_, spent_))
    throw LimitError("the page's tables have more than ReadOptions::max_cells (" + std::to_string(max_) +
                     ") cells, a merged cell counting once for each row and column it covers");
  spent_ += slots;
}

void TableLayout::begin_group() {
  if (group_open_) end_group();
  group_open_ = true;
}

void TableLayout::end_group() {
  if (!group_open_) return;
  const auto rows = static_cast<std::uint32_t>(row_first_cell_.size());
  for (const std::uint32_t index : spanning_) {
    Cell& cell = cells_[index];
    const std::uint32_t left = rows - cell.row;
    if (cell.row_span == 0 || cell.row_span > left) cell.row_span = left;
  }
  spanning_.clear();
  active_ = {};
  active_columns_ = 0;
  ++group_;
  group_open_ = false;
  cell_open_ = false;
}

void TableLayout::begin_row() {
  if (!group_open_) begin_group();
  if (row_first_cell_.size() >= std::numeric_limits<std::uint32_t>::max() - 1)
    throw LimitError("a table of the page has more than 2^32 rows");
  const auto row = static_cast<std::uint32_t>(row_first_cell_.size());
  row_first_cell_.push_back(static_cast<std::uint32_t>(cells_.size()));
  while (!active_.empty() && active_.top().first <= row) {
    active_columns_ -= active_.top().second;
    active_.pop();
  }
  budget_->spend(active_columns_);
  next_column_ = 0;
  cell_open_ = false;
}

std::uint32_t TableLayout::begin_cell(std::uint32_t column_span, std::uint32_t row_span) {
  if (row_first_cell_.empty() || !group_open_) begin_row();
  const auto row = static_cast<std::uint32_t>(row_first_cell_.size() - 1);
  // Past the cells spanning down from above, one whole cell at a step.
  while (next_column_ < cover_.size()) {
    const Cover& cover = cover_[next_column_];
    if (cover.group != group_ || cover.until <= row) break;
    next_column_ = cover.end;
  }
  budget_->spend(column_span);
  if (next_column_ + column_span > std::numeric_limits<std::uint32_t>::max())
    throw LimitError("a table of the page is more than 2^32 columns wide");
  const auto column = static_cast<std::uint32_t>(next_column_);
  const std::uint32_t end = column + column_span;
  if (row_span != 1) {
    const std::uint64_t until64 = row_span == 0 ? std::numeric_limits<std::uint32_t>::max()
                                                : std::min<std::uint64_t>(std::uint64_t{row} + row_span,
                                                                          std::numeric_limits<std::uint32_t>::max());
    const auto until = static_cast<std::uint32_t>(until64);
    if (cover_.size() < end) cover_.resize(end);
    for (std::uint32_t c = column; c < end; ++c) cover_[c] = Cover{until, end, group_};
    active_.emplace(until, column_span);
    active_columns_ += column_span;
    spanning_.push_back(static_cast<std::uint32_t>(cells_.size()));
  }
  cells_.push_back(Cell{row, column, column_span, row_span, static_cast<std::uint32_t>(pieces_.size()), 0, false});
  cell_open_ = true;
  next_column_ = end;
  width_ = std::max(width_, end);
  return column;
}

void TableLayout::add_text(TextRange text) {
  if (!in_cell()) return;
  pieces_.push_back(Piece{text, no_table});
  ++cells_.back().piece_count;
}

void TableLayout::add_table(FlatTable table) {
  if (!in_cell()) return;
  nested_.push_back(std::move(table));
  pieces_.push_back(Piece{{}, static_cast<std::uint32_t>(nested_.size() - 1)});
  ++cells_.back().piece_count;
  cells_.back().holds_table = true;
}

void TableLayout::note(Diagnostic diagnostic) {
  const auto row = static_cast<std::uint32_t>(row_first_cell_.empty() ? 0 : row_first_cell_.size() - 1);
  if (in_cell()) diagnostic.column = std::size_t{cells_.back().column} + 1;
  notes_.push_back(FlatNote{row, std::move(diagnostic)});
}

std::uint32_t TableLayout::sub_rows(const Cell& cell) const noexcept {
  std::uint32_t count = 0;
  for (std::uint32_t p = cell.first_piece; p < cell.first_piece + cell.piece_count; ++p) {
    const Piece& piece = pieces_[p];
    count += piece.table == no_table ? (piece.text.empty() ? 0 : 1) : static_cast<std::uint32_t>(nested_[piece.table].rows.size());
  }
  return count;
}

// A cell holding tables (or the pieces of a container nested in it): each piece of its text a row
// of one cell, each nested table its rows, in order, from `first_line` (the cell's own row) on.
void TableLayout::place_holding_cell(const Cell& cell, std::vector<std::vector<FlatCell>>& lines,
                                     std::vector<FlatRow>& line_rows, std::vector<bool>& line_named,
                                     std::uint32_t first_line, FlatTable& out) {
  std::uint32_t line = 0;
  const auto name = [&](std::uint32_t at, std::uint32_t part, std::uint32_t row) {
    if (line_named[at]) return;
    line_named[at] = true;
    line_rows[at].part = part;
    line_rows[at].row = row;
  };
  for (std::uint32_t p = cell.first_piece; p < cell.first_piece + cell.piece_count; ++p) {
    const Piece& piece = pieces_[p];
    if (piece.table == no_table) {
      if (piece.text.empty()) continue;
      lines[line].push_back(FlatCell{piece.text, cell.column, 1, cell.column_span});
      name(line, part_, cell.row + 1);
      ++line;
      continue;
    }
    FlatTable& table = nested_[piece.table];
    if (table.width > cell.column_span && cell.column + cell.column_span < width_) {
      Diagnostic overflow{0, std::size_t{cell.column} + 1, Severity::warning,
                          std::string(html_code::nested_table_overflow),
                          "a table nested in this cell is " + std::to_string(table.width) +
                              " columns wide in a cell of " + std::to_string(cell.column_span) +
                              ": its columns run into those of the cells to its right"};
      out.notes.push_back(FlatNote{first_line + line, std::move(overflow)});
    }
    for (FlatNote& note : table.notes) {
      note.row += first_line + line;
      if (note.diagnostic.column != 0) note.diagnostic.column += cell.column;
      out.notes.push_back(std::move(note));
    }
    for (const FlatRow& row : table.rows) {
      for (std::uint32_t c = row.first_cell; c < row.first_cell + row.cell_count; ++c) {
        FlatCell placed = table.cells[c];
        placed.column += cell.column;
        lines[line].push_back(placed);
      }
      name(line, row.part, row.row);
      ++line;
    }
    out.width = std::max(out.width, cell.column + table.width);
  }
}

// A cell without nested tables; `start`: the first output row of each source row.
FlatCell TableLayout::flat_cell(const Cell& cell, const std::vector<std::uint32_t>& start) const noexcept {
  const TextRange text = cell.piece_count > 0 ? pieces_[cell.first_piece].text : TextRange{};
  return FlatCell{text, cell.column, start[cell.row + cell.row_span] - start[cell.row], cell.column_span};
}

bool TableLayout::is_container() const noexcept {
  if (width_ <= 1) return true;
  for (const Cell& cell : cells_) {
    if (!cell.holds_table) continue;
    for (std::uint32_t p = cell.first_piece; p < cell.first_piece + cell.piece_count; ++p)
      if (pieces_[p].table == no_table && !pieces_[p].text.empty()) return true;
  }
  return false;
}

TableContent TableLayout::container_content() {
  TableContent content;
  content.container = true;
  for (const Cell& cell : cells_) {
    for (std::uint32_t p = cell.first_piece; p < cell.first_piece + cell.piece_count; ++p) {
      const Piece& piece = pieces_[p];
      if (piece.table != no_table) content.pieces.push_back(ContentPiece{{}, std::move(nested_[piece.table]), true});
      else if (!piece.text.empty()) content.pieces.push_back(ContentPiece{piece.text, {}, false});
    }
  }
  for (FlatNote& note : notes_) {
    note.diagnostic.column = 0;
    content.notes.push_back(std::move(note.diagnostic));
  }
  return content;
}

TableContent TableLayout::finish() {
  end_group();
  if (is_container()) return container_content();
  TableContent content;
  content.table = flatten();
  return content;
}

FlatTable TableLayout::flatten() {
  FlatTable out;
  out.part = part_;
  out.width = width_;
  const auto rows = static_cast<std::uint32_t>(row_first_cell_.size());
  // The rows each source row takes: one, or as many as a cell's nested rows need.
  std::vector<std::uint32_t> start(std::size_t{rows} + 1, 0);
  std::vector<std::uint32_t> taken(rows, 1);
  std::vector<bool> holding(rows, false);
  for (const Cell& cell : cells_) {
    if (!in_pieces(cell)) continue;
    taken[cell.row] = std::max(taken[cell.row], sub_rows(cell));
    holding[cell.row] = true;
  }
  for (std::uint32_t r = 0; r < rows; ++r) start[r + 1] = start[r] + taken[r];
  for (FlatNote& note : notes_) note.row = start[note.row];
  out.notes = std::move(notes_);

  std::vector<std::vector<FlatCell>> lines;
  std::vector<FlatRow> line_rows;
  std::vector<bool> line_named;
  for (std::uint32_t r = 0; r < rows; ++r) {
    const std::uint32_t first = row_first_cell_[r];
    const std::uint32_t last = r + 1 < rows ? row_first_cell_[r + 1] : static_cast<std::uint32_t>(cells_.size());
    if (!holding[r]) {
      out.rows.push_back(FlatRow{part_, r + 1, static_cast<std::uint32_t>(out.cells.size()), last - first});
      for (std::uint32_t c = first; c < last; ++c) out.cells.push_back(flat_cell(cells_[c], start));
      continue;
    }
    lines.assign(taken[r], {});
    line_rows.assign(taken[r], FlatRow{part_, r + 1, 0, 0});
    line_named.assign(taken[r], false);
    line_named[0] = true;
    for (std::uint32_t c = first; c < last; ++c) {
      const Cell& cell = cells_[c];
      if (in_pieces(cell)) {
        place_holding_cell(cell, lines, line_rows, line_named, start[r], out);
        continue;
      }
      lines[0].push_back(flat_cell(cell, start));
    }
    for (std::uint32_t line = 0; line < taken[r]; ++line) {
      FlatRow row = line_rows[line];
      row.first_cell = static_cast<std::uint32_t>(out.cells.size());
      row.cell_count = static_cast<std::uint32_t>(lines[line].size());
      out.cells.insert(out.cells.end(), lines[line].begin(), lines[line].end());
      out.rows.push_back(row);
    }
  }
  return out;
}

}  // namespace jixiao::detail
