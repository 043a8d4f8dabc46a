#include "text.hpp"

#include <algorithm>
#include <cstdint>

namespace jixiao::review_detail {
namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t size = 1;  // bytes
};

// Decodes the code point at `i`; a malformed byte stands for itself, one byte long.
CodePoint decode(std::string_view s, std::size_t i) noexcept {
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

bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 || c == 0xA0 ||
         c == 0x200B || c == 0xFEFF;
}

bool is_punctuation(char32_t c) noexcept {
  if (c < 0x80) return c != '%' && ((c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
                                    (c >= 0x7B && c <= 0x7E));
  return (c >= 0x2010 && c <= 0x2027) ||  // dashes, quotes, ellipsis
         (c >= 0x3001 && c <= 0x303F) ||  // 、。〈〉《》「」【】〔〕…
         (c >= 0xFF01 && c <= 0xFF0F && c != 0xFF05) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// Full-width letters and digits compare as their ASCII forms.
char32_t fold(char32_t c) noexcept { return c >= 0xFF10 && c <= 0xFF5A ? c - 0xFEE0 : c; }

// Steps through the code points that carry meaning, skipping white space and punctuation.
struct Significant {
  std::string_view text;
  std::size_t pos = 0;
  bool skip_punctuation = true;

  // The next meaningful code point, or nothing at the end.
  bool next(char32_t& out) noexcept {
    while (pos < text.size()) {
      const CodePoint cp = decode(text, pos);
      pos += cp.size;
      if (is_space(cp.value) || (skip_punctuation && is_punctuation(cp.value))) continue;
      out = fold(cp.value);
      return true;
    }
    return false;
  }
};

// The last code point that carries meaning, read backwards; 0 when there is none.
char32_t last_significant(std::string_view text) noexcept {
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    const CodePoint cp = decode(text, start);
    if (start + cp.size == end && !is_space(cp.value) && !is_punctuation(cp.value)) return fold(cp.value);
    end = start + cp.size == end ? start : end - 1;  // a malformed byte stands for itself
  }
  return 0;
}

// A byte scan: white space is ASCII, or U+3000 (E3 80 80), U+00A0 (C2 A0), U+200B (E2 80 8B),
// U+FEFF (EF BB BF); decoding every code point is not needed to find one.
bool has_space(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || (b >= '\t' && b <= '\r')) return true;
    if ((b == 0xE3 || b == 0xC2 || b == 0xE2 || b == 0xEF) && is_space(decode(text, i).value)) return true;
  }
  return false;
}
}  // namespace

std::string_view trim(std::string_view text) noexcept {
  constexpr std::string_view wide[] = {"\u3000", "\u00a0", "\u200b", "\ufeff"};
  const auto ascii = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  for (bool cut = true; cut && !text.empty();) {
    cut = false;
    if (ascii(text.front())) {
      text.remove_prefix(1);
      cut = true;
    }
    if (!text.empty() && ascii(text.back())) {
      text.remove_suffix(1);
      cut = true;
    }
    // The wide spaces end in 80, A0, 8B or BF; a cell rarely starts or ends with one.
    const auto last = text.empty() ? 0 : static_cast<unsigned char>(text.back());
    const auto first = text.empty() ? 0 : static_cast<unsigned char>(text.front());
    if (first != 0xE3 && first != 0xC2 && first != 0xE2 && first != 0xEF && last != 0x80 && last != 0xA0 &&
        last != 0x8B && last != 0xBF)
      continue;
    for (std::string_view w : wide) {
      if (text.starts_with(w)) text.remove_prefix(w.size()), cut = true;
      if (text.ends_with(w)) text.remove_suffix(w.size()), cut = true;
    }
  }
  return text;
}

bool blank(std::string_view text) noexcept { return trim(text).empty(); }

bool placeholder(std::string_view text) noexcept {
  static constexpr std::string_view words[] = {"无", "暂无", "待定", "不适用", "略", "空", "N/A", "NA", "n/a"};
  text = trim(text);
  // The stand-in words are at most three characters (9 bytes); longer cells need no comparison.
  if (text.empty()) return false;
  Significant s{text};
  char32_t c = 0;
  if (!s.next(c)) return true;
  if (text.size() > 9) return false;
  // The first character decides before any comparison: most short values (100%, ≥10 次) start otherwise.
  if (c != U'无' && c != U'暂' && c != U'待' && c != U'不' && c != U'略' && c != U'空' && c != U'N' && c != U'n')
    return false;
  for (std::string_view word : words)
    if (same_label(text, word)) return true;
  return false;
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

void WordMatcher::add(unsigned list, const std::vector<std::string>& words) {
  for (const std::string& written : words) {
    std::string word;
    for (std::size_t i = 0; i < written.size();) {
      const CodePoint cp = decode(written, i);
      if (!is_space(cp.value)) word.append(written, i, cp.size);
      i += cp.size;
    }
    if (word.empty()) continue;
    const char32_t first = decode(word, 0).value;
    const auto same = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.word == word; });
    if (same != entries_.end()) {
      same->lists |= 1u << list;
      continue;
    }
    const auto at = std::upper_bound(entries_.begin(), entries_.end(), first,
                                     [](char32_t c, const Entry& e) { return c < e.first; });
    entries_.insert(at, Entry{first, std::move(word), 1u << list});
  }
}

std::uint32_t WordMatcher::match(std::string_view text) const {
  // The words hold no spaces; a cell with spaces is compacted first, into a buffer reused across calls.
  thread_local std::string compacted;
  if (has_space(text)) {
    compacted.clear();
    for (std::size_t i = 0; i < text.size();) {
      const CodePoint cp = decode(text, i);
      if (!is_space(cp.value)) compacted.append(text.data() + i, cp.size);
      i += cp.size;
    }
    text = compacted;
  }
  std::uint32_t lists = 0;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode(text, i);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), cp.value,
                               [](const Entry& e, char32_t c) { return e.first < c; });
    for (; it != entries_.end() && it->first == cp.value; ++it)
      if (text.compare(i, it->word.size(), it->word) == 0) lists |= it->lists;
    i += cp.size;
  }
  return lists;
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

std::uint64_t label_hash(std::string_view text) noexcept {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  Significant s{text};
  char32_t c = 0;
  while (s.next(c)) {
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
