// review() on one project built from the input's lines, so that the fuzzer writes the free text
// the relevance rules and unit_cost_budget read: line 1 is the 预算数 (a decimal; anything else
// leaves it at 10 万元), line 2 the 资金用途, and every further line a goal, a 中期目标 after `+`,
// or an indicator after `*` (数量指标), `$` (成本指标) or `~` (满意度指标): 三级指标 ⇥ 绩效指标描述
// ⇥ 指标值. Properties: review() never throws; every finding names the project, and an indicator
// of it at that indicator's line when it names one (as project_of and indicator_of read them);
// reviewing again gives the same findings.

#include "check.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/review.hpp>
#include <jixiao/target.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace jixiao;

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos; line.remove_prefix(tab + 1))
    out.push_back(line.substr(0, tab));
  out.push_back(line);
  return out;
}

Indicator indicator_from(char kind, std::string_view line, std::size_t number) {
  const std::vector<std::string_view> cells = fields(line);
  const auto cell = [&](std::size_t k) { return std::string(k < cells.size() ? cells[k] : std::string_view()); };
  Indicator indicator;
  indicator.level1 = kind == '~' ? Level1::满意度指标 : Level1::产出指标;
  indicator.level2 = kind == '$' ? Level2::成本指标 : kind == '~' ? Level2::服务对象满意度指标 : Level2::数量指标;
  indicator.level1_text = std::string(enum_name(indicator.level1));
  indicator.level2_text = std::string(enum_name(indicator.level2));
  indicator.name = cell(0);
  indicator.description = cell(1);
  indicator.target = parse_target(cell(2), {2025, indicator.name, indicator.description});
  indicator.basis = "工作计划";
  indicator.line = number;
  return indicator;
}

Document document_of(std::string_view input) {
  Project p;
  p.code = "13070025P00000000001A";
  p.name = "模糊测试项目";
  p.line = 1;
  p.budget.total = Money(Decimal(10));
  std::size_t number = 0;
  while (!input.empty()) {
    const std::size_t end = input.find('\n');
    const std::string_view line = input.substr(0, end);
    input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
    ++number;
    if (number == 1) {
      if (const auto budget = Decimal::try_parse(line)) p.budget.total = Money(*budget);
    } else if (number == 2) {
      p.use_of_funds = line;
    } else if (!line.empty() && (line[0] == '*' || line[0] == '$' || line[0] == '~')) {
      p.indicators.push_back(indicator_from(line[0], line.substr(1), number));
    } else if (!line.empty() && line[0] == '+') {
      p.medium_term_goals.emplace_back(line.substr(1));
    } else {
      p.goals.emplace_back(line);
    }
  }
  Document d;
  d.year = 2025;
  d.projects.push_back(std::move(p));
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Document document = document_of(fuzz::as_text(data, size));
  std::vector<Finding> findings;
  fuzz::never_throws([&] { findings = review(document); });
  const Project& project = document.projects.front();
  for (const Finding& f : findings) {
    JIXIAO_FUZZ_CHECK(f.project == std::size_t{0}, fmt::format("a finding of no project: {}", f.message));
    JIXIAO_FUZZ_CHECK(project_of(document, f) == &project, fmt::format("[{}] names another project", enum_name(f.rule)));
    if (!f.indicator) continue;
    JIXIAO_FUZZ_CHECK(indicator_of(document, f) == &project.indicators[*f.indicator],
                      fmt::format("[{}] names another indicator", enum_name(f.rule)));
    JIXIAO_FUZZ_CHECK(*f.indicator < project.indicators.size(),
                      fmt::format("[{}] names indicator {} of {}", enum_name(f.rule), *f.indicator,
                                  project.indicators.size()));
    JIXIAO_FUZZ_CHECK(f.line == project.indicators[*f.indicator].line,
                      fmt::format("[{}] is at line {}, its indicator at {}", enum_name(f.rule), f.line,
                                  project.indicators[*f.indicator].line));
  }
  std::vector<Finding> again;
  fuzz::never_throws([&] { again = review(document); });
  JIXIAO_FUZZ_CHECK(again == findings, "reviewing the same document twice gave other findings");
  return 0;
}
