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

std::string describe(const Target& t) { return fmt::format("{}", t); }

// Equal as read, and printed with the same digits (Quantity == alone compares 1.50 and 1.5 equal).
// The canonical form writes a year that came from the context: where it came from is not compared.
bool same_reading(const Target& a, const Target& b) {
  if (a.kind() != b.kind() || a.direction != b.direction) return false;
  const auto same = [](const jixiao::Quantity& x, const jixiao::Quantity& y) {
    return jixiao::same_representation(x.value, y.value) && x.unit == y.unit;
  };
  if (const jixiao::Amount* x = a.if_amount()) {
    const jixiao::Amount* y = b.if_amount();
    return x->comparator == y->comparator && x->comparator_written == y->comparator_written && same(x->value, y->value);
  }
  if (const jixiao::Range* x = a.if_range()) return same(x->lower, b.if_range()->lower) && same(x->upper, b.if_range()->upper);
  Target x = a;
  x.raw = b.raw;
  x.year_from_context = b.year_from_context;
  return x == b;
}

void check_canonical_form(const Target& t) {
  if (t.if_unparsed()) return;  // printed as the raw text, which reads as it did
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
  const jixiao::Comparison* c = t.if_comparison();
  if (!c) return;
  const Target bound = jixiao::parse_target(c->value.to_string(), context);
  if (bound.kind() != TargetKind::comparison) return;
  const jixiao::CheckResult result = jixiao::check(t, bound);
  const bool inclusive = c->comparator != jixiao::Comparator::gt && c->comparator != jixiao::Comparator::lt;
  JIXIAO_FUZZ_CHECK(result.outcome == (inclusive ? jixiao::Outcome::met : jixiao::Outcome::not_met),
                    fmt::format("the bound {} of {} is {}: {}", c->value.to_string(), jixiao::to_string(t),
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
  if (const jixiao::Unparsed* u = t.if_unparsed())
    JIXIAO_FUZZ_CHECK(!u->reason.empty(), "an unparsed target says why: " + describe(t));
  check_canonical_form(t);
  check_own_bound(t);
  if (newline != std::string_view::npos) check_actual(t, input.substr(newline + 1));
  return 0;
}
