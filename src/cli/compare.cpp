#include "compare.hpp"

#include "check.hpp"
#include "input.hpp"
#include "show.hpp"

#include <jixiao/compare.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/json.hpp>

#include <boost/json/value_from.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

namespace jixiao::cli {

void add_compare_options(CLI::App& command, CompareArguments& args) {
  command
      .add_option("OLD NEW", args.files,
                  "OLD, a document of an earlier year, and NEW, its successor; with OLD alone, the projects of "
                  "different years inside it are compared (text, xlsx, docx, HTML, PDF, or JSON from `jixiao export`)")
      ->required()
      ->expected(1, 2);
  command.add_option("--format", args.format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command.add_option("-o,--output", args.output, "Write to this file instead of standard output");
  command.add_option("--rules", args.rules, "A JSON rules file for the year-over-year rules (docs/review.md)");
}

namespace {

using Out = std::back_insert_iterator<std::string>;

// `4. 2025 科普经费（13070025P00004210001T）`: the project's number in its document.
std::string project_line(const ProjectRef& p) {
  return fmt::format("{}. {}（{}）", p.index + 1, p.name, p.code.empty() ? "无项目编码" : p.code);
}

std::string budget_line(const BudgetChange& b) {
  const auto amount = [](const std::optional<Money>& m) { return m ? m->to_string() : std::string("未填"); };
  std::string out = fmt::format("预算：{} → {}", amount(b.old_total), amount(b.new_total));
  if (b.change) {
    const bool up = b.change->wan().signum() > 0;
    out += fmt::format("（{}{}", up ? "+" : "", b.change->to_string());
    if (b.percent) out += fmt::format("，{}{}%", up ? "+" : "", b.percent->to_string());
    out += "）";
  }
  return out;
}

struct Side {
  const Document* document;
  std::string_view file;
};

void print_finding(Out out, const Finding& f, const Side& side) {
  fmt::format_to(out, "   {}: {}: {} [{}]\n", where(side.file, side.document->source, f.line), f.severity, f.message,
                 f.rule);
  if (!f.suggestion.empty()) fmt::format_to(out, "      建议：{}\n", f.suggestion);
}

std::string text_report(const YearOverYear& c, const std::vector<Finding>& findings, const Side& new_side) {
  std::string text;
  Out out(text);
  std::array<std::size_t, 3> counts{};
  for (const Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
  const std::string& department = c.new_document.department.empty() ? c.old_document.department : c.new_document.department;
  fmt::format_to(out, "{}{} 年 → {} 年：{} 对项目，今年新增 {} 个，上年有、今年没有 {} 个；同比审核意见 {} 条（错误 {}，警告 {}，提示 {}）\n",
                 department.empty() ? "" : department + " ", c.old_document.year, c.new_document.year, c.pairs.size(),
                 c.new_projects.size(), c.ended_projects.size(), findings.size(), counts[2], counts[1], counts[0]);
  for (const ProjectPair& p : c.pairs) {
    fmt::format_to(out, "\n{}\n → {}  {}，可信度{}\n", project_line(p.old_project), project_line(p.new_project),
                   chinese_name(p.reason), chinese_name(p.confidence));
    fmt::format_to(out, "   {}；资金支出计划：{}\n", budget_line(p.budget), chinese_name(p.plan.move));
    fmt::format_to(out, "   指标值：提高 {}，降低 {}，不变 {}，不可比 {}；新增指标 {} 个，删去 {} 个\n", p.targets.raised,
                   p.targets.lowered, p.targets.unchanged, p.targets.not_comparable, p.added.size(), p.removed.size());
    for (const IndicatorChange& i : p.indicators) {
      if (i.target.move == TargetMove::unchanged) continue;
      const std::string renamed =
          i.match == IndicatorMatch::renamed ? fmt::format("（上年名为“{}”）", i.old_indicator.name) : std::string();
      fmt::format_to(out, "   {} {}{}：{}\n", chinese_name(i.target.move), i.new_indicator.name, renamed, i.target.reason);
    }
    for (const IndicatorRef& i : p.added) fmt::format_to(out, "   + {} {}\n", i.name, i.target);
    for (const IndicatorRef& i : p.removed) fmt::format_to(out, "   - {} {}\n", i.name, i.target);
    for (const Finding& f : findings)
      if (f.project == p.new_project.index) print_finding(out, f, new_side);
  }
  if (!c.new_projects.empty()) {
    fmt::format_to(out, "\n今年新增的项目\n");
    for (const ProjectRef& p : c.new_projects) fmt::format_to(out, "   {}\n", project_line(p));
  }
  if (!c.ended_projects.empty()) {
    fmt::format_to(out, "\n上年有、今年没有的项目\n");
    for (const ProjectRef& p : c.ended_projects) fmt::format_to(out, "   {}\n", project_line(p));
  }
  return text;
}

// The library's JSON of the comparison (docs/compare.md), with the files and the findings.
std::string json_report(const YearOverYear& c, const std::vector<Finding>& findings, const Side& old_side,
                        const Side& new_side) {
  boost::json::object report;
  report["format"] = boost::json::string_view(json_comparison_format.data(), json_comparison_format.size());
  report["version"] = json_comparison_version;
  report["old_file"] = boost::json::string_view(old_side.file.data(), old_side.file.size());
  report["new_file"] = boost::json::string_view(new_side.file.data(), new_side.file.size());
  boost::json::value members = boost::json::value_from(c);
  for (auto& member : members.as_object()) report.emplace(member.key(), std::move(member.value()));
  report["findings"] = json_of(findings, *new_side.document, old_side.document);
  return serialize(report) + "\n";
}

}  // namespace

ExitCode run_compare(Encoding encoding, const CompareArguments& args) {
  const ReviewOptions options = load_rules(args.rules);
  const ReadResult old_result = load(args.files.front(), encoding);
  const bool one = args.files.size() == 1;
  const ReadResult new_result = one ? ReadResult{} : load(args.files.back(), encoding);
  const Side old_side{&old_result.document, args.files.front()};
  const Side new_side = one ? old_side : Side{&new_result.document, args.files.back()};
  const YearOverYear comparison =
      one ? compare(old_result.document) : compare(old_result.document, new_result.document);
  const std::vector<Finding> findings = review(comparison, *old_side.document, *new_side.document, options);
  const std::string text = args.format == "json" ? json_report(comparison, findings, old_side, new_side)
                                                 : text_report(comparison, findings, new_side);
  bool written = false;
  if (args.output.empty()) {
    written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0;
  } else {
    std::ofstream out(args.output, std::ios::binary);
    out << text;
    out.close();
    written = !out.fail();
  }
  if (!written) {
    fmt::print(stderr, "jixiao: cannot write {}: {}\n", args.output.empty() ? "to standard output" : args.output,
               std::strerror(errno));
    return ExitCode::output;
  }
  bool errors = print_errors(old_result, old_side.file);
  if (!one) errors = print_errors(new_result, new_side.file) || errors;
  errors = errors || std::any_of(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.severity == Severity::error; });
  return errors ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
