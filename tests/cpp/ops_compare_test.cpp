// compare(): pairing projects across years, and the budget, plan and targets of each pair.

#include <jixiao/compare.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/error.hpp>
#include <jixiao/read.hpp>

#include "indicator_fixture.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace jixiao;

namespace {

Indicator row(Level1 level1, Level2 level2, std::string name, std::string value, int year = 2025,
              std::string description = {}) {
  Target target = parse_target(value, {year, name, description});
  return jixiao_test::indicator_row(level1, level2, std::move(name), std::move(description), std::move(target), {});
}

Indicator count(std::string name, std::string value, int year = 2025) {
  return row(Level1::产出指标, Level2::数量指标, std::move(name), std::move(value), year);
}

Indicator cost(std::string name, std::string value, int year = 2025) {
  return row(Level1::产出指标, Level2::成本指标, std::move(name), std::move(value), year);
}

Project project(std::string code, std::string name, const char* budget, std::vector<Indicator> indicators = {},
                std::string unit = "731001") {
  Project p;
  p.code = std::move(code);
  p.name = std::move(name);
  p.unit_code = std::move(unit);
  if (budget) p.budget.total = Money(Decimal::parse(budget));
  p.indicators = std::move(indicators);
  return p;
}

Document document(int year, std::vector<Project> projects) {
  Document d;
  d.department = "某局";
  d.year = year;
  d.projects = std::move(projects);
  return d;
}

TargetChange moved(const std::string& from, const std::string& to, Level2 level2 = Level2::数量指标,
                   int years_apart = 1) {
  const Level1 level1 = parent_of(level2);
  return compare_targets(row(level1, level2, "指标", from, 2024), row(level1, level2, "指标", to, 2025), years_apart);
}

}  // namespace

// Every enumerator has a word of its own, so that the CLI and the report never print an empty cell
// or two moves alike.
template <class E>
void check_words() {
  std::set<std::string_view> words;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    CAPTURE(d.name);
    CHECK(!chinese_name(d.value).empty());
    CHECK(words.insert(chinese_name(d.value)).second);
  });
}

TEST_CASE("chinese_name: a distinct word for every pairing reason, confidence and move") {
  check_words<PairReason>();
  check_words<Confidence>();
  check_words<TargetMove>();
  check_words<PlanMove>();
  CHECK(chinese_name(PairReason::same_code) == "同一项目编码");
  CHECK(chinese_name(PlanMove::later) == "推后");
}

TEST_CASE("series_name: 文号 and year tokens removed, then white space and punctuation") {
  CHECK(series_name("2024 科普经费") == "科普经费");
  CHECK(series_name("2025年度 科普经费") == "科普经费");
  CHECK(series_name("冀财教【2023】123号-提前下达2024年科技馆免费开放中央补助资金") ==
        series_name("冀财教【2024】104号提前下达2025年科技馆免费开放中央补助资金"));
  CHECK(series_name("冀财教【2024】104号提前下达2025年科技馆免费开放中央补助资金") == "提前下达科技馆免费开放中央补助资金");
  // Other brackets of the 文号's year, full-width forms folded.
  CHECK(series_name("财预〔2015〕88号项目") == "项目");
  CHECK(series_name("冀财社［2024］7号 项目（第二批）") == "项目第二批");
  // An issuer longer than six ideographs keeps the rest.
  CHECK(series_name("河北省财政厅教育处【2024】5号补助") == "河北省补助");
  // Four digits that are not a year token stay: a figure, a year not followed by 年 inside the name.
  CHECK(series_name("3000字调研报告") == "3000字调研报告");
  CHECK(series_name("科普经费2024") == "科普经费2024");
  CHECK(series_name("2024") == "");
}

TEST_CASE("project_year: from a year token of the name, else a national code, else the document") {
  CHECK(project_year(project("13070025P00004210001T", "2024 科普经费", "1"), 2023) == ProjectYear{2024, YearSource::name});
  CHECK(project_year(project("X", "冀财教【2023】149号-提前下达2024年经费", "1"), 2025) ==
        ProjectYear{2024, YearSource::name});
  CHECK(project_year(project("13070024P000765100012", "信息化建设资金-市科协", "1"), 2025) ==
        ProjectYear{2024, YearSource::code});
  CHECK(project_year(project("731001-7", "信息化建设资金", "1"), 2025) == ProjectYear{2025, YearSource::document});
}

