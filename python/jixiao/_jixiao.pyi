"""Type stubs of the C++ extension jixiao._jixiao (hand-written; checked with mypy in the tests)."""

from __future__ import annotations

import enum
import os
import pathlib
from decimal import Decimal
from typing import Any, Callable, Iterator, NoReturn, overload

DecimalLike = Decimal | int | str

class Rounding(enum.Enum):
    half_even = "half_even"
    half_up = "half_up"
    down = "down"
    up = "up"

class UnitKind(enum.Enum):
    none = "none"
    count = "count"
    people = "people"
    money = "money"
    percent = "percent"
    duration = "duration"
    area = "area"
    length = "length"
    mass = "mass"
    volume = "volume"
    temperature = "temperature"
    score = "score"
    scale = "scale"
    unknown = "unknown"

class TargetKind(enum.Enum):
    comparison = "comparison"
    range = "range"
    period = "period"
    deadline = "deadline"
    duration = "duration"
    qualitative = "qualitative"
    reference = "reference"
    redacted = "redacted"
    unparsed = "unparsed"

class Comparator(enum.Enum):
    ge = "ge"
    gt = "gt"
    le = "le"
    lt = "lt"
    eq = "eq"

class Direction(enum.Enum):
    none = "none"
    forward = "forward"
    reverse = "reverse"

class Outcome(enum.Enum):
    met = "met"
    not_met = "not_met"
    not_comparable = "not_comparable"

class Level1(enum.Enum):
    产出指标 = "产出指标"
    效益指标 = "效益指标"
    满意度指标 = "满意度指标"
    成本指标 = "成本指标"
    其他 = "其他"

class Level2(enum.Enum):
    数量指标 = "数量指标"
    质量指标 = "质量指标"
    时效指标 = "时效指标"
    成本指标 = "成本指标"
    经济效益指标 = "经济效益指标"
    社会效益指标 = "社会效益指标"
    生态效益指标 = "生态效益指标"
    可持续影响指标 = "可持续影响指标"
    服务对象满意度指标 = "服务对象满意度指标"
    经济成本指标 = "经济成本指标"
    社会成本指标 = "社会成本指标"
    生态环境成本指标 = "生态环境成本指标"
    其他 = "其他"

class Severity(enum.Enum):
    info = "info"
    warning = "warning"
    error = "error"

class Encoding(enum.Enum):
    detect = "detect"
    utf8 = "utf8"
    gb18030 = "gb18030"

def decimal_from_float(x: float, places: int, rounding: Rounding = ...) -> Decimal: ...
def divide(a: DecimalLike, b: DecimalLike, places: int, rounding: Rounding = ...) -> Decimal: ...
def percent_of(part: DecimalLike, whole: DecimalLike, places: int, rounding: Rounding = ...) -> Decimal: ...

class Money:
    def __init__(self, wan: Money | DecimalLike) -> None: ...
    @staticmethod
    def from_yuan(yuan: DecimalLike) -> Money: ...
    @property
    def wan(self) -> Decimal: ...
    @property
    def yuan(self) -> Decimal: ...
    @property
    def fen(self) -> Decimal: ...
    def to_fen(self, rounding: Rounding = ...) -> int: ...
    def to_yuan_string(self) -> str: ...
    def __hash__(self) -> int: ...
    def __lt__(self, other: Money) -> bool: ...
    def __le__(self, other: Money) -> bool: ...
    def __gt__(self, other: Money) -> bool: ...
    def __ge__(self, other: Money) -> bool: ...
    def __add__(self, other: Money) -> Money: ...
    def __sub__(self, other: Money) -> Money: ...
    def __neg__(self) -> Money: ...
    def __mul__(self, k: DecimalLike) -> Money: ...
    def __rmul__(self, k: DecimalLike) -> Money: ...
    def __bool__(self) -> bool: ...

class Unit:
    """A reference into the unit registry; Unit() is no unit, Unit("万人") looks the symbol up."""
    def __init__(self, symbol: str = ...) -> None: ...
    @property
    def symbol(self) -> str: ...
    @property
    def kind(self) -> UnitKind: ...
    @property
    def base(self) -> str: ...
    @property
    def factor(self) -> Decimal: ...
    @property
    def known(self) -> bool: ...
    def base_unit(self) -> Unit: ...
    def __hash__(self) -> int: ...

def lookup_unit(written: str) -> Unit: ...
def known_units() -> list[Unit]: ...
def convertible(a: Unit, b: Unit) -> bool: ...

class Quantity:
    value: Decimal
    unit: Unit
    def __init__(self, **fields: Any) -> None: ...
    def normalized(self) -> Quantity: ...

class Date:
    year: int
    month: int
    day: int
    def __init__(self, **fields: Any) -> None: ...
    def last_day(self) -> Date: ...
    def first_day(self) -> Date: ...
    def valid(self) -> bool: ...
    def __lt__(self, other: Date) -> bool: ...

