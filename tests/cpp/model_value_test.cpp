// Value semantics of the model: every struct is regular (copyable, default-constructible,
// equality-comparable), and == looks at every declared member.

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/format.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <utility>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// `a` and `b` differ in every member. Copies compare equal, and replacing any one member of a
// copy of `a` with `b`'s makes it unequal: no member is left out of ==.
template <class T>
void check_value_semantics(const T& a, const T& b) {
  static_assert(std::regular<T>);
  CAPTURE(fmt::format("{}", a));
  T copy = a;
  CHECK(copy == a);
  CHECK(a != b);
  copy = b;
  CHECK(copy == b);
  const T moved = std::move(copy);
  CHECK(moved == b);
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
    CAPTURE(member.name);
    T changed = a;
    changed.*member.pointer = b.*member.pointer;
    CHECK(changed != a);
  });
}

template <target_data K>
Target target(std::string raw, K data, Direction direction) {
  Target t(std::move(raw), std::move(data));
  t.direction = direction;
  return t;
}

Indicator indicator_a() {
  return Indicator{Level1::产出指标,
                   "产出指标",
                   Level2::数量指标,
                   "数量指标",
                   "活动次数",
                   "全年活动开展次数",
                   target("≥30 次", Comparison{}, Direction::forward),
                   "市科协 2024 年工作安排",
                   20_dec,
                   Direction::forward,
                   105,
                   "备注：按月统计"};
}

Indicator indicator_b() {
  return Indicator{Level1::效益指标,
                   "效益",
                   Level2::社会效益指标,
                   "社会效益",
                   "提升公民科学素质",
                   "进一步提升公民科学素质",
                   target("进一步提升", Qualitative{}, Direction::forward),
                   "市科协上年工作经验",
                   std::nullopt,
                   Direction::none,
                   115,
                   ""};
}

const Milestone march{"3月底", 3, 25_dec, 100, Money::parse("5")};
const Milestone june{"6月底", 6, std::nullopt, 101, std::nullopt};

const FundsRow funds_total{"年度资金总额", Money::parse("15.75"), Money::parse("15.75"), Money::parse("14.2"),
                           10_dec, Decimal::parse("90.16"), Decimal::parse("9.02"), 7};
const FundsRow funds_other{"其他资金", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                           std::nullopt, 10};

SelfEvaluation reported_a() {
  return SelfEvaluation{{funds_total},
                        {"全年开展活动 32 次"},
                        {IndicatorResult{0, target("32次", Comparison{}, Direction::none), 20_dec, ""}},
                        Decimal::parse("92.5"),
                        100_dec,
                        "优",
                        30};
}

Project project_a() {
  return Project{"13070024P00000410006W",
                 "开展科技助力乡村振兴",
                 "2024 开展科技助力乡村振兴绩效目标表",
                 "731001",
                 "张家口市科学技术协会本级",
                 Budget{Money::parse("15.75"), Money::parse("15.75"), std::nullopt},
                 "项目预算总额 15.75 万元",
                 SpendingPlan{{march}},
                 {"1.组织开展活动"},
                 {"2025-2027 年助力乡村振兴"},
                 {indicator_a()},
                 {indicator_b()},
                 {Level1Points{Level1::产出指标, "产出指标", 50_dec, 50_dec, 105}},
                 false,
                 95,
                 {FormField{"项目负责人", "张三", 97, 2}},
                 reported_a()};
}

Project project_b() {
  return Project{"", "涉密项目", "", "", "", Budget{}, "", SpendingPlan{}, {}, {}, {}, {}, {}, true, 0, {}, std::nullopt};
}

}  // namespace

TEST_CASE("Budget") {
  check_value_semantics(Budget{Money::parse("15.75"), Money::parse("15.75"), std::nullopt},
                        Budget{std::nullopt, Money::parse("10"), Money::parse("5.75")});
  // A stated 0 is not an empty cell.
  CHECK(Budget{Money::parse("0"), std::nullopt, std::nullopt} != Budget{});
}

TEST_CASE("Milestone and SpendingPlan") {
  check_value_semantics(march, june);
  check_value_semantics(SpendingPlan{{march, june}}, SpendingPlan{});
  // Percentages compare by value, as Decimal does; the written form is still kept for printing.
  const Milestone written{"3月底", 3, Decimal::parse("25.0"), 100, Money::parse("5.000")};
  CHECK(written == march);
  CHECK(fmt::format("{}", written) != fmt::format("{}", march));
  CHECK(Milestone{"3月底", 3, 25_dec, 100, std::nullopt} != march);  // the amount is part of the value
}

