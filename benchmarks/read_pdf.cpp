// read_pdf: reads one PDF with the PDF front end (read_pdf_grid) and prints what it took, for the
// comparison with `pdftotext -layout` that benchmarks/bench_pdf.py makes (docs/performance.md).
//
//   read_pdf PATH [TIMES]
//
// reads the file into memory once, makes its grid TIMES times (default 1) and prints the fastest
// wall time of one reading and what the grid holds.

#include <jixiao/pdf.hpp>

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
    std::fprintf(stderr, "usage: read_pdf PATH [TIMES]\n");
    return 2;
  }
  try {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "read_pdf: cannot open %s\n", argv[1]);
      return 1;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const int times = argc == 3 ? std::max(1, std::atoi(argv[2])) : 1;
    double best = 1e300;
    jixiao::Grid grid;
    for (int k = 0; k < times; ++k) {
      const auto start = std::chrono::steady_clock::now();
      grid = jixiao::read_pdf_grid(bytes);
      best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::size_t cells = 0;
    std::uint32_t pages = 0;
    for (const auto& row : grid.rows()) {
      cells += row.cell_count;
      pages = std::max(pages, row.part);
    }
    std::printf("%.4f s, %u pages, %zu rows, %zu cells, %zu diagnostics\n", best, pages, grid.rows().size(), cells,
                grid.diagnostics().size());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "read_pdf: %s\n", e.what());
    return 1;
  }
}
