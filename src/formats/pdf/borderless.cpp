#include "borderless.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace jixiao::detail::pdf {
namespace {

constexpr std::size_t header_parts = 3;
// A line farther below the one before than this many ems ends the table.
constexpr double row_gap_ems = 2.5;
// Lines of one cell stand closer than this many ems (rows are further apart: their padding).
constexpr double wrap_gap_ems = 0.5;

struct Span {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// The columns a part stands under: those it covers a third of, else the one it overlaps most,
// else the nearest within an em.
std::optional<Span> columns_of(const Rect& part, const std::vector<Rect>& columns, double em) {
  std::optional<Span> covered;
  std::optional<std::uint32_t> best;
  double best_overlap = 0;
  for (std::uint32_t k = 0; k < columns.size(); ++k) {
    const double overlap = std::min(part.right, columns[k].right) - std::max(part.left, columns[k].left);
    if (overlap > columns[k].width() / 3) {
      if (!covered) covered = Span{k, k};
      covered->last = k;
    }
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = k;
    }
  }
  if (covered) return covered;
  if (best) return Span{*best, *best};
  double nearest = em;
  for (std::uint32_t k = 0; k < columns.size(); ++k) {
    const double distance = std::max(columns[k].left - part.right, part.left - columns[k].right);
    if (distance <= nearest) {
      nearest = distance;
      best = k;
    }
  }
  if (best) return Span{*best, *best};
  return std::nullopt;
}

// The columns of each part of a line, left to right without overlap; none when the line is not a
// row of the table (a part outside the columns, two parts under one column, or one part of
// running text across the columns).
std::optional<std::vector<Span>> fit(const std::vector<TextLine>& parts, const std::vector<Rect>& columns, double em) {
  std::vector<Span> spans;
  for (const TextLine& part : parts) {
    const auto span = columns_of(part.box, columns, em);
    if (!span || (!spans.empty() && span->first <= spans.back().last)) return std::nullopt;
    spans.push_back(*span);
  }
  if (spans.size() == 1 && spans.front().last > spans.front().first) return std::nullopt;
  return spans;
}

// A cell: the parts of consecutive lines under the same columns, close enough to be one text.
struct Block {
  Span span;
  Rect box;
  double em = 0;
  std::vector<Piece> pieces;
  bool spans_rows = false;
};

double overlap(const Rect& a, const Rect& b) noexcept { return std::min(a.bottom, b.bottom) - std::max(a.top, b.top); }

std::vector<LaidOutRow> rows_of(std::size_t first, std::size_t end, const std::vector<std::vector<TextLine>>& parts,
                                const std::vector<std::vector<Span>>& spans, const std::vector<Glyph>& glyphs,
                                const Deadline& deadline) {
  std::vector<Block> blocks;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> open;  // span → its last block
  for (std::size_t j = first; j < end; ++j) {
    for (std::size_t p = 0; p < parts[j].size(); ++p) {
      const TextLine& part = parts[j][p];
      const Span span = spans[j - first][p];
      const auto key = std::pair{span.first, span.last};
      const auto found = open.find(key);
      if (found != open.end()) {
        Block& block = blocks[found->second];
        if (part.box.top - block.box.bottom <= wrap_gap_ems * std::max(block.em, part.font_size)) {
          block.box.extend(part.box);
          block.em = std::max(block.em, part.font_size);
          block.pieces.insert(block.pieces.end(), part.pieces.begin(), part.pieces.end());
          continue;
        }
      }
      open[key] = blocks.size();
      blocks.push_back({span, part.box, part.font_size, part.pieces, false});
    }
  }
  // A cell beside two cells of one other column (that do not touch each other) spans rows.
  for (Block& block : blocks) {
    if ((&block - blocks.data()) % 256 == 0) deadline.check();
    std::map<std::uint32_t, std::vector<const Block*>> beside;
    for (const Block& other : blocks)
      if (&other != &block && other.span.first != block.span.first && overlap(block.box, other.box) > 0)
        beside[other.span.first].push_back(&other);
    for (const auto& [column, others] : beside)
      for (std::size_t a = 0; a < others.size() && !block.spans_rows; ++a)
        for (std::size_t b = a + 1; b < others.size() && !block.spans_rows; ++b)
          if (overlap(others[a]->box, others[b]->box) <= 0) block.spans_rows = true;
  }

  // Rows: the other cells, those that stand beside each other joined.
  std::vector<const Block*> row_cells;
  for (const Block& block : blocks)
    if (!block.spans_rows) row_cells.push_back(&block);
  std::sort(row_cells.begin(), row_cells.end(), [](const Block* a, const Block* b) { return a->box.top < b->box.top; });
  std::vector<std::vector<const Block*>> rows;
  std::vector<Rect> bands;
  for (const Block* block : row_cells) {
    if (rows.empty() || block->box.top >= bands.back().bottom) {
      rows.emplace_back();
      bands.push_back(block->box);
    }
    rows.back().push_back(block);
    bands.back().extend(block->box);
  }
  std::vector<std::vector<std::pair<const Block*, std::uint32_t>>> starting(rows.size());  // spanning cells
  for (const Block& block : blocks) {
    if (!block.spans_rows) continue;
    std::optional<std::size_t> top;
    std::uint32_t count = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (overlap(block.box, bands[r]) <= 0) continue;
      if (!top) top = r;
      ++count;
    }
    if (top) starting[*top].emplace_back(&block, count);
  }

