#include "encoding.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iconv.h>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jixiao::detail {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view gb18030_bom = "\x84\x31\x95\x33";
constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

struct Step {
  std::size_t length;  // bytes consumed: a whole character, or the maximal invalid subpart
  bool valid;
};

// One UTF-8 character per Unicode Table 3-7 (no overlongs, surrogates or code points past U+10FFFF).
Step utf8_step(const unsigned char* p, std::size_t left) noexcept {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return {1, true};
  if (b0 < 0xC2 || b0 > 0xF4) return {1, false};
  const std::size_t need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;
  if (b0 == 0xED) hi = 0x9F;
  if (b0 == 0xF0) lo = 0x90;
  if (b0 == 0xF4) hi = 0x8F;
  for (std::size_t k = 1; k < need; ++k) {
    if (k >= left) return {k, false};
    const unsigned char b = p[k];
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return {k, false};
  }
  return {need, true};
}

// A three-byte character whose lead (E1–EC, EE, EF) allows any continuation bytes: nearly every
// CJK character. The lead by a table and both continuation bytes by one 16-bit load: this test
// runs once per character of Chinese text.
constexpr std::array<bool, 256> free_three_byte_lead = [] {
  std::array<bool, 256> t{};
  for (std::size_t b = 0xE1; b <= 0xEF; ++b) t[b] = b != 0xED;
  return t;
}();

inline bool three_byte_at(const unsigned char* p, std::size_t i, std::size_t n) noexcept {
  if (n - i < 3 || !free_three_byte_lead[p[i]]) return false;
  std::uint16_t tail;
  std::memcpy(&tail, p + i + 1, 2);
  return (tail & 0xC0C0u) == 0x8080u;
}

struct Utf8Scan {
  std::size_t invalid = 0;    // invalid sequences
  std::size_t multibyte = 0;  // valid non-ASCII characters
  std::size_t first_invalid = std::string_view::npos;
};

// One character (or maximal invalid sequence) at p[i], counted into `scan`: its length.
std::size_t scan_step(const unsigned char* p, std::size_t i, std::size_t n, Utf8Scan& scan) noexcept {
  if (p[i] < 0x80) return 1;
  if (three_byte_at(p, i, n)) {
    ++scan.multibyte;
    return 3;
  }
  const Step step = utf8_step(p + i, n - i);
  if (step.valid) scan.multibyte += step.length > 1;
  else if (scan.invalid++ == 0) scan.first_invalid = i;
  return step.length;
}

#if defined(__SSE2__)
// Sixteen bytes at p (a character boundary) made only of ASCII and whole three-byte characters
// with free leads (E1–EC, EE, EF), tested with SSE2 masks: the bytes up to the last character
// boundary in them (14 to 16), their characters counted into `multibyte`; 0 for any other block,
// which the caller then steps through one character at a time. Chinese text is almost all such
// blocks, and this replaces a branch per character by a few instructions per 16 bytes.
std::size_t simple_block(const unsigned char* p, std::size_t& multibyte) noexcept {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // As signed bytes: continuation bytes 80–BF are -128…-65, leads E0–EF are -32…-17.
  const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
  const auto continuation = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  const __m128i e1_to_ef = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-32)), _mm_cmplt_epi8(v, _mm_set1_epi8(-16)));
  const auto lead = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(-19)), e1_to_ef)));  // without ED
  if (((~high | continuation | lead) & 0xFFFFu) != 0xFFFFu) return 0;
  if (continuation != (((lead << 1) | (lead << 2)) & 0xFFFFu)) return 0;
  // A lead in byte 14 or 15 has its continuation bytes in the next block: it starts that block.
  const unsigned split = lead & 0xC000u;
  // Bits counted by a table: std::popcount is a library call without -mpopcnt, which the
  // portable x86-64 build cannot assume.
  static constexpr std::array<unsigned char, 256> bits = [] {
    std::array<unsigned char, 256> t{};
    for (std::size_t b = 0; b < t.size(); ++b) t[b] = static_cast<unsigned char>(std::popcount(b));
    return t;
  }();
  const unsigned counted = lead & ~split;
  multibyte += bits[counted & 0xFFu] + bits[counted >> 8];
  return split & 0x8000u ? 15 : split ? 14 : 16;
}
#endif

