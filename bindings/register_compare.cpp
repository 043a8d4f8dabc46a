// Year over year (同比): the comparison's structs, compare(), its review rules and JSON.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/compare.hpp>
#include <jixiao/json.hpp>

#include <optional>

namespace jixiao::python {

void register_compare(py::module_& m) {
  register_enum<YearSource>(m, "YearSource");
  register_enum<PairReason>(m, "PairReason");
  register_enum<Confidence>(m, "Confidence");
  register_enum<PlanMove>(m, "PlanMove");
  register_enum<IndicatorMatch>(m, "IndicatorMatch");
  register_enum<TargetMove>(m, "TargetMove");

  bind_struct<ProjectRef>(m, "ProjectRef", "A project of a comparison: index into its document, code, name, year.");
  bind_struct<BudgetChange>(m, "BudgetChange", "预算数 of both years (万元), the change, and the change in percent.");
  bind_struct<MilestoneChange>(m, "MilestoneChange", "The percent planned by a month in both years, and the change.");
  bind_struct<PlanChange>(m, "PlanChange", "How the spending plan moved, month by month.");
  bind_struct<IndicatorRef>(m, "IndicatorRef", "An indicator of a comparison: index into its project, place, name, target.");
  bind_struct<TargetChange>(m, "TargetChange", "Raised, lowered, unchanged or not comparable, and why.");
  // `old` and `new`, as the JSON names them.
  bind_struct<IndicatorChange>(m, "IndicatorChange", "An indicator of both years and how its target moved.")
      .def_property_readonly("old", [](const IndicatorChange& c) { return c.old_indicator; })
      .def_property_readonly("new", [](const IndicatorChange& c) { return c.new_indicator; });
  bind_struct<TargetMoves>(m, "TargetMoves", "How many kept targets moved each way.");
  bind_struct<ProjectPair>(m, "ProjectPair", "A project beside its successor: reason, confidence, budget, plan, indicators.")
      .def_property_readonly("old", [](const ProjectPair& p) { return p.old_project; })
      .def_property_readonly("new", [](const ProjectPair& p) { return p.new_project; });
  bind_struct<DocumentRef>(m, "DocumentRef", "A side of a comparison: department and year.");
  bind_struct<YearOverYear>(m, "YearOverYear", "Projects paired across years, and those new and ended (docs/compare.md).")
      .def("to_json", [](const YearOverYear& c, bool pretty) { return to_json(c, {.pretty = pretty}); },
           py::arg("pretty") = false);
  bind_struct<CompareOptions>(m, "CompareOptions", "Similarity thresholds (percent) of pairing.");
  bind_struct<ProjectYear>(m, "ProjectYear", "A project's year and where it was read.");

  m.def("project_year", &project_year, py::arg("project"), py::arg("document_year"));
  m.def("series_name", &series_name, py::arg("project_name"),
        "The name projects pair by: 文号 and year tokens, white space and punctuation removed.");
  m.def("name_similarity", &name_similarity, py::arg("a"), py::arg("b"), py::arg("max_code_points") = 1000,
        "2·LCS / (|a| + |b|) × 100 over code points, two places.");
  m.def("compare_targets", &compare_targets, py::arg("old_indicator"), py::arg("new_indicator"),
        py::arg("years_apart"));
  m.def("_compare",
        [](const Document& old_document, const std::optional<Document>& new_document, const CompareOptions& options) {
          py::gil_scoped_release unlocked;
          return new_document ? compare(old_document, *new_document, options) : compare(old_document, options);
        },
        py::arg("old"), py::arg("new") = py::none(), py::arg("options") = CompareOptions{});
  m.def("_review_comparison",
        [](const YearOverYear& c, const Document& old_document, const Document& new_document,
           const ReviewOptions& options) {
          py::gil_scoped_release unlocked;
          return review(c, old_document, new_document, options);
        },
        py::arg("comparison"), py::arg("old"), py::arg("new"), py::arg("options") = ReviewOptions{});
}

}  // namespace jixiao::python
