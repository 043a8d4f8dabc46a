// Measurability: a target must say what counts as done (domain.md §3, 88号 “指标值应细化、量化”).
// Junk that repeats the row's own labels, phrases with no figure and no grade, vague qualitative
// wording with no baseline, and references to a figure decided elsewhere cannot be checked at the
// end of the year.

#include "rules.hpp"
#include "text.hpp"

namespace jixiao::review_detail {
namespace {

void check_phrase(const ProjectReview& r, std::size_t i, std::string_view value) {
  const Indicator& indicator = r.project.indicators[i];
  const std::uint32_t lists = r.words.match(value);
  if (has(lists, WordList::vague)) {
    // A figure in the description (较上年 2.5 万人) is the baseline the phrase is measured against.
    if (r.on(RuleId::vague_target) && !has_figure(indicator.description))
      r.report_indicator(RuleId::vague_target, i,
                         concat("指标值", cite(value), "是定性描述，没有基准值，年底无法判断是否达成。"),
                         "给出基准和目标值，例如“较上年提高5%”或“≥4万人”；确需定性的，写明评判标准和等级。");
    return;
  }
  if (r.on(RuleId::target_not_measurable) && !has(lists, WordList::grade))
    r.report_indicator(RuleId::target_not_measurable, i,
                       concat("指标值", cite(value), "既没有数字，也没有等级或达标标准，无法衡量是否完成。"),
                       "改写为带数字和单位的目标（如“≥95%”），或写明达标标准（如“符合××标准”）。");
}

}  // namespace

void check_measurability(const ProjectReview& r) {
  const auto& indicators = r.project.indicators;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    if (!r.facts[i].checked) continue;
    const Indicator& indicator = indicators[i];
    const Target& target = indicator.target;
    const IndicatorFacts& facts = r.facts[i];
    const std::string_view value = trim(target.raw);
    if (value.empty() || placeholder(value, facts.value_label)) continue;  // empty_cell

    const bool repeats_name = same_label(facts.value_label, facts.name_label);
    if (repeats_name || same_label(facts.description_first, indicator.description, facts.value_label)) {
      if (r.on(RuleId::target_repeats_label))
        r.report_indicator(RuleId::target_repeats_label, i,
                           concat("指标值", cite(value), "照抄了", repeats_name ? "三级指标名称" : "绩效指标描述",
                                  "，没有给出目标。"),
                           "写出可衡量的目标值：数量、比率、时限或达标等级，例如“≥90%”。");
      continue;
    }

    switch (target.kind()) {
      case TargetKind::reference:
        if (r.on(RuleId::target_reference))
          r.report_indicator(RuleId::target_reference, i,
                             concat("指标值", cite(value), "引用了尚未确定的数字，设定目标时没有给出数值。"),
                             "按已知或预计的数写明目标值（如“3家”），情况变化时再按程序调整。");
        break;
      case TargetKind::unparsed:
        if (has_digit(value)) {
          const Text& reason = target.as_unparsed().reason;
          if (r.on(RuleId::target_unparsed))
            r.report_indicator(
                RuleId::target_unparsed, i,
                reason.empty() ? concat("指标值", cite(value), "无法识别。")
                               : concat("指标值", cite(value), "无法识别：", reason, "。"),
                "按“比较符号 + 数值 + 单位”填写，例如“≥30次”“≤17.5万元”“2025年11月底前”。");
          break;
        }
        check_phrase(r, i, value);
        break;
      case TargetKind::qualitative:
        if (!has_digit(value)) check_phrase(r, i, value);
        break;
      default:
        break;
    }
  }
}

}  // namespace jixiao::review_detail
