#pragma once
// Diagnostic: what the reader could not read, or read with a doubt, and where; its code names the
// kind of doubt with one of a catalogue of stable codes.

#include <jixiao/describe.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/fwd.hpp>
#include <fmt/format.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace jixiao {

enum class Severity { info, warning, error };
BOOST_DESCRIBE_ENUM(Severity, info, warning, error)

// The stable codes of diagnostics. Each is written as its name — the enumerator with hyphens,
// `cell-unplaced` — in JSON, in the CLI's output and in Python, and documented on the page its
// catalogue entry names. A code is never renamed or given another meaning; new ones may be added.
enum class DiagnosticCode {
  // the text front end and the layout reader (docs/format.md)
  encoding_fallback,
  encoding_invalid,
  document_empty,
  tables_missing,
  title_missing,
  year_unknown,
  year_mismatch,
  line_skipped,
  line_unplaced,
  cell_unplaced,
  cell_too_long,
  toc_mismatch,
  table_without_title,
  table_without_header,
  table_incomplete,
  table_number_gap,
  table_redacted,
  money_unit,
  budget_unreadable,
  plan_in_amounts,
  indicator_incomplete,
  level_unknown,
  level_inferred,
  weight_unreadable,
  direction_unknown,
  indicator_placeholder,
  score_unreadable,
  funds_unreadable,
  row_joined,
  level_centred,
  rows_rebuilt,
  cell_ambiguous,
  // xlsx and docx (docs/format-xlsx.md, docs/format-docx.md)
  hidden_sheet,
  hidden_row,
  hidden_column,
  formula_without_value,
  number_hidden,
  number_unreadable,
  string_missing,
  sheet_missing,
  cell_covered,
  nested_table,
  // HTML (docs/format-html.md)
  encoding_mismatch,
  nested_table_overflow,
  // PDF (docs/format-pdf.md)
  pdf_header_footer,
  pdf_image_page,
  pdf_font_unmapped,
  pdf_damaged,
  // matching actual figures to a document (docs/evaluation.md)
  actual_unknown_project,
  actual_ambiguous,
  actual_duplicate,
  actual_unknown_indicator,
  // self-evaluation (docs/evaluation.md)
  grade_point,
  project_not_reported,
  weights_sum,
  weights_partial,
  weight_unused,
  weight_missing,
};

// Written out rather than with BOOST_DESCRIBE_ENUM, whose list takes at most 52 names.
BOOST_DESCRIBE_ENUM_BEGIN(DiagnosticCode)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, encoding_fallback)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, encoding_invalid)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, document_empty)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, tables_missing)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, title_missing)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, year_unknown)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, year_mismatch)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, line_skipped)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, line_unplaced)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, cell_unplaced)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, cell_too_long)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, toc_mismatch)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, table_without_title)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, table_without_header)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, table_incomplete)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, table_number_gap)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, table_redacted)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, money_unit)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, budget_unreadable)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, plan_in_amounts)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, indicator_incomplete)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, level_unknown)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, level_inferred)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, weight_unreadable)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, direction_unknown)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, indicator_placeholder)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, score_unreadable)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, funds_unreadable)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, row_joined)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, level_centred)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, rows_rebuilt)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, cell_ambiguous)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, hidden_sheet)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, hidden_row)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, hidden_column)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, formula_without_value)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, number_hidden)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, number_unreadable)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, string_missing)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, sheet_missing)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, cell_covered)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, nested_table)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, encoding_mismatch)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, nested_table_overflow)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, pdf_header_footer)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, pdf_image_page)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, pdf_font_unmapped)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, pdf_damaged)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, actual_unknown_project)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, actual_ambiguous)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, actual_duplicate)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, actual_unknown_indicator)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, grade_point)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, project_not_reported)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, weights_sum)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, weights_partial)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, weight_unused)
BOOST_DESCRIBE_ENUM_ENTRY(DiagnosticCode, weight_missing)
BOOST_DESCRIBE_ENUM_END(DiagnosticCode)

// Where a diagnostic comes from: the layer, or the front end, that issues it.
enum class DiagnosticOrigin { reader, xlsx, docx, ooxml, html, pdf, actuals, evaluation };
BOOST_DESCRIBE_ENUM(DiagnosticOrigin, reader, xlsx, docx, ooxml, html, pdf, actuals, evaluation)

struct DiagnosticInfo {
  DiagnosticCode code{};
  std::string_view name;     // as written: "cell-unplaced"
  DiagnosticOrigin origin{};
  std::string_view page;     // the page of docs/ that documents it: "format.md"
  std::string_view meaning;  // in a few words
};
BOOST_DESCRIBE_STRUCT(DiagnosticInfo, (), (code, name, origin, page, meaning))

// Every code, in DiagnosticCode order.
std::span<const DiagnosticInfo> diagnostic_catalogue() noexcept;
const DiagnosticInfo& diagnostic_info(DiagnosticCode code) noexcept;
// The written name, "cell-unplaced".
std::string_view code_name(DiagnosticCode code) noexcept;
// The code written as `name` ("cell-unplaced"); none for a name no code has.
std::optional<DiagnosticCode> diagnostic_code_from_name(std::string_view name) noexcept;

// In JSON a code is its written name (src/json.cpp): declared here, beside the code, so that no
// conversion of a Diagnostic can miss it and write the enumerator instead.
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, DiagnosticCode code);
DiagnosticCode tag_invoke(const boost::json::value_to_tag<DiagnosticCode>&, const boost::json::value& v);

struct Diagnostic {
  std::size_t line = 0;    // 1-based source line; 0 for the document as a whole
  std::size_t column = 0;  // 1-based, in code points; 0 for the whole line
  Severity severity = Severity::warning;
  DiagnosticCode code = DiagnosticCode::cell_unplaced;
  std::string reason;      // plain language

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};
BOOST_DESCRIBE_STRUCT(Diagnostic, (), (line, column, severity, code, reason))

}  // namespace jixiao

// A code prints as its written name, `cell-unplaced` (not as the enumerator).
template <>
struct fmt::formatter<jixiao::DiagnosticCode> : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(jixiao::DiagnosticCode code, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(jixiao::code_name(code), ctx);
  }
};
