// One small synthetic table per quirk of the format family (docs/format.md): titles, unit and
// money-unit lines, codes, budgets, spending plans, goals and indicator tables.

#include "read_fixtures.hpp"

#include <jixiao/read.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using namespace read_fixtures;

TEST_CASE("a table in the usual layout is read whole and without diagnostics") {
  const ReadResult result = read(table);
  CHECK(result.diagnostics.empty());
  const Document& document = result.document;
  CHECK(document.department == "某某局");
  CHECK(document.year == 2025);
  REQUIRE(document.projects.size() == 1);
  const Project& project = document.projects[0];
  CHECK(project.title == "2025 某某项目绩效目标表");
  CHECK(project.line == 3);
  CHECK(project.unit_code == "101001");
  CHECK(project.unit_name == "某某局本级");
  CHECK(project.code == "13070025P00000110001A");
  CHECK(project.name == "某某项目");
  CHECK(project.budget.total == Money::parse("10.00"));
  CHECK(project.budget.fiscal == Money::parse("8.00"));
  CHECK(project.budget.other == Money::parse("2.00"));
  CHECK(project.use_of_funds == "用于某某工作。");
  CHECK(plan_text(project.spending_plan) == "3月底=25 6月底=50 10月底=75");
  CHECK(project.goals == std::vector<Text>{"完成某某工作", "提升某某水平"});
  REQUIRE(project.indicators.size() == 4);
  const Indicator& first = project.indicators[0];
  CHECK(first.level1 == Level1::产出指标);
  CHECK(first.level2 == Level2::数量指标);
  CHECK(first.name == "活动次数");
  CHECK(first.description == "全年活动次数");
  CHECK(first.target.raw == "≥10 次");
  CHECK(first.target.kind() == TargetKind::comparison);
  CHECK(first.basis == "工作计划");
  CHECK(first.line == 16);
  CHECK(project.indicators[1].level1 == Level1::产出指标);  // merged downwards: empty first cell
  CHECK(project.indicators[3].level2 == Level2::服务对象满意度指标);
  CHECK_FALSE(project.redacted);
}

TEST_CASE("a title wrapped over two lines, plain or inside **…**, is joined") {
  const ReadResult plain = read(replaced(table, "1.2025 某某项目绩效目标表", "1.2025 某某项目专项\n资金绩效目标表"));
  REQUIRE(plain.document.projects.size() == 1);
  CHECK(plain.document.projects[0].title == "2025 某某项目专项资金绩效目标表");
  CHECK(plain.document.projects[0].line == 3);
  CHECK(plain.diagnostics.empty());

  const ReadResult starred =
      read(replaced(table, "1.2025 某某项目绩效目标表", "**1.2025 某某项目专项\n资金绩效目标表**"));
  REQUIRE(starred.document.projects.size() == 1);
  CHECK(starred.document.projects[0].title == "2025 某某项目专项资金绩效目标表");
  CHECK(starred.diagnostics.empty());
}

TEST_CASE("a form's title that states its year is whole on its line: a line above it is named, not joined") {
  // Plain pdftotext leaves a cell's last words (`指标`) above the next form's title.
  const std::string second = replaced(table, "1.2025 某某项目绩效目标表", "某某县2025年项目支出绩效目标表");
  const ReadResult stray = read(std::string(table) + "\n指标\n" + second);
  REQUIRE(stray.document.projects.size() == 2);
  CHECK(stray.document.projects[1].title == "某某县2025年项目支出绩效目标表");
  const Diagnostic* named = find(stray, DiagnosticCode::line_unplaced);
  REQUIRE(named != nullptr);
  CHECK(named->line == 21);  // under read()'s document title

  // Without its year a title's last line may end a wrapped title: joined.
  const ReadResult wrapped =
      read(std::string(table) + "\n" + replaced(table, "1.2025 某某项目绩效目标表", "某某县2025年项目\n支出绩效目标表"));
  REQUIRE(wrapped.document.projects.size() == 2);
  CHECK(wrapped.document.projects[1].title == "某某县2025年项目支出绩效目标表");
  CHECK(find(wrapped, DiagnosticCode::line_unplaced) == nullptr);
}

TEST_CASE("units come from the unit lines, before or after the title") {
  const std::string second =
      replaced(replaced(table, "1.2025 某某项目", "2.2025 另一项目"), "101001 某某局本级", "101002 某某局直属中心");
  const ReadResult result = read(std::string(table) + "\n" + second);
  REQUIRE(result.document.projects.size() == 2);
  CHECK(result.document.units == std::vector<BudgetUnit>{{"101001", "某某局本级"}, {"101002", "某某局直属中心"}});
  CHECK(result.document.projects[1].unit_code == "101002");
  CHECK(result.document.projects[1].unit_name == "某某局直属中心");

  // Unit line first, then the title: the unit still belongs to the table.
  const std::string unit_first = replaced(table, "1.2025 某某项目绩效目标表\n\n101001 某某局本级",
                                          "101001 某某局本级\n\n1.2025 某某项目绩效目标表");
  const ReadResult early = read(unit_first);
  REQUIRE(early.document.projects.size() == 1);
  CHECK(early.document.projects[0].unit_code == "101001");
  CHECK(early.document.projects[0].title == "2025 某某项目绩效目标表");
  CHECK(early.diagnostics.empty());
}

TEST_CASE("单位：万元 and 单位:万元 read alike; 单位：元 converts amounts to 万元") {
  const ReadResult half_width = read(replaced(table, "单位：万元", "单位:万元"));
  CHECK(half_width.diagnostics.empty());
  CHECK(half_width.document == read(table).document);

  const ReadResult yuan =
      read(replaced(replaced(table, "单位：万元", "单位：元"), "|10.00|其中：财政资金|8.00|其他资金|2.00",
                    "|175000|其中：财政资金|175000|其他资金|"));
  REQUIRE(yuan.document.projects.size() == 1);
  CHECK(yuan.document.projects[0].budget.total == Money::parse("17.5"));
  CHECK(yuan.document.projects[0].budget.total->yuan() == Decimal(175000));

  const ReadResult odd = read(replaced(table, "单位：万元", "单位：千元"));
  REQUIRE(find(odd, DiagnosticCode::money_unit));
  CHECK(find(odd, DiagnosticCode::money_unit)->line == 7);
}

