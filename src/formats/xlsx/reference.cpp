#include "reference.hpp"

#include <algorithm>

namespace jixiao::detail {

std::optional<CellPosition> parse_cell_reference(std::string_view text) noexcept {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  std::uint32_t column = 0;
  const std::size_t letters = i;
  for (; i < text.size() && i - letters < 3; ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::uint32_t>(c - 'A' + 1);
  }
  if (i == letters) return std::nullopt;
  if (i < text.size() && text[i] == '$') ++i;
  std::uint32_t row = 0;
  const std::size_t digits = i;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits < 8; ++i)
    row = row * 10 + static_cast<std::uint32_t>(text[i] - '0');
  if (i == digits || i != text.size() || row == 0 || row > max_sheet_row || column > max_sheet_column)
    return std::nullopt;
  return CellPosition{row, column};
}

std::optional<CellRange> parse_cell_range(std::string_view text) noexcept {
  const std::size_t colon = text.find(':');
  const auto a = parse_cell_reference(text.substr(0, colon));
  const auto b = colon == std::string_view::npos ? a : parse_cell_reference(text.substr(colon + 1));
  if (!a || !b) return std::nullopt;
  return CellRange{{std::min(a->row, b->row), std::min(a->column, b->column)},
                   {std::max(a->row, b->row), std::max(a->column, b->column)}};
}

}  // namespace jixiao::detail
