#include "ops_fixtures.hpp"

#include <jixiao/error.hpp>
#include <jixiao/monitor.hpp>

#include <doctest/doctest.h>

using namespace ops_test;
using namespace jixiao::literals;

namespace {

IndicatorStatus status_one(const std::string& target, const std::string& actual, const std::string& as_of,
                           Level2 level2 = Level2::数量指标) {
  const Document d = document({row(Level1::产出指标, level2, "指标", target)});
  Actuals a;
  a.indicators.push_back(value("指标", actual, as_of));
  return monitor(d, a, parse_iso_date(as_of)).projects.at(0).indicators.at(0);
}

}  // namespace

TEST_CASE("colours have the names monitoring reports write") {
  CHECK(chinese_name(Colour::green) == "绿");
  CHECK(chinese_name(Colour::blue) == "蓝");
  CHECK(chinese_name(Colour::yellow) == "黄");
  CHECK(chinese_name(Colour::red) == "红");
  CHECK(chinese_name(Colour::none) == "—");
}

TEST_CASE("colour bands at their edges: 60 % is yellow, 80 % green, 120 % blue") {
  CHECK(colour_of(59.99_dec) == Colour::red);
  CHECK(colour_of(60_dec) == Colour::yellow);
  CHECK(colour_of(79.99_dec) == Colour::yellow);
  CHECK(colour_of(80_dec) == Colour::green);
  CHECK(colour_of(119.99_dec) == Colour::green);
  CHECK(colour_of(120_dec) == Colour::blue);
  MonitorOptions o;
  o.red_below = 50;
  CHECK(colour_of(55_dec, o) == Colour::yellow);
}

TEST_CASE("time progress counts complete months") {
  CHECK(months_elapsed(2025, parse_iso_date("2025-06-30")) == 6);
  CHECK(months_elapsed(2025, parse_iso_date("2025-06-29")) == 5);
  CHECK(months_elapsed(2025, parse_iso_date("2024-12-31")) == 0);
  CHECK(months_elapsed(2025, parse_iso_date("2026-01-15")) == 12);
}

TEST_CASE("indicators against the time-prorated target, at the band edges") {
  // ≥20次 at 30 June: prorated 10次
  const IndicatorStatus s = status_one("≥20次", "6次", "2025-06-30");
  CHECK(*s.prorated_target == 10);
  CHECK(*s.ratio == 60);
  CHECK(s.colour == Colour::yellow);
  CHECK(status_one("≥20次", "8次", "2025-06-30").colour == Colour::green);
  CHECK(status_one("≥20次", "12次", "2025-06-30").colour == Colour::blue);
  CHECK(status_one("≥20次", "5次", "2025-06-30").colour == Colour::red);
  // 万人 against 人, prorated: 0.6万人 of 1万人 × 6/12 = 120 %
  CHECK(status_one("≥1万人", "6000人", "2025-06-30").colour == Colour::blue);
  // rates are not prorated
  const IndicatorStatus rate = status_one("≥95%", "76%", "2025-06-30");
  CHECK(*rate.ratio == 80);
  CHECK(rate.colour == Colour::green);
}

TEST_CASE("reverse indicators, grades and dates") {
  CHECK(status_one("≤10万元", "9万元", "2025-06-30", Level2::成本指标).colour == Colour::green);
  CHECK(status_one("≤10万元", "10.5万元", "2025-06-30", Level2::成本指标).colour == Colour::red);
  CHECK(status_one("进一步提升", "达成年度指标", "2025-06-30").colour == Colour::green);
  CHECK(status_one("进一步提升", "部分达成年度指标并具有一定效果", "2025-06-30").colour == Colour::yellow);
  CHECK(status_one("进一步提升", "未达成年度指标且效果较差", "2025-06-30").colour == Colour::red);
  CHECK(status_one("2025年6月15日前", "2025年6月15日", "2025-06-30").colour == Colour::green);
  CHECK(status_one("2025年6月15日前", "2025年6月16日", "2025-06-30").colour == Colour::red);
}