TEST_CASE("项目编码 keeps its check character whether or not a blank separates it") {
  CHECK(read(table).document.projects.at(0).code == "13070025P00000110001A");
  const ReadResult joined = read(replaced(table, "13070025P00000110001 A", "13070025P00000110001A"));
  CHECK(joined.document.projects.at(0).code == "13070025P00000110001A");
  const ReadResult digit = read(replaced(table, "13070025P00000110001 A", "13070025P00000110001 7"));
  CHECK(digit.document.projects.at(0).code == "13070025P000001100017");
}

TEST_CASE("an empty budget cell means the figure is not stated, which differs from 0") {
  const ReadResult empty = read(replaced(table, "|其他资金|2.00", "|其他资金|"));
  const Budget& budget = empty.document.projects.at(0).budget;
  CHECK(budget.total == Money::parse("10.00"));
  CHECK_FALSE(budget.other.has_value());
  const ReadResult zero = read(replaced(table, "|其他资金|2.00", "|其他资金|0"));
  CHECK(zero.document.projects.at(0).budget.other == Money());
  const ReadResult written = read(replaced(table, "|预算数|10.00|", "|预算数|10.00万元|"));
  CHECK(written.document.projects.at(0).budget.total == Money::parse("10"));
  const ReadResult bad = read(replaced(table, "|预算数|10.00|", "|预算数|十万|"));
  CHECK_FALSE(bad.document.projects.at(0).budget.total.has_value());
  REQUIRE(find(bad, DiagnosticCode::budget_unreadable));
  CHECK(find(bad, DiagnosticCode::budget_unreadable)->line == 10);
  CHECK(find(bad, DiagnosticCode::budget_unreadable)->column == 15);
}

