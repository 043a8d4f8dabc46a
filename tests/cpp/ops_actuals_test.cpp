#include "ops_fixtures.hpp"

#include <jixiao/actuals.hpp>
#include <jixiao/actuals_io.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/match.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace ops_test;

namespace {

std::vector<DiagnosticCode> codes(const std::vector<Diagnostic>& diagnostics) {
  std::vector<DiagnosticCode> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.code);
  return out;
}

std::vector<std::size_t> lines(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::size_t> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.line);
  return out;
}

}  // namespace

TEST_CASE("grades are told apart") {
  CHECK(grade_of(parse_target("达成年度指标")) == Grade::达成);
  CHECK(grade_of(parse_target("部分达成年度指标并具有一定效果")) == Grade::部分达成);
  CHECK(grade_of(parse_target("未达成年度指标且效果较差")) == Grade::未达成);
  CHECK_FALSE(grade_of(parse_target("进一步提升")));
  CHECK_FALSE(grade_of(parse_target("30次")));
}

TEST_CASE("matching: unknown project, unknown indicator, ambiguous names, duplicates, dates") {
  Document d = document({row(Level1::产出指标, Level2::数量指标, "信息宣传量", "≥100条"),
                         row(Level1::产出指标, Level2::质量指标, "信息宣传量", "≥20篇"),
                         row(Level1::产出指标, Level2::数量指标, "活动 次数", "≥10次")});
  Actuals a;
  a.indicators.push_back(value("活动次数", "4次", "2025-06-30"));
  a.indicators.push_back(value("活动次数", "12次", "2025-12-31"));
  a.indicators.push_back(value("活动次数", "13次", "2025-12-31"));
  a.indicators.push_back(value("信息宣传量", "90条"));
  a.indicators.push_back(value("信息宣传量", "22篇"));
  a.indicators.back().level2 = "质量指标";
  a.indicators.push_back(value("不存在", "1次"));
  a.indicators.push_back(value("活动次数", "1次"));
  a.indicators.back().project_code = "P9";
  const MatchedActuals m = match_actuals(d, a);
  REQUIRE(m.diagnostics.size() == 4);
  CHECK(m.diagnostics[0].code == DiagnosticCode::actual_duplicate);
  CHECK(m.diagnostics[1].code == DiagnosticCode::actual_ambiguous);
  CHECK(m.diagnostics[2].code == DiagnosticCode::actual_unknown_indicator);
  CHECK(m.diagnostics[3].code == DiagnosticCode::actual_unknown_project);
  CHECK(m.indicators[0][2]->value.raw == "12次");
  CHECK_FALSE(m.indicators[0][0]);
  CHECK(m.indicators[0][1]->value.raw == "22篇");
  const MatchedActuals mid = match_actuals(d, a, parse_iso_date("2025-06-30"));
  CHECK(mid.indicators[0][2]->value.raw == "4次");
}

TEST_CASE("matching ignores spaces in names and codes, whatever the order of the actuals") {
  Document d = document({row(Level1::产出指标, Level2::数量指标, "活动 次数", "≥10次"),
                         row(Level1::产出指标, Level2::质量指标, "活动\u3000达标率", "≥90%")});
  Project second = d.projects[0];
  second.code = "P2";
  d.projects.push_back(second);
  Actuals a;
  const auto add = [&](const char* code, const char* indicator, const char* actual) {
    a.indicators.push_back(value(indicator, actual));
    a.indicators.back().project_code = code;
  };
  add("P2", "活动次数", "12次");
  add("P1", "活动达标率", "95%");
  add("P 2", "活动\u3000达标率", "96%");
  a.indicators.back().level2 = "质量 指标";
  add("P1", "活动 次数", "11次");
  const MatchedActuals m = match_actuals(d, a);
  CHECK(m.diagnostics.empty());
  CHECK(m.indicators[0][0]->value.raw == "11次");
  CHECK(m.indicators[0][1]->value.raw == "95%");
  CHECK(m.indicators[1][0]->value.raw == "12次");
  CHECK(m.indicators[1][1]->value.raw == "96%");
}

TEST_CASE("the example actuals match the sample document, in CSV and JSON alike") {
  const std::string dir = JIXIAO_SOURCE_DIR "/examples/data/";
  const Actuals csv = read_actuals(dir + "zjk-kexie-2025-actuals.csv");
  const Actuals json = read_actuals(dir + "zjk-kexie-2025-actuals.json");
  CHECK(json.projects.size() == csv.projects.size());
  REQUIRE(json.indicators.size() == csv.indicators.size());
  for (std::size_t i = 0; i < csv.indicators.size(); ++i) CHECK(json.indicators[i].value == csv.indicators[i].value);
  const ReadResult sample = read_document(std::filesystem::path(dir + "zjk-kexie-2025-targets.txt"));
  CHECK(match_actuals(sample.document, csv).diagnostics.empty());
  CHECK_THROWS_AS(read_actuals(dir + "no-such-file.csv"), Error);
}

