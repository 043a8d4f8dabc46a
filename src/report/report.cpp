// The page and the fragments of include/jixiao/report.hpp: they gather what each part shows
// (findings by project, monitoring and evaluation by project, the actual spending line) and
// put the parts together.

#include "html.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <utility>

namespace jixiao {
namespace {

using namespace report_detail;

// The actual spending of each project at every date reported up to `as_of` within its year, as %
// of the budget monitoring uses (the adjusted budget when reported, else 预算数). A project's figure
// counts at the date it was reported for, not again at later dates; of two for one date, the first
// (as monitoring at that date uses). `matched` fits `actuals`: monitoring checked it.
std::vector<std::vector<SpendingPoint>> spending_lines(const Document& document, const Actuals& actuals,
                                                       const Matched& matched, const Date& as_of) {
  const int year = document.year != 0 ? document.year : as_of.year;
  std::vector<std::pair<std::size_t, const ProjectActual*>> figures;  // project, figure; in the order of the rows
  for (std::size_t k = 0; k < actuals.projects.size(); ++k) {
    const ProjectActual& a = actuals.projects[k];
    if (matched.projects[k] && a.as_of.year == year && a.as_of.valid() && a.as_of.month != 0 && a.as_of <= as_of)
      figures.emplace_back(*matched.projects[k], &a);
  }
  // By project and date; a stable sort keeps the first of one date first.
  std::stable_sort(figures.begin(), figures.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : x.second->as_of < y.second->as_of;
  });
  std::vector<std::vector<SpendingPoint>> lines(document.projects.size());
  for (std::size_t f = 0; f < figures.size(); ++f) {
    const auto [p, a] = figures[f];
    if (f > 0 && figures[f - 1].first == p && figures[f - 1].second->as_of == a->as_of) continue;
    if (!a->executed) continue;
    const std::optional<Money>& budget = a->adjusted_budget ? a->adjusted_budget : document.projects[p].budget.total;
    if (!budget || budget->wan().signum() <= 0) continue;
    const Date& date = a->as_of;
    const Date day = date.has_day() ? date : Date{date.year, date.month, days_in_month(date.year, date.month)};
    lines[p].push_back({day, percent_of(a->executed->wan(), budget->wan(), 2, Rounding::half_up)});
  }
  return lines;
}

// Fills `view` in place: it points into its own results. Monitoring and evaluation read the one
// match at the one date.
void compute(ActualsView& view, const Document& document, const Actuals& actuals, const Matched& matched,
             const ReportOptions& options) {
  const std::optional<Date> as_of = options.as_of ? options.as_of : latest_date(actuals);
  if (!as_of) return;  // no figure at all: nothing to monitor or evaluate
  if (options.evaluate.as_of && *options.evaluate.as_of != *as_of)
    throw Error(fmt::format("the report monitors and evaluates at one date, {}; its evaluate options ask for {} "
                            "(set the report's as_of instead)",
                            as_of->to_string(), options.evaluate.as_of->to_string()));
  view.monitoring = monitor(document, actuals, matched, *as_of, options.monitor);
  EvaluateOptions evaluate_options = options.evaluate;
  evaluate_options.as_of = as_of;
  view.evaluation = evaluate(document, actuals, matched, evaluate_options);
  const std::size_t n = document.projects.size();
  view.status.assign(n, nullptr);
  view.scores.assign(n, nullptr);
  for (const ProjectStatus& s : view.monitoring->projects)
    if (s.project < n) view.status[s.project] = &s;
  for (const ProjectEvaluation& e : view.evaluation->projects)
    if (e.project < n) view.scores[e.project] = &e;
  view.spending = spending_lines(document, actuals, matched, *as_of);
}

std::string page_title(const Document& document, const ReportOptions& options) {
  if (!options.title.empty()) return options.title;
  std::string title = document.department.str();
  if (document.year != 0) title += fmt::format("{}{} 年", title.empty() ? "" : " ", document.year);
  return title + "预算绩效报告";
}

std::string render_page(const Document& document, const std::vector<Finding>& findings, const ActualsView& actuals,
                        const YearOverYear* comparison, const ReportOptions& options) {
  const FindingsByProject grouped = group_findings(findings, document.projects.size());
  const std::string title = escaped(page_title(document, options));
  std::string out;
  out.reserve(64 * 1024 + document.projects.size() * 16 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"generator\" content=\"jixiao\">";
  put(out, "<title>{}</title><style>{}</style></head><body class=\"jx\">", title, stylesheet());
  out += R"(<header class="page-head"><p class="eyebrow">预算绩效报告)";
  if (document.year != 0) put(out, " · {} 年度", document.year);
  put(out, R"(</p><h1>{}</h1><p class="subtitle">)", title);
  put(out, "{} 个项目", document.projects.size());
  if (actuals.monitoring)
    put(out, " · 实际数据截至 {} · 序时进度 {}%", actuals.monitoring->as_of.to_string(),
        two_places(actuals.monitoring->time_progress));
  out += R"(</p><nav class="toc">)";
  if (options.summary) out += R"(<a href="#summary">部门概况</a>)";
  if (options.overview) out += R"(<a href="#overview">项目一览</a>)";
  if (comparison) out += R"(<a href="#comparison">同比</a>)";
  if (options.projects) out += R"(<a href="#projects">项目明细</a>)";
  out += "</nav></header><main>";
  if (options.summary) write_summary(out, document, grouped, actuals, options);
  if (options.overview) write_overview(out, document, grouped, actuals, options.projects);
  if (comparison) write_comparison(out, *comparison, options.projects);
  if (options.projects) {
    out += R"(<section class="projects" id="projects"><h2>项目明细</h2>)";
    if (document.projects.empty()) out += R"(<p class="empty">文档中没有项目表。</p>)";
    for (std::size_t i = 0; i < document.projects.size(); ++i) {
      CardContext context;
      context.number = i + 1;
      context.findings = grouped.projects[i];
      context.source = &document.source;
      // A project without figures reported by the date has nothing to compare with time progress.
      if (actuals.monitoring && actuals.status[i]) {
        context.status = actuals.status[i];
        context.spending = actuals.spending[i];
        context.as_of = actuals.monitoring->as_of;
      }
      if (actuals.evaluation) context.evaluation = actuals.scores[i];
      write_card(out, document.projects[i], context, options);
    }
    out += "</section>";
  }
  out += R"(</main><footer class="page-foot">由 jixiao 生成 · 金额单位：万元，保留两位小数（四舍五入）)";
  if (actuals.evaluation) out += " · 得分为按公式计算的得分";
  put(out, "</footer><script>{}</script></body></html>\n", sort_script());
  return out;
}

std::string fragment(std::string_view body) {
  std::string out = "<div class=\"jx jx-fragment\"><style>";
  out += stylesheet();
  out += "</style>";
  out += body;
  out += "</div>";
  return out;
}

}  // namespace

std::string html_report(const Document& document, const std::vector<Finding>& findings, const ReportOptions& options) {
  ActualsView view;
  // A document of 自评表s carries its own figures: the cards show the scores it reports beside the
  // computed ones.
  const auto& projects = document.projects;
  if (std::any_of(projects.begin(), projects.end(), [](const Project& p) { return p.self_evaluation.has_value(); })) {
    view.evaluation = evaluate_reported(document, options.evaluate);
    view.scores.assign(projects.size(), nullptr);
    for (const ProjectEvaluation& e : view.evaluation->projects)
      if (e.project < projects.size()) view.scores[e.project] = &e;
  }
  return render_page(document, findings, view, nullptr, options);
}

std::string html_report(const Document& document, const std::vector<Finding>& findings, const Actuals& actuals,
                        const Matched& matched, const ReportOptions& options) {
  ActualsView view;
  compute(view, document, actuals, matched, options);
  return render_page(document, findings, view, nullptr, options);
}

std::string html_report(const Document& document, const YearOverYear& comparison, const std::vector<Finding>& findings,
                        const ReportOptions& options) {
  return render_page(document, findings, ActualsView{}, &comparison, options);
}

std::string html_report(const Document& document, const YearOverYear& comparison, const std::vector<Finding>& findings,
                        const Actuals& actuals, const Matched& matched, const ReportOptions& options) {
  ActualsView view;
  compute(view, document, actuals, matched, options);
  return render_page(document, findings, view, &comparison, options);
}

std::string html_summary(const Document& document, const std::vector<Finding>& findings, const ReportOptions& options) {
  const FindingsByProject grouped = group_findings(findings, document.projects.size());
  std::string body = fmt::format(R"(<header class="fragment-head"><h2>{}</h2></header>)",
                                 escaped(page_title(document, options)));
  if (options.summary) write_summary(body, document, grouped, ActualsView{}, options);
  if (options.overview) write_overview(body, document, grouped, ActualsView{}, false);
  return fragment(body);
}

std::string html_project_card(const Project& project, const std::vector<Finding>& findings,
                              const ReportOptions& options) {
  CardContext context;
  for (const Finding& f : findings) context.findings.push_back(&f);
  std::string body;
  write_card(body, project, context, options);
  return fragment(body);
}

}  // namespace jixiao