TEST_CASE("name_similarity: twice the longest common subsequence over both lengths, in percent") {
  CHECK(name_similarity("活动次数", "活动次数") == Decimal(100));
  CHECK(name_similarity("活动次数", "满意度") == Decimal(0));
  CHECK(name_similarity("活动开展时间", "活动完成时间") == Decimal::parse("66.67"));  // 2·4 / 12
  CHECK(name_similarity("开放时间", "展厅开放时间") == Decimal(80));               // 2·4 / 10
  CHECK(name_similarity("社会效益指 标", "社会效益指标。") == Decimal(100));       // spaces, punctuation
  CHECK(name_similarity("", "") == Decimal(0));
  // Past the limit, names are alike only when equal.
  const std::string long_a(30, 'a');
  const std::string long_b = std::string(29, 'a') + "b";
  CHECK(name_similarity(long_a, long_b, 40) == Decimal::parse("96.67"));
  CHECK(name_similarity(long_a, long_b, 20) == Decimal(0));
  CHECK(name_similarity(long_a, long_a, 20) == Decimal(100));
}

TEST_CASE("compare_targets: figures in the direction of their bound, units converted") {
  CHECK(moved("≥30 次", "≥10 次").move == TargetMove::lowered);
  CHECK(moved("≥30 次", "≥10 次").reason == "下限降低：“≥30 次” → “≥10 次”");
  CHECK(moved("≥30 次", "≥40 次").move == TargetMove::raised);
  CHECK(moved("≥30 次", "≥30次").move == TargetMove::unchanged);
  CHECK(moved("≥30 次", "≥30次").reason.empty());
  // A lower ≤ on a cost demands more; a bare figure on a cost is its upper bound.
  CHECK(moved("≤17.5 万元", "≤15 万元", Level2::成本指标).move == TargetMove::raised);
  CHECK(moved("≤17.5 万元", "≤20 万元", Level2::成本指标).move == TargetMove::lowered);
  CHECK(moved("6万元", "≤5万元", Level2::成本指标).move == TargetMove::raised);
  CHECK(moved("15.34 万元", "≤15.34 万元", Level2::成本指标).move == TargetMove::unchanged);
  CHECK(moved("≤2 万元", "≤20000 元", Level2::成本指标).move == TargetMove::unchanged);
  CHECK(moved("≥1.5 万人", "≥16000 人").move == TargetMove::raised);
  CHECK(moved("≥95%", "≥95 百分比", Level2::质量指标).move == TargetMove::unchanged);
  // A bare 100% is the lower bound of a rate.
  CHECK(moved("100%", "≥90%", Level2::质量指标).move == TargetMove::lowered);
  // At the same figure a strict comparator demands more.
  CHECK(moved("≥90%", ">90%", Level2::质量指标).move == TargetMove::raised);
  CHECK(moved("<5次", "≤5次").move == TargetMove::lowered);

  const TargetChange units = moved("≥90%", "≥90 次");
  CHECK(units.move == TargetMove::not_comparable);
  CHECK(units.reason == "单位不能换算：上年“≥90%”，今年“≥90 次”");
  const TargetChange sides = moved("≥50 场", "≤50 场");
  CHECK(sides.move == TargetMove::not_comparable);
  CHECK(sides.reason == "上年“≥50 场”是下限，今年“≤50 场”是上限，方向不同");
}

TEST_CASE("compare_targets: deadlines and periods by the day they are due, a year later") {
  // The old date is moved by the years between the projects before the days are compared.
  CHECK(moved("2024年11月15日前", "2025年12月15日前", Level2::时效指标).move == TargetMove::lowered);
  CHECK(moved("2024年11月15日前", "12月15日前", Level2::时效指标).move == TargetMove::lowered);  // 2025 from context
  CHECK(moved("2024 年 1 月-12 月", "2025 年 1 月-12 月", Level2::时效指标).move == TargetMove::unchanged);
  CHECK(moved("2024 年 1 月-12 月", "2025年1月至11月", Level2::时效指标).move == TargetMove::raised);
  CHECK(moved("2024 年 12 月", "2025 年 1 月-12 月", Level2::时效指标).move == TargetMove::unchanged);
  CHECK(moved("2024年2月29日前", "2025年2月28日前", Level2::时效指标).move == TargetMove::unchanged);
  CHECK(moved("2024年11月底", "2025年11月底", Level2::时效指标, 2).move == TargetMove::raised);  // two years apart
  CHECK(moved("2024年11月底", "2025年12月10日前", Level2::时效指标).reason ==
        "完成时限推后：“2024年11月底” → “2025年12月10日前”");
}

