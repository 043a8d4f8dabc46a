#pragma once
// The rows only a 部门整体支出绩效目标表 has: the department's money split into 收入构成 and 支出构成
// (each part with its amount and share), and the 年度履职目标 matrix (部门职能, 年度目标任务,
// 支出项目名称, 预算金额).
//
//   年度预算安排（万元）⇥收入构成⇥金额⇥占比⇥支出构成⇥金额⇥占比
//   ⇥财政拨款⇥150.00⇥87.5%⇥基本支出⇥110.61⇥64.5%
//   年度履职目标⇥部门职能⇥年度目标任务⇥支出项目名称⇥预算金额（万元）
//   ⇥科普宣传⇥开展科普活动 130 次⇥科普经费⇥40.48

#include "diagnostics.hpp"
#include "rows.hpp"

#include <jixiao/document.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace jixiao::detail {

class BudgetComposition {
 public:
  // Whether the row heads 收入构成 or 支出构成 columns.
  static bool is_header(const Row& row) noexcept;
  void header(Row& row);
  bool active() const noexcept { return !groups_.empty(); }
  // Whether the row's cells, each `offset` columns right of where it stands, leave nothing left of
  // the first group.
  bool fits(const Row& row, std::size_t offset) const noexcept;
  // A row of parts: in each group, the first text is the label, the first amount the amount, the
  // first percentage the share.
  void add(Row& row, bool yuan, Diagnostics& diagnostics);
  std::vector<BudgetShare> take_income() { return std::move(income_); }
  std::vector<BudgetShare> take_spending() { return std::move(spending_); }

 private:
  struct Group {
    std::size_t first = 0;  // column of its header
    bool income = true;
  };
  std::vector<Group> groups_;  // in column order
  std::vector<BudgetShare> income_;
  std::vector<BudgetShare> spending_;
};

class DutyMatrix {
 public:
  // Whether the row heads 年度履职目标: a cell with 履职目标, or two of 部门职能, 年度目标任务, 支出项目.
  static bool is_header(const Row& row) noexcept;
  void header(Row& row, Diagnostics& diagnostics);
  void add(Row& row, bool yuan, Diagnostics& diagnostics);
  // Whether the row's cells, each `offset` columns right of where it stands, are all under the
  // matrix's columns, an amount under 预算金额 and nowhere else.
  bool fits(const Row& row, std::size_t offset) const noexcept;
  // A page break inside the matrix (a new table of the grid): a first row without an amount, below
  // one that has it, is the rest of the row the break cut.
  void page_break() noexcept { after_break_ = true; }
  std::vector<DutyTarget> take() { return std::move(duties_); }

 private:
  enum class Column : unsigned char { none, function, task, project, amount };
  // Whether the row states no 部门职能 and no amount where the row above stated one.
  bool cut_row(const Row& row) const noexcept;
  std::vector<Column> columns_;
  std::vector<DutyTarget> duties_;
  std::string function_;  // carried down a merged 部门职能 cell
  bool after_break_ = false;
};

}  // namespace jixiao::detail
