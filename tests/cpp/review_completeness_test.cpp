#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

TEST_CASE("a complete, consistent table has no finding, in either tree") {
  CHECK(review(good_document()).empty());
  CHECK(review(document_of({good_project_101()})).empty());
  CHECK(detect_tree(good_document()) == IndicatorTree::classic);
  CHECK(detect_tree(document_of({good_project_101()})) == IndicatorTree::guideline_101);
}

TEST_CASE("missing_level1: a required 一级 is absent") {
  const Document bad = with([](Project& p) {
    std::erase_if(p.indicators, [](const Indicator& i) { return i.level1 == Level1::满意度指标; });
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::missing_level1});
  CHECK(findings[0].severity == Severity::error);
  CHECK(mentions(findings[0], "满意度指标"));
  CHECK(findings[0].line == 5);  // the project's title line
  CHECK(findings[0].project == 0u);
  CHECK(!findings[0].indicator);

  SUBCASE("101号 also requires 成本指标 as a 一级") {
    Project p = good_project_101();
    std::erase_if(p.indicators, [](const Indicator& i) { return i.level1 == Level1::成本指标; });
    // Another project keeps the document in 101号.
    Project other = good_project_101();
    other.code = "13070025P00004210001T";
    const auto found = review(document_of({p, other}));
    REQUIRE(rules_of(found) == std::vector{R::missing_level1});
    CHECK(mentions(found[0], "成本指标"));
  }
}

TEST_CASE("missing_level2: a required 二级 is absent under a present 一级") {
  const Document bad = with([](Project& p) {
    std::erase_if(p.indicators, [](const Indicator& i) { return i.level2 == Level2::质量指标; });
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::missing_level2});
  CHECK(findings[0].severity == Severity::warning);
  CHECK(mentions(findings[0], "质量指标"));
  CHECK(findings[0].line == 20);  // the first row of 产出指标

  SUBCASE("the required list is an option") {
    ReviewOptions options;
    std::erase(options.required_level2_classic, Level2::质量指标);
    CHECK(review(bad, options).empty());
  }
  SUBCASE("in 101号 the economic cost is required, and a plain 成本指标 二级 stands for it") {
    Project p = good_project_101();
    for (Indicator& i : p.indicators)
      if (i.level2 == Level2::经济成本指标) i.level2 = Level2::社会成本指标, i.level2_text = "社会成本指标";
    CHECK(rules_of(document_of({p})) == std::vector{R::missing_level2});
    for (Indicator& i : p.indicators)
      if (i.level2 == Level2::社会成本指标) i.level2 = Level2::成本指标, i.level2_text = "成本指标";
    CHECK(review(document_of({p})).empty());
  }
}

TEST_CASE("level_not_in_tree: an unknown heading, or one of the other tree") {
  const Document bad = with([](Project& p) {
    p.indicators[6].level2 = Level2::其他;
    p.indicators[6].level2_text = "政治效益指标";
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::level_not_in_tree});
  CHECK(mentions(findings[0], "政治效益指标"));
  CHECK(findings[0].indicator == 6u);

  SUBCASE("a 101号 一级 in a document declared classic") {
    ReviewOptions options;
    options.tree = IndicatorTree::classic;
    const auto found = rules_of(document_of({good_project_101()}), options);
    CHECK(std::count(found.begin(), found.end(), R::level_not_in_tree) == 2);  // 成本指标 一级, 经济成本指标 二级
  }
  SUBCASE("reported once per heading") {
    const Document twice = with([](Project& p) {
      for (std::size_t i : {0u, 1u}) p.indicators[i].level1 = Level1::其他, p.indicators[i].level1_text = "产品指标";
    });
    const auto found = rules_of(twice);
    CHECK(std::count(found.begin(), found.end(), R::level_not_in_tree) == 1);
  }
}

TEST_CASE("misplaced_level2: a 二级 under a 一级 it does not belong to") {
  const Document bad = with([](Project& p) {
    p.indicators[6].level1 = Level1::产出指标;
    p.indicators[6].level1_text = "产出指标";
  });
  const auto findings = review(bad);
  // Moving the only 效益 row away also leaves 效益指标 missing.
  REQUIRE(rules_of(findings) == std::vector{R::missing_level1, R::misplaced_level2});
  CHECK(mentions(findings[1], "社会效益指标"));
  CHECK(mentions(findings[1], "效益指标"));
}

