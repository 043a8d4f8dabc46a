// The parts around the tables: title, table of contents (and its check against the tables),
// the department-level part, the budget year. tests/data/small-utf8.txt holds them all.

#include "read_fixtures.hpp"

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

using namespace jixiao;
using namespace read_fixtures;

namespace {

const std::filesystem::path data = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data";

std::string small() {
  std::ifstream in(data / "small-utf8.txt", std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a document with contents, department part and two tables reads without diagnostics but the credit line") {
  const ReadResult result = read_document(data / "small-utf8.txt");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0] ==
        Diagnostic{3, 1, Severity::info, DiagnosticCode::line_skipped, "line “某某局编制”: front-page text the model does not hold"});
  const Document& document = result.document;
  CHECK(document.department == "某某局");
  CHECK(document.year == 2025);
  REQUIRE(document.projects.size() == 2);
  CHECK(document.projects[1].unit_code == "101002");
  CHECK(plan_text(document.projects[1].spending_plan) == "3月底=- 6月底=50 10月底=80 12月底=100");
  CHECK_FALSE(document.projects[1].budget.other.has_value());
  // `12月15日前` takes its year from the title.
  const Target& deadline = document.projects[0].indicators.at(1).target;
  CHECK(deadline.kind() == TargetKind::deadline);
  CHECK(deadline.as_deadline().date.year == 2025);
}

TEST_CASE("the table of contents is read with numbers, titles, pages and lines") {
  const Document document = read_document(small()).document;
  REQUIRE(document.contents.size() == 5);
  CHECK(document.contents[0] == ContentsEntry{1, "总体绩效目标", 1, 9});
  CHECK(document.contents[2] == ContentsEntry{3, "工作保障措施", 2, 11});
  CHECK(document.contents[3] == ContentsEntry{1, "2025 某某项目绩效目标表", 3, 15});
  CHECK(document.contents[4] == ContentsEntry{2, "2025 另一项目绩效目标表", 4, 16});
}

TEST_CASE("the department-level part: overall goal, items with goal and indicator, measures") {
  const DepartmentGoals goals = read_document(small()).document.goals;
  CHECK(goals.overall == "围绕中心工作，完成全年任务。");
  REQUIRE(goals.items.size() == 2);
  CHECK(goals.items[0] == GoalItem{"部门管理", "职责明确。", "符合“三定”方案。", 32});
  CHECK(goals.items[1].title == "部门决策");
  CHECK(goals.items[1].goal == "资金使用合规。");                             // half-width colon
  CHECK(goals.items[1].indicator == "预算资金运行规范；不存在截留、挤占。");  // wrapped over two lines
  CHECK(goals.measures ==
        std::vector<Text>{"加强制度建设。建立健全制度。", "规范财务管理。完善财务管理制度，确保支出进度。"});
}

TEST_CASE("a contents entry wrapped over two lines is joined") {
  const std::string text = replaced(small(), "2.2025 另一项目绩效目标表\t4", "2.2025 另一项目\n绩效目标表\t4");
  const ReadResult result = read_document(text);
  REQUIRE(result.document.contents.size() == 5);
  CHECK(result.document.contents[4] == ContentsEntry{2, "2025 另一项目绩效目标表", 4, 16});
  CHECK(result.diagnostics.size() == 1);
}

TEST_CASE("the contents are checked against the tables found") {
  SUBCASE("a listed table that is missing is an error at the contents line") {
    const std::string text = small();
    const ReadResult result = read_document(text.substr(0, text.find("2.2025 另一项目绩效目标表\n")));
    CHECK(result.document.projects.size() == 1);
    const Diagnostic* missing = find(result, DiagnosticCode::toc_mismatch);
    REQUIRE(missing);
    CHECK(missing->severity == Severity::error);
    CHECK(missing->line == 16);
    CHECK(result.has_errors());
  }
  SUBCASE("a title that differs from its entry is a warning") {
    const ReadResult result =
        read_document(replaced(small(), "2.2025 另一项目绩效目标表\n", "2.2025 别的项目绩效目标表\n"));
    const Diagnostic* differs = find(result, DiagnosticCode::toc_mismatch);
    REQUIRE(differs);
    CHECK(differs->severity == Severity::warning);
    CHECK(differs->line == 16);
    CHECK(differs->reason.find("别的项目") != std::string::npos);
  }
  SUBCASE("a table that is not listed is a warning at the table") {
    const std::string text = small();
    const std::size_t second = text.find("2.2025 另一项目绩效目标表\n\n101002");
    const std::string extra = replaced(text.substr(second), "2.2025 另一项目", "3.2025 第三项目");
    const ReadResult result = read_document(text + "\n" + extra);
    REQUIRE(result.document.projects.size() == 3);
    const Diagnostic* unlisted = find(result, DiagnosticCode::toc_mismatch);
    REQUIRE(unlisted);
    CHECK(unlisted->severity == Severity::warning);
    CHECK(unlisted->line == result.document.projects[2].line);
  }
  SUBCASE("full-width and half-width punctuation in titles compare equal") {
    const ReadResult result =
        read_document(replaced(small(), "2.2025 另一项目绩效目标表\n", "2.2025 另一项目（）绩效目标表\n"));
    CHECK(find(result, DiagnosticCode::toc_mismatch));
    const ReadResult same =
        read_document(replaced(replaced(small(), "2.2025 另一项目绩效目标表\t4", "2.2025 另一项目(一)绩效目标表\t4"),
                               "2.2025 另一项目绩效目标表\n", "2.2025 另一项目（一）绩效目标表\n"));
    CHECK_FALSE(find(same, DiagnosticCode::toc_mismatch));
  }
}

