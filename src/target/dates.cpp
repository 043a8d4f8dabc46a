// Deadlines and periods: 2024年11月15日前, 12月15日前, 2025年11月底, 2024年12月, 年底前,
// 2024年1月-12月, 2025年1月至11月, 1-12月, 2025年全年, 上半年, 第三季度, 2025.6.30, 2025-06-30.

#include "grammar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace jixiao::detail {
namespace {

// What a date expression covers: one date (`first == last`, possibly a whole month or year) or a
// span of months written as one word or range (上半年, 1-12月, 2025年度).
struct When {
  Date first;
  Date last;
  bool span = false;
};

constexpr int min_year = 1900;
constexpr int max_year = 2199;

// The year the digits write, or 0 when they are no plausible year. Leading zeros do not make
// another number: `02025年` is the year 2025, as it prints, not 2025 years (found by fuzzing:
// the two readings printed alike).
int year_of(std::string_view digits) noexcept {
  digits.remove_prefix(std::min(digits.find_first_not_of('0'), digits.size()));
  const int y = small_int(digits);
  return digits.size() == 4 && y >= min_year && y <= max_year ? y : 0;
}

When whole_months(int year, int first, int last) {
  return When{Date{year, first, 0}, Date{year, last, 0}, true};
}

// Words for parts of a year, after an optional `2025年`: 全年, 年度, 上半年, 第一季度, 前三季度.
std::optional<When> year_part(Cursor& c, int year, bool year_written) {
  if (year_written ? (c.eat("度") || c.eat("全年度") || c.eat("全年"))
                   : (c.eat("全年度") || c.eat("全年") || c.eat("本年度") || c.eat("年度") || c.eat("本年") ||
                      c.eat("当年")))
    return whole_months(year, 1, 12);
  if (c.eat("上半年")) return whole_months(year, 1, 6);
  if (c.eat("下半年")) return whole_months(year, 7, 12);
  if (c.eat("前三季度")) return whole_months(year, 1, 9);
  const std::size_t start = c.i;
  c.eat("第");
  // Leading zeros do not make another number: `03季度` is the third quarter, as it prints.
  while (c.peek() == '0') ++c.i;
  static constexpr std::string_view quarters[] = {"一", "二", "三", "四", "1", "2", "3", "4"};
  const int q = c.eat_any(quarters);
  if (q >= 0 && (c.eat("季度") || c.eat("季"))) {
    const int n = q % 4 + 1;
    return whole_months(year, 3 * n - 2, 3 * n);
  }
  c.i = start;
  if (!year_written && (c.eat("年底") || c.eat("年末") || c.eat("年内"))) {
    const Date end{year, 12, 0};
    return When{end, end, false};
  }
  return std::nullopt;
}

// `6月`, `6月30日`, `6月份`, `6月底`, `6月中旬`, or the month range `1-12月`.
std::optional<When> month_part(Cursor& c, int year) {
  const std::size_t start = c.i;
  const int month = small_int(c.digits());
  if (month < 1 || month > 12) {
    c.i = start;
    return std::nullopt;
  }
  if (c.eat("月")) {
    c.eat("份");
    Date d{year, month, 0};
    const std::size_t day_start = c.i;
    const std::string_view day = c.digits();
    if (!day.empty() && (c.eat("日") || c.eat("号"))) {
      d.day = small_int(day);
      if (d.day == 0) {  // 0 would mean "no day written"
        c.i = start;
        return std::nullopt;
      }
    } else {
      // 上旬 ends on the 10th, 中旬 on the 20th; 下旬, 底 and 末 at the end of the month.
      c.i = day_start;
      static constexpr std::string_view parts[] = {"上旬", "中旬", "下旬", "底", "末"};
      const int part = c.eat_any(parts);
      if (part == 0) d.day = 10;
      if (part == 1) d.day = 20;
    }
    return When{d, d, false};
  }
  if (eat_range_separator(c)) {
    const int last = small_int(c.digits());
    if (last >= 1 && last <= 12 && c.eat("月")) return whole_months(year, month, last);
  }
  c.i = start;
  return std::nullopt;
}

// 2025.6.30, 2025-06-30, 2025/6/30, 2025.06: a four-digit year, then month and day.
std::optional<When> dotted(Cursor& c) {
  const std::size_t start = c.i;
  const std::string_view year = c.digits();
  const char separator = c.peek();
  if (year_of(year) == 0 || (separator != '.' && separator != '-' && separator != '/')) {
    c.i = start;
    return std::nullopt;
  }
  ++c.i;
  const std::string_view month = c.digits();
  Date d{year_of(year), small_int(month), 0};
  bool ok = !month.empty() && month.size() <= 2 && d.month >= 1 && d.month <= 12;
  if (ok && c.peek() == separator) {
    ++c.i;
    const std::string_view day = c.digits();
    d.day = small_int(day);
    ok = !day.empty() && day.size() <= 2 && d.day >= 1;
  }
  if (!ok || c.at_digit()) {
    c.i = start;
    return std::nullopt;
  }
  return When{d, d, false};
}

// One date expression, the year optional (0 when not written).
std::optional<When> when(Cursor& c) {
  if (auto d = dotted(c)) return d;
  const std::size_t start = c.i;
  int year = 0;
  if (const int y = year_of(c.digits()); y != 0 && c.eat("年")) year = y;
  else c.i = start;
  if (auto part = year_part(c, year, year != 0)) return part;
  if (auto month = month_part(c, year)) return month;
  if (year != 0) {
    Date d{year, 0, 0};
    if (c.eat("底") || c.eat("末")) d.month = 12;
    return When{d, d, false};
  }
  c.i = start;
  return std::nullopt;
}

// The end of a period written without its own year: 2024年11月-3月 ends in 2025.
void inherit(Date& end, const Date& start) {
  if (end.year != 0 || start.year == 0) return;
  end.year = start.year;
  if (end.month != 0 && start.month != 0 && end.month < start.month) ++end.year;
}

}  // namespace

