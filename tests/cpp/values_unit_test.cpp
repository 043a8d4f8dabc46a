// Units, quantities and dates: the registry's kinds and exact factors, normalisation, comparison,
// and calendar arithmetic.

#include <jixiao/date.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/target.hpp>
#include <jixiao/unit.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <set>
#include <string>
#include <string_view>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

struct Expected {
  std::string_view symbol;
  UnitKind kind;
  std::string_view base;
  std::string_view factor;
};

Quantity q(std::string_view value, std::string_view unit) { return Quantity{Decimal::parse(value), lookup_unit(unit)}; }

}  // namespace

TEST_CASE("the registry knows every unit of the sample and the usual others, with exact factors") {
  const Expected units[] = {
      // the sample document
      {"次", UnitKind::count, "次", "1"},          {"场", UnitKind::count, "场", "1"},
      {"个", UnitKind::count, "个", "1"},          {"条", UnitKind::count, "条", "1"},
      {"篇", UnitKind::count, "篇", "1"},          {"份", UnitKind::count, "份", "1"},
      {"所", UnitKind::count, "所", "1"},          {"件", UnitKind::count, "件", "1"},
      {"家", UnitKind::count, "家", "1"},          {"人", UnitKind::people, "人", "1"},
      {"人次", UnitKind::people, "人次", "1"},     {"万人", UnitKind::people, "人", "10000"},
      {"天", UnitKind::duration, "秒", "86400"},   {"个月", UnitKind::duration, "月", "1"},
      {"月", UnitKind::duration, "月", "1"},       {"度", UnitKind::temperature, "℃", "1"},
      {"平方米", UnitKind::area, "平方米", "1"},   {"万元", UnitKind::money, "元", "10000"},
      {"万", UnitKind::scale, "", "10000"},        {"元", UnitKind::money, "元", "1"},
      {"%", UnitKind::percent, "%", "1"},          {"百分比", UnitKind::percent, "%", "1"},
      // the usual others
      {"项", UnitKind::count, "项", "1"},          {"台", UnitKind::count, "台", "1"},
      {"套", UnitKind::count, "套", "1"},          {"本", UnitKind::count, "本", "1"},
      {"册", UnitKind::count, "册", "1"},          {"期", UnitKind::count, "期", "1"},
      {"批", UnitKind::count, "批", "1"},          {"户", UnitKind::count, "户", "1"},
      {"名", UnitKind::people, "人", "1"},         {"位", UnitKind::people, "人", "1"},
      {"处", UnitKind::count, "处", "1"},          {"座", UnitKind::count, "座", "1"},
      {"辆", UnitKind::count, "辆", "1"},          {"间", UnitKind::count, "间", "1"},
      {"起", UnitKind::count, "起", "1"},          {"课时", UnitKind::duration, "课时", "1"},
      {"学时", UnitKind::duration, "学时", "1"},   {"秒", UnitKind::duration, "秒", "1"},
      {"小时", UnitKind::duration, "秒", "3600"},  {"分钟", UnitKind::duration, "秒", "60"},
      {"日", UnitKind::duration, "秒", "86400"},   {"周", UnitKind::duration, "秒", "604800"},
      {"季度", UnitKind::duration, "月", "3"},     {"年", UnitKind::duration, "月", "12"},
      {"工作日", UnitKind::duration, "工作日", "1"}, {"亿元", UnitKind::money, "元", "100000000"},
      {"千元", UnitKind::money, "元", "1000"},     {"‰", UnitKind::percent, "%", "0.1"},
      {"百分点", UnitKind::percent, "%", "1"},     {"亩", UnitKind::area, "亩", "1"},
      {"公顷", UnitKind::area, "平方米", "10000"}, {"平方公里", UnitKind::area, "平方米", "1000000"},
      {"米", UnitKind::length, "米", "1"},         {"公里", UnitKind::length, "米", "1000"},
      {"千米", UnitKind::length, "米", "1000"},    {"吨", UnitKind::mass, "克", "1000000"},
      {"千克", UnitKind::mass, "克", "1000"},      {"公斤", UnitKind::mass, "克", "1000"},
      {"立方米", UnitKind::volume, "升", "1000"},  {"℃", UnitKind::temperature, "℃", "1"},
      {"万人次", UnitKind::people, "人次", "10000"}, {"分", UnitKind::score, "分", "1"},
      {"亿", UnitKind::scale, "", "100000000"},
  };
  for (const Expected& e : units) {
    CAPTURE(e.symbol);
    const Unit u = lookup_unit(e.symbol);
    CHECK(u.symbol() == e.symbol);
    CHECK(u.kind() == e.kind);
    CHECK(u.base() == e.base);
    CHECK(u.factor() == Decimal::parse(e.factor));
    CHECK(u.known());
  }
}

