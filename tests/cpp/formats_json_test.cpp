#include <jixiao/actuals_io.hpp>
#include <jixiao/describe.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/json.hpp>
#include <jixiao/monitor.hpp>
#include <jixiao/read.hpp>
#include <jixiao/review.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <doctest/doctest.h>

#include "indicator_fixture.hpp"
#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>

using namespace jixiao;
using namespace jixiao::literals;
namespace json = boost::json;

namespace {

Quantity quantity(std::string_view value, std::string_view unit) { return {Decimal::parse(value), lookup_unit(unit)}; }

Target amount(std::string raw, Comparator comparator, bool written, Quantity value, Direction direction) {
  Target t(std::move(raw), Comparison{{comparator, written, std::move(value)}});
  t.direction = direction;
  return t;
}

// The figures a target holds, as written: an amount's, a range's two bounds.
std::vector<const Quantity*> figures(const Target& t) {
  if (const Amount* a = t.if_amount()) return {&a->value};
  if (const Range* r = t.if_range()) return {&r->lower, &r->upper};
  return {};
}

Indicator indicator(Level1 level1, Level2 level2, std::string name, Target target, std::size_t line) {
  std::string description = name + "的描述";
  return jixiao_test::indicator_row(level1, level2, std::move(name), std::move(description), std::move(target),
                                    "市科协 2025 年工作安排", line);
}

// One target of every kind, filled as the parser would fill it.
std::vector<Indicator> indicators_of_every_kind() {
  std::vector<Indicator> out;
  const Target ge = amount("≥30 次", Comparator::ge, true, quantity("30", "次"), Direction::forward);
  out.push_back(indicator(Level1::产出指标, Level2::数量指标, "活动次数", ge, 40));
  out.back().weight = 20_dec;  // a 权重 column
  out.back().direction = Direction::forward;  // a 指标方向性 column

  const Target bare = amount("100%", Comparator::eq, false, quantity("100", "%"), Direction::none);
  out.push_back(indicator(Level1::产出指标, Level2::质量指标, "活动达标率", bare, 41));

  const Target cost =
      amount("≤10606.7522 万元", Comparator::le, true, quantity("10606.7522", "万元"), Direction::reverse);
  out.push_back(indicator(Level1::成本指标, Level2::经济成本指标, "预算总成本", cost, 42));
  out.back().weight = 12.50_dec;
  out.back().direction = Direction::reverse;

  const Target range("90%-95.50%", Range{quantity("90", "%"), quantity("95.50", "%")});
  out.push_back(indicator(Level1::产出指标, Level2::质量指标, "合格率", range, 43));

  const Target period("2025年1月至11月", Period{Date{2025, 1, 0}, Date{2025, 11, 0}});
  out.push_back(indicator(Level1::产出指标, Level2::时效指标, "开展时间", period, 44));

  Target deadline("12月15日前", Deadline{Date{2025, 12, 15}});
  deadline.year_from_context = true;
  out.push_back(indicator(Level1::产出指标, Level2::时效指标, "完成时间", deadline, 45));

  const Target duration("≥250 天", Duration{{Comparator::ge, true, quantity("250", "天")}});
  out.push_back(indicator(Level1::产出指标, Level2::时效指标, "开放天数", duration, 46));

  Target qualitative("进一步提升", Qualitative{"进一步提升"});
  qualitative.direction = Direction::forward;
  out.push_back(indicator(Level1::效益指标, Level2::社会效益指标, "提升公民科学素质", qualitative, 47));

  const Target reference("省科协实际评选出的各地示范单位数量", Reference{"省科协实际评选出的各地示范单位数量"});
  out.push_back(indicator(Level1::效益指标, Level2::可持续影响指标, "示范单位", reference, 48));

  out.push_back(indicator(Level1::满意度指标, Level2::服务对象满意度指标, "涉密指标",
                          Target("涉密", Redacted{}), 49));

  const Target unparsed("各课题组撰写字数", Unparsed{"the value repeats the indicator's description"});
  out.push_back(indicator(Level1::其他, Level2::其他, "调研报告", unparsed, 50));

  const Target people = amount("≥1.5 万人", Comparator::gt, true, quantity("1.5", "万人"), Direction::none);
  out.push_back(indicator(Level1::效益指标, Level2::社会效益指标, "辐射人数", people, 51));

  const Target unknown_unit = amount("=3 筐", Comparator::eq, true, quantity("3", "筐"), Direction::none);
  out.push_back(indicator(Level1::产出指标, Level2::数量指标, "设备", unknown_unit, 52));
  out.back().level1_text = "产出 指标";  // as written, unlike the enum name
  return out;
}

Document synthetic_document() {
  Document d;
  d.department = "张家口市科学技术协会 \"科协\" \\ 😀";
  d.year = 2025;
  d.units = {{"731001", "张家口市科学技术协会本级"}, {"731002", "张家口市科技馆"}};
  d.goals.overall = "市科协紧紧围绕全市中心工作，\n以政治建设为统领";
  d.goals.items = {{"1、部门管理", "职责明确、活动合规合理。", "职责设定符合“三定”方案", 60},
                   {"2、部门决策", "资金使用合规", "", 64}};
  d.goals.measures = {"1、加强制度建设。", "2、规范财务管理。\t(tab)"};
  d.contents = {{1, "2024 科普经费绩效目标表", 4, 20}, {2, "涉密项目", 0, 21}};

  Project full;
  full.code = "13070024P00000410006W";
  full.name = "2024 开展科技工作者助力乡村振兴经费";
  full.title = full.name.str() + "绩效目标表";
  full.unit_code = "731001";
  full.unit_name = "张家口市科学技术协会本级";
  full.budget = {Money(15.750_dec), Money(15.75_dec), Money(0_dec)};
  full.use_of_funds = "项目预算总额 17.5 万元，均为财政资金。";
  full.spending_plan.milestones = {{"3月底", 3, 25_dec, 30, Money(3.9375_dec)},
                                   {"6月底", 6, 50.0_dec, 30, std::nullopt},
                                   {"10月底", 10, {}, 31, std::nullopt},
                                   {"全年", 0, 100_dec, 31, std::nullopt}};
  full.goals = {"1.组织农业专家工作站", "2.通过开展 10 次科普活动"};
  full.medium_term_goals = {"2025-2027 年建成专家工作站网络"};
  full.indicators = indicators_of_every_kind();
  full.line = 25;

  Project sparse;  // budget parts not stated, no plan, no indicators
  sparse.code = "13070025P00004010001F";
  sparse.name = "信息化建设资金";
  sparse.budget.total = Money(6_dec);
  sparse.line = 70;

  Project redacted;
  redacted.name = "涉密项目";
  redacted.redacted = true;
  redacted.line = 90;

  d.projects = {full, sparse, redacted};
  return d;
}

// Documents with random content: every string mixes ASCII, CJK, emoji, quotes, backslashes and
// control characters; decimals have random signs, digits and scales; optional parts are random.
class Generator {
 public:
  explicit Generator(unsigned seed) : random_(seed) {}

