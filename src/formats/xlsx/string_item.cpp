#include "string_item.hpp"

#include "../../text/utf8.hpp"

namespace jixiao::detail {
namespace {

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code point of `_xHHHH_` at s[i], or -1.
long escape_at(const std::string& s, std::size_t i) noexcept {
  if (s.size() - i < 7 || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
  long value = 0;
  for (std::size_t k = 2; k < 6; ++k) {
    const int h = hex_value(s[i + k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  return value;
}

}  // namespace

void decode_cell_text(std::string& out, std::size_t from) {
  if (out.find_first_of("_\r", from) == std::string::npos) return;
  std::string decoded;
  decoded.reserve(out.size() - from);
  for (std::size_t i = from; i < out.size(); ++i) {
    const char c = out[i];
    if (c == '_') {
      const long code = escape_at(out, i);
      // A surrogate alone is no character: such an escape stays as written.
      if (code >= 0 && (code < 0xD800 || code > 0xDFFF)) {
        if (code == '\r') {
          if (!(i + 7 < out.size() && out[i + 7] == '\n')) decoded += '\n';
        } else if (code < 0x20 && code != '\t' && code != '\n') {
          // Other control characters show as nothing.
        } else {
          text::append_utf8(decoded, static_cast<char32_t>(code));
        }
        i += 6;
        continue;
      }
    } else if (c == '\r') {
      if (!(i + 1 < out.size() && out[i + 1] == '\n')) decoded += '\n';
      continue;
    }
    decoded += c;
  }
  out.replace(from, out.size() - from, decoded);
}

}  // namespace jixiao::detail
