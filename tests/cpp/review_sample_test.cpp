// The sample document reviewed end to end. Every finding below was checked by hand against
// examples/data/zjk-kexie-2025-targets.txt: each is true, and the defects a reviewer would flag
// in those tables are all here (projects 1–3 and 24 state one budget in the text and another in
// the cell, 26 multiplies its plan by 100, 23 caps a satisfaction, 18 gives a 率 in 万元, 1 promises
// 10 activities in a goal beside a target of ≥30, 5 writes a sentence of its goals twice, …).

#include <jixiao/describe.hpp>
#include <jixiao/read.hpp>
#include <jixiao/review.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace jixiao;

namespace {

const std::filesystem::path sample = JIXIAO_SOURCE_DIR "/examples/data/zjk-kexie-2025-targets.txt";

// project line severity rule [indicator] message
std::vector<std::string> snapshot(const Document& document, const std::vector<Finding>& findings) {
  std::vector<std::string> lines;
  for (const Finding& f : findings)
    lines.push_back(fmt::format("{} {} {} {} {}{}", f.project.value_or(0) + 1, f.line, f.severity, f.rule,
                                f.indicator ? fmt::format("[{}] ", names_of(document, f).indicator_name) : "",
                                f.message));
  return lines;
}

const std::vector<std::string> expected{
    "1 92 error budget_text_amount 资金用途写的“项目预算总额 17.5 万元”与预算数15.75万元不一致（相差1.75万元）。",
    "1 102 warning plan_incomplete 资金支出计划到最后一个节点（10月底）累计为75%，全年没有安排到100%。",
    "1 105 warning goal_indicator_conflict [活动次数] 绩效目标第4条“通过开展10次科普活动”中的“10次”与指标“活动次数”的指标值“≥30 次”矛盾，两者不能同时达到。",
    "1 112 error cost_over_budget [预算总成本] 成本指标“预算总成本”的上限17.5万元超过预算数15.75万元（多1.75万元）。",
    "1 115 warning vague_target [提升公民科学素质] 指标值“进一步提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "1 116 warning vague_target [助力乡村振兴] 指标值“进一步促进”是定性描述，没有基准值，年底无法判断是否达成。",
    "1 117 warning vague_target [扩大科普影响力] 指标值“较上年度提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "2 121 error budget_text_amount 资金用途写的“项目预算总额 52.48 万元”与预算数40.48万元不一致（相差12万元）。",
    "2 131 warning plan_incomplete 资金支出计划到最后一个节点（10月底）累计为75%，全年没有安排到100%。",
    "2 142 error target_repeats_label [调研报告、决策咨询报告] 指标值“各课题组撰写字数”照抄了绩效指标描述，没有给出目标。",
    "2 144 info description_repeats_name 2个指标的绩效指标描述只是重复了三级指标名称：“会议达标率、科技工作者满意度”。",
    "2 147 warning duplicate_indicator [工作开展时间] 三级指标“工作开展时间”与第146行的指标重名，监控和评价时无法区分。",
    "2 148 error cost_over_budget [活动总成本] 成本指标“活动总成本”的上限52.48万元超过预算数40.48万元（多12万元）。",
    "2 149 warning vague_target [保障科普活动开展] 指标值“进一步保障”是定性描述，没有基准值，年底无法判断是否达成。",
    "2 150 warning vague_target [提升公民科学素质] 指标值“进一步提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "2 151 warning vague_target [扩大学术科普影响力] 指标值“较上年度提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "2 152 warning vague_target [扩大科协影响力] 指标值“进一步提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "3 156 error budget_text_amount 资金用途写的“项目预算总额 5.61 万元”与预算数5.05万元不一致（相差0.56万元）。",
    "3 172 error cost_over_budget [预算总成本] 成本指标“预算总成本”的上限5.61万元超过预算数5.05万元（多0.56万元）。",
    "3 173 warning vague_target [提升公民科学素质] 指标值“进一步提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "5 199 warning goal_repeated_sentence 绩效目标第4条把同一句写了两遍：“强化典型示范引领，深入宣传优秀科技人才先进事迹，激发科技人才干事创业积极性”。",
    "5 209 warning plan_incomplete 资金支出计划到最后一个节点（10月底）累计为75%，全年没有安排到100%。",
    "5 218 warning duplicate_indicator [信息宣传量] 三级指标“信息宣传量”与第216行的指标重名，监控和评价时无法区分。",
    "5 219 warning count_percent [调研报告、决策咨询报告] 数量指标“调研报告、决策咨询报告”的指标值“100%”是百分比，没有写明要完成多少。",
    "5 224 warning duplicate_indicator [工作开展时间] 三级指标“工作开展时间”与第223行的指标重名，监控和评价时无法区分。",
    "5 234 info description_repeats_name 1个指标的绩效指标描述只是重复了三级指标名称：“科技工作者满意度”。",
    "8 301 warning vague_target [扩大学术科普影响力] 指标值“较上年度提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "8 302 info description_repeats_name 1个指标的绩效指标描述只是重复了三级指标名称：“科技工作者满意度”。",
    "9 314 warning plan_incomplete 资金支出计划到最后一个节点（10月底）累计为75%，全年没有安排到100%。",
    "9 321 warning vague_target [提升服务科技工作者能力] 指标值“进一步密切服务我市科技工作者”是定性描述，没有基准值，年底无法判断是否达成。",
    "10 341 warning vague_target [提升公民科学素质] 指标值“进一步提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "10 342 warning basis_repeats_label [群众满意度] 指标值确定依据“满意度”只是重复了三级指标名称的一部分，没有说明目标值从何而来。",
    "11 357 warning target_reference [补助科技工作者之家建设示范单位数量] 指标值“省科协实际评选出的各地示范单位数量”引用了尚未确定的数字，设定目标时没有给出数值。",
    "14 423 warning vague_target [提升公民科学素质] 指标值“进一步提升”是定性描述，没有基准值，年底无法判断是否达成。",
    "14 424 warning basis_repeats_label [群众满意度] 指标值确定依据“满意度”只是重复了三级指标名称的一部分，没有说明目标值从何而来。",
    "15 436 warning plan_incomplete 资金支出计划到最后一个节点（10月底）累计为75%，全年没有安排到100%。",
    "15 445 warning vague_target [提升服务科技工作者能力] 指标值“进一步密切服务我市科技工作者”是定性描述，没有基准值，年底无法判断是否达成。",
    "16 458 warning plan_incomplete 资金支出计划到最后一个节点（10月底）累计为90%，全年没有安排到100%。",
    "17 468 info redacted 项目表为涉密表，指标内容未公开，未审核其绩效指标。",
    "18 501 info description_repeats_name 6个指标的绩效指标描述只是重复了三级指标名称：“展品完好率、资金到位率、开放时间、项目预算成本、为参观人员提供优质服务、受益群众满意度”。",
    "18 502 error rate_unit [资金到位率] “资金到位率”是比率，指标值“8.76 万元”却是金额。",
    "18 504 error cost_over_budget [项目预算成本] 成本指标“项目预算成本”的上限8.76万元超过预算数6.80万元（多1.96万元）。",
    "18 505 warning basis_repeats_label [为参观人员提供优质服务] 指标值确定依据“为参观人员提供优质服务”只是重复了三级指标名称，没有说明目标值从何而来。",
    "19 521 warning missing_level2 产出指标下缺少二级指标“质量指标”。",
    "19 522 info description_repeats_name 5个指标的绩效指标描述只是重复了三级指标名称：“巡展学校数量、巡展完成时间、项目预算成本、学生受益人数、学生观展满意程度”。",
    "19 524 error cost_over_budget [项目预算成本] 成本指标“项目预算成本”的上限11.6万元超过预算数10.35万元（多1.25万元）。",
    "20 541 info description_repeats_name 6个指标的绩效指标描述只是重复了三级指标名称：“取暖覆盖面积、取暖温度、采暖时长、项目预算成本、正常供热率、受益群众体感满意度”。",
    "21 561 error direction_against_category [利用科普场所开展科普活动] 数量指标的目标应是下限（≥），这里写成了“≤50 场”，结果越低反而越达标。",
    "21 562 info description_repeats_name 5个指标的绩效指标描述只是重复了三级指标名称：“常设展厅展品完好率、展厅开放时间、项目预算成本、受益观众数量、受益观众满意度”。",
    "21 565 warning basis_repeats_label [受益观众数量] 指标值确定依据“受益观众数量”只是重复了三级指标名称，没有说明目标值从何而来。",
    "22 585 warning duplicate_indicator [项目预算成本] 三级指标“项目预算成本”与第584行的指标重名，监控和评价时无法区分。",
    "22 586 warning duplicate_indicator [项目预算成本] 三级指标“项目预算成本”与第584行的指标重名，监控和评价时无法区分。",
    "22 587 warning duplicate_indicator [项目预算成本] 三级指标“项目预算成本”与第584行的指标重名，监控和评价时无法区分。",
    "22 588 info description_repeats_name 2个指标的绩效指标描述只是重复了三级指标名称：“受益群众数量、受益群体满意度”。",
    "23 605 info description_repeats_name 7个指标的绩效指标描述只是重复了三级指标名称：“取暖覆盖面积、取暖温度、供暖周期、项目预算成本数、取暖费用节约率、正常供热率、使用部门满意度”。",
    "23 609 error direction_against_category [取暖费用节约率] 经济效益指标的目标应是下限（≥），这里写成了“≤100 百分比”，结果越低反而越达标。",
    "23 609 warning vacuous_target [取暖费用节约率] 比率不会超过100%，指标值“≤100 百分比”对任何结果都成立，没有约束力。",
    "23 611 error direction_against_category [使用部门满意度] 服务对象满意度指标的目标应是下限（≥），这里写成了“≤90 百分比”，结果越低反而越达标。",
    "24 613 error budget_text_amount 资金用途写的“项目预算51万元”与预算数49.99万元不一致（相差1.01万元）。",
    "24 627 info description_repeats_name 6个指标的绩效指标描述只是重复了三级指标名称：“参观人数、展品完好率、开馆时长、项目预算成本、市民科普素质提升程度、市民满意度”。",
    "24 630 error cost_over_budget [项目预算成本] 成本指标“项目预算成本”的上限51万元超过预算数49.99万元（多1.01万元）。",
    "24 631 error target_repeats_label [市民科普素质提升程度] 指标值“市民科普素质提升程度”照抄了三级指标名称，没有给出目标。",
    "24 631 warning basis_repeats_label [市民科普素质提升程度] 指标值确定依据“市民科普素质提升程度”只是重复了三级指标名称，没有说明目标值从何而来。",
    "25 647 info description_repeats_name 6个指标的绩效指标描述只是重复了三级指标名称：“参观人数、展品完好率、开馆时长、项目预算成本、市民科普素质提升程度、市民满意度”。",
    "25 650 warning cost_under_budget [项目预算成本] 成本指标“项目预算成本”的上限51万元少于预算数52.00万元（少1万元），有1万元预算没有对应的成本目标。",
    "25 651 error target_repeats_label [市民科普素质提升程度] 指标值“市民科普素质提升程度”照抄了三级指标名称，没有给出目标。",
    "25 651 warning basis_repeats_label [市民科普素质提升程度] 指标值确定依据“市民科普素质提升程度”只是重复了三级指标名称，没有说明目标值从何而来。",
    "26 665 error plan_scale 资金支出计划填为6000%、9000%、10000%，超过100%，看起来多乘了100。",
    "26 668 warning missing_level2 产出指标下缺少二级指标“成本指标”。",
};

}  // namespace