def parse_iso_date(text: str) -> Date: ...

class CheckResult:
    outcome: Outcome
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class Comparison:
    """≥30 次, 100%: a figure with its comparator (a bare value: eq, not written)."""
    comparator: Comparator
    comparator_written: bool
    value: Quantity
    def __init__(self, **fields: Any) -> None: ...

class Duration:
    """≥250 天, 5 个月: a figure in a unit of time with its comparator."""
    comparator: Comparator
    comparator_written: bool
    value: Quantity
    def __init__(self, **fields: Any) -> None: ...

class Range:
    lower: Quantity
    upper: Quantity
    def __init__(self, **fields: Any) -> None: ...

class Period:
    start: Date
    end: Date
    def __init__(self, **fields: Any) -> None: ...

class Deadline:
    date: Date
    def __init__(self, **fields: Any) -> None: ...

class Qualitative:
    text: str
    def __init__(self, **fields: Any) -> None: ...

class Reference:
    text: str
    def __init__(self, **fields: Any) -> None: ...

class Redacted:
    def __init__(self, **fields: Any) -> None: ...

class Unparsed:
    reason: str
    def __init__(self, **fields: Any) -> None: ...

TargetData = Comparison | Range | Period | Deadline | Duration | Qualitative | Reference | Redacted | Unparsed

class Target:
    """A 指标值 cell, or an actual value, read as one kind. The accessors return copies: change the
    data with emplace()."""
    raw: str
    year_from_context: bool
    direction: Direction
    def __init__(
        self,
        raw: str = "",
        data: TargetData | None = None,
        *,
        year_from_context: bool = False,
        direction: Direction = ...,
    ) -> None: ...
    @property
    def kind(self) -> TargetKind: ...
    def emplace(self, data: TargetData) -> None: ...
    def if_amount(self) -> Comparison | Duration | None: ...
    def if_comparison(self) -> Comparison | None: ...
    def if_range(self) -> Range | None: ...
    def if_period(self) -> Period | None: ...
    def if_deadline(self) -> Deadline | None: ...
    def if_duration(self) -> Duration | None: ...
    def if_qualitative(self) -> Qualitative | None: ...
    def if_reference(self) -> Reference | None: ...
    def if_redacted(self) -> Redacted | None: ...
    def if_unparsed(self) -> Unparsed | None: ...
    def as_comparison(self) -> Comparison: ...
    def as_range(self) -> Range: ...
    def as_period(self) -> Period: ...
    def as_deadline(self) -> Deadline: ...
    def as_duration(self) -> Duration: ...
    def as_qualitative(self) -> Qualitative: ...
    def as_reference(self) -> Reference: ...
    def as_redacted(self) -> Redacted: ...
    def as_unparsed(self) -> Unparsed: ...
    def __hash__(self) -> int: ...
    @overload
    def check(self, actual: str) -> CheckResult: ...
    @overload
    def check(self, actual: Target) -> CheckResult: ...
    @overload
    def check(self, actual: str, equal_means: Direction) -> CheckResult: ...

def parse_target(text: str, year: int = 0, indicator_name: str = "", description: str = "") -> Target: ...
def parse_target_columns(nature: str, value: str, unit: str, year: int = 0) -> Target: ...

def level1_from_text(text: str) -> Level1: ...
def level2_from_text(text: str) -> Level2: ...
class IndicatorTree(enum.Enum):
    detect = "detect"
    classic = "classic"
    guideline_101 = "guideline_101"

def parent_of(level2: Level2, tree: IndicatorTree = ...) -> Level1: ...

class Indicator:
    level1: Level1
    level1_text: str
    level2: Level2
    level2_text: str
    name: str
    description: str
    target: Target
    basis: str
    weight: Decimal | None
    direction: Direction
    line: int
    notes: str
    def __init__(self, **fields: Any) -> None: ...

class IndicatorList:
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Indicator]: ...
    def __getitem__(self, i: int) -> Indicator: ...
    def append(self, x: Indicator) -> None: ...

class Level2Group:
    level2: Level2
    text: str
    indicators: list[int]
    def __init__(self, **fields: Any) -> None: ...

class Level1Group:
    level1: Level1
    text: str
    groups: list[Level2Group]
    def __init__(self, **fields: Any) -> None: ...

def tree(indicators: IndicatorList) -> list[Level1Group]: ...

class Milestone:
    milestone: str
    month: int
    percent: Decimal | None
    line: int
    amount: Money | None
    def __init__(self, **fields: Any) -> None: ...

class MilestoneList:
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Milestone]: ...
    def __getitem__(self, i: int) -> Milestone: ...

class SpendingPlan:
    milestones: MilestoneList
    def __init__(self, **fields: Any) -> None: ...
    def planned_by(self, month: int) -> Decimal | None: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Milestone]: ...

