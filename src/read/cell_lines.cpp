#include "cell_lines.hpp"

#include "diagnostics.hpp"
#include "indicator_table.hpp"
#include "project_table.hpp"
#include "rebuilt_rows.hpp"
#include "text.hpp"

#include <jixiao/indicator.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::detail {
namespace {

struct Cell {
  std::string_view text;  // trimmed
  std::size_t line = 0;
};

struct OutRow {
  std::size_t line = 0;
  bool text_line = false;
  std::vector<std::string_view> cells;  // by column

  void put(std::size_t column, std::string_view text) {
    if (cells.size() <= column) cells.resize(column + 1);
    cells[column] = text;
  }
  std::size_t filled() const noexcept {
    return static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); }));
  }
};

bool starts_header(std::string_view cell) noexcept { return Key(cell).starts_with("一级指标"); }

bool is_not_stated(std::string_view cell) noexcept {
  const Key key(cell);
  return key == "-" || key == "—" || key == "/" || key == "无";
}

class CellLines {
 public:
  explicit CellLines(std::span<const Line> lines);
  void rebuild(Grid& out);

 private:
  enum class Part { none, head, budget, plan, goals, indicators };

  std::size_t add_row(std::size_t line) {
    rows_.push_back(OutRow{line, false, {}});
    return rows_.size() - 1;
  }
  std::size_t header(std::size_t i);
  void indicator(std::size_t i);
  void head_cell(std::size_t i);
  void flush_plan();
  bool header_at(std::size_t i) const {
    return i + 1 < cells_.size() && starts_header(cells_[i].text) && Key(cells_[i + 1].text).starts_with("二级指标");
  }
  std::optional<std::size_t> column(IndicatorTable::Field field) const {
    for (std::size_t c = 0; c < fields_.size(); ++c)
      if (fields_[c] == field) return c;
    return std::nullopt;
  }
  bool is_level(std::size_t c) const {
    return fields_[c] == IndicatorTable::level1 || fields_[c] == IndicatorTable::level2;
  }
  // Whether cell i, where a 依据 would stand, rather names the next indicator: the row lost its
  // 依据 when the cell two further on is a target and the one between is not.
  bool names_next(std::size_t i) const {
    if (i + 2 >= cells_.size()) return false;
    for (std::size_t k = i + 1; k <= i + 2; ++k)
      if (header_at(k) || IndicatorTable::is_level_name(cells_[k].text)) return false;
    return IndicatorTable::states_figure(cells_[i + 2].text) && !IndicatorTable::states_figure(cells_[i + 1].text);
  }

  std::vector<Cell> cells_;
  std::vector<OutRow> rows_;
  std::vector<Diagnostic> notes_;
  Part part_ = Part::none;
  std::optional<std::size_t> row_;  // the row being filled
  bool expecting_value_ = false;    // a head or amount label waits for its value
  // The spending plan: its label's row, and the milestones and values of the group being read.
  std::optional<std::size_t> plan_row_;
  std::vector<Cell> milestones_, values_;
  // The indicator table: the field of each header column, the next column of the row being filled.
  std::vector<IndicatorTable::Field> fields_;
  std::size_t next_ = 0;
  std::size_t header_columns_ = 0;
  Level1 level1_ = Level1::其他;  // the 一级 the rows stand under
};

CellLines::CellLines(std::span<const Line> lines) {
  for (const Line& line : lines)
    if (!is_blank(line.text)) cells_.push_back(Cell{trim(line.text), line.number});
}

std::size_t CellLines::header(std::size_t i) {
  fields_.clear();
  const std::size_t row = add_row(cells_[i].line);
  std::size_t k = i;
  for (; k < cells_.size(); ++k) {
    const IndicatorTable::Field field = IndicatorTable::header_field(cells_[k].text);
    // A header names each field once (notes columns aside: 评分标准 and 备注); the first cell that
    // names none, or one again, is a row's.
    if (field == IndicatorTable::none ||
        (field != IndicatorTable::notes && std::find(fields_.begin(), fields_.end(), field) != fields_.end()))
      break;
    rows_[row].put(fields_.size(), cells_[k].text);
    fields_.push_back(field);
  }
  header_columns_ = std::max(header_columns_, fields_.size());
  row_.reset();
  part_ = Part::indicators;
  return k;
}