  Document document() {
    Document d;
    d.department = text();
    d.year = number(0, 2100);
    d.units.resize(number(0, 3));
    for (BudgetUnit& u : d.units) u = {text(), text()};
    d.goals.overall = text();
    d.goals.items.resize(number(0, 3));
    for (GoalItem& g : d.goals.items) g = {text(), text(), text(), count()};
    d.goals.measures = texts();
    d.contents.resize(number(0, 3));
    for (ContentsEntry& c : d.contents) c = {number(0, 99), text(), number(0, 300), count()};
    d.projects.resize(number(0, 4));
    for (Project& p : d.projects) p = project();
    return d;
  }

 private:
  int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  std::size_t count() { return static_cast<std::size_t>(number(0, 100000)); }
  bool chance() { return number(0, 1) == 1; }

  std::string text() {
    static constexpr std::string_view pieces[] = {"a",  "Z",  "0",  " ",  "\"", "\\", "/",  "\n", "\t",
                                                  "\x01", "\x7f", "科", "协", "指标", "≥", "％", "😀", "—"};
    std::string s;
    for (int i = number(0, 8); i > 0; --i) s += pieces[number(0, std::size(pieces) - 1)];
    return s;
  }
  std::vector<Text> texts() {
    std::vector<Text> out(number(0, 3));
    for (Text& s : out) s = text();
    return out;
  }
  Decimal decimal() {
    std::string digits = chance() ? "-" : "";
    for (int i = number(1, 12); i > 0; --i) digits += static_cast<char>('0' + number(0, 9));
    if (chance()) {
      digits += '.';
      for (int i = number(1, 6); i > 0; --i) digits += static_cast<char>('0' + number(0, 9));
    }
    return Decimal::parse(digits);
  }
  std::optional<Money> money() { return chance() ? std::optional<Money>(Money(decimal().abs())) : std::nullopt; }
  Unit unit() {
    const auto known = known_units();
    if (number(0, 4) == 0) return lookup_unit(chance() ? "" : "自造单位");
    return known[number(0, static_cast<int>(known.size()) - 1)];
  }
  Date date() { return Date{chance() ? number(2000, 2100) : 0, number(0, 12), number(0, 28)}; }
  template <described_enum E>
  E pick() {
    std::vector<E> values;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto e) { values.push_back(e.value); });
    return values[number(0, static_cast<int>(values.size()) - 1)];
  }

  // Any kind with any data, consistent or not: JSON keeps what it is given.
  Target target_value() {
    Target t;
    t.raw = text();
    switch (pick<TargetKind>()) {
      case TargetKind::comparison: t.emplace(Comparison{{pick<Comparator>(), chance(), {decimal(), unit()}}}); break;
      case TargetKind::duration: t.emplace(Duration{{pick<Comparator>(), chance(), {decimal(), unit()}}}); break;
      case TargetKind::range: t.emplace(Range{{decimal(), unit()}, {decimal(), unit()}}); break;
      case TargetKind::period: t.emplace(Period{date(), date()}); break;
      case TargetKind::deadline: t.emplace(Deadline{date()}); break;
      case TargetKind::qualitative: t.emplace(Qualitative{text()}); break;
      case TargetKind::reference: t.emplace(Reference{text()}); break;
      case TargetKind::redacted: t.emplace(Redacted{}); break;
      case TargetKind::unparsed: t.emplace(Unparsed{text()}); break;
    }
    t.year_from_context = chance();
    t.direction = pick<Direction>();
    return t;
  }

  Project project() {
    Project p;
    p.code = text();
    p.name = text();
    p.title = text();
    p.unit_code = text();
    p.unit_name = text();
    p.budget = {money(), money(), money()};
    p.use_of_funds = text();
    p.spending_plan.milestones.resize(number(0, 5));
    for (Milestone& m : p.spending_plan.milestones)
      m = {text(), number(0, 12), chance() ? std::optional<Decimal>(decimal()) : std::nullopt, count(), money()};
    p.goals = texts();
    p.medium_term_goals = texts();
    p.indicators.resize(number(0, 6));
    for (Indicator& i : p.indicators) {
      i.level1 = pick<Level1>();
      i.level1_text = text();
      i.level2 = pick<Level2>();
      i.level2_text = text();
      i.name = text();
      i.description = text();
      i.target = target_value();
      i.basis = text();
      i.weight = chance() ? std::optional<Decimal>(decimal().abs()) : std::nullopt;
      i.direction = pick<Direction>();
      i.line = count();
    }
    p.redacted = chance();
    p.line = count();
    return p;
  }

  std::mt19937 random_;
};

