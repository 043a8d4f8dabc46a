// Money: the figures of one table must agree (domain.md §3, “suitability: targets match the money”).
// The sources add up to the budget, the amount stated in 资金用途 is the budget, the cost targets
// add up to the budget (and their parts to a stated total cost), and a price per unit stated in
// the text, times its count, fits the budget.

#include "figures.hpp"
#include "name_words.hpp"
#include "rules.hpp"
#include "text.hpp"

#include "../target/text.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::review_detail {
namespace {

// The gap between two amounts in 万元, as a message states it.
std::string difference(const Money& a, const Money& b) { return (a.wan() - b.wan()).abs().normalized().to_string(); }

void check_sources(const ProjectReview& r, const Money& total) {
  const Budget& b = r.project.budget;
  if (!b.fiscal && !b.other) return;
  const Money sum = b.fiscal.value_or(Money()) + b.other.value_or(Money());
  if (amounts_agree(sum, total, r.options)) return;
  r.report(RuleId::budget_sources_sum, 0,
           concat("财政资金", b.fiscal ? wan(*b.fiscal) : "（未填）", "加其他资金", b.other ? wan(*b.other) : "（未填）",
                  "为", wan(sum), "，与预算数", wan(total), "不一致（相差", difference(sum, total), "万元）。"),
           "核对预算数及其资金来源，使财政资金与其他资金之和等于预算数。");
}

// Whether the amount is one the budget states: the total, or one of its sources.
bool matches_budget(const Money& amount, const ProjectReview& r) {
  const Budget& b = r.project.budget;
  for (const std::optional<Money>* figure : {&b.total, &b.fiscal, &b.other})
    if (*figure && amounts_agree(amount, **figure, r.options)) return true;
  return false;
}

void check_text(const ProjectReview& r, const Money& total) {
  const std::string_view text = r.project.use_of_funds;
  std::vector<StatedAmount> candidates;
  for (const StatedAmount& amount : stated_amounts(text)) {
    if (amount.approximate || amount.per_unit) continue;
    // The words just before the figure, within its clause, say whose money it is.
    const std::string_view before = amount.phrase.substr(0, amount.phrase.size() - amount.figure.size());
    std::size_t from = before.size();
    for (std::size_t counted = 0; from > 0 && counted < r.options.amount_context; ++counted) {
      do --from;
      while (from > 0 && (static_cast<unsigned char>(before[from]) & 0xC0u) == 0x80u);
    }
    // Trimmed: matching ignores white space, and a window without any is matched in one pass.
    if (has(r.words.match(trim(before.substr(from))), WordList::amount)) candidates.push_back(amount);
  }
  if (candidates.empty()) return;
  Money sum;
  for (const StatedAmount& amount : candidates) {
    if (matches_budget(amount.amount, r)) return;
    sum += amount.amount;
  }
  // 财政资金 10 万元，自筹 5 万元: parts that add up to the budget.
  if (candidates.size() > 1 && amounts_agree(sum, total, r.options)) return;
  const StatedAmount& stated = candidates.front();
  r.report(RuleId::budget_text_amount, 0,
           concat("资金用途写的", cite(stated.phrase), "与预算数", wan(total), "不一致（相差",
                  difference(stated.amount, total), "万元）。"),
           concat("核对后统一两处金额：若预算数", wan(total), "正确，资金用途应相应改写。"));
}

struct Cost {
  std::size_t indicator;
  Money amount;
};

std::string sum_of(const std::vector<Cost>& costs) {
  std::string text;
  for (const Cost& cost : costs) {
    if (!text.empty()) text += " + ";
    text += cost.amount.wan().to_string();
  }
  return text;
}

void check_costs(const ProjectReview& r, const Money& total) {
  // The amounts the cost rows state, in 万元, whichever way their comparator points (a ≥ on a cost is
  // direction_against_category's). Per-unit prices (每个单位 2 万元) are not part of the total.
  std::vector<Cost> totals;
  std::vector<Cost> parts;
  parts.reserve(r.project.indicators.size());  // one allocation, not one per doubling
  for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
    const IndicatorFacts& facts = r.facts[i];
    const Comparison* cap = r.project.indicators[i].target.if_comparison();
    if (!facts.checked || !facts.cost || facts.per_unit || !cap) continue;
    if (const auto amount = money_value(cap->value, true))
      (facts.total ? totals : parts).push_back({i, *amount});
  }
  if (totals.size() > 1) {  // several "totals" are parts after all
    parts.insert(parts.end(), totals.begin(), totals.end());
    totals.clear();
  }
  if (totals.empty() && parts.empty()) return;

