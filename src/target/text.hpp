#pragma once
// The normal form in which the unit registry and the target grammar read a cell (values layer,
// private to src/), and the byte-wise word tests of those grammars. UTF-8, the blanks and the
// full-width fold are the library's one set of text helpers in src/text/.

#include "../text/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::text {

// Writes into `out` (cleared first) the normal form of `in`:
// - blanks (src/text/blanks.hpp) removed, since PDF extraction scatters them inside words and
//   numbers (`9 5 %`, `1 000`);
// - full-width ASCII (０-９, ％, ＞, ＝, （, ，, ～ …) folded to ASCII (src/text/fold.hpp);
// - ≥ ≧ ⩾ ≮ written `>=`, ≤ ≦ ⩽ ≯ written `<=`, so one comparator has one spelling;
// - hyphens and dashes (‐ – — ― − ﹣) written `-`, wave dashes (〜 ∼) `~`;
// - invalid UTF-8 replaced by U+FFFD.
void normalize(std::string_view in, std::string& out);

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Byte by byte: the words are short, and most comparisons fail at the first or second byte, where
// a call to memcmp would cost more than the comparison.
inline bool starts_with(std::string_view s, std::size_t at, std::string_view word) noexcept {
  if (s.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (s[at + k] != word[k]) return false;
  return true;
}

inline bool ends_with(std::string_view s, std::string_view word) noexcept {
  return s.size() >= word.size() && starts_with(s, s.size() - word.size(), word);
}

inline bool contains(std::string_view s, std::string_view word) noexcept {
  return s.find(word) != std::string_view::npos;
}

}  // namespace jixiao::text
