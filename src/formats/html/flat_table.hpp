#pragma once
// A table laid out as the grid takes it: rows of cells with their columns and spans, the text in
// the page's buffer. Nested tables are already flattened into it (table_layout.hpp).

#include "rendered_text.hpp"

#include <jixiao/diagnostic.hpp>

#include <cstdint>
#include <vector>

namespace jixiao::detail {

struct FlatCell {
  TextRange text;
  std::uint32_t column = 0;
  std::uint32_t row_span = 1;
  std::uint32_t column_span = 1;
};

struct FlatRow {
  std::uint32_t part = 0;  // the <table> it comes from, numbered in document order
  std::uint32_t row = 0;   // its row in that table
  std::uint32_t first_cell = 0;
  std::uint32_t cell_count = 0;
};

// A diagnostic about row `row` of the table; its line is set when the row becomes a grid row.
struct FlatNote {
  std::uint32_t row = 0;
  Diagnostic diagnostic;
};

struct FlatTable {
  std::uint32_t part = 0;  // the <table> it is
  std::vector<FlatRow> rows;
  std::vector<FlatCell> cells;
  std::vector<FlatNote> notes;
  std::uint32_t width = 0;  // columns
};

// A piece of a container's content: text, or a table.
struct ContentPiece {
  TextRange text;
  FlatTable table;
  bool is_table = false;
};

// What a <table> comes to: a table of the grid, or, for a table that lays out the page rather
// than holding data (table_layout.hpp), the content of its cells in order, read as if it stood
// outside any table.
struct TableContent {
  bool container = false;
  FlatTable table;                    // a table of the grid
  std::vector<ContentPiece> pieces;   // a container's content
  std::vector<Diagnostic> notes;      // a container's diagnostics, of the page as a whole
};

}  // namespace jixiao::detail
