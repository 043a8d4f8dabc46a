#include "number_format.hpp"

#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace jixiao::detail {
namespace {

using Section = FormatSection;
using SectionKind = FormatSection::Kind;
using Token = FormatSection::Token;
using TokenKind = FormatSection::Token::Kind;

// Excel shows at most this many significant digits of any number.
constexpr int significant_digits = 15;

// --- the stored number ---

// |value| = digits × 10^exponent, rounded to 15 significant digits; digits has no trailing zero
// (zero is 0 × 10^0).
struct Number {
  bool negative = false;
  std::uint64_t digits = 0;
  int exponent = 0;
};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// `-12.5`, `1.0000000000000001E-3`: what <v> holds for a number. The mantissa is read by Decimal.
std::optional<Number> parse_stored(std::string_view text) {
  const std::size_t e = text.find_first_of("Ee");
  const std::string_view mantissa = text.substr(0, e);
  int exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view power = text.substr(e + 1);
    if (power.starts_with('+')) power.remove_prefix(1);
    const auto [end, error] = std::from_chars(power.data(), power.data() + power.size(), exponent);
    if (error != std::errc() || end != power.data() + power.size() || power.empty() || exponent < -400 || exponent > 400)
      return std::nullopt;
  }
  // Decimal's grammar also takes thousands separators, which a stored number never has.
  if (mantissa.empty() || mantissa.find(',') != std::string_view::npos) return std::nullopt;
  const std::optional<Decimal> value = Decimal::try_parse(mantissa);
  if (!value) return std::nullopt;
  Number n;
  n.negative = value->is_negative();
  Decimal::coefficient_type c = value->abs().coefficient();
  exponent -= value->scale();
  int length = 1;
  while (length < 39 && c >= power_of_ten(length)) ++length;
  if (length > significant_digits) {
    const int drop = length - significant_digits;
    const Decimal::coefficient_type unit = power_of_ten(drop);
    const Decimal::coefficient_type rest = c % unit;
    c /= unit;
    if (rest * 2 >= unit) ++c;  // half away from zero, as Excel rounds
    exponent += drop;
  }
  while (c != 0 && c % 10 == 0) {
    c /= 10;
    ++exponent;
  }
  n.digits = c.convert_to<std::uint64_t>();
  if (n.digits == 0) {
    n.exponent = 0;
    n.negative = false;
  } else {
    n.exponent = exponent;
  }
  return n;
}

void append_zeros(std::string& out, std::size_t count) { out.append(count, '0'); }

// General: at most 15 significant digits, no trailing zeros; scientific for magnitudes of 10^15
// and more or below 10^-9.
void append_general(const Number& n, std::string& out) {
  if (n.digits == 0) {
    out += '0';
    return;
  }
  const std::string all = std::to_string(n.digits);
  const int length = static_cast<int>(all.size());
  const int lead = length - 1 + n.exponent;  // the power of ten of the first digit
  if (lead >= significant_digits || lead < -9) {
    out += all[0];
    if (length > 1) {
      out += '.';
      out.append(all, 1);
    }
    out += lead < 0 ? "E-" : "E+";
    const int magnitude = lead < 0 ? -lead : lead;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  } else if (n.exponent >= 0) {
    out += all;
    append_zeros(out, static_cast<std::size_t>(n.exponent));
  } else if (-n.exponent >= length) {
    out += "0.";
    append_zeros(out, static_cast<std::size_t>(-n.exponent - length));
    out += all;
  } else {
    out.append(all, 0, static_cast<std::size_t>(length + n.exponent));
    out += '.';
    out.append(all, static_cast<std::size_t>(length + n.exponent));
  }
}

