"""Progress bars for long work over many documents: in a notebook an HTML bar updated in place
(any Jupyter front end; no widget library needed), elsewhere tqdm's text bar (python3-tqdm).
``progress=True`` asks for one; a callable gets ``(done, total)`` after each document instead."""

from __future__ import annotations

import threading
import time
from html import escape
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


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02}"


class _NotebookBar:
    """A <progress> element with the count, the rate and the time left, redrawn at most ten times a
    second through an IPython display handle."""

    def __init__(self, total: int, description: str, unit: str):
        from IPython.display import HTML, display

        self._html = HTML
        self._total, self._description, self._unit = total, description, unit
        self._start = self._drawn = time.monotonic()
        self._done = 0
        self._postfix = ""
        self._handle = display(HTML(self._render()), display_id=True)

    def _render(self) -> str:
        elapsed = time.monotonic() - self._start
        left = ""
        if 0 < self._done < self._total:
            left = f"，剩余 {_clock(elapsed / self._done * (self._total - self._done))}"
        text = f"{self._description} {self._done}/{self._total} {self._unit}{self._postfix}{left}，用时 {_clock(elapsed)}"
        return (f'<div class="jixiao-progress"><progress value="{self._done}" max="{max(self._total, 1)}" '
                f'style="width:20em;vertical-align:middle"></progress> {escape(text)}</div>')

    def update(self, count: int) -> None:
        self._done += count
        now = time.monotonic()
        if self._done == self._total or now - self._drawn >= 0.1:
            self._drawn = now
            self._handle.update(self._html(self._render()))

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        self._postfix = f"，{text}"

    def close(self) -> None:
        self._handle.update(self._html(self._render()))


def _text_bar(total: int, description: str, unit: str):
    try:
        from tqdm import tqdm
    except ImportError as error:
        raise ImportError("progress=True needs tqdm outside a notebook (Debian: python3-tqdm)") from error
    return tqdm(total=total, desc=description, unit=unit)


class _Bar:
    """Counts documents done from any thread; shows them on a bar or tells a callable."""

    def __init__(self, progress: Progress, total: int, description: str, unit: str):
        self._lock = threading.Lock()
        self._done = 0
        self._total = total
        self._callback = progress if callable(progress) else None
        self._shown = None
        if progress is True:
            self._shown = _NotebookBar(total, description, unit) if _in_notebook() else _text_bar(
                total, description, unit)

    def add(self, count: int = 1, *, bytes_per_second: float | None = None) -> None:
        with self._lock:
            self._done += count
            done = self._done
            if self._shown is not None:
                if bytes_per_second is not None:
                    self._shown.set_postfix_str(f"{bytes_per_second / 1e6:.1f} MB/s", refresh=False)
                self._shown.update(count)
        if self._callback is not None:
            self._callback(done, self._total)

    def close(self) -> None:
        if self._shown is not None:
            self._shown.close()

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
