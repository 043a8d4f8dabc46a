#include "sheet.hpp"

#include "../ooxml/diagnostics.hpp"
#include "../ooxml/occupancy.hpp"
#include "../ooxml/package.hpp"
#include "reference.hpp"
#include "string_item.hpp"

#include <jixiao/error.hpp>
#include <jixiao/source.hpp>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace jixiao::detail {
namespace {

struct PendingCell {
  std::uint32_t column = 0;  // 1-based
  std::size_t offset = 0;    // in PendingSheet::text
  std::size_t size = 0;
  std::uint32_t row_span = 1;
  std::uint32_t column_span = 1;
  bool covered = false;  // under a merged range that is not its own: not shown
};

struct PendingRow {
  std::uint32_t number = 0;
  bool hidden = false;
  std::size_t first_cell = 0;
  std::size_t cell_count = 0;
};

struct PendingDiagnostic {
  std::uint32_t row = 0;
  std::uint32_t column = 0;  // 1-based; 0 for the row
  DiagnosticCode code;
  std::string reason;
};

// A sheet as read, before merged ranges (written after the cells) give the cells their spans.
struct PendingSheet {
  std::vector<PendingRow> rows;
  std::vector<PendingCell> cells;
  std::string text;
  std::vector<CellRange> merges;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> hidden_columns;  // 1-based, inclusive
  std::vector<PendingDiagnostic> diagnostics;
};

enum class CellType : std::uint8_t { number, shared_string, inline_string, formula_string, boolean, error, date };

CellType cell_type(std::string_view t) noexcept {
  if (t == "s") return CellType::shared_string;
  if (t == "inlineStr") return CellType::inline_string;
  if (t == "str") return CellType::formula_string;
  if (t == "b") return CellType::boolean;
  if (t == "e") return CellType::error;
  if (t == "d") return CellType::date;
  return CellType::number;
}

template <class T>
bool parse_unsigned(std::string_view text, T& out) noexcept {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

std::string cell_name(std::string_view sheet, std::uint32_t row, std::uint32_t column) {
  return std::string(sheet) + '!' + column_letters(column) + std::to_string(row);
}

class SheetHandler final : public XmlHandler {
 public:
  SheetHandler(const WorkbookParts& workbook, std::string_view sheet, std::size_t cell_budget, std::size_t text_budget,
               const ReadOptions& options, PendingSheet& out)
      : workbook_(workbook), sheet_(sheet), budget_(cell_budget), text_budget_(text_budget), options_(options), out_(out) {}

  void start(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.space != XmlNamespace::spreadsheet) return;
    const std::string_view l = name.local;
    if (in_cell_) {
      if (in_inline_) {
        item_.start(name);
      } else if (l == "v") {
        in_value_ = has_value_ = true;
      } else if (l == "f") {
        in_formula_ = has_formula_ = true;
      } else if (l == "is") {
        in_inline_ = true;
        item_.reset();
      }
    } else if (l == "c") {
      if (in_row_) start_cell(attributes);
    } else if (l == "row") {
      if (in_data_) start_row(attributes);
    } else if (l == "sheetData") {
      in_data_ = true;
    } else if (l == "col") {
      std::uint32_t first = 0;
      std::uint32_t last = 0;
      const std::string_view hidden = attributes.get("hidden");
      if ((hidden == "1" || hidden == "true") && parse_unsigned(attributes.get("min"), first) &&
          parse_unsigned(attributes.get("max"), last) && first >= 1 && first <= last)
        out_.hidden_columns.emplace_back(first, std::min(last, max_sheet_column));
    } else if (l == "mergeCell") {
      if (const auto range = parse_cell_range(attributes.get("ref")))
        if (range->first.row != range->last.row || range->first.column != range->last.column)
          out_.merges.push_back(*range);
    }
  }

  void end(const XmlName& name) override {
    if (name.space != XmlNamespace::spreadsheet) return;
    const std::string_view l = name.local;
    if (in_cell_) {
      if (in_inline_) {
        if (l == "is")
          in_inline_ = false;
        else
          item_.end(name);
      } else if (l == "v") {
        in_value_ = false;
      } else if (l == "f") {
        in_formula_ = false;
      } else if (l == "c") {
        finish_cell();
      }
    } else if (l == "row") {
      finish_row();
    } else if (l == "sheetData") {
      in_data_ = false;
    }
  }

  void text(std::string_view text) override {
    if (in_value_)
      value_ += text;
    else if (in_inline_)
      item_.text(text, value_);
    else if (in_formula_ && formula_.size() < 200)
      formula_ += text;
  }

 private:
  void start_row(const XmlAttributes& attributes) {
    finish_row();  // a row inside a row (a damaged file) ends the first
    std::uint32_t number = 0;
    const std::string_view hidden = attributes.get("hidden");
    if (!parse_unsigned(attributes.get("r"), number) || number == 0 || number > max_sheet_row)
      number = last_row_ + 1;
    row_ = PendingRow{number, hidden == "1" || hidden == "true", out_.cells.size(), 0};
    in_row_ = true;
    next_column_ = 1;
  }

  void finish_row() {
    if (!in_row_) return;
    in_row_ = false;
    last_row_ = row_.number;
    if (row_.cell_count > 0) out_.rows.push_back(row_);
  }

  void start_cell(const XmlAttributes& attributes) {
    in_cell_ = true;
    in_value_ = in_formula_ = in_inline_ = false;
    has_value_ = has_formula_ = false;
    value_.clear();
    formula_.clear();
    style_ = 0;
    type_ = CellType::number;
    column_ = next_column_;
    attributes.each([&](std::string_view name, std::string_view value) {
      if (name == "r") {
        if (const auto at = parse_cell_reference(value)) column_ = at->column;
      } else if (name == "s") {
        parse_unsigned(value, style_);
      } else if (name == "t") {
        type_ = cell_type(value);
      }
    });
    next_column_ = column_ + 1;
  }

  void diagnose(DiagnosticCode code, std::string reason) {
    out_.diagnostics.push_back(PendingDiagnostic{row_.number, column_, code, std::move(reason)});
  }

  void finish_cell() {
    in_cell_ = false;
    std::string& text = out_.text;
    const std::size_t begin = text.size();
    switch (type_) {
      case CellType::shared_string: {
        std::size_t index = 0;
        const auto string = parse_unsigned(value_, index) ? workbook_.strings.at(index) : std::nullopt;
        if (string)
          text += *string;
        else if (has_value_)
          diagnose(grid_code::string_missing, cell_name(sheet_, row_.number, column_) + " refers to shared string " +
                                                  excerpt_bytes(value_) + ", which the workbook does not have");
        break;
      }
      case CellType::inline_string:
      case CellType::formula_string:
        text += value_;
        decode_cell_text(text, begin);
        break;
      case CellType::boolean: text += value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_; break;
      case CellType::error:
      case CellType::date: text += value_; break;
      case CellType::number:
        if (value_.empty()) break;
        switch (workbook_.styles.format(style_).render(value_, workbook_.dates, text)) {
          case Shown::number:
          case Shown::general: break;
          case Shown::hidden:
            diagnose(grid_code::number_hidden, cell_name(sheet_, row_.number, column_) +
                                                   ": its number format shows nothing; the number is read as " +
                                                   text.substr(begin));
            break;
          case Shown::not_a_number:
            text += value_;
            diagnose(grid_code::number_unreadable,
                     cell_name(sheet_, row_.number, column_) + " holds " + excerpt_bytes(value_) + " as a number, which it is not");
            break;
        }
        break;
    }
    // An empty result is a result only for a formula that gives text.
    if (has_formula_ && (!has_value_ || (value_.empty() && type_ != CellType::formula_string)) &&
        type_ != CellType::inline_string)
      diagnose(grid_code::formula_without_value,
               cell_name(sheet_, row_.number, column_) + ": the formula =" + excerpt_bytes(formula_) +
                   " has no saved result (the file was not calculated when saved): the cell reads as empty");
    if (text.size() == begin) return;
    if (out_.cells.size() >= budget_)
      throw LimitError("the workbook has more than ReadOptions::max_cells (" + std::to_string(options_.max_cells) +
                       ") cells");
    // Shared strings and number formats let a small file repeat text without end.
    if (text.size() > text_budget_)
      throw LimitError("the workbook's cells hold more text than ReadOptions::max_uncompressed_size (" +
                       std::to_string(options_.max_uncompressed_size) + " bytes)");
    PendingCell& cell = out_.cells.emplace_back();
    cell.column = column_;
    cell.offset = begin;
    cell.size = text.size() - begin;
    ++row_.cell_count;
  }

  const WorkbookParts& workbook_;
  std::string_view sheet_;
  std::size_t budget_;
  std::size_t text_budget_;
  const ReadOptions& options_;
  PendingSheet& out_;
  PendingRow row_;
  std::uint32_t last_row_ = 0;
  std::uint32_t next_column_ = 1;
  std::uint32_t column_ = 1;
  std::uint32_t style_ = 0;
  CellType type_ = CellType::number;
  bool in_data_ = false, in_row_ = false, in_cell_ = false;
  bool in_value_ = false, in_formula_ = false, in_inline_ = false;
  bool has_value_ = false, has_formula_ = false;
  StringItem item_;
  std::string value_;
  std::string formula_;
};

// Rows by number and cells by column: a sheet writes them so, but nothing forces it to.
void sort_sheet(PendingSheet& s) {
  const auto by_number = [](const PendingRow& a, const PendingRow& b) { return a.number < b.number; };
  if (!std::is_sorted(s.rows.begin(), s.rows.end(), by_number)) std::stable_sort(s.rows.begin(), s.rows.end(), by_number);
  const auto by_column = [](const PendingCell& a, const PendingCell& b) { return a.column < b.column; };
  for (const PendingRow& row : s.rows) {
    const auto first = s.cells.begin() + static_cast<std::ptrdiff_t>(row.first_cell);
    const auto last = first + static_cast<std::ptrdiff_t>(row.cell_count);
    if (!std::is_sorted(first, last, by_column)) std::stable_sort(first, last, by_column);
  }
}

// Gives each merged range's top-left cell its spans and marks the other cells of the range as
// covered, in one sweep over the rows with the ranges open at each row (ranges do not overlap in
// a valid sheet). Returns the rows the spans cover below their first row, as intervals.
std::vector<std::pair<std::uint32_t, std::uint32_t>> apply_merges(PendingSheet& s, std::string_view sheet) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> covered_rows;
  if (s.merges.empty() || s.rows.empty()) return covered_rows;
  std::sort(s.merges.begin(), s.merges.end(),
            [](const CellRange& a, const CellRange& b) { return a.first.row < b.first.row; });
  const std::uint32_t last_row = s.rows.back().number;
  std::map<std::uint32_t, CellRange> open;  // by first column
  std::size_t next = 0;
  for (const PendingRow& row : s.rows) {
    for (; next < s.merges.size() && s.merges[next].first.row <= row.number; ++next)
      if (s.merges[next].last.row >= row.number) open.insert_or_assign(s.merges[next].first.column, s.merges[next]);
    if (open.empty()) continue;
    for (std::size_t k = 0; k < row.cell_count; ++k) {
      PendingCell& cell = s.cells[row.first_cell + k];
      auto it = open.upper_bound(cell.column);
      const CellRange* range = nullptr;
      while (it != open.begin()) {
        --it;
        if (it->second.last.row < row.number) {
          it = open.erase(it);
          continue;
        }
        if (cell.column <= it->second.last.column) range = &it->second;
        break;
      }
      if (range == nullptr) continue;
      if (range->first.row == row.number && range->first.column == cell.column) {
        const std::uint32_t bottom = std::min(range->last.row, last_row);
        cell.row_span = bottom - row.number + 1;
        cell.column_span = range->last.column - range->first.column + 1;
        if (bottom > row.number) covered_rows.emplace_back(row.number + 1, bottom);
      } else {
        cell.covered = true;
        s.diagnostics.push_back(PendingDiagnostic{
            row.number, cell.column, grid_code::cell_covered,
            cell_name(sheet, row.number, cell.column) + " holds \"" + excerpt_bytes(std::string_view(s.text).substr(cell.offset, cell.size)) +
                "\" under the merged cell " + cell_name(sheet, range->first.row, range->first.column) +
                ", which shows only its first cell's text: left out"});
      }
    }
  }
  return covered_rows;
}

