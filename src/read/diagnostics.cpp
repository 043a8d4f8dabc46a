#include "diagnostics.hpp"

#include "text.hpp"

#include <algorithm>
#include <utility>

namespace jixiao::detail {

void Diagnostics::add(std::size_t line, std::size_t column, Severity severity, std::string_view code,
                      std::string reason) {
  list_.push_back(Diagnostic{line, column, severity, std::string(code), std::move(reason)});
}

void Diagnostics::add(const Row& row, std::size_t cell, Severity severity, std::string_view code, std::string reason) {
  add(row.line(), row.column(cell), severity, code, std::move(reason));
}

void Diagnostics::unplaced(const Row& row, std::string_view why) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row.empty(i) || row.taken(i)) continue;
    add(row, i, Severity::warning, code::cell_unplaced,
        "cell " + excerpt(row.cell(i)) + " is not in the model: " + std::string(why));
  }
}

void Diagnostics::beyond(const Row& row) {
  for (const auto& [text, column] : row.beyond())
    add(row.line(), column, Severity::warning, code::cell_unplaced,
        "cell " + excerpt(text) + " is not in the model: it stands in a column no form has, or in one another cell "
        "already holds");
}

std::vector<Diagnostic> Diagnostics::take() {
  std::stable_sort(list_.begin(), list_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  return std::exchange(list_, {});
}

}  // namespace jixiao::detail
