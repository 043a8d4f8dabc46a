// Completeness: the parts a target table must have (domain.md §3: 产出, 效益, 满意度, and 成本 under
// 101号; budget, spending plan, goals, use of funds), cells that must not be empty, labels that
// must not repeat, and redacted content that cannot be reviewed.

#include "rules.hpp"
#include "text.hpp"

#include <jixiao/describe.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace jixiao::review_detail {
namespace {

std::string_view tree_name(IndicatorTree tree) {
  return tree == IndicatorTree::guideline_101 ? "财预〔2021〕101号指标体系" : "财预〔2020〕10号常规指标体系";
}

std::string_view required_example(Level1 level1) {
  switch (level1) {
    case Level1::产出指标:
      return "数量、质量、时效指标";
    case Level1::效益指标:
      return "社会效益、经济效益、生态效益或可持续影响指标";
    case Level1::满意度指标:
      return "服务对象满意度指标";
    case Level1::成本指标:
      return "经济成本指标";
    case Level1::其他:
      break;
  }
  return {};
}

void check_redacted(const ProjectReview& r) {
  if (!r.on(RuleId::redacted)) return;
  if (r.project.redacted) {
    r.report(RuleId::redacted, 0, "项目表为涉密表，指标内容未公开，未审核其绩效指标。");
    return;
  }
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i)
    if (r.project.indicators[i].target.if_redacted())
      r.report_indicator(RuleId::redacted, i, "指标值为涉密，未审核该指标。");
}

void check_empty_cells(const ProjectReview& r) {
  if (!r.on(RuleId::empty_cell)) return;
  const Project& p = r.project;
  // The 自评表 and the department's forms have no 项目编码; the department's no 项目名称 either.
  if (is_blank(p.code) && !r.reported() && !r.department())
    r.report(RuleId::empty_cell, 0, "未填项目编码。", "填写预算系统中的项目编码。");
  if (is_blank(p.name) && !r.department()) r.report(RuleId::empty_cell, 0, "未填项目名称。", "填写与预算批复一致的项目名称。");
  for (std::size_t i = 0; i < p.indicators.size(); ++i) {
    const Indicator& indicator = p.indicators[i];
    // A label longer than any stand-in word is a filled cell: most rows need no more than this.
    if (r.facts[i].name_label.size() > 3 && r.facts[i].value_label.size() > 3 && !is_blank(indicator.level1_text) &&
        !is_blank(indicator.level2_text))
      continue;
    std::string empty;
    // A stand-in such as “/” or “待定” in a value column is as empty as a blank cell.
    const auto note = [&](std::string_view cell, std::string_view column, std::u32string_view label,
                          bool value_column) {
      const bool stand_in = value_column && placeholder(cell, label);
      if (!is_blank(cell) && !stand_in) return;
      if (!empty.empty()) empty += "、";
      empty += column;
      if (stand_in) empty += fmt::format("（只填了{}）", cite(cell));
    };
    note(indicator.level1_text, "一级指标", {}, false);
    note(indicator.level2_text, "二级指标", {}, false);
    note(indicator.name, "三级指标", r.facts[i].name_label, true);
    note(indicator.target.raw, "指标值", r.facts[i].value_label, true);
    if (!empty.empty())
      r.report_indicator(RuleId::empty_cell, i, fmt::format("{}为空。", empty), "补填这些栏目。");
  }
}

// One finding for the project: the rows are usually many, and the fix is the same for all.
void check_descriptions(const ProjectReview& r) {
  if (!r.on(RuleId::description_repeats_name)) return;
  std::string names;
  std::size_t count = 0;
  std::size_t line = 0;
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
    const Indicator& indicator = r.project.indicators[i];
    const IndicatorFacts& facts = r.facts[i];
    if (!facts.checked || !same_label(facts.description_first, indicator.description, facts.name_label)) continue;
    if (count++ == 0) line = indicator.line;
    if (!names.empty()) names += "、";
    names += trim(indicator.name);
  }
  if (count == 0) return;
  r.report(RuleId::description_repeats_name, line,
           fmt::format("{}个指标的绩效指标描述只是重复了三级指标名称：{}。", count, cite(names, 60)),
           "在描述中写明指标衡量什么、怎样计算，例如“完好展品数占展品总数的比例”。");
}

