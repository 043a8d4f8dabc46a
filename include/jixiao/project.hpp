#pragma once
// Project: one 项目支出绩效目标表, or one 项目支出绩效自评表 (then with its self_evaluation).

#include <jixiao/budget.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/plan.hpp>
#include <jixiao/self_evaluation.hpp>

#include <jixiao/text.hpp>
#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// A labelled cell of a form that the model has no member for (项目负责人, 项目属性, 建设周期,
// 项目审批文号, 自有资金 …): kept with its place, so that nothing a form states is lost. (Not `Field`:
// the name is too general for the library's namespace.)
struct FormField {
  Text label;               // as written, blanks removed: 项目负责人
  Text value;               // the cell beside or below it, cleaned as model text
  std::size_t line = 0;     // of the value
  std::size_t column = 0;   // of the value, as Diagnostic::column
  friend bool operator==(const FormField&, const FormField&) = default;
};
BOOST_DESCRIBE_STRUCT(FormField, (), (label, value, line, column))

// The points or band a form prints in a 一级 cell: `产出指标(50分)` → 50–50, `成本指标(0-20)分` → 0–20.
// The indicators keep the 一级 without the points (level1_text `产出指标`).
struct Level1Points {
  Level1 level1 = Level1::其他;
  Text text;                 // the 一级 as written, without the points
  Decimal low;
  Decimal high;
  std::size_t line = 0;
  friend bool operator==(const Level1Points&, const Level1Points&) = default;
};
BOOST_DESCRIBE_STRUCT(Level1Points, (), (level1, text, low, high, line))

struct Project {
  Text code;                 // 项目编码, spaces removed: "13070024P00000410006W"
  Text name;                 // 项目名称
  Text title;                // the table's title as written (unwrapped), e.g. "2024 科普经费绩效目标表"
  Text unit_code;            // 731001
  Text unit_name;            // 张家口市科学技术协会本级
  Budget budget;
  Text use_of_funds;         // 资金用途
  SpendingPlan spending_plan;
  std::vector<Text> goals;         // 绩效目标 (the year's: 年度目标), one entry per item
  // 中期目标 / 长期目标 / 实施期目标: the goals of the whole implementation period, which some layouts
  // put beside the year's under 总体目标; one entry per item.
  std::vector<Text> medium_term_goals;
  std::vector<Indicator> indicators;  // in document order: the year's (年度) indicators
  // The indicators of the whole period (长期 / 中期 / 实施期绩效指标), which some forms give in a block of
  // their own or in a column beside the year's target; in document order.
  std::vector<Indicator> medium_term_indicators;
  std::vector<Level1Points> level1_points;  // as printed in the 一级 cells (of both sets), in document order
  bool redacted = false;     // 涉密 table
  std::size_t line = 0;      // source line of the title
  std::vector<FormField> fields;  // what the form states that no member above holds
  // What a 自评表 reports: spending, results, weights and scores; none for a target table.
  std::optional<SelfEvaluation> self_evaluation;

  friend bool operator==(const Project&, const Project&) = default;
};
BOOST_DESCRIBE_STRUCT(Project, (), (code, name, title, unit_code, unit_name, budget, use_of_funds, spending_plan,
                                    goals, medium_term_goals, indicators, medium_term_indicators, level1_points,
                                    redacted, line, fields, self_evaluation))

}  // namespace jixiao
