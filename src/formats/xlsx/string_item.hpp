#pragma once
// The text of a string item: an <si> of the shared strings or the <is> of a cell with an inline
// string. It is the item's <t>, or the <t> of each of its rich-text runs <r> joined; the phonetic
// guides <rPh> (furigana) are not part of the text.

#include "../xml/xml_parser.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::detail {

class StringItem {
 public:
  // Elements inside the item (not the <si> or <is> itself).
  void start(const XmlName& name) noexcept {
    if (name.space != XmlNamespace::spreadsheet) return;
    if (name.local == "rPh") ++phonetic_;
    else if (name.local == "t" && phonetic_ == 0) in_text_ = true;
  }
  void end(const XmlName& name) noexcept {
    if (name.space != XmlNamespace::spreadsheet) return;
    if (name.local == "rPh" && phonetic_ > 0) --phonetic_;
    else if (name.local == "t") in_text_ = false;
  }
  void text(std::string_view text, std::string& out) const {
    if (in_text_) out += text;
  }
  void reset() noexcept { *this = StringItem{}; }

 private:
  std::size_t phonetic_ = 0;
  bool in_text_ = false;
};

// Decodes the escapes `_xHHHH_` with which Office writes characters XML cannot hold (a CR is
// `_x000D_`, an underscore before such a pattern `_x005F_`) in out[from…], and turns CRLF and a
// lone CR into LF: a line break in a cell is one LF. Other control characters, which a cell does
// not show, are left out.
void decode_cell_text(std::string& out, std::size_t from);

}  // namespace jixiao::detail
