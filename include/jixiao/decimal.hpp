#pragma once
// Decimal: an exact decimal number that remembers how it was written.
//
// The value is coefficient × 10^-scale with a checked 128-bit coefficient (about 38 digits):
// every +, -, * is exact or throws OverflowError, never rounds silently. The coefficient is held
// as sign and 128-bit magnitude in native words (24 bytes a value) and computed with the
// compiler's 128-bit integers: a Decimal sits in every target, weight and amount of the model. Division and rescaling
// take an explicit scale and Rounding, because only the caller knows how many places a figure
// should have. No binary floating point is involved anywhere.

#include <jixiao/error.hpp>

#include <boost/describe/enum.hpp>
#include <boost/multiprecision/cpp_int.hpp>
#include <fmt/format.h>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace jixiao {

namespace detail {
struct DecimalParts;
}

enum class Rounding {
  half_even,  // banker's rounding: ties go to the even digit
  half_up,    // ties away from zero (the school rule, 四舍五入)
  down,       // toward zero (truncate)
  up,         // away from zero
};
BOOST_DESCRIBE_ENUM(Rounding, half_even, half_up, down, up)

class Decimal {
 public:
  // et_off: expression templates would make `auto` results dangle.
  using coefficient_type = boost::multiprecision::number<
      boost::multiprecision::cpp_int_backend<128, 128, boost::multiprecision::signed_magnitude,
                                             boost::multiprecision::checked, void>,
      boost::multiprecision::et_off>;

  // Enough for 4-decimal 万元 amounts multiplied by percentages and ratios; beyond it a result
  // is more likely a mistake than a figure.
  static constexpr int max_scale = 30;

  Decimal() = default;
  template <std::integral I>
  constexpr Decimal(I value)  // NOLINT: implicit, as for built-in integers
      : low_(magnitude_of(value)), negative_(is_negative_value(value)) {}
  Decimal(const coefficient_type& coefficient, int scale);

  // Parses `-1,234.50`, `15.75`, `.5`, `+3`: ASCII digits, an optional sign, optional comma
  // thousands separators (groups of three), an optional fraction. Throws ParseError.
  static Decimal parse(std::string_view text);
  // Same grammar; nullopt instead of an exception.
  static std::optional<Decimal> try_parse(std::string_view text) noexcept;

  coefficient_type coefficient() const;
  int scale() const noexcept { return scale_; }
  bool is_zero() const noexcept { return low_ == 0 && high_ == 0; }
  bool is_negative() const noexcept { return negative_; }
  bool is_integer() const noexcept;
  int signum() const noexcept { return negative_ ? -1 : is_zero() ? 0 : 1; }

  // Digits as written: the scale is kept (`15.750` prints `15.750`); no thousands separators.
  std::string to_string() const;
  // With comma thousands separators: `175,000.00`.
  std::string to_grouped_string() const;

  // The same value with `scale` places, rounded with `mode` if places are dropped.
  Decimal rescaled(int scale, Rounding mode) const;
  // The same value with trailing fractional zeros removed (`15.750` → `15.75`, `100.0` → `100`).
  Decimal normalized() const;
  // The value as an integer count of 10^-scale units (e.g. scale 2 of 万元 → hundredths),
  // rounded with `mode`; throws OverflowError when it does not fit 64 bits.
  std::int64_t to_scaled_int64(int scale, Rounding mode) const;

  Decimal operator-() const;
  Decimal abs() const { return is_negative() ? -*this : *this; }

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
  Decimal& operator-=(const Decimal& b) { return *this = *this - b; }
  Decimal& operator*=(const Decimal& b) { return *this = *this * b; }

  // Numeric comparison: 1.5 == 1.50 (the printed forms differ; see same_representation).
  friend bool operator==(const Decimal& a, const Decimal& b) noexcept;
  friend std::weak_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;

 private:
  friend struct detail::DecimalParts;

  template <std::integral I>
  static constexpr std::uint64_t magnitude_of(I value) noexcept {
    if constexpr (std::is_signed_v<I>)
      // -(value + 1) + 1: the magnitude of the most negative value too.
      if (value < 0) return static_cast<std::uint64_t>(-(value + 1)) + 1;
    return static_cast<std::uint64_t>(value);
  }

  template <std::integral I>
  static constexpr bool is_negative_value(I value) noexcept {
    if constexpr (std::is_signed_v<I>) return value < 0;
    else return false;
  }

  std::uint64_t low_ = 0;   // the magnitude's low 64 bits
  std::uint64_t high_ = 0;  // and its high 64 bits
  std::int32_t scale_ = 0;
  bool negative_ = false;  // never for zero
};

// True when both print the same: equal value and equal scale.
inline bool same_representation(const Decimal& a, const Decimal& b) noexcept {
  return a.scale() == b.scale() && a == b;
}

// a / b rounded to `scale` places. Throws DivisionByZeroError, OverflowError.
Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding mode);
// part / whole × 100, rounded to `scale` places: the percentage `part` is of `whole`.
Decimal percent_of(const Decimal& part, const Decimal& whole, int scale, Rounding mode);
// 10^exponent for 0 ≤ exponent ≤ 38.
Decimal::coefficient_type power_of_ten(int exponent);

// Hash consistent with ==: equal values hash equal whatever their scale.
std::size_t hash_value(const Decimal& d) noexcept;

namespace literals {
// 15.75_dec: the literal's characters, parsed exactly (never through a double).
inline Decimal operator""_dec(const char* text) { return Decimal::parse(text); }
}  // namespace literals

}  // namespace jixiao

template <>
struct std::hash<jixiao::Decimal> {
  std::size_t operator()(const jixiao::Decimal& d) const noexcept { return jixiao::hash_value(d); }
};

template <>
struct fmt::formatter<jixiao::Decimal> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const jixiao::Decimal& d, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(d.to_string(), ctx);
  }
};
