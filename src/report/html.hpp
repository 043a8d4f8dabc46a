#pragma once
// The pieces of the HTML report (include/jixiao/report.hpp), shared by its source files: escaping,
// number formats, and what a project card shows besides the project.

#include <jixiao/report.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::report_detail {

// Appends formatted text; arguments that come from the document must be escaped first.
template <class... Args>
void put(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

// Appends `text` with & < > " ' escaped: safe in element content and in quoted attributes.
void escape(std::string& out, std::string_view text);
std::string escaped(std::string_view text);

// Money for reading: two places, half up, thousands separators (`10,606.75`). The exact amount is
// what the data-sort attributes carry.
std::string money(const Money& m);
// `15.75 万元`, or `—` when the figure is not stated.
std::string money_with_unit(const std::optional<Money>& m);
// A percentage or score with two places (`45.71`); `—` for none.
std::string two_places(const std::optional<Decimal>& d);

std::string_view severity_label(Severity s);  // 错误 / 警告 / 提示

// A point of the actual spending line: executed / budget at a date.
struct SpendingPoint {
  Date as_of;
  Decimal percent;
};

// What a card shows besides its project; every part optional.
struct CardContext {
  std::size_t number = 0;  // 1-based position in the document; 0: none shown
  std::vector<const Finding*> findings;
  const ProjectStatus* status = nullptr;
  const ProjectEvaluation* evaluation = nullptr;
  std::vector<SpendingPoint> spending;  // in date order
  std::optional<Date> as_of;            // monitoring date: the time-progress line ends there
  const SourceMap* source = nullptr;    // where the findings' lines are: a sheet, a page …; none: a line
};

// Findings about the document as a whole and about each project, by project index.
struct FindingsByProject {
  std::vector<const Finding*> document;
  std::vector<std::vector<const Finding*>> projects;
};
FindingsByProject group_findings(const std::vector<Finding>& findings, std::size_t projects);

// Results from the actuals, indexed by project; empty when the report has no actuals.
struct ActualsView {
  std::optional<MonitorReport> monitoring;
  std::optional<Evaluation> evaluation;
  std::vector<const ProjectStatus*> status;
  std::vector<const ProjectEvaluation*> scores;
  std::vector<std::vector<SpendingPoint>> spending;
};

// The cumulative plan chart (svg.plan-chart) and its legend.
void write_plan_chart(std::string& out, const Project& project, const CardContext& context);
void write_card(std::string& out, const Project& project, const CardContext& context, const ReportOptions& options);
void write_summary(std::string& out, const Document& document, const FindingsByProject& findings,
                   const ActualsView& actuals, const ReportOptions& options);
// `link_cards`: the project names link to their cards (#project-N) on the same page.
void write_overview(std::string& out, const Document& document, const FindingsByProject& findings,
                    const ActualsView& actuals, bool link_cards);

// The stylesheet, every rule scoped under `.jx` so that a fragment leaves its host page alone.
std::string_view stylesheet();
// The script that sorts table.sortable by a click on a column heading.
std::string_view sort_script();

}  // namespace jixiao::report_detail
