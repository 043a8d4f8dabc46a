// Category: the target fits the indicator it belongs to (domain.md §2–3). 数量、质量、效益、满意度
// targets are lower bounds (≥) and 成本 targets upper bounds (≤); a share (率, 满意度) is a
// percentage, a count is not, and a cost is an amount of money. A direction the table states
// (指标方向性) agrees with the comparator.

#include "rules.hpp"
#include "text.hpp"

#include <jixiao/describe.hpp>

#include <fmt/format.h>

namespace jixiao::review_detail {
namespace {

std::string_view comparator_symbol(Comparator c) {
  switch (c) {
    case Comparator::ge:
      return "≥";
    case Comparator::gt:
      return ">";
    case Comparator::le:
      return "≤";
    case Comparator::lt:
      return "<";
    case Comparator::eq:
      break;
  }
  return "=";
}

Comparator flipped(Comparator c) {
  switch (c) {
    case Comparator::ge:
      return Comparator::le;
    case Comparator::gt:
      return Comparator::lt;
    case Comparator::le:
      return Comparator::ge;
    case Comparator::lt:
      return Comparator::gt;
    case Comparator::eq:
      break;
  }
  return c;
}

std::string_view unit_noun(UnitKind kind) {
  switch (kind) {
    case UnitKind::count:
      return "个数";
    case UnitKind::people:
      return "人数";
    case UnitKind::money:
      return "金额";
    case UnitKind::percent:
      return "百分比";
    case UnitKind::duration:
      return "时长";
    case UnitKind::area:
      return "面积";
    case UnitKind::length:
      return "长度";
    case UnitKind::mass:
      return "重量";
    case UnitKind::volume:
      return "体积";
    case UnitKind::temperature:
      return "温度";
    case UnitKind::scale:
      return "数量级";
    case UnitKind::score:
      return "分值";
    case UnitKind::none:
    case UnitKind::unknown:
      break;
  }
  return "非百分比的数";
}

// The figure whose unit says what a target measures: an amount's, a range's lower bound; null for
// the kinds without one.
const Quantity* figure_of(const Target& t) noexcept {
  if (const Amount* a = t.if_amount()) return &a->value;
  if (const Range* r = t.if_range()) return &r->lower;
  return nullptr;
}

// The heading a message names the indicator's category by: its 二级, or its 一级 if the 二级 is unknown.
std::string category_of(const Indicator& indicator) {
  if (indicator.level2 != Level2::其他) return std::string(enum_name(indicator.level2));
  return std::string(enum_name(indicator.level1));
}

// The direction a written ≥ > (forward) or ≤ < (reverse) gives a figure; none for anything else.
Direction written_direction(const Amount* a) noexcept {
  if (!a || !a->comparator_written) return Direction::none;
  if (a->comparator == Comparator::ge || a->comparator == Comparator::gt) return Direction::forward;
  if (a->comparator == Comparator::le || a->comparator == Comparator::lt) return Direction::reverse;
  return Direction::none;
}

void check_direction(const ProjectReview& r, std::size_t i) {
  const Indicator& indicator = r.project.indicators[i];
  const IndicatorFacts& facts = r.facts[i];
  const Target& t = indicator.target;
  const Amount* amount = t.if_amount();
  const Direction bound = written_direction(amount);
  // A table that states the direction (指标方向性) the comparator has means it: 反向 on a count of
  // accidents is deliberate.
  if (bound == Direction::none || bound == indicator.direction) return;
  const bool forward = bound == Direction::forward;
  const bool reverse = bound == Direction::reverse;
  const auto suggestion = [&] {
    return fmt::format("改为“{}{}”。", comparator_symbol(flipped(amount->comparator)), amount->value.to_string());
  };
  if (facts.cost) {
    if (forward && money_value(amount->value, true))
      r.report_indicator(RuleId::direction_against_category, i,
                         fmt::format("{}是支出的上限，应写“≤”，这里写成了{}，花得越多反而越达标。",
                                     category_of(indicator), cite(t.raw)),
                         suggestion());
    return;
  }
  // 时效 may run either way (≥250 天 open, ≤3 天 to answer); 101号 社会/生态成本 are not amounts.
  if (indicator.level2 == Level2::时效指标 || indicator.level1 == Level1::成本指标) return;
  const bool forward_category = indicator.level1 == Level1::产出指标 || indicator.level1 == Level1::效益指标 ||
                                indicator.level1 == Level1::满意度指标 || facts.satisfaction;
  // Names such as 投诉率 or 办结时间 are better when lower; money on such a row is a cost cap.
  if (!forward_category || !reverse || facts.reverse || amount->value.unit.kind() == UnitKind::money ||
      amount->value.unit.kind() == UnitKind::duration)
    return;
  r.report_indicator(RuleId::direction_against_category, i,
                     fmt::format("{}的目标应是下限（≥），这里写成了{}，结果越低反而越达标。", category_of(indicator),
                                 cite(t.raw)),
                     suggestion());
}

// The 指标方向性 column against the comparator of the same row: evaluation goes by the comparator,
// so a table that says 正向 and writes a cap is scored the other way from what one of them means.
void check_stated_direction(const ProjectReview& r, std::size_t i) {
  const Indicator& indicator = r.project.indicators[i];
  const Target& t = indicator.target;
  const Amount* amount = t.if_amount();
  const Direction bound = written_direction(amount);
  if (indicator.direction == Direction::none || bound == Direction::none || bound == indicator.direction) return;
  const bool stated_forward = indicator.direction == Direction::forward;
  r.report_indicator(RuleId::direction_against_comparator, i,
                     stated_forward
                         ? fmt::format("指标方向性是正向（越大越好），指标值{}却是上限，结果越低反而越达标。", cite(t.raw))
                         : fmt::format("指标方向性是反向（越小越好），指标值{}却是下限，结果越高反而越达标。", cite(t.raw)),
                     fmt::format("改为“{}{}”，或把指标方向性改为“{}”。", comparator_symbol(flipped(amount->comparator)),
                                 amount->value.to_string(), stated_forward ? "反向" : "正向"));
}

void check_units(const ProjectReview& r, std::size_t i) {
  const Indicator& indicator = r.project.indicators[i];
  const IndicatorFacts& facts = r.facts[i];
  const Target& t = indicator.target;
  const Quantity* figure = figure_of(t);
  if (!figure) return;
  const UnitKind kind = figure->unit.kind();
  const bool percent = kind == UnitKind::percent;

  // A score (满意度 ≥90分) is a way of measuring a share too.
  if (r.on(RuleId::rate_unit) && facts.rate && !percent && kind != UnitKind::none && kind != UnitKind::unknown &&
      kind != UnitKind::score)
    r.report_indicator(RuleId::rate_unit, i,
                       fmt::format("{}是比率，指标值{}却是{}。", cite(indicator.name), cite(t.raw), unit_noun(kind)),
                       kind == UnitKind::money ? "改为百分比（如“=100%”）；金额应写在成本指标中。"
                                               : "改为百分比（如“≥95%”），或把三级指标改为数量名称。");

  if (r.on(RuleId::count_percent) && percent &&
      (facts.count || (indicator.level2 == Level2::数量指标 && !facts.rate)))
    r.report_indicator(RuleId::count_percent, i,
                       facts.count ? fmt::format("{}是数量，指标值{}却是百分比，看不出要完成多少。",
                                                 cite(indicator.name), cite(t.raw))
                                   : fmt::format("数量指标{}的指标值{}是百分比，没有写明要完成多少。",
                                                 cite(indicator.name), cite(t.raw)),
                       "写明数量和单位，例如“≥2份”；完成率等比率应放在质量指标下。");

  if (r.on(RuleId::cost_unit) && facts.cost && !money_value(*figure, true) && !(facts.rate && percent))
    r.report_indicator(RuleId::cost_unit, i,
                       fmt::format("成本指标{}的指标值{}不是金额。", cite(indicator.name), cite(t.raw)),
                       "以万元写明成本上限，例如“≤10万元”。");
}

}  // namespace

void check_category(const ProjectReview& r) {
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
    if (!r.facts[i].checked) continue;
    if (r.on(RuleId::direction_against_category)) check_direction(r, i);
    if (r.on(RuleId::direction_against_comparator)) check_stated_direction(r, i);
    check_units(r, i);
  }
}

}  // namespace jixiao::review_detail
