#pragma once
// Lines and cells. A row comes either from a line of text, one table row per line with TAB-separated
// cells, or from a table row of a grid (xlsx, docx, HTML, PDF), each cell at its column. Either way
// the column of a cell is what aligns spending-plan values with their milestones and indicator cells
// with their header; the columns a merged cell covers read as empty, as a merged cell's do in text.

#include <jixiao/grid.hpp>

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::detail {

struct Line {
  std::string_view text;   // without the line break
  std::size_t number = 0;  // 1-based
};

// Hands out the lines of a buffer one at a time: LF, CRLF and lone CR all end a line.
class LineCursor {
 public:
  explicit LineCursor(std::string_view text) noexcept;
  bool next(Line& line) noexcept;
  // Byte offset in the buffer where the next line starts.
  std::size_t offset() const noexcept { return offset_; }

 private:
  std::string_view rest_;
  std::size_t offset_ = 0;
  std::size_t number_ = 0;
  bool carriage_returns_ = false;  // whether to look for CR at all: most files have none
};

// How a line of text holds a table row: cells separated by TABs (extracted text), or between pipes
// (`| a | b |`: a markdown table, as notes and pages paste tables). `rule` is a markdown rule line
// (`|---|:--:|`), which only separates a header from the body.
enum class RowSyntax : unsigned char { none, tabs, pipes, rule };
// A line holding a pipe: a markdown row, a rule, or text with a pipe in it.
RowSyntax pipe_syntax(std::string_view line) noexcept;
// Inline: every line of a document is asked, and most hold a TAB or no pipe at all.
inline RowSyntax row_syntax(std::string_view line) noexcept {
  if (line.find('\t') != std::string_view::npos) return RowSyntax::tabs;
  return line.find('|') == std::string_view::npos ? RowSyntax::none : pipe_syntax(line);
}

// Calls f with each cell of a line of `syntax` (tabs or pipes), untrimmed, left to right. Between
// pipes, `\|` is a pipe inside a cell (kept as written) and the pipes at both ends hold no cell.
template <class F>
void split_cells(std::string_view line, RowSyntax syntax, F&& f) {
  if (syntax == RowSyntax::tabs) {
    for (;;) {
      const std::size_t tab = line.find('\t');
      f(line.substr(0, tab));
      if (tab == std::string_view::npos) return;
      line.remove_prefix(tab + 1);
    }
  }
  std::size_t start = line.find('|') + 1;
  for (std::size_t i = start; i < line.size(); ++i) {
    if (line[i] != '|' || line[i - 1] == '\\') continue;
    f(line.substr(start, i - start));
    start = i + 1;
  }
  // Text after the last pipe is a cell too when the row does not end with one.
  const std::string_view rest = line.substr(start);
  if (rest.find_first_not_of(" \t") != std::string_view::npos) f(rest);
}

// The 1-based code-point column of `at` in `line` (a tab counts as one).
std::size_t column_of(std::string_view line, const char* at) noexcept;

// One line split into trimmed cells, with a mark for each cell the model has taken, so that the
// reader can name every non-empty cell it did not place (the lossless rule).
class Row {
 public:
  // Columns beyond this (Excel's last is XFD, 16384) are no columns of a form: their cells are
  // reported, not placed.
  static constexpr std::size_t max_columns = 16384;

  // A line of text holding a row (syntax tabs or pipes).
  void assign(const Line& line, RowSyntax syntax = RowSyntax::tabs);
  // A row of `grid`; cells past max_columns are set aside (beyond()).
  void assign(const Grid& grid, const GridRow& row);

  std::string_view text() const noexcept { return text_; }
  std::size_t line() const noexcept { return line_; }
  std::size_t size() const noexcept { return cells_.size(); }
  // The trimmed cell, or an empty view past the end.
  std::string_view cell(std::size_t i) const noexcept { return i < cells_.size() ? cells_[i] : std::string_view(); }
  bool empty(std::size_t i) const noexcept { return cell(i).empty(); }
  // The cell, marked as placed in the model.
  std::string_view take(std::size_t i) noexcept;
  bool taken(std::size_t i) const noexcept { return i < taken_.size() && taken_[i]; }
  std::size_t non_empty_count() const noexcept;
  // Index of the first non-empty cell at or after `from`; size() if none.
  std::size_t next_non_empty(std::size_t from) const noexcept;
  // Where cell i stands: in a line of text, the code-point column of its first non-blank character;
  // in a grid row, its 1-based column.
  std::size_t column(std::size_t i) const noexcept;
  // Grid cells past max_columns, with their columns.
  const std::vector<std::pair<std::string_view, std::size_t>>& beyond() const noexcept { return beyond_; }
  // Shortens cell i to at most `bytes` bytes, at a character boundary.
  void truncate(std::size_t i, std::size_t bytes) noexcept;
  // Whether the cells are a grid row's, each at its column, rather than a line's, counted in order.
  bool from_grid() const noexcept { return grid_; }
  // Puts `count` empty cells before the first: the cells a merged cell above covers, which a line
  // counted in order left out (a browser's copy of an HTML table). Column() still names each
  // written cell's place in the line.
  void pad_front(std::size_t count);

 private:
  std::string_view text_;
  std::size_t line_ = 0;
  std::vector<std::string_view> cells_;
  std::vector<unsigned char> taken_;  // bytes, not bits: assigned for every row, read cell by cell
  bool grid_ = false;
  std::vector<std::pair<std::string_view, std::size_t>> beyond_;
  // column() counts on from the cell asked for last: a row's cells are named left to right, and
  // counting from the start of the line each time is quadratic in a line of many cells.
  mutable std::size_t counted_bytes_ = 0;
  mutable std::size_t counted_points_ = 0;
};

}  // namespace jixiao::detail
