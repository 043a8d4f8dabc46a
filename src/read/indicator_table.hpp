#pragma once
// The indicator part of a project table: a header row naming the columns (一级指标 二级指标
// 三级指标 绩效指标描述 指标值 指标值确定依据, sometimes with an empty extra column, in other
// provinces with 指标性质 / 度量单位 / 权重 / 指标方向性 columns), then one row per indicator.
//
// Cells are placed by the column of the header above them, and the header is read again
// wherever it is repeated (page breaks). 一级 and 二级 cells merged downwards leave their
// column empty: the last written text carries on. A row empty but for one cell is the rest of
// the cell above, split by a page break.

#include "diagnostics.hpp"
#include "rows.hpp"
#include "text.hpp"

#include <jixiao/indicator.hpp>

#include <array>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// The 一级/二级 enumerators of the heading texts met so far in a document. A document repeats
// a handful of headings in every table, and looking one up builds a key and scans the described
// names: remembered for the whole document, each distinct heading is looked up once.
class Headings {
 public:
  struct Heading {
    std::string text;  // without blanks, as the model holds it
    Level1 level1;
    Level2 level2;
  };
  // The heading written `text` (blanks anywhere). The reference stays valid until forget_many().
  const Heading& operator()(std::string_view text);
  // Forgets the headings once there are more than a few hundred: a document of made-up headings
  // should not make every lookup a long scan.
  void forget_many() noexcept;

 private:
  std::deque<Heading> seen_;  // a deque: references stay valid as it grows
};

class IndicatorTable {
 public:
  // What a column of the header holds.
  enum Field : unsigned char {
    level1, level2, name, description, nature, target, unit, basis, weight, direction, field_count, none
  };
  // The field a header cell names (一级指标 → level1, 指标值确定依据 → basis …); none for others.
  static Field header_field(std::string_view cell) noexcept { return header_field(Key(cell)); }
  static Field header_field(const Key& cell) noexcept;
  // Whether the row names the indicator columns.
  static bool is_header(const Row& row) noexcept;
  // Whether the text is a 一级 or 二级 name of either indicator tree (as an indicator row's
  // first cells are).
  static bool is_level_name(std::string_view text);
  // Whether a 指标值 states a figure — a comparison, range, period, deadline or duration (≥30 次,
  // 100%, 2024年11月15日前) — rather than words: what marks a cell as a target where the text has
  // lost the columns.
  static bool states_figure(std::string_view target);

  void header(Row& row, Diagnostics& diagnostics);
  // Columns in the usual order, for rows met before any header.
  void assume_standard_header();

  void add(Row& row, Diagnostics& diagnostics);
  // The table goes on after a page break (a new table of the grid, or its header repeated): a first
  // row with no 一级, 二级 or 三级 of its own is the rest of the row the break cut.
  void page_break() noexcept { after_break_ = true; }
  // The indicators in document order; the year completes targets such as `12月15日前`.
  std::vector<Indicator> take(int year, Headings& headings, Diagnostics& diagnostics);

 private:
  // A row as read: views into the decoded text, or into joined_ once a page-break continuation
  // has been joined to the cell. Only views: rows are many, joined cells few, and a row of
  // strings made every push_back and reallocation move ten of them.
  struct PendingRow {
    std::array<std::string_view, field_count> cell;
    std::size_t level1 = 0;  // index into levels_; 0 is the empty text
    std::size_t level2 = 0;
    std::size_t line = 0;
    // Columns of the weight and direction cells, for a diagnostic when take() cannot read them;
    // only these two are read after the row is gone.
    std::size_t weight_column = 0;
    std::size_t direction_column = 0;
  };

  Field field_at(std::size_t column) const noexcept { return column < columns_.size() ? columns_[column] : none; }
  // Whether the first row after a page break is the rest of the row above: no 一级 or 二级 of its
  // own, and a name, description, target or basis left empty that the row above filled.
  bool cut_row(const Row& row) const noexcept;
  std::size_t add_level(std::string_view text);
  void continue_cell(Field field, std::string_view text);
  // Appends a continuation to the cell `text` and returns the joined cell.
  std::string_view join(std::string_view text, std::string_view continuation);

  std::vector<Field> columns_;
  bool whole_period_ = false;  // under a 长期绩效指标 header: rows reported, not read
  std::vector<PendingRow> rows_;
  // 一级/二级 texts as written, one per merged cell: the rows of a group share its text.
  std::vector<std::string_view> levels_{std::string_view()};
  // Cells joined with their continuations. A deque: views into its strings stay valid as it grows.
  std::deque<std::string> joined_;
  std::size_t level1_ = 0;  // carried down merged cells
  std::size_t level2_ = 0;
  bool after_break_ = false;
};

}  // namespace jixiao::detail
