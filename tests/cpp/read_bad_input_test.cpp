// The bad-input corpus, tests/data/bad/: each case of expected.json names an input (a file there,
// or a recipe for one too big to commit) and what reading it must give. Members of a case:
//
//   file       path relative to tests/data/bad/, read with read_document(path)
//   generate   {base?, before?, repeat, times}: `repeat` written `times` times, inserted into the
//              file `base` before the first occurrence of `before` (appended without `before`;
//              the whole input without `base`); read from memory
//   options    ReadOptions members: encoding (by name), max_file_size, max_cell_size
//   exception  {type: "EncodingError" | "UnsupportedFormatError" | "Error", offset?, message?}: reading throws that type
//              exactly, with that offset and a message containing `message`
//   otherwise reading succeeds, and
//   diagnostics  the complete list, in order: line, column, severity, code
//   encoding, projects, indicators (over all projects)
//   budget     {total, fiscal, other} of the first project: the amount as written, or null
//   plan       the first project's spending plan, `3月底=25 6月底=50 …`
//   findings   review rules that must be among the findings on the document
//
// Every successful read also passes the lossless check (read_fixtures.hpp): each non-empty cell
// of the input is in the model or named by a diagnostic on its line.

#include "read_fixtures.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>
#include <jixiao/read.hpp>
#include <jixiao/review.hpp>

#include <boost/json/value.hpp>
#include <doctest/doctest.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <typeinfo>
#include <utility>
#include <vector>

using namespace jixiao;
using namespace read_fixtures;
namespace json = boost::json;

namespace {

const std::filesystem::path corpus = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/bad";

std::string bytes_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const json::array& cases() {
  static const json::value manifest = parse_json(bytes_of(corpus / "expected.json"), "expected.json");
  return manifest.at("cases").as_array();
}

std::string text_of(const json::value& v) { return std::string(v.as_string()); }

std::string generated(const json::object& recipe) {
  const std::string repeat = text_of(recipe.at("repeat"));
  const auto times = static_cast<std::size_t>(recipe.at("times").as_int64());
  std::string block;
  block.reserve(repeat.size() * times);
  for (std::size_t i = 0; i < times; ++i) block += repeat;
  if (!recipe.contains("base")) return block;
  std::string text = bytes_of(corpus / text_of(recipe.at("base")));
  if (!recipe.contains("before")) return text + block;
  const std::size_t at = text.find(text_of(recipe.at("before")));
  REQUIRE(at != std::string::npos);
  return text.insert(at, block);
}

ReadOptions options_of(const json::object& c) {
  ReadOptions options;
  if (!c.contains("options")) return options;
  const json::object& o = c.at("options").as_object();
  for (const auto& [key, value] : o) {
    if (key == "encoding") options.encoding = *enum_from_name<Encoding>(value.as_string());
    else if (key == "max_file_size") options.max_file_size = value.to_number<std::size_t>();
    else if (key == "max_cell_size") options.max_cell_size = value.to_number<std::size_t>();
    else FAIL("unknown option " << std::string(key));
  }
  return options;
}

// The input in UTF-8 for the lossless check: decoded from the encoding the reader found, without
// BOM, undecodable bytes dropped (the reader names them in encoding-invalid diagnostics).
std::string utf8_of(std::string_view bytes, Encoding encoding) {
  for (std::string_view bom : {std::string_view("\xEF\xBB\xBF"), std::string_view("\x84\x31\x95\x33")})
    if (bytes.starts_with(bom)) bytes.remove_prefix(bom.size());
  const iconv_t cd = iconv_open("UTF-8", encoding == Encoding::gb18030 ? "GB18030" : "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write the input
  std::size_t in_left = bytes.size();
  char* dst = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0) {
    if (iconv(cd, &in, &in_left, &dst, &out_left) != static_cast<std::size_t>(-1)) break;
    const std::size_t skip = errno == EINVAL ? in_left : 1;  // EILSEQ: drop one byte; EINVAL: a cut character
    in += skip;
    in_left -= skip;
  }
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

std::optional<std::string> amount(const std::optional<Money>& money) {
  return money ? std::optional<std::string>(money->wan().to_string()) : std::nullopt;
}

std::optional<std::string> expected_amount(const json::value& v) {
  return v.is_null() ? std::nullopt : std::optional<std::string>(text_of(v));
}

template <class Read>
void check_exception(const json::object& expected, Read read) {
  const std::string type = text_of(expected.at("type"));
  try {
    read();
    FAIL("no exception; expected " << type);
  } catch (const EncodingError& e) {
    CHECK(type == "EncodingError");
    if (expected.contains("offset")) CHECK(e.offset == expected.at("offset").to_number<std::size_t>());
    if (expected.contains("message")) CHECK(std::string_view(e.what()).find(text_of(expected.at("message"))) != std::string_view::npos);
  } catch (const UnsupportedFormatError& e) {
    CHECK(type == "UnsupportedFormatError");
    if (expected.contains("message")) CHECK(std::string_view(e.what()).find(text_of(expected.at("message"))) != std::string_view::npos);
  } catch (const Error& e) {
    CHECK(type == "Error");
    CHECK(typeid(e) == typeid(Error));
    if (expected.contains("message")) CHECK(std::string_view(e.what()).find(text_of(expected.at("message"))) != std::string_view::npos);
  }
}

void check_result(const json::object& expected, const ReadResult& result, std::string_view bytes) {
  if (expected.contains("encoding")) CHECK(enum_name(result.encoding) == expected.at("encoding").as_string());
  if (expected.contains("projects"))
    CHECK(result.document.projects.size() == expected.at("projects").to_number<std::size_t>());
  if (expected.contains("indicators")) {
    std::size_t indicators = 0;
    for (const Project& project : result.document.projects) indicators += project.indicators.size();
    CHECK(indicators == expected.at("indicators").to_number<std::size_t>());
  }

  std::vector<std::string> found, wanted;
  for (const Diagnostic& d : result.diagnostics) {
    CHECK_FALSE(d.reason.empty());
    found.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
                    std::string(enum_name(d.severity)) + " " + d.code);
  }
  for (const json::value& v : expected.at("diagnostics").as_array()) {
    const json::object& d = v.as_object();
    wanted.push_back(std::to_string(d.at("line").as_int64()) + ":" + std::to_string(d.at("column").as_int64()) + " " +
                     text_of(d.at("severity")) + " " + text_of(d.at("code")));
  }
  CHECK(found == wanted);

  if (expected.contains("budget") || expected.contains("plan")) {
    REQUIRE_FALSE(result.document.projects.empty());
    const Project& first = result.document.projects.front();
    if (expected.contains("budget")) {
      const json::object& budget = expected.at("budget").as_object();
      CHECK(amount(first.budget.total) == expected_amount(budget.at("total")));
      CHECK(amount(first.budget.fiscal) == expected_amount(budget.at("fiscal")));
      CHECK(amount(first.budget.other) == expected_amount(budget.at("other")));
    }
    if (expected.contains("plan")) CHECK(plan_text(first.spending_plan) == expected.at("plan").as_string());
  }
  if (expected.contains("findings")) {
    const std::vector<Finding> findings = review(result.document);
    for (const json::value& rule : expected.at("findings").as_array()) {
      CAPTURE(text_of(rule));
      CHECK(std::any_of(findings.begin(), findings.end(),
                        [&](const Finding& f) { return enum_name(f.rule) == rule.as_string(); }));
    }
  }

  // The front matter of a document with parts (headings, contents) is checked field by field in
  // read_document_test.cpp; here its table rows are.
  const LosslessCheck lossless =
      check_lossless(result, utf8_of(bytes, result.encoding), 1, result.document.contents.empty());
  for (const auto& lost : lossless.lost) {
    CAPTURE(lost.first);
    FAIL_CHECK("a cell is neither in the model nor in a diagnostic: " << lost.second);
  }
}

}  // namespace

