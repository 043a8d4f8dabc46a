#pragma once
// Canonical JSON for documents and their parts (Boost.JSON driven by the Boost.Describe
// declarations: no hand-written field lists). Decimals and money are strings exactly as written.
// The schema is documented in docs/json.md.

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/read.hpp>

#include <boost/json/fwd.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// The envelope members of every document written by to_json: "format" names the schema and
// "version" its revision, bumped when a change would make older readers misread a document.
inline constexpr std::string_view json_format = "jixiao.document";
inline constexpr int json_version = 1;

// The envelope of a comparison written by to_json(YearOverYear) (docs/compare.md).
inline constexpr std::string_view json_comparison_format = "jixiao.comparison";
inline constexpr int json_comparison_version = 1;

struct YearOverYear;   // compare.hpp
struct Finding;        // review.hpp
struct Evaluation;     // evaluate.hpp
struct MonitorReport;  // monitor.hpp

struct JsonOptions {
  bool pretty = false;  // indented, one member a line
};

std::string to_json(const Document& document, const JsonOptions& options = {});
// The document plus "source_encoding" and "diagnostics": what `jixiao export --to json` writes.
std::string to_json(const ReadResult& result, const JsonOptions& options = {});
// A comparison (compare.hpp): its envelope, then its members; each pair with its "old" and "new"
// project references (code, name, year) and the changes.
std::string to_json(const YearOverYear& comparison, const JsonOptions& options = {});

// Results, with the names of the projects and indicators they are about read from `document`, the
// one they were computed on (Error when their indices do not fit it): findings as a list (with
// `previous`, the earlier document of a year-over-year review), an evaluation and a monitoring
// report as objects (docs/evaluation.md). Nothing reads them back.
boost::json::value json_of(const std::vector<Finding>& findings, const Document& document,
                           const Document* previous = nullptr);
boost::json::value json_of(const Evaluation& evaluation, const Document& document);
boost::json::value json_of(const MonitorReport& report, const Document& document);

// Reads JSON written by to_json (or by hand to the schema in docs/json.md). Throws ParseError
// with the line and column of malformed JSON, or Error naming the member that does not fit
// (`projects[3].budget.total: expected a decimal string`). Members left out take their default;
// members the schema does not know are errors, so a misspelt name never loses data silently.
Document document_from_json(std::string_view json);
// Same, keeping "diagnostics" and "source_encoding" (utf8 when absent).
ReadResult read_result_from_json(std::string_view json);

// The serialised form of any value: `{"a":1}`, or indented when `pretty`. Non-ASCII text is
// written as UTF-8, not escaped.
std::string serialize(const boost::json::value& value, const JsonOptions& options = {});

// Parses JSON text (a leading UTF-8 BOM is skipped). Malformed text throws ParseError
// "malformed <what> at line L, column C: reason", with the line and column (in code points) an
// editor shows.
boost::json::value parse_json(std::string_view text, std::string_view what = "JSON");

// boost::json conversions for the value types, found by argument-dependent lookup. The value_to
// conversions throw Error with the reason (without a member path; document_from_json adds it).
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Decimal& d);
Decimal tag_invoke(const boost::json::value_to_tag<Decimal>&, const boost::json::value& v);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Money& m);
Money tag_invoke(const boost::json::value_to_tag<Money>&, const boost::json::value& v);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Unit& u);
Unit tag_invoke(const boost::json::value_to_tag<Unit>&, const boost::json::value& v);
// A target is one object with the members of every kind (docs/json.md): those of other kinds than
// its own at their default when written, and not read.
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Target& t);
Target tag_invoke(const boost::json::value_to_tag<Target>&, const boost::json::value& v);
// A spending plan is the list of its milestones; a milestone's label is the member "milestone".
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Text& t);
Text tag_invoke(const boost::json::value_to_tag<Text>&, const boost::json::value& v);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const SpendingPlan& p);
SpendingPlan tag_invoke(const boost::json::value_to_tag<SpendingPlan>&, const boost::json::value& v);

}  // namespace jixiao
