#pragma once
// The indicator part of a table: a header row naming the columns, then one row per indicator.
// Columns are known by their role, whatever their order: the tree (一级 二级 三级), the target
// (指标值, or 指标性质 / 计算符号 + 指标值 + 度量单位), the whole period's target beside the year's
// (中期指标值), description, basis, weight (分值 / 权重), direction, and in a 自评表 the reported
// side (实际完成值, 得分, 偏差原因); 备注-like columns are notes. The synonyms are in docs/format.md.
//
// Cells are placed by the column of the header above them, and the header is read again
// wherever it is repeated (page breaks). 一级 and 二级 cells merged downwards leave their
// column empty: the last written text carries on. A row empty but for one cell is the rest of
// the cell above, split by a page break. A 一级 cell may print its points (`产出指标(50分)`);
// a blank form's placeholder rows (`指标2：`, `……`) are reported and skipped.

#include "diagnostics.hpp"
#include "rows.hpp"
#include "text.hpp"

#include <jixiao/decimal.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/project.hpp>
#include <jixiao/self_evaluation.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
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

// Whose indicators a header heads: the year's, or the whole period's (长期 / 中期 / 实施期).
enum class IndicatorBlock : unsigned char { none, annual, medium_term };

// What the indicator part of one table holds once read.
struct IndicatorSets {
  std::vector<Indicator> annual;       // Project::indicators
  std::vector<Indicator> medium_term;  // Project::medium_term_indicators
  std::vector<Level1Points> points;    // Project::level1_points
  // One per annual indicator, in their order, when the header has a column of the reported side.
  std::optional<std::vector<IndicatorResult>> results;
};

class IndicatorTable {
 public:
  // The role of a column of the header. The first core_count are in every row; the others only in
  // the layouts that have them, so a row keeps them aside (a row of a sample-like table stays small:
  // tables of many thousand rows are read whole before take()). notes and none are no cells.
  enum Field : unsigned char {
    level1, level2, name, description, nature, target, unit, basis, weight, direction, core_count,
    sign = core_count, medium_target, actual, score, reason, field_count, notes, none
  };
  // The field a header cell names (一级指标 → level1, 指标值确定依据 → basis, 得分 → score …); none for
  // others. A second description column (指标解释 beside 指标内容) is notes: header() tells.
  static Field header_field(std::string_view cell) noexcept { return header_field(Key(cell)); }
  static Field header_field(const Key& cell) noexcept;
  // The roles of a header's columns, each header_field of its cell, settled by the others: a second
  // description column is notes, and without a 三级 column the description names the indicator.
  static void settle_roles(std::vector<Field>& columns) noexcept;
  // Whether the row names the indicator columns.
  static bool is_header(const Row& row) noexcept;
  // Whether the text is a 一级 or 二级 name of either indicator tree (as an indicator row's
  // first cells are), points printed after it or not.
  static bool is_level_name(std::string_view text);
  // A label over an indicator header: 绩效指标 / 年度绩效指标 (annual), 长期绩效指标 / 中期绩效指标 /
  // 中长期绩效指标 / 实施期绩效指标 (medium_term); none for any other text.
  static IndicatorBlock block_label(std::string_view text) noexcept;
  // Whether a 指标值 states a figure — a comparison, range, period, deadline or duration (≥30 次,
  // 100%, 2024年11月15日前) — rather than words: what marks a cell as a target where the text has
  // lost the columns.
  static bool states_figure(std::string_view target);

  // The rows below are the year's or the whole period's, until another label says otherwise.
  void set_block(IndicatorBlock block) noexcept { medium_term_ = block == IndicatorBlock::medium_term; }
  void header(Row& row, Diagnostics& diagnostics);
  // Columns in the usual order, for rows met before any header.
  void assume_standard_header();
  // Whether a total row (总分) has a score column to read: the column of 得分 and of 分值, if any.
  std::optional<std::size_t> score_column() const noexcept;
  std::optional<std::size_t> weight_column() const noexcept;

  void add(Row& row, Diagnostics& diagnostics);
  // Whether the row's cells, each `offset` columns right of where it stands, are under columns of
  // their kind: 一级/二级 names (or nothing) under 一级 and 二级, and no such name anywhere else.
  bool fits(const Row& row, std::size_t offset) const;
  // The table goes on after a page break (a new table of the grid, or its header repeated): a first
  // row with no 一级, 二级 or 三级 of its own is the rest of the row the break cut.
  void page_break() noexcept { after_break_ = true; }
  // The indicators in document order; the year completes targets such as `12月15日前`.
  IndicatorSets take(int year, Headings& headings, Diagnostics& diagnostics);

 private:
  static constexpr std::size_t extra_count = field_count - core_count;
  // The cells of a row in the columns beyond the core ones, with its notes.
  struct ExtraCells {
    std::array<std::string_view, extra_count> cell;
    std::uint32_t score_column = 0;
    std::string notes;  // `header：text；…` of the notes columns
  };
  // A row as read: views into the decoded text, or into joined_ once a page-break continuation
  // has been joined to the cell. Only views: rows are many, joined cells few, and a row of
  // strings made every push_back and reallocation move ten of them.
  struct PendingRow {
    std::array<std::string_view, core_count> cell;
    std::size_t line = 0;
    std::uint32_t level1 = 0;  // index into levels_; 0 is the empty text
    std::uint32_t level2 = 0;
    // Columns of the cells take() reads after the row is gone, for its diagnostics.
    std::uint32_t weight_column = 0;
    std::uint32_t direction_column = 0;
    std::uint32_t extra = 0;   // index + 1 into extras_; 0 when the row has none
    bool medium_term = false;  // under a 长期绩效指标 label
  };
  // The points a 一级 cell printed, until take() names their 一级.
  struct PendingPoints {
    std::string_view name;
    Decimal low;
    Decimal high;
    std::size_t line = 0;
  };

  // Cell `field` of a row (with its extra cells, if any).
  std::string_view cell(const PendingRow& row, Field field) const noexcept;
  // The slot of cell `field` in the row being built, its extra cells made when first needed.
  std::string_view& slot(PendingRow& row, Field field);
  const std::string& notes_of(const PendingRow& row) const noexcept;

  Field field_at(std::size_t column) const noexcept { return column < columns_.size() ? columns_[column] : none; }
  // Whether the first row after a page break is the rest of the row above: no 一级 or 二级 of its
  // own, and a name, description, target or basis left empty that the row above filled.
  bool cut_row(const Row& row) const noexcept;
  std::uint32_t add_level(std::string_view text, std::size_t line);
  void continue_cell(Field field, std::string_view text);
  // Appends a continuation to the notes of the last row.
  void continue_notes(std::string_view text);
  // Appends a continuation to the cell `text` and returns the joined cell.
  std::string_view join(std::string_view text, std::string_view continuation);
  bool placeholder(const PendingRow& row) const noexcept;

  std::vector<Field> columns_;
  std::vector<std::string> note_headers_;  // by column: the header of a notes column
  bool medium_term_ = false;  // rows go to the whole period's indicators
  bool results_ = false;      // a header had a column of the reported side
  std::vector<PendingRow> rows_;
  std::vector<ExtraCells> extras_;
  std::vector<PendingPoints> points_;
  // 一级/二级 texts as written, one per merged cell: the rows of a group share its text.
  std::vector<std::string_view> levels_{std::string_view()};
  // Cells joined with their continuations. A deque: views into its strings stay valid as it grows.
  std::deque<std::string> joined_;
  std::uint32_t level1_ = 0;  // carried down merged cells
  std::uint32_t level2_ = 0;
  bool after_break_ = false;
};

}  // namespace jixiao::detail