TEST_CASE("a stated direction makes a bare target reverse: green within the limit") {
  Document d = document({row(Level1::产出指标, Level2::时效指标, "平均办结时长", "5天")});
  Actuals a;
  a.indicators.push_back(value("平均办结时长", "6天", "2025-06-30"));
  const Date june = parse_iso_date("2025-06-30");
  CHECK(monitor(d, a, june).projects.at(0).indicators.at(0).colour == Colour::blue);  // forward: more than asked
  d.projects[0].indicators[0].direction = Direction::reverse;
  CHECK(monitor(d, a, june).projects.at(0).indicators.at(0).colour == Colour::red);
  a.indicators[0] = value("平均办结时长", "4天", "2025-06-30");
  CHECK(monitor(d, a, june).projects.at(0).indicators.at(0).colour == Colour::green);
}

TEST_CASE("spending against time progress and the plan; worst colour; explanations") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥20次"),
                               row(Level1::产出指标, Level2::数量指标, "场次", "≥10场")});
  Actuals a;
  a.projects.push_back(spending("6", "2025-06-30"));   // 30 % of 20; 60 % of time (50 %) and of plan (50 %)
  a.projects.push_back(spending("15", "2025-12-31"));  // later: not used at 30 June
  a.indicators.push_back(value("次数", "10次", "2025-06-30"));
  a.indicators.push_back(value("场次", "2场", "2025-06-30", "场地未落实"));
  const MonitorReport r = monitor(d, a, parse_iso_date("2025-06-30"));
  CHECK(r.time_progress == 50);
  const ProjectStatus& p = r.projects.at(0);
  CHECK(*p.spent_percent == 30);
  CHECK(*p.ratio_to_time == 60);
  CHECK(p.time_colour == Colour::yellow);
  CHECK(*p.planned_percent == 50);
  CHECK(p.plan_colour == Colour::yellow);
  CHECK(p.indicators[0].colour == Colour::green);
  CHECK(p.indicators[1].colour == Colour::red);  // 2 of 5: 40 %
  CHECK(p.colour == Colour::red);
  REQUIRE(r.explanations.size() == 2);
  CHECK_FALSE(r.explanations[0].indicator);
  CHECK(r.explanations[0].reason.empty());
  CHECK(r.explanations[1].reason == "场地未落实");
  // Before the plan's first milestone there is no plan to compare with.
  const MonitorReport early = monitor(d, a, parse_iso_date("2025-02-28"));
  CHECK(early.projects.empty());  // nothing dated that early
}

TEST_CASE("a monitoring row refers to its project and indicator; another document's indices are an Error") {
  Document d = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥20次"),
                         row(Level1::产出指标, Level2::数量指标, "场次", "≥10场")});
  Actuals a;
  a.projects.push_back(spending("6", "2025-06-30"));
  a.indicators.push_back(value("场次", "2场", "2025-06-30"));
  const MonitorReport r = monitor(d, a, parse_iso_date("2025-06-30"));
  const ProjectStatus& p = r.projects.at(0);
  CHECK(&project_of(d, p) == &d.projects[0]);
  CHECK(&indicator_of(d, p, p.indicators.at(1)) == &d.projects[0].indicators[1]);
  REQUIRE(r.explanations.size() == 2);
  const Explanation& spending_row = r.explanations[0];
  const Explanation& indicator_row = r.explanations[1];
  CHECK(&project_of(d, spending_row) == &d.projects[0]);
  CHECK(indicator_of(d, spending_row) == nullptr);
  CHECK(indicator_of(d, indicator_row) == &d.projects[0].indicators[1]);
  const std::string name(result_name(d.projects[0]));
  CHECK(subject_of(d, spending_row) == name + " / 预算执行");
  CHECK(subject_of(d, indicator_row) == name + " / 场次");
  // A project without a name is named by its table's title.
  d.projects[0].title = "科普活动绩效目标表";
  d.projects[0].name = "";
  CHECK(subject_of(d, indicator_row) == "科普活动绩效目标表 / 场次");

  const Document other;
  CHECK_THROWS_AS(project_of(other, p), Error);
  CHECK_THROWS_AS(subject_of(other, indicator_row), Error);
  const Document fewer = document({row(Level1::产出指标, Level2::数量指标, "次数", "≥20次")});
  CHECK_THROWS_AS(indicator_of(fewer, p, p.indicators.at(1)), Error);
  CHECK_THROWS_AS(indicator_of(fewer, indicator_row), Error);
}
