#include "indicator_table.hpp"

#include "text.hpp"

#include "../target/grammar.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/target.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace jixiao::detail {
namespace {

// 指标性质 + 指标值 + 度量单位 as one target text (`≥` `30` `次` → `≥30次`); 定性 and 定量 are
// kinds, not comparators.
std::string target_text(std::string_view nature, std::string_view value, std::string_view unit) {
  const Key kind(nature);
  std::string text = (kind == "定性" || kind == "定量") ? std::string() : std::string(nature);
  text += value;
  if (kind != "定性") text += unit;
  return text;
}

}  // namespace

const Headings::Heading& Headings::operator()(std::string_view text) {
  std::string key = without_spaces(text);
  // Found by the last entry first: rows come in runs under one heading.
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it)
    if (it->text == key) return *it;
  const Level1 first = level1_from_text(key);
  const Level2 second = level2_from_text(key);
  return seen_.emplace_back(Heading{std::move(key), first, second});
}

void Headings::forget_many() noexcept {
  if (seen_.size() > 256) seen_.clear();
}

bool IndicatorTable::is_level_name(std::string_view text) {
  return level1_from_text(text) != Level1::其他 || level2_from_text(text) != Level2::其他;
}

bool IndicatorTable::states_figure(std::string_view target) {
  switch (parse_target(target).kind()) {
    case TargetKind::comparison:
    case TargetKind::range:
    case TargetKind::period:
    case TargetKind::deadline:
    case TargetKind::duration: return true;
    default: return false;
  }
}

bool IndicatorTable::is_header(const Row& row) noexcept {
  bool first = false, second = false;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const std::string_view cell = row.cell(i);
    if (!cell.starts_with("一") && !cell.starts_with("二")) continue;  // most cells: no key needed
    const Key key(cell);
    first = first || key.starts_with("一级指标");
    second = second || key.starts_with("二级指标");
  }
  return first && second;
}

namespace {
constexpr std::string_view indicators_label = "绩效指标";
constexpr std::string_view whole_period_labels[] = {"长期绩效指标", "中期绩效指标", "中长期绩效指标", "实施期绩效指标"};
}  // namespace

IndicatorTable::Field IndicatorTable::header_field(const Key& key) noexcept {
  if (key.contains("一级")) return level1;
  if (key.contains("二级")) return level2;
  if (key.contains("三级") || key == "指标名称") return name;
  if (key.contains("描述") || key.contains("指标内容") || key.contains("指标解释") || key.contains("指标说明"))
    return description;
  if (key.contains("依据")) return basis;
  if (key.contains("性质")) return nature;
  if (key.contains("单位")) return unit;
  if (key.contains("指标值") || key.contains("目标值")) return target;
  if (key.contains("权重") || key.contains("分值")) return weight;
  if (key.contains("方向")) return direction;
  return none;
}

void IndicatorTable::header(Row& row, Diagnostics& diagnostics) {
  after_break_ = true;  // a header repeated after rows is a page break; before any, it changes nothing
  columns_.assign(row.size(), none);
  whole_period_ = false;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Key key(row.cell(i));
    const Field field = header_field(key);
    columns_[i] = field;
    if (field != none) {
      row.take(i);
    } else if (key.ends_with(indicators_label)) {
      // `绩效指标` heads the header row in some layouts: a label, not a column; `长期绩效指标` says
      // whose indicators follow.
      if (key == indicators_label || key == "年度绩效指标") row.take(i);
      for (std::string_view period : whole_period_labels) {
        if (key != period) continue;
        whole_period_ = true;
        row.take(i);
      }
    }
  }
  // Without a 三级 column (一级 ⇥ 二级 ⇥ 指标内容 ⇥ 指标值), the indicator is named by its content.
  if (std::find(columns_.begin(), columns_.end(), name) == columns_.end()) {
    const auto content = std::find(columns_.begin(), columns_.end(), description);
    if (content != columns_.end()) *content = name;
  }
  diagnostics.unplaced(row, "the reader does not know this column of the indicator header");
}

void IndicatorTable::assume_standard_header() { columns_ = {level1, level2, name, description, target, basis}; }

std::size_t IndicatorTable::add_level(std::string_view text) {
  levels_.push_back(text);
  return levels_.size() - 1;
}