  Money parts_sum;
  for (const Cost& part : parts) parts_sum += part.amount;
  if (totals.size() == 1 && !parts.empty() && r.on(RuleId::cost_parts_sum) &&
      !amounts_agree(parts_sum, totals.front().amount, r.options)) {
    const Indicator& row = r.project.indicators[totals.front().indicator];
    r.report_indicator(RuleId::cost_parts_sum, totals.front().indicator,
                       concat("成本分项合计", wan(parts_sum), "（", sum_of(parts), "）与总成本", cite(row.name), "的",
                              wan(totals.front().amount), "不一致（相差", difference(parts_sum, totals.front().amount),
                              "万元）。"),
                       "核对各成本分项和总成本，使分项之和等于总成本。");
  }

  const bool single = totals.size() == 1 || parts.size() == 1;
  const Cost& first = totals.size() == 1 ? totals.front() : parts.front();
  const Money cost = totals.size() == 1 ? totals.front().amount : parts_sum;
  if (amounts_agree(cost, total, r.options)) return;
  const Indicator& row = r.project.indicators[first.indicator];
  const std::string what = single ? concat("成本指标", cite(row.name), "的上限", wan(cost))
                                  : concat("成本指标合计", wan(cost), "（", sum_of(parts), "）");
  const std::string gap = difference(cost, total) + "万元";
  if (cost > total) {
    if (!r.on(RuleId::cost_over_budget)) return;
    std::string message = concat(what, "超过预算数", wan(total), "（多", gap, "）。");
    std::string suggestion = single ? concat("成本上限不应超过预算：改为“≤", wan(total), "”，或核对预算数。")
                                    : "核对各项成本测算，使合计等于预算数。";
    if (single) r.report_indicator(RuleId::cost_over_budget, first.indicator, std::move(message), std::move(suggestion));
    else r.report(RuleId::cost_over_budget, row.line, std::move(message), std::move(suggestion));
  } else {
    if (!r.on(RuleId::cost_under_budget)) return;
    std::string message = concat(what, "少于预算数", wan(total), "（少", gap, "），有", gap, "预算没有对应的成本目标。");
    std::string suggestion =
        single ? concat("改为“≤", wan(total), "”，或核对预算数。") : "补充遗漏的成本分项，或核对各项金额。";
    if (single) r.report_indicator(RuleId::cost_under_budget, first.indicator, std::move(message), std::move(suggestion));
    else r.report(RuleId::cost_under_budget, row.line, std::move(message), std::move(suggestion));
  }
}

// A price per unit stated in 资金用途 or a goal, with the count it is paid for.
struct UnitCost {
  Money price;              // per unit, in 万元
  std::string price_text;   // as written: 500元
  std::string_view per;     // the unit: 家
  Decimal count;            // in that unit
  std::string count_text;   // 3家, or 3家（指标“示范单位数量”）
  bool at_least = false;    // the count is a lower bound (≥3家): so is the cost
  bool at_most = false;     // an upper bound
  Money cost;               // price × count
  bool in_goals = false;
};

