// The year-over-year rules: a 2024 table beside its 2025 successor, both built here. The 2025 table
// is the fixtures' good project; the 2024 one starts as its copy a year earlier, so no rule fires
// until a test changes a figure.

#include <jixiao/compare.hpp>

#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

// The good project as the unit wrote it a year earlier: the same targets and budget.
Project last_year() {
  Project p = good_project();
  p.code = "13070024P00000410006W";
  p.name = "2024 开展科技工作者助力乡村振兴经费";
  p.title = "2024 开展科技工作者助力乡村振兴经费绩效目标表";
  for (Indicator& i : p.indicators) {
    std::string value = i.target.raw.str();
    if (const auto at = value.find("2025"); at != std::string::npos) value.replace(at, 4, "2024");
    i.target = parse_target(value, {2024, i.name, i.description});
  }
  return p;
}

struct Years {
  Document old_document = document_of({last_year()});
  Document new_document = good_document();

  std::vector<Finding> findings(const ReviewOptions& options = {}) const {
    return review(compare(old_document, new_document), old_document, new_document, options);
  }
  Project& before() { return old_document.projects.front(); }
  Project& now() { return new_document.projects.front(); }
};

void set_budget(Project& p, const char* amount) { p.budget.total = p.budget.fiscal = wan(amount); }

}  // namespace

TEST_CASE("year over year: a project copied a year later, budget and all, is fine") {
  Years y;
  CHECK(y.findings().empty());
  // And one document holding both years reviews the same.
  const Document both = document_of({last_year(), good_project()});
  CHECK(review(compare(both), both, both).empty());
}

TEST_CASE("targets_lowered_budget_rose: a target made easier while the budget grew") {
  Years y;
  set_budget(y.before(), "15.75");
  set_value(named(y.before(), "活动次数"), "≥30 次");
  const auto findings = y.findings();
  REQUIRE(rules_of(findings) == std::vector{R::targets_lowered_budget_rose});
  const Finding& f = findings[0];
  CHECK(f.severity == Severity::warning);
  CHECK(f.project == 0u);
  CHECK(f.indicator == 0u);
  CHECK(names_of(y.new_document, f).indicator_name == "活动次数");
  CHECK(indicator_of(y.new_document, f) == &y.now().indicators[0]);
  CHECK_FALSE(f.previous_indicator);
  CHECK(f.line == 20);
  CHECK(f.message ==
        "预算由15.75万元增至16.63万元（+5.59%），“活动次数”的指标值却由“≥30 次”降为“≥10 次”（上年项目“2024 "
        "开展科技工作者助力乡村振兴经费”）。");

  // Silent: the budget did not grow; a cost limit that grew with the budget; a target raised.
  Years same_budget;
  set_value(named(same_budget.before(), "活动次数"), "≥30 次");
  CHECK(same_budget.findings().empty());
  Years cost;
  set_budget(cost.before(), "15.75");
  set_value(named(cost.before(), "乡村振兴服务预算成本"), "≤11.75 万元");
  CHECK(cost.findings().empty());
  Years raised;
  set_budget(raised.before(), "15.75");
  set_value(named(raised.before(), "活动次数"), "≥8 次");
  CHECK(raised.findings().empty());
}

TEST_CASE("targets_copied: every target as last year's though the budget moved by more than the share") {
  Years y;
  set_budget(y.before(), "12");  // 12 → 16.63: +38.58 %
  const auto findings = y.findings();
  REQUIRE(rules_of(findings) == std::vector{R::targets_copied});
  CHECK(findings[0].line == 5);  // the project's title
  CHECK_FALSE(findings[0].indicator);
  CHECK(mentions(findings[0], "预算由12万元增至16.63万元（+38.58%），变动超过20%"));
  CHECK(mentions(findings[0], "“活动次数”、“活动达标率”、“科普讲座预算成本”"));
  // The share is an option.
  ReviewOptions wide;
  wide.copied_budget_share = 40;
  CHECK(y.findings(wide).empty());

  // Silent: a budget within the share; one target that moved with the money.
  Years near;
  set_budget(near.before(), "15");  // +10.87 %
  CHECK(near.findings().empty());
  Years moved;
  set_budget(moved.before(), "12");
  set_value(named(moved.before(), "活动次数"), "≥8 次");
  CHECK(moved.findings().empty());
}

