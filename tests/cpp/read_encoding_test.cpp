// Encodings and line ends: UTF-8 with or without BOM, GB18030/GBK detected or stated, CRLF, and
// damaged UTF-8. Bytes in no supported encoding are cases of the bad-input corpus
// (read_bad_input_test.cpp).

#include "read_fixtures.hpp"

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

using namespace jixiao;
using namespace read_fixtures;

namespace {

const std::filesystem::path data = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data";

std::string bytes_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<Diagnostic> without(std::vector<Diagnostic> diagnostics, DiagnosticCode code) {
  std::erase_if(diagnostics, [&](const Diagnostic& d) { return d.code == code; });
  return diagnostics;
}

}  // namespace

TEST_CASE("GBK input is detected and reads exactly like its UTF-8 twin") {
  const ReadResult utf8 = read_document(data / "small-utf8.txt");
  const ReadResult gbk = read_document(data / "small-gbk.txt");
  CHECK(gbk.encoding == Encoding::gb18030);
  CHECK(gbk.document == utf8.document);
  const Diagnostic* fallback = find(gbk, DiagnosticCode::encoding_fallback);
  REQUIRE(fallback);
  CHECK(fallback->severity == Severity::info);
  CHECK(fallback->line == 0);
  CHECK(without(gbk.diagnostics, DiagnosticCode::encoding_fallback) == utf8.diagnostics);
}

TEST_CASE("GBK input with the encoding stated reads without a fallback note") {
  ReadOptions options;
  options.encoding = Encoding::gb18030;
  const ReadResult gbk = read_document(data / "small-gbk.txt", options);
  CHECK(gbk.encoding == Encoding::gb18030);
  CHECK_FALSE(find(gbk, DiagnosticCode::encoding_fallback));
  CHECK(gbk.document == read_document(data / "small-utf8.txt").document);
}

TEST_CASE("GB18030 four-byte characters decode") {
  std::string bytes = bytes_of(data / "small-gbk.txt");
  const std::string name_label = "\xcf\xee\xc4\xbf\xc3\xfb\xb3\xc6\t";            // 项目名称 in GBK
  bytes.insert(bytes.rfind(name_label) + name_label.size(), "\x95\x32\x82\x36");  // U+20000
  const ReadResult result = read_document(bytes);
  CHECK(result.encoding == Encoding::gb18030);
  REQUIRE(result.document.projects.size() == 2);
  CHECK(result.document.projects[1].name == "\U00020000另一项目");
}

TEST_CASE("GB18030 decoding keeps every byte around an undecodable one") {
  // Two-byte characters that are two bytes in UTF-8 too (Α ×), and a lead byte followed by a digit
  // just before a line break (the start of a four-byte character, cut short): the lead becomes
  // U+FFFD, and the digit and the line break stay, so the next line reads as before.
  std::string bytes = bytes_of(data / "small-gbk.txt");
  const std::string name_label = "\xcf\xee\xc4\xbf\xc3\xfb\xb3\xc6\t";  // 项目名称 in GBK
  const std::size_t name = bytes.rfind(name_label) + name_label.size();
  bytes.insert(bytes.find('\n', name), "\x81\x35");
  bytes.insert(name, "\xa6\xa1\xa1\xc1");
  for (const Encoding stated : {Encoding::detect, Encoding::gb18030}) {
    ReadOptions options;
    options.encoding = stated;
    const ReadResult result = read_document(bytes, options);
    CHECK(result.encoding == Encoding::gb18030);
    REQUIRE(result.document.projects.size() == 2);
    CHECK(result.document.projects[1].name == "Α×另一项目");
    CHECK(find(result, DiagnosticCode::encoding_invalid));
    const ReadResult utf8 = read_document(data / "small-utf8.txt");
    const Project& twin = utf8.document.projects.at(1);
    CHECK(result.document.projects[1].budget == twin.budget);
    CHECK(result.document.projects[1].indicators == twin.indicators);
  }
}

TEST_CASE("GBK input stated to be UTF-8 is refused with a typed exception") {
  ReadOptions options;
  options.encoding = Encoding::utf8;
  CHECK_THROWS_AS(read_document(data / "small-gbk.txt", options), EncodingError);
  try {
    read_document(data / "small-gbk.txt", options);
  } catch (const EncodingError& e) {
    CHECK(std::string_view(e.what()).find("GB18030") != std::string_view::npos);
    CHECK(e.offset == 4);  // 某某 (C4 B3 C4 B3) happens to be valid UTF-8; 局 (BE D6) is not
  }
}

TEST_CASE("a UTF-8 BOM is skipped, stated or not") {
  const std::string text = "\xEF\xBB\xBF" + bytes_of(data / "small-utf8.txt");
  const ReadResult detected = read_document(text);
  CHECK(detected.encoding == Encoding::utf8);
  CHECK(detected.document == read_document(data / "small-utf8.txt").document);
  ReadOptions options;
  options.encoding = Encoding::utf8;
  CHECK(read_document(text, options).document == detected.document);
}

TEST_CASE("CRLF, LF and lone CR line ends read alike") {
  const std::string lf = bytes_of(data / "small-utf8.txt");
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  const ReadResult reference = read_document(lf);
  CHECK(read_document(crlf).document == reference.document);
  CHECK(read_document(crlf).diagnostics == reference.diagnostics);
  CHECK(read_document(cr).document == reference.document);
}

TEST_CASE("a stray invalid byte in UTF-8 is replaced and reported where it stands") {
  const std::string text =
      replaced(tsv(std::string(title) + std::string(table)), "活动次数\t全年", "活动次数\t\xFF全年");
  const ReadResult result = read_document(text);
  CHECK(result.encoding == Encoding::utf8);
  const Diagnostic* invalid = find(result, DiagnosticCode::encoding_invalid);
  REQUIRE(invalid);
  CHECK(invalid->severity == Severity::error);
  CHECK(invalid->line == 16);
  CHECK(invalid->column == 16);
  CHECK(result.document.projects.at(0).indicators.at(0).description == "\uFFFD全年活动次数");
}

TEST_CASE("UTF-8 cut inside a character at the end is reported on the last line") {
  const std::string text = tsv(std::string(title) + std::string(table));
  const std::string cut = text.substr(0, text.size() - std::string("问卷调查|\n").size() + 4);  // 问 and 1 byte of 卷
  const ReadResult result = read_document(cut);
  const Diagnostic* invalid = find(result, DiagnosticCode::encoding_invalid);
  REQUIRE(invalid);
  CHECK(invalid->line == 19);
  CHECK(result.document.projects.at(0).indicators.size() == 4);
  CHECK(result.document.projects.at(0).indicators.back().basis == "问\uFFFD");
}
