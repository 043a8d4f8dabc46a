#pragma once
// Quantity: an exact Decimal with its unit (`1.5 万人`, `4172.22 平方米`, `95 %`).

#include <jixiao/decimal.hpp>
#include <jixiao/unit.hpp>

#include <boost/describe/class.hpp>

#include <compare>
#include <optional>
#include <string>

namespace jixiao {

struct Quantity {
  Decimal value;
  Unit unit;

  // The same amount in the base unit: 1.5 万人 → 15000 人; 115 万 (a scale word) → 1150000 with
  // no unit. Unknown units stay as they are. Exact; throws OverflowError only for a value built
  // by hand beyond what the target grammar accepts (20 digits before the point, 10 after).
  Quantity normalized() const;
  // `1.5万人`, `95%`, `4172.22平方米`: value as written, then the symbol.
  std::string to_string() const;

  // Equal when the same amount in convertible units (1.5 万人 == 15000 人).
  friend bool operator==(const Quantity& a, const Quantity& b);
};
BOOST_DESCRIBE_STRUCT(Quantity, (), (value, unit))

// Ordering of two amounts after normalisation; nullopt when the units do not convert.
std::optional<std::weak_ordering> compare(const Quantity& a, const Quantity& b);

}  // namespace jixiao
