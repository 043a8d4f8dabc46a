#pragma once
// The rows of 资金支出计划（%）: milestone labels and cumulative percentages. Labels and values
// are matched by column position, because the extraction leaves empty cells where the PDF
// had merged ones: a value belongs to the label last seen in its column, whichever row that
// label was on. A label with its value in the next cell (`12月底 ⇥ 100%`) pairs on its own row.

#include "diagnostics.hpp"
#include "rows.hpp"

#include <jixiao/plan.hpp>

#include <cstddef>
#include <vector>

namespace jixiao::detail {

class SpendingPlanRows {
 public:
  // A row of the plan block from cell `first` on (1 on the row labelled 资金支出计划, 0 below it).
  void add(Row& row, std::size_t first, Diagnostics& diagnostics);
  SpendingPlan take();

 private:
  SpendingPlan plan_;
  std::vector<std::size_t> label_at_;  // per column: index + 1 of the milestone labelled there; 0 if none
};

}  // namespace jixiao::detail
