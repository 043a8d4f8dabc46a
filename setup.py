"""Builds the extension jixiao._jixiao with CMake, for the Python that runs pip (pyproject.toml).

The CMake build lives in build-pip/ (JIXIAO_PIP_BUILD_DIR moves it); JIXIAO_CMAKE_ARGS adds
CMake options (`-DJIXIAO_PDF=OFF`); CMake itself reads CMAKE_BUILD_PARALLEL_LEVEL and
CMAKE_CXX_COMPILER_LAUNCHER (ccache) from the environment.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def version() -> str:
    """The version of the CMake project: one number for the library and the package."""
    for line in (ROOT / "CMakeLists.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("project(jixiao VERSION "):
            return line.split()[2]
    raise RuntimeError("CMakeLists.txt names no project version")


class CMakeExtension(Extension):
    def __init__(self, name: str):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        build_dir = Path(os.environ.get("JIXIAO_PIP_BUILD_DIR") or self.build_temp).resolve()
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release",
            f"-DPython_EXECUTABLE={sys.executable}",
            "-DJIXIAO_BUILD_PYTHON=ON", "-DJIXIAO_BUILD_TESTS=OFF", "-DJIXIAO_BUILD_CLI=OFF",
            "-DJIXIAO_BENCHMARKS=OFF",
        ]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        configure += shlex.split(os.environ.get("JIXIAO_CMAKE_ARGS", ""))
        subprocess.run(configure, check=True)
        build = ["cmake", "--build", str(build_dir), "--target", "jixiao_python"]
        if "CMAKE_BUILD_PARALLEL_LEVEL" not in os.environ:
            build += ["--parallel", str(os.cpu_count() or 1)]
        subprocess.run(build, check=True)
        # The module lands in <build>/python/jixiao/ (bindings/CMakeLists.txt), named with this
        # interpreter's suffix, which is the name setuptools expects.
        target = Path(self.get_ext_fullpath(ext.name))
        built = build_dir / "python" / "jixiao" / target.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(
    version=version(),
    ext_modules=[CMakeExtension("jixiao._jixiao")],
    cmdclass={"build_ext": CMakeBuild},
    options={"build": {"build_base": "build-pip"}, "egg_info": {"egg_base": "build-pip"}},
)
