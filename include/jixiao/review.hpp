#pragma once
// Review (审核): the checks a finance bureau or a third-party evaluator makes on every target table
// before money is released (domain.md §3), in one call. Each Finding names a stable rule, the
// project and indicator it concerns, the source line, and explains itself in plain Chinese with
// the figures involved, so the unit can fix its table.
//
// Rules are identified by the names of RuleId: documented in docs/review.md, appended to and never
// renamed or reused. Every rule can be switched off and re-graded, and every threshold and word list
// set, through ReviewOptions (in C++ or from a JSON rules file).

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/money.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// Append new rules at the end; a retired rule keeps its enumerator so its name is never reused.
enum class RuleId {
  // completeness
  missing_level1,
  missing_level2,
  level_not_in_tree,
  misplaced_level2,
  empty_cell,
  description_repeats_name,
  missing_budget,
  missing_plan,
  missing_goals,
  missing_use_of_funds,
  duplicate_indicator,
  duplicate_project_code,
  redacted,
  // measurability
  target_repeats_label,
  target_not_measurable,
  vague_target,
  target_reference,
  target_unparsed,
  // category: the target fits its indicator
  direction_against_category,
  rate_unit,
  count_percent,
  cost_unit,
  // plausibility of the figures
  rate_out_of_range,
  vacuous_target,
  low_satisfaction,
  target_year,
  // money
  budget_not_positive,
  budget_sources_sum,
  budget_text_amount,
  cost_over_budget,
  cost_under_budget,
  cost_parts_sum,
  // spending plan
  plan_scale,
  plan_out_of_range,
  plan_decreasing,
  plan_incomplete,
  // basis (指标值确定依据)
  basis_empty,
  basis_repeats_label,
  // category, added with the 指标方向性 column
  direction_against_comparator,
  // self-evaluation (自评表): the reported weights and scores against the form's own figures
  score_over_weight,
  weights_sum,
  scores_sum,
  execution_rate,
  funds_score,
  full_marks_unmet,
  deduction_without_reason,
  shortfall_without_reason,
  word_actual,
  grade_against_total,
  level1_points,
  // relevance: the goals against the indicators (issue 20), and the money a per-unit price adds up to
  goal_indicator_conflict,
  goal_repeated_sentence,
  unit_cost_budget,
  goal_unmeasured,
  // year over year (review of a comparison, compare.hpp)
  targets_lowered_budget_rose,
  targets_copied,
  relative_target_known,
  heaviest_indicator_dropped,
};
// Written out rather than with BOOST_DESCRIBE_ENUM, whose list takes at most 52 names.
BOOST_DESCRIBE_ENUM_BEGIN(RuleId)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, missing_level1)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, missing_level2)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, level_not_in_tree)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, misplaced_level2)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, empty_cell)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, description_repeats_name)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, missing_budget)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, missing_plan)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, missing_goals)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, missing_use_of_funds)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, duplicate_indicator)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, duplicate_project_code)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, redacted)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, target_repeats_label)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, target_not_measurable)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, vague_target)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, target_reference)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, target_unparsed)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, direction_against_category)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, rate_unit)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, count_percent)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, cost_unit)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, rate_out_of_range)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, vacuous_target)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, low_satisfaction)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, target_year)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, budget_not_positive)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, budget_sources_sum)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, budget_text_amount)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, cost_over_budget)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, cost_under_budget)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, cost_parts_sum)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, plan_scale)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, plan_out_of_range)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, plan_decreasing)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, plan_incomplete)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, basis_empty)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, basis_repeats_label)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, direction_against_comparator)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, score_over_weight)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, weights_sum)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, scores_sum)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, execution_rate)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, funds_score)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, full_marks_unmet)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, deduction_without_reason)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, shortfall_without_reason)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, word_actual)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, grade_against_total)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, level1_points)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, goal_indicator_conflict)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, goal_repeated_sentence)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, unit_cost_budget)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, goal_unmeasured)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, targets_lowered_budget_rose)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, targets_copied)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, relative_target_known)
BOOST_DESCRIBE_ENUM_ENTRY(RuleId, heaviest_indicator_dropped)
BOOST_DESCRIBE_ENUM_END(RuleId)

