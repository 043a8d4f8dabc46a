// The indicator tree: tolerant 一级/二级 lookups, parent_of and the tree() view.
//
// Uses only the model layer (no target parsing), so it links before the value types do.

#include <jixiao/describe.hpp>
#include <jixiao/indicator.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <vector>

using namespace jixiao;

namespace doctest {
template <>
struct StringMaker<Level1> {
  static String convert(Level1 v) { return String(std::string(enum_name(v)).c_str()); }
};
template <>
struct StringMaker<Level2> {
  static String convert(Level2 v) { return String(std::string(enum_name(v)).c_str()); }
};
}  // namespace doctest

TEST_CASE("every declared name looks up to itself") {
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Level1>>([](auto d) {
    CAPTURE(d.name);
    CHECK(level1_from_text(d.name) == d.value);
  });
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<Level2>>([](auto d) {
    CAPTURE(d.name);
    CHECK(level2_from_text(d.name) == d.value);
  });
}

TEST_CASE("spaces from PDF extraction are ignored") {
  CHECK(level2_from_text("社会效益指 标") == Level2::社会效益指标);
  CHECK(level2_from_text("服务对象满 意度指标") == Level2::服务对象满意度指标);
  CHECK(level2_from_text(" 数量\t指标\r\n") == Level2::数量指标);
  CHECK(level1_from_text("效益\u3000指标") == Level1::效益指标);  // ideographic space
  CHECK(level1_from_text("产\u00a0出指标") == Level1::产出指标);    // no-break space
  CHECK(level2_from_text("\ufeff时效指标") == Level2::时效指标);     // a BOM left on the first cell
}

TEST_CASE("the 指标 suffix may be omitted") {
  CHECK(level2_from_text("经济效益") == Level2::经济效益指标);
  CHECK(level2_from_text("社会效益") == Level2::社会效益指标);
  CHECK(level2_from_text("可持续影响") == Level2::可持续影响指标);
  CHECK(level2_from_text("数量") == Level2::数量指标);
  CHECK(level2_from_text("服务对象满意度") == Level2::服务对象满意度指标);
  CHECK(level1_from_text("产出") == Level1::产出指标);
  CHECK(level1_from_text("满意度") == Level1::满意度指标);
  CHECK(level1_from_text("效益") == Level1::效益指标);
  CHECK(level2_from_text("社会效益指") == Level2::其他);  // a cut word is not a name
}

TEST_CASE("older names and a 一级 repeated as 二级") {
  CHECK(level2_from_text("环境效益指标") == Level2::生态效益指标);
  CHECK(level2_from_text("环境效益") == Level2::生态效益指标);
  CHECK(level2_from_text("社会公众或服务对象满意度指标") == Level2::服务对象满意度指标);
  CHECK(level2_from_text("社会公众或服务对象满 意度指标") == Level2::服务对象满意度指标);
  CHECK(level2_from_text("满意度指标") == Level2::服务对象满意度指标);
  CHECK(level2_from_text("满意度") == Level2::服务对象满意度指标);
  // The aliases are 二级 names only.
  CHECK(level1_from_text("环境效益指标") == Level1::其他);
}

TEST_CASE("the 101号 tree: 成本指标 as a 一级 with its own 二级") {
  CHECK(level1_from_text("成本指标") == Level1::成本指标);
  CHECK(level1_from_text("成本") == Level1::成本指标);
  CHECK(level2_from_text("经济成本指标") == Level2::经济成本指标);
  CHECK(level2_from_text("社会成本") == Level2::社会成本指标);
  CHECK(level2_from_text("生态环境成本 指标") == Level2::生态环境成本指标);
  CHECK(level2_from_text("成本指标") == Level2::成本指标);  // the classic 二级 under 产出
}

