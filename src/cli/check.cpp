#include "check.hpp"

#include "input.hpp"
#include "many.hpp"
#include "show.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/error.hpp>
#include <jixiao/json.hpp>
#include <jixiao/review.hpp>

#include <boost/json/serialize.hpp>
#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace jixiao::cli {
namespace {

using Out = std::back_insert_iterator<std::string>;

// Counts by severity, indexed by Severity.
std::array<std::size_t, 3> tally(const std::vector<Finding>& findings) {
  std::array<std::size_t, 3> counts{};
  for (const Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
  return counts;
}

// `FILE:line: severity: 指标：message [rule]`, then the suggestion on its own line.
void print_finding(Out out, const Finding& f, std::string_view file, const Document& document) {
  const std::string where = cli::where(file, document.source, f.line);
  // The indicator's name leads the message unless the message already quotes it.
  const Indicator* indicator = indicator_of(document, f);
  const std::string_view name = indicator ? std::string_view(indicator->name) : std::string_view();
  const bool named = !name.empty() && f.message.find(name) == std::string::npos;
  const std::string subject = named ? std::string(name) + "：" : std::string();
  fmt::format_to(out, "   {}: {}: {}{} [{}]\n", where, f.severity, subject, f.message, f.rule);
  if (!f.suggestion.empty()) fmt::format_to(out, "      建议：{}\n", f.suggestion);
}

std::string text_report(const Document& document, const std::vector<Finding>& findings, std::string_view file) {
  std::string text;
  Out out(text);
  const auto counts = tally(findings);
  fmt::format_to(out, "{}", document.department.empty() ? std::string(file) : document.department);
  if (document.year != 0) fmt::format_to(out, " {} 年", document.year);
  fmt::format_to(out, "：{} 个项目，审核意见 {} 条（错误 {}，警告 {}，提示 {}）\n", document.projects.size(),
                 findings.size(), counts[2], counts[1], counts[0]);
  // Findings come ordered by project, then by department table: a heading each time either changes.
  std::optional<std::size_t> current;
  std::optional<std::size_t> current_table;
  bool first = true;
  for (const Finding& f : findings) {
    if (first || f.project != current || f.department_table != current_table) {
      current = f.project;
      current_table = f.department_table;
      if (f.project) {
        const Project& p = document.projects[*f.project];
        fmt::format_to(out, "\n{}. {}（{}）\n", *f.project + 1, p.name.empty() ? p.title : p.name,
                       p.code.empty() ? "无项目编码" : p.code);
      } else if (f.department_table) {
        const Project& t = document.goals.tables[*f.department_table].common;
        fmt::format_to(out, "\n部门整体 {}. {}\n", *f.department_table + 1,
                       t.title.empty() ? std::string("部门整体支出绩效目标表") : t.title);
      } else {
        fmt::format_to(out, "\n全文\n");
      }
      first = false;
    }
    print_finding(out, f, file, document);
  }
  return text;
}

std::string json_report(const Document& document, const std::vector<Finding>& findings, std::string_view file) {
  const auto counts = tally(findings);
  boost::json::object report;
  report["format"] = "jixiao.findings";
  report["version"] = 1;
  report["file"] = boost::json::string_view(file.data(), file.size());
  report["summary"] = {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}};
  report["findings"] = json_of(findings, document);
  return boost::json::serialize(report) + "\n";
}

}  // namespace

ReviewOptions load_rules(const std::string& path) {
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot open rules file {}", path));
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  try {
    return review_options_from_json(text);
  } catch (const Error& e) {
    throw InputError(fmt::format("{}: {}", path, e.what()));
  }
}

void add_check_options(CLI::App& command, CheckArguments& args) {
  command.add_option("--format", args.format, "Output format: text (grouped by project) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command.add_option("--rules", args.rules,
                     "A JSON rules file: rules switched off or re-graded, thresholds (docs/review.md)");
}

namespace {

ExitCode run_check_many(const std::vector<std::string>& files, Encoding encoding, const CheckArguments& args,
                        const ReviewOptions& options) {
  const bool json = args.format == "json";
  Summary summary("审核意见");
  std::string text = each_document(load_many(files, encoding), summary, [&](const ReadOutcome& o) {
    const std::string file = o.path.string();
    const std::vector<Finding> findings = review(o.result->document, options);
    std::string section = json ? json_report(o.result->document, findings, file)
                               : fmt::format("== {} ==\n{}\n", file, text_report(o.result->document, findings, file));
    const bool read_errors = print_errors(*o.result, file);
    const auto counts = tally(findings);
    return FileOutput{std::move(section), counts, read_errors || counts[static_cast<std::size_t>(Severity::error)] != 0};
  });
  if (!json) text += summary.table();
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fmt::print(stderr, "jixiao: cannot write to standard output\n");
    return ExitCode::output;
  }
  return summary.exit_code();
}

}  // namespace

ExitCode run_check(const std::vector<std::string>& files, Encoding encoding, const CheckArguments& args) {
  const ReviewOptions options = load_rules(args.rules);
  if (several(files)) return run_check_many(files, encoding, args, options);
  const std::string& file = files.front();
  const ReadResult result = load(file, encoding);
  const std::vector<Finding> findings = review(result.document, options);
  const std::string text =
      args.format == "json" ? json_report(result.document, findings, file) : text_report(result.document, findings, file);
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fmt::print(stderr, "jixiao: cannot write to standard output\n");
    return ExitCode::output;
  }
  // What the reader could not read is not reviewed: its errors fail the check too.
  bool errors = tally(findings)[static_cast<std::size_t>(Severity::error)] != 0;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity != Severity::error) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d, file, result.document.source));
    errors = true;
  }
  return errors ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
