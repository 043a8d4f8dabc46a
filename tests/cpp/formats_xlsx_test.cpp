// The xlsx front end (src/formats/xlsx): number formats as a cell shows them, strings, formulas,
// hidden rows, columns and sheets, merged cells and tables — on the cases of
// tests/data/formats/ooxml (made by its make_cases.py). The zip and XML limits are in
// formats_zip_test.cpp.

#include "ooxml_fixtures.hpp"

#include "../../src/formats/front_ends.hpp"
#include "../../src/formats/xlsx/number_format.hpp"

#include <jixiao/error.hpp>
#include <jixiao/source.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace jixiao;
using namespace ooxml_fixtures;
using detail::DateSystem;
using detail::NumberFormat;
using detail::Shown;

namespace {

std::string shown(std::string_view code, std::string_view stored, DateSystem system = DateSystem::from_1900) {
  std::string out;
  NumberFormat(code).render(stored, system, out);
  return out;
}

Shown how(std::string_view code, std::string_view stored) {
  std::string out;
  return NumberFormat(code).render(stored, DateSystem::from_1900, out);
}

Grid xlsx(const std::string& name, const ReadOptions& options = {}) {
  return detail::read_xlsx(case_bytes(name), options);
}

}  // namespace

TEST_CASE("General shows at most 15 significant digits, without float noise or trailing zeros") {
  CHECK(shown("General", "16.629999999999999") == "16.63");
  CHECK(shown("General", "0.30000000000000004") == "0.3");
  CHECK(shown("General", "1.50") == "1.5");
  CHECK(shown("General", "-45.5") == "-45.5");
  CHECK(shown("General", "-0") == "0");
  CHECK(shown("General", "999999999999999") == "999999999999999");
  CHECK(shown("General", "123456789012345678") == "1.23456789012346E+17");
  CHECK(shown("General", "1E+20") == "1E+20");
  CHECK(shown("General", "2.5E-3") == "0.0025");
  CHECK(shown("General", "0.000000001") == "0.000000001");
  CHECK(shown("General", "1E-10") == "1E-10");
  CHECK(shown("General", "0.99999999999999999") == "1");
  CHECK(how("General", "abc") == Shown::not_a_number);
  CHECK(how("General", "1,234") == Shown::not_a_number);
  CHECK(how("General", "") == Shown::not_a_number);
  CHECK(how("General", "1E") == Shown::not_a_number);
}

TEST_CASE("General's shortcut for plain stored numbers agrees with the full reading") {
  // "General;-General" reads every number in full: the same rule without the shortcut.
  const NumberFormat fast;
  const NumberFormat full("General;-General");
  std::vector<std::string> values = {"0", "7", "10", "0.5", "0.05", "100.25", "0.000000001", "0.0000000001",
                                     "123456789012345", "1234567890123456", "0.123456789012345",
                                     "0.1234567890123456", "12345678.9012345", "12345678.90123456", "-3", "-0.5",
                                     "1.10", "01", "00.5", "-0", "5.", ".5", "1e5"};
  for (int digits = 1; digits <= 17; ++digits) {
    for (int point = 0; point <= digits; ++point) {
      std::string v;
      for (int k = 0; k < digits; ++k) v += static_cast<char>('1' + (k * 7 + digits) % 9);
      if (point < digits) v.insert(static_cast<std::size_t>(point == 0 ? 0 : point), point == 0 ? "0." : ".");
      values.push_back(v);
      values.push_back("-" + v);
    }
  }
  for (const std::string& v : values) {
    CAPTURE(v);
    std::string a;
    std::string b;
    const Shown sa = fast.render(v, DateSystem::from_1900, a);
    const Shown sb = full.render(v, DateSystem::from_1900, b);
    CHECK(sa == sb);
    CHECK(a == b);
  }
}

TEST_CASE("stored numbers are read exactly, never through a double") {
  CHECK(shown("0.00000000000000000000", "0.1") == "0.10000000000000000000");
  CHECK(shown("0", "1E+20") == "100000000000000000000");
  CHECK(shown("#,##0", "12345678901234") == "12,345,678,901,234");
  // Excel rounds to 15 significant digits before it rounds to the format's places.
  CHECK(shown("0.00", "2.6749999999999998") == "2.68");
  CHECK(shown("0.00", "2.675") == "2.68");
  CHECK(shown("0.00", "2.674") == "2.67");
}