Match parse_time(std::string_view s, const TargetContext& context, Target& t) {
  Cursor c{s};
  // `≤2025年6月30日` and `<…` read as deadlines, like 截至 and 于 … 前.
  const bool comparator = c.eat("<=") || c.eat("<");
  static constexpr std::string_view by_words[] = {"截止到", "截止至", "截至", "截止", "于", "在"};
  if (!comparator && c.eat_any(by_words) < 0) {
    static constexpr std::string_view from_words[] = {"自", "从"};
    c.eat_any(from_words);
  }

  std::optional<When> first = when(c);
  if (!first) return Match::none;
  When w = *first;
  bool period = w.span;
  if (eat_range_separator(c)) {
    std::optional<When> second = when(c);
    if (!second) return Match::none;
    Date end = second->last;
    if (end.month == 0 && end.year == 0) return Match::none;
    inherit(end, w.first);
    w.last = end;
    period = true;
  }
  static constexpr std::string_view before_words[] = {"之前", "以前", "前", "为止", "止", "以内", "之内", "内"};
  if (c.eat_any(before_words) >= 0) period = false;
  static constexpr std::string_view done_words[] = {"完成", "办结", "完工", "结束", "期间"};
  c.eat_any(done_words);
  if (!c.done()) return Match::none;
  // `≤12月` reads as at most 12 months: a comparator before a date needs a year or a day.
  if (comparator && w.last.year == 0 && w.last.day == 0) return Match::none;

  if (w.first.year == 0 && w.last.year != 0) {
    // 12月-2025年3月: the start is in the end's year, or the year before.
    w.first.year = w.last.year;
    if (w.first.month > w.last.month && w.last.month != 0) --w.first.year;
  }
  if (w.first.year == 0 && context.year != 0) {
    w.first.year = context.year;
    t.year_from_context = true;
  }
  inherit(w.last, w.first);

  for (const Date& d : {w.first, w.last}) {
    if (!d.valid()) {
      t.emplace(Unparsed{fmt::format("{} is not a calendar date", d.to_string())});
      return Match::failed;
    }
  }
  if (period && w.first.has_year() && w.last.has_year() && w.last.last_day() < w.first.first_day()) {
    t.emplace(Unparsed{
        fmt::format("the period ends ({}) before it starts ({})", w.last.to_string(), w.first.to_string())});
    return Match::failed;
  }
  if (period) t.emplace(Period{w.first, w.last});
  else t.emplace(Deadline{w.last});
  return Match::parsed;
}

}  // namespace jixiao::detail
