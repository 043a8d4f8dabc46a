#pragma once
// `jixiao check`: the review findings (docs/review.md), grouped by project, as text or JSON. The
// exit status is 1 when any finding is an error, so the command can gate a pipeline.

#include "exit_code.hpp"

#include <jixiao/read.hpp>
#include <jixiao/review.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

struct CheckArguments {
  std::string format = "text";
  std::string rules;  // a JSON rules file; empty: the defaults
};

// The review options of a rules file; the defaults when `path` is empty. A file that cannot be
// read or does not parse throws InputError naming it.
ReviewOptions load_rules(const std::string& path);

// Adds --format and --rules to the `check` command (FILE and --encoding are the shared input options).
void add_check_options(CLI::App& command, CheckArguments& args);

// Reads the rules, then FILE, reviews it and prints the findings to standard output. A rules file
// that cannot be read or does not parse throws InputError. With several files or a folder: the
// findings of each after a `== FILE ==` line (JSON: one report a line), then the summary table.
ExitCode run_check(const std::vector<std::string>& files, Encoding encoding, const CheckArguments& args);

}  // namespace jixiao::cli
