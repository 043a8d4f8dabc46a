// The target grammar (指标值) and check(). The input's first line is a target cell — or, with tabs,
// the separate columns 指标性质 \t 指标值 \t 度量单位 — and the rest, if any, an actual value.
// Properties:
// - parse_target, parse_target_columns and check never throw;
// - `raw` keeps the cell as written; an unparsed target says why;
// - to_string is a canonical form (docs/targets.md): parsing it again reads the same target, and
//   printing that gives the same text;
// - a comparison's own bound meets it exactly when the comparator includes the bound (≥ ≤ =);
// - check() gives a reason for every outcome, for each direction an `=` target may take.

#include "check.hpp"

#include <jixiao/describe.hpp>
#include <jixiao/target.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>

namespace {

using jixiao::Target;
using jixiao::TargetKind;

// Budget years of the documents; a year from the context is part of what a target means.
constexpr jixiao::TargetContext context{2025, {}, {}};

std::string describe(const Target& t) {
  return fmt::format("raw \"{}\", kind {}, comparator {}{}, value {}, upper {}, start {}, end {}, direction {}, "
                     "text \"{}\", reason \"{}\"",
                     t.raw, t.kind, t.comparator, t.comparator_written ? " (written)" : "", t.value.to_string(),
                     t.upper.to_string(), t.start.to_string(), t.end.to_string(), t.direction, t.text, t.reason);
}

// Equal as read, and printed with the same digits (Quantity == alone compares 1.50 and 1.5 equal).
bool same_reading(const Target& a, const Target& b) {
  return a.kind == b.kind && a.comparator == b.comparator && a.comparator_written == b.comparator_written &&
         jixiao::same_representation(a.value.value, b.value.value) && a.value.unit == b.value.unit &&
         jixiao::same_representation(a.upper.value, b.upper.value) && a.upper.unit == b.upper.unit &&
         a.start == b.start && a.end == b.end && a.direction == b.direction && a.text == b.text;
}

void check_canonical_form(const Target& t) {
  if (t.kind == TargetKind::unparsed) return;  // printed as the raw text, which reads as it did
  const std::string printed = jixiao::to_string(t);
  Target again;
  jixiao::fuzz::never_throws([&] { again = jixiao::parse_target(printed, context); });
  JIXIAO_FUZZ_CHECK(same_reading(again, t),
                    fmt::format("\"{}\" reads unlike the target it prints:\n  {}\n  {}", printed, describe(t),
                                describe(again)));
  JIXIAO_FUZZ_CHECK(jixiao::to_string(again) == printed, fmt::format("to_string is not a fixed point: \"{}\" → \"{}\"",
                                                                     printed, jixiao::to_string(again)));
}

void check_own_bound(const Target& t) {
  if (t.kind != TargetKind::comparison) return;
  const Target bound = jixiao::parse_target(t.value.to_string(), context);
  if (bound.kind != TargetKind::comparison) return;
  const jixiao::CheckResult result = jixiao::check(t, bound);
  const bool inclusive = t.comparator != jixiao::Comparator::gt && t.comparator != jixiao::Comparator::lt;
  JIXIAO_FUZZ_CHECK(result.outcome == (inclusive ? jixiao::Outcome::met : jixiao::Outcome::not_met),
                    fmt::format("the bound {} of {} is {}: {}", t.value.to_string(), jixiao::to_string(t),
                                result.outcome, result.reason));
}

void check_actual(const Target& t, std::string_view actual_text) {
  Target actual;
  jixiao::fuzz::never_throws([&] { actual = jixiao::parse_target(actual_text, context); });
  for (const auto direction : {jixiao::Direction::none, jixiao::Direction::forward, jixiao::Direction::reverse}) {
    jixiao::CheckResult result;
    jixiao::fuzz::never_throws([&] { result = jixiao::check(t, actual, direction); });
    JIXIAO_FUZZ_CHECK(!result.reason.empty(), fmt::format("check gives no reason for {} against {}",
                                                          describe(actual), describe(t)));
  }
  jixiao::fuzz::never_throws([&] { jixiao::check(t, actual_text); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = jixiao::fuzz::as_text(data, size);
  const std::size_t newline = input.find('\n');
  const std::string_view cell = input.substr(0, newline);
  Target t;
  if (const std::size_t tab = cell.find('\t'); tab != std::string_view::npos) {
    const std::string_view rest = cell.substr(tab + 1);
    const std::size_t second = rest.find('\t');
    const std::string_view value = rest.substr(0, second);
    const std::string_view unit = second == std::string_view::npos ? std::string_view() : rest.substr(second + 1);
    jixiao::fuzz::never_throws([&] { t = jixiao::parse_target_columns(cell.substr(0, tab), value, unit, context); });
  } else {
    jixiao::fuzz::never_throws([&] { t = jixiao::parse_target(cell, context); });
    JIXIAO_FUZZ_CHECK(t.raw == cell, "raw is not the cell as written: " + describe(t));
  }
  JIXIAO_FUZZ_CHECK((t.kind == TargetKind::unparsed) == !t.reason.empty(),
                    "a reason goes with unparsed targets only: " + describe(t));
  check_canonical_form(t);
  check_own_bound(t);
  if (newline != std::string_view::npos) check_actual(t, input.substr(newline + 1));
  return 0;
}
