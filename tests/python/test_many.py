"""Whole folders: read_many on a folder of mixed formats, with progress, and frames over many documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import jixiao

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"


def _pdf_supported() -> bool:
    try:
        jixiao.read(FORMATS / "sample-sheets.pdf")
    except jixiao.UnsupportedFormatError:
        return False
    return True


@pytest.fixture(scope="module")
def folder(tmp_path_factory, sample_path):
    """The sample in every format the build reads, a file that cannot be read, and one no document."""
    root = tmp_path_factory.mktemp("mixed")
    (root / "sub").mkdir()
    for name in ("sample.docx", "sample-onesheet.xlsx"):
        shutil.copy(FORMATS / name, root / name)
    shutil.copy(FORMATS / "sample-utf8.html", root / "sub" / "sample-utf8.html")
    shutil.copy(sample_path, root / "sub" / "sample.txt")
    if _pdf_supported():
        shutil.copy(FORMATS / "sample-sheets.pdf", root / "sample-sheets.pdf")
    shutil.copy(ROOT / "tests" / "data" / "bad" / "garbage.bin", root / "garbage.txt")
    shutil.copy(ROOT / "examples" / "data" / "zjk-kexie-2025-actuals.csv", root / "notes.csv")
    return root


def test_a_folder_reads_every_document_in_it(folder, sample):
    documents = jixiao.read_many([folder], errors="return")
    names = [Path(d.path).name if isinstance(d, jixiao.Document) else None for d in documents]
    expected = ["sample-onesheet.xlsx"] + (["sample-sheets.pdf"] if _pdf_supported() else []) + [
        "sample.docx", "sample-utf8.html", "sample.txt"]
    assert isinstance(documents[0], jixiao.EncodingError)  # garbage.txt, first by name
    assert names[1:] == expected
    for document in documents[1:]:
        assert len(document.projects) == len(sample.projects)
        assert [p.code for p in document.projects] == [p.code for p in sample.projects]
    with pytest.raises(jixiao.EncodingError) as raised:
        jixiao.read_many([folder])
    assert "garbage.txt" in str(raised.value.__notes__)


def test_progress_reports_each_document(folder, sample_path):
    calls = []
    documents = jixiao.read_many([folder, sample_path.read_bytes()], errors="return",
                                 progress=lambda done, total: calls.append((done, total)))
    total = len(documents)
    assert sorted(calls) == [(n, total) for n in range(1, total + 1)]


def test_progress_true_draws_a_tqdm_bar(folder, capsys):
    pytest.importorskip("tqdm", reason="python3-tqdm not installed")
    jixiao.read_many([folder], errors="return", progress=True)
    err = capsys.readouterr().err
    assert "读取" in err and "个文件" in err and "MB/s" in err


def test_an_exception_from_the_progress_callback_stops_the_reading(sample_path):
    def interrupt(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        jixiao.read_many([sample_path] * 50, threads=2, progress=interrupt)


def test_frames_over_many_documents(folder):
    documents = [d for d in jixiao.read_many([folder], errors="return") if isinstance(d, jixiao.Document)]
    frame = jixiao.indicators_frame_of(documents, progress=lambda done, total: None)
    assert frame.columns[0] == "file"
    assert list(frame["file"].unique()) == [d.path for d in documents]
    assert len(frame) == sum(len(d.indicators_frame()) for d in documents)
    projects = jixiao.projects_frame_of(documents)
    assert len(projects) == sum(len(d.projects) for d in documents)
    unnamed = jixiao.indicators_frame_of([jixiao.read(Path(documents[0].path).read_bytes())])
    assert set(unnamed["file"]) == {"document 1"}
