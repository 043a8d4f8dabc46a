#pragma once
// `jixiao report`: the document as one self-contained HTML page (docs/report.md), with the review's
// findings and, given ACTUALS, monitoring and self-evaluation.

#include "exit_code.hpp"

#include <jixiao/read.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

struct ReportArguments {
  std::string actuals;  // empty: no monitoring, no evaluation
  std::string output;   // empty: standard output
  std::string as_of;    // empty: the latest date of the actuals
  std::string rules;    // a JSON rules file for the review; empty: the defaults
  std::string title;
};

void add_report_options(CLI::App& command, ReportArguments& args);

// Writes the page. Exit status 1 when the document has error-level diagnostics or an actual
// matches no indicator (the page is written all the same); a file that cannot be read throws
// InputError; a bad --as-of is a usage error.
// With several files or a folder, -o is a folder and gets a page per document.
ExitCode run_report(const std::vector<std::string>& files, Encoding encoding, const ReportArguments& args);

}  // namespace jixiao::cli