inline constexpr std::size_t rule_count =
    boost::mp11::mp_size<boost::describe::describe_enumerators<RuleId>>::value;

// The source file (src/review/<family>.cpp) and the section of docs/review.md a rule lives in.
enum class RuleFamily {
  completeness, measurability, category, plausibility, money, plan, basis, self_evaluation, relevance, year_over_year
};
BOOST_DESCRIBE_ENUM(RuleFamily, completeness, measurability, category, plausibility, money, plan, basis,
                    self_evaluation, relevance, year_over_year)

struct RuleInfo {
  RuleId id{};
  RuleFamily family{};
  Severity severity{};     // the default; ReviewOptions may change it
  std::string_view title;  // what it checks, in a few Chinese words
};
BOOST_DESCRIBE_STRUCT(RuleInfo, (), (id, family, severity, title))

// Every rule, in RuleId order.
std::span<const RuleInfo> rule_catalogue() noexcept;
const RuleInfo& rule_info(RuleId id) noexcept;

// A finding holds indices, not names: project_of, indicator_of and names_of read what they point to
// in the document reviewed.
struct Finding {
  RuleId rule{};
  Severity severity = Severity::warning;
  // Index into Document::projects; none for the document as a whole and for a department table.
  std::optional<std::size_t> project;
  // Index into the project's indicators (a department table's: its common.indicators); none for a
  // project-level finding.
  std::optional<std::size_t> indicator;
  std::size_t line = 0;                  // 1-based source line; 0 when not read from a document
  std::string message;                   // plain Chinese, with the figures involved
  std::string suggestion;                // how to fix it; empty when no fix is clear
  // Index into DepartmentGoals::tables for a finding about a 部门整体 table (reviewed as a project is).
  std::optional<std::size_t> department_table;
  // Year over year (compare.hpp): an indicator of last year's project that this year's has not
  // (heaviest_indicator_dropped), as indices into the earlier document's projects and indicators.
  std::optional<std::size_t> previous_project;
  std::optional<std::size_t> previous_indicator;

  friend bool operator==(const Finding&, const Finding&) = default;
};
BOOST_DESCRIBE_STRUCT(Finding, (), (rule, severity, project, indicator, line, message, suggestion, department_table,
                                    previous_project, previous_indicator))

// The project a finding is about: Document::projects[project], or the common part of a 部门整体
// table; nullptr for the document as a whole. Error when the indices do not fit `document`.
const Project* project_of(const Document& document, const Finding& finding);
// The indicator a finding is about in `document`; nullptr when none (or when it is last year's:
// previous_indicator_of). Error when the indices do not fit `document`.
const Indicator* indicator_of(const Document& document, const Finding& finding);
// Last year's indicator a year-over-year finding is about, in `previous`, the earlier document;
// nullptr when none. Error when the indices do not fit `previous`.
const Indicator* previous_indicator_of(const Document& previous, const Finding& finding);

// The names a finding is shown with (JSON, tables, the CLI): the project's code and name (of a
// 部门整体 table: its code, usually empty, and its title), the indicator's name. A
// year-over-year finding about an indicator that is gone takes its name from `previous`, which it
// then needs (Error without it).
struct FindingNames {
  std::string_view project_code;
  std::string_view project_name;
  std::string_view indicator_name;
};
FindingNames names_of(const Document& document, const Finding& finding, const Document* previous = nullptr);

struct RuleSetting {
  bool enabled = true;
  Severity severity = Severity::warning;
  friend bool operator==(const RuleSetting&, const RuleSetting&) = default;
};
BOOST_DESCRIBE_STRUCT(RuleSetting, (), (enabled, severity))

// Every rule enabled at its catalogue severity.
std::array<RuleSetting, rule_count> default_rule_settings();

