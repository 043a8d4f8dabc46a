"""The notebook of examples/notebooks/ runs from top to bottom in a fresh kernel (Debian's nbclient
and ipykernel), so that it cannot rot: every cell without an error, and the outputs it is there for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="python3-nbformat not installed")
nbclient = pytest.importorskip("nbclient", reason="python3-nbclient not installed")
pytest.importorskip("ipykernel", reason="python3-ipykernel not installed")

NOTEBOOKS = Path(__file__).resolve().parents[2] / "examples" / "notebooks"


def _text(output) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    return data.get("text/html", "") + data.get("text/plain", "")


def test_the_analyst_notebook_runs(tmp_path, monkeypatch):
    # The kernel inherits this environment: the jixiao under test (PYTHONPATH), and a runtime
    # directory of its own for the connection files.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # ipykernel's debugger, on frozen modules
    # The kernel runs in the notebook's folder: a relative PYTHONPATH would point elsewhere there.
    paths = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    notebook = nbformat.read(NOTEBOOKS / "analyst.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError, with the cell and the traceback, when a cell fails

    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    outputs = ["".join(_text(o) for o in cell.outputs) for cell in code]
    assert all(not [o for o in cell.outputs if o.output_type == "error"] for cell in code)
    everything = "\n".join(outputs)
    assert "张家口市科学技术协会" in outputs[0]              # the document's summary
    assert "budget_text_amount" in everything                # the review
    assert "ratio_to_time" in everything                     # monitoring
    assert "grade" in everything                             # self-evaluation
    assert "<iframe srcdoc=" in everything and "project-card" in everything  # the report inline
    assert "zjk-kexie-2025.xlsx" in everything               # the workbook
    assert "sample.docx" in everything and "读取" in everything  # the folder, with its progress bar
    assert not list(NOTEBOOKS.glob("*.xlsx")), "the notebook writes nothing beside itself"
