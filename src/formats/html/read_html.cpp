// The HTML front end: a web page's bytes → a Grid. The charset (charset.hpp), the parse with its
// bounds (parse.hpp), then one walk over gumbo's tree, without recursion: text outside tables
// becomes `line` rows, one per block or <br>-separated line, numbered by their source line; each
// <table> becomes table rows laid out by the HTML table model (table_layout.hpp), nested tables
// flattened into the table around them.

#include "charset.hpp"
#include "codes.hpp"
#include "parse.hpp"
#include "rendered_text.hpp"
#include "table_layout.hpp"

#include "../front_ends.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace jixiao::detail {
namespace {

constexpr std::uint32_t max_colspan = 1000;
constexpr std::uint32_t max_rowspan = 65534;
// Beyond this many, undecodable bytes are counted in one diagnostic instead of one each.
constexpr std::size_t max_encoding_diagnostics = 100;

enum class Role { inline_text, block, preformatted, line_break, ignored, table, caption, row_group, row, cell, columns };

// What an element does to the text around it, as a browser's default style sheet has it.
Role role_of(const GumboElement& element) noexcept {
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return Role::ignored;  // SVG, MathML
  switch (element.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MAP:
      return Role::ignored;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION: case GUMBO_TAG_FRAMESET:
      return Role::block;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
      return Role::preformatted;
    case GUMBO_TAG_BR: return Role::line_break;
    case GUMBO_TAG_TABLE: return Role::table;
    case GUMBO_TAG_CAPTION: return Role::caption;
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: return Role::row_group;
    case GUMBO_TAG_TR: return Role::row;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return Role::cell;
    case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL: return Role::columns;
    default: return Role::inline_text;
  }
}

// The HTML "rules for parsing non-negative integers"; `fallback` when there is no number.
std::uint32_t span_attribute(const GumboElement& element, const char* name, std::uint32_t fallback,
                             std::uint32_t max) noexcept {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  if (!attribute) return fallback;
  const char* p = attribute->value;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f' || *p == '\r') ++p;
  if (*p == '+') ++p;
  if (*p < '0' || *p > '9') return fallback;
  std::uint64_t value = 0;
  for (; *p >= '0' && *p <= '9'; ++p) value = std::min<std::uint64_t>(value * 10 + static_cast<unsigned>(*p - '0'), max);
  return static_cast<std::uint32_t>(value);
}

class PageReader {
 public:
  PageReader(const DecodedText& decoded, const ReadOptions& options, Grid& grid)
      : decoded_(decoded), options_(options), grid_(grid), budget_(options.max_cells) {}

  void read(const GumboNode* document);

 private:
  struct Frame {
    const GumboNode* node;
    std::size_t next_child;
    Role role;
  };
  // The text of an open cell of tables_[table].
  struct CellSink {
    std::size_t table;
    RenderedText text;
  };

  RenderedText& sink() noexcept { return cells_.empty() ? lines_ : cells_.back().text; }
  // Finishes the open cell's text so far into a piece of the cell.
  void finish_cell_piece();
  void block_break();
  void line_break();
  void text(const GumboText& text);
  void enter(const GumboNode& node, Role role);
  void leave(const GumboNode& node, Role role);
  void flush_line();
  void emit_table(FlatTable table);
  void table_done(TableContent content);
  void note_replaced(const GumboText& text);
  Diagnostic replaced_note() const;
  void finish_diagnostics();
  void clear_buffer();

  const DecodedText& decoded_;
  const ReadOptions& options_;
  Grid& grid_;
  SlotBudget budget_;
  std::string buffer_;  // the finished text of the open tables' cells
  std::vector<std::uint32_t> line_sources_;  // the source line of each line of text in buffer_
  RenderedText lines_;  // text outside tables, a row per line
  std::vector<Diagnostic> line_notes_;  // about the line being built
  std::vector<TableLayout> tables_;     // open tables, outermost first
  std::vector<CellSink> cells_;         // open cells, outermost first
  std::vector<RenderedText> spare_;     // of cells closed, kept for their buffers
  std::uint32_t table_count_ = 0;
  std::size_t preformatted_ = 0;        // open <pre> elements
  std::vector<Diagnostic> diagnostics_;
  std::size_t next_replaced_note_ = 0;  // encoding diagnostics given
  std::size_t replaced_in_text_ = 0;    // undecodable bytes found in the text read
};

void PageReader::flush_line() {
  if (!lines_.has_text()) {
    lines_.finish(buffer_, line_sources_);
    return;
  }
  const std::size_t line = lines_.line_of_first_text();
  const TextRange range = lines_.finish(buffer_, line_sources_);
  if (!range.empty()) {
    const GridRow& row = grid_.add_row(RowKind::line, 0, static_cast<std::uint32_t>(std::min<std::size_t>(line, UINT32_MAX)));
    grid_.add_cell(std::string_view(buffer_).substr(range.offset, range.size), 0);
    for (Diagnostic& note : line_notes_) {
      note.line = row.line;
      note.column = 1;
      diagnostics_.push_back(std::move(note));
    }
  }
  line_notes_.clear();
  buffer_.resize(range.offset);
  line_sources_.resize(range.first_source);
}

void PageReader::finish_cell_piece() {
  const TextRange piece = cells_.back().text.finish(buffer_, line_sources_);
  if (!piece.empty()) tables_[cells_.back().table].add_text(piece);
}

void PageReader::block_break() {
  if (cells_.empty()) flush_line();
  else cells_.back().text.block_break();
}

void PageReader::line_break() {
  if (cells_.empty()) flush_line();
  else cells_.back().text.line_break();
}

void PageReader::text(const GumboText& text) {
  if (!decoded_.replaced().empty()) note_replaced(text);
  const std::string_view content(text.text);
  if (preformatted_ == 0) {
    sink().text(content, text.start_pos.line);
    return;
  }
  // In <pre>, each line break of the source is one.
  std::size_t line = text.start_pos.line;
  for (std::size_t begin = 0;;) {
    const std::size_t end = content.find('\n', begin);
    sink().text(content.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin), line);
    if (end == std::string_view::npos) break;
    line_break();
    ++line;
    begin = end + 1;
  }
}

