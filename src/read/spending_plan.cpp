#include "spending_plan.hpp"

#include "text.hpp"

#include <utility>

namespace jixiao::detail {

void SpendingPlanRows::add(Row& row, std::size_t first, Diagnostics& diagnostics) {
  if (label_at_.size() < row.size()) label_at_.resize(row.size(), 0);
  for (std::size_t i = first; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    if (const auto month = milestone_month(row.cell(i))) {
      Milestone milestone{without_spaces(row.take(i)), *month, std::nullopt, row.line()};
      const std::size_t next = i + 1;
      if (!row.empty(next) && !milestone_month(row.cell(next))) {
        if (auto percent = percent_value(row.cell(next))) {
          milestone.percent = std::move(percent);
          row.take(next);
          plan_.milestones.push_back(std::move(milestone));
          i = next;
          continue;
        }
      }
      plan_.milestones.push_back(std::move(milestone));
      label_at_[i] = plan_.milestones.size();
      continue;
    }
    const std::size_t labelled = label_at_[i];
    if (labelled == 0) continue;
    Milestone& milestone = plan_.milestones[labelled - 1];
    if (milestone.percent) continue;
    if (auto percent = percent_value(row.cell(i))) {
      milestone.percent = std::move(percent);
      milestone.line = row.line();
      row.take(i);
    }
  }
  diagnostics.unplaced(row, "in the spending plan it is neither a milestone label nor the first percentage under one");
}

SpendingPlan SpendingPlanRows::take() {
  label_at_.clear();
  return std::exchange(plan_, {});
}

}  // namespace jixiao::detail
