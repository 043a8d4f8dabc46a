// jixiao: the command line. Parses arguments, calls the library, prints. Results go to standard
// output, errors to standard error; the exit codes are in exit_code.hpp and docs/cli.md.

#include "check.hpp"
#include "compare.hpp"
#include "evaluation.hpp"
#include "exit_code.hpp"
#include "export.hpp"
#include "input.hpp"
#include "many.hpp"
#include "report.hpp"
#include "show.hpp"

#include <jixiao/describe.hpp>
#ifdef JIXIAO_WITH_PDF
#include <jixiao/pdf.hpp>
#endif

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::cli {
namespace {

constexpr const char* exit_codes = R"(Exit codes:
  0  success
  1  the document was read and printed, but has error-level diagnostics (check: or error-level findings)
  2  bad usage (unknown option, missing argument, invalid value)
  3  FILE (or the --rules file, or the ACTUALS file) cannot be read (missing, unreadable, not in a supported encoding, malformed JSON);
     with several files: any of them
  4  the output cannot be written
  5  internal error (a bug in jixiao: please report it))";

struct Arguments {
  std::vector<std::string> files;
  std::string encoding = "detect";
};

// FILE: one document, several, or folders of them. `then` describes what follows the files.
void add_input(CLI::App& command, Arguments& args, std::string_view then = {}) {
  command.add_option("FILE", args.files,
                     fmt::format("Target documents: text (UTF-8 or GB18030), xlsx, docx, HTML or PDF, or JSON written by "
                                 "`jixiao export --to json`; several files, or folders searched for documents{}",
                                 then))
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

ExitCode run_show(const std::vector<std::string>& files, Encoding encoding) {
  if (!several(files)) {
    const ReadResult result = load(files.front(), encoding);
    if (!print(show(result, files.front()))) return fail(ExitCode::output, "cannot write to standard output");
    return result.has_errors() ? ExitCode::document_errors : ExitCode::ok;
  }
  Summary summary("诊断");
  const std::string text = each_document(load_many(files, encoding), summary, [](const ReadOutcome& o) {
    const std::string file = o.path.string();
    return FileOutput{fmt::format("== {} ==\n{}\n", file, show(*o.result, file)), tally(o.result->diagnostics),
                      o.result->has_errors()};
  });
  if (!print(text + summary.table())) return fail(ExitCode::output, "cannot write to standard output");
  return summary.exit_code();
}

// monitor: the last of the FILE arguments is ACTUALS.
bool take_actuals(Arguments& args, std::string& actuals) {
  if (args.files.size() < 2) return false;
  actuals = args.files.back();
  args.files.pop_back();
  return true;
}

// report and evaluate: ACTUALS is optional; the last argument is it when named .csv or .json (documents
// never are CSV).
void take_optional_actuals(Arguments& args, std::string& actuals) {
  if (args.files.size() < 2) return;
  std::string extension = std::filesystem::path(args.files.back()).extension().string();
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (extension == ".csv" || extension == ".json") take_actuals(args, actuals);
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

  ExportArguments export_args;
  CLI::App* export_command = app.add_subcommand("export", "Write the document as JSON, CSV or an xlsx workbook");
  add_input(*export_command, args);
  add_export_options(*export_command, export_args);
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
  add_input(*monitor_command, args, "; then ACTUALS, the actual figures, CSV or JSON (docs/evaluation.md)");
  add_monitor_options(*monitor_command, monitor_args);
  monitor_command->footer(exit_codes);

  EvaluationArguments evaluate_args;
  CLI::App* evaluate_command = app.add_subcommand(
      "evaluate", "Self-evaluation (绩效自评): indicator scores, 预算执行率, total and grade from the actuals");
  add_input(*evaluate_command, args,
            "; then ACTUALS, the actual figures, a .csv or .json file (docs/evaluation.md); without: each 自评表's own "
            "figures");
  add_evaluate_options(*evaluate_command, evaluate_args);
  evaluate_command->footer(exit_codes);

  ReportArguments report_args;
  CLI::App* report_command = app.add_subcommand(
      "report", "Write one self-contained HTML page: summary, projects, plans, findings (and actuals, scores)");
  add_input(*report_command, args,
            "; then, optionally, ACTUALS, the actual figures, a .csv or .json file (docs/evaluation.md): adds "
            "monitoring and self-evaluation");
  add_report_options(*report_command, report_args);
  report_command->footer(exit_codes);

  CompareArguments compare_args;
  CLI::App* compare_command = app.add_subcommand(
      "compare", "Year over year (同比): each project beside its successor — budget, plan, targets raised or lowered");
  add_compare_options(*compare_command, compare_args);
  compare_command->add_option("--encoding", args.encoding, "Encoding of a text or HTML file")
      ->check(CLI::IsMember({"detect", "utf8", "gb18030"}))
      ->capture_default_str();
  add_limit_options(*compare_command);
  compare_command->footer(exit_codes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? to_int(ExitCode::ok) : to_int(ExitCode::usage);  // --help and --version are not errors
  }
  if (!show_command->parsed() && !export_command->parsed() && !check_command->parsed() &&
      !monitor_command->parsed() && !evaluate_command->parsed() && !report_command->parsed() &&
      !compare_command->parsed()) {
    fmt::print(stderr,
               "jixiao: a command is required: show, export, check, monitor, evaluate, report or compare\n"
               "Run with --help for more information.\n");
    return to_int(ExitCode::usage);
  }

  if (monitor_command->parsed() && !take_actuals(args, monitor_args.actuals))
    return to_int(fail(ExitCode::usage, "ACTUALS is required: give the documents, then the actuals file"));
  if (report_command->parsed()) take_optional_actuals(args, report_args.actuals);
  // evaluate without ACTUALS audits the documents' 自评表s.
  if (evaluate_command->parsed()) take_optional_actuals(args, evaluate_args.actuals);

  const Encoding encoding = *enum_from_name<Encoding>(args.encoding);
  try {
    if (check_command->parsed()) return to_int(run_check(args.files, encoding, check_args));
    if (compare_command->parsed()) return to_int(run_compare(encoding, compare_args));
    if (monitor_command->parsed()) return to_int(run_monitor(args.files, encoding, monitor_args));
    if (report_command->parsed()) return to_int(run_report(args.files, encoding, report_args));
    if (evaluate_command->parsed()) return to_int(run_evaluate(args.files, encoding, evaluate_args));
    if (export_command->parsed()) return to_int(run_export(args.files, encoding, export_args));
    return to_int(run_show(args.files, encoding));
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
