#include "text.hpp"

#include "../target/text.hpp"

#include <jixiao/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace jixiao::review_detail {
namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t size = 1;  // bytes
};

// Decodes the code point at `i`; a malformed byte stands for itself, one byte long.
CodePoint decode_any(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto continuation = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0u) == 0x80u;
  };
  const auto bits = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3Fu); };
  if (b0 < 0x80) return {b0, 1};
  if ((b0 & 0xE0u) == 0xC0u && continuation(1)) return {(char32_t(b0 & 0x1Fu) << 6) | bits(1), 2};
  if ((b0 & 0xF0u) == 0xE0u && continuation(1) && continuation(2))
    return {(char32_t(b0 & 0x0Fu) << 12) | (bits(1) << 6) | bits(2), 3};
  if ((b0 & 0xF8u) == 0xF0u && continuation(1) && continuation(2) && continuation(3))
    return {(char32_t(b0 & 0x07u) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3), 4};
  return {b0, 1};
}

// decode_any, with the two cases nearly every code point of a cell is taken first — ASCII and a
// well-formed three-byte sequence (all of CJK) — in a body small enough to be inlined: the label
// comparisons decode each character of several cells per indicator.
inline CodePoint decode(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  if ((b0 & 0xF0u) == 0xE0u && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0u) == 0x80u && (b2 & 0xC0u) == 0x80u)
      return {(char32_t(b0 & 0x0Fu) << 12) | (char32_t(b1 & 0x3Fu) << 6) | char32_t(b2 & 0x3Fu), 3};
  }
  return decode_any(s, i);
}

constexpr char32_t spaces[]{' ', '\t', '\n', '\r', '\f', '\v', 0x3000, 0xA0, 0x200B, 0xFEFF};

constexpr bool is_space(char32_t c) noexcept {
  for (const char32_t space : spaces)
    if (c == space) return true;
  return false;
}

constexpr bool is_punctuation(char32_t c) noexcept {
  if (c < 0x80) return c != '%' && ((c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
                                    (c >= 0x7B && c <= 0x7E));
  return (c >= 0x2010 && c <= 0x2027) ||  // dashes, quotes, ellipsis
         (c >= 0x3001 && c <= 0x303F) ||  // 、。〈〉《》「」【】〔〕…
         (c >= 0xFF01 && c <= 0xFF0F && c != 0xFF05) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// Neither white space nor punctuation. Most code points of a label are CJK ideographs, and many
// values start with ≥ or ≤: a range test in the gaps between the space and punctuation blocks
// (U+2028–U+2FFF, U+3040–U+FEFE) decides for them.
constexpr bool significant(char32_t c) noexcept {
  if ((c >= 0x3040 && c < 0xFEFF) || (c >= 0x2028 && c < 0x3000)) return true;
  return !is_space(c) && !is_punctuation(c);
}

// Full-width letters and digits compare as their ASCII forms.
char32_t fold(char32_t c) noexcept { return c >= 0xFF10 && c <= 0xFF5A ? c - 0xFEE0 : c; }

// Reads the code point at `i` of `text` and steps past it; true, with the folded code point in
// `out`, when it carries meaning. Labels are read for several cells of every indicator, so the
// common cases are taken byte by byte: ASCII, decided by a bit mask, and a well-formed three-byte
// sequence led by E4–EE (U+4000–U+EFFF: CJK, all significant, none folded).
inline bool read_significant(std::string_view text, std::size_t& i, char32_t& out) noexcept {
  constexpr auto ascii_mask = [](unsigned half) {
    std::uint64_t mask = 0;
    for (unsigned c = 0; c < 64; ++c)
      if (significant(half * 64 + c)) mask |= std::uint64_t{1} << c;
    return mask;
  };
  static constexpr std::uint64_t ascii_significant[2] = {ascii_mask(0), ascii_mask(1)};
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    out = b0;
    ++i;
    return ((ascii_significant[b0 >> 6] >> (b0 & 63u)) & 1u) != 0;
  }
  if (b0 >= 0xE4 && b0 <= 0xEE && i + 2 < text.size() && (byte(i + 1) & 0xC0u) == 0x80u &&
      (byte(i + 2) & 0xC0u) == 0x80u) {
    out = (char32_t(b0 & 0x0Fu) << 12) | (char32_t(byte(i + 1) & 0x3Fu) << 6) | char32_t(byte(i + 2) & 0x3Fu);
    i += 3;
    return true;
  }
  const CodePoint cp = decode_any(text, i);
  i += cp.size;
  out = fold(cp.value);
  return significant(cp.value);
}

// Steps through the code points that carry meaning, skipping white space and punctuation.
struct Significant {
  std::string_view text;
  std::size_t pos = 0;

  // The next meaningful code point, or nothing at the end.
  bool next(char32_t& out) noexcept {
    while (pos < text.size())
      if (read_significant(text, pos, out)) return true;
    return false;
  }
};

// The last code point that carries meaning, read backwards; 0 when there is none.
char32_t last_significant(std::string_view text) noexcept {
  std::size_t end = text.size();
  // Most cells end with a CJK character: a well-formed sequence led by E4–EE is significant and not folded.
  if (end >= 3) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(end - 3) >= 0xE4 && byte(end - 3) <= 0xEE && (byte(end - 2) & 0xC0u) == 0x80u &&
        (byte(end - 1) & 0xC0u) == 0x80u)
      return (char32_t(byte(end - 3) & 0x0Fu) << 12) | (char32_t(byte(end - 2) & 0x3Fu) << 6) |
             char32_t(byte(end - 1) & 0x3Fu);
  }
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    const CodePoint cp = decode(text, start);
    if (start + cp.size == end && significant(cp.value)) return fold(cp.value);
    end = start + cp.size == end ? start : end - 1;  // a malformed byte stands for itself
  }
  return 0;
}

