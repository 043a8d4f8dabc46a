// The safety limits of the zip and XML layers under the xlsx and docx front ends: too many
// entries, zip bombs by ratio and by total size, damaged and truncated archives, bytes that are
// no zip, a DTD (billion laughs, an external entity) and nesting too deep. Each limit is a
// ReadOptions field with a default; each test trips one.

#include "ooxml_fixtures.hpp"

#include "../../src/formats/front_ends.hpp"
#include "../../src/formats/xml/xml_parser.hpp"
#include "../../src/formats/zip/zip_archive.hpp"

#include <jixiao/error.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace ooxml_fixtures;

namespace {

Grid xlsx(const std::string& name, const ReadOptions& options = {}) {
  return detail::read_xlsx(case_bytes(name), options);
}

Grid docx(const std::string& name, const ReadOptions& options = {}) {
  return detail::read_docx(case_bytes(name), options);
}

class Ignore final : public detail::XmlHandler {
 public:
  void start(const detail::XmlName&, const detail::XmlAttributes&) override {}
  void end(const detail::XmlName&) override {}
  void text(std::string_view) override {}
};

// Writes each start as `ns:local` with ns one of none, other, sml, wml.
class Record final : public detail::XmlHandler {
 public:
  std::string out;
  void start(const detail::XmlName& name, const detail::XmlAttributes& attributes) override {
    static constexpr const char* spaces[] = {"none", "other", "sml", "wml", "r", "pkg", "mc"};
    out += std::string(spaces[static_cast<int>(name.space)]) + ':' + std::string(name.local);
    if (!attributes.get("id").empty()) out += "@" + std::string(attributes.get("id"));
    out += ' ';
  }
  void end(const detail::XmlName&) override {}
  void text(std::string_view) override {}
};

void parse(std::string_view xml, const ReadOptions& options = {}) {
  Ignore ignore;
  detail::XmlParser parser("part.xml", ignore, options);
  parser.feed(xml);
  parser.finish();
}

}  // namespace

TEST_CASE("more zip entries than ReadOptions::max_zip_entries are refused") {
  CHECK_NOTHROW(xlsx("too-many-entries.xlsx"));
  ReadOptions options;
  options.max_zip_entries = 10;
  CHECK_THROWS_WITH_AS(xlsx("too-many-entries.xlsx", options),
                       "the zip archive has 45 entries, more than ReadOptions::max_zip_entries (10)", LimitError);
}

TEST_CASE("an entry that inflates past ReadOptions::max_compression_ratio is a zip bomb") {
  // 20 MB of blanks in 20 KB: about 1021 : 1, past the default of 1000.
  CHECK_THROWS_WITH_AS(xlsx("bomb-ratio.xlsx"), doctest::Contains("ReadOptions::max_compression_ratio"), LimitError);
  ReadOptions options;
  options.max_compression_ratio = 2000;
  CHECK_NOTHROW(xlsx("bomb-ratio.xlsx", options));
}

TEST_CASE("inflating past ReadOptions::max_uncompressed_size in all stops reading") {
  // A 4 MB sheet within the ratio, counted as it inflates.
  CHECK_NOTHROW(xlsx("bomb-total.xlsx"));
  ReadOptions options;
  options.max_uncompressed_size = 1 << 20;
  CHECK_THROWS_WITH_AS(xlsx("bomb-total.xlsx", options), doctest::Contains("ReadOptions::max_uncompressed_size"),
                       LimitError);
}

TEST_CASE("text repeated by shared strings or list numbers past ReadOptions::max_uncompressed_size stops reading") {
  // 1,000 cells of one 10 KB shared string; 10,000 paragraphs numbered with a 255-byte level text.
  CHECK(xlsx("amplified.xlsx").text_size() == 1000 * 3 * 3400);
  CHECK(docx("amplified.docx").rows().size() == 10000);
  ReadOptions options;
  options.max_uncompressed_size = 1 << 20;
  CHECK_THROWS_WITH_AS(xlsx("amplified.xlsx", options), doctest::Contains("cells hold more text than"), LimitError);
  CHECK_THROWS_WITH_AS(docx("amplified.docx", options), doctest::Contains("text is longer than"), LimitError);
}

