// The grid every front end makes, its source locations, and the layout reader on grids: a grid read
// gives what the same text gives, and a hand-built grid with merged cells reads like a form.

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace jixiao;
using namespace std::string_view_literals;

namespace {

std::string sample_text() {
  std::ifstream in(std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2025-targets.txt",
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A row of `cells` (text, column, row span, column span) as an xlsx sheet would give it.
struct Cell {
  std::string text;
  std::uint32_t column = 0;
  std::uint32_t row_span = 1;
  std::uint32_t column_span = 1;
};

void add(Grid& grid, std::uint32_t sheet_row, const std::vector<Cell>& cells) {
  grid.add_row(RowKind::table_row, 1, sheet_row, 1);
  for (const Cell& c : cells) grid.add_cell(c.text, c.column, c.row_span, c.column_span);
}

bool has_code(const ReadResult& r, std::string_view code) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.code == code; });
}

}  // namespace

TEST_CASE("a source map keeps one run per stretch of consecutive rows") {
  SourceMap map;
  map.format = Format::xlsx;
  map.add(1, 1, 1);
  map.add(2, 1, 2);
  map.add(3, 1, 5);  // rows 3 and 4 were empty
  map.add(4, 2, 1);
  REQUIRE(map.runs.size() == 3);
  CHECK(map.runs[1] == SourceRun{3, 1, 5});
  map.part_names = {"目标表", "Sheet2"};
  CHECK(location(map, 2, 3) == "目标表!C2");
  CHECK(location(map, 3, 28) == "目标表!AB5");
  CHECK(location(map, 4) == "Sheet2!1:1");
  map.part_names[1] = "1.2025 科普经费";
  CHECK(location(map, 4, 1) == "'1.2025 科普经费'!A1");
  map.part_names[1] = "It's";
  CHECK(location(map, 4, 1) == "'It''s'!A1");
  CHECK(location(map, 0) == "");
}

TEST_CASE("locations are written in each format's terms") {
  SourceMap text;
  CHECK(location(text, 12, 5) == "12:5");
  CHECK(location(text, 12) == "12");

  SourceMap html;
  html.format = Format::html;
  html.add(1, 0, 40);
  html.add(2, 3, 1);
  CHECK(location(html, 1) == "line 40");
  CHECK(location(html, 2, 2) == "table 3, row 1, cell 2");
  SourceMap docx = html;
  docx.format = Format::docx;
  CHECK(location(docx, 1) == "paragraph 40");

  SourceMap pdf;
  pdf.format = Format::pdf;
  pdf.add(1, 4, 7);
  pdf.boxes.push_back(CellBox{1, 2, Box{7250, 10000, 30000, 12049}});
  CHECK(location(pdf, 1) == "p4, row 7");
  CHECK(location(pdf, 1, 2) == "p4, row 7, cell 2 (72.5,100.0–300.0,120.5 pt)");
  CHECK(location(pdf, 1, 3) == "p4, row 7, cell 3");

  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(16384) == "XFD");
}

TEST_CASE("a grid owns its text and copies as a value") {
  Grid grid(Format::xlsx);
  grid.name_part(1, "Sheet1");
  grid.add_row(RowKind::table_row, 1, 3, 1);
  grid.add_cell("一级指标", 0);
  grid.add_cell("产出指标", 1, 2, 3);
  Grid copy = grid;
  grid.add_row(RowKind::line, 1, 4);
  grid.add_cell("more", 0);
  REQUIRE(copy.rows().size() == 1);
  const auto cells = copy.cells(copy.rows()[0]);
  REQUIRE(cells.size() == 2);
  CHECK(copy.text(cells[1]) == "产出指标");
  CHECK(cells[1].row_span == 2);
  CHECK(cells[1].column_span == 3);
  CHECK(copy.rows()[0].line == 1);
  CHECK(grid.rows()[1].line == 2);
  CHECK(copy.source().part_names == std::vector<std::string>{"Sheet1"});
  CHECK_THROWS_AS(grid.add_row_at(2, RowKind::line, 0, 1), Error);
}

