// Relevance (domain.md §3, “indicators match goals”): the indicators measure what the goals
// promise. A figure a goal promises agrees with the indicator that measures the same thing, no
// sentence of the goals is written twice, and every goal has an indicator that measures it.

#include "figures.hpp"
#include "name_words.hpp"
#include "rules.hpp"
#include "text.hpp"

#include "../target/text.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::review_detail {
namespace {

// A goal as the findings name it: 第2条.
std::string item(std::size_t index) { return concat("第", std::to_string(index + 1), "条"); }

// The values a target accepts, as an interval: ≥30次 is [30次, ∞), =10次 is [10次, 10次].
struct Bound {
  const Quantity* value = nullptr;  // null: unbounded
  bool open = false;
};
struct Interval {
  Bound lower;
  Bound upper;
};

Interval interval(const Amount& amount) {
  const Quantity* v = &amount.value;
  switch (amount.comparator) {
    case Comparator::ge: return {{v, false}, {}};
    case Comparator::gt: return {{v, true}, {}};
    case Comparator::le: return {{}, {v, false}};
    case Comparator::lt: return {{}, {v, true}};
    case Comparator::eq: break;
  }
  return {{v, false}, {v, false}};
}

// `upper` lies below `lower`: no value is at most the one and at least the other.
bool below(const Bound& upper, const Bound& lower) {
  if (!upper.value || !lower.value) return false;
  try {
    const auto order = compare(*upper.value, *lower.value);
    return order && (*order < 0 || (*order == 0 && (upper.open || lower.open)));
  } catch (const OverflowError&) {  // a value built by hand beyond the grammar's: not compared
    return false;
  }
}

bool disjoint(const Interval& a, const Interval& b) { return below(a.upper, b.lower) || below(b.upper, a.lower); }

// An indicator a goal's figure may be compared with: its target is an amount or a range.
struct Measure {
  std::size_t indicator = 0;
  const Unit* unit = nullptr;
  Interval accepts;
  NameWords words;  // of its name
};

std::vector<Measure> measures_of(const ProjectReview& r) {
  std::vector<Measure> measures;
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
    if (!r.facts[i].checked) continue;
    const Indicator& indicator = r.project.indicators[i];
    Measure m;
    m.indicator = i;
    if (const Amount* amount = indicator.target.if_amount()) {
      m.unit = &amount->value.unit;
      m.accepts = interval(*amount);
    } else if (const Range* range = indicator.target.if_range()) {
      m.unit = &range->lower.unit;
      m.accepts = {{&range->lower, false}, {&range->upper, false}};
    } else {
      continue;
    }
    m.words = name_words(r.names, indicator.name);
    if (!m.words.empty()) measures.push_back(std::move(m));
  }
  return measures;
}

// The one measure in a unit `figure` converts to with a name word in `words`; null when there is
// none, and when there are several.
const Measure* measure_of(const TextFigure& figure, const NameWords& words, const std::vector<Measure>& measures) {
  const Measure* match = nullptr;
  for (const Measure& m : measures) {
    if (!convertible(figure.amount.value.unit, *m.unit) || !share_word(words, m.words)) continue;
    if (match) return nullptr;
    match = &m;
  }
  return match;
}

// goal_indicator_conflict: each figure of a goal (not a per-unit one) against the one indicator
// that measures the same thing — a unit the figure converts to and a name word in common with the
// figure's clause (the words of other clauses may speak of other things: 培训30人，提高群众满意度).
// With no such indicator, or several, nothing is said.
void check_figures(const ProjectReview& r) {
  std::vector<Measure> measures;
  bool measured = false;
  std::string normal;
  for (std::size_t g = 0; g < r.project.goals.size(); ++g) {
    // Most goals have no figure, or only a year.
    if (!has_digit(r.project.goals[g]) || !has_figure(r.project.goals[g])) continue;
    for_each_sentence(r.project.goals[g], [&](std::string_view sentence) {
      if (!has_figure(sentence)) return;
      text::normalize(sentence, normal);
      for (const TextFigure& figure : text_figures(normal, r.words)) {
        if (figure.per_unit) continue;
        if (!measured) {
          measures = measures_of(r);
          measured = true;
        }
        NameWords words;
        r.names.add(figure.before, words);
        r.names.add(figure.after, words);
        sort_words(words);
        const Measure* match = measure_of(figure, words, measures);
        if (!match || !disjoint(interval(figure.amount), match->accepts)) continue;
        const Indicator& indicator = r.project.indicators[match->indicator];
        r.report_indicator(RuleId::goal_indicator_conflict, match->indicator,
                           concat("绩效目标", item(g), cite(figure.clause), "中的", cite(figure.written), "与指标",
                                  cite(indicator.name), "的指标值", cite(indicator.target.raw),
                                  "矛盾，两者不能同时达到。"),
                           "核对绩效目标与指标值，统一为同一个数；若目标写的只是指标的一部分，在目标中写明。");
      }
    });
  }
}

