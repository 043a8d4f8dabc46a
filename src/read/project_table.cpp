#include "project_table.hpp"

#include "front_matter.hpp"
#include "goals.hpp"
#include "text.hpp"

#include "../concat.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <utility>

namespace jixiao::detail {
namespace {

// The figures a budget block names: the total, the fiscal money and the other money, the parts of
// the fiscal money (上级 / 本级 …), a department's 基本支出 and 项目支出; none for other labels.
enum class Amount { none, total, fiscal, fiscal_part, other, basic, projects };

// A label is a few words (a unit in brackets may follow: `预算数(万元)`); the use-of-funds text
// below it may well mention 财政资金.
bool is_short(const Key& key) noexcept { return !key.empty() && text::code_points(key.view()) <= 12; }

Amount amount_label(std::string_view cell) noexcept {
  const Key key(cell);
  if (!is_short(key)) return Amount::none;
  for (std::string_view total :
       {"预算数", "预算金额", "年度预算", "项目预算", "预算总额", "资金总额", "年度资金总额", "合计", "总计"})
    if (key.starts_with(total)) return Amount::total;
  // 其中：上级补助, 本级财政资金, 中央财政: a part of the fiscal money, not all of it. The level comes
  // first: a project's name cut into a line of its own (`科普行动计划中央补助资金`) may hold one later.
  std::string_view part = key.view();
  if (part.starts_with("其中")) part.remove_prefix(std::string_view("其中").size());
  if (part.starts_with(":")) part.remove_prefix(1);
  for (std::string_view level : {"上级", "本级", "中央", "省级", "市级", "县级", "区级"})
    if (part.starts_with(level)) return Amount::fiscal_part;
  if (key.contains("财政")) return Amount::fiscal;
  if (key.contains("其他资金") || key == "其他") return Amount::other;
  if (key.contains("基本支出")) return Amount::basic;
  if (key.contains("项目支出")) return Amount::projects;
  return Amount::none;
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

enum class HeadField { none, code, name, unit, department, department_table, unit_code, field };

// The head's labels: 项目编码 and 项目名称 open a table; the unit that carries the project out and
// its 主管部门 stand beside them or on the rows below; a department table names the department.
constexpr std::string_view unit_labels[] = {"实施单位", "项目单位", "项目实施单位", "预算单位",
                                            "单位名称", "申报单位", "填报单位"};
constexpr std::string_view department_labels[] = {"主管部门", "主管单位", "主管部门及代码", "主管部门名称",
                                                  "一级主管部门"};
constexpr std::string_view department_table_labels[] = {"部门(单位)名称", "部门名称", "部门(单位)"};
constexpr std::string_view code_labels[] = {"部门预算编码", "预算编码", "部门编码", "单位编码", "部门代码", "单位代码"};
// What other forms state in their head, kept as FormFields: each a label of its own cell.
constexpr std::string_view field_labels[] = {
    "项目负责人", "负责人",     "联系人",     "联系电话",   "项目负责人及电话", "项目属性",   "项目类型",
    "项目类别",   "项目分类",   "项目性质",   "建设周期",   "项目周期",         "实施周期",   "项目期",
    "项目实施期", "项目起止时间", "起止时间", "项目起止日期", "实施期限",       "项目审批文号", "审批文号",
    "立项文号",   "批复文号",   "资金性质",   "主管部门编码", "主管部门代码",   "填报人",     "填报日期",
    "单位负责人", "财务负责人", "评价结论",   "存在问题",   "改进措施",         "项目概况",   "立项依据",
    "项目立项依据", "实施内容", "项目实施内容", "其他说明的问题", "单位职能概述", "评价方式"};

// The first characters of the labels above: every row's first cell is asked, and most are ruled
// out by their first character before a key is built (cells are trimmed; a label starts with one).
struct LabelFirsts {
  std::array<std::string_view, 64> first{};
  std::size_t count = 0;
  constexpr void add(std::span<const std::string_view> labels) {
    for (std::string_view label : labels) {
      const auto lead = static_cast<unsigned char>(label[0]);
      const std::string_view f = label.substr(0, lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
      bool known = false;
      for (std::size_t i = 0; i < count; ++i) known = known || first[i] == f;
      if (!known) first[count++] = f;
    }
  }
  bool starts(std::string_view cell) const noexcept {
    for (std::size_t i = 0; i < count; ++i)
      if (cell.starts_with(first[i])) return true;
    return false;
  }
};

constexpr std::string_view head_labels[] = {"项目编码", "项目代码", "项目编号", "项目名称"};

constexpr LabelFirsts label_firsts = [] {
  LabelFirsts firsts;
  firsts.add(head_labels);
  firsts.add(unit_labels);
  firsts.add(department_labels);
  firsts.add(department_table_labels);
  firsts.add(code_labels);
  firsts.add(field_labels);
  return firsts;
}();

HeadField head_field(std::string_view cell) noexcept {
  if (cell.empty() || cell.size() > 40) return HeadField::none;
  if (!label_firsts.starts(cell)) return HeadField::none;
  const Key key(cell);
  if (key == "项目编码" || key == "项目代码" || key == "项目编号") return HeadField::code;
  if (key == "项目名称") return HeadField::name;
  for (std::string_view unit : unit_labels)
    if (key == unit) return HeadField::unit;
  for (std::string_view department : department_labels)
    if (key == department) return HeadField::department;
  for (std::string_view table : department_table_labels)
    if (key == table) return HeadField::department_table;
  for (std::string_view code : code_labels)
    if (key == code) return HeadField::unit_code;
  for (std::string_view field : field_labels)
    if (key == field) return HeadField::field;
  return HeadField::none;
}

bool head_label(std::string_view cell) noexcept {
  // Every row is asked whether it opens a table; cells are trimmed, so a head label starts with 项.
  if (!cell.starts_with("项")) return false;
  const HeadField field = head_field(cell);
  return field == HeadField::code || field == HeadField::name;
}

// `731001 某某局本级`, `[101]某某局` or a bare name.
BudgetUnit unit_of(std::string_view written) {
  if (auto coded = unit_line(written)) return std::move(coded->unit);
  return BudgetUnit{{}, clean_text(written)};
}

// 绩效目标, 年度绩效目标, 项目绩效目标, 年度总体目标, 总体目标, 项目绩效目标 (长期目标 …).
bool goals_label(const Key& key) noexcept {
  return is_short(key) && (key.contains("绩效目标") || key.ends_with("总体目标") || key == "年度目标");
}

// The labels that split a goals block into the year's goals, those of the whole period and, in a
// 自评表, what was achieved (`总体目标 ⇥ 中期目标 ⇥ 年度目标`, `年度总体目标 ⇥ 预期目标 ⇥ 实际完成情况`, the
// texts on the row below); none when the cell is text. Arrays rather than braced lists in the
// loops: every row is asked, and a list of literals built in the loop measures each literal again.
constexpr std::string_view annual_goals[] = {"年度目标", "年度绩效目标", "本年度目标", "当年目标", "预期目标"};
constexpr std::string_view period_goals[] = {"中期目标",     "长期目标",     "中长期目标",     "实施期目标",
                                             "中期绩效目标", "长期绩效目标", "实施期绩效目标", "项目实施期目标"};
constexpr std::string_view achieved_goals[] = {"实际完成情况", "实际完成", "完成情况", "全年实际完成情况",
                                               "年度目标完成情况", "实际完成值"};

GoalsKind goals_sublabel(const Key& key) noexcept {
  if (key.view().size() > 30) return GoalsKind::none;
  for (std::string_view annual : annual_goals)
    if (key == annual) return GoalsKind::annual;
  for (std::string_view period : period_goals)
    if (key == period) return GoalsKind::medium_term;
  for (std::string_view achieved : achieved_goals)
    if (key == achieved) return GoalsKind::achieved;
  return GoalsKind::none;
}

GoalsKind goals_sublabel(std::string_view cell) noexcept {
  return cell.empty() || cell.size() > 30 ? GoalsKind::none : goals_sublabel(Key(cell));
}

// 年度总体目标完成情况 (总体目标完成情况综述): a row of what was achieved, in a 自评表.
bool achieved_label(const Key& key) noexcept {
  return is_short(key) && key.contains("目标") && key.contains("完成情况");
}

// The row of a 自评表 that totals the scores.
bool total_label(const Key& key) noexcept {
  return key == "总分" || key == "合计" || key == "总计" || key == "得分合计" || key == "合计得分" || key == "总得分" ||
         key == "自评总分" || key == "合计分值";
}

constexpr std::string_view grade_labels[] = {"自评等级", "评价等级", "绩效等级", "自评结果", "等级", "评价结果"};

bool grade_label(const Key& key) noexcept {
  return std::any_of(std::begin(grade_labels), std::end(grade_labels), [&](std::string_view l) { return key == l; });
}

// A grade as forms write it: 优, 良, 中, 差 and their longer forms.
bool is_grade(const Key& key) noexcept {
  for (std::string_view grade : {"优", "良", "中", "差", "优秀", "良好", "合格", "及格", "不合格", "较差", "一般"})
    if (key == grade) return true;
  return false;
}

// An amount in the table's unit; a figure that names its own unit (`17.5万元`, `175000元`) keeps it.
Money parse_amount(std::string_view written, bool yuan) {
  const bool bare = !written.empty() && written.back() >= '0' && written.back() <= '9';
  return yuan && bare ? Money::from_yuan(Decimal::parse(written)) : Money::parse(written);
}

// `涉密`, perhaps with blanks: short, so most cells are ruled out by their length alone.
bool is_redacted(std::string_view text) noexcept { return text.size() <= 16 && Key(text) == "涉密"; }

}  // namespace

bool ProjectTable::names_department(std::string_view title) noexcept {
  return title.find("整体") != std::string_view::npos;
}

ProjectTable::ProjectTable(std::string title, int number, std::size_t line, bool department)
    : number_(number), department_(department || names_department(title)) {
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

void ProjectTable::set_unit(const Text& code, const Text& name) {
  project_.unit_code = code;
  project_.unit_name = name;
}

bool ProjectTable::is_head_row(const Row& row) noexcept {
  // A labelled field (项目负责人, 填报人 …) may close a table as well as open one: it opens none.
  const HeadField field = head_field(row.cell(0));
  return field != HeadField::none && field != HeadField::field && field != HeadField::unit_code;
}

bool ProjectTable::label_line(std::string_view text) {
  const IndicatorBlock block = IndicatorTable::block_label(text);
  if (block == IndicatorBlock::none) return false;
  indicators_.set_block(block);
  return true;
}

void ProjectTable::field(Row& row, std::size_t label, std::size_t value) {
  project_.fields.push_back(FormField{without_spaces(row.take(label)), clean_text(row.cell(value)), row.line(),
                                      row.column(value)});
  row.take(value);
}

void ProjectTable::head_row(Row& row, Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    const HeadField kind = head_field(row.cell(i));
    if (kind == HeadField::none) continue;
    const std::size_t value = row.next_non_empty(i + 1);
    if (value == row.size() || head_field(row.cell(value)) != HeadField::none) {
      row.take(i);  // a label left blank: the form's structure, no value
      continue;
    }
    switch (kind) {
      case HeadField::name: project_.name = clean_text(row.cell(value)); break;
      case HeadField::code: project_.code = without_spaces(row.cell(value)); break;
      case HeadField::unit:
        if (!head_unit(row, i, value, diagnostics)) continue;
        break;
      case HeadField::department:
        if (!head_department(row, i, value, diagnostics)) continue;
        break;
      case HeadField::department_table: {
        department_ = true;
        BudgetUnit unit = unit_of(row.cell(value));
        project_.unit_name = std::move(unit.name);
        if (!unit.code.empty()) project_.unit_code = std::move(unit.code);
        if (document_department_.empty()) {
          document_department_ = project_.unit_name;
          stated_department_ = project_.unit_name;
        }
        break;
      }
      case HeadField::unit_code:
        if (!department_) {
          field(row, i, value);
          i = value;
          continue;
        }
        project_.unit_code = without_spaces(row.cell(value));
        break;
      case HeadField::field:
        field(row, i, value);
        i = value;
        continue;
      case HeadField::none: break;
    }
    row.take(i);
    row.take(value);
    i = value;
  }
  diagnostics.unplaced(row, "the model has no field for it beside the head's labels (项目编码, 项目名称, the unit, "
                            "主管部门, 项目负责人, 项目属性 …)");
}

bool ProjectTable::head_unit(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics) {
  head_names_unit_ = true;
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
                                                         : Text(concat(project_.unit_code, " ", project_.unit_name))) +
                      ", which the project keeps");
  row.take(label);
  row.take(value);
  return false;
}

bool ProjectTable::head_department(Row& row, std::size_t label, std::size_t value, Diagnostics& diagnostics) {
  const Text name = unit_of(row.cell(value)).name;
  if (document_department_.empty()) {
    document_department_ = name;
    stated_department_ = name;
    return true;
  }
  if (Key(name) == Key(document_department_).view()) return true;
  diagnostics.add(row, value, Severity::warning, code::cell_unplaced,
                  excerpt(row.cell(label)) + " " + excerpt(row.cell(value)) + " is not the document's department " +
                      excerpt(document_department_));
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
      // Besides the block's label (预算规模及资金用途), text is the use of funds; an amount the model
      // has no member for (自有资金 ⇥ 5.00) is a field of the form; stray figures are reported below.
      // A short label followed by an amount is a field even in the first cell: a browser's copy of
      // the table leaves out the block's merged label cell, and the row starts with the field's.
      if (is_amount(row.cell(i))) continue;
      if (is_short(Key(row.cell(i))) && is_amount(row.cell(i + 1))) {
        field(row, i, i + 1);
        ++i;
      } else if (i == 0) {
        row.take(i);
      } else {
        append_continuation(project_.use_of_funds, row.take(i));
      }
      continue;
    }
    const std::size_t value = i + 1;  // the adjacent cell: an empty one means the source is not stated
    if (row.empty(value) || amount_label(row.cell(value)) != Amount::none) {
      row.take(i);
      continue;
    }
    if (which == Amount::fiscal_part || ((which == Amount::basic || which == Amount::projects) && !department_)) {
      // Kept as written; the parts of the fiscal money add up to it when no total of it is stated.
      const std::size_t parts = project_.fields.size();
      field(row, i, value);
      if (which == Amount::fiscal_part && !is_not_applicable(project_.fields[parts].value)) {
        try {
          const Money part = parse_amount(Key(row.cell(value)).view(), yuan_);
          fiscal_parts_ = fiscal_parts_ ? *fiscal_parts_ + part : part;
        } catch (const Error& e) {
          diagnostics.add(row, value, Severity::warning, code::budget_unreadable,
                          "budget cell " + excerpt(row.cell(value)) + " is not an amount: " + e.what());
        }
      }
      i = value;
      continue;
    }
    row.take(i);
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
    switch (which) {
      case Amount::total: project_.budget.total = std::move(amount); break;
      case Amount::fiscal: project_.budget.fiscal = std::move(amount); break;
      case Amount::other: project_.budget.other = std::move(amount); break;
      case Amount::basic: basic_ = std::move(amount); break;
      case Amount::projects: projects_ = std::move(amount); break;
      case Amount::fiscal_part:
      case Amount::none: break;
    }
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
    append_continuation(kind == GoalsKind::annual        ? goals_
                        : kind == GoalsKind::medium_term ? medium_term_goals_
                                                         : achieved_,
                        row.take(i));
  }
  if (stray) diagnostics.unplaced(row, "it stands left of every 年度目标 / 中期目标 label of the goals");
}

