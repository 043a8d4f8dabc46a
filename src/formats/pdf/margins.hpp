#pragma once
// Page headers, footers and page numbers: not part of the document's text. Found across pages,
// since a header is what repeats at the same place on page after page.

#include "page_layout.hpp"

#include <string_view>
#include <vector>

namespace jixiao::detail::pdf {

// Marks, from the top and from the bottom of each page, the lines in the page's outer 8 % (no
// table row before them) that are a page number, or that stand at the same place on another page
// with the same text up to its digits, in a font no larger than the page's body text. The first
// line that is neither ends the header (or footer): a title is never skipped.
void mark_furniture(std::vector<LaidOutPage>& pages);

// `3`, `- 3 -`, `—3—`, `第 3 页`, `第3页 共12页`, `共12页 第3页`, `3 / 12`, `Page 3`, `Page 3 of 12`.
bool is_page_number(std::string_view text);

}  // namespace jixiao::detail::pdf
