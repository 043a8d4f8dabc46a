#pragma once
// `jixiao monitor` and `jixiao evaluate`: a document and its actuals (docs/evaluation.md), as text
// or JSON. Problems matching the actuals are printed to standard error and give exit status 1.

#include "exit_code.hpp"

#include <jixiao/actuals.hpp>
#include <jixiao/read.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

struct EvaluationArguments {
  std::string actuals;
  std::string format = "text";
  std::string as_of;      // monitor: required; evaluate: optional
  std::string reverse = "linear";
  std::string budget_base = "全年预算数";
  bool ignore_stated_weights = false;  // evaluate: EvaluateOptions::use_stated_weights off
};

// Reads the actuals file; throws InputError naming it when it cannot be read.
Actuals load_actuals(const std::string& path);
// Prints the diagnostics to standard error (`ACTUALS:line: severity: reason [code]`); true if any is an error.
bool report_diagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& actuals);
// Writes the report to standard output; false when it cannot.
bool print(const std::string& text);

void add_monitor_options(CLI::App& command, EvaluationArguments& args);
void add_evaluate_options(CLI::App& command, EvaluationArguments& args);

// An actuals file that cannot be read throws InputError; a bad --as-of is a usage error.
ExitCode run_monitor(const std::string& file, Encoding encoding, const EvaluationArguments& args);
ExitCode run_evaluate(const std::string& file, Encoding encoding, const EvaluationArguments& args);

}  // namespace jixiao::cli
