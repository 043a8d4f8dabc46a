// JSON and CSV on the sample document as the reader reads it.

#include <jixiao/csv.hpp>
#include <jixiao/json.hpp>
#include <jixiao/read.hpp>

#include <boost/json/parse.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace jixiao;

namespace {

const ReadResult& sample() {
  static const ReadResult result =
      read_document(std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2025-targets.txt");
  return result;
}

}  // namespace

TEST_CASE("the sample round-trips through JSON: an equal document, then identical JSON") {
  REQUIRE_FALSE(sample().document.projects.empty());
  for (bool pretty : {false, true}) {
    CAPTURE(pretty);
    const std::string first = to_json(sample(), {.pretty = pretty});
    const ReadResult back = read_result_from_json(first);
    CHECK(back.document == sample().document);
    CHECK(back.diagnostics == sample().diagnostics);
    CHECK(back.encoding == sample().encoding);
    CHECK(to_json(back, {.pretty = pretty}) == first);
  }
}

TEST_CASE("the sample's JSON keeps every decimal exactly as the reader kept it") {
  const boost::json::value v = boost::json::parse(to_json(sample().document));
  const boost::json::array& projects = v.at("projects").as_array();
  REQUIRE(projects.size() == sample().document.projects.size());
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const Project& project = sample().document.projects[i];
    CAPTURE(project.name);
    if (project.budget.total)
      CHECK(projects[i].at("budget").at("total") == boost::json::value(project.budget.total->wan().to_string()));
    const boost::json::array& indicators = projects[i].at("indicators").as_array();
    REQUIRE(indicators.size() == project.indicators.size());
    for (std::size_t k = 0; k < indicators.size(); ++k) {
      const Target& target = project.indicators[k].target;
      CHECK(indicators[k].at("target").at("raw") == boost::json::value(target.raw.str()));
      // "value" is an amount's figure or a range's lower bound, "0" for the other kinds.
      const Quantity* figure = target.if_amount()  ? &target.if_amount()->value
                               : target.if_range() ? &target.if_range()->lower
                                                   : nullptr;
      CHECK(indicators[k].at("target").at("value").at("value") ==
            boost::json::value(figure ? figure->value.to_string() : "0"));
    }
  }
}

TEST_CASE("the sample's CSV has a row per indicator and one per project without indicators") {
  std::size_t expected = 0;
  for (const Project& p : sample().document.projects) expected += std::max<std::size_t>(1, p.indicators.size());
  const std::vector<IndicatorRow> rows = indicator_rows(sample().document);
  CHECK(rows.size() == expected);
  const std::string csv = to_csv(sample().document);
  std::size_t records = 0;  // CRLF ends a record; line breaks inside quoted fields are bare LF
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++records;
  CHECK(records == expected + 1);
}
