// Model layer: the indicator tree, plans, budgets, projects, documents, diagnostics.

#include "bind_struct.hpp"
#include "register.hpp"

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/source.hpp>


namespace jixiao::python {

void register_model(py::module_& m) {
  register_enum<Level1>(m, "Level1");
  register_enum<Level2>(m, "Level2");
  register_enum<Severity>(m, "Severity");
  register_diagnostic_code(m);
  register_enum<DiagnosticOrigin>(m, "DiagnosticOrigin");
  m.def("level1_from_text", &level1_from_text, py::arg("text"), "Tolerant lookup of a 一级 name; unknown → 其他.");
  m.def("level2_from_text", &level2_from_text, py::arg("text"), "Tolerant lookup of a 二级 name; unknown → 其他.");
  register_enum<IndicatorTree>(m, "IndicatorTree");
  m.def("parent_of", &parent_of, py::arg("level2"), py::arg("tree") = IndicatorTree::detect,
        "The 一级 a 二级 belongs to in the classic tree or 101号.");

  bind_struct<Indicator>(m, "Indicator", "A 三级 indicator: name, description, target, basis and source line.");
  bind_list<Indicator>(m, "IndicatorList");
  bind_struct<Level2Group>(m, "Level2Group");
  bind_struct<Level1Group>(m, "Level1Group");
  m.def("tree", &tree, py::arg("indicators"), "一级 → 二级 groups of indicator indices, in document order.");

  bind_struct<Milestone>(m, "Milestone", "A spending plan milestone: its label as written, month and cumulative percent.");
  bind_list<Milestone>(m, "MilestoneList");
  bind_struct<SpendingPlan>(m, "SpendingPlan", "资金支出计划: cumulative percent by milestone month.")
      .def("planned_by", &SpendingPlan::planned_by, py::arg("month"))
      .def("__len__", [](const SpendingPlan& p) { return p.milestones.size(); })
      .def("__iter__", [](const SpendingPlan& p) { return py::make_iterator(p.milestones.begin(), p.milestones.end()); },
           py::keep_alive<0, 1>());
  bind_struct<Budget>(m, "Budget", "预算数 and its sources in 万元; None where the cell is empty.")
      .def("sum_of_sources", &Budget::sum_of_sources);

  bind_struct<FormField>(m, "FormField", "A labelled cell of a form that no member holds (项目负责人, 项目属性 …), with its place.");
  bind_struct<Level1Points>(m, "Level1Points", "The points or band printed in a 一级 cell: 产出指标(50分), 成本指标(0-20)分.");
  bind_struct<FundsRow>(m, "FundsRow", "A row of a 自评表's funds block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.");
  bind_struct<IndicatorResult>(m, "IndicatorResult", "What a 自评表 reports for one indicator: actual, score, reason.");
  bind_struct<SelfEvaluation>(m, "SelfEvaluation", "The reported side of a 自评表: funds, results, total and grade.")
      .def("funds_total", &SelfEvaluation::funds_total, py::return_value_policy::reference_internal,
           "The funds row that totals the others (年度资金总额), or None.");

  auto project = bind_struct<Project>(m, "Project", "One 项目支出绩效目标表, or 自评表 (with self_evaluation).")
                     .def("__len__", [](const Project& p) { return p.indicators.size(); })
                     .def("__iter__",
                          [](const Project& p) { return py::make_iterator(p.indicators.begin(), p.indicators.end()); },
                          py::keep_alive<0, 1>())
                     .def("tree", [](const Project& p) { return tree(p.indicators); });
  // A project prints hundreds of fields; the summary is what a notebook user wants to see.
  override_method(project, "__repr__", [](const Project& p) {
    return fmt::format("Project(code='{}', name='{}', budget={}, indicators={})", p.code, p.name,
                       p.budget.total ? p.budget.total->to_string() : std::string("None"), p.indicators.size());
  });
  bind_list<Project>(m, "ProjectList");

  register_enum<Format>(m, "Format");
  register_enum<Encoding>(m, "Encoding");
  bind_struct<Box>(m, "Box", "A rectangle on a PDF page, in hundredths of a point from the top-left corner.");
  bind_struct<SourceRun>(m, "SourceRun", "Lines from first_line on are rows from first_row on of a part.");
  bind_struct<CellBox>(m, "CellBox", "Where the PDF cell in `column` of grid row `line` stands.");
  bind_struct<SourceMap>(m, "SourceMap", "The format read and its parts: what the model's lines refer to.");
  m.def("location", &location, py::arg("source"), py::arg("line"), py::arg("column") = 0,
        "A line (and column) in the format's terms: '12:5', 'Sheet1!C12', 'table 3, row 4, cell 2', 'p4, row 7'.");
  m.def("column_letters", &column_letters, py::arg("column"), "The spreadsheet name of a 1-based column: 27 → 'AA'.");

  bind_struct<BudgetUnit>(m, "BudgetUnit", "A 预算单位: code and name.");
  bind_struct<GoalItem>(m, "GoalItem");
  bind_struct<BudgetShare>(m, "BudgetShare", "A part of the department's money in 收入构成 or 支出构成, with its share.");
  bind_struct<DutyTarget>(m, "DutyTarget", "A row of 年度履职目标: 部门职能, 年度目标任务, 支出项目名称, 预算金额.");
  bind_struct<DepartmentTable>(m, "DepartmentTable",
                               "A 部门整体支出绩效目标表 (or 自评表): `common` holds what it shares with a project table.");
  bind_struct<DepartmentGoals>(m, "DepartmentGoals", "部门整体绩效目标: overall goal, items, measures, tables.");
  bind_struct<ContentsEntry>(m, "ContentsEntry");
  // dynamic_attr: jixiao.read() attaches the reader's diagnostics to the Document it returns.
  auto document =
      bind_struct<Document>(m, "Document", "A department's target document: its goals and every project table.",
                            py::dynamic_attr())
          .def("__len__", [](const Document& d) { return d.projects.size(); })
          .def("__iter__", [](const Document& d) { return py::make_iterator(d.projects.begin(), d.projects.end()); },
               py::keep_alive<0, 1>());
  override_method(document, "__repr__", [](const Document& d) {
    return fmt::format("Document(department='{}', year={}, units={}, projects={})", d.department, d.year,
                       d.units.size(), d.projects.size());
  });

  py::class_<DiagnosticInfo>(m, "DiagnosticInfo", "A code of the catalogue: code, name, origin, page of docs/, meaning.")
      .def_readonly("code", &DiagnosticInfo::code)
      .def_property_readonly("name", [](const DiagnosticInfo& d) { return std::string(d.name); })
      .def_readonly("origin", &DiagnosticInfo::origin)
      .def_property_readonly("page", [](const DiagnosticInfo& d) { return std::string(d.page); })
      .def_property_readonly("meaning", [](const DiagnosticInfo& d) { return std::string(d.meaning); })
      .def("__repr__", [](const DiagnosticInfo& d) {
        return fmt::format("DiagnosticInfo(code={}, origin={}, page='{}', meaning='{}')", d.code, d.origin, d.page,
                           d.meaning);
      });
  m.def("diagnostic_catalogue", [] {
    const auto codes = diagnostic_catalogue();
    return std::vector<DiagnosticInfo>(codes.begin(), codes.end());
  });

  bind_struct<Diagnostic>(m, "Diagnostic", "What the reader could not read, with line, column and reason.")
      .def("__str__", [](const Diagnostic& d) {
        return fmt::format("{}:{}: {}: {} [{}]", d.line, d.column, enum_name(d.severity), d.reason, d.code);
      });
  bind_list<Diagnostic>(m, "DiagnosticList");
}

}  // namespace jixiao::python
