"""Exact values cross the Python border exactly; value types behave like Python values."""

from __future__ import annotations

import copy
import decimal
import pickle
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

import jixiao


def test_money_from_decimal_str_int_and_refuses_float():
    assert jixiao.Money(Decimal("17.5")).wan == Decimal("17.5")
    assert jixiao.Money("17.5万元") == jixiao.Money(Decimal("17.50"))
    assert jixiao.Money(6).yuan == Decimal("60000")
    assert jixiao.Money("175000元") == jixiao.Money("17.5")
    with pytest.raises(TypeError, match="not exact"):
        jixiao.Money(17.5)
    assert jixiao.Money(jixiao.decimal_from_float(17.5, 2)).wan == Decimal("17.50")


def test_money_formats_converts_and_sums_exactly():
    m = jixiao.Money("17.5")
    assert str(m) == "17.50万元"
    assert m.to_yuan_string() == "175,000.00元"
    assert m.to_fen() == 17_500_000
    assert repr(m) == "Money('17.5')"
    total = sum((jixiao.Money("0.0001") for _ in range(10_000)), jixiao.Money(0))
    assert total == jixiao.Money("1")
    assert isinstance(m.wan, Decimal)
    assert m * Decimal("2") == jixiao.Money("35")
    assert jixiao.Money("49.99") < jixiao.Money("51")


def test_money_is_hashable_picklable_and_copyable():
    m = jixiao.Money("15.750")
    assert hash(m) == hash(jixiao.Money("15.75"))
    assert pickle.loads(pickle.dumps(m)) == m
    assert str(pickle.loads(pickle.dumps(m)).wan) == "15.750"
    assert copy.deepcopy(m) == m


def test_errors_map_to_the_documented_hierarchy():
    with pytest.raises(jixiao.ParseError) as info:
        jixiao.Money("12a")
    assert isinstance(info.value, jixiao.Error) and isinstance(info.value, ValueError)
    assert info.value.column == 3
    with pytest.raises(jixiao.DivisionByZeroError):
        jixiao.divide(1, 0, 2)
    with pytest.raises(jixiao.OverflowError):
        jixiao.Money("9" * 38) * Decimal("10")
    with pytest.raises(ValueError):
        jixiao.Money(Decimal("NaN"))


def test_division_needs_scale_and_rounding():
    assert jixiao.divide(1, 8, 2, jixiao.Rounding.half_even) == Decimal("0.12")
    assert jixiao.divide(1, 8, 2, jixiao.Rounding.half_up) == Decimal("0.13")
    assert jixiao.percent_of("15.75", "17.5", 2) == Decimal("90.00")


def test_enums_are_python_enums_with_chinese_names():
    import enum

    assert issubclass(jixiao.Level1, enum.Enum)
    assert jixiao.Level1("产出指标") is jixiao.Level1.产出指标
    assert [m.value for m in jixiao.Level2][:4] == ["数量指标", "质量指标", "时效指标", "成本指标"]
    assert jixiao.level2_from_text("社会效益指 标") is jixiao.Level2.社会效益指标
    assert jixiao.level1_from_text("完全不认识") is jixiao.Level1.其他
    assert pickle.loads(pickle.dumps(jixiao.TargetKind.comparison)) is jixiao.TargetKind.comparison


def test_targets_parse_check_and_pickle():
    t = jixiao.parse_target("≥30 次")
    assert t.kind is jixiao.TargetKind.comparison
    assert t.as_comparison().comparator is jixiao.Comparator.ge
    assert t.as_comparison().value.value == Decimal("30")
    assert t.as_comparison().value.unit.symbol == "次"
    assert t.raw == "≥30 次"
    assert t.check("32次").outcome is jixiao.Outcome.met
    assert t.check("29次").outcome is jixiao.Outcome.not_met
    people = jixiao.parse_target("≥1.5万人")
    assert people.check("15000人").outcome is jixiao.Outcome.met
    assert people.check("14999人").outcome is jixiao.Outcome.not_met
    assert pickle.loads(pickle.dumps(t)) == t
    assert hash(t) == hash(jixiao.parse_target("≥30 次"))
    assert "≥30 次" in repr(t)
    assert jixiao.parse_target("12月15日前", year=2025).as_deadline().date == jixiao.Date(year=2025, month=12, day=15)


