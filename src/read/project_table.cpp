#include "project_table.hpp"

#include "front_matter.hpp"
#include "goals.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace jixiao::detail {
namespace {

enum class Amount { none, total, fiscal, other };

// A label is a few words (a unit in brackets may follow: `预算数(万元)`); the use-of-funds text
// below it may well mention 财政资金.
bool is_short(const Key& key) noexcept { return !key.empty() && code_point_count(key.view()) <= 12; }

Amount amount_label(std::string_view cell) noexcept {
  const Key key(cell);
  if (!is_short(key)) return Amount::none;
  for (std::string_view total :
       {"预算数", "预算金额", "年度预算", "项目预算", "预算总额", "资金总额", "年度资金总额", "合计"})
    if (key.starts_with(total)) return Amount::total;
  if (key.contains("财政")) return Amount::fiscal;
  if (key.contains("其他资金") || key == "其他") return Amount::other;
  return Amount::none;
}

std::optional<Money>& field(Budget& budget, Amount which) noexcept {
  if (which == Amount::total) return budget.total;
  return which == Amount::fiscal ? budget.fiscal : budget.other;
}

}  // namespace

bool ProjectTable::is_amount(std::string_view cell) noexcept {
  const Key key(cell);
  std::string_view s = key.view();
  for (std::string_view unit : {"万元", "元", "万"}) {
    if (s.ends_with(unit)) {
      s.remove_suffix(unit.size());
      break;
    }
  }
  return !s.empty() && Decimal::try_parse(s).has_value();
}

namespace {

bool head_label(std::string_view cell) noexcept {
  // Every row is asked whether it opens a table; cells are trimmed, so a head label starts with 项.
  if (!cell.starts_with("项")) return false;
  const Key key(cell);
  return key == "项目编码" || key == "项目代码" || key == "项目编号" || key == "项目名称";
}

enum class HeadField { none, code, name, unit, department };

// The head's labels: 项目编码 and 项目名称 open a table; the unit that carries the project out and
// its 主管部门 stand beside them or on the rows below.
constexpr std::string_view unit_labels[] = {"实施单位", "项目单位", "项目实施单位", "预算单位",
                                            "单位名称", "申报单位", "填报单位"};
constexpr std::string_view department_labels[] = {"主管部门", "主管单位", "主管部门及代码", "主管部门名称"};

HeadField head_field(std::string_view cell) noexcept {
  if (cell.empty() || cell.size() > 40) return HeadField::none;
  // Cells are trimmed: a label starts with the first character of one, which rules out most cells
  // before a key is built.
  constexpr std::string_view firsts[] = {"项", "实", "预", "单", "申", "填", "主"};
  if (std::none_of(std::begin(firsts), std::end(firsts), [&](std::string_view f) { return cell.starts_with(f); }))
    return HeadField::none;
  const Key key(cell);
  if (head_label(cell)) return key == "项目名称" ? HeadField::name : HeadField::code;
  for (std::string_view unit : unit_labels)
    if (key == unit) return HeadField::unit;
  for (std::string_view department : department_labels)
    if (key == department) return HeadField::department;
  return HeadField::none;
}

// `731001 某某局本级`, `[101]某某局` or a bare name.
BudgetUnit unit_of(std::string_view written) {
  if (auto coded = unit_line(written)) return std::move(coded->unit);
  return BudgetUnit{{}, clean_text(written)};
}

// 绩效目标, 年度绩效目标, 项目绩效目标, 年度总体目标, 总体目标.
bool goals_label(const Key& key) noexcept {
  return is_short(key) && (key.contains("绩效目标") || key.ends_with("总体目标") || key == "年度目标");
}

// The labels that split a goals block into the year's goals and those of the whole period
// (`总体目标 ⇥ 中期目标 ⇥ 年度目标`, the texts on the row below); none when the cell is text.
// Arrays rather than braced lists in the loops: every row is asked, and a list of literals built
// in the loop measures each literal again.
constexpr std::string_view annual_goals[] = {"年度目标", "年度绩效目标", "本年度目标", "当年目标"};
constexpr std::string_view period_goals[] = {"中期目标",     "长期目标",     "中长期目标",     "实施期目标",
                                             "中期绩效目标", "长期绩效目标", "实施期绩效目标", "项目实施期目标"};

GoalsKind goals_sublabel(const Key& key) noexcept {
  constexpr std::string_view goal = "目标";
  if (!key.ends_with(goal) || key.view().size() > 30) return GoalsKind::none;
  for (std::string_view annual : annual_goals)
    if (key == annual) return GoalsKind::annual;
  for (std::string_view period : period_goals)
    if (key == period) return GoalsKind::medium_term;
  return GoalsKind::none;
}

GoalsKind goals_sublabel(std::string_view cell) noexcept {
  return cell.empty() || cell.size() > 30 ? GoalsKind::none : goals_sublabel(Key(cell));
}

// An amount in the table's unit; a figure that names its own unit (`17.5万元`, `175000元`) keeps it.
Money parse_amount(std::string_view written, bool yuan) {
  const bool bare = !written.empty() && written.back() >= '0' && written.back() <= '9';
  return yuan && bare ? Money::from_yuan(Decimal::parse(written)) : Money::parse(written);
}

// `涉密`, perhaps with blanks: short, so most cells are ruled out by their length alone.
bool is_redacted(std::string_view text) noexcept { return text.size() <= 16 && Key(text) == "涉密"; }

}  // namespace

