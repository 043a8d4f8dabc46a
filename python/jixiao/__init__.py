"""jixiao — budget performance targets (预算绩效目标) for analysts.

Read the published target tables, review them, and work with them in pandas::

    import jixiao
    doc = jixiao.read("zjk-kexie-2025-targets.txt")
    frame = doc.indicators_frame()

Exact numbers stay exact: amounts are :class:`decimal.Decimal` and :class:`jixiao.Money`
(万元), never floats. See docs/python.md.
"""

from __future__ import annotations

from .errors import (
    DivisionByZeroError,
    EncodingError,
    Error,
    InexactError,
    LimitError,
    OverflowError,
    ParseError,
    UnsupportedFormatError,
)
from . import _jixiao
from ._jixiao import (
    Actuals,
    Budget,
    BudgetBase,
    BudgetScore,
    Colour,
    DeviationCause,
    EvaluateOptions,
    Evaluation,
    EvaluationGrade,
    Explanation,
    Grade,
    GradeBand,
    IndicatorActual,
    IndicatorPlace,
    IndicatorScore,
    IndicatorStatus,
    Likelihood,
    Matched,
    MatchedActuals,
    MonitorOptions,
    MonitorReport,
    ProjectActual,
    ProjectEvaluation,
    ProjectStatus,
    ReportOptions,
    ReverseConvention,
    ScoreRule,
    actuals_from_csv,
    actuals_from_json,
    colour_of,
    evaluation_grade,
    grade_of,
    match,
    match_actuals,
    months_elapsed,
    BudgetUnit,
    CheckResult,
    Comparator,
    Comparison,
    CompareOptions,
    Confidence,
    BudgetChange,
    DocumentRef,
    IndicatorChange,
    IndicatorMatch,
    IndicatorRef,
    MilestoneChange,
    PairReason,
    PlanChange,
    PlanMove,
    ProjectPair,
    ProjectRef,
    ProjectYear,
    TargetChange,
    TargetMove,
    TargetMoves,
    YearOverYear,
    YearSource,
    compare_targets,
    name_similarity,
    project_year,
    series_name,
    ContentsEntry,
    Date,
    Deadline,
    DepartmentGoals,
    DepartmentTable,
    BudgetShare,
    DutyTarget,
    FormField,
    FundsRow,
    IndicatorResult,
    Level1Points,
    Diagnostic,
    DiagnosticCode,
    DiagnosticInfo,
    DiagnosticOrigin,
    Direction,
    Document,
    Duration,
    Encoding,
    Finding,
    Box,
    CellBox,
    Format,
    Grid,
    GridCell,
    GridRow,
    RowKind,
    SourceMap,
    SourceRun,
    column_letters,
    detect_format,
    find_documents,
    latest_date,
    location,
    IndicatorTree,
    GoalItem,
    Indicator,
    Level1,
    Level1Group,
    Level2,
    Level2Group,
    Milestone,
    Money,
    Outcome,
    Period,
    Project,
    Qualitative,
    Quantity,
    Range,
    ReadOptions,
    ReadResult,
    Redacted,
    Reference,
    ReviewOptions,
    RuleFamily,
    RuleId,
    RuleInfo,
    RuleSetting,
    Rounding,
    Severity,
    SpendingPlan,
    Target,
    TargetKind,
    Unit,
    UnitKind,
    Unparsed,
    convertible,
    detect_tree,
    rule_catalogue,
    diagnostic_catalogue,
    decimal_from_float,
    divide,
    known_units,
    level1_from_text,
    level2_from_text,
    lookup_unit,
    parent_of,
    parse_iso_date,
    parse_target,
    parse_target_columns,
    percent_of,
    tree,
)
from .io import document_from_json, read, read_grid, read_grid_document, read_many, read_result, to_csv, to_json
from .excel import to_excel
from .frames import indicators_frame_of, projects_frame_of
from .review import Findings, load_rules, review
from .evaluation import Monitoring, SelfEvaluation, evaluate, monitor, read_actuals
from .report import report, write_report
from .compare import YearComparison, compare
from . import frames as _frames
from . import display as _display

# The model's SelfEvaluation (what a 自评表 reports, Project.self_evaluation) under a name of its own:
# jixiao.SelfEvaluation is the evaluation result with its frames (evaluation.py).
ReportedSelfEvaluation = _jixiao.SelfEvaluation

__all__ = [name for name in dir() if not name.startswith("_")]

_frames.install(Document)
_display.install(Document, Project)
