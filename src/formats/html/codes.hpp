#pragma once
// The diagnostic codes of the HTML front end (docs/format-html.md). The encoding codes are those
// of the text reader (docs/format.md): callers filter on one code whatever the format.

#include <jixiao/diagnostic.hpp>

namespace jixiao::detail::html_code {

using enum DiagnosticCode;

}  // namespace jixiao::detail::html_code
