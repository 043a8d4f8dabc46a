#include "text.hpp"

#include "../text/blanks.hpp"
#include "../text/fold.hpp"

namespace jixiao::text {
namespace {

// The ASCII spelling of a code point the normal form rewrites; empty when it is kept as it is.
std::string_view ascii_spelling(char32_t cp) noexcept {
  switch (cp) {
    case 0x2265: case 0x2267: case 0x2A7E: case 0x226E: return ">=";  // ≥ ≧ ⩾ ≮ (not less than)
    case 0x2264: case 0x2266: case 0x2A7D: case 0x226F: return "<=";  // ≤ ≦ ⩽ ≯ (not more than)
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: return "-";
    case 0x301C: case 0x223C: return "~";
    case 0xFE6A: return "%";
    case 0xFE64: return "<";
    case 0xFE65: return ">";
    case 0xFE66: return "=";
    default: return {};
  }
}

}  // namespace

void normalize(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    // Printable ASCII and the ideographs U+4000–U+9FFF (leads E4–E9, none of them a blank or a
    // form to fold) are already in normal form: copied as a run without decoding each character.
    std::size_t run = i;
    while (run < in.size()) {
      const auto lead = static_cast<unsigned char>(in[run]);
      if (lead > ' ' && lead < 0x80) {
        ++run;
      } else if (lead >= 0xE4 && lead <= 0xE9 && in.size() - run >= 3 &&
                 (static_cast<unsigned char>(in[run + 1]) & 0xC0) == 0x80 &&
                 (static_cast<unsigned char>(in[run + 2]) & 0xC0) == 0x80) {
        run += 3;
      } else {
        break;
      }
    }
    if (run > i) {
      out.append(in, i, run - i);
      i = run;
      continue;
    }
    const CodePoint c = decode(in, i);
    if (is_space(c.value)) {
      i += c.length;
      continue;
    }
    const char32_t cp = fold_width(c.value);
    if (const std::string_view ascii = ascii_spelling(cp); !ascii.empty()) out += ascii;
    else if (cp == c.value && !malformed(c)) out.append(in, i, c.length);  // valid and unchanged
    else append_utf8(out, cp);
    i += c.length;
  }
}

}  // namespace jixiao::text
