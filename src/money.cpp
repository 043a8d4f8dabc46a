#include <jixiao/money.hpp>

namespace jixiao {
namespace {

// Moves the decimal point `places` to the right without losing or inventing digits.
Decimal shift_left(const Decimal& d, int places) {
  if (d.scale() >= places) return Decimal(d.coefficient(), d.scale() - places);
  return Decimal(d.coefficient() * power_of_ten(places - d.scale()), 0);
}

Decimal at_least_two_places(const Decimal& d) {
  return d.scale() >= 2 ? d : d.rescaled(2, Rounding::down);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

// 1 元 = 0.0001 万元: the same digits, four more places.
Money Money::from_yuan(const Decimal& yuan) { return Money(Decimal(yuan.coefficient(), yuan.scale() + 4)); }

Money Money::parse(std::string_view text) {
  std::string_view s = trim(text);
  bool yuan = false;
  if (ends_with(s, "万元")) s.remove_suffix(std::string_view("万元").size());
  else if (ends_with(s, "万")) s.remove_suffix(std::string_view("万").size());
  else if (ends_with(s, "元")) {
    s.remove_suffix(std::string_view("元").size());
    yuan = true;
  }
  const Decimal value = Decimal::parse(trim(s));
  return yuan ? from_yuan(value) : Money(value);
}

Decimal Money::yuan() const { return shift_left(wan_, 4); }
Decimal Money::fen() const { return shift_left(wan_, 6); }

std::int64_t Money::to_fen(Rounding mode) const { return wan_.to_scaled_int64(6, mode); }

std::string Money::to_string() const { return at_least_two_places(wan_).to_string() + "万元"; }

std::string Money::to_yuan_string() const { return at_least_two_places(yuan()).to_grouped_string() + "元"; }

}  // namespace jixiao
