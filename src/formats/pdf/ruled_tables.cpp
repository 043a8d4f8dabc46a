#include "ruled_tables.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <numeric>
#include <string>

namespace jixiao::detail::pdf {
namespace {

class UnionFind {
 public:
  explicit UnionFind(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0u); }
  std::uint32_t find(std::uint32_t x) noexcept {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) noexcept {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::uint32_t> parent_;
};

bool by_position(const Ruling& a, const Ruling& b) noexcept {
  return a.position < b.position || (a.position == b.position && a.start < b.start);
}

// The intervals' union, sorted, touching ones (gaps up to `gap`) joined.
std::vector<Ruling> join_intervals(std::vector<Ruling> lines, double position, double gap) {
  std::sort(lines.begin(), lines.end(), [](const Ruling& a, const Ruling& b) { return a.start < b.start; });
  std::vector<Ruling> out;
  for (const Ruling& line : lines) {
    if (!out.empty() && line.start <= out.back().end + gap) out.back().end = std::max(out.back().end, line.end);
    else out.push_back({position, line.start, line.end});
  }
  return out;
}

// Pieces of one line (a border drawn cell by cell, twice, or as a double line) become one ruling.
std::vector<Ruling> merge_collinear(std::vector<Ruling> lines) {
  std::sort(lines.begin(), lines.end(), by_position);
  std::vector<Ruling> out;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t j = i;
    while (j < lines.size() && lines[j].position - lines[i].position <= snap) ++j;
    const double position = (lines[i].position + lines[j - 1].position) / 2;
    const auto joined = join_intervals({lines.begin() + i, lines.begin() + j}, position, snap);
    out.insert(out.end(), joined.begin(), joined.end());
    i = j;
  }
  return out;
}

// Values closer than `snap` to the first of their run become one: the run's middle.
std::vector<double> cluster(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  for (std::size_t i = 0; i < values.size();) {
    std::size_t j = i;
    while (j < values.size() && values[j] - values[i] <= snap) ++j;
    out.push_back((values[i] + values[j - 1]) / 2);
    i = j;
  }
  return out;
}

std::size_t nearest(const std::vector<double>& grid, double value) noexcept {
  const auto at = std::lower_bound(grid.begin(), grid.end(), value);
  if (at == grid.end()) return grid.size() - 1;
  if (at == grid.begin()) return 0;
  return value - *(at - 1) <= *at - value ? static_cast<std::size_t>(at - grid.begin() - 1)
                                          : static_cast<std::size_t>(at - grid.begin());
}

// For each grid line, the union of the rulings drawn along it.
std::vector<std::vector<Ruling>> along(const std::vector<double>& grid, const std::vector<Ruling>& rulings) {
  std::vector<std::vector<Ruling>> lines(grid.size());
  for (const Ruling& ruling : rulings) lines[nearest(grid, ruling.position)].push_back(ruling);
  for (std::size_t k = 0; k < grid.size(); ++k) lines[k] = join_intervals(std::move(lines[k]), grid[k], 0);
  return lines;
}

// Whether the rulings of one grid line draw most of the border from `from` to `to`.
bool drawn(const std::vector<Ruling>& line, double from, double to) noexcept {
  double covered = 0;
  for (const Ruling& piece : line) covered += std::max(0.0, std::min(piece.end, to) - std::max(piece.start, from));
  return covered >= 0.5 * (to - from);
}

std::optional<RuledTable> table_of(const std::vector<Ruling>& horizontal, const std::vector<Ruling>& vertical,
                                   std::size_t max_cells) {
  std::vector<double> xs;
  std::vector<double> ys;
  double left = horizontal.front().start, right = horizontal.front().end;
  double top = vertical.front().start, bottom = vertical.front().end;
  for (const Ruling& h : horizontal) {
    ys.push_back(h.position);
    left = std::min(left, h.start);
    right = std::max(right, h.end);
  }
  for (const Ruling& v : vertical) {
    xs.push_back(v.position);
    top = std::min(top, v.start);
    bottom = std::max(bottom, v.end);
  }
  // A border left open (no outer vertical line, a row cut by the page break) still bounds the
  // table where the other rulings end.
  xs.push_back(left);
  xs.push_back(right);
  ys.push_back(top);
  ys.push_back(bottom);
  RuledTable table;
  table.xs = cluster(std::move(xs));
  table.ys = cluster(std::move(ys));
  if (table.xs.size() < 2 || table.ys.size() < 2) return std::nullopt;
  const std::size_t columns = table.columns();
  const std::size_t rows = table.rows();
  if (rows > max_cells / columns)
    throw LimitError("a table's grid has " + std::to_string(rows) + " × " + std::to_string(columns) +
                     " cells, more than max_cells (" + std::to_string(max_cells) + ")");

  const auto vertical_lines = along(table.xs, vertical);
  const auto horizontal_lines = along(table.ys, horizontal);
  UnionFind merged(rows * columns);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const auto cell = static_cast<std::uint32_t>(r * columns + c);
      if (c + 1 < columns && !drawn(vertical_lines[c + 1], table.ys[r], table.ys[r + 1])) merged.unite(cell, cell + 1);
      if (r + 1 < rows && !drawn(horizontal_lines[r + 1], table.xs[c], table.xs[c + 1]))
        merged.unite(cell, static_cast<std::uint32_t>(cell + columns));
    }
  }

  // Each group of merged grid cells is a cell when it is a rectangle; a group of another shape
  // (a border missing by accident) falls back to its grid cells.
  std::vector<GridRegion> extent(rows * columns, GridRegion{UINT32_MAX, UINT32_MAX, 0, 0});
  std::vector<std::size_t> size(rows * columns, 0);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const std::uint32_t root = merged.find(static_cast<std::uint32_t>(r * columns + c));
      GridRegion& e = extent[root];
      e.top = std::min(e.top, static_cast<std::uint32_t>(r));
      e.left = std::min(e.left, static_cast<std::uint32_t>(c));
      e.bottom = std::max(e.bottom, static_cast<std::uint32_t>(r + 1));
      e.right = std::max(e.right, static_cast<std::uint32_t>(c + 1));
      ++size[root];
    }
  }
  table.owner.assign(rows * columns, UINT32_MAX);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const std::size_t cell = r * columns + c;
      if (table.owner[cell] != UINT32_MAX) continue;
      const std::uint32_t root = merged.find(static_cast<std::uint32_t>(cell));
      const GridRegion& e = extent[root];
      const std::size_t area = std::size_t{e.bottom - e.top} * (e.right - e.left);
      const auto id = static_cast<std::uint32_t>(table.regions.size());
      if (area == size[root]) {
        table.regions.push_back(e);
        for (std::uint32_t rr = e.top; rr < e.bottom; ++rr)
          for (std::uint32_t cc = e.left; cc < e.right; ++cc) table.owner[rr * columns + cc] = id;
      } else {
        const auto r32 = static_cast<std::uint32_t>(r);
        const auto c32 = static_cast<std::uint32_t>(c);
        table.regions.push_back({r32, c32, r32 + 1, c32 + 1});
        table.owner[cell] = id;
      }
    }
  }
  if (table.regions.size() < 2) return std::nullopt;
  return table;
}

}  // namespace

