// Printing the model with fmt: every described struct of jixiao as `{name: value, ...}`.

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/format.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

using ModelStructs =
    boost::mp11::mp_list<Budget, Milestone, SpendingPlan, Indicator, Level2Group, Level1Group, FormField, Level1Points,
                         FundsRow, IndicatorResult, SelfEvaluation, Project, BudgetUnit, GoalItem, BudgetShare,
                         DutyTarget, DepartmentTable, DepartmentGoals, ContentsEntry, Document, Diagnostic>;

// The member names of the outermost `{...}` of a printed struct, in order (nested structs,
// lists and quoted strings skipped).
std::vector<std::string> top_level_names(std::string_view printed) {
  std::vector<std::string> names;
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < printed.size(); ++i) {
    const char c = printed[i];
    if (quoted) {
      if (c == '\\') ++i;
      else if (c == '"') quoted = false;
      continue;
    }
    bool name_follows = false;
    if (c == '"') quoted = true;
    else if (c == '{' || c == '[') name_follows = ++depth == 1 && printed.substr(i + 1, 1) != "}";
    else if (c == '}' || c == ']') --depth;
    else if (c == ',' && depth == 1) name_follows = (++i, true);  // skip the space after the comma
    if (name_follows) {
      const auto end = printed.find(": ", i + 1);
      REQUIRE(end != std::string_view::npos);
      names.emplace_back(printed.substr(i + 1, end - i - 1));
      i = end + 1;
    }
  }
  CHECK(depth == 0);
  return names;
}

template <class T>
std::vector<std::string> declared_names() {
  std::vector<std::string> names;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
      [&](auto member) { names.emplace_back(member.name); });
  return names;
}

Indicator sample_indicator() {
  Indicator indicator;
  indicator.level1 = Level1::产出指标;
  indicator.level1_text = "产出指标";
  indicator.level2 = Level2::数量指标;
  indicator.level2_text = "数量指标";
  indicator.name = "活动次数";
  indicator.description = "全年活动开展次数";
  indicator.target = Target("≥30 次", Comparison{{Comparator::ge, true, Quantity{30_dec, lookup_unit("次")}}});
  indicator.target.direction = Direction::forward;
  indicator.basis = "市科协 2024 年工作 安排";
  indicator.line = 105;
  return indicator;
}

}  // namespace

TEST_CASE("every model struct prints its declared members in order") {
  boost::mp11::mp_for_each<ModelStructs>([](auto value) {
    using T = decltype(value);
    const std::string printed = fmt::format("{}", value);
    CAPTURE(printed);
    CHECK(printed.front() == '{');
    CHECK(printed.back() == '}');
    CHECK(top_level_names(printed) == declared_names<T>());
  });
}

TEST_CASE("members print as values: optional, Money, Decimal") {
  CHECK(fmt::format("{}", Budget{Money::parse("15.75"), Money::parse("15.75"), std::nullopt}) ==
        "{total: 15.75万元, fiscal: 15.75万元, other: none}");
  CHECK(fmt::format("{}", Budget{}) == "{total: none, fiscal: none, other: none}");
  CHECK(fmt::format("{}", Milestone{"3月底", 3, Decimal::parse("25.0"), 100, std::nullopt}) ==
        "{milestone: \"3月底\", month: 3, percent: 25.0, line: 100, amount: none}");
  CHECK(fmt::format("{}", Milestone{"3月底", 3, 25_dec, 100, Money::parse("2.50")}) ==
        "{milestone: \"3月底\", month: 3, percent: 25, line: 100, amount: 2.50万元}");
}

TEST_CASE("lists print in brackets, nested structs recursively") {
  const SpendingPlan plan{
      {Milestone{"3月底", 3, 25_dec, 100, std::nullopt}, Milestone{"6月底", 6, std::nullopt, 100, std::nullopt}}};
  CHECK(fmt::format("{}", plan) ==
        "{milestones: [{milestone: \"3月底\", month: 3, percent: 25, line: 100, amount: none}, "
        "{milestone: \"6月底\", month: 6, percent: none, line: 100, amount: none}]}");
  CHECK(fmt::format("{}", SpendingPlan{}) == "{milestones: []}");

  const Level1Group group{Level1::产出指标, "产出指标", {Level2Group{Level2::数量指标, "数量指标", {0, 1}}}};
  CHECK(fmt::format("{}", group) ==
        "{level1: 产出指标, text: \"产出指标\", groups: [{level2: 数量指标, text: \"数量指标\", indicators: [0, 1]}]}");

  const DepartmentGoals goals{"总体目标", {GoalItem{"1、部门管理", "目标", "指标", 60}}, {"措施一", "措施二"}, {}};
  CHECK(fmt::format("{}", goals) ==
        "{overall: \"总体目标\", items: [{title: \"1、部门管理\", goal: \"目标\", indicator: \"指标\", line: 60}], "
        "measures: [\"措施一\", \"措施二\"], tables: []}");

  SelfEvaluation reported;
  reported.funds = {FundsRow{"年度资金总额", Money::parse("15.75"), Money::parse("15.75"), Money::parse("14.2"), 10_dec,
                             Decimal::parse("90.16"), Decimal::parse("9.02"), 7}};
  reported.total = Decimal::parse("92.5");
  reported.grade = "优";
  CHECK(fmt::format("{}", reported) ==
        "{funds: [{source: \"年度资金总额\", initial_budget: 15.75万元, full_year_budget: 15.75万元, executed: 14.20万元, "
        "weight: 10, rate: 90.16, score: 9.02, line: 7}], achieved: [], indicators: [], total: 92.5, "
        "total_weight: none, grade: \"优\", line: 0}");
}

