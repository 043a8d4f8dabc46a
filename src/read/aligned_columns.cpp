#include "aligned_columns.hpp"

#include "diagnostics.hpp"
#include "indicator_table.hpp"
#include "project_table.hpp"
#include "rebuilt_rows.hpp"
#include "text.hpp"

#include <jixiao/indicator.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::detail {
namespace {

// Bounds that keep the rebuild linear in its input. Past them the text is not taken for a table of
// this kind (its lines go to the reader as they stand), or the simpler placing named at each is used.
constexpr std::size_t max_columns = 40;       // a header of more cells is no indicator header
constexpr std::size_t max_line_cells = 64;    // cells of a line; the rest of a longer line is its last
constexpr std::size_t max_head_lines = 400;   // non-blank lines of a table's head (项目编码 … 绩效目标)
constexpr std::size_t max_label_width = 12;   // columns of the head's label column
constexpr std::size_t max_row_lines = 16;     // lines of one indicator row
constexpr std::size_t max_group_work = 1u << 22;  // texts × rows² of the merged-cell placing
constexpr std::size_t max_fitted_lines = 600;     // lines of a table's later pages fitted to its header

constexpr double infinity = std::numeric_limits<double>::infinity();

// A run of text on a line: [begin, end) in code-point columns, as pdftotext places characters.
struct Segment {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view text;
  // Touching counts: cells of one column rarely stand exactly side by side.
  bool meets(std::size_t b, std::size_t e) const noexcept { return begin <= e && end >= b; }
};

// The runs of a line apart by two blanks or more, from column `first` of the line on.
std::vector<Segment> segments(std::string_view line, std::size_t first = 0) {
  std::vector<Segment> out;
  std::size_t column = 0;
  std::size_t blanks = 2;
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (const std::size_t blank = blank_at(line, i)) {
      i += blank;
      ++column;
      ++blanks;
      continue;
    }
    const std::size_t at = i;
    next_code_point(line, i);
    if (column++ < first) continue;
    if (blanks >= 2 || out.empty()) {
      out.push_back(Segment{column - 1, column, {}});
      start = at;
    }
    out.back().end = column;
    out.back().text = line.substr(start, i - start);
    blanks = 0;
  }
  return out;
}

bool opens_comparison(char32_t c) noexcept {
  return c == U'≥' || c == U'≤' || c == U'＞' || c == U'＜' || c == U'＝' || c == '>' || c == '<' || c == '=';
}

// The cells of a line of an indicator table: its runs, split again at a single blank between two
// wide characters or before a comparator. Where columns are narrow pdftotext leaves one blank
// between cells, and inside a cell there is none between CJK characters (`科技助力乡村振兴服 面向农村…`,
// `≥130 次 市科协…`); a blank beside a figure (`2024 年`) stays inside its cell.
std::vector<Segment> cell_segments(std::string_view line) {
  std::vector<Segment> out;
  for (const Segment& run : segments(line)) {
    const std::string_view s = run.text;
    std::size_t column = run.begin;
    std::size_t piece = 0;
    std::size_t piece_column = run.begin;
    char32_t previous = 0;
    for (std::size_t i = 0; i < s.size();) {
      if (const std::size_t blank = blank_at(s, i)) {
        std::size_t next = i + blank;
        const char32_t following = next < s.size() ? next_code_point(s, next) : 0;
        if ((is_wide(previous) && is_wide(following)) || opens_comparison(following)) {
          out.push_back(Segment{piece_column, column, s.substr(piece, i - piece)});
          piece = i + blank;
          piece_column = column + 1;
        }
        i += blank;
        ++column;
        previous = ' ';
        continue;
      }
      previous = next_code_point(s, i);
      ++column;
    }
    out.push_back(Segment{piece_column, run.end, s.substr(piece)});
  }
  return out;
}

// A line of more cells than any table has keeps its text: the cells past max_line_cells are one.
void cap_cells(std::vector<Segment>& cells) {
  if (cells.size() <= max_line_cells) return;
  Segment& last = cells[max_line_cells - 1];
  const Segment& end = cells.back();
  last.text = std::string_view(last.text.data(), static_cast<std::size_t>(end.text.data() + end.text.size() - last.text.data()));
  last.end = end.end;
  cells.resize(max_line_cells);
}

// Columns a text takes on paper: two for a wide character.
std::size_t display_width(std::string_view text) noexcept {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) width += is_wide(next_code_point(text, i)) ? 2 : 1;
  return width;
}

void append_piece(std::string& cell, std::string_view piece) {
  if (!cell.empty()) cell += ' ';
  cell += piece;
}

// A figure of the head or the plan — an amount, a percentage, a milestone — which never wraps into
// another cell.
bool is_figure(std::string_view text) {
  return milestone_month(text).has_value() || percent_value(text).has_value() || ProjectTable::is_amount(text);
}

bool is_indicator_header(const std::vector<Segment>& cells) {
  bool first = false, second = false;
  for (const Segment& s : cells) {
    const Key key(s.text);
    first = first || key.starts_with("一级指标");
    second = second || key.starts_with("二级指标");
  }
  return first && second;
}

// The words a label of the head may start with, as a fragment of a label wrapped in the label
// column (`资金支出` / `计划` / `（%）`) starts the next label.
constexpr std::string_view label_starts[] = {"项目", "预算", "资金", "绩效", "年度", "总体",
                                             "中期", "长期", "实施", "主管", "单位"};
// How labels end: a fragment after these starts another label, not the rest of this one.
constexpr std::string_view label_ends[] = {"编码", "代码", "编号", "名称", "用途", "计划",
                                           "目标", "单位", "部门", ")",    "%"};

bool opens_label(std::string_view fragment) noexcept {
  const Key key(fragment);
  if (std::any_of(std::begin(label_starts), std::end(label_starts), [&](std::string_view s) { return key.starts_with(s); }))
    return true;
  const ProjectTable::Label known = ProjectTable::label_of(fragment);  // 联系电话, 填报人 …
  return known == ProjectTable::Label::head || known == ProjectTable::Label::amount;
}

// A label whole as it stands: one ending so, or a head or amount label the project table knows by
// its words (项目审批文号, 项目属性, 项目负责人 …: the head fields of the provinces' forms).
bool ends_label(std::string_view label) noexcept {
  const Key key(label);
  if (std::any_of(std::begin(label_ends), std::end(label_ends), [&](std::string_view s) { return key.ends_with(s); }))
    return true;
  const ProjectTable::Label known = ProjectTable::label_of(label);
  return known == ProjectTable::Label::head || known == ProjectTable::Label::amount;
}

// The width on paper (display_width) of the first word of a text, where a line may break before the
// next: one wide character, or narrow ones up to a blank or a wide one, an opening bracket with them
// (`〔2024〕18 号` → `〔2024`).
std::size_t first_word(std::string_view text) noexcept {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (is_space(c) || (is_wide(c) && width > 0)) break;
    width += is_wide(c) ? 2 : 1;
    if (is_wide(c) && c != U'〔' && c != U'（' && c != U'“' && c != U'【') break;
  }
  return width;
}

// A cell that is whole as it stands: a figure, a label (年度目标 over the goals too), or a mark for
// "not stated".
bool is_whole(std::string_view text) {
  const Key key(text);
  if (is_figure(text) || key == "-" || key == "—" || key == "/" || key == "无") return true;
  const ProjectTable::Label label = ProjectTable::label_of(text);
  return label == ProjectTable::Label::head || label == ProjectTable::Label::amount ||
         label == ProjectTable::Label::goals;
}

