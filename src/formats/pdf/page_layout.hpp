#pragma once
// One page as rows in reading order: each row of each table (bordered or not) with its cells, and
// the text outside tables as lines, wrapped paragraph lines joined.

#include "deadline.hpp"
#include "page_content.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace jixiao::detail::pdf {

struct LaidOutCell {
  std::string text;
  std::uint32_t column = 0;
  std::uint32_t row_span = 1;
  std::uint32_t column_span = 1;
  Rect box;
};

// Page headers and footers (page numbers among them) are found across pages (margins.hpp).
enum class Furniture { none, header, footer };

struct LaidOutRow {
  std::uint32_t table = 0;  // the table's number on its page, from 1; 0 for a line of text
  std::vector<LaidOutCell> cells;
  Rect box;
  double font_size = 0;     // lines: the largest character
  Furniture furniture = Furniture::none;
};

struct LaidOutPage {
  double width = 0;
  double height = 0;
  double body_font_size = 0;  // the font size of most of the page's characters (the median)
  std::vector<LaidOutRow> rows;
};

// Throws LimitError for a table grid of more than max_cells cells, or when the deadline passes.
LaidOutPage lay_out(const PageContent& page, std::size_t max_cells, const Deadline& deadline);

}  // namespace jixiao::detail::pdf
