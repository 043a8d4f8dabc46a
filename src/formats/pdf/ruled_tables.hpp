#pragma once
// Bordered tables from the lines a page draws: rulings that touch form a table; its grid lines
// are their positions (nearly equal ones snapped together); a grid cell whose border with its
// neighbour is not drawn is merged with it, and a merged rectangle is a cell with spans.

#include "deadline.hpp"
#include "page_content.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace jixiao::detail::pdf {

struct GridRegion {
  std::uint32_t top = 0;  // grid rows [top, bottom) and columns [left, right)
  std::uint32_t left = 0;
  std::uint32_t bottom = 0;
  std::uint32_t right = 0;
};

struct RuledTable {
  std::vector<double> xs;  // the grid's vertical lines, left to right
  std::vector<double> ys;  // its horizontal lines, top to bottom
  std::vector<GridRegion> regions;   // the cells, in row-major order of their top-left grid cell
  std::vector<std::uint32_t> owner;  // region of each grid cell, row-major

  std::size_t columns() const noexcept { return xs.size() - 1; }
  std::size_t rows() const noexcept { return ys.size() - 1; }
  Rect box() const noexcept { return {xs.front(), ys.front(), xs.back(), ys.back()}; }
  Rect box(const GridRegion& region) const noexcept {
    return {xs[region.left], ys[region.top], xs[region.right], ys[region.bottom]};
  }
  // The region that holds the point, if the point is inside the table.
  std::optional<std::uint32_t> region_at(double x, double y) const noexcept;
};

// Positions closer than this are one grid line: double borders, a border drawn once per cell.
inline constexpr double snap = 2.5;

// The tables the rulings form, smallest first (a table drawn inside another's cell comes before
// it). A table has at least two cells; a lone frame is no table. Throws LimitError for a grid of
// more than `max_cells` cells (ReadOptions::max_cells).
std::vector<RuledTable> find_ruled_tables(std::vector<Ruling> horizontal, std::vector<Ruling> vertical,
                                          std::size_t max_cells, const Deadline& deadline);

}  // namespace jixiao::detail::pdf
