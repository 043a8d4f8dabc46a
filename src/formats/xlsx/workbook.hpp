#pragma once
// The workbook part (xl/workbook.xml): its sheets in workbook order, with their names, whether
// each is hidden and the relationship that names its part, and the date system of its serial dates.

#include "../zip/zip_archive.hpp"
#include "number_format.hpp"

#include <jixiao/read.hpp>

#include <string>
#include <vector>

namespace jixiao::detail {

struct SheetEntry {
  std::string name;
  std::string relationship;  // r:id
  bool hidden = false;       // state="hidden" or "veryHidden"
};

struct Workbook {
  std::vector<SheetEntry> sheets;
  DateSystem dates = DateSystem::from_1900;
};

Workbook read_workbook(ZipArchive& zip, const std::string& part, const ReadOptions& options);

}  // namespace jixiao::detail
