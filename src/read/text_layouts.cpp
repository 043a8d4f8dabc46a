#include "text_layouts.hpp"

#include "front_matter.hpp"
#include "text.hpp"

#include <algorithm>
#include <iterator>

namespace jixiao::detail {
namespace {

// What stands between a unit's code and its name.
constexpr std::string_view unit_code_ends[] = {" ", "\t", "\u3000", "]", "】", "-", "－", ":", "：", "_"};

// `731001 某某局本级`: a code standing apart from the name, unlike a project code (13070024P0…) or
// a figure (10000%) alone on its line.
bool is_unit_line(std::string_view text) {
  const std::string_view trimmed = trim(text);
  std::size_t digits = 0;
  while (digits < trimmed.size() && trimmed[digits] >= '0' && trimmed[digits] <= '9') ++digits;
  if (digits > 0) {
    const std::string_view after = trimmed.substr(digits);
    const bool apart = std::any_of(std::begin(unit_code_ends), std::end(unit_code_ends),
                                   [&](std::string_view end) { return after.starts_with(end); });
    if (!apart) return false;
  }
  return unit_line(trimmed).has_value();
}

// A line of text between tables: a unit line, a 单位 line, a part heading or a table title.
bool is_text_between_tables(std::string_view text) {
  if (is_blank(text)) return false;
  return is_unit_line(text) || money_unit_line(text) || part_heading(text) ||
         (looks_like_table_title(text) && run_count(text) == 1);
}

// How a table title begins: a number (`9.`) or `**`.
bool opens_title(std::string_view text) {
  return trim(text).starts_with("**") || leading_number(strip_emphasis(trim(text))).has_value();
}

bool is_head_label(std::string_view text) { return opens_cell_lines(text) && !Key(trim(text)).starts_with("一级"); }

}  // namespace

TextLayouts::Opening TextLayouts::opening_of(const Line& line) {
  if (opens_aligned_table(line.text)) return Opening::aligned;
  if (opens_cell_lines(line.text)) return Opening::cell_lines;
  return Opening::none;
}

bool TextLayouts::ends_block(const Line& line) const {
  if (is_text_between_tables(line.text)) return true;
  // The next table's head, without a title of its own.
  if (open_ == Opening::aligned) return opens_aligned_table(line.text) && !Key(trim(line.text)).starts_with("一级");
  return header_seen_ && is_head_label(line.text);
}

std::size_t TextLayouts::lines_above_table() const {
  std::size_t kept = 0;
  for (auto it = held_.rbegin(); it != held_.rend(); ++it) {
    if (is_blank(it->text) || is_page_number(it->text) || is_text_between_tables(it->text)) break;
    ++kept;
  }
  return kept;
}

void TextLayouts::note_header(const Line& line) {
  if (is_blank(line.text)) return;
  if (open_ == Opening::cell_lines && !header_seen_ && Key(trim(previous_.text)).starts_with("一级指标") &&
      Key(trim(line.text)).starts_with("二级指标"))
    header_seen_ = true;
  previous_ = line;
}

std::size_t TextLayouts::block_end() const {
  // The last two lines of text (page numbers aside): a title wrapped over them belongs to the next
  // table (`9.冀财教…绩效目` / `标表` before its unit line).
  std::size_t found = 0;
  std::size_t last[2] = {0, 0};
  for (std::size_t i = block_.size(); i-- > 1 && found < 2;) {
    if (is_blank(block_[i].text) || is_page_number(block_[i].text)) continue;
    last[found++] = i;
  }
  const auto single = [&](std::size_t i) { return run_count(block_[i].text) == 1; };
  if (found >= 1 && single(last[0]) && (opens_title(block_[last[0]].text) || looks_like_table_title(block_[last[0]].text)))
    return last[0];
  if (found == 2 && single(last[0]) && single(last[1]) && opens_title(block_[last[1]].text)) return last[1];
  return block_.size();
}

}  // namespace jixiao::detail