TEST_CASE("the registry is consistent: unique symbols, every base a unit of factor 1") {
  std::set<std::string> symbols;
  for (const Unit& u : known_units()) {
    CAPTURE(u.symbol());
    CHECK(symbols.insert(std::string(u.symbol())).second);
    CHECK(u.factor() > Decimal(0));
    if (u.kind() == UnitKind::scale) {
      CHECK(u.base().empty());
      continue;
    }
    const Unit base = lookup_unit(u.base());
    CHECK(base.kind() == u.kind());
    CHECK(base.base() == u.base());
    CHECK(base.factor() == Decimal(1));
  }
}

TEST_CASE("lookup ignores spaces and folds full-width characters") {
  CHECK(lookup_unit(" 万 人 ") == lookup_unit("万人"));
  CHECK(lookup_unit("％").symbol() == "%");
  CHECK(lookup_unit("％").kind() == UnitKind::percent);
  CHECK(lookup_unit("平 方 米").symbol() == "平方米");
  CHECK(lookup_unit("\u3000人次").symbol() == "人次");
}

TEST_CASE("a scale word combines with a registered unit: 万册, 千人, 万平方米") {
  const Unit books = lookup_unit("万册");
  CHECK(books.kind() == UnitKind::count);
  CHECK(books.base() == "册");
  CHECK(books.factor() == Decimal(10000));
  CHECK(lookup_unit("千人").factor() == Decimal(1000));
  CHECK(lookup_unit("万平方米").kind() == UnitKind::area);
  CHECK(lookup_unit("万平方米").factor() == Decimal(10000));
  CHECK(lookup_unit("万亿元").factor() == Decimal::parse("1000000000000"));
  CHECK(lookup_unit("万%").kind() == UnitKind::unknown);  // a percentage takes no scale
}

TEST_CASE("unknown units are kept as written, never rejected") {
  for (std::string_view written : {"A级", "人·天", "元/人", "kWh", "倍"}) {
    CAPTURE(written);
    const Unit u = lookup_unit(written);
    CHECK(u.kind() == UnitKind::unknown);
    CHECK(u.symbol() == written);
    CHECK(u.base() == written);
    CHECK_FALSE(u.known());
  }
  CHECK(lookup_unit("").kind() == UnitKind::none);
  CHECK(lookup_unit("  ").symbol().empty());
}

TEST_CASE("a Unit is a reference into the registry: two words, equal when the symbol is") {
  static_assert(sizeof(Unit) <= 2 * sizeof(void*));
  CHECK(lookup_unit(" 万 人 ") == lookup_unit("万人"));
  CHECK_FALSE(lookup_unit("万人") == lookup_unit("人"));
  CHECK_FALSE(lookup_unit("百分比") == lookup_unit("%"));  // two spellings, two entries: each prints as written
  CHECK(lookup_unit("") == Unit{});
  CHECK(Unit{}.symbol().empty());
  CHECK(Unit{}.kind() == UnitKind::none);
  CHECK(Unit{}.factor() == Decimal(1));
  CHECK(Unit{}.base_unit() == Unit{});
  CHECK(lookup_unit("万人").base_unit() == lookup_unit("人"));
  CHECK(lookup_unit("万").base_unit() == Unit{});

  // An unknown unit keeps its written symbol, shared by its copies; equal units have equal symbols.
  const Unit grade = lookup_unit("A级");
  const Unit copy = grade;
  CHECK(copy.symbol().data() == grade.symbol().data());
  CHECK(copy == grade);
  CHECK(lookup_unit("A级") == grade);
  CHECK_FALSE(lookup_unit("B级") == grade);
  CHECK(grade.base_unit() == grade);
  Unit assigned = lookup_unit("次");
  assigned = grade;
  CHECK(assigned.symbol() == "A级");
  assigned = lookup_unit("次");
  CHECK(assigned.symbol() == "次");
  CHECK(grade.symbol() == "A级");

  CHECK(fmt::format("{}", lookup_unit("万人")) == "{symbol: \"万人\", kind: people, base: \"人\", factor: 10000}");
  CHECK(fmt::format("{}", grade) == "{symbol: \"A级\", kind: unknown, base: \"A级\", factor: 1}");
}