TEST_CASE("number formats: places, grouping, percent, scaling, literals and sections") {
  CHECK(shown("0.00", "15.7") == "15.70");
  CHECK(shown("0.00", "-0.001") == "0.00");
  CHECK(shown("#,##0", "1234567") == "1,234,567");
  CHECK(shown("#,##0", "0") == "0");
  CHECK(shown("#,##0", "-1234.5") == "-1,235");
  CHECK(shown("#,##0", "999.5") == "1,000");
  CHECK(shown("#,##0.00", "1234.5") == "1,234.50");
  CHECK(shown("0%", "0.25") == "25%");
  CHECK(shown("0%", "0.005") == "1%");
  CHECK(shown("0.00%", "0.105") == "10.50%");
  CHECK(shown("0.00%", "1") == "100.00%");
  CHECK(shown("0.0,,", "1234567") == "1.2");
  CHECK(shown("#,##0,", "1234567") == "1,235");
  CHECK(shown("#.##", "0.5") == ".5");
  CHECK(shown("#.##", "1") == "1.");
  CHECK(shown("0.0#", "1.5") == "1.5");
  CHECK(shown("0.0#", "1.25") == "1.25");
  CHECK(shown("0.0#", "1") == "1.0");
  CHECK(shown("00000", "42") == "00042");
  CHECK(shown("000-0000", "1234567") == "123-4567");
  CHECK(shown("0.00;(0.00)", "-5") == "(5.00)");
  CHECK(shown("0.00;(0.00)", "5") == "5.00");
  CHECK(shown("0;-0;\"零\"", "0") == "零");
  CHECK(shown("\"¥\"#,##0.00", "1234") == "¥1,234.00");
  CHECK(shown("\"¥\"#,##0.00", "-5") == "-¥5.00");
  CHECK(shown("[Red]0.00", "5") == "5.00");
  CHECK(shown("[$¥-804]#,##0.00", "5") == "¥5.00");
  CHECK(shown("0.00\"万元\"", "175") == "175.00万元");
  CHECK(shown("0.00\\元", "175") == "175.00元");
  CHECK(shown("General\"元\"", "5") == "5元");
  CHECK(shown("@", "3.14") == "3.14");
  // Built-in 43, the accounting format of the zh-CN locale: padding trimmed, zero as a dash.
  const std::string accounting(detail::builtin_format_code(43));
  CHECK(shown(accounting, "1234.5") == "1,234.50");
  CHECK(shown(accounting, "-1234.5") == "-1,234.50");
  CHECK(shown(accounting, "0") == "-");
}

TEST_CASE("number formats it does not understand, and one that hides the number, show General") {
  CHECK(shown("0.00E+00", "1234.5") == "1234.5");
  CHECK(how("0.00E+00", "1234.5") == Shown::general);
  CHECK(how("# ?/?", "0.5") == Shown::general);
  CHECK(shown("[>100]0;0.00", "150") == "150");
  CHECK(how("[DBNum2]0", "12") == Shown::general);
  CHECK(shown(";;;", "42") == "42");
  CHECK(how(";;;", "42") == Shown::hidden);
  CHECK(how("0;;", "0") == Shown::hidden);
  CHECK(how("", "1") == Shown::number);
  CHECK(shown("dddd", "45657") == "45657");  // a weekday alone
  CHECK(how(std::string(200, '0') + std::string(56, '%'), "1") == Shown::general);  // past Excel's 255
}

