"""Read a folder of target documents with dask into one pandas indicators frame.

    PYTHONPATH=build/python /usr/bin/python3 examples/python/dask_folder.py FOLDER OUT.pkl [--pattern '*.txt']

One dask task per file: it reads the document and returns its ``indicators_frame()`` with a
``source`` column (the file). Dask's multiprocessing scheduler (``scheduler="processes"``) runs
the tasks in worker processes and pickles the frames back; they are concatenated in file order
and written with ``DataFrame.to_pickle``. ``read_folder`` does the same with the documents
themselves: jixiao objects pickle, so a ``Document`` comes back from a worker whole.

The functions do not depend on the scheduler: on a dask cluster the same code runs with a
``dask.distributed.Client`` (docs/python.md, "Beyond one machine").
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import dask
import dask.bag
import pandas as pd

import jixiao


def indicators_of(path: str) -> pd.DataFrame:
    """The indicators frame of one document, with the file it came from as the first column."""
    frame = jixiao.read(Path(path)).indicators_frame()
    frame.insert(0, "source", path)
    return frame


def folder_paths(folder: str | Path, pattern: str = "*.txt") -> list[str]:
    return sorted(str(p) for p in Path(folder).glob(pattern))


def folder_frame(folder: str | Path, pattern: str = "*.txt", scheduler: str = "processes") -> pd.DataFrame:
    """One indicators frame for every document of ``folder`` (one row per indicator)."""
    paths = folder_paths(folder, pattern)
    if not paths:
        raise FileNotFoundError(f"no {pattern} in {folder}")
    # One partition per file: a task is one document, the unit the workers share out.
    frames = dask.bag.from_sequence(paths, npartitions=len(paths)).map(indicators_of).compute(scheduler=scheduler)
    # Categories differ from file to file; pandas turns those columns into plain object columns.
    return pd.concat(frames, ignore_index=True)


def read_folder(folder: str | Path, pattern: str = "*.txt", scheduler: str = "processes") -> list[jixiao.Document]:
    """The documents of ``folder``, read in worker processes and pickled back, in file order."""
    tasks = [dask.delayed(jixiao.read)(Path(path)) for path in folder_paths(folder, pattern)]
    return list(dask.compute(*tasks, scheduler=scheduler))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path, help="where the frame is written (pandas pickle)")
    parser.add_argument("--pattern", default="*.txt")
    args = parser.parse_args()
    start = time.perf_counter()
    frame = folder_frame(args.folder, args.pattern)
    frame.to_pickle(args.out)
    print(f"{frame['source'].nunique()} documents, {len(frame)} indicators in {time.perf_counter() - start:.1f} s "
          f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
