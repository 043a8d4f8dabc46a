#pragma once
// Self-evaluation (绩效自评, 10号; domain.md §5): each indicator's formula score, the budget
// execution score, the total and its grade, with the flags an evaluator looks at and the reported
// (human) score beside the formula's. Every weight, band and convention is an option. Scores are
// exact decimals (divisions carry EvaluateOptions::precision places); round only to present them.

#include <jixiao/actuals.hpp>
#include <jixiao/match.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/subject.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// How an unmet reverse indicator (≤, <) scores: (a) linear, (1 − (actual − target)/target) × weight,
// 0 from twice the target; (b) ratio, target/actual × weight.
enum class ReverseConvention { linear, ratio };
BOOST_DESCRIBE_ENUM(ReverseConvention, linear, ratio)

// The denominator of 预算执行率: the table's 预算数 (全年预算数) or the reported 调整后预算数 (when
// none is reported, the table's).
enum class BudgetBase { 全年预算数, 调整后预算数 };
BOOST_DESCRIBE_ENUM(BudgetBase, 全年预算数, 调整后预算数)

enum class EvaluationGrade { 优, 良, 中, 差 };
BOOST_DESCRIBE_ENUM(EvaluationGrade, 优, 良, 中, 差)

// The rule that gave an indicator its score.
enum class ScoreRule {
  forward,      // met: full weight; else actual/target × weight, capped at the weight
  reverse,      // met: full weight; else by the ReverseConvention
  range,        // within: full weight; below: as forward against the lower bound; above: as reverse
  date,         // deadline or period: met or not met, full weight or 0
  grade,        // 达成 / 部分达成 / 未达成: the evaluator's point in the band
  no_actual,    // nothing reported: 0
  not_scorable, // the target or the actual cannot be compared (redacted, reference, units): 0
};
BOOST_DESCRIBE_ENUM(ScoreRule, forward, reverse, range, date, grade, no_actual, not_scorable)

// A grade's band, in % of the indicator's weight, and the point used when the evaluator picks none.
struct GradeBand {
  Decimal low;
  Decimal high;
  Decimal point;
  friend bool operator==(const GradeBand&, const GradeBand&) = default;
};
BOOST_DESCRIBE_STRUCT(GradeBand, (), (low, high, point))

struct EvaluateOptions {
  // Weights per 一级 (a project's 一级 weight is split equally among its indicators of that 一级) and
  // of 预算执行率. The classic tree has no 一级 成本指标; for 101号 give it a weight (and take it from
  // the others). Weights not summing to 100 give a warning, not a refusal. A project whose every
  // indicator states a weight (Indicator::weight, a 权重 column) is scored with those instead of the
  // 一级 weights, unless use_stated_weights is false; 预算执行率 keeps budget_weight.
  Decimal output_weight = 50;        // 产出指标
  Decimal benefit_weight = 30;       // 效益指标
  Decimal satisfaction_weight = 10;  // 满意度指标
  Decimal cost_weight = 0;           // 成本指标 (101号)
  Decimal budget_weight = 10;        // 预算执行率
  bool use_stated_weights = true;    // false: ignore the weights a table states
  ReverseConvention reverse = ReverseConvention::linear;
  BudgetBase budget_base = BudgetBase::全年预算数;
  GradeBand achieved{80, 100, 100};  // 达成年度指标
  GradeBand partly{60, 80, 70};      // 部分达成年度指标并具有一定效果
  GradeBand unmet{0, 60, 30};        // 未达成年度指标且效果较差
  // Grades of the total: 优 from excellent_from, 良 from good_from, 中 from pass_from, 差 below.
  Decimal excellent_from = 90;
  Decimal good_from = 80;
  Decimal pass_from = 60;
  // A forward actual at or above this % of its target is flagged (target possibly set too low).
  Decimal over_achievement = 150;
  int precision = 10;  // places kept by divisions; presentation rounds further
  std::optional<Date> as_of;  // use the figures dated on or before; none: the latest

  // The weight of a 一级 (其他: 0).
  Decimal weight_of(Level1 level1) const;

