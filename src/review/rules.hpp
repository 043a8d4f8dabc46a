#pragma once
// What the rule families share: the project under review with facts worked out once per
// indicator, and the one way to report a finding.

#include "name_words.hpp"
#include "text.hpp"

#include <jixiao/review.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::review_detail {

// The word lists of ReviewOptions, as WordMatcher list numbers.
enum class WordList : unsigned {
  vague,
  grade,
  rate,
  rate_exception,
  change,
  count,
  reverse,
  per_unit,
  total,
  amount,
  satisfaction,
};

constexpr bool has(std::uint32_t lists, WordList list) noexcept {
  return ((lists >> static_cast<unsigned>(list)) & 1u) != 0;
}

// All the lists of `options` in one matcher, built once per review.
WordMatcher word_matcher(const ReviewOptions& options);

// What an indicator's name and place in the tree say about it, read once for all rules.
struct IndicatorFacts {
  bool checked = false;       // its content is reviewed: not redacted
  bool rate = false;          // measured as a share (资金到位率, 满意度)
  bool bounded_rate = false;  // a share that cannot pass 100 % (not 增长率)
  bool count = false;         // counts things (活动次数)
  bool reverse = false;       // less is better by its name (投诉率, 办结时间)
  bool satisfaction = false;  // 满意度指标, or a name with 满意
  bool cost = false;          // a cost in money: 成本指标 / 经济成本指标
  bool per_unit = false;      // a cost priced per unit (每个单位的补助资金)
  bool total = false;         // a cost that totals the others (预算总成本)
  // The labels (write_label) of the name and the 指标值: each is compared with several cells.
  std::u32string_view name_label;
  std::u32string_view value_label;
  // The first code points of the labels of description and basis (first_significant).
  char32_t description_first = 0;
  char32_t basis_first = 0;
};

class ProjectReview {
 public:
  // `department_table`: the project is the common part of that 部门整体 table, the only project
  // of `document`.
  ProjectReview(const Document& document, std::size_t index, const ReviewOptions& options, const WordMatcher& words,
                const NameWordReader& names, IndicatorTree tree, std::span<const IndicatorFacts> facts,
                std::size_t same_code_as, std::optional<std::size_t> department_table,
                std::vector<Finding>& out) noexcept
      : document(document),
        project(document.projects[index]),
        index(index),
        options(options),
        words(words),
        names(names),
        tree(tree),
        facts(facts),
        same_code_as(same_code_as),
        department_table(department_table),
        out_(out) {}

  const Document& document;
  const Project& project;
  std::size_t index;
  const ReviewOptions& options;
  const WordMatcher& words;
  const NameWordReader& names;  // the name words of goals and indicators (generic_words left out)
  IndicatorTree tree;  // classic or guideline_101, never detect
  std::span<const IndicatorFacts> facts;
  std::size_t same_code_as;  // an earlier project with the same 项目编码, or no_project
  std::optional<std::size_t> department_table;

  bool on(RuleId rule) const noexcept { return options.rule(rule).enabled; }
  // A 部门整体 table: no 项目编码, 项目名称, plan or use of funds on its form.
  bool department() const noexcept { return department_table.has_value(); }
  // A 自评表: it reports what happened, and its form has no plan, use of funds or 指标值确定依据.
  bool reported() const noexcept { return project.self_evaluation.has_value(); }

  // A finding about the project as a whole (at `line`, or the project's title line when 0).
  void report(RuleId rule, std::size_t line, std::string message, std::string suggestion = {}) const;
  // A finding about one indicator, at its line.
  void report_indicator(RuleId rule, std::size_t indicator, std::string message, std::string suggestion = {}) const;

 private:
  std::vector<Finding>& out_;
};

inline constexpr std::size_t no_project = static_cast<std::size_t>(-1);

// For each project, the first earlier project with the same 项目编码, or no_project.
std::vector<std::size_t> earlier_same_code(const Document& document);

// The families, one source file each. Each checks only its enabled rules.
void check_completeness(const ProjectReview& review);
void check_measurability(const ProjectReview& review);
void check_category(const ProjectReview& review);
void check_plausibility(const ProjectReview& review);
void check_money(const ProjectReview& review);
void check_plan(const ProjectReview& review);
void check_basis(const ProjectReview& review);
void check_relevance(const ProjectReview& review);
void check_self_evaluation(const ProjectReview& review);

// Whether two amounts agree within ReviewOptions::money_tolerance and, with allow_rounding, within
// half a unit in the last place of the less precise one.
bool amounts_agree(const Money& a, const Money& b, const ReviewOptions& options);
// The amount in 万元 a target's value states: a money unit, or a lone 万 (≤115万) in a cost cell.
std::optional<Money> money_value(const Quantity& quantity, bool cost_context);
// `17.5万元`: the amount with the places it was written (or computed) with.
std::string wan(const Money& amount);

}  // namespace jixiao::review_detail
