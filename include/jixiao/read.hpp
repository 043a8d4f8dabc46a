#pragma once
// Reading published target documents as people hold them: text (as extracted from PDFs, TAB-
// separated, markdown, aligned columns), xlsx, docx, HTML and — in builds with the PDF front end —
// PDF. The format comes from the content, never from a file name. Each format's front end makes a
// Grid (grid.hpp); one layout reader makes the Document of any grid.
//
// The reader is lossless: every non-empty cell of the input is either in the Document or named
// in a Diagnostic, and every model element knows its source line (an ordinal that
// Document::source turns into the format's location). It never throws on bad content; it throws
// jixiao::Error only for what stops reading altogether (a file that cannot be opened, bytes in no
// supported format or encoding, a limit of ReadOptions passed by the file as a whole).

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>
#include <jixiao/grid.hpp>
#include <jixiao/source.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// Bytes that are no text in a supported encoding: binary data, UTF-16, or text so damaged that
// replacing the bad bytes would leave little to read. `offset` is the first offending byte.
struct EncodingError : Error {
  EncodingError(const std::string& reason, std::size_t offset) : Error(reason), offset(offset) {}
  std::size_t offset;
};

// Every limit has a default that real documents stay far below; docs/format.md lists them.
struct ReadOptions {
  Format format = Format::detect;              // detect: from the content (magic bytes, zip parts)
  Encoding encoding = Encoding::detect;        // text and HTML: detect (BOM, <meta>, UTF-8 else GB18030)
  std::size_t max_file_size = 1ull << 30;      // bytes; larger input throws Error
  std::size_t max_cell_size = 1u << 20;        // bytes; a longer cell is cut, with a diagnostic
  int year = 0;                                // budget year; 0: taken from the document title
  // Zip containers (xlsx, docx): entries, their total uncompressed size, and the ratio of an entry's
  // uncompressed to compressed size (zip bombs). Over any: LimitError.
  std::size_t max_zip_entries = 10000;
  std::size_t max_uncompressed_size = 1ull << 30;
  std::size_t max_compression_ratio = 1000;
  // XML (xlsx, docx) and HTML: element nesting depth; deeper content throws LimitError. XML never
  // reads a DTD or an external entity.
  std::size_t max_nesting_depth = 256;
  std::size_t max_cells = 10000000;            // cells of all tables; more throws LimitError
  // HTML: the memory the parsed page may take (the parser's tree: about 13 bytes for each byte of
  // a page of tables); more throws LimitError.
  std::size_t max_parse_memory = 1ull << 30;
  // PDF: pages, objects of the file, words on a page. PDF and HTML: the time the front end may
  // take; longer throws LimitError.
  std::size_t max_pages = 5000;
  std::size_t max_pdf_objects = 5000000;
  std::size_t max_words_per_page = 200000;
  std::size_t max_seconds = 600;

  friend bool operator==(const ReadOptions&, const ReadOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(ReadOptions, (),
                      (format, encoding, max_file_size, max_cell_size, year, max_zip_entries, max_uncompressed_size,
                       max_compression_ratio, max_nesting_depth, max_cells, max_parse_memory, max_pages, max_pdf_objects,
                       max_words_per_page, max_seconds))

struct ReadResult {
  Document document;
  std::vector<Diagnostic> diagnostics;  // in line order
  Encoding encoding = Encoding::utf8;   // the encoding the input was decoded from (text and HTML)
  Format format = Format::text;         // the format it was read as

  bool has_errors() const noexcept;
};

ReadResult read_document(std::string_view text, const ReadOptions& options = {});
ReadResult read_document(const std::string& text, const ReadOptions& options = {});
ReadResult read_document(const char* text, const ReadOptions& options = {});
// Reads a file (bytes in any supported format and encoding). Throws Error if it cannot be opened.
ReadResult read_document(const std::filesystem::path& path, const ReadOptions& options = {});
// Reads a grid made by a front end, or by the caller from any table source.
ReadResult read_document(const Grid& grid, const ReadOptions& options = {});

// The format of a file's bytes: a zip holding xl/workbook.xml is xlsx, word/document.xml docx;
// `%PDF-` is PDF; an OLE2 compound file is legacy .xls/.doc (read_grid refuses it); markup that
// opens with <!DOCTYPE html>, <html> or a <table> is HTML; anything else is text.
Format detect_format(std::string_view bytes) noexcept;

// What a front end makes of the bytes, before the layout reader: to see what jixiao sees.
Grid read_grid(std::string_view bytes, const ReadOptions& options = {});
Grid read_grid(const std::filesystem::path& path, const ReadOptions& options = {});

// A front end for a format the core library does not build in (PDF lives in the optional
// jixiao_pdf library, which is GPL through poppler): install_pdf_front_end() in <jixiao/pdf.hpp>
// registers it. Without one, reading a PDF throws UnsupportedFormatError.
using FrontEnd = Grid (*)(std::string_view bytes, const ReadOptions& options);
void set_front_end(Format format, FrontEnd front_end) noexcept;

}  // namespace jixiao
