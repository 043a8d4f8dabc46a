"""Reading the sample from Python: the Document, its lists, frames, JSON, pickling."""

from __future__ import annotations

import pickle
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import jixiao


def test_read_accepts_path_str_text_and_bytes(sample_path):
    by_path = jixiao.read(sample_path)
    assert len(by_path) == 26
    assert jixiao.read(str(sample_path)) == by_path
    text = sample_path.read_text(encoding="utf-8")
    assert jixiao.read(text) == by_path
    assert jixiao.read(text.encode("gb18030")) == by_path
    assert by_path.encoding is jixiao.Encoding.utf8
    assert jixiao.read(text.encode("gb18030")).encoding is jixiao.Encoding.gb18030
    with pytest.raises(TypeError):
        jixiao.read(42)


def test_document_feels_like_python(sample):
    assert sample.year == 2025
    assert "科学技术协会" in sample.department
    first = sample.projects[0]
    assert first is not None and len(first) == len(first.indicators)
    assert [p.code for p in sample][:2] == [p.code for p in sample.projects][:2]
    assert first.budget.total == jixiao.Money("15.75")
    assert first.budget.other is None
    assert isinstance(first.budget.total.wan, Decimal)
    assert first.indicators[0].level1 is jixiao.Level1.产出指标
    assert first.indicators[0].target.kind is jixiao.TargetKind.comparison
    assert "Project(code=" in repr(first)
    assert "projects=26" in repr(sample)
    assert all(isinstance(d, jixiao.Diagnostic) for d in sample.diagnostics)
    assert not any(d.severity is jixiao.Severity.error for d in sample.diagnostics)


def test_lists_are_views_into_the_document(sample):
    doc = pickle.loads(pickle.dumps(sample))
    doc.projects[0].indicators[0].name = "改过的名字"
    assert doc.projects[0].indicators[0].name == "改过的名字"
    assert sample.projects[0].indicators[0].name != "改过的名字"


def test_pickle_keeps_the_document_and_its_diagnostics(sample):
    again = pickle.loads(pickle.dumps(sample))
    assert again == sample
    assert [str(d) for d in again.diagnostics] == [str(d) for d in sample.diagnostics]
    project = sample.projects[5]
    assert pickle.loads(pickle.dumps(project)) == project


def test_indicators_frame_is_tidy_and_exact(sample):
    frame = sample.indicators_frame()
    assert len(frame) == sum(len(p) for p in sample)
    assert frame["level1"].dtype == "category"
    assert frame["target_kind"].dtype == "category"
    assert str(frame["budget_total_fen"].dtype) == "Int64"
    first = sample.projects[0]
    rows = frame[frame["project_code"] == first.code]
    assert len(rows) == len(first)
    assert rows["budget_total_fen"].iloc[0] == first.budget.total.to_fen()
    assert rows["budget_total_wan"].iloc[0] == pytest.approx(15.75)
    output = frame[(frame["level1"] == "产出指标") & (frame["comparator"] == "ge")]
    assert len(output) > 0 and (output["target_value"] > 0).all()
    exact = sample.indicators_frame(decimals=True)
    assert exact.loc[0, "target_decimal"] == first.indicators[0].target.as_comparison().value.value


def test_projects_frame(sample):
    frame = sample.projects_frame()
    assert list(frame["code"]) == [p.code for p in sample]
    assert frame["budget_total_fen"].sum() == sum(p.budget.total.to_fen() for p in sample if p.budget.total)
    assert frame["budget_other_fen"].isna().all()


def test_json_round_trip_and_files(sample, tmp_path: Path):
    out = tmp_path / "doc.json"
    text = jixiao.to_json(sample, out, pretty=True)
    assert out.read_text(encoding="utf-8") == text
    again = jixiao.document_from_json(out)
    assert again == sample
    assert jixiao.to_json(again, pretty=True) == text
    csv = jixiao.to_csv(sample, tmp_path / "doc.csv", bom=True)
    assert csv.startswith("\ufeff")
    table = pd.read_csv(tmp_path / "doc.csv", encoding="utf-8-sig", dtype=str)
    assert len(table) == len(sample.indicators_frame())


def test_html_display(sample):
    # The C++ report's fragments (docs/report.md): the summary with a row per project, and a card.
    html = sample._repr_html_()
    assert html.startswith('<div class="jx jx-fragment"><style>')
    assert html.count("<tr data-project=") == len(sample.projects)
    assert "http" not in html  # no external assets
    card = sample.projects[0]._repr_html_()
    assert card.count('<section class="project-card"') == 1 and '<table class="indicators">' in card


