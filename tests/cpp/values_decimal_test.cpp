#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

#include <doctest/doctest.h>

#include <string>
#include <unordered_set>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

TEST_CASE("Decimal parses the figures of the tables and prints them back as written") {
  for (std::string_view text : {"15.75", "16.625", "0.2", "4172.22", "10606.7522", "1.5", "-3", "15.750", "0",
                           "0.00", "100", "-0.5", "99999999999999999999999999.99"}) {
    CAPTURE(text);
    CHECK(Decimal::parse(text).to_string() == text);
  }
  CHECK(Decimal::parse("+3").to_string() == "3");
  CHECK(Decimal::parse(".5").to_string() == "0.5");
  CHECK(Decimal::parse("-0").to_string() == "0");
  CHECK(Decimal::parse("15.750").scale() == 3);
}

TEST_CASE("Decimal accepts thousands separators in groups of three") {
  CHECK(Decimal::parse("1,234.50").to_string() == "1234.50");
  CHECK(Decimal::parse("175,000.00") == Decimal(175000));
  CHECK(Decimal::parse("-12,345,678") == Decimal(-12345678));
  CHECK(Decimal::parse("999,999").to_grouped_string() == "999,999");
  CHECK(Decimal::parse("1234567.891").to_grouped_string() == "1,234,567.891");
  CHECK(Decimal::parse("-1000").to_grouped_string() == "-1,000");
  CHECK(Decimal::parse("100").to_grouped_string() == "100");
  for (std::string_view bad : {"1,23", "12,3456", ",123", "1234,567", "1,234,56"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(Decimal::parse(bad), ParseError);
  }
}

TEST_CASE("Decimal rejects malformed and absurd text with a position") {
  for (std::string_view bad : {"", "-", ".", "abc", "1.2.3", "1e400", "12万", " 1", "1 ", "--1", "0x10", "1.", "NaN"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(Decimal::parse(bad), ParseError);
    CHECK_FALSE(Decimal::try_parse(bad).has_value());
  }
  try {
    Decimal::parse("12a");
    FAIL("no exception");
  } catch (const ParseError& e) {
    CHECK(e.column == 3);
  }
  // 39 digits do not fit the exact representation.
  CHECK_THROWS_AS(Decimal::parse("999999999999999999999999999999999999999"), ParseError);
  CHECK_THROWS_AS(Decimal::parse("0.0000000000000000000000000000001"), ParseError);  // 31 places
}

TEST_CASE("Decimal and the target grammar read a figure with one grammar, each with its own limits") {
  // A bare figure is a comparison target exactly when it is a Decimal within the target limits
  // (20 digits before the point, 10 after), and both read the same number.
  for (std::string_view text : {"15.75", "1,000", "1,234,567.5", ".5", "-.5", "+3", "-0", "007", "0001.50"}) {
    CAPTURE(text);
    const Target t = parse_target(text);
    REQUIRE(t.kind() == TargetKind::comparison);
    CHECK(same_representation(t.as_comparison().value.value, Decimal::parse(text)));
  }
  // Malformed groups and points are no number in either.
  for (std::string_view text : {"1234,567", "1,23", "12,3456", ",123", "1.2.3", "1,234,56", "0001,000"}) {
    CAPTURE(text);
    CHECK_FALSE(Decimal::try_parse(text).has_value());
    CHECK(parse_target(text).kind() == TargetKind::unparsed);
  }
  // The limits differ: a Decimal holds 38 digits and 30 places, a target figure 20 and 10.
  const std::string twenty_one(21, '9');
  CHECK(Decimal::try_parse(twenty_one).has_value());
  CHECK(parse_target(twenty_one).as_unparsed().reason == "'" + twenty_one + "' has 21 digits before the decimal point; a target "
                                                              "figure has at most 20");
  CHECK(Decimal::try_parse("0.12345678901").has_value());
  CHECK(parse_target("0.12345678901").as_unparsed().reason ==
        "'0.12345678901' has 11 decimal places; a target figure has at most 10");
  CHECK(parse_target(std::string(20, '9') + ".1234567890").kind() == TargetKind::comparison);
}

TEST_CASE("Decimal arithmetic is exact") {
  CHECK((15.75_dec + 0.875_dec).to_string() == "16.625");
  CHECK((0.1_dec + 0.2_dec) == 0.3_dec);
  CHECK((0.1_dec + 0.2_dec).to_string() == "0.3");
  CHECK((17.5_dec - 1.75_dec).to_string() == "15.75");
  CHECK((1.5_dec * 10000_dec).to_string() == "15000.0");
  CHECK((-3_dec * 0.25_dec).to_string() == "-0.75");
  CHECK((4172.22_dec + 10606.7522_dec).to_string() == "14778.9722");
  Decimal total;
  for (int i = 0; i < 1000; ++i) total += 0.01_dec;
  CHECK(total == 10_dec);
  CHECK(total.to_string() == "10.00");
}

TEST_CASE("Decimal compares by value; scale is kept but does not change equality") {
  CHECK(1.5_dec == 1.50_dec);
  CHECK_FALSE(same_representation(1.5_dec, 1.50_dec));
  CHECK(same_representation(1.50_dec, 1.50_dec));
  CHECK(-3_dec < 0.2_dec);
  CHECK(16.625_dec > 16.62_dec);
  CHECK(0_dec == -0.0_dec);
  CHECK(99999999999999999999999999.99_dec > 0.00000000000000000000000000001_dec);
  // Scales further apart than 19 places (beyond a 64-bit power of ten), on the native path.
  CHECK(0.000000000000000000000_dec == 0_dec);
  CHECK(0_dec == 0.000000000000000000000_dec);
  CHECK(1_dec > 0.000000000000000000001_dec);
  CHECK(-1_dec < -0.000000000000000000001_dec);
  CHECK(0.000000000000000000001_dec < 1_dec);
  CHECK(12345678901234567890_dec > 0.99999999999999999999_dec);
  std::unordered_set<Decimal> set{1.5_dec, 1.50_dec, 1.500_dec, 2_dec};
  CHECK(set.size() == 2);
}

TEST_CASE("Division and percentages need an explicit scale and rounding") {
  CHECK(divide(1_dec, 3_dec, 4, Rounding::half_even).to_string() == "0.3333");
  CHECK(divide(2_dec, 3_dec, 2, Rounding::half_up).to_string() == "0.67");
  CHECK(divide(2_dec, 3_dec, 2, Rounding::down).to_string() == "0.66");
  // Ties: half-even goes to the even digit, half-up away from zero.
  CHECK(divide(1_dec, 8_dec, 2, Rounding::half_even).to_string() == "0.12");
  CHECK(divide(1_dec, 8_dec, 2, Rounding::half_up).to_string() == "0.13");
  CHECK(divide(3_dec, 8_dec, 2, Rounding::half_even).to_string() == "0.38");
  CHECK(divide(-1_dec, 8_dec, 2, Rounding::half_up).to_string() == "-0.13");
  CHECK(divide(-1_dec, 8_dec, 2, Rounding::half_even).to_string() == "-0.12");
  CHECK(divide(1_dec, 3_dec, 0, Rounding::up).to_string() == "1");
  CHECK(divide(15.75_dec, 17.5_dec, 4, Rounding::half_even).to_string() == "0.9000");
  CHECK(percent_of(15.75_dec, 17.5_dec, 2, Rounding::half_up).to_string() == "90.00");
  CHECK(percent_of(1_dec, 3_dec, 1, Rounding::half_up).to_string() == "33.3");
  // Near the 38-digit limit the percentage fits where part × 100 would not.
  const Decimal huge = Decimal::parse("12345678901234567890123456789012345678");
  CHECK(percent_of(huge, huge, 1, Rounding::half_up).to_string() == "100.0");
  CHECK(percent_of(huge, huge * 4_dec, 2, Rounding::down).to_string() == "25.00");
  CHECK(divide(100_dec, 0.5_dec, 0, Rounding::half_even) == 200_dec);
  CHECK_THROWS_AS(divide(1_dec, 0_dec, 2, Rounding::half_even), DivisionByZeroError);
  CHECK_THROWS_AS(divide(1_dec, 3_dec, Decimal::max_scale + 1, Rounding::half_even), OverflowError);
}

// divide() takes a 64-bit path when the scaled operands fit and a 320-bit one otherwise;
// multiplying both operands by 10^20 forces the wide path and must not change a quotient.
TEST_CASE("Division gives the same quotient on the 64-bit and the wide path") {
  const Decimal big(power_of_ten(20), 0);
  for (const Decimal& a : {1_dec, -1_dec, 2_dec, 5_dec, -7.5_dec, 123.456_dec, 10606.7522_dec, 0_dec}) {
    for (const Decimal& b : {3_dec, -3_dec, 8_dec, 0.5_dec, 17.5_dec, -0.04_dec, 9999.9999_dec}) {
      for (const Rounding mode : {Rounding::half_even, Rounding::half_up, Rounding::down, Rounding::up}) {
        for (const int scale : {0, 1, 2, 10}) {
          const Decimal fast = divide(a, b, scale, mode);
          const Decimal wide = divide(a * big, b * big, scale, mode);
          CAPTURE(a);
          CAPTURE(b);
          CAPTURE(scale);
          CHECK(same_representation(fast, wide));
        }
      }
    }
  }
  CHECK(divide(5_dec, 2_dec, 0, Rounding::half_even) == 2_dec);  // ties to even on the fast path
  CHECK(divide(-5_dec, 2_dec, 0, Rounding::half_even) == -2_dec);
  CHECK(divide(-5_dec, 2_dec, 0, Rounding::half_up) == -3_dec);
  CHECK(divide(-5_dec, 2_dec, 0, Rounding::up) == -3_dec);
  // A quotient past 64 bits.
  CHECK(divide(Decimal::parse("184467440737095516150"), 10_dec, 0, Rounding::down).to_string() ==
        "18446744073709551615");
}

TEST_CASE("Decimal prints coefficients beyond 64 bits") {
  CHECK(Decimal::parse("-18446744073709551616.5").to_string() == "-18446744073709551616.5");
  CHECK(Decimal::parse("18446744073709551615").to_string() == "18446744073709551615");
  CHECK(Decimal::parse("99999999999999999999999999999999999999").to_string() ==
        "99999999999999999999999999999999999999");
}

TEST_CASE("Rescaling rounds only when places are dropped") {
  CHECK((16.625_dec).rescaled(2, Rounding::half_even).to_string() == "16.62");
  CHECK((16.625_dec).rescaled(2, Rounding::half_up).to_string() == "16.63");
  CHECK((16.635_dec).rescaled(2, Rounding::half_even).to_string() == "16.64");
  CHECK((17.5_dec).rescaled(2, Rounding::half_even).to_string() == "17.50");
  CHECK((2.5_dec).rescaled(0, Rounding::half_even).to_string() == "2");
  CHECK((-2.5_dec).rescaled(0, Rounding::half_up).to_string() == "-3");
  CHECK((15.750_dec).normalized().to_string() == "15.75");
  CHECK((100.00_dec).normalized().to_string() == "100");
  CHECK((17.5_dec).to_scaled_int64(2, Rounding::half_even) == 1750);
  CHECK((16.625_dec).is_integer() == false);
  CHECK((16.000_dec).is_integer());
}

TEST_CASE("Overflow throws instead of wrapping or rounding") {
  const Decimal big = Decimal::parse("99999999999999999999999999999999999999");
  CHECK_THROWS_AS(big + big + big + big, OverflowError);
  CHECK_THROWS_AS(big * 10_dec, OverflowError);
  CHECK_THROWS_AS(-big - big - big - big, OverflowError);
  CHECK_THROWS_AS(big.rescaled(5, Rounding::half_even), OverflowError);
  CHECK_THROWS_AS(big.to_scaled_int64(0, Rounding::half_even), OverflowError);
  const Decimal tiny = Decimal::parse("0.000000000000000000000000000001");
  CHECK_THROWS_AS(tiny * tiny, OverflowError);
  // Aligning scales never overflows a comparison.
  CHECK(big > tiny);
}

TEST_CASE("Money is exact in 万元 and converts to 元 and 分") {
  const Money m = Money::parse("17.5");
  CHECK(m.to_string() == "17.50万元");
  CHECK(m.to_yuan_string() == "175,000.00元");
  CHECK(m.yuan() == 175000_dec);
  CHECK(m.fen() == 17500000_dec);
  CHECK(m.to_fen() == 17500000);
  CHECK(Money::parse("10606.7522").to_string() == "10606.7522万元");
  CHECK(Money::parse("10606.7522").to_yuan_string() == "106,067,522.00元");
  CHECK(Money::parse("10606.7522").yuan().to_string() == "106067522");
  CHECK(Money::parse("0.00001").yuan().to_string() == "0.1");
  CHECK_THROWS_AS(Money::parse("≤115万"), ParseError);  // a comparator is a Target, not Money
}

TEST_CASE("Money prints any amount it holds, up to the limit of its digits") {
  // Two more places would not fit in 38 digits: printed as it is, it still reads back.
  const std::string digits(38, '9');
  CHECK(Money::parse(digits).to_string() == digits + "万元");
  CHECK(Money::parse(digits.substr(2)).to_string() == digits.substr(2) + ".00万元");
  CHECK(Money::parse(digits.substr(1) + ".9").to_string() == digits.substr(1) + ".9万元");
  CHECK(Money::parse(Money::parse("-" + digits).to_string()) == Money::parse("-" + digits));
  CHECK_THROWS_AS(Money::parse(digits).yuan(), OverflowError);  // 10⁴ × that is beyond 128 bits
}

TEST_CASE("Money reads the ways the tables write amounts") {
  CHECK(Money::parse("115万").wan() == 115_dec);
  CHECK(Money::parse("6万元").to_string() == "6.00万元");
  CHECK(Money::parse(" 4.00 ").wan().to_string() == "4.00");
  CHECK(Money::parse("175000元") == Money::parse("17.5"));
  CHECK(Money::parse("1,234.5").to_string() == "1234.50万元");
  CHECK(Money::from_yuan(500_dec).to_string() == "0.0500万元");
  CHECK(Money::parse("-3").to_yuan_string() == "-30,000.00元");
  CHECK_THROWS_AS(Money::parse(""), ParseError);
  CHECK_THROWS_AS(Money::parse("万元"), ParseError);
}

TEST_CASE("Money sums any number of amounts exactly") {
  const std::vector<Money> parts{Money::parse("2"), Money::parse("12.63"), Money::parse("2")};
  CHECK(sum(parts) == Money::parse("16.63"));
  CHECK(sum(std::vector<Money>{}).is_zero());
  std::vector<Money> many(100000, Money::parse("0.0001"));
  CHECK(sum(many).to_string() == "10.0000万元");
  CHECK(Money::parse("0.0001").to_fen() == 100);
  CHECK(Money::parse("0.0000001").to_fen(Rounding::half_up) == 0);
  CHECK(Money::parse("0.0000005").to_fen(Rounding::half_up) == 1);
  CHECK(Money::parse("49.99") < Money::parse("51"));
}
