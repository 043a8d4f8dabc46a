#pragma once
// Text helpers of the values layer (private to src/): UTF-8 decoding and the normal form in which
// the unit registry and the target grammar read a cell.

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::text {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes taken from the input (1 for an invalid byte)
};

// The code point starting at byte `at`; an invalid or truncated sequence gives U+FFFD, length 1.
CodePoint decode(std::string_view s, std::size_t at) noexcept;

void append_utf8(std::string& out, char32_t cp);

// Writes into `out` (cleared first) the normal form of `in`:
// - white space of any kind (ASCII, U+3000, no-break and zero-width spaces) removed, since PDF
//   extraction scatters it inside words and numbers (`9 5 %`, `1 000`);
// - full-width ASCII (０-９, ％, ＞, ＝, （, ，, ～ …) folded to ASCII;
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

// The one code-point counter of the library (columns of diagnostics, parse errors and JSON
// errors, short labels): the bytes that are not UTF-8 continuation bytes, which in valid UTF-8 are
// the code points; a stray continuation byte counts nothing, any other invalid byte one.
inline std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return n;
}

}  // namespace jixiao::text
