#pragma once
// Text as PDF extraction leaves it: UTF-8 stepping, spaces inserted inside CJK words, full-width
// forms, and the small grammars the reader recognises in labels (numbering, milestones, percents).
// Everything here works on views of the decoded buffer; only clean_text builds strings.

#include "../target/text.hpp"
#include "../text/blanks.hpp"
#include "../text/excerpt.hpp"
#include "../text/fold.hpp"
#include "../text/utf8.hpp"

#include <jixiao/decimal.hpp>
#include <jixiao/target.hpp>
#include <jixiao/text.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// The library's text helpers (src/text/), under the names the reader's files call them by.
using text::blank_at;
using text::char_length;
using text::code_point_before;
using text::folded;
using text::is_blank;
using text::is_space;
using text::next_code_point;
using text::next_stop;
using text::trim;
using text::without_spaces;

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

// Cell text for the model: trimmed, blank runs collapsed to one space, and blanks between two
// wide characters removed (`社会效益指 标` → `社会效益指标`, `2024 年` stays).
std::string clean_text(std::string_view text);
// Appends the continuation of a cell split by a page break: cleaned, joined without a space
// unless both sides of the joint are narrow (`年工` + `作安排` → `年工作安排`).
void append_continuation(std::string& text, std::string_view continuation);
void append_continuation(Text& text, std::string_view continuation);
// Items as model texts.
std::vector<Text> texts(const std::vector<std::string>& items);
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
inline std::string excerpt(std::string_view text, std::size_t max_code_points = 24) {
  return text::excerpt(text, max_code_points);
}

}  // namespace jixiao::detail
