// The docx front end: the body of word/document.xml in order — each paragraph a line, each table
// its rows — as docs/format-docx.md describes.

#include "../front_ends.hpp"
#include "../ooxml/diagnostics.hpp"
#include "../ooxml/package.hpp"
#include "../zip/zip_archive.hpp"
#include "numbering.hpp"
#include "table.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <vector>

namespace jixiao::detail {
namespace {

std::uint32_t number_value(std::string_view text) noexcept {
  std::uint32_t n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error == std::errc::result_out_of_range) return std::numeric_limits<std::uint32_t>::max();
  return error == std::errc() ? n : 0;
}

bool shows_something(std::string_view text) noexcept {
  return text.find_first_not_of(" \t\n") != std::string_view::npos;
}

class BodyHandler final : public XmlHandler {
 public:
  BodyHandler(Grid& grid, Numbering& numbering, const ReadOptions& options)
      : grid_(grid), numbering_(numbering), max_cells_(options.max_cells), max_text_(options.max_uncompressed_size) {}

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (!root_seen_) {
      root_seen_ = true;
      is_document_ = name.is(XmlNamespace::wordprocessing, "document");
    }
    if (skip_ > 0) {
      ++skip_;
      return;
    }
    // The fallback of alternate content repeats its choice (a text box as VML and as
    // DrawingML); tracked changes of properties hold the old ones; moved text is read where it went.
    if (name.is(XmlNamespace::markup_compatibility, "Fallback") ||
        (name.space == XmlNamespace::wordprocessing && (name.local.ends_with("Change") || name.local == "moveFrom"))) {
      skip_ = 1;
      return;
    }
    if (name.space != XmlNamespace::wordprocessing) return;
    const std::string_view l = name.local;
    if (l == "p") {
      paragraphs_.emplace_back();
    } else if (!paragraphs_.empty() && paragraphs_.back().in_properties && paragraphs_.back().runs == 0) {
      Paragraph& p = paragraphs_.back();
      if (l == "pStyle") p.style = attributes.get("val");
      else if (l == "numId") p.list.list = number_value(attributes.get("val"));
      else if (l == "ilvl") p.list.level = number_value(attributes.get("val"));
    } else if (l == "pPr") {
      if (!paragraphs_.empty()) paragraphs_.back().in_properties = true;
    } else if (l == "r") {
      if (!paragraphs_.empty()) ++paragraphs_.back().runs;
    } else if (!paragraphs_.empty() && paragraphs_.back().runs > 0) {
      Paragraph& p = paragraphs_.back();
      if (l == "t") {
        p.in_text = true;
      } else if (l == "tab" || l == "ptab") {
        p.text += '\t';
      } else if (l == "br") {
        const std::string_view type = attributes.get("type");
        if (type.empty() || type == "textWrapping") p.text += '\n';  // not a page or column break
      } else if (l == "cr") {
        p.text += '\n';
      } else if (l == "noBreakHyphen") {
        p.text += '-';
      }
    } else if (l == "tbl") {
      const std::uint32_t number = ++tables_started_;
      if (!tables_.empty()) tables_.back().add_nested(number);
      tables_.emplace_back(number);
    } else if (!tables_.empty()) {
      DocxTable& table = tables_.back();
      if (l == "tr") table.start_row();
      else if (l == "tc") table.start_cell();
      else if (l == "gridBefore") table.skip_columns(number_value(attributes.get("val")));
      else if (l == "gridSpan") table.set_span(number_value(attributes.get("val")));
      else if (l == "vMerge") table.set_vertical_merge(merge_of(attributes));
      else if (l == "hMerge") table.set_horizontal_merge(merge_of(attributes));
    }
  }

  void end(const XmlName& name) override {
    if (skip_ > 0) {
      --skip_;
      return;
    }
    if (name.space != XmlNamespace::wordprocessing) return;
    const std::string_view l = name.local;
    if (l == "t") {
      if (!paragraphs_.empty()) paragraphs_.back().in_text = false;
    } else if (l == "pPr") {
      if (!paragraphs_.empty()) paragraphs_.back().in_properties = false;
    } else if (l == "r") {
      if (!paragraphs_.empty() && paragraphs_.back().runs > 0) --paragraphs_.back().runs;
    } else if (l == "p") {
      if (!paragraphs_.empty()) finish_paragraph();
    } else if (!tables_.empty()) {
      if (l == "tc") tables_.back().finish_cell();
      else if (l == "tr") tables_.back().finish_row();
      else if (l == "tbl") finish_table();
    }
  }

