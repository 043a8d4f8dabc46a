// A project card: header with badges, the budget figures, the plan chart, the project's own
// findings, and the indicator tree with targets, actuals, colours, scores and the findings of
// each row right under it.

#include "html.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/indicator.hpp>

#include <fmt/format.h>

#include <array>

namespace jixiao::report_detail {
namespace {

std::string_view colour_class(Colour c) { return enum_name(c); }

// A known category by its standard name; an unknown one as written.
template <class Level>
std::string_view heading(Level level, std::string_view text) {
  if (level != Level::其他 || text.empty()) return enum_name(level);
  return text;
}

// Where a finding stands: `第 92 行` in a text document, the sheet and row, the page … in others.
std::string where(const Finding& f, const SourceMap* source) {
  if (source && source->format != Format::text) return escaped(location(*source, f.line));
  return fmt::format("第 {} 行", f.line);
}

void write_findings(std::string& out, const std::vector<const Finding*>& findings, std::string_view list_class,
                    const SourceMap* source) {
  put(out, R"(<ul class="findings {}">)", list_class);
  for (const Finding* f : findings) {
    put(out, R"(<li class="finding sev-{}" data-rule="{}" data-severity="{}"><span class="sev">{}</span>)",
        f->severity, f->rule, f->severity, severity_label(f->severity));
    put(out, R"(<span class="message">{}</span>)", escaped(f->message));
    if (f->line != 0) put(out, R"(<span class="where">{} · {}</span>)", where(*f, source), f->rule);
    else put(out, R"(<span class="where">{}</span>)", f->rule);
    if (!f->suggestion.empty()) put(out, R"(<span class="suggestion">建议：{}</span>)", escaped(f->suggestion));
    out += "</li>";
  }
  out += "</ul>";
}

// The gravest severity among `findings`, if any.
std::optional<Severity> gravest(const std::vector<const Finding*>& findings) {
  std::optional<Severity> worst;
  for (const Finding* f : findings)
    if (!worst || f->severity > *worst) worst = f->severity;
  return worst;
}

void write_badges(std::string& out, const Project& project, const CardContext& context, bool findings) {
  out += "<div class=\"badges\">";
  if (project.redacted) out += R"(<span class="badge redacted">涉密</span>)";
  std::array<std::size_t, 3> counts{};
  if (findings)
    for (const Finding* f : context.findings) ++counts[static_cast<std::size_t>(f->severity)];
  for (const Severity s : {Severity::error, Severity::warning, Severity::info})
    if (counts[static_cast<std::size_t>(s)] != 0)
      put(out, R"(<span class="badge sev-{}" title="审核意见">{} {}</span>)", s, severity_label(s),
          counts[static_cast<std::size_t>(s)]);
  if (context.status)
    put(out, R"(<span class="badge colour-{}" title="运行监控，截至 {}"><i class="dot {}"></i>监控 {}</span>)",
        colour_class(context.status->colour), context.as_of ? context.as_of->to_string() : std::string(),
        colour_class(context.status->colour), chinese_name(context.status->colour));
  if (context.evaluation)
    put(out, R"(<span class="badge grade grade-{}" title="绩效自评（公式得分）">{} 分 · {}</span>)",
        enum_name(context.evaluation->grade), two_places(context.evaluation->total), context.evaluation->grade);
  out += "</div>";
}

void write_figure(std::string& out, std::string_view label, const std::optional<Money>& amount, bool emphasis = false) {
  put(out, R"(<div class="figure{}"><dt>{}</dt><dd>)", emphasis ? " main" : "", label);
  if (amount)
    put(out, R"(<span class="num" data-value="{}">{}</span> <span class="unit">万元</span>)", amount->wan().to_string(),
        money(*amount));
  else out += R"(<span class="num missing">—</span>)";
  out += "</dd></div>";
}

void write_figures(std::string& out, const Project& project, const CardContext& context) {
  out += R"(<dl class="figures">)";
  write_figure(out, "预算数", project.budget.total, true);
  write_figure(out, "财政资金", project.budget.fiscal);
  write_figure(out, "其他资金", project.budget.other);
  if (const ProjectStatus* s = context.status) {
    write_figure(out, "已执行", s->executed);
    put(out, R"(<div class="figure"><dt>执行率</dt><dd><span class="num">{}</span> <span class="unit">%</span>)",
        two_places(s->spent_percent));
    if (s->time_colour != Colour::none)
      put(out, R"( <i class="dot {}" title="对序时进度 {}%"></i>)", colour_class(s->time_colour),
          two_places(s->ratio_to_time));
    out += "</dd></div>";
  }
  if (const ProjectEvaluation* e = context.evaluation)
    put(out, R"(<div class="figure"><dt>自评得分</dt><dd><span class="num">{}</span> <span class="unit">分 · {}</span></dd></div>)",
        two_places(e->total), e->grade);
  out += "</dl>";
}

void write_goals(std::string& out, const std::vector<Text>& goals, std::string_view css_class) {
  if (goals.empty()) return;
  put(out, R"(<ol class="{}">)", css_class);
  for (const Text& goal : goals) put(out, "<li>{}</li>", escaped(goal));
  out += "</ol>";
}

void write_text(std::string& out, const Project& project) {
  if (project.use_of_funds.empty() && project.goals.empty() && project.medium_term_goals.empty()) return;
  out += R"(<details class="texts"><summary>资金用途与绩效目标</summary>)";
  if (!project.use_of_funds.empty()) put(out, R"(<p class="use-of-funds">{}</p>)", escaped(project.use_of_funds));
  // The year's goals are the ones the indicators measure; the period's are named only when stated.
  if (!project.medium_term_goals.empty()) {
    out += R"(<h4>中期目标</h4>)";
    write_goals(out, project.medium_term_goals, "goals medium-term");
    if (!project.goals.empty()) out += R"(<h4>年度目标</h4>)";
  }
  write_goals(out, project.goals, "goals");
  out += "</details>";
}

struct RowResults {
  const IndicatorStatus* status = nullptr;
  const IndicatorScore* score = nullptr;
};

void write_indicator_row(std::string& out, const Indicator& indicator, std::size_t index, const RowResults& results,
                         const std::vector<const Finding*>& findings, bool with_actuals, std::size_t columns,
                         const SourceMap* source) {
  const std::optional<Severity> worst = gravest(findings);
  put(out, R"(<tr class="indicator-row{}{}" data-indicator="{}")", worst ? " sev-" : "",
      worst ? enum_name(*worst) : "", index);
  if (results.status) put(out, R"( data-colour="{}")", colour_class(results.status->colour));
  out += '>';
  put(out, R"(<td class="name">{})", escaped(indicator.name.empty() ? "—" : indicator.name));
  if (!indicator.description.empty() && indicator.description != indicator.name)
    put(out, R"(<span class="desc">{}</span>)", escaped(indicator.description));
  out += "</td>";
  const bool unparsed = indicator.target.if_unparsed() != nullptr;
  put(out, R"(<td class="target{}" title="{}">{}</td>)", unparsed ? " unparsed" : "",
      escaped(indicator.basis.empty() ? std::string() : "依据：" + indicator.basis.str()),
      escaped(indicator.target.raw.empty() ? "—" : indicator.target.raw));
  if (with_actuals) {
    const std::string& actual = results.status ? results.status->actual : results.score ? results.score->actual : "";
    const std::string& reason = results.status ? results.status->reason : results.score ? results.score->reason : "";
    put(out, R"(<td class="actual">{})", escaped(actual.empty() ? "未报" : actual));
    if (!reason.empty()) put(out, R"(<span class="reason">偏差原因：{}</span>)", escaped(reason));
    out += "</td>";
    if (results.status && results.status->colour != Colour::none)
      put(out, R"(<td class="num status" title="{}"><i class="dot {}"></i>{}</td>)", escaped(results.status->note),
          colour_class(results.status->colour),
          results.status->ratio ? two_places(results.status->ratio) + "%" : std::string(chinese_name(results.status->colour)));
    else out += R"(<td class="num status">—</td>)";
    if (results.score)
      put(out, R"(<td class="num score" title="{}">{}<span class="weight"> / {}</span></td>)",
          escaped(results.score->note), two_places(results.score->score), two_places(results.score->weight));
    else out += R"(<td class="num score">—</td>)";
  }
  out += "</tr>";
  if (!findings.empty()) {
    put(out, R"(<tr class="finding-row" data-indicator="{}"><td colspan="{}">)", index, columns);
    write_findings(out, findings, "indicator-findings", source);
    out += "</td></tr>";
  }
}

void write_indicators(std::string& out, const Project& project, const CardContext& context,
                      const std::vector<std::vector<const Finding*>>& row_findings) {
  const bool with_actuals = context.status || context.evaluation;
  const std::size_t columns = with_actuals ? 5 : 2;
  std::vector<RowResults> results(project.indicators.size());
  if (context.status)
    for (const IndicatorStatus& s : context.status->indicators)
      if (s.indicator < results.size()) results[s.indicator].status = &s;
  if (context.evaluation)
    for (const IndicatorScore& s : context.evaluation->indicators)
      if (s.indicator < results.size()) results[s.indicator].score = &s;

  out += R"(<div class="table-wrap"><table class="indicators"><thead><tr><th>三级指标</th><th>指标值</th>)";
  if (with_actuals) out += R"(<th>实际值</th><th class="num">完成度</th><th class="num">得分</th>)";
  out += "</tr></thead><tbody>";
  if (project.indicators.empty())
    put(out, R"(<tr class="empty"><td colspan="{}">未填写绩效指标</td></tr>)", columns);
  for (const Level1Group& level1 : tree(project.indicators)) {
    put(out, R"(<tr class="level1-row"><th colspan="{}" scope="rowgroup">{}</th></tr>)", columns,
        escaped(heading(level1.level1, level1.text)));
    for (const Level2Group& level2 : level1.groups) {
      put(out, R"(<tr class="level2-row"><th colspan="{}" scope="rowgroup">{}</th></tr>)", columns,
          escaped(heading(level2.level2, level2.text)));
      for (const std::size_t i : level2.indicators)
        write_indicator_row(out, project.indicators[i], i, results[i], row_findings[i], with_actuals, columns,
                            context.source);
    }
  }
  out += "</tbody>";
  if (const ProjectEvaluation* e = context.evaluation) {
    put(out, R"(<tfoot><tr class="budget-row"><td class="name">预算执行率</td><td class="target">{}</td><td class="actual">{}</td><td class="num status">{}</td>)",
        money_with_unit(e->budget.budget), money_with_unit(e->budget.executed),
        e->budget.rate ? two_places(e->budget.rate) + "%" : std::string("—"));
    put(out, R"(<td class="num score" title="{}">{}<span class="weight"> / {}</span></td></tr>)", escaped(e->budget.note),
        two_places(e->budget.score), two_places(e->budget.weight));
    put(out, R"(<tr class="total-row"><td colspan="4">合计 · 等级 {}</td><td class="num score">{}<span class="weight"> / 100</span></td></tr></tfoot>)",
        e->grade, two_places(e->total));
  }
  out += "</table></div>";
}

}  // namespace

void write_card(std::string& out, const Project& project, const CardContext& context, const ReportOptions& options) {
  // Findings of a row go under it; the project's own (and those of rows it does not have) go on top.
  std::vector<std::vector<const Finding*>> row_findings(project.indicators.size());
  std::vector<const Finding*> project_findings;
  if (options.findings)
    for (const Finding* f : context.findings) {
      if (options.indicators && f->indicator && *f->indicator < row_findings.size())
        row_findings[*f->indicator].push_back(f);
      else project_findings.push_back(f);
    }

  out += R"(<section class="project-card")";
  if (context.number != 0) put(out, R"( id="project-{}" data-project="{}")", context.number, context.number);
  put(out, R"( data-code="{}")", escaped(project.code));
  if (context.status) put(out, R"( data-colour="{}")", colour_class(context.status->colour));
  if (context.evaluation) put(out, R"( data-grade="{}")", context.evaluation->grade);
  out += R"(><header class="card-head"><h3>)";
  if (context.number != 0) put(out, R"(<span class="card-number">{}</span>)", context.number);
  put(out, "{}</h3>", escaped(project.name.empty() ? (project.title.empty() ? "（未命名项目）" : project.title) : project.name));
  put(out, R"(<p class="card-meta"><span class="code">{}</span>)", escaped(project.code.empty() ? "无项目编码" : project.code));
  if (!project.unit_code.empty() || !project.unit_name.empty())
    put(out, R"(<span class="unit-name">{} {}</span>)", escaped(project.unit_code), escaped(project.unit_name));
  out += "</p>";
  write_badges(out, project, context, options.findings);
  out += R"(</header><div class="card-body">)";
  write_figures(out, project, context);
  write_plan_chart(out, project, context);
  out += "</div>";
  if (!project_findings.empty()) write_findings(out, project_findings, "project-findings", context.source);
  write_text(out, project);
  if (options.indicators) write_indicators(out, project, context, row_findings);
  out += "</section>";
}

}  // namespace jixiao::report_detail
