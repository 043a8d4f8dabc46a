#pragma once
// Actuals (实际完成情况): what a unit reports after its targets were set — the spending executed by a
// date, each indicator's value at that date, and for gaps the reason and the likelihood of meeting
// the target. Read from CSV or JSON (formats in docs/evaluation.md) and matched to a document's
// projects and indicators by project code and indicator name.
//
// Actual values are read with the target grammar (parse_target), so `1.5万人`, `2025年11月10日` and
// the grades 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 mean what they
// mean in a 指标值 cell.

#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
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

// One row of the actuals CSV. The member names are the header, declared once; a row with an empty
// `indicator` is a project's spending, any other row an indicator's value. The JSON format has the
// same members, in "projects" and "indicators" arrays (docs/evaluation.md).
struct ActualsRow {
  std::string project_code;
  std::string indicator;
  std::string level2;
  std::string as_of;            // ISO 8601: 2025-06-30
  std::string executed;         // project rows: 万元
  std::string adjusted_budget;  // project rows: 万元
  std::string actual;           // indicator rows: the value, in the target grammar
  std::string expected;
  std::string grade_percent;
  std::string likelihood;
  std::string cause;
  std::string reason;
  std::string reported_score;
};
BOOST_DESCRIBE_STRUCT(ActualsRow, (),
                      (project_code, indicator, level2, as_of, executed, adjusted_budget, actual, expected,
                       grade_percent, likelihood, cause, reason, reported_score))

// Reads the CSV (UTF-8, optional BOM, RFC 4180 quoting, any column order, only the header's known
// columns, project_code and as_of required). Throws ParseError with the line and column of the
// offending cell.
Actuals actuals_from_csv(std::string_view csv);
// Reads the JSON. Throws ParseError for malformed JSON, Error naming the member
// (`indicators[2].as_of: expected an ISO date …`) for a value that does not fit.
Actuals actuals_from_json(std::string_view json);
// Reads a file: JSON when its first non-blank character is `{`, CSV otherwise. Throws Error if it
// cannot be opened.
Actuals read_actuals(const std::filesystem::path& path);

// The latest date any figure is for: the default date of monitoring; none for no figure at all.
std::optional<Date> latest_date(const Actuals& actuals);

// The actuals that apply to each project and indicator of a document at a date: for each, the
// latest figures dated on or before `as_of` (all figures when as_of is empty).
struct MatchedActuals {
  std::vector<std::optional<ProjectActual>> projects;                  // by project index
  std::vector<std::vector<std::optional<IndicatorActual>>> indicators;  // by project, then indicator
  // actual-unknown-project, actual-unknown-indicator, actual-ambiguous (matches two indicators or
  // projects: add level2), actual-duplicate (the same figure twice for one date): errors whose line is
  // the actuals file's line (0 for JSON, the reason names the row).
  std::vector<Diagnostic> diagnostics;

  friend bool operator==(const MatchedActuals&, const MatchedActuals&) = default;
};
BOOST_DESCRIBE_STRUCT(MatchedActuals, (), (projects, indicators, diagnostics))

MatchedActuals match_actuals(const Document& document, const Actuals& actuals,
                             std::optional<Date> as_of = std::nullopt);

}  // namespace jixiao
