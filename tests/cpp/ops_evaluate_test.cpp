#include "ops_fixtures.hpp"

#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

using namespace ops_test;
using namespace jixiao::literals;

namespace {

// The score of the only indicator of a one-indicator 产出 project (weight 50) for `actual`.
IndicatorScore score_one(const std::string& target, const std::string& actual, EvaluateOptions options = {},
                         Level2 level2 = Level2::数量指标, std::string reason = {}) {
  const Document d = document({row(Level1::产出指标, level2, "指标", target)});
  Actuals a;
  a.indicators.push_back(value("指标", actual, "2025-12-31", std::move(reason)));
  const Evaluation e = evaluate(d, a, options);
  REQUIRE(e.projects.size() == 1);
  return e.projects[0].indicators.at(0);
}

}  // namespace

TEST_CASE("forward: met gives the weight, unmet actual/target × weight, capped") {
  CHECK(score_one("≥30次", "32次").score == 50);
  const IndicatorScore s = score_one("≥30次", "24次");
  CHECK(s.score == 40);  // 24/30 × 50
  CHECK(s.rule == ScoreRule::forward);
  CHECK(*s.achievement == 80);
  CHECK(s.unmet_without_reason);
  CHECK_FALSE(score_one("≥30次", "24次", {}, Level2::数量指标, "经费未到位").unmet_without_reason);
  CHECK(score_one("≥95%", "90%").score == 47.3684210526_dec);  // 90/95 × 50 at 10 places
}

TEST_CASE("forward: 万人 against 人 converts exactly") {
  CHECK(score_one("≥1.5万人", "15000人").score == 50);
  CHECK(score_one("≥4万人", "38000人").score == 47.5_dec);  // 38000/40000 × 50
  CHECK(score_one("≥20000人", "1.2万人").score == 30);       // 12000/20000 × 50
}

TEST_CASE("over-achievement is flagged, not deducted") {
  const IndicatorScore s = score_one("≥10次", "15次");
  CHECK(s.score == 50);
  CHECK(s.over_achieved);
  CHECK_FALSE(score_one("≥10次", "14次").over_achieved);
  EvaluateOptions o;
  o.over_achievement = 140;
  CHECK(score_one("≥10次", "14次", o).over_achieved);
}

TEST_CASE("target zero") {
  CHECK(score_one("≥0次", "0次").score == 50);
  const IndicatorScore s = score_one(">0次", "0次");
  CHECK(s.score == 0);
  CHECK_FALSE(s.achievement);
  CHECK(score_one("≤0万元", "1万元", {}, Level2::成本指标).score == 0);
}

TEST_CASE("reverse: both conventions") {
  EvaluateOptions linear;
  EvaluateOptions ratio;
  ratio.reverse = ReverseConvention::ratio;
  CHECK(score_one("≤20万元", "19万元", linear, Level2::成本指标).score == 50);
  // (1 − (25 − 20)/20) × 50 = 37.5; 20/25 × 50 = 40
  CHECK(score_one("≤20万元", "25万元", linear, Level2::成本指标).score == 37.5_dec);
  CHECK(score_one("≤20万元", "25万元", ratio, Level2::成本指标).score == 40);
  // 0 from twice the target under (a)
  CHECK(score_one("≤20万元", "40万元", linear, Level2::成本指标).score == 0);
  CHECK(score_one("≤20万元", "50万元", linear, Level2::成本指标).score == 0);
  CHECK(score_one("≤20万元", "50万元", ratio, Level2::成本指标).score == 20);
  // a bare = under 成本指标 is a limit
  CHECK(score_one("6万元", "5.8万元", linear, Level2::成本指标).score == 50);
  CHECK(score_one("6万元", "7.5万元", linear, Level2::成本指标).score == 37.5_dec);
}