TEST_CASE("relative_target_known: 较上年提升 where last year's target was a figure") {
  Years y;
  set_value(named(y.now(), "提升公民科学素质"), "较上年度提升");
  const auto findings = y.findings();
  REQUIRE(rules_of(findings) == std::vector{R::relative_target_known});
  CHECK(findings[0].severity == Severity::info);
  CHECK(names_of(y.new_document, findings[0]).indicator_name == "提升公民科学素质");
  CHECK(mentions(findings[0], "而上年项目“2024 开展科技工作者助力乡村振兴经费”中“提升公民科学素质”的指标值是“≥4 万人”"));
  CHECK(findings[0].suggestion == "写出今年的具体目标值，如高于上年的“≥4 万人”。");

  // Silent: last year's target was a phrase too; a phrase that is not relative to last year.
  Years vague;
  set_value(named(vague.before(), "提升公民科学素质"), "进一步提升");
  set_value(named(vague.now(), "提升公民科学素质"), "较上年度提升");
  CHECK(vague.findings().empty());
  Years other;
  set_value(named(other.now(), "提升公民科学素质"), "进一步提升");
  CHECK(other.findings().empty());
}

TEST_CASE("heaviest_indicator_dropped: last year's heaviest indicator is gone") {
  Years y;
  const auto weigh = [](Project& p, std::vector<int> weights) {
    for (std::size_t k = 0; k < weights.size(); ++k) p.indicators[k].weight = Decimal(weights[k]);
  };
  weigh(y.before(), {30, 10, 10, 10, 10, 10, 10, 10});
  y.now().indicators.erase(y.now().indicators.begin());  // 活动次数
  const auto findings = y.findings();
  REQUIRE(rules_of(findings) == std::vector{R::heaviest_indicator_dropped});
  // Gone from this year's table: named by last year's, which names_of then needs.
  CHECK_FALSE(findings[0].indicator);
  CHECK(findings[0].previous_project == 0u);
  CHECK(findings[0].previous_indicator == 0u);
  CHECK(previous_indicator_of(y.old_document, findings[0]) == &y.before().indicators[0]);
  CHECK(names_of(y.new_document, findings[0], &y.old_document).indicator_name == "活动次数");
  CHECK(names_of(y.new_document, findings[0], &y.old_document).project_name == y.now().name);
  CHECK_THROWS_AS(names_of(y.new_document, findings[0]), Error);
  CHECK(mentions(findings[0], "中权重最大的指标“活动次数”（权重30，占权重合计100的30.00%）今年已删去"));

  // Silent: another indicator dropped; the heaviest shares its weight; no weights stated.
  Years other;
  weigh(other.before(), {30, 10, 10, 10, 10, 10, 10, 10});
  other.now().indicators.erase(other.now().indicators.begin() + 1);
  CHECK(other.findings().empty());
  Years tie;
  weigh(tie.before(), {30, 30, 10, 10, 5, 5, 5, 5});
  tie.now().indicators.erase(tie.now().indicators.begin());
  CHECK(tie.findings().empty());
  Years unweighted;
  unweighted.now().indicators.erase(unweighted.now().indicators.begin());
  CHECK(unweighted.findings().empty());
}

TEST_CASE("year-over-year rules can be switched off and re-graded; mismatched documents are refused") {
  Years y;
  set_budget(y.before(), "15.75");
  set_value(named(y.before(), "活动次数"), "≥30 次");
  ReviewOptions options;
  options.rule(R::targets_lowered_budget_rose).severity = Severity::error;
  REQUIRE(y.findings(options).size() == 1);
  CHECK(y.findings(options)[0].severity == Severity::error);
  options.rule(R::targets_lowered_budget_rose).enabled = false;
  CHECK(y.findings(options).empty());
  CHECK(rule_info(R::heaviest_indicator_dropped).family == RuleFamily::year_over_year);

  const YearOverYear c = compare(y.old_document, y.new_document);
  CHECK_THROWS_AS(review(c, Document{}, y.new_document), Error);
}