class Budget:
    total: Money | None
    fiscal: Money | None
    other: Money | None
    def __init__(self, **fields: Any) -> None: ...
    def sum_of_sources(self) -> Money | None: ...

class FormField:
    label: str
    value: str
    line: int
    column: int
    def __init__(self, **fields: Any) -> None: ...

class Level1Points:
    level1: Level1
    text: str
    low: Decimal
    high: Decimal
    line: int
    def __init__(self, **fields: Any) -> None: ...

class FundsRow:
    source: str
    initial_budget: Money | None
    full_year_budget: Money | None
    executed: Money | None
    weight: Decimal | None
    rate: Decimal | None
    score: Decimal | None
    line: int
    def __init__(self, **fields: Any) -> None: ...

class IndicatorResult:
    indicator: int
    actual: Target
    score: Decimal | None
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class SelfEvaluation:
    funds: list[FundsRow]
    achieved: list[str]
    indicators: list[IndicatorResult]
    total: Decimal | None
    total_weight: Decimal | None
    grade: str
    line: int
    def __init__(self, **fields: Any) -> None: ...
    def funds_total(self) -> FundsRow | None: ...

class Project:
    code: str
    name: str
    title: str
    unit_code: str
    unit_name: str
    budget: Budget
    use_of_funds: str
    spending_plan: SpendingPlan
    goals: list[str]
    medium_term_goals: list[str]
    indicators: IndicatorList
    medium_term_indicators: IndicatorList
    level1_points: list[Level1Points]
    redacted: bool
    line: int
    fields: list[FormField]
    self_evaluation: SelfEvaluation | None
    def __init__(self, **fields: Any) -> None: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Indicator]: ...
    def tree(self) -> list[Level1Group]: ...
    def _repr_html_(self) -> str: ...

class ProjectList:
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Project]: ...
    def __getitem__(self, i: int) -> Project: ...
    def append(self, x: Project) -> None: ...

class BudgetUnit:
    code: str
    name: str
    def __init__(self, **fields: Any) -> None: ...

class GoalItem:
    title: str
    goal: str
    indicator: str
    line: int
    def __init__(self, **fields: Any) -> None: ...

class BudgetShare:
    label: str
    amount: Money | None
    percent: Decimal | None
    line: int
    def __init__(self, **fields: Any) -> None: ...

class DutyTarget:
    function: str
    task: str
    project: str
    amount: Money | None
    line: int
    def __init__(self, **fields: Any) -> None: ...

class DepartmentTable:
    common: Project
    basic: Money | None
    projects: Money | None
    income: list[BudgetShare]
    spending: list[BudgetShare]
    duties: list[DutyTarget]
    def __init__(self, **fields: Any) -> None: ...

class DepartmentGoals:
    overall: str
    items: list[GoalItem]
    measures: list[str]
    tables: list[DepartmentTable]
    def __init__(self, **fields: Any) -> None: ...

class ContentsEntry:
    number: int
    title: str
    page: int
    line: int
    def __init__(self, **fields: Any) -> None: ...

class DiagnosticCode(enum.StrEnum):
    """A diagnostic's stable code; a member equals its written name: DiagnosticCode.cell_unplaced == "cell-unplaced"."""
    encoding_fallback = "encoding-fallback"
    encoding_invalid = "encoding-invalid"
    document_empty = "document-empty"
    tables_missing = "tables-missing"
    title_missing = "title-missing"
    year_unknown = "year-unknown"
    year_mismatch = "year-mismatch"
    line_skipped = "line-skipped"
    line_unplaced = "line-unplaced"
    cell_unplaced = "cell-unplaced"
    cell_too_long = "cell-too-long"
    toc_mismatch = "toc-mismatch"
    table_without_title = "table-without-title"
    table_without_header = "table-without-header"
    table_incomplete = "table-incomplete"
    table_number_gap = "table-number-gap"
    table_redacted = "table-redacted"
    money_unit = "money-unit"
    budget_unreadable = "budget-unreadable"
    plan_in_amounts = "plan-in-amounts"
    indicator_incomplete = "indicator-incomplete"
    level_unknown = "level-unknown"
    level_inferred = "level-inferred"
    weight_unreadable = "weight-unreadable"
    direction_unknown = "direction-unknown"
    indicator_placeholder = "indicator-placeholder"
    score_unreadable = "score-unreadable"
    funds_unreadable = "funds-unreadable"
    row_joined = "row-joined"
    level_centred = "level-centred"
    rows_rebuilt = "rows-rebuilt"
    cell_ambiguous = "cell-ambiguous"
    hidden_sheet = "hidden-sheet"
    hidden_row = "hidden-row"
    hidden_column = "hidden-column"
    formula_without_value = "formula-without-value"
    number_hidden = "number-hidden"
    number_unreadable = "number-unreadable"
    string_missing = "string-missing"
    sheet_missing = "sheet-missing"
    cell_covered = "cell-covered"
    nested_table = "nested-table"
    encoding_mismatch = "encoding-mismatch"
    nested_table_overflow = "nested-table-overflow"
    pdf_header_footer = "pdf-header-footer"
    pdf_image_page = "pdf-image-page"
    pdf_font_unmapped = "pdf-font-unmapped"
    pdf_damaged = "pdf-damaged"
    actual_unknown_project = "actual-unknown-project"
    actual_ambiguous = "actual-ambiguous"
    actual_duplicate = "actual-duplicate"
    actual_unknown_indicator = "actual-unknown-indicator"
    grade_point = "grade-point"
    project_not_reported = "project-not-reported"
    weights_sum = "weights-sum"
    weights_partial = "weights-partial"
    weight_unused = "weight-unused"
    weight_missing = "weight-missing"

