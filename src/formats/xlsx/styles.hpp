#pragma once
// The number formats of a workbook's cell styles (xl/styles.xml): a cell's `s` attribute picks a
// cell format <xf> of <cellXfs>, whose numFmtId names a built-in format or a <numFmt> of the
// workbook. Each distinct format is compiled once.

#include "../zip/zip_archive.hpp"
#include "number_format.hpp"

#include <jixiao/read.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jixiao::detail {

class Styles {
 public:
  Styles();  // no styles: every cell General
  Styles(ZipArchive& zip, const std::string& part, const ReadOptions& options);

  // The number format of cell style `index`; General for an index the workbook does not define.
  const NumberFormat& format(std::size_t index) const noexcept {
    return index < format_of_style_.size() ? formats_[format_of_style_[index]] : formats_[0];
  }

 private:
  std::vector<NumberFormat> formats_;           // [0] is General
  std::vector<std::uint32_t> format_of_style_;  // by cell style index
};

}  // namespace jixiao::detail
