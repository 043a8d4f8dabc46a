#pragma once
// The diagnostics the xlsx and docx front ends put on a grid (Grid::diagnostics): their codes,
// stable identifiers documented in docs/format-xlsx.md and docs/format-docx.md, and the excerpt
// of a cell a reason quotes.

#include <jixiao/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::detail::grid_code {

using enum DiagnosticCode;

}  // namespace jixiao::detail::grid_code

namespace jixiao::detail {

// At most `size` bytes of the text, cut at a character boundary (the text is UTF-8), with … when cut.
inline std::string excerpt_bytes(std::string_view text, std::size_t size = 60) {
  if (text.size() <= size) return std::string(text);
  while (size > 0 && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80) --size;
  return std::string(text.substr(0, size)) + "…";
}

}  // namespace jixiao::detail