class DiagnosticOrigin(enum.Enum):
    reader = "reader"
    xlsx = "xlsx"
    docx = "docx"
    ooxml = "ooxml"
    html = "html"
    pdf = "pdf"
    actuals = "actuals"
    evaluation = "evaluation"

class DiagnosticInfo:
    @property
    def code(self) -> DiagnosticCode: ...
    @property
    def name(self) -> str: ...
    @property
    def origin(self) -> DiagnosticOrigin: ...
    @property
    def page(self) -> str: ...
    @property
    def meaning(self) -> str: ...

def diagnostic_catalogue() -> list[DiagnosticInfo]: ...

class Diagnostic:
    line: int
    column: int
    severity: Severity
    code: DiagnosticCode
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class DiagnosticList:
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Diagnostic]: ...
    def __getitem__(self, i: int) -> Diagnostic: ...

class Format(enum.Enum):
    detect = "detect"
    text = "text"
    xlsx = "xlsx"
    docx = "docx"
    html = "html"
    pdf = "pdf"

class Box:
    left: int
    top: int
    right: int
    bottom: int
    def __init__(self, **fields: Any) -> None: ...

class SourceRun:
    first_line: int
    part: int
    first_row: int
    def __init__(self, **fields: Any) -> None: ...

class CellBox:
    line: int
    column: int
    box: Box
    def __init__(self, **fields: Any) -> None: ...

class SourceMap:
    format: Format
    part_names: list[str]
    runs: list[SourceRun]
    boxes: list[CellBox]
    def __init__(self, **fields: Any) -> None: ...

def location(source: SourceMap, line: int, column: int = 0) -> str: ...
def column_letters(column: int) -> str: ...

class Document:
    department: str
    year: int
    units: list[BudgetUnit]
    goals: DepartmentGoals
    contents: list[ContentsEntry]
    projects: ProjectList
    source: SourceMap
    diagnostics: list[Diagnostic]
    encoding: Encoding
    format: Format
    def __init__(self, **fields: Any) -> None: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Project]: ...
    def indicators_frame(self, *, decimals: bool = False) -> Any: ...
    def projects_frame(self) -> Any: ...
    def _repr_html_(self) -> str: ...

class ReadOptions:
    format: Format
    encoding: Encoding
    max_file_size: int
    max_cell_size: int
    year: int
    max_zip_entries: int
    max_uncompressed_size: int
    max_compression_ratio: int
    max_nesting_depth: int
    max_cells: int
    max_parse_memory: int
    max_pages: int
    max_pdf_objects: int
    max_words_per_page: int
    max_seconds: int
    def __init__(self, **fields: Any) -> None: ...

class ReadResult:
    @property
    def document(self) -> Document: ...
    @property
    def diagnostics(self) -> DiagnosticList: ...
    @property
    def encoding(self) -> Encoding: ...
    @property
    def format(self) -> Format: ...
    def has_errors(self) -> bool: ...

class RowKind(enum.Enum):
    line = "line"
    table_row = "table_row"

class GridCell:
    offset: int
    size: int
    column: int
    row_span: int
    column_span: int
    box: Box
    def __init__(self, **fields: Any) -> None: ...

class GridRow:
    kind: RowKind
    line: int
    part: int
    row: int
    table: int
    first_cell: int
    cell_count: int
    def __init__(self, **fields: Any) -> None: ...

class Grid:
    def __init__(self, format: Format = ...) -> None: ...
    @property
    def format(self) -> Format: ...
    @property
    def source(self) -> SourceMap: ...
    @property
    def encoding(self) -> Encoding: ...
    @property
    def diagnostics(self) -> list[Diagnostic]: ...
    def __len__(self) -> int: ...
    def rows(self) -> list[GridRow]: ...
    def cells(self, row: GridRow) -> list[GridCell]: ...
    def text(self, cell: GridCell) -> str: ...
    def name_part(self, number: int, name: str) -> None: ...
    def add_row(self, kind: RowKind, part: int = 0, row: int = 0, table: int = 0) -> GridRow: ...
    def add_cell(self, text: str, column: int, row_span: int = 1, column_span: int = 1) -> None: ...