// The unit costs of one sentence, appended to `costs`; false when a price cannot be added up.
bool add_sentence_costs(const ProjectReview& r, std::string_view sentence, bool in_goals, std::string& normal,
                        std::vector<UnitCost>& costs) {
  text::normalize(sentence, normal);
  const std::vector<TextFigure> figures = text_figures(normal, r.words);
  for (const TextFigure& price : figures) {
    if (!price.per_unit || price.amount.value.unit.kind() != UnitKind::money) continue;
    const std::optional<Money> each = money_value(price.amount.value, false);
    // A price with a bound (不超过2万元/家), or per a unit with a scale (每万人), is not added up.
    if (!each || price.amount.comparator != Comparator::eq || price.per.kind() == UnitKind::none ||
        price.per.factor() != Decimal(1))
      return false;
    struct Count {
      Decimal value;  // in the price's unit
      Comparator comparator;
      std::string text;
    };
    std::vector<Count> counts;
    const auto add = [&](const Amount& amount, std::string text) {
      counts.push_back({amount.value.normalized().value, amount.comparator, std::move(text)});
    };
    for (const TextFigure& f : figures)
      if (!f.per_unit && convertible(f.amount.value.unit, price.per)) add(f.amount, std::string(f.written));
    NameWords words;
    for (std::size_t i = 0; i < r.project.indicators.size(); ++i) {
      const Indicator& indicator = r.project.indicators[i];
      const Amount* amount = indicator.target.if_amount();
      if (!r.facts[i].checked || !amount || !convertible(amount->value.unit, price.per)) continue;
      if (words.empty()) words = name_words(r.names, normal);
      if (!share_word(words, name_words(r.names, indicator.name))) continue;
      add(*amount, concat(amount->value.to_string(), "（指标", cite(indicator.name), "）"));
    }
    if (counts.empty()) return false;
    UnitCost cost;
    cost.price = *each;
    cost.price_text = price.written;
    cost.per = price.per.symbol();
    cost.count = counts.front().value;
    cost.count_text = counts.front().text;
    bool exact = false;
    for (const Count& c : counts) {
      if (c.value != cost.count) return false;
      exact = exact || c.comparator == Comparator::eq;
      cost.at_least = cost.at_least || c.comparator == Comparator::ge || c.comparator == Comparator::gt;
      cost.at_most = cost.at_most || c.comparator == Comparator::le || c.comparator == Comparator::lt;
    }
    if (exact || (cost.at_least && cost.at_most)) cost.at_least = cost.at_most = false;
    try {
      cost.cost = Money(each->wan() * cost.count);  // with the places of the price: 1.66 × 10 = 16.60
    } catch (const OverflowError&) {
      return false;
    }
    cost.in_goals = in_goals;
    // The same price and count stated in 资金用途 and again in a goal is one cost.
    const auto same = [&](const UnitCost& c) {
      return c.price == cost.price && c.per == cost.per && c.count == cost.count;
    };
    if (std::find_if(costs.begin(), costs.end(), same) == costs.end()) costs.push_back(std::move(cost));
  }
  return true;
}

// The unit costs of `text` (资金用途 or one goal), appended to `costs`. A price is `每家 2 万元` or
// `2 万元/家`; its count is a figure of the same sentence in a unit it converts to (3 家), or the
// target of an indicator in such a unit whose name shares a name word with the sentence. False when
// a price has no count, or counts that disagree: the costs cannot be added up.
bool add_unit_costs(const ProjectReview& r, std::string_view text, bool in_goals, std::vector<UnitCost>& costs) {
  // Most sentences hold no price: a price is a figure (not a year) and every money unit of the
  // registry ends in 元.
  const auto may_price = [](std::string_view s) {
    return has_digit(s) && s.find("元") != std::string_view::npos && has_figure(s);
  };
  if (!may_price(text)) return true;
  std::string normal;
  bool known = true;
  for_each_sentence(text, [&](std::string_view sentence) {
    if (known && may_price(sentence)) known = add_sentence_costs(r, sentence, in_goals, normal, costs);
  });
  return known;
}

