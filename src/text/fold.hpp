#pragma once
// The full-width fold: the forms U+FF01–U+FF5E (！ … ～, ０-９, Ａ-Ｚ, ａ-ｚ, （ ） ％ ，) are the
// ASCII characters U+0021–U+007E written as wide as an ideograph; Chinese tables mix both
// (`资金（第二批）`, `资金(第二批)`, `９５％`), so texts compared for their words fold them onto ASCII.
// Nothing else is folded here: U+3000 is a blank (blanks.hpp), and the target grammar's own
// normal form (comparison signs, dashes; src/target/text.hpp) builds on this fold.

#include "blanks.hpp"
#include "utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::text {

constexpr char32_t fold_width(char32_t c) noexcept { return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c; }

// The ASCII character a full-width form starting at s[i] folds to, from its bytes (EF BC 81 –
// EF BD 9E); 0 when s[i] starts no full-width form.
inline char folded_width_at(std::string_view s, std::size_t i) noexcept {
  if (static_cast<unsigned char>(s[i]) != 0xEF || s.size() - i < 3) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  const auto third = static_cast<unsigned char>(s[i + 2]);
  if (!((second == 0xBC && third >= 0x81 && third <= 0xBF) || (second == 0xBD && third >= 0x80 && third <= 0x9E)))
    return 0;
  return static_cast<char>((((second & 0x3Fu) << 6) | (third & 0x3Fu)) - 0xEE0u);
}

// The words of `text` without blanks, full-width forms folded: passes `piece` the runs kept as
// written and the folded characters, in order, and stops as soon as `piece` returns false
// (returning false). Runs are passed whole: the scan stops only where a blank may start (EF, the
// lead of the full-width forms, is one of those bytes).
template <class Piece>
bool for_each_folded_piece(std::string_view text, Piece&& piece) {
  std::size_t run = 0;
  for (std::size_t i = next_stop(text, 0); i < text.size(); i = next_stop(text, i)) {
    if (const std::size_t blank = blank_at(text, i)) {
      if (!piece(text.substr(run, i - run))) return false;
      i += blank;
      run = i;
    } else if (const char ascii = folded_width_at(text, i)) {
      if (!piece(text.substr(run, i - run)) || !piece(std::string_view(&ascii, 1))) return false;
      i += 3;
      run = i;
    } else {
      i += char_length(text, i);
    }
  }
  return piece(text.substr(run));
}

// The words of `text`, blanks removed and full-width forms folded: texts that differ only in
// those (`社会效益指 标`, `资金（第二批）`) fold to the same string (`社会效益指标`,
// `资金(第二批)`).
std::string folded(std::string_view text);

}  // namespace jixiao::text
