// The actuals readers of include/jixiao/actuals_io.hpp: CSV and JSON rows become the values of
// actuals.hpp, actual values read with the target grammar.

#include <jixiao/actuals_io.hpp>

#include "actuals/names.hpp"
#include "json_detail.hpp"
#include "target/text.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <array>
#include <fstream>
#include <iterator>

namespace jixiao {
namespace {

using row_members = boost::describe::describe_members<ActualsRow, boost::describe::mod_public>;

// Columns that apply to one kind of row only; a value there on the other kind is a mistake.
constexpr std::array project_only{std::string_view("executed"), std::string_view("adjusted_budget")};
constexpr std::array indicator_only{std::string_view("level2"), std::string_view("actual"),
                                    std::string_view("expected"), std::string_view("grade_percent"),
                                    std::string_view("likelihood"), std::string_view("cause"),
                                    std::string_view("reason")};

template <std::size_t N>
bool among(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

// A cell's value does not fit its column; the caller adds where (CSV line and column, JSON path).
struct CellError {
  std::string_view column;
  std::string what;
};

template <described_enum E>
std::optional<E> enum_cell(std::string_view column, const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (const auto e = enum_from_name<E>(text)) return e;
  std::string names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    names += names.empty() ? "" : " / ";
    names += d.name;
  });
  throw CellError{column, fmt::format("expected one of {}, found \"{}\"", names, text)};
}

std::optional<Decimal> decimal_cell(std::string_view column, const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (auto d = Decimal::try_parse(text)) return d;
  throw CellError{column, fmt::format("expected a number, found \"{}\"", text)};
}

std::optional<Money> money_cell(std::string_view column, const std::string& text) {
  if (text.empty()) return std::nullopt;
  try {
    return Money::parse(text);
  } catch (const ParseError& e) {
    throw CellError{column, fmt::format("expected an amount in 万元, found \"{}\" ({})", text, e.what())};
  }
}

Date date_cell(const std::string& text) {
  if (text.empty()) throw CellError{"as_of", "the date the figures are for is required (2025-06-30)"};
  try {
    return parse_iso_date(text);
  } catch (const ParseError& e) {
    throw CellError{"as_of", fmt::format("expected an ISO date such as 2025-06-30, found \"{}\" ({})", text,
                                         e.what())};
  }
}

// A row becomes a project's spending or an indicator's value. Throws CellError.
void add_row(const ActualsRow& row, std::size_t line, Actuals& out) {
  if (row.project_code.empty()) throw CellError{"project_code", "the project code is required"};
  const Date as_of = date_cell(row.as_of);
  const bool project_row = row.indicator.empty();
  boost::mp11::mp_for_each<row_members>([&](auto d) {
    const std::string& value = row.*d.pointer;
    if (value.empty()) return;
    if (project_row && among(d.name, indicator_only))
      throw CellError{d.name, "applies to indicator rows (this row has no indicator, so it is a project's spending)"};
    if (!project_row && among(d.name, project_only))
      throw CellError{d.name, "applies to project rows (rows with an empty indicator)"};
  });
  if (project_row) {
    ProjectActual p;
    p.project_code = row.project_code;
    p.as_of = as_of;
    p.executed = money_cell("executed", row.executed);
    p.adjusted_budget = money_cell("adjusted_budget", row.adjusted_budget);
    p.reported_score = decimal_cell("reported_score", row.reported_score);
    p.line = line;
    out.projects.push_back(std::move(p));
    return;
  }
  const TargetContext context{as_of.year, row.indicator, {}};
  IndicatorActual a;
  a.project_code = row.project_code;
  a.indicator = row.indicator;
  a.level2 = row.level2;
  a.as_of = as_of;
  if (row.actual.empty()) throw CellError{"actual", "an indicator row needs its actual value"};
  a.value = parse_target(row.actual, context);
  if (const Unparsed* unread = a.value.if_unparsed())
    throw CellError{"actual", fmt::format("\"{}\" cannot be read: {}", row.actual, unread->reason)};
  if (!row.expected.empty()) a.expected = parse_target(row.expected, context);
  a.grade_percent = decimal_cell("grade_percent", row.grade_percent);
  if (a.grade_percent && !grade_of(a.value))
    throw CellError{"grade_percent", fmt::format("applies to a grade, and \"{}\" is none", row.actual)};
  a.likelihood = enum_cell<Likelihood>("likelihood", row.likelihood);
  a.cause = enum_cell<DeviationCause>("cause", row.cause);
  a.reason = row.reason;
  a.reported_score = decimal_cell("reported_score", row.reported_score);
  a.line = line;
  out.indicators.push_back(std::move(a));
}

// --- CSV (RFC 4180) ---

struct Field {
  std::string text;
  std::size_t column = 1;  // in code points, where the field starts
};

struct Record {
  std::vector<Field> fields;
  std::size_t line = 1;  // where the record starts
};

// Splits the text into records. Quoted fields may hold commas, doubled quotes and line breaks.
class CsvScanner {
 public:
  explicit CsvScanner(std::string_view text) : s_(text) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (s_.starts_with(bom)) s_.remove_prefix(bom.size());
  }