def detect_format(data: bytes) -> Format: ...
def read_grid_bytes(data: bytes, options: ReadOptions = ...) -> Grid: ...
def read_grid_file(path: str | os.PathLike[str], options: ReadOptions = ...) -> Grid: ...
def read_grid_document(grid: Grid, options: ReadOptions = ...) -> ReadResult: ...

def read_text(text: str, options: ReadOptions = ...) -> ReadResult: ...
def read_bytes(data: bytes, options: ReadOptions = ...) -> ReadResult: ...
def read_file(path: str | os.PathLike[str], options: ReadOptions = ...) -> ReadResult: ...

class _ReadFailure:
    def raise_(self) -> NoReturn: ...

def read_files(
    paths: list[str | os.PathLike[str]],
    options: ReadOptions = ...,
    threads: int = 0,
    progress: Callable[[int, int, int, int], object] | None = None,
) -> list[ReadResult | _ReadFailure]: ...
def find_documents(inputs: list[str | os.PathLike[str]]) -> list[pathlib.Path]: ...
def to_json(document: Document, pretty: bool = False) -> str: ...
def document_from_json(json: str) -> Document: ...
def to_csv(document: Document, bom: bool = False, excel: bool = False) -> str: ...
def _write_xlsx(
    path: str | os.PathLike[str],
    entries: list[
        tuple[str, Document, list[Diagnostic], list[Finding], MonitorReport | None, Evaluation | None]
    ],
) -> list[str]: ...
def _project_columns(document: Document) -> dict[str, Any]: ...
def _indicator_columns(document: Document, decimals: bool = False) -> dict[str, Any]: ...

class RuleId(enum.Enum):
    missing_level1 = "missing_level1"
    missing_level2 = "missing_level2"
    level_not_in_tree = "level_not_in_tree"
    misplaced_level2 = "misplaced_level2"
    empty_cell = "empty_cell"
    description_repeats_name = "description_repeats_name"
    missing_budget = "missing_budget"
    missing_plan = "missing_plan"
    missing_goals = "missing_goals"
    missing_use_of_funds = "missing_use_of_funds"
    duplicate_indicator = "duplicate_indicator"
    duplicate_project_code = "duplicate_project_code"
    redacted = "redacted"
    target_repeats_label = "target_repeats_label"
    target_not_measurable = "target_not_measurable"
    vague_target = "vague_target"
    target_reference = "target_reference"
    target_unparsed = "target_unparsed"
    direction_against_category = "direction_against_category"
    rate_unit = "rate_unit"
    count_percent = "count_percent"
    cost_unit = "cost_unit"
    rate_out_of_range = "rate_out_of_range"
    vacuous_target = "vacuous_target"
    low_satisfaction = "low_satisfaction"
    target_year = "target_year"
    budget_not_positive = "budget_not_positive"
    budget_sources_sum = "budget_sources_sum"
    budget_text_amount = "budget_text_amount"
    cost_over_budget = "cost_over_budget"
    cost_under_budget = "cost_under_budget"
    cost_parts_sum = "cost_parts_sum"
    plan_scale = "plan_scale"
    plan_out_of_range = "plan_out_of_range"
    plan_decreasing = "plan_decreasing"
    plan_incomplete = "plan_incomplete"
    basis_empty = "basis_empty"
    basis_repeats_label = "basis_repeats_label"
    direction_against_comparator = "direction_against_comparator"
    score_over_weight = "score_over_weight"
    weights_sum = "weights_sum"
    scores_sum = "scores_sum"
    execution_rate = "execution_rate"
    funds_score = "funds_score"
    full_marks_unmet = "full_marks_unmet"
    deduction_without_reason = "deduction_without_reason"
    shortfall_without_reason = "shortfall_without_reason"
    word_actual = "word_actual"
    grade_against_total = "grade_against_total"
    level1_points = "level1_points"
    goal_indicator_conflict = "goal_indicator_conflict"
    goal_repeated_sentence = "goal_repeated_sentence"
    unit_cost_budget = "unit_cost_budget"
    goal_unmeasured = "goal_unmeasured"
    targets_lowered_budget_rose = "targets_lowered_budget_rose"
    targets_copied = "targets_copied"
    relative_target_known = "relative_target_known"
    heaviest_indicator_dropped = "heaviest_indicator_dropped"

class RuleFamily(enum.Enum):
    completeness = "completeness"
    measurability = "measurability"
    category = "category"
    plausibility = "plausibility"
    money = "money"
    plan = "plan"
    basis = "basis"
    self_evaluation = "self_evaluation"
    relevance = "relevance"
    year_over_year = "year_over_year"

