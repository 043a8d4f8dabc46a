// compare() and its review on documents read from arbitrary bytes (a text with several years'
// tables compares its years; the document also compares with itself). Properties:
// - compare and review(comparison) never throw on content, nor names_of on their findings;
// - every reference is a valid index naming the project or indicator it says, each project is on
//   at most one side of one pair per side, and each side's projects are paired or listed unpaired;
// - a pair's kept, added and removed indicators account for both tables, each row once;
// - a document compared with itself pairs each project with itself when its code is unique, and
//   then no target is raised or lowered: a target does not move against itself;
// - the comparison's JSON parses.

#include "check.hpp"

#include <jixiao/compare.hpp>
#include <jixiao/json.hpp>
#include <jixiao/read.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace jixiao;

void check_ref(const ProjectRef& ref, const Document& d) {
  JIXIAO_FUZZ_CHECK(ref.index < d.projects.size(), fmt::format("project {} of {}", ref.index, d.projects.size()));
  const Project& p = d.projects[ref.index];
  JIXIAO_FUZZ_CHECK(ref.code == p.code && ref.name == p.name && ref.line == p.line,
                    fmt::format("project {} referred to as {} / {}", ref.index, ref.code, ref.name));
}

// Each row of `project` is named once among `rows`, by its own name.
void check_rows(const std::vector<const IndicatorRef*>& rows, const Project& project, const char* side) {
  std::set<std::size_t> seen;
  for (const IndicatorRef* r : rows) {
    JIXIAO_FUZZ_CHECK(r->index < project.indicators.size(), fmt::format("{} indicator {}", side, r->index));
    JIXIAO_FUZZ_CHECK(r->name == project.indicators[r->index].name, fmt::format("{} indicator {}", side, r->index));
    JIXIAO_FUZZ_CHECK(seen.insert(r->index).second, fmt::format("{} indicator {} twice", side, r->index));
  }
  JIXIAO_FUZZ_CHECK(seen.size() == project.indicators.size(),
                    fmt::format("{}: {} of {} indicators accounted for", side, seen.size(), project.indicators.size()));
}

void check_comparison(const YearOverYear& c, const Document& old_document, const Document& new_document) {
  std::set<std::size_t> olds;
  std::set<std::size_t> news;
  for (const ProjectPair& p : c.pairs) {
    check_ref(p.old_project, old_document);
    check_ref(p.new_project, new_document);
    JIXIAO_FUZZ_CHECK(olds.insert(p.old_project.index).second, "a project has two successors");
    JIXIAO_FUZZ_CHECK(news.insert(p.new_project.index).second, "a project has two predecessors");
    std::vector<const IndicatorRef*> old_rows;
    std::vector<const IndicatorRef*> new_rows;
    for (const IndicatorChange& i : p.indicators) {
      old_rows.push_back(&i.old_indicator);
      new_rows.push_back(&i.new_indicator);
    }
    for (const IndicatorRef& i : p.removed) old_rows.push_back(&i);
    for (const IndicatorRef& i : p.added) new_rows.push_back(&i);
    check_rows(old_rows, old_document.projects[p.old_project.index], "old");
    check_rows(new_rows, new_document.projects[p.new_project.index], "new");
  }
  for (const ProjectRef& r : c.ended_projects) check_ref(r, old_document);
  for (const ProjectRef& r : c.new_projects) check_ref(r, new_document);
  if (!c.single_document) {
    JIXIAO_FUZZ_CHECK(c.pairs.size() + c.ended_projects.size() == old_document.projects.size(),
                      "an old project is neither paired nor ended");
    JIXIAO_FUZZ_CHECK(c.pairs.size() + c.new_projects.size() == new_document.projects.size(),
                      "a new project is neither paired nor new");
  }
  const std::string json = to_json(c);
  fuzz::never_throws([&] { parse_json(json); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ReadResult result;
  if (!fuzz::refused_or_done([&] { result = read_document(fuzz::as_text(data, size)); })) return 0;
  const Document& d = result.document;
  YearOverYear years;
  YearOverYear itself;
  fuzz::never_throws([&] {
    years = compare(d);
    itself = compare(d, d);
    // Every finding's indices name something in the documents it was made of.
    for (const YearOverYear* c : {&years, &itself})
      for (const Finding& f : review(*c, d, d)) names_of(d, f, &d);
  });
  check_comparison(years, d, d);
  check_comparison(itself, d, d);

  std::map<std::string, std::size_t> codes;
  for (const Project& p : d.projects) ++codes[p.code.str()];
  for (const ProjectPair& p : itself.pairs) {
    if (p.old_project.code.empty() || codes[p.old_project.code] != 1) continue;
    JIXIAO_FUZZ_CHECK(p.old_project.index == p.new_project.index, "a project with a unique code paired with another");
    for (const IndicatorChange& i : p.indicators) {
      if (i.old_indicator.index != i.new_indicator.index) continue;
      JIXIAO_FUZZ_CHECK(i.target.move == TargetMove::unchanged || i.target.move == TargetMove::not_comparable,
                        fmt::format("“{}” moved against itself: {}", i.new_indicator.target, i.target.reason));
    }
  }
  return 0;
}
