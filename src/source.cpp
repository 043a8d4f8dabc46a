#include <jixiao/source.hpp>

#include <algorithm>
#include <string_view>

namespace jixiao {
namespace {

// Hundredths of a point as points with one place: 7250 → 72.5.
std::string points(std::int32_t hundredths) {
  const std::int32_t tenths = (hundredths >= 0 ? hundredths + 5 : hundredths - 5) / 10;
  std::string out = tenths < 0 && tenths > -10 ? "-" : "";
  out += std::to_string(tenths / 10) + '.' + std::to_string(tenths < 0 ? -(tenths % 10) : tenths % 10);
  return out;
}

// A sheet's name as a formula writes it: quoted (quotes doubled) unless it is letters, digits,
// underscores and CJK text.
std::string sheet_reference(std::string_view name) {
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (plain && !(name.front() >= '0' && name.front() <= '9')) return std::string(name);
  std::string out = "'";
  for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

void SourceMap::add(std::size_t line, std::uint32_t part, std::uint32_t row) {
  if (!runs.empty()) {
    const SourceRun& last = runs.back();
    if (last.part == part && line > last.first_line && row >= last.first_row &&
        line - last.first_line == row - last.first_row)
      return;
  }
  runs.push_back(SourceRun{line, part, row});
}

std::string column_letters(std::size_t column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

std::string location(const SourceMap& map, std::size_t line, std::size_t column) {
  if (line == 0) return {};
  const bool text = map.format == Format::text || map.format == Format::detect;
  const auto after = std::upper_bound(map.runs.begin(), map.runs.end(), line,
                                      [](std::size_t l, const SourceRun& run) { return l < run.first_line; });
  if (text || after == map.runs.begin()) {
    std::string out = text ? std::to_string(line) : "line " + std::to_string(line);
    if (column != 0) out += ':' + std::to_string(column);
    return out;
  }
  const SourceRun& run = *(after - 1);
  const std::size_t row = run.first_row + (line - run.first_line);
  switch (map.format) {
    case Format::xlsx: {
      std::string out = run.part >= 1 && run.part <= map.part_names.size() ? sheet_reference(map.part_names[run.part - 1])
                                                                            : "'sheet " + std::to_string(run.part) + "'";
      out += '!';
      // A cell as A1, a whole row as Excel writes one: 12:12.
      if (column != 0) out += column_letters(column) + std::to_string(row);
      else out += std::to_string(row) + ':' + std::to_string(row);
      return out;
    }
    case Format::docx:
    case Format::html: {
      if (run.part == 0)
        return (map.format == Format::docx ? "paragraph " : "line ") + std::to_string(row);
      std::string out = "table " + std::to_string(run.part) + ", row " + std::to_string(row);
      if (column != 0) out += ", cell " + std::to_string(column);
      return out;
    }
    case Format::pdf: {
      std::string out = "p" + std::to_string(run.part) + ", row " + std::to_string(row);
      if (column == 0) return out;
      out += ", cell " + std::to_string(column);
      const auto box = std::lower_bound(map.boxes.begin(), map.boxes.end(), std::pair(line, column),
                                        [](const CellBox& b, const std::pair<std::size_t, std::size_t>& at) {
                                          return std::pair<std::size_t, std::size_t>(b.line, b.column) < at;
                                        });
      if (box != map.boxes.end() && box->line == line && box->column == column)
        out += " (" + points(box->box.left) + "," + points(box->box.top) + "–" + points(box->box.right) + "," +
               points(box->box.bottom) + " pt)";
      return out;
    }
    case Format::detect:
    case Format::text: break;
  }
  return std::to_string(line);
}

}  // namespace jixiao
