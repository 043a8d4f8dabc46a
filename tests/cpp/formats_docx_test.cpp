// The docx front end (src/formats/docx): paragraphs and tables in body order, gridSpan, vMerge over
// many rows and a page break, gridBefore, nested tables, tabs and breaks — on the cases of
// tests/data/formats/ooxml (made by its make_cases.py). The zip and XML limits are in
// formats_zip_test.cpp.

#include "ooxml_fixtures.hpp"

#include "../../src/formats/docx/numbering.hpp"
#include "../../src/formats/front_ends.hpp"

#include <jixiao/error.hpp>
#include <jixiao/source.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using namespace ooxml_fixtures;

namespace {

Grid docx(const std::string& name, const ReadOptions& options = {}) {
  return detail::read_docx(case_bytes(name), options);
}

}  // namespace

TEST_CASE("paragraphs are lines and tables are rows, in body order") {
  const Grid grid = docx("body.docx");
  // Paragraph 2 is empty: counted, no row. Table 1 has a column span in row 1, a vertical merge
  // over rows 2–5 (across a page break), paragraphs joined and a line break in row 6, and a row
  // that starts one grid column in (gridBefore). Table 2 is nested in table 1 and follows it.
  // Deleted text is left out, inserted text read.
  CHECK(dump(grid) ==
        "1 line 0:1: [0]张家口市科学技术协会 2025 年部门预算绩效目标\n"
        "2 line 0:3: [0]一、总体绩效目标⇥1\n"
        "3 table 1:1 t1: [0 1x2]项目名称 [2 1x2]科普经费\n"
        "4 table 1:2 t1: [0 4x1]一级指标 [1]数量指标 [2]场次 [3]≥10场\n"
        "5 table 1:3 t1: [1]质量指标 [2]合格率 [3]100%\n"
        "6 table 1:4 t1: [1]时效指标 [2]完成时间 [3]2025年12月\n"
        "7 table 1:5 t1: [1]成本指标 [2]经费 [3]≤15.75万元\n"
        "8 table 1:6 t1: [0]说明 [1]多段⏎文字 [2]换⏎行 [3]嵌套\n"
        "9 table 1:7 t1: [1]缩进 [2]末尾\n"
        "10 table 2:1 t2: [0]内一 [1]内二\n"
        "11 table 2:2 t2: [0]内三\n"
        "12 line 0:4: [0]表间段落\n"
        "13 line 0:5: [0]删改\n"
        "14 table 3:1 t3: [0]甲 [1]乙\n"
        "15 table 3:2 t3: [0]丙 [1]丁\n");
  CHECK(diagnostics(grid) ==
        "8:4 nested-table: table 1, row 6, cell 4 holds a table of its own: read as table 2, after table 1\n");
  CHECK(location(grid.source(), 2) == "paragraph 3");
  CHECK(location(grid.source(), 4, 1) == "table 1, row 2, cell 1");
  CHECK(location(grid.source(), 11, 1) == "table 2, row 2, cell 1");
}

TEST_CASE("a document as python-docx writes it: merge() makes gridSpan and vMerge") {
  const Grid grid = docx("python-docx.docx");
  CHECK(dump(grid) ==
        "1 line 0:1: [0]2025 科普经费绩效目标表\n"
        "2 table 1:1 t1: [0 1x3]项目名称：科普经费\n"
        "3 table 1:2 t1: [0 3x1]产出指标 [1]数量 [2]≥10场\n"
        "4 table 1:3 t1: [1]质量 [2]100%\n"
        "5 table 1:4 t1: [1]时效 [2]12月底\n"
        "6 line 0:2: [0]第一行⏎第二行\n");
  CHECK(grid.diagnostics().empty());
}

TEST_CASE("cells never overlap: a cell under a wider merged cell is left out") {
  const Grid grid = docx("conflicts.docx");
  CHECK(dump(grid) ==
        "1 table 1:1 t1: [0 2x2]宽 [2]右\n"
        "2 table 1:2 t1: [2]边\n");
  CHECK(diagnostics(grid) ==
        "2:2 cell-covered: table 1, row 2, cell 2 holds \"挤\" where a wider or merged cell above already stands: "
        "left out\n");
}

