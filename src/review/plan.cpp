// Spending plan (资金支出计划): cumulative percentages of the budget by milestone. They cannot fall,
// stay within 0–100 %, and reach 100 % at the last milestone (domain.md §3). A plan written a
// hundred times too large (6000 %) or as fractions (0.25 … 1) is reported once as a scale error
// and then checked at the scale it meant.

#include "rules.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace jixiao::review_detail {
namespace {

const Decimal hundred{100};

struct Point {
  const Milestone* milestone;
  Decimal percent;
};

std::string list(const std::vector<Point>& points) {
  std::string text;
  for (const Point& p : points) {
    if (!text.empty()) text += "、";
    text += p.percent.to_string() + "%";
  }
  return text;
}

std::string label(const Milestone& m) {
  const std::string_view written = trim(m.milestone);
  return written.empty() ? std::string("该节点") : std::string(written);
}

// ×100 (6000 % for 60 %) when every value is a whole hundred and at most 10000 %; ÷100 (0.25 for
// 25 %) when the largest value is exactly 1. Otherwise the plan is taken as written.
enum class Scale { as_written, hundredfold, fractions };

Scale scale_of(const std::vector<Point>& points) {
  const auto largest = std::max_element(points.begin(), points.end(),
                                        [](const Point& a, const Point& b) { return a.percent < b.percent; });
  if (largest->percent > hundred && largest->percent <= Decimal(10000) &&
      std::all_of(points.begin(), points.end(), [](const Point& p) {
        return !p.percent.is_negative() && (p.percent * Decimal(1, 2)).is_integer();
      }))
    return Scale::hundredfold;
  if (largest->percent == Decimal(1) &&
      std::none_of(points.begin(), points.end(), [](const Point& p) { return p.percent.is_negative(); }))
    return Scale::fractions;
  return Scale::as_written;
}

}  // namespace

void check_plan(const ProjectReview& r) {
  std::vector<Point> points;
  points.reserve(r.project.spending_plan.milestones.size());  // one allocation, not one per doubling
  for (const Milestone& m : r.project.spending_plan.milestones)
    if (m.percent) points.push_back({&m, *m.percent});
  if (points.empty()) return;  // missing_plan

  const Scale scale = scale_of(points);
  if (scale != Scale::as_written) {
    const std::string written = list(points);
    for (Point& p : points)
      p.percent = (scale == Scale::hundredfold ? p.percent * Decimal(1, 2) : p.percent * hundred).normalized();
    if (r.on(RuleId::plan_scale))
      r.report(RuleId::plan_scale, points.front().milestone->line,
               scale == Scale::hundredfold
                   ? concat("资金支出计划填为", written, "，超过100%，看起来多乘了100。")
                   : concat("资金支出计划填为", written, "，看起来把100%写成了1。"),
               concat("改为", list(points), "。"));
  }

  bool out_of_range = false;
  if (r.on(RuleId::plan_out_of_range)) {
    for (const Point& p : points) {
      if (!p.percent.is_negative() && p.percent <= hundred) continue;
      out_of_range = true;
      r.report(RuleId::plan_out_of_range, p.milestone->line,
               concat(label(*p.milestone), "的累计支出计划为", p.percent.to_string(), "%，",
                      p.percent.is_negative() ? "不能为负数" : "超过了100%", "。"),
               "累计支出计划在0到100%之间，请核对数值。");
    }
  }

  if (r.on(RuleId::plan_decreasing)) {
    for (std::size_t k = 1; k < points.size(); ++k) {
      const Point& before = points[k - 1];
      const Point& now = points[k];
      if (now.percent >= before.percent) continue;
      r.report(RuleId::plan_decreasing, now.milestone->line,
               concat("累计支出计划从", label(*before.milestone), "的", before.percent.to_string(), "%降到",
                      label(*now.milestone), "的", now.percent.to_string(), "%；累计进度不会下降。"),
               "资金支出计划填的是累计进度，应逐个节点不减；请核对是否误填了当期数。");
    }
  }

  const Point& last = points.back();
  if (r.on(RuleId::plan_incomplete) && !out_of_range && last.percent < hundred)
    r.report(RuleId::plan_incomplete, last.milestone->line,
             concat("资金支出计划到最后一个节点（", label(*last.milestone), "）累计为", last.percent.to_string(),
                    "%，全年没有安排到100%。"),
             "在最后一个节点（通常为12月底）写明累计100%，或说明其余资金的支出安排。");
}

}  // namespace jixiao::review_detail
