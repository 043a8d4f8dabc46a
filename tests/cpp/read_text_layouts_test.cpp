// The other ways tables reach text (docs/format.md, "Text as tables reach it"): aligned columns as
// `pdftotext -layout` writes them, and one cell per line as a PDF viewer copies a table. Their rows
// are rebuilt in the text front end and read by the one layout reader, like every row: small tables
// made for each rule, and the sample as pdftotext and a copy give it (tests/data/formats/text, made
// by make_text_layouts.py), compared with the text sample's model.

#include "layout_free.hpp"
#include "read_fixtures.hpp"

#include <jixiao/json.hpp>
#include <jixiao/read.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;
using namespace read_fixtures;
namespace json = boost::json;

namespace {

const std::filesystem::path source_dir(JIXIAO_SOURCE_DIR);
const std::filesystem::path layouts = source_dir / "tests/data/formats/text";

std::size_t count(const ReadResult& r, DiagnosticCode code) {
  return static_cast<std::size_t>(
      std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.code == code; }));
}

// The table of read_fixtures.hpp printed in aligned columns, as pdftotext prints a bordered PDF
// table: the label cells merged down and centred (预算规模及资金用途 around the use of funds, 产出指标
// between its two rows), a description wrapped around its row, a 二级 name wrapped below its row.
constexpr std::string_view aligned_table = R"(某某局 2025 年部门预算绩效文本

                    1.2025 某某项目绩效目标表
101001 某某局本级
                                                              单位：万元
 项目编码    13070025P00000110001 A       项目名称            某某项目
            预算数       10.00     其中：财政资金       8.00      其他资金      2.00
预算规模及
          用于某某工作。
 资金用途
资金支出计划          3月底                 6月底                 10月底
  （%）           25%                 50%                 75%
 绩效目标           1.完成某某工作 2.提升某某水平
 一级指标      二级指标         三级指标         绩效指标描述         指标值         指标值确定依据
           数量指标         活动次数         全年活动次数         ≥10 次        工作计划
 产出指标
           质量指标         完成率           任务完成率         100%         工作计划
                                    受益人数，含线上
 效益指标     社会效益指标        群众受益                        ≥1 万人        工作计划
                                      与线下
满意度指标     服务对象满意度       群众满意度       参与群众满意度         ≥90%         问卷调查
            指标
)";

// The same table copied one cell per line: no empty cells, the 一级 written once per group.
constexpr std::string_view cell_lines_table = R"(某某局 2025 年部门预算绩效文本

1.2025 某某项目绩效目标表
101001 某某局本级
单位：万元
项目编码
13070025P00000110001 A
项目名称
某某项目
预算规模及资金用途
预算数
10.00
其中：财政资金
8.00
其他资金
2.00
用于某某工作。
资金支出计划（%）
3月底
6月底
10月底
25%
50%
75%
绩效目标
1.完成某某工作 2.提升某某水平
一级指标
二级指标
三级指标
绩效指标描述
指标值
指标值确定依据
产出指标
数量指标
活动次数
全年活动次数
≥10 次
工作计划
质量指标
完成率
任务完成率
100%
工作计划
效益指标
社会效益指标
群众受益
受益人数，含线上与线下
≥1 万人
工作计划
满意度指标
服务对象满意度指标
群众满意度
参与群众满意度
≥90%
问卷调查
)";

// The fixture table as TAB text, with the description the layouts wrap.
ReadResult tab_reading() {
  return read(replaced(table, "受益人数", "受益人数，含线上与线下"));
}

