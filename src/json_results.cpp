// Results written as JSON: their records (result_records.hpp) through the Describe declarations.

#include "result_records.hpp"

#include <jixiao/json.hpp>

#include <boost/json/value_from.hpp>

namespace jixiao {

boost::json::value json_of(const std::vector<Finding>& findings, const Document& document, const Document* previous) {
  boost::json::array out;
  out.reserve(findings.size());
  for (const Finding& f : findings) out.push_back(boost::json::value_from(records::record_of(f, document, previous)));
  return out;
}

boost::json::value json_of(const Evaluation& evaluation, const Document& document) {
  return boost::json::value_from(records::record_of(evaluation, document));
}

boost::json::value json_of(const MonitorReport& report, const Document& document) {
  return boost::json::value_from(records::record_of(report, document));
}

}  // namespace jixiao
