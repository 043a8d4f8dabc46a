#include "names.hpp"

#include "../text/blanks.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace jixiao::detail {

// Indicator names as the tables write them: blanks from the PDF extraction do not count
// (text::without_spaces; text::blank_at is a byte test, run for every byte of every name matched).
std::string compact(std::string_view s) { return text::without_spaces(s); }

// A hash of the compacted bytes: equal when compact(a) == compact(b), without building either.
// Bytes are gathered eight to a word and each word mixed once: a multiply per byte (FNV) made
// this loop a tenth of match time.
std::uint64_t compact_hash(std::string_view s) {
  const auto mix = [](std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
  };
  std::uint64_t hash = 0x243F6A8885A308D3ull;
  std::uint64_t word = 0;
  unsigned gathered = 0;
  // Appends n (1–8) bytes, big-endian in the low 8n bits of `bytes`, as n steps of the byte loop.
  const auto gather = [&](std::uint64_t bytes, unsigned n) {
    const unsigned room = 8 - gathered;
    if (n < room) {
      word = (word << (8 * n)) | bytes;
      gathered += n;
      return;
    }
    const unsigned rest = n - room;
    const std::uint64_t head = rest ? bytes >> (8 * rest) : bytes;
    hash = mix(hash, room == 8 ? head : (word << (8 * room)) | head);
    word = rest ? bytes & ((std::uint64_t{1} << (8 * rest)) - 1) : 0;
    gathered = rest;
  };
  // Whether a byte of x is c (exact for "any": the zero-byte test on x ^ c…c).
  const auto has_byte = [](std::uint64_t x, unsigned char c) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    const std::uint64_t v = x ^ (ones * c);
    return ((v - ones) & ~v & (ones << 7)) != 0;
  };
  // Whether a byte of x may start a blank: below '!' (the ASCII blanks), C2, E1–E3 or EF (E0
  // included by the mask, harmlessly: the byte loop below decides).
  const auto may_start_blank = [&](std::uint64_t x) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    const bool below_bang = ((x - ones * '!') & ~x & (ones << 7)) != 0;
    return below_bang || has_byte(x, 0xC2) || has_byte(x & ~(ones * 0x03), 0xE0) || has_byte(x, 0xEF);
  };
  std::size_t i = 0;
  // Whole words first, while no byte may start a blank: mixed as the loop below would gather
  // them, without its bookkeeping (names are CJK text).
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, 8);
    if constexpr (std::endian::native == std::endian::little) chunk = __builtin_bswap64(chunk);
    if (may_start_blank(chunk)) break;
    hash = mix(hash, chunk);
  }
  while (i < s.size()) {
    // Up to eight bytes of which none can begin a blank go in at once, read as one word ending
    // where they end: names are CJK text that rarely has one, and byte by byte this loop was an
    // eighth of evaluation (callgrind).
    if (s.size() >= 8) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(8, s.size() - i));
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, s.data() + i + n - 8, 8);
      if constexpr (std::endian::native == std::endian::little) chunk = __builtin_bswap64(chunk);
      // The last n bytes; the bytes before them tested as 'A', which starts no blank.
      const std::uint64_t kept = n < 8 ? (std::uint64_t{1} << (8 * n)) - 1 : ~std::uint64_t{0};
      if (!may_start_blank(chunk | (~kept & 0x4141414141414141ull))) {
        gather(chunk & kept, n);
        i += n;
        continue;
      }
    }
    if (const std::size_t blank = text::blank_at(s, i)) {
      i += blank;
      continue;
    }
    gather(static_cast<unsigned char>(s[i++]), 1);
  }
  return mix(hash, word ^ (std::uint64_t{gathered} << 56));
}

// compact(a) == compact(b), without building either.
bool same_compacted(std::string_view a, std::string_view b) {
  if (a == b) return true;  // the usual case: an actuals file copies the table's names
  std::size_t i = 0;
  std::size_t j = 0;
  for (;;) {
    while (i < a.size() && text::blank_at(a, i) != 0) i += text::blank_at(a, i);
    while (j < b.size() && text::blank_at(b, j) != 0) j += text::blank_at(b, j);
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}


}  // namespace jixiao::detail
