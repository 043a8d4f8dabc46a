#pragma once
// UTF-8, the one way the library reads and writes it (values layer, private to src/): decoding a
// code point, stepping over one, encoding one, counting them. Everything that reads characters
// from text goes through decode; the reader's input decoding (src/read/encoding.cpp) is the
// only other place that looks at UTF-8 sequences, to validate and repair whole files.

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::text {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes taken from the input (1 for a malformed byte)
};

inline constexpr char32_t replacement_character = 0xFFFD;

// decode for everything but ASCII and the common three-byte sequences: out of line.
CodePoint decode_rest(std::string_view s, std::size_t at) noexcept;

// The code point starting at byte `at` (< s.size()). A malformed byte — not the start of a
// well-formed sequence: a stray continuation, an overlong form, a surrogate, beyond U+10FFFF, or
// cut short — gives U+FFFD with length 1, so that the next call resynchronises on the next byte.
// Inline for ASCII and for three-byte sequences led by E1–EC or EE–EF (U+1000–U+CFFF,
// U+E000–U+FFFF: all of CJK, none of them overlong or a surrogate): every character of every
// cell is read here.
inline CodePoint decode(std::string_view s, std::size_t at) noexcept {
  const auto lead = static_cast<unsigned char>(s[at]);
  if (lead < 0x80) return {lead, 1};
  if (lead >= 0xE1 && lead != 0xED && s.size() - at >= 3 && lead <= 0xEF) {
    const auto b1 = static_cast<unsigned char>(s[at + 1]);
    const auto b2 = static_cast<unsigned char>(s[at + 2]);
    if ((b1 & 0xC0u) == 0x80u && (b2 & 0xC0u) == 0x80u)
      return {(char32_t(lead & 0x0Fu) << 12) | (char32_t(b1 & 0x3Fu) << 6) | char32_t(b2 & 0x3Fu), 3};
  }
  return decode_rest(s, at);
}

// The U+FFFD that decode gives for a malformed byte (not a well-formed U+FFFD, three bytes long).
constexpr bool malformed(CodePoint c) noexcept { return c.length == 1 && c.value == replacement_character; }

// The code point at s[i], advancing i past it.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const CodePoint c = decode(s, i);
  i += c.length;
  return c.value;
}

// The code point ending just before s[end] (0 < end <= s.size()).
char32_t code_point_before(std::string_view s, std::size_t end) noexcept;

// The length a byte announces as the lead of a sequence: 1 for ASCII and for continuation bytes,
// then 2, 3, 4. For stepping over text known to be valid UTF-8 without decoding it.
inline std::size_t char_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

void append_utf8(std::string& out, char32_t cp);

// The one code-point counter of the library (columns of diagnostics, parse errors and JSON
// errors, short labels): the bytes that are not UTF-8 continuation bytes, which in valid UTF-8 are
// the code points; a stray continuation byte counts nothing, any other invalid byte one.
inline std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return n;
}

}  // namespace jixiao::text
