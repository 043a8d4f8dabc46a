// check(): whether an actual value meets a target, with the figures in the reason.

#include "grammar.hpp"

#include <fmt/format.h>

#include <string>

namespace jixiao {
namespace {

CheckResult result(Outcome outcome, std::string reason) { return CheckResult{outcome, std::move(reason)}; }

// Days since 1970-01-01 of a full date (H. Hinnant's days_from_civil).
long days_from_civil(const Date& d) noexcept {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (d.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

std::string days(long n) { return n == 1 ? "1 day" : std::to_string(n) + " days"; }

// Two amounts brought to one unit, with a note of any conversion for the reason.
struct Aligned {
  Decimal target;
  Decimal actual;
  Unit unit;           // the unit both are in
  std::string actual_text;  // `1.5万人 (= 15000人)`
  std::string target_text;
};

std::string with_conversion(const Quantity& written, const Quantity& used) {
  if (written.unit.symbol() == used.unit.symbol() && same_representation(written.value, used.value))
    return written.to_string();
  return fmt::format("{} (= {})", written.to_string(), used.to_string());
}

// Brings target and actual to one unit: the base unit when they convert; the other side's unit
// for a bare number (32 against ≥30次 is 32次); a scale word (115万) against a unit with a
// dimension as a multiplier of its base (1150000元).
std::optional<Aligned> align(const Quantity& target, const Quantity& actual, std::string& why_not) {
  Quantity t = target;
  Quantity a = actual;
  if (a.unit.kind() == UnitKind::none && t.unit.kind() != UnitKind::none) a.unit = t.unit;
  else if (t.unit.kind() == UnitKind::none && a.unit.kind() != UnitKind::none) t.unit = a.unit;
  Quantity tn;
  Quantity an;
  if (convertible(t.unit, a.unit)) {
    tn = t.unit == a.unit ? t : t.normalized();
    an = t.unit == a.unit ? a : a.normalized();
  } else if (t.unit.kind() == UnitKind::scale || a.unit.kind() == UnitKind::scale) {
    tn = t.normalized();
    an = a.normalized();
    if (tn.unit.kind() == UnitKind::none) tn.unit = an.unit;
    if (an.unit.kind() == UnitKind::none) an.unit = tn.unit;
  } else {
    why_not = fmt::format("the actual {} and the target {} are in units that do not convert", actual.to_string(),
                          target.to_string());
    return std::nullopt;
  }
  return Aligned{tn.value, an.value, an.unit, with_conversion(actual, an), with_conversion(target, tn)};
}

bool holds(Comparator c, const Decimal& actual, const Decimal& target) noexcept {
  switch (c) {
    case Comparator::ge: return actual >= target;
    case Comparator::gt: return actual > target;
    case Comparator::le: return actual <= target;
    case Comparator::lt: return actual < target;
    case Comparator::eq: return actual == target;
  }
  return false;
}

CheckResult check_amount(const Amount& target, const Quantity& actual, Direction equal_means) {
  std::string why_not;
  const auto aligned = align(target.value, actual, why_not);
  if (!aligned) return result(Outcome::not_comparable, std::move(why_not));
  const Aligned& x = *aligned;
  Comparator c = target.comparator;
  if (c == Comparator::eq && equal_means == Direction::forward) c = Comparator::ge;
  if (c == Comparator::eq && equal_means == Direction::reverse) c = Comparator::le;
  const std::string target_text =
      target.comparator_written ? fmt::format("{}{}", symbol(target.comparator), x.target_text) : x.target_text;
  if (holds(c, x.actual, x.target)) return result(Outcome::met, fmt::format("{} meets {}", x.actual_text, target_text));
  const Decimal gap = (x.actual - x.target).abs().normalized();
  const char* side = x.actual < x.target ? "short" : "over";
  if (gap.is_zero())
    return result(Outcome::not_met, fmt::format("{} does not meet {}: equal, not strictly {}", x.actual_text,
                                                target_text, c == Comparator::gt ? "more" : "less"));
  return result(Outcome::not_met, fmt::format("{} does not meet {}: {}{} {}", x.actual_text, target_text,
                                              gap.to_string(), x.unit.symbol(), side));
}

CheckResult check_range(const Range& target, const Quantity& actual) {
  std::string why_not;
  const auto low = align(target.lower, actual, why_not);
  const auto high = align(target.upper, actual, why_not);
  if (!low || !high) return result(Outcome::not_comparable, std::move(why_not));
  const std::string range = fmt::format("{}~{}", low->target_text, high->target_text);
  if (low->actual < low->target)
    return result(Outcome::not_met, fmt::format("{} is below the range {}", low->actual_text, range));
  if (high->actual > high->target)
    return result(Outcome::not_met, fmt::format("{} is above the range {}", high->actual_text, range));
  return result(Outcome::met, fmt::format("{} is within the range {}", low->actual_text, range));
}

// The last date a deadline or period target sets, or an actual says the work was done by (a month
// means its end); null for other kinds.
const Date* last_date(const Target& t) noexcept {
  if (const Deadline* d = t.if_deadline()) return &d->date;
  if (const Period* p = t.if_period()) return &p->end;
  return nullptr;
}

// The reason is built by appending into one allocation, not with fmt::format: evaluation writes
// it as the note of every dated indicator (after "met: " or "not met: ", for which it leaves room),
// and formatting was most of check()'s cost there.
CheckResult check_date(const Target& target, const Date& end, const Date& actual) {
  const Period* period = target.if_period();
  const auto append_limit = [&](std::string& out) {
    out += period ? "the period " : "the deadline ";
    if (period) {
      period->start.append_to(out);
      out += '~';
    }
    end.append_to(out);
  };
  if (!end.has_year()) {
    std::string limit;
    append_limit(limit);
    return result(Outcome::not_comparable, fmt::format("{} has no year to compare with", limit));
  }
  if (!actual.has_year())
    return result(Outcome::not_comparable, fmt::format("the actual date {} has no year", actual.to_string()));
  const Date a = actual.last_day();
  const Date t = end.last_day();
  const long difference = days_from_civil(a) - days_from_civil(t);
  std::string reason;
  reason.reserve(128);  // a period missed by years, after "not met: ", is about 105 bytes
  reason += "done ";
  if (a == actual) {
    a.append_to(reason);
  } else {
    actual.append_to(reason);
    reason += " (by ";
    a.append_to(reason);
    reason += ')';
  }
  if (difference == 0) {
    reason += ", on the last day of ";
  } else {
    reason += ", ";
    reason += days(difference > 0 ? difference : -difference);
    reason += difference > 0 ? " after the end of " : " before the end of ";
  }
  append_limit(reason);
  return result(difference > 0 ? Outcome::not_met : Outcome::met, std::move(reason));
}

std::string_view kind_words(TargetKind k) noexcept {
  switch (k) {
    case TargetKind::comparison: return "a figure";
    case TargetKind::range: return "a range";
    case TargetKind::period: return "a period";
    case TargetKind::deadline: return "a date";
    case TargetKind::duration: return "a duration";
    case TargetKind::qualitative: return "a qualitative phrase";
    case TargetKind::reference: return "a reference to a figure decided elsewhere";
    case TargetKind::redacted: return "redacted";
    case TargetKind::unparsed: return "unreadable";
  }
  return "unknown";
}

}  // namespace

CheckResult check(const Target& target, const Target& actual, Direction equal_means) {
  if (target.if_redacted()) return result(Outcome::not_comparable, "the target is redacted (涉密)");
  if (const Reference* r = target.if_reference())
    return result(Outcome::not_comparable, fmt::format("the target refers to a figure decided elsewhere: {}", r->text));
  if (const Unparsed* u = target.if_unparsed())
    return result(Outcome::not_comparable, fmt::format("the target could not be read: {}", u->reason));
  if (const Unparsed* u = actual.if_unparsed())
    return result(Outcome::not_comparable, fmt::format("the actual value could not be read: {}", u->reason));
  const Qualitative* phrase = actual.if_qualitative();
  if (phrase) {
    // An evaluator's grade (达成年度指标 / 部分达成… / 未达成…) settles any target.
    if (const auto met = detail::grade(phrase->text))
      return result(*met ? Outcome::met : Outcome::not_met,
                    fmt::format("graded '{}' for {}", phrase->text, to_string(target)));
  }
  const auto mismatch = [&] {
    return result(Outcome::not_comparable,
                  fmt::format("the target {} is {}, the actual {} is {}", to_string(target),
                              kind_words(target.kind()), actual.raw, kind_words(actual.kind())));
  };
  const Amount* amount = target.if_amount();
  const Range* range = target.if_range();
  if (amount || range) {
    const Amount* figure = actual.if_amount();
    if (!figure) return mismatch();
    if (figure->comparator_written && figure->comparator != Comparator::eq)
      return result(Outcome::not_comparable,
                    fmt::format("the actual {} states a bound, not a figure", to_string(actual)));
    return range ? check_range(*range, figure->value) : check_amount(*amount, figure->value, equal_means);
  }
  if (const Date* end = last_date(target)) {
    const Date* done = last_date(actual);
    if (!done) return mismatch();
    return check_date(target, *end, *done);
  }
  if (target.if_qualitative()) {
    if (!phrase) return mismatch();
    return result(Outcome::not_comparable,
                  fmt::format("'{}' is not a grade (达成年度指标 / 部分达成年度指标并具有一定效果 / "
                              "未达成年度指标且效果较差)",
                              phrase->text));
  }
  return mismatch();
}

CheckResult check(const Target& target, const Target& actual) { return check(target, actual, Direction::none); }

CheckResult check(const Target& target, std::string_view actual, Direction equal_means) {
  // The year of a date written without one is the target's.
  TargetContext context;
  if (const Date* end = last_date(target)) context.year = end->year;
  if (const Period* p = target.if_period(); p && context.year == 0) context.year = p->start.year;
  return check(target, parse_target(actual, context), equal_means);
}

CheckResult check(const Target& target, std::string_view actual) { return check(target, actual, Direction::none); }

}  // namespace jixiao
