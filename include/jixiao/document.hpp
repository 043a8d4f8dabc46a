#pragma once
// Document: a department's 预算绩效文本 — the department-level targets and every project table.

#include <jixiao/project.hpp>
#include <jixiao/source.hpp>

#include <jixiao/text.hpp>
#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// A budget unit (预算单位) of the department: `731001 张家口市科学技术协会本级`.
struct BudgetUnit {
  Text code;
  Text name;
  friend bool operator==(const BudgetUnit&, const BudgetUnit&) = default;
};
BOOST_DESCRIBE_STRUCT(BudgetUnit, (), (code, name))

// A titled block of the department-level part: 1、部门管理 with its 绩效目标 and 绩效指标.
struct GoalItem {
  Text title;
  Text goal;       // 绩效目标
  Text indicator;  // 绩效指标
  std::size_t line = 0;
  friend bool operator==(const GoalItem&, const GoalItem&) = default;
};
BOOST_DESCRIBE_STRUCT(GoalItem, (), (title, goal, indicator, line))

// A part of the department's money in 收入构成 or 支出构成: `财政拨款 ⇥ 150 ⇥ 87.5%`.
struct BudgetShare {
  Text label;                      // as written: 财政拨款, 基本支出, 合计 …
  std::optional<Money> amount;     // 万元
  std::optional<Decimal> percent;  // 占比 as stated, %
  std::size_t line = 0;
  friend bool operator==(const BudgetShare&, const BudgetShare&) = default;
};
BOOST_DESCRIBE_STRUCT(BudgetShare, (), (label, amount, percent, line))

// A row of 年度履职目标: a function of the department, the year's task for it, and the spending
// that pays for it.
struct DutyTarget {
  Text function;                // 部门职能 (a merged cell carries down)
  Text task;                    // 年度目标任务
  Text project;                 // 支出项目名称 (基本支出 for the running costs)
  std::optional<Money> amount;  // 预算金额, 万元
  std::size_t line = 0;
  friend bool operator==(const DutyTarget&, const DutyTarget&) = default;
};
BOOST_DESCRIBE_STRUCT(DutyTarget, (), (function, task, project, amount, line))

// One 部门整体支出绩效目标表 (or 部门整体支出绩效自评表): the department as a whole.
struct DepartmentTable {
  // What it shares with a project table, read, reviewed and shown the same way: title and line,
  // the unit (部门（单位）名称, 部门预算编码), 资金总额 (budget.total, with 财政拨款 and 其他资金),
  // 年度总体目标 (goals), the indicators with their 一级 points, the fields no member holds, and
  // for a 自评表 the reported side (self_evaluation). Code, plan and use of funds stay empty.
  Project common;
  std::optional<Money> basic;         // 基本支出
  std::optional<Money> projects;      // 项目支出
  std::vector<BudgetShare> income;    // 收入构成
  std::vector<BudgetShare> spending;  // 支出构成
  std::vector<DutyTarget> duties;     // 年度履职目标
  friend bool operator==(const DepartmentTable&, const DepartmentTable&) = default;
};
BOOST_DESCRIBE_STRUCT(DepartmentTable, (), (common, basic, projects, income, spending, duties))

// 第一部分 部门整体绩效目标.
struct DepartmentGoals {
  Text overall;                       // 总体绩效目标
  std::vector<GoalItem> items;        // 分项绩效目标
  std::vector<Text> measures;         // 工作保障措施, one per item
  std::vector<DepartmentTable> tables;  // 部门整体支出绩效目标表 / 自评表, in document order
  friend bool operator==(const DepartmentGoals&, const DepartmentGoals&) = default;
};
BOOST_DESCRIBE_STRUCT(DepartmentGoals, (), (overall, items, measures, tables))

// One line of the table of contents (目录).
struct ContentsEntry {
  int number = 0;
  Text title;
  int page = 0;  // 0 if not written
  std::size_t line = 0;
  friend bool operator==(const ContentsEntry&, const ContentsEntry&) = default;
};
BOOST_DESCRIBE_STRUCT(ContentsEntry, (), (number, title, page, line))

struct Document {
  Text department;         // 张家口市科学技术协会
  int year = 0;            // budget year: 2025
  std::vector<BudgetUnit> units;
  DepartmentGoals goals;
  std::vector<ContentsEntry> contents;
  std::vector<Project> projects;
  // What the lines of the elements above refer to: the format read and its parts (location()).
  SourceMap source;

  friend bool operator==(const Document&, const Document&) = default;
};
BOOST_DESCRIBE_STRUCT(Document, (), (department, year, units, goals, contents, projects, source))

}  // namespace jixiao
