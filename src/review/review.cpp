#include "rules.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace jixiao {
namespace {

using review_detail::IndicatorFacts;
using review_detail::WordMatcher;

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;
constexpr auto I = Severity::info;
using F = RuleFamily;
using R = RuleId;

constexpr std::array<RuleInfo, rule_count> catalogue{{
    {R::missing_level1, F::completeness, E, "缺少必备的一级指标"},
    {R::missing_level2, F::completeness, W, "缺少必备的二级指标"},
    {R::level_not_in_tree, F::completeness, W, "一级或二级指标不属于所用的指标体系"},
    {R::misplaced_level2, F::completeness, W, "二级指标放在了不对应的一级指标下"},
    {R::empty_cell, F::completeness, E, "必填栏目为空"},
    {R::description_repeats_name, F::completeness, I, "绩效指标描述照抄了三级指标名称"},
    {R::missing_budget, F::completeness, E, "未填预算数"},
    {R::missing_plan, F::completeness, W, "未填资金支出计划"},
    {R::missing_goals, F::completeness, W, "未填绩效目标"},
    {R::missing_use_of_funds, F::completeness, W, "未填资金用途"},
    {R::duplicate_indicator, F::completeness, W, "同一项目中三级指标重名"},
    {R::duplicate_project_code, F::completeness, E, "项目编码重复"},
    {R::redacted, F::completeness, I, "涉密内容，未审核"},
    {R::target_repeats_label, F::measurability, E, "指标值照抄了指标名称或描述"},
    {R::target_not_measurable, F::measurability, W, "指标值既无数字也无等级或标准"},
    {R::vague_target, F::measurability, W, "定性指标值含糊且无基准"},
    {R::target_reference, F::measurability, W, "指标值引用尚未确定的数字"},
    {R::target_unparsed, F::measurability, W, "指标值无法识别"},
    {R::direction_against_category, F::category, E, "比较方向与指标类别相反"},
    {R::rate_unit, F::category, E, "比率类指标的单位不是百分比"},
    {R::count_percent, F::category, W, "数量类指标用了百分比"},
    {R::cost_unit, F::category, W, "成本指标不是金额"},
    {R::rate_out_of_range, F::plausibility, E, "比率超出0–100%"},
    {R::vacuous_target, F::plausibility, W, "指标值对任何结果都成立"},
    {R::low_satisfaction, F::plausibility, W, "满意度目标偏低"},
    {R::target_year, F::plausibility, W, "指标值的年份与预算年度不符"},
    {R::budget_not_positive, F::money, E, "预算数不大于零"},
    {R::budget_sources_sum, F::money, E, "资金来源之和不等于预算数"},
    {R::budget_text_amount, F::money, E, "资金用途所写金额与预算数不一致"},
    {R::cost_over_budget, F::money, E, "成本指标超过预算数"},
    {R::cost_under_budget, F::money, W, "成本指标少于预算数"},
    {R::cost_parts_sum, F::money, E, "成本分项之和不等于总成本"},
    {R::plan_scale, F::plan, E, "资金支出计划的数量级不对"},
    {R::plan_out_of_range, F::plan, E, "资金支出计划超出0–100%"},
    {R::plan_decreasing, F::plan, E, "累计资金支出计划下降"},
    {R::plan_incomplete, F::plan, W, "资金支出计划未达到100%"},
    {R::basis_empty, F::basis, W, "未填指标值确定依据"},
    {R::basis_repeats_label, F::basis, W, "确定依据照抄了指标名称、描述或指标值"},
    {R::direction_against_comparator, F::category, W, "指标方向性与比较方向相反"},
    {R::score_over_weight, F::self_evaluation, E, "得分高于分值"},
    {R::weights_sum, F::self_evaluation, W, "分值合计不是100分"},
    {R::scores_sum, F::self_evaluation, E, "各项得分之和不等于总分"},
    {R::execution_rate, F::self_evaluation, W, "执行率不等于执行数除以预算数"},
    {R::funds_score, F::self_evaluation, W, "预算执行得分与计算公式不符"},
    {R::full_marks_unmet, F::self_evaluation, E, "未完成目标却得满分"},
    {R::deduction_without_reason, F::self_evaluation, W, "完成目标却扣分且未说明原因"},
    {R::shortfall_without_reason, F::self_evaluation, W, "未完成目标且未说明偏差原因"},
    {R::word_actual, F::self_evaluation, W, "数量目标的实际完成值只写了文字"},
    {R::grade_against_total, F::self_evaluation, E, "自评等级与总分不符"},
    {R::level1_points, F::self_evaluation, W, "一级指标分值与表中标注不符"},
    {R::goal_indicator_conflict, F::relevance, W, "绩效目标中的数字与衡量它的指标值矛盾"},
    {R::goal_repeated_sentence, F::relevance, W, "绩效目标中同一句话重复出现"},
    {R::unit_cost_budget, F::money, W, "单价乘数量与预算数不一致"},
    {R::goal_unmeasured, F::relevance, I, "绩效目标没有指标衡量"},
    {R::targets_lowered_budget_rose, F::year_over_year, W, "预算增加而指标值降低"},
    {R::targets_copied, F::year_over_year, W, "预算变化较大而指标值照搬上年"},
    {R::relative_target_known, F::year_over_year, I, "“较上年提升”类指标值的上年数值已知"},
    {R::heaviest_indicator_dropped, F::year_over_year, W, "删去了上年权重最大的指标"},
}};

constexpr bool catalogue_in_id_order() {
  for (std::size_t i = 0; i < catalogue.size(); ++i)
    if (static_cast<std::size_t>(catalogue[i].id) != i) return false;
  return true;
}
static_assert(catalogue_in_id_order(), "the catalogue lists every rule once, in RuleId order");

// `labels` is where the labels of the name and the value go: room for one code point per byte.
IndicatorFacts facts_of(const Project& project, const Indicator& indicator, const WordMatcher& words,
                        char32_t* labels) {
  using namespace review_detail;
  IndicatorFacts facts;
  facts.checked = !project.redacted && !indicator.target.if_redacted();
  facts.name_label = std::u32string_view(labels, write_label(indicator.name, labels));
  labels += indicator.name.size();
  facts.value_label = std::u32string_view(labels, write_label(indicator.target.raw, labels));
  facts.description_first = first_significant(indicator.description);
  facts.basis_first = first_significant(indicator.basis);
  const std::uint32_t in_name = words.match(indicator.name);
  facts.rate = has(in_name, WordList::rate) && !has(in_name, WordList::rate_exception);
  facts.bounded_rate = facts.rate && !has(in_name, WordList::change);
  facts.count = !facts.rate && has(in_name, WordList::count);
  facts.reverse = has(in_name, WordList::reverse);
  facts.satisfaction = indicator.level1 == Level1::满意度指标 || indicator.level2 == Level2::服务对象满意度指标 ||
                       has(in_name, WordList::satisfaction);
  facts.cost = indicator.level2 == Level2::成本指标 || indicator.level2 == Level2::经济成本指标 ||
               (indicator.level1 == Level1::成本指标 && indicator.level2 == Level2::其他);
  facts.per_unit = facts.cost && has(in_name, WordList::per_unit);
  facts.total = facts.cost && !facts.per_unit && has(in_name, WordList::total);
  return facts;
}

}  // namespace

