#pragma once
// The JSON of a reading without what depends on the layout it was read from: every `line`, `column`
// and `source` member, the encoding it came in, the member `without` if one is named, and all blanks
// inside texts, U+3000 too (extraction inserts them where a PDF wraps a line or a cell; a workbook has
// none). Readings of one document in several formats and layouts compare equal so.

#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>

inline boost::json::value layout_free(const boost::json::value& v, std::string_view without = {}) {
  namespace json = boost::json;
  if (const auto* object = v.if_object()) {
    json::object out;
    for (const auto& [key, member] : *object)
      if (key != "line" && key != "column" && key != "source" && key != "source_encoding" && (without.empty() || key != without))
        out[key] = layout_free(member, without);
    return out;
  }
  if (const auto* array = v.if_array()) {
    json::array out;
    for (const auto& element : *array) out.push_back(layout_free(element, without));
    return out;
  }
  if (const auto* s = v.if_string()) {
    std::string kept;
    for (std::size_t i = 0; i < s->size(); ++i) {
      const auto c = static_cast<unsigned char>((*s)[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
      if (c == 0xE3 && i + 2 < s->size() && static_cast<unsigned char>((*s)[i + 1]) == 0x80 &&
          static_cast<unsigned char>((*s)[i + 2]) == 0x80) {
        i += 2;
        continue;
      }
      kept += (*s)[i];
    }
    return json::value(kept);
  }
  return v;
}
