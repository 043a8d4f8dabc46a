#pragma once
// Reading many documents on all cores: a pool of threads takes the files one by one, and the
// results come back in the order of the paths. A file that cannot be read does not stop the
// others; its exception is kept beside its path. Folders are searched for documents.

#include <jixiao/read.hpp>

#include <chrono>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
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

// How far read_many has come, after each file.
struct ReadProgress {
  std::size_t done = 0;  // files read or failed
  std::size_t total = 0;
  std::uintmax_t bytes_done = 0;  // the sizes of the files done
  std::uintmax_t bytes_total = 0;
  std::chrono::steady_clock::duration elapsed{};
  const ReadOutcome* last = nullptr;  // the file just done
};

struct ReadManyOptions {
  unsigned threads = 0;  // 0: one per core; never more than there are files
  // Called after each file, one call at a time, on the thread that read it. When it throws, no
  // further file is started, and read_many rethrows the exception once the files being read are
  // done (a way to cancel: Python's KeyboardInterrupt).
  std::function<void(const ReadProgress&)> progress = {};
  // How a file is read; empty: read_document(path, options). The CLI reads JSON exports with it too.
  std::function<ReadResult(const std::filesystem::path&, const ReadOptions&)> read = {};
};

// Reads every file. Never throws for a file; only for a thread that cannot start and for what
// the progress callback throws.
std::vector<ReadOutcome> read_many(std::span<const std::filesystem::path> paths, const ReadOptions& options,
                                   const ReadManyOptions& many);
// Reads every file with read_document(path, options) on `threads` threads (0: one per core).
std::vector<ReadOutcome> read_many(std::span<const std::filesystem::path> paths, const ReadOptions& options = {},
                                   unsigned threads = 0);

// The file names a folder's documents have (ASCII case ignored): .txt .xlsx .xlsm .docx .html
// .htm .pdf. The content decides the format; the name only picks the files to read, since a
// folder also holds actuals, rules and other files.
bool document_file_name(const std::filesystem::path& path) noexcept;

// The files of `inputs`, in order: a file as given (whatever its name; one that does not exist
// fails when it is read), a folder replaced by the documents under it, found recursively
// (document_file_name; hidden files and folders, whose names start with `.`, and Office lock
// files `~$…` are left out; symbolic links to folders are not followed), sorted by path. Throws
// Error for a folder that cannot be listed.
std::vector<std::filesystem::path> find_documents(std::span<const std::filesystem::path> inputs);

}  // namespace jixiao
