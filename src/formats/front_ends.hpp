#pragma once
// The front ends of the core library (private to src/): each makes a Grid of a file's bytes in
// its format, or throws Error (LimitError, UnsupportedFormatError) for a file it cannot read as
// a whole. Whatever it can read but not place in a cell is a diagnostic of the grid, with the row
// it concerns. Each honours the limits of ReadOptions that apply to it.

#include <jixiao/grid.hpp>
#include <jixiao/read.hpp>

#include <string_view>

namespace jixiao::detail {

Grid read_xlsx(std::string_view bytes, const ReadOptions& options);
Grid read_docx(std::string_view bytes, const ReadOptions& options);
Grid read_html(std::string_view bytes, const ReadOptions& options);

// The front end set_front_end installed for `format`, or null.
FrontEnd installed_front_end(Format format) noexcept;

}  // namespace jixiao::detail