def test_bad_input_gives_diagnostics_not_crashes():
    doc = jixiao.read("")
    assert len(doc) == 0
    assert any(d.severity is jixiao.Severity.error for d in doc.diagnostics)
    with pytest.raises(jixiao.EncodingError) as info:
        jixiao.read(bytes(range(256)) * 10)
    assert info.value.offset == 0 and isinstance(info.value, jixiao.Error)
    truncated = jixiao.read("1.2025 科普经费绩效目标表\n731001 某单位本级\n单位：万元\n项目编码\t130700")
    assert len(truncated) == 1  # a cut-off table is still a project, with diagnostics
    assert truncated.diagnostics
    with pytest.raises(jixiao.Error):
        jixiao.read(Path("/nonexistent/file.txt"))


def test_read_many_reads_in_parallel_in_order(sample_path, sample):
    text = sample_path.read_text(encoding="utf-8")
    sources = [sample_path, text.encode("gb18030"), str(sample_path), text]
    documents = jixiao.read_many(sources, threads=2)
    assert len(documents) == 4 and all(d == sample for d in documents)
    assert documents[1].encoding is jixiao.Encoding.gb18030
    assert jixiao.read_many([]) == []
    with pytest.raises(jixiao.Error):
        jixiao.read_many([sample_path, Path("/nonexistent/file.txt")])


def test_read_many_keeps_every_failure(sample_path, sample):
    missing = Path("/nonexistent/file.txt")
    sources = [sample_path, missing, b"\xff\xfe not a document", str(sample_path)]
    with pytest.raises(jixiao.Error) as raised:
        jixiao.read_many(sources)
    assert str(missing) in "".join(raised.value.__notes__)
    documents = jixiao.read_many(sources, errors="return", threads=1)
    assert documents[0] == sample and documents[3] == sample
    assert isinstance(documents[1], jixiao.Error)
    assert isinstance(documents[2], jixiao.EncodingError)
    with pytest.raises(ValueError):
        jixiao.read_many(sources, errors="ignore")


def test_other_layouts_head_units_and_period_goals():
    text = "\n".join(
        [
            "某某厅2025年部门预算绩效目标",
            "项目绩效目标表",
            "项目名称\t设备购置\t项目编码\t440000250000012345",
            "主管部门\t某某厅\t实施单位\t某某医院",
            "资金情况（万元）\t年度预算数\t500\t其中：财政资金\t450\t其他资金\t50",
            "资金支出计划（万元）\t6月底\t12月底",
            "\t125.5\t500",
            "总体目标\t中期目标\t年度目标",
            "\t三年完成设备更新。\t（一）购置设备50台；（二）验收合格率100%。",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t购置设备数量\t50台",
        ]
    )
    doc = jixiao.read(text)
    project = doc.projects[0]
    assert doc.department == "某某厅"
    assert project.unit_name == "某某医院"
    assert [u.name for u in doc.units] == ["某某医院"]
    assert project.goals == ["购置设备50台；", "验收合格率100%。"]
    assert project.medium_term_goals == ["三年完成设备更新。"]
    plan = project.spending_plan
    assert [(m.percent, m.amount.wan) for m in plan] == [(Decimal("25.1"), Decimal("125.5")), (100, 500)]
    assert [d.code for d in doc.diagnostics] == ["plan-in-amounts"]
    assert jixiao.document_from_json(jixiao.to_json(doc)) == doc


def test_diagnostic_codes_are_an_enum_equal_to_their_written_names():
    catalogue = jixiao.diagnostic_catalogue()
    assert [info.code for info in catalogue] == list(jixiao.DiagnosticCode)
    for info in catalogue:
        assert info.code == info.name and info.code.name == info.name.replace("-", "_")
        assert jixiao.DiagnosticCode(info.name) is info.code
    assert catalogue[0].origin == jixiao.DiagnosticOrigin.reader and catalogue[0].page == "format.md"

    d = jixiao.Diagnostic(line=3, code="cell-too-long", reason="x")
    assert d.code is jixiao.DiagnosticCode.cell_too_long and d.code == "cell-too-long"
    assert "[cell-too-long]" in str(d)
    assert pickle.loads(pickle.dumps(d)) == d
    d.code = jixiao.DiagnosticCode.row_joined
    assert d.code == "row-joined"
    with pytest.raises(TypeError):
        d.code = "cell_too_long"  # the enumerator is not the name
