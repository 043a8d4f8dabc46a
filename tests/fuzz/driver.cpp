// The main of a fuzz target outside the libFuzzer build: runs LLVMFuzzerTestOneInput once on each
// file named on the command line, or on every file under a named directory, so the checked-in
// corpora and regressions run in every build, with any compiler. A property violation aborts, and
// the name of the input printed just before says which one it was.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_under(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> inputs;
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
      if (entry.is_regular_file()) inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
  } else {
    inputs.push_back(path);
  }
  return inputs;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& input : inputs_under(argv[i])) {
      std::ifstream in(input, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "cannot read %s\n", input.c_str());
        return 1;
      }
      // Exactly the file's bytes, so reading past the end is caught as under libFuzzer.
      const std::vector<std::uint8_t> data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      std::fprintf(stderr, "%s\n", input.c_str());
      LLVMFuzzerTestOneInput(data.data(), data.size());
      ++count;
    }
  }
  std::fprintf(stderr, "%zu inputs passed\n", count);
  // A run over nothing would pass whatever the code does: a missing corpus is a failure.
  return count > 0 ? 0 : 1;
}
