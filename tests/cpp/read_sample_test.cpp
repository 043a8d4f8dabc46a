// The published sample, examples/data/zjk-kexie-2025-targets.txt: 26 project tables in two units.
// Every expected value below was read off the text by hand (line numbers cited).

#include "read_fixtures.hpp"

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

using namespace jixiao;
using read_fixtures::plan_text;

namespace {

const std::filesystem::path sample_path =
    std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2025-targets.txt";

const ReadResult& sample() {
  static const ReadResult result = read_document(sample_path);
  return result;
}

std::string sample_bytes() {
  std::ifstream in(sample_path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Expected {
  std::string_view code;
  std::string_view name;
  std::string_view total;  // 预算数 = 其中：财政资金 in every table; 其他资金 is empty in all
  std::size_t indicators;
  std::string_view plan;
};

// Tables 1–17 belong to 731001 张家口市科学技术协会本级, 18–26 to 731005 张家口市科技馆.
constexpr std::array<Expected, 26> expected{{
    {"13070024P00000410006W", "2024 开展科技工作者助力乡村振兴经费", "15.75", 13, "3月底=25 6月底=50 10月底=75"},
    {"13070024P00000210005X", "2024 科普经费", "40.48", 18, "3月底=25 6月底=50 10月底=75"},
    {"13070024P00000810004C", "2024 全民科学素质行动计划专项经费", "5.05", 6, "3月底=40 6月底=80 10月底=100"},
    {"13070025P00004010001F", "2025 开展科技工作者助力乡村振兴经费", "16.63", 9,
     "3月底=25 6月底=50 10月底=75 12月底=100"},
    {"13070025P00004210001T", "2025 科普经费", "49.86", 19, "3月底=25 6月底=50 10月底=75"},
    {"13070025P000044100016", "2025 老科协工作经费", "5.70", 11, "3月底=100 6月底=- 10月底=-"},
    {"13070025P00004610003Q", "2025 全民科学素质行动计划专项经费", "5.33", 8, "3月底=25 6月底=50 10月底=75 12月底=100"},
    {"13070024P00019310002H",
     "冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金-市科协科技工作者之家建设", "4.00", 6,
     "3月底=25 6月底=50 10月底=75 12月底=100"},
    {"13070024P000191100026",
     "冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金-市科协省级科技工作者调查站点基本运行费",
     "1.00", 6, "3月底=25 6月底=50 10月底=75"},
    {"13070025P00122810010Q", "冀财教【2024】105号提前下达2025年基层科普行动计划中央补助资金", "115.00", 6,
     "3月底=- 6月底=100 10月底=-"},
    {"13070025P00122810015T",
     "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协科技工作者之家建设", "6.00", 6,
     "3月底=- 6月底=100 10月底=- 12月底=-"},
    {"13070025P00122810013K",
     "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协科普大篷车巡展", "10.00", 6,
     "3月底=25 6月底=50 10月底=75 12月底=100"},
    {"13070025P001228100120",
     "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协科普助力“双减”进校园", "15.00", 6,
     "3月底=25 6月底=50 10月底=75 12月底=100"},
    {"13070025P00122810011C",
     "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协省级基层科普行动计划", "34.00", 6,
     "3月底=- 6月底=100 10月底=- 12月底=-"},
    {"13070025P001228100147",
     "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协省级科技工作者调查站点建设", "1.00", 8,
     "3月底=25 6月底=50 10月底=75"},
    {"13070024P00064110002Q", "冀财教【2024】25号-下达2024年支持市县科技创新和科学普及专项资金(科技工作者之家)", "5.60",
     6, "3月底=8 6月底=60 10月底=90"},
    {"13070024P000765100012", "信息化建设资金-市科协", "3.08", 6, "3月底=100 6月底=- 10月底=- 12月底=-"},
    {"13070024P00001010071E", "2024 常设展览经费", "6.80", 6, "3月底=- 6月底=50 10月底=100"},
    {"13070024P00001210003X", "2024 科普大篷车经费", "10.35", 6, "3月底=- 6月底=50 10月底=100"},
    {"13070024P00001410002M", "2024 市科技馆大楼采暖费", "15.34", 6, "3月底=- 6月底=- 10月底=100"},
    {"13070025P00004810001W", "2025 常设展览经费", "12.14", 6, "3月底=30 6月底=60 10月底=100"},
    {"13070025P00005010002A", "2025 科普大篷车经费", "7.20", 9, "3月底=30 6月底=60 10月底=100 12月底=-"},
    {"13070025P00005210002M", "2025 市科技馆大楼采暖费", "15.34", 7, "3月底=- 6月底=- 10月底=- 12月底=100"},
    {"13070024P00017710002R", "冀财教【2023】123号-提前下达2024年科技馆免费开放中央补助资金", "49.99", 6,
     "3月底=25 6月底=50 10月底=75 12月底=100"},
    {"13070025P000001100018", "冀财教【2024】104号提前下达2025年科技馆免费开放中央补助资金", "52.00", 6,
     "3月底=30 6月底=60 10月底=100"},
    {"13070024P00088710001K", "冀财教【2024】50号-下达2024年科技馆免费开放中央补助资金(第二批)", "7.00", 5,
     "3月底=- 6月底=6000 10月底=9000 12月底=10000"},
}};

}  // namespace

TEST_CASE("the sample reads as one department, its year, two units and 26 projects") {
  const Document& document = sample().document;
  CHECK(sample().encoding == Encoding::utf8);
  CHECK(document.department == "张家口市科学技术协会");
  CHECK(document.year == 2025);
  REQUIRE(document.units.size() == 2);
  CHECK(document.units[0] == BudgetUnit{"731001", "张家口市科学技术协会本级"});
  CHECK(document.units[1] == BudgetUnit{"731005", "张家口市科技馆"});
  CHECK(document.projects.size() == 26);
}

TEST_CASE("every sample project has its code, name, unit, budget, indicator count and spending plan") {
  const auto& projects = sample().document.projects;
  REQUIRE(projects.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const Project& project = projects[k];
    const Expected& want = expected[k];
    CAPTURE(k + 1);
    CHECK(project.code == want.code);
    CHECK(project.name == want.name);
    CHECK(project.unit_code == (k < 17 ? "731001" : "731005"));
    CHECK(project.unit_name == (k < 17 ? "张家口市科学技术协会本级" : "张家口市科技馆"));
    REQUIRE(project.budget.total);
    REQUIRE(project.budget.fiscal);
    CHECK(project.budget.total->wan().to_string() == want.total);
    CHECK(*project.budget.fiscal == *project.budget.total);
    CHECK_FALSE(project.budget.other);
    CHECK(project.indicators.size() == want.indicators);
    CHECK(plan_text(project.spending_plan) == want.plan);
    CHECK(project.redacted == (k == 16));
    CHECK_FALSE(project.use_of_funds.empty());
    CHECK_FALSE(project.goals.empty());
  }
}

TEST_CASE("sample titles are unwrapped, the ** emphasis removed, and match their names") {
  const auto& projects = sample().document.projects;
  REQUIRE(projects.size() == 26);
  CHECK(projects[0].title == "2024 开展科技工作者助力乡村振兴经费绩效目标表");
  CHECK(projects[0].line == 92);
  // Lines 613–614 and 654–655: `**24.…中央补助` / `资金绩效目标表**`.
  CHECK(projects[23].title == "冀财教【2023】123号-提前下达2024年科技馆免费开放中央补助资金绩效目标表");
  CHECK(projects[23].line == 613);
  CHECK(projects[25].title == "冀财教【2024】50号-下达2024年科技馆免费开放中央补助资金(第二批)绩效目标表");
  for (const Project& project : projects) {
    CAPTURE(project.title);
    CHECK(project.title == project.name.str() + "绩效目标表");
  }
}

TEST_CASE("sample codes drop the blank before a separated check character") {
  const auto& projects = sample().document.projects;
  REQUIRE(projects.size() == 26);
  CHECK(projects[0].code == "13070024P00000410006W");   // line 98: `13070024P00000410006 W`
  CHECK(projects[5].code == "13070025P000044100016");   // line 242: written without the blank
  CHECK(projects[16].code == "13070024P000765100012");  // line 474: a digit as check character
}

TEST_CASE("sample spending plans keep where each value came from") {
  const auto& projects = sample().document.projects;
  REQUIRE(projects.size() == 26);
  // Project 8, line 294: `12月底 ⇥ 100%` on its own row.
  const auto& eight = projects[7].spending_plan.milestones;
  REQUIRE(eight.size() == 4);
  CHECK(eight[3].month == 12);
  CHECK(eight[3].line == 294);
  CHECK(eight[0].line == 293);
  // Project 23, lines 600–602: 12 月底 heads column 5 on a second label row, its value below.
  const auto& twenty_three = projects[22].spending_plan.milestones;
  REQUIRE(twenty_three.size() == 4);
  CHECK(twenty_three[3].milestone == "12月底");
  CHECK(twenty_three[3].line == 602);
  CHECK(twenty_three[2].line == 600);
  // Project 26, line 665: 6000% is kept as written; judging it is the review's job.
  CHECK(projects[25].spending_plan.milestones[1].percent == Decimal(6000));
  CHECK(projects[25].spending_plan.planned_by(12) == Decimal(10000));
}

TEST_CASE("the page-break continuation in the sample is joined to the cell above") {
  const Project& two = sample().document.projects.at(1);
  REQUIRE(two.indicators.size() == 18);
  // Line 135 ends with `市科协 2024 年工` and line 138 (after the repeated header) carries `作安排`.
  const Indicator& meetings = two.indicators[1];
  CHECK(meetings.name == "会议次数");
  CHECK(meetings.line == 135);
  CHECK(meetings.basis == "市科协 2024 年工作安排");
  // The row after the continuation is an indicator of its own, its 一级 merged from above the break.
  CHECK(two.indicators[2].name == "定期推送工作信息和科普信息");
  CHECK(two.indicators[2].line == 139);
  CHECK(two.indicators[2].level1 == Level1::产出指标);
}

TEST_CASE("sample indicators: merged 一级, repeated headers, the extra empty column, extraction blanks") {
  const auto& projects = sample().document.projects;
  REQUIRE(projects.size() == 26);
  const Project& one = projects[0];
  REQUIRE(one.indicators.size() == 13);
  CHECK(one.indicators[1].level1 == Level1::产出指标);  // line 106: empty first cell
  CHECK(one.indicators[1].level1_text == "产出指标");
  CHECK(one.indicators[8].line == 115);  // after the header repeated at line 114
  CHECK(one.indicators[8].level1 == Level1::效益指标);
  CHECK(one.indicators[0].target.raw == "≥30 次");
  CHECK(one.indicators[0].target.kind() == TargetKind::comparison);
  CHECK(one.indicators[0].basis == "市科协 2024 年工作安排");  // `年工 作安排`: a blank inside a word
  CHECK(one.indicators[2].basis == "2024 年驻村帮扶工作安排");

  const Project& five = projects[4];  // headers repeated at lines 215 and 232
  REQUIRE(five.indicators.size() == 19);
  CHECK(five.indicators[2].line == 216);
  CHECK(five.indicators[2].level1 == Level1::产出指标);
  CHECK(five.indicators[18].level1 == Level1::满意度指标);

  // Project 18 (line 500): `绩效指标描述 ⇥ ⇥ 指标值`, an empty column before the target.
  const Project& eighteen = projects[17];
  REQUIRE(eighteen.indicators.size() == 6);
  CHECK(eighteen.indicators[0].description == "展品完好率");
  CHECK(eighteen.indicators[0].target.raw == "≥90 百分比");
  CHECK(eighteen.indicators[0].basis == "参观人数");
  CHECK(projects[24].indicators[4].target.raw == "市民科普素质提升程度");

  // Project 17, line 485–486: `社会效益指 标`, `服务对象满 意度指标`.
  const Project& seventeen = projects[16];
  REQUIRE(seventeen.indicators.size() == 6);
  CHECK(seventeen.indicators[4].level2 == Level2::社会效益指标);
  CHECK(seventeen.indicators[4].level2_text == "社会效益指标");
  CHECK(seventeen.indicators[5].level2 == Level2::服务对象满意度指标);
  CHECK(seventeen.indicators[0].target.kind() == TargetKind::redacted);
  CHECK(seventeen.use_of_funds == "涉密");

  std::size_t total = 0;
  std::size_t listed = 0;
  for (const Expected& want : expected) listed += want.indicators;
  for (const Project& project : projects) {
    for (const Indicator& indicator : project.indicators) {
      CHECK(indicator.line > project.line);
      CHECK(indicator.level1 != Level1::其他);
      CHECK(indicator.level2 != Level2::其他);
      ++total;
    }
  }
  CHECK(total == listed);
  CHECK(total == 203);
}

TEST_CASE("sample goals: <p> items and numbered text are split into items without their numbers") {
  const auto& projects = sample().document.projects;
  REQUIRE(projects.size() == 26);
  REQUIRE(projects[0].goals.size() == 4);  // <p>1.…</p> <p>2.…</p> …
  CHECK(projects[0].goals[3] == "通过开展 10 次科普活动，扩大科普影响力。");
  CHECK(projects[1].goals.size() == 11);
  REQUIRE(projects[3].goals.size() == 2);  // `1.提升… 2.面向…` in one cell
  CHECK(projects[3].goals[1].starts_with("面向农村青少年和农民群体"));
  REQUIRE(projects[20].goals.size() == 2);  // `1.2025 年…3 万人次 2.2025 年…`
  CHECK(projects[20].goals[0] == "2025 年常设科普展厅预计年接待观众 3 万人次");
  CHECK(projects[20].goals[1] == "2025 年常设科普展厅预计年开放 250 天");
  // `讨论稿 2016.2.29 保障…` holds no item marker.
  REQUIRE(projects[17].goals.size() == 1);
  CHECK(projects[25].goals ==
        std::vector<Text>{"保障市县科技馆正常运转", "开展科普活动", "更新展品，增加观众体验感"});
}

TEST_CASE("the sample's department-level part and table of contents") {
  const Document& document = sample().document;
  CHECK(document.goals.overall.starts_with("市科协紧紧围绕全市中心工作"));
  REQUIRE(document.goals.items.size() == 2);
  CHECK(document.goals.items[0].title == "部门管理");
  CHECK(document.goals.items[0].goal == "职责明确、活动合规合理。");
  CHECK(document.goals.items[0].indicator.starts_with("职责设定符合“三定”方案"));
  CHECK(document.goals.items[0].line == 60);
  CHECK(document.goals.items[1].title == "部门决策");
  REQUIRE(document.goals.measures.size() == 6);
  CHECK(document.goals.measures[0].starts_with("加强制度建设。"));
  CHECK(document.goals.measures[5].starts_with("加强宣传培训。"));

  REQUIRE(document.contents.size() == 29);
  CHECK(document.contents[0] == ContentsEntry{1, "总体绩效目标", 1, 12});
  CHECK(document.contents[3] == ContentsEntry{1, "2024 开展科技工作者助力乡村振兴经费绩效目标表", 4, 18});
  CHECK(document.contents[28].number == 26);
  CHECK(document.contents[28].page == 33);
}

TEST_CASE("the sample gives no errors; its only diagnostics are explained") {
  const ReadResult& result = sample();
  CHECK_FALSE(result.has_errors());
  std::vector<std::pair<std::size_t, DiagnosticCode>> found;
  for (const Diagnostic& d : result.diagnostics) {
    CHECK(d.severity == Severity::info);
    CHECK_FALSE(d.reason.empty());
    found.emplace_back(d.line, d.code);
  }
  // The credit lines of the front page (编制 / 审核) have no place in the model; table 17 is 涉密.
  const std::vector<std::pair<std::size_t, DiagnosticCode>> explained{
      {5, DiagnosticCode::line_skipped}, {6, DiagnosticCode::line_skipped}, {468, DiagnosticCode::table_redacted}};
  CHECK(found == explained);
}

TEST_CASE("the sample is read losslessly: every non-empty table cell is in the model or a diagnostic") {
  // Table rows of lines 92–672; the front matter is checked field by field above.
  const read_fixtures::LosslessCheck check = read_fixtures::check_lossless(sample(), sample_bytes(), 92, false);
  for (const auto& lost : check.lost) {
    CAPTURE(lost.first);
    FAIL_CHECK(lost.second);
  }
  CHECK(check.checked == 1382);  // every cell of lines 92–672 but labels and goals
}

TEST_CASE("the sample reads the same as UTF-8 with BOM, with CRLF line ends, and from memory") {
  const std::string bytes = sample_bytes();
  const ReadResult from_memory = read_document(bytes);
  CHECK(from_memory.document == sample().document);
  const ReadResult with_bom = read_document("\xEF\xBB\xBF" + bytes);
  CHECK(with_bom.document == sample().document);
  std::string crlf;
  for (char c : bytes) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const ReadResult windows = read_document(crlf);
  CHECK(windows.document == sample().document);
  CHECK(windows.diagnostics == sample().diagnostics);
}
