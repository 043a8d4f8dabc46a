"""Progress bars for long work over many documents: tqdm's, as a widget in a notebook (with
ipywidgets) and as a text line elsewhere. ``progress=True`` asks for one; a callable gets
``(done, total)`` after each document instead."""

from __future__ import annotations

import threading
from typing import Callable, Union

Progress = Union[bool, Callable[[int, int], object], None]

__all__ = ["Progress", "bar"]


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def _tqdm_class():
    try:
        if _in_notebook():
            import ipywidgets  # noqa: F401 - tqdm.notebook draws with it

            from tqdm.notebook import tqdm

            return tqdm
        from tqdm import tqdm

        return tqdm
    except ImportError as error:
        raise ImportError("progress=True needs tqdm (Debian: python3-tqdm)") from error


class _Bar:
    """Counts documents done from any thread; shows them on a tqdm bar or tells a callable."""

    def __init__(self, progress: Progress, total: int, description: str, unit: str):
        self._lock = threading.Lock()
        self._done = 0
        self._total = total
        self._bytes_per_second: float | None = None
        self._callback = progress if callable(progress) else None
        self._tqdm = None
        if progress is True:
            self._tqdm = _tqdm_class()(total=total, desc=description, unit=unit)

    def add(self, count: int = 1, *, bytes_per_second: float | None = None) -> None:
        with self._lock:
            self._done += count
            done = self._done
            if self._tqdm is not None:
                self._tqdm.update(count)
                if bytes_per_second is not None:
                    self._tqdm.set_postfix_str(f"{bytes_per_second / 1e6:.1f} MB/s", refresh=False)
        if self._callback is not None:
            self._callback(done, self._total)

    def close(self) -> None:
        if self._tqdm is not None:
            self._tqdm.close()

    def __enter__(self) -> "_Bar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def bar(progress: Progress, total: int, description: str = "读取", unit: str = "个文件") -> _Bar:
    """A bar for ``total`` documents: ``with bar(progress, n) as b: … b.add()``. Shows nothing
    when ``progress`` is false."""
    if progress not in (True, False, None) and not callable(progress):
        raise TypeError("progress must be True, False or a callable(done, total)")
    return _Bar(progress, total, description, unit)
