#pragma once
// The exception hierarchy of jixiao. Every error the library throws derives from jixiao::Error,
// so callers (and the Python bindings) can catch one type or map each to its own.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace jixiao {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Text that does not follow a grammar. `column` counts UTF-8 code points from 1 within the
// parsed text; `line` is 0 when the text did not come from a document.
struct ParseError : Error {
  ParseError(const std::string& reason, std::size_t column, std::size_t line = 0)
      : Error(reason), column(column), line(line) {}
  std::size_t column;
  std::size_t line;
};

// A result that does not fit the exact representation (coefficient or scale out of range).
struct OverflowError : Error {
  using Error::Error;
};

struct DivisionByZeroError : Error {
  using Error::Error;
};

// An exact conversion that would lose digits (e.g. 0.001 分 to an integer count of 分).
struct InexactError : Error {
  using Error::Error;
};

// Input over a limit of ReadOptions as a whole (a zip bomb, too many pages): reading stops.
struct LimitError : Error {
  using Error::Error;
};

// A file in a format jixiao recognises but does not read (legacy .xls/.doc, an encrypted or
// scanned PDF, a PDF in a build without the PDF front end): the message says what to do instead.
struct UnsupportedFormatError : Error {
  using Error::Error;
};

}  // namespace jixiao
