#include <jixiao/error.hpp>
#include <jixiao/subject.hpp>

#include <fmt/format.h>

namespace jixiao {

std::string_view result_name(const Project& project) noexcept {
  const std::string_view name = project.name;
  if (!name.empty()) return name;
  return project.title;
}

const Project& project_at(const Document& document, std::size_t index, std::string_view what) {
  if (index >= document.projects.size())
    throw Error(fmt::format("{}: project {} is not in this document ({} projects): a result of another document?",
                            what, index, document.projects.size()));
  return document.projects[index];
}

const Indicator& indicator_at(const Project& project, std::size_t index, std::string_view what) {
  if (index >= project.indicators.size())
    throw Error(fmt::format("{}: indicator {} is not in its project ({} indicators): a result of another document?",
                            what, index, project.indicators.size()));
  return project.indicators[index];
}

}  // namespace jixiao
