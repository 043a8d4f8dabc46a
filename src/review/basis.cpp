// Basis (指标值确定依据): feasibility needs a source for each target value — a plan, a policy, past
// data or a calculation (domain.md §3). An empty cell, or one that repeats the row's own labels,
// gives none.

#include "rules.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace jixiao::review_detail {

void check_basis(const ProjectReview& r) {
  if (r.reported()) return;  // a 自评表 has no 指标值确定依据 column
  const auto& indicators = r.project.indicators;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    if (!r.facts[i].checked) continue;
    const Indicator& indicator = indicators[i];
    const IndicatorFacts& facts = r.facts[i];
    const std::string_view basis = trim(indicator.basis);
    if (basis.empty() || placeholder(basis)) {
      if (r.on(RuleId::basis_empty))
        r.report_indicator(RuleId::basis_empty, i, "未填指标值确定依据。",
                           "写明目标值的来源，如工作计划、政策文件、历史数据或测算过程。");
      continue;
    }
    if (!r.on(RuleId::basis_repeats_label)) continue;
    std::string_view repeated;
    if (same_label(facts.basis_first, basis, facts.name_label)) repeated = "三级指标名称";
    else if (same_label(facts.basis_first, basis, facts.description_first, indicator.description))
      repeated = "绩效指标描述";
    else if (same_label(facts.basis_first, basis, facts.value_label)) repeated = "指标值";
    else if (label_ends_with(indicator.name, basis)) repeated = "三级指标名称的一部分";
    if (repeated.empty()) continue;
    r.report_indicator(RuleId::basis_repeats_label, i,
                       fmt::format("指标值确定依据{}只是重复了{}，没有说明目标值从何而来。", cite(basis), repeated),
                       "写明目标值的来源，如工作计划、政策文件、历史数据或测算过程。");
  }
}

}  // namespace jixiao::review_detail
