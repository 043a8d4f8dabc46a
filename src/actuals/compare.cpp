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

std::optional<Amounts> amounts(const Quantity& target, const Quantity& actual) {
  Quantity t = target;
  Quantity a = actual;
  if (a.unit.kind == UnitKind::none) a.unit = t.unit;
  if (t.unit.kind == UnitKind::none) t.unit = a.unit;
  if (convertible(t.unit, a.unit)) return Amounts{t.normalized().value, a.normalized().value};
  if (t.unit.kind == UnitKind::scale || a.unit.kind == UnitKind::scale)
    return Amounts{t.normalized().value, a.normalized().value};
  return std::nullopt;
}

}  // namespace jixiao::detail