// A cell's line that ends where a range goes on (`2025 年 1 月-`, `0838-`).
bool opens_range(std::string_view text) noexcept {
  return text.ends_with("-") || text.ends_with("—") || text.ends_with("至") || text.ends_with("～") || text.ends_with("~");
}

// Whether `text` may be the next line of the cell `above`: neither whole — but for a figure ending a
// range the line above opened (`2025 年 1 月-` / `2025 年 12 月`).
bool may_continue(std::string_view above, std::string_view text) {
  if (is_whole(above)) return false;
  return opens_range(above) || !is_whole(text);
}

struct BlockLine {
  std::string_view text;
  std::size_t number = 0;
  bool blank = false;
  bool page_number = false;
  bool block_label = false;  // 长期绩效指标 / 年度绩效指标 alone: a line that labels the indicator rows below
  bool page_start = false;  // pdftotext starts each page with a form feed
};

struct BuiltRow {
  std::size_t line = 0;
  bool text_line = false;          // a line of text, not a table row
  std::vector<std::string> cells;  // by column

  void put(std::size_t column, std::string_view text) {
    if (cells.size() <= column) cells.resize(column + 1);
    append_piece(cells[column], text);
  }
};

struct HeaderColumn {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
  IndicatorTable::Field field = IndicatorTable::none;
  std::size_t line = 0;  // of the fragment, for joining fragments in line order
  double middle() const noexcept { return (static_cast<double>(begin) + static_cast<double>(end)) / 2; }
};

struct Header {
  std::size_t line = 0;   // index of the line holding 一级指标 and 二级指标
  std::size_t first = 0;  // indices of the lines the header takes: a header cell may wrap (指标值确定 / 依据)
  std::size_t last = 0;
  std::vector<HeaderColumn> columns;
};

// The column of each cell of a line: left to right, each as near the middle of its column as the
// cells' order allows (pdftotext moves the cells of a crowded line off their columns), two cells in
// one column only when nothing else fits. Its tables are kept between lines: fitting a page to the
// header places the same lines many times.
class CellPlacer {
 public:
  // The cost of the best placing of `cells`, each moved to scale·x + shift; `columns` gets it.
  double place(const std::vector<Segment>& cells, double scale, double shift, const std::vector<double>& middles,
               std::vector<std::size_t>* columns) {
    const std::size_t n = cells.size(), m = middles.size();
    if (n == 0 || m == 0) return 0;
    constexpr double shared = 8;  // a second cell in a column
    cost_.assign(n * m, infinity);
    from_.assign(n * m, 0);
    for (std::size_t i = 0; i < n; ++i) {
      const double begin = scale * static_cast<double>(cells[i].begin) + shift;
      const double end = scale * static_cast<double>(cells[i].end) + shift;
      double best_before = infinity;  // the cheapest placing of cell i−1 in a column left of c
      std::size_t best_column = 0;
      for (std::size_t c = 0; c < m; ++c) {
        const double d = (begin - 0.5 <= middles[c] && middles[c] <= end + 0.5) ? 0 : std::abs((begin + end) / 2 - middles[c]);
        if (i == 0) {
          cost_[c] = d;
          continue;
        }
        const double same = cost_[(i - 1) * m + c] + shared;
        if (best_before <= same) {
          cost_[i * m + c] = best_before + d;
          from_[i * m + c] = best_column;
        } else {
          cost_[i * m + c] = same + d;
          from_[i * m + c] = c;
        }
        if (cost_[(i - 1) * m + c] < best_before) {
          best_before = cost_[(i - 1) * m + c];
          best_column = c;
        }
      }
    }
    std::size_t c = 0;
    for (std::size_t k = 1; k < m; ++k)
      if (cost_[(n - 1) * m + k] < cost_[(n - 1) * m + c]) c = k;
    const double total = cost_[(n - 1) * m + c];
    if (columns) {
      columns->assign(n, 0);
      for (std::size_t i = n; i-- > 0;) {
        (*columns)[i] = c;
        c = from_[i * m + c];
      }
    }
    return total;
  }

 private:
  std::vector<double> cost_;
  std::vector<std::size_t> from_;
};

class AlignedBlock {
 public:
  explicit AlignedBlock(std::span<const Line> lines);
  void rebuild(Grid& out);

 private:
  // A piece of the head's content: a line of several cells, a line of one, or a paragraph (lines of
  // one cell each, one under the other: the use of funds, the goals).
  struct Unit {
    enum Kind { single, paragraph, line } kind = single;
    std::size_t first = 0;  // line numbers
    std::size_t last = 0;
    std::vector<Segment> cells;
    std::vector<std::string_view> texts;  // a paragraph's lines
    bool wrapped = false;                  // a paragraph of a cell's wrapped lines, which a label ends
  };
  struct LabelGroup {
    std::size_t first = 0;  // line numbers
    std::size_t last = 0;
    std::string text;
  };

  void as_lines(std::size_t from, std::size_t to);
  void head(std::size_t from, std::size_t to);
  void head_band(const LabelGroup* label, const std::vector<const Unit*>& units);
  std::optional<Header> header_at(std::size_t line, std::size_t from, std::size_t to) const;
  void indicators(const Header& header, std::size_t to);

  // A line of indicator rows whose columns are not known.
  struct Unplaced {
    std::size_t line = 0;
    std::size_t header = 0;  // the line of the header its page was fitted to
    std::string_view text;
  };

  std::vector<BlockLine> lines_;
  std::vector<BuiltRow> rows_;
  std::vector<Unplaced> unplaced_;
  // The head's cells stand at the top of their rows: so do the indicator rows' one-line cells.
  bool top_aligned_ = false;
};

AlignedBlock::AlignedBlock(std::span<const Line> lines) {
  lines_.reserve(lines.size());
  for (const Line& line : lines) {
    BlockLine l;
    l.text = line.text;
    l.number = line.number;
    l.blank = is_blank(line.text);
    l.page_number = !l.blank && is_page_number(line.text);
    l.block_label = !l.blank && IndicatorTable::block_label(trim(line.text)) != IndicatorBlock::none;
    l.page_start = line.text.starts_with('\f');
    lines_.push_back(l);
  }
}

void AlignedBlock::as_lines(std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (lines_[i].blank) continue;
    BuiltRow row{lines_[i].number, true, {std::string(trim(lines_[i].text))}};
    rows_.push_back(std::move(row));
  }
}