  bool next(Record& record) {
    if (i_ >= s_.size()) return false;
    record.fields.clear();
    record.line = line_;
    for (;;) {
      Field& field = record.fields.emplace_back();
      field.column = column_;
      if (peek() == '"') {
        quoted(field.text);
      } else {
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r') field.text += advance();
      }
      if (i_ >= s_.size()) return true;
      if (s_[i_] == ',') {
        advance();
        continue;
      }
      end_of_line();
      return true;
    }
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

  char advance() {
    const char c = s_[i_++];
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
    return c;
  }

  void end_of_line() {
    if (s_[i_] == '\r') ++i_;
    if (i_ < s_.size() && s_[i_] == '\n') ++i_;
    ++line_;
    column_ = 1;
  }

  void quoted(std::string& out) {
    const std::size_t start_line = line_;
    const std::size_t start_column = column_;
    advance();
    for (;;) {
      if (i_ >= s_.size())
        throw ParseError(fmt::format("line {}: the quoted field opened at column {} is not closed", start_line,
                                     start_column),
                         start_column, start_line);
      const char c = s_[i_];
      if (c == '"') {
        advance();
        if (peek() == '"') {
          out += advance();
          continue;
        }
        if (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r')
          throw ParseError(fmt::format("line {}, column {}: text after the closing quote of a field", line_, column_),
                           column_, line_);
        return;
      }
      // A line break inside quotes counts as one outside does (CRLF, LF or a lone CR, as the
      // documents end lines) and is kept as LF.
      if (c == '\n' || c == '\r') {
        ++i_;
        if (c == '\r' && peek() == '\n') ++i_;
        ++line_;
        column_ = 1;
        out += '\n';
        continue;
      }
      out += advance();
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

bool blank(const Record& r) {
  for (const Field& f : r.fields)
    if (!f.text.empty()) return false;
  return true;
}

using Setter = std::string ActualsRow::*;

Setter column_named(std::string_view name) {
  Setter found = nullptr;
  boost::mp11::mp_for_each<row_members>([&](auto d) {
    if (name == d.name) found = d.pointer;
  });
  return found;
}

std::string column_list() {
  std::string names;
  boost::mp11::mp_for_each<row_members>([&](auto d) {
    names += names.empty() ? "" : ", ";
    names += d.name;
  });
  return names;
}

// --- JSON ---

struct ActualsFile {
  std::string format;
  int version = 0;
  std::vector<ActualsRow> projects;
  std::vector<ActualsRow> indicators;
};
BOOST_DESCRIBE_STRUCT(ActualsFile, (), (format, version, projects, indicators))

constexpr std::string_view actuals_format = "jixiao.actuals";
constexpr int actuals_version = 1;

// The CSV is UTF-8 (docs/evaluation.md). A byte that is not would pass into names and reasons and
// make every JSON written from them unreadable, so it is refused where it stands.
void require_utf8(std::string_view csv) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < csv.size();) {
    const text::CodePoint cp = text::decode(csv, i);
    if (text::malformed(cp))
      throw ParseError(fmt::format("line {}, column {}: the byte 0x{:02X} is not UTF-8 (save the file as UTF-8)",
                                   line, column, static_cast<unsigned char>(csv[i])),
                       column, line);
    if (cp.value == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += cp.length;
  }
}

}  // namespace

Actuals actuals_from_csv(std::string_view csv) {
  require_utf8(csv);
  CsvScanner scanner(csv);
  Record header;
  while (scanner.next(header) && blank(header)) {
  }
  if (header.fields.empty() || blank(header)) throw ParseError("the actuals CSV has no header row", 1, 1);
  std::vector<Setter> setters;
  bool has_code = false;
  bool has_date = false;
  for (const Field& f : header.fields) {
    const std::string name = detail::compact(f.text);
    const Setter s = column_named(name);
    if (!s)
      throw ParseError(fmt::format("line {}, column {}: unknown column \"{}\" (the columns are {})", header.line,
                                   f.column, f.text, column_list()),
                       f.column, header.line);
    for (const Setter other : setters)
      if (other == s)
        throw ParseError(fmt::format("line {}, column {}: the column \"{}\" appears twice", header.line, f.column,
                                     name),
                         f.column, header.line);
    setters.push_back(s);
    has_code = has_code || name == "project_code";
    has_date = has_date || name == "as_of";
  }
  if (!has_code || !has_date)
    throw ParseError(fmt::format("line {}: the header needs the columns project_code and as_of", header.line), 1,
                     header.line);
  Actuals out;
  Record record;
  while (scanner.next(record)) {
    if (blank(record)) continue;
    if (record.fields.size() != setters.size())
      throw ParseError(fmt::format("line {}: {} fields, the header has {}", record.line, record.fields.size(),
                                   setters.size()),
                       1, record.line);
    ActualsRow row;
    for (std::size_t k = 0; k < setters.size(); ++k) row.*setters[k] = record.fields[k].text;
    try {
      add_row(row, record.line, out);
    } catch (const CellError& e) {
      std::size_t column = 1;
      for (std::size_t k = 0; k < setters.size(); ++k)
        if (column_named(e.column) == setters[k]) column = record.fields[k].column;
      throw ParseError(fmt::format("line {}, column {} ({}): {}", record.line, column, e.column, e.what), column,
                       record.line);
    }
  }
  return out;
}

Actuals actuals_from_json(std::string_view text) {
  using namespace json_detail;
  const json::value root = parse_json(text, "actuals JSON");
  const Path top;
  ActualsFile file;
  read(root, file, top);
  if (!file.format.empty() && file.format != actuals_format)
    fail(top.member_of("format"), fmt::format("expected \"{}\", found \"{}\"", actuals_format, file.format));
  if (file.version > actuals_version)
    fail(top.member_of("version"),
         fmt::format("{} is newer than this jixiao reads ({}); update jixiao", file.version, actuals_version));
  Actuals out;
  const auto add = [&](const std::vector<ActualsRow>& rows, std::string_view member, bool projects) {
    const Path array = top.member_of(member);  // `at` points to it: it must outlive `at`
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Path at = array.element(i);
      if (projects != rows[i].indicator.empty())
        fail(at.member_of("indicator"), projects ? "a project's spending has no indicator (put it under \"indicators\")"
                                                 : "an indicator's value needs the indicator's name");
      try {
        add_row(rows[i], 0, out);
      } catch (const CellError& e) {
        fail(at.member_of(e.column), e.what);
      }
    }
  };
  add(file.projects, "projects", true);
  add(file.indicators, "indicators", false);
  return out;
}

Actuals read_actuals(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(fmt::format("cannot open {}", path.string()));
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  return i < text.size() && text[i] == '{' ? actuals_from_json(text) : actuals_from_csv(text);
}

}  // namespace jixiao
