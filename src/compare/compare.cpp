// compare(): projects paired across years, and each pair's budget, plan and indicators compared.

#include "names.hpp"

#include <jixiao/compare.hpp>
#include <jixiao/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace jixiao {
namespace {

using namespace compare_detail;

// A project as pairing reads it, worked out once.
struct Candidate {
  std::size_t index = 0;
  const Project* project = nullptr;
  ProjectYear year;
  std::u32string series;  // series_of(name).label
  std::u32string sorted;  // its code points sorted: common_code_points() bounds the similarity
  std::optional<std::string> code_series;
};

Candidate candidate_of(const Document& document, std::size_t index) {
  const Project& project = document.projects[index];
  Candidate c{index, &project, project_year(project, document.year), series_of(project.name).label, {},
              code_series(project.code)};
  c.sorted = c.series;
  std::sort(c.sorted.begin(), c.sorted.end());
  return c;
}

ProjectRef ref_of(const Candidate& c) {
  return ProjectRef{c.index, c.project->code.str(), c.project->name.str(), c.year.year, c.year.source, c.project->line};
}

bool same_unit(const Project& a, const Project& b) noexcept {
  return a.unit_code.empty() || b.unit_code.empty() || a.unit_code == b.unit_code;
}

struct Match {
  std::size_t old_k = 0;  // into the old candidates
  std::size_t new_k = 0;
  PairReason reason = PairReason::same_name;
  bool same_unit = true;
  Overlap names;
};

Confidence confidence_of(const Match& m) noexcept {
  switch (m.reason) {
    case PairReason::same_code:
    case PairReason::code_series: return Confidence::high;
    case PairReason::same_name: return m.same_unit ? Confidence::high : Confidence::medium;
    case PairReason::similar_name: return m.same_unit ? Confidence::medium : Confidence::low;
  }
  return Confidence::low;
}

// Pairs strongest first: by reason, then the same unit before another, then the more alike names,
// then document order, each taken while both projects are free. The reasons are taken in turn, so
// a pair of a weaker reason is looked for only between projects still free: equal codes and names
// are found through hash maps, and only the projects they leave are compared name by name.
class Pairing {
 public:
  Pairing(const std::vector<Candidate>& olds, const std::vector<Candidate>& news, const CompareOptions& options)
      : olds_(olds), news_(news), options_(options), old_taken_(olds.size()), new_taken_(news.size()) {}

  std::vector<Match> run() {
    by_key([](const Candidate& c) -> std::optional<std::string> {
      if (c.project->code.empty()) return std::nullopt;
      return c.project->code.str();
    }, PairReason::same_code, false);
    by_key([](const Candidate& c) { return c.code_series; }, PairReason::code_series, true);
    by_key([](const Candidate& c) -> std::optional<std::u32string> {
      if (c.series.empty()) return std::nullopt;
      return c.series;
    }, PairReason::same_name, false);
    similar();
    return std::move(taken_);
  }

 private:
  const std::vector<Candidate>& olds_;
  const std::vector<Candidate>& news_;
  const CompareOptions& options_;
  std::vector<bool> old_taken_;
  std::vector<bool> new_taken_;
  std::vector<Match> taken_;

  bool named(std::size_t i, std::size_t j) const { return !olds_[i].series.empty() && !news_[j].series.empty(); }

  Overlap names(std::size_t i, std::size_t j) const {
    if (!named(i, j)) return {};
    return overlap(olds_[i].series, news_[j].series, options_.max_similarity_code_points);
  }

  Match match(std::size_t i, std::size_t j, PairReason reason, Overlap likeness) const {
    return Match{i, j, reason, same_unit(*olds_[i].project, *news_[j].project), likeness};
  }

  void take(std::vector<Match>& possible) {
    std::stable_sort(possible.begin(), possible.end(), [](const Match& a, const Match& b) {
      if (a.same_unit != b.same_unit) return a.same_unit;
      if (more_alike(a.names, b.names)) return true;
      if (more_alike(b.names, a.names)) return false;
      return std::tie(a.old_k, a.new_k) < std::tie(b.old_k, b.new_k);
    });
    for (const Match& m : possible) {
      if (old_taken_[m.old_k] || new_taken_[m.new_k]) continue;
      old_taken_[m.old_k] = new_taken_[m.new_k] = true;
      taken_.push_back(m);
    }
  }

