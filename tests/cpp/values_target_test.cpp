// The target grammar (target.hpp): every 指标值 of the sample document, then every form of
// domain.md §2 and the wider format family of other provinces.

#include <jixiao/target.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;
using TK = TargetKind;

namespace {

// What a cell must read as. `comparator` is the symbol when one is written, empty for a bare value;
// `detail` is the period or deadline in ISO form, the direction of a qualitative phrase, or a
// fragment of the reason of an unparsed cell.
struct Row {
  std::string_view cell;
  TargetKind kind;
  std::string_view comparator;
  std::string_view value;
  std::string_view unit;
  std::string_view detail;
  std::string_view name = {};
  std::string_view description = {};
};

TargetContext in(int year) {
  TargetContext context;
  context.year = year;
  return context;
}

std::string_view direction_name(Direction d) {
  switch (d) {
    case Direction::forward: return "forward";
    case Direction::reverse: return "reverse";
    case Direction::none: return "none";
  }
  return "?";
}

void check_row(const Row& r, int year) {
  CAPTURE(r.cell);
  const Target t = parse_target(r.cell, TargetContext{year, r.name, r.description});
  CHECK(t.raw == r.cell);
  REQUIRE(t.kind() == r.kind);
  switch (t.kind()) {
    case TK::comparison:
    case TK::duration: {
      const Amount& a = *t.if_amount();
      CHECK(a.comparator_written == !r.comparator.empty());
      if (a.comparator_written) CHECK(symbol(a.comparator) == r.comparator);
      else CHECK(a.comparator == Comparator::eq);
      CHECK(a.value.value.to_string() == r.value);
      CHECK(a.value.unit.symbol() == r.unit);
      CHECK(t.direction == (r.comparator == "≥" || r.comparator == ">"   ? Direction::forward
                            : r.comparator == "≤" || r.comparator == "<" ? Direction::reverse
                                                                         : Direction::none));
      break;
    }
    case TK::range:
      CHECK(fmt::format("{}~{}", t.as_range().lower.to_string(), t.as_range().upper.to_string()) == r.value);
      CHECK(t.as_range().lower.unit.symbol() == r.unit);
      break;
    case TK::period:
      CHECK(fmt::format("{}~{}", t.as_period().start.to_string(), t.as_period().end.to_string()) == r.detail);
      break;
    case TK::deadline:
      CHECK(t.as_deadline().date.to_string() == r.detail);
      break;
    case TK::qualitative:
      CHECK(direction_name(t.direction) == r.detail);
      CHECK(!t.as_qualitative().text.empty());
      break;
    case TK::reference:
      CHECK(t.as_reference().text == r.cell);
      break;
    case TK::unparsed:
      CHECK(t.as_unparsed().reason.find(r.detail) != std::string::npos);
      CHECK(!t.as_unparsed().reason.empty());
      break;
    case TK::redacted:
      break;
  }
}

}  // namespace

