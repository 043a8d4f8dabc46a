#pragma once
// Shared by the xlsx, docx and zip tests: the cases of tests/data/formats/ooxml (made by its
// make_cases.py) and a grid written as text, one row a line, so a test compares whole grids.

#include <jixiao/grid.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace ooxml_fixtures {

inline std::string case_bytes(const std::string& name) {
  const auto path = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/formats/ooxml" / name;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `line kind part:row tN: [column]text [column row×column]text …`, the spans only when not 1×1,
// line breaks in cells as ⏎ and TABs as ⇥.
inline std::string dump(const jixiao::Grid& grid) {
  std::string out;
  for (const jixiao::GridRow& row : grid.rows()) {
    out += std::to_string(row.line) + (row.kind == jixiao::RowKind::line ? " line " : " table ") +
           std::to_string(row.part) + ':' + std::to_string(row.row);
    if (row.kind == jixiao::RowKind::table_row) out += " t" + std::to_string(row.table);
    out += ':';
    for (const jixiao::GridCell& cell : grid.cells(row)) {
      out += " [" + std::to_string(cell.column);
      if (cell.row_span != 1 || cell.column_span != 1)
        out += ' ' + std::to_string(cell.row_span) + "x" + std::to_string(cell.column_span);
      out += ']';
      for (const char c : grid.text(cell)) {
        if (c == '\n') out += "⏎";
        else if (c == '\t') out += "⇥";
        else out += c;
      }
    }
    out += '\n';
  }
  return out;
}

// `line:column code: reason`, one diagnostic a line.
inline std::string diagnostics(const jixiao::Grid& grid) {
  std::string out;
  for (const auto& d : grid.diagnostics())
    out += std::to_string(d.line) + ':' + std::to_string(d.column) + ' ' + d.code + ": " + d.reason + '\n';
  return out;
}

}  // namespace ooxml_fixtures
