#pragma once
// A Word table (w:tbl) as it is read, row by row, until it is complete: only then are its merged
// cells known, since a vertical merge (w:vMerge) is written as a cell that restarts it and a
// continuing cell in each row below. A cell's column is its place on the table's grid — the
// w:gridBefore of its row plus the w:gridSpan of the cells before it — and a merged cell is one
// cell with spans, on its first row: the continuing cells are no cells of their own.

#include <jixiao/grid.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jixiao::detail {

enum class Merge : std::uint8_t { none, restart, continuation };

class DocxTable {
 public:
  explicit DocxTable(std::uint32_t number) : number_(number) {}

  std::uint32_t number() const noexcept { return number_; }

  void start_row();
  // w:gridBefore of the current row: grid columns left out before its first cell.
  void skip_columns(std::uint32_t count) noexcept;
  void start_cell();
  // Properties of the current cell (w:tcPr).
  void set_span(std::uint32_t columns) noexcept;
  void set_vertical_merge(Merge merge) noexcept;
  void set_horizontal_merge(Merge merge) noexcept;
  // A paragraph of the current cell: paragraphs are joined with a line break; empty ones are left out.
  void add_paragraph(std::string_view text);
  // A table nested in the current cell, read as a table of its own after this one.
  void add_nested(std::uint32_t table);
  void finish_cell();
  void finish_row();

  bool in_cell() const noexcept { return in_cell_; }

  // Writes the table's rows to the grid: part and table are its number, a row's number its
  // 1-based place in the table. Diagnoses text under merged cells and nested tables. Counts the
  // cells written in `cells` and throws LimitError past max_cells.
  void write(Grid& grid, std::size_t& cells, std::size_t max_cells) const;

 private:
  struct Cell {
    std::uint32_t column = 0;
    std::uint32_t span = 1;
    std::uint32_t row_span = 1;
    Merge vertical = Merge::none;
    Merge horizontal = Merge::none;
    bool covered = false;  // continues a merged cell: written as none
    std::string text;
    std::vector<std::uint32_t> nested;
  };
  struct Row {
    std::vector<Cell> cells;
    std::uint32_t next_column = 0;
  };
  struct OpenMerge {
    std::uint32_t column;
    std::size_t row;
    std::size_t cell;
    bool continued;  // in the current row
  };

  Cell& cell() { return rows_.back().cells.back(); }

  std::uint32_t number_;
  std::vector<Row> rows_;
  std::vector<OpenMerge> open_;  // vertical merges that a cell below may continue
  bool in_row_ = false;
  bool in_cell_ = false;
};

}  // namespace jixiao::detail
