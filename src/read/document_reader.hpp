#pragma once
// Assembling the Document in one pass over the lines: the front page (title, department, year),
// the table of contents, the department-level part, then the project tables. A line is looked
// at once; the only lines held back are those that may turn out to be a table's title (a title
// is known for one when the unit line, the 单位 line or the 项目编码 row follows) and the first
// half of a contents entry wrapped over two lines.

#include "diagnostics.hpp"
#include "front_matter.hpp"
#include "project_table.hpp"
#include "rows.hpp"

#include <jixiao/document.hpp>
#include <jixiao/read.hpp>
#include <jixiao/text_store.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace jixiao::detail {

class DocumentReader {
 public:
  DocumentReader(const ReadOptions& options, Diagnostics& diagnostics) : options_(options), diagnostics_(diagnostics) {}

  // A line of text: a table row when it holds a TAB or is a markdown row (`| a | b |`), else a
  // line of text. `syntax` is row_syntax(line.text), when the caller has it already.
  void line(const Line& line) { this->line(line, row_syntax(line.text)); }
  void line(const Line& line, RowSyntax syntax);
  // A row of a grid. A table row whose one cell stands in the first column and spans several, or
  // reads as a title, unit, 单位 or part heading line, is read as a line: spreadsheets and PDFs
  // put such lines in a cell.
  void grid_row(const Grid& grid, const GridRow& row);
  // The document, after the checks that need all of it (contents against tables, numbering).
  Document finish();

 private:
  enum class Part { front, contents, named_later, department, projects, other };

  // One row, a table row (`tabbed`, in row_) or a line of text.
  void dispatch(const Line& line, bool tabbed);
  // A table row's text for the contents: the line as written, or a grid row's cells joined by TABs.
  std::string_view row_text(const Line& line);
  // Whether a one-cell grid row is a line of text rather than a table row.
  bool reads_as_line(std::string_view text) const;
  void front_line(const Line& line, bool tabbed);
  void contents_part_line(const Line& line, bool tabbed);
  void add_contents_entry(std::string_view text, int page, std::size_t line);
  void department_line(const Line& line, bool tabbed);
  void project_line(const Line& line, bool tabbed);
  void part_heading_line(const PartHeading& heading);
  void enter_part(std::string_view name);
  void leave_contents();
  void money_unit(const MoneyUnitLine& money, const Line& line);
  // Whether the line opens a project table: a unit or 单位 line, a title, a 项目编码 row (which
  // is then in row_).
  bool starts_table(const Line& line, bool tabbed);
  void assign_row(const Line& line, RowSyntax syntax);
  void cut_long_cells();

  void open_table_from_pending();
  // `department`: a table of the department part, whatever its title says.
  void open_table(std::string title, int number, std::size_t line, bool department = false);
  // The year a form states under its title (`（2024年度）`): the document's when it has none.
  void stated_year(int year, const Line& line);
  void close_table();
  void flush_pending(Severity severity, DiagnosticCode code, std::string_view why);

  int year() const noexcept { return options_.year != 0 ? options_.year : title_year_; }
  void check_year();
  void check_contents();
  void check_numbering();

  const ReadOptions& options_;
  Diagnostics& diagnostics_;
  Document document_;
  TextStore texts_;  // the document's texts, packed table by table
  Part part_ = Part::front;
  bool any_text_ = false;
  bool title_seen_ = false;
  int title_year_ = 0;

  std::vector<bool> contents_project_;  // per contents entry: whether it lists a project table
  std::vector<std::pair<int, std::string_view>> contents_parts_;  // part headings listed in the contents
  bool contents_in_project_part_ = false;
  bool contents_list_department_ = false;
  std::optional<Line> held_contents_;
  std::string_view listed_part_name_;  // the contents' name for a part whose heading has none

  DepartmentPart department_;
  std::string department_title_;  // a 部门整体 table's title, read in the department part

  std::vector<Line> pending_;  // text lines that may be the next table's title
  std::optional<ProjectTable> table_;
  Headings headings_;          // the 一级/二级 headings of all tables so far
  std::vector<int> numbers_;  // per project: the number written before its title; 0 if none
  BudgetUnit unit_;           // from the last unit line
  std::unordered_set<std::string> known_units_;  // code ⇥ name of each unit in document_.units
  bool in_yuan_ = false;      // from the last 单位 line
  Row row_;
  std::string joined_;  // row_text() of a grid row
  std::uint32_t grid_table_ = 0;  // the grid table of the last table row
};

}  // namespace jixiao::detail
