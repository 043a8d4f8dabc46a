"""jixiao.compare: year over year from Python — pairs, target changes, findings, frames, JSON, report."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal

import jixiao
import pytest


def test_compare_one_document_pairs_the_sample_years(sample):
    result = jixiao.compare(sample)
    c = result.comparison
    assert c.single_document and (c.old_document.year, c.new_document.year) == (2024, 2025)
    names = {p.old.name: p.new.name for p in result.pairs}
    # Every "2024 X" of the sample whose "2025 X" exists is paired with it.
    present = {p.name for p in sample.projects}
    expected = {n: "2025 " + n[5:] for n in present if n.startswith("2024 ") and "2025 " + n[5:] in present}
    assert len(expected) == 6
    assert all(names[old] == new for old, new in expected.items())
    first = result.pairs[0]
    assert first.old_project == first.old and first.new_project == first.new
    assert first.budget.change == jixiao.Money("0.88") and first.budget.percent == Decimal("5.59")
    activities = next(i for i in first.indicators if i.new.name == "活动次数")
    assert activities.target.move is jixiao.TargetMove.lowered
    assert activities.old.target == "≥30 次"
    assert {f.rule for f in result.findings} == {jixiao.RuleId.targets_lowered_budget_rose}


def test_frames(sample):
    result = jixiao.compare(sample)
    pairs = result.pairs_frame()
    assert len(pairs) == len(result.pairs) == 9
    assert pairs["confidence"].cat.ordered and pairs["reason"].dtype == "category"
    assert isinstance(pairs["budget_change"][0], Decimal)
    assert pairs.loc[0, "old_budget"] == Decimal("15.75") and pairs.loc[0, "new_budget"] == Decimal("16.63")
    assert (pairs["raised"] + pairs["lowered"] + pairs["unchanged"] + pairs["not_comparable"]).tolist() == [
        len(p.indicators) for p in result.pairs
    ]
    targets = result.targets_frame()
    assert len(targets) == sum(len(p.indicators) for p in result.pairs)
    lowered = targets[targets["move"] == "lowered"]
    assert "活动次数" in set(lowered["new_name"])
    assert set(targets["match"]) == {"same_name", "renamed"}
    unpaired = result.unpaired_frame()
    assert (unpaired["status"] == "new").sum() == 5 and (unpaired["status"] == "ended").sum() == 3
    assert result._repr_html_().count("<tr>") == len(result.pairs) + 1


def test_two_documents_paths_options_and_rules(sample_path):
    result = jixiao.compare(sample_path, sample_path)
    assert not result.comparison.single_document
    assert {p.reason for p in result.pairs} == {jixiao.PairReason.same_code}
    assert not result.findings
    options = jixiao.CompareOptions(project_similarity=Decimal(95))
    assert len(jixiao.compare(sample_path, options=options).pairs) == 8  # 基本运行费 → 建设 is 90.91 alike
    rules = jixiao.ReviewOptions()
    rules.rule(jixiao.RuleId.targets_lowered_budget_rose).enabled = False
    assert not jixiao.compare(sample_path, rules=rules).findings
    with pytest.raises(jixiao.Error):
        jixiao.compare(sample_path, options=jixiao.CompareOptions(indicator_similarity=Decimal(101)))


def test_parts_of_compare():
    assert jixiao.series_name("冀财教【2023】123号-提前下达2024年科技馆免费开放中央补助资金") == "提前下达科技馆免费开放中央补助资金"
    assert jixiao.name_similarity("活动开展时间", "活动完成时间") == Decimal("66.67")
    year = jixiao.project_year(jixiao.Project(name="信息化建设资金", code="13070024P000765100012"), 2025)
    assert (year.year, year.source) == (2024, jixiao.YearSource.code)
    old = jixiao.Indicator(level1=jixiao.Level1.产出指标, level2=jixiao.Level2.成本指标, target=jixiao.parse_target("≤17.5 万元"))
    new = jixiao.Indicator(level1=jixiao.Level1.产出指标, level2=jixiao.Level2.成本指标, target=jixiao.parse_target("≤15万元"))
    change = jixiao.compare_targets(old, new, 1)
    assert change.move is jixiao.TargetMove.raised and "上限降低" in change.reason


def test_json_and_pickle(sample, tmp_path):
    result = jixiao.compare(sample)
    data = json.loads(result.to_json(tmp_path / "c.json", pretty=True))
    assert data["format"] == "jixiao.comparison" and data["version"] == 1
    assert data["pairs"][0]["old"]["name"] == "2024 开展科技工作者助力乡村振兴经费"
    assert data["pairs"][0]["indicators"][0]["new"]["target"] == "≥10 次"
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8")) == data
    assert pickle.loads(pickle.dumps(result.comparison)) == result.comparison


def test_report_with_a_comparison(sample):
    result = jixiao.compare(sample)
    page = jixiao.report(sample, comparison=result)
    assert '<section class="comparison" id="comparison">' in page
    assert page.count('<tr class="pair"') == len(result.pairs)
    assert result.findings[0].message.split("，")[0] in page
    assert 'id="comparison"' not in jixiao.report(sample)
