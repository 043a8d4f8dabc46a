#pragma once
// What a result (a finding, a score, a monitoring row) is about: results hold indices into the
// document they were computed on, not copies of its names; these read the names back. An index
// that does not fit the document (a result paired with another document) is an Error, never a
// read out of bounds.

#include <jixiao/document.hpp>
#include <jixiao/project.hpp>

#include <cstddef>
#include <string_view>

namespace jixiao {

// How results name a project: its name, or its table's title when it has none (a 自评表).
std::string_view result_name(const Project& project) noexcept;

// document.projects[index]; Error naming `what` when out of range.
const Project& project_at(const Document& document, std::size_t index, std::string_view what);
// project.indicators[index]; Error naming `what` when out of range.
const Indicator& indicator_at(const Project& project, std::size_t index, std::string_view what);

}  // namespace jixiao
