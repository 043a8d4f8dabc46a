#include "text.hpp"

#include <algorithm>

namespace jixiao::detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Reads 1 to max_digits ASCII digits at the front of `s`; nullopt when there are none or more.
std::optional<int> leading_digits(std::string_view& s, std::size_t max_digits) noexcept {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  if (n == 0 || n > max_digits) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) value = value * 10 + (s[i] - '0');
  s.remove_prefix(n);
  return value;
}

bool consume(std::string_view& s, std::string_view prefix) noexcept {
  if (!s.starts_with(prefix)) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// The longest run of Chinese numeral characters at the front of `s`.
std::string_view numeral_prefix(std::string_view s) noexcept {
  static constexpr std::string_view digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  std::size_t n = 0;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view d : digits) {
      if (s.substr(n).starts_with(d)) {
        n += d.size();
        more = true;
        break;
      }
    }
  }
  return s.substr(0, n);
}

// An Arabic or Chinese number at the front of `s`, consumed.
std::optional<int> leading_any_number(std::string_view& s) noexcept {
  if (!s.empty() && is_digit(s.front())) return leading_digits(s, 2);
  const std::string_view numeral = numeral_prefix(s);
  const auto value = chinese_numeral(numeral);
  if (value) s.remove_prefix(numeral.size());
  return value;
}

}  // namespace

char32_t code_point_before(std::string_view s, std::size_t end) noexcept {
  std::size_t start = end;
  while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0u) == 0x80u) --start;
  if (start > 0) --start;
  return next_code_point(s, start);
}

std::size_t code_point_count(std::string_view s) noexcept {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

std::string_view trim(std::string_view text) noexcept {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t next = begin;
    if (!is_space(next_code_point(text, next))) break;
    begin = next;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    std::size_t i = start;
    if (!is_space(next_code_point(text, i))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

bool is_blank(std::string_view text) noexcept { return trim(text).empty(); }

std::string clean_text(std::string_view text) {
  text = trim(text);
  std::string out;
  out.reserve(text.size());
  bool blank_pending = false;
  char32_t last = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (is_space(c)) {
      blank_pending = true;
      continue;
    }
    if (blank_pending && !(is_wide(last) && is_wide(c))) out += ' ';
    blank_pending = false;
    // Copy the run of characters up to the next blank at once.
    std::size_t end = i;
    char32_t run_last = c;
    while (end < text.size()) {
      std::size_t next = end;
      const char32_t d = next_code_point(text, next);
      if (is_space(d)) break;
      run_last = d;
      end = next;
    }
    out.append(text.substr(start, end - start));
    last = run_last;
    i = end;
  }
  return out;
}

void append_continuation(std::string& text, std::string_view continuation) {
  std::string more = clean_text(continuation);
  if (more.empty()) return;
  if (!text.empty()) {
    std::size_t i = 0;
    if (!is_wide(code_point_before(text, text.size())) && !is_wide(next_code_point(more, i))) text += ' ';
  }
  text += more;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    if (!is_space(next_code_point(text, i))) out.append(text.substr(start, i - start));
  }
  return out;
}

Key::Key(std::string_view text) noexcept {
  if (text.size() > 2 * buffer_.size()) return;  // far too long for a label, blanks or not
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (is_space(c)) continue;
    const std::size_t length = (c >= 0xFF01 && c <= 0xFF5E) ? 1 : i - start;
    if (size_ + length > buffer_.size()) {
      size_ = 0;
      return;
    }
    if (length == 1 && c >= 0xFF01) {
      buffer_[size_++] = static_cast<char>(c - 0xFEE0);  // U+FF01–FF5E fold onto ASCII 0x21–0x7E
    } else {
      std::copy(text.begin() + static_cast<std::ptrdiff_t>(start), text.begin() + static_cast<std::ptrdiff_t>(i),
                buffer_.begin() + static_cast<std::ptrdiff_t>(size_));
      size_ += length;
    }
  }
}

std::string folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (is_space(c)) continue;
    if (c >= 0xFF01 && c <= 0xFF5E) out += static_cast<char>(c - 0xFEE0);  // U+FF01–FF5E fold onto ASCII
    else out.append(text.substr(start, i - start));
  }
  return out;
}

std::optional<Numbered> leading_number(std::string_view text) noexcept {
  std::string_view s = trim(text);
  if (consume(s, "(") || consume(s, "（")) {
    const auto number = leading_digits(s, 3);
    if (!number || !(consume(s, ")") || consume(s, "）"))) return std::nullopt;
    return Numbered{*number, trim(s)};
  }
  const auto number = leading_digits(s, 3);
  if (!number || !(consume(s, ".") || consume(s, "．") || consume(s, "、"))) return std::nullopt;
  return Numbered{*number, trim(s)};
}

