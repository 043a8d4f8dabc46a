// Actuals, monitoring (运行监控) and self-evaluation (绩效自评).

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/actuals_io.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/match.hpp>
#include <jixiao/monitor.hpp>

#include <filesystem>
#include <optional>

namespace jixiao::python {

void register_evaluate(py::module_& m) {
  register_enum<Likelihood>(m, "Likelihood");
  register_enum<DeviationCause>(m, "DeviationCause");
  register_enum<Grade>(m, "Grade");
  register_enum<Colour>(m, "Colour");
  register_enum<ReverseConvention>(m, "ReverseConvention");
  register_enum<BudgetBase>(m, "BudgetBase");
  register_enum<EvaluationGrade>(m, "EvaluationGrade");
  register_enum<ScoreRule>(m, "ScoreRule");

  bind_struct<ProjectActual>(m, "ProjectActual", "A project's spending executed by a date (万元).");
  bind_struct<IndicatorActual>(m, "IndicatorActual",
                               "An indicator's actual value at a date, with reason, likelihood and reported score.");
  bind_struct<Actuals>(m, "Actuals", "What a unit reports: spending per project, values per indicator.");
  bind_struct<IndicatorPlace>(m, "IndicatorPlace", "An indicator of a document: project index, indicator index.");
  bind_struct<Matched>(m, "Matched", "Where each row of the actuals belongs in a document, with the rows left unmatched.");
  bind_struct<MatchedActuals>(m, "MatchedActuals", "The actuals that apply to each project and indicator at a date.");
  m.def("grade_of", py::overload_cast<const Target&>(&grade_of), py::arg("actual"),
        "The grade (达成 / 部分达成 / 未达成) an actual value states, or None.");
  m.def("actuals_from_csv", &actuals_from_csv, py::arg("csv"));
  m.def("actuals_from_json", &actuals_from_json, py::arg("json"));
  m.def("_read_actuals", [](const std::string& path) { return read_actuals(std::filesystem::path(path)); },
        py::arg("path"));
  m.def("latest_date", &latest_date, py::arg("actuals"),
        "The latest date any figure is for (the default monitoring date); None without figures.");
  m.def("match",
        [](const Document& d, const Actuals& a) {
          py::gil_scoped_release unlocked;
          return match(d, a);
        },
        py::arg("document"), py::arg("actuals"),
        "Matches the actuals to the document once: monitor, evaluate and report take the result.");
  m.def("match_actuals",
        [](const Document& d, const Actuals& a, std::optional<Date> as_of, const std::optional<Matched>& matched) {
          py::gil_scoped_release unlocked;
          return matched ? match_actuals(d, a, *matched, as_of) : match_actuals(d, a, as_of);
        },
        py::arg("document"), py::arg("actuals"), py::arg("as_of") = py::none(), py::arg("matched") = py::none(),
        "The figures that apply at as_of (the latest when None), from `matched` or a new match.");

  bind_struct<MonitorOptions>(m, "MonitorOptions", "Colour bands (%) and the places of the ratios.");
  bind_struct<IndicatorStatus>(m, "IndicatorStatus", "An indicator's ratio to its prorated target and colour.");
  bind_struct<ProjectStatus>(m, "ProjectStatus", "A project's spending ratios, indicators and worst colour.");
  bind_struct<Explanation>(m, "Explanation", "A yellow or red item, with the reason reported (empty: owed).");
  bind_struct<MonitorReport>(m, "MonitorReport", "Monitoring at a date.");
  // Monitoring rows hold indices: what they name is read from the document (a reference into it,
  // which keeps it alive).
  const auto in_document = py::return_value_policy::reference_internal;
  m.def("result_name", [](const Project& p) { return std::string(result_name(p)); }, py::arg("project"),
        "How results name a project: its name, or its table's title when it has none.");
  m.def("project_of", py::overload_cast<const Document&, const ProjectStatus&>(&project_of), py::arg("document"),
        py::arg("status"), in_document);
  m.def("indicator_of",
        py::overload_cast<const Document&, const ProjectStatus&, const IndicatorStatus&>(&indicator_of),
        py::arg("document"), py::arg("project"), py::arg("status"), in_document);
  m.def("project_of", py::overload_cast<const Document&, const Explanation&>(&project_of), py::arg("document"),
        py::arg("explanation"), in_document);
  m.def("indicator_of", py::overload_cast<const Document&, const Explanation&>(&indicator_of), py::arg("document"),
        py::arg("explanation"), in_document, "None: the spending.");
  m.def("subject_of", &subject_of, py::arg("document"), py::arg("explanation"),
        "What an explanation is about: `项目 / 指标`, or `项目 / 预算执行`.");
  m.def("colour_of", &colour_of, py::arg("ratio"), py::arg("options") = MonitorOptions{});
  m.def("months_elapsed", &months_elapsed, py::arg("year"), py::arg("as_of"));
  m.def("_monitor",
        [](const Document& d, const Actuals& a, const Date& as_of, const MonitorOptions& o,
           const std::optional<Matched>& matched) {
          py::gil_scoped_release unlocked;
          return matched ? monitor(d, a, *matched, as_of, o) : monitor(d, a, as_of, o);
        },
        py::arg("document"), py::arg("actuals"), py::arg("as_of"), py::arg("options") = MonitorOptions{},
        py::arg("matched") = py::none());

  bind_struct<GradeBand>(m, "GradeBand", "A grade's band in % of the weight, and its default point.");
  bind_struct<EvaluateOptions>(m, "EvaluateOptions", "Weights, conventions, grade bands of self-evaluation.")
      .def("weight_of", &EvaluateOptions::weight_of, py::arg("level1"));
  bind_struct<IndicatorScore>(m, "IndicatorScore", "An indicator's formula score, the rule, flags, reported score.");
  bind_struct<BudgetScore>(m, "BudgetScore", "The 预算执行率 score.");
  bind_struct<ProjectEvaluation>(m, "ProjectEvaluation", "A project's scores, total and grade.");
  bind_struct<Evaluation>(m, "Evaluation", "Self-evaluation of every project with actuals.");
  m.def("project_of", py::overload_cast<const Document&, const ProjectEvaluation&>(&project_of), py::arg("document"),
        py::arg("evaluation"), in_document);
  m.def("indicator_of",
        py::overload_cast<const Document&, const ProjectEvaluation&, const IndicatorScore&>(&indicator_of),
        py::arg("document"), py::arg("project"), py::arg("score"), in_document);
  m.def("evaluation_grade", py::overload_cast<const Decimal&, const EvaluateOptions&>(&grade_of), py::arg("total"),
        py::arg("options") = EvaluateOptions{});
  m.def("_evaluate",
        [](const Document& d, const Actuals& a, const EvaluateOptions& o, const std::optional<Matched>& matched) {
          py::gil_scoped_release unlocked;
          return matched ? evaluate(d, a, *matched, o) : evaluate(d, a, o);
        },
        py::arg("document"), py::arg("actuals"), py::arg("options") = EvaluateOptions{},
        py::arg("matched") = py::none());
  m.def("_evaluate_reported",
        [](const Document& d, const EvaluateOptions& o) {
          py::gil_scoped_release unlocked;
          return evaluate_reported(d, o);
        },
        py::arg("document"), py::arg("options") = EvaluateOptions{});
}

}  // namespace jixiao::python
