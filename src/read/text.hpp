#pragma once
// Text as PDF extraction leaves it: UTF-8 stepping, spaces inserted inside CJK words, full-width
// forms, and the small grammars the reader recognises in labels (numbering, milestones, percents).
// Everything here works on views of the decoded buffer; only clean_text builds strings.

#include "../target/text.hpp"

#include <jixiao/decimal.hpp>
#include <jixiao/target.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::detail {

// The code point starting at s[i], advancing i past it. The buffer is valid UTF-8 (decoding
// replaced anything else), so no validation happens here. Inline: every character of every
// cell passes through it.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  const std::size_t wanted = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  const std::size_t length = wanted < s.size() - i ? wanted : s.size() - i;
  char32_t c = wanted == 2 ? lead & 0x1Fu : wanted == 3 ? lead & 0x0Fu : lead & 0x07u;
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += length;
  return c;
}
// The code point ending just before s[end].
char32_t code_point_before(std::string_view s, std::size_t end) noexcept;

// ASCII blanks, the ideographic space U+3000 and the no-break space U+00A0.
inline bool is_space(char32_t c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x3000 || c == 0xA0; }
// Characters written without spaces between them: CJK ideographs and CJK or full-width
// punctuation. A space between two of them was inserted by the extraction.
inline bool is_wide(char32_t c) noexcept {
  return (c >= 0x2E80 && c <= 0x9FFF) ||                              // radicals, CJK punctuation, kana, ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||                              // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||                              // CJK compatibility forms
         (c >= 0xFF00 && c <= 0xFF60) ||                              // full-width forms
         (c >= 0xFFE0 && c <= 0xFFE6) ||                              // full-width signs
         (c >= 0x20000 && c <= 0x3134F) ||                            // supplementary ideographs
         c == 0x2014 || (c >= 0x2018 && c <= 0x201F) || c == 0x2026;  // — ‘ ’ “ ” …
}

// The length of the blank (is_space) starting at s[i], in bytes; 0 if s[i] starts no blank.
// Byte tests instead of decoding: in valid UTF-8 the bytes C2 and E3 only ever lead a
// character, so C2 A0 and E3 80 80 are U+00A0 and U+3000 wherever they stand. Cells are
// mostly CJK text without blanks, and decoding every character to learn that dominated trim,
// clean_text and Key.
inline std::size_t blank_at(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2) return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  if (c == 0xE3)
    return i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x80
               ? 3
               : 0;
  return 0;
}

// The length of the character a byte leads, and 0 for the bytes that may lead a blank (ASCII
// blanks, C2, E3; see blank_at): scans for blanks step over whole characters, three bytes of CJK
// text at a time, instead of testing every byte. Continuation bytes count 1 (never a lead in the
// decoded buffer, which is valid UTF-8).
inline constexpr std::array<unsigned char, 256> plain_length = [] {
  std::array<unsigned char, 256> t{};
  for (std::size_t b = 0; b < t.size(); ++b) t[b] = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  for (const unsigned char b : {0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE3}) t[b] = 0;
  return t;
}();

// The first index at or after i whose byte has length 0 in `lengths` (plain_length: where a
// blank may start); s.size() if there is none.
inline std::size_t next_stop(std::string_view s, std::size_t i,
                             const std::array<unsigned char, 256>& lengths = plain_length) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    const std::size_t step = lengths[p[i]];
    if (step == 0) return i;
    i += step;
  }
  return s.size();
}

// The length of the character led by s[i] (C2 and E3 included).
inline std::size_t char_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// The text without leading and trailing blanks.
std::string_view trim_blanks(std::string_view text) noexcept;
// trim_blanks, inline for the common case: most cells neither start nor end with a blank, and
// two byte tests tell (a blank starts with a byte plain_length marks and ends in 20, 09–0D, A0
// or 80). Every cell of every row is trimmed.
inline std::string_view trim(std::string_view text) noexcept {
  if (text.empty()) return text;
  const auto last = static_cast<unsigned char>(text.back());
  if (plain_length[static_cast<unsigned char>(text.front())] != 0 && last > ' ' && last != 0xA0 && last != 0x80)
    return text;
  return trim_blanks(text);
}
bool is_blank(std::string_view text) noexcept;

// Cell text for the model: trimmed, blank runs collapsed to one space, and blanks between two
// wide characters removed (`社会效益指 标` → `社会效益指标`, `2024 年` stays).
std::string clean_text(std::string_view text);
// Appends the continuation of a cell split by a page break: cleaned, joined without a space
// unless both sides of the joint are narrow (`年工` + `作安排` → `年工作安排`).
void append_continuation(std::string& text, std::string_view continuation);
// All blanks removed: the form of 一级/二级 headings and codes.
std::string without_spaces(std::string_view text);

