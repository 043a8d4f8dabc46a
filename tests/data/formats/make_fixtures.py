#!/usr/bin/python3
"""Makes the test documents in tests/data/formats from the text sample.

    /usr/bin/python3 tests/data/formats/make_fixtures.py [--check build/jixiao] [--keep-sources DIR]

The sample examples/data/zjk-kexie-2025-targets.txt is the TAB-separated text a PDF extraction made
of one published document. This script lays that text out again as the document was published —
workbooks, a Word file, web pages and PDFs printed from them by LibreOffice and Chromium — and
makes the hard cases the front ends must survive, each a small file of its own. It takes the
content from the sample only: the layout is new (merged cells, number formats, borders), the words
and figures are the sample's. What a correct reader must get from each file is in expected.md,
which this script writes too.

Debian packages: python3-openpyxl, python3-docx, python3-lxml, libreoffice-calc-nogui,
libreoffice-writer-nogui, chromium, poppler-utils, img2pdf, qpdf, fonts-noto-cjk, fonts-wqy-microhei.

--check JIXIAO runs the project's command-line reader on a TAB-text rendering of the same layout
(merged cells written on their first row and column only, as every front end's grid has them)
and stops unless it gives the same model as the sample and the summary in expected.md: a check of
this script, not of a front end.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SAMPLE = REPO / "examples" / "data" / "zjk-kexie-2025-targets.txt"

# Everything that carries a time carries this one (2025-01-01T00:00:00Z), so that a second run
# writes the same bytes.
EPOCH = 1735689600
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"
COLUMNS = 7  # the project tables' grid: 项目编码 ⇥ code ⇥ ⇥ 项目名称 ⇥ name ⇥ ⇥

# ---------------------------------------------------------------------------------------------
# Reading the sample into a layout
# ---------------------------------------------------------------------------------------------


def is_wide(ch: str) -> bool:
    """As src/read/text.hpp: characters written without blanks between them."""
    c = ord(ch)
    return (0x2E80 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0xFE30 <= c <= 0xFE4F
            or 0xFF00 <= c <= 0xFF60 or 0xFFE0 <= c <= 0xFFE6 or 0x20000 <= c <= 0x3134F
            or c == 0x2014 or 0x2018 <= c <= 0x201F or c == 0x2026)


def unwrap(text: str) -> str:
    """A cell's text without the blanks the extraction put where the PDF wrapped it: a blank
    between two wide characters goes (`市科协 2024 年工 作安排` → `市科协 2024 年工作安排`)."""
    text = text.strip()
    out = []
    for i, ch in enumerate(text):
        if ch == " " and out and is_wide(out[-1]):
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            if j < len(text) and is_wide(text[j]):
                continue
        if ch == " " and out and out[-1] == " ":
            continue
        out.append(ch)
    return "".join(out)


def join_parts(a: str, b: str) -> str:
    """Two parts of one cell cut by a page break, joined as the reader joins them."""
    if a and b and not is_wide(a[-1]) and not is_wide(b[0]):
        return a + " " + b
    return a + b


AMOUNT = re.compile(r"^\d+(\.\d+)?$")
PERCENT = re.compile(r"^(\d+(\.\d+)?)%$")
MONTH_LABEL = re.compile(r"^\d+\s*月[底末]$")
P_ITEM = re.compile(r"<p>(.*?)</p>", re.S)


@dataclass
class Table:
    """A project table as published: rows of COLUMNS cells, merged ranges, cell kinds."""
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    kinds: dict[tuple[int, int], str] = field(default_factory=dict)        # amount, percent
    header: int = 0           # the row of 一级指标
    repeated_headers: int = 0  # page-break headers of the extraction, dropped
    joined_cells: int = 0      # cells cut by a page break, joined

    def covered(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Cells hidden under a merge → the merge's first cell."""
        out = {}
        for r0, c0, r1, c1 in self.merges:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        out[(r, c)] = (r0, c0)
        return out

    def span(self, r: int, c: int) -> tuple[int, int]:
        for r0, c0, r1, c1 in self.merges:
            if (r0, c0) == (r, c):
                return r1 - r0 + 1, c1 - c0 + 1
        return 1, 1


@dataclass
class Project:
    number: int
    title: str       # as the document numbers it: `1.2024 开展…绩效目标表`
    unit: str        # `731001 张家口市科学技术协会本级`
    money_unit: str  # `单位：万元`
    table: Table


@dataclass
class Layout:
    front: list[tuple[str, object]]  # ("line", text) or ("contents", (entry, page))
    projects: list[Project]


HEADING = re.compile(r"^(第.部分 |[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")


def front_lines(layout: Layout):
    """The lines before the tables with the role their typesetting shows: title, credit,
    contents (entry, page), part (第一部分, its name, 目 录: a heading of its own page), heading
    (一、…, (一) …), paragraph."""
    previous = None
    for i, (kind, value) in enumerate(layout.front):
        if kind == "contents":
            role = "contents"
        elif i == 0:
            role = "title"
        elif value.endswith("编制") or value.endswith("审核"):
            role = "credit"
        elif value == "目 录" or re.fullmatch(r"第.部分", value) or (previous == "part" and not HEADING.match(value)):
            role = "part"
        elif HEADING.match(value):
            role = "heading"
        else:
            role = "paragraph"
        previous = role
        yield role, value