  // The free projects whose `key` is equal; with `similar_names`, only those whose names are alike.
  template <class Key>
  void by_key(Key key, PairReason reason, bool similar_names) {
    using K = typename std::invoke_result_t<Key, const Candidate&>::value_type;
    std::unordered_map<K, std::vector<std::size_t>> news;
    for (std::size_t j = 0; j < news_.size(); ++j)
      if (!new_taken_[j])
        if (std::optional<K> k = key(news_[j])) news[std::move(*k)].push_back(j);
    std::vector<Match> possible;
    for (std::size_t i = 0; i < olds_.size(); ++i) {
      if (old_taken_[i]) continue;
      const std::optional<K> k = key(olds_[i]);
      if (!k) continue;
      const auto found = news.find(*k);
      if (found == news.end()) continue;
      for (const std::size_t j : found->second) {
        const Overlap likeness = names(i, j);
        if (similar_names && (!named(i, j) || !at_least(likeness, options_.project_similarity))) continue;
        possible.push_back(match(i, j, reason, likeness));
      }
    }
    take(possible);
  }

  void similar() {
    std::vector<Match> possible;
    for (std::size_t i = 0; i < olds_.size(); ++i) {
      if (old_taken_[i]) continue;
      for (std::size_t j = 0; j < news_.size(); ++j) {
        if (new_taken_[j] || !named(i, j)) continue;
        const std::size_t total = olds_[i].series.size() + news_[j].series.size();
        if (!at_least(Overlap{2 * common_code_points(olds_[i].sorted, news_[j].sorted), total},
                      options_.project_similarity))
          continue;
        const Overlap likeness = names(i, j);
        if (at_least(likeness, options_.project_similarity))
          possible.push_back(match(i, j, PairReason::similar_name, likeness));
      }
    }
    take(possible);
  }
};

BudgetChange budget_change(const Budget& a, const Budget& b) {
  BudgetChange out{a.total, b.total, std::nullopt, std::nullopt};
  if (!a.total || !b.total) return out;
  out.change = *b.total - *a.total;
  if (!a.total->is_zero()) out.percent = percent_of(out.change->wan(), a.total->wan(), 2, Rounding::half_even);
  return out;
}

// The percent a plan with figures has spent by the end of `month`: 0 before its first milestone.
std::optional<Decimal> planned_by(const SpendingPlan& plan, int month) {
  const bool figures = std::any_of(plan.milestones.begin(), plan.milestones.end(),
                                   [](const Milestone& m) { return m.percent && m.month >= 1 && m.month <= 12; });
  if (!figures) return std::nullopt;
  return plan.planned_by(month).value_or(Decimal(0));
}

PlanChange plan_change(const SpendingPlan& a, const SpendingPlan& b) {
  std::set<int> months;
  for (const SpendingPlan* plan : {&a, &b})
    for (const Milestone& m : plan->milestones)
      if (m.month >= 1 && m.month <= 12) months.insert(m.month);
  PlanChange out;
  bool earlier = false;
  bool later = false;
  bool compared = false;
  for (const int month : months) {
    MilestoneChange m{month, planned_by(a, month), planned_by(b, month), std::nullopt};
    if (m.old_percent && m.new_percent) {
      m.change = *m.new_percent - *m.old_percent;
      compared = true;
      earlier = earlier || m.change->signum() > 0;
      later = later || m.change->signum() < 0;
    }
    out.milestones.push_back(std::move(m));
  }
  out.move = !compared          ? PlanMove::not_comparable
             : earlier && later ? PlanMove::mixed
             : earlier          ? PlanMove::earlier
             : later            ? PlanMove::later
                                : PlanMove::unchanged;
  return out;
}

IndicatorRef indicator_ref(const Project& project, std::size_t index) {
  const Indicator& i = project.indicators[index];
  return IndicatorRef{index, i.level1, i.level2, i.name.str(), i.target.raw.str(), i.line};
}

// Where an indicator stands in the tree: its 一级 and 二级, by their written labels when unknown.
std::u32string place_of(const Indicator& i) {
  std::u32string place{static_cast<char32_t>(i.level1), static_cast<char32_t>(i.level2)};
  if (i.level1 == Level1::其他) place += label_of(i.level1_text);
  place += U'|';
  if (i.level2 == Level2::其他) place += label_of(i.level2_text);
  return place;
}

struct Row {
  std::u32string place;
  std::u32string name;
  std::u32string description;
  bool taken = false;
};

std::vector<Row> rows_of(const Project& project) {
  std::vector<Row> rows;
  rows.reserve(project.indicators.size());
  for (const Indicator& i : project.indicators) rows.push_back({place_of(i), label_of(i.name), label_of(i.description)});
  return rows;
}

// Kept indicators: the same name at the same place, first with the same description too (two rows
// of one name, such as two 工作开展时间, keep their partners), then in table order. Renamed: a
// similar name and description together at the same place, the most alike first.
void compare_indicators(const Project& a, const Project& b, int years_apart, const CompareOptions& options,
                        ProjectPair& pair) {
  std::vector<Row> olds = rows_of(a);
  std::vector<Row> news = rows_of(b);
  struct Partner {
    std::size_t old_row = 0;
    Overlap likeness;
  };
  std::vector<std::optional<Partner>> partner(news.size());
  for (const bool same_description : {true, false})
    for (std::size_t j = 0; j < news.size(); ++j) {
      if (news[j].taken) continue;
      for (std::size_t i = 0; i < olds.size(); ++i) {
        if (olds[i].taken || olds[i].place != news[j].place || olds[i].name != news[j].name) continue;
        if (same_description && olds[i].description != news[j].description) continue;
        olds[i].taken = news[j].taken = true;
        partner[j] = Partner{i, Overlap{1, 1}};
        break;
      }
    }
  struct Rename {
    std::size_t i, j;
    Overlap likeness;
  };
  std::vector<Rename> renames;
  for (std::size_t i = 0; i < olds.size(); ++i)
    for (std::size_t j = 0; j < news.size(); ++j) {
      if (olds[i].taken || news[j].taken || olds[i].place != news[j].place || olds[i].name.empty() ||
          news[j].name.empty())
        continue;
      const Overlap likeness = overlap(olds[i].name + olds[i].description, news[j].name + news[j].description,
                                       options.max_similarity_code_points);
      if (at_least(likeness, options.indicator_similarity)) renames.push_back({i, j, likeness});
    }
  std::stable_sort(renames.begin(), renames.end(),
                   [](const Rename& x, const Rename& y) { return more_alike(x.likeness, y.likeness); });
  for (const Rename& r : renames) {
    if (olds[r.i].taken || news[r.j].taken) continue;
    olds[r.i].taken = news[r.j].taken = true;
    partner[r.j] = Partner{r.i, r.likeness};
  }
  for (std::size_t j = 0; j < news.size(); ++j) {
    if (!partner[j]) {
      pair.added.push_back(indicator_ref(b, j));
      continue;
    }
    const std::size_t i = partner[j]->old_row;
    IndicatorChange change{indicator_ref(a, i), indicator_ref(b, j),
                           olds[i].name == news[j].name ? IndicatorMatch::same_name : IndicatorMatch::renamed,
                           percent(partner[j]->likeness), compare_targets(a.indicators[i], b.indicators[j], years_apart)};
    switch (change.target.move) {
      case TargetMove::raised: ++pair.targets.raised; break;
      case TargetMove::lowered: ++pair.targets.lowered; break;
      case TargetMove::unchanged: ++pair.targets.unchanged; break;
      case TargetMove::not_comparable: ++pair.targets.not_comparable; break;
    }
    pair.indicators.push_back(std::move(change));
  }
  for (std::size_t i = 0; i < olds.size(); ++i)
    if (!olds[i].taken) pair.removed.push_back(indicator_ref(a, i));
}

ProjectPair pair_of(const Candidate& a, const Candidate& b, const Match& m, const CompareOptions& options) {
  ProjectPair pair;
  pair.old_project = ref_of(a);
  pair.new_project = ref_of(b);
  pair.reason = m.reason;
  pair.confidence = confidence_of(m);
  pair.name_similarity = percent(m.names);
  pair.budget = budget_change(a.project->budget, b.project->budget);
  pair.plan = plan_change(a.project->spending_plan, b.project->spending_plan);
  compare_indicators(*a.project, *b.project, b.year.year - a.year.year, options, pair);
  return pair;
}

// Pairs `olds` with `news` into `out`: the pairs, and the projects left on either side.
void compare_sets(const std::vector<Candidate>& olds, const std::vector<Candidate>& news, const CompareOptions& options,
                  YearOverYear& out) {
  std::vector<bool> old_paired(olds.size(), false);
  std::vector<bool> new_paired(news.size(), false);
  for (const Match& m : Pairing(olds, news, options).run()) {
    old_paired[m.old_k] = new_paired[m.new_k] = true;
    out.pairs.push_back(pair_of(olds[m.old_k], news[m.new_k], m, options));
  }
  for (std::size_t i = 0; i < olds.size(); ++i)
    if (!old_paired[i]) out.ended_projects.push_back(ref_of(olds[i]));
  for (std::size_t j = 0; j < news.size(); ++j)
    if (!new_paired[j]) out.new_projects.push_back(ref_of(news[j]));
}

void check_options(const CompareOptions& options) {
  for (const auto& [name, value] : {std::pair<const char*, const Decimal*>{"project_similarity", &options.project_similarity},
                                    {"indicator_similarity", &options.indicator_similarity}})
    if (*value < Decimal(0) || *value > Decimal(100))
      throw Error(fmt::format("CompareOptions::{} is a percentage from 0 to 100, not {}", name, value->to_string()));
}

void order(YearOverYear& out) {
  std::stable_sort(out.pairs.begin(), out.pairs.end(), [](const ProjectPair& a, const ProjectPair& b) {
    return a.new_project.index < b.new_project.index;
  });
  const auto by_index = [](const ProjectRef& a, const ProjectRef& b) { return a.index < b.index; };
  std::stable_sort(out.new_projects.begin(), out.new_projects.end(), by_index);
  std::stable_sort(out.ended_projects.begin(), out.ended_projects.end(), by_index);
}

}  // namespace