class RuleInfo:
    @property
    def id(self) -> RuleId: ...
    @property
    def family(self) -> RuleFamily: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def title(self) -> str: ...

def rule_catalogue() -> list[RuleInfo]: ...

class Finding:
    rule: RuleId
    severity: Severity
    project: int | None
    indicator: int | None
    line: int
    message: str
    suggestion: str
    department_table: int | None
    previous_project: int | None
    previous_indicator: int | None
    def __init__(self, **fields: Any) -> None: ...

@overload
def project_of(document: Document, finding: Finding) -> Project | None: ...
@overload
def project_of(document: Document, status: ProjectStatus) -> Project: ...
@overload
def project_of(document: Document, explanation: Explanation) -> Project: ...
@overload
def project_of(document: Document, evaluation: ProjectEvaluation) -> Project: ...
@overload
def indicator_of(document: Document, finding: Finding) -> Indicator | None: ...
@overload
def indicator_of(document: Document, project: ProjectStatus, status: IndicatorStatus) -> Indicator: ...
@overload
def indicator_of(document: Document, explanation: Explanation) -> Indicator | None: ...
@overload
def indicator_of(document: Document, project: ProjectEvaluation, score: IndicatorScore) -> Indicator: ...
def previous_indicator_of(previous: Document, finding: Finding) -> Indicator | None: ...
def finding_names(document: Document, finding: Finding, previous: Document | None = None) -> tuple[str, str, str]: ...

class RuleSetting:
    enabled: bool
    severity: Severity
    def __init__(self, **fields: Any) -> None: ...

class ReviewOptions:
    tree: IndicatorTree
    required_level2_classic: list[Level2]
    required_level2_101: list[Level2]
    money_tolerance: Decimal
    allow_rounding: bool
    satisfaction_floor: Decimal
    amount_context: int
    vague_words: list[str]
    grade_words: list[str]
    rate_words: list[str]
    rate_exceptions: list[str]
    change_words: list[str]
    count_words: list[str]
    reverse_words: list[str]
    per_unit_words: list[str]
    total_words: list[str]
    amount_words: list[str]
    score_tolerance: Decimal
    excellent_from: Decimal
    good_from: Decimal
    pass_from: Decimal
    generic_words: list[str]
    copied_budget_share: Decimal
    relative_words: list[str]
    rules: list[RuleSetting]
    def __init__(self, **fields: Any) -> None: ...
    def rule(self, id: RuleId) -> RuleSetting: ...
    def to_json(self) -> str: ...

def review_options_from_json(json: str, base: ReviewOptions = ...) -> ReviewOptions: ...
def detect_tree(document: Document) -> IndicatorTree: ...
def _review(document: Document, options: ReviewOptions = ...) -> list[Finding]: ...

# Actuals, monitoring (运行监控) and self-evaluation (绩效自评): docs/evaluation.md

class Likelihood(enum.Enum):
    确定能 = "确定能"
    有可能 = "有可能"
    完全不可能 = "完全不可能"

class DeviationCause(enum.Enum):
    经费 = "经费"
    制度 = "制度"
    人员 = "人员"
    硬件条件 = "硬件条件"
    其他 = "其他"

class Grade(enum.Enum):
    达成 = "达成"
    部分达成 = "部分达成"
    未达成 = "未达成"

class Colour(enum.Enum):
    none = "none"
    green = "green"
    blue = "blue"
    yellow = "yellow"
    red = "red"

class ReverseConvention(enum.Enum):
    linear = "linear"
    ratio = "ratio"

class BudgetBase(enum.Enum):
    全年预算数 = "全年预算数"
    调整后预算数 = "调整后预算数"

class EvaluationGrade(enum.Enum):
    优 = "优"
    良 = "良"
    中 = "中"
    差 = "差"

class ScoreRule(enum.Enum):
    forward = "forward"
    reverse = "reverse"
    range = "range"
    date = "date"
    grade = "grade"
    no_actual = "no_actual"
    not_scorable = "not_scorable"

class ProjectActual:
    project_code: str
    as_of: Date
    executed: Money | None
    adjusted_budget: Money | None
    reported_score: Decimal | None
    line: int
    def __init__(self, **fields: Any) -> None: ...

class IndicatorActual:
    project_code: str
    indicator: str
    level2: str
    as_of: Date
    value: Target
    expected: Target | None
    grade_percent: Decimal | None
    likelihood: Likelihood | None
    cause: DeviationCause | None
    reason: str
    reported_score: Decimal | None
    line: int
    def __init__(self, **fields: Any) -> None: ...

class Actuals:
    projects: list[ProjectActual]
    indicators: list[IndicatorActual]
    def __init__(self, **fields: Any) -> None: ...

