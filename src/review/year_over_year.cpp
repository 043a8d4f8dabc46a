// Year over year: the rules that read a pair of projects a year apart (compare.hpp) — targets made
// easier while the budget grew, targets copied beside a budget that moved a lot, a target relative
// to last year whose figure is known, last year's heaviest indicator dropped.

#include "../concat.hpp"
#include "../read/text.hpp"
#include "rules.hpp"
#include "text.hpp"

#include <jixiao/compare.hpp>
#include <jixiao/error.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace jixiao {
namespace {

using detail::concat;

bool is_cost(const Indicator& i) noexcept {
  return i.level1 == Level1::成本指标 || i.level2 == Level2::成本指标 || i.level2 == Level2::经济成本指标 ||
         i.level2 == Level2::社会成本指标 || i.level2 == Level2::生态环境成本指标;
}

std::string in_quotes(std::string_view text) { return concat("“", detail::trim(text), "”"); }

std::string signed_percent(const Decimal& percent) {
  return concat(percent.signum() > 0 ? "+" : "", percent.to_string(), "%");
}

// 预算由15.75万元增至16.63万元（+5.59%）
std::string budget_moved(const BudgetChange& b) {
  const bool up = b.change->wan().signum() > 0;
  std::string out = concat("预算由", review_detail::wan(*b.old_total), up ? "增至" : "减至", review_detail::wan(*b.new_total));
  if (b.percent) out += concat("（", signed_percent(*b.percent), "）");
  return out;
}

class PairReview {
 public:
  PairReview(const ProjectPair& pair, const Project& old_project, const Project& new_project, const ReviewOptions& options,
             std::vector<Finding>& out)
      : pair(pair), old_project(old_project), new_project(new_project), options(options), out_(out) {}

  const ProjectPair& pair;
  const Project& old_project;
  const Project& new_project;
  const ReviewOptions& options;

  bool on(RuleId rule) const noexcept { return options.rule(rule).enabled; }

  void report(RuleId rule, std::optional<std::size_t> indicator, std::string indicator_name, std::size_t line,
              std::string message, std::string suggestion) const {
    out_.push_back(Finding{rule, options.rule(rule).severity, pair.new_project.index, new_project.code.str(),
                           new_project.name.str(), indicator, std::move(indicator_name), line, std::move(message),
                           std::move(suggestion), std::nullopt});
  }

  // 上年项目“2024 科普经费”
  std::string last_year() const { return concat("上年项目", in_quotes(old_project.name)); }

