// Decimal's grammar and arithmetic. The input is one or two numbers, separated by the first newline.
// Properties:
// - parse and try_parse agree; parse throws only ParseError;
// - parse → to_string → parse is the identity (same digits, same scale), as is the grouped form;
// - normalized() keeps the value and its hash;
// - a + b − b == a and a − b + b == a whenever no OverflowError is thrown;
// - comparison agrees with the sign of the difference; a × b ÷ b == a when it fits;
// - rescaling up and back is the identity.

#include "check.hpp"

#include <jixiao/decimal.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

using jixiao::Decimal;

std::optional<Decimal> parse_checked(std::string_view text) {
  const std::optional<Decimal> tried = Decimal::try_parse(text);
  std::optional<Decimal> parsed;
  try {
    parsed = Decimal::parse(text);
  } catch (const jixiao::ParseError&) {
  } catch (const std::exception& e) {
    jixiao::fuzz::fail(__FILE__, __LINE__, "parse throws only ParseError", e.what());
  }
  JIXIAO_FUZZ_CHECK(tried.has_value() == parsed.has_value(),
                    fmt::format("parse and try_parse disagree on \"{}\"", text));
  if (!parsed) return std::nullopt;
  JIXIAO_FUZZ_CHECK(jixiao::same_representation(*tried, *parsed), "parse and try_parse read different numbers");
  return parsed;
}

void check_printing(const Decimal& a) {
  const std::string printed = a.to_string();
  const auto back = Decimal::try_parse(printed);
  JIXIAO_FUZZ_CHECK(back && jixiao::same_representation(*back, a),
                    fmt::format("{} does not read back as itself", printed));
  const std::string grouped = a.to_grouped_string();
  const auto back_grouped = Decimal::try_parse(grouped);
  JIXIAO_FUZZ_CHECK(back_grouped && jixiao::same_representation(*back_grouped, a),
                    fmt::format("{} (grouped {}) does not read back as itself", printed, grouped));
  const Decimal n = a.normalized();
  JIXIAO_FUZZ_CHECK(n == a && jixiao::hash_value(n) == jixiao::hash_value(a),
                    fmt::format("{} normalized to {} changes its value or hash", printed, n.to_string()));
  JIXIAO_FUZZ_CHECK(n.scale() <= a.scale(), fmt::format("normalizing {} added places", printed));
  if (a.scale() + 3 <= Decimal::max_scale) {
    jixiao::fuzz::refused_or_done([&] {
      const Decimal wider = a.rescaled(a.scale() + 3, jixiao::Rounding::half_even);
      JIXIAO_FUZZ_CHECK(wider == a && jixiao::same_representation(wider.rescaled(a.scale(), jixiao::Rounding::down), a),
                        fmt::format("rescaling {} up and back changed it", printed));
    });
  }
}

void check_arithmetic(const Decimal& a, const Decimal& b) {
  const std::string what = fmt::format("a = {}, b = {}", a.to_string(), b.to_string());
  jixiao::fuzz::refused_or_done([&] {
    const Decimal sum = a + b;
    JIXIAO_FUZZ_CHECK(sum - b == a, "a + b − b != a for " + what);
    JIXIAO_FUZZ_CHECK(sum == b + a, "a + b != b + a for " + what);
  });
  jixiao::fuzz::refused_or_done([&] {
    const Decimal difference = a - b;
    JIXIAO_FUZZ_CHECK(difference + b == a, "a − b + b != a for " + what);
    JIXIAO_FUZZ_CHECK((a < b) == difference.is_negative() && (a == b) == difference.is_zero(),
                      "the comparison disagrees with the sign of a − b for " + what);
  });
  JIXIAO_FUZZ_CHECK((a == b) == (b == a) && ((a < b) == (b > a)), "comparison is not symmetric for " + what);
  if (a == b) JIXIAO_FUZZ_CHECK(jixiao::hash_value(a) == jixiao::hash_value(b), "equal values hash apart: " + what);
  if (b.is_zero()) return;
  jixiao::fuzz::refused_or_done([&] {
    const Decimal product = a * b;
    JIXIAO_FUZZ_CHECK(product == b * a, "a × b != b × a for " + what);
    const Decimal quotient = jixiao::divide(product, b, a.scale(), jixiao::Rounding::half_even);
    JIXIAO_FUZZ_CHECK(jixiao::same_representation(quotient, a), "a × b ÷ b != a for " + what);
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  const std::size_t newline = input.find('\n');
  const auto a = parse_checked(input.substr(0, newline));
  if (a) check_printing(*a);
  if (newline == std::string_view::npos) return 0;
  const auto b = parse_checked(input.substr(newline + 1));
  if (b) check_printing(*b);
  if (a && b) check_arithmetic(*a, *b);
  return 0;
}
