// The family of forms (issue 18): each layout of tests/data/layouts read completely — every
// indicator, target, weight, actual and score the form has — as TAB text and as xlsx, docx and
// HTML (make_layouts.py writes them from one source), with only the diagnostics it should give.

#include "placeless.hpp"

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace jixiao;

namespace {

std::filesystem::path layout(std::string_view name) {
  return std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/layouts" / std::string(name);
}

std::vector<std::pair<DiagnosticCode, Severity>> codes(const ReadResult& result) {
  std::vector<std::pair<DiagnosticCode, Severity>> out;
  for (const Diagnostic& d : result.diagnostics) out.emplace_back(d.code, d.severity);
  return out;
}

// The layout as text, checked against the same layout in every other format.
ReadResult read_everywhere(std::string_view name) {
  const ReadResult text = read_document(layout(std::string(name) + ".txt"));
  for (std::string_view format : {".xlsx", ".docx", ".html"}) {
    CAPTURE(format);
    const ReadResult other = read_document(layout(std::string(name) + std::string(format)));
    CHECK(placeless(other.document) == placeless(text.document));
    CHECK(codes(other) == codes(text));
  }
  return text;
}

Decimal dec(std::string_view text) { return Decimal::parse(text); }
Money wan(std::string_view text) { return Money::parse(text); }

std::vector<Text> names(const std::vector<Indicator>& indicators) {
  std::vector<Text> out;
  for (const Indicator& i : indicators) out.push_back(i.name);
  return out;
}

std::vector<Text> targets(const std::vector<Indicator>& indicators) {
  std::vector<Text> out;
  for (const Indicator& i : indicators) out.push_back(i.target.raw);
  return out;
}

std::vector<std::optional<Decimal>> weights(const std::vector<Indicator>& indicators) {
  std::vector<std::optional<Decimal>> out;
  for (const Indicator& i : indicators) out.push_back(i.weight);
  return out;
}

std::vector<std::pair<std::string, std::string>> fields(const Project& project) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const FormField& f : project.fields) out.emplace_back(f.label, f.value);
  return out;
}

using Codes = std::vector<std::pair<DiagnosticCode, Severity>>;

}  // namespace

