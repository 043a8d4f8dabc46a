#include <jixiao/money.hpp>

#include "text/blanks.hpp"

#include <algorithm>

namespace jixiao {
namespace {

// Moves the decimal point `places` to the right without losing or inventing digits.
Decimal shift_left(const Decimal& d, int places) {
  if (d.scale() >= places) return Decimal(d.coefficient(), d.scale() - places);
  // Decimal's checked product: an amount beyond 38 digits is an OverflowError.
  return Decimal(d.coefficient(), 0) * Decimal(power_of_ten(places - d.scale()), 0);
}

// Pads the printed digits instead of rescaling: rescaling an amount near the 128-bit limit
// overflows, and printing must not throw (found by fuzzing). An amount of 37 or 38 digits stays
// as it is: padded, it would have more digits than a Decimal reads back.
std::string at_least_two_places(std::string text, int scale) {
  const int pad = scale >= 2 ? 0 : 2 - scale;
  const auto digits = std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (pad == 0 || digits + pad > 38) return text;
  return text + (scale == 0 ? ".00" : "0");
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

// 1 元 = 0.0001 万元: the same digits, four more places.
Money Money::from_yuan(const Decimal& yuan) { return Money(Decimal(yuan.coefficient(), yuan.scale() + 4)); }

Money Money::parse(std::string_view text) {
  std::string_view s = text::trim(text);
  bool yuan = false;
  if (ends_with(s, "万元")) s.remove_suffix(std::string_view("万元").size());
  else if (ends_with(s, "万")) s.remove_suffix(std::string_view("万").size());
  else if (ends_with(s, "元")) {
    s.remove_suffix(std::string_view("元").size());
    yuan = true;
  }
  const Decimal value = Decimal::parse(text::trim(s));
  return yuan ? from_yuan(value) : Money(value);
}

Decimal Money::yuan() const { return shift_left(wan_, 4); }
Decimal Money::fen() const { return shift_left(wan_, 6); }

std::int64_t Money::to_fen(Rounding mode) const { return wan_.to_scaled_int64(6, mode); }

std::string Money::to_string() const { return at_least_two_places(wan_.to_string(), wan_.scale()) + "万元"; }

std::string Money::to_yuan_string() const {
  const Decimal y = yuan();
  return at_least_two_places(y.to_grouped_string(), y.scale()) + "元";
}

}  // namespace jixiao
