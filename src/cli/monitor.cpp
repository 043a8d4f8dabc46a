#include "evaluation.hpp"

#include "input.hpp"
#include "many.hpp"

#include <jixiao/actuals_io.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>
#include <jixiao/monitor.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>

namespace jixiao::cli {
namespace {

using Out = std::back_insert_iterator<std::string>;

std::string opt(const std::optional<Decimal>& d, std::string_view suffix = "%") {
  return d ? fmt::format("{}{}", d->to_string(), suffix) : std::string("—");
}

std::string text_report(const Document& document, const MonitorReport& r) {
  std::string text;
  Out out(text);
  fmt::format_to(out, "{} {} 年 运行监控，截至 {}：序时进度 {}%（{} 个月）\n", document.department, document.year,
                 r.as_of.to_string(), r.time_progress.to_string(), r.months_elapsed);
  for (const ProjectStatus& p : r.projects) {
    const Project& project = project_of(document, p);
    const std::string_view code = project.code;
    fmt::format_to(out, "\n{}. [{}] {}（{}）\n", p.project + 1, chinese_name(p.colour), result_name(project), code);
    fmt::format_to(out, "   预算执行：{} / {} = {}；对序时进度 {} [{}]；对支出计划 {} {} [{}]\n",
                   p.executed ? p.executed->to_string() : "未报", p.budget ? p.budget->to_string() : "—",
                   opt(p.spent_percent), opt(p.ratio_to_time), chinese_name(p.time_colour), opt(p.planned_percent),
                   opt(p.ratio_to_plan), chinese_name(p.plan_colour));
    for (const IndicatorStatus& i : p.indicators) {
      const Indicator& indicator = indicator_of(document, p, i);
      const std::string_view name = indicator.name;
      fmt::format_to(out, "   [{}] {}：目标 {}，实际 {}：{}\n", chinese_name(i.colour), name, to_string(indicator.target),
                     i.actual.empty() ? "未报" : i.actual, i.note);
    }
  }
  fmt::format_to(out, "\n需要说明的偏差 {} 项\n", r.explanations.size());
  for (const Explanation& e : r.explanations)
    fmt::format_to(out, "   [{}] {}：{}；{}\n", chinese_name(e.colour), subject_of(document, e), e.note,
                   e.reason.empty() ? "未说明原因" : fmt::format("原因：{}", e.reason));
  return text;
}

}  // namespace

void add_monitor_options(CLI::App& command, EvaluationArguments& args) {
  command.add_option("--as-of", args.as_of, "The monitoring date, ISO 8601 (2025-06-30)")->required();
  command.add_option("--format", args.format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
}

Actuals load_actuals(const std::string& path) {
  try {
    return read_actuals(path);
  } catch (const Error& e) {
    const std::string what = e.what();
    throw InputError(what.starts_with("cannot open") ? what : fmt::format("{}: {}", path, what));
  }
}

bool report_diagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& actuals,
                        std::string_view document) {
  bool errors = false;
  for (const Diagnostic& d : diagnostics) {
    const std::string where = d.line ? fmt::format("{}:{}: ", actuals, d.line) : std::string();
    const std::string concerning = document.empty() ? std::string() : fmt::format(" ({})", document);
    fmt::print(stderr, "{}{}: {} [{}]{}\n", where, d.severity, d.reason, d.code, concerning);
    errors = errors || d.severity == Severity::error;
  }
  return errors;
}

SplitDiagnostics split_actuals_diagnostics(const std::vector<std::vector<Diagnostic>>& per_document) {
  SplitDiagnostics split;
  const auto unknown_project = [](const Diagnostic& d) { return d.code == DiagnosticCode::actual_unknown_project; };
  for (const std::vector<Diagnostic>& diagnostics : per_document) {
    std::vector<Diagnostic>& own = split.own.emplace_back();
    std::copy_if(diagnostics.begin(), diagnostics.end(), std::back_inserter(own),
                 [&](const Diagnostic& d) { return !unknown_project(d); });
  }
  if (per_document.empty()) return split;
  for (const Diagnostic& d : per_document.front()) {
    if (!unknown_project(d)) continue;
    const bool everywhere = std::all_of(per_document.begin(), per_document.end(), [&](const auto& diagnostics) {
      return std::find(diagnostics.begin(), diagnostics.end(), d) != diagnostics.end();
    });
    if (everywhere) split.common.push_back(d);
  }
  return split;
}

bool print(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  return std::fflush(stdout) == 0 && !std::ferror(stdout);
}

void add_with_actuals(Summary& summary, const std::vector<ReadOutcome>& outcomes,
                      const std::vector<std::vector<Diagnostic>>& matching, const std::vector<bool>& errors_told,
                      const std::string& actuals) {
  const SplitDiagnostics split = split_actuals_diagnostics(matching);
  const bool common_errors = report_diagnostics(split.common, actuals);
  std::size_t i = 0;  // the documents read, in order among all
  for (const ReadOutcome& o : outcomes) {
    if (!o.result) {
      summary.add_failure(o);
      continue;
    }
    const bool errors = report_diagnostics(split.own[i], actuals, o.path.string());
    std::vector<Diagnostic> all = o.result->diagnostics;
    all.insert(all.end(), split.own[i].begin(), split.own[i].end());
    summary.add(o, tally(all), errors_told[i] || errors || common_errors);
    ++i;
  }
}

ExitCode run_many_with_actuals(const std::vector<std::string>& files, Encoding encoding, const std::string& actuals,
                               bool json, const std::function<DocumentOutput(const ReadResult&)>& each) {
  const std::vector<ReadOutcome> outcomes = load_many(files, encoding);
  std::vector<std::vector<Diagnostic>> matching;
  std::string text;
  for (const ReadOutcome& o : outcomes) {
    if (!o.result) {
      fmt::print(stderr, "jixiao: {}\n", failure(o));
      continue;
    }
    DocumentOutput output = each(*o.result);
    text += json ? output.text : fmt::format("== {} ==\n{}\n", o.path.string(), output.text);
    matching.push_back(std::move(output.matching));
  }
  Summary summary("诊断");
  add_with_actuals(summary, outcomes, matching, std::vector<bool>(matching.size(), false), actuals);
  if (!json) text += summary.table();
  if (!print(text)) {
    fmt::print(stderr, "jixiao: cannot write to standard output\n");
    return ExitCode::output;
  }
  return summary.exit_code();
}

ExitCode run_monitor(const std::vector<std::string>& files, Encoding encoding, const EvaluationArguments& args) {
  Date as_of;
  try {
    as_of = parse_iso_date(args.as_of);
  } catch (const ParseError& e) {
    fmt::print(stderr, "jixiao: --as-of: {}\n", e.what());
    return ExitCode::usage;
  }
  const Actuals actuals = load_actuals(args.actuals);
  const bool json = args.format == "json";
  if (several(files))
    return run_many_with_actuals(files, encoding, args.actuals, json, [&](const ReadResult& r) {
      MonitorReport report = monitor(r.document, actuals, as_of);
      return DocumentOutput{json ? serialize(json_of(report, r.document)) + "\n" : text_report(r.document, report),
                            std::move(report.diagnostics)};
    });
  const std::string& file = files.front();
  const ReadResult result = load(file, encoding);
  const MonitorReport report = monitor(result.document, actuals, as_of);
  const std::string text = args.format == "json"
                               ? serialize(json_of(report, result.document)) + "\n"
                               : text_report(result.document, report);
  if (!print(text)) {
    fmt::print(stderr, "jixiao: cannot write to standard output\n");
    return ExitCode::output;
  }
  return report_diagnostics(report.diagnostics, args.actuals) ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
