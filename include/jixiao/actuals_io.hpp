#pragma once
// The actuals file formats (docs/evaluation.md): CSV, one row per figure, and JSON with the same
// members. Reading gives values (actuals.hpp); match.hpp places them in a document.

#include <jixiao/actuals.hpp>

#include <boost/describe/class.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace jixiao {

// One row of the actuals CSV. The member names are the header, declared once; a row with an empty
// `indicator` is a project's spending, any other row an indicator's value. The JSON format has the
// same members, in "projects" and "indicators" arrays (docs/evaluation.md).
struct ActualsRow {
  std::string project_code;
  std::string indicator;
  std::string level2;
  std::string as_of;            // ISO 8601: 2025-06-30
  std::string executed;         // project rows: 万元
  std::string adjusted_budget;  // project rows: 万元
  std::string actual;           // indicator rows: the value, in the target grammar
  std::string expected;
  std::string grade_percent;
  std::string likelihood;
  std::string cause;
  std::string reason;
  std::string reported_score;
};
BOOST_DESCRIBE_STRUCT(ActualsRow, (),
                      (project_code, indicator, level2, as_of, executed, adjusted_budget, actual, expected,
                       grade_percent, likelihood, cause, reason, reported_score))

// Reads the CSV (UTF-8, optional BOM, RFC 4180 quoting, any column order, only the header's known
// columns, project_code and as_of required). Throws ParseError with the line and column of the
// offending cell.
Actuals actuals_from_csv(std::string_view csv);
// Reads the JSON. Throws ParseError for malformed JSON, Error naming the member
// (`indicators[2].as_of: expected an ISO date …`) for a value that does not fit.
Actuals actuals_from_json(std::string_view json);
// Reads a file: JSON when its first non-blank character is `{`, CSV otherwise. Throws Error if it
// cannot be opened.
Actuals read_actuals(const std::filesystem::path& path);

}  // namespace jixiao
