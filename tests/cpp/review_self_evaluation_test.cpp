// The audit of a 自评表 (RuleFamily::self_evaluation): each rule fires on the defect it names and
// stays silent on a form that adds up, as read from the form's text.

#include <jixiao/evaluate.hpp>
#include <jixiao/read.hpp>
#include <jixiao/review.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace jixiao;
using R = RuleId;

namespace {

// A 自评表 that adds up: scores within their weights, 90 + 10 points, 执行率 and the funds score as
// their formulas give them (to the places written), a reason for each shortfall or deduction.
constexpr std::string_view good = R"(项目支出绩效自评表
（2024年度）
项目名称|2024 科普经费
主管部门|某某市科协||实施单位|某某市科协本级
项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分
|年度资金总额|40.48|40.48|38.62|10|95.41%|9.54
|其中：财政拨款|40.48|40.48|38.62|—|95.41%|—
年度总体目标|预期目标|实际完成情况
|全年开展科普活动 130 次|全年开展科普活动 126 次
绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
|产出指标（50分）|数量指标|科普活动次数|≥130次|126次|20|19.38|受天气影响 4 次活动延期。
||质量指标|活动参与率|≥90%|95%|20|20|
||时效指标|活动完成时间|2024年12月底前|2024年12月20日|10|10|
|效益指标（30分）|社会效益指标|公民科学素质|显著提升|达成预期指标|30|27|
|满意度指标（10分）|服务对象满意度指标|参与群众满意度|≥95%|96%|10|10|
总分||||||100|95.92|
自评等级|优
)";

std::string with(std::string_view from, std::string_view to) {
  std::string out(good);
  const std::size_t at = out.find(from);
  if (at == std::string::npos) throw std::logic_error("not in the form: " + std::string(from));
  out.replace(at, from.size(), to);
  return out;
}

std::vector<Finding> audit(std::string_view form, const ReviewOptions& options = {}) {
  std::string text(form);
  std::replace(text.begin(), text.end(), '|', '\t');
  const ReadResult read = read_document(text);
  REQUIRE(read.document.projects.size() == 1);
  REQUIRE(read.document.projects[0].self_evaluation);
  std::vector<Finding> found;
  for (Finding& f : review(read.document, options))
    if (rule_info(f.rule).family == RuleFamily::self_evaluation) found.push_back(std::move(f));
  return found;
}

// The name of the indicator a finding of audit(with(…)) is about: with() changes figures, never
// names or rows, so the good form names it.
std::string indicator_name(const Finding& f) {
  std::string text(good);
  std::replace(text.begin(), text.end(), '|', '\t');
  return std::string(names_of(read_document(text).document, f).indicator_name);
}

std::vector<RuleId> rules(const std::vector<Finding>& findings) {
  std::vector<RuleId> out;
  for (const Finding& f : findings) out.push_back(f.rule);
  return out;
}

const Finding& only(const std::vector<Finding>& findings, RuleId rule) {
  const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
  REQUIRE(it != findings.end());
  return *it;
}

bool says(const Finding& f, std::string_view text) { return f.message.find(text) != std::string::npos; }

std::size_t count(const std::vector<Finding>& findings, RuleId rule) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

}  // namespace

TEST_CASE("a 自评表 that adds up gives no finding of the audit") {
  CHECK(audit(good).empty());
  // The catalogue files the rules under their family, with a title each.
  for (RuleId rule : {R::score_over_weight, R::weights_sum, R::scores_sum, R::execution_rate, R::funds_score,
                      R::full_marks_unmet, R::deduction_without_reason, R::shortfall_without_reason, R::word_actual,
                      R::grade_against_total, R::level1_points})
    CHECK(rule_info(rule).family == RuleFamily::self_evaluation);
}

TEST_CASE("score_over_weight: a score above its indicator's weight") {
  const auto found = audit(with("|20|20|\n", "|20|22|\n"));
  const Finding& f = only(found, R::score_over_weight);
  CHECK(f.severity == Severity::error);
  CHECK(indicator_name(f) == "活动参与率");
  CHECK(f.line == 12);
  CHECK(says(f, "得分22高于分值20"));
  CHECK(count(found, R::scores_sum) == 1);  // and the total no longer adds up
}

TEST_CASE("weights_sum: the weights add up to neither 100 with the funds' 分值 nor 90 without it") {
  const auto found = audit(with("|参与群众满意度|≥95%|96%|10|10|", "|参与群众满意度|≥95%|96%|15|10|"));
  CHECK(says(only(found, R::weights_sum), "各指标分值之和95加预算执行率分值10为105"));
  // Without the funds' 分值, 90 points of indicators are as right as 100; 95 is neither.
  const std::string unstated = with("|38.62|10|95.41%|9.54", "|38.62|—|95.41%|9.54");
  CHECK(audit(unstated).empty());
  std::string more(unstated);
  more.replace(more.find("|96%|10|10|"), std::string_view("|96%|10|10|").size(), "|96%|15|10|");
  const auto neither = audit(more);
  CHECK(says(only(neither, R::weights_sum), "各指标分值之和为95，既不是100分"));
}