Diagnostic PageReader::replaced_note() const {
  const char* encoding = decoded_.encoding() == Encoding::gb18030 ? "GB18030" : "UTF-8";
  return Diagnostic{0, 0, Severity::error, std::string(html_code::encoding_invalid),
                    std::string("bytes that are not valid ") + encoding + " were replaced by U+FFFD (�)"};
}

// The undecodable bytes within a text node's source: diagnostics at the row its text goes to.
void PageReader::note_replaced(const GumboText& text) {
  const std::vector<std::size_t>& replaced = decoded_.replaced();
  if (!text.original_text.data) return;
  const std::size_t begin = static_cast<std::size_t>(text.original_text.data - decoded_.text().data());
  const std::size_t end = begin + text.original_text.length;
  for (auto at = std::lower_bound(replaced.begin(), replaced.end(), begin); at != replaced.end() && *at < end; ++at) {
    ++replaced_in_text_;
    if (next_replaced_note_ >= max_encoding_diagnostics) continue;
    ++next_replaced_note_;
    Diagnostic note = replaced_note();
    if (!cells_.empty()) tables_[cells_.back().table].note(std::move(note));
    else line_notes_.push_back(std::move(note));
  }
}

void PageReader::enter(const GumboNode& node, Role role) {
  const GumboElement& element = node.v.element;
  switch (role) {
    case Role::block:
    case Role::caption: block_break(); break;
    case Role::preformatted:
      block_break();
      ++preformatted_;
      break;
    case Role::line_break: line_break(); break;
    case Role::table:
      block_break();
      // The text of the cell so far is a piece of its own, before the nested table.
      if (!cells_.empty()) finish_cell_piece();
      tables_.emplace_back(++table_count_, budget_);
      break;
    case Role::row_group:
      if (!tables_.empty()) tables_.back().begin_group();
      break;
    case Role::row:
      if (!tables_.empty()) tables_.back().begin_row();
      break;
    case Role::cell:
      if (tables_.empty()) {
        block_break();
        break;
      }
      tables_.back().begin_cell(std::max<std::uint32_t>(1, span_attribute(element, "colspan", 1, max_colspan)),
                                span_attribute(element, "rowspan", 1, max_rowspan));
      if (spare_.empty()) spare_.emplace_back();
      cells_.push_back(CellSink{tables_.size() - 1, std::move(spare_.back())});
      spare_.pop_back();
      break;
    case Role::inline_text:
    case Role::ignored:
    case Role::columns: break;
  }
}

void PageReader::leave(const GumboNode&, Role role) {
  switch (role) {
    case Role::block:
    case Role::caption: block_break(); break;
    case Role::preformatted:
      block_break();
      --preformatted_;
      break;
    case Role::row_group:
      if (!tables_.empty()) tables_.back().end_group();
      break;
    case Role::cell: {
      if (cells_.empty() || cells_.back().table + 1 != tables_.size()) {
        block_break();
        break;
      }
      TableLayout& table = tables_.back();
      table.add_text(cells_.back().text.finish(buffer_, line_sources_));
      table.end_cell();
      spare_.push_back(std::move(cells_.back().text));
      cells_.pop_back();
      break;
    }
    case Role::table: {
      TableContent content = tables_.back().finish();
      tables_.pop_back();
      table_done(std::move(content));
      break;
    }
    case Role::line_break:
    case Role::row:
    case Role::inline_text:
    case Role::ignored:
    case Role::columns: break;
  }
}