void check_levels(const ProjectReview& r) {
  const Project& p = r.project;
  constexpr std::size_t level1_count = boost::mp11::mp_size<boost::describe::describe_enumerators<Level1>>::value;
  constexpr std::size_t level2_count = boost::mp11::mp_size<boost::describe::describe_enumerators<Level2>>::value;
  std::array<bool, level1_count> has_level1{};
  std::array<bool, level2_count> has_level2{};
  std::array<std::size_t, level1_count> first_line{};  // the first row of each 一级
  for (const Indicator& indicator : p.indicators) {
    const auto l1 = static_cast<std::size_t>(indicator.level1);
    if (!has_level1[l1]) first_line[l1] = indicator.line;
    has_level1[l1] = true;
    has_level2[static_cast<std::size_t>(indicator.level2)] = true;
  }
  const bool guideline_101 = r.tree == IndicatorTree::guideline_101;

  if (r.on(RuleId::missing_level1)) {
    for (const Level1 level1 : {Level1::产出指标, Level1::成本指标, Level1::效益指标, Level1::满意度指标}) {
      if (level1 == Level1::成本指标 && !guideline_101) continue;
      if (has_level1[static_cast<std::size_t>(level1)]) continue;
      r.report(RuleId::missing_level1, 0,
               fmt::format("缺少一级指标“{}”；{}要求产出、{}效益和满意度指标。", level1, tree_name(r.tree),
                           guideline_101 ? "成本、" : ""),
               fmt::format("补充{}，如{}。", level1, required_example(level1)));
    }
  }

  if (r.on(RuleId::missing_level2)) {
    const auto& required = guideline_101 ? r.options.required_level2_101 : r.options.required_level2_classic;
    for (const Level2 level2 : required) {
      const Level1 parent = parent_of(level2, r.tree);
      if (parent == Level1::其他 || !has_level1[static_cast<std::size_t>(parent)]) continue;
      bool present = has_level2[static_cast<std::size_t>(level2)];
      // Under 101号 a 成本指标 row headed just 成本指标 stands for its economic cost.
      if (level2 == Level2::经济成本指标) present = present || has_level2[static_cast<std::size_t>(Level2::成本指标)];
      if (present) continue;
      r.report(RuleId::missing_level2, first_line[static_cast<std::size_t>(parent)],
               fmt::format("{}下缺少二级指标“{}”。", parent, level2),
               fmt::format("补充至少一个{}。", level2));
    }
  }

  // Unknown or misplaced headings are reported once per project for each distinct heading.
  if (r.on(RuleId::level_not_in_tree) || r.on(RuleId::misplaced_level2)) {
    std::vector<std::string_view> seen_outside;
    std::vector<Level2> seen_misplaced;
    const auto first_time = [](auto& seen, auto key) {
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) return false;
      seen.push_back(key);
      return true;
    };
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
      const Indicator& indicator = p.indicators[i];
      const Level1 parent = parent_of(indicator.level2, r.tree);  // 其他 for an unknown 二级 and one of the other tree
      if (r.on(RuleId::level_not_in_tree)) {
        // The headings first, the text only when they say "outside": is_blank() is the dearer test.
        const bool level1_outside = (indicator.level1 == Level1::其他 ||
                                     (indicator.level1 == Level1::成本指标 && !guideline_101)) &&
                                    !is_blank(indicator.level1_text);
        if (level1_outside && first_time(seen_outside, std::string_view(indicator.level1_text)))
          r.report_indicator(RuleId::level_not_in_tree, i,
                             fmt::format("一级指标“{}”不属于{}。", trim(indicator.level1_text), tree_name(r.tree)),
                             guideline_101 ? "一级指标应为产出、成本、效益或满意度指标。"
                                           : "一级指标应为产出、效益或满意度指标（成本指标是产出指标下的二级）。");
        const bool level2_outside = parent == Level1::其他 && !is_blank(indicator.level2_text);
        if (level2_outside && first_time(seen_outside, std::string_view(indicator.level2_text)))
          r.report_indicator(RuleId::level_not_in_tree, i,
                             fmt::format("二级指标“{}”不属于{}。", trim(indicator.level2_text), tree_name(r.tree)),
                             "改用指标体系中的二级指标名称。");
      }
      // A 二级 of the tree under another 一级 than its own.
      if (r.on(RuleId::misplaced_level2) && indicator.level1 != Level1::其他 && indicator.level2 != Level2::其他) {
        if (parent != Level1::其他 && parent != indicator.level1 && first_time(seen_misplaced, indicator.level2))
          r.report_indicator(RuleId::misplaced_level2, i,
                             fmt::format("二级指标“{}”放在了一级指标“{}”下，它属于“{}”。", indicator.level2,
                                         indicator.level1, parent),
                             fmt::format("把该行移到{}下。", parent));
      }
    }
  }
}

