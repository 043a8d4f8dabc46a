#pragma once
// `jixiao compare OLD [NEW]`: each project beside its successor of the next year — budget, plan,
// targets raised or lowered — and the year-over-year findings (docs/compare.md), as text or JSON.
// With one document, the years inside it are compared.

#include "exit_code.hpp"

#include <jixiao/read.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

struct CompareArguments {
  std::vector<std::string> files;  // OLD, and NEW when given
  std::string format = "text";
  std::string output;  // empty: standard output
  std::string rules;   // a JSON rules file for the year-over-year rules; empty: the defaults
};

// Adds OLD [NEW], --format, -o and --rules (--encoding and the reader's limits are the shared input options).
void add_compare_options(CLI::App& command, CompareArguments& args);

// Reads the documents, compares and reviews them, prints. Exit status 1 when a document has
// error-level diagnostics or a finding is an error; a file that cannot be read throws InputError.
ExitCode run_compare(Encoding encoding, const CompareArguments& args);

}  // namespace jixiao::cli
