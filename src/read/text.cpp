#include "text.hpp"

#include <algorithm>
#include <cstring>

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

}  // namespace

std::optional<int> leading_any_number(std::string_view& s) noexcept {
  if (!s.empty() && is_digit(s.front())) return leading_digits(s, 2);
  const std::string_view numeral = numeral_prefix(s);
  const auto value = chinese_numeral(numeral);
  if (value) s.remove_prefix(numeral.size());
  return value;
}

std::string clean_text(std::string_view text) {
  text = trim(text);
  std::string out;
  out.reserve(text.size());
  // Runs between blanks are copied whole; trimmed, every blank run has text on both sides.
  std::size_t run = 0;
  for (std::size_t i = next_stop(text, 0); i < text.size(); i = next_stop(text, i)) {
    std::size_t blank = blank_at(text, i);
    if (blank == 0) {
      i += char_length(text, i);
      continue;
    }
    out.append(text.substr(run, i - run));
    const std::size_t before = i;
    while (blank != 0) {
      i += blank;
      blank = blank_at(text, i);
    }
    std::size_t after = i;
    if (!(is_wide(code_point_before(text, before)) && is_wide(next_code_point(text, after)))) out += ' ';
    run = i;
  }
  out.append(text.substr(run));
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

void append_continuation(Text& text, std::string_view continuation) {
  std::string joined = text.str();
  append_continuation(joined, continuation);
  text = joined;
}

std::vector<Text> texts(const std::vector<std::string>& items) { return {items.begin(), items.end()}; }

Key::Key(std::string_view text) noexcept {
  if (text.size() > 2 * buffer_.size()) return;  // far too long for a label, blanks or not
  const bool fits = text::for_each_folded_piece(text, [&](std::string_view piece) {
    if (piece.size() > buffer_.size() - size_) return false;
    if (piece.empty()) return true;  // memcpy from the null data() of an empty view is undefined
    std::memcpy(buffer_.data() + size_, piece.data(), piece.size());
    size_ += piece.size();
    return true;
  });
  if (!fits) size_ = 0;
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
  // `截至6月底`, `截止到6月底`: the cumulative plan says so in words.
  if (s.starts_with("截") || s.starts_with("至")) {
    for (std::string_view until : {"截至", "截止到", "截止", "至"}) {
      if (consume(s, until)) break;
    }
  }
  if (s == "年底" || s == "年末" || s == "全年" || s == "下半年") return 12;
  if (s == "上半年" || s == "年中") return 6;
  // `前三季度` (the first three quarters) ends with the third.
  const bool first_quarters = consume(s, "前");
  consume(s, "第");
  auto number = leading_any_number(s);
  if (!number) return std::nullopt;
  // A span from the start of the year ends with its last month or quarter: `1-6月`, `1月-6月`,
  // `1至6月`, `一至三季度`.
  if (*number == 1 && !first_quarters) {
    std::string_view rest = s;
    consume(rest, "月");
    for (std::string_view dash : {"-", "—", "－", "~", "～", "至", "到"}) {
      if (!consume(rest, dash)) continue;
      if (const auto last = leading_any_number(rest)) {
        number = last;
        s = rest;
      }
      break;
    }
  }
  if (first_quarters && !s.starts_with("季度")) return std::nullopt;
  if (consume(s, "季度")) {
    if (*number < 1 || *number > 4 || !(s.empty() || s == "末" || s == "底")) return std::nullopt;
    return *number * 3;
  }
  if (!consume(s, "月") || *number < 1 || *number > 12) return std::nullopt;
  if (!(s.empty() || s == "底" || s == "末" || s == "份" || s == "前" || s == "底前" || s == "末前"))
    return std::nullopt;
  return *number;
}

namespace {

// The figure written in `text` (blanks anywhere), with `%` or else `word` after it, or bare.
std::optional<Decimal> figure_before(std::string_view text, std::string_view word) noexcept {
  const Key key(text);
  std::string_view s = key.view();
  if (s.ends_with("%")) s.remove_suffix(1);
  else if (s.ends_with(word)) s.remove_suffix(word.size());
  if (s.empty()) return std::nullopt;
  return Decimal::try_parse(s);
}

}  // namespace

std::optional<Decimal> percent_value(std::string_view text) noexcept { return figure_before(text, "百分比"); }

std::optional<Decimal> weight_value(std::string_view text) noexcept {
  // A share of a total of 100 points, in the places a score table uses: anything beyond is a
  // slip of the pen, and would only make evaluation's arithmetic overflow.
  const std::optional<Decimal> weight = figure_before(text, "分");
  if (!weight || weight->is_negative() || *weight > 100 || weight->scale() > 4) return std::nullopt;
  return weight;
}

std::optional<Direction> direction_value(std::string_view text) noexcept {
  const Key key(text);
  std::string_view s = key.view();
  if (s.empty()) return is_blank(text) ? std::optional(Direction::none) : std::nullopt;  // blank, or too long for a key
  if (s.ends_with("指标")) s.remove_suffix(std::string_view("指标").size());
  if (s == "正向" || s == "越大越好") return Direction::forward;
  if (s == "反向" || s == "越小越好") return Direction::reverse;
  if (s == "中性") return Direction::none;
  return std::nullopt;
}

bool is_not_applicable(std::string_view cell) noexcept {
  if (cell.empty() || cell.size() > 12) return false;
  const Key key(cell);
  const std::string_view s = key.view();
  return s == "/" || s == "—" || s == "——" || s == "-" || s == "--" || s == "―";
}

bool is_ellipsis(std::string_view cell) noexcept {
  if (cell.empty() || cell.size() > 24) return false;
  const Key key(cell);
  std::string_view s = key.view();
  if (s.empty()) return false;
  // Ellipses of any length, in any of the three forms.
  for (std::string_view dots : {"…", "...", "。。。", "..", "。。", "⋯"})
    while (s.starts_with(dots)) s.remove_prefix(dots.size());
  return s.empty();
}

std::string_view without_indicator_number(std::string_view cell) noexcept {
  const std::string_view text = trim(cell);
  constexpr std::string_view label = "指标";
  if (!text.starts_with(label)) return cell;
  std::string_view s = trim(text.substr(label.size()));
  if (!leading_any_number(s)) return cell;
  s = trim(s);
  if (s.empty()) return s;
  for (std::string_view separator : {"：", ":", "、", ".", "．", "，", ","}) {
    if (consume(s, separator)) return trim(s);
  }
  return cell;  // `指标1号…`: a name that starts so
}

namespace {

// `50`, `0-20`, `30～50`, `0至20`, each part a decimal (digits folded to ASCII by the key).
bool points_range(std::string_view s, Decimal& low, Decimal& high) noexcept {
  for (std::string_view separator : {"-", "~", "～", "—", "至", "到"}) {
    const std::size_t at = s.find(separator);
    if (at == std::string_view::npos || at == 0) continue;
    const auto first = Decimal::try_parse(s.substr(0, at));
    const auto second = Decimal::try_parse(s.substr(at + separator.size()));
    if (!first || !second || *first > *second) return false;
    low = *first;
    high = *second;
    return true;
  }
  const auto single = Decimal::try_parse(s);
  if (!single) return false;
  low = *single;
  high = *single;
  return true;
}

}  // namespace

std::optional<LevelPoints> level_points(std::string_view cell) noexcept {
  const std::string_view text = trim(cell);
  std::size_t open = std::string_view::npos;
  std::size_t open_size = 0;
  for (std::string_view bracket : {"(", "（"}) {
    const std::size_t at = text.find(bracket);
    if (at != std::string_view::npos && at < open) {
      open = at;
      open_size = bracket.size();
    }
  }
  if (open == std::string_view::npos || open == 0 || text.size() > 120) return std::nullopt;
  const Key inside(text.substr(open + open_size));
  std::string_view s = inside.view();  // `50分)`, `0-20)分`
  const std::size_t close = s.find(')');
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view after = s.substr(close + 1);
  s = s.substr(0, close);
  consume(s, "权重");
  if (s.ends_with("分")) s.remove_suffix(std::string_view("分").size());
  if (!(after.empty() || after == "分")) return std::nullopt;
  LevelPoints points{trim(text.substr(0, open)), {}, {}};
  if (points.name.empty() || !points_range(s, points.low, points.high)) return std::nullopt;
  return points;
}

std::optional<int> year_line(std::string_view line) noexcept {
  const Key key(line);
  std::string_view s = key.view();
  if (s.size() > 24) return std::nullopt;
  if (s.starts_with("(") && s.ends_with(")")) s = s.substr(1, s.size() - 2);
  std::string_view digits = s;
  const auto year = leading_digits(digits, 4);
  if (!year || s.size() - digits.size() != 4 || *year < 1990 || *year > 2199) return std::nullopt;
  if (!consume(digits, "年")) return std::nullopt;
  consume(digits, "度");
  if (!digits.empty()) return std::nullopt;
  return *year;
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

}  // namespace jixiao::detail
