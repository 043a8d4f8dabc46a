#pragma once
// Names and codes as compare() reads them (private to src/): the name a project series keeps from
// year to year, the year a name or a code states, and the similarity of two names.

#include <jixiao/decimal.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::compare_detail {

// A name without white space and punctuation, full-width forms folded: the review's label
// (review_detail::write_label) as a string of code points.
std::u32string label_of(std::string_view text);

// A project name with 文号 and year tokens removed, as a label, and the first year token's year
// (0 when it has none).
struct SeriesName {
  std::u32string label;
  int year = 0;
};
SeriesName series_of(std::string_view project_name);

// A national project code (预算管理一体化): six digits of the region, two of the year, a letter,
// then the rest and a check character (`13070024P00000410006W`). The year (2000 + the two
// digits), and the code without the year digits and the check character; none for another code.
std::optional<int> code_year(std::string_view code) noexcept;
std::optional<std::string> code_series(std::string_view code);

// Two names' likeness as the fraction common / total: twice their longest common subsequence of
// code points over the sum of their lengths. Names longer than `max_code_points` have all in
// common when equal and nothing otherwise.
struct Overlap {
  std::size_t common = 0;
  std::size_t total = 0;
};
Overlap overlap(std::u32string_view a, std::u32string_view b, std::size_t max_code_points);

// How many code points the two have in common counted as multisets, an upper bound of the longest
// common subsequence that costs a merge of the two sorted strings instead of their product.
std::size_t common_code_points(std::u32string_view sorted_a, std::u32string_view sorted_b) noexcept;

// common / total in percent, two places half even; 0 when total is 0.
Decimal percent(const Overlap& o);
// Whether common / total is at least `threshold` percent, decided exactly.
bool at_least(const Overlap& o, const Decimal& threshold);
// a's fraction is larger than b's.
bool more_alike(const Overlap& a, const Overlap& b) noexcept;

}  // namespace jixiao::compare_detail
