#pragma once
// Reading published target documents (the text extracted from the PDFs of 预算绩效文本).
//
// The reader is lossless: every non-empty cell of the input is either in the Document or named
// in a Diagnostic, and every model element knows its source line. It never throws on bad
// content; it throws jixiao::Error only for what stops reading altogether (a file that cannot
// be opened, bytes in no supported encoding, a file over ReadOptions::max_file_size).

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/error.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

enum class Encoding { detect, utf8, gb18030 };
BOOST_DESCRIBE_ENUM(Encoding, detect, utf8, gb18030)

// Bytes that are no text in a supported encoding: binary data, UTF-16, or text so damaged that
// replacing the bad bytes would leave little to read. `offset` is the first offending byte.
struct EncodingError : Error {
  EncodingError(const std::string& reason, std::size_t offset) : Error(reason), offset(offset) {}
  std::size_t offset;
};

struct ReadOptions {
  Encoding encoding = Encoding::detect;        // detect: UTF-8 (with or without BOM), else GB18030
  std::size_t max_file_size = 1ull << 30;      // bytes; larger input throws Error
  std::size_t max_cell_size = 1u << 20;        // bytes; a longer cell is cut, with a diagnostic
  int year = 0;                                // budget year; 0: taken from the document title

  friend bool operator==(const ReadOptions&, const ReadOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(ReadOptions, (), (encoding, max_file_size, max_cell_size, year))

struct ReadResult {
  Document document;
  std::vector<Diagnostic> diagnostics;  // in line order
  Encoding encoding = Encoding::utf8;   // the encoding the input was decoded from

  bool has_errors() const noexcept;
};

ReadResult read_document(std::string_view text, const ReadOptions& options = {});
ReadResult read_document(const std::string& text, const ReadOptions& options = {});
ReadResult read_document(const char* text, const ReadOptions& options = {});
// Reads a file (bytes in any supported encoding). Throws Error if it cannot be opened.
ReadResult read_document(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace jixiao