void CellLines::indicator(std::size_t i) {
  const std::string_view text = cells_[i].text;
  const std::size_t count = fields_.size();
  const std::optional<std::size_t> first = column(IndicatorTable::level1);
  const std::optional<std::size_t> second = column(IndicatorTable::level2);
  const auto start = [&](std::size_t at) {
    row_ = add_row(cells_[i].line);
    rows_[*row_].put(at, text);
    next_ = at + 1;
  };
  // Where a name stands for a 三级 or a 依据 rather than a heading: right after a 二级 (服务对象满意度
  // under 服务对象满意度指标), or where the 依据 goes without the 指标 that headings carry (满意度).
  const bool named_here = (row_ && second && next_ == *second + 1) ||
                          (row_ && next_ < count && fields_[next_] == IndicatorTable::basis && !Key(text).ends_with("指标"));
  const Level2 named2 = second && !named_here ? level2_from_text(text) : Level2::其他;
  const bool level2 = named2 != Level2::其他;
  // 满意度指标 names a 一级 and, repeated as its own 二级, a 二级: after a lone 一级 it is the 二级.
  if (level2 && row_ && first && next_ == *first + 1 && rows_[*row_].filled() == 1) {
    rows_[*row_].put(*second, text);
    next_ = *second + 1;
    return;
  }
  // 成本指标 is a 二级 of 产出指标 in one tree and a 一级 in the other: under 产出指标 it is the 二级.
  if (level2 && parent_of(named2, IndicatorTree::classic) == level1_) return start(*second);
  if (first && !named_here) {
    if (const Level1 named1 = level1_from_text(text); named1 != Level1::其他) {
      level1_ = named1;
      return start(*first);
    }
  }
  if (level2) return start(*second);
  std::size_t at = next_;
  if (!row_ || at >= count || (fields_[at] == IndicatorTable::basis && names_next(i))) {
    row_.reset();
    at = 0;
  }
  while (at < count && is_level(at)) ++at;
  if (at >= count) at = count - 1;
  // A cell that states a figure where the description would stand is the target: the description
  // was empty.
  if (const std::optional<std::size_t> target = column(IndicatorTable::target);
      target && *target > at && fields_[at] == IndicatorTable::description && IndicatorTable::states_figure(text))
    at = *target;
  if (!row_) row_ = add_row(cells_[i].line);
  rows_[*row_].put(at, text);
  next_ = at + 1;
}

void CellLines::flush_plan() {
  if (milestones_.empty() && values_.empty()) return;
  // The first group of milestones stands on the label's row; later ones on rows of their own.
  const std::size_t labels = plan_row_ ? *plan_row_ : add_row(milestones_.empty() ? values_.front().line : milestones_.front().line);
  plan_row_.reset();
  for (std::size_t k = 0; k < milestones_.size(); ++k) rows_[labels].put(k + 1, milestones_[k].text);
  if (!values_.empty()) {
    const std::size_t row = add_row(values_.front().line);
    for (std::size_t k = 0; k < values_.size(); ++k) rows_[row].put(k + 1, values_[k].text);
    if (values_.size() < milestones_.size()) {
      std::string under;
      for (std::size_t k = 0; k < values_.size(); ++k) under += (k ? "、" : "") + std::string(milestones_[k].text);
      notes_.push_back(Diagnostic{values_.front().line, 0, Severity::warning, code::cell_ambiguous,
                                  "资金支出计划 has " + std::to_string(values_.size()) + " values for " +
                                      std::to_string(milestones_.size()) +
                                      " milestones, and the copy lost the empty cells that showed which: they are read "
                                      "under the first (" + under + ")"});
    }
  }
  milestones_.clear();
  values_.clear();
}

