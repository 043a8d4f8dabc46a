// Review (审核): rules, options, findings.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/review.hpp>

namespace jixiao::python {

void register_review(py::module_& m) {
  register_enum<RuleId>(m, "RuleId");
  register_enum<RuleFamily>(m, "RuleFamily");

  py::class_<RuleInfo>(m, "RuleInfo", "A rule of the catalogue: id, family, default severity, title.")
      .def_readonly("id", &RuleInfo::id)
      .def_readonly("family", &RuleInfo::family)
      .def_readonly("severity", &RuleInfo::severity)
      .def_property_readonly("title", [](const RuleInfo& r) { return std::string(r.title); })
      .def("__repr__", [](const RuleInfo& r) {
        return fmt::format("RuleInfo(id={}, family={}, severity={}, title='{}')", r.id, r.family, r.severity, r.title);
      });
  m.def("rule_catalogue", [] {
    const auto rules = rule_catalogue();
    return std::vector<RuleInfo>(rules.begin(), rules.end());
  });

  bind_struct<Finding>(m, "Finding", "A review finding: rule, severity, project, indicator, line, message, fix.")
      .def("__str__", [](const Finding& f) {
        return fmt::format("{}: {}: {} [{}]", f.line, f.severity, f.message, f.rule);
      });
  // Findings hold indices: what they name is read from the document reviewed (a reference into it,
  // which keeps it alive).
  m.def("project_of", &project_of, py::arg("document"), py::arg("finding"), py::return_value_policy::reference_internal,
        "The project (or 部门整体 table) a finding is about; None for the document as a whole.");
  m.def("indicator_of", py::overload_cast<const Document&, const Finding&>(&indicator_of), py::arg("document"),
        py::arg("finding"), py::return_value_policy::reference_internal,
        "The indicator a finding is about; None when none.");
  m.def("previous_indicator_of", &previous_indicator_of, py::arg("previous"), py::arg("finding"),
        py::return_value_policy::reference_internal,
        "Year over year: last year's indicator a finding is about, in the earlier document; None when none.");
  m.def(
      "finding_names",
      [](const Document& d, const Finding& f, const Document* previous) {
        const FindingNames n = names_of(d, f, previous);
        return py::make_tuple(std::string(n.project_code), std::string(n.project_name), std::string(n.indicator_name));
      },
      py::arg("document"), py::arg("finding"), py::arg("previous") = py::none(),
      "(project_code, project_name, indicator_name) of a finding, as JSON and the tables write them.");
  bind_struct<RuleSetting>(m, "RuleSetting", "Whether a rule runs, and the severity of its findings.");
  bind_struct<ReviewOptions>(m, "ReviewOptions", "Every rule's switch and severity, and the thresholds.")
      .def("rule", py::overload_cast<RuleId>(&ReviewOptions::rule), py::arg("id"), py::return_value_policy::reference_internal,
           "The setting of one rule (a view: assigning its fields changes the options).")
      .def("to_json", [](const ReviewOptions& o) { return review_options_to_json(o); });
  m.def("review_options_from_json",
        [](std::string_view json, const ReviewOptions& base) { return review_options_from_json(json, base); },
        py::arg("json"), py::arg("base") = ReviewOptions{}, "Options from a rules file's JSON, on top of `base`.");
  m.def("detect_tree", &detect_tree, py::arg("document"));
  m.def("_review",
        [](const Document& d, const ReviewOptions& o) {
          py::gil_scoped_release unlocked;
          return review(d, o);
        },
        py::arg("document"), py::arg("options") = ReviewOptions{});
}

}  // namespace jixiao::python