def read_sample(path: Path) -> Layout:
    lines = path.read_text("utf-8").split("\n")
    # Blocks: text lines, and runs of TAB rows (blank lines inside a run are page breaks).
    blocks: list[tuple[str, object, int]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if "\t" in line:
            if blocks and blocks[-1][0] == "rows":
                blocks[-1][1].append(line.split("\t"))
            else:
                blocks.append(("rows", [line.split("\t")], number))
        else:
            blocks.append(("line", line.strip(), number))

    front: list[tuple[str, object]] = []
    projects: list[Project] = []
    pending: list[tuple[str, int]] = []
    for kind, value, number in blocks:
        if kind == "line":
            pending.append((value, number))
            continue
        rows = value
        if not rows[0][0].startswith("项目编码"):
            if projects:
                raise SystemExit(f"line {number}: rows between project tables")
            front.extend(("line", text) for text, _ in pending)
            pending = []
            front.extend(("contents", (row[0].strip(), int(row[1]))) for row in rows)
            continue
        money_unit, unit = pending.pop()[0], pending.pop()[0]
        # The title starts at its number; `**…**` titles wrapped over two lines are one.
        start = max(i for i, (text, _) in enumerate(pending) if re.match(r"^\**\d+\.", text))
        title = "".join(text for text, _ in pending[start:]).strip("*")
        if projects:
            if start:
                raise SystemExit(f"line {pending[0][1]}: text between project tables")
        else:
            front.extend(("line", text) for text, _ in pending[:start])
        pending = []
        projects.append(Project(int(title.split(".")[0]), title, unit, money_unit, lay_out_table(rows)))
    if pending:
        raise SystemExit("text after the last table")
    return Layout(front, projects)


def block_kind(label: str) -> str:
    if label.startswith("项目编码"):
        return "head"
    if "支出计划" in label or "支出进度" in label or MONTH_LABEL.match(label):
        return "plan"
    if "资金用途" in label or label.startswith("预算"):
        return "budget"
    return "text"


def lay_out_table(raw: list[list[str]]) -> Table:
    rows = [[unwrap(c) for c in (row + [""] * COLUMNS)[:COLUMNS]] for row in raw]
    if any(len(r) > COLUMNS and any(x.strip() for x in r[COLUMNS:]) for r in raw):
        raise SystemExit("a row wider than the table")
    # Goals written as <p> items are lines of one cell.
    for row in rows:
        for c, text in enumerate(row):
            if "<p>" in text:
                items = [unwrap(i) for i in P_ITEM.findall(text)]
                if P_ITEM.sub("", text).strip():
                    raise SystemExit(f"text outside <p>: {text[:40]}")
                row[c] = "\n".join(items)
    header = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    table = Table(rows[: header + 1], header=header)
    for row in rows[header + 1:]:
        if row[0] == "一级指标":
            table.repeated_headers += 1
            continue
        filled = [c for c, text in enumerate(row) if text]
        if len(filled) == 1 and filled[0] >= 2:
            c = filled[0]
            table.rows[-1][c] = join_parts(table.rows[-1][c], row[c])
            table.joined_cells += 1
            continue
        table.rows.append(row)
    merge_head(table)
    merge_indicators(table)
    return table


def merge_head(table: Table) -> None:
    head = table.rows[: table.header]
    starts = [r for r, row in enumerate(head) if row[0]] + [len(head)]
    for start, end in zip(starts, starts[1:]):
        kind = block_kind(head[start][0])
        if end - start > 1:
            table.merges.append((start, 0, end - 1, 0))
        for r in range(start, end):
            row = head[r]
            first_of_block = r == start
            if kind == "plan":
                for c, text in enumerate(row):
                    if c and PERCENT.match(text):
                        table.kinds[(r, c)] = "percent"
                continue
            if kind == "budget" and first_of_block:
                for c in range(1, COLUMNS):
                    label = row[c - 1]
                    if AMOUNT.match(row[c]) and ("预算" in label or "财政" in label or "其他" in label):
                        table.kinds[(r, c)] = "amount"
                continue
            # Text cells (code, name, use of funds, goals) run over the empty cells to their right.
            for c in range(1, COLUMNS):
                if not row[c]:
                    continue
                end_c = c
                while end_c + 1 < COLUMNS and not row[end_c + 1]:
                    end_c += 1
                if end_c > c:
                    table.merges.append((r, c, r, end_c))


def merge_indicators(table: Table) -> None:
    h = table.header
    header = table.rows[h]
    last = max(c for c, text in enumerate(header) if text)
    gaps = [c for c in range(1, last) if not header[c]]  # `绩效指标描述⇥⇥指标值`
    for r in range(h, len(table.rows)):
        row = table.rows[r]
        for c in gaps:
            if not row[c]:
                table.merges.append((r, c - 1, r, c))
        if last < COLUMNS - 1 and not any(row[last + 1:]):
            table.merges.append((r, last, r, COLUMNS - 1))
    # 一级 over the rows it heads; within it, each 二级 over its run of equal names.
    data = list(range(h + 1, len(table.rows)))
    groups: list[list[int]] = []
    for r in data:
        if table.rows[r][0] or not groups:
            groups.append([r])
        else:
            groups[-1].append(r)
    for group in groups:
        if len(group) > 1:
            table.merges.append((group[0], 0, group[-1], 0))
        run = [group[0]]
        for r in group[1:] + [None]:
            if r is not None and table.rows[r][1] in ("", table.rows[run[0]][1]):
                run.append(r)
                continue
            if len(run) > 1:
                for x in run[1:]:
                    table.rows[x][1] = ""
                table.merges.append((run[0], 1, run[-1], 1))
            if r is not None:
                run = [r]


def percent_value(text: str) -> Decimal:
    return Decimal(PERCENT.match(text).group(1)) / 100


def places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def amount_format(text: str) -> str:
    return "0." + "0" * max(2, places(text))


# ---------------------------------------------------------------------------------------------
# Determinism: zip entries, document properties, PDF dates and IDs
# ---------------------------------------------------------------------------------------------

ISO_TIME = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")


def pin_zip(path: Path, edits: dict[str, callable] | None = None, *, shared_strings: bool = False,
            rich: dict[tuple[int, str], list[str]] | None = None) -> None:
    """Rewrites an OOXML package with fixed entry times and fixed document dates; `edits` change
    parts' XML, `shared_strings` moves a workbook's inline strings to a shared string table."""
    edits = dict(edits or {})
    with zipfile.ZipFile(path) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    for name in list(edits):
        if name not in entries:
            raise SystemExit(f"{path.name}: no part {name}")
        entries[name] = edits.pop(name)(entries[name].decode("utf-8")).encode("utf-8")
    if shared_strings:
        entries = share_strings(entries, rich or {})
    core = "docProps/core.xml"
    entries[core] = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + ISO_TIME,
                           entries[core].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def share_strings(entries: dict[str, bytes], rich: dict[tuple[int, str], list[str]]) -> dict[str, bytes]:
    """openpyxl 3.0 writes every string inline (`t="inlineStr"`, non-ASCII as character
    references); Excel writes a shared string table, in the order the strings first occur. The
    cell (sheet number, reference) in `rich` is written as those runs (bold), as a partly
    formatted cell is."""
    from lxml import etree
    n = f"{{{SHEET_NS}}}"
    table: dict[tuple[str, ...], int] = {}  # the runs of a string (one for plain text) → its index
    count = 0
    sheets = sorted((name for name in entries if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name)),
                    key=lambda name: int(re.search(r"\d+", name).group()))
    for number, name in enumerate(sheets, 1):
        root = etree.fromstring(entries[name])
        for cell in root.iter(f"{n}c"):
            if cell.get("t") != "inlineStr":
                continue
            inline = cell.find(f"{n}is")
            text = "".join(inline.itertext())
            runs = rich.get((number, cell.get("r")), [text])
            if "".join(runs) != text:
                raise SystemExit(f"sheet {number} {cell.get('r')}: the runs do not make {text}")
            cell.remove(inline)
            cell.set("t", "s")
            etree.SubElement(cell, f"{n}v").text = str(table.setdefault(tuple(runs), len(table)))
            count += 1
        entries[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    sst = etree.Element(f"{n}sst", nsmap={None: SHEET_NS}, count=str(count), uniqueCount=str(len(table)))
    for runs in table:
        item = etree.SubElement(sst, f"{n}si")
        for run_text in runs:
            parent = item
            if len(runs) > 1:
                parent = etree.SubElement(item, f"{n}r")
                properties = etree.SubElement(parent, f"{n}rPr")
                etree.SubElement(properties, f"{n}b")
                etree.SubElement(properties, f"{n}rFont", val=FONT)
            t = etree.SubElement(parent, f"{n}t")
            t.text = run_text
            if run_text != run_text.strip() or "\n" in run_text:
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    entries["xl/sharedStrings.xml"] = etree.tostring(sst, xml_declaration=True, encoding="UTF-8", standalone=True)
    types = entries["[Content_Types].xml"].decode("utf-8")
    override = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    entries["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode("utf-8")
    rels = entries["xl/_rels/workbook.xml.rels"].decode("utf-8")
    relationship = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'sharedStrings" Target="sharedStrings.xml" Id="rIdSharedStrings"/>')
    entries["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", relationship + "</Relationships>").encode("utf-8")
    return entries


def pin_pdf(path: Path) -> None:
    """Gives a producer's PDF fixed dates and a document ID computed from its content, by
    same-length substitutions that leave every offset of the file as the producer wrote it."""
    data = bytearray(path.read_bytes())
    stamp = FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()
    for m in re.finditer(rb"/(?:CreationDate|ModDate)\s*\(D:(\d{14})", data):
        data[m.start(1):m.end(1)] = stamp
    iso = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%S").encode()
    for m in re.finditer(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)", data):
        data[m.start(1):m.end(1)] = iso
    # The document ID, LibreOffice's /DocChecksum and the XMP UUIDs hash the time of writing.
    spans = [m.span(g) for m in re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", data) for g in (1, 2)]
    spans += [m.span(1) for m in re.finditer(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", data)]
    uuids = [m.span(1) for m in re.finditer(rb"uuid:([0-9a-f-]{36})", data)]
    blank = bytearray(data)
    for a, b in spans + uuids:
        blank[a:b] = b"0" * (b - a)
    digest = hashlib.sha256(bytes(blank)).hexdigest().upper()
    for a, b in spans:
        data[a:b] = (digest * 2)[: b - a].encode()
    for k, (a, b) in enumerate(uuids):
        h = hashlib.sha256(f"{digest}{k}".encode()).hexdigest()
        data[a:b] = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".encode()
    path.write_bytes(bytes(data))


# ---------------------------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WIDTHS = [10, 12, 14, 22, 12, 14, 8]  # characters; 92 fill an A4 page's width


def text_width(text: str) -> float:
    """The width of a line of 10 pt text, in the unit of column widths."""
    return sum(1.55 if is_wide(ch) else 0.85 for ch in text)


def line_count(text: str, width: float) -> int:
    usable = max(width - 1.2, 1)
    return sum(max(1, -(-int(text_width(line) * 10) // int(usable * 10))) for line in str(text).split("\n"))


def points(lines: int, size: float = 10) -> float:
    return round(lines * size * 1.45 + 4, 1)


def new_workbook() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.properties.creator = "jixiao test fixtures"
    wb.properties.lastModifiedBy = "jixiao test fixtures"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def set_up_sheet(ws) -> None:
    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页"
    ws.oddFooter.center.size = 9


def put_line(ws, row: int, text: str, *, size: float = 10.5, bold: bool = False, align: str = "left") -> int:
    """A line of text outside the tables: one cell across the page's width."""
    cell = ws.cell(row=row, column=1, value=text)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=COLUMNS)
    ws.row_dimensions[row].height = points(line_count(text, sum(WIDTHS) * 10 / size), size)
    return row + 1


SHEET_LINE_STYLE = {"title": dict(size=18, bold=True, align="center"), "credit": dict(size=12, align="center"),
                    "part": dict(size=14, bold=True, align="center"), "heading": dict(size=11, bold=True),
                    "paragraph": {}}


def front_matter_to_sheet(ws, layout: Layout, row: int = 1) -> int:
    for role, value in front_lines(layout):
        if role != "contents":
            row = put_line(ws, row, value, **SHEET_LINE_STYLE[role])
            continue
        entry, page = value
        cell = ws.cell(row=row, column=1, value=entry)
        cell.font = Font(name=FONT, size=10.5)
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=COLUMNS - 1)
        number = ws.cell(row=row, column=COLUMNS, value=page)
        number.font = Font(name=FONT, size=10.5)
        number.alignment = Alignment(horizontal="right", vertical="center")
        ws.row_dimensions[row].height = points(line_count(entry, sum(WIDTHS[:-1])), 10.5)
        row += 1
    return row


def table_to_sheet(ws, project: Project, row: int) -> int:
    """Title, unit line and 单位 line, then the bordered table; returns the next free row."""
    row = put_line(ws, row, project.title, size=13, bold=True, align="center")
    row = put_line(ws, row, project.unit)
    row = put_line(ws, row, project.money_unit, align="right")
    table = project.table
    covered = table.covered()
    first = row
    for r, cells in enumerate(table.rows):
        lines = 1
        for c, text in enumerate(cells):
            cell = ws.cell(row=first + r, column=c + 1)
            cell.border = BORDER
            cell.font = Font(name=FONT, size=10, bold=(r == table.header))
            kind = table.kinds.get((r, c))
            if kind == "amount":
                cell.value = float(Decimal(text))  # written as Excel writes a double: 5.7
                cell.number_format = amount_format(text)
            elif kind == "percent":
                cell.value = float(percent_value(text))
                cell.number_format = "0%"
            elif text:
                cell.value = text
            long_text = len(text) > 24 or "\n" in text
            cell.alignment = Alignment(horizontal="left" if long_text else "center", vertical="center", wrap_text=True)
            if (r, c) in covered:
                continue
            rows_spanned, cols_spanned = table.span(r, c)
            if rows_spanned == 1:
                lines = max(lines, line_count(text, sum(WIDTHS[c:c + cols_spanned])))
        ws.row_dimensions[first + r].height = points(lines)
    for r0, c0, r1, c1 in table.merges:
        ws.merge_cells(start_row=first + r0, start_column=c0 + 1, end_row=first + r1, end_column=c1 + 1)
    return first + len(table.rows)


def split_number(title: str) -> list[str]:
    """`1.2024 开展…` → [`1.`, `2024 开展…`]: the runs of a partly formatted title."""
    number, rest = title.split(".", 1)
    return [number + ".", rest]


def sheet_name(project: Project) -> str:
    return re.sub(r"[\[\]:*?/\\]", "", project.title)[:31]


def write_sheets_workbook(layout: Layout, path: Path) -> None:
    wb = new_workbook()
    ws = wb.active
    ws.title = "封面目录及第一部分"
    set_up_sheet(ws)
    front_matter_to_sheet(ws, layout)
    for project in layout.projects:
        ws = wb.create_sheet(sheet_name(project))
        set_up_sheet(ws)
        table_to_sheet(ws, project, 1)
    wb.save(path)
    # Sheet 1 is the front matter; each table's title is A1 of its sheet.
    titles = {(number, "A1"): split_number(p.title) for number, p in enumerate(layout.projects, 2)}
    pin_zip(path, shared_strings=True, rich=titles)


def write_one_sheet_workbook(layout: Layout, path: Path) -> None:
    wb = new_workbook()
    ws = wb.active
    ws.title = "绩效目标"
    set_up_sheet(ws)
    row = front_matter_to_sheet(ws, layout)
    for project in layout.projects:
        row = table_to_sheet(ws, project, row + 2)
    wb.save(path)
    pin_zip(path)


# ---------------------------------------------------------------------------------------------
# docx
# ---------------------------------------------------------------------------------------------

DOCX_WIDTHS_CM = [1.9, 2.2, 2.6, 4.0, 2.1, 2.6, 1.6]  # 17 cm: A4 less 2 cm margins


def set_run_font(run, size: float | None = None, bold: bool = False) -> None:
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None


def new_document(font_size: float = 10.5) -> docx.Document:
    document = docx.Document()
    core = document.core_properties
    core.author = core.last_modified_by = "jixiao test fixtures"
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(font_size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(footer.add_run("第 "), 9)
    field_ = OxmlElement("w:fldSimple")
    field_.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    number_text = OxmlElement("w:t")
    number_text.text = "1"
    number.append(number_text)
    field_.append(number)
    footer._p.append(field_)
    set_run_font(footer.add_run(" 页"), 9)
    return document


def add_paragraph(document, text: str, *, size: float | None = None, bold: bool = False,
                  align=WD_ALIGN_PARAGRAPH.LEFT, indent: bool = False, page_break_before: bool = False):
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.page_break_before = page_break_before or None
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(21)
    set_run_font(paragraph.add_run(text), size, bold)
    return paragraph


def front_matter_to_document(document, layout: Layout) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    for role, value in front_lines(layout):
        if role == "contents":
            entry, page = value
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            set_run_font(paragraph.add_run(f"{entry}\t{page}"))
        elif role == "title":
            add_paragraph(document, value, size=20, bold=True, align=center)
        elif role == "credit":
            add_paragraph(document, value, size=14, align=center)
        elif role == "part":
            # 目 录 and 第N部分 open a page; the part's name follows on it.
            new_page = value == "目 录" or value.startswith("第")
            add_paragraph(document, value, size=16, bold=True, align=center, page_break_before=new_page)
        elif role == "heading":
            add_paragraph(document, value, bold=True)
        else:
            add_paragraph(document, value, indent=True)


def fill_cell(cell, text: str, *, bold: bool = False, size: float = 10) -> None:
    long_text = len(text) > 24 or "\n" in text
    for i, line in enumerate(text.split("\n")):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if long_text else WD_ALIGN_PARAGRAPH.CENTER
        if line:
            set_run_font(paragraph.add_run(line), size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_to_document(document, table: Table, rows: range | None = None, container=None,
                      widths_cm: list[float] | None = None, size: float = 10):
    """The table as a Word table (rows: a slice of the project table); merges as gridSpan/vMerge."""
    rows = rows if rows is not None else range(len(table.rows))
    widths = widths_cm or DOCX_WIDTHS_CM
    host = container if container is not None else document
    word = host.add_table(rows=len(rows), cols=COLUMNS)
    word.style = document.styles["Table Grid"]
    word.alignment = WD_TABLE_ALIGNMENT.CENTER
    word.autofit = False
    for i, w in enumerate(widths):
        word.columns[i].width = Cm(w)
    for i, r in enumerate(rows):
        for c in range(COLUMNS):
            cell = word.cell(i, c)
            cell.width = Cm(widths[c])
            fill_cell(cell, display(table, r, c), bold=(r == table.header), size=size)
    for r0, c0, r1, c1 in table.merges:
        if r0 in rows and r1 in rows:
            word.cell(r0 - rows.start, c0).merge(word.cell(r1 - rows.start, c1))
    return word


def display(table: Table, r: int, c: int) -> str:
    """A cell's text as its number format shows it."""
    text = table.rows[r][c]
    kind = table.kinds.get((r, c))
    if kind == "amount":
        return f"{Decimal(text):.{max(2, places(text))}f}"
    if kind == "percent":
        return f"{percent_value(text) * 100:.0f}%"
    return text


def project_heading(document, project: Project, page_break: bool = True, title_size: float = 14) -> None:
    add_paragraph(document, project.title, size=title_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                  page_break_before=page_break)
    add_paragraph(document, project.unit)
    add_paragraph(document, project.money_unit, align=WD_ALIGN_PARAGRAPH.RIGHT)


def write_document(layout: Layout, path: Path) -> None:
    document = new_document()
    front_matter_to_document(document, layout)
    for i, project in enumerate(layout.projects):
        project_heading(document, project, page_break=i > 0)
        table_to_document(document, project.table)
    document.save(path)
    pin_zip(path)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

HTML_WIDTHS = [11, 13, 15, 24, 13, 15, 9]  # percent of the table's width

# One font without bold, and no bold: Chromium draws synthetic bold as Type 3 glyphs, and its PDFs
# embed CFF fonts (Noto CJK) as Type 3 too, five times the size of a TrueType subset.
STYLE = """\
@page { size: A4; margin: 15mm 12mm; }
body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; line-height: 1.5; }
h1 { font-size: 20pt; font-weight: normal; text-align: center; margin: 40mm 0 20mm; }
h2 { font-size: 14pt; font-weight: normal; text-align: center; margin: 8pt 0; }
h3 { font-size: 11pt; font-weight: normal; margin: 6pt 0; }
p { margin: 3pt 0; }
p.center { text-align: center; }
p.unit { text-align: right; }
p.paragraph { text-indent: 2em; }
section.project { break-before: page; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9.5pt; line-height: 1.35; }
td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle;
     overflow-wrap: anywhere; }
td.text { text-align: left; }
"""


HARD_STYLE = STYLE + "h1 { font-size: 16pt; margin: 0 0 8pt; }\n"


def esc(text: str) -> str:
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))


def table_html(table: Table, *, indent: str = "", cell_empty: str = "", escape=esc,
               widths: list[int] | None = None, css_class: str = "") -> str:
    covered = table.covered()
    out = [f'{indent}<table{f" class={chr(34)}{css_class}{chr(34)}" if css_class else ""}>',
           f"{indent}<colgroup>" + "".join(f'<col style="width:{w}%">' for w in (widths or HTML_WIDTHS)) + "</colgroup>"]
    for r, cells in enumerate(table.rows):
        out.append(f'{indent}<tr class="header">' if r == table.header else f"{indent}<tr>")
        for c in range(COLUMNS):
            if (r, c) in covered:
                continue
            rows_spanned, cols_spanned = table.span(r, c)
            attrs = ""
            if rows_spanned > 1:
                attrs += f' rowspan="{rows_spanned}"'
            if cols_spanned > 1:
                attrs += f' colspan="{cols_spanned}"'
            text = display(table, r, c)
            if len(text) > 24 or "\n" in text:
                attrs += ' class="text"'
            out.append(f"{indent}  <td{attrs}>{escape(text) if text else cell_empty}</td>")
        out.append(f"{indent}</tr>")
    out.append(f"{indent}</table>")
    return "\n".join(out)


HTML_LINE = {"title": "<h1>{}</h1>", "credit": '<p class="center">{}</p>', "part": "<h2>{}</h2>",
             "heading": "<h3>{}</h3>", "paragraph": '<p class="paragraph">{}</p>'}


def front_matter_html(layout: Layout) -> list[str]:
    out = []
    for role, value in front_lines(layout):
        if role == "contents":
            entry, page_number = value
            out.append(f"<p>{esc(entry)} …… {page_number}</p>")
        else:
            out.append(HTML_LINE[role].format(esc(value)))
    return out


def page(title: str, head: str, body: list[str], style: str = STYLE) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + head +
            f"<title>{esc(title)}</title>\n<style>\n{style}</style>\n</head>\n<body>\n" +
            "\n".join(body) + "\n</body>\n</html>\n")


def project_html(project: Project, **options) -> list[str]:
    return [f"<h2>{esc(project.title)}</h2>", f"<p>{esc(project.unit)}</p>",
            f'<p class="unit">{esc(project.money_unit)}</p>', table_html(project.table, **options)]


def write_pages(layout: Layout, utf8: Path, gbk: Path) -> None:
    body = front_matter_html(layout)
    for project in layout.projects:
        body += ['<section class="project">'] + project_html(project) + ["</section>"]
    title = layout.front[0][1]
    utf8.write_text(page(title, '<meta charset="utf-8">\n', body), "utf-8")
    gbk.write_bytes(page(title, '<meta charset="gbk">\n', body).encode("gbk"))


# ---------------------------------------------------------------------------------------------
# PDF producers
# ---------------------------------------------------------------------------------------------


def soffice_pdf(source: Path, out: Path, work: Path) -> None:
    profile = work / f"lo-profile-{source.stem}"
    outdir = work / f"lo-out-{source.stem}"
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), TZ="UTC")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(source)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    shutil.move(outdir / (source.stem + ".pdf"), out)
    pin_pdf(out)


def chromium_pdf(source: Path, out: Path, work: Path, tagged: bool = True) -> None:
    """Chromium's print to PDF; `tagged` keeps the structure tree it writes by default (a
    StructElem per table cell: three quarters of the file for the whole sample)."""
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=work))
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), TZ="UTC")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                    *([] if tagged else ["--disable-pdf-tagging"]), f"--print-to-pdf={out}", source.resolve().as_uri()],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    pin_pdf(out)


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True).stdout
    return text.decode("utf-8").split("\f")[:-1]


