#pragma once
// The rows of 资金支出计划（%）: milestone labels and cumulative percentages. Labels and values
// are matched by column position, because the extraction leaves empty cells where the PDF
// had merged ones: a value belongs to the label last seen in its column, whichever row that
// label was on. A label with its value in the next cell (`12月底 ⇥ 100%`) pairs on its own row.
// A plan written in money (资金支出计划（万元）, or cells such as `2.5万元`) keeps the amounts; the
// table turns them into percentages of its budget when it is complete.

#include "diagnostics.hpp"
#include "rows.hpp"

#include <jixiao/plan.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// What the bare figures of a plan are: the label of the block says (`（%）`, `（万元）`, `（元）`).
enum class PlanFigures : unsigned char { percent, wan, yuan };

class SpendingPlanRows {
 public:
  void set_figures(PlanFigures figures) noexcept { figures_ = figures; }
  // A row of the plan block from cell `first` on (1 on the row labelled 资金支出计划, 0 below it).
  void add(Row& row, std::size_t first, Diagnostics& diagnostics);
  SpendingPlan take();

 private:
  // The value of cell `text` into `milestone`; false if the cell is no figure.
  bool value(std::string_view text, Milestone& milestone) const;

  SpendingPlan plan_;
  PlanFigures figures_ = PlanFigures::percent;
  std::vector<std::size_t> label_at_;  // per column: index + 1 of the milestone labelled there; 0 if none
};

}  // namespace jixiao::detail
