// The spending chart of a card: cumulative % of the budget over the year, for the plan (资金支出计划),
// the actual spending and time progress (序时进度). Coordinates are computed with exact decimals
// and printed with one place, so no binary floating point is involved.

#include "html.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jixiao::report_detail {
namespace {

// The plot area inside the viewBox: 25 units a month.
constexpr int left = 40, top = 14, width = 300, height = 140;
constexpr int view_width = left + width + 14, view_height = top + height + 30;

std::string coordinate(const Decimal& d) { return d.rescaled(1, Rounding::half_up).normalized().to_string(); }

struct Scale {
  Decimal top_percent{100};  // the value at the top edge: 100, or up to 200 for plans over 100 %

  std::string x_month(const Decimal& months) const { return coordinate(Decimal(left) + months * Decimal(width / 12)); }
  std::string x_date(const Date& d) const {
    const Decimal months = Decimal(d.month - 1) + divide(Decimal(d.day), Decimal(days_in_month(d.year, d.month)), 4,
                                                         Rounding::half_up);
    return x_month(months);
  }
  std::string y(const Decimal& percent) const {
    const Decimal clamped = std::clamp(percent, Decimal(0), top_percent);
    return coordinate(Decimal(top + height) - divide(clamped * Decimal(height), top_percent, 4, Rounding::half_up));
  }
};

Scale scale_for(const Project& project, const CardContext& context) {
  Decimal highest{100};
  for (const Milestone& m : project.spending_plan.milestones)
    if (m.percent) highest = std::max(highest, *m.percent);
  for (const SpendingPoint& p : context.spending) highest = std::max(highest, p.percent);
  Scale s;
  // The next multiple of 25 (so the grid stays regular), at most 200: an absurd plan (written in ‰,
  // or 2500 for 25 %) is drawn on the top edge instead of flattening everything else.
  Decimal top_percent{100};
  while (top_percent < highest && top_percent < Decimal(200)) top_percent += Decimal(25);
  s.top_percent = top_percent;
  return s;
}

std::string percent_text(const Decimal& d) { return d.normalized().to_string() + "%"; }

// The date as a reader says it: 6月30日.
std::string short_date(const Date& d) { return fmt::format("{}月{}日", d.month, d.day); }

void write_axes(std::string& out, const Project& project, const Scale& s) {
  for (Decimal p{0}; p <= s.top_percent; p += Decimal(25)) {
    const std::string y = s.y(p);
    fmt::format_to(std::back_inserter(out), R"(<line class="grid{}" x1="{}" y1="{}" x2="{}" y2="{}"/>)",
                   p.is_zero() ? " axis" : "", left, y, left + width, y);
    fmt::format_to(std::back_inserter(out), R"(<text class="y-label" x="{}" y="{}">{}%</text>)", left - 6, y,
                   p.to_string());
  }
  // Month ticks, labelled at the plan's milestones and at the year end.
  std::vector<int> labelled;
  for (const Milestone& m : project.spending_plan.milestones)
    if (m.month > 0 && m.month <= 12) labelled.push_back(m.month);
  for (int month = 1; month <= 12; ++month) {
    const std::string x = s.x_month(Decimal(month));
    fmt::format_to(std::back_inserter(out), R"(<line class="tick" x1="{}" y1="{}" x2="{}" y2="{}"/>)", x, top + height,
                   x, top + height + 4);
    const bool milestone = std::find(labelled.begin(), labelled.end(), month) != labelled.end();
    if (milestone || month == 12)
      fmt::format_to(std::back_inserter(out), R"(<text class="x-label" x="{}" y="{}">{}月底</text>)", x,
                     top + height + 18, month);
  }
}

void write_time_progress(std::string& out, const Scale& s, const std::optional<Date>& as_of) {
  fmt::format_to(std::back_inserter(out), R"(<line class="time-line" x1="{}" y1="{}" x2="{}" y2="{}"/>)",
                 s.x_month(Decimal(0)), s.y(Decimal(0)), s.x_month(Decimal(12)), s.y(Decimal(100)));
  if (!as_of || !as_of->valid() || as_of->month == 0) return;
  const Date day = as_of->has_day() ? *as_of : Date{as_of->year, as_of->month, days_in_month(as_of->year, as_of->month)};
  const std::string x = s.x_date(day);
  fmt::format_to(std::back_inserter(out),
                 R"(<line class="as-of" x1="{}" y1="{}" x2="{}" y2="{}"/><text class="as-of-label" x="{}" y="{}">截至{}</text>)",
                 x, top, x, top + height, x, top + height - 5, short_date(day));
}

}  // namespace

