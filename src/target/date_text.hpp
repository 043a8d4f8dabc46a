#pragma once

#include <jixiao/date.hpp>

#include <string>

namespace jixiao::detail {

// Appends d as Date::to_string writes it, in place: check() and to_string(Target) write dates into
// reasons and canonical forms, where a temporary string per date cost about three times the
// writing (BM_Evaluate). Years other than four digits and dates without a year or a month go
// through Date::to_string.
inline void append_iso_date(std::string& out, const Date& d) {
  if (d.year < 1000 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 0 || d.day > 99) {
    out += d.to_string();
    return;
  }
  char text[10];
  const auto two = [](char* at, int n) {
    at[0] = static_cast<char>('0' + n / 10);
    at[1] = static_cast<char>('0' + n % 10);
  };
  two(text, d.year / 100);
  two(text + 2, d.year % 100);
  text[4] = '-';
  two(text + 5, d.month);
  text[7] = '-';
  two(text + 8, d.day);
  out.append(text, d.day != 0 ? 10 : 7);
}

}  // namespace jixiao::detail
