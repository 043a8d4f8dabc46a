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

bool is_kind(const Key& key) noexcept { return key == "定性" || key == "定量"; }

// 指标性质 / 计算符号 + 指标值 + 度量单位 as one target text (`≥` `30` `次` → `≥30次`). 定性 and 定量
// are kinds, not comparators; 定性 drops the unit. A form may have both a kind column (指标值类型:
// 定量) and a comparator column (计算符号: ≥).
std::string target_text(std::string_view nature, std::string_view sign, std::string_view value,
                        std::string_view unit) {
  const Key kind(nature), comparator(sign);
  const bool qualitative = kind == "定性" || comparator == "定性";
  std::string text = !comparator.empty() && !is_kind(comparator) ? std::string(sign)
                     : !is_kind(kind)                           ? std::string(nature)
                                                                : std::string();
  text += value;
  if (!qualitative) text += unit;
  return text;
}

// A cell of a figure column that says the figure does not apply, or is left blank: no value.
std::string_view figure(std::string_view cell) noexcept { return is_not_applicable(cell) ? std::string_view() : cell; }

// The 一级 text without the points it may print.
std::string_view level_name(std::string_view cell) noexcept {
  const auto points = level_points(cell);
  return points ? points->name : cell;
}

constexpr std::string_view annual_labels[] = {"绩效指标", "年度绩效指标", "年度指标", "项目绩效指标"};
constexpr std::string_view whole_period_labels[] = {"长期绩效指标", "中期绩效指标", "中长期绩效指标",
                                                    "实施期绩效指标", "长期指标",     "中期指标"};

bool contains_any(const Key& key, std::initializer_list<std::string_view> words) noexcept {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return key.contains(w); });
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
  const std::string_view name = level_name(text);
  return level1_from_text(name) != Level1::其他 || level2_from_text(name) != Level2::其他;
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

IndicatorBlock IndicatorTable::block_label(std::string_view text) noexcept {
  if (text.empty() || text.size() > 40) return IndicatorBlock::none;
  const Key key(text);
  if (!key.ends_with("指标")) return IndicatorBlock::none;
  for (std::string_view label : whole_period_labels)
    if (key == label) return IndicatorBlock::medium_term;
  for (std::string_view label : annual_labels)
    if (key == label) return IndicatorBlock::annual;
  return IndicatorBlock::none;
}

// The order matters where one header holds another's word: 指标值确定依据 (basis, not target),
// 指标值类型 (a kind, not the target), 得分计算方法 (notes, not the score), 中期指标值 (the period's).
IndicatorTable::Field IndicatorTable::header_field(const Key& key) noexcept {
  if (key.contains("一级")) return level1;
  if (key.contains("二级")) return level2;
  if (key.contains("三级") || key == "指标名称" || key == "绩效指标名称") return name;
  if (key.contains("依据")) return basis;
  if (key.contains("原因")) return reason;
  if (contains_any(key, {"备注", "分标准", "计算方法", "评分规则", "评分办法", "扣分"})) return notes;
  if (key.contains("实际") || key.contains("完成值") || key.contains("完成情况")) return actual;
  if (key.contains("得分")) return score;
  if (key.contains("权重") || key.contains("分值")) return weight;
  if (key.contains("方向")) return direction;
  if (key.contains("符号")) return sign;
  if (key.contains("性质") || key.contains("值类型") || key == "指标类型") return nature;
  if (key.contains("单位")) return unit;
  if (contains_any(key, {"指标值", "目标值", "预期值", "实现值", "绩效标准", "计划水平"}))
    return contains_any(key, {"中长期", "中期", "长期", "实施期", "项目期"}) ? medium_target : target;
  if (contains_any(key, {"描述", "指标内容", "指标解释", "指标说明"})) return description;
  return none;
}

void IndicatorTable::header(Row& row, Diagnostics& diagnostics) {
  after_break_ = true;  // a header repeated after rows is a page break; before any, it changes nothing
  columns_.assign(row.size(), none);
  note_headers_.assign(row.size(), std::string());
  for (std::size_t i = 0; i < row.size(); ++i)
    if (!row.empty(i)) columns_[i] = header_field(Key(row.cell(i)));
  settle_roles(columns_);
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    const Field field = columns_[i];
    if (field == notes) note_headers_[i] = clean_text(row.cell(i));
    if (field == actual || field == score || field == reason) results_ = true;
    if (field != none) {
      row.take(i);
    } else if (const IndicatorBlock block = block_label(row.cell(i)); block != IndicatorBlock::none) {
      // `绩效指标` heads the header row in some layouts: a label, not a column; `长期绩效指标` says
      // whose indicators follow.
      set_block(block);
      row.take(i);
    }
  }
  diagnostics.unplaced(row, "the reader does not know this column of the indicator header");
}

