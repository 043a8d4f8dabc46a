#pragma once
// The funds block of a 自评表 (10号 and the provinces' forms): a header row naming the columns —
// 年初预算数, 全年预算数 (调整后预算数), 全年执行数, 分值, 执行率, 得分, in any order — then a row per
// source (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金 …), its label left of the figures.
//
//   项目资金（万元）⇥⇥年初预算数⇥全年预算数⇥全年执行数⇥分值⇥执行率⇥得分
//   ⇥年度资金总额⇥40.48⇥40.48⇥38.62⇥10⇥95.41%⇥9.54
//   ⇥其中：当年财政拨款⇥40.48⇥40.48⇥38.62⇥—⇥95.41%⇥—

#include "diagnostics.hpp"
#include "rows.hpp"

#include <jixiao/self_evaluation.hpp>

#include <cstddef>
#include <vector>

namespace jixiao::detail {

class FundsBlock {
 public:
  // Whether the row names the funds columns: two or more of 年初预算数, 全年预算数, 调整后预算数,
  // 全年执行数, 执行率.
  static bool is_header(const Row& row) noexcept;

  void header(Row& row, Diagnostics& diagnostics);
  // A source row; amounts in 元 when `yuan` (单位：元).
  void add(Row& row, bool yuan, Diagnostics& diagnostics);
  // Whether the row's cells, each `offset` columns right of where it stands, are all under the
  // block's columns, but for the source's label left of them.
  bool fits(const Row& row, std::size_t offset) const noexcept;
  bool empty() const noexcept { return rows_.empty(); }
  std::vector<FundsRow> take() { return std::move(rows_); }

 private:
  enum class Column : unsigned char { none, initial, full_year, executed, weight, rate, score };
  std::vector<Column> columns_;
  std::vector<FundsRow> rows_;
};

}  // namespace jixiao::detail
