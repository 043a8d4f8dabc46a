#pragma once
// A small 2025 document and actuals built in code, for monitoring and evaluation.

#include <jixiao/actuals.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/document.hpp>

#include "indicator_fixture.hpp"
#include <string>
#include <vector>

namespace ops_test {

using namespace jixiao;

inline Indicator row(Level1 level1, Level2 level2, std::string name, std::string value) {
  Target target = parse_target(value, {2025, name, {}});
  return jixiao_test::indicator_row(level1, level2, std::move(name), {}, std::move(target), {});
}

// One project: budget 20 万元, plan 25/50/75/100 % by 3/6/10/12 月底.
inline Document document(std::vector<Indicator> indicators) {
  Document d;
  d.year = 2025;
  Project p;
  p.code = "P1";
  p.name = "测试项目";
  p.budget.total = Money(Decimal(20));
  p.spending_plan.milestones = {{"3月底", 3, Decimal(25), 0, std::nullopt},
                                {"6月底", 6, Decimal(50), 0, std::nullopt},
                                {"10月底", 10, Decimal(75), 0, std::nullopt},
                                {"12月底", 12, Decimal(100), 0, std::nullopt}};
  p.indicators = std::move(indicators);
  d.projects.push_back(std::move(p));
  return d;
}

inline IndicatorActual value(std::string indicator, const std::string& actual, std::string as_of = "2025-12-31",
                             std::string reason = {}) {
  IndicatorActual a;
  a.project_code = "P1";
  a.indicator = std::move(indicator);
  a.as_of = parse_iso_date(as_of);
  a.value = parse_target(actual, {a.as_of.year, {}, {}});
  a.reason = std::move(reason);
  return a;
}

inline ProjectActual spending(const char* executed, std::string as_of = "2025-12-31") {
  ProjectActual p;
  p.project_code = "P1";
  p.as_of = parse_iso_date(as_of);
  p.executed = Money(Decimal::parse(executed));
  return p;
}

}  // namespace ops_test