// The stored text when General would show it unchanged: a plain decimal of at most 15
// significant digits with no redundant zeros — most stored numbers — so the common case skips
// parsing. Must agree with parse_stored + append_general (tested).
bool shows_as_stored(std::string_view text) noexcept {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  const std::size_t int_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  const std::size_t int_digits = i - int_start;
  if (int_digits == 0 || (int_digits > 1 && text[int_start] == '0')) return false;
  const bool zero_int = text[int_start] == '0';
  int significant = zero_int ? 0 : static_cast<int>(int_digits);
  if (i < text.size()) {
    if (text[i] != '.') return false;
    const std::size_t frac_start = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i != text.size() || i == frac_start || text[i - 1] == '0') return false;
    std::size_t first = frac_start;
    if (zero_int) {
      while (text[first] == '0') ++first;
      if (first - frac_start > 8) return false;  // below 10^-9: scientific
    }
    significant += static_cast<int>(i - first);
  } else if (zero_int && int_start > 0) {
    return false;  // -0
  }
  return significant <= significant_digits;
}

// --- compiling a format code ---

std::size_t char_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, s.size() - i);
}

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_word(std::string_view s, std::size_t i, std::string_view word) noexcept {
  if (s.size() - i < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (lower(s[i + k]) != lower(word[k])) return false;
  return true;
}

// The sections of a code: split at `;` outside quotes, brackets and escapes.
std::vector<std::string_view> split_sections(std::string_view code) {
  std::vector<std::string_view> sections;
  std::size_t start = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      i = close == std::string_view::npos ? code.size() : close;
    } else if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      i = close == std::string_view::npos ? code.size() : close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == ';') {
      sections.push_back(code.substr(start, i - start));
      start = i + 1;
    }
  }
  sections.push_back(code.substr(std::min(start, code.size())));
  return sections;
}

struct DateToken {
  char letter;  // y m d h s
  std::size_t count;
};

class SectionCompiler {
 public:
  explicit SectionCompiler(std::string_view code) : code_(code) {}

  Section compile() {
    if (code_.empty()) {
      section_.kind = SectionKind::hidden;
      return section_;
    }
    for (i_ = 0; i_ < code_.size();) step();
    finish();
    return section_;
  }

 private:
  void literal(std::string_view text) {
    if (text.empty()) return;
    if (text.find("年") != std::string_view::npos || text.find("月") != std::string_view::npos ||
        text.find("日") != std::string_view::npos)
      cjk_ = true;
    if (!section_.tokens.empty() && section_.tokens.back().kind == TokenKind::literal)
      section_.tokens.back().text += text;
    else
      section_.tokens.push_back(Token{TokenKind::literal, std::string(text)});
  }
  void token(TokenKind kind) { section_.tokens.push_back(Token{kind, {}}); }
  std::size_t run_of(char letter) {
    std::size_t n = 0;
    while (i_ + n < code_.size() && lower(code_[i_ + n]) == letter) ++n;
    return n;
  }
  void date(char letter) {
    const std::size_t n = run_of(letter);
    dates_.push_back(DateToken{letter, n});
    i_ += n;
  }

  void bracket(std::string_view content) {
    if (content.starts_with('$')) {
      const std::string_view rest = content.substr(1);
      const std::size_t dash = rest.find('-');
      literal(rest.substr(0, dash));
      const std::string_view locale = dash == std::string_view::npos ? std::string_view{} : rest.substr(dash + 1);
      if (starts_with_word(locale, 0, "F800")) long_date_ = true;
      if (starts_with_word(locale, 0, "F400")) {
        for (const char letter : {'h', 'm', 's'}) dates_.push_back(DateToken{letter, 2});
      }
      return;
    }
    if (!content.empty() && (content[0] == '<' || content[0] == '>' || content[0] == '=')) unknown_ = true;
    if (starts_with_word(content, 0, "DBNum")) unknown_ = true;
    const char first = content.empty() ? '\0' : lower(content[0]);
    if (first == 'h' || first == 'm' || first == 's') {
      if (std::all_of(content.begin(), content.end(), [&](char c) { return lower(c) == first; })) {
        dates_.push_back(DateToken{first, content.size()});
        section_.elapsed = true;
      }
    }
    // Anything else in brackets is a colour or a locale: no text.
  }

