"""The HTML report (docs/report.md): one self-contained page per document, from the C++ renderer."""

from __future__ import annotations

import copy
import datetime
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from . import _jixiao
from .evaluation import _date, read_actuals
from .review import review

if TYPE_CHECKING:
    from .compare import YearComparison

__all__ = ["report", "write_report"]


def report(
    document: _jixiao.Document,
    actuals: "_jixiao.Actuals | str | os.PathLike[str] | None" = None,
    *,
    findings: Iterable[_jixiao.Finding] | None = None,
    comparison: "YearComparison | None" = None,
    as_of: "str | datetime.date | _jixiao.Date | None" = None,
    title: str | None = None,
    options: _jixiao.ReportOptions | None = None,
) -> str:
    """The report of ``document`` as one HTML page (inline CSS and SVG, no external assets).

    ``actuals`` (an :class:`Actuals`, or the path of its CSV or JSON file) adds monitoring at
    ``as_of`` (default: the latest date of the actuals) and self-evaluation. ``comparison`` (from
    :func:`jixiao.compare`, with ``document`` as its new side) adds the year-over-year section.
    ``findings`` default to :func:`jixiao.review` with the default rules, and the comparison's
    findings; pass ``[]`` to show none. ``title`` and ``as_of`` override the fields of ``options``.
    """
    chosen = _jixiao.ReportOptions() if options is None else copy.copy(options)
    if as_of is not None:
        chosen.as_of = _date(as_of)
    if title is not None:
        chosen.title = title
    if isinstance(actuals, (str, os.PathLike)):
        actuals = read_actuals(actuals)
    if findings is not None:
        listed = list(findings)
    else:
        listed = list(review(document)) + (list(comparison.findings) if comparison is not None else [])
        listed.sort(key=lambda f: (f.project is None, f.project or 0, f.line))
    return _jixiao._html_report(
        document, listed, actuals, chosen, comparison.comparison if comparison is not None else None
    )


def write_report(
    document: _jixiao.Document,
    path: "str | os.PathLike[str]",
    actuals: "_jixiao.Actuals | str | os.PathLike[str] | None" = None,
    *,
    findings: Iterable[_jixiao.Finding] | None = None,
    comparison: "YearComparison | None" = None,
    as_of: "str | datetime.date | _jixiao.Date | None" = None,
    title: str | None = None,
    options: _jixiao.ReportOptions | None = None,
) -> Path:
    """Writes :func:`report` to ``path`` (UTF-8) and returns the path."""
    target = Path(path)
    target.write_text(
        report(
            document, actuals, findings=findings, comparison=comparison, as_of=as_of, title=title, options=options
        ),
        encoding="utf-8",
    )
    return target
