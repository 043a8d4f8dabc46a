#pragma once
// The diagnostic codes of the HTML front end (docs/format-html.md). The encoding codes are those
// of the text reader (docs/format.md): callers filter on one code whatever the format.

#include <string_view>

namespace jixiao::detail::html_code {

inline constexpr std::string_view encoding_fallback = "encoding-fallback";
inline constexpr std::string_view encoding_invalid = "encoding-invalid";
inline constexpr std::string_view encoding_mismatch = "encoding-mismatch";
inline constexpr std::string_view nested_table_overflow = "nested-table-overflow";

}  // namespace jixiao::detail::html_code