TEST_CASE("the text front end's grid reads to the same document as the text") {
  const std::string text = sample_text();
  const Grid grid = read_grid(std::string_view(text));
  CHECK(grid.format() == Format::text);
  const ReadResult direct = read_document(std::string_view(text));
  const ReadResult gridded = read_document(grid);
  CHECK(gridded.document == direct.document);
  // Columns differ in kind only: a code-point column of the line, or the cell's column.
  REQUIRE(gridded.diagnostics.size() == direct.diagnostics.size());
  for (std::size_t i = 0; i < direct.diagnostics.size(); ++i) {
    CHECK(gridded.diagnostics[i].line == direct.diagnostics[i].line);
    CHECK(gridded.diagnostics[i].code == direct.diagnostics[i].code);
  }
  CHECK(direct.document.projects.size() == 26);
}

TEST_CASE("a grid with merged cells reads like the form it lays out") {
  Grid grid(Format::xlsx);
  grid.name_part(1, "项目1");
  add(grid, 1, {{"1.2025 科普经费绩效目标表", 0, 1, 7}});
  add(grid, 2, {{"731001 某某局本级", 0, 1, 7}});
  add(grid, 3, {{"单位：万元", 0, 1, 7}});
  add(grid, 4, {{"项目编码", 0}, {"13070025P0001", 1, 1, 2}, {"项目名称", 3}, {"2025 科普经费", 4, 1, 3}});
  add(grid, 5, {{"预算规模及资金用途", 0, 2, 1}, {"预算数", 1}, {"10.00", 2}, {"其中：财政资金", 3}, {"10.00", 4},
                {"其他资金", 5}, {"", 6}});
  add(grid, 6, {{"项目预算总额 10 万元，用于科普活动。", 1, 1, 6}});
  add(grid, 7, {{"资金支出计划（%）", 0, 2, 1}, {"6月底", 1, 1, 2}, {"12月底", 3, 1, 2}});
  add(grid, 8, {{"50%", 1, 1, 2}, {"100%", 3, 1, 2}});
  add(grid, 9, {{"绩效目标", 0}, {"开展科普活动 30 次。", 1, 1, 6}});
  add(grid, 10, {{"一级指标", 0}, {"二级指标", 1}, {"三级指标", 2}, {"绩效指标描述", 3}, {"指标值", 4},
                 {"指标值确定依据", 5, 1, 2}});
  add(grid, 11, {{"产出指标", 0, 2, 1}, {"数量指标", 1}, {"活动次数", 2}, {"全年活动次数", 3}, {"≥30 次", 4},
                 {"工作安排", 5, 1, 2}});
  add(grid, 12, {{"成本指标", 1}, {"预算总成本", 2}, {"项目预算控制数", 3}, {"≤10 万元", 4}, {"预算测算", 5, 1, 2}});
  add(grid, 13, {{"满意度指标", 0}, {"服务对象满意度指标", 1}, {"群众满意度", 2}, {"参与群众满意度", 3}, {"≥95%", 4},
                 {"满意度调查", 5, 1, 2}});

  const ReadResult r = read_document(grid);
  CHECK(r.format == Format::xlsx);
  REQUIRE(r.document.projects.size() == 1);
  const Project& p = r.document.projects[0];
  CHECK(p.title == "2025 科普经费绩效目标表");
  CHECK(p.unit_code == "731001");
  CHECK(p.code == "13070025P0001");
  CHECK(p.name == "2025 科普经费");
  REQUIRE(p.budget.total);
  CHECK(p.budget.total->to_string() == "10.00万元");
  CHECK(p.use_of_funds == "项目预算总额 10 万元，用于科普活动。");
  REQUIRE(p.spending_plan.milestones.size() == 2);
  CHECK(p.spending_plan.milestones[1].month == 12);
  REQUIRE(p.goals.size() == 1);
  REQUIRE(p.indicators.size() == 3);
  CHECK(p.indicators[1].level1 == Level1::产出指标);  // the merged 一级 cell covers the row below
  CHECK(p.indicators[1].level2 == Level2::成本指标);
  CHECK(p.indicators[2].target.raw == "≥95%");
  CHECK(p.line == 1);
  CHECK(p.indicators[0].line == 11);
  // Locations in the sheet's terms: the indicator's row, the title's row.
  CHECK(location(r.document.source, p.indicators[0].line) == "项目1!11:11");
  CHECK(location(r.document.source, p.line, 1) == "项目1!A1");
  CHECK_FALSE(has_code(r, "cell-unplaced"));
  CHECK_FALSE(has_code(r, "line-unplaced"));
}

