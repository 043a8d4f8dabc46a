"""Year over year (同比) from Python: each project beside its successor, with pandas frames.

Budgets and similarities stay exact: the frames hold :class:`decimal.Decimal` objects (money in
万元), never floats; reasons, confidences and moves are categoricals. See docs/compare.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Union

import pandas as pd

from . import _jixiao
from .io import read
from .review import Findings

__all__ = ["compare", "YearComparison"]

# A document, or the path of one to read.
Source = Union[_jixiao.Document, str, "os.PathLike[str]"]


def _categorical(values, enum_class, ordered: bool = False) -> pd.Categorical:
    return pd.Categorical([v.value for v in values], categories=[e.value for e in enum_class], ordered=ordered)


def _wan(money) -> Decimal | None:
    return None if money is None else money.wan


@dataclass
class YearComparison:
    """A :class:`jixiao.YearOverYear` with its year-over-year findings, the documents compared, and
    frames of its pairs, target changes and unpaired projects."""

    comparison: _jixiao.YearOverYear
    findings: Findings
    old_document: _jixiao.Document
    new_document: _jixiao.Document

    @property
    def pairs(self) -> list[_jixiao.ProjectPair]:
        return self.comparison.pairs

    def pairs_frame(self) -> pd.DataFrame:
        """One row per pair: both projects, why they pair, budgets and their change, target moves."""
        p = self.comparison.pairs
        return pd.DataFrame(
            {
                "old_project": [x.old_project.index for x in p],
                "old_code": [x.old_project.code for x in p],
                "old_name": [x.old_project.name for x in p],
                "old_year": [x.old_project.year for x in p],
                "new_project": [x.new_project.index for x in p],
                "new_code": [x.new_project.code for x in p],
                "new_name": [x.new_project.name for x in p],
                "new_year": [x.new_project.year for x in p],
                "reason": _categorical([x.reason for x in p], _jixiao.PairReason),
                "confidence": _categorical([x.confidence for x in p], _jixiao.Confidence, ordered=True),
                "name_similarity": [x.name_similarity for x in p],
                "old_budget": [_wan(x.budget.old_total) for x in p],
                "new_budget": [_wan(x.budget.new_total) for x in p],
                "budget_change": [_wan(x.budget.change) for x in p],
                "budget_percent": [x.budget.percent for x in p],
                "plan": _categorical([x.plan.move for x in p], _jixiao.PlanMove),
                "raised": [x.targets.raised for x in p],
                "lowered": [x.targets.lowered for x in p],
                "unchanged": [x.targets.unchanged for x in p],
                "not_comparable": [x.targets.not_comparable for x in p],
                "added": [len(x.added) for x in p],
                "removed": [len(x.removed) for x in p],
            }
        )

    def targets_frame(self) -> pd.DataFrame:
        """One row per indicator of both years: both names and targets, how the target moved, why."""
        rows = [(k, p, c) for k, p in enumerate(self.comparison.pairs) for c in p.indicators]
        return pd.DataFrame(
            {
                "pair": [k for k, _, _ in rows],
                "old_project": [p.old_project.index for _, p, _ in rows],
                "new_project": [p.new_project.index for _, p, _ in rows],
                "new_code": [p.new_project.code for _, p, _ in rows],
                "level1": _categorical([c.new_indicator.level1 for _, _, c in rows], _jixiao.Level1),
                "level2": _categorical([c.new_indicator.level2 for _, _, c in rows], _jixiao.Level2),
                "old_indicator": [c.old_indicator.index for _, _, c in rows],
                "new_indicator": [c.new_indicator.index for _, _, c in rows],
                "old_name": [c.old_indicator.name for _, _, c in rows],
                "new_name": [c.new_indicator.name for _, _, c in rows],
                "match": _categorical([c.match for _, _, c in rows], _jixiao.IndicatorMatch),
                "similarity": [c.similarity for _, _, c in rows],
                "old_target": [c.old_indicator.target for _, _, c in rows],
                "new_target": [c.new_indicator.target for _, _, c in rows],
                "move": _categorical([c.target.move for _, _, c in rows], _jixiao.TargetMove),
                "reason": [c.target.reason for _, _, c in rows],
            }
        )

    def unpaired_frame(self) -> pd.DataFrame:
        """The projects without a partner: ``new`` (no predecessor) and ``ended`` (no successor)."""
        rows = [("new", p) for p in self.comparison.new_projects] + [("ended", p) for p in self.comparison.ended_projects]
        return pd.DataFrame(
            {
                "status": pd.Categorical([s for s, _ in rows], categories=["new", "ended"]),
                "project": [p.index for _, p in rows],
                "code": [p.code for _, p in rows],
                "name": [p.name for _, p in rows],
                "year": [p.year for _, p in rows],
                "year_from": _categorical([p.year_from for _, p in rows], _jixiao.YearSource),
            }
        )

    def to_json(self, path: "str | os.PathLike[str] | None" = None, *, pretty: bool = False) -> str:
        """The comparison's JSON (docs/compare.md); written to ``path`` when given."""
        text = self.comparison.to_json(pretty)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{escape(p.old_project.name)}</td><td>{escape(p.new_project.name)}</td>"
            f"<td>{escape(p.reason.value)}</td>"
            f"<td>{escape(str(_wan(p.budget.old_total)))} → {escape(str(_wan(p.budget.new_total)))}</td>"
            f"<td>{p.targets.raised}</td><td>{p.targets.lowered}</td><td>{p.targets.unchanged}</td>"
            f"<td>{p.targets.not_comparable}</td></tr>"
            for p in self.comparison.pairs
        )
        return (
            '<table class="jixiao-t"><thead><tr><th>上年项目</th><th>今年项目</th><th>配对</th><th>预算（万元）</th>'
            f"<th>提高</th><th>降低</th><th>不变</th><th>不可比</th></tr></thead><tbody>{rows}</tbody></table>"
        )


def _document(source) -> _jixiao.Document:
    return source if isinstance(source, _jixiao.Document) else read(source)


def compare(
    old: Source,
    new: Source | None = None,
    *,
    options: _jixiao.CompareOptions | None = None,
    rules: _jixiao.ReviewOptions | None = None,
) -> YearComparison:
    """Pair the projects of ``old`` with those of ``new`` (documents, or paths to read), or, with
    ``old`` alone, the projects of different years inside it; review the pairs with ``rules``."""
    old_document = _document(old)
    new_document = old_document if new is None else _document(new)
    chosen = options if options is not None else _jixiao.CompareOptions()
    comparison = _jixiao._compare(old_document, None if new is None else new_document, chosen)
    findings = Findings(
        _jixiao._review_comparison(
            comparison, old_document, new_document, rules if rules is not None else _jixiao.ReviewOptions()
        ),
        new_document,
        old_document,
    )
    return YearComparison(comparison, findings, old_document, new_document)
