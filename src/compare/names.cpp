#include "names.hpp"

#include "../review/text.hpp"
#include "../text/blanks.hpp"
#include "../text/fold.hpp"
#include "../text/utf8.hpp"

#include <jixiao/compare.hpp>

#include <algorithm>
#include <vector>

namespace jixiao::compare_detail {
namespace {

struct CodePointAt {
  char32_t value = 0;  // full-width ASCII folded: （ → (, ２ → 2
  std::size_t at = 0;  // byte offset in the name
  std::size_t length = 0;
};

std::vector<CodePointAt> decode_all(std::string_view s) {
  std::vector<CodePointAt> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const text::CodePoint cp = text::decode(s, i);
    out.push_back({text::fold_width(cp.value), i, cp.length});
    i += cp.length;
  }
  return out;
}

bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
bool is_ideograph(char32_t c) noexcept { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// The closing bracket of a 文号's year: 【2023】 〔2023〕 [2023] (2023) 〖2023〗 ﹝2023﹞.
char32_t closing(char32_t open) noexcept {
  switch (open) {
    case U'【': return U'】';
    case U'〔': return U'〕';
    case U'[': return U']';
    case U'(': return U')';
    case U'〖': return U'〗';
    case U'﹝': return U'﹞';
    default: return 0;
  }
}

// The year of four digits at cps[i], 1900–2099, standing alone (no digit or decimal point around).
int year_at(const std::vector<CodePointAt>& cps, std::size_t i) noexcept {
  if (i + 4 > cps.size()) return 0;
  if (i > 0 && (is_digit(cps[i - 1].value) || cps[i - 1].value == '.')) return 0;
  int year = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (!is_digit(cps[k].value)) return 0;
    year = year * 10 + static_cast<int>(cps[k].value - '0');
  }
  if (i + 4 < cps.size() && (is_digit(cps[i + 4].value) || cps[i + 4].value == '.')) return 0;
  return year >= 1900 && year <= 2099 ? year : 0;
}

// The end (one past 号) of a 文号 whose bracket opens at cps[i]: bracket, year, bracket, number, 号.
std::size_t document_number_end(const std::vector<CodePointAt>& cps, std::size_t i) noexcept {
  const char32_t close = closing(cps[i].value);
  if (close == 0 || year_at(cps, i + 1) == 0 || i + 5 >= cps.size() || cps[i + 5].value != close) return 0;
  std::size_t k = i + 6;
  while (k < cps.size() && is_digit(cps[k].value)) ++k;
  if (k == i + 6 || k >= cps.size() || cps[k].value != U'号') return 0;
  return k + 1;
}

}  // namespace

std::u32string label_of(std::string_view text) {
  std::u32string out(text.size(), U'\0');
  out.resize(review_detail::write_label(text, out.data()));
  return out;
}

// A 文号 is an issuer of at most six ideographs (冀财教), the year in brackets, a number and 号. A
// year token is a year (1900–2099) followed by 年 or 年度, spaces allowed before 年, or a year at the
// start of the name (`2024 科普经费`); anywhere else four digits are a figure (`3000字`).
SeriesName series_of(std::string_view project_name) {
  const std::vector<CodePointAt> cps = decode_all(project_name);
  std::vector<bool> removed(cps.size(), false);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const std::size_t end = document_number_end(cps, i);
    if (end == 0) continue;
    std::size_t start = i;
    while (start > 0 && i - start < 6 && is_ideograph(cps[start - 1].value)) --start;
    std::fill(removed.begin() + static_cast<std::ptrdiff_t>(start), removed.begin() + static_cast<std::ptrdiff_t>(end),
              true);
    i = end - 1;
  }
  SeriesName out;
  std::size_t first = 0;
  while (first < cps.size() && text::is_space(cps[first].value)) ++first;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (removed[i]) continue;
    const int year = year_at(cps, i);
    if (year == 0) continue;
    std::size_t end = i + 4;
    std::size_t after = end;
    while (after < cps.size() && text::is_space(cps[after].value)) ++after;
    if (after < cps.size() && cps[after].value == U'年') {
      end = after + 1;
      if (end < cps.size() && cps[end].value == U'度') ++end;
    } else if (i != first) {
      continue;
    }
    if (out.year == 0) out.year = year;
    std::fill(removed.begin() + static_cast<std::ptrdiff_t>(i), removed.begin() + static_cast<std::ptrdiff_t>(end), true);
    i = end - 1;
  }
  std::string kept;
  kept.reserve(project_name.size());
  for (std::size_t i = 0; i < cps.size(); ++i)
    if (!removed[i]) kept.append(project_name.substr(cps[i].at, cps[i].length));
  out.label = label_of(kept);
  return out;
}

namespace {

bool national_code(std::string_view code) noexcept {
  if (code.size() < 10) return false;
  for (std::size_t i = 0; i < 8; ++i)
    if (code[i] < '0' || code[i] > '9') return false;
  const char letter = code[8];
  return (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z');
}

}  // namespace

std::optional<int> code_year(std::string_view code) noexcept {
  if (!national_code(code)) return std::nullopt;
  return 2000 + (code[6] - '0') * 10 + (code[7] - '0');
}

std::optional<std::string> code_series(std::string_view code) {
  if (!national_code(code)) return std::nullopt;
  std::string out(code.substr(0, 6));
  out.append(code.substr(8, code.size() - 9));
  return out;
}

namespace {

// The length of the longest common subsequence, one row of the table at a time.
std::size_t longest_common_subsequence(std::u32string_view a, std::u32string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  std::vector<std::size_t> row(b.size() + 1, 0);
  for (const char32_t x : a) {
    std::size_t diagonal = 0;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = x == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

Overlap overlap(std::u32string_view a, std::u32string_view b, std::size_t max_code_points) {
  const std::size_t total = a.size() + b.size();
  if (a == b) return {total, total};
  if (a.size() > max_code_points || b.size() > max_code_points) return {0, total};
  return {2 * longest_common_subsequence(a, b), total};
}

std::size_t common_code_points(std::u32string_view a, std::u32string_view b) noexcept {
  std::size_t common = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return common;
}

Decimal percent(const Overlap& o) {
  if (o.total == 0) return Decimal(0);
  return percent_of(Decimal(o.common), Decimal(o.total), 2, Rounding::half_even);
}

bool at_least(const Overlap& o, const Decimal& threshold) {
  return Decimal(o.common) * Decimal(100) >= threshold * Decimal(o.total);
}

bool more_alike(const Overlap& a, const Overlap& b) noexcept {
  // common/total compared crosswise; both products stay far below 2^64 for names of a table.
  return a.common * b.total > b.common * a.total;
}

}  // namespace jixiao::compare_detail

namespace jixiao {

std::string series_name(std::string_view project_name) {
  const std::u32string label = compare_detail::series_of(project_name).label;
  std::string out;
  out.reserve(label.size() * 3);
  for (const char32_t c : label) text::append_utf8(out, c);
  return out;
}

ProjectYear project_year(const Project& project, int document_year) {
  if (const int year = compare_detail::series_of(project.name).year; year != 0) return {year, YearSource::name};
  if (const std::optional<int> year = compare_detail::code_year(project.code)) return {*year, YearSource::code};
  return {document_year, YearSource::document};
}

Decimal name_similarity(std::string_view a, std::string_view b, std::size_t max_code_points) {
  const std::u32string x = compare_detail::label_of(a);
  const std::u32string y = compare_detail::label_of(b);
  if (x.empty() || y.empty()) return Decimal(0);
  return compare_detail::percent(compare_detail::overlap(x, y, max_code_points));
}

}  // namespace jixiao
