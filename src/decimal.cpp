#include <jixiao/decimal.hpp>

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

// Parses into (coefficient, scale) or reports (reason, zero-based byte offset).
struct parsed {
  coefficient value;
  int scale = 0;
  const char* error = nullptr;
  std::size_t at = 0;
};

parsed parse_decimal(std::string_view s) noexcept {
  parsed out;
  auto fail = [&](const char* reason, std::size_t at) {
    out.error = reason;
    out.at = at;
    return out;
  };
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  const std::size_t first_digit = i;
  wide value = 0;
  int integer_digits = 0;
  std::size_t group_start = std::string_view::npos;  // position after the last comma
  bool grouped = false;
  static const wide cap = wide_power_of_ten(max_digits);
  auto push = [&](char c) { value = value * 10 + (c - '0'); };
  for (; i < s.size() && (is_digit(s[i]) || s[i] == ','); ++i) {
    if (s[i] == ',') {
      if (i == first_digit) return fail("a number cannot start with a comma", i);
      if (grouped && i - group_start != 3) return fail("thousands groups must have three digits", i);
      if (!grouped && i - first_digit > 3) return fail("thousands groups must have three digits", i);
      grouped = true;
      group_start = i + 1;
      continue;
    }
    push(s[i]);
    ++integer_digits;
  }
  if (grouped && i - group_start != 3) return fail("thousands groups must have three digits", i);
  int scale = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    for (; i < s.size() && is_digit(s[i]); ++i) {
      push(s[i]);
      ++scale;
    }
    if (scale == 0) return fail("expected digits after the decimal point", i);
  } else if (integer_digits == 0) {
    return fail(i < s.size() ? "expected a digit" : "expected a number", i);
  }
  if (i != s.size()) return fail("unexpected character after the number", i);
  if (scale > Decimal::max_scale) return fail("too many decimal places", first_digit);
  if (value >= cap) return fail("too many digits for an exact decimal (at most 38)", first_digit);
  out.value = coefficient(value);
  if (negative) out.value = -out.value;
  out.scale = scale;
  return out;
}

std::size_t code_points_before(std::string_view s, std::size_t byte) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
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
  const parsed p = parse_decimal(text);
  if (p.error) {
    throw ParseError(fmt::format("'{}' is not a decimal number: {}", text, p.error),
                     code_points_before(text, p.at) + 1);
  }
  return Decimal(p.value, p.scale);
}

std::optional<Decimal> Decimal::try_parse(std::string_view text) noexcept {
  const parsed p = parse_decimal(text);
  if (p.error) return std::nullopt;
  Decimal d;
  d.coefficient_ = p.value;
  d.scale_ = p.scale;
  return d;
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

}  // namespace jixiao