TEST_CASE("the central 10号 项目支出绩效自评表: funds, achieved goals, targets with actuals, weights and scores") {
  const ReadResult result = read_everywhere("central-self-evaluation");
  CHECK(result.diagnostics.empty());
  const Document& d = result.document;
  CHECK(d.department == "张家口市科学技术协会");
  CHECK(d.year == 2024);
  REQUIRE(d.projects.size() == 2);

  const Project& p = d.projects[0];
  CHECK(p.title == "项目支出绩效自评表");
  CHECK(p.name == "2024 科普经费");
  CHECK(p.unit_name == "张家口市科学技术协会本级");
  CHECK(p.budget.total == wan("40.48"));  // the 全年预算数 the funds score divides by
  CHECK(p.goals == std::vector<Text>{"通过开展全国科技工作者日活动，宣传优秀科技工作者的先进事迹。",
                                            "全年开展科普活动不少于 130 次，提升公民科学素质。"});
  CHECK(names(p.indicators) == std::vector<Text>{"科普活动次数", "科技工作者日活动次数", "活动参与率",
                                                        "活动完成时间", "预算总成本", "公民科学素质",
                                                        "科普工作长效机制", "参与群众满意度"});
  CHECK(targets(p.indicators) == std::vector<Text>{"≥130次", "≥1次", "≥90%", "2024年12月底前", "≤40.48万元",
                                                          "进一步提升", "逐步完善", "≥95%"});
  CHECK(weights(p.indicators) == std::vector<std::optional<Decimal>>{dec("15"), dec("10"), dec("10"), dec("5"),
                                                                     dec("10"), dec("20"), dec("10"), dec("10")});
  CHECK(p.indicators[0].level1 == Level1::产出指标);
  CHECK(p.indicators[0].level1_text == "产出指标");  // the points are not part of the name
  CHECK(p.indicators[5].level1 == Level1::效益指标);
  CHECK(p.level1_points.size() == 3);
  CHECK(p.level1_points[0].level1 == Level1::产出指标);
  CHECK(p.level1_points[0].low == dec("50"));
  CHECK(p.level1_points[0].high == dec("50"));
  CHECK(p.level1_points[2].level1 == Level1::满意度指标);

  REQUIRE(p.self_evaluation);
  const SelfEvaluation& s = *p.self_evaluation;
  REQUIRE(s.funds.size() == 4);
  CHECK(s.funds[0] == FundsRow{"年度资金总额", wan("40.48"), wan("40.48"), wan("38.62"), dec("10"), dec("95.41"),
                               dec("9.54"), 6});
  CHECK(s.funds[1].source == "其中：当年财政拨款");
  CHECK_FALSE(s.funds[1].weight);  // `—`: not applicable
  CHECK(s.funds[1].rate == dec("95.41"));
  CHECK(s.funds[3].source == "其他资金");
  CHECK(s.funds[3].executed == wan("0"));
  CHECK(s.funds_total() == &s.funds[0]);
  CHECK(s.achieved == std::vector<Text>{"开展全国科技工作者日活动 1 次，宣传优秀科技工作者 20 名。",
                                               "全年开展科普活动 126 次，4 次因天气原因延至次年。"});
  REQUIRE(s.indicators.size() == p.indicators.size());
  for (std::size_t i = 0; i < s.indicators.size(); ++i) CHECK(s.indicators[i].indicator == i);
  CHECK(s.indicators[0].actual.raw == "126次");
  CHECK(s.indicators[0].score == dec("14.54"));
  CHECK(s.indicators[0].reason == "受天气影响 4 次户外活动延至次年，下年提前安排室内备选场地。");
  CHECK(s.indicators[3].actual.kind() == TargetKind::deadline);
  CHECK(s.indicators[5].actual.raw == "达成预期指标");
  CHECK(s.indicators[5].score == dec("18"));
  CHECK(s.indicators[1].reason.empty());
  CHECK(s.total == dec("97.08"));
  CHECK(s.total_weight == dec("100"));
  CHECK(s.grade.empty());
  CHECK(s.line == 21);

  const Project& q = d.projects[1];
  CHECK(q.name == "2024 开展科技工作者助力乡村振兴经费");
  CHECK(q.budget.total == wan("17.5"));
  REQUIRE(q.self_evaluation);
  CHECK(q.self_evaluation->funds[0].initial_budget == wan("15.75"));
  CHECK(q.self_evaluation->funds[2].source == "上年结转资金");
  CHECK(q.self_evaluation->funds[2].full_year_budget == wan("1.75"));
  CHECK(q.self_evaluation->funds[3] == FundsRow{"其他资金", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                                                std::nullopt, std::nullopt, 31});
  CHECK(q.self_evaluation->indicators.at(6).actual.raw == "达成预期指标");
  CHECK(q.self_evaluation->total == dec("100"));
  CHECK(q.self_evaluation->grade == "优");
}

