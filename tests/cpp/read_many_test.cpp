#include <jixiao/error.hpp>
#include <jixiao/read_many.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
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

TEST_CASE("read_many reports progress after each file, one call at a time, with the bytes done") {
  const std::vector<std::filesystem::path> paths{sample, "/nonexistent/a.txt", sample, sample};
  const auto size = std::filesystem::file_size(sample);
  std::vector<ReadProgress> calls;
  std::vector<std::filesystem::path> reported;
  const auto out = read_many(paths, {}, ReadManyOptions{.threads = 2, .progress = [&](const ReadProgress& p) {
                                                          calls.push_back(p);
                                                          reported.push_back(p.last->path);
                                                        }});
  REQUIRE(calls.size() == paths.size());
  for (std::size_t i = 0; i < calls.size(); ++i) {
    CHECK(calls[i].done == i + 1);
    CHECK(calls[i].total == paths.size());
    CHECK(calls[i].bytes_total == 3 * size);
  }
  CHECK(calls.back().bytes_done == 3 * size);
  std::sort(reported.begin(), reported.end());
  std::vector<std::filesystem::path> expected = paths;
  std::sort(expected.begin(), expected.end());
  CHECK(reported == expected);
  CHECK(out[1].error);
}

TEST_CASE("a progress callback that throws stops read_many, which rethrows once the threads are done") {
  const std::vector<std::filesystem::path> paths(20, sample);
  std::size_t calls = 0;
  const ReadManyOptions many{.threads = 1, .progress = [&](const ReadProgress& p) {
                               ++calls;
                               if (p.done == 3) throw std::runtime_error("cancelled");
                             }};
  CHECK_THROWS_WITH_AS(read_many(paths, {}, many), "cancelled", std::runtime_error);
  CHECK(calls == 3);
}

TEST_CASE("read_many reads with the reader it is given") {
  const std::vector<std::filesystem::path> paths{"a", "b"};
  const auto out = read_many(paths, {}, ReadManyOptions{.read = [](const std::filesystem::path& p, const ReadOptions&) {
                                                          ReadResult r;
                                                          r.document.department = p.string();
                                                          return r;
                                                        }});
  CHECK(out[0].result->document.department == "a");
  CHECK(out[1].result->document.department == "b");
}

TEST_CASE("find_documents: files as given, folders searched recursively for documents, sorted") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "jixiao-test-find-documents";
  fs::remove_all(root);
  for (const char* name : {"b.txt", "a.XLSX", "notes.csv", "rules.json", "sub/c.docx", "sub/d.Html", "sub/e.pdf",
                           ".hidden/f.txt", "sub/.g.txt", "~$h.xlsx", "sub/deeper/i.htm"}) {
    fs::create_directories((root / name).parent_path());
    std::ofstream(root / name) << "x";
  }
  fs::create_directory_symlink(root / "sub", root / "link-to-sub");  // not followed: no file twice
  fs::create_symlink(root / "missing.txt", root / "dangling.txt");   // no document, and no reason to stop

  const std::vector<fs::path> inputs{root / "notes.csv", root, root / "nope"};
  const std::vector<fs::path> found = find_documents(inputs);
  const std::vector<fs::path> expected{root / "notes.csv", root / "a.XLSX", root / "b.txt",
                                       root / "sub/c.docx", root / "sub/d.Html", root / "sub/deeper/i.htm",
                                       root / "sub/e.pdf", root / "nope"};
  CHECK(found == expected);
  CHECK(document_file_name("x.PDF"));
  CHECK_FALSE(document_file_name("x.csv"));
  fs::remove_all(root);
}
