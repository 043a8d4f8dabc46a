#include "department_rows.hpp"

#include "text.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <optional>

namespace jixiao::detail {
namespace {

Money amount_of(std::string_view written, bool yuan) {
  const bool bare = !written.empty() && written.back() >= '0' && written.back() <= '9';
  return yuan && bare ? Money::from_yuan(Decimal::parse(written)) : Money::parse(written);
}

bool is_amount(std::string_view cell) noexcept {
  const Key key(cell);
  std::string_view s = key.view();
  for (std::string_view unit : {"万元", "元"}) {
    if (s.ends_with(unit)) {
      s.remove_suffix(unit.size());
      break;
    }
  }
  return !s.empty() && Decimal::try_parse(s).has_value();
}

bool is_share(std::string_view cell) noexcept {
  const Key key(cell);
  return key.ends_with("%") && percent_value(cell).has_value();
}

// The words of the group headers and of the column headers inside a group.
bool composition_word(const Key& key) noexcept {
  return key == "金额" || key == "占比" || key == "比例" || key == "比重" || key.starts_with("金额(") ||
         key.starts_with("占比(");
}

}  // namespace

bool BudgetComposition::is_header(const Row& row) noexcept {
  for (std::size_t i = 0; i < row.size(); ++i) {
    // Every row is asked: a header starts with 收 or 支 (部门收入构成 with 部), which rules out most
    // cells before a key is built.
    const std::string_view cell = row.cell(i);
    if (!cell.starts_with("收") && !cell.starts_with("支") && !cell.starts_with("部")) continue;
    const Key key(cell);
    if (key.contains("收入构成") || key.contains("支出构成")) return true;
  }
  return false;
}

void BudgetComposition::header(Row& row) {
  groups_.clear();
  // The block's label (年度预算安排（万元）) before the groups.
  if (!row.empty(0)) {
    const Key first(row.cell(0));
    if (!first.contains("收入构成") && !first.contains("支出构成")) row.take(0);
  }
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    const Key key(row.cell(i));
    if (key.contains("收入构成") || key.contains("支出构成")) {
      groups_.push_back(Group{i, key.contains("收入构成")});
      row.take(i);
    } else if (!groups_.empty() && composition_word(key)) {
      row.take(i);
    }
  }
}

bool BudgetComposition::fits(const Row& row, std::size_t offset) const noexcept {
  if (groups_.empty()) return true;
  for (std::size_t c = offset; c < groups_.front().first; ++c)
    if (!row.empty(c - offset)) return false;
  return true;
}

void BudgetComposition::add(Row& row, bool yuan, Diagnostics& diagnostics) {
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    const std::size_t end = g + 1 < groups_.size() ? groups_[g + 1].first : row.size();
    BudgetShare share;
    share.line = row.line();
    bool any = false;
    for (std::size_t i = groups_[g].first; i < end && i < row.size(); ++i) {
      if (row.empty(i)) continue;
      const std::string_view cell = row.cell(i);
      if (is_not_applicable(cell)) {
        row.take(i);
      } else if (!share.percent && is_share(cell)) {
        share.percent = percent_value(row.take(i));
      } else if (!share.amount && is_amount(cell)) {
        try {
          share.amount = amount_of(Key(cell).view(), yuan);
          row.take(i);
        } catch (const Error& e) {
          diagnostics.add(row, i, Severity::warning, code::budget_unreadable,
                          "budget cell " + excerpt(cell) + " is not an amount: " + e.what());
          row.take(i);
        }
      } else if (share.label.empty() && !is_amount(cell) && !is_share(cell)) {
        share.label = clean_text(row.take(i));
      } else {
        continue;  // a second label or figure in the group: named below
      }
      any = true;
    }
    if (any) (groups_[g].income ? income_ : spending_).push_back(std::move(share));
  }
  diagnostics.unplaced(row, "a part of 收入构成 / 支出构成 has one label, one amount and one share");
}

