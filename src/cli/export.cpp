#include "export.hpp"

#include "check.hpp"
#include "evaluation.hpp"
#include "input.hpp"
#include "many.hpp"
#include "show.hpp"

#include <jixiao/csv.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/json.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/review.hpp>
#include <jixiao/xlsx.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>

namespace jixiao::cli {
namespace {

// What the workbook adds to each document: the review's findings and, with actuals, monitoring
// and self-evaluation at one date.
struct WorkbookInputs {
  ReviewOptions review;
  std::optional<Actuals> actuals;
  std::optional<Date> as_of;  // the monitoring date; none: the latest of the actuals
};

[[nodiscard]] ExitCode fail(ExitCode code, std::string_view message) {
  fmt::print(stderr, "jixiao: {}\n", message);
  return code;
}

// Writes `text` to standard output, or to `path` when given.
bool write(const std::string& path, const std::string& text) {
  if (path.empty()) return print(text);
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return !out.fail();
}

ExitCode cannot_write(const std::string& path) {
  return fail(ExitCode::output,
              fmt::format("cannot write {}: {}", path.empty() ? "to standard output" : path, std::strerror(errno)));
}

XlsxDocument workbook_document(std::string file, ReadResult result, const WorkbookInputs& inputs) {
  XlsxDocument d{.file = std::move(file), .document = std::move(result.document),
                 .diagnostics = std::move(result.diagnostics)};
  d.findings = review(d.document, inputs.review);
  const auto& projects = d.document.projects;
  const bool reports = std::any_of(projects.begin(), projects.end(), [](const Project& p) { return p.self_evaluation; });
  if (!inputs.actuals && reports) {
    // A document of 自评表s carries its own figures: 绩效自评 holds its audit (as `evaluate` without ACTUALS).
    d.evaluation = evaluate_reported(d.document);
  } else if (inputs.actuals) {
    const std::optional<Date> as_of = inputs.as_of ? inputs.as_of : latest_date(*inputs.actuals);
    if (as_of) {  // actuals without a single figure: nothing to monitor or score
      const Matched matched = match(d.document, *inputs.actuals);
      d.monitoring = monitor(d.document, *inputs.actuals, matched, *as_of);
      EvaluateOptions options;
      options.as_of = as_of;
      d.evaluation = evaluate(d.document, *inputs.actuals, matched, options);
    }
  }
  return d;
}

// The errors of matching the actuals to a document (evaluation matches at the monitoring date): the
// workbook's 诊断 sheet holds every diagnostic; what fails the command is told on standard error.
std::vector<Diagnostic> matching_errors(const XlsxDocument& d) {
  std::vector<Diagnostic> errors;
  if (d.evaluation)
    std::copy_if(d.evaluation->diagnostics.begin(), d.evaluation->diagnostics.end(), std::back_inserter(errors),
                 [](const Diagnostic& x) { return x.severity == Severity::error; });
  return errors;
}

bool write_workbook(const std::string& path, std::span<const XlsxDocument> documents) {
  try {
    for (const std::string& warning : write_xlsx(path, documents)) fmt::print(stderr, "jixiao: warning: {}\n", warning);
    return true;
  } catch (const Error& e) {
    fmt::print(stderr, "jixiao: {}\n", e.what());
    return false;
  }
}

ExitCode export_one(const std::string& file, Encoding encoding, const ExportArguments& args,
                    const WorkbookInputs& inputs) {
  ReadResult result = load(file, encoding);
  if (args.to == "xlsx") {
    const bool read_errors = print_errors(result, file);
    const XlsxDocument d = workbook_document(file, std::move(result), inputs);
    if (!write_workbook(args.output, std::span<const XlsxDocument>(&d, 1))) return ExitCode::output;
    const bool errors = report_diagnostics(matching_errors(d), args.actuals);
    return read_errors || errors ? ExitCode::document_errors : ExitCode::ok;
  }
  const std::string text = args.to == "json" ? to_json(result, {.pretty = args.pretty}) + "\n"
                                             : to_csv(result.document, {.bom = args.bom, .excel = args.excel});
  if (!write(args.output, text)) return cannot_write(args.output);
  // The output may not carry the diagnostics (CSV), so the errors behind exit code 1 are told here.
  return print_errors(result, file) ? ExitCode::document_errors : ExitCode::ok;
}

// One CSV or one workbook of all documents; the summary goes to standard output unless the export does.
ExitCode export_many(const std::vector<std::string>& files, Encoding encoding, const ExportArguments& args,
                     const WorkbookInputs& inputs) {
  const bool xlsx = args.to == "xlsx";
  Summary summary("诊断");
  std::vector<ReadOutcome> outcomes = load_many(files, encoding);
  std::vector<Document> documents;
  std::vector<std::string> names;
  std::vector<XlsxDocument> workbook;
  std::vector<std::vector<Diagnostic>> matched;
  std::vector<bool> read_errors;
  for (ReadOutcome& o : outcomes) {
    if (!o.result) {
      fmt::print(stderr, "jixiao: {}\n", failure(o));
      continue;
    }
    const std::string file = o.path.string();
    read_errors.push_back(print_errors(*o.result, file));
    if (xlsx) {
      const XlsxDocument& d = workbook.emplace_back(workbook_document(file, *o.result, inputs));
      matched.push_back(matching_errors(d));
    } else {
      documents.push_back(o.result->document);
      names.push_back(file);
      matched.emplace_back();
    }
  }
  if (xlsx) {
    if (!write_workbook(args.output, workbook)) return ExitCode::output;
  } else {
    std::ostringstream csv;
    write_csv(csv, documents, names, {.bom = args.bom, .excel = args.excel});
    if (!write(args.output, csv.str())) return cannot_write(args.output);
  }
  add_with_actuals(summary, outcomes, matched, read_errors, args.actuals);
  const std::string table = summary.table();
  if (args.output.empty()) fmt::print(stderr, "{}", table);
  else if (!print(table)) return fail(ExitCode::output, "cannot write to standard output");
  return summary.exit_code();
}

}  // namespace

void add_export_options(CLI::App& command, ExportArguments& args) {
  command
      .add_option("--to", args.to,
                  "Output format: json (docs/json.md), csv (one row per indicator) or xlsx (a workbook: projects, "
                  "indicators, plans, findings; with --actuals monitoring and scores)")
      ->required()
      ->check(CLI::IsMember({"json", "csv", "xlsx"}));
  command.add_option("-o,--output", args.output, "Write to this file instead of standard output (xlsx: required)");
  command.add_flag("--pretty", args.pretty, "Indent the JSON, one member a line");
  command.add_flag("--bom", args.bom, "Start the CSV with the UTF-8 byte order mark that Excel needs");
  command.add_flag("--excel", args.excel,
                   "CSV for a spreadsheet: the BOM, and a cell Excel or LibreOffice would run as a formula (=, +, -, @, "
                   "TAB, CR) starts with an apostrophe, so that it shows as text");
  command.add_option("--actuals", args.actuals,
                     "xlsx: the actual figures, CSV or JSON (docs/evaluation.md): adds monitoring and self-evaluation");
  command.add_option("--as-of", args.as_of, "xlsx: the monitoring date, ISO 8601 (default: the latest of --actuals)");
  command.add_option("--rules", args.rules, "xlsx: a JSON rules file for the review (docs/review.md)");
}

ExitCode run_export(const std::vector<std::string>& files, Encoding encoding, const ExportArguments& args) {
  const bool json = args.to == "json", csv = args.to == "csv", xlsx = args.to == "xlsx";
  if (args.pretty && !json) return fail(ExitCode::usage, "export: --pretty applies to --to json");
  if (args.bom && !csv) return fail(ExitCode::usage, "export: --bom applies to --to csv");
  if (args.excel && !csv) return fail(ExitCode::usage, "export: --excel applies to --to csv");
  if (!xlsx && (!args.actuals.empty() || !args.as_of.empty() || !args.rules.empty()))
    return fail(ExitCode::usage, "export: --actuals, --as-of and --rules apply to --to xlsx");
  if (!args.as_of.empty() && args.actuals.empty()) return fail(ExitCode::usage, "export: --as-of applies with --actuals");
  if (xlsx && args.output.empty()) return fail(ExitCode::usage, "export: --to xlsx writes a file: give -o FILE");
  if (json && several(files)) {
    // A folder given alone cannot be read as the one document JSON holds.
    if (files.size() == 1)
      return fail(ExitCode::input, fmt::format("{}: is a directory: --to json writes one document; export a folder "
                                               "--to csv or --to xlsx",
                                               files.front()));
    return fail(ExitCode::usage, "export: --to json writes one document; export several --to csv or --to xlsx");
  }

  WorkbookInputs inputs;
  if (!args.as_of.empty()) {
    try {
      inputs.as_of = parse_iso_date(args.as_of);
    } catch (const ParseError& e) {
      return fail(ExitCode::usage, fmt::format("--as-of: {}", e.what()));
    }
  }
  if (xlsx) {
    inputs.review = load_rules(args.rules);
    if (!args.actuals.empty()) inputs.actuals = load_actuals(args.actuals);
  }
  return several(files) ? export_many(files, encoding, args, inputs) : export_one(files.front(), encoding, args, inputs);
}

}  // namespace jixiao::cli
