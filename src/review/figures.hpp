#pragma once
// Figures in running text — 绩效目标 and 资金用途 — as the goal rules read them: the text split into
// sentences, each sentence into clauses, and in each clause the figures with a unit (`开展 10 次科普
// 活动`, `20 件以上`, `每家 2 万元`). No grammar of its own: the decimal scanner reads the number,
// the unit registry its unit, and the target grammar's words (figure_words) its comparator.

#include "text.hpp"

#include <jixiao/target.hpp>
#include <jixiao/unit.hpp>

#include <string_view>
#include <vector>

namespace jixiao::review_detail {

// Calls f(sentence) for each sentence of a text: split at 。 ； ; and line breaks, trimmed; blank
// ones are left out. 。 and ； start with E3 and EF, bytes that never occur inside a character, so
// the text is read byte by byte and only those two looked at further.
template <class F>
void for_each_sentence(std::string_view text, F f) {
  std::size_t start = 0;
  const auto close = [&](std::size_t end, std::size_t next) {
    if (const std::string_view sentence = trim(text.substr(start, end - start)); !sentence.empty()) f(sentence);
    start = next;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    switch (static_cast<unsigned char>(text[i])) {
      case '\n':
      case '\r':
      case ';':
        close(i, i + 1);
        break;
      case 0xE3:
      case 0xEF:
        if (text.substr(i, 3) == "。" || text.substr(i, 3) == "；") {
          close(i, i + 3);
          i += 2;
        }
        break;
      default:
        break;
    }
  }
  close(text.size(), text.size());
}

struct TextFigure {
  Amount amount;             // the figure and its unit; the comparator is = unless a word says otherwise
  std::string_view clause;   // the clause it stands in
  std::string_view written;  // the figure, its unit and its comparator words: `不少于10次`
  std::string_view before;   // the clause before `written`
  std::string_view after;    // the clause after it
  bool per_unit = false;     // a price or a rate per unit: a per-unit word before it (每家, 人均) or `/` after
  Unit per;                  // what it is per, when written after 每 or `/` (家); no unit otherwise
};

// The figures of one sentence in normal form (see target/text.hpp: `normalize`), clause by clause
// (clauses end at , : ! ? and 、 is no end), as views into `normal`. A figure is a number in
// Arabic digits with a registered unit. Left out, as not a promise of an amount: approximate
// figures (约, 近, 左右, 余 is read as >), figures whose words contradict each other, ordinals
// (第38届), dates and years (2025年, 12月, 15日: 年, 月 and 日 after a number are read as a date —
// a duration is written 个月, 天; and 1900–2099 in four digits is a year whatever follows, as in
// `2025 人才培养`), dotted numbers (2016.2.29), the bounds of a range (10-20次),
// numbers without a unit or with a lone scale word (3万), and figures too large to convert.
// `per_unit_words` (from ReviewOptions, as WordList::per_unit of `words`) mark a per-unit figure.
std::vector<TextFigure> text_figures(std::string_view normal, const WordMatcher& words);

}  // namespace jixiao::review_detail
