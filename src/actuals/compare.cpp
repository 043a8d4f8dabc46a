#include "compare.hpp"

#include <utility>

namespace jixiao::detail {

Direction direction_of(const Indicator& indicator) noexcept {
  const Target& t = indicator.target;
  if (const Amount* amount = t.if_amount()) {
    switch (amount->comparator) {
      case Comparator::ge:
      case Comparator::gt: return Direction::forward;
      case Comparator::le:
      case Comparator::lt: return Direction::reverse;
      case Comparator::eq: break;
    }
    // A direction the table states (指标方向性) says what the category would only suggest.
    if (indicator.direction != Direction::none) return indicator.direction;
    const bool cost = indicator.level1 == Level1::成本指标 || indicator.level2 == Level2::成本指标 ||
                      indicator.level2 == Level2::经济成本指标 || indicator.level2 == Level2::社会成本指标 ||
                      indicator.level2 == Level2::生态环境成本指标;
    return cost ? Direction::reverse : Direction::forward;
  }
  return t.direction == Direction::reverse ? Direction::reverse : Direction::forward;
}

namespace {

// Whether a unit's factor leaves amounts as they are (1, 10000 are whole numbers).
bool is_one(const Decimal& d) noexcept { return d == 1; }

// What base_value multiplies by, or null when it leaves the value as it is.
const Decimal* factor_of(const Unit& unit) {
  if (unit.kind() == UnitKind::none || unit.kind() == UnitKind::unknown || is_one(unit.factor())) return nullptr;
  return &unit.factor();
}

// The value in its unit's base, as Quantity::normalized() gives it, without copying the units
// (two strings each): amounts() runs for every scored indicator.
Decimal base_value(const Decimal& value, const Decimal* factor) {
  return factor ? (value * *factor).normalized() : value;
}

// The units both amounts are read in (a bare actual takes the target's unit), or null when they
// do not convert.
std::optional<std::pair<const Unit*, const Unit*>> units_of(const Quantity& target, const Quantity& actual) {
  const Unit& actual_unit = actual.unit.kind() == UnitKind::none ? target.unit : actual.unit;
  const Unit& target_unit = target.unit.kind() == UnitKind::none ? actual_unit : target.unit;
  if (convertible(target_unit, actual_unit) || target_unit.kind() == UnitKind::scale ||
      actual_unit.kind() == UnitKind::scale)
    return std::pair(&target_unit, &actual_unit);
  return std::nullopt;
}

}  // namespace

std::optional<Amounts> amounts(const Quantity& target, const Quantity& actual) {
  const auto units = units_of(target, actual);
  if (!units) return std::nullopt;
  return Amounts{base_value(target.value, factor_of(*units->first)),
                 base_value(actual.value, factor_of(*units->second))};
}

Decimal CommonAmounts::target_in_base() const { return base_value(target, factor); }
Decimal CommonAmounts::actual_in_base() const { return base_value(actual, factor); }

std::optional<CommonAmounts> common_amounts(const Quantity& target, const Quantity& actual) {
  const auto units = units_of(target, actual);
  if (!units) return std::nullopt;
  const Decimal* target_factor = factor_of(*units->first);
  const Decimal* actual_factor = factor_of(*units->second);
  if (target_factor == actual_factor ||
      (target_factor && actual_factor && same_representation(*target_factor, *actual_factor)))
    return CommonAmounts{target.value, actual.value, target_factor};
  return CommonAmounts{base_value(target.value, target_factor), base_value(actual.value, actual_factor), nullptr};
}

std::optional<AmountOutcome> compare_amounts(const Target& target, const Target& actual, Direction equal_means) {
  const Amount* figure = actual.if_amount();
  if (!figure || (figure->comparator_written && figure->comparator != Comparator::eq)) return std::nullopt;  // a bound
  if (const Range* range = target.if_range()) {
    auto low = common_amounts(range->lower, figure->value);
    auto high = common_amounts(range->upper, figure->value);
    if (!low || !high) return std::nullopt;
    const Outcome outcome =
        low->actual < low->target || high->actual > high->target ? Outcome::not_met : Outcome::met;
    return AmountOutcome{outcome, std::move(*low), std::move(high)};
  }
  const Amount* bound = target.if_amount();
  if (!bound) return std::nullopt;
  auto x = common_amounts(bound->value, figure->value);
  if (!x) return std::nullopt;
  Comparator c = bound->comparator;
  if (c == Comparator::eq && equal_means == Direction::forward) c = Comparator::ge;
  if (c == Comparator::eq && equal_means == Direction::reverse) c = Comparator::le;
  bool holds = false;
  switch (c) {
    case Comparator::ge: holds = x->actual >= x->target; break;
    case Comparator::gt: holds = x->actual > x->target; break;
    case Comparator::le: holds = x->actual <= x->target; break;
    case Comparator::lt: holds = x->actual < x->target; break;
    case Comparator::eq: holds = x->actual == x->target; break;
  }
  return AmountOutcome{holds ? Outcome::met : Outcome::not_met, std::move(*x), std::nullopt};
}

}  // namespace jixiao::detail