# ---------------------------------------------------------------------------------------------
# Hard cases
# ---------------------------------------------------------------------------------------------


# Each hard case opens with the document's title line, as an excerpt of the document would: it gives
# the department and the year that year-relative targets need, and keeps the table's own title
# from being taken for the document's.


def document_title(layout: Layout) -> str:
    return layout.front[0][1]


def start_sheet(ws, layout: Layout) -> int:
    """The document's title in row 1; returns the row after it."""
    return put_line(ws, 1, document_title(layout), size=16, bold=True, align="center")


def start_document(document, layout: Layout) -> None:
    add_paragraph(document, document_title(layout), size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)


def excerpt(layout: Layout, body: list[str]) -> list[str]:
    return [f"<h1>{esc(document_title(layout))}</h1>"] + body


def by_number(layout: Layout, number: int) -> Project:
    return next(p for p in layout.projects if p.number == number)


def cell_ref(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def find_row(table: Table, first_cell: str) -> int:
    return next(r for r, row in enumerate(table.rows) if row[0].startswith(first_cell))


def first_sheet(wb, title: str):
    ws = wb.active
    ws.title = title
    set_up_sheet(ws)
    return ws


def hard_xlsx_formula(layout: Layout, path: Path) -> dict:
    """预算数 as a formula with its cached value; a spending-plan value as a formula without one."""
    project = by_number(layout, 4)
    wb = new_workbook()
    ws = first_sheet(wb, sheet_name(project))
    first = table_to_sheet(ws, project, start_sheet(ws, layout)) - len(project.table.rows)
    budget = first + find_row(project.table, "预算")
    total, fiscal, other = cell_ref(budget, 3), cell_ref(budget, 5), cell_ref(budget, 7)
    ws[total] = f"={fiscal}+{other}"
    plan_values = first + find_row(project.table, "资金支出计划") + 1
    last_value = cell_ref(plan_values, 7)  # 12 月底: 100%
    before = cell_ref(plan_values, 6)       # 10 月底: 75%
    ws[last_value] = f"={before}+0.25"
    wb.save(path)
    sheet = "xl/worksheets/sheet1.xml"
    pin_zip(path, {sheet: lambda xml: drop_value(add_cached_value(xml, total, "16.63"), last_value)},
            shared_strings=True)
    return {"sheet": ws.title, "total": total, "total_formula": f"{fiscal}+{other}", "uncached": last_value,
            "before": before}


def add_cached_value(xml: str, ref: str, value: str) -> str:
    pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?')
    new, n = pattern.subn(lambda m: m.group(1) + m.group(2) + f"<v>{value}</v>", xml)
    if n != 1:
        raise SystemExit(f"no formula cell {ref}")
    return new


def drop_value(xml: str, ref: str) -> str:
    """A formula cell as Excel leaves it when it was never calculated: no <v> at all."""
    pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)')
    new, n = pattern.subn(lambda m: m.group(1) + m.group(2), xml)
    if n != 1:
        raise SystemExit(f"no formula cell {ref}")
    return new


