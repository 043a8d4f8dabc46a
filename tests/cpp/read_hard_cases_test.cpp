// The hard cases of tests/data/formats (expected.md, "Hard cases"): each file holds one or two tables
// of the sample in a shape that is hard for its format — formulas, float noise, dates, hidden rows
// and sheets, two tables on a sheet, a block merged over rows and columns, nested layout tables,
// entities, a charset only in http-equiv, vMerge over a page break, nested and spanned Word tables,
// rows cut by page breaks, wrapped cells, borderless tables, scans and passwords — and must read to
// the text sample's tables, with the diagnostics the case calls for.

#include "layout_free.hpp"

#include <jixiao/json.hpp>
#include <jixiao/read.hpp>
#ifdef JIXIAO_WITH_PDF
#include <jixiao/pdf.hpp>
#endif

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;
namespace json = boost::json;

namespace {

const std::filesystem::path source_dir(JIXIAO_SOURCE_DIR);
const std::filesystem::path formats = source_dir / "tests/data/formats";

json::array projects_of(const Document& document) { return json::parse(to_json(document)).at("projects").as_array(); }

const json::array& sample_projects() {
  static const json::array projects = projects_of(read_document(source_dir / "examples/data/zjk-kexie-2025-targets.txt").document);
  return projects;
}

bool has(const ReadResult& r, DiagnosticCode code, std::string_view in_reason = {}) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) {
    return d.code == code && d.reason.find(in_reason) != std::string::npos;
  });
}

// Reads `file` and checks its projects are the text sample's `tables` (numbered from 1), member
// `without` aside.
ReadResult check_tables(const std::string& file, const std::vector<std::size_t>& tables, std::string_view without = {}) {
  CAPTURE(file);
  const ReadResult r = read_document(formats / file);
  CHECK(r.document.department == "张家口市科学技术协会");
  CHECK(r.document.year == 2025);
  const json::array got = projects_of(r.document);
  REQUIRE(got.size() == tables.size());
  for (std::size_t k = 0; k < tables.size(); ++k) {
    CAPTURE(tables[k]);
    CHECK(layout_free(got[k], without) == layout_free(sample_projects().at(tables[k] - 1), without));
  }
  CHECK_FALSE(r.has_errors());
  return r;
}

}  // namespace

TEST_CASE("xlsx: a formula reads through its cached value; one without a value is empty, with a diagnostic") {
  const ReadResult r = check_tables("hard-xlsx-formula.xlsx", {4}, "spending_plan");
  const auto& plan = r.document.projects.at(0).spending_plan.milestones;
  REQUIRE(plan.size() == 4);
  CHECK(plan[0].percent == Decimal(25));
  CHECK(plan[2].percent == Decimal(75));
  CHECK_FALSE(plan[3].percent.has_value());
  CHECK(r.document.projects[0].budget.total->to_string() == "16.63万元");
  const auto d = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                              [](const Diagnostic& x) { return x.code == DiagnosticCode::formula_without_value; });
  REQUIRE(d != r.diagnostics.end());
  CHECK(location(r.document.source, d->line, d->column).ends_with("!G9"));
}

TEST_CASE("xlsx: a number stored with float noise reads as its format shows it") {
  const ReadResult r = check_tables("hard-xlsx-float-noise.xlsx", {4});
  CHECK(r.document.projects.at(0).budget.total->to_string() == "16.63万元");
  CHECK(r.document.projects.at(0).budget.fiscal->to_string() == "16.63万元");
}

TEST_CASE("xlsx: a date cell with a date format reads as the date it shows") {
  const ReadResult r = check_tables("hard-xlsx-date.xlsx", {19});
  const auto& indicators = r.document.projects.at(0).indicators;
  const auto date = std::find_if(indicators.begin(), indicators.end(), [](const Indicator& i) { return i.name == "巡展完成时间"; });
  REQUIRE(date != indicators.end());
  CHECK(date->target.raw == "2024年12月");
}

TEST_CASE("xlsx: hidden rows and sheets are read, each with a diagnostic") {
  const ReadResult r = check_tables("hard-xlsx-hidden.xlsx", {8, 9});
  CHECK(r.document.projects.at(0).indicators.size() == 6);
  CHECK(has(r, DiagnosticCode::hidden_row));
  CHECK(has(r, DiagnosticCode::hidden_sheet));
}

TEST_CASE("xlsx: two tables on one sheet are two projects") { check_tables("hard-xlsx-two-tables.xlsx", {12, 13}); }

TEST_CASE("xlsx: a block merged over rows and columns is one cell") {
  const ReadResult r = check_tables("hard-xlsx-merged-block.xlsx", {16});
  CHECK(r.document.projects.at(0).goals.size() == 2);
}

TEST_CASE("HTML: layout tables are containers; <br> inside labels and goals") {
  const ReadResult r = check_tables("hard-html-nested-br.html", {4});
  CHECK(r.document.projects.at(0).goals.size() == 2);
}

TEST_CASE("HTML: entities read as the characters they stand for") {
  const ReadResult r = check_tables("hard-html-entities.html", {1});
  CHECK_FALSE(has(r, DiagnosticCode::cell_unplaced));
  CHECK(r.document.projects.at(0).goals.size() == 4);
}

TEST_CASE("HTML: a GBK page whose charset is only in http-equiv") {
  const ReadResult r = check_tables("hard-html-gb2312-http-equiv.html", {16});
  CHECK(r.encoding == Encoding::gb18030);
  CHECK_FALSE(has(r, DiagnosticCode::encoding_invalid));
}

TEST_CASE("docx: a vMerge over a page break keeps its rows under their 一级") {
  const ReadResult r = check_tables("hard-docx-vmerge-page-break.docx", {5});
  CHECK(r.document.projects.at(0).indicators.size() == 19);
}

TEST_CASE("docx: indicators in a table nested in the form's last row") { check_tables("hard-docx-nested-table.docx", {8}); }

TEST_CASE("docx: a description spanning two grid columns shifts no target") {
  check_tables("hard-docx-gridspan.docx", {18});
}

#ifdef JIXIAO_WITH_PDF
TEST_CASE("PDF: the hard cases read to their tables") {
  install_pdf_front_end();
  check_tables("hard-pdf-split-row.pdf", {1});
  const ReadResult wrapped = check_tables("hard-pdf-wrap-four-lines.pdf", {9});
  check_tables("hard-pdf-merged-across-pages.pdf", {5});
  check_tables("hard-pdf-two-tables.pdf", {12, 13});
  check_tables("hard-pdf-borderless.pdf", {8});
  check_tables("hard-pdf-encrypted-no-password.pdf", {12, 13});
}

TEST_CASE("PDF: a scan and a password-protected file are refused, saying why") {
  install_pdf_front_end();
  try {
    read_document(formats / "hard-pdf-scanned.pdf");
    FAIL("no exception");
  } catch (const UnsupportedFormatError& e) {
    CHECK(std::string_view(e.what()).find("OCR") != std::string_view::npos);
  }
  try {
    read_document(formats / "hard-pdf-encrypted-password.pdf");
    FAIL("no exception");
  } catch (const UnsupportedFormatError& e) {
    CHECK(std::string_view(e.what()).find("password") != std::string_view::npos);
  }
}
#endif
