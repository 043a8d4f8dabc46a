// The xlsx front end: every sheet of the workbook in workbook order, each a part of the grid named
// after the sheet (docs/format-xlsx.md).

#include "../front_ends.hpp"
#include "../ooxml/diagnostics.hpp"
#include "../ooxml/package.hpp"
#include "../zip/zip_archive.hpp"
#include "shared_strings.hpp"
#include "sheet.hpp"
#include "styles.hpp"
#include "workbook.hpp"

#include <jixiao/error.hpp>

#include <algorithm>

namespace jixiao::detail {
namespace {

// The part a workbook relationship of this kind names, or the usual part when the workbook has no
// such relationship but the archive has the part; "" when there is none.
std::string workbook_part(ZipArchive& zip, const std::vector<Relationship>& relationships, std::string_view kind,
                          std::string_view usual) {
  std::string part = find_target(relationships, kind);
  if (part.empty() && zip.contains(usual)) part = usual;
  return part.empty() || !zip.contains(part) ? std::string() : part;
}

}  // namespace

Grid read_xlsx(std::string_view bytes, const ReadOptions& options) {
  ZipArchive zip(bytes, options);
  std::string main = find_target(read_relationships(zip, "", options), "officeDocument");
  if (main.empty()) main = "xl/workbook.xml";
  if (main.ends_with(".bin"))
    throw UnsupportedFormatError("a binary workbook (xlsb) is not read: save it as xlsx (Excel: Save As → Excel Workbook)");
  if (!zip.contains(main)) throw Error("not an xlsx workbook: the zip archive has no " + main);
  const Workbook workbook = read_workbook(zip, main, options);
  const std::vector<Relationship> relationships = read_relationships(zip, main, options);

  const std::string strings_part = workbook_part(zip, relationships, "sharedStrings", "xl/sharedStrings.xml");
  const SharedStrings strings = strings_part.empty() ? SharedStrings() : SharedStrings(zip, strings_part, options);
  const std::string styles_part = workbook_part(zip, relationships, "styles", "xl/styles.xml");
  const Styles styles = styles_part.empty() ? Styles() : Styles(zip, styles_part, options);
  const WorkbookParts parts{strings, styles, workbook.dates};

  Grid grid(Format::xlsx);
  GridCount count;
  for (std::size_t k = 0; k < workbook.sheets.size(); ++k) {
    const SheetEntry& entry = workbook.sheets[k];
    const auto number = static_cast<std::uint32_t>(k + 1);
    grid.name_part(number, entry.name);
    const auto relationship = std::find_if(relationships.begin(), relationships.end(),
                                           [&](const Relationship& r) { return r.id == entry.relationship; });
    if (relationship == relationships.end() || relationship->external || !zip.contains(relationship->target)) {
      grid.add_diagnostic(Diagnostic{0, 0, Severity::warning, std::string(grid_code::sheet_missing),
                                     "sheet " + entry.name + " is listed by the workbook, but its part is missing"});
      continue;
    }
    // Chart sheets and dialog sheets hold no cells.
    if (relationship_kind(relationship->type) != "worksheet") continue;
    read_sheet(zip, SheetPart{relationship->target, entry.name, number, entry.hidden}, parts, options, grid, count);
  }
  return grid;
}

}  // namespace jixiao::detail
