#pragma once
// A deterministic generator of documents in the published text format (docs/format.md), for
// benchmarks. The same options give the same bytes on every platform: the generator draws from
// its own splitmix64 stream, not from <random>'s distributions, whose results the standard leaves
// to each library.
//
// A document has a title, contents listing every table, a department part and `projects` project
// tables spread over several units, with the quirks PDF extraction leaves: blanks inside CJK words,
// the 一级 cell merged downwards, page breaks repeating the table header, a cell split over a page
// break, extra empty columns at the end of rows.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao::bench {

struct CorpusOptions {
  std::size_t projects = 100;
  std::uint64_t seed = 1;
  int year = 2025;
  std::size_t projects_per_unit = 8;  // a new unit line every so many tables
};

// The document as UTF-8.
std::string generate_document(const CorpusOptions& options);

// `utf8` in GBK (as many provinces publish), converted with iconv. Throws std::runtime_error if
// a character has no GBK form (the generator only uses characters that have one).
std::string to_gbk(std::string_view utf8);

}  // namespace jixiao::bench
