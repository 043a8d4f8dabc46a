// html_front_end: the HTML front end on one page, for benchmarks/bench_html.py.
//
//   html_front_end PATH [REPEAT]
//
// reads the file once, then makes the grid of its bytes REPEAT times (default 3) and prints the
// fastest wall time in seconds and the rows and cells of the grid, as `seconds rows cells`.

#include "formats/front_ends.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: html_front_end PATH [REPEAT]\n");
    return 2;
  }
  try {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot open %s\n", argv[1]);
      return 1;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const int repeat = argc == 3 ? std::max(1, std::atoi(argv[2])) : 3;
    double best = 1e300;
    std::size_t rows = 0;
    std::size_t cells = 0;
    for (int i = 0; i < repeat; ++i) {
      const auto start = std::chrono::steady_clock::now();
      const jixiao::Grid grid = jixiao::detail::read_html(bytes, {});
      best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      rows = grid.rows().size();
      cells = 0;
      for (const jixiao::GridRow& row : grid.rows()) cells += row.cell_count;
    }
    std::printf("%.4f %zu %zu\n", best, rows, cells);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "html_front_end: %s\n", e.what());
    return 1;
  }
  return 0;
}
