#include <jixiao/compare.hpp>
#include <jixiao/error.hpp>
#include <jixiao/match.hpp>
#include <jixiao/read.hpp>
#include <jixiao/report.hpp>

#include <doctest/doctest.h>

#include "ops_fixtures.hpp"
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

using namespace ops_test;

namespace {

std::size_t count(std::string_view text, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

// The card of project `number` (1-based): from its opening tag to the end of its section.
std::string_view card(std::string_view page, std::size_t number) {
  const std::size_t start = page.find("<section class=\"project-card\" id=\"project-" + std::to_string(number) + "\"");
  REQUIRE(start != std::string_view::npos);
  const std::size_t end = page.find("</section>", start);
  REQUIRE(end != std::string_view::npos);
  return page.substr(start, end - start);
}

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&#39;";
    else out += c;
  }
  return out;
}

const ReadResult& sample() {
  static const ReadResult result =
      read_document(std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2025-targets.txt");
  return result;
}

// Budget 20 万元, plan 25/50/75/100 %; 8 万元 spent by June, 19 by December.
Document planned_project() {
  return document({row(Level1::产出指标, Level2::数量指标, "活动次数", "≥10次"),
                   row(Level1::满意度指标, Level2::服务对象满意度指标, "群众满意度", "≥90%")});
}

Actuals reported() {
  Actuals a;
  a.projects = {spending("8", "2025-06-30"), spending("19", "2025-12-31")};
  a.indicators = {value("活动次数", "4次", "2025-06-30"), value("活动次数", "12次"), value("群众满意度", "95%")};
  return a;
}

// The page of `d` with the actuals, matched as a caller matches them.
std::string page_with(const Document& d, const Actuals& actuals, const std::vector<Finding>& findings = {},
                      const ReportOptions& options = {}) {
  return html_report(d, findings, actuals, match(d, actuals), options);
}

}  // namespace

TEST_CASE("the sample's page: one card and one plan chart per project, one row per indicator, no external asset") {
  const Document& d = sample().document;
  const std::vector<Finding> findings = review(d);
  const std::string page = html_report(d, findings);
  std::size_t indicators = 0;
  for (const Project& p : d.projects) indicators += p.indicators.size();

  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"));
  CHECK(page.find(R"(<meta name="viewport" content="width=device-width, initial-scale=1">)") != std::string::npos);
  CHECK(page.ends_with("</html>\n"));
  CHECK(count(page, "<section class=\"project-card\"") == d.projects.size());
  CHECK(count(page, "<svg class=\"plan-chart\"") == d.projects.size());
  CHECK(count(page, "<tr class=\"indicator-row") == indicators);
  CHECK(count(page, "<tr data-project=") == d.projects.size());  // the overview table
  CHECK(page.find("<table class=\"sortable projects-table\">") != std::string::npos);
  CHECK(count(page, "<script>") == 1);
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find(" src=") == std::string::npos);
  CHECK(page.find("@page{size:A4") != std::string::npos);
  CHECK(page.find("Noto Sans CJK SC") != std::string::npos);
  // Without actuals there is nothing to draw against the plan.
  CHECK(page.find("<polyline class=\"actual-line\"") == std::string::npos);
  CHECK(page.find("<line class=\"time-line\"") == std::string::npos);
  CHECK(count(page, "<li class=\"finding ") == findings.size());
}

TEST_CASE("a finding stands under the row it concerns, or at the top of its project's card") {
  const Document& d = sample().document;
  const std::vector<Finding> findings = review(d);
  const std::string page = html_report(d, findings);
  std::size_t checked_rows = 0, checked_projects = 0;
  for (const Finding& f : findings) {
    if (!f.project) continue;
    const std::string_view c = card(page, *f.project + 1);
    const std::string message = escaped(f.message);
    CAPTURE(f.message);
    if (f.indicator) {
      const std::string row = "<tr class=\"finding-row\" data-indicator=\"" + std::to_string(*f.indicator) + "\">";
      const std::size_t at = c.find(row);
      REQUIRE(at != std::string_view::npos);
      CHECK(c.find(message, at) < c.find("</tr>", at));
      ++checked_rows;
    } else {
      const std::size_t list = c.find("<ul class=\"findings project-findings\">");
      REQUIRE(list != std::string_view::npos);
      CHECK(c.find(message, list) < c.find("</ul>", list));
      ++checked_projects;
    }
  }
  CHECK(checked_rows > 0);
  CHECK(checked_projects > 0);
}

