#pragma once
// The encoding of a web page: a byte-order mark, else the charset its <meta> declares in the first
// 1024 bytes (the HTML5 prescan), else detection (UTF-8, else GB18030). jixiao decodes UTF-8 and
// GB18030 (which includes GBK and GB2312); a page declaring any other charset is refused, unless
// its bytes are all ASCII, which read alike in every charset a page may declare.

#include "../../read/encoding.hpp"

#include <jixiao/diagnostic.hpp>
#include <jixiao/read.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// The charset label a <meta charset=…> or <meta http-equiv="Content-Type" content="…; charset=…">
// in the first 1024 bytes names, lower-cased and trimmed; nullopt when there is none.
std::optional<std::string> declared_charset(std::string_view bytes);

// What a declared label decodes as: utf8, gb18030, or detect for a charset jixiao cannot decode.
// Labels as the WHATWG Encoding Standard lists them; a meta declaring UTF-16 means UTF-8 (a page
// whose <meta> could be read as ASCII is not UTF-16).
Encoding encoding_of_label(std::string_view label);

struct DecodedPage {
  DecodedText decoded;
  std::vector<Diagnostic> diagnostics;  // of the page as a whole: how its encoding was chosen
};

// Decodes a page's bytes (`stated`: ReadOptions::encoding, which overrides the page). The declared
// charset is followed unless the bytes contradict it: a page declared UTF-8 whose bytes are not
// UTF-8, or declared GBK whose bytes are UTF-8 with at least 8 non-ASCII characters, reads in the
// encoding of its bytes, with `encoding-mismatch`. Throws UnsupportedFormatError for a declared
// charset jixiao cannot decode, EncodingError as detail::decode does.
DecodedPage decode_page(std::string_view bytes, Encoding stated);

}  // namespace jixiao::detail