  friend bool operator==(const EvaluateOptions&, const EvaluateOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(EvaluateOptions, (),
                      (output_weight, benefit_weight, satisfaction_weight, cost_weight, budget_weight,
                       use_stated_weights, reverse, budget_base, achieved, partly, unmet, excellent_from, good_from, pass_from, over_achievement,
                       precision, as_of))

// An indicator's score. Its name and target are the indicator's: indicator_of(document, project, score).
struct IndicatorScore {
  std::size_t indicator = 0;  // index in the project's indicators
  Level1 level1 = Level1::其他;
  std::string actual;         // as reported; empty when none
  Outcome outcome = Outcome::not_comparable;
  std::optional<Decimal> achievement;  // actual / target, % (quantitative targets)
  Decimal weight;
  Decimal score;
  ScoreRule rule = ScoreRule::no_actual;
  std::string note;           // the computation in words, with the figures
  std::optional<Decimal> reported;     // the human score
  std::optional<Decimal> difference;   // reported − score
  bool over_achieved = false;
  bool unmet_without_reason = false;   // not met, and no 偏差原因 given
  std::string reason;
  friend bool operator==(const IndicatorScore&, const IndicatorScore&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorScore, (),
                      (indicator, level1, actual, outcome, achievement, weight, score, rule, note,
                       reported, difference, over_achieved, unmet_without_reason, reason))

struct BudgetScore {
  std::optional<Money> budget;     // the denominator chosen by BudgetBase
  std::optional<Money> executed;
  std::optional<Decimal> rate;     // executed / budget, %
  Decimal weight;
  Decimal score;                   // min(executed / budget × weight, weight)
  std::string note;
  std::optional<Decimal> reported;
  std::optional<Decimal> difference;
  friend bool operator==(const BudgetScore&, const BudgetScore&) = default;
};
BOOST_DESCRIBE_STRUCT(BudgetScore, (), (budget, executed, rate, weight, score, note, reported, difference))

// A project's scores. Its code and name are the project's: project_of(document, evaluation).
struct ProjectEvaluation {
  std::size_t project = 0;  // index in Document::projects
  std::vector<IndicatorScore> indicators;
  BudgetScore budget;
  Decimal total;
  EvaluationGrade grade = EvaluationGrade::差;
  std::optional<Decimal> reported_total;  // when every item has a reported score
  std::optional<Decimal> difference;      // reported_total − total
  friend bool operator==(const ProjectEvaluation&, const ProjectEvaluation&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectEvaluation, (),
                      (project, indicators, budget, total, grade, reported_total, difference))

struct Evaluation {
  std::vector<ProjectEvaluation> projects;  // those with any figure reported (others: info project-not-reported)
  // Matching the actuals, weights not summing to 100 (weights-sum: of the options, or of a project's
  // stated weights with budget_weight), a 一级 with a weight and no indicator in a project
  // (weight-unused), indicators of a 一级 without weight (weight-missing), a project where only some
  // indicators state a weight (weights-partial: the 一级 weights are used), grade points outside
  // their band (grade-point).
  std::vector<Diagnostic> diagnostics;
  friend bool operator==(const Evaluation&, const Evaluation&) = default;
};
BOOST_DESCRIBE_STRUCT(Evaluation, (), (projects, diagnostics))

// The project and indicator a score is about, in the document it was evaluated from: Error when the
// indices do not fit `document` (an evaluation of another document).
const Project& project_of(const Document& document, const ProjectEvaluation& evaluation);
const Indicator& indicator_of(const Document& document, const ProjectEvaluation& evaluation,
                              const IndicatorScore& score);

// The grade of a total in the bands of `options`.
EvaluationGrade grade_of(const Decimal& total, const EvaluateOptions& options = {});

// Scores with the figures `matched` places (match(document, actuals); Error when it is a match of
// other actuals or another document) dated on or before options.as_of.
Evaluation evaluate(const Document& document, const Actuals& actuals, const Matched& matched,
                    const EvaluateOptions& options = {});
// Matches, then evaluates.
Evaluation evaluate(const Document& document, const Actuals& actuals, const EvaluateOptions& options = {});

// The audit of a document read from 自评表s: every project with a self_evaluation scored under
// `options` from the figures it reports (Project::self_evaluation: the funds' 全年执行数 and
// 全年预算数, each indicator's 实际完成值 and 偏差原因), beside the scores it reports. A qualitative
// actual (达成预期指标) takes its reported share of the weight as the evaluator's point in the band;
// 预算执行率 weighs what the funds row's 分值 states (options.budget_weight where it states none).
// Projects are matched by position, not by code: a 自评表 has no 项目编码.
Evaluation evaluate_reported(const Document& document, const EvaluateOptions& options = {});

}  // namespace jixiao
