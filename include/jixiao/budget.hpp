#pragma once
// Budget (预算数): the project total and its sources, in 万元. An empty cell means the figure was
// not stated, which is different from 0.

#include <jixiao/money.hpp>

#include <boost/describe/class.hpp>

#include <optional>

namespace jixiao {

struct Budget {
  std::optional<Money> total;   // 预算数
  std::optional<Money> fiscal;  // 其中：财政资金
  std::optional<Money> other;   // 其他资金

  // fiscal + other, counting a missing part as 0; nullopt when both are missing.
  std::optional<Money> sum_of_sources() const;

  friend bool operator==(const Budget&, const Budget&) = default;
};
BOOST_DESCRIBE_STRUCT(Budget, (), (total, fiscal, other))

}  // namespace jixiao
