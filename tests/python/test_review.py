"""Review from Python: findings, options, rules files, frames and display."""

from __future__ import annotations

import json
import pickle

import pytest

import jixiao


def test_review_of_the_sample_matches_the_cpp_snapshot_counts(sample):
    findings = jixiao.review(sample)
    assert isinstance(findings, jixiao.Findings) and len(findings) > 0
    assert all(isinstance(f, jixiao.Finding) for f in findings)
    assert len(findings.errors()) == sum(1 for f in findings if f.severity is jixiao.Severity.error)
    rules = {f.rule for f in findings}
    # Defects of the sample that any reviewer must catch (see tests/cpp/review_sample_test.cpp).
    assert jixiao.RuleId.budget_text_amount in rules
    assert jixiao.RuleId.plan_scale in rules
    assert jixiao.RuleId.direction_against_category in rules
    first = next(f for f in findings if f.rule is jixiao.RuleId.budget_text_amount)
    assert first.project == 0 and first.line > 0 and "17.5" in first.message


def test_rules_can_be_switched_off_and_regraded(sample):
    options = jixiao.ReviewOptions()
    options.rule(jixiao.RuleId.plan_scale).enabled = False
    setting = options.rule(jixiao.RuleId.budget_text_amount)
    setting.severity = jixiao.Severity.info
    findings = jixiao.review(sample, options)
    assert not any(f.rule is jixiao.RuleId.plan_scale for f in findings)
    assert all(f.severity is jixiao.Severity.info for f in findings if f.rule is jixiao.RuleId.budget_text_amount)


def test_rules_file_round_trip(sample, tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": {"plan_scale": {"enabled": False}}}), encoding="utf-8")
    options = jixiao.load_rules(path)
    assert not options.rule(jixiao.RuleId.plan_scale).enabled
    assert jixiao.load_rules(options.to_json()) == options
    with pytest.raises(jixiao.Error):
        jixiao.load_rules('{"rules": {"no_such_rule": {}}}')


def test_catalogue_and_findings_are_python_values(sample):
    catalogue = jixiao.rule_catalogue()
    assert {r.id for r in catalogue} == set(jixiao.RuleId)
    findings = jixiao.review(sample)
    assert pickle.loads(pickle.dumps(findings[0])) == findings[0]
    frame = findings.frame()
    assert len(frame) == len(findings) and frame["severity"].dtype == "category"
    assert frame["severity"].cat.ordered
    html = findings._repr_html_()
    assert html.count("<tr>") == len(findings) + 1


def test_detect_tree(sample):
    assert jixiao.detect_tree(sample) is jixiao.IndicatorTree.classic
