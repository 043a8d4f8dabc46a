// The actuals file formats (include/jixiao/actuals_io.hpp): CSV and JSON rows, and their errors.

#include "ops_fixtures.hpp"

#include <jixiao/actuals_io.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace ops_test;
using namespace jixiao::literals;

namespace {

const std::string header = "project_code,indicator,as_of,executed,actual,reason\n";

std::string error_of(std::string_view csv) {
  try {
    actuals_from_csv(csv);
  } catch (const ParseError& e) {
    return e.what();
  }
  return "no error";
}

std::string json_error_of(std::string_view json) {
  try {
    actuals_from_json(json);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("CSV: project rows, indicator rows, RFC 4180 quoting, BOM, CRLF") {
  const Actuals a = actuals_from_csv(
      "\xEF\xBB\xBF" + header +
      "P1,,2025-06-30,7.20,,\r\n"
      "P1,活动次数,2025-06-30,,4次,\"下半年集中开展, 见\"\"计划\"\"\n第二行\"\r\n"
      "\r\n"
      "P1,受益人数,2025-12-31,,1.5万人,\n");
  REQUIRE(a.projects.size() == 1);
  CHECK(a.projects[0].executed->wan() == 7.2_dec);
  CHECK(a.projects[0].line == 2);
  REQUIRE(a.indicators.size() == 2);
  CHECK(a.indicators[0].reason == "下半年集中开展, 见\"计划\"\n第二行");
  CHECK(a.indicators[0].value.as_comparison().value.value == 4);
  CHECK(a.indicators[1].line == 6);
  CHECK(a.indicators[1].value.as_comparison().value.normalized().value == 15000);
}

TEST_CASE("CSV: a lone CR ends a line inside quotes as outside them") {
  const Actuals a = actuals_from_csv(header + "P1,活动次数,2025-06-30,,4次,\"一\r二\r\n三\"\rP1,受益人数,2025-12-31,,5人,\r");
  REQUIRE(a.indicators.size() == 2);
  CHECK(a.indicators[0].line == 2);
  CHECK(a.indicators[0].reason == "一\n二\n三");
  CHECK(a.indicators[1].line == 5);
}

TEST_CASE("CSV error paths name the line and column") {
  CHECK(error_of("") == "the actuals CSV has no header row");
  CHECK(error_of("project_code,indicator,wat\n").find("unknown column \"wat\"") != std::string::npos);
  CHECK(error_of("project_code,indicator\n").find("needs the columns project_code and as_of") != std::string::npos);
  CHECK(error_of("project_code,as_of,as_of\n").find("appears twice") != std::string::npos);
  CHECK(error_of(header + "P1,,2025-06-30,7\n") == "line 2: 4 fields, the header has 6");
  CHECK(error_of(header + "P1,,2025-13-01,7,,\n").find("line 2, column 5 (as_of)") != std::string::npos);
  CHECK(error_of(header + "P1,,2025-06-30,七万,,\n").find("line 2, column 16 (executed)") != std::string::npos);
  CHECK(error_of(header + "P1,a,2025-06-30,,,\n").find("(actual): an indicator row needs") != std::string::npos);
  CHECK(error_of(header + "P1,a,2025-06-30,3,4次,\n").find("(executed): applies to project rows") !=
        std::string::npos);
  CHECK(error_of(header + "P1,,2025-06-30,3,4次,\n").find("(actual): applies to indicator rows") !=
        std::string::npos);
  CHECK(error_of(header + "P1,a,2025-06-30,,\"4次,\n") ==
        "line 2: the quoted field opened at column 18 is not closed");
  CHECK(error_of(header + "P1,a,2025-06-30,,\"4次\"x,\n") == "line 2, column 22: text after the closing quote of a field");
  CHECK(error_of("project_code,indicator,as_of,actual,likelihood\nP1,a,2025-06-30,4次,也许\n")
            .find("expected one of 确定能 / 有可能 / 完全不可能") != std::string::npos);
  CHECK(error_of("project_code,indicator,as_of,actual,grade_percent\nP1,a,2025-06-30,4次,90\n")
            .find("applies to a grade") != std::string::npos);
}

TEST_CASE("JSON: the same members, with member paths in errors") {
  const Actuals a = actuals_from_json(R"({"format":"jixiao.actuals","version":1,
    "projects":[{"project_code":"P1","as_of":"2025-12-31","executed":"16.10","reported_score":"9.5"}],
    "indicators":[{"project_code":"P1","indicator":"提升","as_of":"2025-12-31","actual":"达成年度指标",
                   "grade_percent":"90","likelihood":"确定能","cause":"人员"}]})");
  CHECK(a.projects[0].reported_score == 9.5_dec);
  CHECK(grade_of(a.indicators[0].value) == Grade::达成);
  CHECK(*a.indicators[0].cause == DeviationCause::人员);
  CHECK(json_error_of(R"({"projects":[{"project_code":"P1","as_of":"2025-12-31","executed":16.1}]})") ==
        "projects[0].executed: expected a string, found a number");
  CHECK(json_error_of(R"({"indicators":[{"project_code":"P1","indicator":"a","as_of":"bad","actual":"1次"}]})")
            .starts_with("indicators[0].as_of: expected an ISO date"));
  CHECK(json_error_of(R"({"projects":[{"project_code":"P1","as_of":"2025-12-31","indicator":"a"}]})")
            .starts_with("projects[0].indicator: a project's spending has no indicator"));
  CHECK(json_error_of(R"({"format":"jixiao.document"})") ==
        "format: expected \"jixiao.actuals\", found \"jixiao.document\"");
  CHECK(json_error_of(R"({"projets":[]})") == "projets: not a member of the schema");
  CHECK(json_error_of("{\"projects\": [}").starts_with("malformed actuals JSON at line 1"));
}

