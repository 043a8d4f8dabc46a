#pragma once
// Matching actuals to a document (an operation): which project each spending row reports on and
// which indicator each value row, by project code and indicator name with spaces removed. It does
// not depend on a date, so one match serves monitoring, evaluation and the report at any date;
// the figures that apply at a date are picked from it (match_actuals, and inside monitor and
// evaluate).

#include <jixiao/actuals.hpp>
#include <jixiao/date.hpp>
#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace jixiao {

// An indicator of a document: its project's index and its index in that project's indicators.
struct IndicatorPlace {
  std::size_t project = 0;
  std::size_t indicator = 0;

  friend bool operator==(const IndicatorPlace&, const IndicatorPlace&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorPlace, (), (project, indicator))

// Where each row of an Actuals belongs in a document. Row k of Actuals::projects reports on
// projects[k]; row k of Actuals::indicators on indicators[k]; none where the row matches nothing
// or more than one.
struct Matched {
  std::vector<std::optional<std::size_t>> projects;
  std::vector<std::optional<IndicatorPlace>> indicators;
  // Errors whose line is the actuals file's line (0 for JSON, the reason names the row), in the
  // order of the rows, spending rows first: actual-unknown-project, actual-unknown-indicator,
  // actual-ambiguous (the row matches two indicators or projects: add level2) for each row left
  // unmatched, and actual-duplicate for a row that gives a figure its place has for that date
  // already (the first is used).
  std::vector<Diagnostic> diagnostics;

  friend bool operator==(const Matched&, const Matched&) = default;
};
BOOST_DESCRIBE_STRUCT(Matched, (), (projects, indicators, diagnostics))

Matched match(const Document& document, const Actuals& actuals);

// The actuals that apply to each project and indicator of a document at a date: for each, the
// latest figures dated on or before `as_of` (all figures when as_of is empty), copied.
struct MatchedActuals {
  std::vector<std::optional<ProjectActual>> projects;                  // by project index
  std::vector<std::vector<std::optional<IndicatorActual>>> indicators;  // by project, then indicator
  std::vector<Diagnostic> diagnostics;                                 // Matched::diagnostics

  friend bool operator==(const MatchedActuals&, const MatchedActuals&) = default;
};
BOOST_DESCRIBE_STRUCT(MatchedActuals, (), (projects, indicators, diagnostics))

// The figures at `as_of` from `matched`, which must be match(document, actuals): Error otherwise
// (a row count that differs, a place outside the document).
MatchedActuals match_actuals(const Document& document, const Actuals& actuals, const Matched& matched,
                             std::optional<Date> as_of = std::nullopt);
// Matches, then picks the figures at `as_of`.
MatchedActuals match_actuals(const Document& document, const Actuals& actuals,
                             std::optional<Date> as_of = std::nullopt);

}  // namespace jixiao
