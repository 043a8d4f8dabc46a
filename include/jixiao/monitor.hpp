#pragma once
// Monitoring (运行监控, "双监控", domain.md §4): at a date, the spending executed against time
// progress and against the spending plan, and each indicator's value against its time-prorated
// target, as colours, with what needs an explanation. Every band is an option (MonitorOptions);
// ratios are exact decimals rounded to MonitorOptions::scale places.

#include <jixiao/actuals.hpp>
#include <jixiao/match.hpp>
#include <jixiao/subject.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// In increasing gravity after `none` (no figure to judge): a project takes its worst colour.
// blue: far above the prorated target, the target was probably set too low.
enum class Colour { none, green, blue, yellow, red };
BOOST_DESCRIBE_ENUM(Colour, none, green, blue, yellow, red)

// The colour as monitoring reports write it: 绿 / 蓝 / 黄 / 红, and — for none.
std::string_view chinese_name(Colour c) noexcept;

struct MonitorOptions {
  // Bands on actual / prorated target in %: red below red_below, yellow up to green_from, green up
  // to blue_from, blue from there (vendor practice 60 / 80 / 120).
  Decimal red_below = 60;
  Decimal green_from = 80;
  Decimal blue_from = 120;
  // Rates (%), scores and satisfaction are not cumulative: compared with the full target, not prorated.
  bool prorate_rates = false;
  int scale = 2;  // places of the ratios
  Rounding rounding = Rounding::half_up;
  friend bool operator==(const MonitorOptions&, const MonitorOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(MonitorOptions, (), (red_below, green_from, blue_from, prorate_rates, scale, rounding))

// An indicator's colour. Its name and target are the indicator's: indicator_of(document, project, status).
struct IndicatorStatus {
  std::size_t indicator = 0;  // index in the project's indicators
  std::string actual;         // as reported; empty when none
  std::optional<Decimal> prorated_target;  // the target × time progress, in the target's base unit
  std::optional<Decimal> ratio;            // actual / (prorated) target, %
  Colour colour = Colour::none;
  std::string note;           // why this colour, with the figures
  std::string expected;       // 全年预计完成情况, as reported
  std::optional<Likelihood> likelihood;
  std::optional<DeviationCause> cause;
  std::string reason;
  friend bool operator==(const IndicatorStatus&, const IndicatorStatus&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorStatus, (),
                      (indicator, actual, prorated_target, ratio, colour, note, expected, likelihood,
                       cause, reason))

// A project's colours. Its code and name are the project's: project_of(document, status).
struct ProjectStatus {
  std::size_t project = 0;  // index in Document::projects
  std::optional<Money> budget;             // the adjusted budget when reported, else 预算数
  std::optional<Money> executed;
  std::optional<Decimal> spent_percent;    // executed / budget, %
  std::optional<Decimal> ratio_to_time;    // spent % / time progress %, %
  Colour time_colour = Colour::none;
  std::optional<Decimal> planned_percent;  // the plan's cumulative % at the last passed milestone
  std::optional<Decimal> ratio_to_plan;    // spent % / planned %, %
  Colour plan_colour = Colour::none;
  std::vector<IndicatorStatus> indicators;
  Colour colour = Colour::none;            // the worst of the above
  friend bool operator==(const ProjectStatus&, const ProjectStatus&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectStatus, (),
                      (project, budget, executed, spent_percent, ratio_to_time, time_colour,
                       planned_percent, ratio_to_plan, plan_colour, indicators, colour))

// A yellow or red item: the unit has to explain it (偏差原因), or has done so (`reason`).
struct Explanation {
  std::size_t project = 0;
  std::optional<std::size_t> indicator;  // none: the spending
  Colour colour = Colour::none;
  std::string note;
  std::string reason;                    // as reported; empty: still owed
  friend bool operator==(const Explanation&, const Explanation&) = default;
};
BOOST_DESCRIBE_STRUCT(Explanation, (), (project, indicator, colour, note, reason))

struct MonitorReport {
  Date as_of;
  int months_elapsed = 0;
  Decimal time_progress;  // 序时进度, %: months elapsed / 12
  std::vector<ProjectStatus> projects;  // those with figures reported on or before as_of
  std::vector<Explanation> explanations;
  std::vector<Diagnostic> diagnostics;  // from matching the actuals (Matched::diagnostics)
  friend bool operator==(const MonitorReport&, const MonitorReport&) = default;
};
BOOST_DESCRIBE_STRUCT(MonitorReport, (), (as_of, months_elapsed, time_progress, projects, explanations, diagnostics))

// The project and indicator a monitoring row is about, in the document it was computed on: Error
// when the indices do not fit `document` (a report of another document).
const Project& project_of(const Document& document, const ProjectStatus& status);
const Indicator& indicator_of(const Document& document, const ProjectStatus& project, const IndicatorStatus& status);
const Project& project_of(const Document& document, const Explanation& explanation);
const Indicator* indicator_of(const Document& document, const Explanation& explanation);  // nullptr: the spending
// What an explanation is about, as the reports write it: `项目 / 指标`, or `项目 / 预算执行`.
std::string subject_of(const Document& document, const Explanation& explanation);

// The colour of a ratio (%) in the bands of `options`.
Colour colour_of(const Decimal& ratio, const MonitorOptions& options = {});

// Months of the document's year complete at `as_of`: a month counts once its last day is reached.
int months_elapsed(int year, const Date& as_of);

// Monitoring at `as_of` with the figures `matched` places (match(document, actuals); Error when it
// is a match of other actuals or another document). Its diagnostics are the match's.
MonitorReport monitor(const Document& document, const Actuals& actuals, const Matched& matched, const Date& as_of,
                      const MonitorOptions& options = {});
// Matches, then monitors.
MonitorReport monitor(const Document& document, const Actuals& actuals, const Date& as_of,
                      const MonitorOptions& options = {});

}  // namespace jixiao
