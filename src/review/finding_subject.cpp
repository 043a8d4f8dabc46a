// What a finding's indices point to: the one place that knows a finding names a project, a
// 部门整体 table or the document, and, year over year, an indicator of the earlier document.

#include <jixiao/error.hpp>
#include <jixiao/review.hpp>
#include <jixiao/subject.hpp>

#include <fmt/format.h>

namespace jixiao {

const Project* project_of(const Document& document, const Finding& finding) {
  if (finding.project) return &project_at(document, *finding.project, "finding");
  if (!finding.department_table) return nullptr;
  const auto& tables = document.goals.tables;
  if (*finding.department_table >= tables.size())
    throw Error(fmt::format("finding: department table {} is not in this document ({} tables): a finding of another "
                            "document?",
                            *finding.department_table, tables.size()));
  return &tables[*finding.department_table].common;
}

const Indicator* indicator_of(const Document& document, const Finding& finding) {
  const Project* project = project_of(document, finding);
  if (!finding.indicator) return nullptr;
  if (!project) throw Error("finding: an indicator without a project or a department table");
  return &indicator_at(*project, *finding.indicator, "finding");
}

const Indicator* previous_indicator_of(const Document& previous, const Finding& finding) {
  if (!finding.previous_indicator) return nullptr;
  if (!finding.previous_project) throw Error("finding: last year's indicator without last year's project");
  return &indicator_at(project_at(previous, *finding.previous_project, "finding (last year)"),
                       *finding.previous_indicator, "finding (last year)");
}

FindingNames names_of(const Document& document, const Finding& finding, const Document* previous) {
  FindingNames names;
  if (const Project* project = project_of(document, finding)) {
    names.project_code = project->code;
    names.project_name = finding.project ? std::string_view(project->name) : std::string_view(project->title);
  }
  if (const Indicator* indicator = indicator_of(document, finding)) names.indicator_name = indicator->name;
  if (finding.previous_indicator) {
    if (!previous) throw Error("finding: it names an indicator of last year's document, which was not given");
    names.indicator_name = previous_indicator_of(*previous, finding)->name;
  }
  return names;
}

}  // namespace jixiao
