#include <jixiao/evaluate.hpp>

#include "actuals/compare.hpp"
#include "actuals/match.hpp"
#include "concat.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace jixiao {
namespace {

constexpr Rounding exact_enough = Rounding::half_even;

Decimal clamp(const Decimal& score, const Decimal& weight) {
  if (score.is_negative()) return Decimal(0);
  return score > weight ? weight : score;
}

std::string num(const Decimal& d) { return d.normalized().to_string(); }

using detail::concat;

// options.over_achievement with options.precision places, the places of every achievement, so
// that comparing the two compares coefficients; none when that would round it.
std::optional<Decimal> over_achievement_at_precision(const EvaluateOptions& o) {
  if (o.over_achievement.scale() > o.precision || o.precision > Decimal::max_scale) return std::nullopt;
  try {
    return o.over_achievement.rescaled(o.precision, exact_enough);
  } catch (const OverflowError&) {
    return std::nullopt;  // too many digits at that precision: the products decide
  }
}

// Whether actual is at least over_achievement % of target (> 0), given achievement, the percentage
// rounded to `precision` places: rounding keeps order, so only a tie needs the two products, which
// were a twentieth of evaluation. `over` is over_achievement_at_precision(o).
bool over_achieved(const Decimal& actual, const Decimal& target, const Decimal& achievement,
                   const std::optional<Decimal>& over, const EvaluateOptions& o) {
  if (target.signum() <= 0) return false;
  if (over) {
    const auto order = achievement <=> *over;
    if (order != 0) return order > 0;
  }
  return actual * 100 >= target * o.over_achievement;
}

struct Context {
  const Project& project;
  const EvaluateOptions& options;
  const std::optional<Decimal>& over_achievement;  // over_achievement_at_precision(options)
  // num(band_of(g).point) by Grade: the point of most grades, printed once per evaluation.
  const std::array<std::string, 3>& band_points;
  std::vector<Diagnostic>& diagnostics;
};

// The scorers write into the score (its weight set): building a result and moving it in was a
// fortieth of evaluation. Amounts are in a common unit; the notes print them in the base
// (detail::CommonAmounts).
void forward(const detail::CommonAmounts& x, bool met, const Context& c, IndicatorScore& s) {
  const EvaluateOptions& o = c.options;
  const Decimal& target = x.target;
  const Decimal& actual = x.actual;
  s.rule = ScoreRule::forward;
  if (target.is_zero()) {
    s.score = met ? s.weight : Decimal(0);
    s.note = met ? "met (target 0)" : "not met (target 0: no ratio)";
    return;
  }
  s.achievement = percent_of(actual, target, o.precision, exact_enough);
  s.over_achieved = over_achieved(actual, target, *s.achievement, c.over_achievement, o);
  if (met) {
    s.score = s.weight;
    s.note = "met";
    return;
  }
  s.score = clamp(divide(actual * s.weight, target, o.precision, exact_enough), s.weight);
  s.note = concat(num(x.actual_in_base()), " / ", num(x.target_in_base()), " × ", num(s.weight), " = ", num(s.score));
}

void reverse(const detail::CommonAmounts& x, bool met, const Context& c, IndicatorScore& s) {
  const EvaluateOptions& o = c.options;
  const Decimal& target = x.target;
  const Decimal& actual = x.actual;
  s.rule = ScoreRule::reverse;
  if (!target.is_zero()) s.achievement = percent_of(actual, target, o.precision, exact_enough);
  if (met) {
    s.score = s.weight;
    s.note = "met";
    return;
  }
  if (target.signum() <= 0 || actual.signum() <= 0) {
    s.score = 0;
    s.note = "over a limit of 0: 0";
    return;
  }
  if (o.reverse == ReverseConvention::linear) {
    s.score = clamp(divide(s.weight * (target * 2 - actual), target, o.precision, exact_enough), s.weight);
    const std::string t = num(x.target_in_base());
    s.note =
        concat("(1 − (", num(x.actual_in_base()), " − ", t, ") / ", t, ") × ", num(s.weight), " = ", num(s.score));
  } else {
    s.score = clamp(divide(target * s.weight, actual, o.precision, exact_enough), s.weight);
    s.note = concat(num(x.target_in_base()), " / ", num(x.actual_in_base()), " × ", num(s.weight), " = ",
                    num(s.score));
  }
}

const GradeBand& band_of(Grade g, const EvaluateOptions& o) {
  switch (g) {
    case Grade::达成: return o.achieved;
    case Grade::部分达成: return o.partly;
    case Grade::未达成: return o.unmet;
  }
  return o.unmet;
}

// Sets score, rule, achievement, over_achieved and note of `s` (its weight set). `g` is
// grade_of(a.value); `checked` is not read for a grade (its reason becomes the note: taken, not
// copied); `compared`, when not null, holds the amounts compare_amounts found (computed here
// otherwise).
void score_of(const Indicator& indicator, const IndicatorActual& a, std::optional<Grade> g, CheckResult&& checked,
              const detail::AmountOutcome* compared, const Context& c, IndicatorScore& s) {
  const EvaluateOptions& o = c.options;
  const Target& t = indicator.target;
  const bool met = checked.outcome == Outcome::met;
  if (g) {
    const GradeBand& band = band_of(*g, o);
    const std::string& band_point = c.band_points[static_cast<std::size_t>(*g)];
    const Decimal* point = a.grade_percent ? &*a.grade_percent : &band.point;
    if (*point < band.low || *point > band.high) {
      c.diagnostics.push_back(
          {a.line, 0, Severity::error, DiagnosticCode::grade_point,
           fmt::format("{} / {}: the point {}% lies outside the band {}–{}% of {}; {}% is used", c.project.code,
                       indicator.name, num(*point), num(band.low), num(band.high), enum_name(*g), band_point)});
      point = &band.point;
    }
    s.rule = ScoreRule::grade;
    s.score = divide(s.weight * *point, 100, o.precision, exact_enough);
    const std::string chosen = point == &band.point ? std::string() : num(*point);
    s.note = concat(enum_name(*g), ": ", point == &band.point ? std::string_view(band_point) : chosen, "% × ",
                    num(s.weight), " = ", num(s.score));
    return;
  }
  s.rule = ScoreRule::not_scorable;  // unless a rule below applies
  if (checked.outcome == Outcome::not_comparable) {
    s.note = std::move(checked.reason);
    return;
  }
  // An outcome other than not_comparable means the actual is a figure where the target is one.
  const Amount* figure = a.value.if_amount();
  if (const Amount* bound = t.if_amount(); bound && figure) {
    const auto computed = compared ? std::nullopt : detail::common_amounts(bound->value, figure->value);
    const detail::CommonAmounts* x = compared ? &compared->low : computed ? &*computed : nullptr;
    if (x) {
      if (detail::direction_of(indicator) == Direction::reverse) reverse(*x, met, c, s);
      else forward(*x, met, c, s);
      return;
    }
  } else if (const Range* range = t.if_range(); range && figure) {
    const auto computed_low = compared ? std::nullopt : detail::common_amounts(range->lower, figure->value);
    const auto computed_high = compared ? std::nullopt : detail::common_amounts(range->upper, figure->value);
    const detail::CommonAmounts* low = compared ? &compared->low : computed_low ? &*computed_low : nullptr;
    const detail::CommonAmounts* high = compared && compared->high ? &*compared->high
                                        : computed_high            ? &*computed_high
                                                                   : nullptr;
    if (low && high) {
      if (high->actual > high->target) reverse(*high, false, c, s);
      else forward(*low, met, c, s);
      s.rule = ScoreRule::range;
      if (met) s.note = concat("within the range: ", num(s.weight));
      return;
    }
  } else if (t.if_deadline() || t.if_period()) {
    s.score = met ? s.weight : Decimal(0);
    s.rule = ScoreRule::date;
    // check() leaves room before its reason for this prefix.
    checked.reason.insert(0, met ? "met: " : "not met: ");
    s.note = std::move(checked.reason);
    return;
  }
  s.note = std::move(checked.reason);
}

constexpr std::array level1s{Level1::产出指标, Level1::效益指标, Level1::满意度指标, Level1::成本指标, Level1::其他};

}  // namespace