std::string_view IndicatorTable::join(std::string_view text, std::string_view continuation) {
  // A cell continued before already lives in joined_; a few entries per table at most.
  auto joined = std::find_if(joined_.rbegin(), joined_.rend(), [&](const std::string& s) { return s.data() == text.data(); });
  std::string& target = joined != joined_.rend() ? *joined : joined_.emplace_back(text);
  append_continuation(target, continuation);
  return target;
}

void IndicatorTable::continue_cell(Field field, std::string_view text) {
  if (field == level1 || field == level2) {
    std::string_view& level = levels_[field == level1 ? level1_ : level2_];
    level = join(level, text);
    return;
  }
  std::string_view& cell = rows_.back().cell[field];
  cell = join(cell, text);
}

bool IndicatorTable::cut_row(const Row& row) const noexcept {
  std::array<bool, field_count> filled{};
  for (std::size_t i = 0; i < row.size(); ++i)
    if (!row.empty(i) && field_at(i) != none) filled[field_at(i)] = true;
  if (filled[level1] || filled[level2]) return false;
  // A row of its own states its name, description, target and basis wherever the row above did.
  const PendingRow& above = rows_.back();
  for (const Field field : {name, description, target, basis})
    if (!above.cell[field].empty() && !filled[field]) return true;
  return false;
}

void IndicatorTable::add(Row& row, Diagnostics& diagnostics) {
  if (whole_period_) {
    // Read as the year's indicators they would be scored as such: named instead.
    diagnostics.unplaced(row, "it is an indicator of the whole period (长期/中期绩效指标), which the model does not "
                              "hold: only the year's are read");
    return;
  }
  const std::size_t filled = row.non_empty_count();
  if (filled == 0) return;
  if (after_break_) {
    after_break_ = false;
    if (!rows_.empty() && filled > 1 && cut_row(row)) {
      // The cells of a row a page break cut in two: each joins the cell above it.
      for (std::size_t i = 0; i < row.size(); ++i)
        if (!row.empty(i) && field_at(i) != none) continue_cell(field_at(i), row.take(i));
      diagnostics.add(row.line(), 0, Severity::info, code::row_joined,
                      "the first row after a page break has no 一级 or 二级 of its own and leaves empty a cell the row "
                      "above filled: it is the rest of that row, and its cells were joined to it");
      diagnostics.unplaced(row, "no named column of the indicator header is above it");
      return;
    }
  }
  if (filled == 1 && !rows_.empty()) {
    const std::size_t i = row.next_non_empty(0);
    const Field field = field_at(i);
    // A merged 一级/二级 cell whose text landed on a row of its own heads the rows below it.
    if ((field == level1 || field == level2) && is_level_name(row.cell(i))) {
      (field == level1 ? level1_ : level2_) = add_level(row.take(i));
      if (field == level1) level2_ = 0;
      return;
    }
    if (field != none) {
      continue_cell(field, row.take(i));
      return;
    }
  }
  PendingRow pending;
  pending.line = row.line();
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Field field = field_at(i);
    if (field == none || row.empty(i) || !pending.cell[field].empty()) continue;
    pending.cell[field] = row.take(i);
    if (field == weight) pending.weight_column = row.column(i);
    if (field == direction) pending.direction_column = row.column(i);
  }
  if (!pending.cell[level1].empty()) {
    level1_ = add_level(pending.cell[level1]);
    if (pending.cell[level2].empty()) level2_ = 0;
  }
  if (!pending.cell[level2].empty()) level2_ = add_level(pending.cell[level2]);
  pending.level1 = level1_;
  pending.level2 = level2_;
  rows_.push_back(std::move(pending));
  diagnostics.unplaced(row, "no named column of the indicator header is above it");
}

