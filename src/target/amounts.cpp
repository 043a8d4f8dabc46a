// Amounts: comparisons, bare values, ranges and durations.
//
//   cell       := prefix* amount (range-sep amount)? suffix* end
//   prefix     := neutral word (全年, 累计 …) | comparator (≥ > ≤ < = and words: 不少于, 不超过 …)
//   amount     := number 余|多? unit? ('/' unit)?      number: 1,000.5 | 百分之95 | 两 (with a unit)
//   suffix     := 以上 | 以下 | 以内 | 之内 | 内 | 之间 | (含) | 完成
//
// Comparator words (the legal reading of 以上/以下/以内 includes the number itself):
//   ≥ 不少于 不低于 不小于 大于等于 至少 最少 最低 达到 …以上 …及以上
//   ≤ 不超过 不高于 不大于 小于等于 至多 最多 最高 控制在 …以下 …以内 …内
//   > 大于 高于 超过 多于 …余/多 (100余人: more than 100)
//   < 小于 低于 少于 不足 不到
// Approximate figures (约, 近, 左右, 上下) are not targets and are reported, not guessed.

#include "grammar.hpp"

#include "../decimal_scan.hpp"

#include <jixiao/error.hpp>

#include <fmt/format.h>

#include <optional>
#include <string>

namespace jixiao::detail {
namespace {

struct ComparatorWord {
  std::string_view text;
  Comparator comparator;
};

using enum Comparator;

// Longest first where one word starts another.
constexpr ComparatorWord before_words[] = {
    {">=", ge}, {"<=", le}, {">", gt}, {"<", lt}, {"==", eq}, {"=", eq},
    {"大于或等于", ge}, {"大于等于", ge}, {"不少于", ge}, {"不低于", ge}, {"不小于", ge}, {"不短于", ge},
    {"不得少于", ge}, {"不得低于", ge}, {"不应少于", ge}, {"不应低于", ge}, {"至少", ge}, {"最少", ge},
    {"最低", ge}, {"达到", ge},
    {"小于或等于", le}, {"小于等于", le}, {"不超过", le}, {"不高于", le}, {"不大于", le}, {"不多于", le},
    {"不长于", le}, {"不得超过", le}, {"不得高于", le}, {"不应超过", le}, {"不应高于", le}, {"未超过", le},
    {"至多", le}, {"最多", le}, {"最高", le}, {"控制在", le},
    {"大于", gt}, {"高于", gt}, {"超过", gt}, {"多于", gt},
    {"小于", lt}, {"低于", lt}, {"少于", lt}, {"不足", lt}, {"不到", lt},
    {"等于", eq},
};

constexpr ComparatorWord after_words[] = {
    {"及以上", ge}, {"或以上", ge}, {"以上", ge}, {"及以下", le}, {"或以下", le}, {"以下", le},
    {"以内", le},   {"之内", le},   {"内", le},
};

// Words that say when or how the figure counts but not how it compares: 全年4篇, 累计≥100次.
constexpr std::string_view neutral_words[] = {
    "全年度", "全年", "本年度", "年度", "本年", "当年", "每年", "年均", "年平均", "平均", "人均", "累计",
    "共计", "合计", "总计", "总共", "共", "实现", "完成", "确保", "保持", "维持", "预计", "计划",
    "每季度", "每月", "每周", "每天", "每日", "每次", "每期", "每场", "每人", "每户", "每个",
};

constexpr std::string_view approximate_before[] = {"大约", "约为", "约", "将近", "接近", "近", "大概"};
constexpr std::string_view approximate_after[] = {"左右", "上下", "前后"};
constexpr std::string_view trailing_words[] = {"(含本数)", "(含)", "之间", "完成"};

// Limits of a written target figure: far beyond any real one, well inside Decimal, so that
// converting to a base unit stays exact (× 10^12 for one unit; stacked scales: see scan_amount).
constexpr DecimalLimits target_limits{20, 10};
static_assert(target_limits.integer_digits + target_limits.fraction_digits <= 38,
              "within Decimal's 38 digits: scan_number meets no DecimalProblem::digits");

Direction direction_of(Comparator c) noexcept {
  switch (c) {
    case ge: case gt: return Direction::forward;
    case le: case lt: return Direction::reverse;
    case eq: return Direction::none;
  }
  return Direction::none;
}

// Two comparator words agree when they point the same way (≥ … 以上); the first one written wins.
bool merge(std::optional<Comparator>& into, Comparator c) noexcept {
  if (!into) {
    into = c;
    return true;
  }
  return direction_of(*into) == direction_of(c);
}

template <std::size_t N>
const ComparatorWord* eat_word(Cursor& c, const ComparatorWord (&words)[N]) noexcept {
  for (const ComparatorWord& w : words)
    if (c.eat(w.text)) return &w;
  return nullptr;
}

struct Written {  // an amount as the cell writes it
  Quantity quantity;
  bool more = false;     // 100余人, 100多人
  bool chinese = false;  // written in Chinese numerals: a number only if the whole cell reads as one
};

enum class Scan { none, ok, failed };

struct Failure {
  std::string reason;
  Scan operator()(std::string why) {
    reason = std::move(why);
    return Scan::failed;
  }
};

// Chinese numerals up to 9999 (两, 十二, 一百二十, 一千零五): used only before a known unit.
std::optional<int> chinese_number(Cursor& c) {
  static constexpr std::string_view digits[] = {"零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九"};
  static constexpr int values[] = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
  static constexpr int zeros = 2;  // 零 and 〇: the first two digits
  static constexpr std::string_view multipliers[] = {"十", "百", "千"};
  static constexpr int powers[] = {10, 100, 1000};
  int total = 0;
  int digit = -1;
  bool any = false;
  for (;;) {
    if (const int d = c.eat_any(digits); d >= 0) {
      if (d < zeros && total > 0 && digit < 0) continue;  // the 零 of 一千零五 holds a place
      if (digit >= 0) return std::nullopt;                // 一二: not a number
      digit = values[d];
      any = true;
    } else if (const int m = c.eat_any(multipliers); m >= 0) {
      total += (digit < 0 ? 1 : digit) * powers[m];
      digit = -1;
      any = true;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  return total + (digit < 0 ? 0 : digit);
}

// A decimal at the cursor (decimal_scan.hpp), within the target limits.
Scan scan_number(Cursor& c, Decimal& value, Failure& fail) {
  const detail::ScannedDecimal n = scan_decimal(c.rest(), target_limits);
  if (n.length == 0) return Scan::none;
  const std::string_view written = c.rest().substr(0, n.length);
  c.i += n.length;
  if ((c.peek() == 'e' || c.peek() == 'E') && c.i + 1 < c.s.size() &&
      (text::is_digit(c.s[c.i + 1]) || ((c.s[c.i + 1] == '-' || c.s[c.i + 1] == '+') && c.i + 2 < c.s.size() &&
                                        text::is_digit(c.s[c.i + 2])))) {
    return fail(fmt::format("'{}' is written with an exponent; a target figure is written out in full", c.s));
  }
  switch (n.problem) {
    case DecimalProblem::none:
      value = n.value;
      return Scan::ok;
    case DecimalProblem::integer_digits:
      return fail(fmt::format("'{}' has {} digits before the decimal point; a target figure has at most {}", written,
                              n.integer_digits, target_limits.integer_digits));
    case DecimalProblem::fraction_digits:
    case DecimalProblem::digits:  // not within target_limits
      break;
  }
  return fail(fmt::format("'{}' has {} decimal places; a target figure has at most {}", written, n.fraction_digits,
                          target_limits.fraction_digits));
}

bool is_unit_letter(char32_t cp) noexcept {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == 0xB0 || cp == 0xB2 || cp == 0xB3 ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

// A unit the registry does not know: a short run of letters or ideographs (台套, A级), stopping
// before a comparator or range word. Kept as written, kind unknown.
std::size_t unknown_unit_length(std::string_view s) {
  static constexpr std::string_view stops[] = {"及以上", "或以上", "以上", "及以下", "或以下", "以下", "以内",
                                               "之内", "之间", "左右", "上下", "至", "到", "完成"};
  constexpr std::size_t max_code_points = 4;
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size(); ++n) {
    bool stop = false;
    for (std::string_view w : stops) stop = stop || text::starts_with(s, i, w);
    // 内 is ≤ (3个月内), never part of a unit: `9内-101` or `9y内-101` would be a range in 内 that
    // prints as `9内~101内`, where the last 内 reads as ≤ (found by fuzzing).
    if (stop || text::starts_with(s, i, "内")) break;
    const text::CodePoint cp = text::decode(s, i);
    if (!is_unit_letter(cp.value)) break;
    if (n == max_code_points) return 0;
    i += cp.length;
  }
  return i;
}

// A unit at the cursor, registered or not; `A/B` composites (元/人, 次/年) are kept as unknown.
void scan_unit(Cursor& c, Unit& unit) {
  const auto one = [&](Unit& u) -> bool {
    if (const std::size_t n = match_unit(c.rest(), u); n > 0) {
      c.i += n;
      return true;
    }
    if (const std::size_t n = unknown_unit_length(c.rest()); n > 0) {
      u = lookup_unit(c.rest().substr(0, n));
      c.i += n;
      return true;
    }
    return false;
  };
  const std::size_t start = c.i;
  if (!one(unit)) return;
  if (c.peek() == '/') {
    ++c.i;
    Unit per;
    if (one(per)) {
      unit = lookup_unit(c.s.substr(start, c.i - start));  // unknown: no registered symbol has a '/'
    } else {
      --c.i;
    }
  }
}

// number 余|多? unit?, or 百分之 number, or a Chinese numeral followed by a known unit.
Scan scan_amount(Cursor& c, Written& a, Failure& fail) {
  const std::size_t start = c.i;
  const bool percent_word = c.eat("百分之");
  Decimal value;
  const Scan number = scan_number(c, value, fail);
  if (number == Scan::failed) return number;
  if (number == Scan::none) {
    const std::optional<int> n = chinese_number(c);
    Unit unit;
    if (!n) {
      c.i = start;
      return Scan::none;
    }
    if (percent_word) {
      a.quantity = Quantity{Decimal(*n), lookup_unit("%")};
      return Scan::ok;
    }
    const std::size_t length = match_unit(c.rest(), unit);
    if (length == 0) {
      c.i = start;
      return Scan::none;
    }
    c.i += length;
    a.quantity = Quantity{Decimal(*n), std::move(unit)};
    a.chinese = true;
    return Scan::ok;
  }
  a.quantity.value = std::move(value);
  if (percent_word) {
    a.quantity.unit = lookup_unit("%");
    return Scan::ok;
  }
  a.more = c.eat("余") || c.eat("多");
  scan_unit(c, a.quantity.unit);
  // 1万余人: more than 1 万人.
  if (!a.more && a.quantity.unit.kind() == UnitKind::scale && (c.at("余") || c.at("多"))) {
    Cursor after = c;
    after.i += std::string_view("余").size();
    Unit inner;
    if (const std::size_t n = match_unit(after.rest(), inner); n > 0) {
      const Unit combined = lookup_unit(std::string(a.quantity.unit.symbol()).append(inner.symbol()));
      if (combined.known()) {
        a.quantity.unit = combined;
        a.more = true;
        c.i = after.i + n;
      }
    }
  }
  // Comparing converts to the base unit (× factor): a figure that would not fit there is refused
  // here, where it is read, not later in check() or in evaluation. Within the digit limits above
  // only stacked scales reach that far (99…9万亿万元: × 10^16; found by fuzzing).
  if (a.quantity.unit.factor() != Decimal(1)) {
    try {
      a.quantity.normalized();
    } catch (const OverflowError&) {
      return fail(fmt::format("'{}' is too large to convert to {} exactly", c.s.substr(start, c.i - start),
                              a.quantity.unit.base()));
    }
  }
  return Scan::ok;
}

std::string quoted_rest(const Cursor& c) {
  return fmt::format("unexpected text '{}' after '{}'", c.rest(), c.s.substr(0, c.i));
}

}  // namespace

FigureWords figure_words(std::string_view before, bool more, std::string_view after) noexcept {
  FigureWords words;
  for (const std::string_view w : approximate_before) words.approximate = words.approximate || text::ends_with(before, w);
  for (const std::string_view w : approximate_after) words.approximate = words.approximate || after.starts_with(w);
  // The lists put a word before any word it ends with (不少于 before 少于), so the first found is the whole word.
  for (const ComparatorWord& w : before_words) {
    if (!text::ends_with(before, w.text)) continue;
    words.comparator = w.comparator;
    words.before_length = w.text.size();
    break;
  }
  if (more && !merge(words.comparator, gt)) words.contradictory = true;
  Cursor c{after};
  while (const ComparatorWord* w = eat_word(c, after_words))
    if (!merge(words.comparator, w->comparator)) words.contradictory = true;
  words.after_length = c.i;
  return words;
}

Match parse_amount(std::string_view s, Target& t) {
  Cursor c{s};
  Failure fail;
  const auto failed = [&](std::string reason) {
    t.emplace(Unparsed{std::move(reason)});
    return Match::failed;
  };
  std::optional<Comparator> comparator;
  for (;;) {
    // Every prefix word is Chinese or a comparator symbol: a digit or sign here is the amount.
    const auto lead = static_cast<unsigned char>(c.peek());
    if (lead < 0x80 && lead != '<' && lead != '>' && lead != '=') break;
    if (lead >= 0x80 && c.eat_any(neutral_words) >= 0) continue;
    const std::size_t at = c.i;
    if (const ComparatorWord* w = eat_word(c, before_words)) {
      if (!merge(comparator, w->comparator))
        return failed(fmt::format("'{}' contradicts the comparator written before it", s.substr(at, c.i - at)));
      continue;
    }
    break;
  }
  if (const int k = c.eat_any(approximate_before); k >= 0) {
    Cursor probe = c;
    Written ignored;
    if (scan_amount(probe, ignored, fail) == Scan::none) return Match::none;
    return failed(fmt::format("'{}' marks an approximate figure; a target needs an exact one", approximate_before[k]));
  }

  Written lower;
  switch (scan_amount(c, lower, fail)) {
    case Scan::none: return Match::none;
    case Scan::failed: return failed(std::move(fail.reason));
    case Scan::ok: break;
  }
  // 一次性完成 starts like 一次: Chinese numerals count only when the whole cell is an amount.
  const auto rejected = [&](std::string reason) { return lower.chinese ? Match::none : failed(std::move(reason)); };

  const std::size_t before_separator = c.i;
  if (eat_range_separator(c)) {
    Written upper;
    const Scan second = scan_amount(c, upper, fail);
    if (second == Scan::failed) return rejected(std::move(fail.reason));
    if (second == Scan::none) {
      c.i = before_separator;
      return rejected(quoted_rest(c));
    }
    if (comparator) return rejected("a comparison and a range at once: write either ≥a or a-b");
    Unit& lu = lower.quantity.unit;
    Unit& uu = upper.quantity.unit;
    // 90-95%: the unit written once serves both; 1万-1.5万人: so does the rest of 万人.
    if (lu.kind() == UnitKind::none || (lu.kind() == UnitKind::scale && uu.symbol().starts_with(lu.symbol()))) lu = uu;
    else if (uu.kind() == UnitKind::none) uu = lu;
    // `1月~3月` is a span of months (dates.cpp reads it first); a range of whole months 1–12 in 月
    // written any other way (`1月至3`) would print as that span, so it is no range of durations.
    const auto month_number = [](const Decimal& v) { return v.is_integer() && v >= Decimal(1) && v <= Decimal(12); };
    if (lu.symbol() == "月" && uu.symbol() == "月" && month_number(lower.quantity.value) &&
        month_number(upper.quantity.value))
      return rejected("months written as a range: a span of months is 1-12月, a duration range 1-12个月");
    const auto order = compare(lower.quantity, upper.quantity);
    if (!order)
      return rejected(fmt::format("the range's bounds {} and {} are in units that do not convert",
                                lower.quantity.to_string(), upper.quantity.to_string()));
    if (*order > 0)
      return rejected(fmt::format("the range starts ({}) above its end ({})", lower.quantity.to_string(),
                                upper.quantity.to_string()));
    c.eat_any(trailing_words);
    if (!c.done()) return rejected(quoted_rest(c));
    t.emplace(Range{std::move(lower.quantity), std::move(upper.quantity)});
    t.direction = Direction::none;
    return Match::parsed;
  }

  if (lower.more && !merge(comparator, gt))
    return rejected("'余'/'多' (more than) contradicts the comparator written before it");
  while (!c.done()) {
    const std::size_t at = c.i;
    if (const ComparatorWord* w = eat_word(c, after_words)) {
      if (!merge(comparator, w->comparator))
        return rejected(fmt::format("'{}' contradicts the comparator written before it", s.substr(at, c.i - at)));
      continue;
    }
    if (const int k = c.eat_any(approximate_after); k >= 0)
      return rejected(fmt::format("'{}' marks an approximate figure; a target needs an exact one", approximate_after[k]));
    if (c.eat_any(trailing_words) >= 0) continue;
    return rejected(quoted_rest(c));
  }

  const Amount amount{comparator.value_or(eq), comparator.has_value(), std::move(lower.quantity)};
  t.direction = direction_of(amount.comparator);
  if (amount.value.unit.kind() == UnitKind::duration) t.emplace(Duration{amount});
  else t.emplace(Comparison{amount});
  return Match::parsed;
}

}  // namespace jixiao::detail
