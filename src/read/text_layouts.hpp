#pragma once
// The text front end's look for tables that reach text without TABs or pipes: aligned columns (as
// `pdftotext -layout` writes a PDF) and one cell per line (as a PDF viewer copies a table). The
// plain lines — no TAB, no pipe row — pass through it in order. It holds back the few lines that may
// be the top of such a table and, once one opens, its lines until it ends; it hands each line on
// either to be read as it stands or within a block to rebuild. Lines with a TAB or a pipe never
// enter it, so TAB text is read as before: a TAB line only asks whether anything is held back.

#include "aligned_columns.hpp"
#include "cell_lines.hpp"
#include "rows.hpp"
#include "text.hpp"

#include <cstddef>
#include <span>
#include <vector>

namespace jixiao::detail {

enum class Layout : unsigned char { aligned, cell_lines };

class TextLayouts {
 public:
  // A plain line (blank lines included: they are part of a layout). `on_line(const Line&)` gets
  // each line to read as it stands, `on_block(Layout, std::span<const Line>)` each block to rebuild,
  // in the order of the text.
  template <class OnLine, class OnBlock>
  void plain(const Line& line, OnLine&& on_line, OnBlock&& on_block) {
    if (open_ != Opening::none && !ends_block(line)) {
      block_.push_back(line);
      note_header(line);
      return;
    }
    if (open_ != Opening::none) close(on_line, on_block);
    if (is_blank(line.text)) {
      // No table reaches above a blank line, and a blank line outside one is no row: the held
      // lines go on, the blank one with them (the reader skips it).
      for (const Line& held : held_) on_line(held);
      held_.clear();
      on_line(line);
      return;
    }
    const Opening opening = opening_of(line);
    if (opening == Opening::none) {
      held_.push_back(line);
      // Only the lines just above a table may be its own (a cell wrapped around its first row).
      while (held_.size() > max_held) {
        on_line(held_.front());
        held_.erase(held_.begin());
      }
      return;
    }
    const std::size_t kept = opening == Opening::aligned ? lines_above_table() : 0;
    for (std::size_t i = 0; i + kept < held_.size(); ++i) on_line(held_[i]);
    block_.assign(held_.end() - static_cast<std::ptrdiff_t>(kept), held_.end());
    held_.clear();
    block_.push_back(line);
    open_ = opening;
    header_seen_ = false;
    previous_ = {};
    note_header(line);
  }

  // Hands on what is held back: before a line that is not plain, and at the end of the text.
  template <class OnLine, class OnBlock>
  void flush(OnLine&& on_line, OnBlock&& on_block) {
    if (open_ == Opening::none && held_.empty()) return;  // TAB text: nothing is ever held
    if (open_ != Opening::none) close(on_line, on_block);
    for (const Line& held : held_) on_line(held);
    held_.clear();
  }

 private:
  enum class Opening : unsigned char { none, aligned, cell_lines };
  static constexpr std::size_t max_held = 3;

  static Opening opening_of(const Line& line);
  bool ends_block(const Line& line) const;
  // How many of the held lines belong to the aligned table the next line opens.
  std::size_t lines_above_table() const;
  void note_header(const Line& line);
  // Where the block ends: before the next table's title when that wraps into the block's end.
  std::size_t block_end() const;

  template <class OnLine, class OnBlock>
  void close(OnLine&& on_line, OnBlock&& on_block) {
    const std::size_t end = block_end();
    const std::span<const Line> lines(block_.data(), end);
    if (open_ == Opening::aligned) on_block(Layout::aligned, lines);
    else if (header_seen_) on_block(Layout::cell_lines, lines);
    else
      for (const Line& l : lines) on_line(l);
    for (std::size_t i = end; i < block_.size(); ++i) on_line(block_[i]);
    block_.clear();
    open_ = Opening::none;
  }

  std::vector<Line> held_;
  std::vector<Line> block_;
  Opening open_ = Opening::none;
  bool header_seen_ = false;  // cell lines: 一级指标 and 二级指标 seen one under the other
  Line previous_;             // the last non-blank line of the block
};

}  // namespace jixiao::detail