// A label reduced for comparison: blanks removed and full-width ASCII folded to half-width
// (`资金支出计 划（%）` → `资金支出计划(%)`). Held in a fixed buffer; text too long to be a
// label gives an empty key.
class Key {
 public:
  explicit Key(std::string_view text) noexcept;
  std::string_view view() const noexcept { return {buffer_.data(), size_}; }
  bool empty() const noexcept { return size_ == 0; }
  bool operator==(std::string_view other) const noexcept { return view() == other; }
  bool starts_with(std::string_view s) const noexcept { return view().starts_with(s); }
  bool ends_with(std::string_view s) const noexcept { return view().ends_with(s); }
  bool contains(std::string_view s) const noexcept { return view().find(s) != std::string_view::npos; }

 private:
  std::array<char, 160> buffer_;  // only [0, size_) is ever read
  std::size_t size_ = 0;
};

// The words of a text without blanks, full-width forms folded to half-width: texts that differ
// only in those (`资金(第二批)`, `资金（第二批）`) fold to the same string.
std::string folded(std::string_view text);

// A numbered item: `1.` `2．` `3、` `(4)` `（5）` with Arabic digits, or `一、` `（二）` with Chinese
// numerals. `rest` is the text after the marker, trimmed.
struct Numbered {
  int number = 0;
  std::string_view rest;
};
std::optional<Numbered> leading_number(std::string_view text) noexcept;
// An Arabic (up to two digits) or Chinese number at the front of `s`, consumed.
std::optional<int> leading_any_number(std::string_view& s) noexcept;
std::optional<Numbered> leading_chinese_number(std::string_view text) noexcept;
// 一 … 九十九 as written in headings; nullopt for anything else.
std::optional<int> chinese_numeral(std::string_view text) noexcept;

// The month a spending-plan label stands for: `3月底`, `10 月`, `12月末`, `三月底`, `2025年6月底`,
// `年底` (12), `上半年` (6), `第三季度` (9). nullopt if the text is not a milestone label.
std::optional<int> milestone_month(std::string_view label) noexcept;
// A cumulative percentage as plans write it: `25%`, `25 ％`, `25`, `100百分比`.
std::optional<Decimal> percent_value(std::string_view text) noexcept;
// An indicator's weight as 权重/分值 columns write it: `20`, `12.5`, `20%`, `20 ％`, `20分`, from 0
// to 100 with at most four decimals. nullopt for anything else.
std::optional<Decimal> weight_value(std::string_view text) noexcept;
// An indicator's 指标方向性: 正向 / 正向指标 / 越大越好 are forward, 反向 / 反向指标 / 越小越好 reverse,
// 中性 / 中性指标 and a blank cell none; nullopt for any other word.
std::optional<Direction> direction_value(std::string_view text) noexcept;

// A cell saying that a figure does not apply: `/`, `—`, `——`, `-`, `--` (full-width forms too).
bool is_not_applicable(std::string_view cell) noexcept;
// The filler of a blank form's rows: `……`, `…`, `...`, `。。。`.
bool is_ellipsis(std::string_view cell) noexcept;
// A 三级 cell without the number a blank form prints before the name: `指标1：活动次数` → `活动次数`,
// `指标二、培训人次` → `培训人次`, a bare `指标2：` → empty; other text as it is.
std::string_view without_indicator_number(std::string_view cell) noexcept;

// The points a 一级 cell prints after its name: `产出指标(50分)`, `产出指标（50分）`, `成本指标(0-20)分`,
// `效益指标（20-40分）`, `满意度指标（0～10分）`. `name` is the cell's text before the bracket, trimmed.
struct LevelPoints {
  std::string_view name;
  Decimal low;
  Decimal high;
};
std::optional<LevelPoints> level_points(std::string_view cell) noexcept;

// A line that states only the year a form is for, as forms print it under their title:
// `（2024年度）`, `(2024年)`, `2024年度`.
std::optional<int> year_line(std::string_view line) noexcept;

// Page numbers and running footers between tables: `5`, `- 5 -`, `第 5 页`, `第5页 共30页`, `5/30`.
bool is_page_number(std::string_view line) noexcept;

// Text quoted for a diagnostic: “…”, cut after `max_code_points`.
std::string excerpt(std::string_view text, std::size_t max_code_points = 24);

}  // namespace jixiao::detail