// Everything the model holds of a project but where it stands.
void check_same_project(const Project& got, const Project& want) {
  CHECK(got.title == want.title);
  CHECK(got.code == want.code);
  CHECK(got.name == want.name);
  CHECK(got.unit_code == want.unit_code);
  CHECK(got.budget == want.budget);
  CHECK(got.use_of_funds == want.use_of_funds);
  CHECK(got.goals.size() == want.goals.size());
  for (std::size_t g = 0; g < std::min(got.goals.size(), want.goals.size()); ++g) CHECK(got.goals[g] == want.goals[g]);
  REQUIRE(got.spending_plan.milestones.size() == want.spending_plan.milestones.size());
  for (std::size_t m = 0; m < want.spending_plan.milestones.size(); ++m) {
    CHECK(got.spending_plan.milestones[m].milestone == want.spending_plan.milestones[m].milestone);
    CHECK(got.spending_plan.milestones[m].percent == want.spending_plan.milestones[m].percent);
  }
  REQUIRE(got.indicators.size() == want.indicators.size());
  for (std::size_t i = 0; i < want.indicators.size(); ++i) {
    CAPTURE(i);
    const Indicator& a = got.indicators[i];
    const Indicator& b = want.indicators[i];
    CHECK(a.level1_text == b.level1_text);
    CHECK(a.level2_text == b.level2_text);
    CHECK(a.name == b.name);
    CHECK(a.description == b.description);
    CHECK(a.target.raw == b.target.raw);
    CHECK(a.basis == b.basis);
  }
}

// How much of the sample's model a layout of it gives: projects whose head (code, name, budget, use
// of funds, plan, goals) is the sample's, and indicators identical to the sample's.
struct Agreement {
  std::size_t projects = 0;
  std::size_t heads = 0;
  std::size_t indicators = 0;
};

Agreement agreement(const std::filesystem::path& file) {
  static const json::value sample = layout_free(json::parse(to_json(read_document(source_dir / "examples/data/zjk-kexie-2025-targets.txt"))));
  const json::value got = layout_free(json::parse(to_json(read_document(file))));
  Agreement a;
  const json::array& want_projects = sample.at("projects").as_array();
  const json::array& got_projects = got.at("projects").as_array();
  a.projects = got_projects.size();
  for (std::size_t p = 0; p < std::min(want_projects.size(), got_projects.size()); ++p) {
    const json::object& w = want_projects[p].as_object();
    const json::object& g = got_projects[p].as_object();
    bool head = true;
    for (const char* field : {"code", "name", "title", "budget", "use_of_funds", "spending_plan", "goals"})
      head = head && w.at(field) == g.at(field);
    a.heads += head;
    const json::array& wi = w.at("indicators").as_array();
    const json::array& gi = g.at("indicators").as_array();
    for (std::size_t i = 0; i < std::min(wi.size(), gi.size()); ++i) a.indicators += wi[i] == gi[i];
  }
  return a;
}

}  // namespace

TEST_CASE("a table in aligned columns reads as the same table with TABs") {
  const ReadResult aligned = read_document(aligned_table);
  const ReadResult tab = tab_reading();
  REQUIRE(aligned.document.projects.size() == 1);
  check_same_project(aligned.document.projects[0], tab.document.projects[0]);
  // The rows are named as rebuilt, with the lines they came from; nothing else is reported.
  REQUIRE(count(aligned, DiagnosticCode::rows_rebuilt) == 1);
  const Diagnostic& rebuilt = *std::find_if(aligned.diagnostics.begin(), aligned.diagnostics.end(),
                                            [](const Diagnostic& d) { return d.code == DiagnosticCode::rows_rebuilt; });
  CHECK(rebuilt.severity == Severity::info);
  CHECK(rebuilt.line == 6);
  CHECK(rebuilt.reason.find("lines 6–22") != std::string::npos);
  CHECK(aligned.diagnostics.size() == 1);
}

