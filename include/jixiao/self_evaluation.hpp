#pragma once
// The reported side of a 项目支出绩效自评表 (self-evaluation, 财预〔2020〕10号 and provincial forms):
// what the unit says it spent and achieved, with the weights and scores it gave itself. A project
// read from a 自评表 carries its targets (Project::indicators, with Indicator::weight) and this.
// Every figure is as the form states it; evaluate() recomputes the scores and review() audits them.

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

#include <jixiao/text.hpp>
#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// One row of the funds block (年度资金总额 / 其中：财政拨款 / 上年结转资金 / 财政专户 / 单位资金 / 其他资金).
struct FundsRow {
  Text source;                             // the row's label as written: 年度资金总额, 财政拨款, 其他资金 …
  std::optional<Money> initial_budget;     // 年初预算数
  std::optional<Money> full_year_budget;   // 全年预算数 (调整后预算数)
  std::optional<Money> executed;           // 全年执行数
  std::optional<Decimal> weight;           // 分值 (the total row: 10 by 10号)
  std::optional<Decimal> rate;             // 执行率 as stated, %
  std::optional<Decimal> score;            // 得分
  std::size_t line = 0;
  friend bool operator==(const FundsRow&, const FundsRow&) = default;
};
BOOST_DESCRIBE_STRUCT(FundsRow, (), (source, initial_budget, full_year_budget, executed, weight, rate, score, line))

// What the form reports for one indicator of Project::indicators.
struct IndicatorResult {
  std::size_t indicator = 0;       // index in Project::indicators
  Target actual;                   // 实际完成值, read with the target grammar (raw kept); empty raw: none stated
  std::optional<Decimal> score;    // 得分
  Text reason;                     // 偏差原因分析及改进措施 (未完成原因 …)
  friend bool operator==(const IndicatorResult&, const IndicatorResult&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorResult, (), (indicator, actual, score, reason))

struct SelfEvaluation {
  std::vector<FundsRow> funds;             // the total row first when the form has one
  std::vector<Text> achieved;              // 年度总体目标 实际完成情况, one entry per item
  std::vector<IndicatorResult> indicators; // one per indicator of Project::indicators, in their order
  std::optional<Decimal> total;            // 总分: the score the form totals
  std::optional<Decimal> total_weight;     // the 分值 printed in the 总分 row (100)
  Text grade;                              // 自评等级 as written (优 / 良 / 中 / 差 …)
  std::size_t line = 0;                    // the row of the total, 0 when the form states none

  // The funds row that totals the others: the one labelled 年度资金总额 (资金总额, 合计, 总额), else the
  // first; null when there is none.
  const FundsRow* funds_total() const noexcept;

  friend bool operator==(const SelfEvaluation&, const SelfEvaluation&) = default;
};
BOOST_DESCRIBE_STRUCT(SelfEvaluation, (), (funds, achieved, indicators, total, total_weight, grade, line))

}  // namespace jixiao