TEST_CASE("empty_cell: required cells left empty or holding a stand-in") {
  const Document bad = with([](Project& p) {
    p.indicators[0].target = parse_target("");
    p.indicators[1].name = "";
    set_value(p.indicators[2], "/");
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::empty_cell, R::empty_cell, R::empty_cell});
  CHECK(mentions(findings[0], "指标值"));
  CHECK(mentions(findings[1], "三级指标"));
  CHECK(mentions(findings[2], "“/”"));

  SUBCASE("project code and name") {
    const auto found = review(with([](Project& p) { p.code = " "; }));
    REQUIRE(rules_of(found) == std::vector{R::empty_cell});
    CHECK(mentions(found[0], "项目编码"));
  }
}

TEST_CASE("description_repeats_name: one finding for the rows whose description only repeats the name") {
  const Document bad = with([](Project& p) {
    for (std::size_t i : {1u, 7u}) p.indicators[i].description = " " + p.indicators[i].name.str();
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::description_repeats_name});
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].line == 21);
  CHECK(mentions(findings[0], "2个指标"));
  CHECK(mentions(findings[0], "活动达标率、群众满意度"));
}

TEST_CASE("missing_budget, missing_plan, missing_goals, missing_use_of_funds") {
  CHECK(rules_of(with([](Project& p) { p.budget = {}; })) == std::vector{R::missing_budget});
  CHECK(rules_of(with([](Project& p) {
          for (Milestone& m : p.spending_plan.milestones) m.percent.reset();
        })) == std::vector{R::missing_plan});
  CHECK(rules_of(with([](Project& p) { p.spending_plan = {}; })) == std::vector{R::missing_plan});
  CHECK(rules_of(with([](Project& p) { p.goals = {" "}; })) == std::vector{R::missing_goals});
  CHECK(rules_of(with([](Project& p) { p.use_of_funds = {}; })) == std::vector{R::missing_use_of_funds});
}

TEST_CASE("duplicate_indicator: two rows with one name, told apart only by their line") {
  const Document bad = with([](Project& p) {
    Indicator copy = p.indicators[0];
    copy.name = "活动 次数";  // spaces from PDF extraction do not make a new name
    copy.description = "全年会议次数";
    copy.line = 28;
    p.indicators.insert(p.indicators.begin() + 1, copy);
  });
  const auto findings = review(bad);
  REQUIRE(rules_of(findings) == std::vector{R::duplicate_indicator});
  CHECK(findings[0].line == 28);
  CHECK(mentions(findings[0], "第20行"));

  SUBCASE("a third row with the name refers to the first as well") {
    Document three = bad;
    Indicator again = three.projects[0].indicators[0];
    again.line = 29;
    three.projects[0].indicators.push_back(again);
    const auto found = review(three);
    REQUIRE(rules_of(found) == std::vector{R::duplicate_indicator, R::duplicate_indicator});
    CHECK(mentions(found[1], "第20行"));
  }
}

TEST_CASE("duplicate_project_code: two projects with one code") {
  Project second = good_project();
  second.name = "2025 科普经费";
  second.line = 50;
  const auto findings = review(document_of({good_project(), second}));
  REQUIRE(rules_of(findings) == std::vector{R::duplicate_project_code});
  CHECK(findings[0].project == 1u);
  CHECK(findings[0].line == 50);
  CHECK(mentions(findings[0], "第1个项目"));
  second.code = "13070025P00004210001T";
  CHECK(review(document_of({good_project(), second})).empty());
}

TEST_CASE("redacted: a 涉密 table or cell is reported as info and its content left alone") {
  const Document table = with([](Project& p) {
    p.redacted = true;
    for (Indicator& i : p.indicators) i.name = i.description = i.basis = "涉密", set_value(i, "涉密");
  });
  const auto findings = review(table);
  REQUIRE(rules_of(findings) == std::vector{R::redacted});
  CHECK(findings[0].severity == Severity::info);
  CHECK(!findings[0].indicator);

  const Document cell = with([](Project& p) { set_value(p.indicators[1], "涉密"); });
  const auto found = review(cell);
  REQUIRE(rules_of(found) == std::vector{R::redacted});
  CHECK(found[0].indicator == 1u);
}