TEST_CASE("every case of the bad-input corpus gives its expected exception or diagnostics") {
  REQUIRE(cases().size() >= 25);
  for (const json::value& value : cases()) {
    const json::object& c = value.as_object();
    const std::string what = text_of(c.at("what"));
    CAPTURE(what);
    const ReadOptions options = options_of(c);
    const bool from_file = c.contains("file");
    const std::filesystem::path path = from_file ? corpus / text_of(c.at("file")) : std::filesystem::path();
    const std::string bytes = from_file ? bytes_of(path) : generated(c.at("generate").as_object());
    const auto read = [&] { return from_file ? read_document(path, options) : read_document(bytes, options); };
    if (c.contains("exception")) {
      check_exception(c.at("exception").as_object(), read);
      // The same from memory as from the file.
      if (from_file) check_exception(c.at("exception").as_object(), [&] { return read_document(bytes, options); });
      continue;
    }
    const ReadResult result = read();
    check_result(c, result, bytes);
    if (from_file) CHECK(read_document(bytes, options).diagnostics == result.diagnostics);
  }
}

TEST_CASE("the corpus has a file for every case and a case for every file") {
  std::vector<std::string> listed;
  for (const json::value& value : cases())
    if (value.as_object().contains("file")) listed.push_back(text_of(value.at("file")));
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    const std::string name = entry.path().filename().string();
    if (name == "expected.json" || name.starts_with(".")) continue;
    CAPTURE(name);
    CHECK(std::find(listed.begin(), listed.end(), name) != listed.end());
  }
  for (const std::string& name : listed) {
    CAPTURE(name);
    CHECK(std::filesystem::is_regular_file(corpus / name));
  }
}

TEST_CASE("a null C string reads as empty input") {
  const ReadResult result = read_document(static_cast<const char*>(nullptr));
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "document-empty");
}

TEST_CASE("the lossless check finds a cell the model does not hold") {
  ReadResult result = read_document(corpus / "table.txt");
  const std::string text = bytes_of(corpus / "table.txt");
  REQUIRE(check_lossless(result, text).lost.empty());
  result.document.projects.at(0).indicators.at(3).basis = "别的依据";
  const LosslessCheck check = check_lossless(result, text);
  REQUIRE(check.lost.size() == 1);
  CHECK(check.lost[0] == std::pair<std::size_t, std::string>{19, "问卷调查"});
}
