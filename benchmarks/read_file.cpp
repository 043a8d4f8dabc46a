// read_file: reads one document from its file with read_document(path) and prints what it cost,
// for the "cost against input size" table of docs/performance.md. Run it under
// `/usr/bin/time -f '%U %S %M'` for CPU time and peak resident memory.
//
//   read_file PATH
//
// prints the CPU time of the read, the heap in use afterwards (the model and the diagnostics:
// mallinfo2, glibc), and the counts read.

#include <jixiao/read.hpp>

#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <malloc.h>

namespace {

double process_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: read_file PATH\n");
    return 2;
  }
  try {
    const double start = process_seconds();
    const jixiao::ReadResult result = jixiao::read_document(std::filesystem::path(argv[1]));
    const double seconds = process_seconds() - start;
    const auto heap = static_cast<double>(mallinfo2().uordblks);
    std::size_t indicators = 0;
    for (const auto& project : result.document.projects) indicators += project.indicators.size();
    std::printf("%.3f s CPU, %.1f MB heap in use, %zu projects, %zu indicators, %zu diagnostics\n", seconds,
                heap / 1e6, result.document.projects.size(), indicators, result.diagnostics.size());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "read_file: %s\n", e.what());
    return 1;
  }
}
