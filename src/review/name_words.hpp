#pragma once
// The words that say what a goal or an indicator is about. Chinese is written without spaces and
// the review has no dictionary, so a word is approximated by a pair: two adjacent ideographs of
// the text (a digit, a letter or punctuation breaks the run) neither of which belongs to a generic
// word written there (ReviewOptions::generic_words: 开展, 提升, 次数 … — words of doing and
// counting that any goal or indicator may use). 通过开展10次科普活动 has the words 科普, 普活 and
// 活动; 活动次数 has 活动; 科技工作者 has 科技. Two texts share a name word when they have such a
// pair in common: 科普活动 and 活动次数 share 活动. A character belongs to a generic word written
// there when it is one of a pair of adjacent characters that occurs in a generic word.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::review_detail {

// A sorted set of pairs.
using NameWords = std::vector<std::uint64_t>;

void sort_words(NameWords& words);

// A set of pairs with a filter in front: most pairs of a text are not in the set, and one bit of
// the filter, clear, says so.
class PairSet {
 public:
  PairSet() = default;
  explicit PairSet(NameWords words);  // made a set first
  bool contains(std::uint64_t pair) const noexcept {
    if ((filter_[bit(pair) / 64] >> (bit(pair) % 64) & 1u) == 0) return false;
    return std::binary_search(words_.begin(), words_.end(), pair);
  }

 private:
  static constexpr std::size_t bit(std::uint64_t pair) noexcept {
    return static_cast<std::size_t>((pair * 0x9E3779B97F4A7C15ull) >> 52);  // 4096 bits
  }
  std::array<std::uint64_t, 64> filter_{};
  NameWords words_;
};

class NameWordReader {
 public:
  // The pairs inside each of `generic` mark their characters as generic; a one-character word has no pair.
  explicit NameWordReader(std::span<const std::string> generic);

  // Adds the name words of `text` to `words`, unsorted; sort_words makes it a set.
  void add(std::string_view text, NameWords& words) const;
  // Adds the name words of `text` that `among` holds to `found`, unsorted: as add() followed by an
  // intersection, but the generic pairs are looked up only beside the pairs `among` holds.
  void add_shared(std::string_view text, const PairSet& among, NameWords& found) const;

 private:
  bool generic(std::uint64_t pair) const noexcept { return generic_.contains(pair); }
  PairSet generic_;
};

NameWords name_words(const NameWordReader& reader, std::string_view text);
// Whether two sets have a word in common.
bool share_word(const NameWords& a, const NameWords& b) noexcept;

}  // namespace jixiao::review_detail