void IndicatorTable::settle_roles(std::vector<Field>& columns) noexcept {
  const auto first = std::find(columns.begin(), columns.end(), description);
  if (first == columns.end()) return;
  for (auto other = first + 1; other != columns.end(); ++other)
    if (*other == description) *other = notes;
  // Without a 三级 column (一级 ⇥ 二级 ⇥ 指标内容 ⇥ 指标值), the indicator is named by its content.
  if (std::find(columns.begin(), columns.end(), name) == columns.end()) *first = name;
}

void IndicatorTable::assume_standard_header() {
  columns_ = {level1, level2, name, description, target, basis};
  note_headers_.assign(columns_.size(), std::string());
}

std::optional<std::size_t> IndicatorTable::score_column() const noexcept {
  const auto it = std::find(columns_.begin(), columns_.end(), score);
  if (it == columns_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - columns_.begin());
}

std::optional<std::size_t> IndicatorTable::weight_column() const noexcept {
  const auto it = std::find(columns_.begin(), columns_.end(), weight);
  if (it == columns_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - columns_.begin());
}

std::uint32_t IndicatorTable::add_level(std::string_view text, std::size_t line) {
  if (const auto points = level_points(text)) {
    points_.push_back(PendingPoints{points->name, points->low, points->high, line});
    text = points->name;
  }
  levels_.push_back(text);
  return static_cast<std::uint32_t>(levels_.size() - 1);
}

std::string_view IndicatorTable::cell(const PendingRow& row, Field field) const noexcept {
  if (field < core_count) return row.cell[field];
  return row.extra == 0 ? std::string_view() : extras_[row.extra - 1].cell[field - core_count];
}

std::string_view& IndicatorTable::slot(PendingRow& row, Field field) {
  if (field < core_count) return row.cell[field];
  if (row.extra == 0) {
    extras_.emplace_back();
    row.extra = static_cast<std::uint32_t>(extras_.size());
  }
  return extras_[row.extra - 1].cell[field - core_count];
}

const std::string& IndicatorTable::notes_of(const PendingRow& row) const noexcept {
  static const std::string none;
  return row.extra == 0 ? none : extras_[row.extra - 1].notes;
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
  std::string_view& cell = slot(rows_.back(), field);
  cell = join(cell, text);
}

void IndicatorTable::continue_notes(std::string_view text) {
  PendingRow& row = rows_.back();
  if (row.extra == 0) slot(row, actual);  // makes the row's extra cells
  append_continuation(extras_[row.extra - 1].notes, text);
}

// A row of a blank form left as printed: its name a bare `指标2：`, an ellipsis or `/`, and nothing
// stated but its headings.
bool IndicatorTable::placeholder(const PendingRow& row) const noexcept {
  const std::string_view written = row.cell[name];
  const bool empty_name = written.empty() || is_ellipsis(written) || is_not_applicable(written) ||
                          without_indicator_number(written).empty();
  if (!empty_name) return false;
  for (std::size_t f = 0; f < field_count; ++f) {
    if (f == level1 || f == level2 || f == name) continue;
    const std::string_view text = cell(row, static_cast<Field>(f));
    if (!text.empty() && !is_ellipsis(text) && !is_not_applicable(text)) return false;
  }
  return notes_of(row).empty();
}

bool IndicatorTable::cut_row(const Row& row) const noexcept {
  std::array<bool, field_count> filled{};
  for (std::size_t i = 0; i < row.size(); ++i)
    if (!row.empty(i) && field_at(i) < field_count) filled[field_at(i)] = true;
  if (filled[level1] || filled[level2]) return false;
  // A row of its own states its name, description, target and basis wherever the row above did.
  const PendingRow& above = rows_.back();
  for (const Field field : {name, description, target, basis})
    if (!above.cell[field].empty() && !filled[field]) return true;
  return false;
}

