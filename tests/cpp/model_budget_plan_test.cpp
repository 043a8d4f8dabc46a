// SpendingPlan::planned_by and Budget::sum_of_sources.

#include <jixiao/budget.hpp>
#include <jixiao/plan.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

Milestone milestone(std::string label, int month, std::optional<Decimal> percent) {
  return Milestone{std::move(label), month, std::move(percent), 0, std::nullopt};
}

}  // namespace

TEST_CASE("planned_by takes the latest milestone with a value at or before the month") {
  // 3月底 25%, 6月底 50%, 10月底 75%, 12月底 not filled in.
  const SpendingPlan plan{{milestone("3月底", 3, 25_dec), milestone("6月底", 6, 50_dec),
                           milestone("10月底", 10, 75_dec), milestone("12月底", 12, std::nullopt)}};
  CHECK_FALSE(plan.planned_by(0).has_value());
  CHECK_FALSE(plan.planned_by(2).has_value());
  CHECK(plan.planned_by(3) == 25_dec);
  CHECK(plan.planned_by(5) == 25_dec);
  CHECK(plan.planned_by(6) == 50_dec);
  CHECK(plan.planned_by(9) == 50_dec);
  CHECK(plan.planned_by(10) == 75_dec);
  CHECK(plan.planned_by(12) == 75_dec);
}

TEST_CASE("planned_by keeps the percent as written") {
  const SpendingPlan plan{{milestone("6月底", 6, Decimal::parse("37.50"))}};
  REQUIRE(plan.planned_by(7).has_value());
  CHECK(plan.planned_by(7)->to_string() == "37.50");
}

TEST_CASE("planned_by does not rely on column order and skips milestones without a month") {
  const SpendingPlan plan{{milestone("9月底", 9, 80_dec), milestone("全年", 0, 100_dec),
                           milestone("6月底", 6, 40_dec)}};
  CHECK(plan.planned_by(7) == 40_dec);
  CHECK(plan.planned_by(11) == 80_dec);
  CHECK(plan.planned_by(12) == 80_dec);
}

TEST_CASE("planned_by on an empty plan") {
  const SpendingPlan plan;
  CHECK(plan.empty());
  CHECK_FALSE(plan.planned_by(12).has_value());
  const SpendingPlan unfilled{{milestone("3月底", 3, std::nullopt)}};
  CHECK_FALSE(unfilled.empty());
  CHECK_FALSE(unfilled.planned_by(12).has_value());
}

TEST_CASE("sum_of_sources adds the stated parts exactly") {
  Budget budget{Money::parse("40.48"), Money::parse("40.4822"), Money::parse("0.0078")};
  REQUIRE(budget.sum_of_sources().has_value());
  CHECK(*budget.sum_of_sources() == Money::parse("40.49"));
  CHECK(budget.sum_of_sources()->wan().to_string() == "40.4900");
}

TEST_CASE("sum_of_sources counts a missing part as 0 but not two missing parts") {
  CHECK(Budget{std::nullopt, Money::parse("15.75"), std::nullopt}.sum_of_sources() == Money::parse("15.75"));
  CHECK(Budget{std::nullopt, std::nullopt, Money::parse("3")}.sum_of_sources() == Money::parse("3"));
  CHECK_FALSE(Budget{Money::parse("15.75"), std::nullopt, std::nullopt}.sum_of_sources().has_value());
  // A stated 0 is a figure, unlike an empty cell.
  const auto zero = Budget{std::nullopt, Money::parse("0"), std::nullopt}.sum_of_sources();
  REQUIRE(zero.has_value());
  CHECK(zero->is_zero());
}
