"""Actuals, monitoring and self-evaluation from Python (docs/evaluation.md)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import jixiao

ROOT = Path(__file__).resolve().parents[2]
ACTUALS_CSV = ROOT / "examples" / "data" / "zjk-kexie-2025-actuals.csv"
ACTUALS_JSON = ROOT / "examples" / "data" / "zjk-kexie-2025-actuals.json"


@pytest.fixture(scope="module")
def actuals():
    return jixiao.read_actuals(ACTUALS_CSV)


def test_csv_and_json_read_the_same(actuals):
    from_json = jixiao.read_actuals(ACTUALS_JSON)
    assert [a.value for a in from_json.indicators] == [a.value for a in actuals.indicators]
    assert actuals.projects[0].executed == jixiao.Money("7.20")
    assert actuals.indicators[0].likelihood is jixiao.Likelihood.确定能


def test_reader_errors_name_the_place():
    with pytest.raises(jixiao.ParseError, match=r"line 2, column 5 \(as_of\)"):
        jixiao.actuals_from_csv("project_code,indicator,as_of\nP1,,2025-02-30\n")
    with pytest.raises(jixiao.Error, match=r"indicators\[0\]\.actual: expected a string"):
        jixiao.actuals_from_json('{"indicators":[{"project_code":"P1","indicator":"a","as_of":"2025-12-31","actual":3}]}')


def test_grades():
    assert jixiao.grade_of(jixiao.parse_target("部分达成年度指标并具有一定效果")) is jixiao.Grade.部分达成
    assert jixiao.grade_of(jixiao.parse_target("30次")) is None


def test_monitor_frames(sample, actuals):
    m = jixiao.monitor(sample, actuals, datetime.date(2025, 6, 30))
    assert m.report.time_progress == Decimal("50.00")
    projects = m.projects_frame()
    assert list(projects["code"]) == ["13070025P00004010001F", "13070025P00122810010Q", "13070025P00122810013K"]
    assert list(projects["colour"]) == ["yellow", "red", "yellow"]
    assert projects["colour"].cat.ordered
    assert projects.loc[1, "ratio_to_plan"] == Decimal("40.00")
    indicators = m.indicators_frame()
    row = indicators[(indicators["code"] == "13070025P00004010001F") & (indicators["name"] == "提升公民科学素质")]
    assert row["ratio"].item() == Decimal("60.00")  # 1.2万人 of 4万人 × 6/12
    assert row["colour"].item() == "yellow"
    owed = m.explanations_frame()
    assert len(owed) == 5
    assert (owed["reason"] == "").sum() == 3
    assert jixiao.monitor(sample, actuals, "2025-06-30").report == m.report


def test_results_refer_to_the_document_they_were_computed_on(sample, actuals):
    m = jixiao.monitor(sample, actuals, "2025-06-30")
    assert m.document is sample
    status = m.report.projects[0]
    assert jixiao.project_of(sample, status).code == m.projects_frame()["code"][0]
    indicator = jixiao.indicator_of(sample, status, status.indicators[1])
    assert indicator.name == sample.projects[status.project].indicators[1].name
    assert m.indicators_frame()["target"][1] == str(indicator.target)
    spending = next(e for e in m.report.explanations if e.indicator is None)
    assert jixiao.indicator_of(sample, spending) is None
    assert jixiao.subject_of(sample, spending).endswith(" / 预算执行")
    e = jixiao.evaluate(sample, actuals)
    scored = e.evaluation.projects[0]
    assert jixiao.indicator_of(sample, scored, scored.indicators[0]).name == e.indicators_frame()["name"][0]
    # A result paired with another document is refused, not read out of bounds.
    empty = jixiao.Document()
    with pytest.raises(jixiao.Error):
        jixiao.project_of(empty, scored)
    with pytest.raises(jixiao.Error):
        jixiao.SelfEvaluation(e.evaluation, empty).projects_frame()
    findings = jixiao.review(sample)
    assert findings.document is sample
    with pytest.raises(jixiao.Error):
        jixiao.Findings(findings, empty).frame()


def test_a_looked_up_indicator_keeps_its_document_alive(actuals):
    document = jixiao.read(Path(__file__).parents[2] / "examples/data/zjk-kexie-2025-targets.txt")
    scored = jixiao.evaluate(document, actuals).evaluation.projects[0]
    indicator = jixiao.indicator_of(document, scored, scored.indicators[0])
    name = indicator.name
    del document
    import gc

    gc.collect()
    assert indicator.name == name


def test_one_match_serves_monitoring_evaluation_and_the_report(sample, actuals):
    matched = jixiao.match(sample, actuals)
    assert len(matched.projects) == len(actuals.projects)
    assert len(matched.indicators) == len(actuals.indicators)
    assert matched.diagnostics == []
    place = matched.indicators[0]
    assert sample.projects[place.project].indicators[place.indicator].name == actuals.indicators[0].indicator
    june = datetime.date(2025, 6, 30)
    assert jixiao.monitor(sample, actuals, june, matched=matched).report == jixiao.monitor(sample, actuals, june).report
    assert jixiao.evaluate(sample, actuals, matched=matched).evaluation == jixiao.evaluate(sample, actuals).evaluation
    page = jixiao._jixiao._html_report(sample, [], actuals, jixiao.ReportOptions(), None, matched)
    assert page == jixiao._jixiao._html_report(sample, [], actuals, jixiao.ReportOptions())
    figures = jixiao.match_actuals(sample, actuals, jixiao.Date(year=2025, month=6, day=30), matched)
    assert figures == jixiao.match_actuals(sample, actuals, jixiao.Date(year=2025, month=6, day=30))
    with pytest.raises(ValueError, match="matched= applies with actuals"):
        jixiao.evaluate(sample, None, matched=matched)


def test_rows_that_match_nothing_are_reported(sample):
    unmatched = jixiao.read_actuals(ROOT / "tests" / "data" / "actuals" / "unmatched.csv")
    matched = jixiao.match(sample, unmatched)
    # The first row matches; each other row is reported, in the order of the rows, with its line.
    assert matched.indicators[0] is not None and matched.indicators[1:] == [None, None, None]
    codes = jixiao.DiagnosticCode
    assert [d.code for d in matched.diagnostics] == [
        codes.actual_unknown_indicator,
        codes.actual_unknown_project,
        codes.actual_ambiguous,
    ]
    assert [d.line for d in matched.diagnostics] == [3, 4, 5]
    assert jixiao.monitor(sample, unmatched, "2025-06-30", matched=matched).report.diagnostics == matched.diagnostics
    fewer = jixiao.Actuals(projects=unmatched.projects, indicators=unmatched.indicators[1:])
    with pytest.raises(jixiao.Error, match="match these actuals again"):
        jixiao.evaluate(sample, fewer, matched=matched)


def test_colour_edges():
    assert jixiao.colour_of(Decimal("60")) is jixiao.Colour.yellow
    assert jixiao.colour_of(Decimal("80")) is jixiao.Colour.green
    assert jixiao.colour_of(Decimal("120")) is jixiao.Colour.blue
    assert jixiao.colour_of(Decimal("59.99")) is jixiao.Colour.red


def test_evaluate_worked_example(sample, actuals):
    e = jixiao.evaluate(sample, actuals)
    projects = e.projects_frame()
    first = projects.iloc[0]
    assert first["code"] == "13070025P00004010001F"
    assert first["total"] == Decimal("96.9312988573")  # docs/evaluation.md, worked example
    assert first["grade"] == "优"
    scores = e.indicators_frame()
    assert isinstance(scores["score"].iloc[0], Decimal)
    unexplained = scores[scores["unmet_without_reason"]]
    assert "群众满意度" in set(unexplained["name"])
    late = scores[scores["name"] == "按时完成专项调查"].iloc[0]
    assert late["score"] == 0 and late["rule"] == "date"
    people = scores[(scores["code"] == "13070025P00122810010Q") & (scores["name"] == "受益人数")].iloc[0]
    assert people["outcome"] == "met"  # 12500人 against ≥1万人


def test_evaluate_options(sample, actuals):
    options = jixiao.EvaluateOptions(reverse=jixiao.ReverseConvention.ratio, output_weight=Decimal(60))
    e = jixiao.evaluate(sample, actuals, options)
    assert any(d.code == "weights-sum" for d in e.diagnostics)
    scores = e.indicators_frame()
    cost = scores[scores["name"] == "开展帮扶工作预算成本"].iloc[0]
    assert cost["score"] == Decimal("8.6956521739")  # 2 / 2.3 × 10
    assert jixiao.evaluation_grade(Decimal("89.99")) is jixiao.EvaluationGrade.良
    assert isinstance(e.projects_frame(), pd.DataFrame)


LAYOUTS = ROOT / "tests" / "data" / "layouts"
AUDITED = ROOT / "examples" / "data" / "zjk-kexie-2024-self-evaluation.txt"


def test_a_self_evaluation_carries_what_it_reports():
    doc = jixiao.read(LAYOUTS / "central-self-evaluation.xlsx")
    project = doc.projects[0]
    reported = project.self_evaluation
    assert isinstance(reported, jixiao.ReportedSelfEvaluation)
    assert reported.funds_total().executed == jixiao.Money("38.62")
    assert reported.indicators[0].actual.raw == "126次"
    assert reported.indicators[0].score == Decimal("14.54")
    assert reported.total == Decimal("97.08")
    assert [p.text for p in project.level1_points] == ["产出指标", "效益指标", "满意度指标"]


def test_evaluate_without_actuals_audits_the_reported_scores():
    doc = jixiao.read(AUDITED)
    evaluation = jixiao.evaluate(doc)
    indicators = evaluation.indicators_frame()
    assert list(indicators.columns[-4:]) == ["reported", "difference", "note", "reason"]
    first = indicators.iloc[0]
    assert first["name"] == "学术交流活动次数"
    assert first["score"] == Decimal(18)
    assert first["reported"] == Decimal(20)
    assert first["difference"] == Decimal(2)
    projects = evaluation.projects_frame()
    assert projects.loc[0, "reported_total"] == Decimal(95)  # the form's own 总分
    assert projects.loc[0, "total"] == Decimal(101)
    assert [d.code for d in evaluation.diagnostics] == ["weights-sum"]


def test_the_audit_rules_review_a_self_evaluation():
    findings = jixiao.review(jixiao.read(AUDITED))
    family = {info.id: info.family for info in jixiao.rule_catalogue()}
    audit = {f.rule.value for f in findings if family[f.rule] is jixiao.RuleFamily.self_evaluation}
    assert audit == {"weights_sum", "execution_rate", "funds_score", "full_marks_unmet", "shortfall_without_reason",
                     "level1_points", "deduction_without_reason", "word_actual", "score_over_weight", "scores_sum",
                     "grade_against_total"}


def test_department_tables_and_form_fields_from_python():
    doc = jixiao.read(LAYOUTS / "department-whole.html")
    table = doc.goals.tables[0]
    assert isinstance(table, jixiao.DepartmentTable)
    assert table.common.unit_code == "731001"
    assert [d.function for d in table.duties][:2] == ["科学普及", "科学普及"]
    assert table.income[0].percent == Decimal("96.5")
    county = jixiao.read(LAYOUTS / "county-forms.docx")
    assert [(f.label, f.value) for f in county.projects[0].fields][:2] == [
        ("项目审批文号", "某水发〔2024〕18号"),
        ("项目属性", "经常性项目"),
    ]
