#pragma once
// Target: a 指标值 cell parsed into one kind of target — a sum type holding that kind's data only —
// with the raw text always kept.
//
// The grammar covers every form of domain.md §2: comparisons (≥ ≤ > < = in ASCII, full-width and
// words such as 不少于 / 不超过 / 以内), bare values meaning "=", ranges, periods, deadlines (the
// year may come from context), durations, qualitative phrases (with a direction when their
// words carry one), references to figures decided elsewhere, redacted cells (涉密) and, for
// anything else, `unparsed` with the reason. The same grammar reads actual values (实际值).

#include <jixiao/date.hpp>
#include <jixiao/quantity.hpp>

#include <jixiao/text.hpp>
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

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

// The data of each kind. Comparison and duration hold the same: a figure with its comparator.
struct Amount {
  Comparator comparator = Comparator::eq;
  bool comparator_written = false;  // false for a bare value (`100%` means = 100%)
  Quantity value;
  friend bool operator==(const Amount&, const Amount&) = default;
};
BOOST_DESCRIBE_STRUCT(Amount, (), (comparator, comparator_written, value))

struct Comparison : Amount {  // ≥30 次, ≤17.5 万元, 100%
  friend bool operator==(const Comparison&, const Comparison&) = default;
};
BOOST_DESCRIBE_STRUCT(Comparison, (Amount), ())

struct Duration : Amount {  // 5 个月, ≥250 天: an amount in a unit of time
  friend bool operator==(const Duration&, const Duration&) = default;
};
BOOST_DESCRIBE_STRUCT(Duration, (Amount), ())

struct Range {  // 90%-95%, 10~20 次
  Quantity lower;
  Quantity upper;
  friend bool operator==(const Range&, const Range&) = default;
};
BOOST_DESCRIBE_STRUCT(Range, (), (lower, upper))

struct Period {  // 2024 年 1 月-12 月: first and last month/day
  Date start;
  Date end;
  friend bool operator==(const Period&, const Period&) = default;
};
BOOST_DESCRIBE_STRUCT(Period, (), (start, end))

struct Deadline {  // 2024年11月15日前, 2025年11月底: the date by which
  Date date;
  friend bool operator==(const Deadline&, const Deadline&) = default;
};
BOOST_DESCRIBE_STRUCT(Deadline, (), (date))

struct Qualitative {  // 进一步提升: the phrase, normalised
  Text text;
  friend bool operator==(const Qualitative&, const Qualitative&) = default;
};
BOOST_DESCRIBE_STRUCT(Qualitative, (), (text))

struct Reference {  // 省科协实际评选出的各地示范单位数量: the phrase, normalised
  Text text;
  friend bool operator==(const Reference&, const Reference&) = default;
};
BOOST_DESCRIBE_STRUCT(Reference, (), (text))

struct Redacted {  // 涉密
  friend bool operator==(const Redacted&, const Redacted&) = default;
};
BOOST_DESCRIBE_STRUCT(Redacted, (), ())

struct Unparsed {  // anything else
  Text reason;  // why, in plain language
  friend bool operator==(const Unparsed&, const Unparsed&) = default;
};
BOOST_DESCRIBE_STRUCT(Unparsed, (), (reason))

namespace detail {
// The alternatives in the order of TargetKind's enumerators: kind() is the index.
using TargetData =
    std::variant<Comparison, Range, Period, Deadline, Duration, Qualitative, Reference, Redacted, Unparsed>;
}  // namespace detail

// A kind's data: one alternative of a Target.
template <class K>
concept target_data = requires(const detail::TargetData& d) { std::get<K>(d); };

namespace detail {
template <class K, class Variant>
struct alternative_index;
template <class K, class... Ts>
struct alternative_index<K, std::variant<Ts...>> {
  static constexpr std::size_t value = [] {
    std::size_t i = 0;
    bool found = false;
    ((found = found || std::is_same_v<K, Ts>, i += found ? 0 : 1), ...);
    return i;
  }();
};
}  // namespace detail

// The kind whose data K is: kind_of<Range> is TargetKind::range.
template <target_data K>
inline constexpr TargetKind kind_of = static_cast<TargetKind>(detail::alternative_index<K, detail::TargetData>::value);

static_assert(kind_of<Comparison> == TargetKind::comparison && kind_of<Range> == TargetKind::range &&
              kind_of<Period> == TargetKind::period && kind_of<Deadline> == TargetKind::deadline &&
              kind_of<Duration> == TargetKind::duration && kind_of<Qualitative> == TargetKind::qualitative &&
              kind_of<Reference> == TargetKind::reference && kind_of<Redacted> == TargetKind::redacted &&
              kind_of<Unparsed> == TargetKind::unparsed);

// A 指标值 cell — or an actual value (实际值), read with the same grammar so that check() compares
// like with like: the kind it was read as and that kind's data only, in the style of Boost.JSON's
// value — kind(), if_comparison() (null for another kind), as_comparison() (throws Error for
// another kind) — and what every kind has: the raw text, always kept, whether a year came from the
// context, and the direction.
class Target {
 public:
  Text raw;                               // the cell exactly as written
  bool year_from_context = false;         // a year was filled in from TargetContext
  Direction direction = Direction::none;  // from the comparator, or from a qualitative phrase's words