TEST_CASE("the use-of-funds text may mention 财政资金 without being taken for a label") {
  const ReadResult result = read(replaced(table, "|用于某某工作。|", "|项目预算总额 10 万元，均为财政资金。|"));
  CHECK(result.document.projects.at(0).use_of_funds == "项目预算总额 10 万元，均为财政资金。");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("spending plan values are aligned with their milestones by column position") {
  SUBCASE("leading empty cells: the value sits under its label") {
    const ReadResult result = read(replaced(table, "|25%||50%||75%|", "|||100%|||"));
    CHECK(plan_text(result.document.projects.at(0).spending_plan) == "3月底=- 6月底=100 10月底=-");
    CHECK(result.diagnostics.empty());
  }
  SUBCASE("labels and values in shifted columns") {
    const ReadResult result = read(replaced(replaced(table, "|3月底||6月底||10月底|", "|3月底||6月底|10月底|12月底|"),
                                            "|25%||50%||75%|", "|||60%|90%|100%|"));
    CHECK(plan_text(result.document.projects.at(0).spending_plan) == "3月底=- 6月底=60 10月底=90 12月底=100");
  }
  SUBCASE("a milestone on its own row with its value beside it") {
    const ReadResult result = read(replaced(table, "|25%||50%||75%|", "|25%||50%||75%|\n12月底|100%||||"));
    const SpendingPlan& plan = result.document.projects.at(0).spending_plan;
    CHECK(plan_text(plan) == "3月底=25 6月底=50 10月底=75 12月底=100");
    CHECK(plan.milestones[3].line == 14);
    CHECK(plan.milestones[3].month == 12);
    CHECK(result.diagnostics.empty());
  }
  SUBCASE("a second label row: the newer label takes the column") {
    const ReadResult result = read(replaced(table, "|25%||50%||75%|", "|||||12 月底|\n|||||100%|"));
    CHECK(plan_text(result.document.projects.at(0).spending_plan) == "3月底=- 6月底=- 10月底=- 12月底=100");
    CHECK(result.diagnostics.empty());
  }
  SUBCASE("labels with blanks and full-width signs, a half-width row label") {
    const ReadResult result = read(replaced(
        replaced(table, "资金支出计划（%）|3月底||6月底||10月底|", "资金支出计 划(%)|3 月底||6 月底||10 月底|"),
        "|25%||50%||75%|", "|25％||50 %||75|"));
    CHECK(plan_text(result.document.projects.at(0).spending_plan) == "3月底=25 6月底=50 10月底=75");
    CHECK(result.diagnostics.empty());
  }
  SUBCASE("percentages are kept as written, even impossible ones") {
    const ReadResult result = read(replaced(table, "|25%||50%||75%|", "|2500%||6000%||10000%|"));
    CHECK(plan_text(result.document.projects.at(0).spending_plan) == "3月底=2500 6月底=6000 10月底=10000");
  }
  SUBCASE("a value under no label is named, not guessed") {
    const ReadResult result = read(replaced(table, "|25%||50%||75%|", "|25%|30%|50%||75%|"));
    CHECK(plan_text(result.document.projects.at(0).spending_plan) == "3月底=25 6月底=50 10月底=75");
    const Diagnostic* unplaced = find(result, DiagnosticCode::cell_unplaced);
    REQUIRE(unplaced);
    CHECK(unplaced->line == 13);
    CHECK(unplaced->column == 6);
    CHECK(unplaced->reason.find("30%") != std::string::npos);
  }
}

TEST_CASE("milestone labels other layouts write: quarters, spans from January, 截至") {
  const auto months = [](std::string_view labels) {
    const ReadResult result = read(replaced(table, "|3月底||6月底||10月底|", labels));
    CHECK(!find(result, DiagnosticCode::cell_unplaced));
    std::vector<int> out;
    for (const Milestone& m : result.document.projects.at(0).spending_plan.milestones) out.push_back(m.month);
    return out;
  };
  const std::vector<int> quarters{3, 6, 9};
  CHECK(months("|一季度||二季度||三季度|") == quarters);
  CHECK(months("|第一季度末||上半年||前三季度|") == quarters);
  CHECK(months("|1季度||1-2季度||一至三季度|") == quarters);
  CHECK(months("|截至3月底||截止到6月底||截止9月底|") == quarters);
  CHECK(months("|1-3月||1月-6月||1至9月|") == quarters);
  CHECK(months("|1—3月||1～6月||1到9月|") == quarters);
}

TEST_CASE("a plan written in amounts keeps them and gets its percentages from the budget") {
  const auto plan_of = [](const ReadResult& result) { return result.document.projects.at(0).spending_plan; };
  SUBCASE("资金支出计划（万元）") {
    const ReadResult result = read(replaced(replaced(table, "资金支出计划（%）", "资金支出计划（万元）"),
                                            "|25%||50%||75%|", "|2.5||5||3.333|"));
    const SpendingPlan plan = plan_of(result);
    CHECK(plan_text(plan) == "3月底=25 6月底=50 10月底=33.33");
    REQUIRE(plan.milestones[0].amount);
    CHECK(plan.milestones[0].amount->to_string() == "2.50万元");
    CHECK(plan.milestones[2].amount == Money::parse("3.333"));
    const Diagnostic* note = find(result, DiagnosticCode::plan_in_amounts);
    REQUIRE(note);
    CHECK(note->severity == Severity::info);
    CHECK(note->line == 13);
    CHECK(note->reason.find("10.00") != std::string::npos);
  }
  SUBCASE("资金支出计划（元）, and cells that name their unit in a plan of percentages") {
    CHECK(plan_text(plan_of(read(replaced(replaced(table, "资金支出计划（%）", "资金支出计划（元）"), "|25%||50%||75%|",
                                          "|25000||50000||100000|")))) == "3月底=25 6月底=50 10月底=100");
    CHECK(plan_text(plan_of(read(replaced(table, "|25%||50%||75%|", "|2.5万元||50000元||75%|")))) ==
          "3月底=25 6月底=50 10月底=75");
  }
  SUBCASE("without a 预算数 the amounts stay amounts, with a warning") {
    const ReadResult result = read(replaced(replaced(table, "|10.00|其中：财政资金", "||其中：财政资金"),
                                            "|25%||50%||75%|", "|2.5万元||5万元||7.5万元|"));
    const SpendingPlan plan = plan_of(result);
    CHECK(plan_text(plan) == "3月底=- 6月底=- 10月底=-");
    CHECK(plan.milestones[1].amount == Money::parse("5"));
    const Diagnostic* warning = find(result, DiagnosticCode::plan_in_amounts);
    REQUIRE(warning);
    CHECK(warning->severity == Severity::warning);
  }
  SUBCASE("an amount too large to be a percentage of the budget: a warning; percentages as written stay") {
    const ReadResult result = read(replaced(replaced(table, "|10.00|其中：财政资金", "|0.0001|其中：财政资金"),
                                            "|25%||50%||75%|", "|25%||99999999999999999999999999999999万元||75%|"));
    const SpendingPlan plan = plan_of(result);
    CHECK(plan_text(plan) == "3月底=25 6月底=- 10月底=75");
    CHECK(plan.milestones[1].amount);
    const Diagnostic* warning = find(result, DiagnosticCode::plan_in_amounts);
    REQUIRE(warning);
    CHECK(warning->severity == Severity::warning);
  }
}

TEST_CASE("绩效目标 as <p> items, numbered text, or a single sentence") {
  const auto goals = [](std::string_view cell) {
    return read(replaced(table, "1.完成某某工作 2.提升某某水平", cell)).document.projects.at(0).goals;
  };
  CHECK(goals("<p>1.完成某某工作。</p> <p>2.提升某某水平。</p>") ==
        std::vector<Text>{"完成某某工作。", "提升某某水平。"});
  CHECK(goals("<P class=\"x\">1. 完成&nbsp;工作</P><p>2.提升</p>") == std::vector<Text>{"完成工作", "提升"});
  CHECK(goals("1.2025 年接待观众 3 万人次 2.2025 年开放 250 天") ==
        std::vector<Text>{"2025 年接待观众 3 万人次", "2025 年开放 250 天"});
  CHECK(goals("1、完成工作；2、提升水平") == std::vector<Text>{"完成工作；", "提升水平"});
  CHECK(goals("（1）完成工作（2）提升水平") == std::vector<Text>{"完成工作", "提升水平"});
  CHECK(goals("依据办法 2016.2.29 保障展厅运行") == std::vector<Text>{"依据办法 2016.2.29 保障展厅运行"});
  CHECK(goals("1.提升比例至2.5%以上") == std::vector<Text>{"提升比例至2.5%以上"});
}

TEST_CASE("绩效目标 numbered （一）, 一、, 目标1：, 目标一： or ①") {
  const auto goals = [](std::string_view cell) {
    return read(replaced(table, "1.完成某某工作 2.提升某某水平", cell)).document.projects.at(0).goals;
  };
  const std::vector<Text> two{"完成工作；", "提升水平。"};
  CHECK(goals("（一）完成工作；（二）提升水平。") == two);
  CHECK(goals("(一)完成工作；(二)提升水平。") == two);
  CHECK(goals("一、完成工作； 二、提升水平。") == two);
  CHECK(goals("目标1：完成工作；目标2：提升水平。") == two);
  CHECK(goals("目标一：完成工作；目标二、提升水平。") == two);
  CHECK(goals("①完成工作；②提升水平。") == two);
  // Eleven items: 十一 follows 十.
  std::string eleven;
  for (std::string_view n : {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"})
    eleven += "（" + std::string(n) + "）工作" + std::string(n) + "；";
  CHECK(goals(eleven).size() == 11);
  CHECK(goals(eleven).back() == "工作十一；");
  // 一、 inside a word is no marker; nor is 目标 followed by a figure that is not the next item.
  CHECK(goals("一、统一、规范工作") == std::vector<Text>{"统一、规范工作"});
  CHECK(goals("目标1：完成目标3个") == std::vector<Text>{"完成目标3个"});
  CHECK(goals("<p>（一）完成工作</p><p>目标2：提升</p>") == std::vector<Text>{"完成工作", "提升"});
}

TEST_CASE("a goal cell split by a page break continues on the next row") {
  const ReadResult result = read(replaced(table, "绩效目标|1.完成某某工作 2.提升某某水平|||||",
                                          "绩效目标|<p>1.完成某某</p><p>2.提升某|||||\n|某水平</p>|||||"));
  CHECK(result.document.projects.at(0).goals == std::vector<Text>{"完成某某", "提升某某水平"});
}

TEST_CASE("an indicator header with an extra empty column places cells by the header") {
  std::string text = replaced(table, "绩效指标描述|指标值|", "绩效指标描述||指标值|");
  for (std::string_view description : {"全年活动次数|", "任务完成率|", "受益人数|", "参与群众满意度|"})
    text = replaced(text, description, std::string(description) + "|");
  const ReadResult result = read(text);
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 4);
  CHECK(indicators[0].target.raw == "≥10 次");
  CHECK(indicators[0].basis == "工作计划");
  CHECK(indicators[1].target.raw == "100%");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("indicator headers with 指标性质 and 度量单位 columns compose the target") {
  const std::string_view columns = R"(1.2025 某某项目绩效目标表

项目编码|13070025P00000110001 A||项目名称|某某项目||
预算规模及资金用途|预算数|10.00|其中：财政资金|10.00|其他资金|
一级指标|二级指标|三级指标|指标性质|指标值|度量单位|指标值确定依据
产出指标|数量指标|活动次数|≥|10|次|工作计划
|质量指标|完成率|=|100|%|工作计划
效益指标|社会效益指标|群众受益|定性|显著提升||工作计划
满意度指标|服务对象满意度指标|群众满意度|≥|90|%|问卷调查
)";
  const ReadResult result = read(columns);
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 4);
  CHECK(indicators[0].target.raw == "≥10次");
  CHECK(indicators[0].basis == "工作计划");
  CHECK(indicators[1].target.raw == "=100%");
  CHECK(indicators[2].target.raw == "显著提升");
  CHECK(indicators[3].target.raw == "≥90%");
  CHECK(indicators[3].description.empty());
}

TEST_CASE("without a 三级 column, 指标内容 names the indicator") {
  const ReadResult result = read(replaced(table, "一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据|\n"
                                                 "产出指标|数量指标|活动次数|全年活动次数|≥10 次|工作计划|",
                                          "一级指标|二级指标|指标内容|指标值|\n产出指标|数量指标|活动次数|≥10 次|"));
  const Indicator& first = result.document.projects.at(0).indicators.at(0);
  CHECK(first.name == "活动次数");
  CHECK(first.description.empty());
  CHECK(first.target.raw == "≥10 次");
  CHECK(!find(result, DiagnosticCode::indicator_incomplete));
}

TEST_CASE("indicators of the whole period (长期绩效指标) are a set of their own, not the year's") {
  const std::string_view layout = R"(1.2025 某某项目绩效目标表
项目名称|某某项目|项目编码|P1
预算数|10
长期绩效指标|一级指标|二级指标|三级指标|指标值
|产出指标|数量指标|三年培训人次|≥1500人次
|||三年覆盖县区|≥10个
年度绩效指标|一级指标|二级指标|三级指标|指标值
|产出指标|数量指标|培训人次|≥500人次
)";
  const ReadResult result = read(layout);
  const Project& project = result.document.projects.at(0);
  REQUIRE(project.indicators.size() == 1);
  CHECK(project.indicators[0].name == "培训人次");
  REQUIRE(project.medium_term_indicators.size() == 2);
  CHECK(project.medium_term_indicators[0].name == "三年培训人次");
  CHECK(project.medium_term_indicators[0].target.raw == "≥1500人次");
  CHECK(project.medium_term_indicators[1].name == "三年覆盖县区");
  CHECK(project.medium_term_indicators[1].level1 == Level1::产出指标);  // the merged 一级 carries down
  CHECK(project.medium_term_indicators[1].line == 8);
  CHECK(!find(result, DiagnosticCode::cell_unplaced));

  // The labels may stand on rows or lines of their own above the headers.
  const ReadResult rows = read(replaced(replaced(layout, "长期绩效指标|一级指标", "长期绩效指标\n|一级指标"),
                                        "年度绩效指标|一级指标", "年度绩效指标\n|一级指标"));
  REQUIRE(rows.document.projects.at(0).indicators.size() == 1);
  CHECK(rows.document.projects.at(0).indicators[0].name == "培训人次");
  CHECK(rows.document.projects.at(0).medium_term_indicators.size() == 2);
  CHECK(!find(rows, DiagnosticCode::cell_unplaced));
  CHECK(!find(rows, DiagnosticCode::line_unplaced));
}