def replace_value(xml: str, ref: str, value: str) -> str:
    pattern = re.compile(rf'(<c r="{ref}"[^>]*>)<v>[^<]*</v>')
    new, n = pattern.subn(lambda m: m.group(1) + f"<v>{value}</v>", xml)
    if n != 1:
        raise SystemExit(f"no value cell {ref}")
    return new


def hard_xlsx_float_noise(layout: Layout, path: Path) -> dict:
    """16.63 stored as the double nearest to it, printed in full (as Excel writes it)."""
    project = by_number(layout, 4)
    wb = new_workbook()
    ws = first_sheet(wb, sheet_name(project))
    first = table_to_sheet(ws, project, start_sheet(ws, layout)) - len(project.table.rows)
    budget = first + find_row(project.table, "预算")
    total, fiscal = cell_ref(budget, 3), cell_ref(budget, 5)
    wb.save(path)
    sheet = "xl/worksheets/sheet1.xml"
    pin_zip(path, {sheet: lambda xml: replace_value(replace_value(xml, total, "16.629999999999999"),
                                                    fiscal, "16.629999999999999")}, shared_strings=True)
    return {"sheet": ws.title, "total": total, "fiscal": fiscal}


def hard_xlsx_date(layout: Layout, path: Path) -> dict:
    """A 指标值 that is a date serial shown by a date format (`2024 年 12 月` in the sample)."""
    project = by_number(layout, 19)
    wb = new_workbook()
    ws = first_sheet(wb, sheet_name(project))
    first = table_to_sheet(ws, project, start_sheet(ws, layout)) - len(project.table.rows)
    r = next(i for i, row in enumerate(project.table.rows) if row[2] == "巡展完成时间")
    target_column = project.table.rows[project.table.header].index("指标值")
    ref = cell_ref(first + r, target_column + 1)
    ws[ref] = datetime(2024, 12, 1)
    ws[ref].number_format = 'yyyy"年"m"月"'
    wb.save(path)
    pin_zip(path, shared_strings=True)
    return {"sheet": ws.title, "ref": ref}


def hard_xlsx_hidden(layout: Layout, path: Path) -> dict:
    """Table 8 with a hidden row; table 9 on a hidden sheet."""
    wb = new_workbook()
    eight, nine = by_number(layout, 8), by_number(layout, 9)
    ws = first_sheet(wb, "8")
    first = table_to_sheet(ws, eight, start_sheet(ws, layout)) - len(eight.table.rows)
    hidden_row = first + next(i for i, row in enumerate(eight.table.rows) if row[1] == "时效指标")
    ws.row_dimensions[hidden_row].hidden = True
    ws9 = wb.create_sheet("9")
    set_up_sheet(ws9)
    table_to_sheet(ws9, nine, 1)
    ws9.sheet_state = "hidden"
    wb.save(path)
    pin_zip(path, shared_strings=True)
    return {"hidden_row": hidden_row}


def hard_xlsx_two_tables(layout: Layout, path: Path) -> dict:
    wb = new_workbook()
    ws = first_sheet(wb, "12-13")
    end = table_to_sheet(ws, by_number(layout, 12), start_sheet(ws, layout))
    second = end + 1
    table_to_sheet(ws, by_number(layout, 13), second)
    wb.save(path)
    pin_zip(path, shared_strings=True)
    return {"second_title_row": second}