// An amount in the texts other than the budget, its sources, the unit costs and their sum: money
// the text gives to something else.
bool other_money(const ProjectReview& r, const std::vector<UnitCost>& costs, const Money& sum) {
  const auto other = [&](std::string_view text) {
    for (const StatedAmount& amount : stated_amounts(text)) {
      if (amount.approximate || amount.per_unit || matches_budget(amount.amount, r) ||
          amounts_agree(amount.amount, sum, r.options))
        continue;
      const auto agrees = [&](const UnitCost& c) { return amounts_agree(amount.amount, c.cost, r.options); };
      if (std::find_if(costs.begin(), costs.end(), agrees) == costs.end()) return true;
    }
    return false;
  };
  if (other(r.project.use_of_funds)) return true;
  for (const Text& goal : r.project.goals)
    if (other(goal)) return true;
  return false;
}

// unit_cost_budget: the unit costs add up to more than the budget (each count exact or a lower
// bound), or to less while the text gives no money to anything else (each count exact or an upper
// bound). Amounts agree within money_tolerance and, with allow_rounding, the rounding of the less
// precise one.
void check_unit_costs(const ProjectReview& r, const Money& total) {
  std::vector<UnitCost> costs;
  if (!add_unit_costs(r, r.project.use_of_funds, false, costs)) return;
  for (const Text& goal : r.project.goals)
    if (!add_unit_costs(r, goal, true, costs)) return;
  if (costs.empty()) return;
  Money sum;
  bool at_least = false;
  bool at_most = false;
  bool in_goals = false;
  bool in_use = false;
  std::string parts;
  for (const UnitCost& c : costs) {
    sum += c.cost;
    at_least = at_least || c.at_least;
    at_most = at_most || c.at_most;
    (c.in_goals ? in_goals : in_use) = true;
    if (!parts.empty()) parts += "，";
    parts += concat(c.price_text, "/", c.per, "×", c.count_text, "=", wan(c.cost));
  }
  if (amounts_agree(sum, total, r.options)) return;
  const bool over = sum > total;
  if (over ? at_most : (at_least || other_money(r, costs, sum))) return;
  const std::string where = in_use && in_goals ? "资金用途和绩效目标" : in_use ? "资金用途" : "绩效目标";
  const std::string computed = concat(where, "按单价计算：", parts, costs.size() > 1 ? concat("，合计", wan(sum)) : "");
  const std::string gap = difference(sum, total) + "万元";
  if (over)
    r.report(RuleId::unit_cost_budget, 0, concat(computed, "，超过预算数", wan(total), "（多", gap, "）。"),
             "核对单价和数量：按单价算出的金额不能超过预算数。");
  else
    r.report(RuleId::unit_cost_budget, 0,
             concat(computed, "，少于预算数", wan(total), "（少", gap, "），其余资金的用途没有写明金额。"),
             "核对单价和数量，或写明其余资金的用途和金额。");
}

}  // namespace

void check_money(const ProjectReview& r) {
  const std::optional<Money>& total = r.project.budget.total;
  if (!total) return;  // missing_budget
  if (total->wan().signum() <= 0) {
    if (r.on(RuleId::budget_not_positive))
      r.report(RuleId::budget_not_positive, 0, concat("预算数为", wan(*total), "，项目预算应大于零。"),
               "按预算批复填写预算数。");
    return;
  }
  // Amounts that cannot be added to or compared with the budget exactly — a figure of 38 digits
  // against a budget with places needs more than a Decimal holds — are not compared: a check that
  // meets one stops, and review() goes on (found by the review fuzz target).
  const auto guarded = [](auto check) {
    try {
      check();
    } catch (const OverflowError&) {
    }
  };
  if (r.on(RuleId::budget_sources_sum)) guarded([&] { check_sources(r, *total); });
  if (r.on(RuleId::budget_text_amount)) guarded([&] { check_text(r, *total); });
  if (r.on(RuleId::cost_over_budget) || r.on(RuleId::cost_under_budget) || r.on(RuleId::cost_parts_sum))
    guarded([&] { check_costs(r, *total); });
  if (r.on(RuleId::unit_cost_budget) && !r.project.redacted) guarded([&] { check_unit_costs(r, *total); });
}

}  // namespace jixiao::review_detail
