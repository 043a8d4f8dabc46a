#pragma once
// What a PDF page holds for the table finder, in points from the page's top-left corner: the
// characters poppler reads with their boxes, grouped into its words, and the straight lines the
// page draws. Nothing here knows poppler: the layout code works on these plain values.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jixiao::detail::pdf {

struct Rect {
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;

  double width() const noexcept { return right - left; }
  double height() const noexcept { return bottom - top; }
  double centre_x() const noexcept { return (left + right) / 2; }
  double centre_y() const noexcept { return (top + bottom) / 2; }
  void extend(const Rect& other) noexcept {
    left = std::min(left, other.left);
    top = std::min(top, other.top);
    right = std::max(right, other.right);
    bottom = std::max(bottom, other.bottom);
  }
};

struct Glyph {
  char32_t code = 0;
  Rect box;
};

// A word as poppler groups characters: glyphs [first, first + count) of the page.
struct Word {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  double font_size = 0;
  Rect box;
};

// A straight line segment along one axis: a horizontal one at y = position from x = start to
// x = end, a vertical one at x = position from y = start to y = end.
struct Ruling {
  double position = 0;
  double start = 0;
  double end = 0;
};

struct PageContent {
  double width = 0;
  double height = 0;
  std::vector<Glyph> glyphs;
  std::vector<Word> words;
  std::vector<Ruling> horizontal;
  std::vector<Ruling> vertical;
  std::size_t images = 0;    // images drawn (a page with images and no text is a scan)
  std::size_t unmapped = 0;  // characters whose font gives no Unicode for them
  std::vector<std::string> problems;  // what poppler reported while drawing the page
  std::size_t more_problems = 0;      // reports beyond those kept
};

}  // namespace jixiao::detail::pdf
