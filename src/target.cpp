#include <jixiao/describe.hpp>
#include <jixiao/target.hpp>

#include "target/grammar.hpp"
#include "target/text.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>

namespace jixiao {
namespace {

// A date as the canonical form writes it: ISO 8601, except that a year alone keeps its 年, since
// `≤2025` or `2024~2025` would read back as numbers, not as a deadline or a period, and that a date
// without a year (no context gave one) is written in Chinese, since `--12-15` reads as nothing.
void write_date(std::string& out, const Date& d) {
  if (d.has_year() && d.month != 0) {
    d.append_to(out);
    return;
  }
  const auto number = [&](int n, std::string_view word) {
    char buffer[16];
    const char* end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    out.append(buffer, static_cast<std::size_t>(end - buffer));
    out += word;
  };
  if (d.has_year()) return number(d.year, "年");
  number(d.month, "月");
  if (d.day != 0) number(d.day, "日");
}

// How ≥ and ≤ are spelled: as displayed, or as the normal form of text.hpp spells them (>=, <=), in
// which the parser compares a cell with its canonical form without normalising the latter.
enum class Spelling { display, normal };

std::string_view spelled(Comparator c, Spelling spelling) noexcept {
  if (spelling == Spelling::normal && c == Comparator::ge) return ">=";
  if (spelling == Spelling::normal && c == Comparator::le) return "<=";
  return symbol(c);
}

void write_quantity(std::string& out, const Quantity& q) {
  out += q.value.to_string();
  out += q.unit.symbol();
}

// The canonical form of to_string, appended to `out`. Qualitative, reference, redacted and
// unparsed targets are written by to_string alone: their form is a text they hold.
void write_canonical(std::string& out, const Target& t, Spelling spelling) {
  switch (t.kind) {
    case TargetKind::comparison:
    case TargetKind::duration:
      if (t.comparator_written) out += spelled(t.comparator, spelling);
      write_quantity(out, t.value);
      return;
    case TargetKind::range:
      write_quantity(out, t.value);
      out += '~';
      write_quantity(out, t.upper);
      return;
    case TargetKind::period:
      write_date(out, t.start);
      out += '~';
      write_date(out, t.end);
      return;
    case TargetKind::deadline:
      // `≤12月` would read as at most 12 months; `12月前` is the deadline.
      if (!t.end.has_year()) {
        write_date(out, t.end);
        out += "前";
        return;
      }
      out += spelled(Comparator::le, spelling);
      write_date(out, t.end);
      return;
    default:
      return;
  }
}

// Equal as read and printed alike (Quantity's == alone takes 1.5 and 1.50 as equal).
bool reads_alike(const Target& a, const Target& b) noexcept {
  const auto same = [](const Quantity& x, const Quantity& y) {
    return same_representation(x.value, y.value) && x.unit == y.unit;
  };
  return a.kind == b.kind && a.comparator == b.comparator && a.comparator_written == b.comparator_written &&
         same(a.value, b.value) && same(a.upper, b.upper) && a.start == b.start && a.end == b.end &&
         a.direction == b.direction && a.text == b.text;
}

void parse_grammar(std::string_view s, const TargetContext& context, Target& t) {
  if (detail::parse_time(s, context, t) != detail::Match::none) return;
  if (detail::parse_amount(s, t) != detail::Match::none) return;
  detail::parse_phrase(s, context, t);
}

// The canonical form must read as the target it prints, or a document would change meaning when
// written back. A few cells the grammar reads one way print as text it reads another way
// (`2024年-2025` is a range of years as a duration; `2024年~2025年` is a period): such a cell is
// ambiguous and reported, whichever way it was meant. Checking the printed form as a whole, rather
// than patching each collision, is what fuzzing showed to be needed; a cell already written in
// canonical form (most of them) needs no second reading.
void reject_ambiguous(std::string_view s, const TargetContext& context, Target& t) {
  if (t.kind == TargetKind::unparsed || t.kind == TargetKind::qualitative || t.kind == TargetKind::reference ||
      t.kind == TargetKind::redacted)
    return;  // printed as the text they were read from
  thread_local std::string normal;
  normal.clear();
  write_canonical(normal, t, Spelling::normal);
  if (normal == s) return;
  Target again;
  parse_grammar(normal, context, again);
  if (reads_alike(again, t)) return;
  Target ambiguous;
  ambiguous.reason = fmt::format("'{}' is ambiguous: it reads as a {} target, but its canonical form '{}' reads as a {}",
                                 t.raw, t.kind, to_string(t),
                                 again.kind == t.kind ? fmt::format("different {} target", again.kind)
                                                      : fmt::format("{} target", again.kind));
  ambiguous.raw = std::move(t.raw);
  t = std::move(ambiguous);
}

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
    parse_grammar(s, context, t);
    reject_ambiguous(s, context, t);
  } catch (const Error& e) {
    // The grammar keeps figures within Decimal's range; this is the net under that promise.
    Target failed;
    failed.raw = std::move(t.raw);
    failed.reason = fmt::format("the figure cannot be held exactly: {}", e.what());
    t = std::move(failed);
  }
}

}  // namespace

namespace detail {

void parse_target_into(std::string_view text, const TargetContext& context, Target& fresh) {
  fresh.raw.assign(text);
  thread_local std::string normal;
  text::normalize(text, normal);
  parse_normalized(normal, context, fresh);
}

}  // namespace detail

Target parse_target(std::string_view text, const TargetContext& context) {
  Target t;
  detail::parse_target_into(text, context, t);
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
    case TargetKind::qualitative:
    case TargetKind::reference:
      return t.text;
    case TargetKind::redacted:
      return "涉密";
    case TargetKind::unparsed:
      return t.raw;
    default: {
      std::string out;
      write_canonical(out, t, Spelling::display);
      return out;
    }
  }
}

}  // namespace jixiao
