// The department's summary (totals per unit and per fund source, findings by severity) and the
// sortable overview table of all projects.

#include "html.hpp"

#include <jixiao/describe.hpp>

#include <algorithm>
#include <array>
#include <map>

namespace jixiao::report_detail {
namespace {

struct UnitTotals {
  std::string code;
  std::string name;
  std::size_t projects = 0;
  Money total, fiscal, other;
};

// The document's units in their order, then any unit only a project names.
std::vector<UnitTotals> unit_totals(const Document& document) {
  std::vector<UnitTotals> units;
  for (const BudgetUnit& u : document.units) units.push_back({u.code.str(), u.name.str(), 0, {}, {}, {}});
  for (const Project& p : document.projects) {
    auto it = std::find_if(units.begin(), units.end(), [&](const UnitTotals& u) {
      return p.unit_code.empty() ? u.code.empty() && u.name == p.unit_name : u.code == p.unit_code;
    });
    if (it == units.end()) it = units.insert(units.end(), {p.unit_code.str(), p.unit_name.str(), 0, {}, {}, {}});
    ++it->projects;
    if (p.budget.total) it->total += *p.budget.total;
    if (p.budget.fiscal) it->fiscal += *p.budget.fiscal;
    if (p.budget.other) it->other += *p.budget.other;
  }
  return units;
}

// The summary's tiles, counted so the grid can choose its columns.
struct Tiles {
  std::string html;
  std::size_t count = 0;

