#include <jixiao/read_many.hpp>

#include <algorithm>
#include <atomic>
#include <thread>

namespace jixiao {

std::vector<ReadOutcome> read_many(std::span<const std::filesystem::path> paths, const ReadOptions& options,
                                   unsigned threads) {
  std::vector<ReadOutcome> out(paths.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, paths.size()));
  // Files are taken one at a time from a shared counter, not split in fixed shares: documents
  // differ in size, and a thread that finishes early takes the next file.
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      ReadOutcome& o = out[i];
      o.path = paths[i];
      try {
        o.result = read_document(paths[i], options);
      } catch (...) {
        o.error = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();  // the calling thread is one of the workers
  }  // jthreads join here
  return out;
}

}  // namespace jixiao
