#include "show.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/indicator.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace jixiao::cli {
namespace {

constexpr std::string_view none = "—";

using Out = std::back_insert_iterator<std::string>;

std::string money(const std::optional<Money>& m) { return m ? m->to_string() : std::string(none); }

std::string or_none(std::string_view text) { return std::string(text.empty() ? none : text); }

// `731001 张家口市科学技术协会本级`, either part possibly missing.
std::string code_and_name(std::string_view code, std::string_view name) {
  if (code.empty() || name.empty()) return or_none(code.empty() ? name : code);
  return fmt::format("{} {}", code, name);
}

// A known category by its standard name; an unknown one as written.
template <class Level>
std::string_view heading(Level level, std::string_view text) {
  if (level != Level::其他 || text.empty()) return enum_name(level);
  return text;
}

// What a table's 权重 and 指标方向性 columns state, `（权重 20，反向）`; empty when neither.
std::string stated(const Indicator& indicator) {
  const std::string_view direction = indicator.direction == Direction::forward   ? "正向"
                                     : indicator.direction == Direction::reverse ? "反向"
                                                                                 : "";
  if (!indicator.weight && direction.empty()) return {};
  if (!indicator.weight) return fmt::format("（{}）", direction);
  return fmt::format("（权重 {}{}{}）", indicator.weight->to_string(), direction.empty() ? "" : "，", direction);
}

void print_plan(Out out, const SpendingPlan& plan) {
  fmt::format_to(out, "   资金支出计划：");
  if (plan.empty()) fmt::format_to(out, "{}", none);
  const char* separator = "";
  for (const Milestone& m : plan.milestones) {
    fmt::format_to(out, "{}{} {}", separator, m.milestone, m.percent ? m.percent->to_string() + "%" : std::string(none));
    separator = " · ";
  }
  fmt::format_to(out, "\n");
}

void print_indicators(Out out, const std::vector<Indicator>& indicators) {
  if (indicators.empty()) {
    fmt::format_to(out, "   绩效指标：{}\n", none);
    return;
  }
  fmt::format_to(out, "   绩效指标：\n");
  for (const Level1Group& level1 : tree(indicators)) {
    fmt::format_to(out, "     {}\n", heading(level1.level1, level1.text));
    for (const Level2Group& level2 : level1.groups) {
      fmt::format_to(out, "       {}\n", heading(level2.level2, level2.text));
      for (std::size_t i : level2.indicators) {
        const Indicator& indicator = indicators[i];
        fmt::format_to(out, "         {}：{}{}{}\n", or_none(indicator.name), or_none(indicator.target.raw),
                       indicator.target.if_unparsed() ? "（未解析）" : "", stated(indicator));
      }
    }
  }
}

std::string decimal(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string(none); }

// What a 自评表 reports: the funds rows, what was achieved, each indicator's actual and score, the total.
void print_reported(Out out, const Project& p) {
  const SelfEvaluation& s = *p.self_evaluation;
  fmt::format_to(out, "   自评：\n");
  for (const FundsRow& f : s.funds)
    fmt::format_to(out, "     {}：年初预算数 {}，全年预算数 {}，全年执行数 {}，执行率 {}，分值 {}，得分 {}\n",
                   or_none(f.source), money(f.initial_budget), money(f.full_year_budget), money(f.executed),
                   f.rate ? f.rate->to_string() + "%" : std::string(none), decimal(f.weight), decimal(f.score));
  for (const Text& achieved : s.achieved) fmt::format_to(out, "     实际完成情况：{}\n", achieved);
  for (const IndicatorResult& r : s.indicators) {
    if (r.indicator >= p.indicators.size()) continue;
    const Indicator& i = p.indicators[r.indicator];
    fmt::format_to(out, "     {}：目标 {}，实际 {}，得分 {} / {}{}\n", or_none(i.name), or_none(i.target.raw),
                   or_none(r.actual.raw), decimal(r.score), decimal(i.weight),
                   r.reason.empty() ? std::string() : "（" + r.reason.str() + "）");
  }
  fmt::format_to(out, "     总分：{}{}\n", decimal(s.total), s.grade.empty() ? std::string() : "，自评等级 " + s.grade.str());
}

// The parts of a form beyond a target table's: 一级 points, the whole period's indicators, fields.
void print_form_parts(Out out, const Project& p) {
  if (!p.level1_points.empty()) {
    fmt::format_to(out, "   一级指标分值：");
    const char* separator = "";
    for (const Level1Points& points : p.level1_points) {
      const std::string band = points.low == points.high ? points.low.to_string()
                                                         : points.low.to_string() + "-" + points.high.to_string();
      fmt::format_to(out, "{}{} {}分", separator, points.text, band);
      separator = " · ";
    }
    fmt::format_to(out, "\n");
  }
  if (!p.medium_term_indicators.empty()) {
    fmt::format_to(out, "   中期（长期）");
    print_indicators(out, p.medium_term_indicators);
  }
  for (const FormField& field : p.fields) fmt::format_to(out, "   {}：{}\n", field.label, or_none(field.value));
  if (p.self_evaluation) print_reported(out, p);
}

void print_title(Out out, std::string_view text, const Project& p, const SourceMap& source) {
  fmt::format_to(out, "{}{}", text, p.redacted ? "（涉密）" : "");
  if (p.line != 0) {
    if (source.format == Format::text) fmt::format_to(out, "（第 {} 行）", p.line);
    else fmt::format_to(out, "（{}）", location(source, p.line));
  }
  fmt::format_to(out, "\n");
}

void print_project(Out out, std::size_t number, const Project& p, const SourceMap& source) {
  print_title(out, fmt::format("{}. {}", number, or_none(p.name.empty() ? p.title : p.name)), p, source);
  fmt::format_to(out, "   项目编码：{}\n", or_none(p.code));
  fmt::format_to(out, "   预算单位：{}\n", code_and_name(p.unit_code, p.unit_name));
  fmt::format_to(out, "   预算数：{}（财政资金 {}，其他资金 {}）\n", money(p.budget.total), money(p.budget.fiscal),
                 money(p.budget.other));
  print_plan(out, p.spending_plan);
  print_indicators(out, p.indicators);
  print_form_parts(out, p);
}

void print_department_table(Out out, std::size_t number, const DepartmentTable& t, const SourceMap& source) {
  const Project& p = t.common;
  print_title(out, fmt::format("部门整体 {}. {}", number, or_none(p.title)), p, source);
  fmt::format_to(out, "   部门（单位）：{}\n", code_and_name(p.unit_code, p.unit_name));
  fmt::format_to(out, "   资金总额：{}（财政拨款 {}，其他资金 {}；基本支出 {}，项目支出 {}）\n", money(p.budget.total),
                 money(p.budget.fiscal), money(p.budget.other), money(t.basic), money(t.projects));
  for (const auto& [name, shares] : {std::pair{"收入构成", &t.income}, std::pair{"支出构成", &t.spending}}) {
    if (shares->empty()) continue;
    fmt::format_to(out, "   {}：", name);
    const char* separator = "";
    for (const BudgetShare& share : *shares) {
      fmt::format_to(out, "{}{} {}{}", separator, or_none(share.label), money(share.amount),
                     share.percent ? "（" + share.percent->to_string() + "%）" : std::string());
      separator = " · ";
    }
    fmt::format_to(out, "\n");
  }
  for (const Text& goal : p.goals) fmt::format_to(out, "   年度总体目标：{}\n", goal);
  for (const DutyTarget& duty : t.duties)
    fmt::format_to(out, "   履职目标：{} → {}（{} {}）\n", or_none(duty.function), or_none(duty.task),
                   or_none(duty.project), money(duty.amount));
  print_indicators(out, p.indicators);
  print_form_parts(out, p);
}

}  // namespace