ProjectTable::ProjectTable(std::string title, int number, std::size_t line) : number_(number) {
  project_.title = std::move(title);
  project_.line = line;
}

bool ProjectTable::is_start_row(const Row& row) noexcept { return head_label(row.cell(0)); }

ProjectTable::Label ProjectTable::label_of(std::string_view cell) noexcept {
  if (cell.empty()) return Label::none;
  if (head_field(cell) != HeadField::none) return Label::head;
  if (amount_label(cell) != Amount::none) return Label::amount;
  const Key key(cell);
  if (!is_short(key)) return Label::none;
  if (key.contains("支出计划") || key.contains("支出进度")) return Label::plan;
  if (goals_sublabel(key) != GoalsKind::none || goals_label(key)) return Label::goals;
  if (key.contains("预算") || key.contains("资金") || key.contains("用途")) return Label::budget;
  return Label::none;
}

void ProjectTable::set_unit(const std::string& code, const std::string& name) {
  project_.unit_code = code;
  project_.unit_name = name;
}

bool ProjectTable::is_head_row(const Row& row) noexcept { return head_field(row.cell(0)) != HeadField::none; }

void ProjectTable::head_row(Row& row, Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    const HeadField field = head_field(row.cell(i));
    if (field == HeadField::none) continue;
    const std::size_t value = row.next_non_empty(i + 1);
    if (value == row.size() || head_field(row.cell(value)) != HeadField::none) {
      row.take(i);
      continue;
    }
    switch (field) {
      case HeadField::name: project_.name = clean_text(row.cell(value)); break;
      case HeadField::code: project_.code = without_spaces(row.cell(value)); break;
      case HeadField::unit:
        if (!head_unit(row, i, value, diagnostics)) continue;
        break;
      case HeadField::department:
        if (!head_department(row, i, value, diagnostics)) continue;
        break;
      case HeadField::none: break;
    }
    row.take(i);
    row.take(value);
    i = value;
  }
  diagnostics.unplaced(row, "the model has no field for it beside 项目编码, 项目名称, the unit and 主管部门");
}

bool ProjectTable::head_unit(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics) {
  BudgetUnit unit = unit_of(row.cell(value));
  if (project_.unit_name.empty()) {
    project_.unit_code = std::move(unit.code);
    project_.unit_name = std::move(unit.name);
    return true;
  }
  const bool same_name = Key(unit.name) == Key(project_.unit_name).view();
  if (same_name && (unit.code.empty() || unit.code == project_.unit_code)) return true;
  diagnostics.add(row, value, Severity::warning, code::cell_unplaced,
                  excerpt(row.cell(label)) + " " + excerpt(row.cell(value)) + " differs from the unit line's " +
                      excerpt(project_.unit_code.empty() ? project_.unit_name
                                                         : project_.unit_code + " " + project_.unit_name) +
                      ", which the project keeps");
  row.take(label);
  row.take(value);
  return false;
}

bool ProjectTable::head_department(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics) {
  const std::string name = unit_of(row.cell(value)).name;
  if (department_.empty()) {
    department_ = name;
    stated_department_ = name;
    return true;
  }
  if (Key(name) == Key(department_).view()) return true;
  diagnostics.add(row, value, Severity::warning, code::cell_unplaced,
                  excerpt(row.cell(label)) + " " + excerpt(row.cell(value)) + " is not the document's department " +
                      excerpt(department_));
  row.take(label);
  row.take(value);
  return false;
}