TEST_CASE("the sample document's findings, reviewed by hand") {
  const ReadResult read = read_document(sample);
  REQUIRE(read.document.projects.size() == 26);
  const std::vector<std::string> actual = snapshot(read.document, review(read.document));
  for (std::size_t i = 0; i < std::max(actual.size(), expected.size()); ++i) {
    CAPTURE(i);
    CHECK(( i < actual.size() ? actual[i] : "(missing)") == (i < expected.size() ? expected[i] : "(none)"));
  }
}

TEST_CASE("the sample's findings name their projects and indicators") {
  const ReadResult read = read_document(sample);
  for (const Finding& f : review(read.document)) {
    REQUIRE(f.project);
    const Project& p = read.document.projects.at(*f.project);
    CHECK(project_of(read.document, f) == &p);
    CHECK(names_of(read.document, f).project_code == p.code);
    CHECK(names_of(read.document, f).project_name == p.name);
    CHECK(f.line >= p.line);
    if (f.indicator) {
      CHECK(indicator_of(read.document, f) == &p.indicators.at(*f.indicator));
      CHECK(names_of(read.document, f).indicator_name == p.indicators.at(*f.indicator).name);
      CHECK(f.line == p.indicators.at(*f.indicator).line);
    }
  }
}

TEST_CASE("switching a rule off removes exactly its findings, re-grading changes only their severity") {
  const Document document = read_document(sample).document;
  const std::vector<Finding> all = review(document);
  for (const RuleInfo& info : rule_catalogue()) {
    CAPTURE(enum_name(info.id));
    std::vector<Finding> others;
    std::copy_if(all.begin(), all.end(), std::back_inserter(others), [&](const Finding& f) { return f.rule != info.id; });
    ReviewOptions off;
    off.rule(info.id).enabled = false;
    CHECK(review(document, off) == others);

    ReviewOptions regraded;
    regraded.rule(info.id).severity = Severity::info;
    const std::vector<Finding> found = review(document, regraded);
    REQUIRE(found.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i)
      CHECK(found[i].severity == (all[i].rule == info.id ? Severity::info : all[i].severity));
  }
}

TEST_CASE("the example rules file changes the sample's review as it says") {
  std::ifstream file(JIXIAO_SOURCE_DIR "/examples/data/review-rules.json");
  std::stringstream text;
  text << file.rdbuf();
  const ReviewOptions options = review_options_from_json(text.str());
  const auto findings = review(read_document(sample).document, options);
  const auto count = [&](RuleId rule) {
    return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
  };
  CHECK(count(RuleId::plan_incomplete) == 0);
  CHECK(count(RuleId::vague_target) == 13);
  for (const Finding& f : findings) {
    if (f.rule == RuleId::vague_target) CHECK(f.severity == Severity::info);
    if (f.rule == RuleId::cost_under_budget) CHECK(f.severity == Severity::error);
  }
}