std::optional<Numbered> leading_chinese_number(std::string_view text) noexcept {
  std::string_view s = trim(text);
  const bool parenthesised = consume(s, "(") || consume(s, "（");
  const std::string_view numeral = numeral_prefix(s);
  const auto number = chinese_numeral(numeral);
  if (!number) return std::nullopt;
  s.remove_prefix(numeral.size());
  if (parenthesised ? !(consume(s, ")") || consume(s, "）")) : !consume(s, "、")) return std::nullopt;
  return Numbered{*number, trim(s)};
}

std::optional<int> chinese_numeral(std::string_view text) noexcept {
  static constexpr std::string_view units[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  const auto digit = [&](std::string_view s) -> int {
    for (int d = 0; d < 9; ++d)
      if (s == units[d]) return d + 1;
    return 0;
  };
  constexpr std::size_t w = std::string_view("一").size();  // every numeral is one 3-byte character
  const std::string_view ten = "十";
  if (text.empty() || text.size() % w != 0 || text.size() > 3 * w) return std::nullopt;
  const std::size_t n = text.size() / w;
  const auto at = [&](std::size_t k) { return text.substr(k * w, w); };
  if (n == 1) {
    if (at(0) == ten) return 10;
    const int d = digit(at(0));
    return d ? std::optional<int>(d) : std::nullopt;
  }
  if (n == 2) {
    if (at(0) == ten && digit(at(1))) return 10 + digit(at(1));
    if (digit(at(0)) > 1 && at(1) == ten) return 10 * digit(at(0));
    return std::nullopt;
  }
  if (digit(at(0)) > 1 && at(1) == ten && digit(at(2))) return 10 * digit(at(0)) + digit(at(2));
  return std::nullopt;
}

std::optional<int> milestone_month(std::string_view label) noexcept {
  const Key key(label);
  std::string_view s = key.view();
  if (s.size() > 4 && std::all_of(s.begin(), s.begin() + 4, is_digit) && s.substr(4).starts_with("年"))
    s.remove_prefix(4 + std::string_view("年").size());
  if (s == "年底" || s == "年末" || s == "全年" || s == "下半年") return 12;
  if (s == "上半年" || s == "年中") return 6;
  consume(s, "第");
  const auto number = leading_any_number(s);
  if (!number) return std::nullopt;
  if (consume(s, "季度")) {
    if (*number < 1 || *number > 4 || !(s.empty() || s == "末" || s == "底")) return std::nullopt;
    return *number * 3;
  }
  if (!consume(s, "月") || *number < 1 || *number > 12) return std::nullopt;
  if (!(s.empty() || s == "底" || s == "末" || s == "份" || s == "前" || s == "底前" || s == "末前"))
    return std::nullopt;
  return *number;
}

std::optional<Decimal> percent_value(std::string_view text) noexcept {
  const Key key(text);
  std::string_view s = key.view();
  if (s.ends_with("%")) s.remove_suffix(1);
  else if (s.ends_with("百分比")) s.remove_suffix(std::string_view("百分比").size());
  if (s.empty()) return std::nullopt;
  return Decimal::try_parse(s);
}

bool is_page_number(std::string_view line) noexcept {
  const Key key(line);
  std::string_view s = key.view();
  if (s.empty()) return false;
  // `- 5 -` and `— 5 —`: the dashes of a running footer.
  for (std::string_view dash : {std::string_view("-"), std::string_view("—")}) {
    if (s.starts_with(dash) && s.ends_with(dash) && s.size() > 2 * dash.size()) {
      s = s.substr(dash.size(), s.size() - 2 * dash.size());
      break;
    }
  }
  if (consume(s, "第")) {
    if (!leading_digits(s, 4) || !consume(s, "页")) return false;
    if (consume(s, "共") && !(leading_digits(s, 4) && consume(s, "页"))) return false;
    return s.empty();
  }
  if (!leading_digits(s, 4)) return false;
  if (consume(s, "/") && !leading_digits(s, 4)) return false;
  return s.empty();
}

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  text = trim(text);
  std::size_t i = 0;
  std::size_t n = 0;
  while (i < text.size() && n < max_code_points) {
    next_code_point(text, i);
    ++n;
  }
  std::string out = "“";
  out.append(text.substr(0, i));
  if (i < text.size()) out += "…";
  out += "”";
  return out;
}

}  // namespace jixiao::detail