void ProjectTable::budget_row(Row& row, Diagnostics& diagnostics) {
  budget_row_ = true;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    const Amount which = amount_label(row.cell(i));
    if (which == Amount::none) {
      // Besides the block's label (预算规模及资金用途), text is the use of funds; amounts the
      // model has no field for (上年结转 ⇥ 5.00) and stray figures are reported below.
      if (i == 0) row.take(i);
      else if (is_amount(row.cell(i))) continue;
      else if (is_short(Key(row.cell(i))) && is_amount(row.cell(i + 1))) ++i;
      else append_continuation(project_.use_of_funds, row.take(i));
      continue;
    }
    row.take(i);
    const std::size_t value = i + 1;  // the adjacent cell: an empty one means the source is not stated
    if (row.empty(value) || amount_label(row.cell(value)) != Amount::none) continue;
    const Key written(row.take(value));
    i = value;
    if (written == "-" || written == "—" || written == "/" || written == "无") continue;
    std::optional<Money> amount;
    try {
      amount = parse_amount(written.view(), yuan_);
    } catch (const Error& e) {
      diagnostics.add(row, value, Severity::warning, code::budget_unreadable,
                      "budget cell " + excerpt(row.cell(value)) + " is not an amount: " + e.what());
      continue;
    }
    field(project_.budget, which) = std::move(amount);
  }
  diagnostics.unplaced(row, "the budget has no field for it (预算数, 财政资金 and 其他资金 are read)");
}

void ProjectTable::goals_row(Row& row, std::size_t first, Diagnostics& diagnostics) {
  GoalsKind beside = GoalsKind::none;  // a label in the cell just before pairs with the text after it
  bool stray = false;
  for (std::size_t i = first; i < row.size(); ++i) {
    if (row.empty(i)) {
      beside = GoalsKind::none;
      continue;
    }
    if (const GoalsKind label = goals_sublabel(row.cell(i)); label != GoalsKind::none) {
      row.take(i);
      goals_columns_.resize(std::max(goals_columns_.size(), i + 1), GoalsKind::none);
      goals_columns_[i] = label;
      beside = label;
      continue;
    }
    GoalsKind kind = beside;
    if (kind == GoalsKind::none) kind = goals_columns_.empty() ? GoalsKind::annual : goals_column(i);
    beside = GoalsKind::none;
    if (kind == GoalsKind::none) {
      stray = true;
      continue;
    }
    append_continuation(kind == GoalsKind::annual ? goals_ : medium_term_goals_, row.take(i));
  }
  if (stray) diagnostics.unplaced(row, "it stands left of every 年度目标 / 中期目标 label of the goals");
}

// The label at or left of `column`: the PDF puts a merged cell's text in its first column.
GoalsKind ProjectTable::goals_column(std::size_t column) const noexcept {
  for (std::size_t i = std::min(column + 1, goals_columns_.size()); i-- > 0;)
    if (goals_columns_[i] != GoalsKind::none) return goals_columns_[i];
  return GoalsKind::none;
}

void ProjectTable::headerless_indicator(Row& row, Diagnostics& diagnostics) {
  diagnostics.add(row.line(), 0, Severity::warning, code::table_without_header,
                  "indicator rows come without the header row (一级指标 二级指标 三级指标 …); their columns are "
                  "taken in the usual order 一级, 二级, 三级, 描述, 指标值, 依据");
  indicators_.assume_standard_header();
  block_ = Block::indicators;
  indicators_.add(row, diagnostics);
}