// `detecting`: stop as soon as the text can no longer count as UTF-8 (see decode), which in GBK
// text is a fraction of the way in; the counts are then those of the part scanned.
Utf8Scan scan_utf8(std::string_view s, bool detecting) noexcept {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    // Each character still to come is at least two bytes if it adds to `multibyte`.
    if (detecting && scan.multibyte + (n - i) / 2 < 4 * scan.invalid) break;
#if defined(__SSE2__)
    if (n - i >= 16) {
      if (const std::size_t run = simple_block(p + i, scan.multibyte)) {
        i += run;
        continue;
      }
    }
#endif
    for (const std::size_t end = std::min(n, i + 16); i < end;) i += scan_step(p, i, n, scan);
  }
  return scan;
}

std::string repair_utf8(std::string_view s, std::vector<std::size_t>& replaced) {
  std::string out;
  out.reserve(s.size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t run = 0;  // start of the current valid run
  for (std::size_t i = 0; i < s.size();) {
    const Step step = utf8_step(p + i, s.size() - i);
    if (!step.valid) {
      out.append(s.substr(run, i - run));
      replaced.push_back(out.size());
      out.append(replacement);
      run = i + step.length;
    }
    i += step.length;
  }
  out.append(s.substr(run));
  return out;
}

class Iconv {
 public:
  Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw Error(std::string("the C library cannot convert ") + from);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  ~Iconv() { iconv_close(cd_); }
  iconv_t get() const noexcept { return cd_; }

 private:
  iconv_t cd_;
};

// GB18030 to UTF-8 with iconv, appended to `out` from `written` on; each undecodable byte (or
// incomplete final character) becomes U+FFFD. Offsets in `replaced` count in `out`, `first_invalid`
// from the start of `whole`, of which `s` is a part. A character cut by the end of `s` where
// `whole` goes on is left for the caller: the bytes converted are returned.
std::size_t iconv_gb18030(const Iconv& converter, std::string_view whole, std::string_view s, std::string& out,
                          std::size_t& written, std::vector<std::size_t>& replaced, std::size_t& first_invalid) {
  const bool at_end = s.data() + s.size() == whole.data() + whole.size();
  char* in = const_cast<char*>(s.data());  // iconv's signature; it does not write the input
  std::size_t in_left = s.size();
  const auto room = [&](std::size_t bytes) {
    if (out.size() - written < bytes) out.resize(2 * out.size() + bytes);
  };
  while (in_left > 0) {
    char* dst = out.data() + written;
    std::size_t out_left = out.size() - written;
    const std::size_t status = iconv(converter.get(), &in, &in_left, &dst, &out_left);
    const int error = errno;
    written = static_cast<std::size_t>(dst - out.data());
    if (status != static_cast<std::size_t>(-1)) break;
    if (error == E2BIG) {
      room(out.size());
      continue;
    }
    if (error != EILSEQ && error != EINVAL)
      throw Error(std::string("GB18030 decoding failed: ") + std::strerror(error));
    if (error == EINVAL && !at_end) break;
    if (first_invalid == std::string_view::npos) first_invalid = static_cast<std::size_t>(in - whole.data());
    room(replacement.size());
    replaced.push_back(written);
    out.replace(written, replacement.size(), replacement);
    written += replacement.size();
    // EINVAL: the input ends inside a character; EILSEQ: skip the offending byte and go on.
    const std::size_t skip = error == EINVAL ? in_left : 1;
    in += skip;
    in_left -= skip;
  }
  return s.size() - in_left;
}

// The code point of each two-byte GB18030 character (lead 81–FE, trail 40–7E or 80–FE), as
// iconv converts it, or 0 where iconv does not give one BMP character. Built once, by iconv
// itself, so that the table cannot disagree with the conversion it stands in for.
class TwoByteTable {
 public:
  TwoByteTable() {
    const Iconv converter("UTF-32LE", "GB18030");
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
      // A row of codes in one call; a row where some code gives no single BMP character is done
      // code by code.
      std::array<char, 2 * 190> row{};
      std::size_t k = 0;
      for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
        if (trail == 0x7F) continue;
        row[k++] = static_cast<char>(lead);
        row[k++] = static_cast<char>(trail);
      }
      std::array<char32_t, 190> points{};
      if (convert(converter, {row.data(), row.size()}, points) == points.size()) {
        for (std::size_t c = 0; c < points.size(); ++c) store(row[2 * c], row[2 * c + 1], points[c]);
        continue;
      }
      for (std::size_t c = 0; c < points.size(); ++c) {
        std::array<char32_t, 1> one{};
        if (convert(converter, {row.data() + 2 * c, 2}, one) == 1) store(row[2 * c], row[2 * c + 1], one[0]);
      }
    }
  }
  // 0 when (lead, trail) is no two-byte character the table holds.
  char16_t at(unsigned char lead, unsigned char trail) const noexcept {
    if (lead < 0x81 || lead == 0xFF || trail < 0x40 || trail == 0x7F || trail == 0xFF) return 0;
    return points_[index(lead, trail)];
  }

 private:
  static std::size_t index(unsigned char lead, unsigned char trail) noexcept {
    return static_cast<std::size_t>(lead - 0x81) * 191 + (trail - 0x40);
  }
  // The characters `codes` convert to, when all of them convert, each to one code point; else 0.
  template <std::size_t N>
  static std::size_t convert(const Iconv& converter, std::string_view codes, std::array<char32_t, N>& points) {
    iconv(converter.get(), nullptr, nullptr, nullptr, nullptr);  // reset after a failed call
    char* in = const_cast<char*>(codes.data());
    std::size_t in_left = codes.size();
    char* out = reinterpret_cast<char*>(points.data());
    std::size_t out_left = sizeof(char32_t) * N;
    if (iconv(converter.get(), &in, &in_left, &out, &out_left) == static_cast<std::size_t>(-1) || in_left != 0 ||
        out_left != 0)
      return 0;
    return N;
  }
  void store(char lead, char trail, char32_t point) noexcept {
    if (point >= 0x80 && point <= 0xFFFF)
      points_[index(static_cast<unsigned char>(lead), static_cast<unsigned char>(trail))] = static_cast<char16_t>(point);
  }
  std::array<char16_t, 126 * 191> points_{};
};

