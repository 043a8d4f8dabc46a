#pragma once
// The target grammar's parts (private to src/). Each part reads a whole cell in normal form (see
// text.hpp) and reports whether its form applies:
//   none    — the cell is not of this form; the next part may try;
//   parsed  — `t` is filled;
//   failed  — the cell is of this form but wrong (`t` is unparsed with the reason).
// parse_target tries them in order: time (dates, periods) before amounts, since `2025年` is a year
// and not 2025 years; amounts before phrases.

#include <jixiao/target.hpp>
#include <jixiao/unit.hpp>

#include "text.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace jixiao::detail {

enum class Match { none, parsed, failed };

// parse_target into `fresh`, a default-constructed Target: the reader parses straight into the
// indicator it builds instead of moving a Target into it.
void parse_target_into(std::string_view text, const TargetContext& context, Target& fresh);

Match parse_time(std::string_view s, const TargetContext& context, Target& t);
Match parse_amount(std::string_view s, Target& t);
// Placeholders, redacted cells, references, qualitative phrases; anything else is unparsed.
void parse_phrase(std::string_view s, const TargetContext& context, Target& t);

// Whether a phrase is an evaluator's grade: true for 达成 (met), false for 部分达成 / 未达成
// (not met), nullopt when it is not a grade.
std::optional<bool> grade(std::string_view normalized_text) noexcept;

// The words around a figure in running text (a goal, 资金用途), read with the amount grammar's
// word lists: `before` is the text just before the number, `after` the text just after its unit,
// both in normal form. `不少于10次` and `20件以上` give ≥, `10余次` (`more`: 余/多 after the number)
// gives >; `约10次` and `10次左右` are approximate.
struct FigureWords {
  std::optional<Comparator> comparator;  // none: the figure is stated exactly
  bool approximate = false;
  bool contradictory = false;    // words that point both ways: `不少于10次以内`
  std::size_t before_length = 0;  // bytes of the comparator word that ends `before`
  std::size_t after_length = 0;   // bytes of the comparator words that start `after`
};
FigureWords figure_words(std::string_view before, bool more, std::string_view after) noexcept;

// The longest unit at the start of `s` (normal form) that the registry knows, including a scale
// prefix with a registered unit (万册). Returns its length in bytes (0: none) and sets `out`.
std::size_t match_unit(std::string_view s, Unit& out);

// A read position in a normalised cell.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool done() const noexcept { return i >= s.size(); }
  std::string_view rest() const noexcept { return s.substr(i); }
  char peek() const noexcept { return done() ? '\0' : s[i]; }
  bool at_digit() const noexcept { return !done() && text::is_digit(s[i]); }

  bool at(std::string_view word) const noexcept { return text::starts_with(s, i, word); }
  bool eat(std::string_view word) noexcept {
    if (!at(word)) return false;
    i += word.size();
    return true;
  }
  // Eats the first of `words` found here (list longer words first); returns its index or -1.
  template <std::size_t N>
  int eat_any(const std::string_view (&words)[N]) noexcept {
    for (std::size_t k = 0; k < N; ++k)
      if (eat(words[k])) return static_cast<int>(k);
    return -1;
  }
  std::string_view digits() noexcept {
    const std::size_t start = i;
    while (at_digit()) ++i;
    return s.substr(start, i - start);
  }
};

// Separators of a range or period: 90%-95%, 10~20次, 2025年1月至11月.
inline bool eat_range_separator(Cursor& c) noexcept {
  static constexpr std::string_view separators[] = {"--", "-", "~", "至", "到"};
  return c.eat_any(separators) >= 0;
}

// Small non-negative integer of at most 4 digits (years, months, days); -1 otherwise.
inline int small_int(std::string_view digits) noexcept {
  if (digits.empty() || digits.size() > 4) return -1;
  int n = 0;
  for (char d : digits) n = n * 10 + (d - '0');
  return n;
}

}  // namespace jixiao::detail