 private:
  std::vector<Finding>& out_;
};

// A cost limit grows with the budget as a matter of course; any other target made easier while the
// money grew is a question for the unit.
void check_lowered(const PairReview& r) {
  const BudgetChange& b = r.pair.budget;
  if (!r.on(RuleId::targets_lowered_budget_rose) || !b.change || b.change->wan().signum() <= 0) return;
  for (const IndicatorChange& c : r.pair.indicators) {
    if (c.target.move != TargetMove::lowered) continue;
    const Indicator& now = r.new_project.indicators[c.new_indicator.index];
    if (is_cost(now) || is_cost(r.old_project.indicators[c.old_indicator.index])) continue;
    const std::string renamed =
        c.match == IndicatorMatch::renamed ? concat("（上年名为", in_quotes(c.old_indicator.name), "）") : std::string();
    r.report(RuleId::targets_lowered_budget_rose, c.new_indicator.index, now.name.str(), now.line,
             concat(budget_moved(b), "，", in_quotes(now.name), renamed, "的指标值却由", in_quotes(c.old_indicator.target),
                    "降为", in_quotes(c.new_indicator.target), "（", r.last_year(), "）。"),
             "预算增加时指标值一般不应降低：核对指标值，或在指标值确定依据中说明降低的原因。");
  }
}

// Every target that compares is as last year's, though the budget moved by more than the share.
void check_copied(const PairReview& r) {
  const BudgetChange& b = r.pair.budget;
  if (!r.on(RuleId::targets_copied) || !b.percent || b.percent->abs() <= r.options.copied_budget_share) return;
  if (r.pair.targets.raised != 0 || r.pair.targets.lowered != 0) return;
  std::vector<std::string_view> copied;
  for (const IndicatorChange& c : r.pair.indicators)
    if (c.target.move == TargetMove::unchanged && r.new_project.indicators[c.new_indicator.index].target.if_amount())
      copied.push_back(c.new_indicator.name);
  if (copied.empty()) return;
  std::string names;
  for (const std::string_view name : copied) names += concat(names.empty() ? "" : "、", in_quotes(name));
  r.report(RuleId::targets_copied, std::nullopt, {}, r.new_project.line,
           concat(budget_moved(b), "，变动超过", r.options.copied_budget_share.to_string(), "%，而", names, "的指标值与",
                  r.last_year(), "完全相同，没有一项指标值随预算调整。"),
           "按今年的预算和工作量重新测算指标值，或在确定依据中说明为何不变。");
}

// 较上年度提升 has a baseline after all when last year's target was a figure.
void check_relative(const PairReview& r, const review_detail::WordMatcher& relative) {
  if (!r.on(RuleId::relative_target_known)) return;
  for (const IndicatorChange& c : r.pair.indicators) {
    const Indicator& now = r.new_project.indicators[c.new_indicator.index];
    const Indicator& before = r.old_project.indicators[c.old_indicator.index];
    if (now.target.if_amount() || !before.target.if_amount() || relative.match(now.target.raw) == 0) continue;
    r.report(RuleId::relative_target_known, c.new_indicator.index, now.name.str(), now.line,
             concat(in_quotes(now.name), "的指标值", in_quotes(now.target.raw), "以上年为基准，而", r.last_year(), "中",
                    in_quotes(before.name), "的指标值是", in_quotes(before.target.raw), "：可以写成具体数值。"),
             concat("写出今年的具体目标值，如高于上年的", in_quotes(before.target.raw), "。"));
  }
}

// Last year's heaviest indicator (its stated weight above every other) is not in this year's table.
void check_dropped(const PairReview& r) {
  if (!r.on(RuleId::heaviest_indicator_dropped) || r.pair.removed.empty()) return;
  const std::vector<Indicator>& before = r.old_project.indicators;
  std::optional<std::size_t> heaviest;
  bool unique = false;
  Decimal total;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (!before[i].weight) continue;
    total += *before[i].weight;
    if (!heaviest || *before[i].weight > *before[*heaviest].weight) {
      heaviest = i;
      unique = true;
    } else if (*before[i].weight == *before[*heaviest].weight) {
      unique = false;
    }
  }
  if (!heaviest || !unique || total.is_zero()) return;
  const bool dropped = std::any_of(r.pair.removed.begin(), r.pair.removed.end(),
                                   [&](const IndicatorRef& x) { return x.index == *heaviest; });
  if (!dropped) return;
  const Indicator& gone = before[*heaviest];
  r.report(RuleId::heaviest_indicator_dropped, std::nullopt, gone.name.str(), r.new_project.line,
           concat(r.last_year(), "中权重最大的指标", in_quotes(gone.name), "（权重", gone.weight->to_string(), "，占权重合计",
                  total.to_string(), "的", percent_of(*gone.weight, total, 2, Rounding::half_even).to_string(),
                  "%）今年已删去。"),
           "说明删去的原因；该指标衡量的产出或效益如仍是项目的目的，应保留。");
}

}  // namespace

std::vector<Finding> review(const YearOverYear& comparison, const Document& old_document, const Document& new_document,
                            const ReviewOptions& options) {
  const std::vector<const std::vector<std::string>*> lists{&options.relative_words};
  const review_detail::WordMatcher relative(lists);
  std::vector<Finding> findings;
  for (const ProjectPair& pair : comparison.pairs) {
    if (pair.old_project.index >= old_document.projects.size() ||
        pair.new_project.index >= new_document.projects.size())
      throw Error("review: the comparison was not made of these documents (a project index is out of range)");
    const Project& old_project = old_document.projects[pair.old_project.index];
    const Project& new_project = new_document.projects[pair.new_project.index];
    for (const IndicatorChange& c : pair.indicators)
      if (c.old_indicator.index >= old_project.indicators.size() ||
          c.new_indicator.index >= new_project.indicators.size())
        throw Error("review: the comparison was not made of these documents (an indicator index is out of range)");
    const PairReview r(pair, old_project, new_project, options, findings);
    check_lowered(r);
    check_copied(r);
    check_relative(r, relative);
    check_dropped(r);
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tuple(*a.project, a.line, static_cast<int>(a.rule)) <
           std::tuple(*b.project, b.line, static_cast<int>(b.rule));
  });
  return findings;
}

}  // namespace jixiao
