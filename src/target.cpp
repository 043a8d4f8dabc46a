#include <jixiao/describe.hpp>
#include <jixiao/format.hpp>
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
  if (const Amount* a = t.if_amount()) {
    if (a->comparator_written) out += spelled(a->comparator, spelling);
    write_quantity(out, a->value);
  } else if (const Range* r = t.if_range()) {
    write_quantity(out, r->lower);
    out += '~';
    write_quantity(out, r->upper);
  } else if (const Period* p = t.if_period()) {
    write_date(out, p->start);
    out += '~';
    write_date(out, p->end);
  } else if (const Deadline* d = t.if_deadline()) {
    // `≤12月` would read as at most 12 months; `12月前` is the deadline.
    if (!d->date.has_year()) {
      write_date(out, d->date);
      out += "前";
      return;
    }
    out += spelled(Comparator::le, spelling);
    write_date(out, d->date);
  }
}

// Equal as read and printed alike (Quantity's == alone takes 1.5 and 1.50 as equal).
bool reads_alike(const Target& a, const Target& b) noexcept {
  const auto same = [](const Quantity& x, const Quantity& y) {
    return same_representation(x.value, y.value) && x.unit == y.unit;
  };
  if (a.kind() != b.kind() || a.direction != b.direction) return false;
  if (const Amount* x = a.if_amount()) {
    const Amount* y = b.if_amount();
    return x->comparator == y->comparator && x->comparator_written == y->comparator_written && same(x->value, y->value);
  }
  if (const Range* x = a.if_range()) return same(x->lower, b.if_range()->lower) && same(x->upper, b.if_range()->upper);
  if (const Period* x = a.if_period()) return *x == *b.if_period();
  if (const Deadline* x = a.if_deadline()) return *x == *b.if_deadline();
  if (const Qualitative* x = a.if_qualitative()) return *x == *b.if_qualitative();
  if (const Reference* x = a.if_reference()) return *x == *b.if_reference();
  return true;  // redacted; unparsed, whatever the reason
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
  const TargetKind kind = t.kind();
  if (kind == TargetKind::unparsed || kind == TargetKind::qualitative || kind == TargetKind::reference ||
      kind == TargetKind::redacted)
    return;  // printed as the text they were read from
  thread_local std::string normal;
  normal.clear();
  write_canonical(normal, t, Spelling::normal);
  if (normal == s) return;
  Target again;
  parse_grammar(normal, context, again);
  if (reads_alike(again, t)) return;
  std::string reason = fmt::format("'{}' is ambiguous: it reads as a {} target, but its canonical form '{}' reads as a {}",
                                   t.raw, kind, to_string(t),
                                   again.kind() == kind ? fmt::format("different {} target", kind)
                                                        : fmt::format("{} target", again.kind()));
  t = Target(std::move(t.raw), Unparsed{std::move(reason)});
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
    t = Target(std::move(t.raw), Unparsed{fmt::format("the figure cannot be held exactly: {}", e.what())});
  }
}

}  // namespace

namespace detail {

void parse_target_into(std::string_view text, const TargetContext& context, Target& fresh) {
  fresh.raw = text;
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
  // 定性 (qualitative) is a statement about the value, not part of it.
  thread_local std::string raw;
  raw.clear();
  if (n != "定性" && n != "定量") raw.append(nature);
  raw.append(value);
  if (!text::ends_with(v, u)) raw.append(unit);
  Target t;
  t.raw = raw;
  thread_local std::string normal;
  text::normalize(raw, normal);
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
  std::string out;  // one object returned: evaluation prints every target, and a move was 1 % of it
  if (const Qualitative* q = t.if_qualitative()) out = q->text;
  else if (const Reference* r = t.if_reference()) out = r->text;
  else if (t.if_redacted()) out = "涉密";
  else if (t.if_unparsed()) out = t.raw;
  else write_canonical(out, t, Spelling::display);
  return out;
}

void Target::wrong_kind(TargetKind wanted) const {
  throw Error(fmt::format("the target '{}' is {}, not {}", raw, kind(), wanted));
}

}  // namespace jixiao

fmt::format_context::iterator fmt::formatter<jixiao::Target>::format(const jixiao::Target& t,
                                                                      fmt::format_context& ctx) const {
  auto out = fmt::format_to(ctx.out(), "{{raw: {:?}, kind: {}", t.raw, t.kind());
  t.visit([&](const auto& data) {
    using Data = std::remove_cvref_t<decltype(data)>;
    namespace bd = boost::describe;
    boost::mp11::mp_for_each<bd::describe_members<Data, bd::mod_public | bd::mod_inherited>>([&](auto member) {
      out = fmt::format_to(out, ", {}: ", member.name);
      out = jixiao::format_detail::format_member(out, data.*member.pointer);
    });
  });
  return fmt::format_to(out, ", year_from_context: {}, direction: {}}}", t.year_from_context, t.direction);
}