  void step() {
    const char c = code_[i_];
    switch (c) {
      case '"': {
        const std::size_t close = code_.find('"', i_ + 1);
        const std::size_t end = close == std::string_view::npos ? code_.size() : close;
        literal(code_.substr(i_ + 1, end - i_ - 1));
        i_ = end + 1;
        return;
      }
      case '\\': {
        if (i_ + 1 < code_.size()) {
          const std::size_t n = char_length(code_, i_ + 1);
          literal(code_.substr(i_ + 1, n));
          i_ += 1 + n;
        } else {
          ++i_;
        }
        return;
      }
      case '_':  // a space as wide as the next character
      case '*':  // the next character repeated to fill the cell
        if (c == '_') literal(" ");
        i_ += 1 + (i_ + 1 < code_.size() ? char_length(code_, i_ + 1) : 0);
        return;
      case '[': {
        const std::size_t close = code_.find(']', i_ + 1);
        const std::size_t end = close == std::string_view::npos ? code_.size() : close;
        bracket(code_.substr(i_ + 1, end - i_ - 1));
        i_ = end + 1;
        return;
      }
      case '0': token(TokenKind::zero); ++i_; return;
      case '#': token(TokenKind::hash); ++i_; return;
      case '?': token(TokenKind::question); ++i_; return;
      case '.': token(TokenKind::point); ++i_; return;
      case ',': token(TokenKind::comma); ++i_; return;
      case '%':
        literal("%");
        section_.exponent_shift += 2;
        ++i_;
        return;
      case '/':
        literal("/");
        slash_ = true;
        ++i_;
        return;
      case '@':
        text_ = true;
        ++i_;
        return;
      default: break;
    }
    const char l = lower(c);
    if (l == 'e' && i_ + 1 < code_.size() && (code_[i_ + 1] == '+' || code_[i_ + 1] == '-')) {
      unknown_ = true;  // scientific notation
      i_ += 2;
      return;
    }
    if (starts_with_word(code_, i_, "General")) {
      token(TokenKind::general);
      i_ += 7;
      return;
    }
    if (starts_with_word(code_, i_, "AM/PM")) {
      i_ += 5;
      return;
    }
    if (starts_with_word(code_, i_, "A/P")) {
      i_ += 3;
      return;
    }
    switch (l) {
      case 'y':
      case 'e':  // era year
        date('y');
        if (l == 'e') dates_.back().letter = 'y';
        return;
      case 'm': date('m'); return;
      case 'd': date('d'); return;
      case 'h': date('h'); return;
      case 's': date('s'); return;
      case 'a':  // aaa, aaaa: the weekday in Chinese
      case 'g':  // era name
        i_ += run_of(l);
        return;
      case 'b':  // b1, b2: the calendar; bb, bbbb: the Buddhist year
        if (i_ + 1 < code_.size() && (code_[i_ + 1] == '1' || code_[i_ + 1] == '2')) {
          i_ += 2;
        } else {
          date('b');
          dates_.back().letter = 'y';
        }
        return;
      default: break;
    }
    const std::size_t n = char_length(code_, i_);
    literal(code_.substr(i_, n));
    i_ += n;
  }