TEST_CASE("read_grid of aligned text shows the rebuilt rows, and reading that grid gives the same document") {
  const Grid grid = read_grid(std::string_view(aligned_table));
  CHECK(grid.format() == Format::text);
  // 效益指标's row: its 一级 and 二级 on the row's first line, the wrapped description joined.
  const auto row = std::find_if(grid.rows().begin(), grid.rows().end(), [](const GridRow& r) { return r.line == 18; });
  REQUIRE(row != grid.rows().end());
  CHECK(row->kind == RowKind::table_row);
  std::vector<std::string> cells(6);
  for (const GridCell& cell : grid.cells(*row))
    if (cell.column < cells.size()) cells[cell.column] = std::string(grid.text(cell));
  CHECK(cells == std::vector<std::string>{"效益指标", "社会效益指标", "群众受益", "受益人数，含线上 与线下", "≥1 万人", "工作计划"});
  // The 产出指标 centred between its rows heads the first of them.
  const auto first = std::find_if(grid.rows().begin(), grid.rows().end(), [](const GridRow& r) { return r.line == 15; });
  REQUIRE(first != grid.rows().end());
  CHECK(grid.text(grid.cells(*first).front()) == "产出指标");

  // The text front end streams the same rows to the reader as read_grid shows.
  const ReadResult streamed = read_document(aligned_table);
  const ReadResult from_grid = read_document(grid);
  CHECK(from_grid.document == streamed.document);
  CHECK(from_grid.diagnostics == streamed.diagnostics);
}

namespace {

// aligned_table with its last row (two lines) replaced by `page`: a page of its own, which a form
// feed starts.
std::string last_row_as(std::string_view page) {
  const std::string last_row = "满意度指标     服务对象满意度       群众满意度       参与群众满意度         ≥90%         问卷调查\n            指标\n";
  return replaced(aligned_table, last_row, page);
}

}  // namespace

TEST_CASE("a page of an aligned table without its header is fitted to the header's columns") {
  // pdftotext lays each page out on its own grid: the rows of the second page (a form feed starts
  // it) stand further right and closer together than the header's columns.
  const ReadResult r = read_document(last_row_as(
      "\n                              第 1 页\n\f      满意度指标  服务对象满意度指标    群众满意度     参与群众满意度       ≥90%       问卷调查\n"));
  REQUIRE(r.document.projects.size() == 1);
  check_same_project(r.document.projects[0], tab_reading().document.projects[0]);
  CHECK(count(r, DiagnosticCode::line_skipped) == 1);  // the page number
}

TEST_CASE("a page whose rows fit the header's columns in more than one way is named line by line") {
  // The last row on a page of its own without its 一级 (merged above, so printed empty): its five
  // cells fit the six columns as they stand, and shifted a column left as well.
  const ReadResult r = read_document(last_row_as("\f           服务对象满意度   群众满意度       参与群众满意度         ≥90%         问卷调查\n"));
  REQUIRE(r.document.projects.size() == 1);
  CHECK(r.document.projects[0].indicators.size() == 3);
  const auto named = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                  [](const Diagnostic& d) { return d.code == DiagnosticCode::line_unplaced; });
  REQUIRE(named != r.diagnostics.end());
  CHECK(named->line == 21);
  CHECK(named->reason.find("群众满意度") != std::string::npos);
  CHECK(count(r, DiagnosticCode::line_unplaced) == 1);
}

TEST_CASE("a table copied one cell per line reads as the same table with TABs") {
  const ReadResult r = read_document(cell_lines_table);
  REQUIRE(r.document.projects.size() == 1);
  check_same_project(r.document.projects[0], tab_reading().document.projects[0]);
  CHECK(count(r, DiagnosticCode::rows_rebuilt) == 1);
  CHECK(r.diagnostics.size() == 1);
  const Grid grid = read_grid(std::string_view(cell_lines_table));
  CHECK(read_document(grid).document == r.document);
}

