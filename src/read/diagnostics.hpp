#pragma once
// The reader's diagnostics: the sink that collects them (the codes: include/jixiao/diagnostic.hpp).

#include "rows.hpp"

#include <jixiao/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::detail {

// The codes as the reader's sources name them: code::cell_unplaced.
namespace code {
using enum DiagnosticCode;
}  // namespace code

class Diagnostics {
 public:
  void add(std::size_t line, std::size_t column, Severity severity, DiagnosticCode code, std::string reason);
  void add(Diagnostic diagnostic) { list_.push_back(std::move(diagnostic)); }
  // At cell i of the row.
  void add(const Row& row, std::size_t cell, Severity severity, DiagnosticCode code, std::string reason);
  // Names every non-empty cell of the row that was not taken into the model, saying why.
  void unplaced(const Row& row, std::string_view why);
  // Names the cells of a grid row that no column could hold (Row::beyond).
  void beyond(const Row& row);

  // The diagnostics in line order (stable for equal lines).
  std::vector<Diagnostic> take();

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace jixiao::detail