  void finish() {
    Section& s = section_;
    s.cjk = cjk_;
    if (unknown_) {
      s.kind = SectionKind::unknown;
      return;
    }
    if (!dates_.empty() || long_date_) {
      s.kind = SectionKind::date;
      finish_date();
      return;
    }
    const auto placeholder = [](const Token& t) {
      return t.kind == TokenKind::zero || t.kind == TokenKind::hash || t.kind == TokenKind::question;
    };
    const bool has_placeholder = std::any_of(s.tokens.begin(), s.tokens.end(), placeholder);
    const bool has_general =
        std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) { return t.kind == TokenKind::general; });
    if (text_ && !has_placeholder) {
      s.kind = SectionKind::general;  // `@`: a number shows as General
      s.tokens.clear();
      return;
    }
    if (text_ || (has_placeholder && (slash_ || has_general))) {
      s.kind = SectionKind::unknown;  // fractions, or placeholders mixed with text or General
      return;
    }
    s.kind = has_placeholder ? SectionKind::number : has_general ? SectionKind::general : SectionKind::literal;
    resolve_commas(placeholder);
    if (s.kind == SectionKind::literal && s.tokens.empty()) s.kind = SectionKind::hidden;  // e.g. only a colour
  }

  // A comma between digit placeholders before the point groups thousands; after the last
  // placeholder it divides by 1000; elsewhere it is a comma.
  template <class Placeholder>
  void resolve_commas(Placeholder placeholder) {
    Section& s = section_;
    std::size_t last = s.tokens.size();
    std::size_t point = s.tokens.size();
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      if (placeholder(s.tokens[k])) last = k;
      if (s.tokens[k].kind == TokenKind::point && point == s.tokens.size()) point = k;
    }
    std::vector<Token> kept;
    bool seen_placeholder = false;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      Token& t = s.tokens[k];
      if (placeholder(t)) seen_placeholder = true;
      if (t.kind != TokenKind::comma) {
        kept.push_back(std::move(t));
        continue;
      }
      if (last != s.tokens.size() && k > last) {
        s.exponent_shift -= 3;
      } else if (seen_placeholder && k < point) {
        s.grouping = true;
      } else if (!kept.empty() && kept.back().kind == TokenKind::literal) {
        kept.back().text += ',';
      } else {
        kept.push_back(Token{TokenKind::literal, ","});
      }
    }
    s.tokens = std::move(kept);
  }

  // m and mm are minutes right after an hour or right before a second, months elsewhere.
  void finish_date() {
    Section& s = section_;
    if (long_date_) s.year = s.month = s.day = s.cjk = true;
    for (std::size_t k = 0; k < dates_.size(); ++k) {
      const DateToken& t = dates_[k];
      switch (t.letter) {
        case 'y': s.year = true; break;
        case 'd': if (t.count <= 2) s.day = true; break;  // ddd, dddd: the weekday's name
        case 'h': s.hour = true; break;
        case 's': s.second = true; break;
        case 'm': {
          const bool after_hour = k > 0 && dates_[k - 1].letter == 'h';
          const bool before_second = k + 1 < dates_.size() && dates_[k + 1].letter == 's';
          if (t.count <= 2 && (after_hour || before_second || section_.elapsed))
            s.minute = true;
          else
            s.month = true;
          break;
        }
        default: break;
      }
    }
    s.tokens.clear();
  }

  std::string_view code_;
  std::size_t i_ = 0;
  Section section_;
  std::vector<DateToken> dates_;
  bool cjk_ = false;
  bool unknown_ = false;
  bool slash_ = false;
  bool text_ = false;
  bool long_date_ = false;
};

// --- showing a number with a section ---

// The digits of value × 10^places, rounded half away from zero: the value with `places` decimals
// and no point. No leading zeros; "0" for zero.
std::string scaled_digits(const Number& n, int exponent, int places) {
  std::string all = std::to_string(n.digits);
  const int shift = exponent + places;  // value × 10^places = digits × 10^shift
  if (shift >= 0) {
    if (n.digits != 0) append_zeros(all, static_cast<std::size_t>(shift));
    return all;
  }
  const auto drop = static_cast<std::size_t>(-shift);
  if (drop > all.size()) return "0";
  const bool up = drop > 0 && all[all.size() - drop] >= '5';
  all.resize(all.size() - drop);
  if (up) {
    std::size_t k = all.size();
    while (k > 0 && all[k - 1] == '9') all[--k] = '0';
    if (k == 0)
      all.insert(all.begin(), '1');
    else
      ++all[k - 1];
  }
  if (all.empty()) all = "0";
  return all;
}

bool is_placeholder(TokenKind kind) noexcept {
  return kind == TokenKind::zero || kind == TokenKind::hash || kind == TokenKind::question;
}

