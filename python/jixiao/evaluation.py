"""Monitoring (运行监控) and self-evaluation (绩效自评) from Python, with pandas frames.

Scores and ratios stay exact: the frames hold :class:`decimal.Decimal` objects (money in 万元),
never floats; colours, grades and rules are ordered categoricals. See docs/evaluation.md.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from . import _jixiao

__all__ = ["read_actuals", "monitor", "evaluate", "Monitoring", "SelfEvaluation"]


def read_actuals(path: "str | os.PathLike[str]") -> _jixiao.Actuals:
    """Actuals from a CSV or JSON file (JSON when it starts with ``{``)."""
    return _jixiao._read_actuals(os.fspath(path))


def _date(value: "str | datetime.date | _jixiao.Date") -> _jixiao.Date:
    if isinstance(value, _jixiao.Date):
        return value
    if isinstance(value, datetime.date):
        return _jixiao.Date(year=value.year, month=value.month, day=value.day)
    return _jixiao.parse_iso_date(value)


def _categorical(values, enum_class) -> pd.Categorical:
    return pd.Categorical([v.value for v in values], categories=[e.value for e in enum_class], ordered=True)


def _wan(money) -> Decimal | None:
    return None if money is None else money.wan


def _project_names(document: _jixiao.Document, results) -> tuple[list[str], list[str]]:
    """The code and name (as results name a project) of the project of each result."""
    projects = [_jixiao.project_of(document, x) for x in results]
    return [p.code for p in projects], [_jixiao.result_name(p) for p in projects]


@dataclass
class Monitoring:
    """A :class:`jixiao.MonitorReport` with frames of its projects, indicators and explanations.

    The report holds indices; ``document``, the one monitored, names what they point to."""

    report: _jixiao.MonitorReport
    document: _jixiao.Document

    def projects_frame(self) -> pd.DataFrame:
        """One row per project with figures: spending ratios and colours, the worst colour."""
        p = self.report.projects
        codes, names = _project_names(self.document, p)
        return pd.DataFrame(
            {
                "project": [x.project for x in p],
                "code": codes,
                "name": names,
                "budget": [_wan(x.budget) for x in p],
                "executed": [_wan(x.executed) for x in p],
                "spent_percent": [x.spent_percent for x in p],
                "ratio_to_time": [x.ratio_to_time for x in p],
                "time_colour": _categorical([x.time_colour for x in p], _jixiao.Colour),
                "planned_percent": [x.planned_percent for x in p],
                "ratio_to_plan": [x.ratio_to_plan for x in p],
                "plan_colour": _categorical([x.plan_colour for x in p], _jixiao.Colour),
                "colour": _categorical([x.colour for x in p], _jixiao.Colour),
            }
        )

    def indicators_frame(self) -> pd.DataFrame:
        """One row per indicator of the projects with figures."""
        rows = [(p, i) for p in self.report.projects for i in p.indicators]
        codes, _ = _project_names(self.document, [p for p, _ in rows])
        indicators = [_jixiao.indicator_of(self.document, p, i) for p, i in rows]
        return pd.DataFrame(
            {
                "project": [p.project for p, _ in rows],
                "code": codes,
                "indicator": [i.indicator for _, i in rows],
                "name": [x.name for x in indicators],
                "target": [str(x.target) for x in indicators],
                "actual": [i.actual for _, i in rows],
                "prorated_target": [i.prorated_target for _, i in rows],
                "ratio": [i.ratio for _, i in rows],
                "colour": _categorical([i.colour for _, i in rows], _jixiao.Colour),
                "note": [i.note for _, i in rows],
                "reason": [i.reason for _, i in rows],
            }
        )

    def explanations_frame(self) -> pd.DataFrame:
        """The yellow and red items; ``reason`` empty where an explanation is still owed."""
        e = self.report.explanations
        return pd.DataFrame(
            {
                "project": [x.project for x in e],
                "indicator": pd.array([x.indicator for x in e], dtype="Int64"),
                "subject": [_jixiao.subject_of(self.document, x) for x in e],
                "colour": _categorical([x.colour for x in e], _jixiao.Colour),
                "note": [x.note for x in e],
                "reason": [x.reason for x in e],
            }
        )


@dataclass
class SelfEvaluation:
    """A :class:`jixiao.Evaluation` with frames of its indicator scores and project totals.

    The evaluation holds indices; ``document``, the one evaluated, names what they point to."""

    evaluation: _jixiao.Evaluation
    document: _jixiao.Document

    @property
    def diagnostics(self):
        return self.evaluation.diagnostics

    def projects_frame(self) -> pd.DataFrame:
        """One row per evaluated project: budget execution score, total, grade, reported total."""
        p = self.evaluation.projects
        codes, names = _project_names(self.document, p)
        return pd.DataFrame(
            {
                "project": [x.project for x in p],
                "code": codes,
                "name": names,
                "budget_rate": [x.budget.rate for x in p],
                "budget_score": [x.budget.score for x in p],
                "total": [x.total for x in p],
                "grade": _categorical([x.grade for x in p], _jixiao.EvaluationGrade),
                "reported_total": [x.reported_total for x in p],
                "difference": [x.difference for x in p],
            }
        )

    def indicators_frame(self) -> pd.DataFrame:
        """One row per indicator: weight, score, rule, flags, reported score and difference."""
        rows = [(p, s) for p in self.evaluation.projects for s in p.indicators]
        codes, _ = _project_names(self.document, [p for p, _ in rows])
        indicators = [_jixiao.indicator_of(self.document, p, s) for p, s in rows]
        return pd.DataFrame(
            {
                "project": [p.project for p, _ in rows],
                "code": codes,
                "indicator": [s.indicator for _, s in rows],
                "level1": _categorical([s.level1 for _, s in rows], _jixiao.Level1),
                "name": [x.name for x in indicators],
                "target": [str(x.target) for x in indicators],
                "actual": [s.actual for _, s in rows],
                "outcome": _categorical([s.outcome for _, s in rows], _jixiao.Outcome),
                "achievement": [s.achievement for _, s in rows],
                "weight": [s.weight for _, s in rows],
                "score": [s.score for _, s in rows],
                "rule": _categorical([s.rule for _, s in rows], _jixiao.ScoreRule),
                "over_achieved": [s.over_achieved for _, s in rows],
                "unmet_without_reason": [s.unmet_without_reason for _, s in rows],
                "reported": [s.reported for _, s in rows],
                "difference": [s.difference for _, s in rows],
                "note": [s.note for _, s in rows],
                "reason": [s.reason for _, s in rows],
            }
        )


def monitor(
    document: _jixiao.Document,
    actuals: _jixiao.Actuals,
    as_of: "str | datetime.date | _jixiao.Date",
    options: _jixiao.MonitorOptions | None = None,
    matched: _jixiao.Matched | None = None,
) -> Monitoring:
    """Colours at ``as_of`` (``'2025-06-30'``, a :class:`datetime.date` or a :class:`jixiao.Date`).

    ``matched`` is :func:`jixiao.match` of ``document`` and ``actuals``, to match once for several
    dates or for monitoring and evaluation alike; None matches anew.
    """
    chosen = options if options is not None else _jixiao.MonitorOptions()
    return Monitoring(_jixiao._monitor(document, actuals, _date(as_of), chosen, matched), document)


def evaluate(
    document: _jixiao.Document,
    actuals: _jixiao.Actuals | None = None,
    options: _jixiao.EvaluateOptions | None = None,
    matched: _jixiao.Matched | None = None,
) -> SelfEvaluation:
    """Formula scores, totals and grades of every project with actuals.

    Without ``actuals``, the audit of a document read from 自评表s: each project's own figures
    (``Project.self_evaluation``) scored under ``options``, beside the scores the form reports — the
    ``reported`` and ``difference`` columns of the frames. ``matched`` is :func:`jixiao.match` of
    ``document`` and ``actuals`` (None matches anew).
    """
    options = options if options is not None else _jixiao.EvaluateOptions()
    if actuals is None:
        if matched is not None:
            raise ValueError("matched= applies with actuals")
        return SelfEvaluation(_jixiao._evaluate_reported(document, options), document)
    return SelfEvaluation(_jixiao._evaluate(document, actuals, options, matched), document)
