#include "rows.hpp"

#include "text.hpp"

#include <algorithm>
#include <cstring>

namespace jixiao::detail {

LineCursor::LineCursor(std::string_view text) noexcept
    : rest_(text), carriage_returns_(!text.empty() && std::memchr(text.data(), '\r', text.size()) != nullptr) {}

bool LineCursor::next(Line& line) noexcept {
  if (rest_.empty()) return false;
  const char* begin = rest_.data();
  const void* lf = std::memchr(begin, '\n', rest_.size());
  std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - begin) : rest_.size();
  // A CR ends the line whether it starts a CRLF or stands alone (old Mac files).
  if (const void* cr = carriage_returns_ ? std::memchr(begin, '\r', end) : nullptr)
    end = static_cast<std::size_t>(static_cast<const char*>(cr) - begin);
  std::size_t consumed = end;
  if (end < rest_.size()) {
    consumed += (rest_[end] == '\r' && end + 1 < rest_.size() && rest_[end + 1] == '\n') ? 2 : 1;
  }
  line.text = rest_.substr(0, end);
  line.number = ++number_;
  rest_.remove_prefix(consumed);
  offset_ += consumed;
  return true;
}

std::size_t column_of(std::string_view line, const char* at) noexcept {
  const auto bytes = static_cast<std::size_t>(at - line.data());
  return text::code_points(line.substr(0, bytes)) + 1;
}

RowSyntax pipe_syntax(std::string_view line) noexcept {
  const std::string_view text = trim(line);
  if (!text.starts_with('|') || text.size() < 2) return RowSyntax::none;
  const bool rule = text.find_first_not_of("|-: ") == std::string_view::npos && text.find('-') != std::string_view::npos;
  return rule ? RowSyntax::rule : RowSyntax::pipes;
}

void Row::assign(const Line& line, RowSyntax syntax) {
  text_ = line.text;
  line_ = line.number;
  grid_ = false;
  beyond_.clear();
  cells_.clear();
  split_cells(line.text, syntax, [this](std::string_view cell) { cells_.push_back(trim(cell)); });
  taken_.assign(cells_.size(), 0);
  counted_bytes_ = 0;
  counted_points_ = 0;
}

void Row::assign(const Grid& grid, const GridRow& row) {
  text_ = {};
  line_ = row.line;
  grid_ = true;
  beyond_.clear();
  cells_.clear();
  for (const GridCell& cell : grid.cells(row)) {
    const std::string_view text = trim(grid.text(cell));
    if (cell.column >= max_columns) {
      if (!text.empty()) beyond_.emplace_back(text, std::size_t{cell.column} + 1);
      continue;
    }
    // The columns a cell spans stay empty: the text stands in the first, as a merged cell's does.
    const std::size_t end = std::min<std::size_t>(max_columns, std::size_t{cell.column} + cell.column_span);
    if (cells_.size() < end) cells_.resize(end);
    // Two cells claiming one column (a grid built by hand): the first keeps it, the second is set aside.
    if (!cells_[cell.column].empty()) {
      if (!text.empty()) beyond_.emplace_back(text, std::size_t{cell.column} + 1);
      continue;
    }
    cells_[cell.column] = text;
  }
  taken_.assign(cells_.size(), 0);
  counted_bytes_ = 0;
  counted_points_ = 0;
}

std::string_view Row::take(std::size_t i) noexcept {
  if (i >= cells_.size()) return {};
  taken_[i] = 1;
  return cells_[i];
}

std::size_t Row::non_empty_count() const noexcept {
  std::size_t n = 0;
  for (std::string_view cell : cells_) n += !cell.empty();
  return n;
}

std::size_t Row::next_non_empty(std::size_t from) const noexcept {
  while (from < cells_.size() && cells_[from].empty()) ++from;
  return from;
}

std::size_t Row::column(std::size_t i) const noexcept {
  if (grid_) return i + 1;
  if (i >= cells_.size()) return 0;
  // Trimming keeps a view's position, so even an empty cell points at its place in the line.
  const auto at = static_cast<std::size_t>(cells_[i].data() - text_.data());
  if (at < counted_bytes_) counted_bytes_ = counted_points_ = 0;
  counted_points_ += text::code_points(text_.substr(counted_bytes_, at - counted_bytes_));
  counted_bytes_ = at;
  return counted_points_ + 1;
}

void Row::truncate(std::size_t i, std::size_t bytes) noexcept {
  if (i >= cells_.size() || cells_[i].size() <= bytes) return;
  std::string_view cell = cells_[i];
  while (bytes > 0 && (static_cast<unsigned char>(cell[bytes]) & 0xC0u) == 0x80u) --bytes;
  cells_[i] = cell.substr(0, bytes);
}

void Row::pad_front(std::size_t count) {
  cells_.insert(cells_.begin(), count, text_.substr(0, 0));
  taken_.insert(taken_.begin(), count, 0);
  counted_bytes_ = counted_points_ = 0;
}

}  // namespace jixiao::detail
