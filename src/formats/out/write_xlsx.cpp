#include <jixiao/xlsx.hpp>

#include "../../result_records.hpp"
#include "xlsx_columns.hpp"
#include "xlsx_sheet.hpp"

#include <jixiao/csv.hpp>
#include <jixiao/error.hpp>
#include <jixiao/source.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <system_error>

namespace jixiao {
namespace {

using xlsx_out::Named;
using xlsx_out::Sheet;
using xlsx_out::Styles;

// Items one a line, numbered by their position (the reader took the numbers off).
std::string numbered(const std::vector<Text>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) text += fmt::format("{}{}. {}", i == 0 ? "" : "\n", i + 1, items[i]);
  return text;
}

std::optional<int> year_of(const Document& d) { return d.year != 0 ? std::optional<int>(d.year) : std::nullopt; }
std::optional<std::size_t> line_of(std::size_t line) { return line != 0 ? std::optional(line) : std::nullopt; }

// The diagnostics of matching the actuals, once each: monitoring and evaluation match the same file.
std::vector<Diagnostic> actuals_diagnostics(const XlsxDocument& d) {
  std::vector<Diagnostic> all;
  if (d.evaluation) all = d.evaluation->diagnostics;
  if (d.monitoring)
    for (const Diagnostic& x : d.monitoring->diagnostics)
      if (std::find(all.begin(), all.end(), x) == all.end()) all.push_back(x);
  return all;
}

class Book {
 public:
  Book(lxw_workbook* book, std::span<const XlsxDocument> documents, std::vector<std::string>& warnings)
      : book_(book), styles_(book), documents_(documents), warnings_(warnings), several_(documents.size() > 1) {}

  // A sheet: the header from `examples` (values of the parts' types), then for each document
  // `fill(document, emit)`, where emit(parts…) writes a row (after the `file` column when the
  // workbook holds several documents).
  template <class Fill, class... Parts>
  void table(const std::string& name, const Fill& fill, const Parts&... examples) {
    Sheet sheet(book_, styles_, name, warnings_);
    const std::string none;
    if (several_) xlsx_out::header(sheet, Named<std::string>{"file", none}, examples...);
    else xlsx_out::header(sheet, examples...);
    for (const XlsxDocument& d : documents_) {
      const auto emit = [&](const auto&... parts) {
        if (several_) xlsx_out::row(sheet, Named<std::string>{"file", d.file}, parts...);
        else xlsx_out::row(sheet, parts...);
      };
      fill(d, emit);
    }
    sheet.finish();
  }

  bool any(auto member) const {
    return std::any_of(documents_.begin(), documents_.end(), [&](const XlsxDocument& d) { return (d.*member).has_value(); });
  }

 private:
  lxw_workbook* book_;
  Styles styles_;
  std::span<const XlsxDocument> documents_;
  std::vector<std::string>& warnings_;
  bool several_;
};

// Examples of the Named parts' types, for headers.
const std::size_t no_index = 0;
const std::string no_text;
const Date no_date;
const Decimal no_decimal;

void write_sheets(Book& book) {
  book.table("项目", [](const XlsxDocument& d, const auto& emit) {
    for (const ProjectRow& r : project_rows(d.document)) emit(r);
  }, ProjectRow{});

  book.table("指标", [](const XlsxDocument& d, const auto& emit) {
    for (const IndicatorRow& r : indicator_rows(d.document)) emit(r);
  }, IndicatorRow{});

  book.table("支出计划", [](const XlsxDocument& d, const auto& emit) {
    for (std::size_t p = 0; p < d.document.projects.size(); ++p) {
      const Project& project = d.document.projects[p];
      const std::size_t position = p + 1;
      for (const Milestone& m : project.spending_plan.milestones)
        emit(Named<std::size_t>{"project", position}, Named<std::string>{"project_code", project.code.str()}, m);
    }
  }, Named<std::size_t>{"project", no_index}, Named<std::string>{"project_code", no_text}, Milestone{});

  book.table("审核意见", [](const XlsxDocument& d, const auto& emit) {
    for (const Finding& f : d.findings) emit(records::record_of(f, d.document));
  }, records::FindingRecord{});

  if (book.any(&XlsxDocument::monitoring)) {
    book.table("运行监控-项目", [](const XlsxDocument& d, const auto& emit) {
      if (!d.monitoring) return;
      for (const ProjectStatus& p : d.monitoring->projects)
        emit(Named<Date>{"as_of", d.monitoring->as_of}, Named<Decimal>{"time_progress", d.monitoring->time_progress},
             records::record_of(p, d.document));
    }, Named<Date>{"as_of", no_date}, Named<Decimal>{"time_progress", no_decimal}, records::ProjectStatusRecord{});

    book.table("运行监控-指标", [](const XlsxDocument& d, const auto& emit) {
      if (!d.monitoring) return;
      for (const ProjectStatus& p : d.monitoring->projects) {
        const records::ProjectStatusRecord project = records::record_of(p, d.document);
        for (const records::IndicatorStatusRecord& i : project.indicators)
          emit(Named<std::size_t>{"project", project.project}, Named<std::string>{"project_code", project.code},
               Named<std::string>{"project_name", project.name}, i);
      }
    }, Named<std::size_t>{"project", no_index}, Named<std::string>{"project_code", no_text},
       Named<std::string>{"project_name", no_text}, records::IndicatorStatusRecord{});

    book.table("运行监控-偏差说明", [](const XlsxDocument& d, const auto& emit) {
      if (!d.monitoring) return;
      for (const Explanation& e : d.monitoring->explanations) emit(records::record_of(e, d.document));
    }, records::ExplanationRecord{});
  }

  if (book.any(&XlsxDocument::evaluation)) {
    book.table("绩效自评-项目", [](const XlsxDocument& d, const auto& emit) {
      if (!d.evaluation) return;
      for (const ProjectEvaluation& p : d.evaluation->projects) emit(records::record_of(p, d.document));
    }, records::ProjectEvaluationRecord{});

    book.table("绩效自评-指标", [](const XlsxDocument& d, const auto& emit) {
      if (!d.evaluation) return;
      for (const ProjectEvaluation& p : d.evaluation->projects) {
        const records::ProjectEvaluationRecord project = records::record_of(p, d.document);
        for (const records::IndicatorScoreRecord& s : project.indicators)
          emit(Named<std::size_t>{"project", project.project}, Named<std::string>{"project_code", project.code},
               Named<std::string>{"project_name", project.name}, s);
      }
    }, Named<std::size_t>{"project", no_index}, Named<std::string>{"project_code", no_text},
       Named<std::string>{"project_name", no_text}, records::IndicatorScoreRecord{});
  }

  book.table("部门", [](const XlsxDocument& d, const auto& emit) {
    for (const DepartmentRow& r : department_rows(d.document)) emit(r);
  }, DepartmentRow{});

  // What the reader reported (located in the document's own terms), then what matching the
  // actuals reported (lines of the actuals file).
  book.table("诊断", [](const XlsxDocument& d, const auto& emit) {
    const std::string document = "document", actuals = "actuals";
    for (const Diagnostic& x : d.diagnostics)
      emit(Named<std::string>{"source", document},
           Named<std::string>{"location", location(d.document.source, x.line, x.column)}, x);
    for (const Diagnostic& x : actuals_diagnostics(d))
      emit(Named<std::string>{"source", actuals}, Named<std::string>{"location", no_text}, x);
  }, Named<std::string>{"source", no_text}, Named<std::string>{"location", no_text}, Diagnostic{});
}

struct CloseWorkbook {
  void operator()(lxw_workbook* book) const { workbook_close(book); }
};

}  // namespace