TEST_CASE("a header repeated at a page break, and a cell split by it, are joined") {
  const ReadResult result = read(replaced(table, "|质量指标|完成率|任务完成率|100%|工作计划|",
                                          "|质量指标|完成率|任务完成率|100%|市科协 2025 年工\n\n"
                                          "一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据\n"
                                          "|||||作安排\n"
                                          "|质量指标|及时率|按时完成|≥95%|工作计划"));
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 5);
  CHECK(indicators[1].basis == "市科协 2025 年工作安排");
  CHECK(indicators[2].name == "及时率");
  CHECK(indicators[2].level1 == Level1::产出指标);
  CHECK(indicators[2].line == 21);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a page number between the rows of a table is skipped and the table goes on") {
  const ReadResult result = read(replaced(table, "|质量指标|完成率|", "\n- 2 -\n\n|质量指标|完成率|"));
  REQUIRE(result.document.projects.at(0).indicators.size() == 4);
  const Diagnostic* skipped = find(result, DiagnosticCode::line_skipped);
  REQUIRE(skipped);
  CHECK(skipped->line == 18);
  CHECK(skipped->severity == Severity::info);
  CHECK(result.diagnostics.size() == 1);
}

TEST_CASE("a merged 一级 cell whose text sits on a row of its own heads the rows below") {
  const ReadResult result =
      read(replaced(table, "效益指标|社会效益指标|群众受益|", "效益指标|||||\n|社会效益指标|群众受益|"));
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 4);
  CHECK(indicators[2].level1 == Level1::效益指标);
  CHECK(indicators[2].name == "群众受益");
}