TEST_CASE("Sichuan's form: 指标性质, 指标值 and 度量单位 in columns of their own, 权重 and 指标方向性, head fields") {
  const ReadResult result = read_everywhere("sichuan-targets");
  CHECK(result.diagnostics.empty());
  const Document& d = result.document;
  CHECK(d.department == "某某市科学技术协会");
  CHECK(d.year == 2025);
  REQUIRE(d.projects.size() == 1);
  const Project& p = d.projects[0];
  CHECK(p.code == "51010025R000000012345");
  CHECK(p.name == "科普宣传教育经费");
  CHECK(p.unit_name == "某某市科技馆");
  CHECK(p.budget == Budget{wan("85.00"), wan("80.00"), wan("5.00")});
  CHECK(fields(p) == std::vector<std::pair<std::string, std::string>>{
                         {"项目属性", "延续项目"}, {"项目期", "1年"}, {"项目负责人", "王明"}, {"联系电话", "028-86000000"}});
  CHECK(p.fields[0].line == 5);
  CHECK(p.fields[0].column == 6);
  CHECK(p.goals.size() == 3);
  CHECK(targets(p.indicators) == std::vector<Text>{"≥12期", "≥40场", "≥98%", "=100%", "≤0.6万元", "≥20万人次",
                                                          "明显提高", "≥90%"});
  CHECK(weights(p.indicators) == std::vector<std::optional<Decimal>>{dec("15"), dec("15"), dec("10"), dec("10"),
                                                                     dec("10"), dec("20"), dec("10"), dec("10")});
  CHECK(p.indicators[1].level2 == Level2::数量指标);  // merged cells carry down
  CHECK(p.indicators[4].level1 == Level1::成本指标);  // the 101号 tree
  CHECK(p.indicators[4].direction == Direction::reverse);
  CHECK(p.indicators[6].target.kind() == TargetKind::qualitative);
  CHECK(p.indicators[6].direction == Direction::none);
  CHECK_FALSE(p.self_evaluation);
}

TEST_CASE("分值 before 指标值, 评（扣）分标准 and 备注 as notes, 一级 points") {
  const ReadResult result = read_everywhere("weight-before-target");
  // This county's form has no 项目编码: said, as information.
  CHECK(codes(result) == Codes{{DiagnosticCode::table_incomplete, Severity::info}});
  const Project& p = result.document.projects.at(0);
  CHECK(result.document.department == "某某区科学技术协会");
  CHECK(p.title == "某某区2025年预算项目绩效目标表");
  CHECK(targets(p.indicators) == std::vector<Text>{"≥300人", "≥20件", "2025年10月底前", "有效提升", "≥90%"});
  CHECK(weights(p.indicators) ==
        std::vector<std::optional<Decimal>>{dec("20"), dec("15"), dec("15"), dec("30"), dec("10")});
  CHECK(p.indicators[0].notes == "评（扣）分标准：每少 10 人扣 1 分；备注：以报名表为准");
  CHECK(p.indicators[2].notes == "评（扣）分标准：未按期完成不得分");
  REQUIRE(p.level1_points.size() == 3);
  CHECK(p.level1_points[1].text == "效益指标");
  CHECK(p.level1_points[1].low == dec("30"));
}

TEST_CASE("a 101号 审批表: score bands, 成本指标 as a 一级, 指标N： prefixes, placeholder rows and / cells") {
  const ReadResult result = read_everywhere("guideline-101-approval");
  CHECK(codes(result) == Codes{{DiagnosticCode::table_incomplete, Severity::info},
                               {DiagnosticCode::indicator_placeholder, Severity::info},
                               {DiagnosticCode::indicator_placeholder, Severity::info},
                               {DiagnosticCode::indicator_placeholder, Severity::info},
                               {DiagnosticCode::indicator_placeholder, Severity::info}});
  std::vector<std::size_t> placeholder_lines;
  for (const Diagnostic& diagnostic : result.diagnostics)
    if (diagnostic.code == DiagnosticCode::indicator_placeholder) placeholder_lines.push_back(diagnostic.line);
  CHECK(placeholder_lines == std::vector<std::size_t>{12, 15, 17, 18});
  const Project& p = result.document.projects.at(0);
  CHECK(p.name == "基层科普骨干培训");
  CHECK(p.budget == Budget{wan("1200.00"), wan("1200.00"), wan("0")});
  CHECK(names(p.indicators) == std::vector<Text>{"培训人次", "培训合格率", "培训完成时间", "人均培训成本",
                                                        "基层科普服务能力", "培训成果应用年限", "参训学员满意度"});
  CHECK(p.indicators[3].level1 == Level1::成本指标);
  CHECK(p.indicators[3].level2 == Level2::经济成本指标);
  CHECK(p.indicators[4].level1 == Level1::效益指标);
  REQUIRE(p.level1_points.size() == 4);
  CHECK(p.level1_points[0].low == dec("30"));
  CHECK(p.level1_points[0].high == dec("50"));
  CHECK(p.level1_points[1].level1 == Level1::成本指标);  // `成本指标（0-20）分`
  CHECK(p.level1_points[1].low == dec("0"));
  CHECK(p.level1_points[1].high == dec("20"));
  CHECK(p.level1_points[3].high == dec("10"));
}

