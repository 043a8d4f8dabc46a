#pragma once
// One 项目支出绩效目标表 being read: its title, unit and money unit, then its rows — 项目编码 and
// 项目名称 (with the unit and 主管部门 beside or below them), 预算规模及资金用途 with the use-of-funds
// text below, 资金支出计划, 绩效目标 (perhaps split into 年度目标 and 中期目标), and the indicator table. A row whose first cell is empty continues the block above it (the PDF
// merged that label cell downwards).

#include "diagnostics.hpp"
#include "indicator_table.hpp"
#include "rows.hpp"
#include "spending_plan.hpp"

#include <jixiao/project.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// Which goals a text of the goals block states: the year's, or the whole period's.
enum class GoalsKind : unsigned char { none, annual, medium_term };

class ProjectTable {
 public:
  // `title` as written after its number (`1.`), which is `number` (0 if none).
  ProjectTable(std::string title, int number, std::size_t line);

  // What a label cell of a table says: a head field (项目编码, 项目名称, 实施单位, 主管部门 …), an
  // amount of the budget (预算数, 其中：财政资金, 其他资金), or the label of a block (预算规模及资金用途,
  // 资金支出计划（%）, 绩效目标, 年度目标 …); none for any other text.
  enum class Label : unsigned char { none, head, amount, budget, plan, goals };
  static Label label_of(std::string_view cell) noexcept;
  // A budget figure: `15.75`, `17.5万元`, `175000元`.
  static bool is_amount(std::string_view cell) noexcept;

  // The row that opens a table: 项目编码 or 项目名称.
  static bool is_start_row(const Row& row) noexcept;
  // A row of the head: those, or the unit (实施单位, 预算单位 …) or 主管部门, which may come first
  // under the title in the project part.
  static bool is_head_row(const Row& row) noexcept;

  void set_unit(const std::string& code, const std::string& name);
  // The document's department, which a 主管部门 cell should name.
  void set_department(const std::string& department) { department_ = department; }
  // The 主管部门 the table states when the document named none before it; empty otherwise.
  const std::string& stated_department() const noexcept { return stated_department_; }
  // Amounts in 元 rather than 万元 (`单位：元`).
  void set_amounts_in_yuan(bool yuan) noexcept { yuan_ = yuan; }

  bool has_rows() const noexcept { return rows_ > 0; }
  // Rows beyond the 项目编码/项目名称 rows have come: another such row starts a new table.
  bool past_head() const noexcept { return rows_ > 0 && block_ != Block::head; }
  int number() const noexcept { return number_; }

  void add(Row& row, Diagnostics& diagnostics);
  // A page break inside the table: the grid's next table row continues this table.
  void page_break() noexcept { indicators_.page_break(); }
  // The project, with diagnostics for what the table lacks; `year` completes targets.
  Project finish(int year, Headings& headings, Diagnostics& diagnostics);

 private:
  enum class Block { none, head, budget, plan, goals, indicators };

  void head_row(Row& row, Diagnostics& diagnostics);
  // The unit or 主管部门 in cell `value` after its label; false when reported instead.
  bool head_unit(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics);
  bool head_department(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics);
  void budget_row(Row& row, Diagnostics& diagnostics);
  void goals_row(Row& row, std::size_t first, Diagnostics& diagnostics);
  GoalsKind goals_column(std::size_t column) const noexcept;
  // A plan written in amounts gets its percentages from the budget.
  void plan_percentages(Diagnostics& diagnostics);
  void headerless_indicator(Row& row, Diagnostics& diagnostics);

  Project project_;
  int number_ = 0;
  bool yuan_ = false;
  bool budget_row_ = false;
  std::size_t rows_ = 0;
  Block block_ = Block::none;
  SpendingPlanRows plan_;
  IndicatorTable indicators_;
  std::string goals_;
  std::string medium_term_goals_;
  std::vector<GoalsKind> goals_columns_;  // the 年度目标 / 中期目标 label over each column, if any
  std::string department_;
  std::string stated_department_;
};

}  // namespace jixiao::detail