json::object parsed_object(const std::string& text) { return json::parse(text).as_object(); }

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const ParseError& e) {
    return "ParseError: " + std::string(e.what());
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a synthetic document round-trips through JSON, compact and pretty") {
  const Document original = synthetic_document();
  for (bool pretty : {false, true}) {
    CAPTURE(pretty);
    const std::string first = to_json(original, {.pretty = pretty});
    const Document back = document_from_json(first);
    CHECK(back == original);
    CHECK(to_json(back, {.pretty = pretty}) == first);
  }
  CHECK(document_from_json(to_json(original, {.pretty = true})) == document_from_json(to_json(original)));
}

TEST_CASE("generated documents round-trip through JSON") {
  Generator generate(20250101);
  for (int i = 0; i < 300; ++i) {
    CAPTURE(i);
    const Document original = generate.document();
    const std::string first = to_json(original, {.pretty = i % 2 == 0});
    const Document back = document_from_json(first);
    REQUIRE(back == original);
    REQUIRE(to_json(back, {.pretty = i % 2 == 0}) == first);
  }
}

TEST_CASE("the round trip keeps every part exactly, not only what operator== compares") {
  // Quantity compares 1.5 万人 equal to 15000 人: check the written forms as well.
  const Document original = synthetic_document();
  const Document back = document_from_json(to_json(original));
  REQUIRE(back.projects.size() == original.projects.size());
  const std::vector<Indicator>& indicators = back.projects[0].indicators;
  REQUIRE(indicators.size() == original.projects[0].indicators.size());
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Target& a = original.projects[0].indicators[i].target;
    const Target& b = indicators[i].target;
    CAPTURE(a.raw);
    const auto written = figures(a);
    const auto read = figures(b);
    REQUIRE(written.size() == read.size());
    for (std::size_t k = 0; k < written.size(); ++k) {
      CHECK(same_representation(written[k]->value, read[k]->value));
      CHECK(written[k]->unit == read[k]->unit);
    }
  }
  CHECK(back.projects[0].budget.total->wan().to_string() == "15.750");
  CHECK(back.projects[0].spending_plan.milestones[1].percent->to_string() == "50.0");
  CHECK(back.projects[0].indicators.back().target.as_comparison().value.unit.kind() == UnitKind::unknown);
}

