#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

// The good document with the 效益 row's value replaced.
Document benefit_value(std::string_view value, std::string description = "本单位提升公民科学素质工作辐射人数") {
  return with([&](Project& p) {
    Indicator& row = named(p, "提升公民科学素质");
    row.description = description;
    set_value(row, value);
  });
}

}  // namespace

TEST_CASE("target_repeats_label: the value copies the name or the description") {
  const auto by_name = review(benefit_value("提升公民科学素质"));
  REQUIRE(rules_of(by_name) == std::vector{R::target_repeats_label});
  CHECK(by_name[0].severity == Severity::error);
  CHECK(mentions(by_name[0], "三级指标名称"));
  CHECK(by_name[0].indicator == 6u);
  CHECK(by_name[0].line == 26);

  const auto by_description = review(benefit_value("本单位提升公民科学素质工作辐射人数"));
  REQUIRE(rules_of(by_description) == std::vector{R::target_repeats_label});
  CHECK(mentions(by_description[0], "绩效指标描述"));

  // Spaces and a full stop from extraction do not hide the copy.
  CHECK(rules_of(benefit_value("提升公民 科学素质。")) == std::vector{R::target_repeats_label});
}

TEST_CASE("target_not_measurable: a phrase with no figure, no grade and no standard") {
  const auto findings = review(benefit_value("科普宣传"));
  REQUIRE(rules_of(findings) == std::vector{R::target_not_measurable});
  CHECK(mentions(findings[0], "“科普宣传”"));
  // A standard to meet, or a grade, can be checked as yes or no.
  CHECK(review(benefit_value("符合“八有标准”")).empty());
  CHECK(review(benefit_value("无重大安全事故")).empty());
}

TEST_CASE("vague_target: an improvement with no baseline") {
  for (std::string_view value : {"进一步提升", "较上年度提升", "进一步密切服务我市科技工作者", "效果明显"}) {
    CAPTURE(value);
    const auto findings = review(benefit_value(value, "提升公民科学素质工作成效"));
    REQUIRE(rules_of(findings) == std::vector{R::vague_target});
    CHECK(findings[0].severity == Severity::warning);
  }
  // A figure in the description is the baseline the phrase is measured against; a year is not.
  CHECK(review(benefit_value("较上年度提升", "上年辐射 3.5 万人，本年较上年提升")).empty());
  CHECK(rules_of(benefit_value("较上年度提升", "2025 年较上年提升")) == std::vector{R::vague_target});
  // The word list is an option.
  ReviewOptions options;
  options.vague_words = {"进一步"};
  CHECK(rules_of(benefit_value("较上年度提升", "提升公民科学素质工作成效"), options) == std::vector{R::target_not_measurable});
}

TEST_CASE("target_reference: a value that points to a figure decided elsewhere") {
  Document bad = with([](Project& p) {
    Indicator& row = named(p, "活动次数");
    row.name = "补助示范单位数量";
    row.description = "按照省科协实际评选出的各地示范单位数量进行补助";
    set_value(row, "省科协实际评选出的各地示范单位数量");
  });
  REQUIRE(named(bad.projects[0], "补助示范单位数量").target.kind() == TargetKind::reference);
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::target_reference});
  CHECK(mentions(findings[0], "省科协实际评选出的各地示范单位数量"));
}

TEST_CASE("target_unparsed: figures the grammar cannot read") {
  const Document bad = with([](Project& p) {
    Indicator& row = named(p, "活动次数");
    row.target = Target("10次或20次", Unparsed{"two values"});
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::target_unparsed});
  CHECK(mentions(findings[0], "two values"));
}