// Every distinct 指标值 of examples/data/zjk-kexie-2025-targets.txt (the 5th column of the
// indicator rows), with the indicator's name and description where the value merely repeats them.
TEST_CASE("acceptance: every distinct target value of the sample document") {
  const Row rows[] = {
    {"≥30 次", TK::comparison, "≥", "30", "次", ""},
    {"≥2 个", TK::comparison, "≥", "2", "个", ""},
    {"≥3 个", TK::comparison, "≥", "3", "个", ""},
    {"100%", TK::comparison, "", "100", "%", ""},
    {"2024 年 1 月-12 月", TK::period, "", "", "", "2024-01~2024-12"},
    {"≤17.5 万元", TK::comparison, "≤", "17.5", "万元", ""},
    {"进一步提升", TK::qualitative, "", "", "", "forward"},
    {"进一步促进", TK::qualitative, "", "", "", "forward"},
    {"较上年度提升", TK::qualitative, "", "", "", "forward"},
    {"≥95%", TK::comparison, "≥", "95", "%", ""},
    {"≥130 次", TK::comparison, "≥", "130", "次", ""},
    {"≥1 次", TK::comparison, "≥", "1", "次", ""},
    {"≥100 条", TK::comparison, "≥", "100", "条", ""},
    {"≥6 场", TK::comparison, "≥", "6", "场", ""},
    {"≥20 条", TK::comparison, "≥", "20", "条", ""},
    {"各课题组撰写字数", TK::unparsed, "", "", "", "repeats the indicator's description", "调研报告、决策咨询报告",
     "各课题组撰写字数"},
    {"≤52.48 万元", TK::comparison, "≤", "52.48", "万元", ""},
    {"进一步保障", TK::qualitative, "", "", "", "forward"},
    {"≥90%", TK::comparison, "≥", "90", "%", ""},
    {"≤5.61 万元", TK::comparison, "≤", "5.61", "万元", ""},
    {"≥10 次", TK::comparison, "≥", "10", "次", ""},
    {"2025 年 1 月-12 月", TK::period, "", "", "", "2025-01~2025-12"},
    {"≤2 万元", TK::comparison, "≤", "2", "万元", ""},
    {"≤12.63 万元", TK::comparison, "≤", "12.63", "万元", ""},
    {"≥4 万人", TK::comparison, "≥", "4", "万人", ""},
    {"≥60 次", TK::comparison, "≥", "60", "次", ""},
    {"≥3 次", TK::comparison, "≥", "3", "次", ""},
    {"≥20 篇", TK::comparison, "≥", "20", "篇", ""},
    {"≤7.15 万元", TK::comparison, "≤", "7.15", "万元", ""},
    {"≤10 万元", TK::comparison, "≤", "10", "万元", ""},
    {"≤16 万元", TK::comparison, "≤", "16", "万元", ""},
    {"≤12 万元", TK::comparison, "≤", "12", "万元", ""},
    {"≤4.71 万元", TK::comparison, "≤", "4.71", "万元", ""},
    {"≥5 场", TK::comparison, "≥", "5", "场", ""},
    {"≥5 条", TK::comparison, "≥", "5", "条", ""},
    {"≥20 人", TK::comparison, "≥", "20", "人", ""},
    {"≤1.5 万元", TK::comparison, "≤", "1.5", "万元", ""},
    {"≤3.5 万元", TK::comparison, "≤", "3.5", "万元", ""},
    {"≤0.7 万元", TK::comparison, "≤", "0.7", "万元", ""},
    {"≥50%", TK::comparison, "≥", "50", "%", ""},
    {"≤3.33 万元", TK::comparison, "≤", "3.33", "万元", ""},
    {"≥2次", TK::comparison, "≥", "2", "次", ""},
    {"≤4万元", TK::comparison, "≤", "4", "万元", ""},
    {"≥50份", TK::comparison, "≥", "50", "份", ""},
    {"2024年11月15日前", TK::deadline, "", "", "", "2024-11-15"},
    {"≤1万元", TK::comparison, "≤", "1", "万元", ""},
    {"进一步密切服务我市科技工作者", TK::qualitative, "", "", "", "forward"},
    {"≥40次", TK::comparison, "≥", "40", "次", ""},
    {"≥1万人", TK::comparison, "≥", "1", "万人", ""},
    {"2025年11月底", TK::deadline, "", "", "", "2025-11"},
    {"≤115万", TK::comparison, "≤", "115", "万", ""},
    {"省科协实际评选出的各地示范单位数量", TK::reference, "", "", "", ""},
    {"符合“八有标准”", TK::qualitative, "", "", "", "none"},
    {"6万元", TK::comparison, "", "6", "万元", ""},
    {"≥200人", TK::comparison, "≥", "200", "人", ""},
    {"≥20场", TK::comparison, "≥", "20", "场", ""},
    {"2025年1月至11月", TK::period, "", "", "", "2025-01~2025-11"},
    {"10万元", TK::comparison, "", "10", "万元", ""},
    {"≥30场", TK::comparison, "≥", "30", "场", ""},
    {"15万元", TK::comparison, "", "15", "万元", ""},
    {"≥20次", TK::comparison, "≥", "20", "次", ""},
    {"≥5000人次", TK::comparison, "≥", "5000", "人次", ""},
    {"≤34万元", TK::comparison, "≤", "34", "万元", ""},
    {"≥100份", TK::comparison, "≥", "100", "份", ""},
    {"全年4篇", TK::comparison, "", "4", "篇", ""},
    {"≥5次", TK::comparison, "≥", "5", "次", ""},
    {"12月15日前", TK::deadline, "", "", "", "2025-12-15"},
    {"3家", TK::comparison, "", "3", "家", ""},
    {"2万元", TK::comparison, "", "2", "万元", ""},
    {"涉密", TK::redacted, "", "", "", "", "涉密", "涉密"},
    {"≥90 百分比", TK::comparison, "≥", "90", "百分比", ""},
    {"8.76 万元", TK::comparison, "", "8.76", "万元", ""},
    {"≥280 天", TK::duration, "≥", "280", "天", ""},
    {"≤8.76 万元", TK::comparison, "≤", "8.76", "万元", ""},
    {"≥95 百分比", TK::comparison, "≥", "95", "百分比", ""},
    {"≥20 件", TK::comparison, "≥", "20", "件", ""},
    {"≥20 所", TK::comparison, "≥", "20", "所", ""},
    {"2024 年 12 月", TK::deadline, "", "", "", "2024-12"},
    {"≤11.6 万元", TK::comparison, "≤", "11.6", "万元", ""},
    {"≥1.5 万人", TK::comparison, "≥", "1.5", "万人", ""},
    {"4172.22 平方米", TK::comparison, "", "4172.22", "平方米", ""},
    {"≥18 度", TK::comparison, "≥", "18", "度", ""},
    {"5 个月", TK::duration, "", "5", "个月", ""},
    {"15.34 万元", TK::comparison, "", "15.34", "万元", ""},
    {"≤50 场", TK::comparison, "≤", "50", "场", ""},
    {"≥250 天", TK::duration, "≥", "250", "天", ""},
    {"≤12.14 万元", TK::comparison, "≤", "12.14", "万元", ""},
    {"≥3 万人", TK::comparison, "≥", "3", "万人", ""},
    {"≤0.2 万元", TK::comparison, "≤", "0.2", "万元", ""},
    {"≤3 万元", TK::comparison, "≤", "3", "万元", ""},
    {"≤15.34 万元", TK::comparison, "≤", "15.34", "万元", ""},
    {"≤100 百分比", TK::comparison, "≤", "100", "百分比", ""},
    {"≥100 百分比", TK::comparison, "≥", "100", "百分比", ""},
    {"≤90 百分比", TK::comparison, "≤", "90", "百分比", ""},
    {"≥2万人", TK::comparison, "≥", "2", "万人", ""},
    {"≥250天", TK::duration, "≥", "250", "天", ""},
    {"≤51万元", TK::comparison, "≤", "51", "万元", ""},
    {"市民科普素质提升程度", TK::unparsed, "", "", "", "repeats the indicator's name", "市民科普素质提升程度",
     "市民科普素质提升程度"},
    {"≥20个", TK::comparison, "≥", "20", "个", ""},
    {"≥100%", TK::comparison, "≥", "100", "%", ""},
  };
  CHECK(std::size(rows) == 100);
  for (const Row& r : rows) check_row(r, 2025);
}

