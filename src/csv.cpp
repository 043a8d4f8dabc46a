#include <jixiao/csv.hpp>

#include <jixiao/describe.hpp>
#include <jixiao/error.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <sstream>
#include <string_view>
#include <type_traits>

namespace jixiao {
namespace {

using columns = boost::describe::describe_members<IndicatorRow, boost::describe::mod_public>;

void fill_target(IndicatorRow& row, const Target& t) {
  row.target = t.raw;
  row.target_kind = enum_name(t.kind());
  if (const Amount* a = t.if_amount()) {
    row.comparator = enum_name(a->comparator);
    row.value = a->value.value;
    row.unit = a->value.unit.symbol();
  } else if (const Range* r = t.if_range()) {
    row.value = r->lower.value;
    row.upper = r->upper.value;
    row.unit = r->lower.unit.symbol().empty() ? r->upper.unit.symbol() : r->lower.unit.symbol();
  } else if (const Period* p = t.if_period()) {
    row.start = p->start;
    row.end = p->end;
  } else if (const Deadline* d = t.if_deadline()) {
    row.end = d->date;
  }
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// `-5`, `+1.5`, `12`: a spreadsheet reads these as numbers, not formulas.
bool plain_number(std::string_view s) noexcept {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  const std::size_t point = s.find('.');
  const std::string_view whole = s.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view("0") : s.substr(point + 1);
  return !whole.empty() && !fraction.empty() && std::all_of(whole.begin(), whole.end(), is_digit) &&
         std::all_of(fraction.begin(), fraction.end(), is_digit);
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. For a
// spreadsheet, a field it would run starts with an apostrophe.
void write_field(std::ostream& out, std::string_view field, bool excel) {
  const bool apostrophe = excel && spreadsheet_would_run(field);
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << (apostrophe ? "'" : "") << field;
    return;
  }
  out << '"' << (apostrophe ? "'" : "");
  for (char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

template <class T>
void write_cell(std::ostream& out, const T& value, bool excel) {
  if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, Text>) {
    write_field(out, value, excel);
  } else if constexpr (std::is_integral_v<T>) {
    out << value;
  } else if constexpr (std::is_same_v<T, Money>) {
    out << value.wan().to_string();
  } else if constexpr (std::is_same_v<T, Decimal> || std::is_same_v<T, Date>) {
    out << value.to_string();
  } else {
    if (value) write_cell(out, *value, excel);
  }
}

}  // namespace

bool spreadsheet_would_run(std::string_view cell) noexcept {
  if (cell.empty()) return false;
  switch (cell[0]) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !plain_number(cell);
    default:
      return false;
  }
}

std::vector<IndicatorRow> indicator_rows(const Document& document) {
  std::vector<IndicatorRow> rows;
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    const Project& project = document.projects[p];
    IndicatorRow base;
    base.department = document.department;
    if (document.year != 0) base.year = document.year;
    base.project = p + 1;
    base.project_code = project.code;
    base.project_name = project.name;
    base.unit_code = project.unit_code;
    base.unit_name = project.unit_name;
    base.budget_total = project.budget.total;
    base.budget_fiscal = project.budget.fiscal;
    base.budget_other = project.budget.other;
    if (project.indicators.empty()) rows.push_back(base);
    for (const Indicator& indicator : project.indicators) {
      IndicatorRow& row = rows.emplace_back(base);
      row.level1 = enum_name(indicator.level1);
      row.level1_text = indicator.level1_text;
      row.level2 = enum_name(indicator.level2);
      row.level2_text = indicator.level2_text;
      row.indicator = indicator.name;
      row.description = indicator.description;
      fill_target(row, indicator.target);
      row.basis = indicator.basis;
      row.weight = indicator.weight;
      if (indicator.direction != Direction::none) row.direction = enum_name(indicator.direction);
      if (indicator.line != 0) row.line = indicator.line;
    }
  }
  return rows;
}

namespace {

// The header, after a `file` column when `with_file`.
void write_header(std::ostream& out, const CsvOptions& options, bool with_file) {
  if (options.bom || options.excel) out << "\xEF\xBB\xBF";
  if (with_file) out << "file,";
  const char* separator = "";
  boost::mp11::mp_for_each<columns>([&](auto column) {
    out << separator << column.name;
    separator = ",";
  });
  out << "\r\n";
}

// The rows of `document`, each after its file's cell when `file` is given.
void write_rows(std::ostream& out, const Document& document, const CsvOptions& options, const std::string* file) {
  for (const IndicatorRow& row : indicator_rows(document)) {
    if (file) {
      write_field(out, *file, options.excel);
      out << ',';
    }
    const char* separator = "";
    boost::mp11::mp_for_each<columns>([&](auto column) {
      out << separator;
      write_cell(out, row.*column.pointer, options.excel);
      separator = ",";
    });
    out << "\r\n";
  }
}

}  // namespace

void write_csv(std::ostream& out, const Document& document, const CsvOptions& options) {
  write_header(out, options, false);
  write_rows(out, document, options, nullptr);
}

void write_csv(std::ostream& out, std::span<const Document> documents, std::span<const std::string> files,
               const CsvOptions& options) {
  if (files.size() != documents.size()) throw Error("write_csv: one file name is needed per document");
  write_header(out, options, true);
  for (std::size_t i = 0; i < documents.size(); ++i) write_rows(out, documents[i], options, &files[i]);
}

std::string to_csv(const Document& document, const CsvOptions& options) {
  std::ostringstream out;
  write_csv(out, document, options);
  return std::move(out).str();
}

}  // namespace jixiao
