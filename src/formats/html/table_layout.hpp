#pragma once
// One <table> laid out by the HTML table model: each cell takes the first column of its row that no
// cell from a row above still covers, so cells shift right past those that span down to them.
// colspan is at most 1000 and rowspan at most 65534, as browsers read them; rowspan 0, and any
// rowspan past the end of its row group (thead, tbody, tfoot), end with the group.
//
// A table nested in a cell is flattened into the table around it: its rows follow on from the
// cell's row, its columns counted from the cell's column, and the other cells of that row span
// the added rows. The layout reader so reads one table under one header, with a nested block of
// indicators in the columns its cell stands in. A cell holding text beside a nested table keeps
// that text on a row of its own, in its place among the nested rows.
//
// A table that lays out the page instead of holding data is a container: one column wide (a frame
// around a title or around the page), or with a cell that holds a nested table beside text of its
// own (the title and unit paragraphs above the real table). Its cells' content is read as if it
// stood outside any table: text as lines, nested tables as tables of their own.

#include "flat_table.hpp"
#include "rendered_text.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace jixiao::detail {

// The slots (a row and a column) the tables of a page cover, counted against ReadOptions::max_cells:
// a merged cell counts once for each row and column it covers. Laying out a table costs at most a
// few steps per slot, and no table is wider than the slots counted.
class SlotBudget {
 public:
  explicit SlotBudget(std::size_t max_cells) noexcept : max_(max_cells) {}
  void spend(std::size_t slots);  // throws LimitError past the limit

 private:
  std::size_t max_;
  std::size_t spent_ = 0;
};

class TableLayout {
 public:
  TableLayout(std::uint32_t part, SlotBudget& budget) noexcept : part_(part), budget_(&budget) {}

  std::uint32_t part() const noexcept { return part_; }
  void begin_group();
  void end_group();
  void begin_row();
  // Places a cell on the current row (starting one if there is none); returns its column.
  std::uint32_t begin_cell(std::uint32_t column_span, std::uint32_t row_span);
  // The current cell's content, in order: pieces of text and nested tables.
  void add_text(TextRange text);
  void add_table(FlatTable table);
  // A diagnostic about the current cell.
  void note(Diagnostic diagnostic);
  bool in_cell() const noexcept { return !cells_.empty() && cell_open_; }
  void end_cell() noexcept { cell_open_ = false; }

  TableContent finish();

 private:
  struct Cell {
    std::uint32_t row = 0;
    std::uint32_t column = 0;
    std::uint32_t column_span = 1;
    std::uint32_t row_span = 1;  // 0 until its group ends: to the end of the group
    std::uint32_t first_piece = 0;
    std::uint32_t piece_count = 0;
    bool holds_table = false;
  };
  // A cell whose content is several pieces (text beside nested tables) takes rows of its own.
  static bool in_pieces(const Cell& cell) noexcept { return cell.holds_table || cell.piece_count > 1; }
  static constexpr std::uint32_t no_table = UINT32_MAX;
  struct Piece {
    TextRange text;
    std::uint32_t table = no_table;  // index in nested_, or no_table for text
  };
  // The cell from a row above that covers a column: until which row, up to which column, and in
  // which row group (coverage ends with its group).
  struct Cover {
    std::uint32_t until = 0;
    std::uint32_t end = 0;
    std::uint32_t group = 0;
  };

  void place_holding_cell(const Cell& cell, std::vector<std::vector<FlatCell>>& lines, std::vector<FlatRow>& line_rows,
                          std::vector<bool>& line_named, std::uint32_t first_line, FlatTable& out);
  std::uint32_t sub_rows(const Cell& cell) const noexcept;
  FlatCell flat_cell(const Cell& cell, const std::vector<std::uint32_t>& start) const noexcept;
  bool is_container() const noexcept;
  TableContent container_content();
  FlatTable flatten();

  std::uint32_t part_;
  SlotBudget* budget_;
  std::vector<Cell> cells_;
  std::vector<Piece> pieces_;
  std::vector<FlatTable> nested_;
  std::vector<std::uint32_t> row_first_cell_;
  std::vector<FlatNote> notes_;  // by row of this table; rows are renumbered by finish
  std::vector<Cover> cover_;
  std::uint32_t group_ = 1;
  bool group_open_ = false;
  bool cell_open_ = false;
  std::vector<std::uint32_t> spanning_;  // cells of the open group with a row span other than 1
  // Cells spanning down into coming rows: (the row they end before, their column span).
  std::priority_queue<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::pair<std::uint32_t, std::uint32_t>>,
                      std::greater<>>
      active_;
  std::size_t active_columns_ = 0;
  std::uint64_t next_column_ = 0;
  std::uint32_t width_ = 0;
};

}  // namespace jixiao::detail
