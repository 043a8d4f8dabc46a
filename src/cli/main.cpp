// jixiao: the command line. Parses arguments, calls the library, prints. Results go to standard
// output, errors to standard error; the exit codes are in exit_code.hpp and docs/cli.md.

#include "check.hpp"
#include "evaluation.hpp"
#include "exit_code.hpp"
#include "input.hpp"
#include "report.hpp"
#include "show.hpp"

#include <jixiao/csv.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>
#ifdef JIXIAO_WITH_PDF
#include <jixiao/pdf.hpp>
#endif

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <string>

namespace jixiao::cli {
namespace {

constexpr const char* exit_codes = R"(Exit codes:
  0  success
  1  the document was read and printed, but has error-level diagnostics (check: or error-level findings)
  2  bad usage (unknown option, missing argument, invalid value)
  3  FILE (or the --rules file, or the ACTUALS file) cannot be read (missing, unreadable, not in a supported encoding, malformed JSON)
  4  the output cannot be written
  5  internal error (a bug in jixiao: please report it))";

struct Arguments {
  std::string file;
  std::string encoding = "detect";
  std::string to;
  std::string output;
  bool pretty = false;
  bool bom = false;
};

void add_input(CLI::App& command, Arguments& args) {
  command.add_option("FILE", args.file,
                     "A target document: text (UTF-8 or GB18030), xlsx, docx, HTML or PDF, or JSON written by "
                     "`jixiao export --to json`")
      ->required();
  command.add_option("--encoding", args.encoding, "Encoding of a text or HTML FILE")
      ->check(CLI::IsMember({"detect", "utf8", "gb18030"}))
      ->capture_default_str();
  add_limit_options(command);
}

[[nodiscard]] ExitCode fail(ExitCode code, std::string_view message) {
  fmt::print(stderr, "jixiao: {}\n", message);
  return code;
}

ExitCode status(const ReadResult& result) { return result.has_errors() ? ExitCode::document_errors : ExitCode::ok; }

// Writes `text` to standard output, or to `path` when given.
bool write(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return !out.fail();
}

ExitCode run_show(const Arguments& args) {
  const ReadResult result = load(args.file, *enum_from_name<Encoding>(args.encoding));
  if (!write({}, show(result, args.file))) return fail(ExitCode::output, "cannot write to standard output");
  return status(result);
}

ExitCode run_export(const Arguments& args) {
  const bool json = args.to == "json";
  if (args.pretty && !json) return fail(ExitCode::usage, "export: --pretty applies to --to json");
  if (args.bom && json) return fail(ExitCode::usage, "export: --bom applies to --to csv");
  const ReadResult result = load(args.file, *enum_from_name<Encoding>(args.encoding));
  std::string text = json ? to_json(result, {.pretty = args.pretty}) + "\n"
                          : to_csv(result.document, {.bom = args.bom});
  if (!write(args.output, text))
    return fail(ExitCode::output,
                fmt::format("cannot write {}: {}", args.output.empty() ? "to standard output" : args.output,
                            std::strerror(errno)));
  // The output may not carry the diagnostics (CSV), so the errors behind exit code 1 are told here.
  for (const Diagnostic& d : result.diagnostics)
    if (d.severity == Severity::error) fmt::print(stderr, "{}\n", format_diagnostic(d, args.file, result.document.source));
  return status(result);
}

int run(int argc, char** argv) {
  CLI::App app{"Read Chinese budget performance target documents (预算绩效目标表).", "jixiao"};
  // At most one command; none is reported below, after unexpected words have been named.
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", JIXIAO_VERSION);
  app.footer(exit_codes);
  Arguments args;

  CLI::App* show_command =
      app.add_subcommand("show", "Print the projects, budgets, spending plans, indicator trees and diagnostics");
  add_input(*show_command, args);
  show_command->footer(exit_codes);

  CLI::App* export_command = app.add_subcommand("export", "Write the document as JSON or CSV");
  add_input(*export_command, args);
  export_command->add_option("--to", args.to, "Output format: json (docs/json.md) or csv (one row per indicator)")
      ->required()
      ->check(CLI::IsMember({"json", "csv"}));
  export_command->add_option("-o,--output", args.output, "Write to this file instead of standard output");
  export_command->add_flag("--pretty", args.pretty, "Indent the JSON, one member a line");
  export_command->add_flag("--bom", args.bom, "Start the CSV with the UTF-8 byte order mark that Excel needs");
  export_command->footer(exit_codes);

  CheckArguments check_args;
  CLI::App* check_command =
      app.add_subcommand("check", "Review the tables as a finance bureau does: findings grouped by project");
  add_input(*check_command, args);
  add_check_options(*check_command, check_args);
  check_command->footer(exit_codes);

  EvaluationArguments monitor_args;
  CLI::App* monitor_command = app.add_subcommand(
      "monitor", "Monitoring at a date (运行监控): spending and indicators against time progress, as colours");
  add_input(*monitor_command, args);
  add_monitor_options(*monitor_command, monitor_args);
  monitor_command->footer(exit_codes);

  EvaluationArguments evaluate_args;
  CLI::App* evaluate_command = app.add_subcommand(
      "evaluate", "Self-evaluation (绩效自评): indicator scores, 预算执行率, total and grade from the actuals");
  add_input(*evaluate_command, args);
  add_evaluate_options(*evaluate_command, evaluate_args);
  evaluate_command->footer(exit_codes);

  ReportArguments report_args;
  CLI::App* report_command = app.add_subcommand(
      "report", "Write one self-contained HTML page: summary, projects, plans, findings (and actuals, scores)");
  add_input(*report_command, args);
  add_report_options(*report_command, report_args);
  report_command->footer(exit_codes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? to_int(ExitCode::ok) : to_int(ExitCode::usage);  // --help and --version are not errors
  }
  if (!show_command->parsed() && !export_command->parsed() && !check_command->parsed() &&
      !monitor_command->parsed() && !evaluate_command->parsed() && !report_command->parsed()) {
    fmt::print(stderr,
               "jixiao: a command is required: show, export, check, monitor, evaluate or report\n"
               "Run with --help for more information.\n");
    return to_int(ExitCode::usage);
  }

  try {
    if (check_command->parsed())
      return to_int(run_check(args.file, *enum_from_name<Encoding>(args.encoding), check_args));
    if (monitor_command->parsed())
      return to_int(run_monitor(args.file, *enum_from_name<Encoding>(args.encoding), monitor_args));
    if (report_command->parsed())
      return to_int(run_report(args.file, *enum_from_name<Encoding>(args.encoding), report_args));
    if (evaluate_command->parsed())
      return to_int(run_evaluate(args.file, *enum_from_name<Encoding>(args.encoding), evaluate_args));
    return to_int(show_command->parsed() ? run_show(args) : run_export(args));
  } catch (const InputError& e) {
    return to_int(fail(ExitCode::input, e.what()));
  } catch (const std::exception& e) {
    return to_int(fail(ExitCode::internal, fmt::format("internal error: {}", e.what())));
  }
}

}  // namespace
}  // namespace jixiao::cli

int main(int argc, char** argv) {
#ifdef JIXIAO_WITH_PDF
  jixiao::install_pdf_front_end();
#endif
  return jixiao::cli::run(argc, argv);
}