TEST_CASE("长期 and 年度 indicator blocks, and 中期/年度 paired columns, as two sets") {
  const ReadResult result = read_everywhere("long-term-targets");
  CHECK(codes(result) == Codes{{DiagnosticCode::table_incomplete, Severity::info}, {DiagnosticCode::table_incomplete, Severity::info}});
  REQUIRE(result.document.projects.size() == 2);
  const Project& blocks = result.document.projects[0];
  CHECK(blocks.medium_term_goals == std::vector<Text>{"2025-2027 年建成农村科普示范基地 6 个，覆盖全县 12 个乡镇。"});
  CHECK(blocks.goals == std::vector<Text>{"2025 年建成农村科普示范基地 2 个，开展科普培训 20 场。"});
  CHECK(names(blocks.medium_term_indicators) ==
        std::vector<Text>{"建成科普示范基地数", "覆盖乡镇数", "农民科学素质"});
  CHECK(targets(blocks.medium_term_indicators) == std::vector<Text>{"≥6个", "≥12个", "显著提升"});
  CHECK(names(blocks.indicators) == std::vector<Text>{"建成科普示范基地数", "开展科普培训场次",
                                                             "单个基地建设成本", "参训农民人次", "参训农民满意度"});
  CHECK(targets(blocks.indicators) == std::vector<Text>{"≥2个", "≥20场", "≤25万元", "≥1000人次", "≥90%"});
  CHECK(blocks.indicators[2].level2 == Level2::成本指标);
  CHECK(blocks.indicators[4].level1 == Level1::满意度指标);  // 服务对象满意度指标 written as the 一级
  CHECK(blocks.budget == Budget{wan("60.00"), wan("50.00"), std::nullopt});
  CHECK(fields(blocks) == std::vector<std::pair<std::string, std::string>>{{"项目属性", "新增项目"},
                                                                           {"主管部门编码", "516001"},
                                                                           {"项目负责人", "刘洋"},
                                                                           {"联系电话", "0838-6200000"},
                                                                           {"项目起止时间", "2025年1月-2027年12月"},
                                                                           {"自有资金", "10.00"}});

  const Project& paired = result.document.projects[1];
  CHECK(names(paired.indicators) ==
        std::vector<Text>{"新建科技社团数", "科技社团覆盖率", "科技教师培训人次", "学生科技创新能力"});
  CHECK(targets(paired.indicators) == std::vector<Text>{"≥15个", "≥40%", "≥60人次", "有所提升"});
  // A row without a 中期指标值 has no indicator of the period.
  CHECK(names(paired.medium_term_indicators) ==
        std::vector<Text>{"新建科技社团数", "科技社团覆盖率", "学生科技创新能力"});
  CHECK(targets(paired.medium_term_indicators) == std::vector<Text>{"≥45个", "≥80%", "显著提升"});
  CHECK(paired.medium_term_indicators[0].line == paired.indicators[0].line);
}