  bool is_document() const noexcept { return is_document_; }

  void text(std::string_view text) override {
    if (skip_ == 0 && !paragraphs_.empty() && paragraphs_.back().in_text) paragraphs_.back().text += text;
  }

 private:
  // A paragraph being read. A text box holds paragraphs inside a run of another, so they nest.
  struct Paragraph {
    std::string text;
    std::size_t runs = 0;  // open runs: tabs and breaks count only inside one
    bool in_text = false;
    bool in_properties = false;  // w:pPr
    std::string style;           // w:pStyle
    ListReference list;          // w:numPr
  };

  static Merge merge_of(const XmlAttributes& attributes) noexcept {
    return attributes.get("val") == "restart" ? Merge::restart : Merge::continuation;
  }

  void finish_paragraph() {
    Paragraph& p = paragraphs_.back();
    const std::string text = p.list.list || !p.style.empty() ? numbering_.next(p.list, p.style) + p.text : std::move(p.text);
    paragraphs_.pop_back();
    // List numbers let a small file repeat text without end.
    text_ += text.size();
    if (text_ > max_text_)
      throw LimitError("the document's text is longer than ReadOptions::max_uncompressed_size (" +
                       std::to_string(max_text_) + " bytes)");
    if (!tables_.empty() && tables_.back().in_cell()) {
      tables_.back().add_paragraph(text);
      return;
    }
    // Body paragraphs are numbered as Word counts them, empty ones included; an empty one is no row.
    ++paragraph_;
    if (!shows_something(text)) return;
    grid_.add_row(RowKind::line, 0, paragraph_);
    grid_.add_cell(text, 0);
  }

  // A table is written when the outermost table holding it is complete, then the tables nested
  // in it, in the order they began.
  void finish_table() {
    tables_.back().finish_row();
    finished_.push_back(std::move(tables_.back()));
    tables_.pop_back();
    if (!tables_.empty()) return;
    std::sort(finished_.begin(), finished_.end(),
              [](const DocxTable& a, const DocxTable& b) { return a.number() < b.number(); });
    for (const DocxTable& table : finished_) table.write(grid_, cells_, max_cells_);
    finished_.clear();
  }

  Grid& grid_;
  Numbering& numbering_;
  std::size_t max_cells_;
  std::size_t max_text_;
  std::size_t cells_ = 0;
  std::size_t text_ = 0;  // of all paragraphs
  std::size_t skip_ = 0;  // depth inside an element whose content is not read
  std::vector<Paragraph> paragraphs_;
  std::vector<DocxTable> tables_;    // open, innermost last
  std::vector<DocxTable> finished_;  // complete, inside an open one
  std::uint32_t tables_started_ = 0;
  std::uint32_t paragraph_ = 0;
  bool root_seen_ = false;
  bool is_document_ = false;
};

}  // namespace

Grid read_docx(std::string_view bytes, const ReadOptions& options) {
  ZipArchive zip(bytes, options);
  std::string main = find_target(read_relationships(zip, "", options), "officeDocument");
  if (main.empty()) main = "word/document.xml";
  if (!zip.contains(main)) throw Error("not a docx document: the zip archive has no " + main);
  const std::vector<Relationship> relationships = read_relationships(zip, main, options);
  const auto part = [&](std::string_view kind) {
    std::string target = find_target(relationships, kind);
    return zip.contains(target) ? target : std::string();
  };
  Numbering numbering(zip, part("numbering"), part("styles"), options);
  Grid grid(Format::docx);
  BodyHandler handler(grid, numbering, options);
  read_xml_part(zip, main, handler, options);
  if (!handler.is_document()) throw Error("not a docx document: " + main + " holds no WordprocessingML document");
  return grid;
}

}  // namespace jixiao::detail
