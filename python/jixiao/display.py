"""Notebook display: ``_repr_html_`` for Document and Project (inline CSS, no external assets)."""

from __future__ import annotations

from html import escape

_STYLE = (
    "<style>.jixiao-t{border-collapse:collapse;font-family:system-ui,'Noto Sans CJK SC','PingFang SC',"
    "'Microsoft YaHei',sans-serif;font-size:13px}.jixiao-t th,.jixiao-t td{border:1px solid #ccc;"
    "padding:2px 6px;vertical-align:top}.jixiao-t th{background:#f3f3f3}.jixiao-t td.n{text-align:right;"
    "font-variant-numeric:tabular-nums}</style>"
)


def _money(value) -> str:
    return "" if value is None else escape(str(value))


def _table(header: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table class="jixiao-t"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def project_html(project) -> str:
    plan = " · ".join(
        f"{escape(m.milestone)} {'' if m.percent is None else escape(str(m.percent)) + '%'}" for m in project.spending_plan
    )
    rows = [
        [
            escape(i.level1_text),
            escape(i.level2_text),
            escape(i.name),
            escape(i.target.raw),
            escape(i.target.kind.value),
            escape(i.basis),
        ]
        for i in project.indicators
    ]
    budget = project.budget
    return (
        _STYLE
        + f"<div><b>{escape(project.code)}</b> {escape(project.name)}<br>"
        + f"{escape(project.unit_code)} {escape(project.unit_name)} · 预算数 {_money(budget.total)}"
        + f" (财政资金 {_money(budget.fiscal)}, 其他资金 {_money(budget.other)})<br>资金支出计划: {plan}</div>"
        + _table(["一级指标", "二级指标", "三级指标", "指标值", "类型", "指标值确定依据"], rows)
    )


def document_html(document) -> str:
    rows = [
        [
            str(n),
            escape(p.code),
            escape(p.name),
            escape(p.unit_name),
            _money(p.budget.total),
            str(len(p.indicators)),
        ]
        for n, p in enumerate(document.projects, start=1)
    ]
    diagnostics = getattr(document, "diagnostics", [])
    return (
        _STYLE
        + f"<div><b>{escape(document.department)}</b> {document.year} · {len(document.projects)} 个项目"
        + f" · {len(diagnostics)} 条诊断</div>"
        + _table(["#", "项目编码", "项目名称", "单位", "预算数", "指标数"], rows, numeric={0, 4, 5})
    )


def install(document_class, project_class) -> None:
    document_class._repr_html_ = document_html
    project_class._repr_html_ = project_html
