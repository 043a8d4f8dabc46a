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
namespace {

namespace mp = boost::multiprecision;
using coefficient = Decimal::coefficient_type;
// Wide enough that aligning two 128-bit coefficients to a common scale cannot overflow, so
// comparison never throws.
using wide = mp::number<mp::cpp_int_backend<320, 320, mp::signed_magnitude, mp::unchecked, void>,
                        mp::et_off>;

constexpr int max_digits = 38;  // 10^38 < 2^128

const std::array<coefficient, max_digits + 1>& powers() {
  static const auto table = [] {
    std::array<coefficient, max_digits + 1> t{};
    t[0] = 1;
    for (int i = 1; i <= max_digits; ++i) t[i] = t[i - 1] * 10;
    return t;
  }();
  return table;
}

wide wide_power_of_ten(int exponent) {
  wide p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

[[noreturn]] void overflow(const char* what) {
  throw OverflowError(std::string("decimal overflow: ") + what);
}

coefficient narrow(const wide& w, const char* what) {
  static const wide limit = [] {
    wide l = 1;
    l <<= 128;  // signed magnitude: 128 bits plus a sign
    return l;
  }();
  if (w >= limit || w <= -limit) overflow(what);
  return coefficient(w);  // converts backend to backend: a string round trip cost ~50x more
}

// q rounded from the exact quotient n / d (d > 0), per mode.
wide divide_rounded(const wide& n, const wide& d, Rounding mode) {
  wide q = n / d;  // truncates toward zero
  wide r = n % d;  // sign of n
  if (r == 0) return q;
  const int sign = n.sign();
  const wide twice = mp::abs(r) * 2;
  bool away = false;
  switch (mode) {
    case Rounding::down: away = false; break;
    case Rounding::up: away = true; break;
    case Rounding::half_up: away = twice >= d; break;
    case Rounding::half_even: away = twice > d || (twice == d && (q % 2) != 0); break;
  }
  return away ? q + sign : q;
}

coefficient scale_up(const coefficient& c, int by, const char* what) {
  if (by == 0) return c;
  if (by > max_digits) {
    if (c == 0) return c;
    overflow(what);
  }
  try {
    return c * powers()[by];
  } catch (const std::overflow_error&) {
    overflow(what);
  }
}

// The magnitude of c when it fits 64 bits, read from the backend (for 128 bits, one native
// unsigned 128-bit limb and a sign): the fast paths below test this first, and abs() + compare +
// convert_to cost more than the native arithmetic they guard.
std::optional<std::uint64_t> small_magnitude(const coefficient& c) noexcept {
  const auto& b = c.backend();
  const auto low = *b.limbs();
  if (b.size() != 1) return std::nullopt;
  if constexpr (sizeof low > sizeof(std::uint64_t))
    if (low > std::numeric_limits<std::uint64_t>::max()) return std::nullopt;
  return static_cast<std::uint64_t>(low);
}

constexpr int max_power_64 = 19;  // 10^19 < 2^64

constexpr std::array<std::uint64_t, max_power_64 + 1> powers_64 = [] {
  std::array<std::uint64_t, max_power_64 + 1> t{};
  t[0] = 1;
  for (int i = 1; i <= max_power_64; ++i) t[i] = t[i - 1] * 10;
  return t;
}();

std::weak_ordering ordering(int compared) {
  return compared < 0 ? std::weak_ordering::less
                      : compared > 0 ? std::weak_ordering::greater : std::weak_ordering::equivalent;
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

// The same quotient as quotient() when numerator and denominator, scaled, fit 64 bits: nearly
// every division of scoring (shares of a weight, achievement percentages at 10 places) does, and
// native division is an order of magnitude faster than the 320-bit one (BM_Evaluate).
std::optional<Decimal> divide_in_64_bits(const Decimal& a, const Decimal& b, int scale, int shift, Rounding mode) {
  constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const int exponent = scale + shift + b.scale() - a.scale();
  if (exponent > max_power_64 || exponent < -max_power_64) return std::nullopt;
  const auto ca = small_magnitude(a.coefficient());
  const auto cb = small_magnitude(b.coefficient());
  if (!ca || !cb) return std::nullopt;
  std::uint64_t n = *ca;
  std::uint64_t d = *cb;
  const std::uint64_t power = powers_64[static_cast<std::size_t>(exponent < 0 ? -exponent : exponent)];
  std::uint64_t& scaled = exponent >= 0 ? n : d;
  if (scaled > max / power) return std::nullopt;
  scaled *= power;
  const std::uint64_t q = n / d;  // magnitudes: rounding "away" adds one to the magnitude
  const std::uint64_t r = n % d;
  bool away = false;
  if (r != 0) {
    const std::uint64_t rest = d - r;  // r > rest ⇔ 2r > d, without overflowing 2r
    switch (mode) {
      case Rounding::down: away = false; break;
      case Rounding::up: away = true; break;
      case Rounding::half_up: away = r >= rest; break;
      case Rounding::half_even: away = r > rest || (r == rest && q % 2 != 0); break;
    }
  }
  coefficient result = q;
  if (away) result += 1;
  if (a.is_negative() != b.is_negative()) result = -result;
  return Decimal(result, scale);
}

// round(a / b × 10^shift) to `scale` places. The numerator's factor 10^shift is applied in the
// wide type: percent_of's × 100 overflows Decimal near its 38 digits where the quotient does not.
Decimal quotient(const Decimal& a, const Decimal& b, int scale, int shift, Rounding mode) {
  if (b.is_zero()) throw DivisionByZeroError("division by zero");
  if (scale < 0 || scale > Decimal::max_scale) throw OverflowError("decimal scale out of range");
  if (auto q = divide_in_64_bits(a, b, scale, shift, mode)) return *q;
  // a/b = (ca / 10^sa) / (cb / 10^sb); we want q = round(a/b × 10^(scale + shift)).
  wide n = wide(a.coefficient());
  wide d = wide(b.coefficient());
  const int exponent = scale + shift + b.scale() - a.scale();
  if (exponent >= 0) n *= wide_power_of_ten(exponent);
  else d *= wide_power_of_ten(-exponent);
  if (d < 0) {
    n = -n;
    d = -d;
  }
  return Decimal(narrow(divide_rounded(n, d, mode), "division"), scale);
}

}  // namespace

Decimal::Decimal(coefficient_type coefficient, int scale) : coefficient_(std::move(coefficient)), scale_(scale) {
  if (scale < 0 || scale > max_scale) throw OverflowError("decimal scale out of range");
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
  detail::ScannedDecimal n = detail::scan_decimal(text, {});
  if (n.length == 0 || n.length != text.size() || n.problem != detail::DecimalProblem::none) return std::nullopt;
  return std::move(n.value);
}

bool Decimal::is_integer() const noexcept {
  if (scale_ == 0) return true;
  return coefficient_ % powers()[scale_] == 0;
}

std::string Decimal::to_string() const {
  // Boost's str() divides the 128-bit magnitude digit by digit; figures fit 64 bits nearly always.
  // The text is then written whole into a buffer, sign and point included, and copied once.
  char digits[40];  // 2^128 has 39 digits
  int n = 0;
  if (const auto magnitude = small_magnitude(coefficient_)) {
    n = static_cast<int>(std::to_chars(digits, digits + sizeof digits, *magnitude).ptr - digits);
  } else {
    // Three groups of at most 19 digits, each written natively (Boost's str() set off a false
    // -Wrestrict in GCC 12 once inlined here).
    const coefficient_type group = powers()[max_power_64];
    const coefficient_type whole = mp::abs(coefficient_);
    const coefficient_type upper = whole / group;
    const std::uint64_t parts[3] = {(upper / group).convert_to<std::uint64_t>(),
                                    (upper % group).convert_to<std::uint64_t>(),
                                    (whole % group).convert_to<std::uint64_t>()};
    char* p = std::to_chars(digits, digits + sizeof digits, parts[0]).ptr;
    if (parts[0] == 0) p = digits;  // the leading group is 0 when the value has 20 to 38 digits
    for (int i = 1; i < 3; ++i) {
      char group_digits[20];
      const auto end = std::to_chars(group_digits, group_digits + sizeof group_digits, parts[i]).ptr;
      const auto written = end - group_digits;
      if (p != digits) p = std::fill_n(p, max_power_64 - written, '0');
      p = std::copy(group_digits, end, p);
    }
    n = static_cast<int>(p - digits);
  }
  char buffer[sizeof digits + 3 + max_scale];  // sign, "0.", zeros before the digits
  char* p = buffer;
  if (coefficient_.backend().sign()) *p++ = '-';
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
  if (scale >= scale_) return Decimal(scale_up(coefficient_, scale - scale_, "rescale"), scale);
  const wide q = divide_rounded(wide(coefficient_), wide_power_of_ten(scale_ - scale), mode);
  return Decimal(narrow(q, "rescale"), scale);
}

Decimal Decimal::normalized() const {
  // Dividing by ten in 64 bits is several times cheaper than in the checked 128-bit type.
  if (const auto magnitude = small_magnitude(coefficient_)) {
    std::uint64_t m = *magnitude;
    int scale = scale_;
    while (scale > 0 && m % 10 == 0) {
      m /= 10;
      --scale;
    }
    if (scale == scale_) return *this;
    Decimal d;
    d.coefficient_ = m;
    if (coefficient_.backend().sign()) d.coefficient_ = -d.coefficient_;
    d.scale_ = scale;
    return d;
  }
  Decimal d = *this;
  while (d.scale_ > 0 && d.coefficient_ % 10 == 0) {
    d.coefficient_ /= 10;
    --d.scale_;
  }
  return d;
}

std::int64_t Decimal::to_scaled_int64(int scale, Rounding mode) const {
  const Decimal r = rescaled(scale, mode);
  if (r.coefficient_ > std::numeric_limits<std::int64_t>::max() ||
      r.coefficient_ < std::numeric_limits<std::int64_t>::min())
    throw OverflowError("decimal does not fit a 64-bit integer");
  return r.coefficient_.convert_to<std::int64_t>();
}

Decimal Decimal::operator-() const { return Decimal(-coefficient_, scale_); }

Decimal operator+(const Decimal& a, const Decimal& b) {
  const int s = std::max(a.scale_, b.scale_);
  const auto x = scale_up(a.coefficient_, s - a.scale_, "addition");
  const auto y = scale_up(b.coefficient_, s - b.scale_, "addition");
  try {
    return Decimal(x + y, s);
  } catch (const std::overflow_error&) {
    overflow("addition");
  }
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  const int s = a.scale_ + b.scale_;
  if (s > Decimal::max_scale) overflow("multiplication has too many decimal places");
  try {
    return Decimal(a.coefficient_ * b.coefficient_, s);
  } catch (const std::overflow_error&) {
    overflow("multiplication");
  }
}

bool operator==(const Decimal& a, const Decimal& b) noexcept { return (a <=> b) == 0; }

std::weak_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  if (a.scale_ == b.scale_) return ordering(a.coefficient_.compare(b.coefficient_));
  if (a.signum() != b.signum()) return a.signum() <=> b.signum();
  // Same sign, 64-bit magnitudes: the one with fewer places is scaled in native arithmetic, and
  // when that overflows it is the larger; the 320-bit alignment below cost ~25 times as much.
  if (const auto x = small_magnitude(a.coefficient_), y = small_magnitude(b.coefficient_); x && y) {
    const bool a_fewer = a.scale_ < b.scale_;
    const std::uint64_t low = a_fewer ? *x : *y;  // the magnitude with fewer places
    const std::uint64_t high = a_fewer ? *y : *x;
    const int k = a_fewer ? b.scale_ - a.scale_ : a.scale_ - b.scale_;
    constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    // low × 10^k, unless it exceeds 64 bits; zero scales to zero at any k (a fuzz finding: 0 with
    // 21 places against 0 read past the table of powers).
    std::optional<std::uint64_t> scaled;
    if (low == 0) scaled = 0;
    else if (k <= max_power_64 && low <= max / powers_64[static_cast<std::size_t>(k)])
      scaled = low * powers_64[static_cast<std::size_t>(k)];
    const std::weak_ordering magnitudes = scaled ? *scaled <=> high : std::weak_ordering::greater;
    const std::weak_ordering fewer_vs_more = a.is_negative() ? 0 <=> magnitudes : magnitudes;
    return a_fewer ? fewer_vs_more : 0 <=> fewer_vs_more;
  }
  const int s = std::max(a.scale_, b.scale_);
  const wide x = wide(a.coefficient_) * wide_power_of_ten(s - a.scale_);
  const wide y = wide(b.coefficient_) * wide_power_of_ten(s - b.scale_);
  return ordering(x.compare(y));
}

Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding mode) { return quotient(a, b, scale, 0, mode); }

Decimal percent_of(const Decimal& part, const Decimal& whole, int scale, Rounding mode) {
  return quotient(part, whole, scale, 2, mode);
}

Decimal::coefficient_type power_of_ten(int exponent) {
  if (exponent < 0 || exponent > max_digits) throw OverflowError("power of ten out of range");
  return powers()[exponent];
}

std::size_t hash_value(const Decimal& d) noexcept {
  const Decimal n = d.normalized();
  std::size_t h = std::hash<int>{}(n.scale());
  const auto magnitude = mp::abs(n.coefficient());
  const auto low = static_cast<Decimal::coefficient_type>(magnitude & std::numeric_limits<std::uint64_t>::max())
                       .convert_to<std::uint64_t>();
  const auto high = static_cast<Decimal::coefficient_type>(magnitude >> 64).convert_to<std::uint64_t>();
  for (std::uint64_t part : {low, high, static_cast<std::uint64_t>(n.signum() + 1)})
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
  coefficient c = head;
  if (significant > max_power_64) c = c * powers()[significant - max_power_64] + tail;
  if (negative) c = -c;
  out.value = Decimal(std::move(c), out.fraction_digits);
  return out;
}

}  // namespace detail

}  // namespace jixiao