std::span<const RuleInfo> rule_catalogue() noexcept { return catalogue; }

const RuleInfo& rule_info(RuleId id) noexcept { return catalogue[static_cast<std::size_t>(id)]; }

std::array<RuleSetting, rule_count> default_rule_settings() {
  std::array<RuleSetting, rule_count> settings;
  for (std::size_t i = 0; i < rule_count; ++i) settings[i] = {true, catalogue[i].severity};
  return settings;
}

IndicatorTree detect_tree(const Document& document) noexcept {
  for (const Project& project : document.projects)
    for (const Indicator& indicator : project.indicators)
      if (indicator.level1 == Level1::成本指标) return IndicatorTree::guideline_101;
  return IndicatorTree::classic;
}

std::vector<Finding> review(const Document& document, const ReviewOptions& options) {
  std::vector<Finding> findings;
  const IndicatorTree tree = options.tree == IndicatorTree::detect ? detect_tree(document) : options.tree;
  const WordMatcher words = review_detail::word_matcher(options);
  const review_detail::NameWordReader names(options.generic_words);
  const std::vector<std::size_t> same_code = review_detail::earlier_same_code(document);
  std::vector<IndicatorFacts> facts;
  std::vector<char32_t> labels;
  std::vector<Finding> reported;  // one project's findings, in the order the families report them
  std::vector<std::size_t> order;
  // A project of `of`, or the common part of department table `table` (then the only project of `of`).
  const auto review_project = [&](const Document& of, std::size_t index, std::optional<std::size_t> table) {
    const Project& project = of.projects[index];
    facts.clear();
    // A label has at most one code point per byte of its cell; the facts view into `labels`.
    std::size_t bytes = 0;
    for (const Indicator& indicator : project.indicators) bytes += indicator.name.size() + indicator.target.raw.size();
    if (labels.size() < bytes) labels.resize(bytes);
    char32_t* room = labels.data();
    for (const Indicator& indicator : project.indicators) {
      facts.push_back(facts_of(project, indicator, words, room));
      room += indicator.name.size() + indicator.target.raw.size();
    }
    reported.clear();
    const review_detail::ProjectReview project_review(of, index, options, words, names, tree, facts,
                                                      table ? review_detail::no_project : same_code[index], table,
                                                      reported);
    review_detail::check_completeness(project_review);
    review_detail::check_measurability(project_review);
    review_detail::check_category(project_review);
    review_detail::check_plausibility(project_review);
    review_detail::check_money(project_review);
    if (!table) review_detail::check_plan(project_review);
    review_detail::check_basis(project_review);
    review_detail::check_relevance(project_review);
    review_detail::check_self_evaluation(project_review);
    // The families report rule by rule; a reader wants the table top to bottom. Positions are
    // sorted, the report order breaking ties, and each finding moved once into place.
    order.resize(reported.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tuple(reported[a].line, static_cast<int>(reported[a].rule), a) <
             std::tuple(reported[b].line, static_cast<int>(reported[b].rule), b);
    });
    for (const std::size_t k : order) findings.push_back(std::move(reported[k]));
  };
  for (std::size_t index = 0; index < document.projects.size(); ++index) review_project(document, index, std::nullopt);
  const auto& tables = document.goals.tables;
  for (std::size_t t = 0; t < tables.size(); ++t) {
    // Reviewed as the only project of a document of its own: the rules read the project they are given.
    Document alone;
    alone.department = document.department;
    alone.year = document.year;
    alone.projects.push_back(tables[t].common);
    review_project(alone, 0, t);
  }
  return findings;
}
namespace review_detail {

void ProjectReview::report(RuleId rule, std::size_t line, std::string message, std::string suggestion) const {
  out_.push_back(Finding{rule, options.rule(rule).severity, department() ? std::nullopt : std::optional(index),
                         project.code.str(), (department() ? project.title : project.name).str(), std::nullopt, {},
                         line != 0 ? line : project.line, std::move(message), std::move(suggestion),
                         department_table});
}

void ProjectReview::report_indicator(RuleId rule, std::size_t indicator, std::string message,
                                     std::string suggestion) const {
  const Indicator& row = project.indicators[indicator];
  out_.push_back(Finding{rule, options.rule(rule).severity, department() ? std::nullopt : std::optional(index),
                         project.code.str(), (department() ? project.title : project.name).str(), indicator, row.name.str(),
                         row.line,
                         std::move(message), std::move(suggestion), department_table});
}

WordMatcher word_matcher(const ReviewOptions& options) {
  const std::vector<std::string> satisfaction{"满意"};
  // In WordList order.
  const std::vector<std::string>* const lists[]{
      &options.vague_words,  &options.grade_words,    &options.rate_words,     &options.rate_exceptions,
      &options.change_words, &options.count_words,    &options.reverse_words,  &options.per_unit_words,
      &options.total_words,  &options.amount_words,   &satisfaction,
  };
  static_assert(sizeof(lists) / sizeof(lists[0]) == static_cast<std::size_t>(WordList::satisfaction) + 1);
  return WordMatcher(lists);
}

bool amounts_agree(const Money& a, const Money& b, const ReviewOptions& options) {
  const Decimal difference = (a.wan() - b.wan()).abs();
  if (difference <= options.money_tolerance) return true;
  if (!options.allow_rounding) return false;
  const int places = std::min(a.wan().scale(), b.wan().scale());
  return difference <= Decimal(5, places + 1);
}

std::optional<Money> money_value(const Quantity& quantity, bool cost_context) {
  if (quantity.unit.kind() == UnitKind::money && quantity.unit.base() == "元") {
    if (quantity.unit.factor() == Decimal(10000)) return Money(quantity.value);  // keeps `4.00` as written
    return Money(Money::from_yuan(quantity.value * quantity.unit.factor()).wan().normalized());
  }
  // In a table stated in 万元, `≤115万` on a cost row is 115 万元.
  if (cost_context && quantity.unit.kind() == UnitKind::scale && quantity.unit.symbol() == "万")
    return Money(quantity.value);
  return std::nullopt;
}

std::string wan(const Money& amount) { return amount.wan().to_string() + "万元"; }

}  // namespace review_detail
}  // namespace jixiao
