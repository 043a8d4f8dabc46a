// The year-over-year section (同比): a row per pair of projects — budgets and their change, how the
// targets moved, the indicators added and removed — with the targets that moved listed under it,
// then the projects that are new and those that ended.

#include "html.hpp"

#include <jixiao/describe.hpp>

namespace jixiao::report_detail {
namespace {

// The project's name, linked to its card when this page has it.
void write_project(std::string& out, const ProjectRef& p, bool link) {
  const std::string name = escaped(p.name.empty() ? "（未命名项目）" : p.name);
  if (link) put(out, R"(<a href="#project-{}">{}</a>)", p.index + 1, name);
  else out += name;
  put(out, R"(<span class="code">{} · {} 年</span>)", escaped(p.code), p.year);
}

void write_budget(std::string& out, const BudgetChange& b) {
  put(out, R"(<td class="num">{}</td><td class="num">{}</td>)", b.old_total ? money(*b.old_total) : "—",
      b.new_total ? money(*b.new_total) : "—");
  if (!b.change) {
    out += R"(<td class="num" data-sort="">—</td>)";
    return;
  }
  const int sign = b.change->wan().signum();
  put(out, R"(<td class="num change {}" data-sort="{}">{}{})", sign > 0 ? "up" : sign < 0 ? "down" : "same",
      b.percent ? b.percent->to_string() : "", sign > 0 ? "+" : "", money(*b.change));
  if (b.percent) put(out, R"(<span class="percent">{}{}%</span>)", sign > 0 ? "+" : "", two_places(b.percent));
  out += "</td>";
}

void write_moves(std::string& out, const TargetMoves& t) {
  out += R"(<td class="moves">)";
  const std::pair<TargetMove, std::size_t> counts[] = {{TargetMove::raised, t.raised},
                                                       {TargetMove::lowered, t.lowered},
                                                       {TargetMove::unchanged, t.unchanged},
                                                       {TargetMove::not_comparable, t.not_comparable}};
  for (const auto& [move, n] : counts)
    if (n != 0) put(out, R"(<span class="move {}" title="{}">{} {}</span>)", move, chinese_name(move), chinese_name(move), n);
  out += "</td>";
}

// The indicators whose targets moved or cannot be compared, and those added and removed.
void write_details(std::string& out, const ProjectPair& pair) {
  std::size_t moved = 0;
  for (const IndicatorChange& c : pair.indicators) moved += c.target.move != TargetMove::unchanged;
  if (moved == 0 && pair.added.empty() && pair.removed.empty()) return;
  out += R"(<tr class="pair-details"><td colspan="7"><table class="target-changes"><tbody>)";
  for (const IndicatorChange& c : pair.indicators) {
    if (c.target.move == TargetMove::unchanged) continue;
    put(out, R"(<tr class="target-change {}" data-indicator="{}"><td><span class="move {}">{}</span></td><td>{})",
        c.target.move, c.new_indicator.index, c.target.move, chinese_name(c.target.move), escaped(c.new_indicator.name));
    if (c.match == IndicatorMatch::renamed) put(out, R"(<span class="renamed">上年名为“{}”</span>)", escaped(c.old_indicator.name));
    put(out, R"(</td><td>{} → {}</td><td class="why">{}</td></tr>)", escaped(c.old_indicator.target),
        escaped(c.new_indicator.target), escaped(c.target.reason));
  }
  for (const IndicatorRef& i : pair.added)
    put(out, R"(<tr class="indicator-added"><td><span class="move added">新增</span></td><td>{}</td><td>{}</td><td></td></tr>)",
        escaped(i.name), escaped(i.target));
  for (const IndicatorRef& i : pair.removed)
    put(out, R"(<tr class="indicator-removed"><td><span class="move removed">删去</span></td><td>{}</td><td>{}</td><td></td></tr>)",
        escaped(i.name), escaped(i.target));
  out += "</tbody></table></td></tr>";
}

void write_unpaired(std::string& out, std::string_view title, const std::vector<ProjectRef>& projects, bool link) {
  if (projects.empty()) return;
  put(out, R"(<div class="panel unpaired"><h3>{}（{} 个）</h3><ul>)", title, projects.size());
  for (const ProjectRef& p : projects) {
    out += "<li>";
    write_project(out, p, link);
    out += "</li>";
  }
  out += "</ul></div>";
}

}  // namespace

void write_comparison(std::string& out, const YearOverYear& comparison, bool link_cards) {
  // Cards on this page are the new document's; the old projects have theirs here only when both
  // sides are one document.
  const bool link_old = link_cards && comparison.single_document;
  put(out, R"(<section class="comparison" id="comparison"><h2>同比：{} 年与 {} 年</h2>)", comparison.old_document.year,
      comparison.new_document.year);
  put(out, R"(<p class="hint">{} 对项目；指标值“提高”指要求更高（数量下限提高、成本上限降低、完成时限提前）</p>)",
      comparison.pairs.size());
  if (comparison.pairs.empty()) out += R"(<p class="empty">没有可以配对的项目。</p>)";
  else {
    out += R"(<div class="table-wrap"><table class="pairs"><thead><tr><th>上年项目</th><th>今年项目</th><th>配对</th>)"
           R"(<th class="num">上年预算（万元）</th><th class="num">今年预算</th><th class="num">变化</th><th>指标值</th></tr></thead><tbody>)";
    for (const ProjectPair& pair : comparison.pairs) {
      put(out, R"(<tr class="pair" data-old="{}" data-new="{}" data-reason="{}"><td>)", pair.old_project.index,
          pair.new_project.index, pair.reason);
      write_project(out, pair.old_project, link_old);
      out += "</td><td>";
      write_project(out, pair.new_project, link_cards);
      put(out, R"(</td><td>{}<span class="confidence">可信度{}</span></td>)", chinese_name(pair.reason),
          chinese_name(pair.confidence));
      write_budget(out, pair.budget);
      write_moves(out, pair.targets);
      out += "</tr>";
      if (pair.plan.move != PlanMove::unchanged && pair.plan.move != PlanMove::not_comparable)
        put(out, R"(<tr class="plan-change"><td colspan="7">资金支出计划：{}</td></tr>)", chinese_name(pair.plan.move));
      write_details(out, pair);
    }
    out += "</tbody></table></div>";
  }
  out += R"(<div class="panels unpaired-panels">)";
  write_unpaired(out, "今年新增的项目", comparison.new_projects, link_cards);
  write_unpaired(out, "上年有、今年没有的项目", comparison.ended_projects, link_old);
  out += "</div></section>";
}

}  // namespace jixiao::report_detail
