#include "review_fixtures.hpp"

using namespace review_test;
using R = RuleId;

namespace {

std::vector<std::string> figures(std::string_view text) {
  std::vector<std::string> out;
  for (const StatedAmount& a : stated_amounts(text))
    out.push_back(a.amount.wan().to_string() + (a.approximate ? "~" : "") + (a.per_unit ? "/" : ""));
  return out;
}

}  // namespace

TEST_CASE("stated_amounts reads the figures of 资金用途 as the tables write them") {
  using V = std::vector<std::string>;
  CHECK(figures("项目预算总额 17.5 万元，均为财政资金。") == V{"17.5"});
  CHECK(figures("项目经费共4万，均为财政资金，用于奖补") == V{"4"});
  CHECK(figures("财政资金拨款6万元，用于科技工作者之家的建设。") == V{"6"});
  CHECK(figures("项目预算51万元，均为财政资金") == V{"51"});
  CHECK(figures("上级资金10万元用于开展科普大篷车巡展") == V{"10"});
  CHECK(figures("项目预算总额 16.625 万元") == V{"16.625"});
  CHECK(figures("总额１２．５万元") == V{"12.5"});                 // full-width digits
  CHECK(figures("共计 175,000 元") == V{"17.5000"});               // 元 converts exactly to 万元
  CHECK(figures("中央资金 1.2 亿元") == V{"12000.0"});
  CHECK(figures("约17万元，另有20余万元、30万元左右") == V{"17~", "20~", "30~"});
  CHECK(figures("劳务费 500 元/次，每个单位2万元，共计6万元") == V{"0.0500/", "2/", "6"});
  // Not money: counts with 万, dates, plain numbers.
  CHECK(figures("辐射 4 万人，撰写 2 万字左右调研报告").empty());
  CHECK(figures("依据讨论稿 2016.2.29 保障展厅运行，2024 年 12 月").empty());

  const auto amounts = stated_amounts("主要用于：项目预算总额 17.5 万元，均为财政资金");
  REQUIRE(amounts.size() == 1);
  CHECK(amounts[0].figure == "17.5 万元");
  CHECK(amounts[0].phrase == "项目预算总额 17.5 万元");
}

TEST_CASE("budget_not_positive and budget_sources_sum") {
  CHECK(rules_of(with([](Project& p) { p.budget = {wan("0"), std::nullopt, std::nullopt}; })) ==
        std::vector{R::budget_not_positive});
  const auto findings = review(with([](Project& p) { p.budget.other = wan("2"); }));
  REQUIRE(rules_of(findings) == std::vector{R::budget_sources_sum});
  CHECK(mentions(findings[0], "财政资金16.63万元加其他资金2万元为18.63万元"));
  // Parts that make the total are fine, an unwritten part counts as nothing.
  CHECK(review(with([](Project& p) { p.budget = {wan("16.63"), wan("10.63"), wan("6")}; })).empty());
}

TEST_CASE("budget_text_amount: 资金用途 states another amount than the budget") {
  const auto findings = review(with([](Project& p) {
    p.use_of_funds = "项目预算总额 17.5 万元，均为财政资金。主要用于：1、2024 年全国科普日";
  }));
  REQUIRE(rules_of(findings) == std::vector{R::budget_text_amount});
  CHECK(findings[0].severity == Severity::error);
  CHECK(mentions(findings[0], "“项目预算总额 17.5 万元”与预算数16.63万元不一致（相差0.87万元）"));

  SUBCASE("figures that agree once rounded, or that are the sources, or that add up, are fine") {
    CHECK(review(with([](Project& p) { p.use_of_funds = "项目预算总额 16.625 万元"; })).empty());
    CHECK(review(with([](Project& p) {
            p.budget = {wan("16.63"), wan("10.63"), wan("6")};
            p.use_of_funds = "其中财政资金 10.63 万元";
          })).empty());
    CHECK(review(with([](Project& p) { p.use_of_funds = "财政资金 10.63 万元、自筹资金 6 万元"; })).empty());
  }
  SUBCASE("a figure without a money word near it, or approximate, is not compared") {
    // The price per student is unit_cost_budget's: 200 名 × 500 元 = 10 万元, not the budget.
    CHECK(rules_of(with([](Project& p) { p.use_of_funds = "为 200 名学生每人发放 500 元补助"; })) ==
          std::vector{R::unit_cost_budget});
    CHECK(review(with([](Project& p) { p.use_of_funds = "项目预算约 20 万元"; })).empty());
  }
  SUBCASE("the tolerance is an option") {
    ReviewOptions options;
    options.money_tolerance = Decimal::parse("1");
    CHECK(review(with([](Project& p) { p.use_of_funds = "项目预算总额 17.5 万元"; }), options).empty());
    options = {};
    options.allow_rounding = false;
    CHECK(rules_of(with([](Project& p) { p.use_of_funds = "项目预算总额 16.625 万元"; }), options) ==
          std::vector{R::budget_text_amount});
  }
}

