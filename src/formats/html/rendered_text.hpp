#pragma once
// Text as a browser renders it (CSS `white-space: normal`): each run of ASCII whitespace is one
// space, none at the start or end of a line; <br> and the edges of block elements break lines.
// A piece of text is built apart, then finished into a buffer shared by the page, where it is a
// range: pieces being built at the same time (a cell and the cells of a table nested in it) never mix.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

struct TextRange {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
  std::uint32_t first_source = 0;  // in the page's line sources: the source line of each of its lines
  bool empty() const noexcept { return size == 0; }
};

class RenderedText {
 public:

  // Appends a text node's text; `line` is its first source line (for line_of_first_text()).
  void text(std::string_view text, std::size_t line);
  // <br>: always a new line.
  void line_break();
  // The edge of a block: a new line unless one has just started.
  void block_break();

  // Whether the piece being built holds any character yet.
  bool has_text() const noexcept { return !text_.empty(); }
  // The source line of the piece's first character (0 while it has none).
  std::size_t line_of_first_text() const noexcept { return first_line_; }
  // Ends the piece: blanks (ASCII, U+00A0, U+3000) at the ends of its lines and empty lines at its
  // ends are dropped; what is left goes to the end of `buffer`, and the source line of each of its
  // lines that holds text to `sources`. The next text starts a new piece.
  TextRange finish(std::string& buffer, std::vector<std::uint32_t>& sources);

 private:
  void begin();

  std::string text_;
  std::vector<std::uint32_t> line_sources_;  // of each line of text_: its first character's line
  std::size_t first_line_ = 0;
  bool started_ = false;
  bool line_start_ = true;
  bool space_pending_ = false;
};

}  // namespace jixiao::detail
