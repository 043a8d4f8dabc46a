#pragma once
// Canonical JSON for documents and their parts (Boost.JSON driven by the Boost.Describe
// declarations: no hand-written field lists). Decimals and money are strings exactly as written.

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>

#include <boost/json/fwd.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

struct JsonOptions {
  bool pretty = false;  // indented, one member a line
};

std::string to_json(const Document& document, const JsonOptions& options = {});
// Reads JSON written by to_json (or by hand to the schema in docs/json.md). Throws ParseError
// with the line and column of malformed JSON, or Error naming the member that does not fit.
Document document_from_json(std::string_view json);

// boost::json conversions for the value types, found by argument-dependent lookup.
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Decimal& d);
Decimal tag_invoke(const boost::json::value_to_tag<Decimal>&, const boost::json::value& v);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Money& m);
Money tag_invoke(const boost::json::value_to_tag<Money>&, const boost::json::value& v);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const Unit& u);
Unit tag_invoke(const boost::json::value_to_tag<Unit>&, const boost::json::value& v);

}  // namespace jixiao
