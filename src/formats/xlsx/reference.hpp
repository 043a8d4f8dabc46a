#pragma once
// A1 references as a sheet writes them: `C12` (a cell's r), `A1:G1` (a merged range's ref).

#include <cstdint>
#include <optional>
#include <string_view>

namespace jixiao::detail {

// Excel's own bounds: XFD1048576 is the last cell of a sheet.
inline constexpr std::uint32_t max_sheet_column = 16384;
inline constexpr std::uint32_t max_sheet_row = 1048576;

struct CellPosition {
  std::uint32_t row = 0;     // 1-based
  std::uint32_t column = 0;  // 1-based
};

// `C12` or `$C$12` → row 12, column 3; nullopt for anything else, or a cell past the sheet's bounds.
std::optional<CellPosition> parse_cell_reference(std::string_view text) noexcept;

struct CellRange {
  CellPosition first;  // top left
  CellPosition last;   // bottom right
};

// `A1:G2` (corners in either order) or a single cell; nullopt otherwise.
std::optional<CellRange> parse_cell_range(std::string_view text) noexcept;

}  // namespace jixiao::detail
