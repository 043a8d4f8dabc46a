// The library's one set of text helpers (src/text/): UTF-8 decoding, the blanks, the full-width
// fold. The byte tests are checked against the code-point tests over every code point.

#include "text/blanks.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <jixiao/money.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

using namespace jixiao;

namespace {

std::string utf8(char32_t c) {
  std::string out;
  text::append_utf8(out, c);
  return out;
}

bool surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

}  // namespace

TEST_CASE("decode reads every code point back from its encoding, inline path or not") {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (surrogate(c)) continue;
    const std::string bytes = utf8(c);
    const text::CodePoint cp = text::decode(bytes, 0);
    if (cp.value != c || cp.length != bytes.size()) FAIL("code point U+" << std::hex << static_cast<unsigned>(c));
  }
}

TEST_CASE("decode gives U+FFFD, one byte long, for each malformed byte") {
  // A stray continuation, overlong forms, a surrogate, beyond U+10FFFF, no such lead, cut short.
  for (const std::string_view bad : {"\x80", "\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8",
                                     "\xE4\xB8", "\xE4\x41\x41"}) {
    const text::CodePoint cp = text::decode(bad, 0);
    CHECK(text::malformed(cp));
    CHECK(cp.value == text::replacement_character);
  }
  CHECK_FALSE(text::malformed(text::decode("\uFFFD", 0)));  // a real U+FFFD is three bytes
  std::size_t i = 0;
  const std::string_view mixed = "\xFF" "中";
  CHECK(text::next_code_point(mixed, i) == text::replacement_character);
  CHECK(text::next_code_point(mixed, i) == U'中');
  CHECK(i == mixed.size());
  CHECK(text::code_point_before("a中", 4) == U'中');
  CHECK(text::code_point_before("a中", 1) == U'a');
}

TEST_CASE("the blanks: the documented list, the code-point test and the byte tests agree") {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (surrogate(c)) continue;
    const bool listed = std::find(std::begin(text::blanks), std::end(text::blanks), c) != std::end(text::blanks);
    const std::string bytes = utf8(c);
    const std::size_t at = text::blank_at(bytes, 0);
    const bool stops = text::plain_length[static_cast<unsigned char>(bytes.front())] == 0;
    const bool ends = text::may_end_blank[static_cast<unsigned char>(bytes.back())];
    if (listed != text::is_space(c) || at != (listed ? bytes.size() : 0) || (listed && !(stops && ends)))
      FAIL("code point U+" << std::hex << static_cast<unsigned>(c));
    if (listed) {
      const std::string padded = "中" + bytes + bytes + "文" + bytes;
      if (text::trim(padded) != "中" + bytes + bytes + "文" || text::trim(bytes + "中" + bytes) != "中" ||
          !text::is_blank(bytes + bytes) || text::without_spaces(padded) != "中文")
        FAIL("code point U+" << std::hex << static_cast<unsigned>(c));
    }
  }
  CHECK(std::size(text::blanks) == 24);
  // Line and paragraph separators are no blanks.
  CHECK_FALSE(text::is_space(0x85));
  CHECK_FALSE(text::is_space(0x2028));
  CHECK_FALSE(text::is_space(0x2029));
}

TEST_CASE("blank_at reads no byte past the text and takes no malformed sequence for a blank") {
  CHECK(text::blank_at("\xC2", 0) == 0);
  CHECK(text::blank_at("\xE3\x80", 0) == 0);
  CHECK(text::blank_at("\xE2\x80\x41", 0) == 0);
  CHECK(text::blank_at(std::string_view("a\xE3\x80\x80", 3), 1) == 0);  // U+3000 cut by the view
  CHECK(text::trim(std::string_view("\xE3\x80\x80", 2)) == std::string_view("\xE3\x80", 2));
  CHECK(text::trim("") == "");
  CHECK(text::is_blank(""));
}

TEST_CASE("the full-width fold maps U+FF01–U+FF5E onto ASCII, from code points and from bytes alike") {
  for (char32_t c = 0xFF00; c <= 0xFF60; ++c) {
    const bool wide = c >= 0xFF01 && c <= 0xFF5E;
    CHECK(text::fold_width(c) == (wide ? c - 0xFEE0 : c));
    const std::string bytes = utf8(c);
    CHECK(text::folded_width_at(bytes, 0) == (wide ? static_cast<char>(c - 0xFEE0) : 0));
  }
  CHECK(text::fold_width(U'中') == U'中');
  CHECK(text::fold_width(0x3000) == 0x3000);  // a blank, not folded
  CHECK(text::folded_width_at("\xEF\xBC", 0) == 0);
  CHECK(text::folded("资金（第二批）") == "资金(第二批)");
  CHECK(text::folded(" 社会效益指 标\u3000") == "社会效益指标");
  CHECK(text::folded("９５\u2009％") == "95%");
  CHECK(text::folded("\ufeff时效指标") == "时效指标");
}

TEST_CASE("for_each_folded_piece stops when the piece refuses, and says so") {
  std::string seen;
  const bool whole = text::for_each_folded_piece("ab（c d", [&](std::string_view piece) {
    seen += piece;
    return seen.size() < 3;
  });
  CHECK_FALSE(whole);
  CHECK(seen == "ab(");
}

TEST_CASE("Money::parse trims the same blanks as every cell") {
  CHECK(Money::parse("\u300015.75 万元\u00a0") == Money::parse("15.75"));
  CHECK(Money::parse("\t6万\u2002") == Money::parse("6"));
}