def test_target_accessors_give_the_kinds_data_only():
    t = jixiao.parse_target("90%-95%")
    assert t.kind is jixiao.TargetKind.range
    assert t.if_range() == t.as_range() and t.as_range().lower.value == 90 and t.as_range().upper.value == 95
    assert t.if_comparison() is None and t.if_amount() is None and t.if_unparsed() is None
    with pytest.raises(jixiao.Error, match="is range, not comparison"):
        t.as_comparison()
    duration = jixiao.parse_target("≤3个月")
    assert isinstance(duration.if_amount(), jixiao.Duration) and duration.as_duration().comparator is jixiao.Comparator.le
    assert jixiao.parse_target("进一步提升").as_qualitative().text == "进一步提升"
    assert jixiao.parse_target("涉密").if_redacted() == jixiao.Redacted()
    assert "no number" in jixiao.parse_target("abc").as_unparsed().reason
    # Built from raw text and data; emplace changes the kind and keeps what every kind has.
    q = jixiao.Quantity(value=30, unit=jixiao.Unit("次"))
    built = jixiao.Target("≥30 次", jixiao.Comparison(comparator=jixiao.Comparator.ge, comparator_written=True, value=q),
                          direction=jixiao.Direction.forward)
    assert built == jixiao.parse_target("≥30 次")
    built.emplace(jixiao.Deadline(date=jixiao.Date(year=2025, month=6, day=30)))
    assert built.kind is jixiao.TargetKind.deadline and built.raw == "≥30 次"
    assert built.direction is jixiao.Direction.forward
    assert str(built) == "≤2025-06-30"
    assert pickle.loads(pickle.dumps(built)) == built and copy.deepcopy(built) == built
    assert jixiao.Target().kind is jixiao.TargetKind.unparsed
    with pytest.raises(TypeError):
        jixiao.Target("x", 5)


def test_units_are_registry_entries():
    u = jixiao.Unit("万人")
    assert u == jixiao.lookup_unit(" 万 人 ") and u.symbol == "万人" and u.base == "人" and u.known
    assert u.base_unit() == jixiao.Unit("人") and jixiao.Unit() == jixiao.lookup_unit("")
    assert jixiao.Unit("斤两") == jixiao.Unit("斤两") and jixiao.Unit("斤两") != jixiao.Unit("A级")
    assert pickle.loads(pickle.dumps(jixiao.Unit("斤两"))) == jixiao.Unit("斤两")
    assert hash(u) == hash(jixiao.lookup_unit("万人"))
    assert jixiao.known_units()[0] == jixiao.Unit("次")
    with pytest.raises(AttributeError):
        u.symbol = "人"  # a reference into the registry: read-only


def test_unit_registry_and_quantities():
    assert jixiao.lookup_unit("万人").factor == Decimal("10000")
    assert jixiao.lookup_unit("百分比").kind is jixiao.UnitKind.percent
    unknown = jixiao.lookup_unit("斤两")
    assert unknown.kind is jixiao.UnitKind.unknown and unknown.symbol == "斤两" and not unknown.known
    a = jixiao.Quantity(value=Decimal("1.5"), unit=jixiao.lookup_unit("万人"))
    b = jixiao.Quantity(value=15000, unit=jixiao.lookup_unit("人"))
    assert a == b and hash(a) == hash(b)
    with pytest.raises(TypeError):
        jixiao.Quantity(value=1.5, unit=jixiao.lookup_unit("人"))


decimals = st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**20), max_value=10**20)


@given(decimals)
def test_decimal_round_trip_is_exact(d):
    m = jixiao.Money(d)
    assert m.wan == d
    assert pickle.loads(pickle.dumps(m)).wan == d


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["次", "人", "万人", "%", "万元", "平方米", "天"]),
       st.sampled_from(["≥", "≤", ">", "<", "", "="]))
def test_target_round_trip_keeps_raw_and_value(n, unit, comparator):
    text = f"{comparator}{n}{unit}"
    t = jixiao.parse_target(text)
    assert t.raw == text
    amount = t.if_amount()
    assert amount is not None and t.kind in (jixiao.TargetKind.comparison, jixiao.TargetKind.duration)
    assert amount.value.value == n
    assert pickle.loads(pickle.dumps(t)) == t