TEST_CASE("comparators: ASCII, full-width and words; 以上/以下/以内 include the number") {
  const Row rows[] = {
      {">=90%", TK::comparison, "≥", "90", "%", ""},
      {"<=17.5万元", TK::comparison, "≤", "17.5", "万元", ""},
      {">92%", TK::comparison, ">", "92", "%", ""},
      {"<5%", TK::comparison, "<", "5", "%", ""},
      {"=100%", TK::comparison, "=", "100", "%", ""},
      {"＞92％", TK::comparison, ">", "92", "%", ""},
      {"＜5％", TK::comparison, "<", "5", "%", ""},
      {"＝100％", TK::comparison, "=", "100", "%", ""},
      {"＞=90%", TK::comparison, "≥", "90", "%", ""},
      {"＞＝90%", TK::comparison, "≥", "90", "%", ""},
      {"＜＝2万元", TK::comparison, "≤", "2", "万元", ""},
      {"≧95%", TK::comparison, "≥", "95", "%", ""},
      {"≦1万元", TK::comparison, "≤", "1", "万元", ""},
      {"≥ 95 %", TK::comparison, "≥", "95", "%", ""},
      {"≥95.5%", TK::comparison, "≥", "95.5", "%", ""},
      {"不少于30次", TK::comparison, "≥", "30", "次", ""},
      {"不低于90%", TK::comparison, "≥", "90", "%", ""},
      {"大于等于95%", TK::comparison, "≥", "95", "%", ""},
      {"大于或等于95%", TK::comparison, "≥", "95", "%", ""},
      {"至少3场", TK::comparison, "≥", "3", "场", ""},
      {"达到95%", TK::comparison, "≥", "95", "%", ""},
      {"30次以上", TK::comparison, "≥", "30", "次", ""},
      {"30次及以上", TK::comparison, "≥", "30", "次", ""},
      {"≥95%以上", TK::comparison, "≥", "95", "%", ""},
      {"不超过10万元", TK::comparison, "≤", "10", "万元", ""},
      {"不高于5%", TK::comparison, "≤", "5", "%", ""},
      {"小于等于3天", TK::duration, "≤", "3", "天", ""},
      {"10万元以内", TK::comparison, "≤", "10", "万元", ""},
      {"5%以下", TK::comparison, "≤", "5", "%", ""},
      {"控制在10万元以内", TK::comparison, "≤", "10", "万元", ""},
      {"控制在10万元内", TK::comparison, "≤", "10", "万元", ""},
      {"控制在 1 万元", TK::comparison, "≤", "1", "万元", ""},
      {"最多2次", TK::comparison, "≤", "2", "次", ""},
      {"低于5%", TK::comparison, "<", "5", "%", ""},
      {"少于3起", TK::comparison, "<", "3", "起", ""},
      {"高于90%", TK::comparison, ">", "90", "%", ""},
      {"超过100人", TK::comparison, ">", "100", "人", ""},
      {"100余人", TK::comparison, ">", "100", "人", ""},
      {"1万余人", TK::comparison, ">", "1", "万人", ""},
      {"≥3000余人次", TK::comparison, "≥", "3000", "人次", ""},
      {"≤1.5万元", TK::comparison, "≤", "1.5", "万元", ""},
      {"≥1,000人次", TK::comparison, "≥", "1000", "人次", ""},
      {"≥2万人次", TK::comparison, "≥", "2", "万人次", ""},
      {"≥85分", TK::comparison, "≥", "85", "分", ""},
      {"≥95%（含）", TK::comparison, "≥", "95", "%", ""},
      {"≥-5%", TK::comparison, "≥", "-5", "%", ""},
  };
  for (const Row& r : rows) check_row(r, 2025);
}

