#include "text_lines.hpp"

#include "read/text.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace jixiao::detail::pdf {
namespace {

// A gap between two runs of one line reads as a space from this width on (a space is a quarter
// to a third of an em in most fonts; letters of a word touch).
constexpr double space_ems = 0.15;

double vertical_overlap(const Rect& a, const Rect& b) noexcept {
  return std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
}

bool same_glyphs(const Piece& a, const Piece& b, const std::vector<Glyph>& glyphs) noexcept {
  if (a.count != b.count) return false;
  for (std::uint32_t i = 0; i < a.count; ++i)
    if (glyphs[a.first + i].code != glyphs[b.first + i].code) return false;
  return true;
}

// poppler gives code points as read from the font's map; only valid scalar values go into text.
void append_code(std::string& out, char32_t code) {
  const bool valid = code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
  text::append_utf8(out, valid ? code : U'\uFFFD');
}

}  // namespace

TextLine make_line(std::vector<Piece> pieces) {
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.box.left < b.box.left; });
  TextLine line;
  if (pieces.empty()) return line;
  line.box = pieces.front().box;
  for (const Piece& piece : pieces) {
    line.box.extend(piece.box);
    line.font_size = std::max(line.font_size, piece.font_size);
  }
  line.pieces = std::move(pieces);
  return line;
}

std::vector<TextLine> group_lines(std::vector<Piece> pieces, const std::vector<Glyph>& glyphs) {
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
    return a.box.centre_y() < b.box.centre_y() || (a.box.centre_y() == b.box.centre_y() && a.box.left < b.box.left);
  });
  std::vector<TextLine> lines;
  std::vector<Piece> current;
  Rect band;
  for (const Piece& piece : pieces) {
    const double smaller = std::min(piece.box.height(), band.height());
    if (!current.empty() && vertical_overlap(piece.box, band) < 0.5 * smaller) {
      lines.push_back(make_line(std::move(current)));
      current.clear();
    }
    if (current.empty()) band = piece.box;
    else band.extend(piece.box);
    current.push_back(piece);
  }
  if (!current.empty()) lines.push_back(make_line(std::move(current)));

  for (TextLine& line : lines) {
    std::vector<Piece> kept;
    for (const Piece& piece : line.pieces) {
      const bool repeated = !kept.empty() && same_glyphs(kept.back(), piece, glyphs) &&
                            std::fabs(kept.back().box.left - piece.box.left) < 0.3 * piece.font_size &&
                            std::fabs(kept.back().box.top - piece.box.top) < 0.3 * piece.font_size;
      if (!repeated) kept.push_back(piece);
    }
    line.pieces = std::move(kept);
  }
  return lines;
}

std::vector<TextLine> split_at_gaps(const TextLine& line, double ems) {
  std::vector<TextLine> parts;
  std::vector<Piece> current;
  double right = 0;
  for (const Piece& piece : line.pieces) {
    if (!current.empty() && piece.box.left - right >= ems * line.font_size) {
      parts.push_back(make_line(std::move(current)));
      current.clear();
    }
    right = current.empty() ? piece.box.right : std::max(right, piece.box.right);
    current.push_back(piece);
  }
  if (!current.empty()) parts.push_back(make_line(std::move(current)));
  return parts;
}

std::optional<Leadered> split_at_leader(const std::vector<TextLine>& lines, const std::vector<Glyph>& glyphs) {
  // The characters in reading order, as (line, piece, index in the piece).
  struct At {
    std::size_t line;
    std::size_t piece;
    std::uint32_t index;
  };
  std::vector<At> order;
  for (std::size_t l = 0; l < lines.size(); ++l)
    for (std::size_t p = 0; p < lines[l].pieces.size(); ++p)
      for (std::uint32_t i = 0; i < lines[l].pieces[p].count; ++i) order.push_back({l, p, i});
  const auto piece_of = [&](const At& at) -> const Piece& { return lines[at.line].pieces[at.piece]; };
  const auto code = [&](std::size_t k) { return glyphs[piece_of(order[k]).first + order[k].index].code; };
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  const auto is_dot = [](char32_t c) { return c == U'.' || c == U'·' || c == U'．' || c == U'・'; };
  const auto is_ellipsis = [](char32_t c) { return c == U'…' || c == U'⋯'; };

  std::size_t number = order.size();
  while (number > 0 && is_digit(code(number - 1))) --number;
  if (number == order.size()) return std::nullopt;
  std::size_t leader = number;
  std::size_t dots = 0;
  while (leader > 0 && (is_dot(code(leader - 1)) || is_ellipsis(code(leader - 1)))) {
    dots += is_ellipsis(code(leader - 1)) ? 3 : 1;
    --leader;
  }
  if (dots < 4 || leader == 0) return std::nullopt;

  // The characters [from, to) of the order as pieces, per line.
  const auto part = [&](std::size_t from, std::size_t to) {
    std::vector<std::vector<Piece>> per_line(lines.size());
    for (std::size_t k = from; k < to; ++k) {
      const Piece& source = piece_of(order[k]);
      const Glyph& glyph = glyphs[source.first + order[k].index];
      auto& pieces = per_line[order[k].line];
      if (k == from || order[k].line != order[k - 1].line || order[k].piece != order[k - 1].piece)
        pieces.push_back({source.first + order[k].index, 0, source.font_size, glyph.box});
      ++pieces.back().count;
      pieces.back().box.extend(glyph.box);
    }
    return per_line;
  };
  Leadered out;
  for (auto& pieces : part(0, leader))
    if (!pieces.empty()) out.text.push_back(make_line(std::move(pieces)));
  std::vector<Piece> number_pieces;
  for (auto& pieces : part(number, order.size())) number_pieces.insert(number_pieces.end(), pieces.begin(), pieces.end());
  out.number = make_line(std::move(number_pieces));
  return out;
}

std::string line_text(const TextLine& line, const std::vector<Glyph>& glyphs) {
  std::string out;
  char32_t last = 0;
  double right = line.box.left;
  for (const Piece& piece : line.pieces) {
    const char32_t first = glyphs[piece.first].code;
    if (!out.empty() && piece.box.left - right >= space_ems * std::max(piece.font_size, 1.0) &&
        !(is_wide(last) && is_wide(first)) && !is_space(last) && !is_space(first))
      out += ' ';
    for (std::uint32_t i = 0; i < piece.count; ++i) append_code(out, glyphs[piece.first + i].code);
    last = glyphs[piece.first + piece.count - 1].code;
    right = std::max(right, piece.box.right);
  }
  return out;
}

std::string block_text(const std::vector<TextLine>& lines, const std::vector<Glyph>& glyphs) {
  std::string out;
  for (const TextLine& line : lines) append_continuation(out, line_text(line, glyphs));
  return out;
}

}  // namespace jixiao::detail::pdf
