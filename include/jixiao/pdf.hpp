#pragma once
// The PDF front end: the optional library jixiao_pdf (CMake target jixiao::pdf), built where
// poppler is found. It is a separate library because poppler is GPL: the core library jixiao
// links no GPL code, and a program that links jixiao_pdf takes on the GPL's terms.
// docs/format-pdf.md describes what it reads and how.

#include <jixiao/grid.hpp>
#include <jixiao/read.hpp>

#include <string_view>

namespace jixiao {

// The grid of a PDF: per page, in reading order, the rows of its tables — bordered ones from the
// lines they draw (merged cells as spans), borderless ones from the positions of their header's
// words — and its text outside tables as lines (a wrapped paragraph is one line). Rows stand as
// (page, row on the page); each cell has its box on the page. Page headers, footers and page
// numbers are left out, each with an info diagnostic; a page that holds only an image, characters
// without a Unicode mapping, and damage poppler worked around are diagnostics too.
//
// Throws UnsupportedFormatError for a PDF that needs a password or has no text layer at all (a
// scan: jixiao does no OCR), Error for bytes poppler cannot open as a PDF, and LimitError past
// max_pdf_objects, max_pages, max_words_per_page, max_cells or max_seconds.
Grid read_pdf_grid(std::string_view bytes, const ReadOptions& options = {});

// Makes read_pdf_grid the front end for Format::pdf (set_front_end), so that read_document and
// read_grid read PDFs. Programs call it once at start.
void install_pdf_front_end() noexcept;

}  // namespace jixiao
