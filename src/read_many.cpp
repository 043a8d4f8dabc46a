#include <jixiao/read_many.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string_view>
#include <system_error>
#include <thread>

namespace jixiao {
namespace {

std::uintmax_t size_of(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool hidden(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return name.starts_with('.') || name.starts_with("~$");
}

}  // namespace

std::vector<ReadOutcome> read_many(std::span<const std::filesystem::path> paths, const ReadOptions& options,
                                   const ReadManyOptions& many) {
  std::vector<ReadOutcome> out(paths.size());
  unsigned threads = many.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : many.threads;
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, paths.size()));

  ReadProgress progress;
  progress.total = paths.size();
  std::vector<std::uintmax_t> sizes;
  if (many.progress) {
    sizes.reserve(paths.size());
    for (const auto& path : paths) progress.bytes_total += sizes.emplace_back(size_of(path));
  }
  const auto start = std::chrono::steady_clock::now();
  std::mutex reporting;
  std::exception_ptr stopped_by;  // what the progress callback threw
  std::atomic<bool> stop{false};

  // Files are taken one at a time from a shared counter, not split in fixed shares: documents
  // differ in size, and a thread that finishes early takes the next file.
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < paths.size() && !stop; i = next++) {
      ReadOutcome& o = out[i];
      o.path = paths[i];
      try {
        o.result = many.read ? many.read(paths[i], options) : read_document(paths[i], options);
      } catch (...) {
        o.error = std::current_exception();
      }
      if (!many.progress) continue;
      const std::lock_guard lock(reporting);
      if (stop) continue;
      ++progress.done;
      progress.bytes_done += sizes[i];
      progress.elapsed = std::chrono::steady_clock::now() - start;
      progress.last = &o;
      try {
        many.progress(progress);
      } catch (...) {
        stopped_by = std::current_exception();
        stop = true;
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();  // the calling thread is one of the workers
  }  // jthreads join here
  if (stopped_by) std::rethrow_exception(stopped_by);
  return out;
}

std::vector<ReadOutcome> read_many(std::span<const std::filesystem::path> paths, const ReadOptions& options,
                                   unsigned threads) {
  return read_many(paths, options, ReadManyOptions{.threads = threads});
}

bool document_file_name(const std::filesystem::path& path) noexcept {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), lower);
  for (std::string_view known : {".txt", ".xlsx", ".xlsm", ".docx", ".html", ".htm", ".pdf"})
    if (extension == known) return true;
  return false;
}

std::vector<std::filesystem::path> find_documents(std::span<const std::filesystem::path> inputs) {
  namespace fs = std::filesystem;
  std::vector<fs::path> found;
  for (const fs::path& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      found.push_back(input);
      continue;
    }
    std::vector<fs::path> documents;
    fs::recursive_directory_iterator it(input, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code entry;  // a dangling link is no document, and no reason to stop
      if (hidden(it->path())) {
        if (it->is_directory(entry)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(entry) && document_file_name(it->path())) documents.push_back(it->path());
    }
    if (ec) throw Error(fmt::format("cannot list {}: {}", input.string(), ec.message()));
    std::sort(documents.begin(), documents.end());
    found.insert(found.end(), documents.begin(), documents.end());
  }
  return found;
}

}  // namespace jixiao