TEST_CASE("match: the place of each row, and a diagnostic for each row left unmatched, in the order of the rows") {
  Document d = document({row(Level1::产出指标, Level2::数量指标, "活动 次数", "≥10次"),
                         row(Level1::产出指标, Level2::数量指标, "信息宣传量", "≥100条"),
                         row(Level1::产出指标, Level2::质量指标, "信息宣传量", "≥20篇")});
  Project second = d.projects[0];
  second.code = "P2";
  d.projects.push_back(second);
  Actuals a;
  a.projects = {spending("8", "2025-06-30"), spending("19"), spending("1")};
  a.projects[1].project_code = "P 2";
  a.projects[2].project_code = "P9";
  a.indicators = {value("活动次数", "4次", "2025-06-30"), value("信息宣传量", "22篇"), value("信息宣传量", "90条"),
                  value("不存在", "1次"), value("活动次数", "12次"), value("活动次数", "5次", "2025-06-30")};
  a.indicators[1].project_code = "P2";
  a.indicators[1].level2 = "质量 指标";
  a.indicators[4].project_code = "P9";
  std::size_t line = 2;
  for (ProjectActual& p : a.projects) p.line = line++;
  for (IndicatorActual& i : a.indicators) i.line = line++;

  const Matched m = match(d, a);
  CHECK(m.projects == std::vector<std::optional<std::size_t>>{0, 1, std::nullopt});
  CHECK(m.indicators == std::vector<std::optional<IndicatorPlace>>{IndicatorPlace{0, 0}, IndicatorPlace{1, 2},
                                                                     std::nullopt, std::nullopt, std::nullopt,
                                                                     IndicatorPlace{0, 0}});
  CHECK(codes(m.diagnostics) ==
        std::vector{DiagnosticCode::actual_unknown_project, DiagnosticCode::actual_ambiguous,
                    DiagnosticCode::actual_unknown_indicator, DiagnosticCode::actual_unknown_project,
                    DiagnosticCode::actual_duplicate});
  CHECK(lines(m.diagnostics) == std::vector<std::size_t>{4, 7, 8, 9, 10});
  CHECK(m.diagnostics[0].reason == "line 4: no project of the document has the code P9");
  CHECK(m.diagnostics[4].reason == "line 10: the value of P1 / 活动次数 on 2025-06-30 is given twice; the first is used");

  // The figures at a date are picked from the one match, with the match's diagnostics.
  const MatchedActuals june = match_actuals(d, a, m, parse_iso_date("2025-06-30"));
  CHECK(june.diagnostics == m.diagnostics);
  CHECK(june.projects[0]->executed->wan() == Decimal(8));
  CHECK_FALSE(june.projects[1]);  // its only figure is of December
  CHECK(june.indicators[0][0]->value.raw == "4次");
  CHECK_FALSE(june.indicators[1][2]);
  const MatchedActuals year = match_actuals(d, a, m);
  CHECK(year.projects[1]->executed->wan() == Decimal(19));
  CHECK(year.indicators[1][2]->value.raw == "22篇");
  CHECK(year == match_actuals(d, a));
}

TEST_CASE("match: a second figure for one date is a duplicate at any date; the first is the one used") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "活动次数", "≥10次")});
  Actuals a;
  a.indicators = {value("活动次数", "4次", "2025-06-30"), value("活动次数", "12次"), value("活动次数", "5次", "2025-06-30")};
  const Matched m = match(d, a);
  CHECK(codes(m.diagnostics) == std::vector{DiagnosticCode::actual_duplicate});
  CHECK(m.diagnostics[0].reason == "JSON: the value of P1 / 活动次数 on 2025-06-30 is given twice; the first is used");
  CHECK(match_actuals(d, a, m, parse_iso_date("2025-06-30")).indicators[0][0]->value.raw == "4次");
  CHECK(match_actuals(d, a, m).indicators[0][0]->value.raw == "12次");
  CHECK_FALSE(match_actuals(d, a, m, parse_iso_date("2025-03-31")).indicators[0][0]);
  // Other dates are no duplicates.
  a.indicators.pop_back();
  CHECK(match(d, a).diagnostics.empty());
}

TEST_CASE("monitoring and evaluation read one match; a match of other actuals or another document is refused") {
  const Document d = document({row(Level1::产出指标, Level2::数量指标, "活动次数", "≥10次"),
                               row(Level1::满意度指标, Level2::服务对象满意度指标, "群众满意度", "≥90%")});
  Actuals a;
  a.projects = {spending("8", "2025-06-30"), spending("19")};
  a.indicators = {value("活动次数", "4次", "2025-06-30"), value("活动次数", "12次"), value("群众满意度", "95%"),
                  value("不存在", "1次")};
  const Matched m = match(d, a);
  const Date june = parse_iso_date("2025-06-30");
  CHECK(monitor(d, a, m, june) == monitor(d, a, june));
  CHECK(monitor(d, a, m, june).diagnostics == m.diagnostics);
  EvaluateOptions in_june;
  in_june.as_of = june;
  CHECK(evaluate(d, a, m, in_june) == evaluate(d, a, in_june));
  CHECK(evaluate(d, a, m) == evaluate(d, a));
  CHECK(evaluate(d, a, m).diagnostics.front() == m.diagnostics.front());

  Actuals fewer = a;
  fewer.indicators.pop_back();
  CHECK_THROWS_AS(monitor(d, fewer, m, june), Error);
  CHECK_THROWS_AS(evaluate(d, fewer, m), Error);
  Matched outside = m;
  outside.indicators[0] = IndicatorPlace{0, 2};
  CHECK_THROWS_AS(match_actuals(d, a, outside), Error);
  outside = m;
  outside.projects[0] = 1;
  CHECK_THROWS_AS(evaluate(d, a, outside), Error);
}
