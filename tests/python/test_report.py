"""The HTML report from Python: jixiao.report, jixiao.write_report, ReportOptions and notebook display."""

from __future__ import annotations

import datetime
from pathlib import Path

import jixiao

ROOT = Path(__file__).resolve().parents[2]
ACTUALS = ROOT / "examples" / "data" / "zjk-kexie-2025-actuals.csv"


def test_report_is_one_page_with_a_card_per_project(sample):
    page = jixiao.report(sample)
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert page.count('<section class="project-card"') == len(sample.projects)
    assert page.count('<svg class="plan-chart"') == len(sample.projects)
    # By default the findings are the review's with the default rules.
    assert page.count('<li class="finding ') == len(jixiao.review(sample))
    assert '<li class="finding ' not in jixiao.report(sample, findings=[])
    assert '<polyline class="actual-line"' not in page


def test_actuals_from_a_path_or_a_value_with_a_date(sample):
    from_path = jixiao.report(sample, ACTUALS, as_of="2025-06-30")
    assert "实际数据截至 2025-06-30" in from_path
    assert '<polyline class="actual-line"' in from_path
    actuals = jixiao.read_actuals(ACTUALS)
    assert jixiao.report(sample, actuals, as_of=datetime.date(2025, 6, 30)) == from_path
    assert "实际数据截至 2025-12-31" in jixiao.report(sample, actuals)


def test_options_and_title(sample):
    options = jixiao.ReportOptions(projects=False)
    page = jixiao.report(sample, options=options, title="科协 <2025>")
    assert '<section class="project-card"' not in page
    assert "<title>科协 &lt;2025&gt;</title>" in page
    assert options.title == "" and options.as_of is None  # the caller's options are left alone
    assert options == jixiao.ReportOptions(projects=False)


def test_write_report(sample, tmp_path):
    path = jixiao.write_report(sample, tmp_path / "report.html", ACTUALS)
    assert path == tmp_path / "report.html"
    assert path.read_text(encoding="utf-8") == jixiao.report(sample, ACTUALS)


def test_text_is_escaped(sample):
    project = jixiao.Project(name="<script>alert(1)</script>", code="P&1")
    document = jixiao.Document(department="部门", year=2025)
    document.projects.append(project)
    page = jixiao.report(document)
    assert page.count("<script>") == 1  # the page's sorting script only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and 'data-code="P&amp;1"' in page
    card = project._repr_html_()
    assert "<script" not in card and "&lt;script&gt;" in card
