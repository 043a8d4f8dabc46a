#pragma once
// Lines of text from placed characters, and their text in reading order: lines top to bottom,
// each left to right; CJK joined without spaces, other text with a space where the gap between
// two runs is as wide as a space.

#include "page_content.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jixiao::detail::pdf {

// Characters [first, first + count) of the page, from one poppler word, placed together (a word
// that crosses a cell border is cut there).
struct Piece {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  double font_size = 0;
  Rect box;
};

struct TextLine {
  std::vector<Piece> pieces;  // left to right
  Rect box;
  double font_size = 0;       // the largest of its pieces
};

// The pieces as one line, left to right.
TextLine make_line(std::vector<Piece> pieces);

// The pieces as lines, top to bottom. A piece belongs to a line when they overlap vertically by
// half the smaller height. A piece that repeats the one before it at (nearly) the same place —
// text drawn twice to look bold — is dropped.
std::vector<TextLine> group_lines(std::vector<Piece> pieces, const std::vector<Glyph>& glyphs);

// The parts of a line separated by gaps of at least `ems` times its font size.
std::vector<TextLine> split_at_gaps(const TextLine& line, double ems);

// Lines (a paragraph) that end in a dot leader and a number — a contents entry, `一、总体目标……1`,
// `表.....15`, its number maybe wrapped onto a line of its own — as the lines before the leader
// and the number; the leader itself is dropped.
struct Leadered {
  std::vector<TextLine> text;
  TextLine number;
};
std::optional<Leadered> split_at_leader(const std::vector<TextLine>& lines, const std::vector<Glyph>& glyphs);

// The line's text.
std::string line_text(const TextLine& line, const std::vector<Glyph>& glyphs);

// The text of lines read as one block (a cell, a paragraph): wrapped lines joined as the reader
// joins a cell continued on the next line.
std::string block_text(const std::vector<TextLine>& lines, const std::vector<Glyph>& glyphs);

}  // namespace jixiao::detail::pdf
