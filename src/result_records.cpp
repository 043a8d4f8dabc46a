#include "result_records.hpp"

#include <jixiao/target.hpp>

namespace jixiao::records {

FindingRecord record_of(const Finding& f, const Document& document, const Document* previous) {
  const FindingNames names = names_of(document, f, previous);
  return {f.rule,
          f.severity,
          f.project,
          std::string(names.project_code),
          std::string(names.project_name),
          f.indicator,
          std::string(names.indicator_name),
          f.line,
          f.message,
          f.suggestion,
          f.department_table};
}

IndicatorScoreRecord record_of(const IndicatorScore& s, const ProjectEvaluation& project, const Document& document) {
  const Indicator& indicator = indicator_of(document, project, s);
  const std::string_view name = indicator.name;
  return {s.indicator, s.level1,     std::string(name), to_string(indicator.target), s.actual, s.outcome,
          s.achievement, s.weight,   s.score,           s.rule,                      s.note,   s.reported,
          s.difference, s.over_achieved, s.unmet_without_reason, s.reason};
}

ProjectEvaluationRecord record_of(const ProjectEvaluation& p, const Document& document) {
  const Project& project = project_of(document, p);
  const std::string_view code = project.code;
  ProjectEvaluationRecord r{p.project, std::string(code), std::string(result_name(project)), {}, p.budget, p.total,
                            p.grade,   p.reported_total,  p.difference};
  r.indicators.reserve(p.indicators.size());
  for (const IndicatorScore& s : p.indicators) r.indicators.push_back(record_of(s, p, document));
  return r;
}

EvaluationRecord record_of(const Evaluation& evaluation, const Document& document) {
  EvaluationRecord r{{}, evaluation.diagnostics};
  r.projects.reserve(evaluation.projects.size());
  for (const ProjectEvaluation& p : evaluation.projects) r.projects.push_back(record_of(p, document));
  return r;
}

IndicatorStatusRecord record_of(const IndicatorStatus& s, const ProjectStatus& project, const Document& document) {
  const Indicator& indicator = indicator_of(document, project, s);
  const std::string_view name = indicator.name;
  return {s.indicator, std::string(name), to_string(indicator.target), s.actual,     s.prorated_target, s.ratio,
          s.colour,    s.note,            s.expected,                  s.likelihood, s.cause,           s.reason};
}

ProjectStatusRecord record_of(const ProjectStatus& p, const Document& document) {
  const Project& project = project_of(document, p);
  const std::string_view code = project.code;
  ProjectStatusRecord r{p.project,       std::string(code), std::string(result_name(project)),
                        p.budget,        p.executed,        p.spent_percent,
                        p.ratio_to_time, p.time_colour,     p.planned_percent,
                        p.ratio_to_plan, p.plan_colour,     {},
                        p.colour};
  r.indicators.reserve(p.indicators.size());
  for (const IndicatorStatus& s : p.indicators) r.indicators.push_back(record_of(s, p, document));
  return r;
}

ExplanationRecord record_of(const Explanation& e, const Document& document) {
  return {e.project, e.indicator, subject_of(document, e), e.colour, e.note, e.reason};
}

MonitorReportRecord record_of(const MonitorReport& report, const Document& document) {
  MonitorReportRecord r{report.as_of, report.months_elapsed, report.time_progress, {}, {}, report.diagnostics};
  r.projects.reserve(report.projects.size());
  for (const ProjectStatus& p : report.projects) r.projects.push_back(record_of(p, document));
  r.explanations.reserve(report.explanations.size());
  for (const Explanation& e : report.explanations) r.explanations.push_back(record_of(e, document));
  return r;
}

}  // namespace jixiao::records
