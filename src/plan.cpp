#include <jixiao/plan.hpp>

namespace jixiao {

std::optional<Decimal> SpendingPlan::planned_by(int month) const {
  // Columns are not trusted to be in month order; a milestone without a month cannot be placed.
  const Milestone* latest = nullptr;
  for (const Milestone& milestone : milestones) {
    if (milestone.month == 0 || milestone.month > month || !milestone.percent) continue;
    if (!latest || milestone.month >= latest->month) latest = &milestone;
  }
  if (!latest) return std::nullopt;
  return latest->percent;
}

}  // namespace jixiao
