#pragma once
// The reader's diagnostics: their stable codes (documented in docs/format.md) and the sink that
// collects them.

#include "rows.hpp"

#include <jixiao/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// Stable identifiers: callers filter on them, so they never change meaning.
namespace code {
inline constexpr std::string_view encoding_fallback = "encoding-fallback";
inline constexpr std::string_view encoding_invalid = "encoding-invalid";
inline constexpr std::string_view document_empty = "document-empty";
inline constexpr std::string_view tables_missing = "tables-missing";
inline constexpr std::string_view title_missing = "title-missing";
inline constexpr std::string_view year_unknown = "year-unknown";
inline constexpr std::string_view year_mismatch = "year-mismatch";
inline constexpr std::string_view line_skipped = "line-skipped";
inline constexpr std::string_view line_unplaced = "line-unplaced";
inline constexpr std::string_view cell_unplaced = "cell-unplaced";
inline constexpr std::string_view cell_too_long = "cell-too-long";
inline constexpr std::string_view toc_mismatch = "toc-mismatch";
inline constexpr std::string_view table_without_title = "table-without-title";
inline constexpr std::string_view table_without_header = "table-without-header";
inline constexpr std::string_view table_incomplete = "table-incomplete";
inline constexpr std::string_view table_number_gap = "table-number-gap";
inline constexpr std::string_view table_redacted = "table-redacted";
inline constexpr std::string_view money_unit = "money-unit";
inline constexpr std::string_view budget_unreadable = "budget-unreadable";
inline constexpr std::string_view plan_in_amounts = "plan-in-amounts";
inline constexpr std::string_view indicator_incomplete = "indicator-incomplete";
inline constexpr std::string_view level_unknown = "level-unknown";
inline constexpr std::string_view level_inferred = "level-inferred";
inline constexpr std::string_view weight_unreadable = "weight-unreadable";
inline constexpr std::string_view direction_unknown = "direction-unknown";
inline constexpr std::string_view indicator_placeholder = "indicator-placeholder";
inline constexpr std::string_view score_unreadable = "score-unreadable";
inline constexpr std::string_view funds_unreadable = "funds-unreadable";
inline constexpr std::string_view row_joined = "row-joined";
inline constexpr std::string_view level_centred = "level-centred";
inline constexpr std::string_view rows_rebuilt = "rows-rebuilt";
inline constexpr std::string_view cell_ambiguous = "cell-ambiguous";
}  // namespace code

class Diagnostics {
 public:
  void add(std::size_t line, std::size_t column, Severity severity, std::string_view code, std::string reason);
  void add(Diagnostic diagnostic) { list_.push_back(std::move(diagnostic)); }
  // At cell i of the row.
  void add(const Row& row, std::size_t cell, Severity severity, std::string_view code, std::string reason);
  // Names every non-empty cell of the row that was not taken into the model, saying why.
  void unplaced(const Row& row, std::string_view why);
  // Names the cells of a grid row that no column could hold (Row::beyond).
  void beyond(const Row& row);

  // The diagnostics in line order (stable for equal lines).
  std::vector<Diagnostic> take();

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace jixiao::detail
