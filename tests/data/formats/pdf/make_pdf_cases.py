#!/usr/bin/python3
"""Makes the PDF front end's own small test documents (tests/cpp/formats_pdf_test.cpp); the sample
laid out as published and the hard cases come from tests/data/formats/make_fixtures.py.

    /usr/bin/python3 tests/data/formats/pdf/make_pdf_cases.py

Needs Debian's chromium, poppler-utils (pdftoppm) and fonts-noto-cjk. Writes, next to itself:

- header-footer.pdf   two pages by Chromium: a running header and `- N -` page numbers on each,
                      a title, a paragraph of three lines with a first-line indent, and a table
                      with rulings between its cells but no outer border.
- image-page.pdf      two pages by Chromium: a page of text, then a page holding only an image (a
                      scan of the first page of header-footer.pdf).
- unmapped-font.pdf   one page written here: a line in Helvetica and a line in a Type 3 font whose
                      glyph names map to no Unicode and which has no ToUnicode map.

and the seeds of the fuzz target `pdf` (tests/fuzz/corpus/pdf/): small PDFs written here, each a
page or two of Helvetica text with a ruled table drawn by stroked lines, by thin filled
rectangles, or not at all, and a copy of unmapped-font.pdf.
"""

import pathlib
import shutil
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
FUZZ = HERE.parents[2] / "fuzz/corpus/pdf"

STYLE = """
@page { size: A4; margin: 20mm 18mm;
        @top-center { content: "张家口市科学技术协会 2025 年部门预算"; font-size: 9pt; }
        @bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 10.5pt; line-height: 1.5; }
h1 { font-size: 16pt; text-align: center; }
p.body { text-indent: 2em; margin: 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; border-style: hidden; margin-top: 12pt; }
td, th { border: 0.75pt solid black; padding: 3pt 5pt; vertical-align: middle; }
"""

PARAGRAPH = ("市科协紧紧围绕全市中心工作，以政治建设为统领，以打造枢纽型、开放型、平台型科协组织为目标，"
             "主动担当、认真履职，坚持为科技工作者服务、为创新驱动发展服务、为提高全民科学素质服务、"
             "为党和政府科学决策服务，团结引领广大科技工作者积极进军科技创新，组织开展创新争先行动，"
             "促进科技开放合作，为推动高质量发展贡献力量。")

HEADER_FOOTER = f"""<!doctype html><html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>部门整体绩效目标</h1>
<p class="body">{PARAGRAPH}</p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>活动次数</td><td>≥30 次</td></tr>
<tr><td>质量指标</td><td>活动达标率</td><td>100%</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥95%</td></tr>
</table>
<h1 style="break-before: page">工作保障措施</h1>
<p class="body">加强制度建设。建立健全机关预算绩效管理制度，为全年预算绩效目标的实现奠定制度基础。</p>
</body></html>
"""


def chromium_pdf(html: str, out: pathlib.Path, work: pathlib.Path) -> None:
    source = work / (out.stem + ".html")
    source.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={work / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", source.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def image_page(work: pathlib.Path) -> None:
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(HERE / "header-footer.pdf"), str(work / "scan")], check=True)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 }} body {{ margin: 0; font-family: "Noto Serif CJK SC"; font-size: 10.5pt }}
img {{ width: 190mm; display: block; break-before: page }} p {{ margin: 20mm }}</style></head><body>
<p>{PARAGRAPH}</p><img src="{(work / 'scan.png').as_uri()}"></body></html>"""
    chromium_pdf(html, HERE / "image-page.pdf", work)


def write_pdf(objects: list, out: pathlib.Path) -> None:
    """Writes objects 1…n (bytes, without `obj`/`endobj`) with a cross-reference table."""
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        data += b"%010d 00000 n \n" % offset
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    out.write_bytes(bytes(data))


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def unmapped_font() -> None:
    # A Type 3 font of two square glyphs named /sq and /tri: names no Unicode table knows.
    square = b"1000 0 0 0 800 800 d1 0 0 800 800 re f"
    content = (b"BT /F1 12 Tf 72 760 Td (Budget 2025 targets) Tj ET\n"
               b"BT /F2 12 Tf 72 730 Td <0102010201> Tj ET\n")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /sq 7 0 R /tri 7 0 R >> /Encoding << /Type /Encoding /Differences [1 /sq /tri] >>"
        b" /FirstChar 1 /LastChar 2 /Widths [1000 1000] /Resources << >> >>",
        stream(square),
    ]
    write_pdf(objects, HERE / "unmapped-font.pdf")


def page(content: bytes, number: int, font: int) -> list:
    """Page object `number` and its content stream, object `number` + 1."""
    return [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (number + 1, font), stream(content)]


def text(x: int, y: int, words: str) -> bytes:
    return b"BT /F1 9 Tf %d %d Td (%s) Tj ET\n" % (x, y, words.encode())


# A table of three columns and three rows whose first column's lower two cells are merged.
TABLE_TEXT = (text(40, 125, "Level") + text(120, 125, "Name") + text(200, 125, "Target") +
              text(40, 95, "Output") + text(120, 105, "Count") + text(200, 105, ">=30") +
              text(120, 85, "Rate") + text(200, 85, "100%"))
RULES_STROKED = (b"0.5 w 30 140 m 270 140 l S 30 120 m 270 120 l S 110 100 m 270 100 l S"
                 b" 30 80 m 270 80 l S 30 80 240 60 re S 110 80 m 110 140 l S 190 80 m 190 140 l S\n")
RULES_FILLED = (b"30 139.5 240 1 re f 30 119.5 240 1 re f 110 99.5 160 1 re f 30 79.5 240 1 re f"
                b" 29.5 80 1 60 re f 109.5 80 1 60 re f 189.5 80 1 60 re f 269.5 80 1 60 re f\n")


def seed(name: str, contents: list) -> None:
    font = 3 + 2 * len(contents)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(len(contents))), len(contents))]
    for k, content in enumerate(contents):
        objects += page(content, 3 + 2 * k, font)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    write_pdf(objects, FUZZ / name)


def fuzz_seeds() -> None:
    FUZZ.mkdir(parents=True, exist_ok=True)
    title = text(40, 170, "1. Targets of the project")
    seed("stroked-table.pdf", [title + RULES_STROKED + TABLE_TEXT + text(140, 20, "- 1 -")])
    seed("filled-table-two-pages.pdf", [title + RULES_FILLED + TABLE_TEXT + text(140, 20, "- 1 -"),
                                        RULES_FILLED + TABLE_TEXT + text(140, 20, "- 2 -")])
    seed("borderless-table.pdf", [title + TABLE_TEXT + text(40, 50, "A paragraph after the table.")])
    shutil.copyfile(HERE / "unmapped-font.pdf", FUZZ / "unmapped-font.pdf")


def main() -> None:
    work = pathlib.Path(tempfile.mkdtemp(prefix="jixiao-pdf-cases-"))
    try:
        chromium_pdf(HEADER_FOOTER, HERE / "header-footer.pdf", work)
        image_page(work)
        unmapped_font()
        fuzz_seeds()
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
