"""The xlsx workbook (include/jixiao/xlsx.hpp): one or several documents with their review and,
given actuals, monitoring and self-evaluation, as typed tidy sheets for Excel."""

from __future__ import annotations

import datetime
import os
import warnings
from pathlib import Path
from typing import Iterable

from . import _jixiao
from .evaluation import _date, read_actuals
from .review import load_rules, review

__all__ = ["to_excel"]


def to_excel(
    documents: "_jixiao.Document | Iterable[_jixiao.Document]",
    path: "str | os.PathLike[str]",
    actuals: "_jixiao.Actuals | str | os.PathLike[str] | None" = None,
    *,
    as_of: "str | datetime.date | _jixiao.Date | None" = None,
    findings: "Iterable[_jixiao.Finding] | None" = None,
    rules: "_jixiao.ReviewOptions | str | os.PathLike[str] | None" = None,
) -> Path:
    """Write a workbook of ``documents`` (one :class:`Document`, or several: a first column
    ``file`` then names each row's document) to ``path`` and return the path.

    Sheets: 项目, 指标 (the CSV's columns), 支出计划, 审核意见 (the review's findings: ``findings``,
    default :func:`jixiao.review` with ``rules``), 部门 and 诊断; with ``actuals`` (an
    :class:`Actuals` or the path of its CSV or JSON file) also 运行监控 at ``as_of`` (default: the
    latest date of the actuals) and 绩效自评; without ``actuals``, a document of 自评表s gets its
    audit in 绩效自评 (as :func:`jixiao.evaluate` without actuals). Amounts are numbers in 万元, percents fractions under
    a percent format, dates dates, texts text (never a formula); beside each figure a ``_text``
    column holds it exactly as written. What Excel cannot hold as it is (a text longer than
    32,767 characters) is cut, with a :class:`UserWarning` naming the cell.
    """
    several = not isinstance(documents, _jixiao.Document)
    listed = list(documents) if several else [documents]
    if findings is not None and len(listed) != 1:
        raise ValueError("findings= applies to one document; several are each reviewed")
    if isinstance(actuals, (str, os.PathLike)):
        actuals = read_actuals(actuals)
    if isinstance(rules, (str, os.PathLike)):
        rules = load_rules(Path(rules))
    date = _date(as_of) if as_of is not None else _jixiao.latest_date(actuals) if actuals is not None else None

    entries = []
    for number, document in enumerate(listed, 1):
        monitoring = evaluation = None
        if actuals is not None and date is not None:
            matched = _jixiao.match(document, actuals)
            monitoring = _jixiao._monitor(document, actuals, date, _jixiao.MonitorOptions(), matched)
            options = _jixiao.EvaluateOptions()
            options.as_of = date
            evaluation = _jixiao._evaluate(document, actuals, options, matched)
        elif actuals is None and any(p.self_evaluation is not None for p in document.projects):
            # A document of 自评表s carries its own figures: 绩效自评 holds its audit.
            evaluation = _jixiao._evaluate_reported(document, _jixiao.EvaluateOptions())
        found = list(review(document, rules) if findings is None else findings)
        name = getattr(document, "path", None) or f"document {number}"
        entries.append((name, document, list(getattr(document, "diagnostics", [])), found, monitoring, evaluation))
    target = Path(path)
    for warning in _jixiao._write_xlsx(target, entries):
        warnings.warn(warning, UserWarning, stacklevel=2)
    return target