def hard_xlsx_merged_block(layout: Layout, path: Path) -> dict:
    """Table 16 with its 绩效目标 text in one cell two rows high and six columns wide."""
    project = by_number(layout, 16)
    table = project.table
    goals = find_row(table, "绩效目标")
    rows = [list(r) for r in table.rows]
    rows.insert(goals + 1, [""] * COLUMNS)

    def shift(r: int) -> int:
        return r + 1 if r > goals else r

    merges = []
    for r0, c0, r1, c1 in table.merges:
        if (r0, c0) == (goals, 1):
            merges.append((goals, 1, goals + 1, COLUMNS - 1))
        else:
            merges.append((shift(r0), c0, shift(r1), c1))
    merges.append((goals, 0, goals + 1, 0))
    tall = Table(rows, merges, {(shift(r), c): k for (r, c), k in table.kinds.items()}, header=table.header + 1)
    wb = new_workbook()
    ws = first_sheet(wb, sheet_name(project))
    tall_project = Project(project.number, project.title, project.unit, project.money_unit, tall)
    first = table_to_sheet(ws, tall_project, start_sheet(ws, layout)) - len(rows)
    ws.row_dimensions[first + goals].height = 30
    ws.row_dimensions[first + goals + 1].height = 30
    wb.save(path)
    pin_zip(path, shared_strings=True)
    return {"range": f"{cell_ref(first + goals, 2)}:{cell_ref(first + goals + 1, COLUMNS)}",
            "label": f"{cell_ref(first + goals, 1)}:{cell_ref(first + goals + 1, 1)}"}


def hard_html_nested(layout: Layout, path: Path) -> None:
    """Table 4 inside two layout tables, as old CMS pages wrap their content; <br> in cells where
    the published PDF wrapped the labels, and between the goals."""
    project = by_number(layout, 4)
    table = project.table
    rows = [list(r) for r in table.rows]
    for row in rows:
        for c, text in enumerate(row):
            text = {"预算规模及资金用途": "预算规模及\n资金用途", "其中：财政资金": "其中：财政\n资金",
                    "资金支出计划（%）": "资金支出计划\n（%）"}.get(text, text)
            if text.startswith("1.") and " 2." in text:
                text = text.replace(" 2.", "\n2.")
            row[c] = text
    wrapped = Table(rows, table.merges, table.kinds, header=table.header)
    inner = table_html(wrapped, indent="        ")
    body = [f"<h1>{esc(document_title(layout))}</h1>", '<table class="layout" width="100%"><tr><td>',
            '  <table class="layout" width="100%"><tr><td>',
            f"    <h2>{esc(project.title)}</h2>", f"    <p>{esc(project.unit)}</p>",
            f'    <p class="unit">{esc(project.money_unit)}</p>', inner,
            "  </td></tr></table>", "</td></tr></table>"]
    style = HARD_STYLE + "table.layout, table.layout > tbody > tr > td { border: none; padding: 0; }\n"
    path.write_text(page(project.title, '<meta charset="utf-8">\n', body, style), "utf-8")


ENTITIES = [("≥", "&ge;"), ("≤", "&#x2264;"), ("“", "&ldquo;"), ("”", "&rdquo;")]


def hard_html_entities(layout: Layout, path: Path) -> None:
    """Table 1 written with entities: empty cells `&nbsp;`, `&ge;` `&#x2264;` in targets, the goals
    with the `<p>` tags the published PDF printed, escaped as `&lt;p&gt;`."""
    project = by_number(layout, 1)

    def escape(text: str) -> str:
        if "\n" in text:  # the goals: as published, tags and all
            return "".join(f"&lt;p&gt;{escape(line)}&lt;/p&gt; " for line in text.split("\n")).rstrip()
        out = html.escape(text, quote=False)
        for ch, entity in ENTITIES:
            out = out.replace(ch, entity)
        return out.replace("%", "&#37;", 1) if out.endswith("%") and out[:-1].isdigit() else out

    body = [f"<h1>{escape(document_title(layout))}</h1>", f"<h2>{escape(project.title)}</h2>",
            f"<p>{escape(project.unit)}</p>", '<p class="unit">单位：&nbsp;万元</p>',
            table_html(project.table, cell_empty="&nbsp;", escape=escape)]
    path.write_text(page(project.title, '<meta charset="utf-8">\n', body, HARD_STYLE), "utf-8")


def hard_html_http_equiv(layout: Layout, path: Path) -> None:
    """Table 16 in GBK, the charset named only by `<meta http-equiv>` (as gb2312)."""
    project = by_number(layout, 16)
    head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
    path.write_bytes(page(project.title, head, excerpt(layout, project_html(project)), HARD_STYLE).encode("gbk"))


def hard_docx_vmerge(layout: Layout, path: Path) -> dict:
    """Table 5, longer than a page: 产出指标 and 数量指标 merged down across the page break."""
    project = by_number(layout, 5)
    document = new_document()
    start_document(document, layout)
    project_heading(document, project, page_break=False)
    table_to_document(document, project.table, size=10.5)
    document.save(path)
    pin_zip(path)
    table = project.table
    spans = {table.rows[r0][c0]: r1 - r0 + 1 for r0, c0, r1, c1 in table.merges if c0 in (0, 1) and r0 > table.header}
    return {"output_rows": spans["产出指标"], "output_more": spans["产出指标"] - 1,
            "quantity_rows": spans["数量指标"], "indicators": len(table.rows) - table.header - 1}


def hard_docx_nested(layout: Layout, path: Path) -> None:
    """Table 8 as Word templates lay it out: the indicators in a table nested in the last row's
    cell of the form."""
    project = by_number(layout, 8)
    table = project.table
    document = new_document()
    start_document(document, layout)
    project_heading(document, project, page_break=False)
    outer = table_to_document(document, table, rows=range(table.header))
    row = outer.add_row()
    label, holder = row.cells[0], row.cells[1].merge(row.cells[COLUMNS - 1])
    fill_cell(label, "绩效指标")
    inner_widths = [1.8, 2.1, 2.5, 3.6, 1.8, 2.3, 0.6]  # within the 15.1 cm of the holding cell
    table_to_document(document, table, rows=range(table.header, len(table.rows)), container=holder,
                      widths_cm=inner_widths, size=9)
    document.save(path)
    pin_zip(path)


def hard_docx_gridspan(layout: Layout, path: Path) -> None:
    """Table 18, whose 绩效指标描述 spans two grid columns (`绩效指标描述⇥⇥指标值` in the text)."""
    project = by_number(layout, 18)
    document = new_document()
    start_document(document, layout)
    project_heading(document, project, page_break=False)
    table_to_document(document, project.table)
    document.save(path)
    pin_zip(path)


def hard_pdf_sources(layout: Layout, work: Path) -> dict[str, Path]:
    """The documents the hard PDFs are printed from (kept only with --keep-sources)."""
    sources = {}
    # A cell wrapped over four lines: table 9, its 依据 column narrow.
    project = by_number(layout, 9)
    widths = [11, 12, 14, 31, 17, 7, 8]  # 依据 (F:G) about seven characters wide
    body = excerpt(layout, project_html(project, widths=widths))
    style = HARD_STYLE
    sources["wrap"] = work / "wrap.html"
    sources["wrap"].write_text(page(project.title, '<meta charset="utf-8">\n', body, style), "utf-8")

    # Two tables on one page: tables 12 and 13 in a compact style.
    body = excerpt(layout, project_html(by_number(layout, 12)) + project_html(by_number(layout, 13)))
    style = HARD_STYLE + "table { font-size: 8.5pt; margin-bottom: 10pt; } h2 { font-size: 11pt; margin: 4pt 0; }\n"
    sources["two-tables"] = work / "two-tables.html"
    sources["two-tables"].write_text(page("12-13", '<meta charset="utf-8">\n', body, style), "utf-8")

    # No rulings at all: table 8 with borders off.
    body = excerpt(layout, project_html(by_number(layout, 8)))
    style = HARD_STYLE + "td { border: none; }\n"
    sources["borderless"] = work / "borderless.html"
    sources["borderless"].write_text(page("8", '<meta charset="utf-8">\n', body, style), "utf-8")
    return sources


def hard_pdf_split_row(layout: Layout, work: Path, out: Path) -> dict:
    """Table 1 in the first font size (from 14 pt up) at which LibreOffice cuts its 绩效目标 row
    at the page break: the row's first goal on page 1, its last on page 2."""
    project = by_number(layout, 1)
    goals = next(row[1] for row in project.table.rows if row[0] == "绩效目标").split("\n")
    pdf = out / "hard-pdf-split-row.pdf"
    for tenths in range(140, 201, 5):
        size = tenths / 10
        document = new_document(font_size=size)
        start_document(document, layout)
        project_heading(document, project, page_break=False, title_size=size + 2)
        table_to_document(document, project.table, size=size)
        source = work / "split-row.docx"
        document.save(source)
        soffice_pdf(source, pdf, work)
        pages = [page.replace(" ", "") for page in pdf_pages(pdf)]
        if len(pages) >= 2 and goals[0][:12] in pages[0] and goals[-1][-8:] in pages[1] \
                and goals[0][:12] not in pages[1]:
            last_on_first = max(i for i, goal in enumerate(goals, 1) if goal[:8].replace(" ", "") in pages[0])
            return {"size": f"{size:g}", "source": source, "items": len(goals), "last_on_first": last_on_first,
                    "pages": len(pages)}
    raise SystemExit("split-row: no font size cuts the 绩效目标 row")