TEST_CASE("the JSON has the published shape") {
  const json::object top = parsed_object(to_json(synthetic_document()));
  CHECK(top.at("format") == json::value(std::string(json_format)));
  CHECK(top.at("version") == json_version);
  CHECK(top.begin()->key() == "format");
  for (const char* member : {"department", "year", "units", "goals", "projects"}) {
    CAPTURE(member);
    CHECK(top.contains(member));
  }
  CHECK(top.at("year") == 2025);
  CHECK(top.at("department").as_string() == "张家口市科学技术协会 \"科协\" \\ 😀");

  const json::object& project = top.at("projects").at(0).as_object();
  for (const char* member : {"code", "name", "unit_code", "unit_name", "budget", "use_of_funds", "spending_plan",
                             "goals", "indicators"}) {
    CAPTURE(member);
    CHECK(project.contains(member));
  }
  CHECK(project.at("budget") == json::parse(R"({"total":"15.750","fiscal":"15.75","other":"0"})"));
  CHECK(top.at("projects").at(1).at("budget") == json::parse(R"({"total":"6","fiscal":null,"other":null})"));

  const json::array& plan = project.at("spending_plan").as_array();
  REQUIRE(plan.size() == 4);
  CHECK(plan[0].at("milestone") == "3月底");
  CHECK(plan[0].at("percent") == "25");
  CHECK(plan[1].at("percent") == "50.0");
  CHECK(plan[2].at("percent").is_null());
  CHECK(plan[0].as_object().contains("milestone"));

  const json::object& first = project.at("indicators").at(0).as_object();
  for (const char* member : {"level1", "level2", "name", "description", "target", "basis", "line"}) {
    CAPTURE(member);
    CHECK(first.contains(member));
  }
  CHECK(first.at("level1") == "产出指标");
  CHECK(first.at("level2") == "数量指标");
  CHECK(first.at("weight") == "20");
  CHECK(first.at("direction") == "forward");
  CHECK(first.at("line") == 40);
  CHECK(project.at("indicators").at(1).at("weight").is_null());  // not stated
  CHECK(project.at("indicators").at(1).at("direction") == "none");
  CHECK(project.at("indicators").at(2).at("weight") == "12.50");  // as written
  const json::object& target = first.at("target").as_object();
  CHECK(target.at("raw") == "≥30 次");
  CHECK(target.at("kind") == "comparison");
  CHECK(target.at("comparator") == "ge");
  CHECK(target.at("value") == json::parse(R"({"value":"30","unit":"次"})"));
  const json::object& cost = project.at("indicators").at(2).at("target").as_object();
  CHECK(cost.at("value").at("value") == "10606.7522");
  CHECK(cost.at("value").at("unit") == "万元");
}

