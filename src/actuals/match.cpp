// match() of include/jixiao/match.hpp, and the figures that apply at a date (src/actuals/match.hpp).

#include "match.hpp"

#include "names.hpp"

#include <jixiao/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

namespace jixiao {
namespace {

using detail::compact_hash;
using detail::same_compacted;

// A hash and the index of what was hashed.
using Hashed = std::pair<std::uint64_t, std::size_t>;

// Orders pairs, and a pair against a hash, by hash alone: which of two equal hashes comes first
// does not matter, and comparing the pairs whole was a third of the cost of sorting them.
struct ByHash {
  bool operator()(const Hashed& a, const Hashed& b) const noexcept { return a.first < b.first; }
  bool operator()(const Hashed& a, std::uint64_t h) const noexcept { return a.first < h; }
  bool operator()(std::uint64_t h, const Hashed& b) const noexcept { return h < b.first; }
};

// For (hash, index) pairs sorted by hash: alone[index] says no other pair has its hash.
template <class Pairs, class Flags>
void mark_alone(Pairs begin, Pairs end, Flags alone) {
  for (auto it = begin; it != end; ++it)
    alone[static_cast<std::ptrdiff_t>(it->second)] =
        (it == begin || (it - 1)->first != it->first) && (it + 1 == end || (it + 1)->first != it->first);
}

std::string where(std::size_t line) { return line ? fmt::format("line {}", line) : std::string("JSON"); }

Diagnostic problem(std::size_t line, DiagnosticCode code, std::string reason) {
  return Diagnostic{line, 0, Severity::error, code, std::move(reason)};
}

constexpr std::size_t nowhere = std::numeric_limits<std::size_t>::max();

// For rows placed at `place_of(k)` (nowhere: unmatched) with dates `date_of(k)`: whether row k
// gives a place and date an earlier row gave; empty when no place has two rows (a figure per
// indicator, the usual file), which needs neither the sort nor the flags.
template <class PlaceOf, class DateOf>
std::vector<char> repeated(std::size_t rows, std::size_t places, PlaceOf place_of, DateOf date_of) {
  std::vector<std::size_t> count(places);
  bool any_shared = false;
  for (std::size_t k = 0; k < rows; ++k)
    if (const std::size_t place = place_of(k); place != nowhere) any_shared = ++count[place] > 1 || any_shared;
  if (!any_shared) return {};
  std::vector<std::size_t> shared;
  for (std::size_t k = 0; k < rows; ++k)
    if (const std::size_t place = place_of(k); place != nowhere && count[place] > 1) shared.push_back(k);
  const auto same = [&](std::size_t a, std::size_t b) { return place_of(a) == place_of(b) && date_of(a) == date_of(b); };
  std::sort(shared.begin(), shared.end(), [&](std::size_t a, std::size_t b) {
    if (place_of(a) != place_of(b)) return place_of(a) < place_of(b);
    if (date_of(a) != date_of(b)) return date_of(a) < date_of(b);
    return a < b;
  });
  std::vector<char> out(rows);
  for (std::size_t i = 1; i < shared.size(); ++i) out[shared[i]] = same(shared[i], shared[i - 1]);
  return out;
}

// Where each project's indicators start in a flat numbering of all of them; the last is the count.
std::vector<std::size_t> indicator_starts(const Document& document) {
  std::vector<std::size_t> first(document.projects.size() + 1);
  for (std::size_t p = 0; p < document.projects.size(); ++p)
    first[p + 1] = first[p] + document.projects[p].indicators.size();
  return first;
}

}  // namespace

Matched match(const Document& document, const Actuals& actuals) {
  Matched out;
  out.projects.resize(actuals.projects.size());
  out.indicators.resize(actuals.indicators.size());
  const std::size_t project_count = document.projects.size();
  const std::vector<std::size_t> first = indicator_starts(document);
  // One diagnostic per row left unmatched, in the order of the rows; the duplicates join them below.
  std::vector<Diagnostic> unmatched;

  // Projects by the hash of their compacted code, sorted, built once: matching stays linear in
  // documents of any size, and a code is compacted by neither the index nor its lookups.
  std::vector<Hashed> codes(project_count);
  for (std::size_t p = 0; p < project_count; ++p) codes[p] = {compact_hash(document.projects[p].code), p};
  std::sort(codes.begin(), codes.end(), ByHash{});
  std::vector<char> unique_code(project_count);  // no other code of the document has its hash
  mark_alone(codes.begin(), codes.end(), unique_code.begin());
  // Actuals come project by project, in the document's order: a code equal to the previous one,
  // found, is not looked up again, and the project after it, named exactly and alone with its
  // hash, is the one the search would find.
  const std::string* last_code = nullptr;
  std::optional<std::size_t> last_project;
  std::size_t after_last = 0;
  std::vector<std::size_t> found_projects;
  const auto one_project = [&](const std::string& code, std::size_t line) -> std::optional<std::size_t> {
    if (last_code && *last_code == code && last_project) return last_project;
    last_code = &code;
    last_project = std::nullopt;
    found_projects.clear();
    if (!code.empty() && after_last < project_count && unique_code[after_last] &&
        document.projects[after_last].code == code) {
      found_projects.push_back(after_last);
    } else if (!code.empty()) {
      for (auto [it, end] = std::equal_range(codes.begin(), codes.end(), compact_hash(code), ByHash{}); it != end; ++it)
        if (same_compacted(document.projects[it->second].code, code)) found_projects.push_back(it->second);
    }
    if (found_projects.empty())
      unmatched.push_back(problem(line, DiagnosticCode::actual_unknown_project,
                                  fmt::format("{}: no project of the document has the code {}", where(line), code)));
    else if (found_projects.size() > 1)
      unmatched.push_back(problem(line, DiagnosticCode::actual_ambiguous,
                                  fmt::format("{}: {} projects of the document have the code {}", where(line),
                                              found_projects.size(), code)));
    else
      last_project = found_projects.front();
    if (last_project) after_last = *last_project + 1;
    return last_project;
  };

  // Each project's indicators by the hash of their compacted name, sorted: an actual finds its
  // indicator by binary search instead of compacting every name of its project again.
  std::vector<Hashed> names(first.back());
  std::vector<char> alone(first.back());  // no other name of its project has its hash
  for (std::size_t p = 0; p < project_count; ++p) {
    const auto& indicators = document.projects[p].indicators;
    const auto begin = names.begin() + static_cast<std::ptrdiff_t>(first[p]);
    for (std::size_t i = 0; i < indicators.size(); ++i)
      begin[static_cast<std::ptrdiff_t>(i)] = {compact_hash(indicators[i].name), i};
    const auto end = begin + static_cast<std::ptrdiff_t>(indicators.size());
    std::sort(begin, end, ByHash{});
    mark_alone(begin, end, alone.begin() + static_cast<std::ptrdiff_t>(first[p]));
  }

  for (std::size_t k = 0; k < actuals.projects.size(); ++k)
    out.projects[k] = one_project(actuals.projects[k].project_code, actuals.projects[k].line);

  std::vector<std::size_t> found;
  // Actuals mostly follow the table's order: an actual named exactly as the indicator after the
  // last one matched has that indicator's hash, and when no other name of the project has that
  // hash, the search would find that indicator alone.
  std::size_t next = 0;  // a flat index: project p's indicators are [first[p], first[p + 1])
  for (std::size_t k = 0; k < actuals.indicators.size(); ++k) {
    const IndicatorActual& a = actuals.indicators[k];
    const auto p = one_project(a.project_code, a.line);
    if (!p) continue;
    const Project& project = document.projects[*p];
    const auto level2_fits = [&](const Indicator& ind) {
      return a.level2.empty() || same_compacted(ind.level2_text, a.level2) ||
             same_compacted(enum_name(ind.level2), a.level2);
    };
    found.clear();
    const bool in_order =
        next >= first[*p] && next < first[*p + 1] && project.indicators[next - first[*p]].name == a.indicator;
    if (in_order && alone[next]) {
      if (level2_fits(project.indicators[next - first[*p]])) found.push_back(next - first[*p]);
    } else {
      const auto begin = names.begin() + static_cast<std::ptrdiff_t>(first[*p]);
      const auto end = names.begin() + static_cast<std::ptrdiff_t>(first[*p + 1]);
      for (auto [it, last] = std::equal_range(begin, end, compact_hash(a.indicator), ByHash{}); it != last; ++it) {
        const Indicator& ind = project.indicators[it->second];
        if (same_compacted(ind.name, a.indicator) && level2_fits(ind)) found.push_back(it->second);
      }
    }
    if (found.empty()) {
      unmatched.push_back(problem(
          a.line, DiagnosticCode::actual_unknown_indicator,
          fmt::format("{}: project {} has no indicator named {}{}", where(a.line), a.project_code, a.indicator,
                      a.level2.empty() ? std::string() : fmt::format(" under {}", a.level2))));
      continue;
    }
    if (found.size() > 1) {
      unmatched.push_back(problem(
          a.line, DiagnosticCode::actual_ambiguous,
          fmt::format("{}: project {} has {} indicators named {}; add the level2 column to tell them apart",
                      where(a.line), a.project_code, found.size(), a.indicator)));
      continue;
    }
    next = first[*p] + found.front() + 1;
    out.indicators[k] = IndicatorPlace{*p, found.front()};
  }

  // A figure its place has for that date already: the first is used (by the figures at a date).
  const std::vector<char> repeated_spending = repeated(
      actuals.projects.size(), project_count, [&](std::size_t k) { return out.projects[k].value_or(nowhere); },
      [&](std::size_t k) -> const Date& { return actuals.projects[k].as_of; });
  const std::vector<char> repeated_values = repeated(
      actuals.indicators.size(), first.back(),
      [&](std::size_t k) {
        const auto& place = out.indicators[k];
        return place ? first[place->project] + place->indicator : nowhere;
      },
      [&](std::size_t k) -> const Date& { return actuals.indicators[k].as_of; });
  if (unmatched.empty() && repeated_spending.empty() && repeated_values.empty()) return out;
  auto next_unmatched = unmatched.begin();
  for (std::size_t k = 0; k < actuals.projects.size(); ++k) {
    const ProjectActual& a = actuals.projects[k];
    if (!out.projects[k])
      out.diagnostics.push_back(std::move(*next_unmatched++));
    else if (!repeated_spending.empty() && repeated_spending[k])
      out.diagnostics.push_back(problem(a.line, DiagnosticCode::actual_duplicate,
                                        fmt::format("{}: the spending of {} on {} is given twice; the first is used",
                                                    where(a.line), a.project_code, a.as_of.to_string())));
  }
  for (std::size_t k = 0; k < actuals.indicators.size(); ++k) {
    const IndicatorActual& a = actuals.indicators[k];
    if (!out.indicators[k])
      out.diagnostics.push_back(std::move(*next_unmatched++));
    else if (!repeated_values.empty() && repeated_values[k])
      out.diagnostics.push_back(problem(
          a.line, DiagnosticCode::actual_duplicate,
          fmt::format("{}: the value of {} / {} on {} is given twice; the first is used", where(a.line),
                      a.project_code, a.indicator, a.as_of.to_string())));
  }
  return out;
}

namespace detail {

ActualsIndex::ActualsIndex(const Document& document)
    : projects_(document.projects.size(), nullptr), first_(indicator_starts(document)),
      indicators_(first_.back(), nullptr) {}

ActualsIndex::ActualsIndex(const Document& document, const Actuals& actuals, const Matched& matched,
                           std::optional<Date> as_of)
    : ActualsIndex(document) {
  if (matched.projects.size() != actuals.projects.size() || matched.indicators.size() != actuals.indicators.size())
    throw Error(fmt::format("the match places {} spending and {} value rows, the actuals have {} and {}: match "
                            "these actuals again",
                            matched.projects.size(), matched.indicators.size(), actuals.projects.size(),
                            actuals.indicators.size()));
  const auto applies = [&](const Date& d) { return !as_of || d <= *as_of; };
  // The latest applicable figures win; of two for one date, the first (match() reports the other).
  for (std::size_t k = 0; k < actuals.projects.size(); ++k) {
    const std::optional<std::size_t>& p = matched.projects[k];
    const ProjectActual& a = actuals.projects[k];
    if (!p || !applies(a.as_of)) continue;
    if (*p >= projects_.size())
      throw Error(fmt::format("the match places spending row {} in project {}; the document has {}", k, *p,
                              projects_.size()));
    const ProjectActual*& slot = projects_[*p];
    if (!slot || slot->as_of < a.as_of) slot = &a;
  }
  for (std::size_t k = 0; k < actuals.indicators.size(); ++k) {
    const std::optional<IndicatorPlace>& place = matched.indicators[k];
    const IndicatorActual& a = actuals.indicators[k];
    if (!place || !applies(a.as_of)) continue;
    if (place->project >= projects_.size() ||
        place->indicator >= first_[place->project + 1] - first_[place->project])
      throw Error(fmt::format("the match places value row {} in indicator {} of project {}, which the document "
                              "does not have",
                              k, place->indicator, place->project));
    const IndicatorActual*& slot = indicators_[first_[place->project] + place->indicator];
    if (!slot || slot->as_of < a.as_of) slot = &a;
  }
}

bool ActualsIndex::reported(std::size_t p) const noexcept {
  if (projects_[p]) return true;
  for (std::size_t k = first_[p]; k < first_[p + 1]; ++k)
    if (indicators_[k]) return true;
  return false;
}

}  // namespace detail

MatchedActuals match_actuals(const Document& document, const Actuals& actuals, const Matched& matched,
                             std::optional<Date> as_of) {
  const detail::ActualsIndex index(document, actuals, matched, as_of);
  MatchedActuals out;
  out.projects.resize(document.projects.size());
  out.indicators.resize(document.projects.size());
  for (std::size_t p = 0; p < document.projects.size(); ++p) {
    if (const ProjectActual* a = index.project(p)) out.projects[p] = *a;
    out.indicators[p].resize(document.projects[p].indicators.size());
    for (std::size_t i = 0; i < out.indicators[p].size(); ++i)
      if (const IndicatorActual* a = index.indicator(p, i)) out.indicators[p][i] = *a;
  }
  out.diagnostics = matched.diagnostics;
  return out;
}

MatchedActuals match_actuals(const Document& document, const Actuals& actuals, std::optional<Date> as_of) {
  return match_actuals(document, actuals, match(document, actuals), as_of);
}

}  // namespace jixiao
