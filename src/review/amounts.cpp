// Amounts of money in free text (资金用途): a hand-written scanner, one pass, no regex.
// `项目预算总额 17.5 万元`, `项目经费共4万`, `财政资金拨款6万元`, `劳务费 500 元/次`.

#include "text.hpp"

#include "../text/blanks.hpp"
#include "../text/fold.hpp"

#include <jixiao/review.hpp>

#include <array>
#include <optional>
#include <string>

namespace jixiao {
namespace {

// Inline, so that with a literal `word` no call to memcmp is left: the scanner asks at nearly every byte.
inline bool starts(std::string_view text, std::size_t at, std::string_view word) {
  return text.substr(at, word.size()) == word;
}

// The ASCII digit at `at` (ASCII or full-width), with its width in bytes. Inline: the scanner asks
// at every byte outside a delimiter.
inline std::optional<std::pair<char, std::size_t>> digit_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return std::nullopt;
  const char c = text[at];
  if (c >= '0' && c <= '9') return std::pair{c, std::size_t{1}};
  if (const char wide = text::folded_width_at(text, at); wide >= '0' && wide <= '9')
    return std::pair{wide, std::size_t{3}};
  return std::nullopt;
}

// A decimal point, ASCII or full-width (．).
std::size_t point_at(std::string_view text, std::size_t at) {
  if (starts(text, at, ".")) return 1;
  if (starts(text, at, "．")) return 3;
  return 0;
}

// Where a clause ends: the keywords that give a figure its meaning stay within one. The ASCII
// delimiters are , ; : ! ? ( ) and line breaks; the full-width ones start E3 or EF.
constexpr std::string_view wide_delimiters[]{"，", "。", "；", "：", "、", "！", "？", "（", "）"};

std::size_t delimiter_at(std::string_view text, std::size_t at) {
  // Scanning runs this on every byte of the text: a switch on the byte, and the full-width
  // delimiters compared only after an E3 or EF.
  switch (static_cast<unsigned char>(text[at])) {
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '\n':
    case '\r':
      return 1;
    case 0xE3:
    case 0xEF:
      for (std::string_view d : wide_delimiters)
        if (starts(text, at, d)) return d.size();
      return 0;
    default:
      return 0;
  }
}

// The blanks at `at`, in bytes; line breaks end a clause (delimiter_at) and are not skipped.
std::size_t spaces_at(std::string_view text, std::size_t at) {
  std::size_t n = 0;
  while (at + n < text.size() && delimiter_at(text, at + n) == 0)
    if (const std::size_t blank = text::blank_at(text, at + n)) n += blank;
    else break;
  return n;
}

// After a lone 万 these make it a count, not money: 万人, 万字, 万次 …
constexpr std::string_view count_units[]{"人", "字", "次", "份", "册", "个", "件", "平", "亩", "吨",
                                          "公", "千", "套", "张", "台", "户", "株", "头", "只", "条",
                                          "篇", "场", "名", "米", "立", "块", "本", "辆", "所"};

bool count_unit_at(std::string_view text, std::size_t at) {
  for (std::string_view u : count_units)
    if (starts(text, at, u)) return true;
  return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (text.ends_with(w)) return true;
  return false;
}

// The lead bytes of a delimiter or a digit (delimiter_at, digit_at). Most bytes of a text are
// CJK and neither: the scan steps over them with one table look-up instead of both tests.
constexpr std::array<bool, 256> may_matter = [] {
  std::array<bool, 256> table{};
  for (const char c : std::string_view(",;:!?()\n\r0123456789")) table[static_cast<unsigned char>(c)] = true;
  table[0xE3] = table[0xEF] = true;
  return table;
}();

}  // namespace

std::vector<StatedAmount> stated_amounts(std::string_view text) {
  std::vector<StatedAmount> amounts;
  std::size_t clause = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !may_matter[static_cast<unsigned char>(text[i])]) ++i;
    if (i == text.size()) break;
    if (const std::size_t d = delimiter_at(text, i)) {
      i += d;
      clause = i;
      continue;
    }
    if (!digit_at(text, i)) {
      ++i;
      continue;
    }
    // The number: digits, thousands commas between digits, one decimal point.
    const std::size_t start = i;
    std::string number;
    bool point = false;
    bool dotted = false;  // 2016.2.29: a date or a version, not an amount
    while (i < text.size()) {
      if (const auto digit = digit_at(text, i)) {
        number += digit->first;
        i += digit->second;
      } else if (const std::size_t p = point_at(text, i); p && digit_at(text, i + p)) {
        if (point) dotted = true;
        point = true;
        number += '.';
        i += p;
      } else if (text[i] == ',' && digit_at(text, i + 1) && !point) {
        number += ',';
        i += 1;
      } else {
        break;
      }
    }
    if (dotted) continue;

    std::size_t at = i + spaces_at(text, i);
    bool approximate = false;
    if (starts(text, at, "余") || starts(text, at, "多")) {  // 17余万元
      approximate = true;
      at += 3;
    }
    Decimal scale_to_wan{1};
    bool yuan = false;
    if (starts(text, at, "万元")) {
      at += 6;
    } else if (starts(text, at, "亿元")) {
      scale_to_wan = Decimal(10000);
      at += 6;
    } else if (starts(text, at, "元")) {
      yuan = true;
      at += 3;
    } else if (starts(text, at, "万") && (starts(text, at + 3, "余元") || starts(text, at + 3, "多元"))) {
      approximate = true;  // 17万余元
      at += 9;
    } else if (starts(text, at, "万") && !count_unit_at(text, at + 3)) {
      at += 3;
    } else {
      continue;
    }
    const std::optional<Decimal> value = Decimal::try_parse(number);
    if (!value) continue;

    const std::string_view before = review_detail::trim(text.substr(clause, start - clause));
    const std::size_t after = at + spaces_at(text, at);
    StatedAmount amount;
    amount.amount = yuan ? Money::from_yuan(*value) : Money(*value * scale_to_wan);
    amount.figure = text.substr(start, at - start);
    amount.phrase = review_detail::trim(text.substr(clause, at - clause));
    amount.approximate = approximate || starts(text, after, "左右") ||
                         ends_with_any(before, {"约", "近", "超过", "超", "逾", "不足", "不到"});
    amount.per_unit = starts(text, after, "/") || starts(text, after, "／") || starts(text, after, "每") ||
                      before.find("每") != std::string_view::npos;
    amounts.push_back(amount);
    i = at;
  }
  return amounts;
}

}  // namespace jixiao