void write_plan_chart(std::string& out, const Project& project, const CardContext& context) {
  const Scale s = scale_for(project, context);
  const bool with_actuals = context.as_of.has_value() || !context.spending.empty();
  fmt::format_to(std::back_inserter(out),
                 R"(<figure class="plan"><svg class="plan-chart" viewBox="0 0 {} {}" role="img" aria-label="资金支出计划累计曲线">)",
                 view_width, view_height);
  out += "<title>资金支出计划（累计，占预算 %）</title>";
  write_axes(out, project, s);
  if (with_actuals) write_time_progress(out, s, context.as_of);

  std::string plan_points = fmt::format("{},{}", s.x_month(Decimal(0)), s.y(Decimal(0)));
  std::string markers;
  std::size_t planned = 0;
  for (const Milestone& m : project.spending_plan.milestones) {
    if (m.month <= 0 || m.month > 12 || !m.percent) continue;
    ++planned;
    const std::string x = s.x_month(Decimal(m.month)), y = s.y(*m.percent);
    plan_points += fmt::format(" {},{}", x, y);
    // A plan written in money shows its amount beside the percentage computed from it.
    markers += fmt::format(R"(<circle class="plan-point" cx="{}" cy="{}" r="3"><title>{} {}{}</title></circle>)", x, y,
                           escaped(m.milestone), percent_text(*m.percent),
                           m.amount ? "（" + money_with_unit(m.amount) + "）" : std::string());
    markers += fmt::format(R"(<text class="plan-value" x="{}" y="{}">{}</text>)", x, y, percent_text(*m.percent));
  }
  if (planned > 0) fmt::format_to(std::back_inserter(out), R"(<polyline class="plan-line" points="{}"/>)", plan_points);
  out += markers;

  if (!context.spending.empty()) {
    std::string points = fmt::format("{},{}", s.x_month(Decimal(0)), s.y(Decimal(0)));
    std::string spent;
    for (const SpendingPoint& p : context.spending) {
      const std::string x = s.x_date(p.as_of), y = s.y(p.percent);
      points += fmt::format(" {},{}", x, y);
      spent += fmt::format(R"(<circle class="actual-point" cx="{}" cy="{}" r="3"><title>{} 实际 {}%</title></circle>)",
                           x, y, p.as_of.to_string(), two_places(p.percent));
      spent += fmt::format(R"(<text class="actual-value" x="{}" y="{}">{}%</text>)", x, y, two_places(p.percent));
    }
    fmt::format_to(std::back_inserter(out), R"(<polyline class="actual-line" points="{}"/>)", points);
    out += spent;
  }
  if (planned == 0)
    fmt::format_to(std::back_inserter(out), R"(<text class="no-plan" x="{}" y="{}">未填写资金支出计划</text>)",
                   left + width / 2, top + height / 2);
  out += "</svg><figcaption class=\"legend\"><span><i class=\"swatch plan\"></i>支出计划</span>";
  if (with_actuals)
    out += "<span><i class=\"swatch actual\"></i>实际支出</span><span><i class=\"swatch time\"></i>序时进度</span>";
  out += "</figcaption></figure>";
}

}  // namespace jixiao::report_detail