// GB18030 to UTF-8; each undecodable byte (or incomplete final character) becomes U+FFFD.
// ASCII and two-byte characters, nearly all of a GBK document, are converted through the table;
// anything else (four-byte characters, bytes that decode to nothing) goes to iconv together with
// the rest of its line and three bytes more. iconv keeps no state between calls for GB18030, a
// line feed is never part of a multi-byte character, and every character starting up to the line
// feed has its four bytes in view (iconv calls a character cut short incomplete, not invalid,
// even when its bytes so far already rule it out), so this gives the same text as one call over
// everything. Calling iconv for the whole text took 40 % of reading a GBK document.
std::string decode_gb18030(std::string_view s, std::vector<std::size_t>& replaced, std::size_t& first_invalid) {
  static const TwoByteTable table;
  const Iconv converter("UTF-8", "GB18030");
  // Chinese text grows by half (2 bytes → 3); the buffer grows if undecodable bytes need more.
  std::string out(s.size() + s.size() / 2 + 16, '\0');
  std::size_t written = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    // The table's characters take at most 1.5 times their bytes: with that much room, the loop
    // below writes through a pointer without checking (only iconv, for undecodable bytes, writes
    // more) — text::append_utf8 would grow the string a byte at a time.
    const std::size_t room = (s.size() - i) + (s.size() - i) / 2 + 16;
    if (out.size() - written < room) out.resize(written + room);
    char* dst = out.data() + written;
    while (i < s.size()) {
      if (p[i] < 0x80) {
        *dst++ = static_cast<char>(p[i++]);
        continue;
      }
      const char16_t cp = i + 1 < s.size() ? table.at(p[i], p[i + 1]) : char16_t{0};
      if (cp == 0) break;
      if (cp < 0x800) {
        *dst++ = static_cast<char>(0xC0 | (cp >> 6));
      } else {
        *dst++ = static_cast<char>(0xE0 | (cp >> 12));
        *dst++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      }
      *dst++ = static_cast<char>(0x80 | (cp & 0x3F));
      i += 2;
    }
    written = static_cast<std::size_t>(dst - out.data());
    if (i == s.size()) break;
    const std::size_t line_end = s.find('\n', i);
    const std::size_t end = line_end == std::string_view::npos ? s.size() : std::min(s.size(), line_end + 4);
    i += iconv_gb18030(converter, s, s.substr(i, end - i), out, written, replaced, first_invalid);
  }
  out.resize(written);
  return out;
}

