#include "review_fixtures.hpp"

#include <jixiao/error.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace review_test;
using R = RuleId;

namespace {

// A document where several rules fire: ≤ on a satisfaction, a plan short of 100 %, an empty basis.
Document flawed() {
  return with([](Project& p) {
    set_value(named(p, "群众满意度"), "≤90%");
    p.spending_plan.milestones.pop_back();
    named(p, "活动次数").basis = {};
  });
}

}  // namespace

TEST_CASE("the catalogue describes every rule once, with a family, a severity and a title") {
  REQUIRE(rule_catalogue().size() == rule_count);
  std::set<std::string_view> titles;
  for (std::size_t i = 0; i < rule_count; ++i) {
    const RuleInfo& info = rule_catalogue()[i];
    CHECK(static_cast<std::size_t>(info.id) == i);
    CHECK(&rule_info(info.id) == &info);
    CHECK(!enum_name(info.id).empty());
    CHECK(!info.title.empty());
    titles.insert(info.title);
  }
  CHECK(titles.size() == rule_count);
  CHECK(rule_info(R::redacted).severity == Severity::info);
  CHECK(rule_info(R::budget_text_amount).family == RuleFamily::money);
  const ReviewOptions defaults;
  for (const RuleInfo& info : rule_catalogue()) {
    CHECK(defaults.rule(info.id).enabled);
    CHECK(defaults.rule(info.id).severity == info.severity);
  }
}

TEST_CASE("findings carry the project, the indicator and the line, ordered by line") {
  const Document document = flawed();
  const auto findings = review(document);
  REQUIRE(rules_of(findings) == std::vector{R::plan_incomplete, R::basis_empty, R::direction_against_category});
  for (const Finding& f : findings) {
    CHECK(f.project == 0u);
    CHECK(names_of(document, f).project_code == "13070025P00004010001F");
    CHECK(names_of(document, f).project_name == "2025 开展科技工作者助力乡村振兴经费");
    CHECK(!f.message.empty());
    CHECK(!f.suggestion.empty());
  }
  CHECK(!findings[0].indicator);
  CHECK(findings[1].indicator == 0u);
  CHECK(names_of(document, findings[1]).indicator_name == "活动次数");
  CHECK(findings[2].line == 27);
}

TEST_CASE("a finding's indices name its project, indicator, department table or the document") {
  Document document = flawed();
  DepartmentTable& table = document.goals.tables.emplace_back();
  table.common.title = "部门整体支出绩效目标表";
  table.common.indicators.push_back(document.projects[0].indicators[0]);
  const Project& project = document.projects[0];

  Finding about_project;
  about_project.project = 0;
  CHECK(project_of(document, about_project) == &project);
  CHECK(indicator_of(document, about_project) == nullptr);
  CHECK(names_of(document, about_project).project_code == project.code);
  CHECK(names_of(document, about_project).project_name == project.name);
  CHECK(names_of(document, about_project).indicator_name.empty());

  Finding about_indicator = about_project;
  about_indicator.indicator = 1;
  CHECK(indicator_of(document, about_indicator) == &project.indicators[1]);
  CHECK(names_of(document, about_indicator).indicator_name == project.indicators[1].name);

  Finding about_table;
  about_table.department_table = 0;
  about_table.indicator = 0;
  CHECK(project_of(document, about_table) == &table.common);
  CHECK(indicator_of(document, about_table) == &table.common.indicators[0]);
  CHECK(names_of(document, about_table).project_name == "部门整体支出绩效目标表");

  const Finding about_document;
  CHECK(project_of(document, about_document) == nullptr);
  CHECK(indicator_of(document, about_document) == nullptr);
  CHECK(names_of(document, about_document).project_name.empty());

  // Paired with another document: an Error, never a read out of bounds.
  const Document other;
  CHECK_THROWS_AS(project_of(other, about_project), Error);
  CHECK_THROWS_AS(project_of(other, about_table), Error);
  CHECK_THROWS_AS(names_of(other, about_indicator), Error);
  Finding past_the_end = about_project;
  past_the_end.indicator = project.indicators.size();
  CHECK_THROWS_AS(indicator_of(document, past_the_end), Error);
  Finding dangling;
  dangling.indicator = 0;  // an indicator with neither project nor table
  CHECK_THROWS_AS(indicator_of(document, dangling), Error);
  Finding last_year;
  last_year.previous_indicator = 0;  // without the project it belongs to
  CHECK_THROWS_AS(previous_indicator_of(document, last_year), Error);
}

TEST_CASE("each rule can be switched off and re-graded") {
  ReviewOptions options;
  options.rule(R::plan_incomplete).enabled = false;
  options.rule(R::basis_empty).severity = Severity::info;
  const auto findings = review(flawed(), options);
  REQUIRE(rules_of(findings) == std::vector{R::basis_empty, R::direction_against_category});
  CHECK(findings[0].severity == Severity::info);

  ReviewOptions none;
  for (RuleSetting& setting : none.rules) setting.enabled = false;
  CHECK(review(flawed(), none).empty());
}

