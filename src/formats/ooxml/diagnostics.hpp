#pragma once
// The diagnostics the xlsx and docx front ends put on a grid (Grid::diagnostics): their codes,
// stable identifiers documented in docs/format-xlsx.md and docs/format-docx.md, and the excerpt
// of a cell a reason quotes.

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::detail::grid_code {

// xlsx
inline constexpr std::string_view hidden_sheet = "hidden-sheet";    // a hidden sheet, read as if shown
inline constexpr std::string_view hidden_row = "hidden-row";        // hidden rows, read as if shown
inline constexpr std::string_view hidden_column = "hidden-column";  // hidden columns, read as if shown
inline constexpr std::string_view formula_without_value = "formula-without-value";  // no cached result: empty
inline constexpr std::string_view number_hidden = "number-hidden";  // a format that shows nothing (;;;)
inline constexpr std::string_view number_unreadable = "number-unreadable";  // a stored number that is none
inline constexpr std::string_view string_missing = "string-missing";  // a shared string index past the end
inline constexpr std::string_view sheet_missing = "sheet-missing";  // a sheet the workbook lists without its part
// xlsx and docx
inline constexpr std::string_view cell_covered = "cell-covered";  // text under a merged cell, not shown
// docx
inline constexpr std::string_view nested_table = "nested-table";  // a table in a cell, read after its table

}  // namespace jixiao::detail::grid_code

namespace jixiao::detail {

// At most `size` bytes of the text, cut at a character boundary (the text is UTF-8), with … when cut.
inline std::string excerpt(std::string_view text, std::size_t size = 60) {
  if (text.size() <= size) return std::string(text);
  while (size > 0 && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80) --size;
  return std::string(text.substr(0, size)) + "…";
}

}  // namespace jixiao::detail