  std::vector<LaidOutRow> out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<std::pair<const Block*, std::uint32_t>> cells;
    for (const Block* block : rows[r]) cells.emplace_back(block, 1);
    cells.insert(cells.end(), starting[r].begin(), starting[r].end());
    std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) {
      return a.first->span.first < b.first->span.first ||
             (a.first->span.first == b.first->span.first && a.first->box.top < b.first->box.top);
    });
    LaidOutRow row;
    row.box = bands[r];
    for (std::size_t k = 0; k < cells.size();) {
      // Cells of one column in one row (a cell's lines further apart than usual) are one cell.
      const Span span = cells[k].first->span;
      std::vector<Piece> pieces;
      Rect box = cells[k].first->box;
      std::uint32_t row_span = cells[k].second;
      for (; k < cells.size() && cells[k].first->span.first == span.first; ++k) {
        pieces.insert(pieces.end(), cells[k].first->pieces.begin(), cells[k].first->pieces.end());
        box.extend(cells[k].first->box);
        row_span = std::max(row_span, cells[k].second);
      }
      row.box.extend(box);
      row.cells.push_back({block_text(group_lines(std::move(pieces), glyphs), glyphs), span.first, row_span,
                           span.last - span.first + 1, box});
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

std::vector<BorderlessTable> find_borderless_tables(const std::vector<TextLine>& lines,
                                                    const std::vector<std::vector<TextLine>>& parts,
                                                    const std::vector<bool>& apart,
                                                    const std::vector<Glyph>& glyphs, const Deadline& deadline) {
  std::vector<BorderlessTable> tables;
  std::size_t done = 0;  // lines before this belong to a table found already
  for (std::size_t i = 0; i < lines.size();) {
    if (parts[i].size() < header_parts) {
      ++i;
      continue;
    }
    std::vector<Rect> columns;
    std::vector<Span> header;
    for (const TextLine& part : parts[i]) {
      header.push_back({static_cast<std::uint32_t>(columns.size()), static_cast<std::uint32_t>(columns.size())});
      columns.push_back(part.box);
    }
    std::vector<std::vector<Span>> spans{header};
    std::size_t last = i;  // the table's last line
    for (std::size_t j = i + 1; j < lines.size() && !apart[j - 1]; ++j) {
      const double em = std::max(lines[j].font_size, lines[j - 1].font_size);
      const double gap = lines[j].box.top - lines[j - 1].box.bottom;
      if (gap > row_gap_ems * em) break;
      auto fitted = fit(parts[j], columns, em);
      if (!fitted) break;
      spans.push_back(std::move(*fitted));
      // A line of one part ends the table unless the table goes on after it or it continues a
      // wrapped cell of the line before.
      if (parts[j].size() >= 2 || gap <= wrap_gap_ems * em) last = j;
    }
    if (last == i) {
      ++i;
      continue;
    }
    spans.resize(last + 1 - i);
    // Lines just above the header that stand under its columns are the upper lines of cells
    // centred beside it (a wrapped value in the header's row).
    std::size_t start = i;
    while (start > done && !apart[start - 1]) {
      const double em = std::max(lines[start].font_size, lines[start - 1].font_size);
      if (lines[start].box.top - lines[start - 1].box.bottom > wrap_gap_ems * em) break;
      auto fitted = fit(parts[start - 1], columns, em);
      if (!fitted) break;
      spans.insert(spans.begin(), std::move(*fitted));
      --start;
    }
    tables.push_back({start, last + 1, rows_of(start, last + 1, parts, spans, glyphs, deadline)});
    i = done = last + 1;
  }
  return tables;
}

}  // namespace jixiao::detail::pdf