TEST_CASE("one cell per line: a row's cells are placed by what they say") {
  SUBCASE("a lost description: the target stands where the description would") {
    const ReadResult r = read_document(replaced(cell_lines_table, "任务完成率\n", ""));
    REQUIRE(r.document.projects.size() == 1);
    const Indicator& rate = r.document.projects[0].indicators.at(1);
    CHECK(rate.name == "完成率");
    CHECK(rate.description.empty());
    CHECK(rate.target.raw == "100%");
    CHECK(rate.basis == "工作计划");
  }
  SUBCASE("a lost basis: the next name, followed by a description and a target, opens the next row") {
    const ReadResult r = read_document(replaced(cell_lines_table, "≥10 次\n工作计划\n质量指标\n完成率", "≥10 次\n完成率"));
    REQUIRE(r.document.projects.size() == 1);
    const auto& indicators = r.document.projects[0].indicators;
    REQUIRE(indicators.size() == 4);
    CHECK(indicators[0].basis.empty());
    CHECK(indicators[1].name == "完成率");
    CHECK(indicators[1].level2_text == "数量指标");
    CHECK(indicators[1].target.raw == "100%");
  }
  SUBCASE("成本指标 under 产出指标 is its 二级; a 二级 name right after a 二级 is a 三级") {
    const ReadResult r = read_document(replaced(cell_lines_table, "质量指标\n完成率\n任务完成率\n100%",
                                                "成本指标\n服务对象满意度\n预算控制数\n≤10 万元"));
    const Indicator& cost = r.document.projects.at(0).indicators.at(1);
    CHECK(cost.level1_text == "产出指标");
    CHECK(cost.level2_text == "成本指标");
    CHECK(cost.name == "服务对象满意度");
    CHECK(cost.target.raw == "≤10 万元");
  }
  SUBCASE("fewer plan values than milestones: read under the first, and said to be ambiguous") {
    const ReadResult r = read_document(replaced(cell_lines_table, "25%\n50%\n75%\n", "100%\n"));
    const auto& milestones = r.document.projects.at(0).spending_plan.milestones;
    REQUIRE(milestones.size() == 3);
    CHECK(milestones[0].percent == Decimal::parse("100"));
    CHECK(!milestones[1].percent);
    REQUIRE(count(r, DiagnosticCode::cell_ambiguous) == 1);
    CHECK(r.diagnostics.back().severity == Severity::warning);
  }
}

TEST_CASE("lines that only look like a layout are read as they stand") {
  SUBCASE("项目编码 alone without the indicator header one per line") {
    const ReadResult r = read_document("某某局 2025 年部门预算绩效文本\n项目编码\n13070025P00000110001 A\n");
    CHECK(count(r, DiagnosticCode::rows_rebuilt) == 0);
  }
  SUBCASE("a header of more columns than any table has") {
    std::string header = " 一级指标    二级指标";
    for (int c = 0; c < 50; ++c) header += "    列" + std::to_string(c);
    const ReadResult r = read_document("某某局 2025 年部门预算绩效文本\n" + header + "\n 产出指标   数量指标   活动次数\n");
    CHECK(count(r, DiagnosticCode::rows_rebuilt) == 0);
    CHECK(count(r, DiagnosticCode::line_unplaced) + count(r, DiagnosticCode::line_skipped) >= 2);
  }
  SUBCASE("TAB rows stay TAB rows, with an aligned line among them") {
    const ReadResult tab = read(table);
    CHECK(tab.diagnostics.empty());
    CHECK(count(tab, DiagnosticCode::rows_rebuilt) == 0);
  }
}

TEST_CASE("a head of a table longer than any real one is read line by line") {
  std::string text = "某某局 2025 年部门预算绩效文本\n 项目编码     13070025P00000110001 A      项目名称    某某项目\n";
  for (int i = 0; i < 500; ++i) text += "       用于某某工作的一行说明文字。    第二段\n";
  const ReadResult r = read_document(text);
  CHECK(count(r, DiagnosticCode::rows_rebuilt) == 0);
  CHECK(count(r, DiagnosticCode::line_unplaced) + count(r, DiagnosticCode::line_skipped) + count(r, DiagnosticCode::cell_unplaced) >= 500);
}