TEST_CASE("strings are quoted and escaped, enums printed by name") {
  const Diagnostic diagnostic{3, 0, Severity::error, DiagnosticCode::cell_unplaced, "cell \"x\"\tleft over"};
  CHECK(fmt::format("{}", diagnostic) ==
        "{line: 3, column: 0, severity: error, code: cell-unplaced, reason: \"cell \\\"x\\\"\\tleft over\"}");
}

TEST_CASE("an indicator prints its target with the target's own format") {
  const Indicator indicator = sample_indicator();
  CHECK(fmt::format("{}", indicator) ==
        fmt::format("{{level1: 产出指标, level1_text: \"产出指标\", level2: 数量指标, level2_text: \"数量指标\", "
                    "name: \"活动次数\", description: \"全年活动开展次数\", target: {}, "
                    "basis: \"市科协 2024 年工作 安排\", weight: none, direction: none, line: 105, notes: \"\"}}",
                    indicator.target));
  CHECK(fmt::format("{}", indicator.target).starts_with("{raw: \"≥30 次\", kind: comparison, comparator: ge"));
}

TEST_CASE("a whole Document prints") {
  Project project;
  project.code = "13070024P00000410006W";
  project.name = "2024 开展科技助力乡村振兴";
  project.budget = Budget{Money::parse("15.75"), Money::parse("15.75"), std::nullopt};
  project.spending_plan = SpendingPlan{{Milestone{"3月底", 3, 25_dec, 100, std::nullopt}}};
  project.goals = {"1.组织开展活动"};
  project.indicators = {sample_indicator()};
  project.line = 95;

  Document document;
  document.department = "张家口市科学技术协会";
  document.year = 2025;
  document.units = {BudgetUnit{"731001", "张家口市科学技术协会本级"}};
  document.contents = {ContentsEntry{1, "2024 开展科技助力乡村振兴", 0, 20}};
  document.projects = {project};

  const std::string printed = fmt::format("{}", document);
  CHECK(printed ==
        fmt::format("{{department: \"张家口市科学技术协会\", year: 2025, "
                    "units: [{{code: \"731001\", name: \"张家口市科学技术协会本级\"}}], "
                    "goals: {{overall: \"\", items: [], measures: [], tables: []}}, "
                    "contents: [{{number: 1, title: \"2024 开展科技助力乡村振兴\", page: 0, line: 20}}], "
                    "projects: [{{code: \"13070024P00000410006W\", name: \"2024 开展科技助力乡村振兴\", title: \"\", "
                    "unit_code: \"\", unit_name: \"\", budget: {{total: 15.75万元, fiscal: 15.75万元, other: none}}, "
                    "use_of_funds: \"\", spending_plan: {{milestones: [{{milestone: \"3月底\", month: 3, percent: 25, "
                    "line: 100, amount: none}}]}}, goals: [\"1.组织开展活动\"], medium_term_goals: [], "
                    "indicators: [{}], medium_term_indicators: [], level1_points: [], redacted: false, line: 95, "
                    "fields: [], self_evaluation: none}}], "
                    "source: {{format: text, part_names: [], runs: [], boxes: []}}}}",
                    project.indicators[0]));
}

TEST_CASE("a format specification is refused") {
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>40}"), Budget{}), fmt::format_error);
  CHECK(fmt::format(fmt::runtime("{:}"), BudgetUnit{"1", "a"}) == "{code: \"1\", name: \"a\"}");
}

namespace jixiao {
// A described struct with a formatter of its own, as a value type may declare next to it.
struct Percent {
  int value = 0;
};
BOOST_DESCRIBE_STRUCT(Percent, (), (value))
struct Share {
  Percent percent;
};
BOOST_DESCRIBE_STRUCT(Share, (), (percent))
}  // namespace jixiao

template <>
struct fmt::formatter<jixiao::Percent> : fmt::formatter<int> {
  template <class FormatContext>
  auto format(const jixiao::Percent& p, FormatContext& ctx) const {
    auto out = fmt::formatter<int>::format(p.value, ctx);
    *out++ = '%';
    return out;
  }
};

namespace elsewhere {
struct Described {
  int value = 0;
};
BOOST_DESCRIBE_STRUCT(Described, (), (value))
}  // namespace elsewhere

TEST_CASE("the generic formatter covers only jixiao's described structs") {
  static_assert(described_struct<Document>);
  static_assert(described_struct<Indicator>);
  static_assert(!described_struct<Decimal>);      // has its own formatter, not described
  static_assert(!described_struct<Money>);
  static_assert(!described_struct<Level1>);       // an enum: describe.hpp prints it
  static_assert(!described_struct<std::string>);
  static_assert(!described_struct<elsewhere::Described>);  // another library's struct is left alone
  static_assert(!fmt::is_formattable<elsewhere::Described>::value);
  // An explicit specialisation wins, also for a member.
  CHECK(fmt::format("{}", Percent{95}) == "95%");
  CHECK(fmt::format("{}", Share{Percent{95}}) == "{percent: 95%}");
}
