#pragma once
// The one grammar of a decimal figure (private to src/). Decimal::parse and try_parse read a whole
// string with it (JSON, CSV, money cells), the target grammar reads the figure at the start of an
// amount (`1,000.5万元`) — each with its own limits:
//
//   number   := sign? (integer fraction? | fraction)
//   integer  := digit+ | digit{1,3} (',' digit{3})+
//   fraction := '.' digit+
//
// A sign, a comma or a point belongs to the number only when the number goes on after it: `5.` is
// 5 before a full stop, `3,5` is 3 before a comma and so is `1234,567` 1234 (a thousands comma follows
// a first group of one to three digits and comes before exactly three), `-` alone is no number.

#include <jixiao/decimal.hpp>

#include <cstddef>
#include <string_view>

namespace jixiao::detail {

struct DecimalLimits {
  int integer_digits = 38;                   // significant digits before the point (leading zeros are free)
  int fraction_digits = Decimal::max_scale;  // digits after it, trailing zeros included (the scale)
};

// Whatever the limits, a number has at most the 38 significant digits a Decimal holds.
enum class DecimalProblem { none, integer_digits, fraction_digits, digits };

struct ScannedDecimal {
  std::size_t length = 0;  // bytes of the number; 0 when none starts the text
  DecimalProblem problem = DecimalProblem::none;  // the first limit exceeded: integer, fraction, digits
  int integer_digits = 0;                         // significant digits before the point
  int fraction_digits = 0;
  Decimal value;  // when length > 0 and problem is none
};

// Reads the longest number at the start of `s`. Never throws.
ScannedDecimal scan_decimal(std::string_view s, const DecimalLimits& limits) noexcept;

}  // namespace jixiao::detail