TEST_CASE("contents with leader dots and no part headings, the tables right after them") {
  const ReadResult result = read("目录\n\n1.2025 某某项目绩效目标表……………3\n\n" + std::string(table));
  REQUIRE(result.document.contents.size() == 1);
  CHECK(result.document.contents[0] == ContentsEntry{1, "2025 某某项目绩效目标表", 3, 5});
  REQUIRE(result.document.projects.size() == 1);
  CHECK(result.document.projects[0].title == "2025 某某项目绩效目标表");
  CHECK(result.document.projects[0].indicators.size() == 4);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("the year comes from the title or from ReadOptions::year") {
  ReadOptions options;
  options.year = 2024;
  const ReadResult overridden = read(table, options);
  CHECK(overridden.document.year == 2024);
  REQUIRE(find(overridden, DiagnosticCode::year_mismatch));
  CHECK(find(overridden, DiagnosticCode::year_mismatch)->severity == Severity::warning);

  const ReadResult untitled = read_document(tsv(table));
  CHECK(untitled.document.year == 0);
  CHECK(find(untitled, DiagnosticCode::title_missing));
  CHECK(find(untitled, DiagnosticCode::year_unknown));
  CHECK(untitled.document.projects.size() == 1);

  const ReadResult stated = read_document(tsv(table), options);
  CHECK(stated.document.year == 2024);
  CHECK_FALSE(find(stated, DiagnosticCode::year_unknown));
}

TEST_CASE("a title with the year first names the department after it") {
  const ReadResult result = read_document(tsv("2025年某某局部门预算绩效目标\n\n" + std::string(table)));
  CHECK(result.document.department == "某某局");
  CHECK(result.document.year == 2025);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a part the model does not hold is skipped line by line, and tables after it are still read") {
  const ReadResult result = read("第三部分 名词解释\n\n绩效目标：预期达到的产出和效果。\n\n" + std::string(table));
  REQUIRE(result.document.projects.size() == 1);
  const Diagnostic* skipped = find(result, DiagnosticCode::line_skipped);
  REQUIRE(skipped);
  CHECK(skipped->line == 5);
}

TEST_CASE("every element knows its source line") {
  const Document document = read_document(small()).document;
  for (const ContentsEntry& entry : document.contents) CHECK(entry.line > 0);
  for (const GoalItem& item : document.goals.items) CHECK(item.line > 0);
  for (const Project& project : document.projects) {
    CHECK(project.line > 0);
    for (const Milestone& milestone : project.spending_plan.milestones) CHECK(milestone.line > project.line);
    for (const Indicator& indicator : project.indicators) CHECK(indicator.line > project.line);
  }
  CHECK(document.projects[0].line == 58);
  CHECK(document.projects[1].line == 76);
}

TEST_CASE("a table's title is never taken for the document's title") {
  // A lone table: its title names a year and 绩效, but neither the department nor the budget year.
  const ReadResult result = read_document(
      "8.冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金绩效目标表\n"
      "731001 张家口市科学技术协会本级\n"
      "单位：万元\n"
      "项目编码\t13070024P00019310002H\t\t项目名称\t冀财教【2023】149号\t\n");
  CHECK(result.document.department.empty());
  CHECK(result.document.year == 0);
  REQUIRE(result.document.projects.size() == 1);
  CHECK(result.document.projects[0].title.starts_with("冀财教【2023】149号-提前下达"));
  CHECK(find(result, DiagnosticCode::title_missing) != nullptr);
  CHECK(find(result, DiagnosticCode::year_unknown) != nullptr);
  CHECK(find(result, DiagnosticCode::table_without_title) == nullptr);
}
