#pragma once
// Actuals (实际完成情况): what a unit reports after its targets were set — the spending executed by a
// date, each indicator's value at that date, and for gaps the reason and the likelihood of meeting
// the target. Values only: actuals_io.hpp reads them from CSV or JSON (formats in docs/evaluation.md),
// match.hpp matches them to a document's projects and indicators.
//
// Actual values are read with the target grammar (parse_target), so `1.5万人`, `2025年11月10日` and
// the grades 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 mean what they
// mean in a 指标值 cell.

#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// 完成目标可能性, as the 双监控 form asks it.
enum class Likelihood { 确定能, 有可能, 完全不可能 };
BOOST_DESCRIBE_ENUM(Likelihood, 确定能, 有可能, 完全不可能)

// 偏差原因, the categories of the 双监控 form; the reason text says the rest.
enum class DeviationCause { 经费, 制度, 人员, 硬件条件, 其他 };
BOOST_DESCRIBE_ENUM(DeviationCause, 经费, 制度, 人员, 硬件条件, 其他)

// An evaluator's grade of an indicator (10号): 达成年度指标 / 部分达成年度指标并具有一定效果 /
// 未达成年度指标且效果较差.
enum class Grade { 达成, 部分达成, 未达成 };
BOOST_DESCRIBE_ENUM(Grade, 达成, 部分达成, 未达成)

// The grade an actual value states, if it is one (未达成 and 部分达成 are told apart from 达成;
// 基本达成 counts as 部分达成).
std::optional<Grade> grade_of(const Target& actual);

struct ProjectActual {
  std::string project_code;
  Date as_of;                             // the date the figures are for
  std::optional<Money> executed;          // 执行数, 万元, cumulative to as_of
  std::optional<Money> adjusted_budget;   // 调整后预算数, when it differs from the table's 预算数
  std::optional<Decimal> reported_score;  // the human score of the 预算执行率 item
  std::size_t line = 0;                   // CSV line; 0 when read from JSON or built in code

  friend bool operator==(const ProjectActual&, const ProjectActual&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectActual, (),
                      (project_code, as_of, executed, adjusted_budget, reported_score, line))

struct IndicatorActual {
  std::string project_code;
  std::string indicator;                  // 三级指标 as the table names it
  std::string level2;                     // 二级 as written: only needed for two indicators of one name
  Date as_of;
  Target value;                           // the actual value (实际完成值), parsed with as_of's year
  std::optional<Target> expected;         // 全年预计完成情况 (monitoring)
  std::optional<Decimal> grade_percent;   // for a grade: the evaluator's point in its band, % of the weight
  std::optional<Likelihood> likelihood;
  std::optional<DeviationCause> cause;
  std::string reason;                     // 偏差原因分析及改进措施
  std::optional<Decimal> reported_score;  // the human score of the indicator
  std::size_t line = 0;

  friend bool operator==(const IndicatorActual&, const IndicatorActual&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorActual, (),
                      (project_code, indicator, level2, as_of, value, expected, grade_percent, likelihood, cause,
                       reason, reported_score, line))

struct Actuals {
  std::vector<ProjectActual> projects;
  std::vector<IndicatorActual> indicators;

  friend bool operator==(const Actuals&, const Actuals&) = default;
};
BOOST_DESCRIBE_STRUCT(Actuals, (), (projects, indicators))

// The latest date any figure is for: the default date of monitoring; none for no figure at all.
std::optional<Date> latest_date(const Actuals& actuals);

}  // namespace jixiao