TEST_CASE("every scale word with a registered unit is one registry entry, read alike by lookup and the target grammar") {
  const std::pair<std::string_view, std::string_view> scales[] = {
      {"万亿", "1000000000000"}, {"千万", "10000000"}, {"百万", "1000000"}, {"十万", "100000"},
      {"万", "10000"},           {"亿", "100000000"},  {"千", "1000"}};
  std::size_t combined = 0;
  for (const Unit& u : known_units()) {
    for (const auto& [word, factor] : scales) {
      const std::string symbol = std::string(word) + std::string(u.symbol());
      CAPTURE(symbol);
      const Unit v = lookup_unit(symbol);
      if (!v.known()) continue;  // a kind that takes no scale (%, 分, ℃), or a scale word itself
      ++combined;
      CHECK(v.symbol() == symbol);
      CHECK(v.kind() == u.kind());
      CHECK(v.base() == u.base());
      CHECK(v.factor() == Decimal::parse(factor) * u.factor());
      const Target t = parse_target("3" + symbol);
      REQUIRE(t.if_amount());
      CHECK(t.if_amount()->value.unit == v);
    }
  }
  CHECK(combined > 500);
}

TEST_CASE("convertible: same kind and base; months do not convert to days") {
  CHECK(convertible(lookup_unit("万人"), lookup_unit("人")));
  CHECK(convertible(lookup_unit("百分比"), lookup_unit("%")));
  CHECK(convertible(lookup_unit("万元"), lookup_unit("亿元")));
  CHECK(convertible(lookup_unit("年"), lookup_unit("个月")));
  CHECK(convertible(lookup_unit("小时"), lookup_unit("天")));
  CHECK_FALSE(convertible(lookup_unit("个月"), lookup_unit("天")));
  CHECK_FALSE(convertible(lookup_unit("工作日"), lookup_unit("天")));
  CHECK_FALSE(convertible(lookup_unit("亩"), lookup_unit("平方米")));
  CHECK_FALSE(convertible(lookup_unit("人"), lookup_unit("人次")));
  CHECK_FALSE(convertible(lookup_unit("次"), lookup_unit("场")));
  CHECK_FALSE(convertible(lookup_unit("万"), lookup_unit("万元")));
  CHECK(convertible(lookup_unit("A级"), lookup_unit("A级")));
  CHECK_FALSE(convertible(lookup_unit("A级"), lookup_unit("B级")));
}

TEST_CASE("Quantity normalises exactly to the base unit") {
  const Quantity people = q("1.5", "万人").normalized();
  CHECK(people.value.to_string() == "15000");
  CHECK(people.unit.symbol() == "人");
  CHECK(q("4172.22", "平方米").normalized().value.to_string() == "4172.22");
  CHECK(q("0.0001", "万元").normalized().to_string() == "1元");
  CHECK(q("10606.7522", "万元").normalized().to_string() == "106067522元");
  CHECK(q("5", "‰").normalized().to_string() == "0.5%");
  CHECK(q("95", "百分比").normalized().to_string() == "95%");
  CHECK(q("2", "年").normalized().to_string() == "24月");
  CHECK(q("1.5", "小时").normalized().to_string() == "5400秒");
  CHECK(q("115", "万").normalized().to_string() == "1150000");
  CHECK(q("3", "A级").normalized() == q("3", "A级"));
  CHECK(q("100.00", "%").normalized().value.to_string() == "100.00");  // as written when the factor is 1
}

