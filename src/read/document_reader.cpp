#include "document_reader.hpp"

#include "text.hpp"

#include "../concat.hpp"
#include "../pack_texts.hpp"

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_map>

namespace jixiao::detail {
namespace {

// A numbered line (`1.…`) or one opening `**`: how a table title begins.
bool opens_title(std::string_view text) noexcept {
  return trim(text).starts_with("**") || leading_number(strip_emphasis(text)).has_value();
}

bool contains(std::string_view text, std::string_view part) noexcept {
  return text.find(part) != std::string_view::npos;
}

}  // namespace

void DocumentReader::line(const Line& line, RowSyntax syntax) {
  if (is_blank(line.text)) return;
  switch (syntax) {
    case RowSyntax::none: dispatch(line, false); return;
    case RowSyntax::rule: return;  // `|---|---|`: no content, only markdown's header rule
    case RowSyntax::tabs:
      assign_row(line, RowSyntax::tabs);
      dispatch(line, true);
      return;
    case RowSyntax::pipes:
      assign_row(line, RowSyntax::pipes);
      // No text: the contents read a pipe row's cells (row_text), not its pipes.
      dispatch(Line{{}, line.number}, true);
      return;
  }
}

bool DocumentReader::reads_as_line(std::string_view text) const {
  // Outside the project part every line of text is read as such; in it, only what opens or heads a
  // table, so that a label alone in its row (绩效目标, its text on the rows below) stays a row.
  if (part_ != Part::projects) return true;
  return part_heading(text) || unit_line(text) || money_unit_line(text) || opens_title(text) ||
         looks_like_table_title(text) || is_page_number(text);
}

void DocumentReader::grid_row(const Grid& grid, const GridRow& row) {
  const std::span<const GridCell> cells = grid.cells(row);
  if (row.kind == RowKind::line && cells.size() == 1) {
    const Line line{grid.text(cells.front()), row.line};
    if (!is_blank(line.text)) dispatch(line, false);
    return;
  }
  // A new table of the grid (a PDF's next page) may go on with the table being read.
  if (row.table != grid_table_ && grid_table_ != 0 && table_) table_->page_break();
  grid_table_ = row.table;
  row_.assign(grid, row);
  diagnostics_.beyond(row_);
  cut_long_cells();
  const std::size_t filled = row_.non_empty_count();
  if (filled == 0) return;
  if (filled == 1 && !row_.empty(0)) {
    const auto first = std::find_if(cells.begin(), cells.end(), [](const GridCell& c) { return c.column == 0; });
    if ((first != cells.end() && first->column_span > 1) || reads_as_line(row_.cell(0))) {
      dispatch(Line{row_.cell(0), row.line}, false);
      return;
    }
  }
  dispatch(Line{{}, row.line}, true);
}

std::string_view DocumentReader::row_text(const Line& line) {
  if (!line.text.empty()) return line.text;
  joined_.clear();
  for (std::size_t i = 0; i < row_.size(); ++i) {
    if (i > 0) joined_ += '\t';
    joined_ += row_.cell(i);
  }
  return joined_;
}

void DocumentReader::dispatch(const Line& line, bool tabbed) {
  any_text_ = true;
  if (!tabbed && part_ != Part::contents) {
    if (const auto heading = part_heading(line.text)) {
      part_heading_line(*heading);
      return;
    }
    if (is_page_number(line.text)) {
      diagnostics_.add(line.number, 1, Severity::info, code::line_skipped,
                       "line " + excerpt(line.text) + " is a page number");
      return;
    }
  }
  switch (part_) {
    case Part::front: front_line(line, tabbed); return;
    case Part::contents: contents_part_line(line, tabbed); return;
    case Part::named_later:
      // The line after a bare `第一部分` names the part, as the contents did.
      if (!tabbed && !opens_title(line.text) && !leading_chinese_number(line.text) && !starts_table(line, tabbed)) {
        enter_part(trim(line.text));
        if (part_ == Part::other && !listed_part_name_.empty()) enter_part(listed_part_name_);
        return;
      }
      enter_part(listed_part_name_);
      dispatch(line, tabbed);
      return;
    case Part::department: department_line(line, tabbed); return;
    case Part::projects: project_line(line, tabbed); return;
    case Part::other:
      if (starts_table(line, tabbed)) {
        part_ = Part::projects;
        project_line(line, tabbed);
        return;
      }
      diagnostics_.add(line.number, 1, Severity::info, code::line_skipped,
                       "line " + excerpt(line.text) + " belongs to a part of the document the model does not hold");
      return;
  }
}

void DocumentReader::part_heading_line(const PartHeading& heading) {
  if (part_ == Part::front)
    flush_pending(Severity::info, code::line_skipped, "front-page text the model does not hold");
  else flush_pending(Severity::warning, code::line_unplaced, "text before a part heading that is not a table title");
  close_table();
  if (!heading.name.empty()) {
    enter_part(heading.name);
    return;
  }
  listed_part_name_ = {};
  for (const auto& [number, listed] : contents_parts_)
    if (number == heading.number) listed_part_name_ = listed;
  part_ = Part::named_later;
}

void DocumentReader::enter_part(std::string_view name) {
  if (contains(name, "项目")) part_ = Part::projects;
  else if (name.empty() || contains(name, "部门") || contains(name, "整体")) part_ = Part::department;
  else part_ = Part::other;
}

void DocumentReader::front_line(const Line& line, bool tabbed) {
  if (!tabbed) {
    if (Key(line.text) == "目录") {
      flush_pending(Severity::info, code::line_skipped, "front-page text the model does not hold");
      part_ = Part::contents;
      return;
    }
    // A table's title (`8.冀财教【2023】149号-提前下达2024年…绩效目标表`) names a year and 绩效 too, but
    // neither the department nor, often, the budget year.
    if (!title_seen_ && !opens_title(line.text) && !looks_like_table_title(line.text)) {
      if (const auto title = document_title(line.text)) {
        title_seen_ = true;
        title_year_ = title->year;
        document_.department = title->department;
        return;
      }
    }
  }
  if (starts_table(line, tabbed)) {
    part_ = Part::projects;
    project_line(line, tabbed);
    return;
  }
  if (tabbed) {
    diagnostics_.unplaced(row_, "it stands on the front page, outside any table");
    return;
  }
  pending_.push_back(line);
}

void DocumentReader::contents_part_line(const Line& line, bool tabbed) {
  if (!tabbed) {
    if (const auto heading = part_heading(line.text)) {
      const bool listed = std::any_of(contents_parts_.begin(), contents_parts_.end(),
                                      [&](const auto& part) { return part.first == heading->number; });
      if (!listed) {
        contents_parts_.emplace_back(heading->number, heading->name);
        contents_in_project_part_ = contains(heading->name, "项目");
        return;
      }
      // A part heading seen twice: the first was in the contents, this one opens the body.
      leave_contents();
      part_heading_line(*heading);
      return;
    }
  }
  if (const auto entry = contents_line(tabbed ? row_text(line) : line.text)) {
    if (held_contents_) {
      const Line held = *held_contents_;
      held_contents_.reset();
      if (!leading_number(entry->text) && !leading_chinese_number(entry->text)) {
        std::string joined = clean_text(held.text);
        append_continuation(joined, entry->text);
        add_contents_entry(joined, entry->page, held.number);
        return;
      }
      diagnostics_.add(held.number, 1, Severity::warning, code::line_unplaced,
                       "line " + excerpt(held.text) + " of the contents has no page number");
    }
    add_contents_entry(entry->text, entry->page, line.number);
    return;
  }
  if (!tabbed && !held_contents_ && leading_number(line.text)) {
    held_contents_ = line;  // perhaps an entry wrapped over two lines
    return;
  }
  leave_contents();
  dispatch(line, tabbed);
}

void DocumentReader::add_contents_entry(std::string_view text, int page, std::size_t line) {
  ContentsEntry entry;
  entry.page = page;
  entry.line = line;
  bool project = contents_in_project_part_;
  const std::string_view body = strip_emphasis(text);
  if (const auto numbered = leading_number(body)) {
    entry.number = numbered->number;
    entry.title = clean_text(numbered->rest);
    project = true;
  } else if (const auto heading = leading_chinese_number(body)) {
    entry.number = heading->number;
    entry.title = clean_text(heading->rest);
    project = false;
    contents_list_department_ = true;
  } else {
    entry.title = clean_text(body);
  }
  document_.contents.push_back(std::move(entry));
  contents_project_.push_back(project);
}

void DocumentReader::leave_contents() {
  part_ = contents_list_department_ ? Part::department : Part::projects;
  if (held_contents_) {
    const Line held = *held_contents_;
    held_contents_.reset();
    dispatch(held, false);
  }
}

bool DocumentReader::starts_table(const Line& line, bool tabbed) {
  if (tabbed) return ProjectTable::is_start_row(row_);
  return unit_line(line.text) || money_unit_line(line.text) || looks_like_table_title(line.text);
}

void DocumentReader::department_line(const Line& line, bool tabbed) {
  if (tabbed && ProjectTable::is_start_row(row_)) {
    part_ = Part::projects;
    project_line(line, tabbed);
    return;
  }
  if (tabbed) {
    // A table of the department part is the department's: a 部门整体 table, titled by the line
    // before it when that reads as a title.
    if (!table_) open_table(std::move(department_title_), 0, line.number, true);
    department_title_.clear();
    table_->add(row_, diagnostics_);
    return;
  }
  if (table_) close_table();
  if (looks_like_table_title(line.text)) {
    if (ProjectTable::names_department(line.text)) {
      department_title_ = clean_text(strip_emphasis(line.text));
      return;
    }
    part_ = Part::projects;
    project_line(line, tabbed);
    return;
  }
  if (unit_line(line.text) || money_unit_line(line.text)) {
    part_ = Part::projects;
    project_line(line, tabbed);
    return;
  }
  department_.line(line, diagnostics_);
}

void DocumentReader::assign_row(const Line& line, RowSyntax syntax) {
  row_.assign(line, syntax);
  cut_long_cells();
}

void DocumentReader::cut_long_cells() {
  for (std::size_t i = 0; i < row_.size(); ++i) {
    if (row_.cell(i).size() <= options_.max_cell_size) continue;
    diagnostics_.add(row_, i, Severity::warning, code::cell_too_long,
                     "cell " + excerpt(row_.cell(i)) + " is longer than ReadOptions::max_cell_size (" +
                         std::to_string(options_.max_cell_size) + " bytes) and was cut there");
    row_.truncate(i, options_.max_cell_size);
  }
}

void DocumentReader::project_line(const Line& line, bool tabbed) {
  if (tabbed) {
    const bool start = ProjectTable::is_start_row(row_);
    if (!pending_.empty()) {
      // Under a title, the unit or 主管部门 may head the table before 项目名称 does; elsewhere such
      // a row is the table's (a new table is opened by 项目编码 or 项目名称 only).
      if (start || ProjectTable::is_head_row(row_)) open_table_from_pending();
      else
        flush_pending(Severity::warning, code::line_unplaced,
                      "text among table rows that is neither a row nor a title");
    } else if (start && (!table_ || table_->past_head())) {
      diagnostics_.add(line.number, 0, Severity::warning, code::table_without_title,
                       "a project table starts here without a title line");
      open_table({}, 0, line.number);
    }
    if (!table_) {
      diagnostics_.unplaced(row_, "it stands outside any project table");
      return;
    }
    table_->add(row_, diagnostics_);
    return;
  }
  if (const auto unit = unit_line(line.text)) {
    unit_ = unit->unit;
    // A unit line holds no tab, so code ⇥ name identifies the unit.
    if (known_units_.insert(concat(unit_.code, "\t", unit_.name)).second) document_.units.push_back(unit_);
    if (!pending_.empty()) open_table_from_pending();
    else if (table_ && !table_->has_rows()) table_->set_unit(unit_.code, unit_.name);
    if (!unit->rest.empty()) {
      if (const auto money = money_unit_line(unit->rest)) money_unit(*money, line);
    }
    return;
  }
  if (const auto money = money_unit_line(line.text)) {
    money_unit(*money, line);
    return;
  }
  // 长期绩效指标 on a line of its own inside a table: the header below is the whole period's.
  if (table_ && pending_.empty() && table_->label_line(line.text)) return;
  // `（2024年度）` under a form's title: the year it is for.
  if (const auto year = year_line(line.text); year && (!pending_.empty() || (table_ && !table_->has_rows()))) {
    stated_year(*year, line);
    return;
  }
  if (pending_.size() == 3) {
    // A title takes a line or two; what came before it is stray text.
    const Line stray = pending_.front();
    pending_.erase(pending_.begin());
    diagnostics_.add(stray.number, 1, Severity::warning, code::line_unplaced,
                     "line " + excerpt(stray.text) + " stands between tables and is not a table title");
  }
  pending_.push_back(line);
}

void DocumentReader::money_unit(const MoneyUnitLine& money, const Line& line) {
  if (!pending_.empty()) open_table_from_pending();
  // Like the unit line, it holds for the table it heads and the tables after it.
  in_yuan_ = money.unit == MoneyUnit::yuan;
  if (table_ && !table_->has_rows()) table_->set_amounts_in_yuan(in_yuan_);
  if (money.unit == MoneyUnit::unknown)
    diagnostics_.add(line.number, column_of(line.text, money.written.empty() ? line.text.data() : money.written.data()),
                     Severity::warning, code::money_unit,
                     "单位 " + excerpt(money.written) + " is neither 万元 nor 元; the amounts are read as 万元");
}

void DocumentReader::open_table_from_pending() {
  // The title starts at the last numbered (or `**`) line: a heading above it is no part of it. So
  // does a form's title whole on its line (`某某县 2025 年…申报表`): joining the lines above it, rather
  // than naming them, would be a guess.
  std::size_t start = 0;
  for (std::size_t i = pending_.size(); i-- > 0;) {
    if (opens_title(pending_[i].text) || (looks_like_table_title(pending_[i].text) && form_year(pending_[i].text))) {
      start = i;
      break;
    }
  }
  for (std::size_t i = 0; i < start; ++i)
    diagnostics_.add(pending_[i].number, 1, Severity::warning, code::line_unplaced,
                     "line " + excerpt(pending_[i].text) + " stands between tables and is not a table title");
  std::string title;
  for (std::size_t i = start; i < pending_.size(); ++i) append_continuation(title, strip_emphasis(pending_[i].text));
  int number = 0;
  if (const auto numbered = leading_number(title)) {
    number = numbered->number;
    title = std::string(numbered->rest);
  }
  const std::size_t line = pending_[start].number;
  pending_.clear();
  // A document of forms without a title of its own (自评表, county forms): a form's title may say the year.
  if (year() == 0)
    if (const auto year = form_year(title)) title_year_ = *year;
  open_table(std::move(title), number, line);
}

void DocumentReader::stated_year(int year, const Line& line) {
  if (this->year() == 0) {
    title_year_ = year;
  } else if (year != this->year()) {
    diagnostics_.add(line.number, 1, Severity::warning, code::year_mismatch,
                     "the form says it is for " + std::to_string(year) + " but the document's year is " +
                         std::to_string(this->year()) + ", which is used");
  }
}

void DocumentReader::open_table(std::string title, int number, std::size_t line, bool department) {
  close_table();
  table_.emplace(std::move(title), number, line, department);
  table_->set_unit(unit_.code, unit_.name);
  table_->set_department(document_.department);
  table_->set_amounts_in_yuan(in_yuan_);
}

void DocumentReader::close_table() {
  if (!table_) return;
  if (document_.department.empty()) document_.department = table_->stated_department();
  if (table_->is_department()) {
    // The department as a whole: its part of the model, not a project (nor a budget unit of its own).
    Project common = table_->finish(year(), headings_, diagnostics_);
    pack_texts(document_.goals.tables.emplace_back(table_->department_table(std::move(common))), texts_);
    table_.reset();
    return;
  }
  numbers_.push_back(table_->number());
  Project& project = document_.projects.emplace_back(table_->finish(year(), headings_, diagnostics_));
  table_.reset();
  pack_texts(project, texts_);
  // A unit named in the table's head rather than on a unit line of its own.
  if (!project.unit_name.empty() && known_units_.insert(concat(project.unit_code, "\t", project.unit_name)).second)
    document_.units.push_back(BudgetUnit{project.unit_code, project.unit_name});
}

void DocumentReader::flush_pending(Severity severity, DiagnosticCode code, std::string_view why) {
  for (const Line& pending : pending_)
    diagnostics_.add(pending.number, 1, severity, code, "line " + excerpt(pending.text) + ": " + std::string(why));
  pending_.clear();
}

Document DocumentReader::finish() {
  if (held_contents_) {
    diagnostics_.add(held_contents_->number, 1, Severity::warning, code::line_unplaced,
                     "line " + excerpt(held_contents_->text) + " of the contents has no page number");
    held_contents_.reset();
  }
  if (part_ == Part::front) {
    flush_pending(Severity::info, code::line_skipped, "front-page text the model does not hold");
  } else if (std::any_of(pending_.begin(), pending_.end(),
                         [](const Line& l) { return opens_title(l.text) || looks_like_table_title(l.text); })) {
    open_table_from_pending();  // a title whose table is missing: reported as incomplete
  } else {
    flush_pending(Severity::warning, code::line_unplaced, "text after the last table");
  }
  close_table();
  std::vector<DepartmentTable> tables = std::move(document_.goals.tables);
  document_.goals = department_.take();
  document_.goals.tables = std::move(tables);
  pack_texts(document_.department, texts_);
  pack_texts(document_.units, texts_);
  pack_texts(document_.contents, texts_);
  pack_texts(document_.goals.overall, texts_);
  pack_texts(document_.goals.items, texts_);
  pack_texts(document_.goals.measures, texts_);
  document_.year = year();
  check_year();
  check_contents();
  check_numbering();
  if (!any_text_) {
    diagnostics_.add(0, 0, Severity::error, code::document_empty, "the input holds no text");
  } else if (document_.projects.empty() && document_.goals.tables.empty()) {
    diagnostics_.add(0, 0, Severity::error, code::tables_missing,
                     "no project table (项目编码, 预算, indicators) was found in the document");
  }
  return std::move(document_);
}

void DocumentReader::check_year() {
  if (!any_text_) return;
  // A document of forms has no title of its own: when its tables name the department and the
  // year, nothing is missing.
  if (!title_seen_ && (document_.department.empty() || year() == 0))
    diagnostics_.add(0, 0, Severity::warning, code::title_missing,
                     "no title line such as “某某单位 2025 年部门预算绩效文本” names the department and the year");
  if (options_.year != 0 && title_year_ != 0 && options_.year != title_year_)
    diagnostics_.add(0, 0, Severity::warning, code::year_mismatch,
                     "ReadOptions::year is " + std::to_string(options_.year) + " but the title says " +
                         std::to_string(title_year_) + "; " + std::to_string(options_.year) + " is used");
  if (year() == 0)
    diagnostics_.add(0, 0, Severity::warning, code::year_unknown,
                     "the budget year is neither in the title nor in ReadOptions::year; dates such as 12月15日前 "
                     "stay without a year");
}

void DocumentReader::check_contents() {
  const auto& contents = document_.contents;
  const auto& projects = document_.projects;
  if (std::find(contents_project_.begin(), contents_project_.end(), true) == contents_project_.end()) return;
  // Tables by number and by title, each list consumed from the front as entries claim them.
  std::unordered_map<int, std::deque<std::size_t>> by_number;
  std::unordered_map<std::string, std::deque<std::size_t>> by_title;
  for (std::size_t k = 0; k < projects.size(); ++k) {
    if (numbers_[k] != 0) by_number[numbers_[k]].push_back(k);
    by_title[folded(projects[k].title)].push_back(k);
  }
  std::vector<bool> listed(projects.size(), false);
  const auto claim = [&](std::deque<std::size_t>& tables) -> std::optional<std::size_t> {
    while (!tables.empty() && listed[tables.front()]) tables.pop_front();
    if (tables.empty()) return std::nullopt;
    listed[tables.front()] = true;
    return tables.front();
  };
  for (std::size_t e = 0; e < contents.size(); ++e) {
    if (!contents_project_[e]) continue;
    const ContentsEntry& entry = contents[e];
    const std::string title = folded(entry.title);
    const auto found = entry.number != 0 ? claim(by_number[entry.number]) : claim(by_title[title]);
    const std::string label = concat(entry.number ? std::to_string(entry.number) + "." : std::string(), entry.title);
    if (!found) {
      diagnostics_.add(entry.line, 1, Severity::error, code::toc_mismatch,
                       "the contents list " + excerpt(label, 40) + " (page " + std::to_string(entry.page) +
                           ") but no such table was found");
      continue;
    }
    const Project& project = projects[*found];
    if (title != folded(project.title))
      diagnostics_.add(entry.line, 1, Severity::warning, code::toc_mismatch,
                       "the contents list " + excerpt(label, 40) + " but table " + std::to_string(entry.number) +
                           " at line " + std::to_string(project.line) + " is titled " + excerpt(project.title, 40));
  }
  for (std::size_t k = 0; k < projects.size(); ++k) {
    if (!listed[k])
      diagnostics_.add(projects[k].line, 0, Severity::warning, code::toc_mismatch,
                       "table " + excerpt(projects[k].title, 40) + " is not listed in the contents");
  }
}

void DocumentReader::check_numbering() {
  int previous = 0;
  for (std::size_t k = 0; k < numbers_.size(); ++k) {
    const int number = numbers_[k];
    if (number == 0) continue;
    if (number != previous + 1)
      diagnostics_.add(document_.projects[k].line, 1, Severity::warning, code::table_number_gap,
                       previous == 0 ? "the first numbered table is numbered " + std::to_string(number)
                                     : "table " + std::to_string(number) + " follows table " +
                                           std::to_string(previous) + ": is a table missing or out of order?");
    previous = number;
  }
}

}  // namespace jixiao::detail
