// check(): an actual value against a target, with units normalised and the figures in the reason.

#include <jixiao/target.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace jixiao;

namespace {

TargetContext in(int year) {
  TargetContext context;
  context.year = year;
  return context;
}

Target target(std::string_view cell, int year = 2025) { return parse_target(cell, in(year)); }

struct Case {
  std::string_view target;
  std::string_view actual;
  Outcome outcome;
  std::string_view reason;  // the whole reason, figures included
};

void check_cases(std::initializer_list<Case> cases, Direction equal_means = Direction::none) {
  for (const Case& c : cases) {
    CAPTURE(c.target);
    CAPTURE(c.actual);
    const Target t = target(c.target);
    const CheckResult r = equal_means == Direction::none ? check(t, c.actual)
                                                         : check(t, parse_target(c.actual, in(2025)), equal_means);
    CHECK(r.outcome == c.outcome);
    CHECK(r.reason == c.reason);
  }
}

}  // namespace

TEST_CASE("comparisons: met and not met with the gap, exactly") {
  check_cases({
      {"≥30 次", "32次", Outcome::met, "32次 meets ≥30次"},
      {"≥30 次", "30次", Outcome::met, "30次 meets ≥30次"},
      {"≥30 次", "28次", Outcome::not_met, "28次 does not meet ≥30次: 2次 short"},
      {">92%", "92%", Outcome::not_met, "92% does not meet >92%: equal, not strictly more"},
      {">92%", "92.01%", Outcome::met, "92.01% meets >92%"},
      {"≤17.5 万元", "17.5万元", Outcome::met, "17.5万元 meets ≤17.5万元"},
      {"≤17.5 万元", "17.51万元", Outcome::not_met, "17.51万元 does not meet ≤17.5万元: 0.01万元 over"},
      {"<5%", "5%", Outcome::not_met, "5% does not meet <5%: equal, not strictly less"},
      {"100%", "100%", Outcome::met, "100% meets 100%"},
      {"100%", "99.5%", Outcome::not_met, "99.5% does not meet 100%: 0.5% short"},
      {"≥95%", "0.1%", Outcome::not_met, "0.1% does not meet ≥95%: 94.9% short"},
  });
}

TEST_CASE("units are normalised: 1.5万人 against 15000人, 百分比 against %") {
  check_cases({
      {"≥1.5 万人", "15000人", Outcome::met, "15000人 meets ≥1.5万人 (= 15000人)"},
      {"≥1.5 万人", "14999人", Outcome::not_met, "14999人 does not meet ≥1.5万人 (= 15000人): 1人 short"},
      {"≥15000人", "1.5万人", Outcome::met, "1.5万人 (= 15000人) meets ≥15000人"},
      {"≥90 百分比", "91%", Outcome::met, "91% meets ≥90百分比 (= 90%)"},
      {"≤17.5 万元", "175000元", Outcome::met, "175000元 meets ≤17.5万元 (= 175000元)"},
      {"≤17.5 万元", "175000.01元", Outcome::not_met,
       "175000.01元 does not meet ≤17.5万元 (= 175000元): 0.01元 over"},
      {"≥250 天", "36周", Outcome::met, "36周 (= 21772800秒) meets ≥250天 (= 21600000秒)"},
      {"≥2万人次", "19999人次", Outcome::not_met, "19999人次 does not meet ≥2万人次 (= 20000人次): 1人次 short"},
  });
}

TEST_CASE("a bare actual number takes the target's unit; 万 alone is a multiplier") {
  check_cases({
      {"≥30 次", "32", Outcome::met, "32 (= 32次) meets ≥30次"},
      {"≤115万", "114万元", Outcome::met, "114万元 (= 1140000元) meets ≤115万 (= 1150000元)"},
      {"≤115万", "116", Outcome::not_met, "116 (= 116万) does not meet ≤115万: 1万 over"},
  });
}

TEST_CASE("units that do not convert are not comparable") {
  check_cases({
      {"≥30 次", "30场", Outcome::not_comparable, "the actual 30场 and the target 30次 are in units that do not convert"},
      {"5 个月", "150天", Outcome::not_comparable,
       "the actual 150天 and the target 5个月 are in units that do not convert"},
  });
}

TEST_CASE("a bare = target with the direction the category gives") {
  check_cases({{"3家", "4家", Outcome::not_met, "4家 does not meet 3家: 1家 over"}});
  check_cases({{"3家", "4家", Outcome::met, "4家 meets 3家"}, {"3家", "2家", Outcome::not_met, "2家 does not meet 3家: 1家 short"}},
              Direction::forward);
  check_cases({{"6万元", "5.8万元", Outcome::met, "5.8万元 meets 6万元"},
               {"6万元", "6.2万元", Outcome::not_met, "6.2万元 does not meet 6万元: 0.2万元 over"}},
              Direction::reverse);
  // A written comparator is never overridden.
  check_cases({{"≥30 次", "28次", Outcome::not_met, "28次 does not meet ≥30次: 2次 short"}}, Direction::reverse);
}