std::vector<DepartmentRow> department_rows(const Document& document) {
  std::vector<DepartmentRow> rows;
  DepartmentRow base;
  base.department = document.department;
  base.year = year_of(document);
  for (const BudgetUnit& u : document.units) {
    DepartmentRow& r = rows.emplace_back(base);
    r.section = "预算单位";
    r.title = u.code;
    r.text = u.name;
  }
  if (!document.goals.overall.empty()) {
    DepartmentRow& r = rows.emplace_back(base);
    r.section = "总体绩效目标";
    r.text = document.goals.overall;
  }
  for (const GoalItem& item : document.goals.items) {
    DepartmentRow& r = rows.emplace_back(base);
    r.section = "分项绩效目标";
    r.title = item.title;
    r.text = item.goal;
    r.indicator = item.indicator;
    r.line = line_of(item.line);
  }
  for (const Text& measure : document.goals.measures) {
    DepartmentRow& r = rows.emplace_back(base);
    r.section = "工作保障措施";
    r.text = measure;
  }
  return rows;
}

std::vector<ProjectRow> project_rows(const Document& document) {
  std::vector<ProjectRow> rows;
  rows.reserve(document.projects.size());
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    rows.push_back({.department = document.department.str(),
                    .year = year_of(document),
                    .project = p + 1,
                    .project_code = project.code.str(),
                    .project_name = project.name.str(),
                    .title = project.title.str(),
                    .unit_code = project.unit_code.str(),
                    .unit_name = project.unit_name.str(),
                    .budget_total = project.budget.total,
                    .budget_fiscal = project.budget.fiscal,
                    .budget_other = project.budget.other,
                    .use_of_funds = project.use_of_funds.str(),
                    .goals = numbered(project.goals),
                    .medium_term_goals = numbered(project.medium_term_goals),
                    .indicators = project.indicators.size(),
                    .redacted = project.redacted,
                    .line = line_of(project.line)});
  }
  return rows;
}

std::vector<std::string> write_xlsx(const std::filesystem::path& path, std::span<const XlsxDocument> documents) {
  // libxlsxwriter keeps the workbook in memory and writes the file when it is closed, and tells
  // its own errors on standard error: a file that cannot be opened is found out here first.
  if (!std::ofstream(path, std::ios::binary | std::ios::app))
    throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  std::unique_ptr<lxw_workbook, CloseWorkbook> book(workbook_new(path.c_str()));
  if (!book) throw Error(fmt::format("cannot write {}: libxlsxwriter could not start a workbook", path.string()));
  std::vector<std::string> warnings;
  Book sheets(book.get(), documents, warnings);
  try {
    write_sheets(sheets);
  } catch (...) {
    book.reset();  // closing writes the file: what was written is no workbook to keep
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    throw;
  }
  const lxw_error closed = workbook_close(book.release());
  if (closed != LXW_NO_ERROR) throw Error(fmt::format("cannot write {}: {}", path.string(), lxw_strerror(closed)));
  return warnings;
}

std::vector<std::string> write_xlsx(const std::filesystem::path& path, const XlsxDocument& document) {
  return write_xlsx(path, std::span<const XlsxDocument>(&document, 1));
}

}  // namespace jixiao