bool ascii_space(unsigned char b) noexcept { return b == ' ' || (b >= '\t' && b <= '\r'); }

// The white space that `text` starts (ends) with, in bytes, or 0. Trimming runs several times per
// indicator, so one byte decides for most cells: the wide spaces are U+3000 (E3 80 80), U+00A0
// (C2 A0), U+200B (E2 80 8B) and U+FEFF (EF BB BF). No space is a prefix (suffix) of another, so
// peeling one at a time from each end gives the same text whatever the order.
std::size_t space_prefix(std::string_view text) noexcept {
  if (text.empty()) return 0;
  const auto first = static_cast<unsigned char>(text.front());
  if (ascii_space(first)) return 1;
  switch (first) {
    case 0xE3:
      return text.starts_with("\u3000") ? 3 : 0;
    case 0xC2:
      return text.starts_with("\u00a0") ? 2 : 0;
    case 0xE2:
      return text.starts_with("\u200b") ? 3 : 0;
    case 0xEF:
      return text.starts_with("\ufeff") ? 3 : 0;
    default:
      return 0;
  }
}

std::size_t space_suffix(std::string_view text) noexcept {
  if (text.empty()) return 0;
  const auto last = static_cast<unsigned char>(text.back());
  if (ascii_space(last)) return 1;
  switch (last) {
    case 0x80:
      return text.ends_with("\u3000") ? 3 : 0;
    case 0xA0:
      return text.ends_with("\u00a0") ? 2 : 0;
    case 0x8B:
      return text.ends_with("\u200b") ? 3 : 0;
    case 0xBF:
      return text.ends_with("\ufeff") ? 3 : 0;
    default:
      return 0;
  }
}
}  // namespace

std::string_view trim(std::string_view text) noexcept {
  while (const std::size_t n = space_prefix(text)) text.remove_prefix(n);
  while (const std::size_t n = space_suffix(text)) text.remove_suffix(n);
  return text;
}

bool blank(std::string_view text) noexcept {
  while (const std::size_t n = space_prefix(text)) text.remove_prefix(n);
  return text.empty();
}

std::size_t write_label(std::string_view text, char32_t* out) noexcept {
  char32_t* to = out;
  for (std::size_t i = 0; i < text.size();) to += read_significant(text, i, *to);
  return static_cast<std::size_t>(to - out);
}

bool placeholder(std::string_view text) noexcept {
  text = trim(text);
  if (text.empty()) return false;
  Significant s{text};
  char32_t c = 0;
  // No stand-in word is longer than 9 bytes: a longer cell stands in only when nothing in it is significant.
  if (text.size() > 9) return !s.next(c);
  char32_t label[9];
  std::size_t size = 0;
  while (s.next(c)) label[size++] = c;
  return placeholder(text, std::u32string_view(label, size));
}

bool placeholder(std::string_view text, std::u32string_view label) noexcept {
  static constexpr std::u32string_view words[] = {U"无", U"暂无", U"待定", U"不适用", U"略", U"空", U"NA", U"na"};
  // Nothing but punctuation, or a stand-in word of at most three characters (9 bytes as written).
  if (label.empty()) return !blank(text);
  if (label.size() > 3 || std::find(std::begin(words), std::end(words), label) == std::end(words)) return false;
  return trim(text).size() <= 9;
}

