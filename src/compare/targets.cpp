// compare_targets(): how an indicator's target moved between two years, read with the target model.

#include "../actuals/compare.hpp"
#include "../concat.hpp"
#include "../read/text.hpp"

#include <jixiao/compare.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {
namespace {

using detail::concat;

std::string in_quotes(const Target& t) { return concat("“", detail::trim(t.raw), "”"); }

TargetChange not_comparable(std::string reason) { return {TargetMove::not_comparable, std::move(reason)}; }

std::string_view kind_word(TargetKind kind) noexcept {
  switch (kind) {
    case TargetKind::comparison: return "数值";
    case TargetKind::range: return "区间";
    case TargetKind::period: return "期间";
    case TargetKind::deadline: return "期限";
    case TargetKind::duration: return "时长";
    case TargetKind::qualitative: return "定性表述";
    case TargetKind::reference: return "引用";
    case TargetKind::redacted: return "涉密";
    case TargetKind::unparsed: return "无法识别的值";
  }
  return "值";
}

bool strict(Comparator c) noexcept { return c == Comparator::gt || c == Comparator::lt; }

// Two figures with their comparators: a lower bound (≥ >, or = where the indicator is forward)
// demands more when higher, an upper bound (≤ <, or = on a cost) when lower; at the same figure a
// strict comparator demands more than an inclusive one.
TargetChange compare_amounts(const Indicator& old_indicator, const Amount& a, const Indicator& new_indicator,
                             const Amount& b) {
  const Target& x = old_indicator.target;
  const Target& y = new_indicator.target;
  const Direction from = detail::direction_of(old_indicator);
  const Direction to = detail::direction_of(new_indicator);
  if (from != to)
    return not_comparable(concat("上年", in_quotes(x), from == Direction::reverse ? "是上限" : "是下限", "，今年", in_quotes(y),
                                 to == Direction::reverse ? "是上限" : "是下限", "，方向不同"));
  const std::optional<detail::Amounts> figures = detail::amounts(a.value, b.value);
  if (!figures)
    return not_comparable(concat("单位不能换算：上年", in_quotes(x), "，今年", in_quotes(y)));
  const bool lower_bound = from != Direction::reverse;
  const std::string_view bound = lower_bound ? "下限" : "上限";
  if (figures->actual != figures->target) {
    const bool higher = figures->actual > figures->target;
    const bool raised = higher == lower_bound;
    return {raised ? TargetMove::raised : TargetMove::lowered,
            concat(bound, higher ? "提高" : "降低", "：", in_quotes(x), " → ", in_quotes(y))};
  }
  if (strict(a.comparator) == strict(b.comparator)) return {TargetMove::unchanged, {}};
  const bool raised = strict(b.comparator);
  return {raised ? TargetMove::raised : TargetMove::lowered,
          concat(bound, raised ? "不再包含该值" : "改为包含该值", "：", in_quotes(x), " → ", in_quotes(y))};
}

// The day by which a deadline or a period is due: the date's last day.
const Date* due_date(const Target& t) noexcept {
  if (const Deadline* d = t.if_deadline()) return &d->date;
  if (const Period* p = t.if_period()) return &p->end;
  return nullptr;
}

// `date` a number of years later, a day past the month's end (29 February) brought back to it.
Date moved(Date date, int years) {
  if (!date.has_year()) return date;
  date.year += years;
  if (date.month != 0 && date.day > days_in_month(date.year, date.month)) date.day = days_in_month(date.year, date.month);
  return date;
}

// The last day a date covers; a date without a year is placed in a common year, so that only
// month and day count.
Date last_day(Date date) {
  if (!date.has_year()) {
    date.year = 2001;
    return Date{0, date.last_day().month, date.last_day().day};
  }
  return date.last_day();
}

TargetChange compare_due(const Target& x, const Date& a, const Target& y, const Date& b, int years_apart) {
  Date from = moved(a, years_apart);
  Date to = b;
  if (!from.valid() || !to.valid()) return not_comparable(concat("日期无效：上年", in_quotes(x), "，今年", in_quotes(y)));
  if (!from.has_year() || !to.has_year()) from.year = to.year = 0;
  from = last_day(from);
  to = last_day(to);
  if (from == to) return {TargetMove::unchanged, {}};
  const bool earlier = to < from;
  return {earlier ? TargetMove::raised : TargetMove::lowered,
          concat("完成时限", earlier ? "提前" : "推后", "：", in_quotes(x), " → ", in_quotes(y))};
}

}  // namespace

TargetChange compare_targets(const Indicator& old_indicator, const Indicator& new_indicator, int years_apart) {
  const Target& x = old_indicator.target;
  const Target& y = new_indicator.target;
  if (x.if_redacted() || y.if_redacted()) return not_comparable("涉密，不比较");
  if (x.if_unparsed()) return not_comparable(concat("上年的指标值", in_quotes(x), "无法识别"));
  if (y.if_unparsed()) return not_comparable(concat("今年的指标值", in_quotes(y), "无法识别"));
  const Amount* a = x.if_amount();
  const Amount* b = y.if_amount();
  if (a && b) return compare_amounts(old_indicator, *a, new_indicator, *b);
  const Date* due_a = due_date(x);
  const Date* due_b = due_date(y);
  if (due_a && due_b) return compare_due(x, *due_a, y, *due_b, years_apart);
  if (x.kind() != y.kind())
    return not_comparable(concat("指标值由", kind_word(x.kind()), in_quotes(x), "改为", kind_word(y.kind()), in_quotes(y)));
  if (const Range* r = x.if_range()) {
    if (*r == y.as_range()) return {TargetMove::unchanged, {}};
    return not_comparable(concat("区间只比较是否相同：", in_quotes(x), " → ", in_quotes(y)));
  }
  const std::string_view from = x.if_qualitative() ? std::string_view(x.as_qualitative().text) : x.as_reference().text.view();
  const std::string_view to = y.if_qualitative() ? std::string_view(y.as_qualitative().text) : y.as_reference().text.view();
  if (from == to) return {TargetMove::unchanged, {}};
  return not_comparable(concat(kind_word(x.kind()), "不分高低：", in_quotes(x), " → ", in_quotes(y)));
}

}  // namespace jixiao