// Thresholds and word lists are local practice, not national text: every one is a default a
// caller may change. Word lists are matched as substrings of the cell (spaces ignored).
struct ReviewOptions {
  IndicatorTree tree = IndicatorTree::detect;
  // 二级 a project must have, for each tree (reported only when their 一级 is present).
  std::vector<Level2> required_level2_classic{Level2::数量指标, Level2::质量指标, Level2::时效指标, Level2::成本指标};
  std::vector<Level2> required_level2_101{Level2::数量指标, Level2::质量指标, Level2::时效指标, Level2::经济成本指标};

  // Two amounts of money agree when they differ by at most this many 万元, or (with
  // allow_rounding) by at most half a unit in the last place of the less precise one, so a
  // budget of 16.63 agrees with 16.625 stated in the text.
  Decimal money_tolerance{0};
  bool allow_rounding = true;

  Decimal satisfaction_floor{80};  // low_satisfaction: a satisfaction target below this percent
  // budget_text_amount: how far (in characters) before a figure a word of amount_words may stand.
  std::size_t amount_context = 12;

  // Words that make a target vague unless a figure gives it a baseline (进一步提升).
  std::vector<std::string> vague_words{"进一步", "逐步", "持续", "不断", "有所", "明显", "显著", "大幅", "较上年",
                                       "较去年", "提升", "提高", "促进", "改善", "增强", "加强", "扩大", "推动",
                                       "保障", "优化", "密切", "良好", "有效"};
  // Words that make a phrase checkable as yes/no or as a grade (符合“八有标准”, 无重大事故).
  std::vector<std::string> grade_words{"符合", "达到", "达标", "合格", "优秀", "优", "良", "等级", "标准", "完成",
                                       "通过", "验收", "无", "零", "全部", "按时", "按期", "及时", "是", "否"};
  // An indicator measured as a share (资金到位率, 满意度) and the words that look like one but are not.
  std::vector<std::string> rate_words{"率", "满意", "比例", "比重", "占比", "百分比", "知晓度", "认可度"};
  std::vector<std::string> rate_exceptions{"频率", "效率", "功率"};
  // A share that can exceed 100 % (增长率), so neither rate_out_of_range nor vacuous_target applies.
  std::vector<std::string> change_words{"增长", "增幅", "增加", "提高", "提升", "下降", "降低", "同比", "环比"};
  // An indicator that counts things (活动次数, 受益人数).
  std::vector<std::string> count_words{"次数", "数量", "人数", "个数", "场次", "场数", "件数", "家数", "户数", "人次",
                                       "篇数", "份数", "项数", "册数", "所数"};
  // An indicator where less is better even outside 成本 (投诉率, 事故发生率, 办结时间).
  std::vector<std::string> reverse_words{"投诉", "事故", "差错", "错误", "失误", "违规", "违纪", "违法", "不合格",
                                         "损失", "污染", "排放", "超支", "超标", "能耗", "故障", "返工", "流失",
                                         "逾期", "延误", "发生率", "伤亡", "闲置", "浪费", "误差", "偏差", "时间",
                                         "时长", "用时", "耗时", "时限", "周期", "天数"};
  // A cost indicator priced per unit (每个单位的补助资金), left out of the cost totals.
  std::vector<std::string> per_unit_words{"每", "单价", "人均", "均价", "平均", "单位成本"};
  // A cost indicator that is the total of the others (预算总成本).
  std::vector<std::string> total_words{"总", "合计"};
  // Words that mark a figure in 资金用途 as the project's money (项目预算总额 17.5 万元).
  std::vector<std::string> amount_words{"预算", "总额", "经费", "资金", "拨款", "共计", "合计", "总计", "共"};
  // Words of doing and counting that any goal or indicator may use: they do not say what a goal
  // is about, so two texts that share only these share no name word (the relevance rules).
  std::vector<std::string> generic_words{
      "通过", "开展", "组织", "举办", "召开", "进行", "完成", "实现", "做好", "落实", "推进", "推动", "促进",
      "加强", "加大", "强化", "提升", "提高", "增强", "扩大", "保障", "确保", "保证", "支持", "围绕", "按照",
      "根据", "进一步", "不断", "持续", "积极", "深入", "全面", "大力", "切实", "有效", "充分", "更好", "逐步",
      "工作", "项目", "相关", "各类", "各项", "全年", "年度", "全市", "我市", "本市", "数量", "次数", "人数",
      "个数", "总数", "情况", "水平", "能力", "指标", "目标", "预算", "成本", "资金", "经费", "费用", "时间",
      "及时", "按时"};
  // targets_copied: a budget that changed by more than this percent of last year's.
  Decimal copied_budget_share{20};
  // relative_target_known: words that make a target relative to last year's (较上年度提升).
  std::vector<std::string> relative_words{"较上年", "比上年", "较去年", "比去年", "同比", "较上一年", "比上一年"};