std::vector<Indicator> IndicatorTable::take(int year, Headings& headings, Diagnostics& diagnostics) {
  headings.forget_many();
  std::vector<const Headings::Heading*> heading_of(levels_.size());
  for (std::size_t k = 0; k < levels_.size(); ++k) heading_of[k] = &headings(levels_[k]);
  std::vector<Indicator> indicators;
  indicators.reserve(rows_.size());
  std::size_t below = 0;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const PendingRow& row = rows_[r];
    // Built in place: an Indicator is large, and moving one in would copy most of it.
    Indicator& indicator = indicators.emplace_back();
    indicator.line = row.line;
    const Headings::Heading* first = heading_of[row.level1];
    const Headings::Heading& second = *heading_of[row.level2];
    if (row.cell[level1].empty() && second.level2 != Level2::其他 && first->level1 != parent_of(second.level2)) {
      // A 一级 written below rows whose 二级 belongs to it, and none between: a label centred over a
      // group in a table without rulings, where the text stands on a middle row.
      if (below <= r) {  // the next row that writes a 一级, found once for all rows above it
        below = r + 1;
        while (below < rows_.size() && rows_[below].cell[level1].empty()) ++below;
      }
      if (below < rows_.size() && heading_of[rows_[below].level1]->level1 == parent_of(second.level2)) {
        first = heading_of[rows_[below].level1];
        diagnostics.add(row.line, 0, Severity::info, code::level_centred,
                        "the 一级 " + excerpt(first->text) + " written below this row is the 一级 of its 二级 " +
                            excerpt(second.text) + ": a label centred over its group, taken for this row too");
      }
    }
    indicator.level1_text = first->text;
    indicator.level1 = first->level1;
    indicator.level2_text = second.text;
    indicator.level2 = second.level2;
    if (indicator.level1_text.empty()) {
      if (indicator.level2 != Level2::其他) {
        indicator.level1 = parent_of(indicator.level2);
        diagnostics.add(row.line, 0, Severity::info, code::level_inferred,
                        "the 一级 cell is empty with nothing above it; taken from the 二级 " +
                            excerpt(indicator.level2_text) + " as " + std::string(enum_name(indicator.level1)));
      }
    } else if (indicator.level1 == Level1::其他) {
      diagnostics.add(row.line, 0, Severity::warning, code::level_unknown,
                      "一级 " + excerpt(indicator.level1_text) + " is in neither indicator tree; kept as written");
    }
    if (!indicator.level2_text.empty() && indicator.level2 == Level2::其他)
      diagnostics.add(row.line, 0, Severity::warning, code::level_unknown,
                      "二级 " + excerpt(indicator.level2_text) + " is in neither indicator tree; kept as written");
    indicator.name = clean_text(row.cell[name]);
    indicator.description = clean_text(row.cell[description]);
    indicator.basis = clean_text(row.cell[basis]);
    // Most layouts have no 指标性质/度量单位 columns: the 指标值 cell is the target as it stands
    // (trimmed already), and composing a copy of it would be wasted.
    std::string composed;
    std::string_view value = row.cell[target];
    if (!row.cell[nature].empty() || !row.cell[unit].empty()) {
      composed = target_text(row.cell[nature], row.cell[target], row.cell[unit]);
      value = trim(composed);
    }
    if (indicator.name.empty() || value.empty())
      diagnostics.add(row.line, 0, Severity::warning, code::indicator_incomplete,
                      indicator.name.empty() ? "the indicator row has no 三级指标 (name)"
                                             : "the indicator " + excerpt(indicator.name) + " has no 指标值 (target)");
    parse_target_into(value, TargetContext{year, indicator.name, indicator.description}, indicator.target);
    if (!row.cell[weight].empty()) {
      indicator.weight = weight_value(row.cell[weight]);
      if (!indicator.weight)
        diagnostics.add(row.line, row.weight_column, Severity::warning, code::weight_unreadable,
                        "the weight " + excerpt(row.cell[weight]) +
                            " is not a number from 0 to 100 (20, 12.5, 20%, 20分); the indicator has no stated weight");
    }
    if (!row.cell[direction].empty()) {
      const std::optional<Direction> stated = direction_value(row.cell[direction]);
      if (!stated)
        diagnostics.add(row.line, row.direction_column, Severity::warning, code::direction_unknown,
                        "the direction " + excerpt(row.cell[direction]) +
                            " is none of 正向, 反向, 中性, 越大越好, 越小越好; the indicator has no stated direction");
      indicator.direction = stated.value_or(Direction::none);
    }
  }
  rows_.clear();
  columns_.clear();
  whole_period_ = false;
  levels_.assign(1, std::string_view());
  joined_.clear();
  level1_ = 0;
  level2_ = 0;
  after_break_ = false;
  return indicators;
}

}  // namespace jixiao::detail