Decimal EvaluateOptions::weight_of(Level1 level1) const {
  switch (level1) {
    case Level1::产出指标: return output_weight;
    case Level1::效益指标: return benefit_weight;
    case Level1::满意度指标: return satisfaction_weight;
    case Level1::成本指标: return cost_weight;
    case Level1::其他: return 0;
  }
  return 0;
}

EvaluationGrade grade_of(const Decimal& total, const EvaluateOptions& options) {
  if (total >= options.excellent_from) return EvaluationGrade::优;
  if (total >= options.good_from) return EvaluationGrade::良;
  if (total >= options.pass_from) return EvaluationGrade::中;
  return EvaluationGrade::差;
}

namespace {

// Scores every project with figures in `matched`, after the diagnostics of matching them.
// `budget_weights`, when given, is each project's own weight of 预算执行率 (a 自评表's 分值 of its
// funds), none where it states none.
Evaluation evaluate_index(const Document& document, const detail::ActualsIndex& matched,
                          std::vector<Diagnostic> matching, const EvaluateOptions& options,
                          const std::vector<std::optional<Decimal>>* budget_weights) {
  Evaluation out;
  out.diagnostics = std::move(matching);
  const Decimal weights = options.output_weight + options.benefit_weight + options.satisfaction_weight +
                          options.cost_weight + options.budget_weight;
  if (weights != 100)
    out.diagnostics.push_back({0, 0, Severity::warning, DiagnosticCode::weights_sum,
                               fmt::format("the weights sum to {}, not 100: totals are out of {}", num(weights),
                                           num(weights))});

  const std::optional<Decimal> over_achievement = over_achievement_at_precision(options);
  const std::array<std::string, 3> band_points{num(options.achieved.point), num(options.partly.point),
                                               num(options.unmet.point)};
  out.projects.reserve(document.projects.size());
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    const Decimal& budget_weighting = budget_weights && (*budget_weights)[p] ? *(*budget_weights)[p] : options.budget_weight;
    const std::string budget_weight = num(budget_weighting);
    if (!matched.reported(p)) {
      // Lines of evaluation diagnostics are lines of the actuals; a project is named by its code
      // and the line of its table in the document.
      out.diagnostics.push_back({0, 0, Severity::info, DiagnosticCode::project_not_reported,
                                 fmt::format("{} (document line {}): no actual figures, not evaluated",
                                             project.code.empty() ? project.name : project.code, project.line)});
      continue;
    }
    ProjectEvaluation e;
    e.project = p;
    // Diagnostics name the project by its code, or by its name when it has none (a 自评表).
    const std::string_view code = project.code;
    const std::string_view subject = code.empty() ? result_name(project) : code;
    const Context context{project, options, over_achievement, band_points, out.diagnostics};

    // The table's own weights (a 权重 column) replace the 一级 shares only when every indicator has
    // one: a share for the rest would have to be made up.
    std::size_t stated = 0;
    Decimal stated_sum;
    for (const Indicator& i : project.indicators) {
      if (!i.weight) continue;
      ++stated;
      stated_sum += *i.weight;
    }
    const bool use_stated = options.use_stated_weights && stated > 0 && stated == project.indicators.size();
    if (const Decimal sum = stated_sum + budget_weighting; use_stated && sum != 100)
      out.diagnostics.push_back({0, 0, Severity::warning, DiagnosticCode::weights_sum,
                                 fmt::format("{} (document line {}): the stated weights ({}) and 预算执行率 ({}) sum "
                                             "to {}, not 100: the total is out of {}",
                                             subject, project.line, num(stated_sum), budget_weight, num(sum), num(sum))});
    if (options.use_stated_weights && stated > 0 && !use_stated)
      out.diagnostics.push_back(
          {0, 0, Severity::warning, DiagnosticCode::weights_partial,
           fmt::format("{} (document line {}): {} of {} indicators state a weight; the 一级 weights of the options "
                       "are used for all of them",
                       subject, project.line, stated, project.indicators.size())});

    // An indicator's weight is its 一级's share: one division per 一级, not one per indicator. With
    // stated weights the 一级 weights play no part, nor do their diagnostics.
    std::array<Decimal, level1s.size()> shares;
    if (!use_stated) {
      std::array<std::size_t, level1s.size()> counts{};
      for (const Indicator& i : project.indicators) ++counts[static_cast<std::size_t>(i.level1)];
      for (Level1 l : level1s) {
        const std::size_t n = counts[static_cast<std::size_t>(l)];
        const Decimal w = options.weight_of(l);
        if (n > 0) shares[static_cast<std::size_t>(l)] = divide(w, n, options.precision, exact_enough);
        if (n == 0 && w.signum() > 0)
          out.diagnostics.push_back({0, 0, Severity::warning, DiagnosticCode::weight_unused,
                                     fmt::format("{} (document line {}): no {} indicator; its {} points cannot be "
                                                 "earned",
                                                 subject, project.line, enum_name(l), num(w))});
        if (n > 0 && w.is_zero())
          out.diagnostics.push_back({0, 0, Severity::warning, DiagnosticCode::weight_missing,
                                     fmt::format("{} (document line {}): {} {} indicator(s) carry no weight (give {} "
                                                 "a weight)",
                                                 subject, project.line, n, enum_name(l), enum_name(l))});
      }
    }

    bool all_reported = true;
    e.indicators.reserve(project.indicators.size());
    for (std::size_t i = 0; i < project.indicators.size(); ++i) {
      const Indicator& indicator = project.indicators[i];
      // Built in place: moving a finished score into the vector was a twentieth of evaluation.
      IndicatorScore& s = e.indicators.emplace_back();
      s.indicator = i;
      s.level1 = indicator.level1;
      s.weight = use_stated ? *indicator.weight : shares[static_cast<std::size_t>(indicator.level1)];
      const IndicatorActual* a = matched.indicator(p, i);
      if (!a) {
        s.rule = ScoreRule::no_actual;
        s.score = 0;
        s.note = "no actual value reported: 0";
        s.unmet_without_reason = true;
        all_reported = false;
      } else {
        s.actual = a->value.raw;
        s.reason = a->reason;
        // check() writes a reason that scoring uses only when the figures do not compare and for
        // dates: the outcome alone is computed for the other amounts, and a grade needs neither.
        const Direction direction = detail::direction_of(indicator);
        const auto grade = grade_of(a->value);
        const auto compared =
            grade ? std::nullopt : detail::compare_amounts(indicator.target, a->value, direction);
        const auto outcome = grade ? std::optional(*grade == Grade::达成 ? Outcome::met : Outcome::not_met)
                             : compared ? std::optional(compared->outcome)
                                        : std::nullopt;
        CheckResult checked = outcome ? CheckResult{*outcome, {}} : check(indicator.target, a->value, direction);
        s.outcome = checked.outcome;
        score_of(indicator, *a, grade, std::move(checked), compared ? &*compared : nullptr, context, s);
        s.unmet_without_reason = s.outcome == Outcome::not_met && a->reason.empty();
        s.reported = a->reported_score;
        if (s.reported) s.difference = *s.reported - s.score;
        else all_reported = false;
      }
      e.total += s.score;
    }

    BudgetScore& b = e.budget;
    b.weight = budget_weighting;
    const ProjectActual* spending = matched.project(p);
    b.budget = options.budget_base == BudgetBase::调整后预算数 && spending && spending->adjusted_budget
                   ? spending->adjusted_budget
                   : project.budget.total;
    if (spending) {
      b.executed = spending->executed;
      b.reported = spending->reported_score;
    }
    if (!b.executed) {
      b.note = "no spending reported: 0";
    } else if (!b.budget || b.budget->wan().signum() <= 0) {
      b.note = "no budget to divide by: 0";
    } else {
      const Decimal& x = b.executed->wan();
      const Decimal& base = b.budget->wan();
      b.rate = percent_of(x, base, options.precision, exact_enough);
      b.score = clamp(divide(x * b.weight, base, options.precision, exact_enough), b.weight);
      b.note = concat("min(", num(x), " / ", num(base), " × ", budget_weight, ", ", budget_weight, ") = ",
                      num(b.score));
    }
    if (b.reported) b.difference = *b.reported - b.score;
    else all_reported = false;
    e.total += b.score;
    e.grade = grade_of(e.total, options);
    if (all_reported) {
      Decimal reported = *b.reported;
      for (const IndicatorScore& s : e.indicators) reported += *s.reported;
      e.reported_total = reported;
      e.difference = reported - e.total;
    }
    out.projects.push_back(std::move(e));
  }
  return out;
}