std::optional<Header> AlignedBlock::header_at(std::size_t line, std::size_t from, std::size_t to) const {
  Header header;
  header.line = header.first = header.last = line;
  for (const Segment& s : segments(lines_[line].text))
    header.columns.push_back(HeaderColumn{s.begin, s.end, std::string(s.text), IndicatorTable::none, line});
  const std::size_t base = header.columns.size();
  // A header cell wrapped over lines puts its other lines above and below, clear of the others; or,
  // where cells stand at the top of their rows, its next line below it, which makes it a name of a
  // column (`评（扣）` / `分标准`).
  const auto continued = [&](std::size_t k, const Segment& p) -> HeaderColumn* {
    if (k != line + 1) return nullptr;
    HeaderColumn* hit = nullptr;
    for (std::size_t c = 0; c < base; ++c) {
      if (!p.meets(header.columns[c].begin, header.columns[c].end)) continue;
      if (hit) return nullptr;
      hit = &header.columns[c];
    }
    if (!hit) return nullptr;
    const IndicatorTable::Field joined = IndicatorTable::header_field(hit->text + std::string(p.text));
    return joined != IndicatorTable::none && joined != IndicatorTable::header_field(hit->text) ? hit : nullptr;
  };
  for (const std::size_t k : {line - 1, line + 1}) {
    if (k < from || k >= to || k >= lines_.size() || lines_[k].blank) continue;
    const std::vector<Segment> pieces = segments(lines_[k].text);
    const bool clear = std::all_of(pieces.begin(), pieces.end(), [&](const Segment& p) {
      const bool apart = std::none_of(header.columns.begin(), header.columns.begin() + static_cast<std::ptrdiff_t>(base),
                                      [&](const HeaderColumn& c) { return p.meets(c.begin, c.end); });
      return (apart && (IndicatorTable::header_field(p.text) != IndicatorTable::none || text::code_points(p.text) <= 3)) ||
             continued(k, p);
    });
    if (!clear) continue;
    header.first = std::min(header.first, k);
    header.last = std::max(header.last, k);
    for (const Segment& p : pieces) {
      if (HeaderColumn* above = continued(k, p)) {
        above->text += p.text;
        above->end = std::max(above->end, p.end);
        continue;
      }
      auto joined = std::find_if(header.columns.begin() + static_cast<std::ptrdiff_t>(base), header.columns.end(),
                                 [&](const HeaderColumn& c) { return p.meets(c.begin, c.end); });
      if (joined == header.columns.end()) {
        header.columns.push_back(HeaderColumn{p.begin, p.end, std::string(p.text), IndicatorTable::none, k});
        continue;
      }
      joined->begin = std::min(joined->begin, p.begin);
      joined->end = std::max(joined->end, p.end);
      joined->text = k > joined->line ? joined->text + std::string(p.text) : std::string(p.text) + joined->text;
      joined->line = k;
    }
  }
  if (header.columns.size() > max_columns) return std::nullopt;
  std::sort(header.columns.begin(), header.columns.end(),
            [](const HeaderColumn& a, const HeaderColumn& b) { return a.begin < b.begin; });
  std::vector<IndicatorTable::Field> roles;
  for (const HeaderColumn& c : header.columns) roles.push_back(IndicatorTable::header_field(c.text));
  IndicatorTable::settle_roles(roles);
  for (std::size_t c = 0; c < roles.size(); ++c) header.columns[c].field = roles[c];
  return header;
}

void AlignedBlock::rebuild(Grid& out) {
  std::vector<std::size_t> header_lines;
  for (std::size_t i = 0; i < lines_.size(); ++i)
    if (!lines_[i].blank && is_indicator_header(segments(lines_[i].text))) header_lines.push_back(i);
  std::vector<Header> headers;
  bool readable = true;
  for (std::size_t j = 0; j < header_lines.size() && readable; ++j) {
    const std::size_t from = j > 0 ? header_lines[j - 1] + 2 : 0;
    const std::size_t to = j + 1 < header_lines.size() ? header_lines[j + 1] - 1 : lines_.size();
    std::optional<Header> header = header_at(header_lines[j], from, to);
    if (!header) readable = false;
    else headers.push_back(std::move(*header));
  }
  if (!readable) {
    as_lines(0, lines_.size());
  } else {
    head(0, headers.empty() ? lines_.size() : headers.front().first);
    for (std::size_t j = 0; j < headers.size(); ++j)
      indicators(headers[j], j + 1 < headers.size() ? headers[j + 1].first : lines_.size());
    for (const BlockLine& l : lines_)
      if (l.page_number || l.block_label) rows_.push_back(BuiltRow{l.number, true, {std::string(trim(l.text))}});
  }
  std::stable_sort(rows_.begin(), rows_.end(), [](const BuiltRow& a, const BuiltRow& b) { return a.line < b.line; });
  // Each row stands at a line of its own; should two come to one line, the second joins the first.
  std::vector<BuiltRow> rows;
  for (BuiltRow& row : rows_) {
    if (rows.empty() || rows.back().line != row.line) {
      rows.push_back(std::move(row));
      continue;
    }
    BuiltRow& kept = rows.back();
    kept.text_line = false;
    const std::size_t offset = row.text_line ? kept.cells.size() : 0;  // a line's text after the row's cells
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (!row.cells[c].empty()) kept.put(offset + c, row.cells[c]);
  }
  const std::size_t table_rows = add_rebuilt_rows(rows, out);
  for (const Unplaced& u : unplaced_)
    out.add_diagnostic(Diagnostic{u.line, 1, Severity::warning, code::line_unplaced,
                                  "line " + excerpt(u.text, 64) + " is on a page whose columns fit the header of line " +
                                      std::to_string(u.header) +
                                      " in more than one way, each placing its cells under other columns: its cells "
                                      "are not read"});
  if (table_rows == 0 || lines_.empty()) return;
  out.add_diagnostic(Diagnostic{
      lines_.front().number, 0, Severity::info, code::rows_rebuilt,
      "lines " + std::to_string(lines_.front().number) + "–" + std::to_string(lines_.back().number) +
          " hold a table in aligned columns (as `pdftotext -layout` writes one) whose row boundaries the text does "
          "not show: " + std::to_string(table_rows) +
          " rows were rebuilt from the columns of its header and the gaps down its head, the vertical centring of its "
          "cells, and the 一级/二级 names and targets they hold"});
}

