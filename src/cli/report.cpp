#include "report.hpp"

#include "check.hpp"
#include "evaluation.hpp"
#include "input.hpp"
#include "many.hpp"
#include "show.hpp"

#include <jixiao/report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>
#include <tuple>

namespace jixiao::cli {

void add_report_options(CLI::App& command, ReportArguments& args) {
  command.add_option("-o,--output", args.output,
                     "Write the page to this file instead of standard output; with several files or a folder, the "
                     "folder to write a page per document in");
  command.add_option("--as-of", args.as_of, "Monitoring date, ISO 8601 (default: the latest date of ACTUALS)");
  command.add_option("--rules", args.rules, "A JSON rules file for the review (docs/review.md)");
  command.add_option("--title", args.title, "The page's title (default: department, year, 预算绩效报告)");
  auto* with_old = command.add_option("--compare", args.compare,
                                      "Add a year-over-year section (同比) comparing FILE with OLD, a document of an "
                                      "earlier year (docs/compare.md)");
  command.add_flag("--compare-years", args.compare_years,
                   "Add a year-over-year section comparing the projects of different years inside FILE")
      ->excludes(with_old);
}

namespace {

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return !out.fail();
}

// One page per document in the folder args.output, named after the document (`a.txt` → `a.html`;
// a name taken already gets `-2`, `-3` …).
ExitCode run_report_many(const std::vector<std::string>& files, Encoding encoding, const ReportArguments& args,
                         const ReportOptions& options, const ReviewOptions& review_options,
                         const std::optional<Actuals>& actuals) {
  const std::filesystem::path folder = args.output;
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (!std::filesystem::is_directory(folder)) {
    fmt::print(stderr, "jixiao: cannot write to the folder {}: {}\n", args.output, ec ? ec.message() : "not a folder");
    return ExitCode::output;
  }
  std::set<std::string> taken;
  std::vector<ReadOutcome> outcomes = load_many(files, encoding);
  std::vector<std::vector<Diagnostic>> matching;
  std::vector<bool> read_errors;
  std::string written;
  for (const ReadOutcome& o : outcomes) {
    if (!o.result) {
      fmt::print(stderr, "jixiao: {}\n", failure(o));
      continue;
    }
    read_errors.push_back(print_errors(*o.result, o.path.string()));
    const Document& document = o.result->document;
    const std::vector<Finding> findings = review(document, review_options);
    std::string name = o.path.stem().string() + ".html";
    for (int n = 2; !taken.insert(name).second; ++n) name = fmt::format("{}-{}.html", o.path.stem().string(), n);
    const std::filesystem::path page = folder / name;
    const std::optional<Matched> matched = actuals ? std::optional(match(document, *actuals)) : std::nullopt;
    if (!write_file(page, matched ? html_report(document, findings, *actuals, *matched, options)
                                  : html_report(document, findings, options))) {
      fmt::print(stderr, "jixiao: cannot write {}: {}\n", page.string(), std::strerror(errno));
      return ExitCode::output;
    }
    written += fmt::format("{} → {}\n", o.path.string(), page.string());
    matching.push_back(matched ? matched->diagnostics : std::vector<Diagnostic>{});
  }
  Summary summary("诊断");
  add_with_actuals(summary, outcomes, matching, read_errors, args.actuals);
  if (!print(written + summary.table())) {
    fmt::print(stderr, "jixiao: cannot write to standard output\n");
    return ExitCode::output;
  }
  return summary.exit_code();
}

}  // namespace

ExitCode run_report(const std::vector<std::string>& files, Encoding encoding, const ReportArguments& args) {
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
  if (several(files) && args.output.empty()) {
    fmt::print(stderr, "jixiao: report: with several files or a folder, -o names the folder to write the pages in\n");
    return ExitCode::usage;
  }
  const bool comparing = !args.compare.empty() || args.compare_years;
  if (several(files) && comparing) {
    fmt::print(stderr, "jixiao: report: --compare and --compare-years apply to one FILE\n");
    return ExitCode::usage;
  }
  const ReviewOptions review_options = load_rules(args.rules);
  const std::optional<Actuals> actuals =
      args.actuals.empty() ? std::nullopt : std::optional<Actuals>(load_actuals(args.actuals));
  if (several(files)) return run_report_many(files, encoding, args, options, review_options, actuals);
  const std::string& file = files.front();
  const ReadResult result = load(file, encoding);
  std::vector<Finding> findings = review(result.document, review_options);
  const std::optional<ReadResult> old_result =
      args.compare.empty() ? std::nullopt : std::optional<ReadResult>(load(args.compare, encoding));
  std::optional<YearOverYear> comparison;
  if (comparing) {
    const Document& old_document = old_result ? old_result->document : result.document;
    comparison = old_result ? compare(old_document, result.document) : compare(result.document);
    // The year-over-year findings join the document's, placed as review() places them.
    const std::vector<Finding> yearly = review(*comparison, old_document, result.document, review_options);
    findings.insert(findings.end(), yearly.begin(), yearly.end());
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return std::tuple(a.project.has_value(), a.project.value_or(0), a.line) <
             std::tuple(b.project.has_value(), b.project.value_or(0), b.line);
    });
  }
  const std::optional<Matched> matched = actuals ? std::optional(match(result.document, *actuals)) : std::nullopt;
  std::string page;
  if (comparison)
    page = matched ? html_report(result.document, *comparison, findings, *actuals, *matched, options)
                   : html_report(result.document, *comparison, findings, options);
  else
    page = matched ? html_report(result.document, findings, *actuals, *matched, options)
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
  bool errors = print_errors(result, file);
  if (old_result) errors = print_errors(*old_result, args.compare) || errors;
  if (matched) errors = report_diagnostics(matched->diagnostics, args.actuals) || errors;
  return errors ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