bool same_label(std::string_view a, std::string_view b) noexcept {
  Significant x{a};
  Significant y{b};
  char32_t cx = 0;
  char32_t cy = 0;
  bool any = false;
  for (;;) {
    const bool more_x = x.next(cx);
    const bool more_y = y.next(cy);
    if (!more_x || !more_y) return any && more_x == more_y;
    if (cx != cy) return false;
    any = true;
  }
}

char32_t first_significant(std::string_view text) noexcept {
  Significant s{text};
  char32_t c = 0;
  return s.next(c) ? c : 0;
}

bool same_label(std::string_view text, std::u32string_view label) noexcept {
  if (label.empty()) return false;
  Significant s{text};
  char32_t c = 0;
  for (const char32_t l : label)
    if (!s.next(c) || c != l) return false;
  return !s.next(c);
}

WordMatcher::WordMatcher(std::span<const std::vector<std::string>* const> lists) {
  std::vector<std::pair<std::string, std::uint64_t>> patterns;
  for (std::size_t list = 0; list < lists.size(); ++list) {
    for (const std::string& written : *lists[list]) {
      std::string word;
      for (std::size_t i = 0; i < written.size();) {
        const CodePoint cp = decode(written, i);
        if (!is_space(cp.value)) word.append(written, i, cp.size);
        i += cp.size;
      }
      if (word.empty()) continue;
      const std::uint32_t bit = std::uint32_t{1} << list;
      const bool malformed_first = static_cast<unsigned char>(word.front()) >= 0x80 && decode(word, 0).size == 1;
      if (malformed_first) stray_.emplace_back(std::move(word), bit);
      else patterns.emplace_back(std::move(word), bit);
    }
  }
  for (const char32_t space : spaces) {
    std::string bytes;
    text::append_utf8(bytes, space);
    patterns.emplace_back(std::move(bytes), white_space);
  }
  for (const auto& [bytes, found] : patterns)
    for (const char c : bytes) {
      std::uint16_t& byte_class = class_[static_cast<unsigned char>(c)];
      if (byte_class == 0) byte_class = static_cast<std::uint16_t>(classes_++);
    }

  // The trie of the patterns; `none` marks a transition it does not have.
  constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
  struct Edge {
    std::uint32_t parent;
    std::size_t byte_class;
    std::uint32_t child;
  };
  std::vector<Edge> edges;
  std::size_t pattern_bytes = 0;
  for (const auto& [bytes, found] : patterns) pattern_bytes += bytes.size();
  // Every state holds a transition for every byte class: word lists far longer than any review
  // needs (the defaults are 768 bytes) would make that table huge, so they are refused, not allocated.
  constexpr std::size_t max_table_bytes = std::size_t{64} << 20;
  if ((pattern_bytes + 1) * classes_ > max_table_bytes / sizeof(std::uint32_t))
    throw Error(fmt::format("the review's word lists are too large: {} bytes of words in {} distinct bytes need a "
                            "table of {} MB, more than the {} MB allowed; shorten the lists",
                            pattern_bytes, classes_ - 1,
                            (pattern_bytes + 1) * classes_ * sizeof(std::uint32_t) >> 20, max_table_bytes >> 20));
  next_.reserve((pattern_bytes + 1) * classes_);  // room for a state per byte: the table is never moved
  next_.assign(classes_, none);
  found_.assign(1, 0);
  for (const auto& [bytes, found] : patterns) {
    std::uint32_t state = 0;
    for (const char c : bytes) {
      const std::size_t byte_class = class_[static_cast<unsigned char>(c)];
      const std::size_t at = state * classes_ + byte_class;
      if (next_[at] == none) {
        next_[at] = static_cast<std::uint32_t>(found_.size());
        edges.push_back({state, byte_class, next_[at]});
        found_.push_back(0);
        next_.resize(next_.size() + classes_, none);
      }
      state = next_[at];
    }
    found_[state] |= found;
  }
  // The edges by parent (a counting sort).
  const std::size_t states = found_.size();
  std::vector<std::uint32_t> first_edge(states + 1, 0);
  for (const Edge& edge : edges) ++first_edge[edge.parent + 1];
  for (std::size_t state = 0; state < states; ++state) first_edge[state + 1] += first_edge[state];
  std::vector<Edge> by_parent(edges.size());
  std::vector<std::uint32_t> filled(first_edge.begin(), first_edge.end() - 1);
  for (const Edge& edge : edges) by_parent[filled[edge.parent]++] = edge;
  // A state moves as the state a failed match falls back to does, but along its own edges. Breadth
  // first, so that the state fallen back to is complete when it is copied.
  std::vector<std::uint32_t> fallback(states, 0);
  std::fill_n(next_.begin(), classes_, 0);
  std::vector<std::uint32_t> queue{0};
  for (std::size_t k = 0; k < queue.size(); ++k) {
    const std::uint32_t state = queue[k];
    const auto row = next_.begin() + static_cast<std::ptrdiff_t>(state * classes_);
    if (state != 0) {
      std::copy_n(next_.begin() + static_cast<std::ptrdiff_t>(fallback[state] * classes_), classes_, row);
      found_[state] |= found_[fallback[state]];
    }
    for (std::size_t e = first_edge[state]; e < first_edge[state + 1]; ++e) {
      const Edge& edge = by_parent[e];
      fallback[edge.child] = state == 0 ? 0 : row[static_cast<std::ptrdiff_t>(edge.byte_class)];
      row[static_cast<std::ptrdiff_t>(edge.byte_class)] = edge.child;
      queue.push_back(edge.child);
    }
  }
}

