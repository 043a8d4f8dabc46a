// Relevance: the goals against the indicators (src/review/relevance.cpp). The good project's goal
// is measured by its indicators and promises no figure; each case adds the goals it needs.

#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

// The good project with these goals after its own.
Document with_goals(std::vector<std::string> goals) {
  return with([&](Project& p) { p.goals.insert(p.goals.end(), goals.begin(), goals.end()); });
}

std::vector<RuleId> rules_with_goals(std::vector<std::string> goals) { return rules_of(with_goals(std::move(goals))); }

}  // namespace

TEST_CASE("goal_indicator_conflict: a goal promises a figure its indicator contradicts") {
  const Document promised = with_goals({"通过开展 5 次科普活动，扩大科普影响力。"});
  const auto findings = review(promised);
  REQUIRE(rules_of(findings) == std::vector{R::goal_indicator_conflict});
  CHECK(findings[0].severity == Severity::warning);
  CHECK(names_of(promised, findings[0]).indicator_name == "活动次数");
  CHECK(findings[0].line == 20);  // the indicator's row
  CHECK(findings[0].message ==
        "绩效目标第2条“通过开展5次科普活动”中的“5次”与指标“活动次数”的指标值“≥10 次”矛盾，两者不能同时达到。");

  SUBCASE("units convert through the registry: 万人 and 人, 万元 and 元") {
    CHECK(rules_with_goals({"提升公民科学素质辐射 30000 人"}) == std::vector{R::goal_indicator_conflict});
    CHECK(rules_with_goals({"提升公民科学素质辐射 40000 人"}).empty());
    CHECK(rules_with_goals({"科普讲座预算 30000 元"}) == std::vector{R::goal_indicator_conflict});
    CHECK(rules_with_goals({"科普讲座预算 20000 元"}).empty());
  }
  SUBCASE("the goal's comparator words count: ≥85% and ≥95% can both hold, =85% and ≥95% cannot") {
    CHECK(rules_with_goals({"群众满意度达到 85%以上"}).empty());
    CHECK(rules_with_goals({"群众满意度 85%"}) == std::vector{R::goal_indicator_conflict});
    CHECK(rules_with_goals({"开展不超过 8 次科普活动"}) == std::vector{R::goal_indicator_conflict});
    CHECK(rules_with_goals({"开展不少于 8 次科普活动"}).empty());
  }
  SUBCASE("a range target accepts its bounds") {
    const Document d = with([](Project& p) {
      set_value(named(p, "活动次数"), "10-20 次");
      p.goals.push_back("开展 20 次科普活动");
    });
    CHECK(review(d).empty());
    const Document more = with([](Project& p) {
      set_value(named(p, "活动次数"), "10-20 次");
      p.goals.push_back("开展 21 次科普活动");
    });
    CHECK(rules_of(more) == std::vector{R::goal_indicator_conflict});
  }
  SUBCASE("silent: the figures agree, written any way") {
    CHECK(rules_with_goals({"开展 12 次科普活动"}).empty());
    CHECK(rules_with_goals({"开展１０次科普活动"}).empty());  // full-width digits
    CHECK(rules_with_goals({"开展 1 0 次科普活动"}).empty());  // spaces from PDF extraction
  }
  SUBCASE("silent: no indicator, or more than one, measures the figure") {
    CHECK(rules_with_goals({"开展 5 场科普活动"}).empty());    // 场 is not 次
    CHECK(rules_with_goals({"组织 5 次专家讲座"}).empty());    // no name word of 活动次数
    // The name words are the figure's clause's: another clause may speak of something else.
    CHECK(rules_with_goals({"辐射 30000 人，提升公民科学素质"}).empty());
    const Document two = with([](Project& p) {
      p.indicators.push_back(row(Level1::产出指标, Level2::数量指标, "培训活动次数", "培训活动开展次数", "≥20 次",
                                 "市科协 2025 年工作安排", 28));
      p.goals.push_back("开展 5 次科普活动");
    });
    CHECK(review(two).empty());  // 活动次数 and 培训活动次数 both share 活动: no guess
  }
  SUBCASE("silent: what is not a promised amount") {
    CHECK(rules_with_goals({"每月开展 5 次科普活动"}).empty());        // per unit
    CHECK(rules_with_goals({"开展约 5 次科普活动"}).empty());          // approximate
    CHECK(rules_with_goals({"开展 5 次左右科普活动"}).empty());
    CHECK(rules_with_goals({"开展 5-8 次科普活动"}).empty());          // a range
    CHECK(rules_with_goals({"举办第 5 次科普活动"}).empty());          // an ordinal
    CHECK(rules_with_goals({"2025 年 5 月开展科普活动"}).empty());     // a date
    CHECK(rules_with_goals({"提升公民科学素质辐射 2025 人才"}).empty());  // a year, though 人 follows
    CHECK(rules_with_goals({"依据 2016.2.29 讨论稿开展科普活动"}).empty());
  }
  SUBCASE("switched off") {
    ReviewOptions options;
    options.rule(R::goal_indicator_conflict).enabled = false;
    CHECK(review(with_goals({"通过开展 5 次科普活动"}), options).empty());
  }
}

