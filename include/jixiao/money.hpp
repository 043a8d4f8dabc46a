#pragma once
// Money: an exact amount in 万元, the unit every 预算绩效目标表 states (单位：万元).
//
// 1 万元 = 10,000 元 = 1,000,000 分. The amount keeps the places it was written with
// (`10606.7522`), converts exactly to 元 and 分, and adds up exactly.

#include <jixiao/decimal.hpp>

#include <cstdint>
#include <iterator>
#include <ranges>
#include <string>
#include <string_view>

namespace jixiao {

class Money {
 public:
  Money() = default;
  explicit Money(Decimal wan) : wan_(std::move(wan)) {}

  static Money from_wan(Decimal wan) { return Money(std::move(wan)); }
  static Money from_yuan(const Decimal& yuan);
  // A figure in 万元 as the tables write it: `17.5`, `17.50万元`, `115万`, `1,234.5`; an amount
  // in 元 when marked `元` (`175000元`). Throws ParseError.
  static Money parse(std::string_view text);

  const Decimal& wan() const noexcept { return wan_; }
  // Exact amounts in 元 and 分 (the scale shrinks by 4 and 6 places, never below 0); OverflowError
  // for an amount whose 元/分 need more than the 38 digits of a Decimal.
  Decimal yuan() const;
  Decimal fen() const;
  // Whole 分, rounded with `mode`: the smallest-unit integer for columns and databases.
  std::int64_t to_fen(Rounding mode = Rounding::half_even) const;

  // `17.50万元`: at least two places, more when written with more (`10606.7522万元`).
  std::string to_string() const;
  // `175,000.00元`: thousands separators, at least two places; OverflowError as yuan().
  std::string to_yuan_string() const;

  bool is_zero() const noexcept { return wan_.is_zero(); }

  Money operator-() const { return Money(-wan_); }
  friend Money operator+(const Money& a, const Money& b) { return Money(a.wan_ + b.wan_); }
  friend Money operator-(const Money& a, const Money& b) { return Money(a.wan_ - b.wan_); }
  friend Money operator*(const Money& a, const Decimal& k) { return Money(a.wan_ * k); }
  friend Money operator*(const Decimal& k, const Money& a) { return Money(a.wan_ * k); }
  Money& operator+=(const Money& b) { return *this = *this + b; }
  Money& operator-=(const Money& b) { return *this = *this - b; }

  friend bool operator==(const Money&, const Money&) = default;
  friend std::weak_ordering operator<=>(const Money& a, const Money& b) noexcept { return a.wan_ <=> b.wan_; }

 private:
  Decimal wan_;
};

// The exact total of any range of Money (an empty range sums to 0).
template <std::ranges::input_range R>
  requires std::convertible_to<std::ranges::range_reference_t<R>, const Money&>
Money sum(R&& amounts) {
  Money total;
  for (const Money& m : amounts) total += m;
  return total;
}

inline std::size_t hash_value(const Money& m) noexcept { return hash_value(m.wan()); }

}  // namespace jixiao

template <>
struct std::hash<jixiao::Money> {
  std::size_t operator()(const jixiao::Money& m) const noexcept { return jixiao::hash_value(m); }
};

template <>
struct fmt::formatter<jixiao::Money> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const jixiao::Money& m, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(m.to_string(), ctx);
  }
};
