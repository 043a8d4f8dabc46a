#include "figures.hpp"

#include "../decimal_scan.hpp"
#include "../target/grammar.hpp"
#include "../target/text.hpp"
#include "rules.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <utility>

namespace jixiao::review_detail {
namespace {

using text::is_digit;
using text::starts_with;

// The limits of a figure in a target cell (target/amounts.cpp): a goal promises the same kind of figure.
constexpr detail::DecimalLimits figure_limits{20, 10};

// A clause ends at , : ! ? ; — a comma between digits is a thousands separator (1,000人). ASCII
// bytes never occur inside a multi-byte character, so the text is read byte by byte.
std::size_t clause_end(std::string_view s, std::size_t from) noexcept {
  for (std::size_t i = from; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':' || c == '!' || c == '?' || c == ';') return i;
    if (c == ',' && !(i > 0 && is_digit(s[i - 1]) && i + 1 < s.size() && is_digit(s[i + 1]))) return i;
  }
  return s.size();
}

// A range separator (the target grammar's: - ~ 至 到) at `at`, with a number after it.
bool range_separator_at(std::string_view s, std::size_t at) noexcept {
  for (const std::string_view separator : {"-", "~", "至", "到"})
    if (starts_with(s, at, separator)) return at + separator.size() < s.size() && is_digit(s[at + separator.size()]);
  return false;
}

// 1900–2099 written with four digits is a year, whatever follows: in `2025 人才培养` the
// extraction's space is gone and 人 reads as a unit.
bool year(std::string_view digits) noexcept {
  return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20")) &&
         std::all_of(digits.begin(), digits.end(), is_digit);
}

bool date_unit(const Unit& unit) noexcept {
  const std::string_view symbol = unit.symbol();
  return symbol == "年" || symbol == "月" || symbol == "日";
}

// The unit written after the last 每 of `before` (每家, 每个单位 → 个); no unit when there is none.
Unit per_word_unit(std::string_view before) {
  Unit per;
  if (const std::size_t at = before.rfind("每"); at != std::string_view::npos)
    detail::match_unit(before.substr(at + std::string_view("每").size()), per);
  return per;
}

void clause_figures(std::string_view clause, const WordMatcher& words, std::vector<TextFigure>& out) {
  bool upper_of_range = false;  // the number after a range separator
  for (std::size_t i = 0; i < clause.size();) {
    if (!is_digit(clause[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const detail::ScannedDecimal number = detail::scan_decimal(clause.substr(start), figure_limits);
    std::size_t end = start + number.length;
    if (end < clause.size() && clause[end] == '.') {  // 2016.2.29: a date or a version
      while (end < clause.size() && (is_digit(clause[end]) || clause[end] == '.')) ++end;
      i = end;
      continue;
    }
    i = end;
    const bool bound = std::exchange(upper_of_range, false);
    if (range_separator_at(clause, end)) {
      upper_of_range = true;
      continue;
    }
    std::size_t at = end;
    const bool more = starts_with(clause, at, "余") || starts_with(clause, at, "多");
    if (more) at += std::string_view("余").size();
    Unit unit;
    const std::size_t unit_length = detail::match_unit(clause.substr(at), unit);
    if (unit_length == 0) continue;
    const std::size_t unit_end = at + unit_length;
    i = unit_end;
    if (range_separator_at(clause, unit_end)) {
      upper_of_range = true;
      continue;
    }
    if (bound || number.problem != detail::DecimalProblem::none || unit.kind() == UnitKind::scale ||
        date_unit(unit) || year(clause.substr(start, end - start)))
      continue;
    const std::string_view before = clause.substr(0, start);
    if (text::ends_with(before, "第")) continue;
    const detail::FigureWords around = detail::figure_words(before, more, clause.substr(unit_end));
    if (around.approximate || around.contradictory) continue;
    Quantity quantity{number.value, unit};
    try {
      quantity.normalized();  // comparing converts to the base unit: a figure that cannot is no figure
    } catch (const OverflowError&) {
      continue;
    }
    const std::size_t from = start - around.before_length;
    const std::size_t to = unit_end + around.after_length;
    TextFigure figure;
    figure.amount = Amount{around.comparator.value_or(Comparator::eq), around.comparator.has_value(),
                           std::move(quantity)};
    figure.clause = clause;
    figure.written = clause.substr(from, to - from);
    figure.before = clause.substr(0, from);
    figure.after = clause.substr(to);
    if (figure.after.starts_with("/")) {
      figure.per_unit = true;
      detail::match_unit(figure.after.substr(1), figure.per);
    } else if (has(words.match(before), WordList::per_unit)) {
      figure.per_unit = true;
      figure.per = per_word_unit(before);
    }
    out.push_back(std::move(figure));
    i = to;
  }
}

}  // namespace

std::vector<TextFigure> text_figures(std::string_view normal, const WordMatcher& words) {
  std::vector<TextFigure> figures;
  for (std::size_t start = 0; start <= normal.size();) {
    const std::size_t end = clause_end(normal, start);
    if (end > start) clause_figures(normal.substr(start, end - start), words, figures);
    start = end + 1;
  }
  return figures;
}

}  // namespace jixiao::review_detail
