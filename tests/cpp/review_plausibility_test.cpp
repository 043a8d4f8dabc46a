#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

Document row_value(std::string_view name, std::string_view value) {
  return with([&](Project& p) { set_value(named(p, name), value); });
}

}  // namespace

TEST_CASE("rate_out_of_range: a share above 100 % or below 0") {
  const auto findings = review(row_value("活动达标率", "≥120%"));
  REQUIRE(rules_of(findings) == std::vector{R::rate_out_of_range});
  CHECK(findings[0].severity == Severity::error);
  CHECK(mentions(findings[0], "超过了100%"));
  CHECK(rules_of(row_value("活动达标率", ">100%")) == std::vector{R::rate_out_of_range});
  CHECK(review(row_value("活动达标率", "≥100%")).empty());
  // A growth rate may pass 100 %.
  const Document growth = with([](Project& p) {
    Indicator& row = named(p, "提升公民科学素质");
    row.name = "参与人数增长率";
    set_value(row, "≥150%");
  });
  CHECK(review(growth).empty());
}

TEST_CASE("vacuous_target: a bound every result meets") {
  const Document saving = with([](Project& p) {
    Indicator& row = named(p, "活动达标率");
    row.name = "取暖费用节约率";
    set_value(row, "≤100 百分比");
  });
  const auto findings = review(saving);
  REQUIRE(rules_of(findings) == std::vector{R::direction_against_category, R::vacuous_target});
  CHECK(mentions(findings[1], "没有约束力"));
  CHECK(rules_of(row_value("活动次数", "≥0 次")) == std::vector{R::vacuous_target});
  CHECK(review(row_value("活动次数", "≥1 次")).empty());
}

TEST_CASE("low_satisfaction: a satisfaction target below the floor, which is an option") {
  const auto findings = review(row_value("群众满意度", "≥60%"));
  REQUIRE(rules_of(findings) == std::vector{R::low_satisfaction});
  CHECK(mentions(findings[0], "80%"));
  CHECK(review(row_value("群众满意度", "≥80%")).empty());
  ReviewOptions options;
  options.satisfaction_floor = Decimal(50);
  CHECK(review(row_value("群众满意度", "≥60%"), options).empty());
}

TEST_CASE("target_year: a period or deadline in a year that is not the table's") {
  const auto findings = review(row_value("活动开展时间", "2024 年 1 月-12 月"));
  REQUIRE(rules_of(findings) == std::vector{R::target_year});
  CHECK(mentions(findings[0], "2024"));
  CHECK(mentions(findings[0], "2025"));
  CHECK(rules_of(row_value("活动开展时间", "2026年6月底前")) == std::vector{R::target_year});
  // A year from context (12月15日前) and a year the project's name carries (a carried-over 2024 fund) are fine.
  CHECK(review(row_value("活动开展时间", "12月15日前")).empty());
  const Document carried = with([](Project& p) {
    p.name = "冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金";
    set_value(named(p, "活动开展时间"), "2024年11月15日前");
  });
  CHECK(review(carried).empty());
}