void AlignedBlock::head(std::size_t from, std::size_t to) {
  std::vector<std::size_t> body;
  for (std::size_t i = from; i < to; ++i)
    if (!lines_[i].blank && !lines_[i].page_number && !lines_[i].block_label) body.push_back(i);
  if (body.empty()) return;
  if (body.size() > max_head_lines) {
    as_lines(from, to);
    return;
  }
  // The label column: from the first column any line uses to the first one no line uses.
  std::vector<bool> used;
  for (const std::size_t i : body) {
    const std::string_view text = lines_[i].text;
    std::size_t column = 0;
    for (std::size_t k = 0; k < text.size(); ++column) {
      if (const std::size_t blank = blank_at(text, k)) {
        k += blank;
        continue;
      }
      next_code_point(text, k);
      if (used.size() <= column) used.resize(column + 1, false);
      used[column] = true;
    }
  }
  used.push_back(false);
  const auto first_used = static_cast<std::size_t>(std::find(used.begin(), used.end(), true) - used.begin());
  std::size_t bound = static_cast<std::size_t>(
      std::find(used.begin() + static_cast<std::ptrdiff_t>(first_used), used.end(), false) - used.begin());
  if (bound - first_used > max_label_width || bound + 1 >= used.size()) bound = 0;

  std::vector<LabelGroup> labels;
  std::vector<std::pair<std::size_t, std::vector<Segment>>> content;  // line number, cells right of the labels
  std::vector<std::size_t> label_only;                                 // line numbers of lines holding only a label
  for (const std::size_t i : body) {
    const std::string_view text = lines_[i].text;
    const std::size_t number = lines_[i].number;
    std::size_t split = 0;  // byte where the label column ends
    for (std::size_t column = 0; split < text.size() && column < bound; ++column)
      split += blank_at(text, split) ? blank_at(text, split) : char_length(text, split);
    const std::string_view fragment = trim(text.substr(0, split));
    // A figure in the label column (`12月底` of a plan's second row of labels) is content.
    const bool labelled = !fragment.empty() && !is_figure(fragment);
    if (labelled) {
      if (!labels.empty() && !(ends_label(labels.back().text) && opens_label(fragment)) &&
          number - labels.back().last <= 4) {
        labels.back().last = number;
        labels.back().text += fragment;
      } else {
        labels.push_back(LabelGroup{number, number, std::string(fragment)});
      }
    }
    std::vector<Segment> cells;
    for (const Segment& s : segments(text, labelled ? bound : 0)) {
      // An amount and the next label one blank apart: `16.63 其他资金`.
      const std::size_t blank = s.text.find(' ');
      if (blank != std::string_view::npos) {
        const std::string_view left = s.text.substr(0, blank), right = s.text.substr(blank + 1);
        if (ProjectTable::is_amount(left) && ProjectTable::label_of(right) == ProjectTable::Label::amount) {
          cells.push_back(Segment{s.begin, s.begin + text::code_points(left), left});
          cells.push_back(Segment{s.begin + text::code_points(left) + 1, s.end, right});
          continue;
        }
      }
      cells.push_back(s);
    }
    if (!cells.empty()) content.emplace_back(number, std::move(cells));
    else if (labelled) label_only.push_back(number);
  }

  // Whether `cell`, alone on line `number`, is the next line of a cell wrapped on the line above: a
  // cell there in its column, not whole, which this line's first word would have overfilled (the
  // column, on paper, as wide as the widest cell starting there). Forms whose cells stand at the top of their
  // rows put such a line under its row's label line, where centring cannot place it.
  const auto same_column = [](const Segment& a, const Segment& b) { return a.begin + 1 >= b.begin && b.begin + 1 >= a.begin; };
  const auto wraps_from_above = [&](std::size_t number, const Segment& cell) {
    const auto above = std::find_if(content.begin(), content.end(), [&](const auto& e) { return e.first + 1 == number; });
    if (above == content.end()) return false;
    const auto over = std::find_if(above->second.begin(), above->second.end(), [&](const Segment& s) { return same_column(s, cell); });
    if (over == above->second.end() || !may_continue(over->text, cell.text)) return false;
    std::size_t width = 0;
    for (const auto& entry : content)
      for (const Segment& s : entry.second)
        if (same_column(s, cell)) width = std::max(width, display_width(s.text));
    return 5 * (display_width(over->text) + first_word(cell.text)) > 4 * width;
  };

  // Units: a line of several cells is one; lines of one cell each standing one under the other —
  // with nothing between them but blank lines and label fragments — are a paragraph, and so is a
  // cell wrapped over lines of one cell each.
  std::vector<Unit> units;
  std::size_t previous = 0;
  for (auto& entry : content) {
    const std::size_t number = entry.first;  // a plain name: the lambda below uses it
    std::vector<Segment>& cells = entry.second;
    cap_cells(cells);
    const bool below =
        cells.size() == 1 && !units.empty() && units.back().kind != Unit::line &&
        (units.back().cells.front().begin + 2 >= cells.front().begin && cells.front().begin + 2 >= units.back().cells.front().begin) &&
        std::all_of(body.begin(), body.end(), [&](std::size_t i) {
          const std::size_t n = lines_[i].number;
          return n <= previous || n >= number || std::binary_search(label_only.begin(), label_only.end(), n);
        });
    const bool long_lines = below && (units.back().kind == Unit::paragraph
                                          ? !units.back().wrapped
                                          : units.back().cells.front().end - units.back().cells.front().begin > 20);
    const bool labelled = std::any_of(labels.begin(), labels.end(), [&](const LabelGroup& l) { return l.first <= number && number <= l.last; });
    const bool wraps = below && !long_lines && !labelled && units.back().last + 1 == number && wraps_from_above(number, cells.front());
    previous = number;
    if (below && (long_lines || wraps)) {
      units.back().wrapped = wraps;
      units.back().kind = Unit::paragraph;
      units.back().last = number;
      units.back().texts.push_back(cells.front().text);
      continue;
    }
    Unit unit;
    unit.kind = cells.size() == 1 ? Unit::single : Unit::line;
    unit.first = unit.last = number;
    unit.texts.push_back(cells.front().text);
    unit.cells = cells;  // a copy: wraps_from_above reads the line again
    units.push_back(std::move(unit));
  }

  // Bands: each label with the units beside it. A unit that shares a line with a label belongs to
  // it; units between two labels go to the one they centre best, as the PDF centred each label in
  // its rows.
  std::vector<std::optional<std::size_t>> owner(units.size());
  for (std::size_t k = 0; k < units.size(); ++k)
    for (std::size_t j = 0; j < labels.size(); ++j)
      if (units[k].first <= labels[j].last && units[k].last >= labels[j].first) owner[k] = j;
  // Cells at the top of their rows (Word's default, where LibreOffice Calc and browsers centre or
  // bottom them): a label beside the first line of a cell of several lines, and none beside a later
  // line. Then every line below a label, up to the next, is its row's.
  std::size_t tops = 0, lower = 0;
  for (std::size_t k = 0; k < units.size(); ++k) {
    if (!owner[k] || units[k].first == units[k].last) continue;
    const LabelGroup& label = labels[*owner[k]];
    if (units[k].first == label.first && units[k].last > label.last) ++tops;
    else if (units[k].first < label.first) ++lower;
  }
  const bool top_aligned = tops > 0 && lower == 0;
  top_aligned_ = top_aligned;
  const auto centre = [&](std::size_t j) { return (static_cast<double>(labels[j].first) + static_cast<double>(labels[j].last)) / 2; };
  const auto middle_of = [&](std::size_t j, std::size_t from_unit, std::size_t to_unit) {
    std::size_t low = labels[j].first, high = labels[j].last;
    for (std::size_t q = 0; q < units.size(); ++q) {
      if (owner[q] != j && !(q >= from_unit && q < to_unit)) continue;
      low = std::min(low, units[q].first);
      high = std::max(high, units[q].last);
    }
    return (static_cast<double>(low) + static_cast<double>(high)) / 2;
  };
  for (std::size_t k = 0; k < units.size() && !labels.empty();) {
    if (owner[k]) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < units.size() && !owner[e]) ++e;
    std::optional<std::size_t> above, below;
    for (std::size_t j = 0; j < labels.size(); ++j) {
      if (labels[j].last < units[k].first) above = j;
      if (!below && labels[j].first > units[e - 1].last) below = j;
    }
    std::size_t split = k;  // units k … split−1 go to the label above, the rest below
    // The next lines of a cell wrapped on the line above stay with it.
    std::size_t wrapped = k;
    while (wrapped < e && units[wrapped].kind != Unit::line && above &&
           wraps_from_above(units[wrapped].first, units[wrapped].cells.front()))
      ++wrapped;
    if (!above) split = k;
    else if (!below || top_aligned) split = e;
    else {
      // Milestones and percentages are the plan's, wherever they stand.
      const auto misplaced = [&](std::size_t label, std::size_t from_unit, std::size_t to_unit) {
        if (ProjectTable::label_of(labels[label].text) == ProjectTable::Label::plan) return 0.0;
        double count = 0;
        for (std::size_t q = from_unit; q < to_unit; ++q)
          count += std::all_of(units[q].cells.begin(), units[q].cells.end(), [](const Segment& c) { return is_figure(c.text); });
        return 2 * count;
      };
      double best = infinity;
      for (std::size_t s = wrapped; s <= e; ++s) {
        const double cost = std::abs(middle_of(*above, k, s) - centre(*above)) + std::abs(middle_of(*below, s, e) - centre(*below)) +
                            misplaced(*above, k, s) + misplaced(*below, s, e);
        if (cost < best - 1e-9) {
          best = cost;
          split = s;
        }
      }
    }
    for (std::size_t q = k; q < e; ++q) owner[q] = q < split ? above : below;
    k = e;
  }
  if (labels.empty()) {
    std::vector<const Unit*> all;
    for (const Unit& u : units) all.push_back(&u);
    head_band(nullptr, all);
    return;
  }
  for (std::size_t j = 0; j < labels.size(); ++j) {
    std::vector<const Unit*> band;
    for (std::size_t k = 0; k < units.size(); ++k)
      if (owner[k] == j) band.push_back(&units[k]);
    head_band(&labels[j], band);
  }
}

