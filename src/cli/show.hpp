#pragma once
// `jixiao show`: a document for reading in a terminal.

#include <jixiao/read.hpp>

#include <string>
#include <string_view>

namespace jixiao::cli {

// Per project: number, name, code, unit, budget, spending plan and the indicator tree
// (一级 → 二级 → 三级 with its target); then the diagnostics as `FILE:line:column: severity: …`.
std::string show(const ReadResult& result, std::string_view file);

// One diagnostic in the format compilers use, which editors and terminals link to the source.
std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view file);

}  // namespace jixiao::cli
