#pragma once
// The figures that apply at a date, as pointers into the Actuals (private to src/), picked from a
// match (include/jixiao/match.hpp). match_actuals copies them into its result; evaluation and
// monitoring read them in place: copying an IndicatorActual (a Target and five strings) per
// indicator cost them a tenth of their time.

#include <jixiao/match.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace jixiao::detail {

class ActualsIndex {
 public:
  // For each project and indicator, the latest figures `matched` places there dated on or before
  // `as_of` (all when none); of two for one date, the first. Throws Error when `matched` is not a
  // match of these actuals to this document (its row counts or places do not fit).
  ActualsIndex(const Document& document, const Actuals& actuals, const Matched& matched, std::optional<Date> as_of);
  // An index of nothing yet, for figures the caller places by position (a 自评表's own, which has
  // no 项目编码 to match by).
  explicit ActualsIndex(const Document& document);
  void place(std::size_t p, const ProjectActual* actual) noexcept { projects_[p] = actual; }
  void place(std::size_t p, std::size_t i, const IndicatorActual* actual) noexcept { indicators_[first_[p] + i] = actual; }

  // The spending of project `p`, or null.
  const ProjectActual* project(std::size_t p) const noexcept { return projects_[p]; }
  // The value of indicator `i` of project `p`, or null.
  const IndicatorActual* indicator(std::size_t p, std::size_t i) const noexcept { return indicators_[first_[p] + i]; }
  // Anything reported for project `p`.
  bool reported(std::size_t p) const noexcept;

 private:
  std::vector<const ProjectActual*> projects_;
  std::vector<std::size_t> first_;  // project p's indicators are indicators_[first_[p], first_[p + 1])
  std::vector<const IndicatorActual*> indicators_;
};

}  // namespace jixiao::detail
