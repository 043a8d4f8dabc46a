// The HTML report: the whole page, and the fragments notebooks display.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/report.hpp>

#include <optional>
#include <vector>

namespace jixiao::python {

void register_report(py::module_& m) {
  bind_struct<ReportOptions>(m, "ReportOptions",
                             "What the HTML report shows: parts, title, monitoring date, monitoring and scoring options.");
  m.def("_html_report",
        [](const Document& d, const std::vector<Finding>& findings, const std::optional<Actuals>& actuals,
           const ReportOptions& options, const std::optional<YearOverYear>& comparison,
           const std::optional<Matched>& matched) {
          py::gil_scoped_release unlocked;
          if (!actuals) return comparison ? html_report(d, *comparison, findings, options) : html_report(d, findings, options);
          std::optional<Matched> made;  // a match for the page alone when the caller gives none
          const Matched& placed = matched ? *matched : made.emplace(match(d, *actuals));
          return comparison ? html_report(d, *comparison, findings, *actuals, placed, options)
                            : html_report(d, findings, *actuals, placed, options);
        },
        py::arg("document"), py::arg("findings"), py::arg("actuals") = py::none(),
        py::arg("options") = ReportOptions{}, py::arg("comparison") = py::none(), py::arg("matched") = py::none(),
        "The self-contained HTML page (docs/report.md); with a comparison, its year-over-year section; with "
        "actuals, monitoring and evaluation from `matched` (match(document, actuals) when None).");
  m.def("_html_summary",
        [](const Document& d, const std::vector<Finding>& findings, const ReportOptions& options) {
          py::gil_scoped_release unlocked;
          return html_summary(d, findings, options);
        },
        py::arg("document"), py::arg("findings"), py::arg("options") = ReportOptions{});
  m.def("_html_project_card",
        [](const Project& p, const std::vector<Finding>& findings, const ReportOptions& options) {
          py::gil_scoped_release unlocked;
          return html_project_card(p, findings, options);
        },
        py::arg("project"), py::arg("findings"), py::arg("options") = ReportOptions{});
}

}  // namespace jixiao::python
