#pragma once
// `jixiao monitor` and `jixiao evaluate`: a document and its actuals (docs/evaluation.md), as text
// or JSON. Problems matching the actuals are printed to standard error and give exit status 1.

#include "exit_code.hpp"
#include "many.hpp"

#include <jixiao/actuals.hpp>
#include <jixiao/read.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <string_view>
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
// Prints the diagnostics to standard error (`ACTUALS:line: severity: reason [code]`, then ` (FILE)`
// when `document` names the document they concern); true if any is an error.
bool report_diagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& actuals,
                        std::string_view document = {});

// One actuals file matched to several documents: a project one document lacks is usually
// another's. An actual-unknown-project is kept only when every document reported it (then once,
// in `common`); the rest stay with their document.
struct SplitDiagnostics {
  std::vector<Diagnostic> common;
  std::vector<std::vector<Diagnostic>> own;
};
SplitDiagnostics split_actuals_diagnostics(const std::vector<std::vector<Diagnostic>>& per_document);

// Ends a command on several documents matched to one actuals file: the matching diagnostics split
// (above) and told on standard error, and a summary row per outcome counting the reader's and the
// document's own matching diagnostics. `matching` and `errors_told` (errors of the document already
// told, e.g. its reading's) hold one entry per document read, in order.
void add_with_actuals(Summary& summary, const std::vector<ReadOutcome>& outcomes,
                      const std::vector<std::vector<Diagnostic>>& matching, const std::vector<bool>& errors_told,
                      const std::string& actuals);

// What a command makes of one document and the actuals: its report, and the diagnostics of matching.
struct DocumentOutput {
  std::string text;
  std::vector<Diagnostic> matching;
};
// monitor and evaluate on several files or a folder: each document's report (after a `== FILE ==`
// line; JSON: one report a line), the matching diagnostics on standard error, then the summary.
ExitCode run_many_with_actuals(const std::vector<std::string>& files, Encoding encoding, const std::string& actuals,
                               bool json, const std::function<DocumentOutput(const ReadResult&)>& each);
// Writes the report to standard output; false when it cannot.
bool print(const std::string& text);

void add_monitor_options(CLI::App& command, EvaluationArguments& args);
void add_evaluate_options(CLI::App& command, EvaluationArguments& args);

// An actuals file that cannot be read throws InputError; a bad --as-of is a usage error. With
// several files or a folder: the report of each, then the summary table (JSON: one report a line).
ExitCode run_monitor(const std::vector<std::string>& files, Encoding encoding, const EvaluationArguments& args);
ExitCode run_evaluate(const std::vector<std::string>& files, Encoding encoding, const EvaluationArguments& args);

}  // namespace jixiao::cli
