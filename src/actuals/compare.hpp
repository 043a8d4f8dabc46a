#pragma once
// What monitoring and evaluation share (private to src/): which way an indicator is better, and a
// target and an actual amount brought to one unit.

#include <jixiao/indicator.hpp>
#include <jixiao/quantity.hpp>

#include <optional>

namespace jixiao::detail {

// ≥ > forward, ≤ < reverse; a bare `=` (3家, 6万元) takes the direction the table states
// (Indicator::direction), else its category's: cost indicators reverse, everything else forward.
// Ranges and dates are forward.
Direction direction_of(const Indicator& indicator) noexcept;

struct Amounts {
  Decimal target;
  Decimal actual;
};

// Both amounts in one unit (a bare actual takes the target's unit; convertible units go to their
// base; a scale word multiplies); nullopt when the units do not convert.
std::optional<Amounts> amounts(const Quantity& target, const Quantity& actual);

// Two amounts in one unit for comparing and dividing. When both sides convert by the same factor
// they stay in their own unit and `factor` (into the unit's base) is applied only where a figure
// is printed: ratios and comparisons do not change, and converting took two multiplications per
// indicator and made 万元 figures, in 元, too long for Decimal's 64-bit division. Otherwise both
// are in the base and `factor` is null.
struct CommonAmounts {
  Decimal target;
  Decimal actual;
  const Decimal* factor = nullptr;  // a unit's factor, held by the unit registry

  // The amounts as amounts() gives them.
  Decimal target_in_base() const;
  Decimal actual_in_base() const;
};

// As amounts(), in a common unit.
std::optional<CommonAmounts> common_amounts(const Quantity& target, const Quantity& actual);

// check(target, actual, equal_means).outcome for an amount target (comparison, duration, range)
// and an amount actual that compare, without the reason check() writes (evaluation scores a
// million indicators and uses the reason of none of them, BM_Evaluate), with the amounts it
// compared, which scoring reads again. nullopt where check() answers not_comparable or the kinds
// are others; ask check() then. Kept equal to check() by ops_evaluate_test.
struct AmountOutcome {
  Outcome outcome = Outcome::not_comparable;
  CommonAmounts low;                  // comparison, duration: the amounts; range: against its lower bound
  std::optional<CommonAmounts> high;  // range: against its upper bound
};
std::optional<AmountOutcome> compare_amounts(const Target& target, const Target& actual, Direction equal_means);

}  // namespace jixiao::detail
