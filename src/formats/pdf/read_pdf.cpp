#include "deadline.hpp"
#include "document.hpp"
#include "margins.hpp"
#include "page_layout.hpp"

#include <jixiao/error.hpp>
#include <jixiao/pdf.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace jixiao {
namespace {

using detail::pdf::Furniture;
using detail::pdf::LaidOutPage;
using detail::pdf::PageContent;
using detail::pdf::Rect;

namespace code {
constexpr const char* header_footer = "pdf-header-footer";
constexpr const char* image_page = "pdf-image-page";
constexpr const char* font_unmapped = "pdf-font-unmapped";
constexpr const char* damaged = "pdf-damaged";
}  // namespace code

std::int32_t hundredths(double points) noexcept {
  const double value = std::round(points * 100);
  if (!(value > std::numeric_limits<std::int32_t>::min())) return value < 0 ? std::numeric_limits<std::int32_t>::min() : 0;
  if (value >= std::numeric_limits<std::int32_t>::max()) return std::numeric_limits<std::int32_t>::max();
  return static_cast<std::int32_t>(value);
}

Box box_of(const Rect& rect) noexcept {
  return {hundredths(rect.left), hundredths(rect.top), hundredths(rect.right), hundredths(rect.bottom)};
}

// What a page says about itself beside its rows, kept until its rows are in the grid.
struct PageNotes {
  bool has_text = false;
  std::size_t images = 0;
  std::size_t unmapped = 0;
  std::vector<std::string> problems;
  std::size_t more_problems = 0;
};

std::string problems_text(const std::vector<std::string>& problems, std::size_t more) {
  std::string text;
  for (const std::string& problem : problems) {
    if (!text.empty()) text += "; ";
    text += problem;
  }
  if (more > 0) text += " (and " + std::to_string(more) + " more)";
  return text;
}

std::string row_text(const detail::pdf::LaidOutRow& row) {
  std::string text;
  for (const auto& cell : row.cells) {
    if (!text.empty()) text += ' ';
    text += cell.text;
  }
  return text;
}

void add_page_notes(Grid& grid, std::uint32_t page, std::size_t line, const PageNotes& notes) {
  const std::string where = "p" + std::to_string(page) + ": ";
  if (!notes.has_text && notes.images > 0)
    grid.add_diagnostic({line, 0, Severity::warning, code::image_page,
                         where + "the page is an image without a text layer (a scanned page?); jixiao does no OCR, "
                                 "so its content is missing"});
  if (notes.unmapped > 0)
    grid.add_diagnostic({line, 0, Severity::warning, code::font_unmapped,
                         where + std::to_string(notes.unmapped) +
                             " characters are in fonts without a Unicode map and could not be read; the page's "
                             "text is incomplete"});
  if (!notes.problems.empty())
    grid.add_diagnostic({line, 0, Severity::warning, code::damaged,
                         where + "poppler reported damage it worked around, the text may be incomplete: " +
                             problems_text(notes.problems, notes.more_problems)});
}

// Why a PDF gave no text at all: fonts without a Unicode map, damage, or no text layer (a scan).
[[noreturn]] void throw_no_text(const std::vector<PageNotes>& notes) {
  std::size_t unmapped = 0;
  std::vector<std::string> problems;
  std::size_t more = 0;
  for (const PageNotes& page : notes) {
    unmapped += page.unmapped;
    for (const std::string& problem : page.problems)
      if (problems.size() < 3) problems.push_back(problem);
      else ++more;
    more += page.more_problems;
  }
  if (unmapped > 0)
    throw UnsupportedFormatError("the PDF's text cannot be read: its fonts have no Unicode map for its " +
                                  std::to_string(unmapped) + " characters; jixiao does no OCR");
  if (!problems.empty())
    throw Error("the PDF is damaged and no text could be read from it (poppler: " + problems_text(problems, more) +
                 ")");
  throw UnsupportedFormatError("the PDF has no text layer (a scanned image?); jixiao does no OCR");
}

}  // namespace

Grid read_pdf_grid(std::string_view bytes, const ReadOptions& options) {
  const detail::pdf::Deadline deadline(options.max_seconds);
  detail::pdf::Document document(bytes, options);
  const int page_count = document.page_count();

  std::vector<LaidOutPage> pages;
  std::vector<PageNotes> notes;
  bool any_text = false;
  for (int number = 1; number <= page_count; ++number) {
    deadline.check();
    PageContent content = document.page(number, deadline);
    notes.push_back({!content.glyphs.empty(), content.images, content.unmapped, std::move(content.problems),
                     content.more_problems});
    any_text = any_text || !content.glyphs.empty();
    pages.push_back(detail::pdf::lay_out(content, options.max_cells, deadline));
  }
  if (!any_text) throw_no_text(notes);
  detail::pdf::mark_furniture(pages);

  Grid grid(Format::pdf);
  if (!document.problems().empty())
    grid.add_diagnostic({0, 0, Severity::warning, code::damaged,
                         "the PDF is damaged; poppler repaired what it could: " +
                             problems_text(document.problems(), 0)});
  std::size_t cells = 0;
  std::uint32_t tables_before = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto page = static_cast<std::uint32_t>(p + 1);
    const bool has_rows = std::any_of(pages[p].rows.begin(), pages[p].rows.end(),
                                      [](const auto& row) { return row.furniture == Furniture::none; });
    const std::size_t first_line = has_rows ? grid.rows().size() + 1 : 0;
    std::uint32_t row_number = 0;
    std::uint32_t tables_here = 0;
    for (const auto& row : pages[p].rows) {
      if (row.furniture != Furniture::none) {
        grid.add_diagnostic({first_line, 0, Severity::info, code::header_footer,
                             "p" + std::to_string(page) + ": skipped the page " +
                                 (row.furniture == Furniture::header ? "header" : "footer") + " `" + row_text(row) +
                                 "`"});
        continue;
      }
      tables_here = std::max(tables_here, row.table);
      const bool table = row.table != 0;
      grid.add_row(table ? RowKind::table_row : RowKind::line, page, ++row_number,
                   table ? tables_before + row.table : 0);
      if (table) {
        cells += row.cells.size();
        if (cells > options.max_cells)
          throw LimitError("the PDF's tables have more than max_cells (" + std::to_string(options.max_cells) +
                           ") cells");
      }
      for (const auto& cell : row.cells)
        grid.add_cell(cell.text, cell.column, cell.row_span, cell.column_span, box_of(cell.box));
    }
    tables_before += tables_here;
    add_page_notes(grid, page, first_line, notes[p]);
  }
  return grid;
}

void install_pdf_front_end() noexcept { set_front_end(Format::pdf, &read_pdf_grid); }

}  // namespace jixiao