TEST_CASE("text from the document is escaped everywhere") {
  Document d = planned_project();
  d.department = R"(<script>alert("x")</script> & Co)";
  d.units = {{"1<2", "单位 'A' & \"B\""}};
  Project& p = d.projects[0];
  p.name = "<b>项目</b>";
  p.code = "P1\"><img src=x onerror=alert(1)>";
  p.unit_code = "1<2";
  p.use_of_funds = "资金 </details><script>alert(2)</script>";
  p.indicators[0].name = "'><svg onload=alert(3)>";
  p.indicators[0].basis = "\" onmouseover=\"alert(4)";
  p.spending_plan.milestones[0].milestone = "3月底<i>";
  Finding f;
  f.rule = RuleId::vague_target;
  f.project = 0;
  f.indicator = 0;
  f.message = "<u>含糊</u> & 无基准";
  f.suggestion = "</li><script>";
  const std::string page = page_with(d, reported(), {f});
  const std::string card = html_project_card(p, {f});
  const std::string summary = html_summary(d, {f});

  for (const std::string& html : {page, card, summary}) {
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<svg onload") == std::string::npos);
    CHECK(html.find("<b>项目") == std::string::npos);
    CHECK(html.find("<u>") == std::string::npos);
    CHECK(html.find("\" onmouseover") == std::string::npos);
  }
  CHECK(count(page, "<script>") == 1);  // the page's own
  CHECK(card.find("<script") == std::string::npos);
  CHECK(page.find("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co 2025 年预算绩效报告</title>") !=
        std::string::npos);
  CHECK(page.find("单位 &#39;A&#39; &amp; &quot;B&quot;") != std::string::npos);
  CHECK(page.find("data-code=\"P1&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"") != std::string::npos);
  CHECK(card.find("&lt;u&gt;含糊&lt;/u&gt; &amp; 无基准") != std::string::npos);
  CHECK(card.find("建议：&lt;/li&gt;&lt;script&gt;") != std::string::npos);
  CHECK(card.find("<title>3月底&lt;i&gt; 25%</title>") != std::string::npos);
  CHECK(summary.find("&lt;b&gt;项目&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("money has two places (half up), thousands separators and 万元; sorting keys stay exact") {
  Document d = planned_project();
  d.projects[0].budget = {Money::parse("10606.7522"), Money::parse("10000.005"), Money::parse("606.7472")};
  const std::string page = html_report(d, {});
  CHECK(page.find(R"(<span class="num" data-value="10606.7522">10,606.75</span> <span class="unit">万元</span>)") !=
        std::string::npos);
  CHECK(page.find(R"(<span class="num" data-value="10000.005">10,000.01</span>)") != std::string::npos);
  CHECK(page.find(R"(<td class="num" data-sort="10606.7522">10,606.75</td>)") != std::string::npos);
  CHECK(page.find(R"(<span class="num">10,606.75</span> <span class="unit">万元</span>)") != std::string::npos);
  // Per fund source: the shares of the bar, and the amounts.
  CHECK(page.find(R"(<span class="stack-part fiscal" style="width:94.3%">)") != std::string::npos);
  CHECK(page.find(R"(<td class="num">606.75 万元</td><td class="num">5.7%</td>)") != std::string::npos);

  // Near Decimal's 38-digit limit the page still prints (padding to two places is done on the text).
  d.projects[0].budget = {Money::parse("12345678901234567890123456789012345678"),
                          Money::parse("12345678901234567890123456789012345678"), Money::parse("0")};
  std::string huge;
  CHECK_NOTHROW(huge = html_report(d, {}));
  CHECK(huge.find("12,345,678,901,234,567,890,123,456,789,012,345,678.00") != std::string::npos);

  d.projects[0].budget = {};
  const std::string unstated = html_report(d, {});
  CHECK(unstated.find(R"(<span class="num missing">—</span>)") != std::string::npos);
  CHECK(unstated.find("1 个项目未填预算数") != std::string::npos);
}

TEST_CASE("the plan chart: a cumulative line through the milestones, in exact coordinates") {
  const std::string card = html_project_card(planned_project().projects[0]);
  // 25 units a month from x = 40; 100 % is 140 units up from y = 154.
  CHECK(card.find(R"(<polyline class="plan-line" points="40,154 115,119 190,84 290,49 340,14"/>)") != std::string::npos);
  CHECK(count(card, "<circle class=\"plan-point\"") == 4);
  for (const char* label : {"3月底", "6月底", "10月底", "12月底"})
    CHECK(card.find(std::string(">") + label + "</text>") != std::string::npos);
  CHECK(card.find("<polyline class=\"actual-line\"") == std::string::npos);

  Project empty = planned_project().projects[0];
  empty.spending_plan = {};
  const std::string none = html_project_card(empty);
  CHECK(none.find("<svg class=\"plan-chart\"") != std::string::npos);
  CHECK(none.find("未填写资金支出计划") != std::string::npos);
  CHECK(none.find("<polyline class=\"plan-line\"") == std::string::npos);

  // A plan over 100 % widens the scale (to the next 25) instead of leaving the chart.
  Project over = planned_project().projects[0];
  over.spending_plan.milestones[3].percent = Decimal(120);
  const std::string wide = html_project_card(over);
  CHECK(wide.find(">125%</text>") != std::string::npos);
  CHECK(wide.find(">150%</text>") == std::string::npos);
}

TEST_CASE("with actuals: the actual spending and time-progress lines, colours, scores and the budget row") {
  const Document d = planned_project();
  ReportOptions options;
  options.as_of = parse_iso_date("2025-06-30");
  const std::string june = page_with(d, reported(), {}, options);
  const std::string_view c = card(june, 1);
  // 8 of 20 万元 by 30 June: 40 % at x = 40 + 25 × 6.
  CHECK(c.find(R"(<polyline class="actual-line" points="40,154 190,98"/>)") != std::string::npos);
  CHECK(c.find(R"(<line class="time-line" x1="40" y1="154" x2="340" y2="14"/>)") != std::string::npos);
  CHECK(c.find("截至6月30日") != std::string::npos);
  CHECK(c.find("实际支出") != std::string::npos);
  CHECK(c.find("data-colour=") != std::string::npos);
  CHECK(c.find("<th class=\"num\">得分</th>") != std::string::npos);
  CHECK(c.find("<tr class=\"budget-row\">") != std::string::npos);
  CHECK(june.find("实际数据截至 2025-06-30 · 序时进度 50.00%") != std::string::npos);

  // By default the latest date: both points, and the evaluation of the year.
  const std::string year = page_with(d, reported());
  CHECK(year.find(R"(points="40,154 190,98 340,21")") != std::string::npos);  // 95 %
  CHECK(year.find("实际数据截至 2025-12-31") != std::string::npos);
  const Evaluation e = evaluate(d, reported());
  REQUIRE(e.projects.size() == 1);
  CHECK(year.find("data-grade=\"" + std::string(enum_name(e.projects[0].grade)) + "\"") != std::string::npos);
  CHECK(year.find(e.projects[0].total.rescaled(2, Rounding::half_up).to_string() + " 分") != std::string::npos);

  // One date for monitoring and evaluation: evaluation options asking for another are refused.
  ReportOptions other_date = options;
  other_date.evaluate.as_of = parse_iso_date("2025-12-31");
  CHECK_THROWS_AS(page_with(d, reported(), {}, other_date), Error);
  other_date.evaluate.as_of = options.as_of;
  CHECK(page_with(d, reported(), {}, other_date) == june);

  // Actuals with no figure at all: the page without monitoring.
  CHECK(page_with(d, Actuals{}).find("<polyline class=\"actual-line\"") == std::string::npos);
}

TEST_CASE("an empty document still makes a complete page") {
  const std::string page = html_report(Document{}, {});
  CHECK(page.find("<title>预算绩效报告</title>") != std::string::npos);
  CHECK(page.find("文档中没有项目表") != std::string::npos);
  CHECK(page.find("<section class=\"project-card\"") == std::string::npos);
  CHECK(page.find("<tbody></tbody>") != std::string::npos);
  CHECK(page.ends_with("</html>\n"));
}

TEST_CASE("options leave parts out; fragments carry their style and no script") {
  const Document& d = sample().document;
  const std::vector<Finding> findings = review(d);
  ReportOptions options;
  options.projects = false;
  const std::string no_cards = html_report(d, findings, options);
  CHECK(no_cards.find("<section class=\"project-card\"") == std::string::npos);
  CHECK(no_cards.find("<a href=\"#project-") == std::string::npos);  // the overview links to no card
  options = {};
  options.indicators = false;
  options.findings = false;
  options.title = "标题";
  const std::string bare = html_report(d, findings, options);
  CHECK(bare.find("<table class=\"indicators\">") == std::string::npos);
  CHECK(bare.find("class=\"finding ") == std::string::npos);
  CHECK(bare.find("<title>标题</title>") != std::string::npos);

  const std::string summary = html_summary(d, findings);
  CHECK(summary.starts_with("<div class=\"jx jx-fragment\"><style>"));
  CHECK(summary.find("<script") == std::string::npos);
  CHECK(count(summary, "<tr data-project=") == d.projects.size());
  CHECK(summary.find("<section class=\"project-card\"") == std::string::npos);
  const std::string project = html_project_card(d.projects[0]);
  CHECK(project.starts_with("<div class=\"jx jx-fragment\"><style>"));
  CHECK(count(project, "<section class=\"project-card\"") == 1);
  CHECK(project.find("<script") == std::string::npos);
}

TEST_CASE("the goals of the whole period, when stated, come before the year's, escaped") {
  Document d = planned_project();
  Project& p = d.projects[0];
  CHECK(html_project_card(p, {}).find("中期目标") == std::string::npos);
  p.goals = {"完成某某工作"};
  p.medium_term_goals = {"三年 <建成> 体系"};
  const std::string card = html_project_card(p, {});
  const std::size_t period = card.find(R"(<h4>中期目标</h4><ol class="goals medium-term"><li>三年 &lt;建成&gt; 体系</li></ol>)");
  const std::size_t year = card.find(R"(<h4>年度目标</h4><ol class="goals"><li>完成某某工作</li></ol>)");
  CHECK(period != std::string::npos);
  CHECK(year != std::string::npos);
  CHECK(period < year);
}

TEST_CASE("a plan written in money shows each amount beside its percentage") {
  Document d = planned_project();
  Milestone& march = d.projects[0].spending_plan.milestones[0];
  march.amount = Money::parse("5");
  const std::string card = html_project_card(d.projects[0], {});
  CHECK(card.find("<title>3月底 25%（5.00 万元）</title>") != std::string::npos);
  CHECK(card.find("<title>6月底 50%</title>") != std::string::npos);
}

TEST_CASE("with a comparison: the year-over-year section, its findings on the cards, linked and escaped") {
  const Document& d = sample().document;
  const YearOverYear comparison = compare(d);
  std::vector<Finding> findings = review(d);
  const std::vector<Finding> yearly = review(comparison, d, d);
  REQUIRE(!yearly.empty());
  findings.insert(findings.end(), yearly.begin(), yearly.end());
  const std::string page = html_report(d, comparison, findings);

  const std::size_t start = page.find("<section class=\"comparison\" id=\"comparison\">");
  REQUIRE(start != std::string::npos);
  CHECK(start > page.find("id=\"overview\""));
  CHECK(start < page.find("id=\"projects\""));
  const std::string_view section(page.data() + start, page.find("</section>", start) - start);
  CHECK(page.find("<a href=\"#comparison\">同比</a>") != std::string::npos);
  CHECK(section.find("同比：2024 年与 2025 年") != std::string_view::npos);
  CHECK(count(section, "<tr class=\"pair\"") == comparison.pairs.size());
  for (const ProjectPair& p : comparison.pairs) {
    // Both sides of one document link to their cards.
    CHECK(section.find("data-old=\"" + std::to_string(p.old_project.index) + "\" data-new=\"" +
                       std::to_string(p.new_project.index) + "\"") != std::string_view::npos);
    CHECK(section.find("<a href=\"#project-" + std::to_string(p.new_project.index + 1) + "\">") !=
          std::string_view::npos);
  }
  // Every target that moved has its row, with the reason.
  std::size_t moved = 0;
  for (const ProjectPair& p : comparison.pairs)
    for (const IndicatorChange& c : p.indicators) moved += c.target.move != TargetMove::unchanged;
  CHECK(count(section, "<tr class=\"target-change ") == moved);
  CHECK(section.find("下限降低：“≥30 次” → “≥10 次”") != std::string_view::npos);
  CHECK(section.find("今年新增的项目（" + std::to_string(comparison.new_projects.size()) + " 个）") !=
        std::string_view::npos);
  CHECK(section.find("上年有、今年没有的项目（" + std::to_string(comparison.ended_projects.size()) + " 个）") !=
        std::string_view::npos);
  // The year-over-year findings stand under the rows they concern.
  const Finding& lowered = yearly.front();
  REQUIRE(lowered.indicator);
  const std::string_view c = card(page, *lowered.project + 1);
  CHECK(c.find(escaped(lowered.message)) != std::string_view::npos);
  // Without a comparison, no section.
  CHECK(html_report(d, review(d)).find("id=\"comparison\"") == std::string::npos);

  // Two documents: the old projects are not on the page, so they are not linked; names are escaped.
  Document old_document = planned_project();
  old_document.year = 2024;
  old_document.projects[0].name = "2024 <b>项目</b>";
  Document new_document = planned_project();
  new_document.projects[0].name = "2025 <b>项目</b>";
  const YearOverYear two = compare(old_document, new_document);
  REQUIRE(two.pairs.size() == 1);
  const Actuals actuals = reported();
  const std::string other = html_report(new_document, two, {}, actuals, match(new_document, actuals));
  CHECK(other.find("<b>项目") == std::string::npos);
  CHECK(other.find("2024 &lt;b&gt;项目&lt;/b&gt;<span class=\"code\">") != std::string::npos);
  CHECK(count(other, "<a href=\"#project-1\">") == 2);  // the overview's and the new side's
}