TEST_CASE("scores_sum: the scores do not add up to 总分; within rounding or the tolerance they do") {
  const auto found = audit(with("|100|95.92|", "|100|96.92|"));
  const Finding& f = only(found, R::scores_sum);
  CHECK(f.severity == Severity::error);
  CHECK(f.line == 16);
  CHECK(says(f, "总分填为96.92，而各项得分之和为95.92"));
  // 95.9 and 96 are 95.92 rounded to the places written; 95.8 is not.
  CHECK(audit(with("|100|95.92|", "|100|95.9|")).empty());
  CHECK(audit(with("|100|95.92|", "|100|96|")).empty());
  CHECK(rules(audit(with("|100|95.92|", "|100|95.8|"))) == std::vector{R::scores_sum});
  ReviewOptions lenient;
  lenient.score_tolerance = Decimal::parse("0.2");
  CHECK(audit(with("|100|95.92|", "|100|95.8|"), lenient).empty());
}

TEST_CASE("execution_rate: 执行率 is not 执行数 ÷ 预算数 within the rounding of what is written") {
  const auto found = audit(with("|38.62|10|95.41%|9.54", "|38.62|10|96.41%|9.54"));
  const Finding& f = only(found, R::execution_rate);
  CHECK(f.line == 6);
  CHECK(says(f, "执行率填为96.41%"));
  CHECK(says(f, "95.4051"));
  // 95.4% and 95% are 38.62 ÷ 40.48 = 95.405… rounded: no finding.
  CHECK(audit(with("|38.62|10|95.41%|9.54", "|38.62|10|95.4%|9.54")).empty());
  CHECK(rules(audit(with("|38.62|10|95.41%|9.54", "|38.62|10|95%|9.54"))).empty());
}

TEST_CASE("funds_score: the funds' 得分 is not min(执行数 ÷ 预算数 × 分值, 分值)") {
  const auto found = audit(with("|95.41%|9.54", "|95.41%|9.8"));
  CHECK(says(only(found, R::funds_score), "预算执行得分填为9.8"));
  CHECK(count(found, R::scores_sum) == 1);  // the total no longer adds up either
  // 9.5405 written 9.5 is the formula's score: only the total no longer adds up.
  CHECK(rules(audit(with("|95.41%|9.54\n", "|95.41%|9.5\n"))) == std::vector{R::scores_sum});
}

TEST_CASE("full_marks_unmet: full marks for a target the actual does not meet") {
  const auto found = audit(with("|126次|20|19.38|", "|126次|20|20|"));
  const Finding& f = only(found, R::full_marks_unmet);
  CHECK(f.severity == Severity::error);
  CHECK(indicator_name(f) == "科普活动次数");
  CHECK(says(f, "“126次”未达到指标值“≥130次”，却得了满分20"));
  // Scored by the share achieved, with its reason: silent (good).
}

TEST_CASE("deduction_without_reason: a met target scored below its weight without a reason") {
  const auto found = audit(with("|95%|20|20|", "|95%|20|18|"));
  const Finding& f = only(found, R::deduction_without_reason);
  CHECK(indicator_name(f) == "活动参与率");
  CHECK(says(f, "却只得18分（分值20）"));
  // With a reason, or for a grade (达成预期指标 scores a point of its band: 27 of 30 in the good form),
  // only the total no longer adds up.
  CHECK(rules(audit(with("|95%|20|20|", "|95%|20|18|活动中途调整了统计口径。"))) == std::vector{R::scores_sum});
}

TEST_CASE("shortfall_without_reason: an unmet target without a 偏差原因") {
  const auto found = audit(with("|19.38|受天气影响 4 次活动延期。", "|19.38|"));
  const Finding& f = only(found, R::shortfall_without_reason);
  CHECK(indicator_name(f) == "科普活动次数");
  CHECK(f.line == 11);
  // A stand-in is no reason.
  CHECK(rules(audit(with("|19.38|受天气影响 4 次活动延期。", "|19.38|无"))) == std::vector{R::shortfall_without_reason});
}

TEST_CASE("word_actual: a figure target reported with words") {
  const auto found = audit(with("|≥95%|96%|", "|≥95%|达成预期指标|"));
  const Finding& f = only(found, R::word_actual);
  CHECK(indicator_name(f) == "参与群众满意度");
  CHECK(says(f, "实际完成值却只写了“达成预期指标”"));
  // For a qualitative target words are what is expected (公民科学素质 in the good form).
}

