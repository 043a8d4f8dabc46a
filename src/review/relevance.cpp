// Relevance (domain.md §3, “indicators match goals”): the indicators measure what the goals
// promise. A figure a goal promises agrees with the indicator that measures the same thing, no
// sentence of the goals is written twice, and every goal has an indicator that measures it.

#include "figures.hpp"
#include "name_words.hpp"
#include "rules.hpp"
#include "text.hpp"

#include "../target/text.hpp"

#include <jixiao/error.hpp>

#include <string>
#include <unordered_map>
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
// none, and when there are several (`ambiguous`).
const Measure* measure_of(const TextFigure& figure, const NameWords& words, const std::vector<Measure>& measures,
                          bool& ambiguous) {
  const Measure* match = nullptr;
  ambiguous = false;
  for (const Measure& m : measures) {
    if (!convertible(figure.amount.value.unit, *m.unit) || !share_word(words, m.words)) continue;
    if (match) {
      ambiguous = true;
      return nullptr;
    }
    match = &m;
  }
  return match;
}

// goal_indicator_conflict: each figure of a goal (not a per-unit one) against the one indicator
// that measures the same thing — a unit the figure converts to and a name word in common with the
// figure's clause or, when no indicator has one, with its sentence (提升公民科学素质，辐射3万人).
// With no such indicator, or several, nothing is said.
void check_figures(const ProjectReview& r) {
  std::vector<Measure> measures;
  bool measured = false;
  std::string normal;
  for (std::size_t g = 0; g < r.project.goals.size(); ++g) {
    for (const std::string_view sentence : sentences(r.project.goals[g])) {
      if (!has_digit(sentence)) continue;
      text::normalize(sentence, normal);
      NameWords sentence_words;
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
        bool ambiguous = false;
        const Measure* match = measure_of(figure, words, measures, ambiguous);
        if (!match && !ambiguous) {
          if (sentence_words.empty()) sentence_words = name_words(r.names, normal);
          match = measure_of(figure, sentence_words, measures, ambiguous);
        }
        if (!match || !disjoint(interval(figure.amount), match->accepts)) continue;
        const Indicator& indicator = r.project.indicators[match->indicator];
        r.report_indicator(RuleId::goal_indicator_conflict, match->indicator,
                           concat("绩效目标", item(g), cite(figure.clause), "中的", cite(figure.written), "与指标",
                                  cite(indicator.name), "的指标值", cite(indicator.target.raw),
                                  "矛盾，两者不能同时达到。"),
                           "核对绩效目标与指标值，统一为同一个数；若目标写的只是指标的一部分，在目标中写明。");
      }
    }
  }
}

// goal_repeated_sentence: a sentence of `goals` (split at 。；; and line breaks) whose label —
// white space and punctuation skipped, full-width forms folded — is that of an earlier one. Each
// repeated sentence is reported once, at its first repetition.
void check_repeats(const ProjectReview& r, const std::vector<std::string>& goals, std::string_view what) {
  struct Seen {
    std::size_t item;
    bool reported;
  };
  std::unordered_map<std::u32string, Seen> seen;
  std::vector<char32_t> label;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    for (const std::string_view sentence : sentences(goals[g])) {
      label.resize(sentence.size());
      const std::u32string_view written(label.data(), write_label(sentence, label.data()));
      if (written.empty() || placeholder(sentence, written)) continue;
      const auto [at, first] = seen.try_emplace(std::u32string(written), Seen{g, false});
      if (first || at->second.reported) continue;
      at->second.reported = true;
      const std::size_t earlier = at->second.item;
      r.report(RuleId::goal_repeated_sentence, 0,
               earlier == g ? concat(what, item(g), "把同一句写了两遍：", cite(sentence), "。")
                            : concat(what, item(earlier), "和", item(g), "重复了同一句：", cite(sentence), "。"),
               "删去重复的一句；若两处本应写不同的目标，补上缺少的那一项。");
    }
  }
}

// goal_unmeasured: a goal with name words none of which is a name word of an indicator's name or
// description. A goal of generic words only says nothing to measure, and is left alone. So is the
// only goal of a project: its indicators are set for it, whatever words they use (参观人数 and
// 开馆时长 measure 保障科技馆展厅工作的正常运行); among several goals, one that no indicator names
// stands out.
void check_measured(const ProjectReview& r) {
  if (r.project.goals.size() < 2) return;
  NameWords measured;
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
    if (!r.facts[i].checked) continue;
    r.names.add(r.project.indicators[i].name, measured);
    r.names.add(r.project.indicators[i].description, measured);
  }
  if (measured.empty()) return;  // no indicators to speak of: the completeness rules say so
  sort_words(measured);
  for (std::size_t g = 0; g < r.project.goals.size(); ++g) {
    const std::string& goal = r.project.goals[g];
    const NameWords words = name_words(r.names, goal);
    if (words.empty() || share_word(words, measured)) continue;
    r.report(RuleId::goal_unmeasured, 0,
             concat("绩效目标", item(g), cite(goal), "没有指标衡量：没有一个指标的名称或描述提到它的内容。"),
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
