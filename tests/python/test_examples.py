"""The examples and the packaging: what a new user runs must work."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_analyst_walkthrough_runs(tmp_path):
    script = ROOT / "examples" / "python" / "analyst_walkthrough.py"
    result = subprocess.run([sys.executable, str(script), str(ROOT / "examples/data/zjk-kexie-2025-targets.txt"),
                             str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "document.json").is_file()
    assert (tmp_path / "indicators.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "findings" in result.stdout


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="python3-mypy not installed")
def test_stubs_type_check(tmp_path):
    import jixiao

    package = Path(jixiao.__file__).parent
    assert (package / "py.typed").is_file() and (package / "_jixiao.pyi").is_file()
    usage = tmp_path / "usage.py"
    usage.write_text(
        "import jixiao\n"
        "import pathlib\n"
        "from decimal import Decimal\n"
        "doc = jixiao.read('x.txt')\n"
        "total: Decimal = sum((p.budget.total.wan for p in doc if p.budget.total), Decimal(0))\n"
        "t = jixiao.parse_target('≥30 次')\n"
        "r: jixiao.Outcome = t.check('32次').outcome\n"
        "f = jixiao.review(doc)\n"
        "page: str = jixiao.report(doc, 'actuals.csv', findings=f, as_of='2025-06-30', title='t')\n"
        "written: pathlib.Path = jixiao.write_report(doc, 'r.html', options=jixiao.ReportOptions(projects=False))\n",
        encoding="utf-8",
    )
    env = dict(os.environ, MYPYPATH=str(package.parent))
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir=/dev/null", "--ignore-missing-imports", "--follow-imports=silent",
                             str(usage)], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
