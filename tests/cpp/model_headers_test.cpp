// The umbrella header compiles on its own and includes every public header.

#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

TEST_CASE("jixiao.hpp includes every header of include/jixiao") {
  const std::filesystem::path directory = std::filesystem::path(JIXIAO_SOURCE_DIR) / "include" / "jixiao";
  std::ifstream umbrella(directory / "jixiao.hpp");
  REQUIRE(umbrella);
  const std::string text{std::istreambuf_iterator<char>(umbrella), std::istreambuf_iterator<char>()};
  int headers = 0;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    // pdf.hpp is the header of the optional library jixiao_pdf, not of the core.
    if (entry.path().extension() != ".hpp" || name == "jixiao.hpp" || name == "pdf.hpp") continue;
    ++headers;
    CAPTURE(name);
    CHECK(text.find("#include <jixiao/" + name + ">") != std::string::npos);
  }
  CHECK(headers > 0);
}