TEST_CASE("bare values mean = and carry no direction") {
  const Row rows[] = {
      {"100%", TK::comparison, "", "100", "%", ""},
      {"100 %", TK::comparison, "", "100", "%", ""},
      {"3家", TK::comparison, "", "3", "家", ""},
      {"4172.22 平方米", TK::comparison, "", "4172.22", "平方米", ""},
      {"6万元", TK::comparison, "", "6", "万元", ""},
      {"15.34 万元", TK::comparison, "", "15.34", "万元", ""},
      {"全年4篇", TK::comparison, "", "4", "篇", ""},
      {"累计 20 场", TK::comparison, "", "20", "场", ""},
      {"10606.7522", TK::comparison, "", "10606.7522", "", ""},
      {"0起", TK::comparison, "", "0", "起", ""},
      {"0次", TK::comparison, "", "0", "次", ""},
      {"百分之九十五", TK::comparison, "", "95", "%", ""},
      {"百分之95", TK::comparison, "", "95", "%", ""},
      {"三家", TK::comparison, "", "3", "家", ""},
      {"两次", TK::comparison, "", "2", "次", ""},
      {"一百二十人", TK::comparison, "", "120", "人", ""},
      {"一千零五册", TK::comparison, "", "1005", "册", ""},
      {"零起", TK::comparison, "", "0", "起", ""},
      {"≥12345678901234567890次", TK::comparison, "≥", "12345678901234567890", "次", ""},
      {"≥5A级", TK::comparison, "≥", "5", "A级", ""},
  };
  for (const Row& r : rows) check_row(r, 2025);
  const Target money = parse_target("≤115万");
  CHECK(money.as_comparison().value.unit.kind() == UnitKind::scale);
  CHECK(money.as_comparison().value.unit.factor() == Decimal(10000));
  const Target unknown = parse_target("≥10次/年");
  CHECK(unknown.kind() == TK::comparison);
  CHECK(unknown.as_comparison().value.unit.symbol() == "次/年");
  CHECK(unknown.as_comparison().value.unit.kind() == UnitKind::unknown);
}

TEST_CASE("ranges share a unit written once and must be in order") {
  const Row rows[] = {
      {"90%-95%", TK::range, "", "90%~95%", "%", ""},
      {"90%—95%", TK::range, "", "90%~95%", "%", ""},
      {"90-95%", TK::range, "", "90%~95%", "%", ""},
      {"10~20次", TK::range, "", "10次~20次", "次", ""},
      {"10～20 次", TK::range, "", "10次~20次", "次", ""},
      {"80%至90%", TK::range, "", "80%~90%", "%", ""},
      {"80%到90%之间", TK::range, "", "80%~90%", "%", ""},
      {"1万-1.5万人", TK::range, "", "1万人~1.5万人", "万人", ""},
      {"95%-90%", TK::unparsed, "", "", "", "above its end"},
      {"10次-20场", TK::unparsed, "", "", "", "do not convert"},
      {"≥90%-95%", TK::unparsed, "", "", "", "a comparison and a range"},
      {"90%-", TK::unparsed, "", "", "", "unexpected text '-'"},
      {"3-6个月", TK::range, "", "3个月~6个月", "个月", ""},
      {"1月至3", TK::unparsed, "", "", "", "months written as a range"},  // prints as the span 1月~3月
      {"9内-101", TK::unparsed, "", "", "", "unexpected text"},  // 内 is ≤, never a unit
      {"9y内-101", TK::unparsed, "", "", "", "unexpected text"},
  };
  for (const Row& r : rows) check_row(r, 2025);
  const Target r = parse_target("10~20次");
  CHECK(r.direction == Direction::none);
  CHECK(r.as_range().upper.value == Decimal(20));
}

TEST_CASE("periods: a year and months, the year carried to the end, context for a missing year") {
  const Row rows[] = {
      {"2024 年 1 月-12 月", TK::period, "", "", "", "2024-01~2024-12"},
      {"2025年1月至11月", TK::period, "", "", "", "2025-01~2025-11"},
      {"2025年1-6月", TK::period, "", "", "", "2025-01~2025-06"},
      {"1-12月", TK::period, "", "", "", "2025-01~2025-12"},
      {"2024年1月1日-12月31日", TK::period, "", "", "", "2024-01-01~2024-12-31"},
      {"2025年12月-2026年2月", TK::period, "", "", "", "2025-12~2026-02"},
      {"2024年11月-3月", TK::period, "", "", "", "2024-11~2025-03"},
      {"2025年全年", TK::period, "", "", "", "2025-01~2025-12"},
      {"2025年度", TK::period, "", "", "", "2025-01~2025-12"},
      {"全年", TK::period, "", "", "", "2025-01~2025-12"},
      {"上半年", TK::period, "", "", "", "2025-01~2025-06"},
      {"下半年", TK::period, "", "", "", "2025-07~2025-12"},
      {"第三季度", TK::period, "", "", "", "2025-07~2025-09"},
      {"03季度", TK::period, "", "", "", "2025-07~2025-09"},  // leading zeros: the same quarter
      {"2024年第一季度", TK::period, "", "", "", "2024-01~2024-03"},
      {"前三季度", TK::period, "", "", "", "2025-01~2025-09"},
      {"2025.1-2025.12", TK::period, "", "", "", "2025-01~2025-12"},
      {"2025年12月-2025年3月", TK::unparsed, "", "", "", "ends (2025-03) before it starts (2025-12)"},
  };
  for (const Row& r : rows) check_row(r, 2025);
  CHECK(parse_target("2025年1月至11月", in(2025)).year_from_context == false);
  CHECK(parse_target("1-12月", in(2024)).year_from_context == true);
  const Target no_year = parse_target("1-12月");
  CHECK(no_year.kind() == TK::period);
  CHECK(no_year.as_period().start == Date{0, 1, 0});
  CHECK(no_year.as_period().end == Date{0, 12, 0});
}

