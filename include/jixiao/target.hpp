#pragma once
// Target: a 指标值 cell parsed into one kind of target, with the raw text always kept.
//
// The grammar covers every form of domain.md §2: comparisons (≥ ≤ > < = in ASCII, full-width and
// words such as 不少于 / 不超过 / 以内), bare values meaning "=", ranges, periods, deadlines (the
// year may come from context), durations, qualitative phrases (with a direction when their
// words carry one), references to figures decided elsewhere, redacted cells (涉密) and, for
// anything else, `unparsed` with the reason. The same grammar reads actual values (实际值).

#include <jixiao/date.hpp>
#include <jixiao/quantity.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <string_view>

namespace jixiao {

enum class TargetKind {
  comparison,   // ≥30 次, ≤17.5 万元, 100% (bare value: =)
  range,        // 90%-95%, 10~20 次
  period,       // 2024 年 1 月-12 月, 2025年1月至11月
  deadline,     // 2024年11月15日前, 12月15日前, 2025年11月底, 2024 年 12 月
  duration,     // 5 个月, ≥250 天
  qualitative,  // 进一步提升, 符合相关规定
  reference,    // 省科协实际评选出的各地示范单位数量
  redacted,     // 涉密
  unparsed,     // anything else: see Target::reason
};
BOOST_DESCRIBE_ENUM(TargetKind, comparison, range, period, deadline, duration, qualitative, reference,
                    redacted, unparsed)

enum class Comparator { ge, gt, le, lt, eq };
BOOST_DESCRIBE_ENUM(Comparator, ge, gt, le, lt, eq)

// Which way is better: forward (more is better), reverse (less is better), or none.
enum class Direction { none, forward, reverse };
BOOST_DESCRIBE_ENUM(Direction, none, forward, reverse)

// What the parser may know besides the cell: the document's year fills `12月15日前`, and the
// indicator's own name and description expose a value that merely repeats them.
struct TargetContext {
  int year = 0;
  std::string_view indicator_name;
  std::string_view description;
};

struct Target {
  std::string raw;                          // the cell exactly as written
  TargetKind kind = TargetKind::unparsed;
  Comparator comparator = Comparator::eq;   // comparison, duration
  bool comparator_written = false;          // false for a bare value (`100%` means = 100%)
  Quantity value;                           // comparison, duration; the lower bound of a range
  Quantity upper;                           // range: the upper bound
  Date start;                               // period: first month/day
  Date end;                                 // period: last month/day; deadline: the date
  bool year_from_context = false;           // a year was filled in from TargetContext
  Direction direction = Direction::none;
  std::string text;                         // qualitative / reference: the phrase, normalised
  std::string reason;                       // unparsed: why, in plain language

  friend bool operator==(const Target&, const Target&) = default;
};
BOOST_DESCRIBE_STRUCT(Target, (), (raw, kind, comparator, comparator_written, value, upper, start, end,
                                   year_from_context, direction, text, reason))

// Parses a 指标值 cell. Never throws: whatever it cannot read is kind unparsed with a reason.
// The grammar, its words and their readings are in docs/targets.md.
Target parse_target(std::string_view text, const TargetContext& context = {});

// Parses a target written in the separate columns some provinces use: 指标性质 (`=`, `≥`, `≤`,
// `定性`, or empty), 指标值 and 度量单位. `raw` is the three joined as one cell (`≥95%`); a unit
// already written in the value is not repeated.
Target parse_target_columns(std::string_view nature, std::string_view value, std::string_view unit,
                            const TargetContext& context = {});

// The symbol of a comparator: ≥ > ≤ < =.
std::string_view symbol(Comparator c) noexcept;

// A canonical, readable form: `≥30次`, `100%` (a bare value stays bare), `90%~95%`,
// `2024-01~2024-12`, `≤2024-11-15` (a deadline), the phrase of a qualitative or reference target,
// `涉密`, and the raw text of an unparsed cell.
std::string to_string(const Target& target);

enum class Outcome { met, not_met, not_comparable };
BOOST_DESCRIBE_ENUM(Outcome, met, not_met, not_comparable)

struct CheckResult {
  Outcome outcome = Outcome::not_comparable;
  std::string reason;  // plain language, with the figures compared
  friend bool operator==(const CheckResult&, const CheckResult&) = default;
};
BOOST_DESCRIBE_STRUCT(CheckResult, (), (outcome, reason))

// Whether `actual` (parsed with the same grammar, e.g. `32次`, `1.5万人`, `2025年11月10日`,
// `达成年度指标`) meets `target`. Units are normalised (1.5 万人 vs 15000 人 compares correctly).
// A bare `=` target (`3家`, `6万元`) is met only by an equal actual; see the overload below.
CheckResult check(const Target& target, const Target& actual);
// Convenience: parses `actual` with the target's year as context, then checks.
CheckResult check(const Target& target, std::string_view actual);
// As check(target, actual), with the direction the caller knows from the indicator's category
// (domain.md §2) for `=` targets: forward counts more as met (数量 3家, actual 4家), reverse
// counts less as met (成本 6万元, actual 5.8万元), none requires equality.
CheckResult check(const Target& target, const Target& actual, Direction equal_means);

}  // namespace jixiao