TEST_CASE("blanks inside CJK words are removed; blanks between words and numbers stay") {
  const ReadResult result = read(replaced(replaced(table, "效益指标|社会效益指标|群众受益|受益人数|",
                                                   "效益 指标|社会效益指 标|群众 受益|受益 人数 2025 年|"),
                                          "项目名称|某某项目|", "项目名称|某某 项目 2025|"));
  const Project& project = result.document.projects.at(0);
  CHECK(project.name == "某某项目 2025");
  const Indicator& benefit = project.indicators.at(2);
  CHECK(benefit.level1_text == "效益指标");
  CHECK(benefit.level2_text == "社会效益指标");
  CHECK(benefit.level2 == Level2::社会效益指标);
  CHECK(benefit.name == "群众受益");
  CHECK(benefit.description == "受益人数 2025 年");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("full- and half-width labels read alike") {
  const ReadResult result =
      read(replaced(replaced(table, "其中：财政资金", "其中:财政资金"), "资金支出计划（%）", "资金支出计划(%)"));
  CHECK(result.document == read(table).document);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a redacted (涉密) table is read and marked") {
  std::string text = replaced(table, "|用于某某工作。|", "|涉密|");
  text = replaced(text, "1.完成某某工作 2.提升某某水平", "1.涉密");
  text = replaced(text, "活动次数|全年活动次数|≥10 次|工作计划", "涉密|涉密|涉密|涉密");
  const ReadResult result = read(text);
  const Project& project = result.document.projects.at(0);
  CHECK(project.redacted);
  CHECK(project.goals == std::vector<Text>{"涉密"});
  CHECK(project.indicators.at(0).target.kind() == TargetKind::redacted);
  REQUIRE(find(result, DiagnosticCode::table_redacted));
  CHECK(find(result, DiagnosticCode::table_redacted)->severity == Severity::info);
}

TEST_CASE("indicator rows without a header are read in the usual column order, with a warning") {
  const ReadResult result =
      read(replaced(table, "一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据|\n", ""));
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 4);
  CHECK(indicators[0].name == "活动次数");
  CHECK(indicators[0].target.raw == "≥10 次");
  const Diagnostic* warning = find(result, DiagnosticCode::table_without_header);
  REQUIRE(warning);
  CHECK(warning->severity == Severity::warning);
  CHECK(warning->line == 15);
}

TEST_CASE("a cell the model has no place for is named with its line and code-point column") {
  const ReadResult result =
      read(replaced(table, "|全年活动次数|≥10 次|工作计划|", "|全年活动次数|≥10 次|工作计划|多余的格"));
  const Diagnostic* unplaced = find(result, DiagnosticCode::cell_unplaced);
  REQUIRE(unplaced);
  CHECK(unplaced->line == 16);
  CHECK(unplaced->column == 34);  // 27 characters and 6 tabs before it
  CHECK(unplaced->severity == Severity::warning);
  CHECK(unplaced->reason.find("多余的格") != std::string::npos);
  CHECK(result.document.projects.at(0).indicators.size() == 4);
}

TEST_CASE("head fields the model has no member for are kept as fields of the form, with their place") {
  const ReadResult result = read(replaced(table, "项目名称|某某项目||", "项目名称|某某项目|项目负责人|张三"));
  const Project& project = result.document.projects.at(0);
  CHECK(project.name == "某某项目");
  CHECK(project.fields == std::vector<FormField>{{"项目负责人", "张三", 9, 46}});
  CHECK(result.diagnostics.empty());
  // A label nobody knows is still named, not guessed into a field.
  const ReadResult unknown = read(replaced(table, "项目名称|某某项目||", "项目名称|某某项目|项目口号|更快更好"));
  CHECK(unknown.document.projects.at(0).fields.empty());
  std::vector<std::string> unplaced;
  for (const Diagnostic& d : unknown.diagnostics)
    if (d.code == DiagnosticCode::cell_unplaced) unplaced.push_back(d.reason);
  REQUIRE(unplaced.size() == 2);
  CHECK(unplaced[0].find("项目口号") != std::string::npos);
  CHECK(unplaced[1].find("更快更好") != std::string::npos);
}

// The head of the 项目支出绩效目标表 most provinces use: no unit line; the unit and 主管部门 in the head.
constexpr std::string_view head_layout = R"(项目支出绩效目标表
（2025年度）
项目名称|某某培训项目
主管部门|某某局|实施单位|某某培训中心
项目资金（万元）|年度资金总额|120.00
|其中：财政拨款|100.00
|其他资金|20.00
年度绩效目标|目标1：完成培训500人次；目标2：培训合格率达到95%以上。
绩效指标|一级指标|二级指标|三级指标|指标值
|产出指标|数量指标|培训人次|≥500人次
|效益指标|社会效益指标|技能提升|有效提升
|满意度指标|服务对象满意度指标|学员满意度|≥90%
)";

TEST_CASE("实施单位 (项目单位, 预算单位 …) in the head is the project's unit; 主管部门 is the department's") {
  const ReadResult result = read(head_layout);
  REQUIRE(result.document.projects.size() == 1);
  const Project& project = result.document.projects[0];
  CHECK(project.name == "某某培训项目");
  CHECK(project.unit_code.empty());
  CHECK(project.unit_name == "某某培训中心");
  CHECK(result.document.units == std::vector<BudgetUnit>{{"", "某某培训中心"}});
  CHECK(project.budget == Budget{Money::parse("120"), Money::parse("100"), Money::parse("20")});
  CHECK(project.goals == std::vector<Text>{"完成培训500人次；", "培训合格率达到95%以上。"});
  CHECK(project.indicators.size() == 3);
  REQUIRE(result.diagnostics.size() == 1);  // only the missing 项目编码
  CHECK(result.diagnostics[0].code == DiagnosticCode::table_incomplete);

  // A coded unit, in the row of 项目编码.
  const ReadResult coded =
      read(replaced(head_layout, "项目名称|某某培训项目", "项目名称|某某培训项目|项目单位|[101001]某某培训中心"));
  CHECK(coded.document.projects.at(0).unit_code == "101001");
  CHECK(coded.document.projects.at(0).unit_name == "某某培训中心");
}

