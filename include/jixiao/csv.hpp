#pragma once
// Tidy CSV: one row per indicator, with its project's columns repeated (UTF-8, RFC 4180 quoting,
// CRLF line ends, one header row). A project without indicators still gets one row, with the
// indicator columns empty, so that no project is dropped silently.
//
// The default CSV is exact for pandas and other programs. A spreadsheet is different: it runs a
// cell such as `=HYPERLINK(…)` as a formula, and a document is untrusted input. CsvOptions::excel
// writes such cells so that Excel and LibreOffice show them as text (docs/cli.md).

#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/document.hpp>
#include <jixiao/money.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// One row of the tidy table. The member names are the CSV header, in this order: the columns are
// declared here once, for CSV and for the xlsx workbook (xlsx.hpp). Figures are exact: the CSV
// writes decimals and amounts exactly as written and dates in ISO 8601 as far as written
// (2025-01); a column that does not apply to a row (the comparator of a qualitative target, a
// budget part not stated) is empty.
struct IndicatorRow {
  std::string department;
  std::optional<int> year;  // empty when the document states none
  std::size_t project = 0;   // 1-based position of the project in the document
  std::string project_code;
  std::string project_name;
  std::string unit_code;
  std::string unit_name;
  std::optional<Money> budget_total;  // 万元
  std::optional<Money> budget_fiscal;
  std::optional<Money> budget_other;
  std::string level1;        // the 一级 category (产出指标 …, 其他 when not recognised)
  std::string level1_text;   // as written
  std::string level2;
  std::string level2_text;
  std::string indicator;     // 三级指标
  std::string description;
  std::string target;        // 指标值 as written
  std::string target_kind;   // comparison, range, period, deadline, duration, qualitative, …
  std::string comparator;    // ge gt le lt eq: comparison and duration
  std::optional<Decimal> value;  // comparison and duration; the lower bound of a range
  std::optional<Decimal> upper;  // range
  std::string unit;              // the unit symbol of value and upper
  std::optional<Date> start;     // period
  std::optional<Date> end;       // period end, deadline
  std::string basis;             // 指标值确定依据
  std::optional<Decimal> weight;  // 权重 as the table states it; empty when not stated
  std::string direction;     // 指标方向性 stated: forward or reverse; empty when not stated
  std::optional<std::size_t> line;  // source line of the indicator row
};
BOOST_DESCRIBE_STRUCT(IndicatorRow, (),
                      (department, year, project, project_code, project_name, unit_code, unit_name, budget_total,
                       budget_fiscal, budget_other, level1, level1_text, level2, level2_text, indicator, description,
                       target, target_kind, comparator, value, upper, unit, start, end, basis, weight, direction,
                       line))

// The rows of write_csv, as values (e.g. for a data frame).
std::vector<IndicatorRow> indicator_rows(const Document& document);

struct CsvOptions {
  bool bom = false;  // start with the UTF-8 BOM that Excel needs to detect the encoding
  // For spreadsheets (implies bom): a cell a spreadsheet would run as a formula — one beginning
  // with `=`, `+`, `-`, `@`, TAB or CR that is not a plain number such as `-5` or `+1.5` — is
  // written with a leading apostrophe (`'=HYPERLINK(…)`), so that Excel and LibreOffice show it
  // as text. The apostrophe is part of the cell's text: programs other than spreadsheets should
  // read the default CSV.
  bool excel = false;
};

// Whether a spreadsheet opening a CSV would take `cell` as a formula (CsvOptions::excel).
bool spreadsheet_would_run(std::string_view cell) noexcept;

void write_csv(std::ostream& out, const Document& document, const CsvOptions& options = {});
// Several documents in one table: a first column `file` names each row's document (files[i] is
// the name of documents[i]; Error when the counts differ).
void write_csv(std::ostream& out, std::span<const Document> documents, std::span<const std::string> files,
               const CsvOptions& options = {});
std::string to_csv(const Document& document, const CsvOptions& options = {});

}  // namespace jixiao
