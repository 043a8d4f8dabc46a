// Self-evaluation (绩效自评, 10号; domain.md §5): a 自评表 states its weights and scores beside the
// figures they come from, and a reviewer checks that they agree — each score within its weight, the
// weights and the scores adding up, 执行率 and the funds score as their formulas give them, a full
// mark only for a met target, a reason for every shortfall, a figure for a figure target, the grade
// of the total, and the 一级 points the form prints. The weight and 一级-point rules apply to any
// table that states weights.

#include "rules.hpp"
#include "text.hpp"

#include "../actuals/compare.hpp"

#include <jixiao/actuals.hpp>
#include <jixiao/evaluate.hpp>

#include <fmt/format.h>

#include <optional>
#include <string>

namespace jixiao::review_detail {
namespace {

constexpr int precision = 10;

std::string num(const Decimal& d) { return d.normalized().to_string(); }

// Whether the form's figure agrees with the one computed: within score_tolerance, or (with
// allow_rounding) within half a unit in the last place the form wrote.
bool agrees(const Decimal& stated, const Decimal& computed, const ReviewOptions& options) {
  const Decimal difference = (stated - computed).abs();
  if (difference <= options.score_tolerance) return true;
  return options.allow_rounding && difference <= Decimal(5, stated.scale() + 1);
}

// `computed` rounded for a message to the places the form wrote, and two more.
std::string shown(const Decimal& computed, const Decimal& stated) {
  return num(computed.rescaled(std::min(stated.scale() + 2, precision), Rounding::half_even));
}

// 优 / 良 / 中 / 差 as forms write them (优秀, 良好, 合格 …); none for any other text.
std::optional<EvaluationGrade> grade_written(std::string_view text) {
  const std::string_view key = trim(text);
  if (key == "优" || key == "优秀") return EvaluationGrade::优;
  if (key == "良" || key == "良好") return EvaluationGrade::良;
  if (key == "中" || key == "合格" || key == "及格" || key == "一般") return EvaluationGrade::中;
  if (key == "差" || key == "较差" || key == "不合格") return EvaluationGrade::差;
  return std::nullopt;
}

EvaluationGrade grade_of_total(const Decimal& total, const ReviewOptions& options) {
  if (total >= options.excellent_from) return EvaluationGrade::优;
  if (total >= options.good_from) return EvaluationGrade::良;
  if (total >= options.pass_from) return EvaluationGrade::中;
  return EvaluationGrade::差;
}

// A target stated as a figure (≥130次, 95%, 3年), which an actual should state as one too.
bool figure_target(const Target& target) noexcept {
  return target.if_amount() || target.if_range();
}

// Whether the reported actual meets the target: a grade (达成预期指标) by its word, a figure by
// check(); none when they do not compare.
std::optional<bool> met(const Indicator& indicator, const Target& actual) {
  if (actual.raw.empty()) return std::nullopt;
  if (const auto grade = grade_of(actual)) return *grade == Grade::达成;
  const CheckResult checked = check(indicator.target, actual, detail::direction_of(indicator));
  if (checked.outcome == Outcome::met) return true;
  if (checked.outcome == Outcome::not_met) return false;
  return std::nullopt;
}

bool no_reason(std::string_view reason) { return is_blank(reason) || placeholder(reason); }

void check_results(const ProjectReview& r, const SelfEvaluation& reported) {
  const auto& indicators = r.project.indicators;
  for (const IndicatorResult& result : reported.indicators) {
    if (result.indicator >= indicators.size()) continue;
    const std::size_t i = result.indicator;
    const Indicator& indicator = indicators[i];
    const std::optional<Decimal>& weight = indicator.weight;
    const std::optional<Decimal>& score = result.score;
    if (weight && score && *score > *weight && r.on(RuleId::score_over_weight))
      r.report_indicator(RuleId::score_over_weight, i, fmt::format("得分{}高于分值{}。", num(*score), num(*weight)),
                         "得分不应超过该指标的分值：核对分值或得分。");
    if (!result.actual.raw.empty() && figure_target(indicator.target) &&
        result.actual.if_qualitative()) {
      if (r.on(RuleId::word_actual))
        r.report_indicator(RuleId::word_actual, i,
                           fmt::format("指标值{}是数字，实际完成值却只写了{}，无法核对是否完成。",
                                       cite(indicator.target.raw), cite(result.actual.raw)),
                           fmt::format("填写实际完成的数字，与指标值{}用同一单位。", cite(indicator.target.raw)));
      continue;  // whether it is met cannot be read from words
    }
    const std::optional<bool> achieved = met(indicator, result.actual);
    if (!achieved) continue;
    const bool full = weight && score && *score == *weight;
    if (!*achieved) {
      if (full && r.on(RuleId::full_marks_unmet))
        r.report_indicator(RuleId::full_marks_unmet, i,
                           fmt::format("实际完成值{}未达到指标值{}，却得了满分{}。", cite(result.actual.raw),
                                       cite(indicator.target.raw), num(*score)),
                           "按完成程度扣分（如实际值/指标值×分值），或核对实际完成值。");
      if (no_reason(result.reason) && r.on(RuleId::shortfall_without_reason))
        r.report_indicator(RuleId::shortfall_without_reason, i,
                           fmt::format("实际完成值{}未达到指标值{}，未说明偏差原因。", cite(result.actual.raw),
                                       cite(indicator.target.raw)),
                           "在“偏差原因分析及改进措施”中写明未完成的原因和拟采取的措施。");
    } else if (weight && score && *score < *weight && no_reason(result.reason) && !grade_of(result.actual) &&
               r.on(RuleId::deduction_without_reason)) {
      // A grade (达成预期指标) scores a point in its band that the evaluator picks: no deduction to explain.
      r.report_indicator(RuleId::deduction_without_reason, i,
                         fmt::format("实际完成值{}已达到指标值{}，却只得{}分（分值{}），未说明扣分原因。",
                                     cite(result.actual.raw), cite(indicator.target.raw), num(*score), num(*weight)),
                         "完成目标的指标应得满分；确需扣分的，写明扣分原因。");
    }
  }
}

void check_funds(const ProjectReview& r, const SelfEvaluation& reported) {
  for (const FundsRow& row : reported.funds) {
    const std::optional<Money>& budget = row.full_year_budget ? row.full_year_budget : row.initial_budget;
    if (!row.rate || !row.executed || !budget || budget->wan().signum() <= 0 || !r.on(RuleId::execution_rate)) continue;
    const Decimal rate = percent_of(row.executed->wan(), budget->wan(), precision, Rounding::half_even);
    if (agrees(*row.rate, rate, r.options)) continue;
    r.report(RuleId::execution_rate, row.line,
             fmt::format("{}的执行率填为{}%，而全年执行数{}÷{}{}={}%。", cite(row.source), num(*row.rate),
                         wan(*row.executed), row.full_year_budget ? "全年预算数" : "年初预算数", wan(*budget),
                         shown(rate, *row.rate)),
             "执行率应为全年执行数除以全年预算数（调整后预算数）：核对三者。");
  }
  const FundsRow* total = reported.funds_total();
  if (!total || !total->score || !total->weight || !total->executed || !r.on(RuleId::funds_score)) return;
  const std::optional<Money>& budget = total->full_year_budget ? total->full_year_budget : total->initial_budget;
  if (!budget || budget->wan().signum() <= 0) return;
  Decimal score = divide(total->executed->wan() * *total->weight, budget->wan(), precision, Rounding::half_even);
  if (score > *total->weight) score = *total->weight;
  if (agrees(*total->score, score, r.options)) return;
  r.report(RuleId::funds_score, total->line,
           fmt::format("预算执行得分填为{}，而按执行率计算为min({}÷{}×{}, {})={}。", num(*total->score),
                       wan(*total->executed), wan(*budget), num(*total->weight), num(*total->weight),
                       shown(score, *total->score)),
           "预算执行率得分 = 全年执行数 ÷ 全年预算数 × 分值，最高为分值：核对得分。");
}

void check_total(const ProjectReview& r, const SelfEvaluation& reported) {
  if (!reported.total) return;
  const Decimal& total = *reported.total;
  if (r.on(RuleId::scores_sum)) {
    Decimal sum;
    std::size_t parts = 0, unscored = 0;
    for (const IndicatorResult& result : reported.indicators) {
      if (result.score) {
        sum += *result.score;
        ++parts;
      } else {
        ++unscored;
      }
    }
    const FundsRow* funds = reported.funds_total();
    if (funds && funds->score) {
      sum += *funds->score;
      ++parts;
    }
    if (parts > 0 && !agrees(total, sum, r.options))
      r.report(RuleId::scores_sum, reported.line,
               fmt::format("总分填为{}，而各项得分之和为{}{}。", num(total), num(sum),
                           unscored ? fmt::format("（{}个指标未填得分）", unscored) : std::string()),
               "总分应为各指标得分与预算执行得分之和：核对各项得分和总分。");
  }
  if (r.on(RuleId::grade_against_total) && !is_blank(reported.grade)) {
    const std::optional<EvaluationGrade> written = grade_written(reported.grade);
    const EvaluationGrade expected = grade_of_total(total, r.options);
    if (written && *written != expected)
      r.report(RuleId::grade_against_total, reported.line,
               fmt::format("自评等级填为{}，而总分{}对应的等级是“{}”（优≥{}，良≥{}，中≥{}）。", cite(reported.grade),
                           num(total), enum_name(expected), num(r.options.excellent_from), num(r.options.good_from),
                           num(r.options.pass_from)),
               "按总分所在的等级填写自评等级，或核对总分。");
  }
}

void check_weights(const ProjectReview& r) {
  const auto& indicators = r.project.indicators;
  if (indicators.empty()) return;
  Decimal sum;
  for (const Indicator& indicator : indicators) {
    if (!indicator.weight) return;  // weights are stated for every indicator or not read as such
    sum += *indicator.weight;
  }
  if (r.on(RuleId::weights_sum)) {
    const SelfEvaluation* reported = r.project.self_evaluation ? &*r.project.self_evaluation : nullptr;
    const FundsRow* funds = reported ? reported->funds_total() : nullptr;
    if (funds && funds->weight) {
      if (sum + *funds->weight != 100)
        r.report(RuleId::weights_sum, 0,
                 fmt::format("各指标分值之和{}加预算执行率分值{}为{}，不是100分。", num(sum), num(*funds->weight),
                             num(sum + *funds->weight)),
                 "调整各指标的分值，使其与预算执行率分值合计为100分。");
    } else if (sum != 100 && sum != 90) {
      r.report(RuleId::weights_sum, 0,
               fmt::format("各指标分值之和为{}，既不是100分，也不是留出预算执行率10分后的90分。", num(sum)),
               "调整各指标的分值，使合计为100分（或90分加预算执行率10分）。");
    }
  }
  if (!r.on(RuleId::level1_points)) return;
  for (const Level1Points& points : r.project.level1_points) {
    Decimal in_level;
    std::size_t count = 0;
    for (const Indicator& indicator : indicators) {
      const bool same = points.level1 != Level1::其他 ? indicator.level1 == points.level1
                                                      : indicator.level1_text == points.text;
      if (!same) continue;
      in_level += *indicator.weight;
      ++count;
    }
    if (count == 0 || (in_level >= points.low && in_level <= points.high)) continue;
    const std::string printed =
        points.low == points.high ? num(points.low) + "分" : num(points.low) + "–" + num(points.high) + "分";
    r.report(RuleId::level1_points, points.line,
             fmt::format("{}标注{}，其下{}个指标的分值合计为{}。", points.text, printed, count, num(in_level)),
             "使一级指标下各指标的分值合计落在表中标注的分值内，或核对标注。");
  }
}

}  // namespace

void check_self_evaluation(const ProjectReview& r) {
  check_weights(r);
  if (!r.project.self_evaluation) return;
  const SelfEvaluation& reported = *r.project.self_evaluation;
  check_results(r, reported);
  check_funds(r, reported);
  check_total(r, reported);
}

}  // namespace jixiao::review_detail