bool IndicatorTable::fits(const Row& row, std::size_t offset) const {
  for (std::size_t c = offset; c < columns_.size(); ++c) {
    const std::string_view text = row.cell(c - offset);
    if (text.empty()) continue;
    const bool level_column = columns_[c] == level1 || columns_[c] == level2;
    const bool level_text = is_level_name(text) || (level_column && (is_ellipsis(text) || is_not_applicable(text)));
    if (level_column != level_text) return false;
  }
  return true;
}

void IndicatorTable::add(Row& row, Diagnostics& diagnostics) {
  const std::size_t filled = row.non_empty_count();
  if (filled == 0) return;
  if (after_break_) {
    after_break_ = false;
    if (!rows_.empty() && filled > 1 && cut_row(row)) {
      // The cells of a row a page break cut in two: each joins the cell above it.
      for (std::size_t i = 0; i < row.size(); ++i) {
        const Field field = field_at(i);
        if (row.empty(i) || field == none) continue;
        if (field == notes) continue_notes(row.take(i));
        else continue_cell(field, row.take(i));
      }
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
      (field == level1 ? level1_ : level2_) = add_level(row.take(i), row.line());
      if (field == level1) level2_ = 0;
      return;
    }
    const std::string_view cell = row.cell(i);
    if (field == name && (is_ellipsis(cell) || is_not_applicable(cell) || without_indicator_number(cell).empty())) {
      diagnostics.add(row.line(), 0, Severity::info, code::indicator_placeholder,
                      "a row of the blank form left unfilled (" + excerpt(row.take(i)) + "): no indicator");
      return;
    }
    if (field == notes) {
      continue_notes(row.take(i));
      return;
    }
    if (field != none) {
      continue_cell(field, row.take(i));
      return;
    }
  }
  PendingRow pending;
  pending.line = row.line();
  pending.medium_term = medium_term_;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Field field = field_at(i);
    if (field == none || row.empty(i)) continue;
    if (field == notes) {
      slot(pending, actual);  // makes the row's extra cells
      std::string& notes = extras_[pending.extra - 1].notes;
      if (!notes.empty()) notes += "；";
      notes += note_headers_[i];
      notes += "：";
      notes += clean_text(row.take(i));
      continue;
    }
    // The whole period has no reported side: such cells are named below, not scored.
    if (medium_term_ && (field == actual || field == score || field == reason)) continue;
    if (!cell(pending, field).empty()) continue;
    slot(pending, field) = row.take(i);
    const auto column = static_cast<std::uint32_t>(row.column(i));
    if (field == weight) pending.weight_column = column;
    if (field == direction) pending.direction_column = column;
    if (field == score) extras_[pending.extra - 1].score_column = column;
  }
  // 一级/二级 cells that say nothing (`……`, `/`) continue the heading above.
  for (const Field level : {level1, level2}) {
    std::string_view& cell = pending.cell[level];
    if (is_ellipsis(cell) || is_not_applicable(cell)) cell = {};
  }
  if (!pending.cell[level1].empty()) {
    level1_ = add_level(pending.cell[level1], pending.line);
    if (pending.cell[level2].empty()) level2_ = 0;
  }
  if (!pending.cell[level2].empty()) level2_ = add_level(pending.cell[level2], pending.line);
  pending.level1 = level1_;
  pending.level2 = level2_;
  if (placeholder(pending)) {
    diagnostics.add(pending.line, 0, Severity::info, code::indicator_placeholder,
                    "a row of the blank form left unfilled (" +
                        excerpt(pending.cell[name].empty() ? std::string_view("（空）") : pending.cell[name]) +
                        "): no indicator");
    if (pending.extra != 0 && pending.extra == extras_.size()) extras_.pop_back();
  } else {
    rows_.push_back(std::move(pending));
  }
  diagnostics.unplaced(row, medium_term_ ? "the whole period's indicators have no reported side (实际完成值, 得分)"
                                         : "no named column of the indicator header is above it");
}