void ProjectTable::add(Row& row, Diagnostics& diagnostics) {
  ++rows_;
  if (IndicatorTable::is_header(row)) {
    indicators_.header(row, diagnostics);
    block_ = Block::indicators;
    return;
  }
  const std::string_view first = row.cell(0);
  if (!first.empty()) {
    const Key label(first);
    if (is_start_row(row) || ((block_ == Block::none || block_ == Block::head) && is_head_row(row))) {
      block_ = Block::head;
      head_row(row, diagnostics);
    } else if (label.contains("支出计划") || label.contains("支出进度")) {
      row.take(0);
      block_ = Block::plan;
      plan_.set_figures(label.contains("万元") ? PlanFigures::wan
                        : label.contains("元") ? PlanFigures::yuan
                                               : PlanFigures::percent);
      plan_.add(row, 1, diagnostics);
    } else if (goals_sublabel(label) != GoalsKind::none) {
      block_ = Block::goals;
      goals_row(row, 0, diagnostics);
    } else if (goals_label(label)) {
      row.take(0);
      block_ = Block::goals;
      goals_row(row, 1, diagnostics);
    } else if (block_ == Block::plan && milestone_month(first)) {
      plan_.add(row, 0, diagnostics);
    } else if (block_ == Block::indicators) {
      indicators_.add(row, diagnostics);
    } else if (label.contains("预算") || label.contains("资金") || label.contains("用途") ||
               (block_ == Block::budget && amount_label(first) != Amount::none)) {
      // The last: `财政拨款 ⇥ 100` on a row of its own, the block's merged label cell lost.
      block_ = Block::budget;
      budget_row(row, diagnostics);
    } else if (IndicatorTable::is_level_name(first)) {
      headerless_indicator(row, diagnostics);
    } else {
      diagnostics.unplaced(row, "its first cell is not a label of a project table");
    }
    return;
  }
  switch (block_) {
    case Block::head: head_row(row, diagnostics); break;
    case Block::budget: budget_row(row, diagnostics); break;
    case Block::plan: plan_.add(row, 0, diagnostics); break;
    case Block::goals: goals_row(row, 0, diagnostics); break;
    case Block::indicators: indicators_.add(row, diagnostics); break;
    case Block::none:
      if (IndicatorTable::is_level_name(row.cell(1))) headerless_indicator(row, diagnostics);
      else diagnostics.unplaced(row, "it comes before any labelled row of the table");
      break;
  }
}

void ProjectTable::plan_percentages(Diagnostics& diagnostics) {
  std::vector<Milestone>& milestones = project_.spending_plan.milestones;
  const auto in_money = std::find_if(milestones.begin(), milestones.end(), [](const Milestone& m) { return m.amount; });
  if (in_money == milestones.end()) return;
  const std::optional<Money>& total = project_.budget.total;
  if (!total || total->is_zero()) {
    diagnostics.add(in_money->line, 0, Severity::warning, code::plan_in_amounts,
                    "资金支出计划 is written in amounts, and without a 预算数 they cannot be made percentages: the "
                    "milestones keep their amounts only");
    return;
  }
  try {
    for (Milestone& m : milestones)
      if (m.amount) m.percent = percent_of(m.amount->wan(), total->wan(), 2, Rounding::half_even).normalized();
  } catch (const Error& e) {
    for (Milestone& m : milestones)
      if (m.amount) m.percent.reset();
    diagnostics.add(in_money->line, 0, Severity::warning, code::plan_in_amounts,
                    std::string("资金支出计划 is written in amounts that cannot be made percentages of 预算数: ") +
                        e.what());
    return;
  }
  diagnostics.add(in_money->line, 0, Severity::info, code::plan_in_amounts,
                  "资金支出计划 is written in amounts: its percentages are computed from 预算数 " + total->to_string());
}

Project ProjectTable::finish(int year, Headings& headings, Diagnostics& diagnostics) {
  project_.spending_plan = plan_.take();
  plan_percentages(diagnostics);
  project_.indicators = indicators_.take(year, headings, diagnostics);
  project_.goals = split_goals(goals_);
  if (!medium_term_goals_.empty()) project_.medium_term_goals = split_goals(medium_term_goals_);
  const std::size_t line = project_.line;
  const std::string which = project_.title.empty() ? std::string("the table") : "table " + excerpt(project_.title);
  if (project_.code.empty())
    diagnostics.add(line, 0, Severity::warning, code::table_incomplete, which + " has no 项目编码 (project code)");
  if (project_.name.empty())
    diagnostics.add(line, 0, Severity::warning, code::table_incomplete, which + " has no 项目名称 (project name)");
  if (!budget_row_)
    diagnostics.add(line, 0, Severity::warning, code::table_incomplete, which + " has no 预算 (budget) row");
  if (project_.indicators.empty())
    diagnostics.add(line, 0, Severity::error, code::table_incomplete,
                    which + " has no indicator rows (is the document cut short?)");

  const auto& goals = project_.goals;
  project_.redacted =
      is_redacted(project_.use_of_funds) || std::any_of(goals.begin(), goals.end(), is_redacted) ||
      std::any_of(project_.indicators.begin(), project_.indicators.end(), [](const Indicator& indicator) {
        return is_redacted(indicator.name) || is_redacted(indicator.description) || is_redacted(indicator.target.raw);
      });
  if (project_.redacted)
    diagnostics.add(line, 0, Severity::info, code::table_redacted,
                    which + " is redacted (涉密): its cells say 涉密 instead of the figures");
  return std::move(project_);
}

}  // namespace jixiao::detail
