#include "document_reader.hpp"
#include "encoding.hpp"
#include "text.hpp"
#include "text_layouts.hpp"

#include "../formats/front_ends.hpp"

#include <jixiao/read.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <iterator>
#include <span>
#include <string>

namespace jixiao {

bool ReadResult::has_errors() const noexcept {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

namespace {

// Beyond this many, undecodable bytes are counted in one diagnostic instead of one each.
constexpr std::size_t max_encoding_diagnostics = 100;

void check_size(std::size_t size, const ReadOptions& options) {
  if (size > options.max_file_size)
    throw Error("the input is " + std::to_string(size) + " bytes, more than ReadOptions::max_file_size (" +
                std::to_string(options.max_file_size) + ")");
}


void rebuild(detail::Layout layout, std::span<const detail::Line> lines, Grid& grid) {
  if (layout == detail::Layout::aligned) detail::rebuild_aligned(lines, grid);
  else detail::rebuild_cell_lines(lines, grid);
}

// Reads the text once decoded.
ReadResult read_decoded(const detail::DecodedText& decoded, const ReadOptions& options) {
  detail::Diagnostics diagnostics;
  if (decoded.detected_gb18030())
    diagnostics.add(0, 0, Severity::info, detail::code::encoding_fallback,
                    "the input is not UTF-8; it was decoded as GB18030 (which includes GBK and GB2312)");
  const std::string_view decoded_text = decoded.text();
  const std::vector<std::size_t>& replaced = decoded.replaced();
  const char* const encoding_name = decoded.encoding() == Encoding::gb18030 ? "GB18030" : "UTF-8";

  detail::DocumentReader reader(options, diagnostics);
  // Tables that reach the text without TABs are rebuilt into grids, which live as long as the
  // reader: it keeps views into their cells.
  detail::TextLayouts layouts;
  std::deque<Grid> rebuilt;
  const auto read_line = [&](const detail::Line& plain) { reader.line(plain, detail::RowSyntax::none); };
  const auto read_block = [&](detail::Layout layout, std::span<const detail::Line> lines) {
    Grid& grid = rebuilt.emplace_back(Format::text);
    rebuild(layout, lines, grid);
    for (const Diagnostic& d : grid.diagnostics()) diagnostics.add(d);
    for (const GridRow& row : grid.rows()) reader.grid_row(grid, row);
  };
  detail::LineCursor cursor(decoded_text);
  detail::Line line;
  std::size_t next_replaced = 0;
  while (cursor.next(line)) {
    for (; next_replaced < replaced.size() && replaced[next_replaced] < cursor.offset(); ++next_replaced) {
      if (next_replaced == max_encoding_diagnostics) {
        diagnostics.add(line.number, 0, Severity::error, detail::code::encoding_invalid,
                        std::to_string(replaced.size() - max_encoding_diagnostics) +
                            " more places from here on hold bytes that are not valid " + encoding_name);
      }
      if (next_replaced >= max_encoding_diagnostics) continue;
      diagnostics.add(line.number, detail::column_of(line.text, decoded_text.data() + replaced[next_replaced]),
                      Severity::error, detail::code::encoding_invalid,
                      std::string("bytes that are not valid ") + encoding_name + " were replaced by U+FFFD (�)");
    }
    const detail::RowSyntax syntax = detail::row_syntax(line.text);
    if (syntax == detail::RowSyntax::none) {
      layouts.plain(line, read_line, read_block);
      continue;
    }
    layouts.flush(read_line, read_block);
    reader.line(line, syntax);
  }
  layouts.flush(read_line, read_block);
  ReadResult result;
  result.document = reader.finish();
  result.document.source.format = Format::text;
  result.diagnostics = diagnostics.take();
  result.encoding = decoded.encoding();
  result.format = Format::text;
  return result;
}

bool contains_bytes(std::string_view bytes, std::string_view part) noexcept {
  return bytes.find(part) != std::string_view::npos;
}

// The first markup of a page, case folded: `<!doctype html`, `<html`, `<table` …, after a BOM,
// blanks and comments.
bool opens_like_html(std::string_view bytes) noexcept {
  for (std::string_view bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"})
    if (bytes.starts_with(bom)) bytes.remove_prefix(bom.size());
  for (;;) {
    while (!bytes.empty() && (bytes.front() == ' ' || (bytes.front() >= '\t' && bytes.front() <= '\r')))
      bytes.remove_prefix(1);
    if (!bytes.starts_with("<!--")) break;
    const std::size_t end = bytes.find("-->");
    if (end == std::string_view::npos) return false;
    bytes.remove_prefix(end + 3);
  }
  if (bytes.empty() || bytes.front() != '<') return false;
  std::string head;
  for (std::size_t i = 0; i < bytes.size() && i < 16; ++i) {
    const char c = bytes[i];
    head += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (std::string_view open : {"<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<div", "<p>", "<p ",
                                "<h1", "<h2", "<title", "<?xml"})
    if (std::string_view(head).starts_with(open)) return open != "<?xml" || contains_bytes(bytes.substr(0, 1024), "<html");
  return false;
}

constexpr std::string_view ole2_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

Grid grid_of(Format format, std::string_view bytes, const ReadOptions& options) {
  if (format == Format::detect) {
    if (bytes.starts_with(ole2_magic))
      throw UnsupportedFormatError(
          "the file is a legacy Office document (.xls or .doc, OLE2), which jixiao does not read; convert it to "
          "xlsx or docx first, e.g. `soffice --headless --convert-to xlsx FILE` (or --convert-to docx)");
    if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06"))
      throw UnsupportedFormatError(
          "the file is a zip archive but neither an xlsx workbook (xl/workbook.xml) nor a docx document "
          "(word/document.xml); jixiao reads those, text, HTML and PDF");
    throw UnsupportedFormatError("the format of the file is not one jixiao reads");
  }
  switch (format) {
    case Format::xlsx: return detail::read_xlsx(bytes, options);
    case Format::docx: return detail::read_docx(bytes, options);
    case Format::html: return detail::read_html(bytes, options);
    case Format::pdf:
      if (const FrontEnd pdf = detail::installed_front_end(Format::pdf)) return pdf(bytes, options);
      throw UnsupportedFormatError(
          "the file is a PDF, and this build of jixiao has no PDF front end (it is built with poppler, "
          "JIXIAO_PDF=ON); use such a build, or convert the file with `pdftotext -layout FILE` and read the text");
    case Format::detect:
    case Format::text: break;
  }
  throw UnsupportedFormatError("no front end reads this format");
}

// The grid of a text document: each line a row; a line holding a TAB, or a markdown row, a table
// row of its cells; a table in aligned columns or copied one cell per line, its rebuilt rows.
Grid text_grid(const detail::DecodedText& decoded) {
  Grid grid(Format::text);
  grid.set_encoding(decoded.encoding());
  detail::TextLayouts layouts;
  const auto add_line = [&](const detail::Line& plain) {
    if (detail::is_blank(plain.text)) return;
    grid.add_row_at(plain.number, RowKind::line, 0, static_cast<std::uint32_t>(plain.number));
    grid.add_cell(plain.text, 0);
  };
  const auto add_block = [&](detail::Layout layout, std::span<const detail::Line> lines) { rebuild(layout, lines, grid); };
  detail::LineCursor cursor(decoded.text());
  detail::Line line;
  while (cursor.next(line)) {
    const detail::RowSyntax syntax = detail::row_syntax(line.text);
    if (syntax == detail::RowSyntax::none) {
      layouts.plain(line, add_line, add_block);
      continue;
    }
    layouts.flush(add_line, add_block);
    if (syntax == detail::RowSyntax::rule) continue;
    const auto number = static_cast<std::uint32_t>(line.number);
    grid.add_row_at(line.number, RowKind::table_row, 0, number, 1);
    std::uint32_t column = 0;
    detail::split_cells(line.text, syntax, [&](std::string_view cell) { grid.add_cell(cell, column++); });
  }
  layouts.flush(add_line, add_block);
  return grid;
}

ReadResult read_bytes(std::string_view bytes, const ReadOptions& options, std::string* owned) {
  const Format format = options.format == Format::detect ? detect_format(bytes) : options.format;
  if (format == Format::text) {
    const detail::DecodedText decoded = detail::decode(bytes, options.encoding);
    // GB18030 (and repaired UTF-8) is decoded into a buffer of its own: the file's bytes go before
    // the model is built, so the two copies of the text never coexist with it (peak memory).
    if (owned && decoded.owns_text()) std::string().swap(*owned);
    return read_decoded(decoded, options);
  }
  const Grid grid = grid_of(format, bytes, options);
  if (owned) std::string().swap(*owned);
  return read_document(grid, options);
}

std::string file_bytes(const std::filesystem::path& path, const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open " + path.string() + ": " + std::strerror(errno));
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  std::string bytes;
  if (!error) {
    check_size(static_cast<std::size_t>(size), options);
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());  // a pipe or device
    check_size(bytes.size(), options);
  }
  if (in.bad()) throw Error("cannot read " + path.string());
  return bytes;
}

}  // namespace

Format detect_format(std::string_view bytes) noexcept {
  if (bytes.starts_with("PK\x03\x04")) {
    // The part names stand in plain text in the zip's local headers and central directory.
    if (contains_bytes(bytes, "xl/workbook.xml")) return Format::xlsx;
    if (contains_bytes(bytes, "word/document.xml")) return Format::docx;
    return Format::detect;
  }
  if (bytes.starts_with("PK\x05\x06") || bytes.starts_with(ole2_magic)) return Format::detect;
  if (contains_bytes(bytes.substr(0, 1024), "%PDF-")) return Format::pdf;
  if (opens_like_html(bytes)) return Format::html;
  return Format::text;
}

Grid read_grid(std::string_view bytes, const ReadOptions& options) {
  check_size(bytes.size(), options);
  const Format format = options.format == Format::detect ? detect_format(bytes) : options.format;
  if (format == Format::text) return text_grid(detail::decode(bytes, options.encoding));
  return grid_of(format, bytes, options);
}

Grid read_grid(const std::filesystem::path& path, const ReadOptions& options) {
  return read_grid(std::string_view(file_bytes(path, options)), options);
}

ReadResult read_document(const Grid& grid, const ReadOptions& options) {
  detail::Diagnostics diagnostics;
  for (const Diagnostic& d : grid.diagnostics()) diagnostics.add(d);
  detail::DocumentReader reader(options, diagnostics);
  for (const GridRow& row : grid.rows()) reader.grid_row(grid, row);
  ReadResult result;
  result.document = reader.finish();
  result.document.source = grid.source();
  result.diagnostics = diagnostics.take();
  result.encoding = grid.encoding();
  result.format = grid.format();
  return result;
}

ReadResult read_document(std::string_view text, const ReadOptions& options) {
  check_size(text.size(), options);
  return read_bytes(text, options, nullptr);
}

ReadResult read_document(const std::string& text, const ReadOptions& options) {
  return read_document(std::string_view(text), options);
}

ReadResult read_document(const char* text, const ReadOptions& options) {
  return read_document(std::string_view(text ? text : ""), options);
}

ReadResult read_document(const std::filesystem::path& path, const ReadOptions& options) {
  std::string bytes = file_bytes(path, options);
  return read_bytes(bytes, options, &bytes);
}

}  // namespace jixiao