YearOverYear compare(const Document& old_document, const Document& new_document, const CompareOptions& options) {
  check_options(options);
  YearOverYear out;
  out.old_document = {old_document.department.str(), old_document.year};
  out.new_document = {new_document.department.str(), new_document.year};
  std::vector<Candidate> olds;
  std::vector<Candidate> news;
  for (std::size_t i = 0; i < old_document.projects.size(); ++i) olds.push_back(candidate_of(old_document, i));
  for (std::size_t i = 0; i < new_document.projects.size(); ++i) news.push_back(candidate_of(new_document, i));
  compare_sets(olds, news, options, out);
  order(out);
  return out;
}

YearOverYear compare(const Document& document, const CompareOptions& options) {
  check_options(options);
  YearOverYear out;
  out.single_document = true;
  std::map<int, std::vector<Candidate>> by_year;
  for (std::size_t i = 0; i < document.projects.size(); ++i) {
    Candidate c = candidate_of(document, i);
    by_year[c.year.year].push_back(std::move(c));
  }
  const int first = by_year.empty() ? document.year : by_year.begin()->first;
  const int last = by_year.empty() ? document.year : by_year.rbegin()->first;
  out.old_document = {document.department.str(), first};
  out.new_document = {document.department.str(), last};
  for (auto year = by_year.begin(); year != by_year.end() && std::next(year) != by_year.end(); ++year)
    compare_sets(year->second, std::next(year)->second, options, out);
  order(out);
  return out;
}

}  // namespace jixiao
