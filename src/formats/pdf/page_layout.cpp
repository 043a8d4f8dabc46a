#include "page_layout.hpp"

#include "borderless.hpp"
#include "ruled_tables.hpp"
#include "text_lines.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace jixiao::detail::pdf {
namespace {

constexpr std::size_t outside = std::numeric_limits<std::size_t>::max();

// Where a character goes: a cell of a ruled table, or the text outside tables.
struct Place {
  std::size_t table = outside;
  std::uint32_t region = 0;
  bool operator==(const Place&) const = default;
};

Place place_of(const std::vector<RuledTable>& tables, const Rect& box) noexcept {
  for (std::size_t t = 0; t < tables.size(); ++t)
    if (const auto region = tables[t].region_at(box.centre_x(), box.centre_y())) return {t, *region};
  return {};
}

double median_font_size(const PageContent& page) {
  std::vector<std::pair<double, std::uint32_t>> sizes;
  std::size_t total = 0;
  for (const Word& word : page.words) {
    sizes.emplace_back(word.font_size, word.count);
    total += word.count;
  }
  std::sort(sizes.begin(), sizes.end());
  std::size_t seen = 0;
  for (const auto& [size, count] : sizes) {
    seen += count;
    if (2 * seen >= total) return size;
  }
  return 0;
}

// A block of rows that stands at `top` on the page: a table, a line, a paragraph.
struct Item {
  double top = 0;
  double left = 0;
  bool table = false;
  std::vector<LaidOutRow> rows;
};

Item ruled_table_item(const RuledTable& table, const std::vector<std::vector<Piece>>& pieces,
                      const std::vector<Glyph>& glyphs) {
  std::vector<std::string> texts(table.regions.size());
  std::vector<bool> has_text(table.rows(), false);
  for (std::size_t r = 0; r < table.regions.size(); ++r) {
    if (pieces[r].empty()) continue;
    texts[r] = block_text(group_lines(pieces[r], glyphs), glyphs);
    if (!texts[r].empty()) has_text[table.regions[r].top] = true;
  }
  // Grid rows without text (the sliver under a border drawn twice, an empty row) are no rows; a
  // cell's row span counts the rows that remain.
  std::vector<std::uint32_t> kept_before(table.rows() + 1, 0);
  for (std::size_t r = 0; r < table.rows(); ++r) kept_before[r + 1] = kept_before[r] + (has_text[r] ? 1 : 0);

  Item item{table.ys.front(), table.xs.front(), true, {}};
  std::size_t next = 0;  // regions are in order of their top-left grid cell
  for (std::uint32_t r = 0; r < table.rows(); ++r) {
    const std::size_t first = next;
    while (next < table.regions.size() && table.regions[next].top == r) ++next;
    if (!has_text[r]) continue;
    LaidOutRow row;
    row.box = {table.xs.front(), table.ys[r], table.xs.back(), table.ys[r + 1]};
    for (std::size_t k = first; k < next; ++k) {
      const GridRegion& region = table.regions[k];
      row.cells.push_back({std::move(texts[k]), region.left, kept_before[region.bottom] - kept_before[region.top],
                           region.right - region.left, table.box(region)});
    }
    item.rows.push_back(std::move(row));
  }
  return item;
}

// Whether line b continues the paragraph of line a: one font size, the normal leading, a reaching
// the right margin, and b starting where a starts (or both centred: a wrapped title).
bool continues(const TextLine& a, const TextLine& b, double margin_right) {
  const double em = std::max(a.font_size, b.font_size);
  if (std::fabs(a.font_size - b.font_size) > 0.05 * em) return false;
  const double gap = b.box.top - a.box.bottom;
  if (gap > em || gap < -0.5 * em) return false;
  if (a.box.right < margin_right - 1.5 * em) return false;
  // b starts where a does, or a is a first line indented by up to three characters.
  const bool flush = b.box.left <= a.box.left + 0.5 * em && b.box.left >= a.box.left - 3 * em;
  const bool centred = b.box.left >= a.box.left - 0.5 * em && std::fabs(a.box.centre_x() - b.box.centre_x()) <= em;
  return flush || centred;
}

}  // namespace

