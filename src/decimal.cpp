#include <jixiao/decimal.hpp>

#include "decimal_scan.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <utility>

namespace jixiao {

namespace mp = boost::multiprecision;
// The compiler's 128-bit integer (GCC and Clang): a magnitude below 2^128, as the checked
// signed-magnitude coefficient_type holds. __extension__: not ISO C++, said once here.
__extension__ using u128 = unsigned __int128;

// Reads and makes Decimals from sign, magnitude and scale.
struct detail::DecimalParts {
  static u128 magnitude(const Decimal& d) noexcept { return (u128{d.high_} << 64) | d.low_; }
  // scale in [0, max_scale], checked by the callers.
  static Decimal make(u128 magnitude, bool negative, int scale) noexcept {
    Decimal d;
    d.low_ = static_cast<std::uint64_t>(magnitude);
    d.high_ = static_cast<std::uint64_t>(magnitude >> 64);
    d.negative_ = negative && magnitude != 0;
    d.scale_ = scale;
    return d;
  }
};

namespace {

using Parts = detail::DecimalParts;
// Wide enough that a 128-bit magnitude scaled by 10^(2 × max_scale + 2) fits: the divisions whose
// scaled operands leave 128 bits.
using wide = mp::number<mp::cpp_int_backend<320, 320, mp::signed_magnitude, mp::unchecked, void>,
                        mp::et_off>;

constexpr int max_digits = 38;  // 10^38 < 2^128

constexpr std::array<u128, max_digits + 1> powers = [] {
  std::array<u128, max_digits + 1> t{};
  t[0] = 1;
  for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
  return t;
}();

[[noreturn]] void overflow(const char* what) {
  throw OverflowError(std::string("decimal overflow: ") + what);
}

constexpr int max_power_64 = 19;  // 10^19 < 2^64

constexpr bool fits_64(u128 m) noexcept { return m >> 64 == 0; }

// m × 10^by, or none beyond 128 bits.
std::optional<u128> times_power(u128 m, int by) noexcept {
  if (m == 0 || by == 0) return m;
  if (by > max_digits) return std::nullopt;
  // Two 64-bit factors: one native multiplication, never beyond 128 bits (the general case is a
  // library call with an overflow test, and nearly every figure fits 64 bits).
  if (fits_64(m) && by <= max_power_64)
    return u128{static_cast<std::uint64_t>(m)} * static_cast<std::uint64_t>(powers[static_cast<std::size_t>(by)]);
  u128 out;
  if (__builtin_mul_overflow(m, powers[static_cast<std::size_t>(by)], &out)) return std::nullopt;
  return out;
}

u128 scale_up(u128 m, int by, const char* what) {
  const auto scaled = times_power(m, by);
  if (!scaled) overflow(what);
  return *scaled;
}

// Whether the magnitude q of a quotient with remainder r (0 < r < d, rest = d - r) rounds away
// from zero: one more, whatever the sign. r > rest ⇔ 2r > d, without overflowing 2r. For the
// native magnitudes and for `wide` alike.
template <class Magnitude>
bool rounds_away(const Magnitude& q, const Magnitude& r, const Magnitude& rest, Rounding mode) {
  switch (mode) {
    case Rounding::down: return false;
    case Rounding::up: return true;
    case Rounding::half_up: return r >= rest;
    case Rounding::half_even: return r > rest || (r == rest && (q & 1) != 0);
  }
  return false;
}

// The magnitude of n / d rounded per mode.
u128 divide_rounded(u128 n, u128 d, Rounding mode) noexcept {
  // 64-bit operands divide natively; 128-bit division is a library call.
  const bool narrow = fits_64(n) && fits_64(d);
  const u128 q = narrow ? static_cast<std::uint64_t>(n) / static_cast<std::uint64_t>(d) : n / d;
  const u128 r = narrow ? static_cast<std::uint64_t>(n) % static_cast<std::uint64_t>(d) : n % d;
  return r != 0 && rounds_away(q, r, d - r, mode) ? q + 1 : q;
}

wide to_wide(u128 m) {
  wide w = static_cast<std::uint64_t>(m >> 64);
  w <<= 64;
  w += static_cast<std::uint64_t>(m);
  return w;
}

wide wide_power_of_ten(int exponent) {
  wide p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

std::weak_ordering ordering(u128 a, u128 b) noexcept {
  return a < b ? std::weak_ordering::less : a > b ? std::weak_ordering::greater : std::weak_ordering::equivalent;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether s[i] and the two bytes after it are digits and s[i + 3] is none: the group after a
// thousands comma.
bool group_of_three(std::string_view s, std::size_t i) noexcept {
  return s.size() - i >= 3 && is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
         (s.size() - i == 3 || !is_digit(s[i + 3]));
}

std::string group_thousands(std::string digits) {
  // digits: optional '-', integer digits, optional fraction.
  const std::size_t start = (!digits.empty() && digits[0] == '-') ? 1 : 0;
  std::size_t end = digits.find('.');
  if (end == std::string::npos) end = digits.size();
  for (std::size_t pos = end; pos > start + 3; pos -= 3) digits.insert(pos - 3, 1, ',');
  return digits;
}

// The decimal digits of m, at most 39, written to `out`; returns their end.
char* write_digits(u128 m, char* out) noexcept {
  if (m >> 64 == 0) return std::to_chars(out, out + 40, static_cast<std::uint64_t>(m)).ptr;
  // Groups of 19 digits, each written natively, the lowest last.
  const u128 group = powers[max_power_64];
  const std::uint64_t low = static_cast<std::uint64_t>(m % group);
  m /= group;
  const std::uint64_t middle = static_cast<std::uint64_t>(m % group);
  const std::uint64_t top = static_cast<std::uint64_t>(m / group);
  char* p = out;
  if (top != 0) p = std::to_chars(p, p + 20, top).ptr;
  for (const std::uint64_t part : {middle, low}) {
    char digits[20];
    const auto end = std::to_chars(digits, digits + sizeof digits, part).ptr;
    const auto written = end - digits;
    if (p != out) p = std::fill_n(p, max_power_64 - written, '0');
    p = std::copy(digits, end, p);
  }
  return p;
}

// round(a / b × 10^shift) to `scale` places. The numerator's factor 10^shift is applied before
// dividing: percent_of's × 100 overflows Decimal near its 38 digits where the quotient does not.
Decimal quotient(const Decimal& a, const Decimal& b, int scale, int shift, Rounding mode) {
  if (b.is_zero()) throw DivisionByZeroError("division by zero");
  if (scale < 0 || scale > Decimal::max_scale) throw OverflowError("decimal scale out of range");
  const bool negative = a.is_negative() != b.is_negative();
  // a/b = (ma / 10^sa) / (mb / 10^sb); we want q = round(a/b × 10^(scale + shift)).
  const int exponent = scale + shift + b.scale() - a.scale();
  u128 n = Parts::magnitude(a);
  u128 d = Parts::magnitude(b);
  // Nearly every division of scoring fits 128 bits once scaled; the rest goes through `wide`.
  if (const auto scaled = exponent >= 0 ? times_power(n, exponent) : times_power(d, -exponent)) {
    (exponent >= 0 ? n : d) = *scaled;
    return Parts::make(divide_rounded(n, d, mode), negative, scale);
  }
  wide wn = to_wide(n);
  wide wd = to_wide(d);
  if (exponent >= 0) wn *= wide_power_of_ten(exponent);
  else wd *= wide_power_of_ten(-exponent);
  wide q = wn / wd;
  const wide r = wn % wd;
  if (r != 0 && rounds_away<wide>(q, r, wd - r, mode)) q += 1;
  if ((q >> 128) != 0) overflow("division");
  const u128 magnitude = (u128{(q >> 64).convert_to<std::uint64_t>()} << 64) |
                         static_cast<wide>(q & std::numeric_limits<std::uint64_t>::max()).convert_to<std::uint64_t>();
  return Parts::make(magnitude, negative, scale);
}

// The sum of two values of one scale: magnitudes added when the signs agree, else the smaller
// taken from the larger, which then gives the sign.
Decimal sum(u128 x, bool x_negative, u128 y, bool y_negative, int scale) {
  if (x_negative == y_negative) {
    u128 m;
    if (__builtin_add_overflow(x, y, &m)) overflow("addition");
    return Parts::make(m, x_negative, scale);
  }
  return x >= y ? Parts::make(x - y, x_negative, scale) : Parts::make(y - x, y_negative, scale);
}

}  // namespace

Decimal::Decimal(const coefficient_type& coefficient, int scale) {
  if (scale < 0 || scale > max_scale) throw OverflowError("decimal scale out of range");
  const coefficient_type magnitude = mp::abs(coefficient);
  low_ = static_cast<coefficient_type>(magnitude & std::numeric_limits<std::uint64_t>::max()).convert_to<std::uint64_t>();
  high_ = static_cast<coefficient_type>(magnitude >> 64).convert_to<std::uint64_t>();
  negative_ = coefficient < 0;
  scale_ = scale;
}

Decimal::coefficient_type Decimal::coefficient() const {
  coefficient_type c = high_;
  c <<= 64;
  c |= low_;
  return negative_ ? coefficient_type(-c) : c;
}

Decimal Decimal::parse(std::string_view text) {
  const detail::ScannedDecimal n = detail::scan_decimal(text, {});
  const std::size_t sign = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  const auto fail = [&](const char* reason, std::size_t at) -> Decimal {
    throw ParseError(fmt::format("'{}' is not a decimal number: {}", text, reason),
                     text::code_points(text.substr(0, at)) + 1);
  };
  if (n.length == 0) {
    if (sign == text.size()) return fail("expected a number", sign);
    if (text[sign] == ',') return fail("a number cannot start with a comma", sign);
    if (text[sign] == '.') return fail("expected digits after the decimal point", sign + 1);
    return fail("expected a digit", sign);
  }
  if (n.length != text.size()) {
    const char next = text[n.length];
    const bool integer_only = n.fraction_digits == 0;
    if (next == ',' && integer_only) return fail("thousands groups must have three digits", n.length);
    if (next == '.' && integer_only) return fail("expected digits after the decimal point", n.length + 1);
    return fail("unexpected character after the number", n.length);
  }
  switch (n.problem) {
    case detail::DecimalProblem::none: return n.value;
    case detail::DecimalProblem::fraction_digits: return fail("too many decimal places", sign);
    case detail::DecimalProblem::integer_digits:
    case detail::DecimalProblem::digits: return fail("too many digits for an exact decimal (at most 38)", sign);
  }
  return n.value;
}

std::optional<Decimal> Decimal::try_parse(std::string_view text) noexcept {
  const detail::ScannedDecimal n = detail::scan_decimal(text, {});
  if (n.length == 0 || n.length != text.size() || n.problem != detail::DecimalProblem::none) return std::nullopt;
  return n.value;
}

bool Decimal::is_integer() const noexcept {
  if (scale_ == 0) return true;
  if (high_ == 0 && scale_ <= max_power_64)
    return low_ % static_cast<std::uint64_t>(powers[static_cast<std::size_t>(scale_)]) == 0;
  return Parts::magnitude(*this) % powers[static_cast<std::size_t>(scale_)] == 0;
}

std::string Decimal::to_string() const {
  // The text is written whole into a buffer, sign and point included, and copied once.
  char digits[40];  // 2^128 has 39 digits
  const int n = static_cast<int>(write_digits(Parts::magnitude(*this), digits) - digits);
  char buffer[sizeof digits + 3 + max_scale];  // sign, "0.", zeros before the digits
  char* p = buffer;
  if (negative_) *p++ = '-';
  if (scale_ == 0) {
    p = std::copy(digits, digits + n, p);
  } else if (n <= scale_) {
    *p++ = '0';
    *p++ = '.';
    p = std::fill_n(p, scale_ - n, '0');
    p = std::copy(digits, digits + n, p);
  } else {
    p = std::copy(digits, digits + n - scale_, p);
    *p++ = '.';
    p = std::copy(digits + n - scale_, digits + n, p);
  }
  return std::string(buffer, p);
}

std::string Decimal::to_grouped_string() const { return group_thousands(to_string()); }

Decimal Decimal::rescaled(int scale, Rounding mode) const {
  if (scale < 0 || scale > max_scale) throw OverflowError("decimal scale out of range");
  const u128 m = Parts::magnitude(*this);
  if (scale >= scale_) return Parts::make(scale_up(m, scale - scale_, "rescale"), negative_, scale);
  return Parts::make(divide_rounded(m, powers[static_cast<std::size_t>(scale_ - scale)], mode), negative_,
                     scale);
}

Decimal Decimal::normalized() const {
  int scale = scale_;
  u128 m = Parts::magnitude(*this);
  if (high_ == 0) {  // dividing by ten in 64 bits: a multiplication, in 128 bits a library call
    std::uint64_t low = low_;
    while (scale > 0 && low % 10 == 0) {
      low /= 10;
      --scale;
    }
    m = low;
  }
  while (scale > 0 && m % 10 == 0) {
    m /= 10;
    --scale;
  }
  return scale == scale_ ? *this : Parts::make(m, negative_, scale);
}

std::int64_t Decimal::to_scaled_int64(int scale, Rounding mode) const {
  const Decimal r = rescaled(scale, mode);
  const u128 m = Parts::magnitude(r);
  constexpr auto max = static_cast<u128>(std::numeric_limits<std::int64_t>::max());
  if (m > max + (r.negative_ ? 1 : 0)) throw OverflowError("decimal does not fit a 64-bit integer");
  // Two's complement of the magnitude: exact for the most negative value too.
  return r.negative_ ? static_cast<std::int64_t>(~static_cast<std::uint64_t>(m) + 1) : static_cast<std::int64_t>(m);
}

Decimal Decimal::operator-() const { return Parts::make(Parts::magnitude(*this), !negative_, scale_); }

Decimal operator+(const Decimal& a, const Decimal& b) {
  const int s = std::max(a.scale_, b.scale_);
  return sum(scale_up(Parts::magnitude(a), s - a.scale_, "addition"), a.negative_,
             scale_up(Parts::magnitude(b), s - b.scale_, "addition"), b.negative_, s);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  const int s = a.scale_ + b.scale_;
  if (s > Decimal::max_scale) overflow("multiplication has too many decimal places");
  u128 m;
  if (__builtin_mul_overflow(Parts::magnitude(a), Parts::magnitude(b), &m)) overflow("multiplication");
  return Parts::make(m, a.negative_ != b.negative_, s);
}

bool operator==(const Decimal& a, const Decimal& b) noexcept { return (a <=> b) == 0; }

std::weak_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  if (a.signum() != b.signum()) return a.signum() <=> b.signum();
  // Same sign: the magnitudes compared at the larger scale; the one with fewer places scaled up,
  // and when that leaves 128 bits it is the larger.
  const bool a_fewer = a.scale_ < b.scale_;
  const u128 fewer = Parts::magnitude(a_fewer ? a : b);
  const u128 more = Parts::magnitude(a_fewer ? b : a);
  const auto scaled = times_power(fewer, a_fewer ? b.scale_ - a.scale_ : a.scale_ - b.scale_);
  const std::weak_ordering magnitudes = scaled ? ordering(*scaled, more) : std::weak_ordering::greater;
  const std::weak_ordering fewer_vs_more = a.negative_ ? 0 <=> magnitudes : magnitudes;
  return a_fewer ? fewer_vs_more : 0 <=> fewer_vs_more;
}

Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding mode) { return quotient(a, b, scale, 0, mode); }

Decimal percent_of(const Decimal& part, const Decimal& whole, int scale, Rounding mode) {
  return quotient(part, whole, scale, 2, mode);
}

Decimal::coefficient_type power_of_ten(int exponent) {
  if (exponent < 0 || exponent > max_digits) throw OverflowError("power of ten out of range");
  return Parts::make(powers[static_cast<std::size_t>(exponent)], false, 0).coefficient();
}

std::size_t hash_value(const Decimal& d) noexcept {
  const Decimal n = d.normalized();
  std::size_t h = std::hash<int>{}(n.scale());
  const u128 magnitude = Parts::magnitude(n);
  for (std::uint64_t part : {static_cast<std::uint64_t>(magnitude), static_cast<std::uint64_t>(magnitude >> 64),
                             static_cast<std::uint64_t>(n.signum() + 1)})
    h ^= std::hash<std::uint64_t>{}(part) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}

namespace detail {

ScannedDecimal scan_decimal(std::string_view s, const DecimalLimits& limits) noexcept {
  ScannedDecimal out;
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) i = 1;
  const std::size_t first = i;
  const auto starts_number = [&](std::size_t at) {
    return at < s.size() && (is_digit(s[at]) || (s[at] == '.' && at + 1 < s.size() && is_digit(s[at + 1])));
  };
  if (!starts_number(first)) return out;
  // The significant digits of the coefficient: the first 19 in `head` (10^19 < 2^64), up to 19
  // more in `tail`; the 38 a Decimal holds fit both, and beyond them only the count goes on.
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  int significant = 0;
  const auto push = [&](char c) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (significant == 0 && digit == 0) return;
    if (significant < max_power_64) head = head * 10 + digit;
    else if (significant < 2 * max_power_64) tail = tail * 10 + digit;
    ++significant;
  };
  for (; i < s.size() && is_digit(s[i]); ++i) push(s[i]);
  const bool groups = i - first <= 3 && i > first;
  while (groups && i < s.size() && s[i] == ',' && group_of_three(s, i + 1)) {
    for (const std::size_t end = i + 4; ++i < end;) push(s[i]);
  }
  out.integer_digits = significant;
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    for (++i; i < s.size() && is_digit(s[i]); ++i) {
      push(s[i]);
      ++out.fraction_digits;
    }
  }
  out.length = i;
  if (out.integer_digits > limits.integer_digits) out.problem = DecimalProblem::integer_digits;
  else if (out.fraction_digits > std::min(limits.fraction_digits, Decimal::max_scale))
    out.problem = DecimalProblem::fraction_digits;
  else if (significant > max_digits) out.problem = DecimalProblem::digits;
  if (out.problem != DecimalProblem::none) return out;
  u128 m = head;
  if (significant > max_power_64) m = m * powers[static_cast<std::size_t>(significant - max_power_64)] + tail;
  out.value = Parts::make(m, negative, out.fraction_digits);
  return out;
}

}  // namespace detail

}  // namespace jixiao