TEST_CASE("a target is one object with every member of every kind: its own kind's filled, the others at their default") {
  Target range("90%-95.50%", Range{quantity("90", "%"), quantity("95.50", "%")});
  CHECK(json::serialize(json::value_from(range)) ==
        R"({"raw":"90%-95.50%","kind":"range","comparator":"eq","comparator_written":false,)"
        R"("value":{"value":"90","unit":"%"},"upper":{"value":"95.50","unit":"%"},)"
        R"("start":{"year":0,"month":0,"day":0},"end":{"year":0,"month":0,"day":0},"year_from_context":false,)"
        R"("direction":"none","text":"","reason":""})");
  CHECK(json::value_to<Target>(json::value_from(range)) == range);
  Target deadline("12月15日前", Deadline{Date{2025, 12, 15}});
  deadline.year_from_context = true;
  const json::value written = json::value_from(deadline);
  CHECK(written.at("end") == json::parse(R"({"year":2025,"month":12,"day":15})"));
  CHECK(written.at("start") == json::parse(R"({"year":0,"month":0,"day":0})"));
  CHECK(json::value_to<Target>(written) == deadline);

  // The members of another kind carry no meaning (the schema always said so): read, checked for
  // their type, not kept.
  const Target read = json::value_to<Target>(json::parse(
      R"({"raw":"≥30次","kind":"comparison","comparator":"ge","comparator_written":true,)"
      R"("value":{"value":"30","unit":"次"},"upper":{"value":"5","unit":"%"},"text":"提升","reason":"x",)"
      R"("end":{"year":2025,"month":1,"day":0},"direction":"forward"})"));
  Target expected("≥30次", Comparison{{Comparator::ge, true, quantity("30", "次")}});
  expected.direction = Direction::forward;
  CHECK(read == expected);
  CHECK_THROWS_WITH_AS(json::value_to<Target>(json::parse(R"({"kind":"comparison","text":5})")),
                       "text: expected a string, found a number", Error);
  // Left out, a target is unparsed with no reason, as before.
  CHECK(json::value_to<Target>(json::parse(R"({"raw":"x"})")) == Target("x", Unparsed{}));
}

TEST_CASE("pretty JSON is indented, one member a line, with non-ASCII text unescaped") {
  Document d;
  d.department = "科协";
  d.year = 2025;
  const std::string pretty = to_json(d, {.pretty = true});
  CHECK(pretty.starts_with("{\n  \"format\": \"jixiao.document\",\n  \"version\": 1,\n  \"department\": \"科协\",\n"));
  CHECK(pretty.find("\"units\": []") != std::string::npos);
  CHECK(pretty.find("\"goals\": {\n    \"overall\": \"\",") != std::string::npos);
  CHECK(pretty.ends_with("\n}"));
  CHECK(to_json(d).find('\n') == std::string::npos);
}

TEST_CASE("a read result keeps its diagnostics and source encoding") {
  ReadResult result;
  result.document = synthetic_document();
  result.encoding = Encoding::gb18030;
  result.diagnostics = {{0, 0, Severity::info, DiagnosticCode::year_unknown, "年度未知"},
                        {12, 5, Severity::error, DiagnosticCode::cell_unplaced, "单元格“x”无法归位"}};
  const std::string text = to_json(result, {.pretty = true});
  const ReadResult back = read_result_from_json(text);
  CHECK(back.document == result.document);
  CHECK(back.diagnostics == result.diagnostics);
  CHECK(back.encoding == Encoding::gb18030);
  CHECK(to_json(back, {.pretty = true}) == text);
  const json::object top = parsed_object(text);
  CHECK(top.at("diagnostics").at(1).at("severity") == "error");
  CHECK(top.at("source_encoding") == "gb18030");
  // The plain document reader accepts the same text and drops the read-result members.
  CHECK(document_from_json(text) == result.document);
  CHECK(read_result_from_json(to_json(result.document)).encoding == Encoding::utf8);
}

TEST_CASE("members left out take their defaults") {
  const Document d = document_from_json(R"({"department":"科协","projects":[{"name":"p","budget":{"total":"1.50"}}]})");
  CHECK(d.department == "科协");
  CHECK(d.year == 0);
  REQUIRE(d.projects.size() == 1);
  CHECK(d.projects[0].name == "p");
  CHECK(d.projects[0].budget.total->wan().to_string() == "1.50");
  CHECK_FALSE(d.projects[0].budget.fiscal.has_value());
  CHECK(d.projects[0].indicators.empty());
  CHECK(document_from_json("{}") == Document{});
  CHECK(document_from_json("\xEF\xBB\xBF{}") == Document{});  // a UTF-8 BOM is skipped

  // Written before projects had medium_term_goals and milestones amounts.
  const Document older = document_from_json(
      R"({"projects":[{"goals":["g"],"spending_plan":[{"milestone":"12月底","month":12,"percent":"100","line":7}]}]})");
  REQUIRE(older.projects.size() == 1);
  CHECK(older.projects[0].medium_term_goals.empty());
  REQUIRE(older.projects[0].spending_plan.milestones.size() == 1);
  CHECK(older.projects[0].spending_plan.milestones[0].percent == Decimal(100));
  CHECK_FALSE(older.projects[0].spending_plan.milestones[0].amount.has_value());
}

