#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

Document row_value(std::string_view name, std::string_view value) {
  return with([&](Project& p) { set_value(named(p, name), value); });
}

}  // namespace

TEST_CASE("direction_against_category: ≤ on a quantity, a benefit or a satisfaction; ≥ on a cost") {
  const auto satisfaction = review(row_value("群众满意度", "≤90 百分比"));
  REQUIRE(rules_of(satisfaction) == std::vector{R::direction_against_category});
  CHECK(satisfaction[0].severity == Severity::error);
  CHECK(mentions(satisfaction[0], "服务对象满意度指标"));
  CHECK(satisfaction[0].suggestion == "改为“≥90百分比”。");

  CHECK(rules_of(row_value("活动次数", "≤50 场")) == std::vector{R::direction_against_category});
  CHECK(rules_of(row_value("提升公民科学素质", "<4 万人")) == std::vector{R::direction_against_category});

  const auto cost = review(row_value("科普讲座预算成本", "≥2 万元"));
  REQUIRE(rules_of(cost) == std::vector{R::direction_against_category});
  CHECK(mentions(cost[0], "上限"));
}

TEST_CASE("direction_against_category stays silent where less is better or the direction is open") {
  // Names where less is better, caps of time, 时效 either way, bare values.
  const Document complaints = with([](Project& p) {
    Indicator& row = named(p, "活动达标率");
    row.name = "群众投诉率";
    set_value(row, "≤5%");
  });
  CHECK(review(complaints).empty());
  CHECK(review(row_value("活动开展时间", "≤30 天")).empty());
  CHECK(review(row_value("活动次数", "10 次")).empty());
}

TEST_CASE("direction_against_category stays silent where the table states the comparator's direction") {
  // Fewer inspections of firms is better; without the stated 反向 the rule reports the cap.
  Document stated = with([](Project& p) {
    Indicator& row = named(p, "活动次数");
    row.name = "入户检查次数";
    set_value(row, "≤2 次");
  });
  CHECK(rules_of(stated) == std::vector{R::direction_against_category});
  stated.projects[0].indicators[0].direction = Direction::reverse;  // 指标方向性: 反向指标
  CHECK(review(stated).empty());
  const Document stated_cost = with([](Project& p) {
    Indicator& row = named(p, "科普讲座预算成本");
    set_value(row, "≥2 万元");
    row.direction = Direction::forward;
  });
  CHECK(rules_of(stated_cost) == std::vector<RuleId>{});
}

TEST_CASE("direction_against_comparator: a stated 正向 on a cap, a stated 反向 on a floor") {
  const Document forward_cap = with([](Project& p) {
    Indicator& row = named(p, "科普讲座预算成本");
    row.direction = Direction::forward;
  });
  const auto findings = review(forward_cap);
  REQUIRE(rules_of(findings) == std::vector{R::direction_against_comparator});
  CHECK(findings[0].severity == Severity::warning);
  CHECK(names_of(forward_cap, findings[0]).indicator_name == "科普讲座预算成本");
  CHECK(mentions(findings[0], "正向"));
  CHECK(mentions(findings[0], "上限"));
  CHECK(findings[0].suggestion == "改为“≥2万元”，或把指标方向性改为“反向”。");

  const Document reverse_floor = with([](Project& p) { named(p, "活动次数").direction = Direction::reverse; });
  const auto floor = review(reverse_floor);
  REQUIRE(rules_of(floor) == std::vector{R::direction_against_comparator});
  CHECK(mentions(floor[0], "下限"));
}

TEST_CASE("direction_against_comparator stays silent when they agree, or nothing is compared or written") {
  CHECK(review(with([](Project& p) { named(p, "活动次数").direction = Direction::forward; })).empty());
  CHECK(review(with([](Project& p) { named(p, "科普讲座预算成本").direction = Direction::reverse; })).empty());
  // A bare value and a period take the stated direction; there is no comparator to contradict.
  CHECK(review(with([](Project& p) { named(p, "活动达标率").direction = Direction::reverse; })).empty());
  CHECK(review(with([](Project& p) { named(p, "活动开展时间").direction = Direction::reverse; })).empty());
}

TEST_CASE("rate_unit: a share measured in money, a count or people") {
  const Document bad = with([](Project& p) {
    Indicator& row = named(p, "活动达标率");
    row.name = "资金到位率";
    row.description = "到位资金占预算的比例";
    set_value(row, "16.63 万元");
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::rate_unit});
  CHECK(mentions(findings[0], "金额"));
  CHECK(rules_of(row_value("群众满意度", "≥95 人")) == std::vector{R::rate_unit});
  // A score is a way to grade satisfaction; 频率 is not a share.
  CHECK(review(row_value("群众满意度", "≥90 分")).empty());
  const Document frequency = with([](Project& p) {
    Indicator& row = named(p, "活动次数");
    row.name = "巡查频率";
    set_value(row, "≥4 次");
  });
  CHECK(review(frequency).empty());
}

TEST_CASE("count_percent: a count, or a 数量指标 that is not a share, given as a percentage") {
  const auto findings = review(row_value("活动次数", "100%"));
  REQUIRE(rules_of(findings) == std::vector{R::count_percent});
  CHECK(mentions(findings[0], "“活动次数”是数量"));

  const Document report = with([](Project& p) {
    Indicator& row = named(p, "活动次数");
    row.name = "调研报告、决策咨询报告";
    set_value(row, "100%");
  });
  const auto found = review(report);
  REQUIRE(rules_of(found) == std::vector{R::count_percent});
  CHECK(mentions(found[0], "数量指标"));

  const Document coverage = with([](Project& p) {
    Indicator& row = named(p, "活动次数");
    row.name = "乡镇覆盖率";
    set_value(row, "≥90%");
  });
  CHECK(review(coverage).empty());
}

TEST_CASE("cost_unit: a cost that is not an amount of money") {
  const auto findings = review(row_value("科普讲座预算成本", "≤20 次"));
  // The cost parts no longer add up to the budget either.
  REQUIRE(rules_of(findings) == std::vector{R::cost_unit, R::cost_under_budget});
  CHECK(mentions(findings[0], "不是金额"));
  // ≤2万 (a lone 万) in a 万元 table is money.
  CHECK(review(row_value("科普讲座预算成本", "≤2万")).empty());
}
