#pragma once
// One worksheet of the xlsx output, over libxlsxwriter: a header row, then rows of typed cells
// written left to right; at the end the frozen header, the autofilter and column widths that fit
// the widest cell (CJK characters count double).

#include <jixiao/date.hpp>
#include <jixiao/decimal.hpp>

#include <xlsxwriter.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::xlsx_out {

// The cell formats of one workbook, each made once.
class Styles {
 public:
  explicit Styles(lxw_workbook* book) : book_(book) {}
  lxw_format* header();
  // A format with this number format code (`0.00`, `0.0%`, `yyyy-mm-dd`).
  lxw_format* number(const std::string& code);

 private:
  lxw_workbook* book_;
  lxw_format* header_ = nullptr;
  std::map<std::string, lxw_format*, std::less<>> numbers_;
};

class Sheet {
 public:
  // Adds the sheet to the book. `warnings` collects what Excel cannot hold as it is.
  Sheet(lxw_workbook* book, Styles& styles, const std::string& name, std::vector<std::string>& warnings);

  // A header cell, left to right.
  void column(const std::string& name);
  // Starts the next data row; the cells below fill it left to right. Throws LimitError past
  // Excel's last row.
  void next_row();
  void text(std::string_view text);
  void integer(std::int64_t value);
  void boolean(bool value);
  // A number shown with its places; in a percent column (named …percent, …ratio, rate, …progress
  // or achievement) `value` is in % and becomes a fraction under a percent format.
  void number(const Decimal& value, int min_places = 0);
  // A date under a format of the fields it has (2025-01 shows as a month); a date without a year
  // is written as text.
  void date(const Date& value);
  void skip(std::size_t cells);

  // Freezes the header, sets the autofilter and the column widths.
  void finish();

 private:
  void widen(std::string_view shown);
  std::string cell_name() const;
  void check(lxw_error error, std::string_view what);

  lxw_worksheet* sheet_;
  Styles& styles_;
  std::string name_;
  std::vector<std::string>& warnings_;
  std::vector<std::string> names_;   // per column
  std::vector<bool> percent_;
  std::vector<std::size_t> widths_;  // per column, in character cells
  std::uint32_t row_ = 0;
  std::uint16_t column_ = 0;
};

// Whether the column `name` holds percents (…percent, …ratio, rate, …progress, achievement: the
// names the model gives its members in %).
bool percent_column(std::string_view name) noexcept;

// The width of `text` in character cells: 2 for CJK and full-width characters, else 1.
std::size_t display_width(std::string_view text) noexcept;

}  // namespace jixiao::xlsx_out
