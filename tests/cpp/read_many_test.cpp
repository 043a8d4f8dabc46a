#include <jixiao/error.hpp>
#include <jixiao/read_many.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

using namespace jixiao;

namespace {

const std::filesystem::path sample = JIXIAO_SOURCE_DIR "/examples/data/zjk-kexie-2025-targets.txt";

}  // namespace

TEST_CASE("read_many: results in the order of the paths, a failure kept beside its path") {
  const std::vector<std::filesystem::path> paths{sample, "/nonexistent/a.txt", sample, sample, "/nonexistent/b.txt"};
  const ReadResult one = read_document(sample);
  for (const unsigned threads : {0u, 1u, 2u, 16u}) {
    CAPTURE(threads);
    const std::vector<ReadOutcome> out = read_many(paths, {}, threads);
    REQUIRE(out.size() == paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
      CHECK(out[i].path == paths[i]);
      const bool missing = paths[i] != sample;
      CHECK(out[i].result.has_value() == !missing);
      CHECK(static_cast<bool>(out[i].error) == missing);
      if (!missing) CHECK(out[i].result->document == one.document);
      if (missing) CHECK_THROWS_AS(std::rethrow_exception(out[i].error), Error);
    }
  }
  CHECK(read_many({}).empty());
}

TEST_CASE("read_many passes the options to every file") {
  ReadOptions tiny;
  tiny.max_file_size = 100;
  const std::vector<std::filesystem::path> paths{sample, sample};
  for (const ReadOutcome& o : read_many(paths, tiny, 2)) CHECK_THROWS_AS(std::rethrow_exception(o.error), Error);
}
