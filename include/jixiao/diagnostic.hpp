#pragma once
// Diagnostic: what the reader could not read, or read with a doubt, and where.

#include <jixiao/describe.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <string>

namespace jixiao {

enum class Severity { info, warning, error };
BOOST_DESCRIBE_ENUM(Severity, info, warning, error)

struct Diagnostic {
  std::size_t line = 0;    // 1-based source line; 0 for the document as a whole
  std::size_t column = 0;  // 1-based, in code points; 0 for the whole line
  Severity severity = Severity::warning;
  std::string code;        // stable identifier, e.g. "cell-unplaced"
  std::string reason;      // plain language

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};
BOOST_DESCRIBE_STRUCT(Diagnostic, (), (line, column, severity, code, reason))

}  // namespace jixiao
