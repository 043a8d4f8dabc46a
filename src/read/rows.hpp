#pragma once
// Lines and cells. The extracted text is one table row per line with TAB-separated cells; the
// column of a cell is its position in the line, which is what aligns spending-plan values with
// their milestones and indicator cells with their header.

#include <cstddef>
#include <string_view>
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

// The 1-based code-point column of `at` in `line` (a tab counts as one).
std::size_t column_of(std::string_view line, const char* at) noexcept;

// One line split into trimmed cells, with a mark for each cell the model has taken, so that the
// reader can name every non-empty cell it did not place (the lossless rule).
class Row {
 public:
  void assign(const Line& line);

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
  // The code-point column of cell i (of its first non-blank character).
  std::size_t column(std::size_t i) const noexcept;
  // Shortens cell i to at most `bytes` bytes, at a character boundary.
  void truncate(std::size_t i, std::size_t bytes) noexcept;

 private:
  std::string_view text_;
  std::size_t line_ = 0;
  std::vector<std::string_view> cells_;
  std::vector<bool> taken_;
  // column() counts on from the cell asked for last: a row's cells are named left to right, and
  // counting from the start of the line each time is quadratic in a line of many cells.
  mutable std::size_t counted_bytes_ = 0;
  mutable std::size_t counted_points_ = 0;
};

}  // namespace jixiao::detail
