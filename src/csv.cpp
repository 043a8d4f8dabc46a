#include <jixiao/csv.hpp>

#include <jixiao/describe.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <sstream>
#include <string_view>
#include <type_traits>

namespace jixiao {
namespace {

using columns = boost::describe::describe_members<IndicatorRow, boost::describe::mod_public>;

std::string money_text(const std::optional<Money>& m) { return m ? m->wan().to_string() : std::string(); }

void fill_target(IndicatorRow& row, const Target& t) {
  row.target = t.raw;
  row.target_kind = enum_name(t.kind());
  if (const Amount* a = t.if_amount()) {
    row.comparator = enum_name(a->comparator);
    row.value = a->value.value.to_string();
    row.unit = a->value.unit.symbol();
  } else if (const Range* r = t.if_range()) {
    row.value = r->lower.value.to_string();
    row.upper = r->upper.value.to_string();
    row.unit = r->lower.unit.symbol().empty() ? r->upper.unit.symbol() : r->lower.unit.symbol();
  } else if (const Period* p = t.if_period()) {
    row.start = p->start.to_string();
    row.end = p->end.to_string();
  } else if (const Deadline* d = t.if_deadline()) {
    row.end = d->date.to_string();
  }
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
void write_field(std::ostream& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << field;
    return;
  }
  out << '"';
  for (char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

template <class T>
void write_cell(std::ostream& out, const T& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    write_field(out, value);
  } else if constexpr (std::is_integral_v<T>) {
    out << value;
  } else {
    if (value) write_cell(out, *value);
  }
}

}  // namespace

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
    base.budget_total = money_text(project.budget.total);
    base.budget_fiscal = money_text(project.budget.fiscal);
    base.budget_other = money_text(project.budget.other);
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
      if (indicator.weight) row.weight = indicator.weight->to_string();
      if (indicator.direction != Direction::none) row.direction = enum_name(indicator.direction);
      if (indicator.line != 0) row.line = indicator.line;
    }
  }
  return rows;
}

void write_csv(std::ostream& out, const Document& document, const CsvOptions& options) {
  if (options.bom) out << "\xEF\xBB\xBF";
  const char* separator = "";
  boost::mp11::mp_for_each<columns>([&](auto column) {
    out << separator << column.name;
    separator = ",";
  });
  out << "\r\n";
  for (const IndicatorRow& row : indicator_rows(document)) {
    separator = "";
    boost::mp11::mp_for_each<columns>([&](auto column) {
      out << separator;
      write_cell(out, row.*column.pointer);
      separator = ",";
    });
    out << "\r\n";
  }
}

std::string to_csv(const Document& document, const CsvOptions& options) {
  std::ostringstream out;
  write_csv(out, document, options);
  return std::move(out).str();
}

}  // namespace jixiao