TEST_CASE("一级 names other forms write: mapped only when they name one 一级") {
  CHECK(level1_from_text("预期产出指标") == Level1::产出指标);
  CHECK(level1_from_text("项目效益指标") == Level1::效益指标);
  CHECK(level1_from_text("年度产出") == Level1::产出指标);
  CHECK(level1_from_text("服务对象满意度指标") == Level1::满意度指标);
  CHECK(level1_from_text("社会公众或服务对象满意度指标") == Level1::满意度指标);
  // 效果 could be 产出 or 效益: kept as written.
  CHECK(level1_from_text("实施效果指标") == Level1::其他);
  CHECK(level1_from_text("效果指标") == Level1::其他);
  CHECK(level1_from_text("预期") == Level1::其他);
  CHECK(level1_from_text("预期效果指标") == Level1::其他);
}

TEST_CASE("unknown names give 其他") {
  CHECK(level1_from_text("") == Level1::其他);
  CHECK(level1_from_text("指标") == Level1::其他);
  CHECK(level1_from_text("数量指标") == Level1::其他);  // a 二级 is not a 一级
  CHECK(level1_from_text("其他指标") == Level1::其他);
  CHECK(level2_from_text("") == Level2::其他);
  CHECK(level2_from_text("创新能力指标") == Level2::其他);
  CHECK(level2_from_text("产出指标") == Level2::其他);
  CHECK(level2_from_text("效益指标") == Level2::其他);
  CHECK(level2_from_text("Quantity") == Level2::其他);
}

TEST_CASE("parent_of follows both trees") {
  CHECK(parent_of(Level2::数量指标) == Level1::产出指标);
  CHECK(parent_of(Level2::质量指标) == Level1::产出指标);
  CHECK(parent_of(Level2::时效指标) == Level1::产出指标);
  CHECK(parent_of(Level2::成本指标) == Level1::产出指标);
  CHECK(parent_of(Level2::经济效益指标) == Level1::效益指标);
  CHECK(parent_of(Level2::社会效益指标) == Level1::效益指标);
  CHECK(parent_of(Level2::生态效益指标) == Level1::效益指标);
  CHECK(parent_of(Level2::可持续影响指标) == Level1::效益指标);
  CHECK(parent_of(Level2::服务对象满意度指标) == Level1::满意度指标);
  CHECK(parent_of(Level2::经济成本指标) == Level1::成本指标);
  CHECK(parent_of(Level2::社会成本指标) == Level1::成本指标);
  CHECK(parent_of(Level2::生态环境成本指标) == Level1::成本指标);
  CHECK(parent_of(Level2::其他) == Level1::其他);
}

namespace {

// A row as the reader gives it: levels looked up from the cells, texts kept.
Indicator row(std::string level1_text, std::string level2_text, std::string name = "指标") {
  Indicator indicator;
  indicator.level1 = level1_from_text(level1_text);
  indicator.level1_text = std::move(level1_text);
  indicator.level2 = level2_from_text(level2_text);
  indicator.level2_text = std::move(level2_text);
  indicator.name = std::move(name);
  return indicator;
}

// The tree as a compact string: 产出指标{数量指标[0,1] 质量指标[2]} 效益指标{…}.
std::string outline(const std::vector<Level1Group>& groups) {
  std::string s;
  for (const Level1Group& g1 : groups) {
    s += fmt::format("{}{}{{", s.empty() ? "" : " ", g1.text);
    for (std::size_t j = 0; j < g1.groups.size(); ++j)
      s += fmt::format("{}{}[{}]", j ? " " : "", g1.groups[j].text, fmt::join(g1.groups[j].indicators, ","));
    s += "}";
  }
  return s;
}

}  // namespace

TEST_CASE("tree groups a table in document order") {
  const std::vector<Indicator> rows{
      row("产出指标", "数量指标"),         row("产出指标", "数量指标"),
      row("产出指标", "质量指标"),         row("产出指标", "时效指标"),
      row("产出指标", "成本指标"),         row("效益指标", "社会效益指标"),
      row("效益指标", "社会效益指标"),     row("满意度指标", "服务对象满意度指标"),
      row("满意度指标", "服务对象满意度指标"),
  };
  const auto groups = tree(rows);
  CHECK(outline(groups) ==
        "产出指标{数量指标[0,1] 质量指标[2] 时效指标[3] 成本指标[4]} 效益指标{社会效益指标[5,6]} "
        "满意度指标{服务对象满意度指标[7,8]}");
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].level1 == Level1::产出指标);
  CHECK(groups[1].level1 == Level1::效益指标);
  CHECK(groups[2].level1 == Level1::满意度指标);
  CHECK(groups[2].groups[0].level2 == Level2::服务对象满意度指标);
  CHECK(tree({}).empty());
}