// Repairing text where more than one byte in fifty is bad would invent a document.
bool too_damaged(std::size_t invalid, std::size_t size) noexcept { return invalid > 8 && invalid * 50 > size; }

}  // namespace

DecodedText decode(std::string_view bytes, Encoding stated) {
  DecodedText result;
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    throw EncodingError("the input is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8", 0);
  Encoding encoding = stated;
  std::size_t bom = 0;  // offsets in errors count from the start of the input, BOM included
  if (bytes.starts_with(utf8_bom) && stated != Encoding::gb18030) {
    bom = utf8_bom.size();
    encoding = Encoding::utf8;
  } else if (bytes.starts_with(gb18030_bom) && stated != Encoding::utf8) {
    bom = gb18030_bom.size();
    encoding = Encoding::gb18030;
  }
  bytes.remove_prefix(bom);
  // memchr on the null data() of an empty view is undefined even for size 0.
  if (const void* nul = bytes.empty() ? nullptr : std::memchr(bytes.data(), '\0', bytes.size())) {
    const auto at = bom + static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    throw EncodingError("the input is binary data, not text (a NUL byte at offset " + std::to_string(at) + ")", at);
  }

  if (encoding != Encoding::gb18030) {
    const Utf8Scan scan = scan_utf8(bytes, encoding == Encoding::detect);
    // GBK read as UTF-8 is almost all invalid; UTF-8 with a damaged byte is almost all valid.
    const bool utf8 = encoding == Encoding::utf8 || scan.invalid == 0 || scan.multibyte >= 4 * scan.invalid;
    if (utf8) {
      result.encoding_ = Encoding::utf8;
      if (scan.invalid == 0) {
        result.borrowed_ = bytes;
        return result;
      }
      if (too_damaged(scan.invalid, bytes.size()))
        throw EncodingError(
            "the input is not UTF-8: " + std::to_string(scan.invalid) + " invalid sequences, the first at byte " +
                std::to_string(bom + scan.first_invalid) +
                (stated == Encoding::utf8 ? " (is it GB18030/GBK? state that encoding or let it be detected)" : ""),
            bom + scan.first_invalid);
      result.storage_ = repair_utf8(bytes, result.replaced_);
      result.owned_ = true;
      return result;
    }
    result.detected_gb18030_ = true;
  }

  std::size_t first_invalid = std::string_view::npos;
  result.storage_ = decode_gb18030(bytes, result.replaced_, first_invalid);
  result.owned_ = true;
  result.encoding_ = Encoding::gb18030;
  if (too_damaged(result.replaced_.size(), bytes.size()))
    throw EncodingError(std::string("the input is neither UTF-8 nor GB18030: ") +
                            std::to_string(result.replaced_.size()) + " undecodable sequences, the first at byte " +
                            std::to_string(bom + first_invalid),
                        bom + first_invalid);
  return result;
}

}  // namespace jixiao::detail
