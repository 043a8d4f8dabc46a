#pragma once
// Units of measure (计量单位) as the tables write them, with their kind and an exact factor to
// the base unit of that kind: 万人 = 10000 人, 万元 = 10000 元, 百分比 ≡ %. Units with no exact
// factor between them have separate bases and do not convert (个月 and 天, 亩 and 平方米); the
// registry and its bases are listed in docs/targets.md.

#include <jixiao/decimal.hpp>

#include <boost/describe/enum.hpp>
#include <boost/smart_ptr/intrusive_ptr.hpp>
#include <fmt/format.h>

#include <cstdint>
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

namespace detail {
struct UnitSpelling;  // the written symbol of an unknown unit, shared by its copies (src/unit.cpp)
void intrusive_ptr_add_ref(const UnitSpelling* s) noexcept;
void intrusive_ptr_release(const UnitSpelling* s) noexcept;
}  // namespace detail

// A unit is a reference into the registry: 16 bytes, whatever its symbol. Every spelling the
// tables use is an entry of its own (百分比 and %, 平米 and 平方米), as is every scale word with a
// registered unit (万册, 千人): the symbol is the entry's, and only an unknown unit keeps its
// written symbol, shared by the copies of the Unit. Copying a known unit copies two words.
class Unit {
 public:
  // No unit: a bare number.
  Unit() = default;

  // As written (spaces removed, full-width folded): "万人"; empty for no unit.
  std::string_view symbol() const noexcept;
  UnitKind kind() const noexcept;
  // The unit `factor` converts to: "人" for 万人; empty for none and scale; the symbol itself for
  // an unknown unit.
  std::string_view base() const noexcept;
  // 1 symbol = factor × base.
  const Decimal& factor() const noexcept;
  // The base as a Unit: 人 for 万人, no unit for none and scale, itself for an unknown unit.
  Unit base_unit() const noexcept;
  bool known() const noexcept { return entry_ != unknown_entry; }

  // The same entry, or the same written symbol for unknown units: the same symbol.
  friend bool operator==(const Unit& a, const Unit& b) noexcept {
    return a.entry_ == b.entry_ && (a.written_ == b.written_ || same_spelling(a, b));
  }

 private:
  friend struct UnitRegistryAccess;  // src/unit.cpp: builds units from registry entries
  static constexpr std::uint16_t none_entry = 0;
  static constexpr std::uint16_t unknown_entry = 1;
  static bool same_spelling(const Unit& a, const Unit& b) noexcept;

  std::uint16_t entry_ = none_entry;                       // index into the registry
  boost::intrusive_ptr<const detail::UnitSpelling> written_;  // an unknown unit's symbol; null otherwise
};

// The registry entry for `written` (surrounding and inner spaces ignored; full-width ％ accepted).
// A scale word before a registered unit combines with it: 万册 = 10000 册.
// An unknown unit comes back with kind unknown, symbol as written, base = symbol.
Unit lookup_unit(std::string_view written);

// Every unit the registry knows, in registry order.
std::span<const Unit> known_units();

// Whether amounts in `a` and `b` convert exactly into each other (same kind and base).
bool convertible(const Unit& a, const Unit& b) noexcept;

}  // namespace jixiao

// `{symbol: "万人", kind: people, base: "人", factor: 10000}`, as the described structs print.
template <>
struct fmt::formatter<jixiao::Unit> {
  constexpr auto parse(fmt::format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it != '}') throw fmt::format_error("a Unit takes no format specification");
    return it;
  }
  fmt::format_context::iterator format(const jixiao::Unit& unit, fmt::format_context& ctx) const;
};
