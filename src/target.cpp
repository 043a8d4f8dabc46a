#include <jixiao/target.hpp>

#include "target/grammar.hpp"
#include "target/text.hpp"

#include <fmt/format.h>

#include <string>

namespace jixiao {
namespace {

// Reads a cell already in normal form.
void parse_normalized(std::string_view s, const TargetContext& context, Target& t) {
  // A full stop or comma closing the cell (≥95%。) is punctuation, not part of the target.
  static constexpr std::string_view closing[] = {"。", ";", ",", "、", "."};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view p : closing)
      if (text::ends_with(s, p)) {
        s.remove_suffix(p.size());
        trimmed = true;
      }
  }
  try {
    if (detail::parse_time(s, context, t) != detail::Match::none) return;
    if (detail::parse_amount(s, t) != detail::Match::none) return;
    detail::parse_phrase(s, context, t);
  } catch (const Error& e) {
    // The grammar keeps figures within Decimal's range; this is the net under that promise.
    Target failed;
    failed.raw = std::move(t.raw);
    failed.reason = fmt::format("the figure cannot be held exactly: {}", e.what());
    t = std::move(failed);
  }
}

// A date as to_string writes it: ISO 8601, except that a year alone keeps its 年, since `≤2025` or
// `2024~2025` would read back as numbers, not as a deadline or a period.
std::string written(const Date& d) {
  return d.has_year() && d.month == 0 ? fmt::format("{}年", d.year) : d.to_string();
}

}  // namespace

Target parse_target(std::string_view text, const TargetContext& context) {
  Target t;
  t.raw.assign(text);
  thread_local std::string normal;
  text::normalize(text, normal);
  parse_normalized(normal, context, t);
  return t;
}

Target parse_target_columns(std::string_view nature, std::string_view value, std::string_view unit,
                            const TargetContext& context) {
  thread_local std::string n, v, u;
  text::normalize(nature, n);
  text::normalize(value, v);
  text::normalize(unit, u);
  Target t;
  // 定性 (qualitative) is a statement about the value, not part of it.
  if (n != "定性" && n != "定量") t.raw.append(nature);
  t.raw.append(value);
  if (!text::ends_with(v, u)) t.raw.append(unit);
  thread_local std::string normal;
  text::normalize(t.raw, normal);
  parse_normalized(normal, context, t);
  return t;
}

std::string_view symbol(Comparator c) noexcept {
  switch (c) {
    case Comparator::ge: return "≥";
    case Comparator::gt: return ">";
    case Comparator::le: return "≤";
    case Comparator::lt: return "<";
    case Comparator::eq: return "=";
  }
  return "?";
}

std::string to_string(const Target& t) {
  switch (t.kind) {
    case TargetKind::comparison:
    case TargetKind::duration:
      return t.comparator_written ? fmt::format("{}{}", symbol(t.comparator), t.value.to_string())
                                  : t.value.to_string();
    case TargetKind::range:
      return fmt::format("{}~{}", t.value.to_string(), t.upper.to_string());
    case TargetKind::period:
      return fmt::format("{}~{}", written(t.start), written(t.end));
    case TargetKind::deadline:
      return fmt::format("≤{}", written(t.end));
    case TargetKind::qualitative:
    case TargetKind::reference:
      return t.text;
    case TargetKind::redacted:
      return "涉密";
    case TargetKind::unparsed:
      return t.raw;
  }
  return t.raw;
}

}  // namespace jixiao