TEST_CASE("qualitative grades: the evaluator's point in the band, checked") {
  Document d = document({row(Level1::效益指标, Level2::社会效益指标, "提升", "进一步提升")});
  Actuals a;
  a.indicators.push_back(value("提升", "达成年度指标"));
  CHECK(evaluate(d, a).projects[0].indicators[0].score == 30);  // default point 100 % of 30
  a.indicators[0].grade_percent = Decimal(90);
  CHECK(evaluate(d, a).projects[0].indicators[0].score == 27);
  a.indicators[0] = value("提升", "部分达成年度指标并具有一定效果");
  a.indicators[0].grade_percent = Decimal(60);
  CHECK(evaluate(d, a).projects[0].indicators[0].score == 18);
  a.indicators[0].grade_percent = Decimal(85);  // outside 60–80: refused, default 70 % used
  const Evaluation e = evaluate(d, a);
  CHECK(e.projects[0].indicators[0].score == 21);
  REQUIRE_FALSE(e.diagnostics.empty());
  CHECK(e.diagnostics.back().code == DiagnosticCode::grade_point);
  a.indicators[0] = value("提升", "未达成年度指标且效果较差");
  const IndicatorScore s = evaluate(d, a).projects[0].indicators[0];
  CHECK(s.score == 9);  // 30 % of 30
  CHECK(s.outcome == Outcome::not_met);
  CHECK(s.unmet_without_reason);
}

TEST_CASE("deadlines and periods: met or not, by one day") {
  CHECK(score_one("2025年11月15日前", "2025年11月15日", {}, Level2::时效指标).score == 50);
  const IndicatorScore late = score_one("2025年11月15日前", "2025年11月16日", {}, Level2::时效指标);
  CHECK(late.score == 0);
  CHECK(late.rule == ScoreRule::date);
  CHECK(score_one("2025年11月15日前", "2025年11月14日", {}, Level2::时效指标).score == 50);
  CHECK(score_one("2025年1月至11月", "2025年11月30日", {}, Level2::时效指标).score == 50);
  CHECK(score_one("2025年1月至11月", "2025年12月1日", {}, Level2::时效指标).score == 0);
}

TEST_CASE("ranges") {
  CHECK(score_one("90%-95%", "92%").score == 50);
  CHECK(score_one("90%-95%", "72%").score == 40);                    // 72/90 × 50
  CHECK(score_one("90%-95%", "114%").score == 40_dec);              // (1 − 19/95) × 50
}

TEST_CASE("missing actual and unscorable targets give 0") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "a", "≥10次"),
                               row(Level1::产出指标, Level2::数量指标, "b", "涉密")});
  Actuals a;
  a.indicators.push_back(value("b", "12次"));
  const Evaluation e = evaluate(d, a);
  const auto& s = e.projects[0].indicators;
  CHECK(s[0].rule == ScoreRule::no_actual);
  CHECK(s[0].score == 0);
  CHECK(s[0].weight == 25);
  CHECK(s[1].rule == ScoreRule::not_scorable);
  CHECK(s[1].score == 0);
}