// The figures of a document's 自评表s as the actuals evaluation reads, placed by position.
struct Reported {
  Actuals actuals;
  std::vector<std::optional<Decimal>> budget_weights;
};

Reported reported_figures(const Document& document, const EvaluateOptions& options) {
  Reported out;
  out.budget_weights.resize(document.projects.size());
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    if (!project.self_evaluation) continue;
    const SelfEvaluation& reported = *project.self_evaluation;
    const Date year_end{document.year, 12, 31};
    if (const FundsRow* funds = reported.funds_total()) {
      ProjectActual& a = out.actuals.projects.emplace_back();
      a.project_code = project.code;
      a.as_of = year_end;
      a.executed = funds->executed;
      a.adjusted_budget = funds->full_year_budget;
      a.reported_score = funds->score;
      out.budget_weights[p] = funds->weight;
    }
    for (const IndicatorResult& r : reported.indicators) {
      if (r.indicator >= project.indicators.size() || (r.actual.raw.empty() && !r.score)) continue;
      IndicatorActual& a = out.actuals.indicators.emplace_back();
      const Indicator& indicator = project.indicators[r.indicator];
      a.project_code = project.code;
      a.indicator = indicator.name;
      a.as_of = year_end;
      a.value = r.actual;
      a.reason = r.reason;
      a.reported_score = r.score;
      // A grade's score is the evaluator's point in its band: the share of the weight given.
      if (r.score && indicator.weight && indicator.weight->signum() > 0 && grade_of(r.actual))
        a.grade_percent = divide(*r.score * 100, *indicator.weight, options.precision, exact_enough).normalized();
    }
  }
  return out;
}

}  // namespace

