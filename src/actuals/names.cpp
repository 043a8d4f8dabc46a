#include "names.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace jixiao::detail {
namespace {

// Indicator names as the tables write them: spaces from the PDF extraction do not count.
// A byte test, not a substring comparison: it runs for every byte of every name matched.
bool compact_skips(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (s[i] == ' ' || s[i] == '\t') return true;
  return byte(i) == 0xE3 && i + 2 < s.size() && byte(i + 1) == 0x80 && byte(i + 2) == 0x80;  // U+3000
}
std::size_t skipped_width(std::string_view s, std::size_t i) { return s[i] == ' ' || s[i] == '\t' ? 1 : 3; }

}  // namespace

// Runs between skipped characters are appended whole, not byte by byte.
std::string compact(std::string_view s) {
  std::string out;
  std::size_t run = 0;  // the first byte not yet copied
  for (std::size_t i = 0; i < s.size();) {
    if (compact_skips(s, i)) {
      out += s.substr(run, i - run);
      i += skipped_width(s, i);
      run = i;
      continue;
    }
    ++i;
  }
  out += s.substr(run);
  return out;
}

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
  std::size_t i = 0;
  // Whole words first, while no byte is below '!' (space, tab) or the lead byte of U+3000: mixed
  // as the loop below would gather them, without its bookkeeping (names are CJK text).
  for (; i + 8 <= s.size(); i += 8) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, 8);
    if constexpr (std::endian::native == std::endian::little) chunk = __builtin_bswap64(chunk);
    const bool below_bang = ((chunk - ones * '!') & ~chunk & (ones << 7)) != 0;
    if (below_bang || has_byte(chunk, 0xE3)) break;
    hash = mix(hash, chunk);
  }
  while (i < s.size()) {
    // Up to eight bytes of which none can begin a skipped character (space, tab, the lead byte of
    // U+3000) go in at once, read as one word ending where they end: names are CJK text that
    // rarely has one, and byte by byte this loop was an eighth of evaluation (callgrind).
    if (s.size() >= 8) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(8, s.size() - i));
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, s.data() + i + n - 8, 8);
      if constexpr (std::endian::native == std::endian::little) chunk = __builtin_bswap64(chunk);
      if (n < 8) chunk &= (std::uint64_t{1} << (8 * n)) - 1;  // the last n bytes; zeros are not skipped
      if (!has_byte(chunk, ' ') && !has_byte(chunk, '\t') && !has_byte(chunk, 0xE3)) {
        gather(chunk, n);
        i += n;
        continue;
      }
    }
    if (compact_skips(s, i)) {
      i += skipped_width(s, i);
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
    while (i < a.size() && compact_skips(a, i)) i += skipped_width(a, i);
    while (j < b.size() && compact_skips(b, j)) j += skipped_width(b, j);
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}


}  // namespace jixiao::detail