std::uint32_t WordMatcher::match(std::string_view text) const {
  std::uint64_t found = scan(text);
  if ((found & white_space) != 0) {
    // The words hold no spaces; a cell with spaces is compacted, into a buffer reused across calls.
    // (Joining malformed bytes may make a new space: it only matches no word.)
    thread_local std::string compacted;
    compacted.clear();
    for (std::size_t i = 0; i < text.size();) {
      const CodePoint cp = decode(text, i);
      if (!is_space(cp.value)) compacted.append(text.data() + i, cp.size);
      i += cp.size;
    }
    found = scan(compacted);
  }
  return static_cast<std::uint32_t>(found & ~white_space);
}

std::uint64_t WordMatcher::scan(std::string_view text) const {
  std::uint64_t found = 0;
  std::uint32_t state = 0;
  for (const char c : text) {
    state = next_[state * classes_ + class_[static_cast<unsigned char>(c)]];
    found |= found_[state];
  }
  if (!stray_.empty()) {
    for (std::size_t i = 0; i < text.size();) {
      const CodePoint cp = decode(text, i);
      if (cp.size == 1)
        for (const auto& [word, list] : stray_)
          if (text.substr(i).starts_with(word)) found |= list;
      i += cp.size;
    }
  }
  return found;
}

bool label_ends_with(std::string_view whole, std::string_view part) noexcept {
  // The last characters differ in nearly every pair: compare them before counting both labels.
  if (last_significant(whole) != last_significant(part)) return false;
  const auto count = [](std::string_view text) {
    Significant s{text};
    char32_t c = 0;
    std::size_t n = 0;
    while (s.next(c)) ++n;
    return n;
  };
  const std::size_t part_length = count(part);
  const std::size_t whole_length = count(whole);
  if (part_length < 2 || part_length > whole_length) return false;
  Significant w{whole};
  char32_t c = 0;
  for (std::size_t skipped = 0; skipped < whole_length - part_length; ++skipped) w.next(c);
  Significant p{part};
  char32_t pc = 0;
  while (p.next(pc))
    if (!w.next(c) || c != pc) return false;
  return true;
}

std::uint64_t label_hash(std::u32string_view label) noexcept {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (const char32_t c : label) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

bool has_digit(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') return true;
    // U+FF10–U+FF19: EF BC 90–99
    if (static_cast<unsigned char>(c) == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
        static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99)
      return true;
  }
  return false;
}

bool has_figure(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t digits = 0;
    std::size_t j = i;
    char first = 0;
    char second = 0;
    while (j < text.size()) {
      char c = text[j];
      std::size_t width = 1;
      if (static_cast<unsigned char>(c) == 0xEF && j + 2 < text.size() &&
          static_cast<unsigned char>(text[j + 1]) == 0xBC && static_cast<unsigned char>(text[j + 2]) >= 0x90 &&
          static_cast<unsigned char>(text[j + 2]) <= 0x99) {
        c = static_cast<char>('0' + (static_cast<unsigned char>(text[j + 2]) - 0x90));
        width = 3;
      }
      if (c < '0' || c > '9') break;
      if (digits == 0) first = c;
      if (digits == 1) second = c;
      ++digits;
      j += width;
    }
    if (digits == 0) {
      ++i;
      continue;
    }
    const bool year = digits == 4 && ((first == '1' && second == '9') || (first == '2' && second == '0'));
    if (!year) return true;
    i = j;
  }
  return false;
}

std::string cite(std::string_view text, std::size_t limit) {
  text = trim(text);
  std::size_t end = 0;
  std::size_t count = 0;
  while (end < text.size() && count < limit) {
    end += decode(text, end).size;
    ++count;
  }
  std::string out = "“";
  out += text.substr(0, end);
  if (end < text.size()) out += "…";
  out += "”";
  return out;
}

}  // namespace jixiao::review_detail
