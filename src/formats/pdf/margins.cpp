#include "margins.hpp"

#include "read/text.hpp"

#include <array>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace jixiao::detail::pdf {
namespace {

constexpr double band = 0.08;           // of the page's height, at its top and at its bottom
constexpr double same_place = 3.0;      // points between the tops of a repeated line
constexpr double font_tolerance = 0.5;  // points above the body text's size

bool take(std::string_view& s, std::string_view prefix) noexcept {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

bool take_number(std::string_view& s) noexcept {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  s.remove_prefix(n);
  return n > 0;
}

void take_dashes(std::string_view& s) noexcept {
  constexpr std::array<std::string_view, 7> dashes{"-", "—", "–", "‒", "‐", "－", "−"};
  for (bool more = true; more;) {
    more = false;
    for (const std::string_view dash : dashes) more = more || take(s, dash);
  }
}

bool take_of_total(std::string_view& s) noexcept {  // 共12页
  return take(s, "共") && take_number(s) && take(s, "页");
}

bool take_chinese_page(std::string_view& s) noexcept {  // 第3页
  return take(s, "第") && take_number(s) && take(s, "页");
}

std::string without_blanks_or_commas(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t blank = blank_at(text, i);
    if (blank > 0) {
      i += blank;
      continue;
    }
    const std::size_t length = char_length(text, i);
    const std::string_view c = text.substr(i, length);
    if (c != "," && c != "，" && c != "/" && c != "／") out += c;
    else out += '/';
    i += length;
  }
  return out;
}

// The line's text without blanks, each run of digits written `#`: a running header reads the
// same on every page up to its numbers.
std::string shape_of(const LaidOutRow& row) {
  std::string shape;
  for (const LaidOutCell& cell : row.cells) {
    const std::string text = without_spaces(cell.text);
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool digit = text[i] >= '0' && text[i] <= '9';
      if (!digit) shape += text[i];
      else if (i == 0 || !(text[i - 1] >= '0' && text[i - 1] <= '9')) shape += '#';
    }
  }
  return shape;
}

std::string text_of(const LaidOutRow& row) {
  std::string text;
  for (const LaidOutCell& cell : row.cells) {
    if (!text.empty()) text += ' ';
    text += cell.text;
  }
  return text;
}

struct Candidate {
  std::size_t page = 0;
  std::size_t row = 0;
  std::string shape;
  Furniture side = Furniture::header;
};

}  // namespace

bool is_page_number(std::string_view text) {
  const std::string compact = without_blanks_or_commas(text);
  const auto whole = [&](auto&& parse) {
    std::string_view t = compact;
    return parse(t) && t.empty();
  };
  return whole([](std::string_view& t) {  // 3, - 3 -, —3—, 3/12
           take_dashes(t);
           if (!take_number(t)) return false;
           take_dashes(t);
           return !take(t, "/") || take_number(t);
         }) ||
         whole([](std::string_view& t) {  // 第3页, 第3页/共12页
           if (!take_chinese_page(t)) return false;
           if (t.empty()) return true;
           take(t, "/");
           return take_of_total(t);
         }) ||
         whole([](std::string_view& t) {  // 共12页第3页
           if (!take_of_total(t)) return false;
           take(t, "/");
           return take_chinese_page(t);
         }) ||
         whole([](std::string_view& t) {  // Page 3, Page 3 of 12, 3 of 12
           const bool page = take(t, "Page") || take(t, "page");
           if (!take_number(t)) return false;
           return t.empty() ? page : take(t, "of") && take_number(t);
         });
}

void mark_furniture(std::vector<LaidOutPage>& pages) {
  // From the top of each page downwards, then from its bottom upwards.
  std::vector<Candidate> candidates;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const LaidOutPage& page = pages[p];
    std::size_t top = 0;
    for (; top < page.rows.size(); ++top) {
      const LaidOutRow& row = page.rows[top];
      if (row.table != 0 || row.box.bottom > band * page.height) break;
      candidates.push_back({p, top, shape_of(row), Furniture::header});
    }
    for (std::size_t r = page.rows.size(); r > top; --r) {
      const LaidOutRow& row = page.rows[r - 1];
      if (row.table != 0 || row.box.top < (1 - band) * page.height) break;
      candidates.push_back({p, r - 1, shape_of(row), Furniture::footer});
    }
  }
  std::multimap<std::string, std::pair<std::size_t, double>> places;  // shape → page, top
  for (const Candidate& c : candidates) places.emplace(c.shape, std::pair{c.page, pages[c.page].rows[c.row].box.top});

  const auto is_furniture = [&](const Candidate& c) {
    const LaidOutPage& page = pages[c.page];
    const LaidOutRow& row = page.rows[c.row];
    if (is_page_number(text_of(row))) return true;
    if (row.font_size > page.body_font_size + font_tolerance) return false;
    const auto [from, to] = places.equal_range(c.shape);
    for (auto it = from; it != to; ++it)
      if (it->second.first != c.page && std::fabs(it->second.second - row.box.top) <= same_place) return true;
    return false;
  };
  bool stopped = false;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    if (i == 0 || c.page != candidates[i - 1].page || c.side != candidates[i - 1].side) stopped = false;
    if (stopped) continue;
    if (is_furniture(c)) pages[c.page].rows[c.row].furniture = c.side;
    else stopped = true;
  }
}

}  // namespace jixiao::detail::pdf