TEST_CASE("compare_targets: what the target model cannot order") {
  const TargetChange kinds = moved("进一步提升", "≥4 万人", Level2::社会效益指标);
  CHECK(kinds.move == TargetMove::not_comparable);
  CHECK(kinds.reason == "指标值由定性表述“进一步提升”改为数值“≥4 万人”");
  CHECK(moved("进一步提升", "进一步提升", Level2::社会效益指标).move == TargetMove::unchanged);
  CHECK(moved("进一步提升", "显著提升", Level2::社会效益指标).move == TargetMove::not_comparable);
  CHECK(moved("90%-95%", "90%-95%", Level2::质量指标).move == TargetMove::unchanged);
  CHECK(moved("90%-95%", "92%-95%", Level2::质量指标).move == TargetMove::not_comparable);
  CHECK(moved("涉密", "涉密").move == TargetMove::not_comparable);
  CHECK(moved("涉密", "涉密").reason == "涉密，不比较");
  const TargetChange unread = compare_targets(row(Level1::产出指标, Level2::数量指标, "参观人数", "参观人数", 2024),
                                              row(Level1::产出指标, Level2::数量指标, "参观人数", "≥2万人"), 1);
  CHECK(unread.move == TargetMove::not_comparable);
  CHECK(unread.reason == "上年的指标值“参观人数”无法识别");
}

TEST_CASE("compare: projects pair by code, code series, name without 文号 and years, or a similar name") {
  const Document old_document = document(
      2024, {project("13070024P00000210005X", "2024 科普经费", "40.48"),
             project("13070024P00019310002H", "冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金-市科协调查站点基本运行费", "1"),
             project("X-7", "信息化建设资金", "3.08"), project("13070024P00000510001A", "2024 会议费", "2"),
             project("13070024P00000610001A", "2024 已结束的项目", "5")});
  const Document new_document = document(
      2025, {project("13070025P00004210001T", "2025 科普经费", "49.86"),
             project("13070025P00122810014T", "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协调查站点建设", "1"),
             project("X-7", "信息化建设专项资金", "3"), project("13070025P00000510001B", "2025 会议经费", "2.5"),
             project("13070025P00099910001C", "2025 全新的项目", "8")});
  const YearOverYear c = compare(old_document, new_document);
  CHECK_FALSE(c.single_document);
  CHECK(c.old_document == DocumentRef{"某局", 2024});
  CHECK(c.new_document == DocumentRef{"某局", 2025});
  REQUIRE(c.pairs.size() == 4);
  std::map<std::size_t, const ProjectPair*> by_new;
  for (const ProjectPair& p : c.pairs) by_new[p.new_project.index] = &p;
  REQUIRE(by_new.size() == 4);

  const ProjectPair& named = *by_new[0];
  CHECK(named.old_project == ProjectRef{0, "13070024P00000210005X", "2024 科普经费", 2024, YearSource::name, 0});
  CHECK(named.reason == PairReason::same_name);
  CHECK(named.confidence == Confidence::high);
  CHECK(named.name_similarity == Decimal(100));

  const ProjectPair& similar = *by_new[1];
  CHECK(similar.old_project.index == 1);
  CHECK(similar.reason == PairReason::similar_name);
  CHECK(similar.confidence == Confidence::medium);
  CHECK(similar.name_similarity >= Decimal(80));

  const ProjectPair& same_code = *by_new[2];
  CHECK(same_code.old_project.index == 2);
  CHECK(same_code.reason == PairReason::same_code);
  CHECK(same_code.old_project.year_from == YearSource::document);

  // Codes equal but for the year digits and the check character, names alike.
  const ProjectPair& series = *by_new[3];
  CHECK(series.old_project.index == 3);
  CHECK(series.reason == PairReason::code_series);
  CHECK(series.confidence == Confidence::high);

  REQUIRE(c.new_projects.size() == 1);
  CHECK(c.new_projects[0].name == "2025 全新的项目");
  REQUIRE(c.ended_projects.size() == 1);
  CHECK(c.ended_projects[0].name == "2024 已结束的项目");
}