TEST_CASE("weights per 一级 split equally; totals, grades, budget execution") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥10次"),
                               row(Level1::产出指标, Level2::成本指标, "成本", "≤20万元"),
                               row(Level1::效益指标, Level2::社会效益指标, "人数", "≥1万人"),
                               row(Level1::满意度指标, Level2::服务对象满意度指标, "满意度", "≥90%")});
  Actuals a;
  a.projects.push_back(spending("18"));
  a.projects.back().reported_score = Decimal(9);
  a.indicators.push_back(value("次数", "8次"));    // 8/10 × 25 = 20
  a.indicators.push_back(value("成本", "18万元"));  // met: 25
  a.indicators.push_back(value("人数", "12000人")); // met: 30
  a.indicators.push_back(value("满意度", "95%"));   // met: 10
  const Evaluation e = evaluate(d, a);
  const ProjectEvaluation& p = e.projects[0];
  CHECK(p.indicators[0].weight == 25);
  CHECK(p.indicators[0].score == 20);
  CHECK(p.budget.score == 9);  // 18/20 × 10
  CHECK(*p.budget.rate == 90);
  CHECK(*p.budget.difference == 0);
  CHECK(p.total == 94);
  CHECK(p.grade == EvaluationGrade::优);
  CHECK_FALSE(p.reported_total);  // the indicators have no reported score
  CHECK(e.diagnostics.empty());

  EvaluateOptions o;
  o.excellent_from = 95;
  CHECK(evaluate(d, a, o).projects[0].grade == EvaluationGrade::良);
  CHECK(grade_of(Decimal(80)) == EvaluationGrade::良);
  CHECK(grade_of(79.99_dec) == EvaluationGrade::中);
  CHECK(grade_of(59.99_dec) == EvaluationGrade::差);
  CHECK(grade_of(Decimal(90)) == EvaluationGrade::优);

  // Over-spending is capped; the adjusted budget is used when chosen.
  a.projects[0] = spending("22");
  a.projects[0].adjusted_budget = Money(Decimal(25));
  CHECK(evaluate(d, a).projects[0].budget.score == 10);
  o = {};
  o.budget_base = BudgetBase::调整后预算数;
  CHECK(evaluate(d, a, o).projects[0].budget.score == 8.8_dec);  // 22/25 × 10
}

TEST_CASE("weights not summing to 100 warn; a 一级 without weight or without indicators warns") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥10次"),
                               row(Level1::成本指标, Level2::经济成本指标, "成本", "≤20万元")});
  Actuals a;
  a.indicators.push_back(value("次数", "10次"));
  a.indicators.push_back(value("成本", "20万元"));
  EvaluateOptions o;
  o.output_weight = 60;
  const Evaluation e = evaluate(d, a, o);
  const auto has = [&](DiagnosticCode code) {
    for (const Diagnostic& x : e.diagnostics)
      if (x.code == code) return x.severity == Severity::warning;
    return false;
  };
  CHECK(has(DiagnosticCode::weights_sum));
  CHECK(has(DiagnosticCode::weight_missing));  // 成本指标 has no weight by default
  CHECK(has(DiagnosticCode::weight_unused));   // no 效益 / 满意度 indicator
  CHECK(e.projects[0].total == 60);
  o.output_weight = 40;
  o.cost_weight = 10;
  CHECK(evaluate(d, a, o).projects[0].total == 50);
}

TEST_CASE("reported scores beside the formula's") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥10次")});
  Actuals a;
  a.projects.push_back(spending("20"));
  a.projects.back().reported_score = Decimal(10);
  a.indicators.push_back(value("次数", "9次"));
  a.indicators.back().reported_score = Decimal(50);
  const ProjectEvaluation p = evaluate(d, a).projects[0];
  CHECK(*p.indicators[0].difference == 5);  // 50 − 45
  CHECK(*p.reported_total == 60);
  CHECK(*p.difference == 5);
}

// Scoring computes the outcome of amount targets without check()'s reason text; it must still be
// check()'s outcome, for every comparator, unit conversion, range and bound.
TEST_CASE("evaluation outcomes are check()'s outcomes") {
  const char* targets[] = {"≥30次", ">30次", "≤30次", "<30次", "30次", "≥1.5万人", "≤17.5万元", "≤115万", "95%",
                           "90%-95%", "10~20次", "≥250天", "5个月", "≥90百分比"};
  const char* actuals[] = {"30次", "29次", "31", "1.5万人", "14999人", "17.5万元", "175000元", "1150000元", "95%",
                           "92.5%", "96%", "15次", "250天", "6个月", "≥30次", "达成年度指标", "进一步提升", "20"};
  for (const Level2 level2 : {Level2::数量指标, Level2::成本指标}) {
    for (const char* target : targets) {
      for (const char* actual : actuals) {
        const IndicatorScore s = score_one(target, actual, {}, level2);
        const Target t = parse_target(target, {2025, {}, {}});
        const Target a = parse_target(actual, {2025, {}, {}});
        const Direction equal_means = level2 == Level2::成本指标 ? Direction::reverse : Direction::forward;
        CAPTURE(target);
        CAPTURE(actual);
        CHECK(s.outcome == check(t, a, equal_means).outcome);
      }
    }
  }
}

