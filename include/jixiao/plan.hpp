#pragma once
// SpendingPlan (资金支出计划): cumulative percent of the budget spent by each milestone month.

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>

#include <jixiao/text.hpp>
#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct Milestone {
  Text milestone;                  // the label as written: "3月底"
  int month = 0;                   // 3 for 3月底 (end of that month); 0 if the label has none
  std::optional<Decimal> percent;  // cumulative %, as written (`25%` → 25); empty cell: none
  std::size_t line = 0;            // source line of the value (or of the label if no value)
  // The cumulative amount, when the plan is written in money (资金支出计划（万元）, `2.5万元`);
  // `percent` is then computed from it and the budget (two places, half even).
  std::optional<Money> amount;

  friend bool operator==(const Milestone&, const Milestone&) = default;
};
BOOST_DESCRIBE_STRUCT(Milestone, (), (milestone, month, percent, line, amount))

struct SpendingPlan {
  std::vector<Milestone> milestones;  // in column order

  // The cumulative percent planned by the end of `month`: the latest milestone at or before it
  // that has a value; nullopt if none has.
  std::optional<Decimal> planned_by(int month) const;
  bool empty() const noexcept { return milestones.empty(); }

  friend bool operator==(const SpendingPlan&, const SpendingPlan&) = default;
};
BOOST_DESCRIBE_STRUCT(SpendingPlan, (), (milestones))

}  // namespace jixiao