TEST_CASE("date serials with a date format are dates: 年月日 when the code writes them, else ISO") {
  CHECK(shown("yyyy-mm-dd", "45657") == "2024-12-31");
  CHECK(shown(detail::builtin_format_code(14), "45657") == "2024-12-31");
  CHECK(shown("m/d/yy", "45657") == "2024-12-31");
  CHECK(shown("yyyy\"年\"m\"月\"d\"日\"", "45657") == "2024年12月31日");
  CHECK(shown("yyyy\"年\"m\"月\"", "45627") == "2024年12月");
  CHECK(shown("m\"月\"d\"日\"", "45657") == "12月31日");
  CHECK(shown("mmm-yy", "45657") == "2024-12");
  CHECK(shown("[$-F800]dddd, mmmm dd, yyyy", "45657") == "2024年12月31日");
  CHECK(shown("yyyy-mm-dd hh:mm", "45657.75") == "2024-12-31 18:00");
  CHECK(shown("yyyy-mm-dd hh:mm", "45657.9999999") == "2025-01-01 00:00");
  CHECK(shown("h:mm", "0.5") == "12:00");
  CHECK(shown("h:mm:ss AM/PM", "0.75") == "18:00:00");
  CHECK(shown("[h]:mm:ss", "1.5") == "36:00:00");
  CHECK(shown("mm:ss", "0.000694444444444444") == "01:00");
  CHECK(shown("h\"时\"mm\"分\"", "0.5") == "12:00");
  // The 1900 system counts the 29 February 1900 that Lotus 1-2-3 believed in.
  CHECK(shown("yyyy-mm-dd", "1") == "1900-01-01");
  CHECK(shown("yyyy-mm-dd", "59") == "1900-02-28");
  CHECK(shown("yyyy-mm-dd", "61") == "1900-03-01");
  CHECK(how("yyyy-mm-dd", "60") == Shown::general);
  CHECK(shown("yyyy-mm-dd", "0") == "0");
  CHECK(shown("yyyy-mm-dd", "-1") == "-1");
  CHECK(shown("yyyy-mm-dd", "2958465") == "9999-12-31");
  CHECK(how("yyyy-mm-dd", "2958466") == Shown::general);
  CHECK(shown("yyyy-mm-dd", "0", DateSystem::from_1904) == "1904-01-01");
  CHECK(shown("yyyy-mm-dd", "45657", DateSystem::from_1904) == "2029-01-01");
}

TEST_CASE("cell styles give numbers their format: numbers.xlsx shows what Excel shows") {
  const Grid grid = xlsx("numbers.xlsx");
  std::ifstream in(std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/formats/ooxml/numbers.expected.txt");
  std::vector<std::string> expected;
  for (std::string line; std::getline(in, line);) expected.push_back(line);
  REQUIRE(grid.rows().size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    CAPTURE(k);
    const auto cells = grid.cells(grid.rows()[k]);
    REQUIRE(cells.size() == 1);
    CHECK(grid.text(cells[0]) == expected[k]);
  }
  // The format that hides its number (;;;) says so.
  REQUIRE(grid.diagnostics().size() == 1);
  CHECK(grid.diagnostics()[0].code == "number-hidden");
  CHECK(location(grid.source(), grid.diagnostics()[0].line, grid.diagnostics()[0].column) == "数字!A10");
}

TEST_CASE("strings: shared, rich text runs, inline, formula results, escapes, booleans and errors") {
  const Grid grid = xlsx("strings.xlsx");
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0]项目名称 [1]绩效目标 表 [2]第一行⏎第二行 [3]a_x0041_b\n"
        "2 table 1:2 t1: [0]内联 [1]富文本 [2]项目名称! [3]TRUE [4]#DIV/0! [5]#N/A\n");
  CHECK(diagnostics(grid) ==
        "2:7 string-missing: Sheet1!G2 refers to shared string 99, which the workbook does not have\n");
}

TEST_CASE("formulas read through their saved result; one without a result is a diagnostic") {
  const Grid grid = xlsx("formulas.xlsx");
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0]10 [1]5.5 [2]15.5\n"
        "2 table 1:2 t1: [0]1 [1]100\n"
        "3 table 1:3 t1: [0]2 [1]200\n");
  CHECK(diagnostics(grid) ==
        "1:4 formula-without-value: 公式!D1: the formula =SUM(A1:B1) has no saved result (the file was not "
        "calculated when saved): the cell reads as empty\n"
        "1:5 formula-without-value: 公式!E1: the formula =A1*2 has no saved result (the file was not calculated "
        "when saved): the cell reads as empty\n");
}

TEST_CASE("hidden rows, columns and sheets are read, each with a diagnostic") {
  const Grid grid = xlsx("hidden.xlsx");
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0]1 [1]2 [2]3\n"
        "2 table 1:2 t1: [0]4\n"
        "3 table 1:3 t1: [0]5\n"
        "4 table 1:4 t1: [0]6\n"
        "5 table 1:6 t2: [0]7\n"
        "6 table 2:1 t3: [0]8\n");
  CHECK(diagnostics(grid) ==
        "2:0 hidden-row: rows 2–3 of sheet Shown are hidden: read as if shown\n"
        "5:0 hidden-row: row 6 of sheet Shown is hidden: read as if shown\n"
        "1:0 hidden-column: column C of sheet Shown is hidden: its cells are read as if shown\n"
        "6:0 hidden-sheet: sheet Hidden is hidden: it is read as if shown\n");
  CHECK(grid.source().part_names == std::vector<std::string>{"Shown", "Hidden", "VeryHidden"});
}