TEST_CASE("grade_against_total: the grade is not the one of the total, in bands an option sets") {
  const auto found = audit(with("自评等级|优", "自评等级|良"));
  const Finding& f = only(found, R::grade_against_total);
  CHECK(f.severity == Severity::error);
  CHECK(says(f, "总分95.92对应的等级是“优”"));
  ReviewOptions strict;
  strict.excellent_from = Decimal(96);
  CHECK(audit(with("自评等级|优", "自评等级|良"), strict).empty());
  CHECK(rules(audit(good, strict)) == std::vector{R::grade_against_total});
  CHECK(audit(with("自评等级|优", "自评等级|优秀")).empty());
}

TEST_CASE("level1_points: the weights under a 一级 outside the points the form prints for it") {
  const auto found = audit(with("产出指标（50分）", "产出指标（40分）"));
  const Finding& f = only(found, R::level1_points);
  CHECK(f.line == 11);
  CHECK(says(f, "产出指标标注40分，其下3个指标的分值合计为50"));
  // A band holds any sum within it.
  CHECK(audit(with("产出指标（50分）", "产出指标（30-50分）")).empty());
  CHECK(rules(audit(with("产出指标（50分）", "产出指标（30-45分）"))) == std::vector{R::level1_points});
}

TEST_CASE("each audit rule can be switched off") {
  ReviewOptions off;
  off.rule(R::grade_against_total).enabled = false;
  CHECK(audit(with("自评等级|优", "自评等级|良"), off).empty());
}

TEST_CASE("a 部门整体 table is reviewed as a project is, less what its form has not") {
  const ReadResult read = read_document(std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/layouts/department-whole.txt");
  REQUIRE(read.document.goals.tables.size() == 1);
  const std::vector<Finding> found = review(read.document);
  REQUIRE_FALSE(found.empty());
  for (const Finding& f : found) {
    CAPTURE(f.message);
    CHECK_FALSE(f.project);
    CHECK(f.department_table == 0u);
    CHECK(names_of(read.document, f).project_name == "部门整体支出绩效目标表");
    CHECK(project_of(read.document, f) == &read.document.goals.tables[0].common);
    // No 项目编码, 项目名称, plan or use of funds on a department's form.
    CHECK(f.rule != R::empty_cell);
    CHECK(f.rule != R::missing_plan);
    CHECK(f.rule != R::missing_use_of_funds);
  }
  // Its indicators go through the project rules: 进一步提升 is as vague here as in a project.
  const auto vague = std::find_if(found.begin(), found.end(), [](const Finding& f) { return f.rule == R::vague_target; });
  REQUIRE(vague != found.end());
  CHECK(names_of(read.document, *vague).indicator_name == "公民科学素质");
  CHECK(indicator_of(read.document, *vague) == &read.document.goals.tables[0].common.indicators.at(*vague->indicator));
  CHECK(vague->line == 20);
}

TEST_CASE("the worked audit of docs/evaluation.md") {
  const ReadResult read =
      read_document(std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples/data/zjk-kexie-2024-self-evaluation.txt");
  CHECK(read.diagnostics.empty());
  const std::vector<Finding> found = review(read.document);
  std::vector<std::pair<std::size_t, RuleId>> lines;
  for (const Finding& f : found) lines.emplace_back(f.line, f.rule);
  CHECK(lines == std::vector<std::pair<std::size_t, RuleId>>{{1, R::weights_sum},
                                                             {6, R::execution_rate},
                                                             {6, R::funds_score},
                                                             {11, R::full_marks_unmet},
                                                             {11, R::shortfall_without_reason},
                                                             {11, R::level1_points},
                                                             {12, R::deduction_without_reason},
                                                             {15, R::word_actual},
                                                             {16, R::vague_target},
                                                             {17, R::score_over_weight},
                                                             {18, R::scores_sum},
                                                             {18, R::grade_against_total}});
  CHECK(says(found[0], "各指标分值之和95加预算执行率分值10为105"));
  CHECK(says(found[10], "总分填为95，而各项得分之和为104"));

  const Evaluation e = evaluate_reported(read.document);
  REQUIRE(e.projects.size() == 1);
  const ProjectEvaluation& p = e.projects[0];
  CHECK(p.total == Decimal(101));
  CHECK(p.reported_total == Decimal(95));
  CHECK(p.difference == Decimal(-6));
  CHECK(p.grade == EvaluationGrade::优);
  CHECK(p.indicators[0].score == Decimal(18));
  CHECK(p.indicators[0].difference == Decimal(2));
  CHECK(p.indicators[1].difference == Decimal(-2));
  CHECK(p.indicators[5].score == Decimal(9));
  CHECK(p.budget.score == Decimal(9));
  CHECK(p.budget.difference == Decimal(1));
  REQUIRE(e.diagnostics.size() == 1);
  CHECK(e.diagnostics[0].code == DiagnosticCode::weights_sum);
  EvaluateOptions ratio;
  ratio.reverse = ReverseConvention::ratio;
  CHECK(evaluate_reported(read.document, ratio).projects[0].total == p.total);
}