TEST_CASE("goal_repeated_sentence: the same sentence twice in the goals") {
  const auto findings = review(with_goals({"强化典型示范引领，深入宣传优秀科技人才先进事迹；强化典型示范引领，深入宣传优秀科技人才先进事迹。"}));
  REQUIRE(rules_of(findings) == std::vector{R::goal_repeated_sentence});
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].line == 5);  // the project's title line
  CHECK(findings[0].message == "绩效目标第2条把同一句写了两遍：“强化典型示范引领，深入宣传优秀科技人才先进事迹”。");

  SUBCASE("across goals, with white space, punctuation and full-width forms folded; reported once") {
    const auto across = review(with_goals({"提升科技服务能力，服务１０个村", "提升 科技服务能力 , 服务10个村。"}));
    REQUIRE(rules_of(across) == std::vector{R::goal_repeated_sentence});
    CHECK(mentions(across[0], "绩效目标第2条和第3条重复了同一句"));
    CHECK(rules_with_goals({"提升科技服务能力", "提升科技服务能力", "提升科技服务能力"}) ==
          std::vector{R::goal_repeated_sentence});
  }
  SUBCASE("中期目标 on their own") {
    const Document d = with([](Project& p) { p.medium_term_goals = {"建成科普示范基地。", "建成科普示范基地。"}; });
    const auto medium = review(d);
    REQUIRE(rules_of(medium) == std::vector{R::goal_repeated_sentence});
    CHECK(mentions(medium[0], "中期目标第1条和第2条"));
    // The year's goal may repeat the period's: the year is part of the period.
    CHECK(review(with([](Project& p) { p.medium_term_goals = p.goals; })).empty());
  }
  SUBCASE("silent: different sentences, and stand-ins") {
    CHECK(rules_with_goals({"提升科技服务能力", "提升科技服务水平"}).empty());
    CHECK(rules_with_goals({"无；无"}).empty());
  }
}

TEST_CASE("goal_unmeasured: a goal that no indicator names, reported as info") {
  const auto findings = review(with_goals({"完善图书馆借阅制度。"}));
  REQUIRE(rules_of(findings) == std::vector{R::goal_unmeasured});
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].line == 5);
  CHECK(findings[0].message == "绩效目标第2条“完善图书馆借阅制度。”没有指标衡量：没有一个指标的名称或描述提到它的内容。");

  SUBCASE("silent: a name word in an indicator's name or description") {
    CHECK(rules_with_goals({"提升科普讲座质量"}).empty());   // 科普讲座预算成本
    CHECK(rules_with_goals({"提高科学素质"}).empty());       // 提升公民科学素质
  }
  SUBCASE("a pair beside a generic word is no name word: 科技工作者 has 科技, not 作者") {
    const Document d = with([](Project& p) {
      p.indicators.push_back(row(Level1::满意度指标, Level2::服务对象满意度指标, "科技工作者满意度",
                                 "科技工作者对服务的满意度", "≥90%", "市科协满意度调查", 28));
      p.goals.push_back("培育作者队伍");
    });
    CHECK(rules_of(d) == std::vector{R::goal_unmeasured});
  }
  SUBCASE("silent: generic words only, or the project's only goal") {
    CHECK(rules_with_goals({"做好相关工作，确保按时完成"}).empty());
    CHECK(review(with([](Project& p) { p.goals = {"完善图书馆借阅制度。"}; })).empty());
  }
  SUBCASE("the generic words are an option") {
    CHECK(rules_with_goals({"提高科学文化素养"}).empty());  // 科学, as 提升公民科学素质
    ReviewOptions options;
    options.generic_words.push_back("科学");
    CHECK(rules_of(with_goals({"提高科学文化素养"}), options) == std::vector{R::goal_unmeasured});
  }
}

TEST_CASE("relevance: a redacted table is not read") {
  const Document d = with([](Project& p) {
    p.redacted = true;
    p.goals = {"通过开展 5 次科普活动。通过开展 5 次科普活动。", "完善图书馆借阅制度。"};
  });
  CHECK(rules_of(d) == std::vector{R::redacted});
}