std::string column_list(const std::set<std::uint32_t>& columns) {
  std::string out;
  std::size_t listed = 0;
  for (const std::uint32_t c : columns) {
    if (listed == 10) {
      out += ", …";
      break;
    }
    if (listed++ > 0) out += ", ";
    out += column_letters(c);
  }
  return out;
}

class SheetWriter {
 public:
  SheetWriter(PendingSheet& s, const SheetPart& sheet, std::size_t max_cells, Grid& grid, GridCount& count)
      : s_(s), sheet_(sheet), max_cells_(max_cells), grid_(grid), count_(count) {}

  void write() {
    count_.cells += s_.cells.size();  // within the budget the handler kept
    sort_sheet(s_);
    const auto covered = apply_merges(s_, sheet_.name);
    const std::vector<std::uint32_t> empty_rows = rows_to_add(covered);
    // Hidden columns as disjoint ranges, in order.
    std::sort(s_.hidden_columns.begin(), s_.hidden_columns.end());
    for (const auto& range : s_.hidden_columns) {
      if (!hidden_.empty() && range.first <= hidden_.back().second + 1)
        hidden_.back().second = std::max(hidden_.back().second, range.second);
      else
        hidden_.push_back(range);
    }
    // The sheet's rows and the empty rows under merged cells, in order.
    std::size_t r = 0;
    std::size_t e = 0;
    while (r < s_.rows.size() || e < empty_rows.size()) {
      if (e == empty_rows.size() || (r < s_.rows.size() && s_.rows[r].number < empty_rows[e]))
        write_row(s_.rows[r++]);
      else
        write_row(PendingRow{empty_rows[e++], false, 0, 0});
    }
    close_hidden_rows();
    diagnose_hidden_columns();
    for (PendingDiagnostic& d : s_.diagnostics) add(line_of(d.row), d.column, d.code, std::move(d.reason));
    if (sheet_.hidden && !lines_.empty())
      add(lines_.front().second, 0, grid_code::hidden_sheet,
          "sheet " + std::string(sheet_.name) + " is hidden: it is read as if shown");
  }

