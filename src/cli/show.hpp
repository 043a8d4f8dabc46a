#pragma once
// `jixiao show`: a document for reading in a terminal.

#include <jixiao/read.hpp>

#include <string>
#include <string_view>

namespace jixiao::cli {

// Per project: number, name, code, unit, budget, spending plan and the indicator tree
// (一级 → 二级 → 三级 with its target); then the diagnostics as `FILE:line:column: severity: …`.
std::string show(const ReadResult& result, std::string_view file);

// One diagnostic in the format compilers use, which editors and terminals link to the source:
// `FILE:line:column: …` for text, `FILE:Sheet1!C12: …`, `FILE:p4, row 7, cell 2 (…): …` for the others.
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view file, const SourceMap& source);

// Prints the error-level diagnostics of `result` to standard error (the output may not carry them);
// true if there was any.
bool print_errors(const ReadResult& result, std::string_view file);

// `FILE:where` for a line (and column) of the document, in the format's terms; FILE alone for line 0.
std::string where(std::string_view file, const SourceMap& source, std::size_t line, std::size_t column = 0);

}  // namespace jixiao::cli