TEST_CASE("cost_over_budget and cost_under_budget: a single cost cap against the budget") {
  const auto one_cost = [](const char* value) {
    return with([&](Project& p) {
      std::erase_if(p.indicators, [](const Indicator& i) { return i.level2 == Level2::成本指标; });
      Indicator cost = row(Level1::产出指标, Level2::成本指标, "项目预算成本", "项目预算控制数", value, "预算测算", 23);
      p.indicators.insert(p.indicators.begin() + 3, cost);
    });
  };
  const auto over = review(one_cost("≤17.5 万元"));
  REQUIRE(rules_of(over) == std::vector{R::cost_over_budget});
  CHECK(over[0].indicator == 3u);
  CHECK(mentions(over[0], "上限17.5万元超过预算数16.63万元（多0.87万元）"));
  CHECK(over[0].suggestion.find("≤16.63万元") != std::string::npos);

  const auto under = review(one_cost("≤15 万元"));
  REQUIRE(rules_of(under) == std::vector{R::cost_under_budget});
  CHECK(under[0].severity == Severity::warning);

  CHECK(review(one_cost("≤16.63 万元")).empty());
  CHECK(review(one_cost("16.63万元")).empty());
  CHECK(rules_of(one_cost("≤100%")) == std::vector{R::cost_unit});  // not money: nothing to add up
}

TEST_CASE("cost parts against the budget, per-unit prices left out") {
  const auto over = review(with([](Project& p) { set_value(named(p, "科普讲座预算成本"), "≤3 万元"); }));
  REQUIRE(rules_of(over) == std::vector{R::cost_over_budget});
  CHECK(!over[0].indicator);
  CHECK(over[0].line == 23);
  CHECK(mentions(over[0], "成本指标合计17.63万元（3 + 12.63 + 2）"));

  const Document per_unit = with([](Project& p) {
    Indicator& row = named(p, "开展帮扶工作预算成本");
    row.name = "每个学会帮扶工作补助";
    set_value(row, "2万元");
  });
  CHECK(rules_of(per_unit) == std::vector{R::cost_under_budget});
}

TEST_CASE("cost_parts_sum: parts against a stated total cost") {
  const auto with_total = [](const char* total) {
    return with([&](Project& p) {
      p.indicators.insert(p.indicators.begin() + 3, row(Level1::产出指标, Level2::成本指标, "项目总成本",
                                                        "项目预算控制数", total, "预算测算", 23));
    });
  };
  CHECK(review(with_total("≤16.63万元")).empty());
  const auto findings = review(with_total("≤18万元"));
  // The stated total is the project's cost, so it is also over the budget.
  REQUIRE(rules_of(findings) == std::vector{R::cost_over_budget, R::cost_parts_sum});
  CHECK(mentions(findings[1], "成本分项合计16.63万元（2 + 12.63 + 2）"));
}

