#pragma once
// One table of a form being read: a 项目支出绩效目标表, a 项目支出绩效自评表, or a 部门整体支出绩效
// 目标表 / 自评表. Its title, unit and money unit, then its rows — the head (项目编码, 项目名称, the unit,
// 主管部门, and labelled fields such as 项目负责人 or 项目属性), 预算规模及资金用途 (or 资金总额及构成)
// with the use-of-funds text below, the funds block of a 自评表, 资金支出计划, 绩效目标 (perhaps split
// into 年度目标 and 中期目标, and in a 自评表 beside its 实际完成情况), the indicator table, the 总分 and
// 自评等级 rows, and in a department table its 收入构成 / 支出构成 and 年度履职目标. A row whose first
// cell is empty continues the block above it (the PDF merged that label cell downwards).

#include "department_rows.hpp"
#include "diagnostics.hpp"
#include "funds_block.hpp"
#include "indicator_table.hpp"
#include "rows.hpp"
#include "spending_plan.hpp"

#include <jixiao/document.hpp>
#include <jixiao/project.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// Which text of the goals block a cell states: the year's goals, the whole period's, or (in a
// 自评表) what was achieved.
enum class GoalsKind : unsigned char { none, annual, medium_term, achieved };

class ProjectTable {
 public:
  // `title` as written after its number (`1.`), which is `number` (0 if none). A title naming the
  // department as a whole (names_department), or `department`, makes a department table.
  ProjectTable(std::string title, int number, std::size_t line, bool department = false);

  // A title of the department as a whole: 部门整体支出绩效目标表, 部门整体绩效自评表.
  static bool names_department(std::string_view title) noexcept;

  // What a label cell of a table says: a head field (项目编码, 项目名称, 实施单位, 主管部门 …), an
  // amount of the budget (预算数, 其中：财政资金, 其他资金), or the label of a block (预算规模及资金用途,
  // 资金支出计划（%）, 绩效目标, 年度目标 …); none for any other text.
  enum class Label : unsigned char { none, head, amount, budget, plan, goals };
  static Label label_of(std::string_view cell) noexcept;
  // A budget figure: `15.75`, `17.5万元`, `175000元`.
  static bool is_amount(std::string_view cell) noexcept;

  // The row that opens a table: 项目编码 or 项目名称.
  static bool is_start_row(const Row& row) noexcept;
  // A row of the head that may come first under the title: those, the unit (实施单位, 预算单位 …),
  // 主管部门, a department table's 部门（单位）名称.
  static bool is_head_row(const Row& row) noexcept;

  void set_unit(const Text& code, const Text& name);
  // The document's department, which a 主管部门 cell should name.
  void set_department(const Text& department) { document_department_ = department; }
  // The 主管部门 the table states when the document named none before it; empty otherwise.
  const Text& stated_department() const noexcept { return stated_department_; }
  // Amounts in 元 rather than 万元 (`单位：元`).
  void set_amounts_in_yuan(bool yuan) noexcept { yuan_ = yuan; }

  bool has_rows() const noexcept { return rows_ > 0; }
  // Rows beyond the 项目编码/项目名称 rows have come: another such row starts a new table.
  bool past_head() const noexcept { return rows_ > 0 && block_ != Block::head; }
  int number() const noexcept { return number_; }
  // A 部门整体 table: finish() gives its common part, department_table() the whole.
  bool is_department() const noexcept { return department_; }

  void add(Row& row, Diagnostics& diagnostics);
  // A line of text inside the table that labels a block of rows: 长期绩效指标, 年度绩效指标. False
  // when the line is no such label.
  bool label_line(std::string_view text);
  // A page break inside the table: the grid's next table row continues this table.
  void page_break() noexcept {
    indicators_.page_break();
    duties_.page_break();
  }
  // The project (or a department table's common part), with diagnostics for what the table lacks;
  // `year` completes targets.
  Project finish(int year, Headings& headings, Diagnostics& diagnostics);
  // A department table of the common part finish() gave.
  DepartmentTable department_table(Project common);

 private:
  enum class Block { none, head, budget, funds, composition, duties, plan, goals, indicators, total };

  void head_row(Row& row, Diagnostics& diagnostics);
  // The unit or 主管部门 in cell `value` after its label; false when reported instead.
  bool head_unit(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics);
  bool head_department(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics);
  void field(Row& row, std::size_t label, std::size_t value);
  void budget_row(Row& row, Diagnostics& diagnostics);
  void goals_row(Row& row, std::size_t first, Diagnostics& diagnostics);
  GoalsKind goals_column(std::size_t column) const noexcept;
  void total_row(Row& row, Diagnostics& diagnostics);
  void grade_row(Row& row, Diagnostics& diagnostics);
  // A plan written in amounts gets its percentages from the budget.
  void plan_percentages(Diagnostics& diagnostics);
  void headerless_indicator(Row& row, Diagnostics& diagnostics);
  // A line of fewer cells than the header of its block, whose cells stand under columns of their
  // kind only when moved right by the difference: a browser's copy of an HTML table (innerText,
  // the clipboard) leaves out the cells that a merged cell above covers, and those are put back
  // empty. Said once per header (rows-rebuilt).
  void align_short_row(Row& row, Diagnostics& diagnostics);
  bool goals_fit(const Row& row, std::size_t offset) const noexcept;
  void set_grade(std::string_view text);

  Project project_;
  int number_ = 0;
  bool yuan_ = false;
  bool budget_row_ = false;
  bool department_ = false;
  bool head_names_unit_ = false;  // 实施单位 (项目单位 …) in the head: a provincial form's layout
  std::size_t rows_ = 0;
  Block block_ = Block::none;
  std::size_t header_cells_ = 0;  // of the row that headed block_'s columns
  std::size_t header_line_ = 0;
  bool aligned_ = false;          // a row under that header was aligned, and said so
  SpendingPlanRows plan_;
  IndicatorTable indicators_;
  FundsBlock funds_;
  BudgetComposition composition_;
  DutyMatrix duties_;
  std::string goals_;
  std::string medium_term_goals_;
  std::string achieved_;
  std::vector<GoalsKind> goals_columns_;  // the 年度目标 / 中期目标 / 实际完成情况 label over each column, if any
  std::optional<Money> fiscal_parts_;     // 上级 + 本级 …, the fiscal figure when no total of it is stated
  std::optional<Decimal> total_;          // 总分
  std::optional<Decimal> total_weight_;   // the 分值 of the 总分 row
  std::string grade_;
  std::size_t total_line_ = 0;
  std::optional<Money> basic_;     // a department's 基本支出
  std::optional<Money> projects_;  // a department's 项目支出
  Text document_department_;
  Text stated_department_;
};

}  // namespace jixiao::detail