// The label at or left of `column`: the PDF puts a merged cell's text in its first column.
GoalsKind ProjectTable::goals_column(std::size_t column) const noexcept {
  for (std::size_t i = std::min(column + 1, goals_columns_.size()); i-- > 0;)
    if (goals_columns_[i] != GoalsKind::none) return goals_columns_[i];
  return GoalsKind::none;
}

void ProjectTable::set_grade(std::string_view text) { grade_ = clean_text(text); }

void ProjectTable::total_row(Row& row, Diagnostics& diagnostics) {
  block_ = Block::total;
  total_line_ = row.line();
  row.take(0);
  const auto read_points = [&](std::size_t i, std::optional<Decimal>& out) {
    if (i >= row.size() || row.empty(i) || row.taken(i)) return false;
    const std::string_view written = row.cell(i);
    if (is_not_applicable(written)) {
      row.take(i);
      return true;
    }
    out = weight_value(written);
    if (!out) return false;
    row.take(i);
    return true;
  };
  const auto score_at = indicators_.score_column();
  const auto weight_at = indicators_.weight_column();
  const bool score_read = score_at && read_points(*score_at, total_);
  const bool weight_read = weight_at && read_points(*weight_at, total_weight_);
  if (!score_read && !weight_read) {
    // Merged cells shift the figures: in order, the 分值 before the 得分 as every form has them;
    // a lone figure is the score.
    std::vector<std::size_t> figures;
    for (std::size_t i = 1; i < row.size(); ++i)
      if (!row.empty(i) && weight_value(row.cell(i))) figures.push_back(i);
    if (figures.size() == 1) read_points(figures[0], total_);
    if (figures.size() == 2) {
      read_points(figures[0], total_weight_);
      read_points(figures[1], total_);
    }
  }
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row.empty(i) || row.taken(i)) continue;
    const Key key(row.cell(i));
    for (std::string_view label : grade_labels) {
      if (!key.starts_with(label)) continue;
      std::string_view rest = key.view().substr(label.size());
      if (rest.starts_with(":")) rest.remove_prefix(1);
      if (is_grade(Key(rest))) {
        set_grade(rest);
        row.take(i);
      }
      break;
    }
    if (!row.taken(i) && is_grade(key)) set_grade(row.take(i));
  }
  diagnostics.unplaced(row, "the 总分 row holds the total 分值, the total 得分 and the grade");
}