TEST_CASE("unit_cost_budget: a price per unit times its count against the budget") {
  const auto funds = [](const char* text) { return with([&](Project& p) { p.use_of_funds = text; }); };
  // 10 个 × 1.663 万元 = 16.63 万元, the budget.
  CHECK(review(funds("用于奖补示范单位 10 个，每个单位 1.663 万元。")).empty());
  CHECK(review(funds("用于奖补示范单位 10 个，补助 1.663 万元/个。")).empty());

  const auto over = review(funds("用于奖补示范单位 10 个，每个单位 2 万元。"));
  REQUIRE(rules_of(over) == std::vector{R::unit_cost_budget});
  CHECK(over[0].severity == Severity::warning);
  CHECK(over[0].line == 5);
  CHECK(over[0].message == "资金用途按单价计算：2万元/个×10个=20万元，超过预算数16.63万元（多3.37万元）。");

  const auto under = review(funds("用于奖补示范单位 10 个，每个单位 1 万元。"));
  REQUIRE(rules_of(under) == std::vector{R::unit_cost_budget});
  CHECK(under[0].message ==
        "资金用途按单价计算：1万元/个×10个=10万元，少于预算数16.63万元（少6.63万元），其余资金的用途没有写明金额。");

  SUBCASE("units convert, and prices in goals count once") {
    CHECK(review(funds("为 1.663 万名学生每人发放 10 元补助")).empty());  // 16630 人 × 10 元
    const auto goal = review(with([](Project& p) { p.goals = {"为 200 名学生每人发放 500 元补助"}; }));
    REQUIRE(rules_of(goal) == std::vector{R::unit_cost_budget});
    CHECK(mentions(goal[0], "绩效目标按单价计算：500元/人×200名=10.00万元"));
    const Document twice = with([](Project& p) {
      p.use_of_funds = "为 200 名学生每人发放 500 元补助";
      p.goals = {"为 200 名学生每人发放 500 元补助"};
    });
    REQUIRE(rules_of(twice) == std::vector{R::unit_cost_budget});
    CHECK(mentions(review(twice)[0], "资金用途按单价计算：500元/人×200名=10.00万元，少于"));  // once, not 20 万元
    const Document both = with([](Project& p) {
      p.use_of_funds = "为 200 名学生每人发放 500 元补助";
      p.goals = {"奖补示范单位 2 个，每个单位 1 万元"};
    });
    REQUIRE(rules_of(both) == std::vector{R::unit_cost_budget});
    CHECK(mentions(review(both)[0], "资金用途和绩效目标按单价计算：500元/人×200名=10.00万元，1万元/个×2个=2万元，合计12.00万元，少于"));
  }
  SUBCASE("the count may be an indicator's target in the price's unit with a name word of the sentence") {
    const auto with_count = [](const char* value) {
      return with([&](Project& p) {
        p.use_of_funds = "奖补科普示范单位，每家 2 万元。";
        p.indicators.insert(p.indicators.begin() + 1,
                            row(Level1::产出指标, Level2::数量指标, "示范单位数量", "奖补的科普示范单位数量", value,
                                "市科协 2025 年工作安排", 20));
      });
    };
    const auto exact = review(with_count("3 家"));
    REQUIRE(rules_of(exact) == std::vector{R::unit_cost_budget});
    CHECK(mentions(exact[0], "2万元/家×3家（指标“示范单位数量”）=6万元，少于预算数16.63万元"));
    CHECK(review(with_count("≥3 家")).empty());  // at least 6 万元: less than the budget is possible
    CHECK(rules_of(with_count("≥9 家")) == std::vector{R::unit_cost_budget});  // at least 18 万元
  }
  SUBCASE("silent: other money named, no count, counts that disagree, a bound on the price") {
    CHECK(review(funds("用于奖补示范单位 10 个，每个单位 1 万元；培训费 6.63 万元。")).empty());
    CHECK(review(funds("用于奖补示范单位，每家 2 万元。")).empty());
    CHECK(review(funds("奖补示范单位 3 家、基地 5 家，每家 2 万元。")).empty());
    CHECK(review(funds("用于奖补示范单位 10 个，每个单位不超过 1 万元。")).empty());
    CHECK(review(funds("用于奖补不少于 10 个单位，每个单位 1 万元。")).empty());
  }
  SUBCASE("the tolerance is the money rules': money_tolerance and allow_rounding") {
    const Document close = funds("用于奖补示范单位 10 个，每个单位 1.66 万元。");  // 16.6 万元
    CHECK(rules_of(close) == std::vector{R::unit_cost_budget});
    ReviewOptions options;
    options.money_tolerance = Decimal::parse("0.05");
    CHECK(review(close, options).empty());
  }
}

TEST_CASE("money rules: an amount beyond exact arithmetic against the budget is not compared, review goes on") {
  // 38 digits against a budget with two places: aligning them needs 40 (found by the review fuzz target).
  const Document d = with([](Project& p) {
    p.use_of_funds = "项目预算总额 77777777777777777777777777777777777777 万元；奖补 3 家，每家 2 万元";
  });
  std::vector<Finding> findings;
  CHECK_NOTHROW(findings = review(d));
  CHECK(rules_of(findings) == std::vector<RuleId>{});
}
