#pragma once
// One worksheet (xl/worksheets/sheetN.xml) into the grid. Each row that shows something becomes a
// table row of the sheet's part, numbered as the sheet numbers it (row 12 is row 12), with its
// cells at their 0-based columns and each cell's text as the cell shows it. A merged range is a
// span on its top-left cell, the only cell of the range a sheet shows; rows a merged cell covers
// are rows of the grid even when they hold nothing else, so spans count grid rows. A table is a
// run of rows without a fully empty row between them: each sheet starts a new one, and so does
// each row after one or more empty rows.

#include "../zip/zip_archive.hpp"
#include "number_format.hpp"
#include "shared_strings.hpp"
#include "styles.hpp"

#include <jixiao/grid.hpp>
#include <jixiao/read.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao::detail {

struct WorkbookParts {
  const SharedStrings& strings;
  const Styles& styles;
  DateSystem dates = DateSystem::from_1900;
};

struct SheetPart {
  std::string path;  // in the archive
  std::string_view name;
  std::uint32_t number = 0;  // the grid part: 1-based in workbook order
  bool hidden = false;
};

// What the sheets read so far have added to the grid.
struct GridCount {
  std::uint32_t tables = 0;
  std::size_t cells = 0;  // cells read, and rows added under merged cells: against ReadOptions::max_cells
};

// Reads the sheet into `grid`, numbering its tables on from `count.tables`. Throws LimitError when
// the grid would pass ReadOptions::max_cells, Error for a sheet that is no well-formed XML.
void read_sheet(ZipArchive& zip, const SheetPart& sheet, const WorkbookParts& workbook, const ReadOptions& options,
                Grid& grid, GridCount& count);

}  // namespace jixiao::detail