std::string where(std::string_view file, const SourceMap& source, std::size_t line, std::size_t column) {
  std::string out(file);
  if (line != 0) out += ':' + location(source, line, column);
  return out;
}

std::string format_diagnostic(const Diagnostic& d, std::string_view file, const SourceMap& source) {
  return fmt::format("{}: {}: {} [{}]", where(file, source, d.line, d.column), enum_name(d.severity), d.reason, d.code);
}

std::string show(const ReadResult& result, std::string_view file) {
  const Document& d = result.document;
  std::string text;
  Out out(text);
  std::size_t indicators = 0;
  for (const Project& p : d.projects) indicators += p.indicators.size();
  fmt::format_to(out, "{}", or_none(d.department));
  if (d.year != 0) fmt::format_to(out, " {} 年", d.year);
  fmt::format_to(out, "：{} 个项目，{} 个指标", d.projects.size(), indicators);
  if (!d.goals.tables.empty()) fmt::format_to(out, "，部门整体表 {} 张", d.goals.tables.size());
  fmt::format_to(out, "\n");
  for (const BudgetUnit& unit : d.units) fmt::format_to(out, "预算单位：{}\n", code_and_name(unit.code, unit.name));

  for (std::size_t i = 0; i < d.projects.size(); ++i) {
    fmt::format_to(out, "\n");
    print_project(out, i + 1, d.projects[i], d.source);
  }
  for (std::size_t i = 0; i < d.goals.tables.size(); ++i) {
    fmt::format_to(out, "\n");
    print_department_table(out, i + 1, d.goals.tables[i], d.source);
  }

  const auto errors = std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                                    [](const Diagnostic& x) { return x.severity == Severity::error; });
  fmt::format_to(out, "\n诊断：{} 条，其中错误 {} 条\n", result.diagnostics.size(), errors);
  for (const Diagnostic& diagnostic : result.diagnostics) fmt::format_to(out, "  {}\n", format_diagnostic(diagnostic, file, d.source));
  return text;
}

bool print_errors(const ReadResult& result, std::string_view file) {
  bool errors = false;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity != Severity::error) continue;
    fmt::print(stderr, "{}\n", format_diagnostic(d, file, result.document.source));
    errors = true;
  }
  return errors;
}

}  // namespace jixiao::cli