def hard_pdfs(layout: Layout, work: Path, out: Path, vmerge_docx: Path) -> dict:
    sources = hard_pdf_sources(layout, work)
    chromium_pdf(sources["wrap"], out / "hard-pdf-wrap-four-lines.pdf", work)
    soffice_pdf(vmerge_docx, out / "hard-pdf-merged-across-pages.pdf", work)
    chromium_pdf(sources["two-tables"], out / "hard-pdf-two-tables.pdf", work)
    chromium_pdf(sources["borderless"], out / "hard-pdf-borderless.pdf", work)
    # A scan: the two-tables page as a grey image, without a text layer.
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-jpeg", "-jpegopt", "quality=50", "-singlefile",
                    str(out / "hard-pdf-two-tables.pdf"), str(work / "scan")], check=True)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%S")
    subprocess.run(["img2pdf", "--pagesize", "A4", "--creationdate", stamp, "--moddate", stamp,
                    "-o", str(out / "hard-pdf-scanned.pdf"), str(work / "scan.jpg")], check=True)
    pin_pdf(out / "hard-pdf-scanned.pdf")
    # Encrypted: one that needs a password to open, one with permissions only (opens without one).
    # AES-128 (revision 4): AES-256 draws random salts, and qpdf can fix only the ID and the IVs.
    for name, user in (("hard-pdf-encrypted-password.pdf", "jixiao"), ("hard-pdf-encrypted-no-password.pdf", "")):
        subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", user, "owner-secret", "128",
                        "--use-aes=y",
                        "--print=none", "--modify=none", "--extract=n", "--",
                        str(out / "hard-pdf-two-tables.pdf"), str(out / name)], check=True)
    return sources


# ---------------------------------------------------------------------------------------------
# Checks of the layout (not of a front end)
# ---------------------------------------------------------------------------------------------


def layout_as_text(layout: Layout) -> str:
    """The layout as TAB text: what a front end's grid holds, a merged cell on its first row and
    column only, a cell's lines joined by a blank."""
    lines = []
    for kind, value in layout.front:
        lines.append(f"{value[0]}\t{value[1]}" if kind == "contents" else value)
    for project in layout.projects:
        lines += ["", project.title, project.unit, project.money_unit]
        table = project.table
        covered = table.covered()
        for r, cells in enumerate(table.rows):
            row = ["" if (r, c) in covered else display(table, r, c).replace("\n", " ") for c in range(COLUMNS)]
            lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def strip_locations(value):
    if isinstance(value, dict):
        return {k: strip_locations(v) for k, v in value.items() if k not in ("line", "column")}
    if isinstance(value, list):
        return [strip_locations(v) for v in value]
    return value


def check_layout(layout: Layout, jixiao: Path, work: Path) -> None:
    def model(path: Path):
        out = subprocess.run([str(jixiao), "export", str(path), "--to", "json"], check=True, capture_output=True)
        return json.loads(out.stdout)

    text = work / "layout.txt"
    text.write_text(layout_as_text(layout), "utf-8")
    expected, got = model(SAMPLE), model(text)
    if strip_locations(expected) != strip_locations(got):
        a = json.dumps(strip_locations(expected), ensure_ascii=False, indent=1).splitlines()
        b = json.dumps(strip_locations(got), ensure_ascii=False, indent=1).splitlines()
        import difflib
        sys.stderr.write("\n".join(list(difflib.unified_diff(a, b, "sample", "layout", lineterm=""))[:80]) + "\n")
        raise SystemExit("the layout does not read to the sample's model")
    if summary(expected) != SAMPLE_SUMMARY.strip().split("\n"):
        raise SystemExit("SAMPLE_SUMMARY is not what the reader gives for the sample: update it")
    print(f"check: the layout reads to the sample's model ({len(expected['projects'])} projects)")


def merged_across_pages(layout: Layout, out: Path) -> dict:
    """Checks that the 产出指标 and 数量指标 blocks of table 5 run onto page 2; names the rows."""
    table = by_number(layout, 5).table
    pages = [page.replace(" ", "") for page in pdf_pages(out / "hard-pdf-merged-across-pages.pdf")]
    assert len(pages) == 2 and "产出指标" in pages[0] and "数量指标" in pages[0], "merged: 产出指标 not on page 1"
    assert "产出指标" not in pages[1] and "数量指标" not in pages[1], "merged: 产出指标 written again on page 2"
    rows = table.rows[table.header + 1:]
    second = next(i for i, row in enumerate(rows) if row[2] and row[2] not in pages[0])
    quantity = [i for i, row in enumerate(rows) if row[1] == "数量指标"][0]
    quantity_end = next(i for i in range(quantity + 1, len(rows)) if rows[i][1])
    assert 0 < second < quantity_end, "merged: the page break is not inside the 数量指标 block"
    return {"first_on_page_2": rows[second][2], "last_on_page_1": rows[second - 1][2]}


def check_pdfs(out: Path) -> None:
    """The hard PDFs show what their names say."""
    words = subprocess.run(["pdftotext", "-bbox", str(out / "hard-pdf-wrap-four-lines.pdf"), "-"], check=True,
                           capture_output=True).stdout.decode("utf-8")
    words = [html.unescape(w) for w in re.findall(r"<word [^>]*>([^<]*)</word>", words)]
    wrapped = "中国科协站点工作平台公布的专项调查任务完成情况统计表"
    assert any("".join(words[i:i + 4]) == wrapped for i in range(len(words))), "wrap: not four lines"
    assert len(pdf_pages(out / "hard-pdf-two-tables.pdf")) == 1, "two-tables: more than one page"
    assert len(pdf_pages(out / "hard-pdf-borderless.pdf")) == 1, "borderless: more than one page"
    assert not "".join(pdf_pages(out / "hard-pdf-scanned.pdf")).strip(), "scanned: has a text layer"


# ---------------------------------------------------------------------------------------------
# expected.md
# ---------------------------------------------------------------------------------------------


def summary(model: dict) -> list[str]:
    """One line per project of `jixiao export --to json`: the table of expected.md."""
    rows = []
    for number, p in enumerate(model["projects"], 1):
        b = p["budget"]
        plan = " · ".join(f"{m['milestone']} {m['percent']}%" if m.get("percent") is not None else f"{m['milestone']} —"
                          for m in p["spending_plan"])
        rows.append(f"| {number} | {p['code']} | {p['unit_code']} | {b['total'] or '—'} | {b['fiscal'] or '—'} | "
                    f"{b['other'] or '—'} | {plan} | {len(p['goals'])} | {len(p['indicators'])} |")
    return rows


# What `jixiao export --to json` gives for the text sample (checked by --check).
SAMPLE_SUMMARY = """\
| 1 | 13070024P00000410006W | 731001 | 15.75 | 15.75 | — | 3月底 25% · 6月底 50% · 10月底 75% | 4 | 13 |
| 2 | 13070024P00000210005X | 731001 | 40.48 | 40.48 | — | 3月底 25% · 6月底 50% · 10月底 75% | 11 | 18 |
| 3 | 13070024P00000810004C | 731001 | 5.05 | 5.05 | — | 3月底 40% · 6月底 80% · 10月底 100% | 3 | 6 |
| 4 | 13070025P00004010001F | 731001 | 16.63 | 16.63 | — | 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100% | 2 | 9 |
| 5 | 13070025P00004210001T | 731001 | 49.86 | 49.86 | — | 3月底 25% · 6月底 50% · 10月底 75% | 5 | 19 |
| 6 | 13070025P000044100016 | 731001 | 5.70 | 5.70 | — | 3月底 100% · 6月底 — · 10月底 — | 3 | 11 |
| 7 | 13070025P00004610003Q | 731001 | 5.33 | 5.33 | — | 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100% | 2 | 8 |
| 8 | 13070024P00019310002H | 731001 | 4.00 | 4.00 | — | 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100% | 1 | 6 |
| 9 | 13070024P000191100026 | 731001 | 1.00 | 1.00 | — | 3月底 25% · 6月底 50% · 10月底 75% | 2 | 6 |
| 10 | 13070025P00122810010Q | 731001 | 115.00 | 115.00 | — | 3月底 — · 6月底 100% · 10月底 — | 2 | 6 |
| 11 | 13070025P00122810015T | 731001 | 6.00 | 6.00 | — | 3月底 — · 6月底 100% · 10月底 — · 12月底 — | 2 | 6 |
| 12 | 13070025P00122810013K | 731001 | 10.00 | 10.00 | — | 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100% | 1 | 6 |
| 13 | 13070025P001228100120 | 731001 | 15.00 | 15.00 | — | 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100% | 1 | 6 |
| 14 | 13070025P00122810011C | 731001 | 34.00 | 34.00 | — | 3月底 — · 6月底 100% · 10月底 — · 12月底 — | 2 | 6 |
| 15 | 13070025P001228100147 | 731001 | 1.00 | 1.00 | — | 3月底 25% · 6月底 50% · 10月底 75% | 3 | 8 |
| 16 | 13070024P00064110002Q | 731001 | 5.60 | 5.60 | — | 3月底 8% · 6月底 60% · 10月底 90% | 2 | 6 |
| 17 | 13070024P000765100012 | 731001 | 3.08 | 3.08 | — | 3月底 100% · 6月底 — · 10月底 — · 12月底 — | 1 | 6 |
| 18 | 13070024P00001010071E | 731005 | 6.80 | 6.80 | — | 3月底 — · 6月底 50% · 10月底 100% | 1 | 6 |
| 19 | 13070024P00001210003X | 731005 | 10.35 | 10.35 | — | 3月底 — · 6月底 50% · 10月底 100% | 1 | 6 |
| 20 | 13070024P00001410002M | 731005 | 15.34 | 15.34 | — | 3月底 — · 6月底 — · 10月底 100% | 1 | 6 |
| 21 | 13070025P00004810001W | 731005 | 12.14 | 12.14 | — | 3月底 30% · 6月底 60% · 10月底 100% | 2 | 6 |
| 22 | 13070025P00005010002A | 731005 | 7.20 | 7.20 | — | 3月底 30% · 6月底 60% · 10月底 100% · 12月底 — | 2 | 9 |
| 23 | 13070025P00005210002M | 731005 | 15.34 | 15.34 | — | 3月底 — · 6月底 — · 10月底 — · 12月底 100% | 1 | 7 |
| 24 | 13070024P00017710002R | 731005 | 49.99 | 49.99 | — | 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100% | 1 | 6 |
| 25 | 13070025P000001100018 | 731005 | 52.00 | 52.00 | — | 3月底 30% · 6月底 60% · 10月底 100% | 1 | 6 |
| 26 | 13070024P00088710001K | 731005 | 7.00 | 7.00 | — | 3月底 — · 6月底 6000% · 10月底 9000% · 12月底 10000% | 3 | 5 |
"""