void AlignedBlock::head_band(const LabelGroup* label, const std::vector<const Unit*>& units) {
  // A piece of a row: its cells with where they stand, and the last line a cell took text from.
  struct Piece {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
    std::size_t line = 0;
  };
  struct Draft {
    std::size_t line = 0;
    std::vector<Piece> pieces;
    bool paragraph = false;
  };
  std::size_t low = std::numeric_limits<std::size_t>::max(), high = 0;
  for (const Unit* u : units)
    for (const Segment& s : u->cells) {
      low = std::min(low, s.begin);
      high = std::max(high, s.end);
    }
  const std::size_t width = high > low ? high - low : 1;

  std::vector<Draft> drafts;
  for (const Unit* u : units) {
    if (u->kind != Unit::line) continue;
    Draft d{u->first, {}, false};
    for (const Segment& s : u->cells) d.pieces.push_back(Piece{s.begin, s.end, std::string(s.text), u->first});
    drafts.push_back(std::move(d));
  }
  // A row whose cells wrap puts lines of several cells below it, where cells stand at the top of
  // their rows: each piece under one piece of the line above, which it may continue, and no wider.
  // Beside a text that goes on so, the digits under a number are the rest of it (`1200.0` / `0`).
  const auto digits = [](std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789.") == std::string_view::npos;
  };
  for (std::size_t r = 1; r < drafts.size();) {
    std::vector<Piece>& above = drafts[r - 1].pieces;
    std::size_t last = 0;
    for (const Piece& p : above) last = std::max(last, p.line);
    std::vector<Piece*> over;
    std::size_t texts = 0;
    for (const Piece& p : drafts[r].pieces) {
      Piece* hit = nullptr;
      std::size_t hits = 0;
      for (Piece& q : above)
        if (q.end >= p.begin && q.begin <= p.end) hit = &q, ++hits;
      if (hits != 1) break;
      const bool number = digits(hit->text) && digits(p.text);
      if (!number && (!may_continue(hit->text, p.text) ||
                      (display_width(p.text) > display_width(hit->text) + 1 && !opens_range(hit->text))))
        break;
      texts += !number;
      over.push_back(hit);
    }
    if (drafts[r].line != last + 1 || over.size() != drafts[r].pieces.size() || texts == 0) {
      ++r;
      continue;
    }
    for (std::size_t i = 0; i < over.size(); ++i) {
      const std::string& rest = drafts[r].pieces[i].text;
      over[i]->text += (digits(over[i]->text) && digits(rest) ? "" : " ") + rest;
      over[i]->line = drafts[r].line;
    }
    drafts.erase(drafts.begin() + static_cast<std::ptrdiff_t>(r));
  }
  const std::size_t line_rows = drafts.size();
  const auto distance = [](std::size_t a, std::size_t b) { return a > b ? a - b : b - a; };
  // Lines of one cell, nearest a line of several first: the rest of a cell wrapped around its row
  // joins that cell; a figure, a label or a paragraph is a row of its own.
  std::vector<const Unit*> singles;
  for (const Unit* u : units)
    if (u->kind != Unit::line) singles.push_back(u);
  const auto nearest = [&](const Unit* u) {
    std::size_t best = std::numeric_limits<std::size_t>::max();
    for (std::size_t r = 0; r < line_rows; ++r) best = std::min(best, distance(drafts[r].line, u->first));
    return best;
  };
  std::stable_sort(singles.begin(), singles.end(), [&](const Unit* a, const Unit* b) { return nearest(a) < nearest(b); });
  for (const Unit* u : singles) {
    const Segment& s = u->cells.front();
    std::string text;
    for (std::string_view t : u->texts) append_piece(text, t);
    if (2 * (s.end - s.begin) >= width) {
      drafts.push_back(Draft{u->first, {Piece{s.begin, s.end, std::move(text), u->last}}, true});
      continue;
    }
    // Lines of a cell wrapped around its row stand just above or below it.
    const auto gap = [&](std::size_t line) {
      return line < u->first ? u->first - line : line > u->last ? line - u->last : 0;
    };
    std::optional<std::size_t> near;
    for (std::size_t r = 0; r < line_rows; ++r)
      if (gap(drafts[r].line) <= 2 && (!near || gap(drafts[r].line) < gap(drafts[*near].line))) near = r;
    if (near) {
      Draft& row = drafts[*near];
      std::vector<Piece*> hit;
      for (Piece& p : row.pieces)
        if (s.meets(p.begin, p.end)) hit.push_back(&p);
      if (hit.size() == 1 && may_continue(hit.front()->text, text) &&
          display_width(s.text) <= display_width(hit.front()->text) + 4) {
        Piece& p = *hit.front();
        p.text = u->first > p.line ? p.text + ' ' + text : text + ' ' + p.text;
        p.line = u->last;
        continue;
      }
      const bool right_of_all = std::all_of(row.pieces.begin(), row.pieces.end(), [&](const Piece& p) { return s.begin > p.end; });
      if (hit.empty() && gap(row.line) == 1 && !is_whole(text) && right_of_all) {
        row.pieces.push_back(Piece{s.begin, s.end, std::move(text), u->last});
        continue;
      }
    }
    drafts.push_back(Draft{u->first, {Piece{s.begin, s.end, std::move(text), u->last}}, u->kind == Unit::paragraph});
  }
  std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.line < b.line; });

  // Columns: the spans of the cells of lines of several cells, overlapping ones merged.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const Draft& d : drafts)
    if (!d.paragraph && d.pieces.size() > 1)
      for (const Piece& p : d.pieces) spans.emplace_back(p.begin, p.end);
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<std::size_t, std::size_t>> columns;
  for (const auto& [b, e] : spans) {
    if (!columns.empty() && b <= columns.back().second) columns.back().second = std::max(columns.back().second, e);
    else columns.emplace_back(b, e);
  }
  const auto column_of = [&](const Piece& p) -> std::size_t {
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (p.begin <= columns[c].second && p.end >= columns[c].first) return c + 1;
    if (columns.empty()) return 1;
    const double middle = (static_cast<double>(p.begin) + static_cast<double>(p.end)) / 2;
    std::size_t best = 0;
    for (std::size_t c = 1; c < columns.size(); ++c) {
      const auto off = [&](std::size_t k) {
        return std::abs((static_cast<double>(columns[k].first) + static_cast<double>(columns[k].second)) / 2 - middle);
      };
      if (off(c) < off(best)) best = c;
    }
    return best + 1;
  };
  std::vector<BuiltRow> built;
  for (const Draft& d : drafts) {
    BuiltRow row{d.line, false, {}};
    for (const Piece& p : d.pieces) row.put(d.paragraph ? 1 : column_of(p), p.text);
    built.push_back(std::move(row));
  }
  if (label) {
    if (built.empty()) built.push_back(BuiltRow{label->first, false, {}});
    BuiltRow& first = built.front();
    if (first.cells.empty()) first.cells.resize(1);
    first.cells[0] = first.cells[0].empty() ? label->text : label->text + ' ' + first.cells[0];
  }
  for (BuiltRow& row : built) rows_.push_back(std::move(row));
}