TEST_CASE("JSON written before indicators had weight and direction reads with neither stated") {
  Document original = synthetic_document();
  for (Project& p : original.projects)
    for (Indicator& i : p.indicators) {
      i.weight.reset();
      i.direction = Direction::none;
    }
  json::object top = parsed_object(to_json(original));
  std::size_t removed = 0, indicators = 0;
  for (const Project& p : original.projects) indicators += p.indicators.size();
  for (json::value& project : top.at("projects").as_array())
    for (json::value& indicator : project.at("indicators").as_array())
      removed += indicator.as_object().erase("weight") + indicator.as_object().erase("direction");
  REQUIRE(removed == 2 * indicators);
  const std::string old_json = json::serialize(top);
  CHECK(document_from_json(old_json) == original);
  // An indicator exactly as version 1 wrote it before the new members.
  const Document d = document_from_json(
      R"({"projects":[{"indicators":[{"level1":"产出指标","level1_text":"产出指标","level2":"数量指标",)"
      R"("level2_text":"数量指标","name":"活动次数","description":"","target":{"raw":"≥30 次"},"basis":"","line":7}]}]})");
  const Indicator& i = d.projects.at(0).indicators.at(0);
  CHECK(i.name == "活动次数");
  CHECK_FALSE(i.weight);
  CHECK(i.direction == Direction::none);
}

TEST_CASE("self-evaluations, form fields and department tables round-trip; JSON written before them reads") {
  Document original = synthetic_document();
  Project& project = original.projects.at(0);
  project.fields = {FormField{"项目负责人", "张三", 8, 2}};
  project.level1_points = {Level1Points{Level1::产出指标, "产出指标", Decimal::parse("50"), Decimal::parse("50"), 40}};
  project.medium_term_indicators = {project.indicators.at(0)};
  SelfEvaluation reported;
  reported.funds = {FundsRow{"年度资金总额", Money::parse("15.75"), Money::parse("15.750"), Money::parse("14.2"),
                             Decimal::parse("10"), Decimal::parse("90.16"), Decimal::parse("9.02"), 9}};
  reported.achieved = {"全年开展活动 32 次"};
  IndicatorResult result;
  result.actual = parse_target("32次");
  result.score = Decimal::parse("20.00");
  result.reason = "";
  reported.indicators = {result};
  reported.total = Decimal::parse("92.5");
  reported.total_weight = Decimal::parse("100");
  reported.grade = "优";
  reported.line = 30;
  project.self_evaluation = reported;
  DepartmentTable table;
  table.common.title = "部门整体支出绩效目标表";
  table.common.indicators = {project.indicators.at(0)};
  table.basic = Money::parse("110.61");
  table.income = {BudgetShare{"财政拨款", Money::parse("171.41"), Decimal::parse("100"), 12}};
  table.duties = {DutyTarget{"科普宣传", "开展科普活动", "科普经费", Money::parse("49.8"), 20}};
  original.goals.tables = {table};

  const std::string text = to_json(original);
  const Document back = document_from_json(text);
  CHECK(back == original);
  CHECK(back.projects.at(0).self_evaluation->funds.at(0).full_year_budget->wan().to_string() == "15.750");
  CHECK(to_json(back) == text);

  // A document written before these members: none of them stated.
  json::object top = parsed_object(text);
  top.at("goals").as_object().erase("tables");
  for (json::value& p : top.at("projects").as_array()) {
    json::object& o = p.as_object();
    for (const char* member : {"medium_term_indicators", "level1_points", "fields", "self_evaluation"}) o.erase(member);
    for (json::value& i : o.at("indicators").as_array()) i.as_object().erase("notes");
  }
  const Document older = document_from_json(json::serialize(top));
  CHECK(older.goals.tables.empty());
  CHECK(older.projects.at(0).fields.empty());
  CHECK(older.projects.at(0).level1_points.empty());
  CHECK(older.projects.at(0).medium_term_indicators.empty());
  CHECK_FALSE(older.projects.at(0).self_evaluation.has_value());
  CHECK(older.projects.at(0).indicators.at(0).name == original.projects.at(0).indicators.at(0).name);
}

