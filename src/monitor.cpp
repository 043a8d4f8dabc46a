#include <jixiao/monitor.hpp>

#include "actuals/compare.hpp"
#include "actuals/match.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jixiao {
namespace {

Colour worst(Colour a, Colour b) { return std::max(a, b); }

bool is_rate(const Unit& unit) noexcept { return unit.kind() == UnitKind::percent || unit.kind() == UnitKind::score; }

Colour grade_colour(Grade g) {
  switch (g) {
    case Grade::达成: return Colour::green;
    case Grade::部分达成: return Colour::yellow;
    case Grade::未达成: return Colour::red;
  }
  return Colour::none;
}

struct Judged {
  Colour colour = Colour::none;
  std::optional<Decimal> prorated;
  std::optional<Decimal> ratio;
  std::string note;
};

// A forward amount against its target prorated by months/12 (rates are not prorated).
Judged forward_amount(const Quantity& target, const Quantity& actual, int months, const MonitorOptions& options) {
  Judged j;
  const auto x = detail::amounts(target, actual);
  if (!x) {
    j.note = fmt::format("the actual {} and the target {} are in units that do not convert", actual.to_string(),
                         target.to_string());
    return j;
  }
  const bool prorate = options.prorate_rates || !is_rate(target.unit);
  const Decimal twelfths = prorate ? Decimal(months) : Decimal(12);
  if (twelfths.is_zero()) {
    j.note = "no month of the year is complete yet";
    return j;
  }
  const Decimal prorated = divide(x->target * twelfths, 12, options.scale, options.rounding);
  j.prorated = prorated;
  if (x->target.is_zero()) {
    j.colour = x->actual.is_negative() ? Colour::red : Colour::green;
    j.note = "the target is 0";
    return j;
  }
  j.ratio = percent_of(x->actual * 12, x->target * twelfths, options.scale, options.rounding);
  j.colour = colour_of(*j.ratio, options);
  j.note = prorate && months < 12
               ? fmt::format("{} is {}% of {}{} ({}/12 of {})", actual.to_string(), j.ratio->to_string(),
                             prorated.to_string(), target.normalized().unit.symbol(), months, target.to_string())
               : fmt::format("{} is {}% of {}", actual.to_string(), j.ratio->to_string(), target.to_string());
  return j;
}

Judged judge(const Indicator& indicator, const IndicatorActual& a, int months, const MonitorOptions& options) {
  const Target& t = indicator.target;
  if (const auto g = grade_of(a.value))
    return {grade_colour(*g), {}, {}, fmt::format("graded {}", a.value.as_qualitative().text)};
  const Direction direction = detail::direction_of(indicator);
  const CheckResult checked = check(t, a.value, direction);
  if (checked.outcome == Outcome::not_comparable) return {Colour::none, {}, {}, checked.reason};
  // Comparable to an amount or a range, the actual is a figure.
  const Amount* figure = a.value.if_amount();
  if (const Amount* bound = t.if_amount(); bound && figure) {
    if (direction == Direction::reverse)
      return {checked.outcome == Outcome::met ? Colour::green : Colour::red, {}, {}, checked.reason};
    if (checked.outcome == Outcome::met && months >= 12) return {Colour::green, {}, {}, checked.reason};
    return forward_amount(bound->value, figure->value, months, options);
  }
  if (const Range* range = t.if_range(); range && figure) {
    if (checked.outcome == Outcome::met) return {Colour::green, {}, {}, checked.reason};
    const auto high = detail::amounts(range->upper, figure->value);
    if (high && high->actual > high->target) return {Colour::blue, {}, {}, checked.reason};
    return forward_amount(range->lower, figure->value, months, options);
  }
  return {checked.outcome == Outcome::met ? Colour::green : Colour::red, {}, {}, checked.reason};
}

std::string subject(const Project& p, const Indicator* i) {
  const Text& name = p.name.empty() ? p.title : p.name;
  return i ? fmt::format("{} / {}", name, i->name) : fmt::format("{} / 预算执行", name);
}

}  // namespace

Colour colour_of(const Decimal& ratio, const MonitorOptions& options) {
  if (ratio < options.red_below) return Colour::red;
  if (ratio < options.green_from) return Colour::yellow;
  if (ratio < options.blue_from) return Colour::green;
  return Colour::blue;
}

