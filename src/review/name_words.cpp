#include "name_words.hpp"

#include "../text/utf8.hpp"

#include <algorithm>
#include <utility>

namespace jixiao::review_detail {
namespace {

constexpr bool ideograph(char32_t c) noexcept {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

constexpr std::uint64_t pair_of(char32_t first, char32_t second) noexcept {
  return (std::uint64_t{first} << 32) | second;
}

// Calls pair(p) for every two adjacent ideographs of `text`, and end() where a run of them ends.
template <class Pair, class End>
void each_pair(std::string_view text, Pair pair, End end) {
  char32_t previous = 0;  // 0: the last character was no ideograph
  for (std::size_t i = 0; i < text.size();) {
    const text::CodePoint c = text::decode(text, i);
    i += c.length;
    if (!ideograph(c.value)) {
      if (previous != 0) end();
      previous = 0;
      continue;
    }
    if (previous != 0) pair(pair_of(previous, c.value));
    previous = c.value;
  }
  if (previous != 0) end();
}

}  // namespace

PairSet::PairSet(NameWords words) : words_(std::move(words)) {
  sort_words(words_);
  for (const std::uint64_t pair : words_) filter_[bit(pair) / 64] |= std::uint64_t{1} << (bit(pair) % 64);
}

namespace {

NameWords pairs_of(std::span<const std::string> words) {
  NameWords pairs;
  for (const std::string& word : words) each_pair(word, [&](std::uint64_t pair) { pairs.push_back(pair); }, [] {});
  return pairs;
}

}  // namespace

NameWordReader::NameWordReader(std::span<const std::string> generic) : generic_(pairs_of(generic)) {}

// The two functions below walk the text character by character, keeping the last three
// ideographs of the current run (0: none): a pair is a word when neither the pair before it nor
// the pair after it is generic (nor itself), so each pair waits for the next character.
// Goals and indicators are read for every project: the loops are written out, not built on
// each_pair, so that nothing is called per character but the generic look-ups.

void NameWordReader::add(std::string_view text, NameWords& words) const {
  words.reserve(words.size() + text.size() / 3);
  char32_t second = 0;  // the ideograph before `last`
  char32_t last = 0;    // the last ideograph of the run
  bool before_generic = false;  // the pair before (second, last)
  bool pending_generic = true;  // (second, last) itself; true while there is none
  for (std::size_t i = 0; i < text.size();) {
    const text::CodePoint c = text::decode(text, i);
    i += c.length;
    if (!ideograph(c.value)) {
      if (!pending_generic && !before_generic) words.push_back(pair_of(second, last));
      second = last = 0;
      before_generic = false;
      pending_generic = true;
      continue;
    }
    if (last != 0) {
      const std::uint64_t pair = pair_of(last, c.value);
      const bool g = generic(pair);
      if (second != 0 && !pending_generic && !before_generic && !g) words.push_back(pair_of(second, last));
      before_generic = second != 0 && pending_generic;
      pending_generic = g;
      second = last;
    }
    last = c.value;
  }
  if (!pending_generic && !before_generic) words.push_back(pair_of(second, last));
}

void NameWordReader::add_shared(std::string_view text, const PairSet& among, NameWords& found) const {
  char32_t third = 0;
  char32_t second = 0;
  char32_t last = 0;
  bool held = false;  // (second, last) is in `among`: a word unless a pair beside it is generic
  const auto before_ok = [&] { return third == 0 || !generic(pair_of(third, second)); };
  for (std::size_t i = 0; i < text.size();) {
    const text::CodePoint c = text::decode(text, i);
    i += c.length;
    if (!ideograph(c.value)) {
      if (held && before_ok()) found.push_back(pair_of(second, last));
      third = second = last = 0;
      held = false;
      continue;
    }
    if (last != 0) {
      const std::uint64_t pair = pair_of(last, c.value);
      if (held && !generic(pair) && before_ok()) found.push_back(pair_of(second, last));
      held = among.contains(pair);
      third = second;
      second = last;
    }
    last = c.value;
  }
  if (held && before_ok()) found.push_back(pair_of(second, last));
}

void sort_words(NameWords& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

NameWords name_words(const NameWordReader& reader, std::string_view text) {
  NameWords words;
  reader.add(text, words);
  sort_words(words);
  return words;
}

bool share_word(const NameWords& a, const NameWords& b) noexcept {
  auto x = a.begin();
  auto y = b.begin();
  while (x != a.end() && y != b.end()) {
    if (*x == *y) return true;
    if (*x < *y) ++x;
    else ++y;
  }
  return false;
}

}  // namespace jixiao::review_detail