IndicatorSets IndicatorTable::take(int year, Headings& headings, Diagnostics& diagnostics) {
  headings.forget_many();
  std::vector<const Headings::Heading*> heading_of(levels_.size());
  for (std::size_t k = 0; k < levels_.size(); ++k) heading_of[k] = &headings(levels_[k]);
  IndicatorSets sets;
  sets.annual.reserve(rows_.size());
  if (results_) sets.results.emplace();
  for (const PendingPoints& p : points_) {
    const Headings::Heading& heading = headings(p.name);
    sets.points.push_back(Level1Points{heading.level1, heading.text, p.low, p.high, p.line});
  }
  std::size_t below = 0;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const PendingRow& row = rows_[r];
    const std::string_view value = figure(row.cell[target]);
    // Under a 长期绩效指标 label the 指标值 column is the period's; a 中期指标值 column beside the year's
    // makes a second indicator of the row, the whole period's (the year's is left out when only the
    // period's value is stated).
    const std::string_view medium_value = row.medium_term && cell(row, medium_target).empty()
                                              ? value
                                              : figure(cell(row, medium_target));
    const bool annual = !row.medium_term && (!value.empty() || medium_value.empty());
    const bool period = row.medium_term || !medium_value.empty();
    std::vector<Indicator>& set = annual ? sets.annual : sets.medium_term;
    // Built in place: an Indicator is large, and moving one in would copy most of it.
    Indicator& indicator = set.emplace_back();
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
    indicator.name = clean_text(without_indicator_number(row.cell[name]));
    indicator.description = clean_text(row.cell[description]);
    indicator.basis = clean_text(row.cell[basis]);
    indicator.notes = notes_of(row);
    const std::string_view nature_cell = figure(row.cell[nature]);
    const std::string_view sign_cell = figure(cell(row, sign));
    const std::string_view unit_cell = figure(row.cell[unit]);
    // Most layouts have no 指标性质/度量单位 columns: the 指标值 cell is the target as it stands
    // (trimmed already), and composing a copy of it would be wasted.
    const auto compose = [&](std::string_view cell, std::string& composed) {
      if (nature_cell.empty() && sign_cell.empty() && unit_cell.empty()) return cell;
      if (cell.empty()) return cell;
      composed = target_text(nature_cell, sign_cell, cell, unit_cell);
      return trim(composed);
    };
    std::string composed;
    const std::string_view stated = compose(annual ? value : medium_value, composed);
    if (indicator.name.empty() || stated.empty())
      diagnostics.add(row.line, 0, Severity::warning, code::indicator_incomplete,
                      indicator.name.empty() ? "the indicator row has no 三级指标 (name)"
                                             : "the indicator " + excerpt(indicator.name) + " has no 指标值 (target)");
    parse_target_into(stated, TargetContext{year, indicator.name, indicator.description}, indicator.target);
    if (const std::string_view w = figure(row.cell[weight]); !w.empty()) {
      indicator.weight = weight_value(w);
      if (!indicator.weight)
        diagnostics.add(row.line, row.weight_column, Severity::warning, code::weight_unreadable,
                        "the weight " + excerpt(w) +
                            " is not a number from 0 to 100 (20, 12.5, 20%, 20分); the indicator has no stated weight");
    }
    if (const std::string_view d = figure(row.cell[direction]); !d.empty()) {
      const std::optional<Direction> stated_direction = direction_value(d);
      if (!stated_direction)
        diagnostics.add(row.line, row.direction_column, Severity::warning, code::direction_unknown,
                        "the direction " + excerpt(d) +
                            " is none of 正向, 反向, 中性, 越大越好, 越小越好; the indicator has no stated direction");
      indicator.direction = stated_direction.value_or(Direction::none);
    }
    if (annual && period) {
      // The same row, the whole period's value: a copy with the other target.
      Indicator& whole = sets.medium_term.emplace_back(indicator);
      std::string composed_period;
      whole.target = Target{};
      parse_target_into(compose(medium_value, composed_period),
                        TargetContext{year, whole.name, whole.description}, whole.target);
    }
    if (!annual || !sets.results) continue;
    IndicatorResult& result = sets.results->emplace_back();
    result.indicator = sets.annual.size() - 1;
    parse_target_into(figure(cell(row, actual)), TargetContext{year, indicator.name, indicator.description},
                      result.actual);
    result.reason = clean_text(cell(row, reason));
    if (const std::string_view s = figure(cell(row, score)); !s.empty()) {
      result.score = weight_value(s);
      if (!result.score)
        diagnostics.add(row.line, extras_[row.extra - 1].score_column, Severity::warning, code::score_unreadable,
                        "the score " + excerpt(s) + " is not a number from 0 to 100; the indicator has no reported score");
    }
  }
  rows_.clear();
  extras_.clear();
  points_.clear();
  columns_.clear();
  note_headers_.clear();
  medium_term_ = false;
  results_ = false;
  levels_.assign(1, std::string_view());
  joined_.clear();
  level1_ = 0;
  level2_ = 0;
  after_break_ = false;
  return sets;
}

}  // namespace jixiao::detail