int months_elapsed(int year, const Date& as_of) {
  if (as_of.year < year) return 0;
  if (as_of.year > year) return 12;
  const bool month_done = as_of.has_day() && as_of.day >= days_in_month(as_of.year, as_of.month);
  return as_of.month - (month_done || !as_of.has_day() ? 0 : 1);
}

MonitorReport monitor(const Document& document, const Actuals& actuals, const Matched& matched, const Date& as_of,
                      const MonitorOptions& options) {
  MonitorReport report;
  report.as_of = as_of;
  const int year = document.year != 0 ? document.year : as_of.year;
  report.months_elapsed = months_elapsed(year, as_of);
  report.time_progress = percent_of(report.months_elapsed, 12, options.scale, options.rounding);
  const detail::ActualsIndex figures(document, actuals, matched, as_of);
  report.diagnostics = matched.diagnostics;
  const int months = report.months_elapsed;

  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    if (!figures.reported(p)) continue;
    ProjectStatus s;
    s.project = p;
    s.code = project.code;
    s.name = project.name.empty() ? project.title : project.name;
    const ProjectActual* spending = figures.project(p);
    s.budget = spending && spending->adjusted_budget ? spending->adjusted_budget : project.budget.total;
    if (spending) s.executed = spending->executed;
    if (s.executed && s.budget && !s.budget->is_zero()) {
      const Decimal& spent = s.executed->wan();
      const Decimal& budget = s.budget->wan();
      s.spent_percent = percent_of(spent, budget, options.scale, options.rounding);
      if (months > 0) {
        s.ratio_to_time = percent_of(spent * 12, budget * months, options.scale, options.rounding);
        s.time_colour = colour_of(*s.ratio_to_time, options);
        s.planned_percent = project.spending_plan.planned_by(months);
        if (s.planned_percent && !s.planned_percent->is_zero()) {
          s.ratio_to_plan = percent_of(spent * 100, budget * *s.planned_percent, options.scale, options.rounding);
          s.plan_colour = colour_of(*s.ratio_to_plan, options);
        }
      }
    }
    const Colour spending_colour = worst(s.time_colour, s.plan_colour);
    if (spending_colour >= Colour::yellow)
      report.explanations.push_back(
          {p, std::nullopt, subject(project, nullptr), spending_colour,
           fmt::format("spent {}% of the budget; {}% of time progress{}", s.spent_percent->to_string(),
                       s.ratio_to_time->to_string(),
                       s.ratio_to_plan ? fmt::format(", {}% of the plan", s.ratio_to_plan->to_string()) : ""),
           {}});
    s.colour = spending_colour;

    for (std::size_t i = 0; i < project.indicators.size(); ++i) {
      const Indicator& indicator = project.indicators[i];
      IndicatorStatus is;
      is.indicator = i;
      is.name = indicator.name;
      is.target = to_string(indicator.target);
      if (const IndicatorActual* a = figures.indicator(p, i)) {
        is.actual = a->value.raw;
        Judged j = judge(indicator, *a, months, options);
        is.colour = j.colour;
        is.prorated_target = std::move(j.prorated);
        is.ratio = std::move(j.ratio);
        is.note = std::move(j.note);
        if (a->expected) is.expected = a->expected->raw;
        is.likelihood = a->likelihood;
        is.cause = a->cause;
        is.reason = a->reason;
      } else {
        is.note = "no actual value reported";
      }
      if (is.colour >= Colour::yellow)
        report.explanations.push_back({p, i, subject(project, &indicator), is.colour, is.note, is.reason});
      s.colour = worst(s.colour, is.colour);
      s.indicators.push_back(std::move(is));
    }
    report.projects.push_back(std::move(s));
  }
  return report;
}

MonitorReport monitor(const Document& document, const Actuals& actuals, const Date& as_of,
                      const MonitorOptions& options) {
  return monitor(document, actuals, match(document, actuals), as_of, options);
}

std::string_view chinese_name(Colour c) noexcept {
  switch (c) {
    case Colour::none: return "—";
    case Colour::green: return "绿";
    case Colour::blue: return "蓝";
    case Colour::yellow: return "黄";
    case Colour::red: return "红";
  }
  return "—";
}

}  // namespace jixiao
