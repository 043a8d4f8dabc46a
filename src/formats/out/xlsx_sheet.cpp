#include "xlsx_sheet.hpp"

#include "../../read/text.hpp"

#include <jixiao/error.hpp>
#include <jixiao/source.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <system_error>

namespace jixiao::xlsx_out {
namespace {

// Excel's limits: a cell holds 32,767 characters (UTF-16 code units), a sheet 1,048,576 rows.
constexpr std::size_t max_text_units = 32767;
// Columns are never narrower or wider than these, in character cells: a long text shows its
// start, and the rest in the cell.
constexpr std::size_t min_width = 6;
constexpr std::size_t max_width = 60;
// Places beyond these add digits a spreadsheet number (15 significant digits) does not hold.
constexpr int max_places = 10;

std::string places_code(int places) { return places <= 0 ? "0" : "0." + std::string(static_cast<std::size_t>(places), '0'); }

double to_double(const Decimal& value) {
  const std::string text = value.to_string();
  double number = 0;
  std::from_chars(text.data(), text.data() + text.size(), number);  // nearest double; the _text column is exact
  return number;
}

// The byte length of the longest prefix of `text` within `units` UTF-16 code units.
std::size_t prefix_within(std::string_view text, std::size_t units) {
  std::size_t i = 0, used = 0;
  while (i < text.size()) {
    std::size_t next = i;
    const char32_t c = detail::next_code_point(text, next);
    used += c >= 0x10000 ? 2 : 1;
    if (used > units) break;
    i = next;
  }
  return i;
}

bool is_hex(char c) noexcept { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// OOXML writes characters XML cannot hold as `_xHHHH_`, and libxlsxwriter does so for control
// characters; a text that holds such a sequence itself must have its `_` escaped as `_x005F_`,
// or Excel would show the character instead of the text.
void escape_escapes(std::string& text) {
  for (std::size_t at = text.find("_x"); at != std::string::npos; at = text.find("_x", at + 1)) {
    if (at + 7 > text.size() || text[at + 6] != '_' ||
        !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at + 2), text.begin() + static_cast<std::ptrdiff_t>(at + 6),
                     is_hex))
      continue;
    text.replace(at, 1, "_x005F_");
    at += 6;
  }
}

}  // namespace

bool percent_column(std::string_view name) noexcept {
  for (std::size_t start = 0; start <= name.size();) {
    const std::size_t end = std::min(name.find('_', start), name.size());
    const std::string_view word = name.substr(start, end - start);
    if (word == "percent" || word == "ratio" || word == "rate" || word == "progress" || word == "achievement")
      return true;
    start = end + 1;
  }
  return false;
}

std::size_t display_width(std::string_view text) noexcept {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size() && width <= max_width;)
    width += detail::is_wide(detail::next_code_point(text, i)) ? 2 : 1;
  return width;
}

lxw_format* Styles::header() {
  if (!header_) {
    header_ = workbook_add_format(book_);
    format_set_bold(header_);
    format_set_bottom(header_, LXW_BORDER_THIN);
    format_set_bg_color(header_, 0xE8EEF4);
  }
  return header_;
}

lxw_format* Styles::number(const std::string& code) {
  const auto found = numbers_.find(code);
  if (found != numbers_.end()) return found->second;
  lxw_format* format = workbook_add_format(book_);
  format_set_num_format(format, code.c_str());
  numbers_.emplace(code, format);
  return format;
}

Sheet::Sheet(lxw_workbook* book, Styles& styles, const std::string& name, std::vector<std::string>& warnings)
    : sheet_(workbook_add_worksheet(book, name.c_str())), styles_(styles), name_(name), warnings_(warnings) {
  if (!sheet_) throw Error(fmt::format("xlsx: cannot add the sheet {}", name));
}

void Sheet::check(lxw_error error, std::string_view what) {
  if (error != LXW_NO_ERROR) throw Error(fmt::format("xlsx: {} at {}: {}", what, cell_name(), lxw_strerror(error)));
}