  // A 自评表's figures agree with the formula, or with each other, when they differ by at most this
  // many points (or percentage points), or (with allow_rounding) by half a unit in the last place
  // the form wrote: 执行率 95.41 agrees with 38.62 ÷ 40.48 = 95.405….
  Decimal score_tolerance{0};
  // grade_against_total: 优 from excellent_from, 良 from good_from, 中 from pass_from, 差 below.
  Decimal excellent_from{90};
  Decimal good_from{80};
  Decimal pass_from{60};

  std::array<RuleSetting, rule_count> rules = default_rule_settings();

  RuleSetting& rule(RuleId id) noexcept { return rules[static_cast<std::size_t>(id)]; }
  const RuleSetting& rule(RuleId id) const noexcept { return rules[static_cast<std::size_t>(id)]; }

  friend bool operator==(const ReviewOptions&, const ReviewOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(ReviewOptions, (),
                      (tree, required_level2_classic, required_level2_101, money_tolerance, allow_rounding,
                       satisfaction_floor, amount_context, vague_words, grade_words, rate_words, rate_exceptions,
                       change_words, count_words, reverse_words, per_unit_words, total_words, amount_words, generic_words,
                       copied_budget_share, relative_words, score_tolerance, excellent_from, good_from, pass_from,
                       rules))

// Reviews every project of `document`, then every 部门整体 table (DepartmentGoals::tables) as a
// project is reviewed, less the parts a department's form has not (项目编码, 资金支出计划, 资金用途).
// A 自评表 (a project with a self_evaluation) is audited besides: its weights and scores against
// its own figures (RuleFamily::self_evaluation); it is not asked for a plan, a use of funds or a
// 指标值确定依据, which its form has not. Findings come ordered by project, then line, then rule.
// Never throws on content: whatever the document holds is reported, not refused.
std::vector<Finding> review(const Document& document, const ReviewOptions& options = {});

// The tree `document` follows, as IndicatorTree::detect decides it.
IndicatorTree detect_tree(const Document& document) noexcept;

// A rules file: a JSON object with any of ReviewOptions' members (omitted ones keep their value
// in `base`). Decimals are strings ("0.005") or integers; "rules" maps rule names to true/false,
// a severity name, or {"enabled": …, "severity": …}. Unknown members and rule names are refused.
// Throws ParseError (with line and column) for malformed JSON, Error naming the member otherwise.
ReviewOptions review_options_from_json(std::string_view json, const ReviewOptions& base = {});
// Every member, pretty-printed: a complete rules file to start editing from.
std::string review_options_to_json(const ReviewOptions& options);

// An amount of money written in free text such as 资金用途: `项目预算总额 17.5 万元`, `项目经费共4万`.
// Views point into the scanned text.
struct StatedAmount {
  Money amount;               // in 万元
  std::string_view figure;    // the figure and its unit as written: "17.5 万元"
  std::string_view phrase;    // the clause up to the end of the unit: "项目预算总额 17.5 万元"
  bool approximate = false;   // 约 / 近 / 余 / 多 / 左右: not a figure to compare
  bool per_unit = false;      // 500 元/次, 每个单位2万元: a price, not a total
};

// Every figure followed by 元, 万元, 亿元 or a lone 万 (not 万人, 万字 …), in text order.
std::vector<StatedAmount> stated_amounts(std::string_view text);

}  // namespace jixiao
