#include "front_matter.hpp"

#include "text.hpp"

#include "../concat.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace jixiao::detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::size_t digit_run(std::string_view s, std::size_t from) noexcept {
  std::size_t end = from;
  while (end < s.size() && is_digit(s[end])) ++end;
  return end - from;
}

int to_int(std::string_view digits) noexcept {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The text after `label` at the front of `text` (blanks inside the label tolerated) and an
// optional colon; nullopt if `text` does not start with the label.
std::optional<std::string_view> after_label(std::string_view text, std::string_view label) noexcept {
  std::size_t i = 0;
  std::size_t k = 0;
  while (k < label.size()) {
    if (i >= text.size()) return std::nullopt;
    std::size_t next = i;
    const char32_t c = next_code_point(text, next);
    if (is_space(c) && i > 0) {
      i = next;
      continue;
    }
    std::size_t label_next = k;
    if (c != next_code_point(label, label_next)) return std::nullopt;
    i = next;
    k = label_next;
  }
  std::string_view rest = trim(text.substr(i));
  if (rest.starts_with(":")) rest.remove_prefix(1);
  else if (rest.starts_with("：")) rest.remove_prefix(std::string_view("：").size());
  return trim(rest);
}

}  // namespace

namespace {

// Where a four-digit year followed by 年 starts in `text`, and the year.
std::optional<std::pair<std::size_t, int>> find_year(std::string_view text) noexcept {
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!is_digit(text[p]) || (p > 0 && is_digit(text[p - 1])) || digit_run(text, p) != 4) continue;
    const int year = to_int(text.substr(p, 4));
    if (year < 1990 || year > 2199 || !trim(text.substr(p + 4)).starts_with("年")) continue;
    return std::pair{p, year};
  }
  return std::nullopt;
}

// A form's table title: 项目支出绩效自评表, 部门整体支出绩效目标表, 预算项目绩效目标表, …审批表.
bool form_title(std::string_view text) noexcept {
  if (!strip_emphasis(text).ends_with("表")) return false;
  for (std::string_view kind : {"项目", "自评", "整体", "审批表", "申报表"})
    if (text.find(kind) != std::string_view::npos) return true;
  return false;
}

}  // namespace

std::optional<int> form_year(std::string_view title) noexcept {
  if (!form_title(title)) return std::nullopt;
  const auto found = find_year(title);
  return found ? std::optional(found->second) : std::nullopt;
}

std::optional<DocumentTitle> document_title(std::string_view line) {
  const std::string_view text = trim(line);
  if (text.find("绩效") == std::string_view::npos && text.find("预算") == std::string_view::npos) return std::nullopt;
  if (form_title(text)) return std::nullopt;
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!is_digit(text[p]) || (p > 0 && is_digit(text[p - 1])) || digit_run(text, p) != 4) continue;
    const int year = to_int(text.substr(p, 4));
    std::string_view after = trim(text.substr(p + 4));
    if (year < 1990 || year > 2199 || !after.starts_with("年")) continue;
    after.remove_prefix(std::string_view("年").size());
    if (after.starts_with("度")) after.remove_prefix(std::string_view("度").size());
    DocumentTitle title{clean_text(text.substr(0, p)), year};
    if (title.department.empty()) {
      // `2025年某某局部门预算绩效目标`: the department stands between the year and the document kind.
      std::size_t end = after.size();
      for (std::string_view kind : {"部门预算", "部门整体", "预算", "绩效"}) end = std::min(end, after.find(kind));
      title.department = clean_text(after.substr(0, end));
    }
    return title;
  }
  return std::nullopt;
}

std::optional<PartHeading> part_heading(std::string_view line) noexcept {
  const std::string_view text = trim(line);
  if (!text.starts_with("第")) return std::nullopt;
  const std::size_t end = text.find("部分");
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view number = trim(text.substr(std::string_view("第").size(), end - std::string_view("第").size()));
  std::optional<int> value = chinese_numeral(number);
  if (!value && !number.empty() && number.size() <= 2 && std::all_of(number.begin(), number.end(), is_digit))
    value = to_int(number);
  if (!value) return std::nullopt;
  return PartHeading{*value, trim(text.substr(end + std::string_view("部分").size()))};
}

std::optional<UnitLine> unit_line(std::string_view line) {
  std::string_view text = trim(line);
  // `预算单位：731001 某某局`, `单位名称：某某局`: with the label, the code is optional.
  std::optional<std::string_view> labelled;
  for (std::string_view label : {"预算单位", "单位名称"}) {
    if (!labelled) labelled = after_label(text, label);
  }
  if (labelled) text = *labelled;
  for (std::string_view open : {"[", "【"}) {
    if (text.starts_with(open)) text.remove_prefix(open.size());
  }
  const std::size_t digits = digit_run(text, 0);
  const bool coded = digits >= 5 && digits <= 15;
  if (!coded && !(labelled && digits == 0)) return std::nullopt;
  const std::string_view code = text.substr(0, coded ? digits : 0);
  std::string_view rest = text.substr(code.size());
  for (std::string_view separator : {"]", "】", "-", "－", ":", "：", "_"}) {
    if (coded && rest.starts_with(separator)) {
      rest.remove_prefix(separator.size());
      break;
    }
  }
  rest = trim(rest);
  std::string_view money;
  for (std::string_view label : {"单位：", "单位:", "金额单位"}) {
    const std::size_t at = rest.find(label);
    if (at != std::string_view::npos && at > 0) {
      money = trim(rest.substr(at));
      rest = trim(rest.substr(0, at));
      break;
    }
  }
  if (rest.empty() || is_digit(rest.front()) || rest.ends_with("表") || rest.ends_with("表**")) return std::nullopt;
  return UnitLine{BudgetUnit{std::string(code), clean_text(rest)}, money};
}