TEST_CASE("compare: one successor each, the same unit and the more alike first") {
  const Document old_document =
      document(2024, {project("", "2024 科普经费", "1", {}, "731001"), project("", "2024 科普经费", "1", {}, "731005")});
  const Document new_document =
      document(2025, {project("", "2025 科普经费", "1", {}, "731005"), project("", "2025 科普经费", "1", {}, "731009")});
  const YearOverYear c = compare(old_document, new_document);
  REQUIRE(c.pairs.size() == 2);
  CHECK(c.pairs[0].old_project.index == 1);  // 731005 with 731005
  CHECK(c.pairs[0].confidence == Confidence::high);
  CHECK(c.pairs[1].old_project.index == 0);  // the other unit: the same name, less sure
  CHECK(c.pairs[1].confidence == Confidence::medium);

  // A code series alone is no evidence: serial numbers restart every year.
  const YearOverYear unrelated = compare(document(2024, {project("13070024P00000410006W", "2024 采暖费", "1")}),
                                         document(2025, {project("13070025P00000410006F", "2025 常设展览", "1")}));
  CHECK(unrelated.pairs.empty());
  CHECK(unrelated.new_projects.size() == 1);
  CHECK(unrelated.ended_projects.size() == 1);

  // Below the similarity threshold, no pair; a lower threshold pairs them.
  const Document a = document(2024, {project("", "2024 科普大篷车经费", "1")});
  const Document b = document(2025, {project("", "2025 科普大篷车巡展", "1")});
  CHECK(compare(a, b).pairs.empty());
  CompareOptions lax;
  lax.project_similarity = 60;
  REQUIRE(compare(a, b, lax).pairs.size() == 1);
  CHECK(compare(a, b, lax).pairs[0].name_similarity == Decimal::parse("71.43"));
}

TEST_CASE("compare: one document, each year's projects with the next year's") {
  const Document d = document(2025, {project("", "2023 科普经费", "1"), project("", "2024 科普经费", "2"),
                                     project("", "2025 科普经费", "3"), project("", "2024 老项目", "1"),
                                     project("", "2025 新项目", "1")});
  const YearOverYear c = compare(d);
  CHECK(c.single_document);
  CHECK(c.old_document.year == 2023);
  CHECK(c.new_document.year == 2025);
  REQUIRE(c.pairs.size() == 2);
  CHECK(c.pairs[0].old_project.index == 0);
  CHECK(c.pairs[0].new_project.index == 1);
  CHECK(c.pairs[1].old_project.index == 1);
  CHECK(c.pairs[1].new_project.index == 2);
  // 2024 老项目 is new beside 2023 and ended beside 2025.
  REQUIRE(c.new_projects.size() == 2);
  CHECK(c.new_projects[0].name == "2024 老项目");
  CHECK(c.new_projects[1].name == "2025 新项目");
  REQUIRE(c.ended_projects.size() == 1);
  CHECK(c.ended_projects[0].name == "2024 老项目");

  CHECK(compare(document(2025, {project("", "2025 科普经费", "1")})).pairs.empty());
  CHECK(compare(Document{}).pairs.empty());
}

TEST_CASE("compare: the budget change, exact in 万元 and in percent") {
  const auto change = [](const char* from, const char* to) {
    return compare(document(2024, {project("", "2024 经费", from)}), document(2025, {project("", "2025 经费", to)}))
        .pairs.at(0)
        .budget;
  };
  const BudgetChange up = change("15.75", "16.63");
  CHECK(up.change == Money(Decimal::parse("0.88")));
  CHECK(up.percent == Decimal::parse("5.59"));
  CHECK(change("10.35", "7.20").percent == Decimal::parse("-30.43"));
  CHECK(change("10606.7522", "10606.7522").change == Money(Decimal(0)));
  const BudgetChange from_zero = change("0", "5");
  CHECK(from_zero.change == Money(Decimal(5)));
  CHECK_FALSE(from_zero.percent);
  const BudgetChange missing = change(nullptr, "5");
  CHECK_FALSE(missing.old_total);
  CHECK_FALSE(missing.change);
  CHECK_FALSE(missing.percent);
}

