#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

// The good document with the plan's four milestones (3, 6, 10, 12月底) set to `percents`; an
// empty string leaves a milestone blank.
Document plan(std::vector<std::string_view> percents) {
  return with([&](Project& p) {
    p.spending_plan.milestones.clear();
    const int months[] = {3, 6, 10, 12};
    for (std::size_t k = 0; k < percents.size(); ++k) {
      std::optional<Decimal> percent;
      if (!percents[k].empty()) percent = Decimal::parse(percents[k]);
      p.spending_plan.milestones.push_back(
          milestone(std::to_string(months[k]) + "月底", months[k], percent, 11 + k));
    }
  });
}

}  // namespace

TEST_CASE("a plan that rises to 100 % is fine, however it gets there") {
  CHECK(review(plan({"25", "50", "75", "100"})).empty());
  CHECK(review(plan({"100", "", "", ""})).empty());  // all spent by March
  CHECK(review(plan({"", "100", "", ""})).empty());
  CHECK(review(plan({"40", "80", "100"})).empty());
}

TEST_CASE("plan_scale: percentages a hundred times too large, or written as fractions") {
  const auto findings = review(plan({"", "6000", "9000", "10000"}));
  REQUIRE(rules_of(findings) == std::vector{R::plan_scale});
  CHECK(findings[0].severity == Severity::error);
  CHECK(mentions(findings[0], "6000%、9000%、10000%"));
  CHECK(findings[0].suggestion == "改为60%、90%、100%。");
  CHECK(findings[0].line == 12);

  const auto fractions = review(plan({"0.25", "0.5", "0.75", "1"}));
  REQUIRE(rules_of(fractions) == std::vector{R::plan_scale});
  CHECK(fractions[0].suggestion == "改为25%、50%、75%、100%。");

  // After the scale is corrected the plan is checked as meant: this one also falls.
  CHECK(rules_of(plan({"6000", "5000", "10000"})) == std::vector{R::plan_scale, R::plan_decreasing});
}

TEST_CASE("plan_out_of_range: a cumulative percentage above 100 % or below 0") {
  const auto findings = review(plan({"50", "150"}));
  REQUIRE(rules_of(findings) == std::vector{R::plan_out_of_range});
  CHECK(findings[0].line == 12);
  CHECK(mentions(findings[0], "6月底的累计支出计划为150%"));
  CHECK(rules_of(plan({"-5", "50", "100"})) == std::vector{R::plan_out_of_range});
}

TEST_CASE("plan_decreasing: a cumulative plan that falls") {
  const auto findings = review(plan({"30", "60", "40", "100"}));
  REQUIRE(rules_of(findings) == std::vector{R::plan_decreasing});
  CHECK(findings[0].line == 13);
  CHECK(mentions(findings[0], "从6月底的60%降到10月底的40%"));
}

TEST_CASE("plan_incomplete: the last milestone stays short of 100 %") {
  const auto findings = review(plan({"25", "50", "75"}));
  REQUIRE(rules_of(findings) == std::vector{R::plan_incomplete});
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].line == 13);
  CHECK(mentions(findings[0], "10月底"));
  CHECK(mentions(findings[0], "75%"));
  CHECK(rules_of(plan({"8", "60", "90", ""})) == std::vector{R::plan_incomplete});
}