const Project& project_of(const Document& document, const ProjectEvaluation& evaluation) {
  return project_at(document, evaluation.project, "evaluation");
}

const Indicator& indicator_of(const Document& document, const ProjectEvaluation& evaluation,
                              const IndicatorScore& score) {
  return indicator_at(project_of(document, evaluation), score.indicator, "evaluation");
}

Evaluation evaluate(const Document& document, const Actuals& actuals, const Matched& matched,
                    const EvaluateOptions& options) {
  return evaluate_index(document, detail::ActualsIndex(document, actuals, matched, options.as_of), matched.diagnostics,
                        options, nullptr);
}

Evaluation evaluate(const Document& document, const Actuals& actuals, const EvaluateOptions& options) {
  return evaluate(document, actuals, match(document, actuals), options);
}

Evaluation evaluate_reported(const Document& document, const EvaluateOptions& options) {
  const Reported reported = reported_figures(document, options);
  // Placed in the order they were made: project by project, the spending first.
  detail::ActualsIndex placed(document);
  std::size_t spending = 0, values = 0;
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    if (!project.self_evaluation) continue;
    if (project.self_evaluation->funds_total()) placed.place(p, &reported.actuals.projects[spending++]);
    for (const IndicatorResult& r : project.self_evaluation->indicators) {
      if (r.indicator >= project.indicators.size() || (r.actual.raw.empty() && !r.score)) continue;
      placed.place(p, r.indicator, &reported.actuals.indicators[values++]);
    }
  }
  Evaluation evaluation = evaluate_index(document, placed, {}, options, &reported.budget_weights);
  // The total the form states is the one to compare with (review's scores_sum says whether its
  // parts add up to it).
  for (ProjectEvaluation& e : evaluation.projects) {
    const std::optional<Decimal>& total = document.projects[e.project].self_evaluation->total;
    if (!total) continue;
    e.reported_total = *total;
    e.difference = *total - e.total;
  }
  return evaluation;
}

}  // namespace jixiao