void append_number(const Section& s, const Number& n, bool minus, std::string& out) {
  const auto& tokens = s.tokens;
  const auto point = static_cast<std::size_t>(
      std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == TokenKind::point; }) - tokens.begin());
  int places = 0;
  for (std::size_t k = point; k < tokens.size(); ++k) places += is_placeholder(tokens[k].kind) ? 1 : 0;
  const std::string scaled = scaled_digits(n, n.exponent + s.exponent_shift, places);
  const auto p = static_cast<std::size_t>(places);
  std::string integer = scaled.size() > p ? scaled.substr(0, scaled.size() - p) : std::string();
  std::string fraction = scaled.size() > p ? scaled.substr(scaled.size() - p) : std::string(p - scaled.size(), '0') + scaled;
  if (integer == "0") integer.clear();
  const bool shows_digit = integer.find_first_not_of('0') != std::string::npos ||
                           fraction.find_first_not_of('0') != std::string::npos;
  if (minus && shows_digit) out += '-';

  // The integer part: placeholders filled from the right; the leftmost takes all remaining digits.
  std::size_t first_placeholder = point;
  for (std::size_t k = 0; k < point; ++k) {
    if (is_placeholder(tokens[k].kind)) {
      first_placeholder = k;
      break;
    }
  }
  std::string left;  // built right to left
  std::size_t remaining = integer.size();
  std::size_t written = 0;
  const auto put_digit = [&](char d) {
    if (s.grouping && written > 0 && written % 3 == 0) left += ',';
    left += d;
    ++written;
  };
  for (std::size_t k = point; k-- > 0;) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::literal) {
      left.append(t.text.rbegin(), t.text.rend());
      continue;
    }
    if (!is_placeholder(t.kind)) continue;
    if (k == first_placeholder) {
      if (remaining == 0 && t.kind == TokenKind::zero) put_digit('0');
      if (remaining == 0 && t.kind == TokenKind::question) left += ' ';
      while (remaining > 0) put_digit(integer[--remaining]);
    } else if (remaining > 0) {
      put_digit(integer[--remaining]);
    } else if (t.kind == TokenKind::zero) {
      put_digit('0');
    } else if (t.kind == TokenKind::question) {
      left += ' ';
    }
  }
  // No placeholder before the point: the integer digits still show, just before it.
  if (first_placeholder == point)
    while (remaining > 0) put_digit(integer[--remaining]);
  // `left` is reversed, and multi-byte literals were reversed byte by byte: reversing restores them.
  out.append(left.rbegin(), left.rend());

  // The fraction: 0 always shows its digit; # and ? only up to the last digit that is not zero.
  std::size_t needed = 0;
  std::size_t digit = 0;
  for (std::size_t k = point; k < tokens.size(); ++k) {
    if (!is_placeholder(tokens[k].kind)) continue;
    ++digit;
    if (tokens[k].kind == TokenKind::zero || fraction[digit - 1] != '0') needed = digit;
  }
  digit = 0;
  for (std::size_t k = point; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::literal) {
      out += t.text;
    } else if (t.kind == TokenKind::point) {
      out += '.';
    } else if (is_placeholder(t.kind)) {
      if (digit < needed)
        out += fraction[digit];
      else if (t.kind == TokenKind::question)
        out += ' ';
      ++digit;
    }
  }
}

// A serial date: days since the epoch of the workbook's date system and the time of day.
struct Serial {
  std::int64_t days = 0;
  std::int64_t seconds = 0;  // 0–86399
};

std::optional<Serial> serial_of(const Number& n) {
  if (n.negative) return std::nullopt;
  Serial s;
  if (n.exponent >= 0) {
    if (n.exponent > 7) return std::nullopt;
    std::int64_t days = static_cast<std::int64_t>(n.digits);
    for (int k = 0; k < n.exponent; ++k) days *= 10;
    s.days = days;
  } else if (n.exponent < -38) {
    s.days = 0;  // below 10^-23 of a day
  } else {
    using Wide = Decimal::coefficient_type;
    const Wide unit = power_of_ten(-n.exponent);
    const Wide digits(n.digits);
    s.days = (digits / unit).convert_to<std::int64_t>();
    const Wide fraction = digits % unit;
    s.seconds = ((fraction * 86400 * 2 + unit) / (unit * 2)).convert_to<std::int64_t>();
  }
  if (s.seconds == 86400) {
    ++s.days;
    s.seconds = 0;
  }
  if (s.days > 2958465) return std::nullopt;  // past 9999-12-31
  return s;
}