TEST_CASE("the budget's amount rows may carry their labels in the first cell") {
  const ReadResult result =
      read(replaced(head_layout, "|其中：财政拨款|100.00\n|其他资金|20.00", "其中：财政拨款|100.00\n其他资金|20.00"));
  CHECK(result.document.projects.at(0).budget == Budget{Money::parse("120"), Money::parse("100"), Money::parse("20")});
  CHECK(!find(result, DiagnosticCode::cell_unplaced));
}

TEST_CASE("under a title, a row of the unit or of 主管部门 may head the table before 项目名称") {
  const ReadResult unit_row = read(replaced(table, "101001 某某局本级\n", "预算单位|101001 某某局本级\n"));
  REQUIRE(unit_row.document.projects.size() == 1);
  const Project& project = unit_row.document.projects[0];
  CHECK(project.title == "2025 某某项目绩效目标表");
  CHECK(project.unit_code == "101001");
  CHECK(project.unit_name == "某某局本级");
  CHECK(unit_row.diagnostics.empty());

  const ReadResult department_row =
      read(replaced(replaced(table, "101001 某某局本级\n", "主管部门|某某局|实施单位|某某中心\n"), "单位：万元\n", ""));
  REQUIRE(department_row.document.projects.size() == 1);
  CHECK(department_row.document.projects[0].title == "2025 某某项目绩效目标表");
  CHECK(department_row.document.projects[0].unit_name == "某某中心");
  CHECK(department_row.diagnostics.empty());

  // Past the head, such a row opens no table of its own: it is named.
  const ReadResult late = read(replaced(table, "|用于某某工作。|||||", "|用于某某工作。|||||\n实施单位|某某中心"));
  CHECK(late.document.projects.size() == 1);
  const Diagnostic* unplaced = find(late, DiagnosticCode::cell_unplaced);
  REQUIRE(unplaced);
  CHECK(unplaced->line == 12);
}

TEST_CASE("a head unit or 主管部门 that disagrees with the unit line or the title is named, and loses") {
  const std::string both = replaced(table, "项目名称|某某项目||", "项目名称|某某项目|实施单位|某某局本级");
  CHECK(read(both).diagnostics.empty());  // the unit line's unit, written again

  const ReadResult other = read(replaced(table, "项目名称|某某项目||", "项目名称|某某项目|实施单位|另一单位"));
  CHECK(other.document.projects.at(0).unit_name == "某某局本级");
  REQUIRE(other.diagnostics.size() == 1);
  CHECK(other.diagnostics[0].code == DiagnosticCode::cell_unplaced);
  CHECK(other.diagnostics[0].column == 45);
  CHECK(other.diagnostics[0].reason.find("另一单位") != std::string::npos);
  CHECK(other.diagnostics[0].reason.find("某某局本级") != std::string::npos);

  CHECK(read(replaced(table, "项目名称|某某项目||", "项目名称|某某项目|主管部门|某某局")).diagnostics.empty());
  const ReadResult department = read(replaced(table, "项目名称|某某项目||", "项目名称|某某项目|主管部门|别的局"));
  CHECK(department.document.department == "某某局");
  REQUIRE(department.diagnostics.size() == 1);
  CHECK(department.diagnostics[0].reason.find("别的局") != std::string::npos);

  // Without a title, the first 主管部门 names the department, and `（2025年度）` the year: nothing is missing.
  const ReadResult untitled = read_document(tsv(head_layout));
  CHECK(untitled.document.department == "某某局");
  CHECK(untitled.document.year == 2025);
  CHECK(!find(untitled, DiagnosticCode::title_missing));
  CHECK(untitled.document.projects.at(0).title == "项目支出绩效目标表");
}

TEST_CASE("总体目标 split into 中期目标 and 年度目标: by column, or a label beside its text") {
  const auto project = [](std::string_view goals) {
    const ReadResult result = read(replaced(table, "绩效目标|1.完成某某工作 2.提升某某水平|||||", goals));
    CHECK(!find(result, DiagnosticCode::cell_unplaced));
    return result.document.projects.at(0);
  };
  const std::vector<Text> annual{"完成某某工作", "提升某某水平"};
  const std::vector<Text> period{"三年建成某某体系"};

  Project p = project("总体目标|中期目标|年度目标\n|三年建成某某体系|1.完成某某工作 2.提升某某水平");
  CHECK(p.goals == annual);
  CHECK(p.medium_term_goals == period);
  // The labels on a row of their own, the texts under them in the columns of the labels.
  p = project("总体目标||||\n|长期目标||年度目标|\n|三年建成某某体系||1.完成某某工作 2.提升某某水平|");
  CHECK(p.goals == annual);
  CHECK(p.medium_term_goals == period);
  // Each label first in its row, its text beside it.
  p = project("中期目标|三年建成某某体系\n年度目标|1.完成某某工作 2.提升某某水平");
  CHECK(p.goals == annual);
  CHECK(p.medium_term_goals == period);
  p = project("项目绩效目标|实施期目标|三年建成某某体系|年度目标|1.完成某某工作 2.提升某某水平");
  CHECK(p.goals == annual);
  CHECK(p.medium_term_goals == period);

  // Text left of every label has no label to belong to: named, not guessed.
  const ReadResult stray = read(replaced(table, "绩效目标|1.完成某某工作 2.提升某某水平|||||",
                                         "总体目标||中期目标|年度目标\n|某某|三年建成某某体系|完成某某工作"));
  const Diagnostic* unplaced = find(stray, DiagnosticCode::cell_unplaced);
  REQUIRE(unplaced);
  CHECK(unplaced->column == 2);
  CHECK(stray.document.projects.at(0).goals == std::vector<Text>{"完成某某工作"});
}

TEST_CASE("numbered tables out of sequence are reported") {
  const std::string third = replaced(table, "1.2025 某某项目", "3.2025 某某项目");
  const ReadResult result = read(std::string(table) + "\n" + third);
  REQUIRE(result.document.projects.size() == 2);
  const Diagnostic* gap = find(result, DiagnosticCode::table_number_gap);
  REQUIRE(gap);
  CHECK(gap->line == result.document.projects[1].line);
}

