#pragma once
// Small synthetic documents for the reader tests. In these sources `|` stands for a TAB, so that
// the rows stay readable; tsv() turns it into the real separator.

#include <jixiao/read.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
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

inline const jixiao::Diagnostic* find(const jixiao::ReadResult& result, jixiao::DiagnosticCode code) {
  for (const jixiao::Diagnostic& d : result.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

// Text of the spending plan: `3月底=25 6月底=- …`.
inline std::string plan_text(const jixiao::SpendingPlan& plan) {
  std::string text;
  for (const jixiao::Milestone& m : plan.milestones) {
    if (!text.empty()) text += ' ';
    text += m.milestone.str() + "=" + (m.percent ? m.percent->to_string() : std::string("-"));
  }
  return text;
}

// The blanks the reader trims and collapses: ASCII blanks, U+3000 and U+00A0.
inline std::size_t blank_at(std::string_view text, std::size_t i) noexcept {
  if (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r')) return 1;
  const std::string_view rest = text.substr(i);
  return rest.starts_with("\u3000") ? 3 : rest.starts_with("\u00A0") ? 2 : 0;
}

inline std::string without_blanks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t blank = blank_at(text, i);
    if (blank == 0) out += text[i];
    i += blank == 0 ? 1 : blank;
  }
  return out;
}

// The lossless rule of docs/format.md: every non-empty cell of the input is in the model or named
// by a diagnostic. `lost` lists the cells that are neither, with their line.
struct LosslessCheck {
  std::size_t checked = 0;
  std::vector<std::pair<std::size_t, std::string>> lost;
};

// All model text, blanks removed, one field after another (U+FFFD dropped: an undecodable byte
// is named by its encoding-invalid diagnostic, not kept in the model).
inline std::string model_text(const jixiao::Document& document) {
  std::string model;
  const auto add = [&](std::string_view text) { (model += without_blanks(text)) += '\x1F'; };
  add(document.department);
  for (const jixiao::BudgetUnit& unit : document.units) add(unit.code.str() + unit.name.str());
  for (const jixiao::ContentsEntry& entry : document.contents) add(entry.title.str() + std::to_string(entry.page));
  add(document.goals.overall);
  for (const jixiao::GoalItem& item : document.goals.items)
    for (std::string_view text : {item.title, item.goal, item.indicator}) add(text);
  for (const jixiao::Text& measure : document.goals.measures) add(measure);
  for (const jixiao::Project& project : document.projects) {
    for (std::string_view text : {project.code, project.name, project.title, project.use_of_funds}) add(text);
    for (const jixiao::Text& goal : project.goals) add(goal);
    for (const std::optional<jixiao::Money>& amount : {project.budget.total, project.budget.fiscal, project.budget.other})
      if (amount) add(amount->wan().to_string());
    for (const jixiao::Milestone& m : project.spending_plan.milestones) {
      add(m.milestone);
      if (m.percent) add(m.percent->to_string() + "%");
    }
    for (const jixiao::Indicator& i : project.indicators)
      for (std::string_view text : {i.level1_text, i.level2_text, i.name, i.description, i.target.raw, i.basis})
        add(text);
  }
  constexpr std::string_view replacement = "\xEF\xBF\xBD";
  for (std::size_t at = model.find(replacement); at != std::string::npos; at = model.find(replacement, at))
    model.erase(at, replacement.size());
  return model;
}

// Checks the cells of `text` (the input decoded to UTF-8, undecodable bytes dropped) from line
// `first_line` on. Table rows (lines with a TAB) are split into cells; with `text_lines`, a line
// without a TAB is one cell too (for documents without parts and contents, whose headings are
// structure), and the title line (naming the department and year) counts as held by the model. Labels are the structure the model is made of; goal rows are skipped, because
// goals are split into items without their numbers (the goal tests check them item by item). A
// diagnostic names a cell when it stands on the cell's line and quotes the cell's beginning.
inline LosslessCheck check_lossless(const jixiao::ReadResult& result, std::string_view text, std::size_t first_line = 1,
                                    bool text_lines = true) {
  static const std::vector<std::string> labels{
      "项目编码",       "项目名称",        "预算规模及资金用途", "预算数",   "其中：财政资金", "其中:财政资金",
      "其他资金",       "资金支出计划（%）", "资金支出计划(%)",    "一级指标", "二级指标",       "三级指标",
      "绩效指标描述",   "指标值",          "指标值确定依据",     "单位：万元", "单位:万元",      "目录"};
  const std::string model = model_text(result.document);
  const jixiao::Document& document = result.document;
  const std::string title_year = std::to_string(document.year) + "年";
  // Whether a diagnostic on `line` quotes the cell: excerpts hold its first 24 code points.
  const auto named = [&](std::size_t line, std::string_view cell) {
    std::size_t end = 0;
    for (std::size_t points = 0; end < cell.size(); ++end) {
      if ((static_cast<unsigned char>(cell[end]) & 0xC0u) != 0x80u && points++ == 24) break;
    }
    const std::string start = without_blanks(cell.substr(0, end));
    return std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const jixiao::Diagnostic& d) {
      return d.line == line && without_blanks(d.reason).find(start) != std::string::npos;
    });
  };
  LosslessCheck check;
  const auto check_cell = [&](std::size_t line, std::string_view cell, bool tabbed) {
    // Cells are trimmed of blanks, as the reader trims them, before quoting.
    for (std::size_t blank; !cell.empty() && (blank = blank_at(cell, 0)) != 0;) cell.remove_prefix(blank);
    for (bool more = true; more && !cell.empty();) {
      more = false;
      for (std::size_t size : {1, 2, 3}) {
        if (cell.size() >= size && blank_at(cell, cell.size() - size) == size) {
          cell.remove_suffix(size);
          more = true;
          break;
        }
      }
    }
    if (cell.empty()) return;
    // A cell longer than the whole model cannot be in it: skip copying a huge one.
    const std::string bare = cell.size() <= model.size() ? without_blanks(cell) : std::string();
    if (cell.size() <= model.size() && (bare.empty() || std::find(labels.begin(), labels.end(), bare) != labels.end()))
      return;
    ++check.checked;
    // The numbers of tables and contents entries (`1.`, `一、`) are structure: the reader checks
    // them against each other.
    std::string_view held = bare;
    std::size_t number = 0;
    while (number < held.size() && held[number] >= '0' && held[number] <= '9') ++number;
    constexpr std::string_view numerals = "一二三四五六七八九十";  // 3 bytes each
    const auto numeral_at = [&](std::size_t i) {
      const std::size_t at = i + 3 <= held.size() ? numerals.find(held.substr(i, 3)) : numerals.npos;
      return at != numerals.npos && at % 3 == 0;
    };
    if (number == 0)
      while (numeral_at(number)) number += 3;
    if (number > 0 && held.substr(number).starts_with(".")) held.remove_prefix(number + 1);
    else if (number > 0 && held.substr(number).starts_with("、")) held.remove_prefix(number + 3);
    if (!held.empty() && model.find(held) != std::string::npos) return;
    if (!tabbed && !document.department.empty() && bare.find(without_blanks(document.department)) != std::string::npos &&
        bare.find(title_year) != std::string::npos)
      return;
    if (named(line, cell)) return;
    check.lost.emplace_back(line, std::string(cell.substr(0, 200)));
  };
  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    // LF, CRLF and a lone CR end a line, as for the reader.
    const void* lf = std::memchr(text.data() + begin, '\n', text.size() - begin);
    std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - text.data()) : text.size();
    if (const void* cr = std::memchr(text.data() + begin, '\r', end - begin))
      end = static_cast<std::size_t>(static_cast<const char*>(cr) - text.data());
    const std::string_view line = text.substr(begin, end - begin);
    begin = end + ((end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n') ? 2 : 1);
    ++line_number;
    const bool tabbed = line.find('\t') != std::string_view::npos;
    if (line_number < first_line || (!tabbed && !text_lines) || line.starts_with("绩效目标\t")) continue;
    for (std::size_t from = 0;;) {
      const std::size_t tab = line.find('\t', from);
      check_cell(line_number, line.substr(from, tab == std::string_view::npos ? tab : tab - from), tabbed);
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
  }
  return check;
}

}  // namespace read_fixtures