std::optional<MoneyUnitLine> money_unit_line(std::string_view line) noexcept {
  const Key key(line);
  std::string_view s = key.view();
  if (s.starts_with("金额")) s.remove_prefix(std::string_view("金额").size());
  if (!s.starts_with("单位")) return std::nullopt;
  s.remove_prefix(std::string_view("单位").size());
  if (s.starts_with(":")) {
    s.remove_prefix(1);
  } else if (s.starts_with("(") && s.ends_with(")")) {
    s = s.substr(1, s.size() - 2);
  } else {
    return std::nullopt;
  }
  if (s.empty()) return std::nullopt;
  // The view of the written unit must outlive the key: find it in the line.
  const std::string_view text = trim(line);
  const std::size_t at = text.rfind(s);
  const std::string_view written = at == std::string_view::npos ? std::string_view() : text.substr(at, s.size());
  const MoneyUnit unit = s == "万元" ? MoneyUnit::wan : s == "元" ? MoneyUnit::yuan : MoneyUnit::unknown;
  return MoneyUnitLine{unit, written};
}

std::optional<ContentsLine> contents_line(std::string_view line) noexcept {
  std::string_view text = trim(line);
  std::size_t end = text.size();
  while (end > 0 && is_digit(text[end - 1])) --end;
  const std::size_t digits = text.size() - end;
  if (digits == 0 || digits > 4 || end == 0) return std::nullopt;
  const int page = to_int(text.substr(end));
  std::string_view before = text.substr(0, end);
  // What separates the title from its page: a tab, blanks, or leader dots.
  std::size_t leader = before.size();
  for (bool more = true; more && leader > 0;) {
    more = false;
    for (std::string_view dot : {"\t", " ", ".", "…", "·", "．", "　"}) {
      if (before.substr(0, leader).ends_with(dot)) {
        leader -= dot.size();
        more = true;
        break;
      }
    }
  }
  if (leader == before.size() || leader == 0) return std::nullopt;
  return ContentsLine{trim(before.substr(0, leader)), page};
}

std::string_view strip_emphasis(std::string_view line) noexcept {
  std::string_view text = trim(line);
  if (text.starts_with("**")) text.remove_prefix(2);
  if (text.ends_with("**")) text.remove_suffix(2);
  return trim(text);
}

bool looks_like_table_title(std::string_view line) noexcept {
  const std::string_view trimmed = trim(line);
  if (trimmed.starts_with("**")) return true;
  const std::string_view text = strip_emphasis(trimmed);
  return text.ends_with("表") &&
         (text.find("目标") != std::string_view::npos || text.find("绩效") != std::string_view::npos);
}

void DepartmentPart::line(const Line& line, Diagnostics& diagnostics) {
  const std::string_view text = trim(line.text);
  if (const auto heading = leading_chinese_number(text)) {
    const std::string_view name = heading->rest;
    field_ = Field::title;
    if (name.find("总体") != std::string_view::npos) section_ = Section::overall;
    else if (name.find("分项") != std::string_view::npos) section_ = Section::items;
    else if (name.find("保障") != std::string_view::npos || name.find("措施") != std::string_view::npos)
      section_ = Section::measures;
    else section_ = Section::other;
    return;
  }
  switch (section_) {
    case Section::overall:
      goals_.overall = goals_.overall.empty() ? Text(clean_text(text))
                                              : Text(concat(goals_.overall, "\n", clean_text(text)));
      return;
    case Section::items:
      if (const auto goal = after_label(text, "绩效目标")) {
        if (goals_.items.empty()) goals_.items.push_back(GoalItem{{}, {}, {}, line.number});
        goals_.items.back().goal = clean_text(*goal);
        field_ = Field::goal;
      } else if (const auto indicator = after_label(text, "绩效指标")) {
        if (goals_.items.empty()) goals_.items.push_back(GoalItem{{}, {}, {}, line.number});
        goals_.items.back().indicator = clean_text(*indicator);
        field_ = Field::indicator;
      } else if (const auto item = leading_number(text)) {
        goals_.items.push_back(GoalItem{clean_text(item->rest), {}, {}, line.number});
        field_ = Field::title;
      } else if (!goals_.items.empty()) {
        GoalItem& last = goals_.items.back();
        append_continuation(field_ == Field::goal        ? last.goal
                            : field_ == Field::indicator ? last.indicator
                                                         : last.title,
                            text);
      } else {
        goals_.items.push_back(GoalItem{clean_text(text), {}, {}, line.number});
      }
      return;
    case Section::measures:
      if (const auto measure = leading_number(text)) goals_.measures.push_back(clean_text(measure->rest));
      else if (!goals_.measures.empty()) append_continuation(goals_.measures.back(), text);
      else goals_.measures.push_back(clean_text(text));
      return;
    case Section::none:
    case Section::other:
      diagnostics.add(line.number, 1, Severity::warning, code::line_unplaced,
                      "line " + excerpt(text) +
                          " of the department-level part is under no heading the model has (总体绩效目标, "
                          "分项绩效目标, 工作保障措施)");
      return;
  }
}

DepartmentGoals DepartmentPart::take() { return std::move(goals_); }

}  // namespace jixiao::detail
