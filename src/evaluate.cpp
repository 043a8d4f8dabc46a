#include <jixiao/evaluate.hpp>

#include "actuals/compare.hpp"
#include "actuals/match.hpp"

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

// The notes of scored indicators, joined in one allocation: fmt::format's parsing of the pattern
// was a fourteenth of evaluation.
template <class... Parts>
std::string concat(const Parts&... parts) {
  std::string out;
  out.reserve((std::string_view(parts).size() + ...));
  (out.append(parts), ...);
  return out;
}

struct Scored {
  Decimal score;
  ScoreRule rule = ScoreRule::not_scorable;
  std::optional<Decimal> achievement;
  bool over = false;
  std::string note;
};

Scored forward(const Decimal& target, const Decimal& actual, const Decimal& weight, bool met,
               const EvaluateOptions& o) {
  Scored s;
  s.rule = ScoreRule::forward;
  if (target.is_zero()) {
    s.score = met ? weight : Decimal(0);
    s.note = met ? "met (target 0)" : "not met (target 0: no ratio)";
    return s;
  }
  s.achievement = percent_of(actual, target, o.precision, exact_enough);
  s.over = target.signum() > 0 && actual * 100 >= target * o.over_achievement;
  if (met) {
    s.score = weight;
    s.note = "met";
    return s;
  }
  s.score = clamp(divide(actual * weight, target, o.precision, exact_enough), weight);
  s.note = concat(num(actual), " / ", num(target), " × ", num(weight), " = ", num(s.score));
  return s;
}

Scored reverse(const Decimal& target, const Decimal& actual, const Decimal& weight, bool met,
               const EvaluateOptions& o) {
  Scored s;
  s.rule = ScoreRule::reverse;
  if (!target.is_zero()) s.achievement = percent_of(actual, target, o.precision, exact_enough);
  if (met) {
    s.score = weight;
    s.note = "met";
    return s;
  }
  if (target.signum() <= 0 || actual.signum() <= 0) {
    s.score = 0;
    s.note = "over a limit of 0: 0";
    return s;
  }
  if (o.reverse == ReverseConvention::linear) {
    s.score = clamp(divide(weight * (target * 2 - actual), target, o.precision, exact_enough), weight);
    const std::string t = num(target);
    s.note = concat("(1 − (", num(actual), " − ", t, ") / ", t, ") × ", num(weight), " = ", num(s.score));
  } else {
    s.score = clamp(divide(target * weight, actual, o.precision, exact_enough), weight);
    s.note = concat(num(target), " / ", num(actual), " × ", num(weight), " = ", num(s.score));
  }
  return s;
}

const GradeBand& band_of(Grade g, const EvaluateOptions& o) {
  switch (g) {
    case Grade::达成: return o.achieved;
    case Grade::部分达成: return o.partly;
    case Grade::未达成: return o.unmet;
  }
  return o.unmet;
}

struct Context {
  const Project& project;
  const EvaluateOptions& options;
  std::vector<Diagnostic>& diagnostics;
};

