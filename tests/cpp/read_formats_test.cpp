// Every format reads to one model: the sample laid out as published — xlsx (a sheet per table, one
// sheet), docx, HTML in UTF-8 and GBK, and PDFs printed from them by LibreOffice and Chromium
// (tests/data/formats, made by make_fixtures.py) — reads to the text sample's document: the same
// 26 projects, budgets, plans, goals, indicators and targets, the same diagnostics, and the same
// review and evaluation. Only source locations and the blanks extraction inserts may differ.

#include "layout_free.hpp"

#include <jixiao/evaluate.hpp>
#include <jixiao/json.hpp>
#include <jixiao/actuals_io.hpp>
#include <jixiao/read.hpp>
#include <jixiao/report.hpp>
#include <jixiao/review.hpp>
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
#include <tuple>
#include <utility>
#include <vector>

using namespace jixiao;
namespace json = boost::json;

namespace {

const std::filesystem::path source_dir(JIXIAO_SOURCE_DIR);
const std::filesystem::path formats = source_dir / "tests/data/formats";
const std::filesystem::path sample = source_dir / "examples/data/zjk-kexie-2025-targets.txt";

// The document and its diagnostics apart. What a PDF's page breaks cost is the PDF's own, not the
// document's: the headers and footers its front end left out (pdf-…), the rows the reader joined
// across a break (row-joined).
std::pair<json::value, json::array> comparable(const ReadResult& r) {
  json::value all = layout_free(json::parse(to_json(r)));
  json::array diagnostics;
  for (const json::value& d : all.as_object()["diagnostics"].as_array())
    if (const std::string_view code = d.at("code").as_string(); !code.starts_with("pdf-") && code != "row-joined")
      diagnostics.push_back(d);
  all.as_object().erase("diagnostics");
  return {all, diagnostics};
}

// A finding without its place: which rule, how grave, which project and indicator.
std::vector<std::tuple<RuleId, Severity, std::size_t, std::size_t>> outline(const std::vector<Finding>& findings) {
  std::vector<std::tuple<RuleId, Severity, std::size_t, std::size_t>> out;
  for (const Finding& f : findings) out.emplace_back(f.rule, f.severity, f.project.value_or(9999), f.indicator.value_or(9999));
  std::sort(out.begin(), out.end());
  return out;
}

const ReadResult& text_sample() {
  static const ReadResult result = read_document(sample);
  return result;
}

void check_reads_as_the_sample(const std::string& file, Format format) {
  CAPTURE(file);
  const ReadResult r = read_document(formats / file);
  CHECK(r.format == format);
  CHECK(r.document.source.format == format);
  const ReadResult& text = text_sample();
  REQUIRE(r.document.projects.size() == text.document.projects.size());
  for (std::size_t p = 0; p < text.document.projects.size(); ++p) {
    CAPTURE(p);
    CHECK(r.document.projects[p].indicators.size() == text.document.projects[p].indicators.size());
  }
  const auto [document, diagnostics] = comparable(r);
  const auto [text_document, text_diagnostics] = comparable(text);
  CHECK(document == text_document);
  CHECK(diagnostics == text_diagnostics);
  CHECK(outline(review(r.document)) == outline(review(text.document)));
  const Actuals actuals = read_actuals(source_dir / "examples/data/zjk-kexie-2025-actuals.csv");
  const Evaluation a = evaluate(r.document, actuals);
  const Evaluation b = evaluate(text.document, actuals);
  REQUIRE(a.projects.size() == b.projects.size());
  for (std::size_t p = 0; p < a.projects.size(); ++p) {
    CHECK(a.projects[p].total == b.projects[p].total);
    CHECK(a.projects[p].grade == b.projects[p].grade);
  }
}

}  // namespace

TEST_CASE("the sample as an xlsx with a sheet per table reads as the text sample") {
  check_reads_as_the_sample("sample-sheets.xlsx", Format::xlsx);
}

TEST_CASE("the sample as an xlsx with every table on one sheet reads as the text sample") {
  check_reads_as_the_sample("sample-onesheet.xlsx", Format::xlsx);
}

TEST_CASE("the sample as a docx reads as the text sample") { check_reads_as_the_sample("sample.docx", Format::docx); }

TEST_CASE("the sample as a UTF-8 web page reads as the text sample") {
  check_reads_as_the_sample("sample-utf8.html", Format::html);
}

TEST_CASE("the sample as a GBK web page reads as the text sample") {
  check_reads_as_the_sample("sample-gbk.html", Format::html);
  CHECK(read_document(formats / "sample-gbk.html").encoding == Encoding::gb18030);
}

TEST_CASE("an indicator read from a workbook is located on its sheet, in the report too") {
  const ReadResult r = read_document(formats / "sample-sheets.xlsx");
  REQUIRE(!r.document.projects.empty());
  const Indicator& first = r.document.projects[0].indicators.at(0);
  const std::string where = location(r.document.source, first.line, 3);
  CHECK(where.find('!') != std::string::npos);
  CHECK(where.find("!C") != std::string::npos);
  const std::string page = html_report(r.document, review(r.document));
  CHECK(page.find("开展科技工作者助力乡村振兴经费绩效目标表&#39;!1:1 · budget_text_amount") != std::string::npos);
  CHECK(page.find("第 1 行") == std::string::npos);
}

#ifdef JIXIAO_WITH_PDF
TEST_CASE("the sample printed to PDF by LibreOffice and Chromium reads as the text sample") {
  install_pdf_front_end();
  check_reads_as_the_sample("sample-sheets.pdf", Format::pdf);
  check_reads_as_the_sample("sample-docx.pdf", Format::pdf);
  check_reads_as_the_sample("sample-html.pdf", Format::pdf);
}
#endif
