#pragma once
// Excel OUTPUT: documents and the results of the operations on them as one xlsx workbook for
// analysts (written with libxlsxwriter; reading xlsx is the front end's job, read.hpp).
//
// One sheet per table, each a tidy table whose columns come from the Boost.Describe declarations
// of its rows: 部门 (the department part), 项目 (projects), 支出计划 (spending plans), 指标
// (indicators: IndicatorRow, the CSV's columns), 审核意见 (review findings), 诊断 (diagnostics)
// and, given actuals, 运行监控-项目 / -指标 / -偏差说明 and 绩效自评-项目 / -指标 (the latter also for
// the audit of a 自评表, evaluate_reported).
//
// Cells are typed: amounts are numbers in 万元 shown with the places they were written with (at
// least `0.00`); percents (columns named …percent, …ratio, rate, …progress, achievement) are
// fractions under a percent format; dates are dates; counts are numbers; every text is a text
// cell, so a text beginning with `=` stays text: the workbook holds no formula. A spreadsheet
// number is binary floating point, so beside each figure a `<column>_text` column holds it
// exactly as written. The header row is frozen and has an autofilter; column widths fit the
// text, CJK characters counting double.
//
// A writer does not run operations: it is given their results (review, monitor, evaluate).

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/review.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace jixiao {

// One document of a workbook, with what was found about it.
struct XlsxDocument {
  std::string file = {};                         // its source; a first column `file` names it when a workbook holds several
  Document document = {};
  std::vector<Diagnostic> diagnostics = {};      // the reader's
  std::vector<Finding> findings = {};            // review(document)
  std::optional<MonitorReport> monitoring = {};  // monitor(document, actuals, date)
  std::optional<Evaluation> evaluation = {};     // evaluate(document, actuals), or evaluate_reported(document)
};

// A row of the 部门 sheet: the department part, one row per budget unit, goal paragraph, item
// and measure. `section` says which: 预算单位 (title: its code, text: its name), 总体绩效目标,
// 分项绩效目标 (title, text: 绩效目标, indicator: 绩效指标), 工作保障措施.
struct DepartmentRow {
  std::string department;
  std::optional<int> year;
  std::string section;
  std::string title;
  std::string text;
  std::string indicator;
  std::optional<std::size_t> line;
};
BOOST_DESCRIBE_STRUCT(DepartmentRow, (), (department, year, section, title, text, indicator, line))

// A row of the 项目 sheet. `project` is the 1-based position, as in the 指标 sheet and the CSV;
// goals are one item a line.
struct ProjectRow {
  std::string department;
  std::optional<int> year;
  std::size_t project = 0;
  std::string project_code;
  std::string project_name;
  std::string title;
  std::string unit_code;
  std::string unit_name;
  std::optional<Money> budget_total;  // 万元
  std::optional<Money> budget_fiscal;
  std::optional<Money> budget_other;
  std::string use_of_funds;
  std::string goals;
  std::string medium_term_goals;
  std::size_t indicators = 0;
  bool redacted = false;
  std::optional<std::size_t> line;
};
BOOST_DESCRIBE_STRUCT(ProjectRow, (),
                      (department, year, project, project_code, project_name, title, unit_code, unit_name,
                       budget_total, budget_fiscal, budget_other, use_of_funds, goals, medium_term_goals, indicators,
                       redacted, line))

std::vector<DepartmentRow> department_rows(const Document& document);
std::vector<ProjectRow> project_rows(const Document& document);

// Writes the workbook to `path`. Returns warnings for what Excel cannot hold as it is (a text
// longer than Excel's 32,767 characters is cut, and the warning names the cell). Throws
// LimitError for a sheet of more rows than Excel's 1,048,576, and Error when the file cannot be
// written.
std::vector<std::string> write_xlsx(const std::filesystem::path& path, std::span<const XlsxDocument> documents);
std::vector<std::string> write_xlsx(const std::filesystem::path& path, const XlsxDocument& document);

}  // namespace jixiao
