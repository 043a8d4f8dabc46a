"""Python benchmarks of issue 7: ``indicators_frame()`` on a document of about 1,000,000
indicators (rows/s), and reading many documents on all cores: ``jixiao.read_many`` (C++ threads,
no GIL) with one thread and with one per core, beside a ThreadPoolExecutor over ``jixiao.read``.

Run with the build tree's package on the path, e.g.::

    PYTHONPATH=build-bench/python /usr/bin/python3 benchmarks/bench_python.py

The documents come from the C++ generator (``make_corpus``, built beside the benchmark binary),
so both benchmarks read the same corpus family.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jixiao


def best_of(repeat: int, action) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by other load. The result is
    freed after the clock stops: reading is timed, not the caller later dropping what it read
    (which happens on one thread and would count as serial work of the parallel reader)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
        del result
    return best


def make_corpus(tool: Path, directory: Path, documents: int, projects: int, seed: int) -> list[Path]:
    subprocess.run([str(tool), str(directory), str(documents), str(projects), str(seed)], check=True)
    return sorted(directory.glob("doc-*.txt"))


def read_with_python_threads(paths: list[Path], workers: int) -> list[jixiao.Document]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(jixiao.read, paths))


def read_many(paths: list[Path], workers: int) -> list[jixiao.Document]:
    return jixiao.read_many(paths, threads=workers)


def projects(documents: list[jixiao.Document]) -> int:
    return sum(len(document.projects) for document in documents)


def main() -> int:
    default_tool = Path(jixiao.__file__).resolve().parents[2] / "benchmarks" / "make_corpus"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--make-corpus", type=Path, default=default_tool, help="the corpus generator")
    parser.add_argument("--projects", type=int, default=66_667,
                        help="projects in the frame document (~15 indicators each: 66,667 is ~1,000,000 rows)")
    parser.add_argument("--documents", type=int, default=32, help="documents read in parallel")
    parser.add_argument("--document-projects", type=int, default=200, help="projects per parallel document")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (the best is kept)")
    args = parser.parse_args()
    if not args.make_corpus.is_file():
        parser.error(f"{args.make_corpus} not found: build the target make_corpus (JIXIAO_BENCHMARKS=ON)")

    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        (frame_path,) = make_corpus(args.make_corpus, Path(tmp) / "frame", 1, args.projects, 1)
        document = jixiao.read(frame_path)
        rows = len(document.indicators_frame())
        frame_seconds = best_of(args.repeat, document.indicators_frame)
        decimals_seconds = best_of(args.repeat, lambda: document.indicators_frame(decimals=True))

        del document  # the frame document is large; the reading figures should not page it
        paths = make_corpus(args.make_corpus, Path(tmp) / "many", args.documents, args.document_projects, 100)
        corpus_mb = sum(p.stat().st_size for p in paths) / 1e6
        expected = args.documents * args.document_projects
        if projects(read_many(paths, cores)) != expected or projects(read_with_python_threads(paths, 1)) != expected:
            raise SystemExit("the reader lost projects")
        native = {n: best_of(args.repeat, lambda: read_many(paths, n)) for n in (1, cores)}
        threads = {n: best_of(args.repeat, lambda: read_with_python_threads(paths, n)) for n in (1, cores)}

    print(f"indicators_frame(): {rows} rows in {frame_seconds * 1e3:.1f} ms = {rows / frame_seconds:,.0f} rows/s "
          f"(1,000,000 rows: {1e6 / rows * frame_seconds:.2f} s)")
    print(f"indicators_frame(decimals=True): {rows / decimals_seconds:,.0f} rows/s "
          f"(1,000,000 rows: {1e6 / rows * decimals_seconds:.2f} s)")
    print(f"read {args.documents} documents ({corpus_mb:.1f} MB, {expected} projects):")
    for label, times in (("jixiao.read_many", native), ("ThreadPoolExecutor(jixiao.read)", threads)):
        print(f"  {label}: 1 thread {times[1]:.3f} s ({corpus_mb / times[1]:.1f} MB/s), {cores} threads "
              f"{times[cores]:.3f} s ({corpus_mb / times[cores]:.1f} MB/s): speed-up {times[1] / times[cores]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
