#include <jixiao/diagnostic.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>

namespace jixiao {
namespace {

inline constexpr std::size_t code_count =
    boost::mp11::mp_size<boost::describe::describe_enumerators<DiagnosticCode>>::value;

using C = DiagnosticCode;
using O = DiagnosticOrigin;

constexpr std::array<DiagnosticInfo, code_count> catalogue{{
    {C::encoding_fallback, "encoding-fallback", O::reader, "format.md", "not UTF-8: decoded as GB18030"},
    {C::encoding_invalid, "encoding-invalid", O::reader, "format.md", "undecodable bytes replaced by U+FFFD"},
    {C::document_empty, "document-empty", O::reader, "format.md", "the input holds no text"},
    {C::tables_missing, "tables-missing", O::reader, "format.md", "no project table"},
    {C::title_missing, "title-missing", O::reader, "format.md", "no title names the department and year"},
    {C::year_unknown, "year-unknown", O::reader, "format.md", "no budget year"},
    {C::year_mismatch, "year-mismatch", O::reader, "format.md", "the year option differs from the title's"},
    {C::line_skipped, "line-skipped", O::reader, "format.md", "a line the model does not hold"},
    {C::line_unplaced, "line-unplaced", O::reader, "format.md", "a line where a row or title was expected"},
    {C::cell_unplaced, "cell-unplaced", O::reader, "format.md", "a cell with no place in the model"},
    {C::cell_too_long, "cell-too-long", O::reader, "format.md", "a cell cut at the size limit"},
    {C::toc_mismatch, "toc-mismatch", O::reader, "format.md", "the contents and the tables disagree"},
    {C::table_without_title, "table-without-title", O::reader, "format.md", "a table without a title line"},
    {C::table_without_header, "table-without-header", O::reader, "format.md", "indicator rows without a header"},
    {C::table_incomplete, "table-incomplete", O::reader, "format.md", "a table without indicators or head rows"},
    {C::table_number_gap, "table-number-gap", O::reader, "format.md", "table numbers do not run 1, 2, 3"},
    {C::table_redacted, "table-redacted", O::reader, "format.md", "a 涉密 table"},
    {C::money_unit, "money-unit", O::reader, "format.md", "a money unit other than 万元 or 元"},
    {C::budget_unreadable, "budget-unreadable", O::reader, "format.md", "a budget cell that is no amount"},
    {C::plan_in_amounts, "plan-in-amounts", O::reader, "format.md", "a spending plan written in money"},
    {C::indicator_incomplete, "indicator-incomplete", O::reader, "format.md", "an indicator without name or target"},
    {C::level_unknown, "level-unknown", O::reader, "format.md", "a 一级/二级 in neither tree"},
    {C::level_inferred, "level-inferred", O::reader, "format.md", "an empty 一级 taken from the 二级"},
    {C::weight_unreadable, "weight-unreadable", O::reader, "format.md", "a 权重 cell that is no weight"},
    {C::direction_unknown, "direction-unknown", O::reader, "format.md", "a 指标方向性 cell of no direction"},
    {C::indicator_placeholder, "indicator-placeholder", O::reader, "format.md", "an unfilled row of a blank form"},
    {C::score_unreadable, "score-unreadable", O::reader, "format.md", "a 得分 cell that is no score"},
    {C::funds_unreadable, "funds-unreadable", O::reader, "format.md", "a 自评表 funds figure that is none"},
    {C::row_joined, "row-joined", O::reader, "format.md", "a row cut by a page break, joined"},
    {C::level_centred, "level-centred", O::reader, "format.md", "a 一级 centred over its group"},
    {C::rows_rebuilt, "rows-rebuilt", O::reader, "format.md", "rows rebuilt from aligned text"},
    {C::cell_ambiguous, "cell-ambiguous", O::reader, "format.md", "a cell whose column one cell per line lost"},
    {C::hidden_sheet, "hidden-sheet", O::xlsx, "format-xlsx.md", "a hidden sheet, read as shown"},
    {C::hidden_row, "hidden-row", O::xlsx, "format-xlsx.md", "hidden rows, read as shown"},
    {C::hidden_column, "hidden-column", O::xlsx, "format-xlsx.md", "hidden columns, read as shown"},
    {C::formula_without_value, "formula-without-value", O::xlsx, "format-xlsx.md", "a formula without a value"},
    {C::number_hidden, "number-hidden", O::xlsx, "format-xlsx.md", "a number format that shows nothing"},
    {C::number_unreadable, "number-unreadable", O::xlsx, "format-xlsx.md", "a stored number that is none"},
    {C::string_missing, "string-missing", O::xlsx, "format-xlsx.md", "a shared string the workbook lacks"},
    {C::sheet_missing, "sheet-missing", O::xlsx, "format-xlsx.md", "a sheet listed without its part"},
    {C::cell_covered, "cell-covered", O::ooxml, "format.md", "text under a merged cell, left out"},
    {C::nested_table, "nested-table", O::docx, "format-docx.md", "a table in a cell, read after it"},
    {C::encoding_mismatch, "encoding-mismatch", O::html, "format-html.md", "the declared charset is not the bytes'"},
    {C::nested_table_overflow, "nested-table-overflow", O::html, "format-html.md", "a nested table wider than its cell"},
    {C::pdf_header_footer, "pdf-header-footer", O::pdf, "format-pdf.md", "a page header or footer left out"},
    {C::pdf_image_page, "pdf-image-page", O::pdf, "format-pdf.md", "a page of images only"},
    {C::pdf_font_unmapped, "pdf-font-unmapped", O::pdf, "format-pdf.md", "characters without a Unicode map"},
    {C::pdf_damaged, "pdf-damaged", O::pdf, "format-pdf.md", "damage poppler worked around"},
    {C::actual_unknown_project, "actual-unknown-project", O::actuals, "evaluation.md", "a figure of no project"},
    {C::actual_ambiguous, "actual-ambiguous", O::actuals, "evaluation.md", "a figure of two indicators or projects"},
    {C::actual_duplicate, "actual-duplicate", O::actuals, "evaluation.md", "two figures for one date"},
    {C::actual_unknown_indicator, "actual-unknown-indicator", O::actuals, "evaluation.md", "a figure of no indicator"},
    {C::grade_point, "grade-point", O::evaluation, "evaluation.md", "a point outside its grade's band"},
    {C::project_not_reported, "project-not-reported", O::evaluation, "evaluation.md", "a project without figures"},
    {C::weights_sum, "weights-sum", O::evaluation, "evaluation.md", "weights not summing to 100"},
    {C::weights_partial, "weights-partial", O::evaluation, "evaluation.md", "some indicators state a weight"},
    {C::weight_unused, "weight-unused", O::evaluation, "evaluation.md", "a 一级 weight without indicators"},
    {C::weight_missing, "weight-missing", O::evaluation, "evaluation.md", "indicators of a 一级 without weight"},
}};

constexpr bool in_code_order() {
  for (std::size_t i = 0; i < catalogue.size(); ++i)
    if (static_cast<std::size_t>(catalogue[i].code) != i) return false;
  return true;
}
static_assert(in_code_order(), "the catalogue lists every code once, in DiagnosticCode order");

}  // namespace

std::span<const DiagnosticInfo> diagnostic_catalogue() noexcept { return catalogue; }

const DiagnosticInfo& diagnostic_info(DiagnosticCode code) noexcept { return catalogue[static_cast<std::size_t>(code)]; }

std::string_view code_name(DiagnosticCode code) noexcept { return diagnostic_info(code).name; }

std::optional<DiagnosticCode> diagnostic_code_from_name(std::string_view name) noexcept {
  for (const DiagnosticInfo& info : catalogue)
    if (info.name == name) return info.code;
  return std::nullopt;
}

}  // namespace jixiao
