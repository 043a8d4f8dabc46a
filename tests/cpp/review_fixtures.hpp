#pragma once
// Minimal documents for the review rules: a good project that no rule reports, to be broken one
// cell at a time, in the classic tree and in 101号.

#include <jixiao/describe.hpp>
#include <jixiao/review.hpp>
#include <jixiao/target.hpp>

#include "indicator_fixture.hpp"
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace review_test {

using namespace jixiao;

inline Indicator row(Level1 level1, Level2 level2, std::string name, std::string description, std::string value,
                     std::string basis, std::size_t line = 0) {
  Target target = parse_target(value, {2025, name, description});
  return jixiao_test::indicator_row(level1, level2, std::move(name), std::move(description), std::move(target),
                                    std::move(basis), line);
}

inline Milestone milestone(std::string label, int month, std::optional<Decimal> percent, std::size_t line = 0) {
  return Milestone{std::move(label), month, std::move(percent), line, std::nullopt};
}

inline Money wan(const char* amount) { return Money(Decimal::parse(amount)); }

// A 2025 table as a careful unit writes it (after project 4 of the sample): every rule silent.
inline Project good_project() {
  Project p;
  p.code = "13070025P00004010001F";
  p.name = "2025 开展科技工作者助力乡村振兴经费";
  p.title = "2025 开展科技工作者助力乡村振兴经费绩效目标表";
  p.unit_code = "731001";
  p.unit_name = "张家口市科学技术协会本级";
  p.budget = Budget{wan("16.63"), wan("16.63"), std::nullopt};
  p.use_of_funds = "项目预算总额 16.63 万元，均为财政资金。主要用于面向农村青少年和农民群体开展科技助力乡村振兴工作。";
  p.spending_plan.milestones = {milestone("3月底", 3, Decimal(25), 10), milestone("6月底", 6, Decimal(50), 10),
                                milestone("10月底", 10, Decimal(75), 10), milestone("12月底", 12, Decimal(100), 10)};
  p.goals = {"1.面向农村青少年和农民群体开展科技助力乡村振兴服务。"};
  const auto 产出 = Level1::产出指标;
  p.indicators = {
      row(产出, Level2::数量指标, "活动次数", "全年活动开展次数", "≥10 次", "市科协 2025 年工作安排", 20),
      row(产出, Level2::质量指标, "活动达标率", "科学素质活动达标率", "100%", "市科协 2025 年工作安排", 21),
      row(产出, Level2::时效指标, "活动开展时间", "按照年度计划完成", "2025 年 1 月-12 月", "市科协 2025 年工作安排", 22),
      row(产出, Level2::成本指标, "科普讲座预算成本", "科技助力乡村振兴科普讲座预算成本", "≤2 万元", "市科协 2025 年预算测算", 23),
      row(产出, Level2::成本指标, "乡村振兴服务预算成本", "开展科技助力乡村振兴服务预算成本", "≤12.63 万元",
          "市科协 2025 年预算测算", 24),
      row(产出, Level2::成本指标, "开展帮扶工作预算成本", "各学会下乡开展帮扶工作预算成本", "≤2 万元",
          "市科协 2025 年预算测算", 25),
      row(Level1::效益指标, Level2::社会效益指标, "提升公民科学素质", "本单位提升公民科学素质工作辐射人数", "≥4 万人",
          "市科协上年工作经验", 26),
      row(Level1::满意度指标, Level2::服务对象满意度指标, "群众满意度", "参与活动群众满意度", "≥95%", "市科协满意度调查",
          27),
  };
  p.line = 5;
  return p;
}

// The same project in the 101号 tree: 成本指标 is a 一级 with 经济成本指标.
inline Project good_project_101() {
  Project p = good_project();
  for (Indicator& indicator : p.indicators) {
    if (indicator.level2 != Level2::成本指标) continue;
    indicator.level1 = Level1::成本指标;
    indicator.level1_text = "成本指标";
    indicator.level2 = Level2::经济成本指标;
    indicator.level2_text = "经济成本指标";
  }
  return p;
}

inline Document document_of(std::vector<Project> projects) {
  Document d;
  d.department = "张家口市科学技术协会";
  d.year = 2025;
  d.projects = std::move(projects);
  return d;
}

inline Document good_document() { return document_of({good_project()}); }

// The rules the findings name, in order.
inline std::vector<RuleId> rules_of(const std::vector<Finding>& findings) {
  std::vector<RuleId> rules;
  for (const Finding& f : findings) rules.push_back(f.rule);
  return rules;
}

inline std::vector<RuleId> rules_of(const Document& document, const ReviewOptions& options = {}) {
  return rules_of(review(document, options));
}

// A document with the good project changed by `edit`.
template <class Edit>
Document with(Edit edit) {
  Document d = good_document();
  edit(d.projects.front());
  return d;
}

// The first indicator whose name is `name`.
inline Indicator& named(Project& p, std::string_view name) {
  const auto it = std::find_if(p.indicators.begin(), p.indicators.end(),
                               [&](const Indicator& i) { return i.name == name; });
  REQUIRE(it != p.indicators.end());
  return *it;
}

// Re-parses a row's target after its name, description or value changed.
inline void set_value(Indicator& indicator, std::string_view value) {
  indicator.target = parse_target(value, {2025, indicator.name, indicator.description});
}

inline bool mentions(const Finding& finding, std::string_view text) {
  return finding.message.find(text) != std::string::npos;
}

}  // namespace review_test

template <>
struct doctest::StringMaker<std::vector<jixiao::RuleId>> {
  static String convert(const std::vector<jixiao::RuleId>& rules) {
    std::string text = "{";
    for (const jixiao::RuleId rule : rules) {
      if (text.size() > 1) text += ", ";
      text += jixiao::enum_name(rule);
    }
    text += "}";
    return String(text.c_str());
  }
};
