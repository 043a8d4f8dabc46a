// The actuals readers (CSV and JSON), each on the same input. Properties:
// - bad input is refused with jixiao::Error, nothing else;
// - every figure read from CSV points at a line of the input;
// - an accepted file, written again as CSV (every field quoted) and as JSON, reads back as the same
//   actuals from both: the two formats and the reader's quoting agree;
// - matching against an empty document never throws, matches nothing and reports the figures.

#include "check.hpp"

#include <jixiao/actuals.hpp>
#include <jixiao/actuals_io.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>
#include <jixiao/match.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/value_from.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace {

using jixiao::Actuals;
using jixiao::ActualsRow;

template <class T>
std::string text_of(const std::optional<T>& value) {
  return value ? value->to_string() : std::string();
}

template <class E>
std::string name_of(const std::optional<E>& value) {
  return value ? std::string(jixiao::enum_name(*value)) : std::string();
}

// The rows an Actuals was read from, as far as it keeps them: what a writer of the formats would write.
std::vector<ActualsRow> rows_of(const Actuals& actuals) {
  std::vector<ActualsRow> rows;
  for (const auto& p : actuals.projects) {
    ActualsRow row;
    row.project_code = p.project_code;
    row.as_of = p.as_of.to_string();
    row.executed = text_of(p.executed);
    row.adjusted_budget = text_of(p.adjusted_budget);
    row.reported_score = text_of(p.reported_score);
    rows.push_back(std::move(row));
  }
  for (const auto& a : actuals.indicators) {
    ActualsRow row;
    row.project_code = a.project_code;
    row.indicator = a.indicator;
    row.level2 = a.level2;
    row.as_of = a.as_of.to_string();
    row.actual = a.value.raw;
    row.expected = a.expected ? a.expected->raw : std::string();
    row.grade_percent = text_of(a.grade_percent);
    row.likelihood = name_of(a.likelihood);
    row.cause = name_of(a.cause);
    row.reason = a.reason;
    row.reported_score = text_of(a.reported_score);
    rows.push_back(std::move(row));
  }
  return rows;
}

using row_members = boost::describe::describe_members<ActualsRow, boost::describe::mod_public>;

std::string csv_field(std::string_view field) {
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string to_csv(const std::vector<ActualsRow>& rows) {
  std::string csv;
  boost::mp11::mp_for_each<row_members>([&](auto d) { csv += fmt::format("{}{}", csv.empty() ? "" : ",", d.name); });
  csv += "\r\n";
  for (const ActualsRow& row : rows) {
    bool first = true;
    boost::mp11::mp_for_each<row_members>([&](auto d) {
      if (!first) csv += ',';
      csv += csv_field(row.*d.pointer);
      first = false;
    });
    csv += "\r\n";
  }
  return csv;
}

std::string to_json(const std::vector<ActualsRow>& rows) {
  boost::json::array projects, indicators;
  for (const ActualsRow& row : rows)
    (row.indicator.empty() ? projects : indicators).push_back(boost::json::value_from(row));
  return jixiao::serialize(boost::json::object{{"format", "jixiao.actuals"},
                                               {"version", 1},
                                               {"projects", std::move(projects)},
                                               {"indicators", std::move(indicators)}});
}

// Figures from JSON have no line; CSV lines depend on the layout.
Actuals without_lines(Actuals actuals) {
  for (auto& p : actuals.projects) p.line = 0;
  for (auto& a : actuals.indicators) a.line = 0;
  return actuals;
}

// Lines end as the CSV reader ends them: CRLF, LF or a lone CR.
std::size_t line_count(std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i)
    lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  return lines;
}

void check_written_again(const Actuals& actuals) {
  const std::vector<ActualsRow> rows = rows_of(actuals);
  const Actuals expected = without_lines(actuals);
  const std::string csv = to_csv(rows);
  Actuals from_csv;
  jixiao::fuzz::never_throws([&] { from_csv = jixiao::actuals_from_csv(csv); });
  JIXIAO_FUZZ_CHECK(without_lines(from_csv) == expected, "the actuals changed through CSV:\n" + csv);
  const std::string json = to_json(rows);
  Actuals from_json;
  jixiao::fuzz::never_throws([&] { from_json = jixiao::actuals_from_json(json); });
  JIXIAO_FUZZ_CHECK(from_json == expected, "the actuals changed through JSON:\n" + json);
}

void check_matching(const Actuals& actuals) {
  const jixiao::Document nothing;
  jixiao::Matched placed;
  jixiao::fuzz::never_throws([&] { placed = jixiao::match(nothing, actuals); });
  const auto unplaced = [](const auto& places) {
    return std::all_of(places.begin(), places.end(), [](const auto& p) { return !p.has_value(); });
  };
  JIXIAO_FUZZ_CHECK(placed.projects.size() == actuals.projects.size() &&
                        placed.indicators.size() == actuals.indicators.size() && unplaced(placed.projects) &&
                        unplaced(placed.indicators),
                    "an empty document matched something");
  for (const auto& d : placed.diagnostics)
    JIXIAO_FUZZ_CHECK(d.severity == jixiao::Severity::error && !d.reason.empty(),
                      "a matching problem is not an error with a reason: " + std::string(jixiao::code_name(d.code)));
  // Each row is reported once, as its project is unknown.
  JIXIAO_FUZZ_CHECK(placed.diagnostics.size() == actuals.projects.size() + actuals.indicators.size(),
                    fmt::format("{} figures for no project gave {} diagnostics",
                                actuals.projects.size() + actuals.indicators.size(), placed.diagnostics.size()));
  jixiao::MatchedActuals figures;
  jixiao::fuzz::never_throws([&] { figures = jixiao::match_actuals(nothing, actuals, placed); });
  JIXIAO_FUZZ_CHECK(figures.projects.empty() && figures.indicators.empty() && figures.diagnostics == placed.diagnostics,
                    "the figures of an empty document are not empty");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  Actuals actuals;
  if (jixiao::fuzz::refused_or_done([&] { actuals = jixiao::actuals_from_csv(input); })) {
    const std::size_t lines = line_count(input);
    for (const auto& p : actuals.projects)
      JIXIAO_FUZZ_CHECK(p.line >= 1 && p.line <= lines,
                        fmt::format("a project figure at line {} of {}", p.line, lines));
    for (const auto& a : actuals.indicators)
      JIXIAO_FUZZ_CHECK(a.line >= 1 && a.line <= lines,
                        fmt::format("an indicator figure at line {} of {}", a.line, lines));
    check_written_again(actuals);
    check_matching(actuals);
  }
  if (jixiao::fuzz::refused_or_done([&] { actuals = jixiao::actuals_from_json(input); })) {
    check_written_again(actuals);
    check_matching(actuals);
  }
  return 0;
}