class IndicatorPlace:
    project: int
    indicator: int
    def __init__(self, **fields: Any) -> None: ...

class Matched:
    projects: list[int | None]
    indicators: list[IndicatorPlace | None]
    diagnostics: DiagnosticList
    def __init__(self, **fields: Any) -> None: ...

class MatchedActuals:
    projects: list[ProjectActual | None]
    indicators: list[list[IndicatorActual | None]]
    diagnostics: DiagnosticList
    def __init__(self, **fields: Any) -> None: ...

def grade_of(actual: Target) -> Grade | None: ...
def actuals_from_csv(csv: str) -> Actuals: ...
def actuals_from_json(json: str) -> Actuals: ...
def _read_actuals(path: str) -> Actuals: ...
def match(document: Document, actuals: Actuals) -> Matched: ...
def match_actuals(
    document: Document, actuals: Actuals, as_of: Date | None = None, matched: Matched | None = None
) -> MatchedActuals: ...
def latest_date(actuals: Actuals) -> Date | None: ...

class MonitorOptions:
    red_below: Decimal
    green_from: Decimal
    blue_from: Decimal
    prorate_rates: bool
    scale: int
    rounding: Rounding
    def __init__(self, **fields: Any) -> None: ...

class IndicatorStatus:
    indicator: int
    actual: str
    prorated_target: Decimal | None
    ratio: Decimal | None
    colour: Colour
    note: str
    expected: str
    likelihood: Likelihood | None
    cause: DeviationCause | None
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class ProjectStatus:
    project: int
    budget: Money | None
    executed: Money | None
    spent_percent: Decimal | None
    ratio_to_time: Decimal | None
    time_colour: Colour
    planned_percent: Decimal | None
    ratio_to_plan: Decimal | None
    plan_colour: Colour
    indicators: list[IndicatorStatus]
    colour: Colour
    def __init__(self, **fields: Any) -> None: ...

class Explanation:
    project: int
    indicator: int | None
    colour: Colour
    note: str
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class MonitorReport:
    as_of: Date
    months_elapsed: int
    time_progress: Decimal
    projects: list[ProjectStatus]
    explanations: list[Explanation]
    diagnostics: DiagnosticList
    def __init__(self, **fields: Any) -> None: ...

def result_name(project: Project) -> str: ...
def subject_of(document: Document, explanation: Explanation) -> str: ...
def colour_of(ratio: Decimal | int | str, options: MonitorOptions = ...) -> Colour: ...
def months_elapsed(year: int, as_of: Date) -> int: ...
def _monitor(
    document: Document, actuals: Actuals, as_of: Date, options: MonitorOptions = ..., matched: Matched | None = None
) -> MonitorReport: ...

class GradeBand:
    low: Decimal
    high: Decimal
    point: Decimal
    def __init__(self, **fields: Any) -> None: ...

class EvaluateOptions:
    output_weight: Decimal
    benefit_weight: Decimal
    satisfaction_weight: Decimal
    cost_weight: Decimal
    budget_weight: Decimal
    use_stated_weights: bool
    reverse: ReverseConvention
    budget_base: BudgetBase
    achieved: GradeBand
    partly: GradeBand
    unmet: GradeBand
    excellent_from: Decimal
    good_from: Decimal
    pass_from: Decimal
    over_achievement: Decimal
    precision: int
    as_of: Date | None
    def __init__(self, **fields: Any) -> None: ...
    def weight_of(self, level1: Level1) -> Decimal: ...

class IndicatorScore:
    indicator: int
    level1: Level1
    actual: str
    outcome: Outcome
    achievement: Decimal | None
    weight: Decimal
    score: Decimal
    rule: ScoreRule
    note: str
    reported: Decimal | None
    difference: Decimal | None
    over_achieved: bool
    unmet_without_reason: bool
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class BudgetScore:
    budget: Money | None
    executed: Money | None
    rate: Decimal | None
    weight: Decimal
    score: Decimal
    note: str
    reported: Decimal | None
    difference: Decimal | None
    def __init__(self, **fields: Any) -> None: ...

class ProjectEvaluation:
    project: int
    indicators: list[IndicatorScore]
    budget: BudgetScore
    total: Decimal
    grade: EvaluationGrade
    reported_total: Decimal | None
    difference: Decimal | None
    def __init__(self, **fields: Any) -> None: ...

class Evaluation:
    projects: list[ProjectEvaluation]
    diagnostics: DiagnosticList
    def __init__(self, **fields: Any) -> None: ...

def evaluation_grade(total: Decimal | int | str, options: EvaluateOptions = ...) -> EvaluationGrade: ...
def _evaluate(
    document: Document, actuals: Actuals, options: EvaluateOptions = ..., matched: Matched | None = None
) -> Evaluation: ...
def _evaluate_reported(document: Document, options: EvaluateOptions = ...) -> Evaluation: ...

