#include "evaluation.hpp"

#include "input.hpp"
#include "many.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>

namespace jixiao::cli {
namespace {

using Out = std::back_insert_iterator<std::string>;

// Scores are exact; the report shows two places.
std::string shown(const Decimal& d) { return d.rescaled(2, Rounding::half_up).to_string(); }

std::string reported(const std::optional<Decimal>& r, const std::optional<Decimal>& difference) {
  if (!r) return {};
  return fmt::format("；自评 {}（差 {}）", shown(*r), shown(*difference));
}

std::string text_report(const Document& document, const Evaluation& evaluation) {
  std::string text;
  Out out(text);
  fmt::format_to(out, "{} {} 年 绩效自评\n", document.department, document.year);
  std::vector<std::string> unexplained;
  std::vector<std::string> over;
  for (const ProjectEvaluation& p : evaluation.projects) {
    const Project& project = project_of(document, p);
    const std::string_view name = result_name(project);
    const std::string_view code = project.code;
    fmt::format_to(out, "\n{}. {}{}：{} 分，{}{}\n", p.project + 1, name,
                   code.empty() ? std::string() : fmt::format("（{}）", code), shown(p.total), p.grade,
                   reported(p.reported_total, p.difference));
    for (const IndicatorScore& s : p.indicators) {
      const Indicator& indicator = indicator_of(document, p, s);
      const std::string_view indicator_name = indicator.name;
      fmt::format_to(out, "   {}：目标 {}，实际 {}：{} / {}（{}）{}\n", indicator_name, to_string(indicator.target),
                     s.actual.empty() ? "未报" : s.actual, shown(s.score), shown(s.weight), s.note,
                     reported(s.reported, s.difference));
      const std::string subject = fmt::format("{} / {}", name, indicator_name);
      if (s.unmet_without_reason) unexplained.push_back(subject);
      if (s.over_achieved) over.push_back(fmt::format("{}（{}%）", subject, shown(*s.achievement)));
    }
    fmt::format_to(out, "   预算执行率：{} / {}（{}）{}\n", shown(p.budget.score), shown(p.budget.weight),
                   p.budget.note, reported(p.budget.reported, p.budget.difference));
  }
  fmt::format_to(out, "\n未达成且未说明偏差原因 {} 项\n", unexplained.size());
  for (const std::string& s : unexplained) fmt::format_to(out, "   {}\n", s);
  fmt::format_to(out, "\n大幅超额完成（目标可能偏低）{} 项\n", over.size());
  for (const std::string& s : over) fmt::format_to(out, "   {}\n", s);
  return text;
}

}  // namespace

void add_evaluate_options(CLI::App& command, EvaluationArguments& args) {
  command.add_option("--as-of", args.as_of, "Use the figures dated on or before this date (default: the latest)");
  command.add_option("--reverse", args.reverse, "Scoring of unmet reverse indicators: linear or ratio")
      ->check(CLI::IsMember({"linear", "ratio"}))
      ->capture_default_str();
  command.add_option("--budget-base", args.budget_base, "Denominator of 预算执行率: 全年预算数 or 调整后预算数")
      ->check(CLI::IsMember({"全年预算数", "调整后预算数"}))
      ->capture_default_str();
  command.add_flag("--ignore-stated-weights", args.ignore_stated_weights,
                   "Split the 一级 weights even where a table states each indicator's weight (权重)");
  command.add_option("--format", args.format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
}

ExitCode run_evaluate(const std::vector<std::string>& files, Encoding encoding, const EvaluationArguments& args) {
  EvaluateOptions options;
  options.reverse = *enum_from_name<ReverseConvention>(args.reverse);
  options.budget_base = *enum_from_name<BudgetBase>(args.budget_base);
  options.use_stated_weights = !args.ignore_stated_weights;
  if (!args.as_of.empty()) {
    try {
      options.as_of = parse_iso_date(args.as_of);
    } catch (const ParseError& e) {
      fmt::print(stderr, "jixiao: --as-of: {}\n", e.what());
      return ExitCode::usage;
    }
  }
  const std::optional<Actuals> actuals =
      args.actuals.empty() ? std::nullopt : std::optional<Actuals>(load_actuals(args.actuals));
  // Without actuals, the audit of a 自评表: its own figures scored, beside the scores it reports.
  const auto evaluation_of = [&](const Document& document) {
    return actuals ? evaluate(document, *actuals, options) : evaluate_reported(document, options);
  };
  const bool json = args.format == "json";
  if (several(files))
    return run_many_with_actuals(files, encoding, args.actuals, json, [&](const ReadResult& r) {
      Evaluation evaluation = evaluation_of(r.document);
      return DocumentOutput{json ? serialize(json_of(evaluation, r.document)) + "\n"
                                 : text_report(r.document, evaluation),
                            std::move(evaluation.diagnostics)};
    });
  const ReadResult result = load(files.front(), encoding);
  const auto& projects = result.document.projects;
  if (!actuals && std::none_of(projects.begin(), projects.end(), [](const Project& p) { return p.self_evaluation; })) {
    fmt::print(stderr, "jixiao: evaluate: {} reports no self-evaluation (自评表); give the ACTUALS file\n",
               files.front());
    return ExitCode::usage;
  }
  const Evaluation evaluation = evaluation_of(result.document);
  const std::string text = json ? serialize(json_of(evaluation, result.document)) + "\n"
                                : text_report(result.document, evaluation);
  if (!print(text)) {
    fmt::print(stderr, "jixiao: cannot write to standard output\n");
    return ExitCode::output;
  }
  return report_diagnostics(evaluation.diagnostics, args.actuals) ? ExitCode::document_errors : ExitCode::ok;
}

}  // namespace jixiao::cli
