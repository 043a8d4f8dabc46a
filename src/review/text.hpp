#pragma once
// Text tests the review rules share. Cells come from PDF extraction, so words may carry spaces
// (市科协 2024 年工作 安排) and labels stray punctuation: comparisons skip both. The tests run once
// or more per indicator and do not allocate; only cite and WordMatcher::add, outside that path, do.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::review_detail {

// The cell without leading and trailing white space (ASCII, U+3000, U+00A0).
std::string_view trim(std::string_view text) noexcept;

// True when the cell holds nothing but white space.
bool blank(std::string_view text) noexcept;

// A cell's label: what the label tests compare. White space and punctuation are skipped and
// full-width letters and digits folded to ASCII (「市民科普素质提升程度。」 → 市民科普素质提升程度);
// a malformed byte stands for itself. Writes it to `out`, which has room for text.size() code
// points, and returns its length. Review works out the labels of names and values once per
// indicator: each is compared with several cells.
std::size_t write_label(std::string_view text, char32_t* out) noexcept;

// A cell that only stands in for a value: nothing but punctuation (/, --), or 无, 暂无, 待定 ….
bool placeholder(std::string_view text) noexcept;
// The same, for a cell whose label is known.
bool placeholder(std::string_view text, std::u32string_view label) noexcept;

// Equal labels: 「市民科普素质提升程度」 and 「市民科普素质提升程度。」 say the same. Two blank cells
// are not "the same label". Either cell may be given by its label: a cell compared with several
// others is read once.
bool same_label(std::string_view a, std::string_view b) noexcept;
bool same_label(std::string_view text, std::u32string_view label) noexcept;
inline bool same_label(std::u32string_view a, std::u32string_view b) noexcept { return !a.empty() && a == b; }

// Several word lists matched against a cell in one pass: which lists have a word in it. White
// space in the cell is skipped (活动次 数 contains 次数). Lists are numbered 0–31.
class WordMatcher {
 public:
  void add(unsigned list, const std::vector<std::string>& words);
  // Bit `list` is set when a word of that list occurs in `text`.
  std::uint32_t match(std::string_view text) const;

 private:
  // The lists with a word in `text`; with stop_at_space, nothing once a white space is met. Most
  // cells have none, and finding one on the way saves them a pass of their own.
  std::optional<std::uint32_t> scan(std::string_view text, bool stop_at_space) const;

  struct Entry {
    char32_t first = 0;  // the word's first code point: the key a position of the text looks up
    std::string word;
    std::uint32_t lists = 0;
  };
  // A position of the text looks at the words of one bucket, `first % bucket_count`, found by
  // index rather than by a search: most positions find an empty one.
  static constexpr std::size_t bucket_count = 512;
  std::vector<std::vector<Entry>> buckets_ = std::vector<std::vector<Entry>>(bucket_count);
};

// `whole` ends with `part` (at least two characters; spaces and punctuation skipped): the basis
// 「满意度」 is the tail of the name 「群众满意度」.
bool label_ends_with(std::string_view whole, std::string_view part) noexcept;

// A hash of a label: equal labels hash equal.
std::uint64_t label_hash(std::u32string_view label) noexcept;

// An ASCII or full-width digit anywhere in the text.
bool has_digit(std::string_view text) noexcept;
// A figure other than a year (2024 年 names no baseline): a run of digits that is not 19xx/20xx.
bool has_figure(std::string_view text) noexcept;


// The text quoted for a message, cut to `limit` characters with an ellipsis.
std::string cite(std::string_view text, std::size_t limit = 40);

}  // namespace jixiao::review_detail
