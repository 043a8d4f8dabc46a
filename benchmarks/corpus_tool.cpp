// make_corpus: writes generated documents to files, for the Python benchmark and for measuring
// the CLI or peak memory by hand.
//
//   make_corpus DIR DOCUMENTS PROJECTS [SEED] [gbk]
//
// writes DIR/doc-0001.txt … each with PROJECTS project tables (seeds SEED, SEED+1, …).

#include "corpus.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
  if (argc < 4 || argc > 6) {
    std::fprintf(stderr, "usage: make_corpus DIR DOCUMENTS PROJECTS [SEED] [gbk]\n");
    return 2;
  }
  try {
    const std::filesystem::path dir = argv[1];
    const std::size_t documents = std::stoul(argv[2]);
    jixiao::bench::CorpusOptions options;
    options.projects = std::stoul(argv[3]);
    const std::uint64_t seed = argc > 4 ? std::stoull(argv[4]) : 1;
    const bool gbk = argc > 5 && std::string_view(argv[5]) == "gbk";
    std::filesystem::create_directories(dir);
    for (std::size_t i = 0; i < documents; ++i) {
      options.seed = seed + i;
      std::string text = jixiao::bench::generate_document(options);
      if (gbk) text = jixiao::bench::to_gbk(text);
      char name[32];
      std::snprintf(name, sizeof name, "doc-%04zu.txt", i + 1);
      std::ofstream(dir / name, std::ios::binary) << text;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "make_corpus: %s\n", e.what());
    return 1;
  }
}
