#pragma once
// Reading many documents on all cores: a pool of threads takes the files one by one, and the
// results come back in the order of the paths. A file that cannot be read does not stop the
// others; its exception is kept beside its path.

#include <jixiao/read.hpp>

#include <exception>
#include <filesystem>
#include <optional>
#include <span>
#include <vector>

namespace jixiao {

// One file of read_many: its result, or the exception reading it threw.
struct ReadOutcome {
  std::filesystem::path path;
  std::optional<ReadResult> result;  // empty when reading threw
  std::exception_ptr error;          // what was thrown (std::rethrow_exception to handle it)
};

// Reads every file with read_document(path, options) on `threads` threads (0: one per core, and
// never more than there are files). Never throws for a file; only for a thread that cannot start.
std::vector<ReadOutcome> read_many(std::span<const std::filesystem::path> paths, const ReadOptions& options = {},
                                   unsigned threads = 0);

}  // namespace jixiao
