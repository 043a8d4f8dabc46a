// Bad input beyond the corpus of read_bad_input_test.cpp: truncation, tables without parts, the
// cell limit, and the sample cut and mutated at random. The reader answers with diagnostics (or,
// for unreadable bytes, EncodingError) and never crashes or drops a project silently.

#include "read_fixtures.hpp"

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>

using namespace jixiao;
using namespace read_fixtures;

namespace {

std::string sample_bytes() {
  std::ifstream in(std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2025-targets.txt",
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t count(std::string_view text, std::string_view part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// What holds for any input the reader accepts.
void check_invariants(const ReadResult& result) {
  CHECK(std::is_sorted(result.diagnostics.begin(), result.diagnostics.end(),
                       [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; }));
  for (const Diagnostic& d : result.diagnostics) {
    CHECK_FALSE(d.reason.empty());
  }
  for (const Project& project : result.document.projects) {
    CHECK(project.line > 0);
    for (const Indicator& indicator : project.indicators) CHECK(indicator.line >= project.line);
  }
}

}  // namespace

TEST_CASE("text without any table is an error") {
  const ReadResult result = read_document("这不是预算文本。\n只是两行文字。\n");
  CHECK(result.document.projects.empty());
  CHECK(find(result, DiagnosticCode::tables_missing));
  CHECK(find(result, DiagnosticCode::line_skipped));
  CHECK(result.has_errors());
}

TEST_CASE("a document truncated inside a table keeps the project and says what is missing") {
  const std::string text = tsv(std::string(title) + std::string(table));
  SUBCASE("cut after the header row: no indicators") {
    const ReadResult result = read_document(text.substr(0, text.find("产出指标\t数量指标")));
    REQUIRE(result.document.projects.size() == 1);
    CHECK(result.document.projects[0].code == "13070025P00000110001A");
    const Diagnostic* incomplete = find(result, DiagnosticCode::table_incomplete);
    REQUIRE(incomplete);
    CHECK(incomplete->severity == Severity::error);
    CHECK(incomplete->line == 3);
  }
  SUBCASE("cut in the middle of a row") {
    const ReadResult result = read_document(text.substr(0, text.find("≥90%")));
    REQUIRE(result.document.projects.size() == 1);
    const auto& indicators = result.document.projects[0].indicators;
    REQUIRE(indicators.size() == 4);
    CHECK(indicators[3].target.raw.empty());
    CHECK(find(result, DiagnosticCode::indicator_incomplete));
  }
  SUBCASE("cut right after the title") {
    const ReadResult result = read_document(text.substr(0, text.find("101001")));
    REQUIRE(result.document.projects.size() == 1);
    CHECK(result.document.projects[0].title == "2025 某某项目绩效目标表");
    CHECK(result.has_errors());
  }
}

TEST_CASE("every prefix of the sample reads, with a project for every table begun") {
  const std::string bytes = sample_bytes();
  for (std::size_t end = 0; end <= bytes.size(); end += 397) {
    const std::string_view prefix = std::string_view(bytes).substr(0, end);
    CAPTURE(end);
    const ReadResult result = read_document(prefix);
    check_invariants(result);
    CHECK(result.document.projects.size() >= count(prefix, "项目编码\t"));
  }
}

TEST_CASE("the sample mutated at random never crashes the reader") {
  const std::string bytes = sample_bytes();
  std::mt19937 random(20250101);
  for (int round = 0; round < 60; ++round) {
    std::string text = bytes;
    for (int edit = 0; edit < 20; ++edit) {
      const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
      switch (random() % 5) {
        case 0: text.erase(at, 1); break;                                             // may cut a character
        case 1: text.insert(at, 1, '\t'); break;                                      // shifts columns
        case 2: text.insert(at, 1, '\n'); break;                                      // splits a row
        case 3: text.erase(at, std::min<std::size_t>(200, text.size() - at)); break;  // drops rows
        case 4: text[at] = static_cast<char>(random()); break;
      }
    }
    CAPTURE(round);
    try {
      check_invariants(read_document(text));
    } catch (const EncodingError&) {
      // Acceptable: damage so dense that the bytes are no longer text.
    }
  }
}

TEST_CASE("a cell over max_cell_size is cut at the limit, at a character boundary") {
  const std::string text = tsv(std::string(title) + std::string(table));
  ReadOptions small_cell;
  small_cell.max_cell_size = 16;
  const ReadResult result = read_document(text, small_cell);
  const Diagnostic* cut = find(result, DiagnosticCode::cell_too_long);
  REQUIRE(cut);
  CHECK(cut->line == 9);
  CHECK(result.document.projects.at(0).code == "13070025P0000011");
}

TEST_CASE("a file that cannot be opened throws Error") {
  CHECK_THROWS_AS(read_document(std::filesystem::path("/nonexistent/targets.txt")), Error);
}

TEST_CASE("rows with unknown labels are named cell by cell") {
  const ReadResult result = read(replaced(table, "绩效目标|", "备注说明|随便写的|\n绩效目标|"));
  std::size_t unplaced = 0;
  for (const Diagnostic& d : result.diagnostics) unplaced += d.code == DiagnosticCode::cell_unplaced && d.line == 14;
  CHECK(unplaced == 2);
  CHECK(result.document.projects.at(0).indicators.size() == 4);
}
