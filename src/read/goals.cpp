#include "goals.hpp"

#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>

namespace jixiao::detail {
namespace {

bool starts_with_ascii_nocase(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// `<p>`, `<p class=…>` or `</p>` at the front of s: its length, or 0. `close` is the offset of the
// first `>` in s (npos if none), found by the caller once for all the tags before it.
std::size_t paragraph_tag(std::string_view s, std::size_t close) noexcept {
  const std::size_t name = starts_with_ascii_nocase(s, "</p") ? 3 : starts_with_ascii_nocase(s, "<p") ? 2 : 0;
  if (name == 0 || name >= s.size() || (s[name] != '>' && s[name] != ' ')) return 0;
  return close == std::string_view::npos ? 0 : close + 1;
}

// The position of the first `>` at or after `at`, given the one found for an earlier position:
// searching afresh for every `<` would be quadratic in text full of `<` and without `>`.
std::size_t next_close(std::string_view s, std::size_t at, std::size_t previous) noexcept {
  return previous != std::string_view::npos && previous < at ? s.find('>', at) : previous;
}

// The first `<` or `&` at or after `from`. A plain loop: find_first_of looks each byte up in its
// set with a call of its own, which made it most of the cost of reading the goals.
std::size_t next_markup(std::string_view s, std::size_t from) noexcept {
  for (std::size_t i = from; i < s.size(); ++i)
    if (s[i] == '<' || s[i] == '&') return i;
  return std::string_view::npos;
}

// The text of an HTML fragment: other tags become a blank, the usual entities are decoded.
std::string html_text(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> entities[] = {
      {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}};
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  std::size_t close = s.find('>');
  for (std::size_t at = next_markup(s, 0); at != std::string_view::npos; at = next_markup(s, i)) {
    out.append(s.substr(i, at - i));
    i = at + 1;
    const std::string_view rest = s.substr(at);
    if (rest[0] == '<') {
      close = next_close(s, at, close);
      if (rest.size() > 1 && (std::isalpha(static_cast<unsigned char>(rest[1])) || rest[1] == '/') &&
          close != std::string_view::npos) {
        out += ' ';
        i = close + 1;
        continue;
      }
    } else {
      const auto entity = std::find_if(std::begin(entities), std::end(entities),
                                       [&](const auto& e) { return rest.starts_with(e.first); });
      if (entity != std::end(entities)) {
        out += entity->second;
        i = at + entity->first.size();
        continue;
      }
    }
    out += rest[0];
  }
  out.append(s.substr(i));
  return out;
}

bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }

// The position of item marker `n` (`n.` `n．` `n、` or `(n)` `（n）`) at or after `from`: a
// number merely followed by a dot (`2016.2.29`, `提升2.5%`) is no marker.
std::size_t find_marker(std::string_view text, int n, std::size_t from) {
  const std::string digits = std::to_string(n);
  for (std::size_t p = text.find(digits, from); p != std::string_view::npos; p = text.find(digits, p + 1)) {
    const std::string_view after = text.substr(p + digits.size());
    const char32_t before = p == 0 ? U' ' : code_point_before(text, p);
    if ((before == '(' && after.starts_with(")")) || (before == U'（' && after.starts_with("）")))
      return p - (before == '(' ? 1 : std::string_view("（").size());
    if (!(after.starts_with(".") || after.starts_with("．") || after.starts_with("、"))) continue;
    if (is_digit(before) || before == '.') continue;
    const std::size_t marker = after.starts_with(".") ? 1 : std::string_view("、").size();
    std::size_t k = 0;
    const std::string_view next = after.substr(marker);
    const char32_t following = next.empty() ? U' ' : next_code_point(next, k);
    if (is_space(before) || before == U'。' || before == U'；' || before == ';' || before == U'，' || before == ',' ||
        before == U'！' || before == U'？' || before == U'：')
      return p;
    if (is_wide(before) && !is_digit(following)) return p;
  }
  return std::string_view::npos;
}

void add_item(std::vector<std::string>& items, std::string_view text) {
  std::string_view body = trim(text);
  if (const auto numbered = leading_number(body)) body = numbered->rest;
  std::string item = clean_text(body);
  if (!item.empty()) items.push_back(std::move(item));
}

void split_numbered(std::vector<std::string>& items, std::string_view text) {
  text = trim(text);
  const auto first = leading_number(text);
  if (!first || first->number != 1) {
    add_item(items, text);
    return;
  }
  std::size_t start = 0;
  std::size_t from = text.size() - first->rest.size();
  for (int expected = 2;; ++expected) {
    const std::size_t at = find_marker(text, expected, from);
    if (at == std::string_view::npos) break;
    add_item(items, text.substr(start, at - start));
    start = at;
    from = at + 1;
  }
  add_item(items, text.substr(start));
}

}  // namespace

std::vector<std::string> split_goals(std::string_view text) {
  std::vector<std::string> items;
  bool tagged = false;
  std::size_t start = 0;
  std::size_t close = text.find('>');
  for (std::size_t i = text.find('<'); i < text.size(); i = text.find('<', i)) {
    close = next_close(text, i, close);
    const std::size_t tag = paragraph_tag(text.substr(i), close == std::string_view::npos ? close : close - i);
    if (tag == 0) {
      ++i;
      continue;
    }
    tagged = true;
    add_item(items, html_text(text.substr(start, i - start)));
    i += tag;
    start = i;
  }
  if (tagged) add_item(items, html_text(text.substr(start)));
  else split_numbered(items, html_text(text));
  return items;
}

}  // namespace jixiao::detail