TEST_CASE("a 部门整体支出绩效目标表: the department's money and shares, 年度履职目标, its indicators") {
  const ReadResult result = read_everywhere("department-whole");
  CHECK(result.diagnostics.empty());
  const Document& d = result.document;
  CHECK(d.department == "张家口市科学技术协会");
  CHECK(d.year == 2025);
  CHECK(d.projects.empty());
  CHECK(d.units.empty());
  REQUIRE(d.goals.tables.size() == 1);
  const DepartmentTable& t = d.goals.tables[0];
  CHECK(t.common.title == "部门整体支出绩效目标表");
  CHECK(t.common.unit_code == "731001");
  CHECK(t.common.unit_name == "张家口市科学技术协会");
  CHECK(t.common.budget == Budget{wan("1088.70"), wan("1050.60"), wan("38.10")});
  CHECK(t.basic == wan("592.10"));
  CHECK(t.projects == wan("496.60"));
  REQUIRE(t.income.size() == 3);
  CHECK(t.income[0] == BudgetShare{"财政拨款", wan("1050.60"), dec("96.5"), 5});
  CHECK(t.income[2].label == "合计");
  REQUIRE(t.spending.size() == 3);
  CHECK(t.spending[1] == BudgetShare{"项目支出", wan("496.60"), dec("45.6"), 6});
  CHECK(t.common.goals.size() == 3);
  REQUIRE(t.duties.size() == 4);
  CHECK(t.duties[0] == DutyTarget{"科学普及", "开展全国科普日、科技工作者日等活动 130 次以上", "2024 科普经费",
                                  wan("40.48"), 10});
  CHECK(t.duties[1].function == "科学普及");  // a merged 部门职能 carries down
  CHECK(t.duties[3].project == "基本支出");
  CHECK(names(t.common.indicators) == std::vector<Text>{"科普活动次数", "学会年检完成率", "重大活动安全事故",
                                                               "工资发放及时率", "“三公”经费", "公民科学素质",
                                                               "科技工作者满意度"});
  CHECK(t.common.indicators[0].description == "全年组织开展的各类科普活动");
  CHECK(t.common.indicators[1].level1 == Level1::产出指标);
}

TEST_CASE("a county's forms, one table per project: head fields, 资金总额及构成 with 上级 and 本级") {
  const ReadResult result = read_everywhere("county-forms");
  CHECK(codes(result) == Codes{{DiagnosticCode::table_incomplete, Severity::info}, {DiagnosticCode::table_incomplete, Severity::info}});
  const Document& d = result.document;
  CHECK(d.department == "某某县水利局");
  CHECK(d.year == 2025);
  REQUIRE(d.projects.size() == 2);
  const Project& p = d.projects[0];
  CHECK(p.name == "农村饮水安全维修养护");
  CHECK(p.unit_name == "某某县农村供水管理站");
  CHECK(p.budget == Budget{wan("120.00"), wan("110.00"), wan("0")});
  CHECK(fields(p) == std::vector<std::pair<std::string, std::string>>{{"项目审批文号", "某水发〔2024〕18号"},
                                                                      {"项目属性", "经常性项目"},
                                                                      {"项目分类", "其他运转类项目"},
                                                                      {"项目负责人", "李强"},
                                                                      {"建设周期", "2025年1月-2025年12月"},
                                                                      {"其中：上级", "80.00"},
                                                                      {"本级", "30.00"},
                                                                      {"自有资金", "10.00"}});
  CHECK(p.indicators.size() == 6);
  CHECK(p.indicators[0].basis == "年度维修养护计划");
  const Project& q = d.projects[1];
  CHECK(q.name == "基层防汛物资储备");
  CHECK(q.budget.fiscal == wan("45.00"));
  CHECK(targets(q.indicators) ==
        std::vector<Text>{"18个", "100%", "2025年6月1日前", "显著增强", "≥90%"});
  CHECK(d.units == std::vector<BudgetUnit>{{"", "某某县农村供水管理站"}, {"", "某某县防汛抗旱服务中心"}});
}

TEST_CASE("the parts of the fiscal money make its figure when no total of it is stated") {
  const ReadResult result = read_document(std::string_view(
      "项目支出绩效目标表\n（2025年度）\n项目名称\t某某项目\n主管部门\t某某局\t实施单位\t某某中心\n"
      "资金总额及构成（万元）\t资金总额\t100\n\t上级补助\t60\t本级安排\t40\n"
      "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥500人次\n"));
  const Project& p = result.document.projects.at(0);
  CHECK(p.budget == Budget{wan("100"), wan("100"), std::nullopt});
  CHECK(fields(p) == std::vector<std::pair<std::string, std::string>>{{"上级补助", "60"}, {"本级安排", "40"}});
}