TEST_CASE("compare: the spending plan, month by month") {
  const auto plan_move = [](std::vector<std::pair<int, const char*>> from, std::vector<std::pair<int, const char*>> to) {
    Project a = project("", "2024 经费", "1");
    Project b = project("", "2025 经费", "1");
    for (const auto& [month, percent] : from)
      a.spending_plan.milestones.push_back({std::to_string(month) + "月底", month, Decimal::parse(percent), 0, {}});
    for (const auto& [month, percent] : to)
      b.spending_plan.milestones.push_back({std::to_string(month) + "月底", month, Decimal::parse(percent), 0, {}});
    return compare(document(2024, {a}), document(2025, {b})).pairs.at(0).plan;
  };
  const PlanChange earlier = plan_move({{3, "25"}, {6, "50"}, {10, "75"}}, {{3, "25"}, {6, "50"}, {10, "75"}, {12, "100"}});
  CHECK(earlier.move == PlanMove::earlier);
  REQUIRE(earlier.milestones.size() == 4);
  CHECK(earlier.milestones[3] == MilestoneChange{12, Decimal(75), Decimal(100), Decimal(25)});
  CHECK(plan_move({{6, "100"}}, {{12, "100"}}).move == PlanMove::later);
  CHECK(plan_move({{3, "25"}, {12, "100"}}, {{3, "30"}, {6, "40"}, {12, "90"}}).move == PlanMove::mixed);
  CHECK(plan_move({{6, "50"}, {12, "100"}}, {{6, "50.0"}, {12, "100"}}).move == PlanMove::unchanged);
  const PlanChange none = plan_move({{6, "50"}}, {});
  CHECK(none.move == PlanMove::not_comparable);
  REQUIRE(none.milestones.size() == 1);
  CHECK_FALSE(none.milestones[0].new_percent);
  CHECK(plan_move({}, {}).move == PlanMove::not_comparable);
}

TEST_CASE("compare: indicators kept, renamed, added and removed, place by place") {
  Indicator old_duplicate_a = count("信息宣传量", "≥20 条", 2024);
  old_duplicate_a.description = "每月信息宣传量";
  Indicator new_duplicate_a = count("信息宣传量", "≥100 条");
  new_duplicate_a.description = "定期推送工作信息";
  Indicator new_duplicate_b = count("信息宣传量", "≥20 条");
  new_duplicate_b.description = "每月信息宣传量";
  const Project a = project(
      "", "2024 经费", "10",
      {count("活动次数", "≥30 次", 2024), old_duplicate_a, count("看点数量", "≥3 个", 2024),
       row(Level1::产出指标, Level2::时效指标, "开放时间", "≥280 天", 2024, "开放时间"),
       cost("预算总成本", "≤10 万元", 2024)});
  const Project b = project(
      "", "2025 经费", "12",
      {count("活动次数", "≥10 次"), new_duplicate_a, new_duplicate_b,
       row(Level1::产出指标, Level2::时效指标, "展厅开放时间", "≥250 天", 2025, "展厅开放时间"),
       row(Level1::产出指标, Level2::质量指标, "看点数量", "≥3 个"), cost("科普讲座预算成本", "≤2 万元")});
  const ProjectPair pair = compare(document(2024, {a}), document(2025, {b})).pairs.at(0);

  REQUIRE(pair.indicators.size() == 3);
  CHECK(pair.indicators[0].old_indicator == IndicatorRef{0, Level1::产出指标, Level2::数量指标, "活动次数", "≥30 次", 0});
  CHECK(pair.indicators[0].match == IndicatorMatch::same_name);
  CHECK(pair.indicators[0].similarity == Decimal(100));
  CHECK(pair.indicators[0].target.move == TargetMove::lowered);
  // Of two rows of one name, the one with last year's description is its successor.
  CHECK(pair.indicators[1].new_indicator.index == 2);
  CHECK(pair.indicators[1].old_indicator.index == 1);
  CHECK(pair.indicators[1].target.move == TargetMove::unchanged);
  // Renamed: a similar name and description at the same place.
  CHECK(pair.indicators[2].old_indicator.name == "开放时间");
  CHECK(pair.indicators[2].new_indicator.name == "展厅开放时间");
  CHECK(pair.indicators[2].match == IndicatorMatch::renamed);
  CHECK(pair.indicators[2].similarity == Decimal(80));
  CHECK(pair.indicators[2].target.move == TargetMove::lowered);
  // The same name under another 二级 is not the same indicator; a cost part is not the total renamed.
  REQUIRE(pair.added.size() == 3);
  CHECK(pair.added[0].name == "信息宣传量");
  CHECK(pair.added[1].name == "看点数量");
  CHECK(pair.added[2].name == "科普讲座预算成本");
  REQUIRE(pair.removed.size() == 2);
  CHECK(pair.removed[0].name == "看点数量");
  CHECK(pair.removed[1].name == "预算总成本");
  CHECK(pair.targets == TargetMoves{0, 2, 1, 0});
}

