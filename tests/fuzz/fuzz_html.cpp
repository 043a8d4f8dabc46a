// The HTML front end on arbitrary bytes (charset from BOM, <meta> or detection). Properties:
// - it never throws anything but jixiao::Error (a charset it cannot decode, a limit passed);
// - every row is a line outside tables (part 0, no table) or a row of a table (its part and table
//   numbered from 1, the part never before its table: a nested table comes after the one it is in);
// - every cell's text is valid UTF-8 without blanks at its ends, and its spans are at least 1;
// - every diagnostic points at a row of the grid, or at the page as a whole (line 0).

#include "check.hpp"

#include "formats/front_ends.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>

namespace {

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

bool trimmed(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; };
  return s.empty() || (!blank(s.front()) && !blank(s.back()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  jixiao::ReadOptions options;
  options.max_seconds = 5;  // a hostile page's parse is bounded by time (src/formats/html/parse.hpp)
  jixiao::Grid grid;
  if (!jixiao::fuzz::refused_or_done([&] { grid = jixiao::detail::read_html(input, options); })) return 0;
  JIXIAO_FUZZ_CHECK(grid.format() == jixiao::Format::html, "the grid is not of the HTML format");
  const std::size_t lines = grid.rows().empty() ? 0 : grid.rows().back().line;
  for (const jixiao::GridRow& row : grid.rows()) {
    if (row.kind == jixiao::RowKind::line) {
      JIXIAO_FUZZ_CHECK(row.part == 0 && row.table == 0 && row.cell_count == 1,
                        fmt::format("line row {} with part {}, table {}, {} cells", row.line, row.part, row.table,
                                    row.cell_count));
    } else {
      JIXIAO_FUZZ_CHECK(row.part >= row.table && row.table >= 1 && row.row >= 1,
                        fmt::format("table row {} with part {}, table {}, row {}", row.line, row.part, row.table,
                                    row.row));
    }
    for (const jixiao::GridCell& cell : grid.cells(row)) {
      const std::string_view text = grid.text(cell);
      JIXIAO_FUZZ_CHECK(valid_utf8(text), fmt::format("a cell of row {} is not UTF-8", row.line));
      JIXIAO_FUZZ_CHECK(trimmed(text), fmt::format("a cell of row {} has blanks at an end: [{}]", row.line, text));
      JIXIAO_FUZZ_CHECK(cell.row_span >= 1 && cell.column_span >= 1 && cell.column_span <= 1000,
                        fmt::format("a cell of row {} spans {}×{}", row.line, cell.row_span, cell.column_span));
      JIXIAO_FUZZ_CHECK(row.kind == jixiao::RowKind::table_row || !text.empty(),
                        fmt::format("line row {} is empty", row.line));
    }
  }
  for (const jixiao::Diagnostic& d : grid.diagnostics())
    JIXIAO_FUZZ_CHECK(d.line <= lines, fmt::format("a diagnostic at row {} of {}", d.line, lines));
  return 0;
}