// `g` is grade_of(a.value); `checked` is not read for a grade; `compared`, when not null, holds the
// amounts compare_amounts found (computed here otherwise).
Scored score_of(const Indicator& indicator, const IndicatorActual& a, std::optional<Grade> g, const Decimal& weight,
                const CheckResult& checked, const detail::AmountOutcome* compared, const Context& c) {
  const EvaluateOptions& o = c.options;
  const Target& t = indicator.target;
  const bool met = checked.outcome == Outcome::met;
  if (g) {
    const GradeBand& band = band_of(*g, o);
    Decimal point = a.grade_percent.value_or(band.point);
    if (point < band.low || point > band.high) {
      c.diagnostics.push_back(
          {a.line, 0, Severity::error, "grade-point",
           fmt::format("{} / {}: the point {}% lies outside the band {}–{}% of {}; {}% is used", c.project.code,
                       indicator.name, num(point), num(band.low), num(band.high), enum_name(*g), num(band.point))});
      point = band.point;
    }
    Scored s;
    s.rule = ScoreRule::grade;
    s.score = divide(weight * point, 100, o.precision, exact_enough);
    s.note = concat(enum_name(*g), ": ", num(point), "% × ", num(weight), " = ", num(s.score));
    return s;
  }
  if (checked.outcome == Outcome::not_comparable) return {Decimal(0), ScoreRule::not_scorable, {}, false, checked.reason};
  switch (t.kind) {
    case TargetKind::comparison:
    case TargetKind::duration: {
      const auto computed = compared ? std::nullopt : detail::amounts(t.value, a.value.value);
      const detail::Amounts* x = compared ? &compared->low : computed ? &*computed : nullptr;
      if (!x) break;
      return detail::direction_of(indicator) == Direction::reverse ? reverse(x->target, x->actual, weight, met, o)
                                                                    : forward(x->target, x->actual, weight, met, o);
    }
    case TargetKind::range: {
      const auto computed_low = compared ? std::nullopt : detail::amounts(t.value, a.value.value);
      const auto computed_high = compared ? std::nullopt : detail::amounts(t.upper, a.value.value);
      const detail::Amounts* low = compared ? &compared->low : computed_low ? &*computed_low : nullptr;
      const detail::Amounts* high = compared && compared->high ? &*compared->high
                                    : computed_high            ? &*computed_high
                                                               : nullptr;
      if (!low || !high) break;
      Scored s = high->actual > high->target ? reverse(high->target, high->actual, weight, false, o)
                                             : forward(low->target, low->actual, weight, met, o);
      s.rule = ScoreRule::range;
      if (met) s.note = concat("within the range: ", num(weight));
      return s;
    }
    case TargetKind::deadline:
    case TargetKind::period:
      return {met ? weight : Decimal(0), ScoreRule::date, {}, false, (met ? "met: " : "not met: ") + checked.reason};
    default:
      break;
  }
  return {Decimal(0), ScoreRule::not_scorable, {}, false, checked.reason};
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

Evaluation evaluate(const Document& document, const Actuals& actuals, const EvaluateOptions& options) {
  Evaluation out;
  detail::ActualsIndex matched(document, actuals, options.as_of);
  out.diagnostics = std::move(matched.diagnostics);
  const Decimal weights = options.output_weight + options.benefit_weight + options.satisfaction_weight +
                          options.cost_weight + options.budget_weight;
  if (weights != 100)
    out.diagnostics.push_back({0, 0, Severity::warning, "weights-sum",
                               fmt::format("the weights sum to {}, not 100: totals are out of {}", num(weights),
                                           num(weights))});

  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    if (!matched.reported(p)) {
      // Lines of evaluation diagnostics are lines of the actuals; a project is named by its code
      // and the line of its table in the document.
      out.diagnostics.push_back({0, 0, Severity::info, "project-not-reported",
                                 fmt::format("{} (document line {}): no actual figures, not evaluated", project.code,
                                             project.line)});
      continue;
    }
    ProjectEvaluation e;
    e.project = p;
    e.code = project.code;
    e.name = project.name.empty() ? project.title : project.name;
    const Context context{project, options, out.diagnostics};

    std::array<std::size_t, level1s.size()> counts{};
    for (const Indicator& i : project.indicators) ++counts[static_cast<std::size_t>(i.level1)];
    // An indicator's weight is its 一级's share: one division per 一级, not one per indicator.
    std::array<Decimal, level1s.size()> shares;
    for (Level1 l : level1s) {
      const std::size_t n = counts[static_cast<std::size_t>(l)];
      const Decimal w = options.weight_of(l);
      if (n > 0) shares[static_cast<std::size_t>(l)] = divide(w, n, options.precision, exact_enough);
      if (n == 0 && w.signum() > 0)
        out.diagnostics.push_back({0, 0, Severity::warning, "weight-unused",
                                   fmt::format("{} (document line {}): no {} indicator; its {} points cannot be earned",
                                               e.code, project.line, enum_name(l), num(w))});
      if (n > 0 && w.is_zero())
        out.diagnostics.push_back({0, 0, Severity::warning, "weight-missing",
                                   fmt::format("{} (document line {}): {} {} indicator(s) carry no weight (give {} a "
                                               "weight)",
                                               e.code, project.line, n, enum_name(l), enum_name(l))});
    }

    bool all_reported = true;
    e.indicators.reserve(project.indicators.size());
    for (std::size_t i = 0; i < project.indicators.size(); ++i) {
      const Indicator& indicator = project.indicators[i];
      // Built in place: moving a finished score into the vector was a twentieth of evaluation.
      IndicatorScore& s = e.indicators.emplace_back();
      s.indicator = i;
      s.level1 = indicator.level1;
      s.name = indicator.name;
      s.target = to_string(indicator.target);
      s.weight = shares[static_cast<std::size_t>(indicator.level1)];
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
        const CheckResult checked = outcome ? CheckResult{*outcome, {}} : check(indicator.target, a->value, direction);
        s.outcome = checked.outcome;
        Scored scored = score_of(indicator, *a, grade, s.weight, checked, compared ? &*compared : nullptr, context);
        s.score = std::move(scored.score);
        s.rule = scored.rule;
        s.achievement = std::move(scored.achievement);
        s.over_achieved = scored.over;
        s.note = std::move(scored.note);
        s.unmet_without_reason = s.outcome == Outcome::not_met && a->reason.empty();
        s.reported = a->reported_score;
        if (s.reported) s.difference = *s.reported - s.score;
        else all_reported = false;
      }
      e.total += s.score;
    }

    BudgetScore& b = e.budget;
    b.weight = options.budget_weight;
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
      const std::string w = num(b.weight);
      b.note = concat("min(", num(x), " / ", num(base), " × ", w, ", ", w, ") = ", num(b.score));
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

}  // namespace jixiao
