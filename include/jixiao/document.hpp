#pragma once
// Document: a department's 预算绩效文本 — the department-level targets and every project table.

#include <jixiao/project.hpp>
#include <jixiao/source.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace jixiao {

// A budget unit (预算单位) of the department: `731001 张家口市科学技术协会本级`.
struct BudgetUnit {
  std::string code;
  std::string name;
  friend bool operator==(const BudgetUnit&, const BudgetUnit&) = default;
};
BOOST_DESCRIBE_STRUCT(BudgetUnit, (), (code, name))

// A titled block of the department-level part: 1、部门管理 with its 绩效目标 and 绩效指标.
struct GoalItem {
  std::string title;
  std::string goal;       // 绩效目标
  std::string indicator;  // 绩效指标
  std::size_t line = 0;
  friend bool operator==(const GoalItem&, const GoalItem&) = default;
};
BOOST_DESCRIBE_STRUCT(GoalItem, (), (title, goal, indicator, line))

// 第一部分 部门整体绩效目标.
struct DepartmentGoals {
  std::string overall;                // 总体绩效目标
  std::vector<GoalItem> items;        // 分项绩效目标
  std::vector<std::string> measures;  // 工作保障措施, one per item
  friend bool operator==(const DepartmentGoals&, const DepartmentGoals&) = default;
};
BOOST_DESCRIBE_STRUCT(DepartmentGoals, (), (overall, items, measures))

// One line of the table of contents (目录).
struct ContentsEntry {
  int number = 0;
  std::string title;
  int page = 0;  // 0 if not written
  std::size_t line = 0;
  friend bool operator==(const ContentsEntry&, const ContentsEntry&) = default;
};
BOOST_DESCRIBE_STRUCT(ContentsEntry, (), (number, title, page, line))

struct Document {
  std::string department;  // 张家口市科学技术协会
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