std::optional<std::uint32_t> RuledTable::region_at(double x, double y) const noexcept {
  if (!(x >= xs.front() && x <= xs.back() && y >= ys.front() && y <= ys.back())) return std::nullopt;
  const auto column = std::min<std::size_t>(
      static_cast<std::size_t>(std::upper_bound(xs.begin(), xs.end(), x) - xs.begin()) - 1, columns() - 1);
  const auto row = std::min<std::size_t>(
      static_cast<std::size_t>(std::upper_bound(ys.begin(), ys.end(), y) - ys.begin()) - 1, rows() - 1);
  return owner[row * columns() + column];
}

std::vector<RuledTable> find_ruled_tables(std::vector<Ruling> horizontal, std::vector<Ruling> vertical,
                                          std::size_t max_cells, const Deadline& deadline) {
  horizontal = merge_collinear(std::move(horizontal));
  vertical = merge_collinear(std::move(vertical));
  if (horizontal.empty() || vertical.empty()) return {};

  // Rulings that touch (within the snap) belong to one table. Verticals are sorted by x, so the
  // ones a horizontal may touch are a range.
  const std::size_t h = horizontal.size();
  UnionFind touching(h + vertical.size());
  for (std::size_t i = 0; i < h; ++i) {
    if (i % 256 == 0) deadline.check();
    const Ruling& line = horizontal[i];
    auto v = std::lower_bound(vertical.begin(), vertical.end(), line.start - snap,
                              [](const Ruling& r, double x) { return r.position < x; });
    for (; v != vertical.end() && v->position <= line.end + snap; ++v) {
      if (line.position >= v->start - snap && line.position <= v->end + snap)
        touching.unite(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(h + (v - vertical.begin())));
    }
  }
  std::vector<std::vector<Ruling>> groups_h(h + vertical.size());
  std::vector<std::vector<Ruling>> groups_v(h + vertical.size());
  for (std::size_t i = 0; i < h; ++i) groups_h[touching.find(static_cast<std::uint32_t>(i))].push_back(horizontal[i]);
  for (std::size_t i = 0; i < vertical.size(); ++i)
    groups_v[touching.find(static_cast<std::uint32_t>(h + i))].push_back(vertical[i]);

  std::vector<RuledTable> tables;
  for (std::size_t g = 0; g < groups_h.size(); ++g) {
    if (groups_h[g].empty() || groups_v[g].empty()) continue;
    deadline.check();
    if (auto table = table_of(groups_h[g], groups_v[g], max_cells)) tables.push_back(std::move(*table));
  }
  std::sort(tables.begin(), tables.end(), [](const RuledTable& a, const RuledTable& b) {
    const Rect x = a.box(), y = b.box();
    return x.width() * x.height() < y.width() * y.height();
  });
  return tables;
}

}  // namespace jixiao::detail::pdf
