#include "charset.hpp"

#include "codes.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <array>
#include <cstring>

namespace jixiao::detail {
namespace {

// The HTML5 prescan looks at the first 1024 bytes; a tag that starts there may end a little later.
constexpr std::size_t prescan_bytes = 1024;
constexpr std::size_t prescan_tag_end = 2048;

bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_nocase(std::string_view s, std::size_t at, std::string_view word) noexcept {
  if (s.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (lower(s[at + k]) != word[k]) return false;
  return true;
}

// The label after `charset` at `at` in a tag's text: `= value`, the value quoted or not, as the
// Encoding Standard's "extract a character encoding from a meta element" reads it.
std::optional<std::string> label_after(std::string_view tag, std::size_t at) {
  std::size_t i = at + std::strlen("charset");
  while (i < tag.size() && is_ascii_space(tag[i])) ++i;
  if (i == tag.size() || tag[i] != '=') return std::nullopt;
  ++i;
  while (i < tag.size() && is_ascii_space(tag[i])) ++i;
  const char quote = i < tag.size() && (tag[i] == '"' || tag[i] == '\'') ? tag[i] : '\0';
  if (quote) ++i;
  std::string label;
  for (; i < tag.size(); ++i) {
    const char c = tag[i];
    if (c == quote || c == '"' || c == '\'' || c == ';' || c == '>' || is_ascii_space(c)) break;
    label += lower(c);
  }
  if (label.empty()) return std::nullopt;
  return label;
}

bool all_ascii(std::string_view bytes) noexcept {
  return std::none_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Characters of decoded text that are not ASCII (each counted by its lead byte).
std::size_t non_ascii_characters(std::string_view text) noexcept {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xC0; }));
}

// Fewer than this many UTF-8 characters in a page declared GBK may be GBK bytes that happen to
// form UTF-8 (about one GBK character in seven does); more cannot.
constexpr std::size_t utf8_evidence = 8;

Diagnostic page_note(Severity severity, std::string_view code, std::string reason) {
  return Diagnostic{0, 0, severity, std::string(code), std::move(reason)};
}

}  // namespace

std::optional<std::string> declared_charset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, prescan_tag_end);
  for (std::size_t i = 0; i < std::min(head.size(), prescan_bytes);) {
    const std::size_t open = head.find('<', i);
    if (open == std::string_view::npos || open >= prescan_bytes) break;
    if (head.substr(open, 4) == "<!--") {
      const std::size_t close = head.find("-->", open + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    const std::size_t end = head.find('>', open);
    const std::string_view tag = head.substr(open, end == std::string_view::npos ? head.size() - open : end - open);
    i = open + 1;
    if (!starts_with_nocase(tag, 1, "meta") || tag.size() < 6 || !(is_ascii_space(tag[5]) || tag[5] == '/'))
      continue;
    for (std::size_t k = 0; k + 7 <= tag.size(); ++k)
      if (starts_with_nocase(tag, k, "charset"))
        if (auto label = label_after(tag, k)) return label;
  }
  return std::nullopt;
}

Encoding encoding_of_label(std::string_view label) {
  static constexpr std::array<std::string_view, 15> utf8_labels = {
      "utf-8",    "utf8",     "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",  "x-unicode20utf8",
      "utf-16",   "utf-16le", "utf-16be",          "unicode",       "unicodefeff",    "unicodefffe",
      "ucs-2",    "csunicode", "iso-10646-ucs-2"};
  static constexpr std::array<std::string_view, 10> gb_labels = {
      "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "x-gbk",
      "gb18030"};
  if (std::find(utf8_labels.begin(), utf8_labels.end(), label) != utf8_labels.end()) return Encoding::utf8;
  if (std::find(gb_labels.begin(), gb_labels.end(), label) != gb_labels.end()) return Encoding::gb18030;
  return Encoding::detect;
}

DecodedPage decode_page(std::string_view bytes, Encoding stated) {
  DecodedPage page;
  const bool bom = bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
                   bytes.starts_with("\xFE\xFF") || bytes.starts_with("\x84\x31\x95\x33");
  const std::optional<std::string> label =
      stated == Encoding::detect && !bom ? declared_charset(bytes) : std::nullopt;
  if (!label || all_ascii(bytes)) {
    page.decoded = decode(bytes, stated);
    if (page.decoded.detected_gb18030())
      page.diagnostics.push_back(page_note(Severity::info, html_code::encoding_fallback,
                                           "the page declares no charset and is not UTF-8; it was decoded as "
                                           "GB18030 (which includes GBK and GB2312)"));
    return page;
  }
  const Encoding declared = encoding_of_label(*label);
  if (declared == Encoding::detect)
    throw UnsupportedFormatError("the page declares charset \"" + *label +
                                 "\", which jixiao does not read (it reads UTF-8 and GB18030, GBK, GB2312): "
                                 "convert the page to UTF-8 (for example iconv -f " + *label +
                                 " -t utf-8), or state the encoding if the declaration is wrong");
  page.decoded = decode(bytes, Encoding::detect);
  const Encoding found = page.decoded.encoding();
  if (declared == Encoding::utf8 && found == Encoding::gb18030) {
    page.diagnostics.push_back(page_note(Severity::warning, html_code::encoding_mismatch,
                                         "the page declares charset \"" + *label +
                                             "\" but its bytes are not UTF-8; it was decoded as GB18030"));
  } else if (declared == Encoding::gb18030 && found == Encoding::utf8) {
    if (non_ascii_characters(page.decoded.text()) >= utf8_evidence)
      page.diagnostics.push_back(page_note(Severity::warning, html_code::encoding_mismatch,
                                           "the page declares charset \"" + *label +
                                               "\" but its bytes are UTF-8; it was decoded as UTF-8"));
    else
      page.decoded = decode(bytes, Encoding::gb18030);
  }
  return page;
}

}  // namespace jixiao::detail