TEST_CASE("a grid cell in a column no form has is reported, not placed") {
  Grid grid(Format::html);
  grid.add_row(RowKind::table_row, 1, 1, 1);
  grid.add_cell("项目编码", 0);
  grid.add_cell("X1", 1);
  grid.add_cell("far away", 4000000000u);
  const ReadResult r = read_document(grid);
  const auto far = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic& d) {
    return d.code == "cell-unplaced" && d.reason.find("far away") != std::string::npos;
  });
  REQUIRE(far != r.diagnostics.end());
  CHECK(far->column == 4000000001u);
}

TEST_CASE("front-end diagnostics reach the read result") {
  Grid grid(Format::xlsx);
  grid.add_row(RowKind::table_row, 1, 1, 1);
  grid.add_cell("项目编码", 0);
  grid.add_diagnostic(Diagnostic{1, 0, Severity::warning, "hidden-row", "row 1 of Sheet1 is hidden"});
  const ReadResult r = read_document(grid);
  CHECK(has_code(r, "hidden-row"));
}

TEST_CASE("the format comes from the bytes") {
  CHECK(detect_format("一级指标\t二级指标") == Format::text);
  CHECK(detect_format("%PDF-1.7\n…") == Format::pdf);
  CHECK(detect_format("\xEF\xBB\xBF  <!DOCTYPE html><html>") == Format::html);
  CHECK(detect_format("<!-- saved page --><HTML><body>") == Format::html);
  CHECK(detect_format("<table><tr><td>1</td></tr></table>") == Format::html);
  CHECK(detect_format("PK\x03\x04....xl/workbook.xml"sv) == Format::xlsx);
  CHECK(detect_format("PK\x03\x04....word/document.xml"sv) == Format::docx);
  CHECK(detect_format("PK\x03\x04....other.txt"sv) == Format::detect);
  CHECK(detect_format("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest"sv) == Format::detect);
}

TEST_CASE("legacy Office files are refused with the conversion to use") {
  const std::string_view ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13);
  try {
    read_document(ole2);
    FAIL("no exception");
  } catch (const UnsupportedFormatError& e) {
    CHECK(std::string_view(e.what()).find("--convert-to xlsx") != std::string_view::npos);
  }
}

TEST_CASE("a stated format overrides detection") {
  ReadOptions as_text;
  as_text.format = Format::text;
  const ReadResult r = read_document(std::string_view("<table> is only text here"), as_text);
  CHECK(r.format == Format::text);
}

