#include "text/fold.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/indicator.hpp>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace jixiao {
namespace {

constexpr std::string_view suffix = "指标";

// Names that are not declared but mean a declared 二级 (domain.md §1).
constexpr std::array<std::pair<std::string_view, Level2>, 3> level2_aliases{{
    {"环境效益指标", Level2::生态效益指标},                    // the older name of 生态效益
    {"社会公众或服务对象满意度指标", Level2::服务对象满意度指标},  // the older name
    {"满意度指标", Level2::服务对象满意度指标},                  // the 一级 repeated as its only 二级
}};

// 一级 names written with a 二级 of their only branch (服务对象满意度指标 in the 一级 column).
constexpr std::array<std::pair<std::string_view, Level1>, 2> level1_aliases{{
    {"服务对象满意度指标", Level1::满意度指标},
    {"社会公众或服务对象满意度指标", Level1::满意度指标},
}};

// Words some forms put before a 一级 name without changing it: 预期产出指标, 项目效益指标, 年度产出指标.
// (实施效果指标 and 效果指标 name no 一级 unambiguously and stay 其他.)
constexpr std::array<std::string_view, 3> level1_prefixes{"预期", "项目", "年度"};

// The declared enumerator or alias named exactly `name`.
template <described_enum E>
std::optional<E> find(std::string_view name, std::span<const std::pair<std::string_view, E>> aliases) {
  if (const auto declared = enum_from_name<E>(name)) return declared;
  for (const auto& [alias, value] : aliases)
    if (alias == name) return value;
  return std::nullopt;
}

// The enumerator `text` names, as written or with the omitted 指标 suffix put back (社会效益). Only
// the words are compared: blanks removed (PDF extraction breaks words: 社会效益指 标), full-width
// forms folded (（ → ().
template <described_enum E>
E lookup(std::string_view text, std::span<const std::pair<std::string_view, E>> aliases = {}) {
  const std::string key = text::folded(text);
  if (const auto found = find(key, aliases)) return *found;
  if (!key.ends_with(suffix))
    if (const auto found = find(key + std::string(suffix), aliases)) return *found;
  return E::其他;
}

}  // namespace

Level1 level1_from_text(std::string_view text) {
  const Level1 found = lookup<Level1>(text, level1_aliases);
  if (found != Level1::其他) return found;
  const std::string key = text::folded(text);
  for (std::string_view prefix : level1_prefixes)
    if (key.starts_with(prefix) && key.size() > prefix.size()) return lookup<Level1>(key.substr(prefix.size()));
  return Level1::其他;
}

Level2 level2_from_text(std::string_view text) {
  return lookup<Level2>(text, level2_aliases);
}

Level1 parent_of(Level2 level2, IndicatorTree tree) noexcept {
  switch (level2) {
    case Level2::数量指标:
    case Level2::质量指标:
    case Level2::时效指标:
      return Level1::产出指标;
    case Level2::成本指标:
      return tree == IndicatorTree::guideline_101 ? Level1::成本指标 : Level1::产出指标;
    case Level2::经济效益指标:
    case Level2::社会效益指标:
    case Level2::生态效益指标:
    case Level2::可持续影响指标:
      return Level1::效益指标;
    case Level2::服务对象满意度指标:
      return Level1::满意度指标;
    case Level2::经济成本指标:
    case Level2::社会成本指标:
    case Level2::生态环境成本指标:
      return tree == IndicatorTree::classic ? Level1::其他 : Level1::成本指标;
    case Level2::其他:
      break;
  }
  return Level1::其他;
}

namespace {

// Whether a row headed (level, text) continues a group headed (group_level, group_text). A known
// heading matches by meaning (产出 continues 产出指标); an unknown one by its text. A blank cell
// is the continuation of a merged cell, so it continues whatever group is open.
template <class E>
bool continues(E group_level, std::string_view group_text, E level, std::string_view text) {
  if (level != E::其他) return level == group_level;
  return text.empty() || (group_level == E::其他 && text::folded(group_text) == text::folded(text));
}

}  // namespace

std::vector<Level1Group> tree(const std::vector<Indicator>& indicators) {
  std::vector<Level1Group> groups;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    if (groups.empty() ||
        !continues(groups.back().level1, groups.back().text, indicator.level1, indicator.level1_text))
      groups.push_back({indicator.level1, indicator.level1_text, {}});
    auto& level2_groups = groups.back().groups;
    if (level2_groups.empty() ||
        !continues(level2_groups.back().level2, level2_groups.back().text, indicator.level2, indicator.level2_text))
      level2_groups.push_back({indicator.level2, indicator.level2_text, {}});
    level2_groups.back().indicators.push_back(i);
  }
  return groups;
}

}  // namespace jixiao
