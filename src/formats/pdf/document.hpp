#pragma once
// A PDF opened with poppler, page by page: the only place that includes poppler's headers.

#include "deadline.hpp"
#include "page_content.hpp"

#include <jixiao/read.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail::pdf {

class Document {
 public:
  // Opens the bytes, which must outlive the Document. Throws UnsupportedFormatError for a file
  // that needs a password, Error for bytes poppler cannot open as a PDF, and LimitError for more
  // objects than max_pdf_objects or more pages than max_pages.
  Document(std::string_view bytes, const ReadOptions& options);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  int page_count() const noexcept;
  // What poppler reported while opening the file (a damaged cross-reference table it rebuilt).
  const std::vector<std::string>& problems() const noexcept;
  // Draws page `number` (1-based) and returns what it holds. Throws LimitError for more words
  // than max_words_per_page (or a page still drawing 16 characters per allowed word, or as many
  // straight lines as allowed words) and when the deadline passes while the page is drawn.
  PageContent page(int number, const Deadline& deadline);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace jixiao::detail::pdf