TEST_CASE("a table without a title line is still read") {
  const ReadResult result = read(std::string(table) + "\n" +
                                 tsv("项目编码|13070025P00000210001 B||项目名称|第二项目||\n"
                                     "一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据|\n"
                                     "产出指标|数量指标|活动次数|全年活动次数|≥1 次|工作计划|\n"));
  REQUIRE(result.document.projects.size() == 2);
  CHECK(result.document.projects[1].name == "第二项目");
  CHECK(result.document.projects[1].indicators.size() == 1);
  CHECK(find(result, DiagnosticCode::table_without_title));
}

TEST_CASE("another layout: 项目名称 first, 项目编号, labelled unit line, 年度绩效目标, a 绩效指标 header label") {
  const std::string_view layout = R"(1.2025 某某项目绩效目标表

预算单位：101001 某某局本级

单位：万元

项目名称|某某项目|项目编号|13070025P00000110001A|
项目资金(万元)|年度资金总额|10|其中：财政拨款|8|上年结转|2|其他资金|2
年度绩效目标|1.完成某某工作 2.提升某某水平|
绩效指标|一级指标|二级指标|三级指标|指标值|
|产出指标|数量指标|活动次数|≥10 次|
)";
  const ReadResult result = read(layout);
  REQUIRE(result.document.projects.size() == 1);
  const Project& project = result.document.projects[0];
  CHECK(project.unit_code == "101001");
  CHECK(project.unit_name == "某某局本级");
  CHECK(project.code == "13070025P00000110001A");
  CHECK(project.name == "某某项目");
  CHECK(project.budget == Budget{Money::parse("10"), Money::parse("8"), Money::parse("2")});
  CHECK(project.use_of_funds.empty());
  CHECK(project.goals.size() == 2);
  REQUIRE(project.indicators.size() == 1);
  CHECK(project.indicators[0].level1 == Level1::产出指标);
  CHECK(project.indicators[0].target.raw == "≥10 次");
  // 上年结转 has no member in the model: a field of the form, with its amount and place.
  CHECK(result.diagnostics.empty());
  CHECK(project.fields == std::vector<FormField>{{"上年结转", "2", 10, 35}});
}

TEST_CASE("a 单位 line stated once before the tables holds for all of them") {
  const std::string yuan =
      replaced(replaced(table, "|10.00|其中：财政资金|8.00|其他资金|2.00", "|100000|其中：财政资金|100000|其他资金|"),
               "单位：万元\n", "");
  const ReadResult result = read("单位：元\n\n" + yuan + "\n" + replaced(yuan, "1.2025 某某项目", "2.2025 另一项目"));
  REQUIRE(result.document.projects.size() == 2);
  for (const Project& project : result.document.projects) CHECK(project.budget.total == Money::parse("10"));
  CHECK(result.diagnostics.empty());
}

namespace {

// Another province's layout: 指标性质 / 度量单位 columns, then 权重 and 指标方向性.
constexpr std::string_view weighted = R"(1.2025 某某项目绩效目标表

项目编码|13070025P00000110001 A||项目名称|某某项目||
预算规模及资金用途|预算数|10.00|其中：财政资金|10.00|其他资金|
一级指标|二级指标|三级指标|指标性质|指标值|度量单位|权重|指标方向性
产出指标|数量指标|专项检查次数|≥|100|次|20|正向指标
成本指标|经济成本指标|检查成本|≤|123.45|万元|10|反向指标
效益指标|社会效益指标|营商环境改善|定性|有所改善||20|
)";

}  // namespace

TEST_CASE("权重 and 指标方向性 columns give each indicator its stated weight and direction") {
  const ReadResult result = read(weighted);
  CHECK(result.diagnostics.empty());
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 3);
  CHECK(indicators[0].target.raw == "≥100次");
  CHECK(indicators[0].weight == Decimal(20));
  CHECK(indicators[0].direction == Direction::forward);
  CHECK(indicators[1].target.raw == "≤123.45万元");
  CHECK(indicators[1].weight == Decimal(10));
  CHECK(indicators[1].direction == Direction::reverse);
  CHECK(indicators[2].target.raw == "有所改善");
  CHECK(indicators[2].weight == Decimal(20));
  CHECK(indicators[2].direction == Direction::none);  // an empty cell states none

  // The usual layout states neither.
  const ReadResult usual = read(table);
  for (const Indicator& i : usual.document.projects.at(0).indicators) {
    CHECK_FALSE(i.weight);
    CHECK(i.direction == Direction::none);
  }
}

TEST_CASE("the weight and direction headers and cells are read in the forms provinces write them") {
  for (std::string_view header : {"权重", "分值", "指标权重", "权重（%）", "分值（分）", "权 重"}) {
    for (std::string_view direction : {"指标方向性", "指标方向", "方向"}) {
      const ReadResult result = read(replaced(replaced(weighted, "|权重|", "|" + std::string(header) + "|"),
                                              "|指标方向性", "|" + std::string(direction)));
      INFO(header, " ", direction);
      CHECK(result.diagnostics.empty());
      const auto& indicators = result.document.projects.at(0).indicators;
      REQUIRE(indicators.size() == 3);
      CHECK(indicators[0].weight == Decimal(20));
      CHECK(indicators[1].direction == Direction::reverse);
    }
  }
  // The weight keeps the places it was written with.
  struct Case {
    std::string_view weight, direction, printed;
    Direction expected;
  };
  for (const Case& c : {Case{"12.5", "越大越好", "12.5", Direction::forward},
                        Case{"12.50", " 反向 指标 ", "12.50", Direction::reverse},
                        Case{"20%", "越小越好", "20", Direction::reverse}, Case{"20分", "正向", "20", Direction::forward},
                        Case{"２０％", "反向", "20", Direction::reverse}, Case{"20 分", "中性", "20", Direction::none},
                        Case{"0", "中性指标", "0", Direction::none}}) {
    INFO(c.weight, " ", c.direction);
    const ReadResult result =
        read(replaced(weighted, "|20|正向指标", "|" + std::string(c.weight) + "|" + std::string(c.direction)));
    CHECK(result.diagnostics.empty());
    const Indicator& first = result.document.projects.at(0).indicators.at(0);
    REQUIRE(first.weight);
    CHECK(first.weight->to_string() == c.printed);
    CHECK(first.direction == c.expected);
  }
}

