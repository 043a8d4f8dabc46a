#pragma once
// Units of measure (计量单位) as the tables write them, with their kind and an exact factor to
// the base unit of that kind: 万人 = 10000 人, 万元 = 10000 元, 百分比 ≡ %. Units with no exact
// factor between them have separate bases and do not convert (个月 and 天, 亩 and 平方米); the
// registry and its bases are listed in docs/targets.md.

#include <jixiao/decimal.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <span>
#include <string>
#include <string_view>

namespace jixiao {

enum class UnitKind {
  none,         // a bare number: no unit written
  count,        // 次 场 个 条 篇 份 所 件 家 项 …
  people,       // 人 人次 万人 万人次
  money,        // 元 万元 亿元
  percent,      // % 百分比 ‰
  duration,     // 天 日 周 个月 月 年 小时 分钟
  area,         // 平方米 亩 公顷 平方公里
  length,       // 米 公里 千米
  mass,         // 克 千克 公斤 吨
  volume,       // 立方米 升
  temperature,  // 度 ℃
  score,        // 分: points of a score (≥85分)
  scale,        // 万 亿 written alone: a multiplier whose dimension comes from context
  unknown,      // kept as written, reported as unknown
};
BOOST_DESCRIBE_ENUM(UnitKind, none, count, people, money, percent, duration, area, length, mass, volume,
                    temperature, score, scale, unknown)

struct Unit {
  std::string symbol;                 // as written (spaces removed): "万人"
  UnitKind kind = UnitKind::none;
  std::string base;                   // the unit `factor` converts to: "人"; empty for none and scale,
                                      // the symbol itself for an unknown unit
  Decimal factor = Decimal(1);        // 1 symbol = factor × base

  bool known() const noexcept { return kind != UnitKind::unknown; }
  friend bool operator==(const Unit&, const Unit&) = default;
};
BOOST_DESCRIBE_STRUCT(Unit, (), (symbol, kind, base, factor))

// The registry entry for `written` (surrounding and inner spaces ignored; full-width ％ accepted).
// A scale word before a registered unit combines with it: 万册 = 10000 册.
// Never throws: an unknown unit comes back with kind unknown, symbol as written, base = symbol.
Unit lookup_unit(std::string_view written);

// Every unit the registry knows, in registry order.
std::span<const Unit> known_units();

// Whether amounts in `a` and `b` convert exactly into each other (same kind and base).
bool convertible(const Unit& a, const Unit& b) noexcept;

}  // namespace jixiao