TEST_CASE("compare: options out of range are refused") {
  CompareOptions options;
  options.project_similarity = 101;
  CHECK_THROWS_AS(compare(Document{}, options), Error);
  options.project_similarity = 80;
  options.indicator_similarity = -1;
  CHECK_THROWS_WITH_AS(compare(Document{}, Document{}, options),
                       "CompareOptions::indicator_similarity is a percentage from 0 to 100, not -1", Error);
}

// The sample holds the 2024 tables beside the 2025 ones. A 2024 project whose name, without its
// year, is the name of a 2025 project is paired with that project; so are the fund lines re-issued
// under a new 文号 (123号 → 104号, 149号 → 130号) and the survey station's 基本运行费 → 建设.
TEST_CASE("compare: the sample's 2024 projects beside their 2025 successors") {
  const ReadResult read = read_document(std::filesystem::path(JIXIAO_SOURCE_DIR "/examples/data/zjk-kexie-2025-targets.txt"));
  const Document& d = read.document;
  const YearOverYear c = compare(d);
  std::map<std::string, std::string> successor;
  for (const ProjectPair& p : c.pairs) {
    CHECK(p.old_project.year == 2024);
    CHECK(p.new_project.year == 2025);
    CHECK(d.projects[p.old_project.index].name == p.old_project.name);
    CHECK(d.projects[p.new_project.index].name == p.new_project.name);
    successor[p.old_project.name] = p.new_project.name;
    // The budget change is the difference of the two tables' 预算数.
    CHECK(p.budget.change == *d.projects[p.new_project.index].budget.total - *d.projects[p.old_project.index].budget.total);
  }
  // Every "2024 X" whose "2025 X" exists.
  std::size_t by_year_prefix = 0;
  for (const Project& old_project : d.projects) {
    if (!old_project.name.starts_with("2024 ")) continue;
    const std::string next = "2025 " + std::string(old_project.name.view().substr(5));
    if (std::none_of(d.projects.begin(), d.projects.end(), [&](const Project& p) { return p.name == next; })) continue;
    ++by_year_prefix;
    CHECK(successor[old_project.name.str()] == next);
  }
  CHECK(by_year_prefix == 6);
  CHECK(successor["冀财教【2023】123号-提前下达2024年科技馆免费开放中央补助资金"] ==
        "冀财教【2024】104号提前下达2025年科技馆免费开放中央补助资金");
  CHECK(successor["冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金-市科协科技工作者之家建设"] ==
        "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协科技工作者之家建设");
  CHECK(successor["冀财教【2023】149号-提前下达2024年支持市县科技创新和科学普及专项资金-市科协省级科技工作者调查站点基本运行费"] ==
        "冀财教【2024】130号提前下达2025年支持市县科技创新和科学普及专项资金-市科协省级科技工作者调查站点建设");
  CHECK(c.pairs.size() == 9);
  // Each project is in at most one pair, and every 2024 and 2025 project is accounted for.
  CHECK(c.pairs.size() + c.ended_projects.size() ==
        static_cast<std::size_t>(std::count_if(d.projects.begin(), d.projects.end(),
                                               [&](const Project& p) { return project_year(p, d.year).year == 2024; })));
  CHECK(c.pairs.size() + c.new_projects.size() ==
        static_cast<std::size_t>(std::count_if(d.projects.begin(), d.projects.end(),
                                               [&](const Project& p) { return project_year(p, d.year).year == 2025; })));

  // How the first pair's targets moved: 活动次数 from ≥30 to ≥10 次 while the budget rose.
  const ProjectPair& first = c.pairs.front();
  CHECK(first.old_project.name == "2024 开展科技工作者助力乡村振兴经费");
  CHECK(first.budget.change->wan().signum() > 0);
  const auto activities = std::find_if(first.indicators.begin(), first.indicators.end(),
                                       [](const IndicatorChange& i) { return i.new_indicator.name == "活动次数"; });
  REQUIRE(activities != first.indicators.end());
  CHECK(activities->old_indicator.target == "≥30 次");
  CHECK(activities->target.move == TargetMove::lowered);
}