TEST_CASE("word lists too large for the review's word table are refused with a typed error") {
  ReviewOptions options;
  // A few thousand words are fine; 300,000 (about 3 MB of words) would need a table of some
  // 300 MB, more than the 64 MB allowed.
  for (int k = 0; k < 3000; ++k) options.vague_words.push_back("词" + std::to_string(k));
  CHECK_NOTHROW(review(good_document(), options));
  for (int k = 3000; k < 300000; ++k) options.vague_words.push_back("词语" + std::to_string(k));
  CHECK_THROWS_AS(review(good_document(), options), Error);
  // From a rules file, where the file is read.
  std::string many = R"({"vague_words": [)";
  for (int k = 0; k < 300000; ++k) many += (k ? ",\"词语" : "\"词语") + std::to_string(k) + "\"";
  many += "]}";
  CHECK_THROWS_AS(review_options_from_json(many), Error);
}

TEST_CASE("a rules file sets any subset of the options") {
  const ReviewOptions options = review_options_from_json(R"({
    "tree": "guideline_101",
    "money_tolerance": "0.01",
    "satisfaction_floor": 85,
    "vague_words": ["进一步", "较上年"],
    "required_level2_classic": ["数量指标", "时效指标"],
    "rules": {
      "plan_incomplete": false,
      "basis_empty": "info",
      "vague_target": {"enabled": true, "severity": "error"}
    }
  })");
  CHECK(options.tree == IndicatorTree::guideline_101);
  CHECK(options.money_tolerance == Decimal::parse("0.01"));
  CHECK(options.satisfaction_floor == Decimal(85));
  CHECK(options.vague_words == std::vector<std::string>{"进一步", "较上年"});
  CHECK(options.required_level2_classic == std::vector{Level2::数量指标, Level2::时效指标});
  CHECK(!options.rule(R::plan_incomplete).enabled);
  CHECK(options.rule(R::basis_empty) == RuleSetting{true, Severity::info});
  CHECK(options.rule(R::vague_target) == RuleSetting{true, Severity::error});
  // What the file does not name keeps its default.
  const ReviewOptions defaults;
  CHECK(options.rule(R::missing_level1) == defaults.rule(R::missing_level1));
  CHECK(options.grade_words == defaults.grade_words);
  CHECK(options.allow_rounding);

  SUBCASE("on top of a base") {
    ReviewOptions base;
    base.allow_rounding = false;
    CHECK(!review_options_from_json(R"({"amount_context": 20})", base).allow_rounding);
  }
}

TEST_CASE("a rules file round-trips, and the example file is valid") {
  ReviewOptions changed;
  changed.tree = IndicatorTree::classic;
  changed.money_tolerance = Decimal::parse("0.005");
  changed.rule(R::cost_under_budget) = {false, Severity::error};
  changed.count_words.push_back("台数");
  const std::string json = review_options_to_json(changed);
  CHECK(json.find("\"cost_under_budget\": {\n      \"enabled\": false,\n      \"severity\": \"error\"\n    }") !=
        std::string::npos);
  const ReviewOptions back = review_options_from_json(json);
  CHECK(back.tree == changed.tree);
  CHECK(same_representation(back.money_tolerance, changed.money_tolerance));
  CHECK(back.rules == changed.rules);
  CHECK(back.count_words == changed.count_words);
  CHECK(review_options_to_json(back) == json);

  std::ifstream file(JIXIAO_SOURCE_DIR "/examples/data/review-rules.json");
  REQUIRE(file);
  std::stringstream text;
  text << file.rdbuf();
  const ReviewOptions example = review_options_from_json(text.str());
  CHECK(!example.rule(R::plan_incomplete).enabled);
}

TEST_CASE("a rules file with a mistake is refused, naming the member") {
  const auto message = [](std::string_view json) {
    try {
      review_options_from_json(json);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  CHECK(message(R"({"rules": {"no_such_rule": false}})").find("no_such_rule") != std::string::npos);
  CHECK(message(R"({"money_tolerence": "0.01"})").find("money_tolerence") != std::string::npos);
  CHECK(message(R"({"money_tolerance": 0.01})").find("string") != std::string::npos);
  CHECK(message(R"({"tree": "new"})").find("guideline_101") != std::string::npos);
  CHECK(message(R"({"rules": {"basis_empty": "fatal"}})").find("warning") != std::string::npos);
  CHECK(message(R"([1, 2])").find("object") != std::string::npos);
  CHECK_THROWS_AS(review_options_from_json("{\n  \"tree\": \n}"), ParseError);
  try {
    review_options_from_json("{\n  \"tree\": \n}");
  } catch (const ParseError& e) {
    CHECK(e.line == 3);
  }
}