// A table nested in an open cell goes into that cell, after the cell's text so far (which holds
// the nested table's caption); any other goes to the grid. A container's content goes the same way.
void PageReader::table_done(TableContent content) {
  const bool nested = !cells_.empty() && cells_.back().table + 1 == tables_.size() && tables_.back().in_cell();
  if (nested) finish_cell_piece();
  for (Diagnostic& note : content.notes) diagnostics_.push_back(std::move(note));
  if (!content.container) {
    if (nested) tables_.back().add_table(std::move(content.table));
    else emit_table(std::move(content.table));
  }
  for (ContentPiece& piece : content.pieces) {
    if (nested) {
      if (piece.is_table) tables_.back().add_table(std::move(piece.table));
      else tables_.back().add_text(piece.text);
    } else if (piece.is_table) {
      emit_table(std::move(piece.table));
    } else {
      // Each line of the text a line row, numbered by its source line.
      const std::string_view text = std::string_view(buffer_).substr(piece.text.offset, piece.text.size);
      std::uint32_t source = piece.text.first_source;
      for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        if (end > begin) {
          grid_.add_row(RowKind::line, 0, source < line_sources_.size() ? line_sources_[source] : 0);
          grid_.add_cell(text.substr(begin, end - begin), 0);
          ++source;
        }
        begin = end + 1;
      }
    }
  }
  if (tables_.empty()) clear_buffer();
}

void PageReader::emit_table(FlatTable table) {
  std::vector<std::size_t> lines;
  lines.reserve(table.rows.size());
  for (const FlatRow& row : table.rows) {
    lines.push_back(grid_.add_row(RowKind::table_row, row.part, row.row, table.part).line);
    for (std::uint32_t c = row.first_cell; c < row.first_cell + row.cell_count; ++c) {
      const FlatCell& cell = table.cells[c];
      grid_.add_cell(std::string_view(buffer_).substr(cell.text.offset, cell.text.size), cell.column, cell.row_span,
                     cell.column_span);
    }
  }
  std::stable_sort(table.notes.begin(), table.notes.end(),
                   [](const FlatNote& a, const FlatNote& b) { return a.row < b.row; });
  for (FlatNote& note : table.notes) {
    note.diagnostic.line = note.row < lines.size() ? lines[note.row] : 0;
    diagnostics_.push_back(std::move(note.diagnostic));
  }
}

// With no table open, the buffer's text is all in the grid.
void PageReader::clear_buffer() {
  buffer_.clear();
  line_sources_.clear();
}

void PageReader::read(const GumboNode* document) {
  std::vector<Frame> frames;
  frames.push_back(Frame{document, 0, Role::block});
  while (!frames.empty()) {
    Frame& frame = frames.back();
    const GumboVector& children =
        frame.node->type == GUMBO_NODE_DOCUMENT ? frame.node->v.document.children : frame.node->v.element.children;
    if (frame.role == Role::ignored || frame.role == Role::columns || frame.next_child == children.length) {
      const Frame done = frame;
      frames.pop_back();
      if (done.node->type != GUMBO_NODE_DOCUMENT) leave(*done.node, done.role);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_ELEMENT: {
        // The document node does not count: <html> is at depth 1.
        if (frames.size() > options_.max_nesting_depth)
          throw LimitError("the page nests elements more than ReadOptions::max_nesting_depth (" +
                           std::to_string(options_.max_nesting_depth) + ") deep");
        const Role role = role_of(child->v.element);
        enter(*child, role);
        frames.push_back(Frame{child, 0, role});
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: text(child->v.text); break;
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_COMMENT:
      case GUMBO_NODE_TEMPLATE: break;  // a template's content is not shown
    }
  }
  flush_line();
  finish_diagnostics();
}

void PageReader::finish_diagnostics() {
  const std::size_t replaced = decoded_.replaced().size();
  const char* encoding = decoded_.encoding() == Encoding::gb18030 ? "GB18030" : "UTF-8";
  if (replaced_in_text_ > next_replaced_note_)
    diagnostics_.push_back(Diagnostic{0, 0, Severity::error, std::string(html_code::encoding_invalid),
                                      std::to_string(replaced_in_text_ - next_replaced_note_) +
                                          " more places in the page's text hold bytes that are not valid " + encoding});
  if (replaced > replaced_in_text_)
    diagnostics_.push_back(Diagnostic{0, 0, Severity::warning, std::string(html_code::encoding_invalid),
                                      std::to_string(replaced - replaced_in_text_) +
                                          " places outside the page's text (in tags, attributes, comments or "
                                          "scripts) hold bytes that are not valid " + std::string(encoding)});
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  for (Diagnostic& diagnostic : diagnostics_) grid_.add_diagnostic(std::move(diagnostic));
}

}  // namespace

Grid read_html(std::string_view bytes, const ReadOptions& options) {
  DecodedPage page = decode_page(bytes, options.encoding);
  const ParsedPage parsed = parse_page(page.decoded.text(), options);
  Grid grid(Format::html);
  grid.set_encoding(page.decoded.encoding());
  for (Diagnostic& diagnostic : page.diagnostics) grid.add_diagnostic(std::move(diagnostic));
  PageReader(page.decoded, options, grid).read(parsed.document());
  return grid;
}

}  // namespace jixiao::detail