TEST_CASE("a 一级 split by a page break stays one group") {
  // The page breaks after row 1; the repeated header is followed by the 一级 written again
  // (row 2, with an extraction space) or left blank as a merged cell (row 3).
  const std::vector<Indicator> rows{
      row("产出指标", "数量指标"), row("", "数量指标"),  row("产出指 标", "数量指标"),
      row("", "数量指标"),         row("", "质量指标"),
  };
  CHECK(outline(tree(rows)) == "产出指标{数量指标[0,1,2,3] 质量指标[4]}");
}

TEST_CASE("a blank cell continues the open group whatever the reader put in the level") {
  std::vector<Indicator> rows{row("效益指标", "生态效益指标"), row("", "")};
  rows[1].level1 = Level1::其他;  // not filled from the row above
  rows[1].level2 = Level2::其他;
  CHECK(outline(tree(rows)) == "效益指标{生态效益指标[0,1]}");
}

TEST_CASE("headings that mean the same name join, whatever their spelling") {
  const std::vector<Indicator> rows{
      row("满意度", "满意度指标"),
      row("满意度指标", "社会公众或服务对象满意度指标"),
      row("满意度指标", "服务对象满意度指标"),
  };
  const auto groups = tree(rows);
  // Each group shows the first spelling of its heading.
  CHECK(outline(groups) == "满意度{满意度指标[0,1,2]}");
  CHECK(groups[0].level1 == Level1::满意度指标);
  CHECK(groups[0].groups[0].level2 == Level2::服务对象满意度指标);
}

TEST_CASE("a 一级 or 二级 that re-appears later starts a new group") {
  // Merging with the earlier group would reorder the rows; the tree keeps document order.
  const std::vector<Indicator> rows{
      row("产出指标", "数量指标"), row("产出指标", "质量指标"), row("产出指标", "数量指标"),
      row("效益指标", "社会效益指标"), row("产出指标", "时效指标"),
  };
  CHECK(outline(tree(rows)) ==
        "产出指标{数量指标[0] 质量指标[1] 数量指标[2]} 效益指标{社会效益指标[3]} 产出指标{时效指标[4]}");
}

TEST_CASE("unknown headings are kept as written and grouped by their text") {
  const std::vector<Indicator> rows{
      row("产出指标", "创新指标（试点）"), row("产出指标", "创新指标(试点)"),  // full-width and half-width
      row("产出指标", "推广指标"),         row("其它指标", "自定义"),
      row("其他指标", "自定义"),
  };
  const auto groups = tree(rows);
  CHECK(outline(groups) == "产出指标{创新指标（试点）[0,1] 推广指标[2]} 其它指标{自定义[3]} 其他指标{自定义[4]}");
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].groups[0].level2 == Level2::其他);
  CHECK(groups[1].level1 == Level1::其他);
}

TEST_CASE("the 101号 tree groups 成本指标 as a 一级") {
  const std::vector<Indicator> rows{
      row("产出指标", "数量指标"),     row("成本指标", "经济成本指标"), row("成本指标", "经济成本指标"),
      row("成本指标", "社会成本指标"), row("效益指标", "经济效益指标"),
  };
  const auto groups = tree(rows);
  CHECK(outline(groups) ==
        "产出指标{数量指标[0]} 成本指标{经济成本指标[1,2] 社会成本指标[3]} 效益指标{经济效益指标[4]}");
  REQUIRE(groups.size() == 3);
  CHECK(groups[1].level1 == Level1::成本指标);
  for (const Level2Group& g : groups[1].groups) CHECK(parent_of(g.level2) == Level1::成本指标);
}
