"""`pip install .` into a fresh virtual environment, offline, as docs/python.md tells a user to:

    python3 -m venv --system-site-packages VENV
    VENV/bin/python -m pip install --no-build-isolation --no-index CHECKOUT

then reads the sample with the installed package, from outside the checkout. The checkout is
copied first (without its build directories), so the install writes nothing into the source tree.

    /usr/bin/python3 tests/install/pip_venv.py SOURCE_DIR WORK_DIR
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def run(*command, **kwargs) -> subprocess.CompletedProcess:
    print("pip_venv:", " ".join(map(str, command)), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def main() -> None:
    source, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    checkout, venv = work / "checkout", work / "venv"
    shutil.rmtree(venv, ignore_errors=True)
    shutil.rmtree(checkout, ignore_errors=True)
    # The CMake build of the package is kept between runs (build-pip/ of an earlier copy): with
    # ccache, a second run compiles nothing.
    kept = work / "build-pip"
    shutil.copytree(source, checkout, ignore=shutil.ignore_patterns("build*", ".git", "__pycache__", "*.egg-info",
                                                                    ".hypothesis", ".mypy_cache"))
    if kept.exists():
        kept.rename(checkout / "build-pip")

    run(sys.executable, "-m", "venv", "--system-site-packages", venv)
    python = venv / "bin" / "python"
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the build tree's package must not be what gets imported
    if shutil.which("ccache") and "CMAKE_CXX_COMPILER_LAUNCHER" not in env:
        env["CMAKE_CXX_COMPILER_LAUNCHER"] = "ccache"
    try:
        run(python, "-m", "pip", "install", "--no-build-isolation", "--no-index", "--no-cache-dir", checkout,
            cwd=checkout, env=env)
    finally:
        if (checkout / "build-pip").exists():
            (checkout / "build-pip").rename(kept)

    sample = source / "examples" / "data" / "zjk-kexie-2025-targets.txt"
    check = (
        "import sys, jixiao\n"
        f"assert jixiao.__file__.startswith({str(venv)!r}), jixiao.__file__\n"
        f"doc = jixiao.read({str(sample)!r})\n"
        "assert len(doc.projects) == 26, len(doc.projects)\n"
        "assert len(jixiao.review(doc)) > 0\n"
        "print('pip_venv: read', len(doc.projects), 'projects with', jixiao.__file__)\n"
    )
    run(python, "-c", check, cwd="/", env=env)
    shown = run(python, "-m", "pip", "show", "jixiao", env=env, capture_output=True, text=True).stdout
    assert "Version: " in shown and "Location: " + str(venv) in shown, shown
    print("pip_venv: passed")


if __name__ == "__main__":
    main()
