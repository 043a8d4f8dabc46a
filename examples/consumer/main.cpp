// Adds up a project's funding sources exactly and checks the total against the table's figure.
// Exits non-zero on any mismatch, so the install test fails when the installed package misbehaves.

#include <jixiao/decimal.hpp>
#include <jixiao/money.hpp>

#include <fmt/format.h>

#include <array>
#include <cstdio>

int main() {
  using jixiao::Decimal;
  using jixiao::Money;
  using jixiao::Rounding;

  // 财政拨款, 其他资金, 上年结转 as the tables write them: 万元 unless marked 元.
  const std::array sources{Money::parse("15.75"), Money::parse("0.875万元"), Money::parse("2500元")};
  const Money total = jixiao::sum(sources);
  const Decimal share = jixiao::percent_of(sources[0].wan(), total.wan(), 2, Rounding::half_even);

  fmt::print("total {} = {}, 财政拨款 {}%\n", total, total.to_yuan_string(), share);

  const bool ok = total == Money::parse("16.875") && total.to_string() == "16.8750万元" &&
                  total.to_fen() == 16'875'000 && share.to_string() == "93.33";
  if (!ok) fmt::print(stderr, "unexpected result\n");
  return ok ? 0 : 1;
}
