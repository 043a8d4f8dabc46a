#include "goals.hpp"

#include "text.hpp"

#include "../text/utf8.hpp"

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

// How the items of a goals text are numbered: `1.` `(1)` (arabic), `（一）` `一、` (chinese),
// `目标1：` `目标一：` (word), `①` (circled).
enum class MarkerStyle { arabic, chinese, word, circled };

constexpr std::string_view goal_word = "目标";

// `目标1：`, `目标一、` at the front of `text`: the item's number and the text after the marker.
std::optional<Numbered> leading_goal_word(std::string_view text) noexcept {
  std::string_view s = trim(text);
  if (!s.starts_with(goal_word)) return std::nullopt;
  s.remove_prefix(goal_word.size());
  const std::optional<int> number = leading_any_number(s);
  if (!number) return std::nullopt;
  for (std::string_view after : {"：", ":", "、", "．", "."}) {
    if (s.starts_with(after)) return Numbered{*number, trim(s.substr(after.size()))};
  }
  return std::nullopt;
}

constexpr char32_t circled_one = U'①';  // ① … ⑳ are consecutive code points

std::optional<Numbered> leading_circled(std::string_view text) noexcept {
  const std::string_view s = trim(text);
  if (s.empty()) return std::nullopt;
  std::size_t i = 0;
  const char32_t c = next_code_point(s, i);
  if (c < circled_one || c > circled_one + 19) return std::nullopt;
  return Numbered{static_cast<int>(c - circled_one) + 1, trim(s.substr(i))};
}

std::optional<Numbered> leading_marker(std::string_view text, MarkerStyle style) noexcept {
  switch (style) {
    case MarkerStyle::arabic: return leading_number(text);
    case MarkerStyle::chinese: return leading_chinese_number(text);
    case MarkerStyle::word: return leading_goal_word(text);
    case MarkerStyle::circled: return leading_circled(text);
  }
  return std::nullopt;
}

// Sentence punctuation or a blank: what stands before an item marker that is not parenthesised.
bool ends_sentence(char32_t c) noexcept {
  return is_space(c) || c == U'。' || c == U'；' || c == ';' || c == U'，' || c == ',' || c == U'！' || c == U'？' ||
         c == U'：';
}

std::string chinese_numeral_text(int n) {
  static constexpr std::string_view digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return std::string(digits[n]);
  std::string out(n >= 20 ? digits[n / 10] : "");
  out += "十";
  out += digits[n % 10];
  return out;
}

// The position of item marker `n` of `style` at or after `from`, or npos.
std::size_t find_styled_marker(std::string_view text, MarkerStyle style, int n, std::size_t from) {
  switch (style) {
    case MarkerStyle::arabic: return find_marker(text, n, from);
    case MarkerStyle::circled: {
      if (n > 20) return std::string_view::npos;
      std::string circled;
      text::append_utf8(circled, circled_one + static_cast<char32_t>(n - 1));
      return text.find(circled, from);
    }
    case MarkerStyle::chinese: {
      const std::string numeral = chinese_numeral_text(n);
      for (std::size_t p = text.find(numeral, from); p != std::string_view::npos; p = text.find(numeral, p + 1)) {
        const std::string_view after = text.substr(p + numeral.size());
        const char32_t before = p == 0 ? U' ' : code_point_before(text, p);
        if ((before == '(' && after.starts_with(")")) || (before == U'（' && after.starts_with("）")))
          return p - (before == '(' ? 1 : std::string_view("（").size());
        // `统一、规范` is no marker: only a blank or sentence punctuation may stand before `二、`.
        if (after.starts_with("、") && ends_sentence(before))
          return p;
      }
      return std::string_view::npos;
    }
    case MarkerStyle::word: {
      for (std::size_t p = text.find(goal_word, from); p != std::string_view::npos; p = text.find(goal_word, p + 1)) {
        const auto marker = leading_goal_word(text.substr(p));
        if (marker && marker->number == n) return p;
      }
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

void add_item(std::vector<std::string>& items, std::string_view body) {
  std::string item = clean_text(body);
  if (!item.empty()) items.push_back(std::move(item));
}

// The marker that opens `text`, of whichever style, with its style. Most texts open with words,
// told by their first byte before any style is tried.
struct OpeningMarker {
  MarkerStyle style;
  Numbered numbered;
};
std::optional<OpeningMarker> opening_marker(std::string_view text) noexcept {
  const std::string_view s = trim(text);
  if (s.empty()) return std::nullopt;
  const auto first = static_cast<unsigned char>(s.front());
  const bool may_open = first < 0x80 ? is_digit(first) || first == '('
                                     : s.starts_with("（") || s.starts_with(goal_word) || s.starts_with("\xE2\x91") ||
                                           chinese_numeral(s.substr(0, std::string_view("一").size())).has_value();
  if (!may_open) return std::nullopt;
  for (MarkerStyle style : {MarkerStyle::arabic, MarkerStyle::chinese, MarkerStyle::word, MarkerStyle::circled})
    if (const auto numbered = leading_marker(s, style)) return OpeningMarker{style, *numbered};
  return std::nullopt;
}

// An item of its own (a `<p>` element, or the whole text): a marker it opens with is its position.
void add_single_item(std::vector<std::string>& items, std::string_view text) {
  const auto marker = opening_marker(text);
  add_item(items, marker ? marker->numbered.rest : trim(text));
}

void split_numbered(std::vector<std::string>& items, std::string_view text) {
  text = trim(text);
  const auto marker = opening_marker(text);
  if (!marker || marker->numbered.number != 1) {
    add_item(items, marker ? marker->numbered.rest : text);
    return;
  }
  const MarkerStyle style = marker->style;
  const auto body = [&](std::string_view item) {
    const auto numbered = leading_marker(item, style);
    return numbered ? numbered->rest : trim(item);
  };
  std::size_t start = 0;
  std::size_t from = text.size() - marker->numbered.rest.size();
  for (int expected = 2;; ++expected) {
    const std::size_t at = find_styled_marker(text, style, expected, from);
    if (at == std::string_view::npos) break;
    add_item(items, body(text.substr(start, at - start)));
    start = at;
    from = at + 1;
  }
  add_item(items, body(text.substr(start)));
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
    add_single_item(items, html_text(text.substr(start, i - start)));
    i += tag;
    start = i;
  }
  if (tagged) add_single_item(items, html_text(text.substr(start)));
  else split_numbered(items, html_text(text));
  return items;
}

}  // namespace jixiao::detail