TEST_CASE("ranges") {
  check_cases({
      {"90%-95%", "92%", Outcome::met, "92% is within the range 90%~95%"},
      {"90%-95%", "90%", Outcome::met, "90% is within the range 90%~95%"},
      {"90%-95%", "95.1%", Outcome::not_met, "95.1% is above the range 90%~95%"},
      {"10~20次", "9次", Outcome::not_met, "9次 is below the range 10次~20次"},
  });
}

TEST_CASE("deadlines: met by one day, on the day, missed by one day") {
  check_cases({
      {"2024年11月15日前", "2024年11月14日", Outcome::met, "done 2024-11-14, 1 day before the end of the deadline 2024-11-15"},
      {"2024年11月15日前", "2024-11-15", Outcome::met, "done 2024-11-15, on the last day of the deadline 2024-11-15"},
      {"2024年11月15日前", "2024.11.16", Outcome::not_met, "done 2024-11-16, 1 day after the end of the deadline 2024-11-15"},
      {"2025年11月底", "2025年11月30日", Outcome::met, "done 2025-11-30, on the last day of the deadline 2025-11"},
      {"2025年11月底", "2025年12月1日", Outcome::not_met, "done 2025-12-01, 1 day after the end of the deadline 2025-11"},
      {"2025年11月底", "2025年11月", Outcome::met, "done 2025-11 (by 2025-11-30), on the last day of the deadline 2025-11"},
      {"2024年12月", "2025年1月1日", Outcome::not_met, "done 2025-01-01, 1 day after the end of the deadline 2024-12"},
      {"12月15日前", "12月10日", Outcome::met, "done 2025-12-10, 5 days before the end of the deadline 2025-12-15"},
      {"2024年2月29日前", "2024年3月1日", Outcome::not_met, "done 2024-03-01, 1 day after the end of the deadline 2024-02-29"},
  });
  const Target no_year = parse_target("12月15日前");
  CHECK(check(no_year, "2025年12月10日").outcome == Outcome::not_comparable);
  CHECK(check(no_year, "2025年12月10日").reason == "the deadline --12-15 has no year to compare with");
}

TEST_CASE("periods: done by the end of the period") {
  check_cases({
      {"2024 年 1 月-12 月", "2024年1月-12月", Outcome::met,
       "done 2024-12 (by 2024-12-31), on the last day of the period 2024-01~2024-12"},
      {"2025年1月至11月", "2025年10月20日", Outcome::met,
       "done 2025-10-20, 41 days before the end of the period 2025-01~2025-11"},
      {"2025年1月至11月", "2025年12月", Outcome::not_met,
       "done 2025-12 (by 2025-12-31), 31 days after the end of the period 2025-01~2025-11"},
  });
}

TEST_CASE("qualitative targets take an evaluator's grade") {
  check_cases({
      {"进一步提升", "达成年度指标", Outcome::met, "graded '达成年度指标' for 进一步提升"},
      {"进一步提升", "部分达成年度指标并具有一定效果", Outcome::not_met,
       "graded '部分达成年度指标并具有一定效果' for 进一步提升"},
      {"符合“八有标准”", "未达成年度指标且效果较差", Outcome::not_met,
       "graded '未达成年度指标且效果较差' for 符合“八有标准”"},
      {"≥30 次", "达成年度指标", Outcome::met, "graded '达成年度指标' for ≥30次"},
      {"进一步提升", "显著提升", Outcome::not_comparable,
       "'显著提升' is not a grade (达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差)"},
      {"进一步提升", "32次", Outcome::not_comparable,
       "the target 进一步提升 is a qualitative phrase, the actual 32次 is a figure"},
  });
}

TEST_CASE("targets that cannot be compared say why") {
  check_cases({
      {"涉密", "32次", Outcome::not_comparable, "the target is redacted (涉密)"},
      {"省科协实际评选出的各地示范单位数量", "3家", Outcome::not_comparable,
       "the target refers to a figure decided elsewhere: 省科协实际评选出的各地示范单位数量"},
      {"abc", "3家", Outcome::not_comparable,
       "the target could not be read: 'abc' has no number, date or qualitative grade"},
      {"≥30 次", "约30次", Outcome::not_comparable,
       "the actual value could not be read: '约' marks an approximate figure; a target needs an exact one"},
      {"≥30 次", "≥31次", Outcome::not_comparable, "the actual ≥31次 states a bound, not a figure"},
      {"≤17.5万元", "99999999999999999999.12345678万亿万元", Outcome::not_comparable,
       "the actual value could not be read: '99999999999999999999.12345678万亿万元' is too large to convert to 元 exactly"},
      {"≥30 次", "2025年11月", Outcome::not_comparable, "the target ≥30次 is a figure, the actual 2025年11月 is a date"},
      {"2025年11月底", "30次", Outcome::not_comparable,
       "the target ≤2025-11 is a date, the actual 30次 is a figure"},
  });
}
