#include <jixiao/date.hpp>
#include <jixiao/error.hpp>

#include <fmt/format.h>

#include <charconv>
#include <iterator>

namespace jixiao {
namespace {

bool leap(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int month_length(int year, int month) noexcept {
  constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : lengths[month - 1];
}

// `n` with at least `width` digits. By hand, since dates are printed for every deadline and period
// a parser checks (canonical forms) and fmt's format strings cost more than the digits.
void append_padded(std::string& out, int n, int width) {
  if (n < 0) {
    fmt::format_to(std::back_inserter(out), "{:0{}}", n, width);
    return;
  }
  char buffer[16];
  char* end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  if (end - buffer < width) out.append(static_cast<std::size_t>(width - (end - buffer)), '0');
  out.append(buffer, static_cast<std::size_t>(end - buffer));
}

}  // namespace

int days_in_month(int year, int month) {
  if (month < 1 || month > 12) throw Error(fmt::format("month {} is not between 1 and 12", month));
  return month_length(year, month);
}

Date Date::last_day() const {
  if (!has_year()) throw Error(fmt::format("the date {} has no year, so its last day is unknown", to_string()));
  if (!valid()) throw Error(fmt::format("{} is not a calendar date", to_string()));
  const int m = month == 0 ? 12 : month;
  return Date{year, m, day != 0 ? day : month_length(year, m)};
}

Date Date::first_day() const {
  if (!valid()) throw Error(fmt::format("{} is not a calendar date", to_string()));
  return Date{year, month == 0 ? 1 : month, day == 0 ? 1 : day};
}

std::string Date::to_string() const {
  std::string out;
  append_to(out);
  return out;
}

void Date::append_to(std::string& out) const {
  // The common full date by hand: evaluation writes one or two into the note of every dated
  // indicator, and per-part conversions cost a few percent of evaluate() (BM_Evaluate).
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 0 && day <= 99) {
    char text[10];
    const auto two = [](char* at, int n) {
      at[0] = static_cast<char>('0' + n / 10);
      at[1] = static_cast<char>('0' + n % 10);
    };
    two(text, year / 100);
    two(text + 2, year % 100);
    text[4] = '-';
    two(text + 5, month);
    text[7] = '-';
    two(text + 8, day);
    out.append(text, day != 0 ? 10 : 7);
    return;
  }
  if (*this == Date{}) return;
  if (has_year()) append_padded(out, year, 4);
  else out += '-';
  if (month != 0) {
    out += '-';
    append_padded(out, month, 2);
  }
  if (day != 0) {
    out += '-';
    append_padded(out, day, 2);
  }
}

bool Date::valid() const noexcept {
  if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0) return false;
  if (day == 0) return true;
  if (month == 0) return false;
  // Without a year, 29 February may still be meant for a leap year.
  return day <= (has_year() ? month_length(year, month) : month_length(2000, month));
}

Date parse_iso_date(std::string_view text) {
  // YYYY-MM-DD, or the reduced forms YYYY-MM and YYYY.
  const auto fail = [&](const char* why, std::size_t at) -> Date {
    throw ParseError(fmt::format("'{}' is not an ISO date (YYYY-MM-DD): {}", text, why), at + 1);
  };
  int parts[3] = {0, 0, 0};
  constexpr std::size_t widths[3] = {4, 2, 2};
  std::size_t i = 0;
  int count = 0;
  for (; count < 3; ++count) {
    if (count > 0) {
      if (i == text.size()) break;
      if (text[i] != '-') return fail("expected '-'", i);
      ++i;
    }
    for (std::size_t k = 0; k < widths[count]; ++k, ++i) {
      if (i >= text.size() || text[i] < '0' || text[i] > '9')
        return fail(count == 0 ? "expected a four-digit year" : "expected two digits", i);
      parts[count] = parts[count] * 10 + (text[i] - '0');
    }
  }
  if (i != text.size()) return fail("unexpected text after the date", i);
  const Date d{parts[0], parts[1], parts[2]};
  if (d.year == 0 || (count > 1 && d.month == 0) || (count > 2 && d.day == 0) || !d.valid())
    return fail("not a calendar date", 0);
  return d;
}

}  // namespace jixiao
