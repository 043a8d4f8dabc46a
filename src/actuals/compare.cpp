#include "compare.hpp"

namespace jixiao::detail {

Direction direction_of(const Indicator& indicator) noexcept {
  const Target& t = indicator.target;
  if (t.kind == TargetKind::comparison || t.kind == TargetKind::duration) {
    switch (t.comparator) {
      case Comparator::ge:
      case Comparator::gt: return Direction::forward;
      case Comparator::le:
      case Comparator::lt: return Direction::reverse;
      case Comparator::eq: break;
    }
    const bool cost = indicator.level1 == Level1::成本指标 || indicator.level2 == Level2::成本指标 ||
                      indicator.level2 == Level2::经济成本指标 || indicator.level2 == Level2::社会成本指标 ||
                      indicator.level2 == Level2::生态环境成本指标;
    return cost ? Direction::reverse : Direction::forward;
  }
  return t.direction == Direction::reverse ? Direction::reverse : Direction::forward;
}

namespace {

// The value in its unit's base, as Quantity::normalized() gives it, without copying the units
// (two strings each): amounts() runs for every scored indicator.
Decimal base_value(const Decimal& value, const Unit& unit) {
  if (unit.kind == UnitKind::none || unit.kind == UnitKind::unknown || unit.factor == 1) return value;
  return (value * unit.factor).normalized();
}

}  // namespace

std::optional<Amounts> amounts(const Quantity& target, const Quantity& actual) {
  const Unit& actual_unit = actual.unit.kind == UnitKind::none ? target.unit : actual.unit;
  const Unit& target_unit = target.unit.kind == UnitKind::none ? actual_unit : target.unit;
  if (convertible(target_unit, actual_unit) || target_unit.kind == UnitKind::scale ||
      actual_unit.kind == UnitKind::scale)
    return Amounts{base_value(target.value, target_unit), base_value(actual.value, actual_unit)};
  return std::nullopt;
}

std::optional<AmountOutcome> compare_amounts(const Target& target, const Target& actual, Direction equal_means) {
  const auto is_amount = [](TargetKind k) { return k == TargetKind::comparison || k == TargetKind::duration; };
  if (!(is_amount(target.kind) || target.kind == TargetKind::range) || !is_amount(actual.kind)) return std::nullopt;
  if (actual.comparator_written && actual.comparator != Comparator::eq) return std::nullopt;  // a bound
  if (target.kind == TargetKind::range) {
    auto low = amounts(target.value, actual.value);
    auto high = amounts(target.upper, actual.value);
    if (!low || !high) return std::nullopt;
    const Outcome outcome =
        low->actual < low->target || high->actual > high->target ? Outcome::not_met : Outcome::met;
    return AmountOutcome{outcome, std::move(*low), std::move(high)};
  }
  auto x = amounts(target.value, actual.value);
  if (!x) return std::nullopt;
  Comparator c = target.comparator;
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

std::optional<Outcome> amount_outcome(const Target& target, const Target& actual, Direction equal_means) {
  const auto compared = compare_amounts(target, actual, equal_means);
  if (!compared) return std::nullopt;
  return compared->outcome;
}

}  // namespace jixiao::detail
