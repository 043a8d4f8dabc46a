#include <jixiao/quantity.hpp>

namespace jixiao {

Quantity Quantity::normalized() const {
  switch (unit.kind()) {
    case UnitKind::none:
    case UnitKind::unknown:
      return *this;
    case UnitKind::scale:
      // 115万 is 1150000 of whatever the context counts: a bare number.
      return Quantity{(value * unit.factor()).normalized(), Unit{}};
    default:
      break;
  }
  Unit base = unit.base_unit();
  if (unit.factor() == Decimal(1)) return Quantity{value, std::move(base)};
  // Trailing zeros of the product are an artefact of the factor, not digits anyone wrote.
  return Quantity{(value * unit.factor()).normalized(), std::move(base)};
}

std::string Quantity::to_string() const {
  std::string out = value.to_string();
  out += unit.symbol();
  return out;
}

bool operator==(const Quantity& a, const Quantity& b) {
  const auto order = compare(a, b);
  return order && *order == 0;
}

std::optional<std::weak_ordering> compare(const Quantity& a, const Quantity& b) {
  if (!convertible(a.unit, b.unit)) return std::nullopt;
  if (a.unit.factor() == b.unit.factor()) return a.value <=> b.value;
  return a.normalized().value <=> b.normalized().value;
}

}  // namespace jixiao
