#include "document_reader.hpp"
#include "encoding.hpp"
#include "text.hpp"

#include <jixiao/read.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
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
    reader.line(line);
  }
  ReadResult result;
  result.document = reader.finish();
  result.diagnostics = diagnostics.take();
  result.encoding = decoded.encoding();
  return result;
}

}  // namespace

ReadResult read_document(std::string_view text, const ReadOptions& options) {
  check_size(text.size(), options);
  return read_decoded(detail::decode(text, options.encoding), options);
}

ReadResult read_document(const std::string& text, const ReadOptions& options) {
  return read_document(std::string_view(text), options);
}

ReadResult read_document(const char* text, const ReadOptions& options) {
  return read_document(std::string_view(text ? text : ""), options);
}

ReadResult read_document(const std::filesystem::path& path, const ReadOptions& options) {
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
  }
  if (in.bad()) throw Error("cannot read " + path.string());
  in.close();
  const detail::DecodedText decoded = detail::decode(bytes, options.encoding);
  // GB18030 (and repaired UTF-8) is decoded into a buffer of its own: the file's bytes go before
  // the model is built, so the two copies of the text never coexist with it (peak memory).
  if (decoded.owns_text()) std::string().swap(bytes);
  return read_decoded(decoded, options);
}

}  // namespace jixiao
