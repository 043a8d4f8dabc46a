#include "name_words.hpp"

#include "../target/text.hpp"

#include <algorithm>

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

NameWordReader::NameWordReader(std::span<const std::string> generic) {
  for (const std::string& word : generic)
    each_pair(word, [&](std::uint64_t pair) { generic_.push_back(pair); }, [] {});
  sort_words(generic_);
}

bool NameWordReader::generic(std::uint64_t pair) const noexcept {
  return std::binary_search(generic_.begin(), generic_.end(), pair);
}

void NameWordReader::add(std::string_view text, NameWords& words) const {
  // A pair is a word when neither of its characters belongs to a generic pair: each pair waits for
  // the next one to be read (`pending`) and is added when neither neighbour is generic.
  bool pending = false;
  std::uint64_t waiting = 0;
  bool waiting_generic = false;
  bool before_generic = false;  // the pair before the waiting one
  const auto flush = [&](bool next_generic) {
    if (pending && !before_generic && !waiting_generic && !next_generic) words.push_back(waiting);
  };
  each_pair(
      text,
      [&](std::uint64_t pair) {
        const bool g = generic(pair);
        flush(g);
        before_generic = pending && waiting_generic;
        pending = true;
        waiting = pair;
        waiting_generic = g;
      },
      [&] {
        flush(false);
        pending = false;
        before_generic = false;
      });
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
