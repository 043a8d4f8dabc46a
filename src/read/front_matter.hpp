#pragma once
// The lines around the tables: the document title, part headings, the table of contents, unit
// and money-unit lines, and the department-level part (第一部分 部门整体绩效目标).

#include "diagnostics.hpp"
#include "rows.hpp"

#include <jixiao/document.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::detail {

// `张家口市科学技术协会 2025 年部门预算绩效文本`, `2025年某某局部门预算绩效目标`.
struct DocumentTitle {
  std::string department;  // empty when the title does not name it
  int year = 0;
};
// The title of one form's table (`2024年度项目支出绩效自评表`) is no document title, though it may
// carry the year: form_year() finds it.
std::optional<DocumentTitle> document_title(std::string_view line);
// The first four-digit year (1990–2199) followed by 年 in a form's title (`某某区2025年预算项目绩效目标表`,
// `2024年度项目支出绩效自评表`). None in other tables' titles (`提前下达2024年…专项资金绩效目标表`),
// whose year is often not the budget's.
std::optional<int> form_year(std::string_view title) noexcept;

// `第一部分 部门整体绩效目标`, `第二部分`: the part's number and the name after it, if any.
struct PartHeading {
  int number = 0;
  std::string_view name;
};
std::optional<PartHeading> part_heading(std::string_view line) noexcept;

// `731001 张家口市科学技术协会本级`; `rest` is what follows a money unit written on the same
// line (`单位：万元`), empty if none.
struct UnitLine {
  BudgetUnit unit;
  std::string_view rest;
};
std::optional<UnitLine> unit_line(std::string_view line);

// `单位：万元`, `单位:万元`, `金额单位：元`, `单位（万元）`.
enum class MoneyUnit { wan, yuan, unknown };
struct MoneyUnitLine {
  MoneyUnit unit = MoneyUnit::wan;
  std::string_view written;  // the unit as written
};
std::optional<MoneyUnitLine> money_unit_line(std::string_view line) noexcept;

// An entry of the table of contents: its text and page (`1.2024 科普经费绩效目标表⇥6`, also
// with leader dots or blanks before the page instead of a tab).
struct ContentsLine {
  std::string_view text;
  int page = 0;
};
std::optional<ContentsLine> contents_line(std::string_view line) noexcept;

// A project table's title, however it is dressed: `**…**` markers removed.
std::string_view strip_emphasis(std::string_view line) noexcept;
// Whether a text line is likely the title of a project table (`…绩效目标表`, `**…`).
bool looks_like_table_title(std::string_view line) noexcept;

// 第一部分: 一、总体绩效目标 (paragraphs), 二、分项绩效目标 (items `1、部门管理` with their
// `绩效目标：` and `绩效指标：` lines), 三、工作保障措施 (numbered measures).
class DepartmentPart {
 public:
  void line(const Line& line, Diagnostics& diagnostics);
  DepartmentGoals take();

 private:
  enum class Section { none, overall, items, measures, other };
  enum class Field { title, goal, indicator };

  Section section_ = Section::none;
  Field field_ = Field::title;
  DepartmentGoals goals_;
};

}  // namespace jixiao::detail
