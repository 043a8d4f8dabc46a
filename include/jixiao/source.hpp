#pragma once
// Where a part of a document came from, in the terms of its format: `12:5` (text line and column),
// `Sheet1!C12` (xlsx), `table 3, row 4, cell 2` (docx, HTML), `p4` (PDF page).
//
// Every model element and diagnostic carries a `line`: the ordinal of the grid row it was read from
// (for text, the line number itself). A SourceMap turns that ordinal back into the format's own
// location. It holds one run per stretch of consecutive rows of one part (sheet, table, page), so it
// stays small whatever the document's size.

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jixiao {

// The format a document was read from (ReadOptions::format: detect, or state one).
enum class Format { detect, text, xlsx, docx, html, pdf };
BOOST_DESCRIBE_ENUM(Format, detect, text, xlsx, docx, html, pdf)

// The character encoding of a text or HTML source (zip formats and PDF are Unicode by construction).
enum class Encoding { detect, utf8, gb18030 };
BOOST_DESCRIBE_ENUM(Encoding, detect, utf8, gb18030)

// A rectangle on a PDF page in hundredths of a point, from the page's top-left corner.
struct Box {
  std::int32_t left = 0;
  std::int32_t top = 0;
  std::int32_t right = 0;
  std::int32_t bottom = 0;
  bool empty() const noexcept { return left == right && top == bottom; }
  friend bool operator==(const Box&, const Box&) = default;
};
BOOST_DESCRIBE_STRUCT(Box, (), (left, top, right, bottom))

// Rows first_line, first_line + 1, … come from rows first_row, first_row + 1, … of `part`.
struct SourceRun {
  std::size_t first_line = 0;
  std::uint32_t part = 0;       // sheet, table or page number, 1-based; 0: text outside any table
  std::uint32_t first_row = 0;  // 1-based: a sheet's row number, a table's row, a page's row
  friend bool operator==(const SourceRun&, const SourceRun&) = default;
};
BOOST_DESCRIBE_STRUCT(SourceRun, (), (first_line, part, first_row))

// Where a PDF cell stands: the cell in `column` (1-based) of grid row `line`.
struct CellBox {
  std::size_t line = 0;
  std::uint32_t column = 0;
  Box box;
  friend bool operator==(const CellBox&, const CellBox&) = default;
};
BOOST_DESCRIBE_STRUCT(CellBox, (), (line, column, box))

struct SourceMap {
  Format format = Format::text;
  std::vector<std::string> part_names;  // xlsx: sheet names, by part number − 1; empty otherwise
  std::vector<SourceRun> runs;          // by first_line; empty for text, where a line is a line
  std::vector<CellBox> boxes;           // PDF: every cell's box, by line then column; empty otherwise

  // Adds `line` as row `row` of `part`: extends the last run when it continues it.
  void add(std::size_t line, std::uint32_t part, std::uint32_t row);

  friend bool operator==(const SourceMap&, const SourceMap&) = default;
};
BOOST_DESCRIBE_STRUCT(SourceMap, (), (format, part_names, runs, boxes))

// A location in the format's terms, with no file name: `12:5`, `12`, `Sheet1!C12`, `Sheet1!12:12`
// (a sheet's name quoted as formulas quote it: `'1.科普经费'!C12`),
// `table 3, row 4, cell 2`, `p4, row 7, cell 2 (72.0,100.5–300.0,120.0 pt)`. `line` 0 gives an empty string (the document as a whole);
// `column` 0 leaves the column out. A line no run covers is written as a line: `line 12`.
std::string location(const SourceMap& map, std::size_t line, std::size_t column = 0);

// The spreadsheet name of a 1-based column: 1 → A, 27 → AA.
std::string column_letters(std::size_t column);

}  // namespace jixiao
