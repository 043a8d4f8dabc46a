// Round trips, as properties: text → Document → JSON → Document gives an equal document, and
// writing it again gives the same bytes (so nothing operator== does not compare is lost either),
// for the sample, for generated documents (seeds × sizes, UTF-8 and GBK) and for generated
// documents damaged at random. The read results keep their diagnostics and encoding through JSON.

#include <corpus.hpp>
#include <jixiao/json.hpp>
#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

using namespace jixiao;

namespace {

// Diagnostics about the whole document stand at line 0; every other names a line of the input.
constexpr DiagnosticCode document_wide[] = {DiagnosticCode::encoding_fallback, DiagnosticCode::document_empty, DiagnosticCode::tables_missing,
                                              DiagnosticCode::title_missing,     DiagnosticCode::year_unknown,   DiagnosticCode::year_mismatch};

std::size_t line_count(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

void check_round_trip(const ReadResult& result, std::string_view text) {
  for (const Diagnostic& d : result.diagnostics) {
    CAPTURE(d.code);
    CAPTURE(d.reason);
    const bool wide = std::find(std::begin(document_wide), std::end(document_wide), d.code) != std::end(document_wide);
    CHECK((d.line == 0) == wide);
    CHECK(d.line <= line_count(text));
  }
  for (bool pretty : {false, true}) {
    CAPTURE(pretty);
    const std::string json = to_json(result.document, {.pretty = pretty});
    const Document back = document_from_json(json);
    CHECK(back == result.document);
    CHECK(to_json(back, {.pretty = pretty}) == json);

    const std::string full = to_json(result, {.pretty = pretty});
    const ReadResult again = read_result_from_json(full);
    CHECK(again.document == result.document);
    CHECK(again.diagnostics == result.diagnostics);
    CHECK(again.encoding == result.encoding);
    CHECK(to_json(again, {.pretty = pretty}) == full);
  }
}

// splitmix64, so that a seed names the same damage everywhere.
struct Random {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

}  // namespace

TEST_CASE("the sample: text → Document → JSON → Document is the identity") {
  const std::filesystem::path sample =
      std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2025-targets.txt";
  std::ifstream in(sample, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const ReadResult result = read_document(text);
  REQUIRE(result.document.projects.size() == 26);
  check_round_trip(result, text);
}

TEST_CASE("generated documents round-trip, UTF-8 and GBK, over seeds and sizes") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    for (std::size_t projects : {1, 3, 10, 30}) {
      CAPTURE(seed);
      CAPTURE(projects);
      const std::string text = bench::generate_document({.projects = projects, .seed = seed});
      const ReadResult utf8 = read_document(text);
      REQUIRE(utf8.document.projects.size() == projects);
      CHECK_FALSE(utf8.has_errors());
      check_round_trip(utf8, text);

      const std::string gbk = bench::to_gbk(text);
      const ReadResult decoded = read_document(gbk);
      CHECK(decoded.encoding == Encoding::gb18030);
      CHECK(decoded.document == utf8.document);
      check_round_trip(decoded, gbk);
    }
  }
}

TEST_CASE("generated documents damaged at random still round-trip") {
  Random random{20250601};
  for (int round = 0; round < 80; ++round) {
    CAPTURE(round);
    std::string text = bench::generate_document({.projects = 1 + random.below(6), .seed = random.next()});
    for (int edit = 0; edit < 15; ++edit) {
      const std::size_t at = random.below(text.size());
      switch (random.below(6)) {
        case 0: text.erase(at, 1); break;                                                // may cut a character
        case 1: text.insert(at, 1, '\t'); break;                                         // shifts columns
        case 2: text.insert(at, 1, '\n'); break;                                         // splits a row
        case 3: text.erase(at, std::min<std::size_t>(random.below(400), text.size() - at)); break;  // drops rows
        case 4: text.insert(at, "99999999999999999999999999.99"); break;                // absurd figures
        case 5: text.insert(at, "\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"); break;
      }
    }
    ReadResult result;
    try {
      result = read_document(text);
    } catch (const EncodingError&) {
      continue;  // damage so dense that the bytes are no longer text
    }
    check_round_trip(result, text);
  }
}
