#include "report.hpp"

#include "check.hpp"
#include "evaluation.hpp"
#include "input.hpp"
#include "show.hpp"

#include <jixiao/report.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace jixiao::cli {

void add_report_options(CLI::App& command, ReportArguments& args) {
  command.add_option("ACTUALS", args.actuals,
                     "The actual figures, CSV or JSON (docs/evaluation.md): adds monitoring and self-evaluation");
  command.add_option("-o,--output", args.output, "Write the page to this file instead of standard output");
  command.add_option("--as-of", args.as_of, "Monitoring date, ISO 8601 (default: the latest date of ACTUALS)");
  command.add_option("--rules", args.rules, "A JSON rules file for the review (docs/review.md)");
  command.add_option("--title", args.title, "The page's title (default: department, year, 预算绩效报告)");
}

ExitCode run_report(const std::string& file, Encoding encoding, const ReportArguments& args) {
  ReportOptions options;
  options.title = args.title;
  if (!args.as_of.empty()) {
    if (args.actuals.empty()) {
      fmt::print(stderr, "jixiao: report: --as-of applies with ACTUALS\n");
      return ExitCode::usage;
    }
    try {
      options.as_of = parse_iso_date(args.as_of);
    } catch (const ParseError& e) {
      fmt::print(stderr, "jixiao: --as-of: {}\n", e.what());
      return ExitCode::usage;
    }
  }
  const ReviewOptions review_options = load_rules(args.rules);
  const std::optional<Actuals> actuals =
      args.actuals.empty() ? std::nullopt : std::optional<Actuals>(load_actuals(args.actuals));
  const ReadResult result = load(file, encoding);
  const std::vector<Finding> findings = review(result.document, review_options);
  const std::string page = actuals ? html_report(result.document, findings, *actuals, options)
                                   : html_report(result.document, findings, options);

  if (args.output.empty()) {
    if (!print(page)) {
      fmt::print(stderr, "jixiao: cannot write to standard output\n");
      return ExitCode::output;
    }
  } else {
    std::ofstream out(args.output, std::ios::binary);
    out << page;
    out.close();
    if (out.fail()) {
      fmt::print(stderr, "jixiao: cannot write {}: {}\n", args.output, std::strerror(errno));
      return ExitCode::output;
    }
  }

  // The page shows the findings; what stops it from being complete is told here.
  bool errors = false;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity != Severity::error) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d, file, result.document.source));
    errors = true;
  }
  if (actuals) errors = report_diagnostics(match_actuals(result.document, *actuals, options.as_of).diagnostics,
                                           args.actuals) || errors;
  return errors ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
