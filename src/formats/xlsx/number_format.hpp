#pragma once
// How a spreadsheet cell shows its number. A cell stores a number as text (`0.105`,
// `16.629999999999999`, `45657`) and a style whose number format code says how to show it (`0.00%`,
// General, `yyyy"年"m"月"d"日"`). The front end gives the layout reader what the cell shows, since
// that is what the table means: 10.50%, 16.63, 2024年12月31日. The stored digits are read as a
// Decimal, exactly, never through a double; they are first rounded to 15 significant digits, as
// Excel does before showing any number.
//
// Understood (docs/format-xlsx.md): up to four sections `positive;negative;zero;text`; digit
// placeholders 0 # ?, the decimal point, thousands grouping and scaling commas, percent, quoted and
// escaped literals, `_x` spaces and `*x` fills, colours, `[$¥-804]` currency, General in a
// section; date and time codes (y m d h s, AM/PM, elapsed [h] [m] [s], `[$-F800]`), written in a
// normal form: `2024年12月31日` when the code writes 年, 月 or 日, else ISO `2024-12-31`; times as
// 24-hour `13:45[:30]`. Not understood, and shown as General: scientific (E+), fractions (?/?),
// conditions ([>100]), [DBNum…] numerals, codes longer than Excel's 255 characters.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

enum class DateSystem { from_1900, from_1904 };

enum class Shown {
  number,        // as the format shows it
  general,       // the format does not apply (unknown code, a date out of range): as General shows it
  hidden,        // the format hides it (an empty section, `;;;`): written as General all the same
  not_a_number,  // the stored text is no number: nothing written
};

// One section of a compiled format code.
struct FormatSection {
  enum class Kind : std::uint8_t { general, number, date, literal, hidden, unknown };
  struct Token {
    enum class Kind : std::uint8_t { literal, zero, hash, question, point, comma, general };
    Kind kind = Kind::literal;
    std::string text;  // of a literal
  };
  Kind kind = Kind::general;
  std::vector<Token> tokens;  // number, literal, general: in the order written
  bool grouping = false;      // thousands separators
  int exponent_shift = 0;     // +2 per %, −3 per scaling comma
  // date: which fields it shows
  bool year = false, month = false, day = false, hour = false, minute = false, second = false;
  bool elapsed = false;  // [h], [m], [s]: the total since the serial's day 0
  bool cjk = false;      // writes 年, 月 or 日
};

class NumberFormat {
 public:
  NumberFormat();  // General
  // Compiles a format code; never throws. Sections it does not understand show as General.
  explicit NumberFormat(std::string_view code);

  // Appends to `out` what a cell of this format shows for the number stored as `stored`.
  Shown render(std::string_view stored, DateSystem system, std::string& out) const;

  bool is_general() const noexcept;

 private:
  std::vector<FormatSection> sections_;
};

// The code of a built-in number format (ids 0–58 that Excel writes without a <numFmt>), as Excel
// in the zh-CN locale shows them; empty for ids without one.
std::string_view builtin_format_code(unsigned id) noexcept;

}  // namespace jixiao::detail