TEST_CASE("Quantity prints as written and compares across convertible units") {
  CHECK(q("1.5", "万人").to_string() == "1.5万人");
  CHECK(q("95", "%").to_string() == "95%");
  CHECK(q("4172.22", "平方米").to_string() == "4172.22平方米");
  CHECK(q("1.5", "万人") == q("15000", "人"));
  CHECK(q("95", "百分比") == q("95.0", "%"));
  CHECK(q("17.5", "万元") == q("175000", "元"));
  CHECK_FALSE(q("30", "次") == q("30", "场"));
  CHECK_FALSE(q("5", "个月") == q("150", "天"));
  CHECK(compare(q("1.5", "万人"), q("14999", "人")) == std::weak_ordering::greater);
  CHECK(compare(q("1", "年"), q("13", "个月")) == std::weak_ordering::less);
  CHECK(compare(q("2", "天"), q("48", "小时")) == std::weak_ordering::equivalent);
  CHECK_FALSE(compare(q("5", "个月"), q("150", "天")).has_value());
  CHECK_FALSE(compare(q("1", "万"), q("1", "万元")).has_value());
}

TEST_CASE("Date: last and first day, ISO text, validity") {
  CHECK(Date{2025, 11, 0}.last_day() == Date{2025, 11, 30});
  CHECK(Date{2025, 0, 0}.last_day() == Date{2025, 12, 31});
  CHECK(Date{2024, 2, 0}.last_day() == Date{2024, 2, 29});
  CHECK(Date{2025, 2, 0}.last_day() == Date{2025, 2, 28});
  CHECK(Date{2025, 6, 15}.last_day() == Date{2025, 6, 15});
  CHECK(Date{2025, 11, 0}.first_day() == Date{2025, 11, 1});
  CHECK(Date{2025, 0, 0}.first_day() == Date{2025, 1, 1});
  CHECK_THROWS_AS((Date{0, 12, 15}).last_day(), Error);
  CHECK_THROWS_AS((Date{2025, 2, 30}).last_day(), Error);

  CHECK(Date{2025, 11, 30}.to_string() == "2025-11-30");
  CHECK(Date{2025, 11, 0}.to_string() == "2025-11");
  CHECK(Date{2025, 0, 0}.to_string() == "2025");
  CHECK(Date{0, 12, 15}.to_string() == "--12-15");
  CHECK(Date{0, 12, 0}.to_string() == "--12");
  std::string appended = "by ";
  Date{2025, 6, 0}.append_to(appended);
  Date{}.append_to(appended);
  CHECK(appended == "by 2025-06");
  CHECK(Date{}.to_string().empty());

  CHECK(Date{2024, 2, 29}.valid());
  CHECK(Date{0, 2, 29}.valid());  // no year: a leap year may be meant
  CHECK_FALSE(Date{2025, 2, 29}.valid());
  CHECK_FALSE(Date{2025, 13, 0}.valid());
  CHECK_FALSE(Date{2025, 0, 5}.valid());
  CHECK_FALSE(Date{2025, 4, 31}.valid());
  CHECK(Date{2025, 1, 0} < Date{2025, 2, 1});
}

TEST_CASE("days_in_month follows the Gregorian leap rule") {
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2025, 2) == 28);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2025, 4) == 30);
  CHECK(days_in_month(2025, 12) == 31);
  CHECK_THROWS_AS(days_in_month(2025, 13), Error);
  CHECK_THROWS_AS(days_in_month(2025, 0), Error);
}

TEST_CASE("parse_iso_date reads YYYY-MM-DD and its reduced forms") {
  CHECK(parse_iso_date("2025-06-30") == Date{2025, 6, 30});
  CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK(parse_iso_date("2025-06") == Date{2025, 6, 0});
  CHECK(parse_iso_date("2025") == Date{2025, 0, 0});
  for (std::string_view bad : {"", "2025-6-30", "2025-02-29", "2025-13-01", "2025-06-31", "25-06-30", "2025/06/30",
                               "2025-06-30x", "2025-00-10", "0000-01-01", "２０２５-06-30"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_iso_date(bad), ParseError);
  }
  try {
    parse_iso_date("2025-6-30");
    FAIL("no exception");
  } catch (const ParseError& e) {
    CHECK(e.column == 7);
  }
}
