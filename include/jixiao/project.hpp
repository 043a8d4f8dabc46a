#pragma once
// Project: one 项目支出绩效目标表.

#include <jixiao/budget.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/plan.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace jixiao {

struct Project {
  std::string code;          // 项目编码, spaces removed: "13070024P00000410006W"
  std::string name;          // 项目名称
  std::string title;         // the table's title as written (unwrapped), e.g. "2024 科普经费绩效目标表"
  std::string unit_code;     // 731001
  std::string unit_name;     // 张家口市科学技术协会本级
  Budget budget;
  std::string use_of_funds;  // 资金用途
  SpendingPlan spending_plan;
  std::vector<std::string> goals;  // 绩效目标 (the year's: 年度目标), one entry per item
  // 中期目标 / 长期目标 / 实施期目标: the goals of the whole implementation period, which some layouts
  // put beside the year's under 总体目标; one entry per item.
  std::vector<std::string> medium_term_goals;
  std::vector<Indicator> indicators;  // in document order
  bool redacted = false;     // 涉密 table
  std::size_t line = 0;      // source line of the title

  friend bool operator==(const Project&, const Project&) = default;
};
BOOST_DESCRIBE_STRUCT(Project, (), (code, name, title, unit_code, unit_name, budget, use_of_funds, spending_plan,
                                    goals, medium_term_goals, indicators, redacted, line))

}  // namespace jixiao