// goal_repeated_sentence: a sentence of `goals` (split at 。；; and line breaks) whose label —
// white space and punctuation skipped, full-width forms folded — is that of an earlier one. Each
// repeated sentence is reported once, at its first repetition.
void check_repeats(const ProjectReview& r, const std::vector<Text>& goals, std::string_view what) {
  struct Sentence {
    std::uint64_t hash;
    std::size_t item;
    std::size_t from;  // its label in `labels`
    std::size_t size;
    std::string_view text;
  };
  // The labels one after another: a label has at most one code point per byte of its sentence.
  std::size_t bytes = 0;
  for (const Text& goal : goals) bytes += goal.size();
  if (bytes == 0) return;
  const std::unique_ptr<char32_t[]> labels(new char32_t[bytes]);
  std::size_t used = 0;
  std::vector<Sentence> found;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    for_each_sentence(goals[g], [&](std::string_view sentence) {
      const std::u32string_view label(labels.get() + used, write_label(sentence, labels.get() + used));
      if (label.empty() || placeholder(sentence, label)) return;
      found.push_back({label_hash(label), g, used, label.size(), sentence});
      used += label.size();
    });
  }
  if (found.size() < 2) return;
  const auto label = [&](const Sentence& s) { return std::u32string_view(labels.get() + s.from, s.size); };
  // Sentences with equal labels hash equal: sorted by hash (then in order), each is compared with the
  // distinct labels before it in its run of equal hashes.
  std::vector<std::size_t> order(found.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair(found[a].hash, a) < std::pair(found[b].hash, b);
  });
  struct Repeat {
    std::size_t at;     // the repetition, in order
    std::size_t first;  // the sentence it repeats
  };
  std::vector<Repeat> repeats;
  std::vector<std::pair<std::size_t, bool>> distinct;  // a label's first sentence, and whether it was repeated
  for (std::size_t a = 0; a < order.size();) {
    std::size_t b = a + 1;
    while (b < order.size() && found[order[b]].hash == found[order[a]].hash) ++b;
    distinct.clear();
    for (std::size_t k = a; b - a > 1 && k < b; ++k) {
      const std::size_t at = order[k];
      const auto same = std::find_if(distinct.begin(), distinct.end(),
                                     [&](const auto& d) { return label(found[d.first]) == label(found[at]); });
      if (same == distinct.end()) {
        distinct.emplace_back(at, false);
      } else if (!same->second) {
        same->second = true;
        repeats.push_back({at, same->first});
      }
    }
    a = b;
  }
  std::sort(repeats.begin(), repeats.end(), [](const Repeat& x, const Repeat& y) { return x.at < y.at; });
  for (const Repeat& repeat : repeats) {
    const Sentence& again = found[repeat.at];
    const std::size_t earlier = found[repeat.first].item;
    r.report(RuleId::goal_repeated_sentence, 0,
             earlier == again.item
                 ? concat(what, item(again.item), "把同一句写了两遍：", cite(again.text), "。")
                 : concat(what, item(earlier), "和", item(again.item), "重复了同一句：", cite(again.text), "。"),
             "删去重复的一句；若两处本应写不同的目标，补上缺少的那一项。");
  }
}

// goal_unmeasured: a goal with name words none of which is a name word of an indicator's name or
// description. A goal of generic words only says nothing to measure, and is left alone. So is the
// only goal of a project: its indicators are set for it, whatever words they use (参观人数 and
// 开馆时长 measure 保障科技馆展厅工作的正常运行); among several goals, one that no indicator names
// stands out.
void check_measured(const ProjectReview& r) {
  const std::vector<Text>& goals = r.project.goals;
  if (goals.size() < 2) return;
  std::vector<NameWords> open(goals.size());  // the words of each goal not yet measured
  NameWords all;
  std::size_t left = 0;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    open[g] = name_words(r.names, goals[g]);
    all.insert(all.end(), open[g].begin(), open[g].end());
    left += open[g].empty() ? 0 : 1;
  }
  const PairSet words(std::move(all));
  // A goal is measured as soon as one indicator shares a word with it: the names are read, then
  // the descriptions, until every goal is, each for the goals' words only.
  bool any = false;  // an indicator to measure with: without one the completeness rules speak
  NameWords shared;
  for (const Text Indicator::*text : {&Indicator::name, &Indicator::description}) {
    for (std::size_t i = 0; i < r.project.indicators.size() && left > 0; ++i) {
      if (!r.facts[i].checked) continue;
      any = true;
      shared.clear();
      r.names.add_shared(r.project.indicators[i].*text, words, shared);
      for (const std::uint64_t word : shared) {
        for (NameWords& goal : open) {
          if (goal.empty() || !std::binary_search(goal.begin(), goal.end(), word)) continue;
          goal.clear();
          --left;
        }
      }
    }
  }
  if (!any) return;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    if (open[g].empty()) continue;
    r.report(RuleId::goal_unmeasured, 0,
             concat("绩效目标", item(g), cite(goals[g]), "没有指标衡量：没有一个指标的名称或描述提到它的内容。"),
             "为这项目标设置能衡量它的指标，或删去与本项目无关的目标。");
  }
}

}  // namespace

void check_relevance(const ProjectReview& r) {
  if (r.project.redacted) return;  // redacted: reported once, content not reviewed
  if (r.on(RuleId::goal_indicator_conflict)) check_figures(r);
  if (r.on(RuleId::goal_repeated_sentence)) {
    check_repeats(r, r.project.goals, "绩效目标");
    check_repeats(r, r.project.medium_term_goals, "中期目标");
  }
  if (r.on(RuleId::goal_unmeasured)) check_measured(r);
}

}  // namespace jixiao::review_detail