TEST_CASE("deadlines: dates with 前, 底, 之前, a bare month, the year from context") {
  const Row rows[] = {
      {"2024年11月15日前", TK::deadline, "", "", "", "2024-11-15"},
      {"12月15日前", TK::deadline, "", "", "", "2025-12-15"},
      {"2025年11月底", TK::deadline, "", "", "", "2025-11"},
      {"2024 年 12 月", TK::deadline, "", "", "", "2024-12"},
      {"年底前", TK::deadline, "", "", "", "2025-12"},
      {"年内", TK::deadline, "", "", "", "2025-12"},
      {"12月底前", TK::deadline, "", "", "", "2025-12"},
      {"6月30日前完成", TK::deadline, "", "", "", "2025-06-30"},
      {"于2025年6月底前完成", TK::deadline, "", "", "", "2025-06"},
      {"截至2025年12月31日", TK::deadline, "", "", "", "2025-12-31"},
      {"≤2025年12月31日", TK::deadline, "", "", "", "2025-12-31"},
      {"2025年", TK::deadline, "", "", "", "2025"},
      {"02025年", TK::deadline, "", "", "", "2025"},  // leading zeros write the same year
      {"02025.6.30", TK::deadline, "", "", "", "2025-06-30"},
      {"2025年底", TK::deadline, "", "", "", "2025-12"},
      {"3月中旬", TK::deadline, "", "", "", "2025-03-20"},
      {"11月份", TK::deadline, "", "", "", "2025-11"},
      {"2025.6.30", TK::deadline, "", "", "", "2025-06-30"},
      {"2025-06-30", TK::deadline, "", "", "", "2025-06-30"},
      {"2025/6/30", TK::deadline, "", "", "", "2025-06-30"},
      {"2024年2月29日", TK::deadline, "", "", "", "2024-02-29"},
      {"2025年2月29日", TK::unparsed, "", "", "", "2025-02-29 is not a calendar date"},
      {"2月30日前", TK::unparsed, "", "", "", "not a calendar date"},
  };
  for (const Row& r : rows) check_row(r, 2025);
  const Target with = parse_target("12月15日前", in(2025));
  CHECK(with.year_from_context);
  CHECK(with.as_deadline().date == Date{2025, 12, 15});
  const Target without = parse_target("12月15日前");
  CHECK(without.kind() == TK::deadline);
  CHECK_FALSE(without.year_from_context);
  CHECK(without.as_deadline().date == Date{0, 12, 15});
  CHECK(parse_target("2024年11月15日前", in(2025)).year_from_context == false);
  CHECK(parse_target("2月29日前").kind() == TK::deadline);  // no year: may be a leap year
}

TEST_CASE("durations: a unit of time with or without a comparator") {
  const Row rows[] = {
      {"5 个月", TK::duration, "", "5", "个月", ""},
      {"≥250 天", TK::duration, "≥", "250", "天", ""},
      {"1年", TK::duration, "", "1", "年", ""},
      {"3年", TK::duration, "", "3", "年", ""},
      {"≤30个工作日", TK::duration, "≤", "30", "个工作日", ""},
      {"3个月内完成", TK::duration, "≤", "3", "个月", ""},
      {"≤2小时", TK::duration, "≤", "2", "小时", ""},
      {"≤12月", TK::duration, "≤", "12", "月", ""},
      {"≥40学时", TK::duration, "≥", "40", "学时", ""},
  };
  for (const Row& r : rows) check_row(r, 2025);
}