TEST_CASE("Indicator and the tree groups") {
  check_value_semantics(indicator_a(), indicator_b());
  check_value_semantics(Level2Group{Level2::数量指标, "数量指标", {0, 1}}, Level2Group{Level2::其他, "创新", {2}});
  check_value_semantics(Level1Group{Level1::产出指标, "产出指标", {Level2Group{Level2::数量指标, "数量指标", {0}}}},
                        Level1Group{Level1::成本指标, "成本指标", {}});
}

TEST_CASE("Project and the parts of a form beyond a target table") {
  check_value_semantics(project_a(), project_b());
  check_value_semantics(FormField{"项目负责人", "张三", 97, 2}, FormField{"项目属性", "延续项目", 98, 4});
  check_value_semantics(Level1Points{Level1::产出指标, "产出指标", 50_dec, 50_dec, 105},
                        Level1Points{Level1::成本指标, "成本指标", 0_dec, 20_dec, 120});
}

TEST_CASE("SelfEvaluation and its rows") {
  check_value_semantics(funds_total, funds_other);
  check_value_semantics(IndicatorResult{0, target("32次", Comparison{}, Direction::none), 20_dec, ""},
                        IndicatorResult{1, target("达成预期指标", Qualitative{"达成预期指标"}, Direction::none),
                                        std::nullopt, "天气原因延期"});
  check_value_semantics(reported_a(), SelfEvaluation{});
  // The total row is the one that says so, wherever it stands; else the first.
  const SelfEvaluation both{{funds_other, funds_total}, {}, {}, std::nullopt, std::nullopt, "", 0};
  REQUIRE(both.funds_total() != nullptr);
  CHECK(both.funds_total()->source == "年度资金总额");
  CHECK(SelfEvaluation{{funds_other}, {}, {}, std::nullopt, std::nullopt, "", 0}.funds_total()->source == "其他资金");
  CHECK(SelfEvaluation{}.funds_total() == nullptr);
}

TEST_CASE("Document and its parts") {
  check_value_semantics(BudgetUnit{"731001", "张家口市科学技术协会本级"}, BudgetUnit{"731002", "其他单位"});
  check_value_semantics(GoalItem{"1、部门管理", "目标", "指标", 60}, GoalItem{"2、资金管理", "", "", 0});
  check_value_semantics(BudgetShare{"财政拨款", Money::parse("150"), Decimal::parse("87.5"), 12},
                        BudgetShare{"其他资金", std::nullopt, std::nullopt, 13});
  check_value_semantics(DutyTarget{"科普宣传", "开展科普活动 30 次", "科普经费", Money::parse("15.75"), 20},
                        DutyTarget{"", "保障运转", "基本支出", std::nullopt, 21});
  const DepartmentTable table{project_a(),
                              Money::parse("110.61"),
                              Money::parse("60.8"),
                              {BudgetShare{"财政拨款", Money::parse("171.41"), 100_dec, 12}},
                              {BudgetShare{"基本支出", Money::parse("110.61"), std::nullopt, 14}},
                              {DutyTarget{"科普宣传", "开展科普活动", "科普经费", Money::parse("15.75"), 20}}};
  check_value_semantics(table, DepartmentTable{});
  check_value_semantics(DepartmentGoals{"总体目标", {GoalItem{"1、部门管理", "", "", 60}}, {"措施"}, {table}},
                        DepartmentGoals{});
  check_value_semantics(ContentsEntry{1, "科普经费", 3, 20}, ContentsEntry{2, "学会经费", 0, 21});
  check_value_semantics(
      Document{"张家口市科学技术协会", 2025, {BudgetUnit{"731001", "本级"}},
               DepartmentGoals{"总体目标", {}, {}, {}}, {ContentsEntry{1, "科普经费", 3, 20}}, {project_a()},
               SourceMap{Format::xlsx, {"Sheet1"}, {SourceRun{1, 1, 3}}, {}}},
      Document{});
  check_value_semantics(
      SourceMap{Format::pdf, {"p"}, {SourceRun{1, 2, 1}}, {CellBox{1, 1, Box{0, 0, 10, 10}}}}, SourceMap{});
}

TEST_CASE("Diagnostic") {
  check_value_semantics(Diagnostic{3, 2, Severity::error, DiagnosticCode::cell_unplaced, "a cell outside any table"},
                        Diagnostic{0, 0, Severity::warning, DiagnosticCode::line_skipped, ""});
}
