#include "text.hpp"

#include "../text/fold.hpp"
#include "../text/utf8.hpp"

#include <jixiao/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace jixiao::review_detail {
namespace {

// The code point at `i` as labels read it: a malformed byte stands for itself (its value as a
// code point), so that cells differing only in their malformed bytes do not read as the same label.
inline text::CodePoint decode_any(std::string_view s, std::size_t i) noexcept {
  text::CodePoint c = text::decode(s, i);
  if (text::malformed(c)) c.value = static_cast<unsigned char>(s[i]);
  return c;
}

using text::is_space;

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
// (U+2060–U+2FFF, U+3040–U+FEFE) decides for them.
constexpr bool significant(char32_t c) noexcept {
  if ((c >= 0x3040 && c < 0xFEFF) || (c >= 0x2060 && c < 0x3000)) return true;
  return !is_space(c) && !is_punctuation(c);
}

// read_significant for a code point outside ASCII and U+4000–U+EFFF, which starts at text[at]:
// out of line, so that the common cases stay small enough to inline.
bool read_other(std::string_view text, std::size_t at, text::CodePoint cp, char32_t& out) noexcept {
  if (text::malformed(cp)) cp.value = static_cast<unsigned char>(text[at]);  // as decode_any
  out = text::fold_width(cp.value);
  return significant(cp.value);
}

// Reads the code point at `i` of `text` and steps past it; true, with the folded code point in
// `out`, when it carries meaning. Labels are read for several cells of every indicator, so the
// common cases are taken first: ASCII, decided by a bit mask, and U+4000–U+EFFF (CJK, all
// significant, none folded).
inline bool read_significant(std::string_view text, std::size_t& i, char32_t& out) noexcept {
  constexpr auto ascii_mask = [](unsigned half) {
    std::uint64_t mask = 0;
    for (unsigned c = 0; c < 64; ++c)
      if (significant(half * 64 + c)) mask |= std::uint64_t{1} << c;
    return mask;
  };
  static constexpr std::uint64_t ascii_significant[2] = {ascii_mask(0), ascii_mask(1)};
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    out = b0;
    ++i;
    return ((ascii_significant[b0 >> 6] >> (b0 & 63u)) & 1u) != 0;
  }
  const text::CodePoint cp = text::decode(text, i);
  const std::size_t at = i;
  i += cp.length;
  out = cp.value;
  return (cp.value >= 0x4000 && cp.value < 0xF000) || read_other(text, at, cp, out);
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
  // Most cells end with a CJK character (U+4000–U+EFFF): significant and not folded.
  if (end >= 3) {
    const text::CodePoint cp = text::decode(text, end - 3);
    if (cp.length == 3 && cp.value >= 0x4000 && cp.value < 0xF000) return cp.value;
  }
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    const text::CodePoint cp = decode_any(text, start);
    if (start + cp.length == end && significant(cp.value)) return text::fold_width(cp.value);
    end = start + cp.length == end ? start : end - 1;  // a malformed byte stands for itself
  }
  return 0;
}

}  // namespace

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
  if (label.empty()) return !is_blank(text);
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
        const text::CodePoint cp = text::decode(written, i);
        if (!is_space(cp.value)) word.append(written, i, cp.length);
        i += cp.length;
      }
      if (word.empty()) continue;
      const std::uint32_t bit = std::uint32_t{1} << list;
      const bool malformed_first = text::malformed(text::decode(word, 0));
      if (malformed_first) stray_.emplace_back(std::move(word), bit);
      else patterns.emplace_back(std::move(word), bit);
    }
  }
  for (const char32_t space : text::blanks) {
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
      const text::CodePoint cp = text::decode(text, i);
      if (!is_space(cp.value)) compacted.append(text.data() + i, cp.length);
      i += cp.length;
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
      const text::CodePoint cp = text::decode(text, i);
      if (cp.length == 1)
        for (const auto& [word, list] : stray_)
          if (text.substr(i).starts_with(word)) found |= list;
      i += cp.length;
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
    if (const char wide = text::folded_width_at(text, i); wide >= '0' && wide <= '9') return true;
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
      if (const char wide = text::folded_width_at(text, j)) {
        c = wide;
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

}  // namespace jixiao::review_detail
