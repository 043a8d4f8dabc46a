"""The dask example (examples/python/dask_folder.py) against reading the same files one by one."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import jixiao

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "python" / "dask_folder.py"

pytestmark = pytest.mark.skipif(importlib.util.find_spec("dask") is None, reason="python3-dask not installed")


@pytest.fixture(scope="module")
def folder(tmp_path_factory, sample_path) -> Path:
    """Three documents: the sample, the sample in GB18030, and the sample with other project codes."""
    folder = tmp_path_factory.mktemp("documents")
    text = sample_path.read_text(encoding="utf-8")
    (folder / "a-sample.txt").write_text(text, encoding="utf-8")
    (folder / "b-gbk.txt").write_bytes(text.encode("gb18030"))
    other = text.replace("13070025P", "13070026P")
    assert other != text
    (folder / "c-other-codes.txt").write_text(other, encoding="utf-8")
    (folder / "notes.md").write_text("not a document", encoding="utf-8")
    return folder


def sequential_frame(folder: Path) -> pd.DataFrame:
    frames = []
    for path in sorted(folder.glob("*.txt")):
        frame = jixiao.read(path).indicators_frame()
        frame.insert(0, "source", str(path))
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def test_example_reads_a_folder_into_one_frame(folder, tmp_path):
    out = tmp_path / "indicators.pkl"
    result = subprocess.run([sys.executable, str(EXAMPLE), str(folder), str(out)], capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    frame = pd.read_pickle(out)
    expected = sequential_frame(folder)
    assert frame["source"].nunique() == 3
    assert len(frame) == 3 * sum(len(p) for p in jixiao.read(folder / "a-sample.txt"))
    pd.testing.assert_frame_equal(frame, expected)
    assert "3 documents" in result.stdout


def test_documents_come_back_from_worker_processes(folder, monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLE.parent))
    import dask_folder

    documents = dask_folder.read_folder(folder)
    expected = [jixiao.read(path) for path in sorted(folder.glob("*.txt"))]
    assert documents == expected  # pickled in the workers, equal field by field
    renamed = [any(p.code.startswith("13070026P") for p in d) for d in documents]
    assert renamed == [False, False, True]