  // Unparsed, with no reason: a cell never read.
  Target() = default;
  template <target_data K>
  Target(Text raw, K data) : raw(std::move(raw)), data_(std::move(data)) {}

  TargetKind kind() const noexcept { return static_cast<TargetKind>(data_.index()); }

  const Comparison* if_comparison() const noexcept { return std::get_if<Comparison>(&data_); }
  const Range* if_range() const noexcept { return std::get_if<Range>(&data_); }
  const Period* if_period() const noexcept { return std::get_if<Period>(&data_); }
  const Deadline* if_deadline() const noexcept { return std::get_if<Deadline>(&data_); }
  const Duration* if_duration() const noexcept { return std::get_if<Duration>(&data_); }
  const Qualitative* if_qualitative() const noexcept { return std::get_if<Qualitative>(&data_); }
  const Reference* if_reference() const noexcept { return std::get_if<Reference>(&data_); }
  const Redacted* if_redacted() const noexcept { return std::get_if<Redacted>(&data_); }
  const Unparsed* if_unparsed() const noexcept { return std::get_if<Unparsed>(&data_); }
  Comparison* if_comparison() noexcept { return std::get_if<Comparison>(&data_); }
  Range* if_range() noexcept { return std::get_if<Range>(&data_); }
  Period* if_period() noexcept { return std::get_if<Period>(&data_); }
  Deadline* if_deadline() noexcept { return std::get_if<Deadline>(&data_); }
  Duration* if_duration() noexcept { return std::get_if<Duration>(&data_); }
  Qualitative* if_qualitative() noexcept { return std::get_if<Qualitative>(&data_); }
  Reference* if_reference() noexcept { return std::get_if<Reference>(&data_); }
  Redacted* if_redacted() noexcept { return std::get_if<Redacted>(&data_); }
  Unparsed* if_unparsed() noexcept { return std::get_if<Unparsed>(&data_); }

  // A figure with its comparator, of a comparison or a duration; null for every other kind.
  const Amount* if_amount() const noexcept {
    if (const Comparison* c = if_comparison()) return c;
    return if_duration();
  }

  const Comparison& as_comparison() const { return get<Comparison>(); }
  const Range& as_range() const { return get<Range>(); }
  const Period& as_period() const { return get<Period>(); }
  const Deadline& as_deadline() const { return get<Deadline>(); }
  const Duration& as_duration() const { return get<Duration>(); }
  const Qualitative& as_qualitative() const { return get<Qualitative>(); }
  const Reference& as_reference() const { return get<Reference>(); }
  const Redacted& as_redacted() const { return get<Redacted>(); }
  const Unparsed& as_unparsed() const { return get<Unparsed>(); }
  Comparison& as_comparison() { return get<Comparison>(); }
  Range& as_range() { return get<Range>(); }
  Period& as_period() { return get<Period>(); }
  Deadline& as_deadline() { return get<Deadline>(); }
  Duration& as_duration() { return get<Duration>(); }
  Qualitative& as_qualitative() { return get<Qualitative>(); }
  Reference& as_reference() { return get<Reference>(); }
  Redacted& as_redacted() { return get<Redacted>(); }
  Unparsed& as_unparsed() { return get<Unparsed>(); }

  // The same for a kind named by its data type, for generic code: get_if<Range>(), get<Range>().
  template <target_data K>
  const K* get_if() const noexcept {
    return std::get_if<K>(&data_);
  }
  template <target_data K>
  K* get_if() noexcept {
    return std::get_if<K>(&data_);
  }
  template <target_data K>
  const K& get() const {
    if (const K* k = get_if<K>()) return *k;
    wrong_kind(kind_of<K>);
  }
  template <target_data K>
  K& get() {
    if (K* k = get_if<K>()) return *k;
    wrong_kind(kind_of<K>);
  }

  // Makes the target of `data`'s kind, with that data; raw, year_from_context and direction stay.
  template <target_data K>
  K& emplace(K data) {
    return data_.template emplace<K>(std::move(data));
  }

  // Calls f with the kind's data: a Comparison, a Range, … or an Unparsed.
  template <class F>
  decltype(auto) visit(F&& f) const {
    return std::visit(std::forward<F>(f), data_);
  }

  friend bool operator==(const Target&, const Target&) = default;

 private:
  [[noreturn]] void wrong_kind(TargetKind wanted) const;

  detail::TargetData data_{std::in_place_type<Unparsed>};
};

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
CheckResult check(const Target& target, std::string_view actual, Direction equal_means);
// As check(target, actual), with the direction the caller knows from the indicator's category
// (domain.md §2) for `=` targets: forward counts more as met (数量 3家, actual 4家), reverse
// counts less as met (成本 6万元, actual 5.8万元), none requires equality.
CheckResult check(const Target& target, const Target& actual, Direction equal_means);

}  // namespace jixiao

// `{raw: "≥30 次", kind: comparison, comparator: ge, comparator_written: true, value: {...},
// year_from_context: false, direction: forward}`: raw and kind, the kind's data, what every kind has.
template <>
struct fmt::formatter<jixiao::Target> {
  constexpr auto parse(fmt::format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it != '}') throw fmt::format_error("a Target takes no format specification");
    return it;
  }
  fmt::format_context::iterator format(const jixiao::Target& target, fmt::format_context& ctx) const;
};
