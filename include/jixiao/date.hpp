#pragma once
// Calendar dates as the tables write them: a year may be missing (`12月15日前`) and a day may be
// missing (`2024 年 12 月`, `11月底`), so each part is optional and the reader fills the year
// from context.

#include <boost/describe/class.hpp>

#include <compare>
#include <optional>
#include <string>

namespace jixiao {

struct Date {
  int year = 0;   // 0: not written and not known from context
  int month = 0;  // 1–12; 0: not written
  int day = 0;    // 1–31; 0: not written (the whole month)

  bool has_year() const noexcept { return year != 0; }
  bool has_day() const noexcept { return day != 0; }
  // The last day the written date covers: `2025年11月` → 2025-11-30, `2025年` → 2025-12-31.
  // Requires a year (throws Error otherwise).
  Date last_day() const;
  // The first day it covers: `2025年11月` → 2025-11-01.
  Date first_day() const;
  // ISO 8601 as far as written: `2025-11-30`, `2025-11`, `--12-15` (no year).
  std::string to_string() const;
  // The same text appended to `out`: reasons and canonical forms write dates in place.
  void append_to(std::string& out) const;
  // Whether year/month/day form a real calendar date (missing parts allowed).
  bool valid() const noexcept;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};
BOOST_DESCRIBE_STRUCT(Date, (), (year, month, day))

// Days in `month` of `year` (Gregorian).
int days_in_month(int year, int month);

// Parses an ISO date `2025-06-30` (used by the CLI and actuals). Throws ParseError.
Date parse_iso_date(std::string_view text);

}  // namespace jixiao