TEST_CASE("qualitative phrases, with the direction their words carry") {
  const Row rows[] = {
      {"进一步提升", TK::qualitative, "", "", "", "forward"},
      {"较上年度提升", TK::qualitative, "", "", "", "forward"},
      {"进一步促进", TK::qualitative, "", "", "", "forward"},
      {"显著提升", TK::qualitative, "", "", "", "forward"},
      {"效果明显", TK::qualitative, "", "", "", "none"},
      {"符合“八有标准”", TK::qualitative, "", "", "", "none"},
      {"符合相关规定", TK::qualitative, "", "", "", "none"},
      {"进一步保障", TK::qualitative, "", "", "", "forward"},
      {"进一步密切服务我市科技工作者", TK::qualitative, "", "", "", "forward"},
      {"有所改善", TK::qualitative, "", "", "", "forward"},
      {"进一步降低", TK::qualitative, "", "", "", "reverse"},
      {"逐步减少", TK::qualitative, "", "", "", "reverse"},
      {"不降低", TK::qualitative, "", "", "", "forward"},
      {"不增加群众负担", TK::qualitative, "", "", "", "reverse"},
      {"不低于上年", TK::qualitative, "", "", "", "forward"},
      {"较上年增长10%", TK::qualitative, "", "", "", "forward"},
      {"降低成本，提高效率", TK::qualitative, "", "", "", "none"},
      {"优", TK::qualitative, "", "", "", "none"},
      {"是", TK::qualitative, "", "", "", "none"},
      {"达成年度指标", TK::qualitative, "", "", "", "none"},
      {"进 一步 提 升", TK::qualitative, "", "", "", "forward"},
  };
  for (const Row& r : rows) check_row(r, 2025);
  CHECK(parse_target("进 一步 提 升").as_qualitative().text == "进一步提升");
}

TEST_CASE("references name a figure decided elsewhere") {
  const Row rows[] = {
      {"省科协实际评选出的各地示范单位数量", TK::reference, "", "", "", ""},
      {"以实际发生为准", TK::reference, "", "", "", ""},
      {"按上级下达的资金数额", TK::reference, "", "", "", ""},
      {"据实结算", TK::reference, "", "", "", ""},
  };
  for (const Row& r : rows) check_row(r, 2025);
  CHECK(parse_target("省科协实际评选出的 各地示范单位数量").as_reference().text == "省科协实际评选出的各地示范单位数量");
}

TEST_CASE("redacted cells") {
  for (std::string_view cell : {"涉密", " 涉 密 ", "涉密内容", "因涉密不予公开", "保密"}) {
    CAPTURE(cell);
    CHECK(parse_target(cell).kind() == TK::redacted);
  }
}

TEST_CASE("unparsed cells come with a reason, never a guess") {
  const Row rows[] = {
      {"", TK::unparsed, "", "", "", "empty"},
      {"   ", TK::unparsed, "", "", "", "empty"},
      {"无", TK::unparsed, "", "", "", "0起"},
      {"/", TK::unparsed, "", "", "", "placeholder"},
      {"——", TK::unparsed, "", "", "", "placeholder"},
      {"待定", TK::unparsed, "", "", "", "placeholder"},
      {"1e400", TK::unparsed, "", "", "", "exponent"},
      {"≥1E+5人", TK::unparsed, "", "", "", "exponent"},
      {"1234567890123456789012345678901234567890", TK::unparsed, "", "", "", "40 digits"},
      {"≥0.12345678901%", TK::unparsed, "", "", "", "11 decimal places"},
      {"≤99999999999999999999.12345678万亿万元", TK::unparsed, "", "", "", "too large to convert to 元 exactly"},
      {"约100人", TK::unparsed, "", "", "", "approximate"},
      {"100人左右", TK::unparsed, "", "", "", "approximate"},
      {"≥95%以下", TK::unparsed, "", "", "", "'以下' contradicts"},
      {"≤100余人", TK::unparsed, "", "", "", "contradicts"},
      {"100人参加培训", TK::unparsed, "", "", "", "unexpected text '参加培训' after '100人'"},
      {"满意度", TK::unparsed, "", "", "", "names what is measured"},
      {"群众满意度", TK::unparsed, "", "", "", "names what is measured"},
      {"各课题组撰写字数", TK::unparsed, "", "", "", "names what is measured"},
      {"活动开展情况", TK::unparsed, "", "", "", "names what is measured"},
      {"abc", TK::unparsed, "", "", "", "no number, date or qualitative grade"},
      {"活动次数", TK::unparsed, "", "", "", "repeats the indicator's name", "活动 次数", "全年活动开展次数"},
      {"全年活动开展次数", TK::unparsed, "", "", "", "repeats the indicator's description", "活动次数",
       "全年活动 开展次数"},
  };
  for (const Row& r : rows) check_row(r, 2025);
}

TEST_CASE("spaces from PDF extraction and full-width characters do not change the reading") {
  const std::pair<std::string_view, std::string_view> same[] = {
      {"≥ 9 5 ％", "≥95%"},           {"≥１，０００人次", "≥1,000人次"}, {"４１７２．２２ 平方米", "4172.22平方米"},
      {"2 0 2 4 年 1 月 - 1 2 月", "2024年1月-12月"}, {"≤ 17.5 万 元", "≤17.5万元"},
      {"1 000人", "1000人"},          {"＜＝ ５％", "≤5%"},              {"≥95%。", "≥95%"},
      {"\u3000≥30\u00a0次\n", "≥30次"}};
  for (const auto& [spaced_form, plain] : same) {
    const std::string_view spaced = spaced_form;  // clang 14 cannot capture a structured binding
    CAPTURE(spaced);
    Target a = parse_target(spaced, in(2025));
    Target b = parse_target(plain, in(2025));
    CHECK(a.kind() != TK::unparsed);
    a.raw = b.raw;
    CHECK(a == b);
  }
}

