#pragma once
// The three-level indicator tree: 一级 → 二级 → 三级.
//
// Level1 and Level2 are declared with their Chinese names, so the one Boost.Describe declaration
// gives the printed name, the JSON value and the Python enum member. They cover both official
// trees (domain.md §1): the classic one (88号/10号) and 101号, where 成本指标 is a 一级 with
// 经济/社会/生态环境成本指标. A name the lookup does not know maps to 其他 and is kept as written.

#include <jixiao/decimal.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/target.hpp>

#include <jixiao/text.hpp>
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

enum class Level1 { 产出指标, 效益指标, 满意度指标, 成本指标, 其他 };
BOOST_DESCRIBE_ENUM(Level1, 产出指标, 效益指标, 满意度指标, 成本指标, 其他)

enum class Level2 {
  数量指标,
  质量指标,
  时效指标,
  成本指标,
  经济效益指标,
  社会效益指标,
  生态效益指标,
  可持续影响指标,
  服务对象满意度指标,
  经济成本指标,
  社会成本指标,
  生态环境成本指标,
  其他,
};
BOOST_DESCRIBE_ENUM(Level2, 数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标, 社会效益指标, 生态效益指标,
                    可持续影响指标, 服务对象满意度指标, 经济成本指标, 社会成本指标, 生态环境成本指标, 其他)

// Tolerant lookups: spaces inside words (社会效益指 标), the 指标 suffix omitted (社会效益),
// older names (环境效益指标, 社会公众或服务对象满意度指标). Unknown names give 其他.
Level1 level1_from_text(std::string_view text);
Level2 level2_from_text(std::string_view text);

// The two official indicator trees (domain.md §1).
enum class IndicatorTree {
  detect,         // guideline_101 when any project has 成本指标 as a 一级, else classic
  classic,        // 财预〔2015〕88号 / 〔2020〕10号: 成本指标 is a 二级 of 产出指标
  guideline_101,  // 财预〔2021〕101号: 成本指标 is a 一级 with 经济/社会/生态环境成本指标
};
BOOST_DESCRIBE_ENUM(IndicatorTree, detect, classic, guideline_101)

// The 一级 a 二级 belongs to in `tree`: 成本指标 → 产出指标 in the classic tree, → 成本指标 in 101号;
// a 二级 of the other tree (经济成本指标 in the classic one) and 其他 give 其他. With `detect`, each
// 二级 goes to the 一级 of the tree it comes from (成本指标 → 产出指标, 经济成本指标 → 成本指标).
Level1 parent_of(Level2 level2, IndicatorTree tree = IndicatorTree::detect) noexcept;

struct Indicator {
  Level1 level1 = Level1::其他;
  Text level1_text;         // as written (spaces from extraction removed)
  Level2 level2 = Level2::其他;
  Text level2_text;
  Text name;                // 三级指标
  Text description;         // 绩效指标描述
  Target target;            // 指标值
  Text basis;               // 指标值确定依据
  // 权重 / 分值 as the table states it (`20`, `12.5`, `20%`, `20分` → 20); none when not stated.
  std::optional<Decimal> weight;
  // 指标方向性 as the table states it (正向 / 反向); none when not stated (中性, an empty cell, no column).
  Direction direction = Direction::none;
  std::size_t line = 0;     // source line of the row, 1-based; 0 when not read from a document
  // The columns that explain rather than state (备注, 评(扣)分标准, 得分计算方法, a second 指标解释), each
  // `header：text`, joined by `；`; empty when the table has none.
  Text notes;

  friend bool operator==(const Indicator&, const Indicator&) = default;
};
BOOST_DESCRIBE_STRUCT(Indicator, (), (level1, level1_text, level2, level2_text, name, description, target, basis,
                                      weight, direction, line, notes))

// The tree view of a flat, document-ordered list of indicators. Groups hold indices into the list.
// Consecutive rows with the same 一级 (by enumerator; by text for 其他) form one group, and likewise
// for 二级 inside it; a blank heading cell continues the open group, so rows of one 一级 split by a
// page break stay together. A heading that re-appears after another starts a new group: merging
// would reorder the rows, and the view keeps document order.
struct Level2Group {
  Level2 level2 = Level2::其他;
  Text text;
  std::vector<std::size_t> indicators;
  friend bool operator==(const Level2Group&, const Level2Group&) = default;
};
BOOST_DESCRIBE_STRUCT(Level2Group, (), (level2, text, indicators))

struct Level1Group {
  Level1 level1 = Level1::其他;
  Text text;
  std::vector<Level2Group> groups;
  friend bool operator==(const Level1Group&, const Level1Group&) = default;
};
BOOST_DESCRIBE_STRUCT(Level1Group, (), (level1, text, groups))

std::vector<Level1Group> tree(const std::vector<Indicator>& indicators);

}  // namespace jixiao