TEST_CASE("malformed JSON is a ParseError with the line and column") {
  auto position = [](std::string_view text) {
    try {
      document_from_json(text);
    } catch (const ParseError& e) {
      return std::pair{e.line, e.column};
    }
    return std::pair<std::size_t, std::size_t>{0, 0};
  };
  CHECK(position("{\n  \"department\": \"科协\",\n  \"year\": 20x5\n}") == std::pair<std::size_t, std::size_t>{3, 13});
  // Columns count code points: 科 and 协 are one column each.
  CHECK(position(R"({"department": "科协", x})") == std::pair<std::size_t, std::size_t>{1, 22});
  CHECK(position("{\"units\": [\n") == std::pair<std::size_t, std::size_t>{2, 1});  // ends too early
  CHECK(position("") == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(position("{} {}") == std::pair<std::size_t, std::size_t>{1, 4});
  CHECK(position("{\"department\": \"\xFF\"}").first == 1);  // not UTF-8
  const std::string message = error_of([] { document_from_json("{\n,"); });
  CHECK(message.starts_with("ParseError: malformed JSON at line 2, column 1: "));
}

TEST_CASE("a value of the wrong shape is an Error naming its member path") {
  auto error = [](std::string_view text) { return error_of([&] { document_from_json(text); }); };
  CHECK(error(R"({"projects":[{},{"budget":{"total":15.75}}]})") ==
        "projects[1].budget.total: expected a decimal string, found a number");
  CHECK(error(R"({"projects":[{"budget":{"fiscal":"15.7.5"}}]})").starts_with(
      "projects[0].budget.fiscal: expected a decimal string, found \"15.7.5\""));
  CHECK(error(R"({"year":"2025"})") == "year: expected an integer, found a string");
  CHECK(error(R"({"year":2025.0})") == "year: expected an integer, found a number");
  CHECK(error(R"({"year":99999999999})") == "year: 99999999999 is out of range");
  CHECK(error(R"({"contents":[{"line":-1}]})") == "contents[0].line: -1 is out of range");
  CHECK(error(R"({"units":{}})") == "units: expected an array, found an object");
  CHECK(error(R"({"goals":{"items":[{"title":1}]}})") == "goals.items[0].title: expected a string, found a number");
  CHECK(error(R"({"projects":[{"redacted":"no"}]})") == "projects[0].redacted: expected true or false, found a string");
  CHECK(error(R"({"projects":[{"indicators":[{"level1":"产出"}]}]})") ==
        "projects[0].indicators[0].level1: expected one of 产出指标, 效益指标, 满意度指标, 成本指标, 其他, found \"产出\"");
  CHECK(error(R"({"projects":[{"indicators":[{"target":{"kind":null}}]}]})").starts_with(
      "projects[0].indicators[0].target.kind: expected one of comparison, range,"));
  CHECK(error(R"({"projects":[{"indicators":[{"target":{"value":{"unit":5}}}]}]})") ==
        "projects[0].indicators[0].target.value.unit: expected a unit symbol string, found a number");
  CHECK(error(R"({"projects":[{"spending_plan":[{"milestone":"3月底","percent":25}]}]})") ==
        "projects[0].spending_plan[0].percent: expected a decimal string, found a number");
  CHECK(error(R"({"projects":[{"spending_plan":{"milestones":[]}}]})") ==
        "projects[0].spending_plan: expected an array, found an object");
  CHECK(error(R"({"projects":[{"spending_plan":[{"label":"3月底"}]}]})") ==
        "projects[0].spending_plan[0].label: not a member of the schema");
  CHECK(error(R"({"projects":[{"budgett":{}}]})") == "projects[0].budgett: not a member of the schema");
  CHECK(error(R"({"diagnostics":[{"severity":"fatal"}]})") ==
        "diagnostics[0].severity: expected one of info, warning, error, found \"fatal\"");
  CHECK(error("[]") == "expected an object at the top level, found an array");
  CHECK(error(R"({"format":"other"})") == R"(format: expected "jixiao.document", found "other")");
  CHECK(error(R"({"version":2})") == "version: 2 is newer than this jixiao reads (1); update jixiao");
  CHECK(error(R"({"version":0})") == "version: expected 1, found 0");
  CHECK(error(R"({"format":"jixiao.document","version":1})") == "no error");
}

TEST_CASE("the value conversions work on their own through boost::json") {
  CHECK(json::value_from(15.750_dec) == "15.750");
  CHECK(json::value_to<Decimal>(json::value("-0.50")).to_string() == "-0.50");
  CHECK_THROWS_AS(json::value_to<Decimal>(json::value(1.5)), Error);
  CHECK(json::value_from(Money(17.5_dec)) == "17.5");
  CHECK(json::value_to<Money>(json::value("10606.7522")) == Money(10606.7522_dec));
  CHECK(json::value_from(lookup_unit("万人")) == "万人");
  CHECK(json::value_to<Unit>(json::value("万人")) == lookup_unit("万人"));

  SpendingPlan plan;
  plan.milestones = {{"3月底", 3, 25_dec, 7, Money(2.50_dec)}, {"12月底", 12, {}, 7, std::nullopt}};
  const json::value v = json::value_from(plan);
  CHECK(v == json::parse(R"([{"milestone":"3月底","month":3,"percent":"25","line":7,"amount":"2.50"},
                             {"milestone":"12月底","month":12,"percent":null,"line":7,"amount":null}])"));
  CHECK(json::value_to<SpendingPlan>(v) == plan);
  CHECK(json::value_to<Milestone>(v.at(0)) == plan.milestones[0]);
  CHECK(error_of([] { json::value_to<SpendingPlan>(json::parse(R"([{"month":"3"}])")); }) ==
        "[0].month: expected an integer, found a string");
}

TEST_CASE("results are written with the names they refer to, in the members they always had") {
  const std::filesystem::path data = JIXIAO_SOURCE_DIR "/examples/data";
  const Document d = read_document(data / "zjk-kexie-2025-targets.txt").document;
  const Actuals actuals = read_actuals(data / "zjk-kexie-2025-actuals.csv");
  const auto keys = [](const json::value& v) {
    std::vector<std::string> out;
    for (const auto& member : v.as_object()) out.emplace_back(member.key());
    return out;
  };

  const std::vector<Finding> findings = review(d);
  const auto named = std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.indicator; });
  REQUIRE(named != findings.end());
  const json::value written = json_of(findings, d).as_array().at(static_cast<std::size_t>(named - findings.begin()));
  CHECK(keys(written) == std::vector<std::string>{"rule", "severity", "project", "project_code", "project_name",
                                                  "indicator", "indicator_name", "line", "message", "suggestion",
                                                  "department_table"});
  const Project& project = d.projects.at(*named->project);
  CHECK(written.at("project_code").as_string() == std::string_view(project.code));
  CHECK(written.at("indicator_name").as_string() == std::string_view(project.indicators.at(*named->indicator).name));

  const Evaluation evaluation = evaluate(d, actuals);
  REQUIRE_FALSE(evaluation.projects.empty());
  const json::value scored = json_of(evaluation, d).at("projects").at(0);
  CHECK(keys(scored) == std::vector<std::string>{"project", "code", "name", "indicators", "budget", "total", "grade",
                                                 "reported_total", "difference"});
  const Indicator& first = d.projects.at(evaluation.projects[0].project).indicators.at(0);
  CHECK(scored.at("indicators").at(0).at("name").as_string() == std::string_view(first.name));
  CHECK(scored.at("indicators").at(0).at("target").as_string() == to_string(first.target));

  const MonitorReport report = monitor(d, actuals, parse_iso_date("2025-06-30"));
  const json::value monitored = json_of(report, d);
  CHECK(keys(monitored.at("projects").at(0)).at(1) == "code");
  CHECK(keys(monitored.at("projects").at(0).at("indicators").at(0)) ==
        std::vector<std::string>{"indicator", "name", "target", "actual", "prorated_target", "ratio", "colour", "note",
                                 "expected", "likelihood", "cause", "reason"});
  if (!report.explanations.empty())
    CHECK(monitored.at("explanations").at(0).at("subject").as_string() == subject_of(d, report.explanations[0]));

  // Paired with another document, the writers refuse rather than read out of bounds.
  const Document other;
  CHECK_THROWS_AS(json_of(findings, other), Error);
  CHECK_THROWS_AS(json_of(evaluation, other), Error);
  CHECK_THROWS_AS(json_of(report, other), Error);
}
