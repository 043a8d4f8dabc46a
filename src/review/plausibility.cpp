// Plausibility: figures a target can hold but should not. A share beyond 0–100 %, a bound that every
// result meets, a satisfaction target set low, a date in another year (a table copied from last
// year's) — each is readable and wrong.

#include "rules.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace jixiao::review_detail {
namespace {

const Decimal hundred{100};

// Years written in the project's name and title (提前下达2024年…, 2025 科普经费): 19xx/20xx.
void add_years(std::string_view text, std::vector<int>& years) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t j = i;
    int value = 0;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9' && j - i < 5) value = value * 10 + (text[j++] - '0');
    const bool more_digits = j < text.size() && text[j] >= '0' && text[j] <= '9';
    if (j - i == 4 && !more_digits && value >= 1900 && value < 2100) years.push_back(value);
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    i = j;
  }
}

void check_rate_range(const ProjectReview& r, std::size_t i) {
  const Indicator& indicator = r.project.indicators[i];
  const Target& t = indicator.target;
  const Comparison* c = t.if_comparison();
  const Range* range = t.if_range();
  const Quantity* low = c ? &c->value : range ? &range->lower : nullptr;
  if (!r.facts[i].bounded_rate || !low || low->unit.kind() != UnitKind::percent) return;
  const bool above = low->value > hundred || (range && range->upper.value > hundred) ||
                     (c && c->comparator == Comparator::gt && c->value.value >= hundred);
  const bool below = low->value.is_negative();
  if (!above && !below) return;
  r.report_indicator(RuleId::rate_out_of_range, i,
                     fmt::format("比率{}的指标值{}{}，不可能达到。", cite(indicator.name), cite(t.raw),
                                 above ? "超过了100%" : "是负数"),
                     "比率在0到100%之间，请核对数值（如“≥95%”或“=100%”）。");
}

void check_vacuous(const ProjectReview& r, std::size_t i) {
  const Indicator& indicator = r.project.indicators[i];
  const IndicatorFacts& facts = r.facts[i];
  const Target& t = indicator.target;
  const Comparison* c = t.if_comparison();
  if (!c || !c->comparator_written) return;
  const Decimal& v = c->value.value;
  const UnitKind kind = c->value.unit.kind();
  const bool bounded_percent = kind == UnitKind::percent && facts.bounded_rate;
  if (bounded_percent && ((c->comparator == Comparator::le && v >= hundred) ||
                          (c->comparator == Comparator::lt && v > hundred))) {
    r.report_indicator(RuleId::vacuous_target, i,
                       fmt::format("比率不会超过100%，指标值{}对任何结果都成立，没有约束力。", cite(t.raw)),
                       "写出真正要达到的比率，例如“≥10%”。");
    return;
  }
  // A lower bound of nothing. Temperatures and changes (增长率) can go below zero, so ≥0 binds them.
  const bool non_negative = bounded_percent || kind == UnitKind::none || kind == UnitKind::count ||
                            kind == UnitKind::people || kind == UnitKind::money || kind == UnitKind::area ||
                            kind == UnitKind::length || kind == UnitKind::mass || kind == UnitKind::volume ||
                            kind == UnitKind::duration || kind == UnitKind::score;
  if (non_negative && ((c->comparator == Comparator::ge && v.signum() <= 0) ||
                       (c->comparator == Comparator::gt && v.is_negative())))
    r.report_indicator(RuleId::vacuous_target, i,
                       fmt::format("指标值{}对任何结果都成立，没有约束力。", cite(t.raw)),
                       "写出要达到的数量，例如“≥30次”。");
}

void check_satisfaction(const ProjectReview& r, std::size_t i) {
  const Indicator& indicator = r.project.indicators[i];
  const Target& t = indicator.target;
  const Comparison* c = t.if_comparison();
  if (!r.facts[i].satisfaction || !c || c->value.unit.kind() != UnitKind::percent) return;
  if (c->comparator == Comparator::le || c->comparator == Comparator::lt) return;  // direction_against_category
  if (c->value.value >= r.options.satisfaction_floor) return;
  r.report_indicator(RuleId::low_satisfaction, i,
                     fmt::format("满意度目标{}低于通常要求的{}%。", cite(t.raw), r.options.satisfaction_floor),
                     fmt::format("满意度目标一般不低于{}%；确需设低的，请在依据中说明理由。",
                                 r.options.satisfaction_floor));
}

void check_year(const ProjectReview& r, std::size_t i, const std::vector<int>& years) {
  const Indicator& indicator = r.project.indicators[i];
  const Target& t = indicator.target;
  if (t.year_from_context) return;
  const Period* period = t.if_period();
  const Deadline* deadline = t.if_deadline();
  if (!period && !deadline) return;
  for (const Date* date : {period ? &period->start : nullptr, period ? &period->end : &deadline->date}) {
    if (!date || !date->has_year() || std::find(years.begin(), years.end(), date->year) != years.end()) continue;
    const int budget_year = r.document.year != 0 ? r.document.year : years.front();
    r.report_indicator(RuleId::target_year, i,
                       fmt::format("指标值{}的年份{}与预算年度{}不符。", cite(t.raw), date->year, budget_year),
                       fmt::format("改为{}年的时间，或核对是否沿用了往年的表格。", budget_year));
    return;
  }
}

}  // namespace

void check_plausibility(const ProjectReview& r) {
  std::vector<int> years;
  if (r.on(RuleId::target_year)) {
    years.reserve(4);  // the document's year and those of name and title: one allocation, not three
    if (r.document.year != 0) years.push_back(r.document.year);
    add_years(r.project.name, years);
    add_years(r.project.title, years);
  }
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
    if (!r.facts[i].checked) continue;
    if (r.on(RuleId::rate_out_of_range)) check_rate_range(r, i);
    if (r.on(RuleId::vacuous_target)) check_vacuous(r, i);
    if (r.on(RuleId::low_satisfaction)) check_satisfaction(r, i);
    if (!years.empty()) check_year(r, i, years);
  }
}

}  // namespace jixiao::review_detail