 private:
  // Rows that a merged cell covers and the sheet does not have: rows of the grid, so the span counts them.
  std::vector<std::uint32_t> rows_to_add(std::vector<std::pair<std::uint32_t, std::uint32_t>> covered) {
    std::vector<std::uint32_t> rows;
    std::sort(covered.begin(), covered.end());
    std::uint32_t done = 0;  // rows up to here are decided
    std::size_t r = 0;
    for (const auto& [first, last] : covered) {
      for (std::uint32_t n = std::max(first, done + 1); n <= last; ++n) {
        while (r < s_.rows.size() && s_.rows[r].number < n) ++r;
        if (r < s_.rows.size() && s_.rows[r].number == n) continue;
        if (++count_.cells > max_cells_) too_many();
        rows.push_back(n);
      }
      done = std::max(done, last);
    }
    return rows;
  }

  [[noreturn]] void too_many() const {
    throw LimitError("the workbook has more than ReadOptions::max_cells (" + std::to_string(max_cells_) + ") cells");
  }

  void write_row(const PendingRow& row) {
    if (lines_.empty() || row.number > previous_ + 1) {
      ++count_.tables;
      occupancy_ = Occupancy();
    }
    previous_ = row.number;
    const std::size_t line = grid_.add_row(RowKind::table_row, sheet_.number, row.number, count_.tables).line;
    lines_.emplace_back(row.number, line);
    occupancy_.next_row();
    for (std::size_t k = 0; k < row.cell_count; ++k) {
      const PendingCell& cell = s_.cells[row.first_cell + k];
      if (cell.covered) continue;
      if (!occupancy_.place(cell.column - 1, cell.column_span, cell.row_span)) {
        add(line, cell.column, grid_code::cell_covered,
            cell_name(sheet_.name, row.number, cell.column) + " holds \"" +
                excerpt_bytes(std::string_view(s_.text).substr(cell.offset, cell.size)) +
                "\" where another cell already stands (two cells with one reference, or merged ranges that "
                "overlap): left out");
        continue;
      }
      grid_.add_cell(std::string_view(s_.text).substr(cell.offset, cell.size), cell.column - 1, cell.row_span,
                     cell.column_span);
      if (in_hidden_column(cell.column)) {
        if (hidden_columns_.empty()) hidden_column_line_ = line;
        hidden_columns_.insert(cell.column);
      }
    }
    // Hidden rows that show something, in runs of consecutive rows: one diagnostic a run.
    const bool hidden = row.hidden && row.cell_count > 0;
    if (hidden && hidden_run_ && row.number == hidden_last_ + 1) {
      hidden_last_ = row.number;
      return;
    }
    close_hidden_rows();
    if (hidden) {
      hidden_run_ = true;
      hidden_first_ = hidden_last_ = row.number;
      hidden_line_ = line;
    }
  }