class ReportOptions:
    title: str
    summary: bool
    overview: bool
    projects: bool
    indicators: bool
    findings: bool
    as_of: Date | None
    monitor: MonitorOptions
    evaluate: EvaluateOptions
    def __init__(self, **fields: Any) -> None: ...

def _html_report(
    document: Document,
    findings: list[Finding],
    actuals: Actuals | None = None,
    options: ReportOptions = ...,
    comparison: YearOverYear | None = None,
    matched: Matched | None = None,
) -> str: ...
def _html_summary(document: Document, findings: list[Finding], options: ReportOptions = ...) -> str: ...
def _html_project_card(project: Project, findings: list[Finding], options: ReportOptions = ...) -> str: ...

# Year over year (同比): docs/compare.md

class YearSource(enum.Enum):
    name = "name"
    code = "code"
    document = "document"

class PairReason(enum.Enum):
    same_code = "same_code"
    code_series = "code_series"
    same_name = "same_name"
    similar_name = "similar_name"

class Confidence(enum.Enum):
    high = "high"
    medium = "medium"
    low = "low"

class PlanMove(enum.Enum):
    unchanged = "unchanged"
    earlier = "earlier"
    later = "later"
    mixed = "mixed"
    not_comparable = "not_comparable"

class IndicatorMatch(enum.Enum):
    same_name = "same_name"
    renamed = "renamed"

class TargetMove(enum.Enum):
    raised = "raised"
    lowered = "lowered"
    unchanged = "unchanged"
    not_comparable = "not_comparable"

class ProjectRef:
    index: int
    code: str
    name: str
    year: int
    year_from: YearSource
    line: int
    def __init__(self, **fields: Any) -> None: ...

class BudgetChange:
    old_total: Money | None
    new_total: Money | None
    change: Money | None
    percent: Decimal | None
    def __init__(self, **fields: Any) -> None: ...

class MilestoneChange:
    month: int
    old_percent: Decimal | None
    new_percent: Decimal | None
    change: Decimal | None
    def __init__(self, **fields: Any) -> None: ...

class PlanChange:
    move: PlanMove
    milestones: list[MilestoneChange]
    def __init__(self, **fields: Any) -> None: ...

class IndicatorRef:
    index: int
    level1: Level1
    level2: Level2
    name: str
    target: str
    line: int
    def __init__(self, **fields: Any) -> None: ...

class TargetChange:
    move: TargetMove
    reason: str
    def __init__(self, **fields: Any) -> None: ...

class IndicatorChange:
    old_indicator: IndicatorRef
    new_indicator: IndicatorRef
    match: IndicatorMatch
    similarity: Decimal
    target: TargetChange
    def __init__(self, **fields: Any) -> None: ...
    @property
    def old(self) -> IndicatorRef: ...
    @property
    def new(self) -> IndicatorRef: ...

class TargetMoves:
    raised: int
    lowered: int
    unchanged: int
    not_comparable: int
    def __init__(self, **fields: Any) -> None: ...

class ProjectPair:
    old_project: ProjectRef
    new_project: ProjectRef
    reason: PairReason
    confidence: Confidence
    name_similarity: Decimal
    budget: BudgetChange
    plan: PlanChange
    indicators: list[IndicatorChange]
    added: list[IndicatorRef]
    removed: list[IndicatorRef]
    targets: TargetMoves
    def __init__(self, **fields: Any) -> None: ...
    @property
    def old(self) -> ProjectRef: ...
    @property
    def new(self) -> ProjectRef: ...

class DocumentRef:
    department: str
    year: int
    def __init__(self, **fields: Any) -> None: ...

class YearOverYear:
    single_document: bool
    old_document: DocumentRef
    new_document: DocumentRef
    pairs: list[ProjectPair]
    new_projects: list[ProjectRef]
    ended_projects: list[ProjectRef]
    def __init__(self, **fields: Any) -> None: ...
    def to_json(self, pretty: bool = False) -> str: ...

class CompareOptions:
    project_similarity: Decimal
    indicator_similarity: Decimal
    max_similarity_code_points: int
    def __init__(self, **fields: Any) -> None: ...

class ProjectYear:
    year: int
    source: YearSource
    def __init__(self, **fields: Any) -> None: ...

def project_year(project: Project, document_year: int) -> ProjectYear: ...
def series_name(project_name: str) -> str: ...
def name_similarity(a: str, b: str, max_code_points: int = 1000) -> Decimal: ...
def compare_targets(old_indicator: Indicator, new_indicator: Indicator, years_apart: int) -> TargetChange: ...
def _compare(old: Document, new: Document | None = None, options: CompareOptions = ...) -> YearOverYear: ...
def _review_comparison(
    comparison: YearOverYear, old: Document, new: Document, options: ReviewOptions = ...
) -> list[Finding]: ...
