#pragma once
// `jixiao export`: a document as JSON (docs/json.md), tidy CSV (one row per indicator; --excel for
// spreadsheets) or an xlsx workbook (xlsx.hpp: the tables, the review's findings and, with
// --actuals, monitoring and scores). Several files or a folder go into one CSV or one workbook,
// a first column naming each row's file; JSON holds one document.

#include "exit_code.hpp"

#include <jixiao/read.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace jixiao::cli {

struct ExportArguments {
  std::string to;
  std::string output;  // empty: standard output
  bool pretty = false;
  bool bom = false;
  bool excel = false;
  std::string actuals;  // xlsx: adds monitoring and self-evaluation
  std::string as_of;    // xlsx with actuals: the monitoring date (default: the latest of the actuals)
  std::string rules;    // xlsx: the review's rules file
};

void add_export_options(CLI::App& command, ExportArguments& args);

ExitCode run_export(const std::vector<std::string>& files, Encoding encoding, const ExportArguments& args);

}  // namespace jixiao::cli
