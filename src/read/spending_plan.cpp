#include "spending_plan.hpp"

#include "text.hpp"

#include <utility>

namespace jixiao::detail {

void SpendingPlanRows::add(Row& row, std::size_t first, Diagnostics& diagnostics) {
  if (label_at_.size() < row.size()) label_at_.resize(row.size(), 0);
  for (std::size_t i = first; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    if (const auto month = milestone_month(row.cell(i))) {
      Milestone milestone{without_spaces(row.take(i)), *month, std::nullopt, row.line(), std::nullopt};
      const std::size_t next = i + 1;
      if (!row.empty(next) && !milestone_month(row.cell(next))) {
        if (value(row.cell(next), milestone)) {
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
    if (milestone.percent || milestone.amount) continue;
    if (value(row.cell(i), milestone)) {
      milestone.line = row.line();
      row.take(i);
    }
  }
  diagnostics.unplaced(row, "in the spending plan it is neither a milestone label nor the first percentage under one");
}

bool SpendingPlanRows::value(std::string_view text, Milestone& milestone) const {
  // Cells are trimmed, so a unit of money ends the cell.
  const bool names_money = text.ends_with("元") || text.ends_with("万");
  if (figures_ == PlanFigures::percent && !names_money) {
    milestone.percent = percent_value(text);
    return milestone.percent.has_value();
  }
  const Key key(text);
  const std::string_view s = key.view();
  // A figure that names its unit keeps it; a bare one is in the unit of the block's label.
  std::optional<Money> amount;
  if (!names_money) {
    if (const auto figure = Decimal::try_parse(s))
      amount = figures_ == PlanFigures::yuan ? Money::from_yuan(*figure) : Money::from_wan(*figure);
  } else {
    try {
      amount = Money::parse(s);
    } catch (const Error&) {
      return false;
    }
  }
  milestone.amount = std::move(amount);
  return milestone.amount.has_value();
}

SpendingPlan SpendingPlanRows::take() {
  label_at_.clear();
  figures_ = PlanFigures::percent;
  return std::exchange(plan_, {});
}

}  // namespace jixiao::detail
