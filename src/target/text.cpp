#include "text.hpp"

namespace jixiao::text {
namespace {

constexpr char32_t replacement = 0xFFFD;

bool is_space(char32_t cp) noexcept {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

// The ASCII spelling of a code point the normal form rewrites; empty when it is kept as it is.
std::string_view folded(char32_t cp) noexcept {
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

CodePoint decode(std::string_view s, std::size_t at) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) length = 2, cp = lead & 0x1F, minimum = 0x80;
  else if ((lead & 0xF0) == 0xE0) length = 3, cp = lead & 0x0F, minimum = 0x800;
  else if ((lead & 0xF8) == 0xF0) length = 4, cp = lead & 0x07, minimum = 0x10000;
  else return {replacement, 1};
  if (s.size() - at < length) return {replacement, 1};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {replacement, 1};
    cp = (cp << 6) | (byte(at + i) & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {replacement, 1};
  return {cp, length};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

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
    char32_t cp = c.value;
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
    if (const std::string_view ascii = folded(cp); !ascii.empty()) out += ascii;
    else if (cp == c.value && cp != 0xFFFD) out.append(in, i, c.length);  // valid and unchanged
    else append_utf8(out, cp);
    i += c.length;
  }
}

}  // namespace jixiao::text
