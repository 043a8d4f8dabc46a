#pragma once
// The blanks: the one set of code points the library treats as white space — trimmed from cells,
// collapsed or removed between words by the reader, skipped in keys, labels, names and targets.
//
//   U+0009–U+000D, U+0020   ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space
//   U+00A0                  no-break space (HTML &nbsp;, Word)
//   U+1680, U+2000–U+200A,  the other space separators of Unicode: PDF extraction writes en, em, thin
//   U+202F, U+205F          and hair spaces where a table had a gap, inside numbers too (`1 000`)
//   U+3000                  ideographic space, the full-width space of Chinese text
//   U+200B, U+FEFF          zero-width space and zero-width no-break space (a byte order mark left
//                           inside text): invisible, left inside words by PDF extraction and Word
//
// Not blanks: U+0085, U+2028 and U+2029 separate lines, not words; no input seen uses them, and
// they stay as written. Before this set was shared, the reader knew only ASCII, U+00A0 and U+3000,
// and the review the zero-width ones besides; the target grammar knew them all.
//
// The byte tests (blank_at and the tables) and the code-point test (is_space) say the same:
// tests/cpp/values_text_test.cpp checks them against each other over every code point.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::text {

inline constexpr char32_t blanks[] = {0x09,   0x0A,   0x0B,   0x0C,   0x0D,   0x20,   0xA0,   0x1680, 0x2000,
                                      0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                                      0x200A, 0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF};

constexpr bool is_space(char32_t c) noexcept {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}

// The length of the character a byte leads, and 0 for the bytes that may lead a blank (see
// blank_at): scans for blanks step over whole characters, three bytes of CJK text at a time,
// instead of testing every byte. Continuation bytes count 1.
inline constexpr std::array<unsigned char, 256> plain_length = [] {
  std::array<unsigned char, 256> t{};
  for (std::size_t b = 0; b < t.size(); ++b) t[b] = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  for (const unsigned char b : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) t[b] = 0;
  return t;
}();

// The length of the blank starting at s[i] (< s.size()), in bytes; 0 if s[i] starts no blank.
// Byte tests instead of decoding: cells are mostly CJK text without blanks, and decoding every
// character to learn that dominated trim, clean_text and Key. Only the leads 09–0D, 20, C2, E1,
// E2, E3 and EF can start a blank.
inline std::size_t blank_at(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (plain_length[b0] != 0) return 0;  // nearly every byte: one look-up
  if (b0 < 0x80) return 1;
  if (b0 == 0xC2) return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  if (s.size() - i < 3) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  switch (b0) {
    case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0;                                   // U+1680
    case 0xE2:  // U+2000–U+200B, U+202F; U+205F
      return (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F) ? 3 : 0;
    case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0;                                   // U+3000
    case 0xEF: return b1 == 0xBB && b2 == 0xBF ? 3 : 0;                                   // U+FEFF
    default: return 0;
  }
}

// The last bytes of the blanks: 09–0D, 20, 80–8B (U+1680, U+2000–U+200B, U+3000), 9F, A0, AF, BF.
inline constexpr std::array<bool, 256> may_end_blank = [] {
  std::array<bool, 256> t{};
  for (const unsigned char b : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x9F, 0xA0, 0xAF, 0xBF}) t[b] = true;
  for (unsigned b = 0x80; b <= 0x8B; ++b) t[b] = true;
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

// The text without leading and trailing blanks.
std::string_view trim_blanks(std::string_view text) noexcept;
// The text ends with a blank. Inline: a table look-up of the last byte decides for most texts.
inline bool ends_with_blank(std::string_view s) noexcept {
  const auto last = static_cast<unsigned char>(s.back());
  if (!may_end_blank[last]) return false;
  if (last < 0x80) return true;
  const std::size_t n = s.size();
  return (n >= 2 && blank_at(s.substr(n - 2), 0) == 2) || (n >= 3 && blank_at(s.substr(n - 3), 0) == 3);
}
// trim_blanks, inline for the common case: most cells neither start nor end with a blank, and
// byte tests at both ends tell. Every cell of every row is trimmed.
inline std::string_view trim(std::string_view text) noexcept {
  if (text.empty() || (blank_at(text, 0) == 0 && !ends_with_blank(text))) return text;
  return trim_blanks(text);
}

// Nothing but blanks (or nothing).
inline bool is_blank(std::string_view text) noexcept { return trim(text).empty(); }

// The text with every blank removed: the form of 一级/二级 headings and codes.
std::string without_spaces(std::string_view text);

}  // namespace jixiao::text