void check_project_parts(const ProjectReview& r) {
  const Project& p = r.project;
  if (r.on(RuleId::missing_budget) && !p.budget.total)
    r.report(RuleId::missing_budget, 0, "未填预算数。", "按预算批复填写预算数及财政资金、其他资金。");
  // A 自评表 reports what happened, a department's form states no plan or use of funds.
  const bool planned = !r.reported() && !r.department();
  if (r.on(RuleId::missing_plan) && planned) {
    const bool any = std::any_of(p.spending_plan.milestones.begin(), p.spending_plan.milestones.end(),
                                 [](const Milestone& m) { return m.percent.has_value(); });
    if (!any)
      r.report(RuleId::missing_plan, 0, "未填资金支出计划。", "按月份节点填写累计支出进度，最后一个节点为100%。");
  }
  if (r.on(RuleId::missing_goals) && std::all_of(p.goals.begin(), p.goals.end(), [](const Text& g) {
        return is_blank(g);
      }))
    r.report(RuleId::missing_goals, 0, "未填绩效目标。", "写明项目全年要完成的产出和达到的效果。");
  if (r.on(RuleId::missing_use_of_funds) && planned && is_blank(p.use_of_funds))
    r.report(RuleId::missing_use_of_funds, 0, "未填资金用途。", "写明预算总额、资金来源和主要支出内容。");
}

// `第 12 行`, or the row's position when the document was not read from text.
std::string row(const Indicator& indicator, std::size_t index) {
  return indicator.line != 0 ? fmt::format("第{}行", indicator.line) : fmt::format("第{}个指标", index + 1);
}

void check_duplicates(const ProjectReview& r) {
  if (!r.on(RuleId::duplicate_indicator)) return;
  const auto& indicators = r.project.indicators;
  // Sorting by (hash, index) finds repeated names in n log n; equal hashes are confirmed by text.
  std::vector<std::pair<std::uint64_t, std::size_t>> keys;
  keys.reserve(indicators.size());
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (r.facts[i].checked && !is_blank(indicators[i].name)) keys.emplace_back(label_hash(r.facts[i].name_label), i);
  std::sort(keys.begin(), keys.end());
  for (std::size_t begin = 0; begin < keys.size();) {
    std::size_t end = begin + 1;
    while (end < keys.size() && keys[end].first == keys[begin].first) ++end;
    for (std::size_t k = begin + 1; k < end; ++k) {
      const std::size_t i = keys[k].second;
      for (std::size_t f = begin; f < k; ++f) {
        const std::size_t j = keys[f].second;  // the earliest row with the same name
        if (!same_label(r.facts[i].name_label, r.facts[j].name_label)) continue;
        r.report_indicator(RuleId::duplicate_indicator, i,
                           fmt::format("三级指标{}与{}的指标重名，监控和评价时无法区分。", cite(indicators[i].name),
                                       row(indicators[j], j)),
                           "改用能区分两者的名称，写明各自衡量的内容。");
        break;
      }
    }
    begin = end;
  }
}

}  // namespace

void check_completeness(const ProjectReview& r) {
  if (r.same_code_as != no_project && r.on(RuleId::duplicate_project_code))
    r.report(RuleId::duplicate_project_code, 0,
             fmt::format("项目编码{}与第{}个项目{}重复。", trim(r.project.code), r.same_code_as + 1,
                         cite(r.document.projects[r.same_code_as].name)),
             "核对项目编码，每个项目应有唯一的编码。");
  check_redacted(r);
  check_empty_cells(r);
  check_descriptions(r);
  check_levels(r);
  check_project_parts(r);
  check_duplicates(r);
}

std::vector<std::size_t> earlier_same_code(const Document& document) {
  std::vector<std::size_t> earlier(document.projects.size(), no_project);
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < document.projects.size(); ++i) {
    const std::string_view code = trim(document.projects[i].code);
    if (code.empty()) continue;
    const auto [it, inserted] = first.emplace(code, i);
    if (!inserted) earlier[i] = it->second;
  }
  return earlier;
}
}  // namespace jixiao::review_detail