LaidOutPage lay_out(const PageContent& page, std::size_t max_cells, const Deadline& deadline) {
  LaidOutPage out;
  out.width = page.width;
  out.height = page.height;
  out.body_font_size = median_font_size(page);
  const std::vector<RuledTable> tables = find_ruled_tables(page.horizontal, page.vertical, max_cells, deadline);

  // Each character goes where its centre stands; a word crossing a cell border is cut there.
  std::vector<std::vector<std::vector<Piece>>> in_cells(tables.size());
  for (std::size_t t = 0; t < tables.size(); ++t) in_cells[t].resize(tables[t].regions.size());
  std::vector<Piece> free;
  for (std::size_t w = 0; w < page.words.size(); ++w) {
    if (w % 256 == 0) deadline.check();
    const Word& word = page.words[w];
    Piece piece;
    Place place;
    const auto flush = [&] {
      if (piece.count == 0) return;
      (place.table == outside ? free : in_cells[place.table][place.region]).push_back(piece);
    };
    for (std::uint32_t i = 0; i < word.count; ++i) {
      const Glyph& glyph = page.glyphs[word.first + i];
      const Place here = place_of(tables, glyph.box);
      if (i == 0 || !(here == place)) {
        flush();
        piece = {word.first + i, 0, word.font_size, glyph.box};
        place = here;
      }
      ++piece.count;
      piece.box.extend(glyph.box);
    }
    flush();
  }
  deadline.check();

  std::vector<Item> items;
  for (std::size_t t = 0; t < tables.size(); ++t) {
    Item item = ruled_table_item(tables[t], in_cells[t], page.glyphs);
    if (!item.rows.empty()) items.push_back(std::move(item));
  }

  const std::vector<TextLine> lines = group_lines(std::move(free), page.glyphs);
  std::vector<std::vector<TextLine>> parts;
  std::vector<bool> apart(lines.size(), false);
  // The right edge of the text: as far from the page's right side as the text is from its left
  // (pages have equal side margins), or further right where lines reach further. A page of short
  // lines thus has no line reaching the margin, and joins none.
  double left_edge = std::numeric_limits<double>::max();
  double right_edge = std::numeric_limits<double>::lowest();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i % 256 == 0) deadline.check();
    parts.push_back(split_at_gaps(lines[i], column_gap_ems));
    left_edge = std::min(left_edge, lines[i].box.left);
    right_edge = std::max(right_edge, lines[i].box.right);
    if (i + 1 < lines.size()) {
      const double from = lines[i].box.centre_y(), to = lines[i + 1].box.centre_y();
      for (const RuledTable& table : tables)
        if (table.ys.front() < to && table.ys.back() > from) apart[i] = true;
    }
  }

  const double margin_right = std::max(right_edge, page.width - left_edge);

  std::vector<BorderlessTable> borderless = find_borderless_tables(lines, parts, apart, page.glyphs, deadline);
  std::vector<bool> in_table(lines.size(), false);
  for (BorderlessTable& table : borderless) {
    for (std::size_t i = table.first; i < table.end; ++i) in_table[i] = true;
    items.push_back({lines[table.first].box.top, lines[table.first].box.left, true, std::move(table.rows)});
  }

  for (std::size_t i = 0; i < lines.size();) {
    if (in_table[i]) {
      ++i;
      continue;
    }
    Item item{lines[i].box.top, lines[i].box.left, false, {}};
    LaidOutRow row;
    row.box = lines[i].box;
    row.font_size = lines[i].font_size;
    if (parts[i].size() > 1) {
      for (std::size_t p = 0; p < parts[i].size(); ++p)
        row.cells.push_back({line_text(parts[i][p], page.glyphs), static_cast<std::uint32_t>(p), 1, 1, parts[i][p].box});
      ++i;
    } else {
      // A paragraph: its first line and those that continue it. A line set to its right and
      // squeezed between two of its lines (the page number centred beside a wrapped contents entry)
      // is a cell of its own, and so is the number after a dot leader.
      std::vector<TextLine> paragraph{lines[i]};
      std::optional<TextLine> aside;
      const auto joinable = [&](std::size_t k) {
        return k < lines.size() && !in_table[k] && !apart[k - 1] && parts[k].size() == 1;
      };
      for (++i; joinable(i);) {
        const TextLine& last = paragraph.back();
        if (continues(last, lines[i], margin_right)) {
          paragraph.push_back(lines[i]);
          ++i;
        } else if (!aside && joinable(i + 1) && lines[i].box.left >= last.box.right - last.font_size &&
                   lines[i].box.centre_y() > last.box.centre_y() &&
                   lines[i].box.centre_y() < lines[i + 1].box.centre_y() &&
                   continues(last, lines[i + 1], last.box.right)) {
          aside = lines[i];
          paragraph.push_back(lines[i + 1]);
          i += 2;
        } else {
          break;
        }
      }
      if (!aside) {
        if (auto split = split_at_leader(paragraph, page.glyphs)) {
          paragraph = std::move(split->text);
          aside = std::move(split->number);
        }
      }
      Rect box = paragraph.front().box;
      for (const TextLine& line : paragraph) box.extend(line.box);
      row.box = box;
      row.cells.push_back({block_text(paragraph, page.glyphs), 0, 1, 1, box});
      if (aside) {
        row.box.extend(aside->box);
        row.cells.push_back({line_text(*aside, page.glyphs), 1, 1, 1, aside->box});
      }
    }
    item.rows.push_back(std::move(row));
    items.push_back(std::move(item));
  }

  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.top < b.top || (a.top == b.top && a.left < b.left);
  });
  std::uint32_t table_number = 0;
  for (Item& item : items) {
    if (item.table) ++table_number;
    for (LaidOutRow& row : item.rows) {
      if (item.table) row.table = table_number;
      out.rows.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace jixiao::detail::pdf
