// The xlsx front end (detail::read_xlsx) on a workbook: the file itself when the input starts
// with PK, else parts separated by NUL bytes — the sheet, the shared strings, the styles and the
// workbook (ooxml.hpp) — packed with fixed relationships (two sheets, both the first sheet part).
// Properties: only jixiao::Error escapes; the grid keeps its promises (check_grid); every row is
// a table row of a named sheet; reading again gives the same grid.

#include "ooxml.hpp"

#include "../../src/formats/front_ends.hpp"

#include <cstddef>
#include <cstdint>

namespace {

std::string workbook_of(std::string_view input) {
  if (input.starts_with("PK")) return std::string(input);
  const auto parts = jixiao::fuzz::split_parts(input, 4);
  const auto part = [&](std::size_t k, std::string_view fallback) {
    return std::string(k < parts.size() ? parts[k] : fallback);
  };
  const std::string workbook =
      part(3, R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
              R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
              R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
  return jixiao::fuzz::make_zip({
      {"_rels/.rels", jixiao::fuzz::relationships({{"officeDocument", "xl/workbook.xml"}})},
      {"xl/workbook.xml", workbook},
      {"xl/_rels/workbook.xml.rels",
       jixiao::fuzz::relationships({{"worksheet", "worksheets/sheet1.xml"}, {"worksheet", "worksheets/sheet1.xml"},
                                    {"sharedStrings", "sharedStrings.xml"}, {"styles", "styles.xml"}})},
      {"xl/worksheets/sheet1.xml", part(0, "")},
      {"xl/sharedStrings.xml", part(1, "<sst/>")},
      {"xl/styles.xml", part(2, "<styleSheet/>")},
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes = workbook_of(jixiao::fuzz::as_text(data, size));
  jixiao::ReadOptions options;
  options.max_uncompressed_size = 64 << 20;
  options.max_cells = 100000;  // these keep each input fast; the limit's own test is in formats_xlsx_test
  jixiao::Grid grid;
  if (!jixiao::fuzz::refused_or_done([&] { grid = jixiao::detail::read_xlsx(bytes, options); })) return 0;
  jixiao::fuzz::check_grid(grid);
  for (const jixiao::GridRow& row : grid.rows()) {
    JIXIAO_FUZZ_CHECK(row.kind == jixiao::RowKind::table_row, "an xlsx row that is no table row");
    JIXIAO_FUZZ_CHECK(row.part >= 1 && row.part <= grid.source().part_names.size(), "a row of no sheet");
  }
  jixiao::Grid again;
  jixiao::fuzz::never_throws([&] { again = jixiao::detail::read_xlsx(bytes, options); });
  JIXIAO_FUZZ_CHECK(again == grid, "reading the same workbook twice gave two grids");
  return 0;
}