namespace {

Indicator weighted(Level1 level1, Level2 level2, std::string name, std::string target, std::optional<Decimal> weight) {
  Indicator i = row(level1, level2, std::move(name), std::move(target));
  i.weight = std::move(weight);
  return i;
}

bool has_warning(const Evaluation& e, DiagnosticCode code, std::string_view mentioning = {}) {
  for (const Diagnostic& x : e.diagnostics)
    if (x.code == code && x.severity == Severity::warning && x.reason.find(mentioning) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("weights the table states replace the 一级 split when every indicator states one") {
  // 101号 layout: a 一级 成本指标, which has no weight in the options.
  const Document d = document({weighted(Level1::产出指标, Level2::数量指标, "次数", "≥10次", Decimal(40)),
                               weighted(Level1::产出指标, Level2::质量指标, "合格率", "≥90%", Decimal(20)),
                               weighted(Level1::成本指标, Level2::经济成本指标, "成本", "≤20万元", 12.5_dec),
                               weighted(Level1::满意度指标, Level2::服务对象满意度指标, "满意度", "≥90%", 17.5_dec)});
  Actuals a;
  a.projects.push_back(spending("20"));
  a.indicators.push_back(value("次数", "8次"));     // 8/10 × 40 = 32
  a.indicators.push_back(value("合格率", "95%"));   // met: 20
  a.indicators.push_back(value("成本", "18万元"));  // met: 12.5
  a.indicators.push_back(value("满意度", "90%"));   // met: 17.5
  const Evaluation e = evaluate(d, a);
  const ProjectEvaluation& p = e.projects.at(0);
  CHECK(p.indicators[0].weight == 40);
  CHECK(p.indicators[0].score == 32);
  CHECK(p.indicators[2].weight == 12.5_dec);
  CHECK(p.indicators[3].score == 17.5_dec);
  CHECK(p.budget.weight == 10);  // 预算执行率 keeps the option's weight
  CHECK(p.total == 92);
  // No weights-sum (40 + 20 + 12.5 + 17.5 + 10 = 100), and the 一级 weights' diagnostics do not
  // apply: 成本指标 has no option weight, 效益 no indicator.
  CHECK(e.diagnostics.empty());

  // Ignored on request: the 一级 split, with its diagnostics.
  EvaluateOptions o;
  o.use_stated_weights = false;
  const Evaluation split = evaluate(d, a, o);
  CHECK(split.projects.at(0).indicators[0].weight == 25);
  CHECK(split.projects.at(0).indicators[2].weight == 0);
  CHECK(has_warning(split, DiagnosticCode::weight_missing));
  CHECK(has_warning(split, DiagnosticCode::weight_unused));
  CHECK_FALSE(has_warning(split, DiagnosticCode::weights_partial));
}

TEST_CASE("stated weights that do not sum to 100 with the budget's warn; some weights only fall back to the split") {
  Document d = document({weighted(Level1::产出指标, Level2::数量指标, "次数", "≥10次", Decimal(50)),
                         weighted(Level1::效益指标, Level2::社会效益指标, "人数", "≥1万人", Decimal(20)),
                         weighted(Level1::满意度指标, Level2::服务对象满意度指标, "满意度", "≥90%", Decimal(10))});
  Actuals a;
  a.indicators.push_back(value("次数", "10次"));
  a.indicators.push_back(value("人数", "1万人"));
  a.indicators.push_back(value("满意度", "90%"));
  const Evaluation short_of_100 = evaluate(d, a);
  CHECK(has_warning(short_of_100, DiagnosticCode::weights_sum, "P1"));
  CHECK(has_warning(short_of_100, DiagnosticCode::weights_sum, "sum to 90"));
  CHECK(short_of_100.projects.at(0).total == 80);
  CHECK_FALSE(has_warning(short_of_100, DiagnosticCode::weights_partial));

  d.projects[0].indicators[1].weight.reset();
  const Evaluation partial = evaluate(d, a);
  CHECK(has_warning(partial, DiagnosticCode::weights_partial, "2 of 3"));
  CHECK_FALSE(has_warning(partial, DiagnosticCode::weights_sum));
  const ProjectEvaluation& p = partial.projects.at(0);
  CHECK(p.indicators[0].weight == 50);
  CHECK(p.indicators[1].weight == 30);  // the option's 效益 weight, not a made-up share
  CHECK(p.total == 90);                 // no spending reported: 预算执行率 0
}

TEST_CASE("a stated direction decides a bare or = target where the category would") {
  // 时效 is forward by default: a bare 100% is met by 100% or more.
  const Document forward = document({row(Level1::产出指标, Level2::时效指标, "按时完成率", "=100%")});
  Document reverse = forward;
  reverse.projects[0].indicators[0].direction = Direction::reverse;
  Actuals a;
  a.indicators.push_back(value("按时完成率", "90%"));
  const IndicatorScore by_category = evaluate(forward, a).projects.at(0).indicators.at(0);
  CHECK(by_category.outcome == Outcome::not_met);
  CHECK(by_category.rule == ScoreRule::forward);
  const IndicatorScore stated = evaluate(reverse, a).projects.at(0).indicators.at(0);
  CHECK(stated.outcome == Outcome::met);
  CHECK(stated.rule == ScoreRule::reverse);
  CHECK(stated.score == 50);

  // A cost is reverse by default; 正向 makes 6万元 against a bare 5万元 met.
  Document cost = document({row(Level1::产出指标, Level2::成本指标, "补助标准", "5万元")});
  Actuals six;
  six.indicators.push_back(value("补助标准", "6万元"));
  CHECK(evaluate(cost, six).projects.at(0).indicators.at(0).outcome == Outcome::not_met);
  cost.projects[0].indicators[0].direction = Direction::forward;
  CHECK(evaluate(cost, six).projects.at(0).indicators.at(0).outcome == Outcome::met);

  // A written ≥ or ≤ goes by its comparator whatever is stated (review reports the contradiction).
  Document written = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥10次")});
  written.projects[0].indicators[0].direction = Direction::reverse;
  Actuals eight;
  eight.indicators.push_back(value("次数", "8次"));
  CHECK(evaluate(written, eight).projects.at(0).indicators.at(0).outcome == Outcome::not_met);
}

namespace {

// A 自评表 as read from its text (`|` for TAB).
Document self_evaluation_form(std::string text) {
  std::replace(text.begin(), text.end(), '|', '\t');
  return read_document(text).document;
}

constexpr std::string_view reported_form = R"(项目支出绩效自评表
（2024年度）
项目名称|2024 科普经费
项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分
|年度资金总额|40.48|40.48|38.62|10|95.41%|9.54
绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
|产出指标|数量指标|科普活动次数|≥130次|126次|20|20|天气原因延期。
||成本指标|预算总成本|≤36万元|38.62万元|20|20|
|效益指标|社会效益指标|公民科学素质|显著提升|达成预期指标|40|36|
|满意度指标|服务对象满意度指标|参与群众满意度|≥95%|96%|10|10|
总分||||||100|95.54|
)";

}  // namespace

TEST_CASE("evaluate_reported: a 自评表's own figures scored beside the scores it reports") {
  const Document d = self_evaluation_form(std::string(reported_form));
  REQUIRE(d.projects.size() == 1);
  const Evaluation e = evaluate_reported(d);
  CHECK(e.diagnostics.empty());
  REQUIRE(e.projects.size() == 1);
  const ProjectEvaluation& p = e.projects[0];
  CHECK(std::string_view(project_of(d, p).code).empty());
  CHECK(result_name(project_of(d, p)) == "2024 科普经费");
  REQUIRE(p.indicators.size() == 4);
  // 126 / 130 × 20 computed, 20 reported: the difference is the audit.
  CHECK(p.indicators[0].score == 19.3846153846_dec);
  CHECK(p.indicators[0].reported == 20);
  CHECK(p.indicators[0].difference == 0.6153846154_dec);
  CHECK(p.indicators[0].reason == "天气原因延期。");
  // Over the cost limit: (1 − (38.62 − 36) / 36) × 20 by default, 36 / 38.62 × 20 with the ratio convention.
  CHECK(p.indicators[1].rule == ScoreRule::reverse);
  CHECK(p.indicators[1].score == 18.5444444444_dec);
  EvaluateOptions ratio;
  ratio.reverse = ReverseConvention::ratio;
  CHECK(evaluate_reported(d, ratio).projects[0].indicators[1].score == 18.6431900570_dec);
  // A grade: the reported share of the weight is the evaluator's point in its band (36 / 40 = 90 %).
  CHECK(p.indicators[2].rule == ScoreRule::grade);
  CHECK(p.indicators[2].score == 36);
  CHECK(p.indicators[3].score == 10);
  // 预算执行率 weighs the funds row's 分值 and divides by its 全年预算数.
  CHECK(p.budget.weight == 10);
  CHECK(p.budget.budget == Money::parse("40.48"));
  CHECK(p.budget.executed == Money::parse("38.62"));
  CHECK(p.budget.reported == 9.54_dec);
  // The form's own 总分 is the reported total.
  CHECK(p.reported_total == 95.54_dec);
  CHECK(p.difference == *p.reported_total - p.total);
  CHECK(p.grade == EvaluationGrade::优);
}

TEST_CASE("evaluate_reported: a grade outside its band is a diagnostic; a document without 自评表 is not evaluated") {
  // 达成预期指标 scored 20 of 40 (50 %): below the 80–100 % band of 达成.
  std::string low(reported_form);
  low.replace(low.find("|40|36|"), std::string_view("|40|36|").size(), "|40|20|");
  const Evaluation e = evaluate_reported(self_evaluation_form(low));
  REQUIRE(e.diagnostics.size() == 1);
  CHECK(e.diagnostics[0].code == DiagnosticCode::grade_point);
  CHECK(e.projects.at(0).indicators.at(2).score == 40);  // the band's point (100 %) is used
  const Evaluation none = evaluate_reported(document({row(Level1::产出指标, Level2::数量指标, "指标", "≥30次")}));
  CHECK(none.projects.empty());
  REQUIRE(none.diagnostics.size() == 1);
  CHECK(none.diagnostics[0].code == DiagnosticCode::project_not_reported);
}

TEST_CASE("a score refers to its project and indicator; another document's indices are an Error") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥10次"),
                               row(Level1::效益指标, Level2::社会效益指标, "人数", "≥1万人")});
  Actuals a;
  a.indicators.push_back(value("人数", "12000人"));
  const Evaluation e = evaluate(d, a);
  REQUIRE(e.projects.size() == 1);
  const ProjectEvaluation& p = e.projects[0];
  CHECK(&project_of(d, p) == &d.projects[0]);
  REQUIRE(p.indicators.size() == 2);
  CHECK(&indicator_of(d, p, p.indicators[1]) == &d.projects[0].indicators[1]);
  CHECK(indicator_of(d, p, p.indicators[1]).name == "人数");

  const Document other;  // no projects
  CHECK_THROWS_AS(project_of(other, p), Error);
  CHECK_THROWS_AS(indicator_of(other, p, p.indicators[0]), Error);
  const Document fewer = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥10次")});
  CHECK_NOTHROW(indicator_of(fewer, p, p.indicators[0]));
  CHECK_THROWS_AS(indicator_of(fewer, p, p.indicators[1]), Error);
}
