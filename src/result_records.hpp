#pragma once
// Results as they are written (JSON, the xlsx sheets): each with the names of what it is about,
// read from the document through the lookups of review.hpp, evaluate.hpp and monitor.hpp, in the
// members and order the formats have always had. Results hold indices; only a writer spells the
// names out, and only while it writes.

#include <jixiao/evaluate.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/review.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::records {

struct FindingRecord {
  RuleId rule{};
  Severity severity = Severity::warning;
  std::optional<std::size_t> project;
  std::string project_code;
  std::string project_name;
  std::optional<std::size_t> indicator;
  std::string indicator_name;
  std::size_t line = 0;
  std::string message;
  std::string suggestion;
  std::optional<std::size_t> department_table;
};
BOOST_DESCRIBE_STRUCT(FindingRecord, (), (rule, severity, project, project_code, project_name, indicator, indicator_name,
                                          line, message, suggestion, department_table))

struct IndicatorScoreRecord {
  std::size_t indicator = 0;
  Level1 level1 = Level1::其他;
  std::string name;
  std::string target;  // to_string of the target
  std::string actual;
  Outcome outcome = Outcome::not_comparable;
  std::optional<Decimal> achievement;
  Decimal weight;
  Decimal score;
  ScoreRule rule = ScoreRule::no_actual;
  std::string note;
  std::optional<Decimal> reported;
  std::optional<Decimal> difference;
  bool over_achieved = false;
  bool unmet_without_reason = false;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(IndicatorScoreRecord, (),
                      (indicator, level1, name, target, actual, outcome, achievement, weight, score, rule, note,
                       reported, difference, over_achieved, unmet_without_reason, reason))

struct ProjectEvaluationRecord {
  std::size_t project = 0;
  std::string code;
  std::string name;
  std::vector<IndicatorScoreRecord> indicators;
  BudgetScore budget;
  Decimal total;
  EvaluationGrade grade = EvaluationGrade::差;
  std::optional<Decimal> reported_total;
  std::optional<Decimal> difference;
};
BOOST_DESCRIBE_STRUCT(ProjectEvaluationRecord, (),
                      (project, code, name, indicators, budget, total, grade, reported_total, difference))

struct EvaluationRecord {
  std::vector<ProjectEvaluationRecord> projects;
  std::vector<Diagnostic> diagnostics;
};
BOOST_DESCRIBE_STRUCT(EvaluationRecord, (), (projects, diagnostics))

struct IndicatorStatusRecord {
  std::size_t indicator = 0;
  std::string name;
  std::string target;  // to_string of the target
  std::string actual;
  std::optional<Decimal> prorated_target;
  std::optional<Decimal> ratio;
  Colour colour = Colour::none;
  std::string note;
  std::string expected;
  std::optional<Likelihood> likelihood;
  std::optional<DeviationCause> cause;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(IndicatorStatusRecord, (),
                      (indicator, name, target, actual, prorated_target, ratio, colour, note, expected, likelihood,
                       cause, reason))

struct ProjectStatusRecord {
  std::size_t project = 0;
  std::string code;
  std::string name;
  std::optional<Money> budget;
  std::optional<Money> executed;
  std::optional<Decimal> spent_percent;
  std::optional<Decimal> ratio_to_time;
  Colour time_colour = Colour::none;
  std::optional<Decimal> planned_percent;
  std::optional<Decimal> ratio_to_plan;
  Colour plan_colour = Colour::none;
  std::vector<IndicatorStatusRecord> indicators;
  Colour colour = Colour::none;
};
BOOST_DESCRIBE_STRUCT(ProjectStatusRecord, (),
                      (project, code, name, budget, executed, spent_percent, ratio_to_time, time_colour,
                       planned_percent, ratio_to_plan, plan_colour, indicators, colour))

struct ExplanationRecord {
  std::size_t project = 0;
  std::optional<std::size_t> indicator;
  std::string subject;  // subject_of
  Colour colour = Colour::none;
  std::string note;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(ExplanationRecord, (), (project, indicator, subject, colour, note, reason))

struct MonitorReportRecord {
  Date as_of;
  int months_elapsed = 0;
  Decimal time_progress;
  std::vector<ProjectStatusRecord> projects;
  std::vector<ExplanationRecord> explanations;
  std::vector<Diagnostic> diagnostics;
};
BOOST_DESCRIBE_STRUCT(MonitorReportRecord, (), (as_of, months_elapsed, time_progress, projects, explanations, diagnostics))

// A record has its result's members and the names: a member added to a result and not here fails
// to compile rather than going missing from the output.
template <class T>
inline constexpr std::size_t member_count = boost::mp11::mp_size<boost::describe::describe_members<T, boost::describe::mod_public>>::value;
static_assert(member_count<FindingRecord> == member_count<Finding> - 2 + 3);  // less previous_*, plus the names
static_assert(member_count<IndicatorScoreRecord> == member_count<IndicatorScore> + 2);
static_assert(member_count<ProjectEvaluationRecord> == member_count<ProjectEvaluation> + 2);
static_assert(member_count<EvaluationRecord> == member_count<Evaluation>);
static_assert(member_count<IndicatorStatusRecord> == member_count<IndicatorStatus> + 2);
static_assert(member_count<ProjectStatusRecord> == member_count<ProjectStatus> + 2);
static_assert(member_count<ExplanationRecord> == member_count<Explanation> + 1);
static_assert(member_count<MonitorReportRecord> == member_count<MonitorReport>);

// `previous`: the earlier document of a year-over-year review (names_of).
FindingRecord record_of(const Finding& finding, const Document& document, const Document* previous = nullptr);
IndicatorScoreRecord record_of(const IndicatorScore& score, const ProjectEvaluation& project, const Document& document);
ProjectEvaluationRecord record_of(const ProjectEvaluation& project, const Document& document);
EvaluationRecord record_of(const Evaluation& evaluation, const Document& document);
IndicatorStatusRecord record_of(const IndicatorStatus& status, const ProjectStatus& project, const Document& document);
ProjectStatusRecord record_of(const ProjectStatus& status, const Document& document);
ExplanationRecord record_of(const Explanation& explanation, const Document& document);
MonitorReportRecord record_of(const MonitorReport& report, const Document& document);

}  // namespace jixiao::records
