// The catalogue of diagnostic codes: every code once, named as JSON, the CLI and Python write it,
// and documented on the page it names.

#include <jixiao/diagnostic.hpp>
#include <jixiao/error.hpp>
#include <jixiao/json.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

using namespace jixiao;

namespace {

std::string doc_page(std::string_view page) {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR "/docs/") + std::string(page), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every code has one catalogue entry, in code order, named as the enumerator with hyphens") {
  std::size_t described = 0;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<DiagnosticCode>>([&](auto d) {
    CAPTURE(d.name);
    REQUIRE(static_cast<std::size_t>(d.value) == described);
    const DiagnosticInfo& info = diagnostic_info(d.value);
    CHECK(info.code == d.value);
    std::string hyphenated = d.name;
    std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
    CHECK(info.name == hyphenated);
    CHECK(!info.meaning.empty());
    ++described;
  });
  CHECK(diagnostic_catalogue().size() == described);
  std::set<std::string_view> names;
  for (const DiagnosticInfo& info : diagnostic_catalogue()) names.insert(info.name);
  CHECK(names.size() == described);
}

TEST_CASE("a code's name round-trips; a name no code has is none") {
  for (const DiagnosticInfo& info : diagnostic_catalogue()) {
    CAPTURE(info.name);
    CHECK(code_name(info.code) == info.name);
    CHECK(diagnostic_code_from_name(info.name) == info.code);
    CHECK(fmt::format("{}", info.code) == info.name);
  }
  CHECK_FALSE(diagnostic_code_from_name("cell_unplaced"));  // the enumerator is not the name
  CHECK_FALSE(diagnostic_code_from_name(""));
  CHECK_FALSE(diagnostic_code_from_name("cell-unplaced "));
}

TEST_CASE("every code is documented, as `name`, on the page its entry names") {
  for (const DiagnosticInfo& info : diagnostic_catalogue()) {
    CAPTURE(info.name);
    CAPTURE(info.page);
    const std::string page = doc_page(info.page);
    REQUIRE(!page.empty());
    CHECK(page.find(fmt::format("`{}`", info.name)) != std::string::npos);
  }
}

TEST_CASE("JSON writes and reads every code by its name, as before the enum") {
  ReadResult result;
  for (const DiagnosticInfo& info : diagnostic_catalogue())
    result.diagnostics.push_back(Diagnostic{1, 2, Severity::warning, info.code, "reason"});
  const std::string json = to_json(result);
  for (const DiagnosticInfo& info : diagnostic_catalogue())
    CHECK(json.find(fmt::format("\"code\":\"{}\"", info.name)) != std::string::npos);
  CHECK(read_result_from_json(json).diagnostics == result.diagnostics);

  const std::string old =
      R"({"format":"jixiao.document","version":1,"diagnostics":[{"line":12,"column":5,"severity":"error","code":"cell-unplaced","reason":"x"}]})";
  const ReadResult read = read_result_from_json(old);
  REQUIRE(read.diagnostics.size() == 1);
  CHECK(read.diagnostics[0].code == DiagnosticCode::cell_unplaced);

  const std::string unknown = R"({"diagnostics":[{"code":"cell-misplaced"}]})";
  CHECK_THROWS_WITH_AS(read_result_from_json(unknown),
                       R"(diagnostics[0].code: "cell-misplaced" is no diagnostic code)",
                       Error);
}
