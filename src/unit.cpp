#include <jixiao/unit.hpp>

#include "target/grammar.hpp"
#include "target/text.hpp"

#include <algorithm>
#include <optional>
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

// The grammar asks for the longest unit at a position millions of times: units are grouped by
// their first code point, longest first, so a lookup compares a handful of symbols.
struct Registry {
  std::vector<Unit> units;                                         // registry order
  std::unordered_map<char32_t, std::vector<std::size_t>> by_first;  // longest symbol first
  std::unordered_map<std::string_view, std::size_t> by_symbol;
  std::vector<Decimal> prefix_factors;                             // parallel to scale_prefixes

  Registry() {
    for (const Prefix& p : scale_prefixes) prefix_factors.push_back(Decimal::parse(p.factor));
    units.reserve(std::size(registry_entries));
    for (const Entry& e : registry_entries)
      units.push_back(Unit{std::string(e.symbol), e.kind, std::string(e.base), Decimal::parse(e.factor)});
    for (std::size_t i = 0; i < units.size(); ++i) {
      by_symbol.emplace(units[i].symbol, i);
      by_first[text::decode(units[i].symbol, 0).value].push_back(i);
    }
    for (auto& [first, indices] : by_first)
      std::stable_sort(indices.begin(), indices.end(),
                       [&](std::size_t a, std::size_t b) { return units[a].symbol.size() > units[b].symbol.size(); });
  }

  const Unit* exact(std::string_view symbol) const noexcept {
    const auto found = by_symbol.find(symbol);
    return found == by_symbol.end() ? nullptr : &units[found->second];
  }

  // The longest registered symbol that starts `s`.
  const Unit* longest_prefix(std::string_view s) const noexcept {
    if (s.empty()) return nullptr;
    const auto group = by_first.find(text::decode(s, 0).value);
    if (group == by_first.end()) return nullptr;
    for (std::size_t i : group->second)
      if (text::starts_with(s, 0, units[i].symbol)) return &units[i];
    return nullptr;
  }
};

const Registry& registry() {
  static const Registry r;
  return r;
}

// A scale prefix and a registered unit it combines with: 万册 = 10000 册.
std::optional<Unit> prefixed(std::string_view symbol) {
  const Registry& r = registry();
  for (std::size_t i = 0; i < std::size(scale_prefixes); ++i) {
    const std::string_view word = scale_prefixes[i].word;
    if (!symbol.starts_with(word)) continue;
    const Unit* inner = r.exact(symbol.substr(word.size()));
    if (inner && takes_prefix(inner->kind))
      return Unit{std::string(symbol), inner->kind, inner->base, r.prefix_factors[i] * inner->factor};
  }
  return std::nullopt;
}

}  // namespace

Unit lookup_unit(std::string_view written) {
  thread_local std::string symbol;
  text::normalize(written, symbol);
  if (symbol.empty()) return Unit{};
  if (const Unit* u = registry().exact(symbol)) {
    Unit found = *u;
    found.symbol = symbol;
    return found;
  }
  if (std::optional<Unit> p = prefixed(symbol)) return *std::move(p);
  return Unit{symbol, UnitKind::unknown, symbol, Decimal(1)};
}

namespace detail {

std::size_t match_unit(std::string_view s, Unit& out) {
  const Registry& r = registry();
  const Unit* direct = r.longest_prefix(s);
  const std::size_t length = direct ? direct->symbol.size() : 0;
  for (std::size_t i = 0; i < std::size(scale_prefixes); ++i) {
    const std::string_view word = scale_prefixes[i].word;
    if (!s.starts_with(word)) continue;
    const Unit* inner = r.longest_prefix(s.substr(word.size()));
    if (inner && takes_prefix(inner->kind) && word.size() + inner->symbol.size() > length) {
      out = Unit{std::string(s.substr(0, word.size() + inner->symbol.size())), inner->kind, inner->base,
                 r.prefix_factors[i] * inner->factor};
      return out.symbol.size();
    }
  }
  if (direct) out = *direct;
  return length;
}

}  // namespace detail

std::span<const Unit> known_units() { return registry().units; }

bool convertible(const Unit& a, const Unit& b) noexcept { return a.kind == b.kind && a.base == b.base; }

}  // namespace jixiao