  void close_hidden_rows() {
    if (!hidden_run_) return;
    hidden_run_ = false;
    const std::string rows = hidden_first_ == hidden_last_
                                 ? "row " + std::to_string(hidden_first_)
                                 : "rows " + std::to_string(hidden_first_) + "–" + std::to_string(hidden_last_);
    add(hidden_line_, 0, grid_code::hidden_row,
        rows + " of sheet " + std::string(sheet_.name) + (hidden_first_ == hidden_last_ ? " is" : " are") +
            " hidden: read as if shown");
  }

  bool in_hidden_column(std::uint32_t column) const {
    const auto after = std::upper_bound(hidden_.begin(), hidden_.end(), column,
                                        [](std::uint32_t c, const auto& range) { return c < range.first; });
    return after != hidden_.begin() && std::prev(after)->second >= column;
  }

  void diagnose_hidden_columns() {
    if (hidden_columns_.empty()) return;
    const bool one = hidden_columns_.size() == 1;
    add(hidden_column_line_, 0, grid_code::hidden_column,
        (one ? "column " : "columns ") + column_list(hidden_columns_) + " of sheet " + std::string(sheet_.name) +
            (one ? " is hidden: its cells are" : " are hidden: their cells are") + " read as if shown");
  }

  std::size_t line_of(std::uint32_t row) const {
    const auto it = std::lower_bound(lines_.begin(), lines_.end(), std::pair<std::uint32_t, std::size_t>(row, 0));
    return it != lines_.end() && it->first == row ? it->second : 0;
  }

