#pragma once
// Small synthetic documents for the reader tests. In these sources `|` stands for a TAB, so that
// the rows stay readable; tsv() turns it into the real separator.

#include <jixiao/read.hpp>

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace read_fixtures {

inline std::string tsv(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '|', '\t');
  return out;
}

inline constexpr std::string_view title = "某某局 2025 年部门预算绩效文本\n\n";

// One table in the usual layout; each quirk test rewrites a piece of it.
inline constexpr std::string_view table = R"(1.2025 某某项目绩效目标表

101001 某某局本级

单位：万元

项目编码|13070025P00000110001 A||项目名称|某某项目||
预算规模及资金用途|预算数|10.00|其中：财政资金|8.00|其他资金|2.00
|用于某某工作。|||||
资金支出计划（%）|3月底||6月底||10月底|
|25%||50%||75%|
绩效目标|1.完成某某工作 2.提升某某水平|||||
一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据|
产出指标|数量指标|活动次数|全年活动次数|≥10 次|工作计划|
|质量指标|完成率|任务完成率|100%|工作计划|
效益指标|社会效益指标|群众受益|受益人数|≥1 万人|工作计划|
满意度指标|服务对象满意度指标|群众满意度|参与群众满意度|≥90%|问卷调查|
)";

// `text` with its first occurrence of `from` replaced by `to` (which must occur).
inline std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
  std::string out(text);
  const std::size_t at = out.find(from);
  if (at == std::string::npos) throw std::logic_error("fixture text not found: " + std::string(from));
  out.replace(at, from.size(), to);
  return out;
}

inline jixiao::ReadResult read(std::string_view body, const jixiao::ReadOptions& options = {}) {
  return jixiao::read_document(tsv(std::string(title) + std::string(body)), options);
}

inline std::vector<std::string> codes(const jixiao::ReadResult& result) {
  std::vector<std::string> out;
  for (const jixiao::Diagnostic& d : result.diagnostics) out.push_back(d.code);
  return out;
}

inline const jixiao::Diagnostic* find(const jixiao::ReadResult& result, std::string_view code) {
  for (const jixiao::Diagnostic& d : result.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

// Text of the spending plan: `3月底=25 6月底=- …`.
inline std::string plan_text(const jixiao::SpendingPlan& plan) {
  std::string text;
  for (const jixiao::Milestone& m : plan.milestones) {
    if (!text.empty()) text += ' ';
    text += m.milestone + "=" + (m.percent ? m.percent->to_string() : std::string("-"));
  }
  return text;
}

}  // namespace read_fixtures
