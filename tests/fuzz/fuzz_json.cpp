// The JSON readers: documents (document_from_json), export files with diagnostics
// (read_result_from_json) and review rules files (review_options_from_json), each on the same
// input. Properties:
// - malformed or ill-fitting JSON is refused with jixiao::Error, nothing else;
// - whatever is accepted writes back as JSON that reads as an equal value, and writing that gives
//   the same bytes.

#include "check.hpp"

#include <jixiao/json.hpp>
#include <jixiao/review.hpp>

#include <cstddef>
#include <cstdint>

namespace {

void check_document(std::string_view input) {
  jixiao::Document document;
  if (!jixiao::fuzz::refused_or_done([&] { document = jixiao::document_from_json(input); })) return;
  const std::string json = jixiao::to_json(document);
  jixiao::Document back;
  jixiao::fuzz::never_throws([&] { back = jixiao::document_from_json(json); });
  JIXIAO_FUZZ_CHECK(back == document, "the document changed through JSON:\n" + json);
  JIXIAO_FUZZ_CHECK(jixiao::to_json(back) == json, "JSON written twice differs:\n" + json);
  const jixiao::JsonOptions pretty{.pretty = true};
  JIXIAO_FUZZ_CHECK(jixiao::to_json(document, pretty) == jixiao::serialize(jixiao::parse_json(json), pretty),
                    "pretty JSON is not the same value:\n" + json);
}

void check_read_result(std::string_view input) {
  jixiao::ReadResult result;
  if (!jixiao::fuzz::refused_or_done([&] { result = jixiao::read_result_from_json(input); })) return;
  const std::string json = jixiao::to_json(result);
  jixiao::ReadResult back;
  jixiao::fuzz::never_throws([&] { back = jixiao::read_result_from_json(json); });
  JIXIAO_FUZZ_CHECK(back.document == result.document && back.diagnostics == result.diagnostics &&
                        back.encoding == result.encoding,
                    "the read result changed through JSON:\n" + json);
  JIXIAO_FUZZ_CHECK(jixiao::to_json(back) == json, "JSON written twice differs:\n" + json);
}

void check_rules(std::string_view input) {
  jixiao::ReviewOptions options;
  if (!jixiao::fuzz::refused_or_done([&] { options = jixiao::review_options_from_json(input); })) return;
  const std::string json = jixiao::review_options_to_json(options);
  jixiao::ReviewOptions back;
  jixiao::fuzz::never_throws([&] { back = jixiao::review_options_from_json(json); });
  JIXIAO_FUZZ_CHECK(back == options, "the review options changed through JSON:\n" + json);
  JIXIAO_FUZZ_CHECK(jixiao::review_options_to_json(back) == json, "JSON written twice differs:\n" + json);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  check_document(input);
  check_read_result(input);
  check_rules(input);
  return 0;
}
