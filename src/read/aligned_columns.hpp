#pragma once
// Tables printed to text in aligned columns, as `pdftotext -layout` writes a PDF's: no TAB, one
// character per column, cells two blanks or more apart (one blank where a column is narrow), a
// wrapped cell's lines one below the other in its column, and vertically centred cells — merged
// 一级/二级 cells, short cells beside a wrapped one — on a middle line of their row. Rebuilding the
// rows takes each piece of text's column from the header (or from the gaps that run down the head
// of the table), and its row from where the pieces stand and what they say (the 一级/二级 names,
// the target grammar).

#include "rows.hpp"

#include <jixiao/grid.hpp>

#include <cstddef>
#include <span>
#include <string_view>

namespace jixiao::detail {

// Whether a line opens a table in aligned columns: 项目编码 (项目名称 …) followed by more cells, or
// an indicator header (一级指标 … 二级指标 …), its cells apart by two blanks or more.
bool opens_aligned_table(std::string_view line);

// The number of runs of text on a line, apart by two blanks or more.
std::size_t run_count(std::string_view line);

// Adds the rows of `lines` — a table in aligned columns, from the line that opens it to the line
// before the next table's title — to `out`: table rows with their cells at their columns, lines
// that belong to no row (page numbers) as lines, in line order, with a diagnostic saying what was
// rebuilt. Lines past what can be rebuilt (a head of the table longer than any real one, a header of
// too many columns) are added as lines, for the reader to name.
void rebuild_aligned(std::span<const Line> lines, Grid& out);

}  // namespace jixiao::detail