TEST_CASE("the canonical form keeps bare values bare") {
  const std::pair<std::string_view, std::string_view> forms[] = {
      {"≥30 次", "≥30次"},        {"100%", "100%"},     {"=100%", "=100%"},
      {"不超过10万元", "≤10万元"}, {"10~20次", "10次~20次"}, {"2024 年 1 月-12 月", "2024-01~2024-12"},
      {"2024年11月15日前", "≤2024-11-15"}, {"进一步 提升", "进一步提升"}, {"涉密", "涉密"},
      {"abc", "abc"}};
  for (const auto& [written, form] : forms) {
    const std::string_view cell = written;  // clang 14 cannot capture a structured binding
    CAPTURE(cell);
    CHECK(to_string(parse_target(cell)) == form);
  }
}

TEST_CASE("without a year the canonical form is written in Chinese and reads back") {
  const std::pair<std::string_view, std::string_view> forms[] = {
      {"12月15日前", "12月15日前"}, {"12月底", "12月前"}, {"1-12月", "1月~12月"},
      {"3月1日至6月30日", "3月1日~6月30日"}, {"≤12月15日", "12月15日前"}};
  for (const auto& [written, form] : forms) {
    const std::string_view cell = written;  // clang 14 cannot capture a structured binding
    CAPTURE(cell);
    const Target t = parse_target(cell);
    CHECK(t.kind() != TK::unparsed);
    CHECK(to_string(t) == form);
    Target again = parse_target(form);
    again.raw = t.raw;
    CHECK(again == t);
  }
}

// Every reading is checked against its printed form: a cell whose canonical form reads otherwise
// is unparsed, and both forms are named in the reason.
TEST_CASE("ambiguous cells: the canonical form would read as another target") {
  const std::pair<std::string_view, std::string_view> cells[] = {
      {"2024年-2025", "'2024年~2025年' reads as a period target"},
      {"≤2,025.6", "'≤2025.6' reads as a deadline target"},
      {"不超过2,025.6", "'≤2025.6' reads as a deadline target"},
      {"+2025.6", "'2025.6' reads as a deadline target"},
  };
  for (const auto& [written, reason] : cells) {
    const std::string_view cell = written;  // clang 14 cannot capture a structured binding
    CAPTURE(cell);
    const Target t = parse_target(cell, in(2025));
    CHECK(t.kind() == TK::unparsed);
    CHECK(t.raw == cell);
    CHECK(t.as_unparsed().reason.find("is ambiguous") != std::string::npos);
    CHECK(t.as_unparsed().reason.find(reason) != std::string::npos);
  }
  // Written canonically, or with nothing that collides, the same figures read as before.
  CHECK(parse_target("≤2025.60").kind() == TK::comparison);
  CHECK(parse_target("≤2025.6").kind() == TK::deadline);
  CHECK(parse_target("2024年~2025年").kind() == TK::period);
  CHECK(parse_target("不超过2,024万元").kind() == TK::comparison);
}

TEST_CASE("targets written in separate columns: 指标性质, 指标值, 度量单位") {
  const Target ge = parse_target_columns("≥", "95", "%");
  CHECK(ge.raw == "≥95%");
  CHECK(ge.kind() == TK::comparison);
  CHECK(ge.as_comparison().comparator == Comparator::ge);
  CHECK(ge.as_comparison().value.value == Decimal(95));
  CHECK(parse_target_columns("=", "3", "家").as_comparison().comparator_written);
  CHECK(parse_target_columns("≤", "17.5万元", "万元").raw == "≤17.5万元");
  CHECK(parse_target_columns("", "100", "%").raw == "100%");
  const Target graded = parse_target_columns("定性", "优", "");
  CHECK(graded.raw == "优");
  CHECK(graded.kind() == TK::qualitative);
}

TEST_CASE("parse_target never throws, whatever the bytes") {
  std::mt19937 random(20250101);
  const std::string_view pieces[] = {"≥", "≤", "＞", "=", "-", "~", "至", "年", "月", "日", "前", "底", "万", "元",
                                     "%", "人", "次", "以上", "以内", ".", ",", "0", "1", "9", "2025", " ",
                                     "\xff", "\xe4\xb8", "提升", "涉密", "e", "百分之", "十", "两", "/", "(含)"};
  for (int n = 0; n < 20000; ++n) {
    std::string cell;
    const int length = static_cast<int>(random() % 8);
    for (int k = 0; k < length; ++k) cell += pieces[random() % std::size(pieces)];
    CAPTURE(cell);
    Target t;
    CHECK_NOTHROW(t = parse_target(cell, {2025, "活动次数", "全年活动开展次数"}));
    CHECK(t.raw == cell);
    if (t.kind() == TK::unparsed) CHECK(!t.as_unparsed().reason.empty());
  }
  std::string random_bytes;
  for (int n = 0; n < 2000; ++n) {
    random_bytes.assign(random() % 24, '\0');
    for (char& c : random_bytes) c = static_cast<char>(random());
    CHECK_NOTHROW(parse_target(random_bytes));
  }
  CHECK(parse_target(std::string(100000, '9')).kind() == TK::unparsed);
  CHECK(parse_target("≥" + std::string(5000, '0') + "1次").kind() == TK::comparison);
}