TEST_CASE("a markdown table reads as the same table with TABs") {
  std::ifstream in(std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/bad/table.txt", std::ios::binary);
  const std::string tabbed{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  // Each TAB row as `| a | b |`; the blank line after the 单位 line becomes the header rule, so that
  // lines keep their numbers.
  std::string piped;
  std::size_t start = 0;
  while (start < tabbed.size()) {
    const std::size_t end = std::min(tabbed.find('\n', start), tabbed.size());
    std::string line = tabbed.substr(start, end - start);
    if (line.find('\t') != std::string::npos) {
      std::string row = "| ";
      for (char c : line) row += c == '\t' ? std::string(" | ") : std::string(1, c);
      line = row + " |";
    } else if (line.empty() && piped.ends_with("单位：万元\n")) {
      line = "|---|:--:|---|";
    }
    piped += line + '\n';
    start = end + 1;
  }
  REQUIRE(piped.find("|---|") != std::string::npos);
  const ReadResult a = read_document(std::string_view(tabbed));
  const ReadResult b = read_document(std::string_view(piped));
  CHECK(b.document == a.document);
  CHECK(b.diagnostics.size() == a.diagnostics.size());
  CHECK(b.document.projects.at(0).indicators.size() == 4);
  // The text front end's grid has the same table rows.
  const Grid grid = read_grid(std::string_view(piped));
  CHECK(read_document(grid).document == a.document);
}

namespace {

// A table whose indicator rows run over two pages of a PDF: the page break starts table 2 of the grid.
Grid two_pages(const std::vector<std::vector<Cell>>& second_page) {
  Grid grid(Format::pdf);
  const auto row = [&](std::uint32_t page, std::uint32_t r, const std::vector<Cell>& cells) {
    grid.add_row(RowKind::table_row, page, r, page);
    for (const Cell& c : cells) grid.add_cell(c.text, c.column, c.row_span, c.column_span);
  };
  row(1, 1, {{"项目编码", 0}, {"X1", 1}, {"项目名称", 2}, {"某项目", 3}});
  row(1, 2, {{"一级指标", 0}, {"二级指标", 1}, {"三级指标", 2}, {"绩效指标描述", 3}, {"指标值", 4}, {"指标值确定依据", 5}});
  row(1, 3, {{"产出指标", 0, 3}, {"数量指标", 1, 3}, {"调研报告、决", 2}, {"各课题组撰写字数", 3}, {"各课题组", 4}, {"工作安排", 5}});
  std::uint32_t r = 1;
  for (const auto& cells : second_page) row(2, r++, cells);
  return grid;
}

}  // namespace

TEST_CASE("a row cut by a page break is joined to its first part") {
  const ReadResult r = read_document(two_pages({{{"", 0, 2}, {"", 1, 2}, {"策咨询报告", 2}, {"撰写字数", 4}},
                                                {{"活动次数", 2}, {"全年活动次数", 3}, {"≥30 次", 4}, {"工作安排", 5}}}));
  REQUIRE(r.document.projects.size() == 1);
  const auto& indicators = r.document.projects[0].indicators;
  REQUIRE(indicators.size() == 2);
  CHECK(indicators[0].name == "调研报告、决策咨询报告");
  CHECK(indicators[0].target.raw == "各课题组撰写字数");
  CHECK(indicators[1].name == "活动次数");
  CHECK(has_code(r, "row-joined"));
}

TEST_CASE("a whole row after a page break is a row of its own") {
  // Its 一级 and 二级 cells are empty (merged from the page before) but it states every cell the
  // row above did.
  const ReadResult r = read_document(two_pages({{{"活动次数", 2}, {"全年活动次数", 3}, {"≥30 次", 4}, {"工作安排", 5}}}));
  REQUIRE(r.document.projects.size() == 1);
  const auto& indicators = r.document.projects[0].indicators;
  REQUIRE(indicators.size() == 2);
  CHECK(indicators[1].name == "活动次数");
  CHECK(indicators[1].level2 == Level2::数量指标);
  CHECK_FALSE(has_code(r, "row-joined"));
}

TEST_CASE("a 一级 label centred over its group in a table without rulings covers the group") {
  // As a borderless PDF gives it: each 一级 stands on a middle row of its group.
  const ReadResult r = read_document(
      "1.2025 某项目绩效目标表\n"
      "项目编码\tX1\t项目名称\t某项目\n"
      "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
      "\t数量指标\t活动次数\t全年活动次数\t≥2次\t工作安排\n"
      "产出指标\t质量指标\t活动达标率\t达标率\t100%\t工作安排\n"
      "\t时效指标\t开展时间\t及时性\t100%\t工作安排\n"
      "\t社会效益指标\t影响力\t扩大影响\t较上年度提升\t经验\n"
      "效益指标\t社会效益指标\t素质\t提升素质\t进一步提升\t经验\n"
      "满意度指标\t服务对象满意度指标\t满意度\t满意度\t≥90%\t调查\n");
  REQUIRE(r.document.projects.size() == 1);
  const auto& indicators = r.document.projects[0].indicators;
  REQUIRE(indicators.size() == 6);
  CHECK(indicators[0].level1_text == "产出指标");
  CHECK(indicators[2].level1 == Level1::产出指标);  // carried down, as ever
  CHECK(indicators[3].level1_text == "效益指标");  // not the 产出指标 carried from above
  CHECK(indicators[3].level1 == Level1::效益指标);
  CHECK(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                      [](const Diagnostic& d) { return d.code == "level-centred"; }) == 2);
  CHECK_FALSE(has_code(r, "level-inferred"));
}
