#pragma once
// The FILE argument: a target document in any format the reader takes (text in UTF-8 or GB18030,
// xlsx, docx, HTML, PDF), or JSON written by `jixiao export --to json`, told apart by the first
// character (`{`).

#include <jixiao/read.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <stdexcept>

namespace jixiao::cli {

// FILE cannot be read at all; the message names it.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Adds --input-format, the reader's limits --max-file-size and --max-cell-size (ReadOptions,
// docs/format.md) and --jobs to a command that reads FILE; load() applies them.
void add_limit_options(CLI::App& command);

// --jobs: how many files are read at a time (0: one per core).
unsigned jobs();

ReadResult load(const std::filesystem::path& file, Encoding encoding);

}  // namespace jixiao::cli
