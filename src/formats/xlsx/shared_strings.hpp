#pragma once
// The shared strings of a workbook (xl/sharedStrings.xml): the text of every string cell that
// refers to one by index, held in one buffer.

#include "../zip/zip_archive.hpp"

#include <jixiao/read.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

class SharedStrings {
 public:
  SharedStrings() = default;
  // Reads the part; throws as read_xml_part.
  SharedStrings(ZipArchive& zip, const std::string& part, const ReadOptions& options);

  std::size_t size() const noexcept { return ends_.size(); }
  // The string at `index`; nullopt past the end.
  std::optional<std::string_view> at(std::size_t index) const noexcept {
    if (index >= ends_.size()) return std::nullopt;
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

}  // namespace jixiao::detail
