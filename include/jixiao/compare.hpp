#pragma once
// Year over year (同比): each project of one year beside its successor of the next — the budget, the
// spending plan and every indicator's target, moved up, down or not at all — and the review rules
// that read such a pair (targets made easier while the money grew, targets copied beside a budget
// that changed a lot). docs/compare.md describes the pairing and the comparisons.
//
// Two documents compare project by project; one document holding several years (a 2025 text that
// still prints the 2024 tables) compares each year's projects with the next year's. Results refer to
// projects and indicators by index into their documents, with the code, name and year (or name and
// target) a reader needs to recognise them.

#include <jixiao/decimal.hpp>
#include <jixiao/document.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/money.hpp>
#include <jixiao/review.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// Where a project's year was read: a year token of its name (`2024 科普经费`, `提前下达2025年…`), the
// two year digits of a national project code (`13070024P…`), or, failing both, the document's year.
enum class YearSource { name, code, document };
BOOST_DESCRIBE_ENUM(YearSource, name, code, document)

struct ProjectRef {
  std::size_t index = 0;  // into its document's projects
  std::string code;
  std::string name;
  int year = 0;
  YearSource year_from = YearSource::document;
  std::size_t line = 0;  // the title's source line
  friend bool operator==(const ProjectRef&, const ProjectRef&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectRef, (), (index, code, name, year, year_from, line))

// Why two projects were taken for one: the same 项目编码; codes equal but for the year digits and the
// check character, with similar names; the same name once 文号 and year tokens are removed; or a
// similar name (CompareOptions::project_similarity).
enum class PairReason { same_code, code_series, same_name, similar_name };
BOOST_DESCRIBE_ENUM(PairReason, same_code, code_series, same_name, similar_name)

// high: the same code or code series, or the same name in the same budget unit; medium: the same name
// in another unit, or a similar name in the same unit; low: a similar name in another unit.
enum class Confidence { high, medium, low };
BOOST_DESCRIBE_ENUM(Confidence, high, medium, low)

// 预算数, old and new, in 万元: the change exactly, and in percent of the old figure (two places, half
// even). A missing figure leaves change and percent none; an old figure of 0 leaves percent none.
struct BudgetChange {
  std::optional<Money> old_total;
  std::optional<Money> new_total;
  std::optional<Money> change;
  std::optional<Decimal> percent;
  friend bool operator==(const BudgetChange&, const BudgetChange&) = default;
};
BOOST_DESCRIBE_STRUCT(BudgetChange, (), (old_total, new_total, change, percent))

// How the spending plan moved: earlier (at every month compared, as much or more is spent by then,
// somewhere more), later, both (mixed), neither (unchanged), or no month to compare.
enum class PlanMove { unchanged, earlier, later, mixed, not_comparable };
BOOST_DESCRIBE_ENUM(PlanMove, unchanged, earlier, later, mixed, not_comparable)

// The cumulative percent planned by the end of `month` in each year (SpendingPlan::planned_by; 0
// before a plan's first milestone), and the change in points; none for a plan without figures.
struct MilestoneChange {
  int month = 0;
  std::optional<Decimal> old_percent;
  std::optional<Decimal> new_percent;
  std::optional<Decimal> change;
  friend bool operator==(const MilestoneChange&, const MilestoneChange&) = default;
};
BOOST_DESCRIBE_STRUCT(MilestoneChange, (), (month, old_percent, new_percent, change))

struct PlanChange {
  PlanMove move = PlanMove::not_comparable;
  std::vector<MilestoneChange> milestones;  // every month a milestone of either plan names, ascending
  friend bool operator==(const PlanChange&, const PlanChange&) = default;
};
BOOST_DESCRIBE_STRUCT(PlanChange, (), (move, milestones))

struct IndicatorRef {
  std::size_t index = 0;  // into its project's indicators
  Level1 level1 = Level1::其他;
  Level2 level2 = Level2::其他;
  std::string name;
  std::string target;  // the 指标值 as written
  std::size_t line = 0;
  friend bool operator==(const IndicatorRef&, const IndicatorRef&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorRef, (), (index, level1, level2, name, target, line))

// An indicator of both years: the same name at the same place of the tree, or, renamed, a similar
// name and description there (CompareOptions::indicator_similarity).
enum class IndicatorMatch { same_name, renamed };
BOOST_DESCRIBE_ENUM(IndicatorMatch, same_name, renamed)

// raised: the new target demands more (a higher ≥ on a quantity, a lower ≤ on a cost, an earlier
// deadline); lowered: it demands less; not_comparable: the target model cannot order the two.
enum class TargetMove { raised, lowered, unchanged, not_comparable };
BOOST_DESCRIBE_ENUM(TargetMove, raised, lowered, unchanged, not_comparable)

struct TargetChange {
  TargetMove move = TargetMove::not_comparable;
  std::string reason;  // plain Chinese with the two targets; empty when unchanged
  friend bool operator==(const TargetChange&, const TargetChange&) = default;
};
BOOST_DESCRIBE_STRUCT(TargetChange, (), (move, reason))

struct IndicatorChange {
  IndicatorRef old_indicator;
  IndicatorRef new_indicator;
  IndicatorMatch match = IndicatorMatch::same_name;
  // Renamed: name_similarity() of name and description written together, percent; 100 when kept.
  Decimal similarity;
  TargetChange target;
  friend bool operator==(const IndicatorChange&, const IndicatorChange&) = default;
};
BOOST_DESCRIBE_STRUCT(IndicatorChange, (), (old_indicator, new_indicator, match, similarity, target))

// How many kept indicators' targets moved each way.
struct TargetMoves {
  std::size_t raised = 0;
  std::size_t lowered = 0;
  std::size_t unchanged = 0;
  std::size_t not_comparable = 0;
  friend bool operator==(const TargetMoves&, const TargetMoves&) = default;
};
BOOST_DESCRIBE_STRUCT(TargetMoves, (), (raised, lowered, unchanged, not_comparable))

struct ProjectPair {
  ProjectRef old_project;
  ProjectRef new_project;
  PairReason reason = PairReason::same_name;
  Confidence confidence = Confidence::high;
  Decimal name_similarity;  // percent, of the names without 文号 and year tokens
  BudgetChange budget;
  PlanChange plan;
  std::vector<IndicatorChange> indicators;  // kept and renamed, in the new table's order
  std::vector<IndicatorRef> added;          // only in the new table
  std::vector<IndicatorRef> removed;        // only in the old table
  TargetMoves targets;
  friend bool operator==(const ProjectPair&, const ProjectPair&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectPair, (), (old_project, new_project, reason, confidence, name_similarity, budget, plan,
                                        indicators, added, removed, targets))

struct DocumentRef {
  std::string department;
  int year = 0;
  friend bool operator==(const DocumentRef&, const DocumentRef&) = default;
};
BOOST_DESCRIBE_STRUCT(DocumentRef, (), (department, year))

struct YearOverYear {
  bool single_document = false;  // both sides are the projects of one document, a year apart
  DocumentRef old_document;
  DocumentRef new_document;
  std::vector<ProjectPair> pairs;          // in the new document's order
  std::vector<ProjectRef> new_projects;    // without a predecessor
  std::vector<ProjectRef> ended_projects;  // without a successor
  friend bool operator==(const YearOverYear&, const YearOverYear&) = default;
};
BOOST_DESCRIBE_STRUCT(YearOverYear, (), (single_document, old_document, new_document, pairs, new_projects,
                                         ended_projects))

struct CompareOptions {
  // Names at least this similar (name_similarity, percent) pair: projects by their names, indicators
  // at the same place of the tree by name and description together.
  Decimal project_similarity = 80;
  Decimal indicator_similarity = 70;
  // Names longer than this many code points (after normalising) are similar only when equal: the
  // similarity costs the product of the two lengths.
  std::size_t max_similarity_code_points = 1000;
  friend bool operator==(const CompareOptions&, const CompareOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(CompareOptions, (), (project_similarity, indicator_similarity, max_similarity_code_points))

// Pairs the projects of `old_document` with those of `new_document`. Throws Error for options out
// of range (a similarity outside 0–100); never throws on content.
YearOverYear compare(const Document& old_document, const Document& new_document, const CompareOptions& options = {});
// Pairs the projects of each year found in `document` with those of the next year found in it.
YearOverYear compare(const Document& document, const CompareOptions& options = {});

// The words the CLI and the report print for the enums above (`同一项目编码`, `高`, `提高`, `推后`…).
std::string_view chinese_name(PairReason reason) noexcept;
std::string_view chinese_name(Confidence confidence) noexcept;
std::string_view chinese_name(TargetMove move) noexcept;
std::string_view chinese_name(PlanMove move) noexcept;

// The parts of compare(), for callers and tests.

// A project's year and where it was read (YearSource); `document_year` when neither name nor code
// states one.
struct ProjectYear {
  int year = 0;
  YearSource source = YearSource::document;
  friend bool operator==(const ProjectYear&, const ProjectYear&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectYear, (), (year, source))
ProjectYear project_year(const Project& project, int document_year);

// The name projects pair by: 文号 (`冀财教【2023】149号`) and year tokens (`2024`, `2025年`, `2024年度`)
// removed, then white space and punctuation, full-width forms folded (UTF-8).
std::string series_name(std::string_view project_name);

// 2·LCS(a, b) / (|a| + |b|) × 100 over the code points of the two names without white space and
// punctuation (full-width forms folded), two places half even: 100 for equal names, 0 for names
// with no character in common. Names longer than `max_code_points` give 100 when equal, else 0.
Decimal name_similarity(std::string_view a, std::string_view b, std::size_t max_code_points = 1000);

// How `new_indicator`'s target moved from `old_indicator`'s, a year difference of `years_apart`
// between their projects (dates are compared with the old one moved by it).
TargetChange compare_targets(const Indicator& old_indicator, const Indicator& new_indicator, int years_apart);

// The year-over-year rules of the review (RuleFamily::year_over_year, docs/review.md) on a
// comparison of `old_document` with `new_document` (the same document twice for compare(document)).
// Findings concern the new document's projects, ordered as review() orders them.
std::vector<Finding> review(const YearOverYear& comparison, const Document& old_document,
                            const Document& new_document, const ReviewOptions& options = {});

// JSON: the described members, except that a pair's project references and an indicator change's
// indicator references are written as "old" and "new" (`new` cannot name a C++ member).
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const ProjectPair& pair);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& v, const IndicatorChange& change);

}  // namespace jixiao
