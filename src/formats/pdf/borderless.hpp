#pragma once
// Tables drawn without rulings. A header line of at least three parts set apart by wide gaps
// gives the columns; the lines below whose parts stand under them (a part reaching over several
// columns is a cell spanning them) belong to the table. Rows come from the baselines: the lines
// of a cell wrapped inside its column (closer than the gap between rows) are one cell, and cells
// beside each other on the page are one row — except a cell set beside two rows of another
// column, which is a cell spanning those rows.

#include "deadline.hpp"
#include "page_layout.hpp"
#include "text_lines.hpp"

#include <cstddef>
#include <vector>

namespace jixiao::detail::pdf {

// Parts of a line are split at gaps of this many ems.
inline constexpr double column_gap_ems = 1.0;

struct BorderlessTable {
  std::size_t first = 0;  // lines [first, end) of the page's text outside ruled tables
  std::size_t end = 0;
  std::vector<LaidOutRow> rows;
};

// `lines`: the page's text outside ruled tables, top to bottom; `parts`: each split at column
// gaps (split_at_gaps). `apart[i]`: something else (a ruled table) stands between line i and line
// i + 1, so no table continues across.
std::vector<BorderlessTable> find_borderless_tables(const std::vector<TextLine>& lines,
                                                    const std::vector<std::vector<TextLine>>& parts,
                                                    const std::vector<bool>& apart,
                                                    const std::vector<Glyph>& glyphs, const Deadline& deadline);

}  // namespace jixiao::detail::pdf