  void add(std::size_t line, std::uint32_t column, DiagnosticCode code, std::string reason) {
    grid_.add_diagnostic(Diagnostic{line, column, Severity::warning, code, std::move(reason)});
  }

  PendingSheet& s_;
  const SheetPart& sheet_;
  std::size_t max_cells_;
  Grid& grid_;
  GridCount& count_;
  Occupancy occupancy_;  // of the current table
  std::vector<std::pair<std::uint32_t, std::uint32_t>> hidden_;  // hidden columns, disjoint ranges in order
  std::vector<std::pair<std::uint32_t, std::size_t>> lines_;   // row number → grid line, in order
  std::uint32_t previous_ = 0;
  bool hidden_run_ = false;
  std::uint32_t hidden_first_ = 0, hidden_last_ = 0;
  std::size_t hidden_line_ = 0;
  std::set<std::uint32_t> hidden_columns_;
  std::size_t hidden_column_line_ = 0;
};

}  // namespace

void read_sheet(ZipArchive& zip, const SheetPart& sheet, const WorkbookParts& workbook, const ReadOptions& options,
                Grid& grid, GridCount& count) {
  PendingSheet pending;
  const std::size_t budget = count.cells < options.max_cells ? options.max_cells - count.cells : 0;
  const std::size_t text = grid.text_size();
  const std::size_t text_budget = text < options.max_uncompressed_size ? options.max_uncompressed_size - text : 0;
  SheetHandler handler(workbook, sheet.name, budget, text_budget, options, pending);
  read_xml_part(zip, sheet.path, handler, options);
  SheetWriter(pending, sheet, options.max_cells, grid, count).write();
}

}  // namespace jixiao::detail