def write_expected(facts: dict, path: Path) -> None:
    lines = [EXPECTED_HEAD.strip(), "",
             "| # | 项目编码 | 单位 | 预算数 | 财政资金 | 其他资金 | 资金支出计划 | 目标 | 指标 |",
             "|---|---|---|---|---|---|---|---|---|",
             SAMPLE_SUMMARY.strip(), "", EXPECTED_BODY.strip().format(**facts)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


EXPECTED_HEAD = """
# What a correct reader gets from each fixture

Written by `make_fixtures.py` (do not edit by hand). “The text sample” is
`examples/data/zjk-kexie-2025-targets.txt`; “table N” is its project table numbered N; cell
references are A1 references on the sheet named.

## The sample laid out as published

`sample-sheets.xlsx`, `sample-onesheet.xlsx`, `sample.docx`, `sample-utf8.html`, `sample-gbk.html`,
`sample-sheets.pdf`, `sample-docx.pdf` and `sample-html.pdf` each read to **the model of the text
sample**: `jixiao export FILE --to json` equals `jixiao export examples/data/zjk-kexie-2025-targets.txt
--to json` once the source locations are dropped (`line`, `column`, and the locations inside
diagnostics), `source_encoding` aside. That is: department 张家口市科学技术协会, year 2025; units
731001 张家口市科学技术协会本级 and 731005 张家口市科技馆; the department part (the overall goal,
2 items 部门管理 and 部门决策, 6 measures); 29 contents entries (3 of the department part, 26
tables); the three diagnostics of the text sample (`line-skipped` for the credits
张家口市科学技术协会编制 and 张家口市财政局审核, `table-redacted` for table 17) and no other; and
these 26 projects, 203 indicators (目标: goal items; 指标: indicators; amounts in 万元; `—` not stated):
"""

EXPECTED_BODY = """
Every other field — names, titles, use of funds, the goal items' texts, each indicator's 一级, 二级,
三级, description, target and basis — is the text sample's, after the normalisation the reader
applies to all input (format.md, “Text as extraction leaves it”). The fixtures have no blank
between two wide characters where the text sample has one (`市科协 2024 年工 作安排` is
`市科协 2024 年工作安排` everywhere), and the titles the text sample wraps as
`**24.…中央补助` / `资金绩效目标表**` are one line without the `**`. Goals that the text sample
writes as `<p>1.…</p> <p>2.…</p>` are lines of one cell (a line break in xlsx, paragraphs in docx,
`<br>` in HTML), which the reader splits at their numbers into the same items.

What differs is layout, and each front end must undo it:

- **No extraction artefacts.** The indicator headers the text sample repeats at page breaks (its
  lines 114, 137, 215, 232) are not in the fixtures, and the cell a page break cut (`市科协 2024
  年工` … `作安排`, its lines 135 and 138) is one cell.
- **Merged cells** — xlsx merge ranges, docx `gridSpan` and `vMerge`, HTML `rowspan` and
  `colspan`, one rectangle in the PDFs. The 一级 cell spans all rows of its block; the 二级 cell
  each run of rows with the same 二级 (the text sample repeats it on every row); the labels
  预算规模及资金用途, 资金支出计划（%） and the others span the rows of their block; the 项目编码 and
  项目名称 values, the 资金用途 and 绩效目标 texts span the empty columns to their right;
  指标值确定依据 spans the last two columns; in tables 18, 19 and 25 绩效指标描述 spans the empty
  column that follows it in the text sample. A merged cell is one grid cell with its spans, the
  rows and columns it covers reading as empty, as they do in the text sample.
- **Numbers (xlsx).** 预算数, 财政资金 and 其他资金 values are numbers with the format `0.00`, stored
  as Excel stores a double (`5.7` shown `5.70`, `115` shown `115.00`); 资金支出计划 values are
  fractions with the format `0%` (table 1: 0.25, 0.5, 0.75 shown 25%, 50%, 75%; table 26: 60, 90,
  100 shown 6000%, 9000%, 10000%, as the text sample has them); contents page numbers are numbers
  in the General format. Everything else is a string, 项目编码 included.
- **Workbooks.** `sample-sheets.xlsx`: sheet 1 `封面目录及第一部分` holds the title, the credits, the
  contents (entry in A:F merged, page number in G) and the department part, one text line per row
  (A:G merged); sheets 2–27 hold one table each, named by its title cut to 31 characters, with the
  title, unit line and 单位 line in rows 1–3 (A:G merged) and the table from row 4. Its strings
  are shared strings; each title in A1 is rich text of two runs (`1.` and `2024 开展…`) that must
  be joined. `sample-onesheet.xlsx`: the same on one sheet `绩效目标`, two
  empty rows before each title; its strings are inline strings (`t="inlineStr"`, non-ASCII written
  as character references such as `&#39033;`), as openpyxl 3.0 writes them.
- **docx and HTML.** Paragraphs and tables in body order. Contents entries are paragraphs
  `entry⇥page` with a dotted right tab stop (docx) or `entry …… page` (HTML). Each table is a
  title paragraph (`<h2>`), a unit paragraph, a 单位 paragraph and one table of 7 grid columns (in
  HTML inside a `<section>`). The docx footer `第 N 页` (a PAGE field) is not body text.
  `sample-gbk.html` is `sample-utf8.html` in GBK bytes with `<meta charset="gbk">`.
- **PDFs.** `sample-sheets.pdf` (LibreOffice Calc: each sheet from a new page, rows never cut) and
  `sample-docx.pdf` (LibreOffice Writer) have the footer `第 N 页` and Noto Serif CJK subsets
  (CFF outlines, embedded as Type 1 fonts, encoding `Builtin`); `sample-html.pdf` (Chromium, untagged) has no header or footer and a
  WenQuanYi Micro Hei subset (CID TrueType). All fonts have a Unicode map. Tables run over page
  breaks without a repeated header, merged cells are single rectangles, long texts wrap inside
  their cells; page footers are not text of the model.

## Hard cases

Each holds the document's title line (张家口市科学技术协会 2025 年部门预算绩效文本: a sheet's row 1, the
first paragraph, an `<h1>`, the first line of the PDF) and one or two tables of the sample. A
fixture built on table N reads to department 张家口市科学技术协会, year 2025, no contents and no
department part, and table N of the text sample — its row in the table above, and the same texts,
targets and indicators — and to no other project. Its diagnostics are those the text front end
gives for the same rows (`table-number-gap` when the first table is not table 1) and those named
below.

### xlsx

- `hard-xlsx-formula.xlsx` — table 4 on sheet `{formula[sheet]}`. {formula[total]} (预算数) holds
  `={formula[total_formula]}` **with** the cached value 16.63 (format `0.00`): 预算数 reads 16.63, no
  diagnostic. {formula[uncached]} (the value under 12 月底) holds `={formula[before]}+0.25` **without** a cached value
  (no `<v>`): a diagnostic naming `{formula[sheet]}!{formula[uncached]}`, the cell reads as empty (the formula is
  not evaluated), so the milestone 12月底 has no percentage; 3月底 25%, 6月底 50%, 10月底 75%.
- `hard-xlsx-float-noise.xlsx` — table 4; {noise[total]} (预算数) and {noise[fiscal]} (财政资金) are stored as
  `16.629999999999999` with the format `0.00`: both read 16.63, as shown — not 16.629999999999999,
  and not the 16.625 that the use of funds text mentions (that stays text).
- `hard-xlsx-date.xlsx` — table 19; {date[ref]}, the 指标值 of 巡展完成时间, is the date 2024-12-01 (serial
  45627) with the format `yyyy"年"m"月"`: it reads as `2024年12月` (a date target, December 2024),
  never `45627`. The text sample writes `2024 年 12 月`; the target's text differs by its blanks,
  its value does not.
- `hard-xlsx-hidden.xlsx` — sheet `8` holds table 8 with row {hidden[hidden_row]} (时效指标 工作开展时间, target 100%)
  hidden; sheet `9` holds table 9 and is hidden. Hidden content is read, each with a diagnostic
  (`8!{hidden[hidden_row]}` for the row, `9` for the sheet): projects 8 and 9, as in the text sample, table 8
  with its 6 indicators.
- `hard-xlsx-two-tables.xlsx` — sheet `12-13`: table 12 (title in row 1) and table 13 (title in row
  {two[second_title_row]}) one below the other, one empty row between: projects 12 and 13.
- `hard-xlsx-merged-block.xlsx` — table 16 with its 绩效目标 text in one merged cell {merged[range]}, two
  rows high and six columns wide, beside the label {merged[label]}: one grid cell with row span 2 and
  column span 6; the goals are the text sample's two items (提升科技工作者之家的建设水平;
  提升科技工作者之家为科技工作者服务的能力和水平); the covered row adds nothing.

### HTML

- `hard-html-nested-br.html` — table 4 inside two layout tables
  (`<table><tr><td><table><tr><td>` title, unit and 单位 paragraphs, then the real table). The
  layout tables are containers, not tables of the model: table 4 reads as in the text sample.
  Labels broken with `<br>` where the published PDF wrapped them (`预算规模及<br>资金用途`,
  `其中：财政<br>资金`, `资金支出计划<br>（%）`) are those labels; the goals `1.…<br>2.…` are its 2
  items.
- `hard-html-entities.html` — table 1 with entities: empty cells are `&nbsp;` and read as empty
  (其他资金 not stated, no `cell-unplaced` from them); `&ge;30 次` and `&#x2264;17.5 万元` read `≥30 次`
  and `≤17.5 万元`; `25&#37;` reads `25%`; `&ldquo;两委&rdquo;` reads `“两委”`; `单位：&nbsp;万元` is
  the money unit 万元. The goals are written as the published PDF printed them,
  `&lt;p&gt;1.…&lt;/p&gt; &lt;p&gt;2.…&lt;/p&gt;`: the cell's text is `<p>1.…</p> <p>2.…</p>` and gives
  the text sample's 4 items.
- `hard-html-gb2312-http-equiv.html` — table 16 in GBK bytes, without BOM or `<meta charset>`: only
  `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` names the encoding (gb2312
  is a label of GBK in the WHATWG encoding standard). Table 16 as in the text sample, without
  `encoding-invalid` or U+FFFD.

### docx

- `hard-docx-vmerge-page-break.docx` — table 5 alone, longer than one A4 page at 10.5 pt. The 一级
  cell 产出指标 is `vMerge="restart"` on its first indicator row and `vMerge` (continue) on the
  next {vmerge[output_more]} rows ({vmerge[output_rows]} in all), which run onto page 2; 数量指标 likewise over {vmerge[quantity_rows]} rows, crossing the break
  too (see `hard-pdf-merged-across-pages.pdf`, printed from it). All {vmerge[indicators]} indicators of table 5,
  those on page 2 under 产出指标.
- `hard-docx-nested-table.docx` — table 8 as Word forms lay it out: the head rows (项目编码 …
  绩效目标) in the outer table, whose last row is `绩效指标` beside one cell (gridSpan 6) holding a
  nested table: the indicator header and the 6 indicator rows (一级 in vMerge). Table 8 as in the
  text sample, the nested rows its indicators (`绩效指标` is a label before the header).
- `hard-docx-gridspan.docx` — table 18, whose 绩效指标描述 spans two grid columns (`gridSpan="2"`)
  in the header and every indicator row, so that 指标值 stands in grid column 6 and 依据 in 7:
  targets `≥90 百分比`, `8.76 万元`, `≥280 天`, `≤8.76 万元`, `≥95 百分比`, `≥95 百分比`, none shifted
  into the basis.

### PDF

- `hard-pdf-split-row.pdf` — table 1 in {split[size]} pt (LibreOffice from a docx). The page break cuts
  the 绩效目标 row: goal items 1 to {split[last_on_first]} (the last perhaps in part) on page 1, the rest of
  the {split[items]} on page 2, under no ruling, in the same cell; the label 绩效目标 stands on one of the
  two parts only. One row, one cell: the text sample's {split[items]} goal items, the one cut joined; the
  rest of table 1 as in the text sample ({split[pages]} pages: later breaks may cut rows too).
- `hard-pdf-wrap-four-lines.pdf` — table 9 (Chromium), its 指标值确定依据 column narrow:
  `中国科协站点工作平台公布的专项调查任务完成情况统计表` wraps over four lines in its cell while
  the other cells of the row are vertically centred; one text, no blanks inserted. The plan label
  `10月底` wraps in its narrow column too (`10月` / `底`): the label 10月底, with 75%.
- `hard-pdf-merged-across-pages.pdf` — `hard-docx-vmerge-page-break.docx` printed by LibreOffice.
  产出指标 and 数量指标 are drawn on page 1 and continue, without text and without a top ruling,
  on page 2: page 1 ends with the row {vmerge[last_on_page_1]}, page 2 starts with {vmerge[first_on_page_2]}, which still belongs to
  产出指标 / 数量指标 (then 质量指标 …). Table 5 as in the text sample.
- `hard-pdf-two-tables.pdf` — tables 12 and 13 on one page (Chromium), each with its title, unit
  and 单位 lines: projects 12 and 13.
- `hard-pdf-borderless.pdf` — table 8 (Chromium) without any ruling: columns from the header row's
  positions, rows from the baselines. Table 8 as in the text sample.
- `hard-pdf-scanned.pdf` — the page of `hard-pdf-two-tables.pdf` as a 100 dpi grey JPEG (img2pdf),
  no text layer: a clear error that the PDF has no text (a scan; no OCR), not an empty document.
- `hard-pdf-encrypted-password.pdf` — `hard-pdf-two-tables.pdf` encrypted with AES-128 (qpdf,
  revision 4), user password `jixiao`: it cannot be opened without it, a clear error that says so.
- `hard-pdf-encrypted-no-password.pdf` — the same with an empty user password (an owner password
  only; printing, changing and copying not permitted): it opens without a password and reads like
  `hard-pdf-two-tables.pdf`.

The Chromium PDFs of the hard cases are tagged (a structure tree with Table, TR and TD elements,
as Chromium writes by default); `sample-html.pdf` and the LibreOffice PDFs are not. A reader must
not need the tags.
"""


# ---------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", type=Path, metavar="JIXIAO", help="the jixiao command, to check the layout")
    parser.add_argument("--keep-sources", type=Path, metavar="DIR", help="keep the hard PDFs' sources here")
    args = parser.parse_args()
    os.environ["TZ"] = "UTC"
    layout = read_sample(SAMPLE)
    # What expected.md says of the sample: 26 tables, 4 repeated headers dropped, 1 cell joined.
    if len(layout.projects) != 26:
        raise SystemExit(f"{len(layout.projects)} projects in the sample, not 26")
    if sum(p.table.repeated_headers for p in layout.projects) != 4 or sum(p.table.joined_cells for p in layout.projects) != 1:
        raise SystemExit("the sample's page-break artefacts are not the four headers and one cut cell")
    out = HERE
    with tempfile.TemporaryDirectory(prefix="jixiao-fixtures-") as tmp:
        work = Path(tmp)
        if args.check:
            check_layout(layout, args.check, work)
        write_sheets_workbook(layout, out / "sample-sheets.xlsx")
        write_one_sheet_workbook(layout, out / "sample-onesheet.xlsx")
        write_document(layout, out / "sample.docx")
        write_pages(layout, out / "sample-utf8.html", out / "sample-gbk.html")
        soffice_pdf(out / "sample-sheets.xlsx", out / "sample-sheets.pdf", work)
        soffice_pdf(out / "sample.docx", out / "sample-docx.pdf", work)
        chromium_pdf(out / "sample-utf8.html", out / "sample-html.pdf", work, tagged=False)

        facts = {
            "formula": hard_xlsx_formula(layout, out / "hard-xlsx-formula.xlsx"),
            "noise": hard_xlsx_float_noise(layout, out / "hard-xlsx-float-noise.xlsx"),
            "date": hard_xlsx_date(layout, out / "hard-xlsx-date.xlsx"),
            "hidden": hard_xlsx_hidden(layout, out / "hard-xlsx-hidden.xlsx"),
            "two": hard_xlsx_two_tables(layout, out / "hard-xlsx-two-tables.xlsx"),
            "merged": hard_xlsx_merged_block(layout, out / "hard-xlsx-merged-block.xlsx"),
        }
        hard_html_nested(layout, out / "hard-html-nested-br.html")
        hard_html_entities(layout, out / "hard-html-entities.html")
        hard_html_http_equiv(layout, out / "hard-html-gb2312-http-equiv.html")
        facts["vmerge"] = hard_docx_vmerge(layout, out / "hard-docx-vmerge-page-break.docx")
        hard_docx_nested(layout, out / "hard-docx-nested-table.docx")
        hard_docx_gridspan(layout, out / "hard-docx-gridspan.docx")
        facts["split"] = hard_pdf_split_row(layout, work, out)
        sources = hard_pdfs(layout, work, out, out / "hard-docx-vmerge-page-break.docx")
        sources["split-row"] = facts["split"].pop("source")
        facts["vmerge"].update(merged_across_pages(layout, out))
        check_pdfs(out)
        if args.keep_sources:
            args.keep_sources.mkdir(parents=True, exist_ok=True)
            for path in sources.values():
                shutil.copy(path, args.keep_sources / path.name)
        write_expected(facts, out / "expected.md")
    for path in sorted(out.iterdir()):
        if path.suffix in (".xlsx", ".docx", ".html", ".pdf"):
            print(f"{path.stat().st_size:>9}  {path.name}")


if __name__ == "__main__":
    main()