TEST_CASE("an unreadable weight or direction is a warning at its cell, and the indicator states none") {
  const ReadResult result = read(replaced(replaced(weighted, "|20|正向指标", "|约20|双向"), "|10|反向指标", "|-5|反向"));
  // Past 100 points or four decimals a weight is a slip of the pen.
  for (std::string_view absurd : {"100.5", "1000", "12.12345", "99999999999999999999999999999999999999"}) {
    const ReadResult slip = read(replaced(weighted, "|20|正向指标", "|" + std::string(absurd) + "|正向指标"));
    INFO(absurd);
    CHECK_FALSE(slip.document.projects.at(0).indicators.at(0).weight);
    REQUIRE(slip.diagnostics.size() == 1);
    CHECK(slip.diagnostics[0].code == DiagnosticCode::weight_unreadable);
  }
  CHECK(read(replaced(weighted, "|20|正向指标", "|100|正向指标")).document.projects.at(0).indicators.at(0).weight ==
        Decimal(100));
  CHECK(read(replaced(weighted, "|20|正向指标", "|12.1234|正向指标")).diagnostics.empty());

  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 3);
  CHECK_FALSE(indicators[0].weight);
  CHECK(indicators[0].direction == Direction::none);
  CHECK_FALSE(indicators[1].weight);  // a negative weight is no weight
  CHECK(indicators[1].direction == Direction::reverse);
  CHECK(indicators[0].target.raw == "≥100次");  // the rest of the row is read as usual

  REQUIRE(result.diagnostics.size() == 3);
  const Diagnostic& weight = result.diagnostics[0];
  CHECK(weight.code == DiagnosticCode::weight_unreadable);
  CHECK(weight.severity == Severity::warning);
  CHECK(weight.line == 8);
  CHECK(weight.column == 26);  // 19 characters and 6 tabs before it
  CHECK(weight.reason.find("“约20”") != std::string::npos);
  const Diagnostic& direction = result.diagnostics[1];
  CHECK(direction.code == DiagnosticCode::direction_unknown);
  CHECK(direction.severity == Severity::warning);
  CHECK(direction.line == 8);
  CHECK(direction.column == 30);
  CHECK(direction.reason.find("“双向”") != std::string::npos);
  CHECK(result.diagnostics[2].code == DiagnosticCode::weight_unreadable);
  CHECK(result.diagnostics[2].line == 9);
  CHECK(result.diagnostics[2].reason.find("“-5”") != std::string::npos);
}

TEST_CASE("a header with only one of the two columns reads that one") {
  const ReadResult weight_only = read(replaced(replaced(replaced(replaced(weighted, "|权重|指标方向性", "|权重"),
                                                                 "|20|正向指标", "|20"),
                                                        "|10|反向指标", "|10"),
                                               "|20|\n", "|20\n"));
  CHECK(weight_only.diagnostics.empty());
  for (const Indicator& i : weight_only.document.projects.at(0).indicators) {
    CHECK(i.weight);
    CHECK(i.direction == Direction::none);
  }

  const ReadResult direction_only = read(replaced(replaced(replaced(replaced(weighted, "|权重|指标方向性", "|指标方向性"),
                                                                    "|20|正向指标", "|正向指标"),
                                                           "|10|反向指标", "|反向指标"),
                                                  "|20|\n", "|\n"));
  CHECK(direction_only.diagnostics.empty());
  const auto& indicators = direction_only.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 3);
  for (const Indicator& i : indicators) CHECK_FALSE(i.weight);
  CHECK(indicators[0].direction == Direction::forward);
  CHECK(indicators[1].direction == Direction::reverse);
}

TEST_CASE("a header repeated at a page break may change the columns; each row is read by the header above it") {
  // The second page puts 方向 before 权重, and the third page drops both.
  const ReadResult result = read(replaced(
      weighted, "效益指标|社会效益指标|营商环境改善|定性|有所改善||20|\n",
      "\n一级指标|二级指标|三级指标|指标性质|指标值|度量单位|指标方向|分值\n"
      "效益指标|社会效益指标|营商环境改善|定性|有所改善||中性|20\n"
      "|经济效益指标|带动投资|≥|1|亿元|正向|15\n"
      "\n一级指标|二级指标|三级指标|指标性质|指标值|度量单位\n"
      "满意度指标|服务对象满意度指标|企业满意度|≥|90|%\n"));
  CHECK(result.diagnostics.empty());
  const auto& indicators = result.document.projects.at(0).indicators;
  REQUIRE(indicators.size() == 5);
  CHECK(indicators[2].weight == Decimal(20));
  CHECK(indicators[2].direction == Direction::none);
  CHECK(indicators[3].level1 == Level1::效益指标);
  CHECK(indicators[3].weight == Decimal(15));
  CHECK(indicators[3].direction == Direction::forward);
  CHECK_FALSE(indicators[4].weight);
  CHECK(indicators[4].direction == Direction::none);
  CHECK(indicators[4].target.raw == "≥90%");
}

TEST_CASE("the reader knows the one set of blanks: em, thin, narrow and zero-width spaces are blanks") {
  std::string text = replaced(table, "|活动次数|", "|\u2003活动次数\u200b|");
  text = replaced(text, "社会效益指标", "社会效益指\u2009标");
  text = replaced(text, "项目名称|某某项目", "项目名称|某某\u202f项目");
  const ReadResult result = read(text);
  CHECK(result.diagnostics.empty());
  const Project& project = result.document.projects.at(0);
  CHECK(project.name == "某某项目");
  CHECK(project.indicators.at(0).name == "活动次数");
  CHECK(project.indicators.at(2).level2 == Level2::社会效益指标);
}