void CellLines::head_cell(std::size_t i) {
  const Cell& cell = cells_[i];
  using Label = ProjectTable::Label;
  const Label label = ProjectTable::label_of(cell.text);
  // The value of 项目名称 may read like a label (信息化建设资金-市科协): it is the value.
  const bool value = part_ == Part::head && expecting_value_ && label != Label::head;
  if (label != Label::none && !value) {
    flush_plan();
    switch (label) {
      case Label::head:
        if (part_ != Part::head || !row_ || expecting_value_) row_ = add_row(cell.line);
        rows_[*row_].put(rows_[*row_].cells.size(), cell.text);
        part_ = Part::head;
        expecting_value_ = true;
        return;
      case Label::amount:
        if (part_ != Part::budget || !row_) {
          row_ = add_row(cell.line);
          rows_[*row_].put(0, {});
        }
        rows_[*row_].put(rows_[*row_].cells.size(), cell.text);
        part_ = Part::budget;
        expecting_value_ = true;
        return;
      case Label::budget:
      case Label::plan:
      case Label::goals:
        row_ = add_row(cell.line);
        rows_[*row_].put(0, cell.text);
        part_ = label == Label::budget ? Part::budget : label == Label::plan ? Part::plan : Part::goals;
        if (part_ == Part::plan) plan_row_ = row_;
        expecting_value_ = false;
        return;
      case Label::none: break;
    }
  }
  switch (part_) {
    case Part::head:
    case Part::budget:
      if (expecting_value_ && (part_ == Part::head || ProjectTable::is_amount(cell.text) || is_not_stated(cell.text))) {
        rows_[*row_].put(rows_[*row_].cells.size(), cell.text);
        expecting_value_ = false;
        return;
      }
      break;
    case Part::plan:
      if (milestone_month(cell.text)) {
        if (!values_.empty()) flush_plan();
        milestones_.push_back(cell);
        return;
      }
      if (percent_value(cell.text) || ProjectTable::is_amount(cell.text)) {
        values_.push_back(cell);
        return;
      }
      flush_plan();
      break;
    case Part::goals:
      if (row_ && rows_[*row_].filled() == 1 && rows_[*row_].cells.size() == 1) {
        rows_[*row_].put(1, cell.text);
        return;
      }
      break;
    case Part::none:
      rows_.push_back(OutRow{cell.line, true, {cell.text}});
      return;
    case Part::indicators: break;
  }
  // Text below a label's row continues its block: the use of funds, the goals, or a cell the
  // reader will name.
  expecting_value_ = false;
  row_ = add_row(cell.line);
  rows_[*row_].put(1, cell.text);
}

void CellLines::rebuild(Grid& out) {
  for (std::size_t i = 0; i < cells_.size();) {
    if (is_page_number(cells_[i].text)) {
      rows_.push_back(OutRow{cells_[i].line, true, {cells_[i].text}});
      ++i;
      continue;
    }
    if (header_at(i)) {
      flush_plan();
      i = header(i);
      continue;
    }
    if (part_ == Part::indicators) indicator(i);
    else head_cell(i);
    ++i;
  }
  flush_plan();
  std::stable_sort(rows_.begin(), rows_.end(), [](const OutRow& a, const OutRow& b) { return a.line < b.line; });
  const std::size_t table_rows = add_rebuilt_rows(rows_, out);
  if (table_rows > 0 && !cells_.empty())
    out.add_diagnostic(Diagnostic{
        cells_.front().line, 0, Severity::info, code::rows_rebuilt,
        "lines " + std::to_string(cells_.front().line) + "–" + std::to_string(cells_.back().line) +
            " hold a table copied one cell per line (as a PDF viewer copies one), which loses its empty cells and "
            "where its rows end: " + std::to_string(table_rows) + " rows were rebuilt from the " +
            std::to_string(header_columns_) +
            " columns of its header and what the cells say (the labels of the head, 一级/二级 names, targets); a row "
            "that lost a cell may hold the next in its place"});
  for (Diagnostic& d : notes_) out.add_diagnostic(std::move(d));
}

}  // namespace

bool opens_cell_lines(std::string_view line) {
  const std::string_view text = trim(line);
  if (text.size() > 24 || (!text.starts_with("项") && !text.starts_with("一"))) return false;
  const Key key(text);
  return key == "项目编码" || key == "项目代码" || key == "项目编号" || key == "项目名称" || key.starts_with("一级指标");
}

bool holds_header_run(std::span<const Line> lines) {
  std::string_view previous;
  for (const Line& line : lines) {
    if (is_blank(line.text)) continue;
    const std::string_view text = trim(line.text);
    if (starts_header(previous) && Key(text).starts_with("二级指标")) return true;
    previous = text;
  }
  return false;
}

void rebuild_cell_lines(std::span<const Line> lines, Grid& out) { CellLines(lines).rebuild(out); }

}  // namespace jixiao::detail
