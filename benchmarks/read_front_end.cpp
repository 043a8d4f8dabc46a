// read_front_end: the grid a front end makes of a file, timed — for benchmarks/bench_formats.py,
// which compares the xlsx front end with pandas.read_excel on the same workbook.
//
//   read_front_end xlsx|docx PATH [REPEAT]
//
// reads the file's bytes once, then runs the front end REPEAT times (default 3) and prints the
// best CPU time of one run, with the rows and cells of the grid.

#include "../src/formats/front_ends.hpp"

#include <cstdio>
#include <ctime>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

double process_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4 || (std::string_view(argv[1]) != "xlsx" && std::string_view(argv[1]) != "docx")) {
    std::fprintf(stderr, "usage: read_front_end xlsx|docx PATH [REPEAT]\n");
    return 2;
  }
  try {
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot open ") + argv[2]);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const int repeat = argc == 4 ? std::stoi(argv[3]) : 3;
    const bool xlsx = std::string_view(argv[1]) == "xlsx";
    double best = 0;
    std::size_t rows = 0;
    std::size_t cells = 0;
    for (int k = 0; k < repeat; ++k) {
      const double start = process_seconds();
      const jixiao::Grid grid = xlsx ? jixiao::detail::read_xlsx(bytes, {}) : jixiao::detail::read_docx(bytes, {});
      const double seconds = process_seconds() - start;
      if (k == 0 || seconds < best) best = seconds;
      rows = grid.rows().size();
      cells = 0;
      for (const auto& row : grid.rows()) cells += row.cell_count;
    }
    std::printf("%.4f s CPU (best of %d), %zu rows, %zu cells, %.1f MB\n", best, repeat, rows, cells,
                static_cast<double>(bytes.size()) / 1e6);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "read_front_end: %s\n", e.what());
    return 1;
  }
}
