#pragma once
// What fuzz_xlsx and fuzz_docx share: the input as a package, and the properties of the grid a
// front end makes.
//
// An input that starts with `PK` is read as the file itself (a zip archive). Any other input is
// split at NUL bytes into XML parts, which are packed (stored, uncompressed) with fixed
// relationships into a package: so the fuzzer works on the XML the front end reads rather than
// on zip headers, which libzip guards.

#include "check.hpp"

#include <jixiao/grid.hpp>
#include <jixiao/source.hpp>

#include <zip.h>

#include <fmt/format.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::fuzz {

// Splits at NUL bytes: at most `count` parts.
inline std::vector<std::string_view> split_parts(std::string_view input, std::size_t count) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < count) {
    const std::size_t nul = input.find('\0');
    if (nul == std::string_view::npos) break;
    parts.push_back(input.substr(0, nul));
    input.remove_prefix(nul + 1);
  }
  parts.push_back(input);
  return parts;
}

// A zip archive of the parts, stored, written by libzip.
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  JIXIAO_FUZZ_CHECK(buffer != nullptr, "zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  JIXIAO_FUZZ_CHECK(archive != nullptr, "zip_open_from_source");
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    JIXIAO_FUZZ_CHECK(index >= 0, "zip_file_add");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  JIXIAO_FUZZ_CHECK(zip_close(archive) == 0, "zip_close");
  std::string out;
  JIXIAO_FUZZ_CHECK(zip_source_open(buffer) == 0, "zip_source_open");
  char chunk[4096];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) out.append(chunk, static_cast<std::size_t>(n));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

inline std::string relationships(const std::vector<std::pair<std::string, std::string>>& targets) {
  std::string out = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  int id = 1;
  for (const auto& [type, target] : targets)
    out += fmt::format(R"(<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}" Target="{}"/>)",
                       id++, type, target);
  return out + "</Relationships>";
}

inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// The grid's own promises: rows in line order from 1; table rows with a table, lines without;
// valid UTF-8; in each table, cells in column order that never overlap, and row spans that end
// within the table's rows; diagnostics at lines of the grid; every location printable.
inline void check_grid(const Grid& grid) {
  const auto& rows = grid.rows();
  std::size_t previous_line = 0;
  // Places taken by row spans from rows above, per table: (column, end column, last row index).
  std::vector<std::tuple<std::uint64_t, std::uint64_t, std::size_t>> spans;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const GridRow& row = rows[r];
    JIXIAO_FUZZ_CHECK(row.line > previous_line, fmt::format("row {} has line {} after {}", r, row.line, previous_line));
    previous_line = row.line;
    JIXIAO_FUZZ_CHECK((row.kind == RowKind::table_row) == (row.table > 0), fmt::format("row {}: kind and table", r));
    if (r == 0 || rows[r - 1].table != row.table) spans.clear();
    std::erase_if(spans, [&](const auto& s) { return std::get<2>(s) < r; });
    std::uint64_t row_end = 0;
    for (const GridCell& cell : grid.cells(row)) {
      JIXIAO_FUZZ_CHECK(valid_utf8(grid.text(cell)), fmt::format("row {}: a cell is not UTF-8", r));
      JIXIAO_FUZZ_CHECK(!grid.text(cell).empty(), fmt::format("row {}: an empty cell", r));
      JIXIAO_FUZZ_CHECK(cell.row_span >= 1 && cell.column_span >= 1, fmt::format("row {}: a span of 0", r));
      const std::uint64_t begin = cell.column;
      const std::uint64_t end = begin + cell.column_span;
      JIXIAO_FUZZ_CHECK(begin >= row_end, fmt::format("row {}: cell at column {} overlaps the cell before it", r, begin));
      row_end = end;
      for (const auto& [first, last, until] : spans)
        JIXIAO_FUZZ_CHECK(end <= first || begin >= last,
                          fmt::format("row {}: cell at column {} lies under a span from above", r, begin));
      const std::size_t last_row = r + cell.row_span - 1;
      JIXIAO_FUZZ_CHECK(last_row < rows.size(), fmt::format("row {}: a row span past the grid", r));
      for (std::size_t below = r + 1; below <= last_row; ++below)
        JIXIAO_FUZZ_CHECK(rows[below].table == row.table && rows[below].part == row.part,
                          fmt::format("row {}: a row span leaves its table", r));
      if (cell.row_span > 1) spans.emplace_back(begin, end, last_row);
    }
    (void)location(grid.source(), row.line, 1);
  }
  for (const Diagnostic& d : grid.diagnostics()) {
    JIXIAO_FUZZ_CHECK(d.line <= previous_line, fmt::format("a diagnostic at line {} past the last row", d.line));
    JIXIAO_FUZZ_CHECK(valid_utf8(d.reason), "a diagnostic's reason is not UTF-8");
    (void)location(grid.source(), d.line, d.column);
  }
}

}  // namespace jixiao::fuzz