TEST_CASE("merged cells are spans on their first cell; an empty row starts a new table, and so does each sheet") {
  const Grid grid = xlsx("tables.xlsx");
  // B2:C4 spans three rows and two columns; row 4 holds nothing but lies under it, so it is a row.
  // C3 lies under the merged cell: Excel does not show it. Row 6 is empty: table 2 starts at row 7.
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0]表一\n"
        "2 table 1:2 t1: [0]一级指标 [1 3x2]合并 [3]1\n"
        "3 table 1:3 t1: [0]2\n"
        "4 table 1:4 t1:\n"
        "5 table 1:5 t1: [0]3\n"
        "6 table 1:7 t2: [0]表二 [1]4\n"
        "7 table 1:8 t2: [0]5\n"
        "8 table 2:3 t3: [0]6\n");
  CHECK(diagnostics(grid) ==
        "3:3 cell-covered: 两表!C3 holds \"盖住\" under the merged cell 两表!B2, which shows only its first "
        "cell's text: left out\n");
  CHECK(location(grid.source(), 2, 2) == "两表!B2");
  CHECK(location(grid.source(), 8, 1) == "第二页!A3");
}

TEST_CASE("a workbook as openpyxl writes it") {
  const Grid grid = xlsx("openpyxl.xlsx");
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0 1x4]2025 科普经费绩效目标表\n"
        "2 table 1:2 t1: [0]一级指标 [1]二级指标 [2]指标值 [3]权重\n"
        "3 table 1:3 t1: [0 2x1]产出指标 [1]数量指标 [2]95% [3]10\n"
        "4 table 1:4 t1: [1]质量指标 [2]15.75 [3]20\n"
        "5 table 2:1 t2: [0]隐藏页\n");
  CHECK(diagnostics(grid) ==
        "4:0 hidden-row: row 4 of sheet 项目表 is hidden: read as if shown\n"
        "0:4 formula-without-value: 项目表!D5: the formula =SUM(D3:D4) has no saved result (the file was not "
        "calculated when saved): the cell reads as empty\n"
        "5:0 hidden-sheet: sheet 备注 is hidden: it is read as if shown\n");
}

TEST_CASE("cells never overlap: a second cell with one reference and overlapping merges are left out") {
  const Grid grid = xlsx("conflicts.xlsx");
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0]1 [1]3\n"
        "2 table 1:2 t1: [0 2x2]4\n"
        "3 table 1:3 t1: [3]6\n");
  CHECK(diagnostics(grid) ==
        "1:1 cell-covered: S!A1 holds \"2\" where another cell already stands (two cells with one reference, or "
        "merged ranges that overlap): left out\n"
        "3:2 cell-covered: S!B3 holds \"5\" where another cell already stands (two cells with one reference, or "
        "merged ranges that overlap): left out\n");
}

TEST_CASE("a row opened inside a row ends the first") {
  CHECK(dump(xlsx("damaged-structure.xlsx")) ==
        "1 table 1:1 t1: [0]1\n"
        "2 table 1:2 t1: [0]2\n");
}

TEST_CASE("SpreadsheetML under a prefix reads as without one") {
  const Grid grid = xlsx("prefixed.xlsx");
  CHECK(dump(grid) == "1 table 1:1 t1: [0]前缀 [1]50%\n");
}

TEST_CASE("cells past ReadOptions::max_cells stop reading") {
  ReadOptions options;
  // tables.xlsx has 11 cells (one under a merged cell) and a row that only a merged cell covers.
  options.max_cells = 11;
  CHECK_THROWS_AS(xlsx("tables.xlsx", options), LimitError);
  options.max_cells = 12;
  CHECK_NOTHROW(xlsx("tables.xlsx", options));
}

TEST_CASE("a zip that is no workbook is refused by name") {
  CHECK_THROWS_WITH_AS(xlsx("body.docx"), doctest::Contains("not an xlsx workbook"), Error);
}
