#!/usr/bin/python3
"""Makes the test documents of the form layouts (issue 18) in every input format.

    /usr/bin/python3 tests/data/layouts/make_layouts.py

Each NAME.src here is one document as its tables read row by row: a line without `|` is a line of
text (a title, `（2024年度）`, `单位：万元`), a line with `|` a table row whose cells the bars separate,
an empty line the end of a table. The layouts are the forms of the provinces and of the central
government as their public descriptions and published examples lay them out (财预〔2020〕10号's
项目支出绩效自评表, 财预〔2021〕101号's 审批表, Sichuan's 指标性质/度量单位 form, a county's
财政支出项目绩效目标申报表 with 长期 and 年度 indicators, a 部门整体支出绩效目标表, …); the words
and figures are made up in the manner of the sample, partly from its projects.

The script writes, for each NAME:
- NAME.txt: the rows as TAB-separated text, as a PDF extraction leaves them;
- NAME.xlsx: one sheet, amounts as numbers with the format 0.00, a line of text as a cell merged
  across the table, and the first column's labels merged down over the rows they head;
- NAME.docx: lines as paragraphs, each table a Word table, the same merges as vMerge;
- NAME.html: lines as paragraphs, each table a <table>, the same merges as rowspan.
Every format must read into the same model (tests/cpp/read_layouts_test.cpp). Besides, NAME.pdf:
the .docx printed by LibreOffice (tests/cpp/formats_pdf_test.cpp reads them: PDF text puts blanks
where the others have none, so the test compares figures, not text; a page break cuts a row of
department-whole's 年度履职目标 in two).

And the text people hold when they copy a table out of those files (text/, read by
tests/cpp/read_layout_texts_test.cpp against NAME.txt):
- text/NAME.layout.txt: `pdftotext -layout` of NAME.pdf (poppler-utils): cells in aligned columns, a
  wrapped cell's lines one under the other;
- text/NAME.pdftotext.txt: plain `pdftotext` of NAME.pdf: the text in poppler's reading order, which
  for a ruled table is block by block (a column's wrapped cells, then the next column's), not row
  by row;
- text/NAME.copy.txt: Chromium's `innerText` of NAME.html, the text a select-all and copy of the
  page puts on the clipboard (Firefox gives the same): a row per line, its cells TAB-separated, the
  cells a rowspan covers left out (so the rows under a merged label start one cell early).
`make_layouts.py --texts` makes only these, from the PDFs and pages as they are.

Debian packages: python3-openpyxl, python3-docx, libreoffice-writer-nogui, fonts-noto-cjk,
poppler-utils, chromium.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
ISO_TIME = "2025-01-01T00:00:00Z"
EPOCH = 1735689600  # FIXED_TIME
AMOUNT = re.compile(r"^\d+\.\d\d$")


def blocks(source: str) -> list[tuple[str, object]]:
    """The document as ("line", text) and ("table", rows) in order."""
    out: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    for line in source.splitlines():
        if "|" in line:
            rows.append(line.split("|"))
            continue
        if rows:
            out.append(("table", rows))
            rows = []
        if line.strip():
            out.append(("line", line.strip()))
    if rows:
        out.append(("table", rows))
    return out


def width(rows: list[list[str]]) -> int:
    return max(len(r) for r in rows)


def first_column_merges(rows: list[list[str]]) -> dict[int, int]:
    """Row → number of rows its first cell spans: a label with the rows below it whose first cell
    is empty (and which hold something), as a merged label cell reads."""
    spans: dict[int, int] = {}
    r = 0
    while r < len(rows):
        if rows[r][0]:
            end = r + 1
            while end < len(rows) and not rows[end][0] and any(rows[end]):
                end += 1
            if end - r > 1:
                spans[r] = end - r
            r = end
        else:
            r += 1
    return spans


def pin_zip(path: Path) -> None:
    """Rewrites an OOXML package with fixed entry times and document dates: the same bytes each run."""
    with zipfile.ZipFile(path) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    core = "docProps/core.xml"
    if core in entries:
        entries[core] = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + ISO_TIME,
                               entries[core].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_text(name: str, source: str) -> None:
    lines = [line.replace("|", "\t") for line in source.splitlines()]
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_xlsx(name: str, parts: list[tuple[str, object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    wide = max((width(p) for kind, p in parts if kind == "table"), default=1)
    row = 1
    for kind, part in parts:
        if kind == "line":
            ws.cell(row=row, column=1, value=part).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=wide)
            row += 1
            continue
        spans = first_column_merges(part)
        for r, cells in enumerate(part):
            for c, text in enumerate(cells):
                if not text:
                    continue
                cell = ws.cell(row=row + r, column=c + 1)
                if AMOUNT.match(text):
                    cell.value = float(text)
                    cell.number_format = "0.00"
                else:
                    cell.value = text
            if r in spans:
                ws.merge_cells(start_row=row + r, start_column=1, end_row=row + r + spans[r] - 1, end_column=1)
        row += len(part) + 1
    wb.properties.creator = "jixiao test fixtures"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    path = HERE / f"{name}.xlsx"
    wb.save(path)
    pin_zip(path)


def write_docx(name: str, parts: list[tuple[str, object]]) -> None:
    document = docx.Document()
    core = document.core_properties
    core.author = core.last_modified_by = "jixiao test fixtures"
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    document.styles["Normal"].font.size = Pt(10.5)
    for kind, part in parts:
        if kind == "line":
            document.add_paragraph(part)
            continue
        columns = width(part)
        table = document.add_table(rows=len(part), cols=columns)
        table.style = document.styles["Table Grid"]
        for r, cells in enumerate(part):
            for c, text in enumerate(cells):
                if text:
                    table.cell(r, c).text = text
        for r, span in first_column_merges(part).items():
            table.cell(r, 0).merge(table.cell(r + span - 1, 0))
    path = HERE / f"{name}.docx"
    document.save(path)
    pin_zip(path)


def write_html(name: str, parts: list[tuple[str, object]]) -> None:
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head><meta charset="utf-8">',
           f"<title>{html.escape(name)}</title>", "</head>", "<body>"]
    for kind, part in parts:
        if kind == "line":
            out.append(f"<p>{html.escape(part)}</p>")
            continue
        spans = first_column_merges(part)
        covered = {r + k for r, span in spans.items() for k in range(1, span)}
        columns = width(part)
        out.append('<table border="1">')
        for r, cells in enumerate(part):
            cells = cells + [""] * (columns - len(cells))
            tds = []
            for c, text in enumerate(cells):
                if c == 0 and r in covered:
                    continue
                attrs = f' rowspan="{spans[r]}"' if c == 0 and r in spans else ""
                tds.append(f"<td{attrs}>{html.escape(text)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out += ["</body>", "</html>"]
    (HERE / f"{name}.html").write_text("\n".join(out) + "\n", encoding="utf-8")


def pin_pdf(path: Path) -> None:
    """Fixed dates and a document ID computed from the content, by same-length substitutions."""
    data = bytearray(path.read_bytes())
    stamp = FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()
    for m in re.finditer(rb"/(?:CreationDate|ModDate)\s*\(D:(\d{14})", data):
        data[m.start(1):m.end(1)] = stamp
    spans = [m.span(g) for m in re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", data) for g in (1, 2)]
    spans += [m.span(1) for m in re.finditer(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", data)]
    blank = bytearray(data)
    for a, b in spans:
        blank[a:b] = b"0" * (b - a)
    digest = hashlib.sha256(bytes(blank)).hexdigest().upper()
    for a, b in spans:
        data[a:b] = (digest * 2)[: b - a].encode()
    path.write_bytes(bytes(data))


def write_pdf(name: str) -> None:
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", work, str(HERE / f"{name}.docx")],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        shutil.move(Path(work) / f"{name}.pdf", HERE / f"{name}.pdf")
    pin_pdf(HERE / f"{name}.pdf")


def write_pdf_texts(name: str) -> None:
    (HERE / "text").mkdir(exist_ok=True)
    pdf = str(HERE / f"{name}.pdf")
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, str(HERE / "text" / f"{name}.layout.txt")], check=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, str(HERE / "text" / f"{name}.pdftotext.txt")], check=True)


# Replaces the page's body by its innerText, which --dump-dom then prints inside a <pre>.
INNER_TEXT = ('<script>const text = document.body.innerText; document.body.textContent = "";'
              'const pre = document.createElement("pre"); pre.id = "inner-text"; pre.textContent = text;'
              'document.body.appendChild(pre);</script>')


def write_copy(name: str) -> None:
    page = (HERE / f"{name}.html").read_text(encoding="utf-8").replace("</body>", INNER_TEXT + "</body>")
    with tempfile.TemporaryDirectory() as work:
        wrapped = Path(work) / f"{name}.html"
        wrapped.write_text(page, encoding="utf-8")
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              f"--user-data-dir={work}/profile", "--dump-dom", wrapped.as_uri()],
                             check=True, capture_output=True, timeout=600).stdout.decode("utf-8")
    text = re.search(r'<pre id="inner-text">(.*)</pre>', dom, re.S)
    (HERE / "text" / f"{name}.copy.txt").write_text(html.unescape(text.group(1)) + "\n", encoding="utf-8")


def main() -> None:
    texts_only = "--texts" in sys.argv[1:]
    for source_path in sorted(HERE.glob("*.src")):
        name = source_path.stem
        if not texts_only:
            source = source_path.read_text(encoding="utf-8")
            parts = blocks(source)
            write_text(name, source)
            write_xlsx(name, parts)
            write_docx(name, parts)
            write_html(name, parts)
            write_pdf(name)
        write_pdf_texts(name)
        write_copy(name)
        print(f"{name}: {'' if texts_only else 'txt xlsx docx html pdf '}text/: layout pdftotext copy")


if __name__ == "__main__":
    main()