void ProjectTable::grade_row(Row& row, Diagnostics& diagnostics) {
  row.take(0);
  const std::size_t value = row.next_non_empty(1);
  if (value < row.size()) set_grade(row.take(value));
  diagnostics.unplaced(row, "the grade is one cell");
}

void ProjectTable::headerless_indicator(Row& row, Diagnostics& diagnostics) {
  diagnostics.add(row.line(), 0, Severity::warning, code::table_without_header,
                  "indicator rows come without the header row (一级指标 二级指标 三级指标 …); their columns are "
                  "taken in the usual order 一级, 二级, 三级, 描述, 指标值, 依据");
  indicators_.assume_standard_header();
  block_ = Block::indicators;
  indicators_.add(row, diagnostics);
}

bool ProjectTable::goals_fit(const Row& row, std::size_t offset) const noexcept {
  for (std::size_t c = offset; c < goals_columns_.size() + offset && c - offset < row.size(); ++c)
    if (!row.empty(c - offset) && goals_column(c) == GoalsKind::none) return false;
  return true;
}

void ProjectTable::align_short_row(Row& row, Diagnostics& diagnostics) {
  if (row.from_grid() || row.size() >= header_cells_) return;
  // A row that names itself (总分 after the indicators, 自评等级, a head field) is read by its label,
  // wherever it stands, as add() reads it.
  if (const std::string_view first = row.cell(0); !first.empty()) {
    const Key label(first);
    if (label == "总分" || (block_ == Block::indicators && total_label(label)) || grade_label(label) ||
        label_of(first) == Label::head)
      return;
  }
  const auto fits = [&](std::size_t offset) {
    switch (block_) {
      case Block::indicators: return indicators_.fits(row, offset);
      case Block::funds: return funds_.fits(row, offset);
      case Block::duties: return duties_.fits(row, offset);
      case Block::composition: return composition_.fits(row, offset);
      case Block::goals: return goals_columns_.empty() || goals_fit(row, offset);
      default: return true;
    }
  };
  const std::size_t missing = header_cells_ - row.size();
  if (fits(0) || !fits(missing)) return;
  row.pad_front(missing);
  if (aligned_) return;
  aligned_ = true;
  diagnostics.add(row.line(), 0, Severity::info, code::rows_rebuilt,
                  "this row and those like it below have " + std::to_string(missing) +
                      " cell(s) fewer than the header on line " + std::to_string(header_line_) +
                      ", and stand under its columns only moved right: the cells of merged cells above, which a "
                      "browser's copy of a table leaves out, were put back empty");
}