std::string Sheet::cell_name() const {
  std::string name = fmt::format("{}!{}{}", name_, column_letters(column_ + 1u), row_ + 1u);
  if (column_ < names_.size()) name += fmt::format(" ({})", names_[column_]);
  return name;
}

void Sheet::widen(std::string_view shown) {
  if (column_ >= widths_.size()) widths_.resize(column_ + 1u, 0);
  widths_[column_] = std::max(widths_[column_], display_width(shown));
}

void Sheet::column(const std::string& name) {
  widen(name);
  check(worksheet_write_string(sheet_, 0, column_, name.c_str(), styles_.header()), "header");
  percent_.push_back(percent_column(name));
  names_.push_back(name);
  ++column_;
}

void Sheet::next_row() {
  if (row_ + 1 >= LXW_ROW_MAX)
    throw LimitError(fmt::format("xlsx: the sheet {} would have more than Excel's {} rows", name_, LXW_ROW_MAX));
  ++row_;
  column_ = 0;
}

void Sheet::skip(std::size_t cells) { column_ = static_cast<std::uint16_t>(column_ + cells); }

void Sheet::text(std::string_view text) {
  if (!text.empty()) {
    std::string cell(text);
    // A C string ends at NUL: a NUL byte becomes U+FFFD instead of ending the text unseen.
    for (std::size_t at = cell.find('\0'); at != std::string::npos; at = cell.find('\0', at))
      cell.replace(at, 1, "\xEF\xBF\xBD");
    escape_escapes(cell);
    // Excel's limit counts the characters as the file holds them, escapes included.
    const std::size_t kept = prefix_within(cell, max_text_units);
    if (kept < cell.size()) {
      warnings_.push_back(fmt::format("{}: a text of {} bytes is cut to Excel's limit of {} characters", cell_name(),
                                      text.size(), max_text_units));
      cell.resize(kept);
    }
    widen(cell);
    check(worksheet_write_string(sheet_, row_, column_, cell.c_str(), nullptr), "text");
  }
  ++column_;
}

void Sheet::integer(std::int64_t value) {
  widen(fmt::format("{}", value));
  check(worksheet_write_number(sheet_, row_, column_, static_cast<double>(value), nullptr), "number");
  ++column_;
}

void Sheet::boolean(bool value) {
  widen(value ? "TRUE" : "FALSE");
  check(worksheet_write_boolean(sheet_, row_, column_, value ? 1 : 0, nullptr), "boolean");
  ++column_;
}

void Sheet::number(const Decimal& value, int min_places) {
  const bool percent = column_ < percent_.size() && percent_[column_];
  const int places = std::min(std::max(value.scale(), min_places), max_places);
  // In % → a fraction: exactly, by moving the point.
  const Decimal stored = percent ? Decimal(value.coefficient(), value.scale() + 2) : value;
  widen(value.to_string() + (percent ? "%" : ""));
  check(worksheet_write_number(sheet_, row_, column_, to_double(stored),
                               styles_.number(places_code(places) + (percent ? "%" : ""))),
        "number");
  ++column_;
}

void Sheet::date(const Date& value) {
  if (!value.has_year() || !value.valid()) {
    text(value.to_string());
    return;
  }
  lxw_datetime when{value.year, value.month == 0 ? 1 : value.month, value.has_day() ? value.day : 1, 0, 0, 0};
  const char* code = value.has_day() ? "yyyy-mm-dd" : value.month != 0 ? "yyyy-mm" : "yyyy";
  widen(code);
  check(worksheet_write_datetime(sheet_, row_, column_, &when, styles_.number(code)), "date");
  ++column_;
}

void Sheet::finish() {
  const auto last_column = static_cast<lxw_col_t>(widths_.empty() ? 0 : widths_.size() - 1);
  worksheet_freeze_panes(sheet_, 1, 0);
  check(worksheet_autofilter(sheet_, 0, 0, row_, last_column), "autofilter");
  for (std::size_t c = 0; c < widths_.size(); ++c) {
    const double width = static_cast<double>(std::clamp(widths_[c], min_width, max_width) + 2);
    check(worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr),
          "column width");
  }
}

}  // namespace jixiao::xlsx_out
