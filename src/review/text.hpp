#pragma once
// Text tests the review rules share. Cells come from PDF extraction, so words may carry spaces
// (市科协 2024 年工作 安排) and labels stray punctuation: comparisons skip both. The tests run once
// or more per indicator and do not allocate; only cite, concat and the WordMatcher's constructor do.

#include "../concat.hpp"
#include "../text/blanks.hpp"
#include "../text/excerpt.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::review_detail {

// Blanks (src/text/blanks.hpp): trim(cell) without leading and trailing ones; is_blank(cell) when
// the cell holds nothing else.
using text::is_blank;
using text::trim;

// A cell's label: what the label tests compare. Blanks and punctuation are skipped and full-width
// forms folded to ASCII (「市民科普素质提升程度。」 → 市民科普素质提升程度, ５０％ → 50%);
// a malformed byte stands for itself. Writes it to `out`, which has room for text.size() code
// points, and returns its length. Review works out the labels of names and values once per
// indicator: each is compared with several cells.
std::size_t write_label(std::string_view text, char32_t* out) noexcept;

// A cell that only stands in for a value: nothing but punctuation (/, --), or 无, 暂无, 待定 ….
bool placeholder(std::string_view text) noexcept;
// The same, for a cell whose label is known.
bool placeholder(std::string_view text, std::u32string_view label) noexcept;

// Equal labels: 「市民科普素质提升程度」 and 「市民科普素质提升程度。」 say the same. Two blank cells
// are not "the same label". Either cell may be given by its label: a cell compared with several
// others is read once.
bool same_label(std::string_view a, std::string_view b) noexcept;
bool same_label(std::string_view text, std::u32string_view label) noexcept;
inline bool same_label(std::u32string_view a, std::u32string_view b) noexcept { return !a.empty() && a == b; }

// The first code point of a cell's label, or 0 when it has none (or starts with U+0000). Most pairs
// of cells differ there: with it worked out once per cell, the overloads below mostly answer without
// reading the text, and read it whenever the first code points agree.
char32_t first_significant(std::string_view text) noexcept;
inline bool same_label(char32_t text_first, std::string_view text, std::u32string_view label) noexcept {
  return !label.empty() && label.front() == text_first && same_label(text, label);
}
inline bool same_label(char32_t a_first, std::string_view a, char32_t b_first, std::string_view b) noexcept {
  return a_first == b_first && same_label(a, b);
}

// Several word lists matched against a cell in one pass: which lists have a word in it. White
// space in the cell is skipped (活动次 数 contains 次数). Lists are numbered 0–31.
class WordMatcher {
 public:
  // `lists[k]` holds the words of list k.
  explicit WordMatcher(std::span<const std::vector<std::string>* const> lists);
  // Bit `list` is set when a word of that list occurs in `text`.
  std::uint32_t match(std::string_view text) const;

 private:
  // The lists with a word in `text`, and white_space when the text has a space: most cells have
  // none, and finding one on the way saves them a pass of their own.
  std::uint64_t scan(std::string_view text) const;
  static constexpr std::uint64_t white_space = std::uint64_t{1} << 32;

  // The words and the white space as one automaton over bytes (Aho–Corasick, every transition
  // worked out): a cell costs one table step per byte, however many words there are. Bytes that
  // occur in no word share class 0. A word that starts with a well-formed character cannot occur
  // inside another, so its matches are the matches at character boundaries.
  std::array<std::uint16_t, 256> class_{};
  std::size_t classes_ = 1;
  std::vector<std::uint32_t> next_;   // state * classes_ + class → state
  std::vector<std::uint64_t> found_;  // per state: the lists (and white_space) of the words it ends
  // Words that start with a malformed byte match only where the text has that byte standing alone:
  // they are looked for by walking the characters.
  std::vector<std::pair<std::string, std::uint32_t>> stray_;
};

// `whole` ends with `part` (at least two characters; spaces and punctuation skipped): the basis
// 「满意度」 is the tail of the name 「群众满意度」.
bool label_ends_with(std::string_view whole, std::string_view part) noexcept;

// A hash of a label: equal labels hash equal.
std::uint64_t label_hash(std::u32string_view label) noexcept;

// An ASCII or full-width digit anywhere in the text.
bool has_digit(std::string_view text) noexcept;
// A figure other than a year (2024 年 names no baseline): a run of digits that is not 19xx/20xx.
bool has_figure(std::string_view text) noexcept;

using detail::concat;

// The text quoted for a message, cut to `limit` characters with an ellipsis.
inline std::string cite(std::string_view text, std::size_t limit = 40) { return text::excerpt(text, limit); }

}  // namespace jixiao::review_detail