bool DutyMatrix::is_header(const Row& row) noexcept {
  std::size_t roles = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Key key(row.cell(i));
    if (key.contains("履职目标")) return true;
    roles += key.contains("职能") || key.contains("目标任务") || key.contains("支出项目");
  }
  return roles >= 2;
}

void DutyMatrix::header(Row& row, Diagnostics& diagnostics) {
  after_break_ = true;  // a header repeated after rows is a page break; before any, it changes nothing
  columns_.assign(row.size(), Column::none);
  function_.clear();
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    const Key key(row.cell(i));
    Column column = Column::none;
    if (key.contains("职能")) column = Column::function;
    else if (key.contains("任务") || key.contains("年度目标")) column = Column::task;
    else if (key.contains("项目")) column = Column::project;
    else if (key.contains("金额") || key.contains("预算")) column = Column::amount;
    columns_[i] = column;
    if (column != Column::none || key.contains("履职目标")) row.take(i);
  }
  diagnostics.unplaced(row, "年度履职目标 has no such column (部门职能, 年度目标任务, 支出项目名称, 预算金额)");
}

bool DutyMatrix::cut_row(const Row& row) const noexcept {
  if (duties_.empty() || !duties_.back().amount) return false;
  bool text = false;
  for (std::size_t i = 0; i < row.size() && i < columns_.size(); ++i) {
    if (row.empty(i)) continue;
    if (columns_[i] == Column::function || columns_[i] == Column::amount) return false;
    text = text || columns_[i] == Column::task || columns_[i] == Column::project;
  }
  return text;
}

bool DutyMatrix::fits(const Row& row, std::size_t offset) const noexcept {
  for (std::size_t c = offset; c < columns_.size(); ++c) {
    const std::string_view text = row.cell(c - offset);
    if (text.empty()) continue;
    if (columns_[c] == Column::none) return false;
    // An amount stands under 预算金额 and nowhere else.
    if ((columns_[c] == Column::amount) != (is_amount(text) || is_not_applicable(text))) return false;
  }
  return true;
}

void DutyMatrix::add(Row& row, bool yuan, Diagnostics& diagnostics) {
  if (after_break_) {
    after_break_ = false;
    if (cut_row(row)) {
      // The cells of a row a page break cut in two: each joins the cell above it.
      DutyTarget& above = duties_.back();
      for (std::size_t i = 0; i < row.size() && i < columns_.size(); ++i) {
        if (row.empty(i)) continue;
        if (columns_[i] == Column::task) append_continuation(above.task, row.take(i));
        else if (columns_[i] == Column::project) append_continuation(above.project, row.take(i));
      }
      diagnostics.add(row.line(), 0, Severity::info, code::row_joined,
                      "the first row of 年度履职目标 after a page break has no 部门职能 and no amount of its own, "
                      "below a row that has one: it is the rest of that row, and its cells were joined to it");
      diagnostics.unplaced(row, "it stands under no column of 年度履职目标");
      return;
    }
  }
  DutyTarget duty;
  duty.line = row.line();
  bool any = false;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i) || i >= columns_.size() || columns_[i] == Column::none) continue;
    const std::string_view cell = row.take(i);
    any = true;
    switch (columns_[i]) {
      case Column::function: function_ = clean_text(cell); break;
      case Column::task: duty.task = clean_text(cell); break;
      case Column::project: duty.project = clean_text(cell); break;
      case Column::amount:
        if (is_not_applicable(cell)) break;
        try {
          duty.amount = amount_of(Key(cell).view(), yuan);
        } catch (const Error& e) {
          diagnostics.add(row, i, Severity::warning, code::budget_unreadable,
                          "预算金额 " + excerpt(cell) + " is not an amount: " + e.what());
        }
        break;
      case Column::none: break;
    }
  }
  if (any) {
    duty.function = function_;
    duties_.push_back(std::move(duty));
  }
  diagnostics.unplaced(row, "it stands under no column of 年度履职目标");
}

}  // namespace jixiao::detail