TEST_CASE("a row opened inside a cell ends the cell and its row") {
  CHECK(dump(docx("damaged-structure.docx")) ==
        "1 table 1:1 t1: [0]甲\n"
        "2 table 1:2 t1: [0]乙\n");
}

TEST_CASE("automatic numbering is written before the paragraph, as Word shows it") {
  const Grid grid = docx("numbered.docx");
  // Heading styles carry the list (Heading2 inherits it from Heading1 and sets level 2); a deeper
  // level restarts after a shallower one; a bullet shows no number; list 3 shares list 1's counters
  // but restarts its first level at 10; numId 0 turns a style's numbering off.
  CHECK(dump(grid) ==
        "1 line 0:1: [0]一、总体绩效目标\n"
        "2 line 0:2: [0]（一）产出\n"
        "3 line 0:3: [0]1. 数量\n"
        "4 line 0:4: [0]2. 质量\n"
        "5 line 0:5: [0]1.1.1 细项\n"
        "6 line 0:6: [0]（二）效益\n"
        "7 line 0:7: [0]1. 满意度\n"
        "8 line 0:8: [0]二、分项绩效目标\n"
        "9 line 0:9: [0]要点\n"
        "10 line 0:10: [0]十、第十项\n"
        "11 line 0:11: [0]十一、保障措施\n"
        "12 line 0:12: [0]不编号\n"
        "13 table 1:1 t1: [0]1. 表内\n");
}

TEST_CASE("list numbers in Word's number formats") {
  using detail::format_list_number;
  CHECK(format_list_number(3, "decimal") == "3");
  CHECK(format_list_number(3, "decimalZero") == "03");
  CHECK(format_list_number(1, "chineseCounting") == "一");
  CHECK(format_list_number(10, "chineseCounting") == "十");
  CHECK(format_list_number(11, "chineseCounting") == "十一");
  CHECK(format_list_number(20, "chineseCountingThousand") == "二十");
  CHECK(format_list_number(101, "chineseCountingThousand") == "一百零一");
  CHECK(format_list_number(110, "chineseCountingThousand") == "一百一十");
  CHECK(format_list_number(1010, "chineseCountingThousand") == "一千零一十");
  CHECK(format_list_number(23, "chineseLegalSimplified") == "贰拾叁");
  CHECK(format_list_number(3, "ideographTraditional") == "丙");
  CHECK(format_list_number(11, "ideographTraditional") == "11");
  CHECK(format_list_number(2, "ideographZodiac") == "丑");
  CHECK(format_list_number(4, "upperRoman") == "IV");
  CHECK(format_list_number(1994, "lowerRoman") == "mcmxciv");
  CHECK(format_list_number(2, "lowerLetter") == "b");
  CHECK(format_list_number(28, "upperLetter") == "BB");
  CHECK(format_list_number(5, "decimalEnclosedCircle") == "⑤");
  CHECK(format_list_number(12, "decimalFullWidth") == "１２");
  CHECK(format_list_number(105, "ideographDigital") == "一〇五");
  CHECK(format_list_number(7, "someFutureFormat") == "7");
  CHECK(format_list_number(4000000000u, "upperLetter") == "4000000000");
}

TEST_CASE("table cells past ReadOptions::max_cells stop reading") {
  ReadOptions options;
  options.max_cells = 7;
  CHECK_THROWS_AS(docx("python-docx.docx", options), LimitError);
  options.max_cells = 8;
  CHECK_NOTHROW(docx("python-docx.docx", options));
}

TEST_CASE("a zip that is no document is refused by name") {
  CHECK_THROWS_WITH_AS(docx("numbers.xlsx"), doctest::Contains("xl/workbook.xml holds no WordprocessingML document"), Error);
}
