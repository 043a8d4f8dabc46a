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