TEST_CASE("a Target holds its kind's data only, reached as in Boost.JSON: kind(), if_…() or null, as_…() or Error") {
  const Target none;
  CHECK(none.kind() == TK::unparsed);
  CHECK(none.as_unparsed().reason.empty());
  CHECK(none.raw.empty());

  const Target t = parse_target("≥30 次");
  CHECK(t.kind() == TK::comparison);
  REQUIRE(t.if_comparison());
  CHECK(t.if_comparison()->comparator == Comparator::ge);
  CHECK(t.if_comparison()->comparator_written);
  CHECK(t.if_comparison()->value == Quantity{Decimal(30), lookup_unit("次")});
  CHECK(t.if_amount() == t.if_comparison());
  CHECK_FALSE(t.if_range());
  CHECK_FALSE(t.if_period());
  CHECK_FALSE(t.if_deadline());
  CHECK_FALSE(t.if_duration());
  CHECK_FALSE(t.if_qualitative());
  CHECK_FALSE(t.if_reference());
  CHECK_FALSE(t.if_redacted());
  CHECK_FALSE(t.if_unparsed());
  CHECK_THROWS_WITH_AS(t.as_range(), "the target '≥30 次' is comparison, not range", Error);
  CHECK_THROWS_AS(t.as_duration(), Error);
  CHECK_THROWS_AS(t.as_unparsed(), Error);

  // Each kind answers to its own accessor; comparison and duration both have an amount.
  const Target duration = parse_target("≤3个月");
  CHECK(duration.if_amount() == duration.if_duration());
  CHECK(duration.as_duration().value.unit == lookup_unit("个月"));
  CHECK(parse_target("90%-95%").as_range().lower.value == Decimal(90));
  CHECK(parse_target("2025年1-6月").as_period().end == Date{2025, 6, 0});
  CHECK(parse_target("2025年11月底").as_deadline().date == Date{2025, 11, 0});
  CHECK(parse_target("进一步提升").as_qualitative().text == "进一步提升");
  CHECK(parse_target("以实际评选为准").as_reference().text == "以实际评选为准");
  CHECK(parse_target("涉密").if_redacted());
  CHECK_FALSE(parse_target("涉密").if_amount());
  CHECK_FALSE(parse_target("90%-95%").if_amount());
  static_assert(kind_of<Range> == TK::range && kind_of<Unparsed> == TK::unparsed);

  // emplace changes the kind and its data; raw and what every kind has stay.
  Target changed = t;
  changed.year_from_context = true;
  changed.emplace(Deadline{Date{2025, 6, 30}});
  CHECK(changed.kind() == TK::deadline);
  CHECK(changed.raw == "≥30 次");
  CHECK(changed.year_from_context);
  CHECK(changed.direction == Direction::forward);
  CHECK_FALSE(changed.if_comparison());
  changed.as_deadline().date.day = 1;
  CHECK(changed.as_deadline().date == Date{2025, 6, 1});

  // Regular values: built from raw and data, copied, compared whole.
  const Target built("≥30 次", Comparison{{Comparator::ge, true, Quantity{Decimal(30), lookup_unit("次")}}});
  Target same = built;
  same.direction = Direction::forward;
  CHECK(same == t);
  CHECK_FALSE(built == t);  // the direction differs
  CHECK_FALSE(Target("x", Qualitative{"x"}) == Target("x", Reference{"x"}));
  // Only the active kind is stored: two quantities at most, not every kind's members at once.
  static_assert(sizeof(Target) <= sizeof(std::string) + 2 * sizeof(Quantity) + 32);
}

TEST_CASE("a Target prints its raw text and kind, its kind's data, and what every kind has") {
  CHECK(fmt::format("{}", parse_target("≥30 次")) ==
        "{raw: \"≥30 次\", kind: comparison, comparator: ge, comparator_written: true, value: {value: 30, unit: "
        "{symbol: \"次\", kind: count, base: \"次\", factor: 1}}, year_from_context: false, direction: forward}");
  CHECK(fmt::format("{}", parse_target("12月15日前", in(2025))) ==
        "{raw: \"12月15日前\", kind: deadline, date: {year: 2025, month: 12, day: 15}, year_from_context: true, "
        "direction: none}");
  CHECK(fmt::format("{}", parse_target("涉密")) ==
        "{raw: \"涉密\", kind: redacted, year_from_context: false, direction: none}");
  CHECK(fmt::format("{}", Target()) ==
        "{raw: \"\", kind: unparsed, reason: \"\", year_from_context: false, direction: none}");
}
