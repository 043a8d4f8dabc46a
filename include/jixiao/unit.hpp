#pragma once
// Units of measure (计量单位) as the tables write them, with their kind and an exact factor to
// the base unit of that kind: 万人 = 10000 人, 万元 = 10000 元, 百分比 ≡ %. Units with no exact
// factor between them have separate bases and do not convert (个月 and 天, 亩 and 平方米); the
// registry and its bases are listed in docs/targets.md.

#include <jixiao/decimal.hpp>

#include <boost/describe/enum.hpp>
#include <boost/smart_ptr/intrusive_ptr.hpp>
#include <fmt/format.h>

#include <atomic>
#include <cstddef>
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

// An entry of the unit registry (src/unit.cpp), built once and never moved: a Unit points at it.
struct UnitEntry {
  std::string_view symbol;  // the registry's text, held as long as the program runs
  UnitKind kind = UnitKind::none;
  const UnitEntry* base = nullptr;  // the entry `factor` converts to (no_unit for scale words), set by the registry
  Decimal factor = Decimal(1);
};

// The entry of no unit, its own base: constant-initialised, so that a default Unit points at an
// entry from the start and the accessors never test for none.
inline constinit const UnitEntry no_unit{{}, UnitKind::none, &no_unit, Decimal(1)};

// The written symbol of an unknown unit, shared by the copies of its Unit.
struct UnitSpelling {
  mutable std::atomic<std::size_t> references{0};
  std::string text;
};
inline void intrusive_ptr_add_ref(const UnitSpelling* s) noexcept {
  s->references.fetch_add(1, std::memory_order_relaxed);
}
inline void intrusive_ptr_release(const UnitSpelling* s) noexcept {
  if (s->references.fetch_sub(1, std::memory_order_acq_rel) == 1) delete s;
}

}  // namespace detail

// A unit is a reference into the registry: 16 bytes, whatever its symbol. Every spelling the
// tables use is an entry of its own (百分比 and %, 平米 and 平方米), as is every scale word with a
// registered unit (万册, 千人): the symbol is the entry's, and only an unknown unit keeps its
// written symbol, shared by the copies of the Unit. Copying a known unit copies two words, and
// its accessors read the entry.
class Unit {
 public:
  // No unit: a bare number.
  Unit() = default;

  // As written (spaces removed, full-width folded): "万人"; empty for no unit.
  std::string_view symbol() const noexcept { return written_ ? written_->text : entry_->symbol; }
  UnitKind kind() const noexcept { return entry_->kind; }
  // The unit `factor` converts to: "人" for 万人; empty for none and scale; the symbol itself for
  // an unknown unit.
  std::string_view base() const noexcept { return written_ ? written_->text : entry_->base->symbol; }
  // 1 symbol = factor × base.
  const Decimal& factor() const noexcept { return entry_->factor; }
  // The base as a Unit: 人 for 万人, no unit for none and scale, itself for an unknown unit.
  Unit base_unit() const noexcept { return written_ ? *this : Unit(entry_->base); }
  bool known() const noexcept { return kind() != UnitKind::unknown; }

  // The same entry, or the same written symbol for unknown units: the same symbol.
  friend bool operator==(const Unit& a, const Unit& b) noexcept {
    return a.entry_ == b.entry_ &&
           (a.written_ == b.written_ || (a.written_ && b.written_ && a.written_->text == b.written_->text));
  }
  friend bool convertible(const Unit& a, const Unit& b) noexcept;

 private:
  friend struct UnitRegistryAccess;  // src/unit.cpp: builds units from registry entries
  explicit Unit(const detail::UnitEntry* entry) noexcept : entry_(entry) {}

  const detail::UnitEntry* entry_ = &detail::no_unit;
  boost::intrusive_ptr<const detail::UnitSpelling> written_;  // an unknown unit's symbol; null otherwise
};

// Whether amounts in `a` and `b` convert exactly into each other: the same kind and base.
inline bool convertible(const Unit& a, const Unit& b) noexcept {
  if (a.kind() != b.kind()) return false;
  if (a.written_ || b.written_) return a.symbol() == b.symbol();  // unknown: its own base
  return a.entry_->base == b.entry_->base;
}

// The registry entry for `written` (surrounding and inner spaces ignored; full-width ％ accepted).
// A scale word before a registered unit combines with it: 万册 = 10000 册.
// An unknown unit comes back with kind unknown, symbol as written, base = symbol.
Unit lookup_unit(std::string_view written);

// Every unit the registry knows, in registry order.
std::span<const Unit> known_units();

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
