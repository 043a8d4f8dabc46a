#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

Document basis(std::string_view name, std::string value) {
  return with([&](Project& p) { named(p, name).basis = std::move(value); });
}

}  // namespace

TEST_CASE("basis_empty: no source for the target value") {
  const auto findings = review(basis("活动次数", ""));
  REQUIRE(rules_of(findings) == std::vector{R::basis_empty});
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].indicator == 0u);
  CHECK(rules_of(basis("活动次数", " / ")) == std::vector{R::basis_empty});
  CHECK(rules_of(basis("活动次数", "无")) == std::vector{R::basis_empty});
}

TEST_CASE("basis_repeats_label: the basis copies the name, the description, the value or the name's tail") {
  const auto by_name = review(basis("提升公民科学素质", "提升公民科学素质"));
  REQUIRE(rules_of(by_name) == std::vector{R::basis_repeats_label});
  CHECK(mentions(by_name[0], "三级指标名称"));
  CHECK(mentions(review(basis("活动次数", "全年活动开展次数"))[0], "绩效指标描述"));
  CHECK(mentions(review(basis("活动次数", "≥10 次"))[0], "指标值"));
  // Labels skip every blank and fold every full-width form, ％ included.
  CHECK(rules_of(basis("提升公民科学素质", "提升公民\u2002科学素质\u200b")) == std::vector{R::basis_repeats_label});
  CHECK(mentions(review(basis("群众满意度", "≥９５％"))[0], "指标值"));  // the value is ≥95%
  // 满意度 as the basis of 群众满意度 names the measure, not where 95 % comes from.
  CHECK(rules_of(basis("群众满意度", "满意度")) == std::vector{R::basis_repeats_label});

  // A real source that shares words with the name is fine.
  CHECK(review(basis("群众满意度", "群众满意度调查")).empty());
  CHECK(review(basis("活动达标率", "活动")).empty());
}
