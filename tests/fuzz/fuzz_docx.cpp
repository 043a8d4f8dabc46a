// The docx front end (detail::read_docx) on a document: the file itself when the input starts
// with PK, else parts separated by NUL bytes — the document, the numbering and the styles
// (ooxml.hpp) — packed with fixed relationships. Properties: only jixiao::Error escapes; the grid
// keeps its promises (check_grid); lines are of part 0 and table rows of their table's part;
// reading again gives the same grid.

#include "ooxml.hpp"

#include "../../src/formats/front_ends.hpp"

#include <cstddef>
#include <cstdint>

namespace {

std::string document_of(std::string_view input) {
  if (input.starts_with("PK")) return std::string(input);
  const auto parts = jixiao::fuzz::split_parts(input, 3);
  const auto part = [&](std::size_t k, std::string_view fallback) {
    return std::string(k < parts.size() ? parts[k] : fallback);
  };
  return jixiao::fuzz::make_zip({
      {"_rels/.rels", jixiao::fuzz::relationships({{"officeDocument", "word/document.xml"}})},
      {"word/document.xml", part(0, "")},
      {"word/_rels/document.xml.rels",
       jixiao::fuzz::relationships({{"numbering", "numbering.xml"}, {"styles", "styles.xml"}})},
      {"word/numbering.xml", part(1, "<numbering/>")},
      {"word/styles.xml", part(2, "<styles/>")},
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes = document_of(jixiao::fuzz::as_text(data, size));
  jixiao::ReadOptions options;
  options.max_uncompressed_size = 64 << 20;
  options.max_cells = 100000;  // these keep each input fast; the limit's own test is in formats_docx_test
  jixiao::Grid grid;
  if (!jixiao::fuzz::refused_or_done([&] { grid = jixiao::detail::read_docx(bytes, options); })) return 0;
  jixiao::fuzz::check_grid(grid);
  for (const jixiao::GridRow& row : grid.rows()) {
    if (row.kind == jixiao::RowKind::line)
      JIXIAO_FUZZ_CHECK(row.part == 0 && row.cell_count == 1, "a paragraph that is not one cell of part 0");
    else
      JIXIAO_FUZZ_CHECK(row.part == row.table, "a table row of another table's part");
  }
  jixiao::Grid again;
  jixiao::fuzz::never_throws([&] { again = jixiao::detail::read_docx(bytes, options); });
  JIXIAO_FUZZ_CHECK(again == grid, "reading the same document twice gave two grids");
  return 0;
}
