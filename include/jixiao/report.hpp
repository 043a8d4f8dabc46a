#pragma once
// The HTML report: one self-contained page per document (inline CSS and SVG, a few lines of inline
// script that only sort the overview table; no external assets), readable on a phone and printable
// on A4. It shows the department's summary (projects, budgets per unit and per fund source, review
// findings by severity), a sortable overview of the projects, and a card per project: the budget,
// the spending plan as a cumulative line, the indicator tree with its targets, and the findings next
// to the rows they concern. Given actuals, it adds monitoring (actual spending and time-progress
// lines, colours) and self-evaluation (scores, grades). docs/report.md describes the page.
//
// The fragments render the same parts for embedding (a notebook cell): a <div class="jx"> that
// carries its own scoped <style> and no script.

#include <jixiao/actuals.hpp>
#include <jixiao/compare.hpp>
#include <jixiao/date.hpp>
#include <jixiao/document.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/match.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/review.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct ReportOptions {
  std::string title;          // the page's title; empty: "<department> <year> 年预算绩效报告"
  bool summary = true;        // 部门概况: units, fund sources, findings by severity
  bool overview = true;       // 项目一览: the sortable table of all projects
  bool projects = true;       // a card per project
  bool indicators = true;     // the indicator tree inside each card
  bool findings = true;       // review findings beside the rows they concern
  // The date of monitoring and of evaluation alike; none: the latest date of the actuals.
  std::optional<Date> as_of;
  MonitorOptions monitor;
  EvaluateOptions evaluate;   // its as_of, when set, must be the report's date (Error otherwise)

  friend bool operator==(const ReportOptions&, const ReportOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(ReportOptions, (),
                      (title, summary, overview, projects, indicators, findings, as_of, monitor, evaluate))

// The whole page (UTF-8). `findings` are the review of `document` (Finding::project and
// Finding::indicator place them); pass an empty list to show none. A document read from 自评表s
// shows its self-evaluation: the scores it reports beside those evaluate_reported() computes.
std::string html_report(const Document& document, const std::vector<Finding>& findings,
                        const ReportOptions& options = {});
// The same with the actuals and their match to the document (match(document, actuals); its
// diagnostics are the caller's to show): monitoring and self-evaluation at options.as_of are shown
// too.
std::string html_report(const Document& document, const std::vector<Finding>& findings, const Actuals& actuals,
                        const Matched& matched, const ReportOptions& options = {});

// The same with a year-over-year section (同比, after the overview): `comparison` pairs projects of
// an earlier year with those of `document` (compare(old, document), or compare(document) for one
// document holding both years). Its findings (review(comparison, …)) go into `findings` with the
// document's own.
std::string html_report(const Document& document, const YearOverYear& comparison, const std::vector<Finding>& findings,
                        const ReportOptions& options = {});
std::string html_report(const Document& document, const YearOverYear& comparison, const std::vector<Finding>& findings,
                        const Actuals& actuals, const Matched& matched, const ReportOptions& options = {});
// Fragment: the summary and the overview table of `document`.
std::string html_summary(const Document& document, const std::vector<Finding>& findings = {},
                         const ReportOptions& options = {});
// Fragment: the card of one project. `findings` are about this project (their Finding::project
// is not looked at; Finding::indicator indexes project.indicators).
std::string html_project_card(const Project& project, const std::vector<Finding>& findings = {},
                              const ReportOptions& options = {});

}  // namespace jixiao