void AlignedBlock::indicators(const Header& header, std::size_t to) {
  using Field = IndicatorTable::Field;
  const std::vector<HeaderColumn>& columns = header.columns;
  const std::size_t column_count = columns.size();
  {
    BuiltRow row{lines_[header.first].number, false, {}};
    for (std::size_t c = 0; c < column_count; ++c) row.put(c, columns[c].text);
    rows_.push_back(std::move(row));
  }
  std::vector<double> middles;
  for (const HeaderColumn& c : columns) middles.push_back(c.middle());
  const auto field_column = [&](Field f) -> std::optional<std::size_t> {
    for (std::size_t c = 0; c < column_count; ++c)
      if (columns[c].field == f) return c;
    return std::nullopt;
  };
  const std::optional<std::size_t> name_column = field_column(IndicatorTable::name);
  const std::optional<std::size_t> target_column = field_column(IndicatorTable::target);
  const auto is_level = [&](std::size_t c) {
    return columns[c].field == IndicatorTable::level1 || columns[c].field == IndicatorTable::level2;
  };

  // The lines of the section; `page` counts the pages, whose character grids differ.
  struct Body {
    std::size_t index = 0;
    std::size_t page = 0;
    std::vector<std::pair<std::size_t, std::string>> cells;  // by column
    std::vector<bool> narrow;  // per cell: short of its column's width, so the last line of a wrapped cell
    const std::string* cell(std::size_t column) const {
      for (const auto& [c, text] : cells)
        if (c == column) return &text;
      return nullptr;
    }
  };
  std::vector<Body> body;
  std::size_t page = 0;
  for (std::size_t i = header.first; i < to; ++i) {
    if (i >= header.first && i <= header.last) continue;
    if (lines_[i].page_start) ++page;
    if (lines_[i].blank || lines_[i].page_number || lines_[i].block_label) continue;
    body.push_back(Body{i, page, {}, {}});
  }
  if (body.empty()) return;

  // Each page after the header's is fitted to the header's columns: x' = scale·x + shift, coarse
  // then fine, on its first lines. A page that two fits of the best cost place differently (few
  // cells, each wide enough to cover the middles of two columns) has no known grid: its lines are
  // named, not placed.
  std::vector<std::vector<Segment>> pieces(body.size());
  for (std::size_t k = 0; k < body.size(); ++k) {
    pieces[k] = cell_segments(lines_[body[k].index].text);
    cap_cells(pieces[k]);
  }
  CellPlacer placer;
  std::vector<std::pair<double, double>> fit(page + 1, {1.0, 0.0});
  std::vector<bool> unfitted(page + 1, false);
  std::size_t fitted = 0;  // lines fitted so far: past max_fitted_lines, a page keeps the last fit, known or not
  std::size_t next_line = 0;
  for (std::size_t p = 1; p <= page; ++p) {
    std::vector<std::size_t> sample;
    for (; next_line < body.size() && body[next_line].page <= p; ++next_line)
      if (body[next_line].page == p && sample.size() < 60) sample.push_back(next_line);
    if (sample.empty() || fitted >= max_fitted_lines) {
      fit[p] = fit[p - 1];
      unfitted[p] = unfitted[p - 1];
      continue;
    }
    fitted += sample.size();
    struct Fit {
      double scale = 1, shift = 0, cost = infinity;
    };
    std::vector<Fit> tried;
    Fit best;
    const auto attempt = [&](double scale, double shift) {
      Fit f{scale, shift, 0};
      for (const std::size_t k : sample) f.cost += placer.place(pieces[k], scale, shift, middles, nullptr);
      tried.push_back(f);
      if (f.cost < best.cost - 1e-9) best = f;
    };
    for (int s = 70; s <= 140; s += 10)
      for (int b = -40; b <= 40; b += 2) attempt(s / 100.0, b);
    const Fit coarse = best;
    for (int s = -5; s <= 5; s += 5)
      for (int b = -1; b <= 1; ++b) attempt(coarse.scale + s / 100.0, coarse.shift + b);
    fit[p] = {best.scale, best.shift};
    std::vector<std::vector<std::size_t>> chosen(sample.size());
    for (std::size_t i = 0; i < sample.size(); ++i) placer.place(pieces[sample[i]], best.scale, best.shift, middles, &chosen[i]);
    std::vector<std::size_t> other;
    for (const Fit& f : tried) {
      if (f.cost > best.cost + 1e-9) continue;
      for (std::size_t i = 0; i < sample.size() && !unfitted[p]; ++i) {
        placer.place(pieces[sample[i]], f.scale, f.shift, middles, &other);
        unfitted[p] = other != chosen[i];
      }
      if (unfitted[p]) break;
    }
  }
  {
    std::vector<Body> kept_body;
    std::vector<std::vector<Segment>> kept_pieces;
    for (std::size_t k = 0; k < body.size(); ++k) {
      if (unfitted[body[k].page]) {
        unplaced_.push_back(Unplaced{lines_[body[k].index].number, lines_[header.line].number, trim(lines_[body[k].index].text)});
        continue;
      }
      kept_body.push_back(std::move(body[k]));
      kept_pieces.push_back(std::move(pieces[k]));
    }
    body = std::move(kept_body);
    pieces = std::move(kept_pieces);
  }
  if (body.empty()) return;
  std::vector<std::size_t> placed;
  for (std::size_t k = 0; k < body.size(); ++k) {
    placer.place(pieces[k], fit[body[k].page].first, fit[body[k].page].second, middles, &placed);
    for (std::size_t i = 0; i < pieces[k].size(); ++i) {
      auto& cells = body[k].cells;
      auto at = std::find_if(cells.begin(), cells.end(), [&](const auto& cell) { return cell.first == placed[i]; });
      if (at == cells.end()) cells.emplace_back(placed[i], std::string(pieces[k][i].text));
      else append_piece(at->second, pieces[k][i].text);
    }
  }

  // Rows. A row is a run of lines whose cells centre on one line of it (where its one-line cells
  // stand; its first where cells stand at the top): the cheapest split of the lines into such runs,
  // each with a name and a target, a wrapped cell's lines full but for its last (or ending where the
  // next line's first word would not have fitted), and at most one line with a name and a figure for
  // target.
  std::vector<double> full(column_count, 0);
  for (const Body& b : body)
    for (const auto& [c, text] : b.cells) full[c] = std::max(full[c], 0.7 * static_cast<double>(display_width(text)));
  for (Body& b : body)
    for (const auto& [c, text] : b.cells) b.narrow.push_back(static_cast<double>(display_width(text)) < full[c]);
  std::vector<std::size_t> content;  // indices into body of lines with cells outside 一级/二级
  for (std::size_t k = 0; k < body.size(); ++k)
    if (std::any_of(body[k].cells.begin(), body[k].cells.end(), [&](const auto& cell) { return !is_level(cell.first); }))
      content.push_back(k);
  std::vector<bool> key(body.size(), false);
  if (name_column && target_column)
    for (const std::size_t k : content)
      if (const std::string* target = body[k].cell(*target_column); target && body[k].cell(*name_column))
        key[k] = IndicatorTable::states_figure(*target);
  // A line that only goes on with the cells of the line above: each of its cells under a cell of that
  // line which its first word would have overfilled (a wrapped cell's next line), one of them short
  // (the last line of a cell) or the next line going on in turn, and its target, if a figure, the rest of the figure above (`2025 年` /
  // `10 月底前`). A row starting there costs: it is most likely the rest of the row above; its
  // figure is no row's own.
  const auto wrapped = [&](std::size_t c, const std::string& above, const std::string& below) {
    return 5 * (display_width(above) + first_word(below)) > 4 * static_cast<std::size_t>(full[c] / 0.7 + 0.5);
  };
  std::vector<bool> goes_on(body.size(), false);
  for (std::size_t q = content.size(); q-- > 1;) {
    const Body& line = body[content[q]];
    const Body& above = body[content[q - 1]];
    bool rest = true, short_cell = false;
    for (std::size_t i = 0; i < line.cells.size() && rest; ++i) {
      const std::size_t c = line.cells[i].first;
      if (is_level(c)) continue;
      const auto over = std::find_if(above.cells.begin(), above.cells.end(), [&](const auto& cell) { return cell.first == c; });
      rest = over != above.cells.end() && wrapped(c, over->second, line.cells[i].second);
      short_cell = short_cell || line.narrow[i];
    }
    if (rest && key[content[q]]) {
      // The rest of a figure opens no comparison of its own (`≥90%` under `≥1000 人次` is a row's).
      const std::string* target = line.cell(*target_column);
      const std::string* target_above = above.cell(*target_column);
      std::size_t at = 0;
      rest = target_above && !opens_comparison(next_code_point(*target, at)) &&
             IndicatorTable::states_figure(*target_above + *target);
    }
    goes_on[content[q]] = rest && (short_cell || (q + 1 < content.size() && goes_on[content[q + 1]]));
    if (goes_on[content[q]]) key[content[q]] = false;
  }

  // A blank form's placeholder (`指标2：`, `……` alone beside its 二级) is a row of its own, which
  // has no target.
  std::vector<bool> placeholder(body.size(), false);
  if (name_column)
    for (const std::size_t k : content) {
      const std::string* name = body[k].cell(*name_column);
      const bool alone = std::all_of(body[k].cells.begin(), body[k].cells.end(),
                                     [&](const auto& cell) { return cell.first == *name_column || is_level(cell.first); });
      placeholder[k] = name && alone && (without_indicator_number(*name).empty() || is_ellipsis(*name));
    }

  const auto row_cost = [&](std::size_t s, std::size_t e) {  // content[s] … content[e]
    struct Span {
      double first = -1, last = -1;
      std::size_t count = 0;
      std::size_t breaks = 0;  // lines that end short of the column, though the next one's first word fits
      const std::string* previous = nullptr;
      bool previous_short = false;
    };
    std::vector<Span> spans(column_count);
    std::size_t keys = 0;
    bool has_name = false, has_target = false;
    for (std::size_t q = s; q <= e; ++q) {
      const auto position = static_cast<double>(content[q]);
      keys += key[content[q]];
      const Body& line = body[content[q]];
      for (std::size_t i = 0; i < line.cells.size(); ++i) {
        const std::size_t c = line.cells[i].first;
        if (is_level(c)) continue;
        Span& span = spans[c];
        if (span.count == 0) span.first = position;
        else span.breaks += span.previous_short && !wrapped(c, *span.previous, line.cells[i].second);
        span.last = position;
        ++span.count;
        span.previous = &line.cells[i].second;
        span.previous_short = line.narrow[i];
        has_name = has_name || c == name_column;
        has_target = has_target || c == target_column;
      }
    }
    const auto first = static_cast<double>(content[s]), last = static_cast<double>(content[e]);
    double best = infinity;
    for (std::size_t q = s; q <= (top_aligned_ ? s : e); ++q) {
      const auto m = static_cast<double>(content[q]);
      double cost = std::abs((first + last) / 2 - m);
      for (const Span& span : spans) {
        if (span.count == 0) continue;
        if (span.count == 1) {
          cost += std::abs(span.first - m);
          continue;
        }
        cost += std::max(0.0, std::abs((span.first + span.last) / 2 - m) - 0.5);
        cost += 2.0 * static_cast<double>(span.breaks);
      }
      best = std::min(best, cost);
    }
    if (placeholder[content[s]] || placeholder[content[e]]) return s == e ? -1.0 : infinity;
    if (name_column && !has_name) best += 2;
    if (target_column && !has_target) best += 2;
    if (keys > 1) best += 2.0 * static_cast<double>(keys - 1);
    if (goes_on[content[s]]) best += 2;
    return best - 1;
  };
  const std::size_t n = content.size();
  std::vector<double> cost(n + 1, infinity);
  std::vector<std::size_t> back(n + 1, 0);
  cost[0] = 0;
  for (std::size_t e = 1; e <= n; ++e)
    for (std::size_t s = e > max_row_lines ? e - max_row_lines : 0; s < e; ++s) {
      if (body[content[s]].page != body[content[e - 1]].page) continue;
      if (cost[s] == infinity) continue;
      if (const double c = cost[s] + row_cost(s, e - 1); c < cost[e]) {
        cost[e] = c;
        back[e] = s;
      }
    }
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t e = n; e > 0; e = back[e]) runs.emplace_back(back[e], e - 1);
  std::reverse(runs.begin(), runs.end());

  struct IndicatorRow {
    std::size_t first = 0, last = 0;  // indices into body
    BuiltRow row;
  };
  std::vector<IndicatorRow> built;
  for (const auto& [s, e] : runs) {
    IndicatorRow r{content[s], content[e], BuiltRow{lines_[body[content[s]].index].number, false, {}}};
    for (std::size_t q = s; q <= e; ++q)
      for (const auto& [c, text] : body[content[q]].cells)
        if (!is_level(c)) r.row.put(c, text);
    // A row cut by a page break: its part on the new page has no name of its own.
    const bool unnamed = !name_column || r.row.cells.size() <= *name_column || r.row.cells[*name_column].empty();
    if (!built.empty() && body[r.first].page == body[built.back().last].page + 1 && name_column && unnamed) {
      IndicatorRow& previous = built.back();
      for (std::size_t c = 0; c < r.row.cells.size(); ++c)
        if (!r.row.cells[c].empty()) previous.row.put(c, r.row.cells[c]);
      previous.last = r.last;
      continue;
    }
    built.push_back(std::move(r));
  }

  // Merged 一级/二级 cells: their text, perhaps wrapped over lines, stands in the middle of the rows
  // they span (or, where the PDF aligned it so, on the first). The rows each spans are found as the
  // rows were: the split of the rows into runs, one per text, that centres every text best; a 二级
  // under a 一级 that is not its parent costs.
  struct Text {
    std::size_t first = 0, last = 0;  // indices into body
    std::string text;
    std::size_t pieces = 1;
  };
  const auto texts_in = [&](std::size_t column, bool (*is_name)(std::string_view)) {
    std::vector<Text> texts;
    for (std::size_t k = 0; k < body.size(); ++k) {
      const std::string* text = body[k].cell(column);
      if (!text) continue;
      // A name wrapped over lines: its fragments join while they make no name, or make a longer
      // one (服务对象满意度 / 指标), or are the points printed after it, up to their closing bracket
      // (`产出指标` / `（30-50` / `分）`). A name is short: a few pieces at most.
      const auto in_brackets = [](std::string_view t) {
        const auto opened = std::count(t.begin(), t.end(), '(') + static_cast<std::ptrdiff_t>(t.find("（") != std::string_view::npos);
        const auto closed = std::count(t.begin(), t.end(), ')') + static_cast<std::ptrdiff_t>(t.find("）") != std::string_view::npos);
        return opened > closed;
      };
      const auto opens_points = [&](std::string_view t) { return t.starts_with("（") || t.starts_with("("); };
      // `……` (a placeholder row's) is a text of its own.
      if (!texts.empty() && !is_ellipsis(*text) && !is_ellipsis(texts.back().text) &&
          lines_[body[k].index].number - lines_[body[texts.back().last].index].number <= 3 && texts.back().pieces < 4 && texts.back().text.size() + text->size() <= 64 &&
          (!is_name(texts.back().text) || (!is_name(*text) && is_name(texts.back().text + *text)) ||
           in_brackets(texts.back().text) || (!is_name(*text) && opens_points(*text)))) {
        texts.back().last = k;
        texts.back().text += *text;
        ++texts.back().pieces;
        continue;
      }
      texts.push_back(Text{k, k, *text});
    }
    return texts;
  };
  // Where a text stands counted in rows: inside row q, q and the share of its lines above the text.
  const auto row_position = [&](const Text& t) {
    const double x = (static_cast<double>(t.first) + static_cast<double>(t.last)) / 2;
    const auto after = std::partition_point(built.begin(), built.end(),
                                            [&](const IndicatorRow& r) { return static_cast<double>(r.last) + 0.5 < x; });
    const auto q = static_cast<std::size_t>(after - built.begin());
    if (q == built.size()) return static_cast<double>(q);
    const auto s = static_cast<double>(built[q].first), e = static_cast<double>(built[q].last);
    return x < s - 0.5 ? static_cast<double>(q) : static_cast<double>(q) + (x - s + 0.5) / (e - s + 1);
  };
  struct Span {
    std::size_t first = 0, last = 0;  // indices into body
    std::size_t first_row = 0, last_row = 0;
    Level1 parent = Level1::其他;  // of the 二级 over the rows, for the 一级's
  };
  // The first span of each text's run; `mismatch` prices a span under a text.
  const auto spread = [&](const std::vector<Text>& texts, const std::vector<Span>& spans, auto mismatch) {
    const std::size_t k = texts.size(), m = spans.size();
    std::vector<std::size_t> starts(k, 0);
    if (k == 0 || m == 0) return starts;
    // Each text heads the span it stands in or the next: the placing when there are too many to
    // weigh, or more texts than spans.
    const auto nearby = [&] {
      std::size_t q = 0;
      for (std::size_t j = 0; j < k; ++j) {
        while (q + 1 < m && spans[q].last < texts[j].first) ++q;
        starts[j] = q;
      }
      return starts;
    };
    if (k > m || k * m * m > max_group_work) return nearby();
    const auto solve = [&](bool top, double& total) {
      std::vector<double> f(k * m, infinity);
      std::vector<std::size_t> from(k * m, 0);
      for (std::size_t j = 0; j < k; ++j) {
        const double centre = (static_cast<double>(texts[j].first) + static_cast<double>(texts[j].last)) / 2;
        const double rows = row_position(texts[j]);
        for (std::size_t b = 0; b < m; ++b) {
          double price = 0;  // of spans a … b under text j, built from b down
          for (std::size_t a = b + 1; a-- > 0;) {
            price += mismatch(texts[j], spans[a]);
            const double before = j == 0 ? 2.0 * static_cast<double>(a) : (a > 0 ? f[(j - 1) * m + a - 1] : infinity);
            if (before == infinity) continue;
            double c = before + price;
            if (top) {
              c += std::abs(static_cast<double>(texts[j].first) - static_cast<double>(spans[a].first)) +
                   std::abs(rows - static_cast<double>(spans[a].first_row) - 0.5);
            } else {
              c += std::abs(centre - (static_cast<double>(spans[a].first) + static_cast<double>(spans[b].last)) / 2) +
                   std::abs(rows - static_cast<double>(spans[a].first_row + spans[b].last_row + 1) / 2);
            }
            if (c < f[j * m + b] - 1e-9) {
              f[j * m + b] = c;
              from[j * m + b] = a;
            }
          }
        }
      }
      total = f[(k - 1) * m + m - 1];
      std::vector<std::size_t> result(k, 0);
      std::size_t b = m - 1;
      for (std::size_t j = k; j-- > 0;) {
        result[j] = from[j * m + b];
        if (result[j] == 0) break;
        b = result[j] - 1;
      }
      return result;
    };
    double centred = infinity, topped = infinity;
    std::vector<std::size_t> c = solve(false, centred);
    std::vector<std::size_t> t = solve(true, topped);
    if (centred == infinity && topped == infinity) return nearby();
    return topped < centred ? t : c;
  };
  if (built.empty()) {
    // Names without rows: each a row of its own, to head the rows of the next page.
    for (const Body& b : body) {
      BuiltRow row{lines_[b.index].number, false, {}};
      for (const auto& [c, text] : b.cells) row.put(c, text);
      rows_.push_back(std::move(row));
    }
    return;
  }
  std::vector<Span> spans;
  for (std::size_t q = 0; q < built.size(); ++q) spans.push_back(Span{built[q].first, built[q].last, q, q, Level1::其他});
  if (const std::optional<std::size_t> column = field_column(IndicatorTable::level2)) {
    const std::vector<Text> texts = texts_in(*column, [](std::string_view t) { return level2_from_text(t) != Level2::其他; });
    if (!texts.empty()) {
      const std::vector<std::size_t> starts = spread(texts, spans, [](const Text&, const Span&) { return 0.0; });
      std::vector<Span> groups;
      for (std::size_t j = 0; j < texts.size(); ++j) built[starts[j]].row.put(*column, texts[j].text);
      // The 二级 spans become the units the 一级 spread over.
      std::vector<std::size_t> cuts{0};
      for (const std::size_t s : starts) cuts.push_back(s);
      std::sort(cuts.begin(), cuts.end());
      cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
      std::vector<Level1> parents(built.size(), Level1::其他);
      for (std::size_t j = 0; j < texts.size(); ++j) parents[starts[j]] = parent_of(level2_from_text(texts[j].text));
      for (std::size_t q = 0; q < cuts.size(); ++q) {
        const std::size_t a = cuts[q], b = q + 1 < cuts.size() ? cuts[q + 1] - 1 : built.size() - 1;
        groups.push_back(Span{built[a].first, built[b].last, a, b, parents[a]});
      }
      spans = std::move(groups);
    }
  }
  if (const std::optional<std::size_t> column = field_column(IndicatorTable::level1)) {
    // A 一级 may print its points, wrapped onto a line of their own (`产出指标` / `（50 分）`).
    const std::vector<Text> firsts = texts_in(*column, [](std::string_view t) {
      const auto points = level_points(t);
      return level1_from_text(points ? points->name : t) != Level1::其他;
    });
    std::vector<Level1> written;
    for (const Text& t : firsts) written.push_back(level1_from_text(t.text));
    const std::vector<std::size_t> starts = spread(firsts, spans, [&](const Text& t, const Span& s) {
      const Level1 level = written[static_cast<std::size_t>(&t - firsts.data())];
      return s.parent != Level1::其他 && level != Level1::其他 && s.parent != level ? 3.0 : 0.0;
    });
    for (std::size_t j = 0; j < firsts.size(); ++j) built[spans[starts[j]].first_row].row.put(*column, firsts[j].text);
  }
  for (IndicatorRow& r : built) rows_.push_back(std::move(r.row));
}

}  // namespace

bool opens_aligned_table(std::string_view line) {
  // Most lines of a text are neither: a cheap look for the words first.
  if (line.find("项目") == std::string_view::npos && line.find("一级") == std::string_view::npos) return false;
  const std::vector<Segment> cells = segments(line);
  if (cells.size() < 2) return false;
  if (ProjectTable::label_of(cells.front().text) == ProjectTable::Label::head) {
    const Key key(cells.front().text);
    return key == "项目编码" || key == "项目代码" || key == "项目编号" || key == "项目名称";
  }
  return is_indicator_header(cells);
}

std::size_t run_count(std::string_view line) { return segments(line).size(); }

void rebuild_aligned(std::span<const Line> lines, Grid& out) { AlignedBlock(lines).rebuild(out); }

}  // namespace jixiao::detail