void ProjectTable::add(Row& row, Diagnostics& diagnostics) {
  ++rows_;
  const auto headed = [&](Block block) {
    block_ = block;
    header_cells_ = row.size();
    header_line_ = row.line();
    aligned_ = false;
  };
  if (IndicatorTable::is_header(row)) {
    indicators_.header(row, diagnostics);
    headed(Block::indicators);
    return;
  }
  if (FundsBlock::is_header(row)) {
    funds_.header(row, diagnostics);
    headed(Block::funds);
    return;
  }
  if (department_ && DutyMatrix::is_header(row)) {
    duties_.header(row, diagnostics);
    headed(Block::duties);
    return;
  }
  if (BudgetComposition::is_header(row)) {
    composition_.header(row);
    budget_row_ = true;
    headed(Block::composition);
    diagnostics.unplaced(row, "收入构成 / 支出构成 head columns of parts, amounts and shares");
    return;
  }
  align_short_row(row, diagnostics);
  const std::string_view first = row.cell(0);
  if (!first.empty()) {
    const Key label(first);
    const HeadField head = head_field(first);
    if (is_start_row(row) || ((block_ == Block::none || block_ == Block::head) && head != HeadField::none &&
                              head != HeadField::field)) {
      block_ = Block::head;
      head_row(row, diagnostics);
    } else if (head == HeadField::field) {
      head_row(row, diagnostics);  // a labelled field anywhere in the form (项目负责人, 填报人 …)
    } else if (label == "总分" || ((block_ == Block::indicators || block_ == Block::total) && total_label(label))) {
      total_row(row, diagnostics);
    } else if (grade_label(label)) {
      grade_row(row, diagnostics);
    } else if (row.non_empty_count() == 1 && label_line(first)) {
      row.take(0);  // 长期绩效指标 on a row of its own: the header below is the whole period's
    } else if (label.contains("支出计划") || label.contains("支出进度")) {
      row.take(0);
      block_ = Block::plan;
      plan_.set_figures(label.contains("万元") ? PlanFigures::wan
                        : label.contains("元") ? PlanFigures::yuan
                                               : PlanFigures::percent);
      plan_.add(row, 1, diagnostics);
    } else if (achieved_label(label)) {
      row.take(0);
      headed(Block::goals);
      goals_columns_.assign(1, GoalsKind::achieved);
      goals_row(row, 1, diagnostics);
    } else if (goals_sublabel(label) != GoalsKind::none) {
      block_ = Block::goals;
      goals_row(row, 0, diagnostics);
    } else if (goals_label(label)) {
      row.take(0);
      headed(Block::goals);
      goals_columns_.clear();
      goals_row(row, 1, diagnostics);
    } else if (block_ == Block::plan && milestone_month(first)) {
      plan_.add(row, 0, diagnostics);
    } else if (block_ == Block::indicators) {
      indicators_.add(row, diagnostics);
    } else if (block_ == Block::funds) {
      funds_.add(row, yuan_, diagnostics);
    } else if (block_ == Block::duties) {
      duties_.add(row, yuan_, diagnostics);
    } else if (block_ == Block::composition && amount_label(first) == Amount::none) {
      composition_.add(row, yuan_, diagnostics);
    } else if (label.contains("预算") || label.contains("资金") || label.contains("用途") ||
               ((block_ == Block::budget || block_ == Block::composition) && amount_label(first) != Amount::none)) {
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
    case Block::funds: funds_.add(row, yuan_, diagnostics); break;
    case Block::composition: composition_.add(row, yuan_, diagnostics); break;
    case Block::duties: duties_.add(row, yuan_, diagnostics); break;
    case Block::plan: plan_.add(row, 0, diagnostics); break;
    case Block::goals: goals_row(row, 0, diagnostics); break;
    case Block::indicators: indicators_.add(row, diagnostics); break;
    case Block::total: diagnostics.unplaced(row, "it follows the 总分 row"); break;
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
  if (!project_.budget.fiscal && fiscal_parts_) project_.budget.fiscal = fiscal_parts_;
  IndicatorSets sets = indicators_.take(year, headings, diagnostics);
  project_.indicators = std::move(sets.annual);
  project_.medium_term_indicators = std::move(sets.medium_term);
  project_.level1_points = std::move(sets.points);
  const bool reports = sets.results || !funds_.empty() || total_ || !grade_.empty() || !achieved_.empty();
  if (reports) {
    SelfEvaluation& reported = project_.self_evaluation.emplace();
    reported.funds = funds_.take();
    reported.achieved = texts(split_goals(achieved_));
    if (sets.results) reported.indicators = std::move(*sets.results);
    reported.total = total_;
    reported.total_weight = total_weight_;
    reported.grade = grade_;
    reported.line = total_line_;
    // A 自评表's budget is what its funds score divides by: the 全年预算数 of the total row.
    if (const FundsRow* funds = reported.funds_total(); funds && !project_.budget.total) {
      project_.budget.total = funds->full_year_budget ? funds->full_year_budget : funds->initial_budget;
      budget_row_ = true;
    }
  }
  project_.spending_plan = plan_.take();
  plan_percentages(diagnostics);
  project_.goals = texts(split_goals(goals_));
  if (!medium_term_goals_.empty()) project_.medium_term_goals = texts(split_goals(medium_term_goals_));
  const std::size_t line = project_.line;
  const std::string which = project_.title.empty() ? std::string("the table") : "table " + excerpt(project_.title);
  // The 自评表 and the department's forms have no 项目编码 row; the provinces' forms that name the
  // unit in their head often have none either (info), the layout of unit lines always has one.
  if (project_.code.empty() && !reports && !department_)
    diagnostics.add(line, 0, head_names_unit_ ? Severity::info : Severity::warning, code::table_incomplete,
                    which + " has no 项目编码 (project code)");
  if (project_.name.empty() && !department_)
    diagnostics.add(line, 0, Severity::warning, code::table_incomplete, which + " has no 项目名称 (project name)");
  if (!budget_row_)
    diagnostics.add(line, 0, Severity::warning, code::table_incomplete, which + " has no 预算 (budget) row");
  if (project_.indicators.empty() && project_.medium_term_indicators.empty())
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

DepartmentTable ProjectTable::department_table(Project common) {
  DepartmentTable table;
  table.common = std::move(common);
  table.basic = std::move(basic_);
  table.projects = std::move(projects_);
  table.income = composition_.take_income();
  table.spending = composition_.take_spending();
  table.duties = duties_.take();
  // The composition states the totals a department table's budget holds when no row of its own does.
  Budget& budget = table.common.budget;
  for (const BudgetShare& share : table.income) {
    const Amount which = amount_label(share.label);
    if (!share.amount) continue;
    if (which == Amount::total && !budget.total) budget.total = share.amount;
    if (which == Amount::fiscal && !budget.fiscal) budget.fiscal = share.amount;
    if (which == Amount::other && !budget.other) budget.other = share.amount;
  }
  for (const BudgetShare& share : table.spending) {
    const Amount which = amount_label(share.label);
    if (!share.amount) continue;
    if (which == Amount::total && !budget.total) budget.total = share.amount;
    if (which == Amount::basic && !table.basic) table.basic = share.amount;
    if (which == Amount::projects && !table.projects) table.projects = share.amount;
  }
  return table;
}

}  // namespace jixiao::detail