TEST_CASE("damaged, truncated and empty archives and bytes that are no zip are errors, not crashes") {
  CHECK_THROWS_WITH_AS(xlsx("damaged.xlsx"), doctest::Contains("xl/worksheets/sheet1.xml: damaged zip entry"), Error);
  CHECK_THROWS_WITH_AS(xlsx("truncated.xlsx"), doctest::Contains("not a zip archive"), Error);
  CHECK_THROWS_WITH_AS(xlsx("not-a-zip.xlsx"), doctest::Contains("not a zip archive"), Error);
  CHECK_THROWS_WITH_AS(docx("not-a-zip.xlsx"), doctest::Contains("not a zip archive"), Error);
  CHECK_THROWS_WITH_AS(detail::read_xlsx("", {}), "not a zip archive: the file is empty", Error);
  const std::string bytes = case_bytes("formulas.xlsx");
  detail::ZipArchive zip(bytes, {});
  CHECK(zip.contains("XL/WORKBOOK.XML"));  // part names ignore ASCII case
  std::string workbook;
  zip.read("xl/workbook.xml", [&](std::string_view chunk) { workbook += chunk; });
  CHECK(workbook.starts_with("<?xml"));
  CHECK_THROWS_WITH_AS(zip.read("xl/missing.xml", [](std::string_view) {}), "the zip archive has no part xl/missing.xml",
                       Error);
}

TEST_CASE("XML with a DTD is refused: no entity expansion (billion laughs), no external entities") {
  CHECK_THROWS_WITH_AS(xlsx("billion-laughs.xlsx"),
                       doctest::Contains("xl/sharedStrings.xml, line 1: a document type declaration (DTD) is refused"),
                       Error);
  CHECK_THROWS_WITH_AS(docx("external-entity.docx"),
                       doctest::Contains("word/document.xml, line 1: a document type declaration (DTD) is refused"),
                       Error);
  CHECK_THROWS_WITH_AS(parse("<a>&undeclared;</a>"), doctest::Contains("part.xml, line 1: not well-formed XML"), Error);
}

TEST_CASE("elements nested deeper than ReadOptions::max_nesting_depth stop reading") {
  // Tables nested 100 deep: 300 elements of w:tbl, w:tr and w:tc.
  CHECK_THROWS_WITH_AS(docx("deep.docx"), doctest::Contains("ReadOptions::max_nesting_depth (256)"), LimitError);
  ReadOptions options;
  options.max_nesting_depth = 400;
  CHECK(docx("deep.docx", options).rows().size() == 100);
  options.max_nesting_depth = 2;
  CHECK_NOTHROW(parse("<a><b/></a>", options));
  CHECK_THROWS_AS(parse("<a><b><c/></b></a>", options), LimitError);
}

TEST_CASE("element namespaces come from the declarations in scope, whatever the prefix") {
  Record record;
  detail::XmlParser parser("part.xml", record, {});
  parser.feed(R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
              R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
              R"(<x:sheet r:id="rId1"/><row xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><c/></row>)"
              R"(<row/><y:c/><x:c xmlns:x="urn:other"/><x:c/></x:worksheet>)");
  parser.finish();
  CHECK(record.out == "sml:worksheet sml:sheet@rId1 sml:row sml:c none:row other:c other:c sml:c ");
}

TEST_CASE("XML errors name the part and the line") {
  CHECK_THROWS_WITH_AS(parse("<a>\n<b>\n</a>"), "part.xml, line 3: not well-formed XML (mismatched tag)", Error);
  CHECK_THROWS_WITH_AS(parse("<a>"), doctest::Contains("part.xml, line 1: not well-formed XML"), Error);
}
