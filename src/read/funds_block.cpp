#include "funds_block.hpp"

#include "text.hpp"

#include <jixiao/error.hpp>

#include <algorithm>

namespace jixiao::detail {
namespace {

enum class Kind : unsigned char { none, initial, full_year, executed, weight, rate, score };

Kind kind_of(std::string_view cell) noexcept {
  if (cell.empty() || cell.size() > 40) return Kind::none;
  const Key key(cell);
  if (key.contains("执行率")) return Kind::rate;
  if (key.contains("年初预算")) return Kind::initial;
  if (key.contains("全年预算") || key.contains("调整后预算") || key.contains("调整预算")) return Kind::full_year;
  if (key.contains("执行数") || key.contains("支出数") || key == "全年执行") return Kind::executed;
  if (key == "分值" || key == "权重") return Kind::weight;
  if (key == "得分") return Kind::score;
  return Kind::none;
}

// An amount in the table's unit; a figure that names its own unit (`17.5万元`) keeps it.
Money amount_of(std::string_view written, bool yuan) {
  const bool bare = !written.empty() && written.back() >= '0' && written.back() <= '9';
  return yuan && bare ? Money::from_yuan(Decimal::parse(written)) : Money::parse(written);
}

}  // namespace

bool FundsBlock::is_header(const Row& row) noexcept {
  std::size_t figures = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    // Every row is asked: a header cell starts with one of these, which rules out most cells
    // before a key is built.
    const std::string_view cell = row.cell(i);
    if (!cell.starts_with("年") && !cell.starts_with("全") && !cell.starts_with("调") && !cell.starts_with("执") &&
        !cell.starts_with("预") && !cell.starts_with("实"))
      continue;
    const Kind kind = kind_of(cell);
    figures += kind == Kind::initial || kind == Kind::full_year || kind == Kind::executed || kind == Kind::rate;
  }
  return figures >= 2;
}

void FundsBlock::header(Row& row, Diagnostics& diagnostics) {
  columns_.assign(row.size(), Column::none);
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Kind kind = kind_of(row.cell(i));
    if (kind == Kind::none) continue;
    columns_[i] = static_cast<Column>(kind);
    row.take(i);
  }
  // The block's label (项目资金（万元）) stands before the first column.
  if (!row.empty(0) && columns_[0] == Column::none) row.take(0);
  diagnostics.unplaced(row, "the funds block has no such column (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分)");
}

bool FundsBlock::fits(const Row& row, std::size_t offset) const noexcept {
  bool label = false;
  bool figures = false;
  for (std::size_t c = offset; c < columns_.size(); ++c) {
    if (row.empty(c - offset)) continue;
    if (columns_[c] != Column::none) {
      figures = true;
    } else {
      if (label || figures) return false;
      label = true;
    }
  }
  return true;
}

void FundsBlock::add(Row& row, bool yuan, Diagnostics& diagnostics) {
  FundsRow funds;
  funds.line = row.line();
  bool any = false;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i)) continue;
    const Column column = i < columns_.size() ? columns_[i] : Column::none;
    if (column == Column::none) {
      // The source's label: the first text left of the figures.
      if (funds.source.empty() && std::all_of(columns_.begin(), columns_.begin() + static_cast<std::ptrdiff_t>(
                                                                   std::min(i, columns_.size())),
                                              [](Column c) { return c == Column::none; })) {
        funds.source = clean_text(row.take(i));
        any = true;
      }
      continue;
    }
    const std::string_view written = row.take(i);
    any = true;
    if (is_not_applicable(written)) continue;
    try {
      switch (column) {
        case Column::initial: funds.initial_budget = amount_of(Key(written).view(), yuan); break;
        case Column::full_year: funds.full_year_budget = amount_of(Key(written).view(), yuan); break;
        case Column::executed: funds.executed = amount_of(Key(written).view(), yuan); break;
        case Column::rate:
          funds.rate = percent_value(written);
          if (!funds.rate) throw Error("not a percentage");
          break;
        case Column::weight:
        case Column::score: {
          std::optional<Decimal> points = weight_value(written);
          if (!points) throw Error("not a number of points from 0 to 100");
          (column == Column::weight ? funds.weight : funds.score) = std::move(points);
          break;
        }
        case Column::none: break;
      }
    } catch (const Error& e) {
      diagnostics.add(row, i, Severity::warning, code::funds_unreadable,
                      "funds cell " + excerpt(written) + " is not a figure: " + e.what());
    }
  }
  if (any) rows_.push_back(std::move(funds));
  diagnostics.unplaced(row, "it stands under no column of the funds block and is not the source's label");
}

}  // namespace jixiao::detail
