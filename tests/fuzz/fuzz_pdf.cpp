// The PDF front end (jixiao_pdf) on arbitrary bytes. Properties:
// - it never throws anything but jixiao::Error, and poppler never crashes under it;
// - the grid is well formed: rows numbered 1, 2, … as lines; each row on a page (part ≥ 1), its
//   row numbers counting up from 1 on each page; table rows in a table ≥ 1, lines in none; every
//   cell's spans ≥ 1, its box not inverted, its text valid UTF-8; every diagnostic on a row or
//   on the document (line 0);
// - reading the same bytes again gives the same grid (no state survives a call).

#include "check.hpp"

#include <jixiao/pdf.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

bool valid_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) return false;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(s[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      c = (c << 6) | (next & 0x3F);
    }
    const char32_t minimum = length == 1 ? 0 : length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

void check_grid(const jixiao::Grid& grid) {
  using jixiao::RowKind;
  JIXIAO_FUZZ_CHECK(grid.format() == jixiao::Format::pdf, "the grid is not a PDF's");
  std::uint32_t page = 0, row_number = 0;
  for (std::size_t i = 0; i < grid.rows().size(); ++i) {
    const jixiao::GridRow& row = grid.rows()[i];
    JIXIAO_FUZZ_CHECK(row.line == i + 1, fmt::format("row {} has line {}", i + 1, row.line));
    JIXIAO_FUZZ_CHECK(row.part >= 1 && row.part >= page, fmt::format("row {} on page {} after page {}", i + 1, row.part, page));
    row_number = row.part == page ? row_number + 1 : 1;
    page = row.part;
    JIXIAO_FUZZ_CHECK(row.row == row_number, fmt::format("row {} is row {} of its page, not {}", i + 1, row.row, row_number));
    JIXIAO_FUZZ_CHECK((row.kind == RowKind::table_row) == (row.table >= 1), fmt::format("row {}: kind and table disagree", i + 1));
    for (const jixiao::GridCell& cell : grid.cells(row)) {
      JIXIAO_FUZZ_CHECK(cell.row_span >= 1 && cell.column_span >= 1, fmt::format("row {}: a span of 0", i + 1));
      JIXIAO_FUZZ_CHECK(cell.box.left <= cell.box.right && cell.box.top <= cell.box.bottom,
                        fmt::format("row {}: an inverted box", i + 1));
      JIXIAO_FUZZ_CHECK(valid_utf8(grid.text(cell)), fmt::format("row {}: a cell's text is not UTF-8", i + 1));
    }
  }
  for (const jixiao::Diagnostic& d : grid.diagnostics()) {
    JIXIAO_FUZZ_CHECK(d.line <= grid.rows().size(),
                      fmt::format("a diagnostic at line {} of {} rows: {}", d.line, grid.rows().size(), d.reason));
    JIXIAO_FUZZ_CHECK(valid_utf8(d.reason), "a diagnostic's reason is not UTF-8");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  // Limits small enough that one input stays well within libFuzzer's time per input.
  jixiao::ReadOptions options;
  options.max_pages = 50;
  options.max_words_per_page = 20000;
  options.max_cells = 100000;
  jixiao::Grid grid;
  if (!jixiao::fuzz::refused_or_done([&] { grid = jixiao::read_pdf_grid(input, options); })) return 0;
  check_grid(grid);
  jixiao::Grid again;
  jixiao::fuzz::never_throws([&] { again = jixiao::read_pdf_grid(input, options); });
  JIXIAO_FUZZ_CHECK(again == grid, "reading the same bytes twice gave two grids");
  return 0;
}
