#include "rendered_text.hpp"

#include "../../read/text.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <limits>

namespace jixiao::detail {
namespace {

bool is_html_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// The length of the blank (blank_at) that ends just before s[end], 0 if none.
std::size_t blank_before(std::string_view s, std::size_t end) noexcept {
  if (end >= 1 && blank_at(s, end - 1) == 1) return 1;
  if (end >= 2 && blank_at(s, end - 2) == 2) return 2;
  if (end >= 3 && blank_at(s, end - 3) == 3) return 3;
  return 0;
}

}  // namespace

void RenderedText::begin() {
  if (started_) return;
  started_ = true;
  text_.clear();
  line_sources_.assign(1, 0);
  line_start_ = true;
  space_pending_ = false;
}

void RenderedText::text(std::string_view text, std::size_t line) {
  std::string& out = text_;
  for (std::size_t i = 0; i < text.size();) {
    if (is_html_space(text[i])) {
      if (text[i] == '\n') ++line;
      if (started_ && !line_start_) space_pending_ = true;
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && !is_html_space(text[end])) ++end;
    begin();  // a piece starts with its first character: blanks alone start none
    if (space_pending_) out += ' ';
    if (first_line_ == 0) first_line_ = line;
    if (line_start_) line_sources_.back() = static_cast<std::uint32_t>(std::min<std::size_t>(line, UINT32_MAX));
    out.append(text.substr(i, end - i));
    space_pending_ = false;
    line_start_ = false;
    i = end;
  }
}

void RenderedText::line_break() {
  begin();
  text_ += '\n';
  line_sources_.push_back(0);
  line_start_ = true;
  space_pending_ = false;
}

void RenderedText::block_break() {
  if (started_ && !line_start_) line_break();
}

TextRange RenderedText::finish(std::string& buffer, std::vector<std::uint32_t>& sources) {
  TextRange range;
  first_line_ = 0;
  if (!started_) return range;
  started_ = false;
  // Each line without its blanks at both ends, empty lines at the ends dropped.
  const std::size_t start = buffer.size();
  if (start > std::numeric_limits<std::uint32_t>::max() ||
      text_.size() > std::numeric_limits<std::uint32_t>::max() - start)
    throw LimitError("the page's text passes 4 GiB");
  buffer.reserve(start + text_.size());
  const std::string_view piece(text_);
  std::size_t empty_lines = 0;  // since the last line of text, held back until text follows
  range.first_source = static_cast<std::uint32_t>(std::min<std::size_t>(sources.size(), UINT32_MAX));
  std::size_t input_line = 0;
  for (std::size_t begin = 0; begin <= piece.size(); ++input_line) {
    std::size_t end = piece.find('\n', begin);
    if (end == std::string_view::npos) end = piece.size();
    std::size_t first = begin;
    while (first < end) {
      const std::size_t blank = blank_at(piece, first);
      if (blank == 0) break;
      first += blank;
    }
    std::size_t last = end;
    while (last > first) {
      const std::size_t blank = blank_before(piece, last);
      if (blank == 0) break;
      last -= blank;
    }
    if (last > first) {
      // k empty lines between two lines of text are k + 1 line breaks.
      if (buffer.size() > start) buffer.append(empty_lines + 1, '\n');
      empty_lines = 0;
      buffer.append(piece.substr(first, last - first));
      sources.push_back(input_line < line_sources_.size() ? line_sources_[input_line] : 0);
    } else if (buffer.size() > start) {
      ++empty_lines;
    }
    begin = end + 1;
  }
  text_.clear();
  range.offset = static_cast<std::uint32_t>(start);
  range.size = static_cast<std::uint32_t>(buffer.size() - start);
  return range;
}

}  // namespace jixiao::detail