// The civil date of a count of days since 1970-01-01 (H. Hinnant's algorithm).
Date civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

// The date of a serial day: the 1900 system counts 1900-01-01 as day 1 and keeps Lotus 1-2-3's
// 29 February 1900 (day 60), which never was; the 1904 system counts 1904-01-01 as day 0.
std::optional<Date> date_of(std::int64_t days, DateSystem system) {
  constexpr std::int64_t days_to_1899_12_30 = -25569;  // from 1970-01-01
  constexpr std::int64_t days_to_1904_01_01 = -24107;
  if (system == DateSystem::from_1904) return civil_from_days(days_to_1904_01_01 + days);
  if (days < 1 || days == 60) return std::nullopt;
  return civil_from_days(days_to_1899_12_30 + days + (days < 60 ? 1 : 0));
}

void append_two(std::string& out, std::int64_t n) {
  if (n < 10) out += '0';
  out += std::to_string(n);
}

Shown append_date(const Section& s, const Number& n, DateSystem system, std::string& out) {
  const std::optional<Serial> serial = serial_of(n);
  const bool shows_date = s.year || s.month || s.day;
  // A weekday or an era alone is nothing a table means by a date.
  if (!serial || !(shows_date || s.hour || s.minute || s.second)) return Shown::general;
  std::string text;
  if (shows_date) {
    const std::optional<Date> date = date_of(serial->days, system);
    if (!date) return Shown::general;
    if (s.cjk) {
      if (s.year) text += std::to_string(date->year) + "年";
      if (s.month) text += std::to_string(date->month) + "月";
      if (s.day) text += std::to_string(date->day) + "日";
    } else {
      Date{s.year ? date->year : 0, s.month ? date->month : 0, s.day ? date->day : 0}.append_to(text);
    }
  }
  if (s.hour || s.minute || s.second) {
    if (shows_date) text += ' ';
    const std::int64_t total = serial->days * 86400 + serial->seconds;
    const std::int64_t seconds = s.elapsed ? total : serial->seconds;
    if (s.hour) {
      append_two(text, seconds / 3600);
      text += ':';
      append_two(text, seconds / 60 % 60);
      if (s.second) {
        text += ':';
        append_two(text, seconds % 60);
      }
    } else if (s.minute) {
      append_two(text, s.elapsed ? seconds / 60 : seconds / 60 % 60);
      if (s.second) {
        text += ':';
        append_two(text, seconds % 60);
      }
    } else {
      append_two(text, s.elapsed ? seconds : seconds % 60);
    }
  }
  out += text;
  return Shown::number;
}

void append_trimmed(std::string_view text, std::string& out) {
  const std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return;
  out += text.substr(first, text.find_last_not_of(' ') - first + 1);
}

