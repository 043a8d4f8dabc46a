#include <jixiao/unit.hpp>

#include "target/grammar.hpp"
#include "target/text.hpp"

#include <jixiao/describe.hpp>

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace jixiao {
namespace {

struct Entry {
  std::string_view symbol;
  UnitKind kind;
  std::string_view base;
  std::string_view factor;  // exact decimal text
};

// The registry. Each kind converts exactly within a base; where no exact factor exists the units
// get separate bases and do not convert:
// - durations: clock units in 秒 (分钟 60, 小时 3600, 天/日 86400, 周 604800); calendar units in 月
//   (季度 3, 年 12), because a month has no fixed number of days; 工作日, 课时 and 学时 are their
//   own bases (a working day is not 24 hours, a class hour is 40–50 minutes by local rule);
// - area: 平方米 (公顷 10000, 平方公里 1000000); 亩 is 10000/15 平方米, not a finite decimal, so it
//   is its own base;
// - counts: every measure word is its own base (3 场 are not 3 次);
// - 名 and 位 count people, as 人; 人次 (visits) is a base of its own;
// - 度 is read as a temperature (℃), the sense it has in these tables (≥18 度 of heating);
// - 万 and 亿 written alone are kind scale: a multiplier whose dimension the context gives.
constexpr Entry registry_entries[] = {
    // count
    {"次", UnitKind::count, "次", "1"}, {"场", UnitKind::count, "场", "1"}, {"场次", UnitKind::count, "场次", "1"},
    {"个", UnitKind::count, "个", "1"}, {"个次", UnitKind::count, "个次", "1"}, {"条", UnitKind::count, "条", "1"},
    {"篇", UnitKind::count, "篇", "1"}, {"份", UnitKind::count, "份", "1"}, {"所", UnitKind::count, "所", "1"},
    {"件", UnitKind::count, "件", "1"}, {"家", UnitKind::count, "家", "1"}, {"项", UnitKind::count, "项", "1"},
    {"台", UnitKind::count, "台", "1"}, {"套", UnitKind::count, "套", "1"}, {"台套", UnitKind::count, "台套", "1"},
    {"本", UnitKind::count, "本", "1"}, {"册", UnitKind::count, "册", "1"}, {"期", UnitKind::count, "期", "1"},
    {"批", UnitKind::count, "批", "1"}, {"批次", UnitKind::count, "批次", "1"}, {"户", UnitKind::count, "户", "1"},
    {"户次", UnitKind::count, "户次", "1"}, {"处", UnitKind::count, "处", "1"}, {"座", UnitKind::count, "座", "1"},
    {"辆", UnitKind::count, "辆", "1"}, {"间", UnitKind::count, "间", "1"}, {"门", UnitKind::count, "门", "1"},
    {"部", UnitKind::count, "部", "1"}, {"张", UnitKind::count, "张", "1"}, {"幅", UnitKind::count, "幅", "1"},
    {"块", UnitKind::count, "块", "1"}, {"根", UnitKind::count, "根", "1"}, {"棵", UnitKind::count, "棵", "1"},
    {"株", UnitKind::count, "株", "1"}, {"头", UnitKind::count, "头", "1"}, {"只", UnitKind::count, "只", "1"},
    {"盏", UnitKind::count, "盏", "1"}, {"栋", UnitKind::count, "栋", "1"}, {"幢", UnitKind::count, "幢", "1"},
    {"组", UnitKind::count, "组", "1"}, {"支", UnitKind::count, "支", "1"}, {"队", UnitKind::count, "队", "1"},
    {"类", UnitKind::count, "类", "1"}, {"种", UnitKind::count, "种", "1"}, {"款", UnitKind::count, "款", "1"},
    {"届", UnitKind::count, "届", "1"}, {"轮", UnitKind::count, "轮", "1"}, {"起", UnitKind::count, "起", "1"},
    {"例", UnitKind::count, "例", "1"}, {"宗", UnitKind::count, "宗", "1"}, {"笔", UnitKind::count, "笔", "1"},
    {"页", UnitKind::count, "页", "1"}, {"字", UnitKind::count, "字", "1"}, {"节", UnitKind::count, "节", "1"},
    {"堂", UnitKind::count, "堂", "1"}, {"课", UnitKind::count, "课", "1"}, {"校", UnitKind::count, "校", "1"},
    {"村", UnitKind::count, "村", "1"}, {"个村", UnitKind::count, "个村", "1"}, {"点", UnitKind::count, "点", "1"},
    {"个点", UnitKind::count, "个点", "1"}, {"项次", UnitKind::count, "项次", "1"}, {"家次", UnitKind::count, "家次", "1"},
    {"件次", UnitKind::count, "件次", "1"}, {"所次", UnitKind::count, "所次", "1"}, {"台次", UnitKind::count, "台次", "1"},
    {"车次", UnitKind::count, "车次", "1"}, {"架次", UnitKind::count, "架次", "1"}, {"期次", UnitKind::count, "期次", "1"},
    // people
    {"人", UnitKind::people, "人", "1"}, {"名", UnitKind::people, "人", "1"}, {"位", UnitKind::people, "人", "1"},
    {"万人", UnitKind::people, "人", "10000"}, {"人次", UnitKind::people, "人次", "1"},
    {"万人次", UnitKind::people, "人次", "10000"},
    // money
    {"元", UnitKind::money, "元", "1"}, {"千元", UnitKind::money, "元", "1000"}, {"万元", UnitKind::money, "元", "10000"},
    {"百万元", UnitKind::money, "元", "1000000"}, {"千万元", UnitKind::money, "元", "10000000"},
    {"亿元", UnitKind::money, "元", "100000000"},
    // percent
    {"%", UnitKind::percent, "%", "1"}, {"百分比", UnitKind::percent, "%", "1"}, {"百分点", UnitKind::percent, "%", "1"},
    {"个百分点", UnitKind::percent, "%", "1"}, {"‰", UnitKind::percent, "%", "0.1"},
    // duration
    {"秒", UnitKind::duration, "秒", "1"}, {"分钟", UnitKind::duration, "秒", "60"},
    {"小时", UnitKind::duration, "秒", "3600"}, {"个小时", UnitKind::duration, "秒", "3600"},
    {"天", UnitKind::duration, "秒", "86400"}, {"日", UnitKind::duration, "秒", "86400"},
    {"周", UnitKind::duration, "秒", "604800"}, {"星期", UnitKind::duration, "秒", "604800"},
    {"个星期", UnitKind::duration, "秒", "604800"}, {"工作日", UnitKind::duration, "工作日", "1"},
    {"个工作日", UnitKind::duration, "工作日", "1"}, {"月", UnitKind::duration, "月", "1"},
    {"个月", UnitKind::duration, "月", "1"}, {"季度", UnitKind::duration, "月", "3"},
    {"个季度", UnitKind::duration, "月", "3"}, {"年", UnitKind::duration, "月", "12"},
    {"课时", UnitKind::duration, "课时", "1"}, {"学时", UnitKind::duration, "学时", "1"},
    // area
    {"平方米", UnitKind::area, "平方米", "1"}, {"平米", UnitKind::area, "平方米", "1"},
    {"㎡", UnitKind::area, "平方米", "1"}, {"m²", UnitKind::area, "平方米", "1"}, {"m2", UnitKind::area, "平方米", "1"},
    {"公顷", UnitKind::area, "平方米", "10000"}, {"平方公里", UnitKind::area, "平方米", "1000000"},
    {"平方千米", UnitKind::area, "平方米", "1000000"}, {"km²", UnitKind::area, "平方米", "1000000"},
    {"亩", UnitKind::area, "亩", "1"},
    // length
    {"米", UnitKind::length, "米", "1"}, {"m", UnitKind::length, "米", "1"}, {"厘米", UnitKind::length, "米", "0.01"},
    {"cm", UnitKind::length, "米", "0.01"}, {"毫米", UnitKind::length, "米", "0.001"},
    {"mm", UnitKind::length, "米", "0.001"}, {"公里", UnitKind::length, "米", "1000"},
    {"千米", UnitKind::length, "米", "1000"}, {"km", UnitKind::length, "米", "1000"},
    // mass
    {"克", UnitKind::mass, "克", "1"}, {"g", UnitKind::mass, "克", "1"}, {"毫克", UnitKind::mass, "克", "0.001"},
    {"斤", UnitKind::mass, "克", "500"}, {"千克", UnitKind::mass, "克", "1000"}, {"公斤", UnitKind::mass, "克", "1000"},
    {"kg", UnitKind::mass, "克", "1000"}, {"吨", UnitKind::mass, "克", "1000000"},
    // volume
    {"升", UnitKind::volume, "升", "1"}, {"L", UnitKind::volume, "升", "1"}, {"毫升", UnitKind::volume, "升", "0.001"},
    {"立方米", UnitKind::volume, "升", "1000"}, {"m³", UnitKind::volume, "升", "1000"},
    {"m3", UnitKind::volume, "升", "1000"},
    // temperature
    {"℃", UnitKind::temperature, "℃", "1"}, {"度", UnitKind::temperature, "℃", "1"},
    {"°C", UnitKind::temperature, "℃", "1"}, {"摄氏度", UnitKind::temperature, "℃", "1"},
    // score
    {"分", UnitKind::score, "分", "1"},
    // scale
    {"万", UnitKind::scale, "", "10000"}, {"亿", UnitKind::scale, "", "100000000"},
    {"万亿", UnitKind::scale, "", "1000000000000"},
};

// Multipliers that combine with any registered unit of a dimension: 万册, 千人, 万平方米, 亿次.
struct Prefix {
  std::string_view word;
  std::string_view factor;
};
constexpr Prefix scale_prefixes[] = {{"万亿", "1000000000000"}, {"千万", "10000000"}, {"百万", "1000000"},
                                     {"十万", "100000"},        {"万", "10000"},       {"亿", "100000000"},
                                     {"千", "1000"}};

bool takes_prefix(UnitKind kind) noexcept {
  switch (kind) {
    case UnitKind::count: case UnitKind::people: case UnitKind::money: case UnitKind::duration:
    case UnitKind::area: case UnitKind::length: case UnitKind::mass: case UnitKind::volume:
      return true;
    default:
      return false;
  }
}

}  // namespace

// Builds Units from registry entries (the one friend of Unit's representation).
struct UnitRegistryAccess {
  static Unit at(const detail::UnitEntry* entry) noexcept { return Unit(entry); }
  static Unit unknown(const detail::UnitEntry* entry, std::string symbol) {
    Unit u(entry);
    auto* spelling = new detail::UnitSpelling;
    spelling->text = std::move(symbol);
    u.written_.reset(spelling);
    return u;
  }
};

namespace {

using Access = UnitRegistryAccess;
using detail::UnitEntry;

// The entries: the one of every unknown unit (its symbol is the Unit's own), the registry in
// order, then every scale prefix with every registered unit it combines with (万册, 千人), so that
// each symbol the grammar reads has one entry; no unit is no entry. The grammar asks for the
// longest unit at a position millions of times: registered units are grouped by their first code
// point, longest first, so a lookup compares a handful of symbols.
struct Registry {
  std::vector<UnitEntry> entries;  // reserved once: Units and the maps below point into it
  std::deque<std::string> combined_symbols;  // of the prefixed entries (a deque: never moved)
  const UnitEntry* unknown = nullptr;
  std::vector<Unit> registered;                                          // known_units(), registry order
  std::unordered_map<char32_t, std::vector<const UnitEntry*>> by_first;  // registered, longest first
  std::unordered_map<std::string_view, const UnitEntry*> by_symbol;      // every entry but unknown
  std::vector<const UnitEntry*> prefixed;  // [registered × scale_prefixes]: the combination, or null

  Registry() {
    const std::size_t count = std::size(registry_entries);
    entries.reserve(1 + count * (1 + std::size(scale_prefixes)));
    unknown = &entries.emplace_back(UnitEntry{"", UnitKind::unknown, &detail::no_unit, Decimal(1)});
    for (const Entry& e : registry_entries) {
      UnitEntry& entry = entries.emplace_back(UnitEntry{e.symbol, e.kind, &detail::no_unit, Decimal::parse(e.factor)});
      by_symbol.emplace(entry.symbol, &entry);
    }
    for (std::size_t k = 0; k < count; ++k) {
      UnitEntry& entry = entries[1 + k];
      const std::string_view base = registry_entries[k].base;
      if (!base.empty()) entry.base = by_symbol.at(base);
      registered.push_back(Access::at(&entry));
      by_first[text::decode(entry.symbol, 0).value].push_back(&entry);
    }
    for (auto& [first, group] : by_first)
      std::stable_sort(group.begin(), group.end(),
                       [](const UnitEntry* a, const UnitEntry* b) { return a->symbol.size() > b->symbol.size(); });
    prefixed.assign(count * std::size(scale_prefixes), nullptr);
    for (std::size_t p = 0; p < std::size(scale_prefixes); ++p) {
      const Decimal factor = Decimal::parse(scale_prefixes[p].factor);
      for (std::size_t k = 0; k < count; ++k) {
        const UnitEntry& inner = entries[1 + k];
        if (!takes_prefix(inner.kind)) continue;
        std::string symbol = std::string(scale_prefixes[p].word).append(inner.symbol);
        const UnitEntry* entry = exact(symbol);  // 万人 is registered itself, 万亿元 made by 万亿 before 万
        if (!entry) {
          const std::string& kept = combined_symbols.emplace_back(std::move(symbol));
          entry = &entries.emplace_back(UnitEntry{kept, inner.kind, inner.base, factor * inner.factor});
          by_symbol.emplace(entry->symbol, entry);
        }
        prefixed[k * std::size(scale_prefixes) + p] = entry;
      }
    }
  }

  // The entry of `symbol`, registered or a scale prefix with a registered unit; null when none.
  const UnitEntry* exact(std::string_view symbol) const noexcept {
    const auto found = by_symbol.find(symbol);
    return found == by_symbol.end() ? nullptr : found->second;
  }

  // The longest registered symbol that starts `s`; null when none.
  const UnitEntry* longest_prefix(std::string_view s) const noexcept {
    if (s.empty()) return nullptr;
    const auto group = by_first.find(text::decode(s, 0).value);
    if (group == by_first.end()) return nullptr;
    for (const UnitEntry* e : group->second)
      if (text::starts_with(s, 0, e->symbol)) return e;
    return nullptr;
  }

  // The combination of scale prefix `p` with the registered `inner`.
  const UnitEntry* combined(const UnitEntry* inner, std::size_t p) const noexcept {
    return prefixed[static_cast<std::size_t>(inner - &entries[1]) * std::size(scale_prefixes) + p];
  }
};

const Registry& registry() {
  static const Registry r;
  return r;
}

}  // namespace

Unit lookup_unit(std::string_view written) {
  thread_local std::string symbol;
  text::normalize(written, symbol);
  if (symbol.empty()) return Unit{};
  const Registry& r = registry();
  if (const UnitEntry* entry = r.exact(symbol)) return Access::at(entry);
  return Access::unknown(r.unknown, symbol);
}

namespace detail {

std::size_t match_unit(std::string_view s, Unit& out) {
  const Registry& r = registry();
  const UnitEntry* direct = r.longest_prefix(s);
  const std::size_t length = direct ? direct->symbol.size() : 0;
  for (std::size_t p = 0; p < std::size(scale_prefixes); ++p) {
    const std::string_view word = scale_prefixes[p].word;
    if (!s.starts_with(word)) continue;
    const UnitEntry* inner = r.longest_prefix(s.substr(word.size()));
    if (!inner || !takes_prefix(inner->kind) || word.size() + inner->symbol.size() <= length) continue;
    out = Access::at(r.combined(inner, p));
    return word.size() + inner->symbol.size();
  }
  if (direct) out = Access::at(direct);
  return length;
}

}  // namespace detail

std::span<const Unit> known_units() { return registry().registered; }

}  // namespace jixiao

fmt::format_context::iterator fmt::formatter<jixiao::Unit>::format(const jixiao::Unit& unit,
                                                                    fmt::format_context& ctx) const {
  return fmt::format_to(ctx.out(), "{{symbol: {:?}, kind: {}, base: {:?}, factor: {}}}", unit.symbol(),
                        jixiao::enum_name(unit.kind()), unit.base(), unit.factor());
}
