// The document reader on arbitrary bytes (encoding detected: UTF-8 with or without BOM, else
// GB18030). Properties:
// - it never throws anything but jixiao::Error (only for input that stops reading altogether);
// - every diagnostic and every model element points at a line of the input;
// - the result survives JSON: to_json → read_result_from_json gives an equal document and equal
//   diagnostics, and writing that again gives the same bytes;
// - text without TABs or pipes — plain lines, tables in aligned columns or one cell per line, whose
//   rows the text front end rebuilds — reads to the same document through read_grid: the rebuilt
//   rows go through the one reader either way.

#include "check.hpp"

#include <jixiao/json.hpp>
#include <jixiao/read.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>

namespace {

// Lines as the reader counts them: LF, CRLF and a lone CR each end one.
std::size_t line_count(std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

void check_lines(const jixiao::ReadResult& result, std::size_t lines) {
  const auto within = [&](std::size_t line, const char* what) {
    JIXIAO_FUZZ_CHECK(line <= lines, fmt::format("{} at line {}, the input has {} lines", what, line, lines));
  };
  for (const auto& d : result.diagnostics) within(d.line, "a diagnostic");
  const auto& document = result.document;
  for (const auto& item : document.goals.items) within(item.line, "a goal item");
  for (const auto& entry : document.contents) within(entry.line, "a contents entry");
  const auto check_project = [&](const jixiao::Project& project) {
    within(project.line, "a project");
    for (const auto& indicator : project.indicators) within(indicator.line, "an indicator");
    for (const auto& indicator : project.medium_term_indicators) within(indicator.line, "an indicator of the period");
    for (const auto& points : project.level1_points) within(points.line, "一级 points");
    for (const auto& field : project.fields) within(field.line, "a field of the form");
    for (const auto& milestone : project.spending_plan.milestones) within(milestone.line, "a milestone");
    if (!project.self_evaluation) return;
    within(project.self_evaluation->line, "a 总分 row");
    for (const auto& funds : project.self_evaluation->funds) within(funds.line, "a funds row");
    // One result per indicator, each naming its own.
    const auto& results = project.self_evaluation->indicators;
    JIXIAO_FUZZ_CHECK(results.empty() || results.size() == project.indicators.size(),
                      fmt::format("{} results for {} indicators", results.size(), project.indicators.size()));
    for (std::size_t i = 0; i < results.size(); ++i)
      JIXIAO_FUZZ_CHECK(results[i].indicator == i, fmt::format("result {} names indicator {}", i, results[i].indicator));
  };
  for (const auto& project : document.projects) check_project(project);
  for (const auto& table : document.goals.tables) {
    check_project(table.common);
    for (const auto& share : table.income) within(share.line, "a part of 收入构成");
    for (const auto& share : table.spending) within(share.line, "a part of 支出构成");
    for (const auto& duty : table.duties) within(duty.line, "a 履职目标 row");
  }
}

void check_json_round_trip(const jixiao::ReadResult& result) {
  const std::string json = jixiao::to_json(result);
  jixiao::ReadResult back;
  // JSON written by to_json must always read back: a refusal here is a finding, not bad input.
  jixiao::fuzz::never_throws([&] { back = jixiao::read_result_from_json(json); });
  JIXIAO_FUZZ_CHECK(back.document == result.document, "the document changed through JSON:\n" + json);
  JIXIAO_FUZZ_CHECK(back.diagnostics == result.diagnostics, "the diagnostics changed through JSON:\n" + json);
  JIXIAO_FUZZ_CHECK(back.encoding == result.encoding, "the source encoding changed through JSON:\n" + json);
  const std::string again = jixiao::to_json(back);
  JIXIAO_FUZZ_CHECK(again == json, "JSON written twice differs:\n" + json + "\n" + again);
  JIXIAO_FUZZ_CHECK(jixiao::to_json(back.document) == jixiao::to_json(result.document),
                    "the document's own JSON differs after a round trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  jixiao::ReadResult result;
  if (!jixiao::fuzz::refused_or_done([&] { result = jixiao::read_document(input); })) return 0;
  check_lines(result, line_count(input));
  check_json_round_trip(result);
  if (jixiao::detect_format(input) == jixiao::Format::text && input.find('\t') == std::string_view::npos &&
      input.find('|') == std::string_view::npos) {
    jixiao::Grid grid;
    // The input read above: only a limit could stop it now, and none did.
    jixiao::fuzz::never_throws([&] { grid = jixiao::read_grid(input); });
    JIXIAO_FUZZ_CHECK(jixiao::read_document(grid).document == result.document,
                      "the document read through read_grid differs from the one read from the text");
  }
  return 0;
}