  void add(std::string_view label, std::string_view value, std::string_view unit, std::string_view note = {}) {
    put(html, R"(<div class="tile"><span class="tile-label">{}</span><span class="tile-value"><span class="num">{}</span> <span class="unit">{}</span></span>)",
        label, value, unit);
    if (!note.empty()) put(html, R"(<span class="tile-note">{}</span>)", note);
    html += "</div>";
    ++count;
  }
};

// A horizontal bar `share` % wide (0–100, one place).
std::string bar_width(const Money& part, const Money& whole) {
  if (whole.is_zero() || part.wan().is_negative()) return "0";
  return percent_of(part.wan(), whole.wan(), 1, Rounding::half_up).to_string();
}

void write_units(std::string& out, const std::vector<UnitTotals>& units) {
  out += R"(<div class="panel"><h3>预算单位</h3><div class="table-wrap"><table class="units"><thead><tr><th>预算单位</th><th class="num">项目</th><th class="num">预算数（万元）</th><th class="num">财政资金</th><th class="num">其他资金</th></tr></thead><tbody>)";
  UnitTotals all;
  for (const UnitTotals& u : units) {
    put(out, R"(<tr data-unit="{}"><td>{}<span class="code">{}</span></td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>)",
        escaped(u.code), escaped(u.name.empty() ? "—" : u.name), escaped(u.code), u.projects, money(u.total),
        money(u.fiscal), money(u.other));
    all.projects += u.projects;
    all.total += u.total;
    all.fiscal += u.fiscal;
    all.other += u.other;
  }
  put(out, R"(</tbody><tfoot><tr><td>合计</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr></tfoot></table></div></div>)",
      all.projects, money(all.total), money(all.fiscal), money(all.other));
}

void write_sources(std::string& out, const Money& fiscal, const Money& other) {
  const Money both = fiscal + other;
  out += R"(<div class="panel"><h3>资金来源</h3><div class="stack" role="img" aria-label="资金来源构成">)";
  put(out, R"(<span class="stack-part fiscal" style="width:{}%"></span><span class="stack-part other" style="width:{}%"></span></div>)",
      bar_width(fiscal, both), bar_width(other, both));
  out += R"(<table class="sources"><tbody>)";
  put(out, R"(<tr data-source="fiscal"><td><i class="swatch fiscal"></i>财政资金</td><td class="num">{} 万元</td><td class="num">{}%</td></tr>)",
      money(fiscal), bar_width(fiscal, both));
  put(out, R"(<tr data-source="other"><td><i class="swatch other"></i>其他资金</td><td class="num">{} 万元</td><td class="num">{}%</td></tr>)",
      money(other), bar_width(other, both));
  out += "</tbody></table></div>";
}

void write_severities(std::string& out, const std::vector<Finding>& findings) {
  std::array<std::size_t, 3> counts{};
  std::map<RuleId, std::size_t> by_rule;
  for (const Finding& f : findings) {
    ++counts[static_cast<std::size_t>(f.severity)];
    ++by_rule[f.rule];
  }
  const std::size_t most = std::max({counts[0], counts[1], counts[2], std::size_t{1}});
  out += R"(<div class="panel"><h3>审核意见</h3><table class="severities"><tbody>)";
  for (const Severity s : {Severity::error, Severity::warning, Severity::info}) {
    const std::size_t n = counts[static_cast<std::size_t>(s)];
    put(out, R"(<tr data-severity="{}"><td>{}</td><td class="bar-cell"><span class="bar sev-{}" style="width:{}%"></span></td><td class="num">{}</td></tr>)",
        s, severity_label(s), s, percent_of(Decimal(n), Decimal(most), 1, Rounding::half_up).to_string(), n);
  }
  out += "</tbody></table>";
  if (!by_rule.empty()) {
    std::vector<std::pair<RuleId, std::size_t>> rules(by_rule.begin(), by_rule.end());
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (rules.size() > 5) rules.resize(5);
    out += R"(<h4>最常见的问题</h4><ol class="top-rules">)";
    for (const auto& [rule, n] : rules)
      put(out, R"(<li data-rule="{}"><span>{}</span><span class="num">{}</span></li>)", rule, rule_info(rule).title, n);
    out += "</ol>";
  }
  out += "</div>";
}

std::array<std::size_t, 3> severity_counts(const std::vector<const Finding*>& findings) {
  std::array<std::size_t, 3> counts{};
  for (const Finding* f : findings) ++counts[static_cast<std::size_t>(f->severity)];
  return counts;
}

}  // namespace

void write_summary(std::string& out, const Document& document, const FindingsByProject& findings,
                   const ActualsView& actuals, const ReportOptions& options) {
  const std::vector<UnitTotals> units = unit_totals(document);
  Money total, fiscal, other;
  std::size_t unstated = 0;
  for (const Project& p : document.projects) {
    if (p.budget.total) total += *p.budget.total;
    else ++unstated;
    if (p.budget.fiscal) fiscal += *p.budget.fiscal;
    if (p.budget.other) other += *p.budget.other;
  }
  std::vector<Finding> all;
  if (options.findings) {
    for (const Finding* f : findings.document) all.push_back(*f);
    for (const auto& project : findings.projects)
      for (const Finding* f : project) all.push_back(*f);
  }

  Tiles tiles;
  tiles.add("项目", std::to_string(document.projects.size()), "个",
             fmt::format("{} 个预算单位", units.size()));
  tiles.add("预算总额", money(total), "万元", unstated ? fmt::format("{} 个项目未填预算数", unstated) : "");
  tiles.add("财政资金", money(fiscal), "万元");
  tiles.add("其他资金", money(other), "万元");
  if (options.findings) {
    std::array<std::size_t, 3> counts{};
    for (const Finding& f : all) ++counts[static_cast<std::size_t>(f.severity)];
    tiles.add("审核意见", std::to_string(all.size()), "条",
               fmt::format("错误 {} · 警告 {} · 提示 {}", counts[2], counts[1], counts[0]));
  }
  if (actuals.monitoring) {
    const MonitorReport& m = *actuals.monitoring;
    Money executed;
    std::array<std::size_t, 5> colours{};
    for (const ProjectStatus& s : m.projects) {
      if (s.executed) executed += *s.executed;
      ++colours[static_cast<std::size_t>(s.colour)];
    }
    tiles.add("已执行", money(executed), "万元",
               fmt::format("{} 个项目报送 · 截至 {}", m.projects.size(), m.as_of.to_string()));
    tiles.add("监控预警", std::to_string(colours[static_cast<std::size_t>(Colour::red)] +
                                               colours[static_cast<std::size_t>(Colour::yellow)]),
               "个项目",
               fmt::format("红 {} · 黄 {} · 绿 {} · 蓝 {}", colours[static_cast<std::size_t>(Colour::red)],
                           colours[static_cast<std::size_t>(Colour::yellow)],
                           colours[static_cast<std::size_t>(Colour::green)],
                           colours[static_cast<std::size_t>(Colour::blue)]));
  }
  if (actuals.evaluation && !actuals.evaluation->projects.empty()) {
    std::map<EvaluationGrade, std::size_t> grades;
    Decimal sum;
    for (const ProjectEvaluation& e : actuals.evaluation->projects) {
      sum += e.total;
      ++grades[e.grade];
    }
    std::string note;
    for (const auto& [grade, n] : grades) note += fmt::format("{}{} {}", note.empty() ? "" : " · ", grade, n);
    tiles.add("平均自评得分",
               two_places(divide(sum, Decimal(static_cast<long long>(actuals.evaluation->projects.size())), 4,
                                 Rounding::half_up)),
               "分", fmt::format("{} 个项目：{}", actuals.evaluation->projects.size(), note));
  }
  // Up to five tiles fill a row; more go four to a row.
  put(out, R"(<section class="summary" id="summary"><h2>部门概况</h2><div class="tiles{}">{}</div><div class="panels">)",
      tiles.count > 5 ? " many" : "", tiles.html);
  write_units(out, units);
  write_sources(out, fiscal, other);
  if (options.findings) write_severities(out, all);
  out += "</div>";
  if (options.findings && !findings.document.empty()) {
    out += R"(<div class="document-findings"><h3>全文审核意见</h3><ul class="findings">)";
    for (const Finding* f : findings.document)
      put(out, R"(<li class="finding sev-{}" data-rule="{}" data-severity="{}"><span class="sev">{}</span><span class="message">{}</span></li>)",
          f->severity, f->rule, f->severity, severity_label(f->severity), escaped(f->message));
    out += "</ul></div>";
  }
  out += "</section>";
}

void write_overview(std::string& out, const Document& document, const FindingsByProject& findings,
                    const ActualsView& actuals, bool link_cards) {
  const bool with_actuals = actuals.monitoring || actuals.evaluation;
  out += R"(<section class="overview" id="overview"><h2>项目一览</h2><p class="hint">点击表头可排序</p><div class="table-wrap"><table class="sortable projects-table"><thead><tr>)";
  out += R"(<th class="num" data-type="number">序号</th><th data-type="text">项目名称</th><th data-type="text">预算单位</th><th class="num" data-type="number">预算数（万元）</th><th class="num" data-type="number">指标</th><th class="num" data-type="number">审核意见</th>)";
  if (with_actuals)
    out += R"(<th class="num" data-type="number">执行率</th><th data-type="number">监控</th><th class="num" data-type="number">自评得分</th>)";
  out += "</tr></thead><tbody>";
  for (std::size_t i = 0; i < document.projects.size(); ++i) {
    const Project& p = document.projects[i];
    const std::size_t n = i + 1;
    const auto counts = severity_counts(findings.projects[i]);
    const std::string name = escaped(p.name.empty() ? (p.title.empty() ? "（未命名项目）" : p.title) : p.name);
    put(out, R"(<tr data-project="{}"><td class="num" data-sort="{}">{}</td><td data-sort="{}">)", n, n, n, name);
    if (link_cards) put(out, R"(<a href="#project-{}">{}</a>)", n, name);
    else out += name;
    put(out, R"(<span class="code">{}</span></td><td class="unit-cell">{}</td>)", escaped(p.code), escaped(p.unit_name));
    if (p.budget.total)
      put(out, R"(<td class="num" data-sort="{}">{}</td>)", p.budget.total->wan().to_string(), money(*p.budget.total));
    else out += R"(<td class="num" data-sort="">—</td>)";
    put(out, R"(<td class="num">{}</td><td class="num" data-sort="{}">)", p.indicators.size(),
        counts[2] * 1000000 + counts[1] * 1000 + counts[0]);
    for (const Severity s : {Severity::error, Severity::warning, Severity::info})
      if (const std::size_t c = counts[static_cast<std::size_t>(s)])
        put(out, R"(<span class="count sev-{}" title="{}">{}</span>)", s, severity_label(s), c);
    out += "</td>";
    if (with_actuals) {
      const ProjectStatus* s = i < actuals.status.size() ? actuals.status[i] : nullptr;
      const ProjectEvaluation* e = i < actuals.scores.size() ? actuals.scores[i] : nullptr;
      if (s && s->spent_percent)
        put(out, R"(<td class="num" data-sort="{}">{}%</td>)", s->spent_percent->to_string(), two_places(s->spent_percent));
      else out += R"(<td class="num" data-sort="">—</td>)";
      if (s)
        put(out, R"(<td class="colour-cell" data-sort="{}"><i class="dot {}"></i>{}</td>)", static_cast<int>(s->colour),
            enum_name(s->colour), chinese_name(s->colour));
      else out += R"(<td data-sort="">—</td>)";
      if (e)
        put(out, R"(<td class="num" data-sort="{}">{} <span class="grade-mark">{}</span></td>)", e->total.to_string(),
            two_places(e->total), e->grade);
      else out += R"(<td class="num" data-sort="">—</td>)";
    }
    out += "</tr>";
  }
  out += "</tbody></table></div></section>";
}

}  // namespace jixiao::report_detail