TEST_CASE("the sample printed to PDF and extracted with pdftotext -layout reads close to the text sample") {
  // Measured on the fixtures (docs/format.md): the text keeps less of a narrow Word table than of a
  // wide sheet. The bounds guard against the rebuild getting worse.
  const Agreement sheets = agreement(layouts / "sample-sheets.layout.txt");
  CHECK(sheets.projects == 26);
  CHECK(sheets.heads == 26);
  CHECK(sheets.indicators >= 186);
  const Agreement html = agreement(layouts / "sample-html.layout.txt");
  CHECK(html.projects == 26);
  CHECK(html.heads == 26);
  CHECK(html.indicators >= 178);
  const Agreement docx = agreement(layouts / "sample-docx.layout.txt");
  CHECK(docx.projects == 26);
  CHECK(docx.heads >= 23);
  CHECK(docx.indicators >= 160);  // cells at the top of their rows, as Writer prints them
  // Every table's rows are said to be rebuilt.
  CHECK(count(read_document(layouts / "sample-sheets.layout.txt"), DiagnosticCode::rows_rebuilt) == 26);
}

TEST_CASE("the sample copied one cell per line reads close to the text sample") {
  const ReadResult r = read_document(layouts / "sample.cells.txt");
  const Agreement a = agreement(layouts / "sample.cells.txt");
  CHECK(a.projects == 26);
  CHECK(a.indicators >= 202);
  // The plans whose values stood under some milestones only: the copy lost which.
  CHECK(a.heads >= 18);
  CHECK(count(r, DiagnosticCode::cell_ambiguous) == 11);
  CHECK(count(r, DiagnosticCode::rows_rebuilt) == 26);
}

TEST_CASE("the PDF hard cases extracted with pdftotext -layout") {
  const auto read = [](const char* name) { return read_document(layouts / name); };
  const ReadResult borderless = read("hard-pdf-borderless.layout.txt");
  REQUIRE(borderless.document.projects.size() == 1);
  CHECK(borderless.document.projects[0].indicators.size() == 6);
  CHECK(borderless.document.projects[0].code == "13070024P00019310002H");
  const ReadResult two = read("hard-pdf-two-tables.layout.txt");
  REQUIRE(two.document.projects.size() == 2);
  CHECK(two.document.projects[0].indicators.size() == 6);
  CHECK(two.document.projects[1].indicators.size() == 6);
  const ReadResult pages = read("hard-pdf-merged-across-pages.layout.txt");
  REQUIRE(pages.document.projects.size() == 1);
  CHECK(pages.document.projects[0].indicators.size() == 19);
  const ReadResult wrapped = read("hard-pdf-wrap-four-lines.layout.txt");
  REQUIRE(wrapped.document.projects.size() == 1);
  // The lines of the wrapped name are joined with a blank between 2024 and 年, as extraction joins them.
  CHECK(wrapped.document.projects[0].name ==
        "冀财教【2023】149号-提前下达2024 年支持市县科技创新和科学普及专项资金-市科协省级科技工作者调查站点基本运行费");
  CHECK(wrapped.document.projects[0].indicators.size() == 6);
  // A table so narrow that pdftotext wraps even its header's cells (一级 / 指标) shows no columns:
  // its lines are read as they stand, each named.
  const ReadResult split = read("hard-pdf-split-row.layout.txt");
  CHECK(count(split, DiagnosticCode::rows_rebuilt) == 0);
  CHECK(count(split, DiagnosticCode::line_unplaced) > 50);
}

TEST_CASE("WebDriver's text of the sample page (cells one blank apart) is no layout the front end rebuilds") {
  // A row per line with its cells one blank apart: the blanks inside cells (`2024 年`) cannot be
  // told from those between them. Read as lines, every one named: nothing is guessed.
  const ReadResult r = read_document(layouts / "sample-html.webdriver.txt");
  CHECK(count(r, DiagnosticCode::rows_rebuilt) == 0);
  CHECK(r.document.projects.size() == 26);
  CHECK(count(r, DiagnosticCode::table_incomplete) >= 26);
}
