#include "input.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

namespace jixiao::cli {
namespace {

// The limits given on the command line. One command runs per process, so they are held here
// instead of being passed through every command to load().
ReadOptions limits;
std::string input_format = "detect";
unsigned read_jobs = 0;

// JSON starts with `{` after optional whitespace and BOM; no target document does.
bool looks_like_json(std::istream& in) {
  std::istreambuf_iterator<char> it(in), end;
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  std::size_t matched = 0;
  for (; it != end; ++it) {
    const char c = *it;
    if (matched < bom.size() && c == bom[matched]) ++matched;
    else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c == '{';
  }
  return false;
}

std::string contents(std::istream& in) {
  in.clear();
  in.seekg(0);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void add_limit_options(CLI::App& command) {
  command
      .add_option("--input-format", input_format,
                  "Format of FILE: detect (from its content), text, xlsx, docx, html or pdf")
      ->check(CLI::IsMember({"detect", "text", "xlsx", "docx", "html", "pdf"}))
      ->capture_default_str();
  command
      .add_option("--max-file-size", limits.max_file_size,
                  "Refuse a text FILE larger than this (exit code 3)")
      ->transform(CLI::AsSizeValue(true))
      ->capture_default_str();
  command
      .add_option("--max-cell-size", limits.max_cell_size,
                  "Cut a table cell longer than this, with a cell-too-long warning")
      ->transform(CLI::AsSizeValue(true))
      ->capture_default_str();
  command
      .add_option("--jobs", read_jobs,
                  "With several files or a folder: read this many at a time (0: one per core)")
      ->capture_default_str();
}

unsigned jobs() { return read_jobs; }

ReadResult load(const std::filesystem::path& file, Encoding encoding) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw InputError(fmt::format("{}: is a directory", file.string()));
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot open {}: {}", file.string(), std::strerror(errno)));
  try {
    if (looks_like_json(in)) return read_result_from_json(contents(in));
    ReadOptions options = limits;
    options.encoding = encoding;
    options.format = *enum_from_name<Format>(input_format);
    return read_document(file, options);
  } catch (const Error& e) {
    throw InputError(fmt::format("{}: {}", file.string(), e.what()));
  }
}

}  // namespace jixiao::cli
