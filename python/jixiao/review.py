"""Review (审核) from Python: findings as a list with a notebook table and a pandas frame."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

import pandas as pd

from . import _jixiao

__all__ = ["Findings", "review", "load_rules"]


class Findings(list):
    """The findings of a review, in document order; a list of :class:`jixiao.Finding`.

    Findings hold indices: ``document`` (the one reviewed) and, year over year, ``previous`` (the
    earlier one) name what they point to."""

    def __init__(self, findings=(), document: _jixiao.Document | None = None, previous: _jixiao.Document | None = None):
        super().__init__(findings)
        self.document = document
        self.previous = previous

    def errors(self) -> "Findings":
        return Findings((f for f in self if f.severity is _jixiao.Severity.error), self.document, self.previous)

    def names(self, finding: _jixiao.Finding) -> tuple[str, str, str]:
        """(project_code, project_name, indicator_name) of a finding of this review."""
        if self.document is None:
            raise ValueError("these findings were made without their document: no names to read")
        return _jixiao.finding_names(self.document, finding, self.previous)

    def frame(self) -> pd.DataFrame:
        """One row per finding; rule and severity as categoricals."""
        names = [self.names(f) for f in self]
        return pd.DataFrame(
            {
                "rule": pd.Categorical([f.rule.value for f in self], categories=[r.value for r in _jixiao.RuleId]),
                "severity": pd.Categorical(
                    [f.severity.value for f in self], categories=[s.value for s in _jixiao.Severity], ordered=True
                ),
                "project": pd.array([f.project for f in self], dtype="Int64"),
                "project_code": [n[0] for n in names],
                "project_name": [n[1] for n in names],
                "indicator": pd.array([f.indicator for f in self], dtype="Int64"),
                "indicator_name": [n[2] for n in names],
                "line": [f.line for f in self],
                "message": [f.message for f in self],
                "suggestion": [f.suggestion for f in self],
                "department_table": pd.array([f.department_table for f in self], dtype="Int64"),
            }
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{f.line}</td><td>{escape(f.severity.value)}</td><td>{escape(f.rule.value)}</td>"
            f"<td>{escape(n[1])}</td><td>{escape(n[2])}</td><td>{escape(f.message)}</td>"
            f"<td>{escape(f.suggestion)}</td></tr>"
            for f, n in ((f, self.names(f)) for f in self)
        )
        return (
            '<table class="jixiao-t"><thead><tr><th>行</th><th>级别</th><th>规则</th><th>项目</th><th>指标</th>'
            f"<th>意见</th><th>建议</th></tr></thead><tbody>{rows}</tbody></table>"
        )


def load_rules(source: "str | os.PathLike[str]", base: _jixiao.ReviewOptions | None = None) -> _jixiao.ReviewOptions:
    """ReviewOptions from a rules file (path) or its JSON text (docs/review.md)."""
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, os.PathLike) else source
    return _jixiao.review_options_from_json(text, base if base is not None else _jixiao.ReviewOptions())


def review(document: _jixiao.Document, options: _jixiao.ReviewOptions | None = None) -> Findings:
    """Run every enabled rule over ``document``."""
    return Findings(_jixiao._review(document, options if options is not None else _jixiao.ReviewOptions()), document)
