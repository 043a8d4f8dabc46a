#pragma once
// Grid: what every front end (text, xlsx, docx, HTML, PDF) makes of a file, and the one thing the
// layout reader reads. A document is a sequence of rows in reading order; a row is either a line of
// text outside any table (a title, `单位：万元`, a paragraph) or a row of a table. A table row holds
// the cells that start on it, each with its column and spans: a merged cell is one cell with a
// row or column span, written on its first row only, so the columns it covers read as empty below
// and beside it — as a merged cell reads in every format.
//
// The text of all cells lives in one buffer the grid owns, and cells refer to it by offset, so a
// Grid is a plain value: cheap to move, safe to copy.

#include <jixiao/diagnostic.hpp>
#include <jixiao/source.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

enum class RowKind { line, table_row };
BOOST_DESCRIBE_ENUM(RowKind, line, table_row)

struct GridCell {
  std::uint32_t offset = 0;  // of the text in Grid's buffer: Grid::text(cell)
  std::uint32_t size = 0;
  std::uint32_t column = 0;  // 0-based column of the table
  std::uint32_t row_span = 1;
  std::uint32_t column_span = 1;
  Box box;                   // PDF: where the cell stands on its page; empty elsewhere
  friend bool operator==(const GridCell&, const GridCell&) = default;
};
BOOST_DESCRIBE_STRUCT(GridCell, (), (offset, size, column, row_span, column_span, box))

struct GridRow {
  RowKind kind = RowKind::line;
  std::size_t line = 0;         // ordinal: what model elements and diagnostics call their line
  std::uint32_t part = 0;       // as SourceRun::part
  std::uint32_t row = 0;        // as SourceRun::first_row: the row's number in its part
  std::uint32_t table = 0;      // table rows: which table, 1-based in document order; 0 for a line
  std::uint32_t first_cell = 0;
  std::uint32_t cell_count = 0;
  friend bool operator==(const GridRow&, const GridRow&) = default;
};
BOOST_DESCRIBE_STRUCT(GridRow, (), (kind, line, part, row, table, first_cell, cell_count))

class Grid {
 public:
  explicit Grid(Format format = Format::text) { map_.format = format; }

  Format format() const noexcept { return map_.format; }
  // The encoding the front end decoded the bytes from (text and HTML; UTF-8 for the others).
  Encoding encoding() const noexcept { return encoding_; }
  const SourceMap& source() const noexcept { return map_; }
  const std::vector<GridRow>& rows() const noexcept { return rows_; }
  std::span<const GridCell> cells(const GridRow& row) const noexcept {
    return {cells_.data() + row.first_cell, row.cell_count};
  }
  std::string_view text(const GridCell& cell) const noexcept { return {text_.data() + cell.offset, cell.size}; }
  // What the front end noticed that is not a cell: a hidden sheet, a formula without a cached value.
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }
  std::size_t text_size() const noexcept { return text_.size(); }

  // --- building, for front ends ---
  // Names part `number` (a sheet): parts are numbered from 1 in the order they are named.
  void name_part(std::uint32_t number, std::string name);
  void set_encoding(Encoding encoding) noexcept { encoding_ = encoding; }
  // Starts a row of `kind` that stands as row `row` of `part` (see SourceRun); `table` as GridRow.
  // Its line is the next ordinal: 1 for the first row.
  GridRow& add_row(RowKind kind, std::uint32_t part, std::uint32_t row, std::uint32_t table = 0);
  // Starts a row with a line number of its own (the text front end: lines that are blank are no
  // rows, and the ordinal is the line number). Lines must increase.
  GridRow& add_row_at(std::size_t line, RowKind kind, std::uint32_t part, std::uint32_t row, std::uint32_t table = 0);
  // Adds a cell to the last row. Throws Error when the grid's text would pass 4 GiB.
  GridCell& add_cell(std::string_view text, std::uint32_t column, std::uint32_t row_span = 1,
                     std::uint32_t column_span = 1, Box box = {});
  void add_diagnostic(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }

  friend bool operator==(const Grid&, const Grid&) = default;

 private:
  SourceMap map_;
  Encoding encoding_ = Encoding::utf8;
  std::vector<GridRow> rows_;
  std::vector<GridCell> cells_;
  std::string text_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace jixiao