constexpr std::array<std::string_view, 59> builtin_codes = {
    "General", "0", "0.00", "#,##0", "#,##0.00",
    R"("¥"#,##0;"¥"\-#,##0)", R"("¥"#,##0;[Red]"¥"\-#,##0)", R"("¥"#,##0.00;"¥"\-#,##0.00)",
    R"("¥"#,##0.00;[Red]"¥"\-#,##0.00)", "0%", "0.00%", "0.00E+00", "# ?/?", "# ?\?/??",
    "yyyy/m/d", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm", "h:mm:ss",
    "yyyy/m/d h:mm", "", "", "", "", R"(yyyy"年"m"月")", R"(m"月"d"日")", R"(m"月"d"日")", "m-d-yy",
    R"(yyyy"年"m"月"d"日")", R"(h"时"mm"分")", R"(h"时"mm"分"ss"秒")", R"(上午/下午h"时"mm"分")",
    R"(上午/下午h"时"mm"分"ss"秒")", R"(yyyy"年"m"月")", "#,##0 ;(#,##0)", "#,##0 ;[Red](#,##0)",
    "#,##0.00;(#,##0.00)", "#,##0.00;[Red](#,##0.00)", R"(_ * #,##0_ ;_ * \-#,##0_ ;_ * "-"_ ;_ @_ )",
    R"(_ "¥"* #,##0_ ;_ "¥"* \-#,##0_ ;_ "¥"* "-"_ ;_ @_ )", R"(_ * #,##0.00_ ;_ * \-#,##0.00_ ;_ * "-"??_ ;_ @_ )",
    R"(_ "¥"* #,##0.00_ ;_ "¥"* \-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ )", "mm:ss", "[h]:mm:ss", "mm:ss.0",
    "##0.0E+0", "@", R"(yyyy"年"m"月")", R"(m"月"d"日")", R"(yyyy"年"m"月")", R"(m"月"d"日")",
    R"(m"月"d"日")", R"(上午/下午h"时"mm"分")", R"(上午/下午h"时"mm"分"ss"秒")", R"(yyyy"年"m"月")",
    R"(m"月"d"日")"};

}  // namespace

std::string_view builtin_format_code(unsigned id) noexcept { return id < builtin_codes.size() ? builtin_codes[id] : ""; }

NumberFormat::NumberFormat() : sections_{Section{}} {}

NumberFormat::NumberFormat(std::string_view code) {
  if (code.empty()) {
    sections_.emplace_back();
    return;
  }
  // Excel's own limit; a longer code could make each cell's text as long as it likes.
  if (code.size() > 255) {
    sections_.emplace_back().kind = SectionKind::unknown;
    return;
  }
  std::vector<std::string_view> parts = split_sections(code);
  // The fourth section is for text; numbers use at most three.
  if (parts.size() > 3) parts.resize(3);
  for (const std::string_view part : parts) sections_.push_back(SectionCompiler(part).compile());
}

bool NumberFormat::is_general() const noexcept {
  return sections_.size() == 1 && sections_[0].kind == SectionKind::general && sections_[0].tokens.size() <= 1;
}

Shown NumberFormat::render(std::string_view stored, DateSystem system, std::string& out) const {
  if (is_general() && shows_as_stored(stored)) {
    out += stored;
    return Shown::number;
  }
  const std::optional<Number> parsed = parse_stored(stored);
  if (!parsed) return Shown::not_a_number;
  const Number& n = *parsed;
  // One section serves every number; with two, the second is for negatives; with three, the
  // third is for zero. A section of its own for negatives writes its own sign.
  const Section* section = &sections_[0];
  bool minus = n.negative;
  if (n.digits == 0 && sections_.size() >= 3) {
    section = &sections_[2];
  } else if (n.negative && sections_.size() >= 2) {
    section = &sections_[1];
    minus = false;
  }
  std::string text;
  Shown shown = Shown::number;
  switch (section->kind) {
    case SectionKind::number: append_number(*section, n, minus, text); break;
    case SectionKind::date: shown = append_date(*section, n, system, text); break;
    case SectionKind::general:
    case SectionKind::literal:
      if (minus && section->kind == SectionKind::general) text += '-';
      for (const Token& t : section->tokens) {
        if (t.kind == TokenKind::general)
          append_general(Number{false, n.digits, n.exponent}, text);
        else
          text += t.text;
      }
      if (section->tokens.empty()) append_general(Number{false, n.digits, n.exponent}, text);
      break;
    case SectionKind::hidden: shown = Shown::hidden; break;
    case SectionKind::unknown: shown = Shown::general; break;
  }
  if (shown != Shown::number) {
    text.clear();
    if (n.negative) text += '-';
    append_general(Number{false, n.digits, n.exponent}, text);
  }
  append_trimmed(text, out);
  return shown;
}

}  // namespace jixiao::detail
