#!/usr/bin/python3
"""Writes the xlsx and docx cases of tests/cpp/formats_{xlsx,docx,zip}_test.cpp into this folder.

Run with Debian's /usr/bin/python3 (python3-openpyxl, python3-docx):

    /usr/bin/python3 tests/data/formats/ooxml/make_cases.py

Most cases are written part by part with zipfile, so each holds exactly the XML under test
(a formula with and without its cached value, rich and inline strings, hidden rows and sheets,
gridBefore, vMerge); two are made by openpyxl and python-docx, as real files are. The outputs
are committed; the script rebuilds them byte for byte (fixed zip timestamps).
"""

import io
import os
import random
import re
import zipfile

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2025, 1, 1, 0, 0, 0)

SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_zip(name, parts, compression=zipfile.ZIP_DEFLATED):
    """parts: list of (part name, bytes or str)."""
    with zipfile.ZipFile(os.path.join(HERE, name), "w", compression) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def content_types(overrides):
    items = "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + items + "</Types>")


def rels(items):
    body = "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in items)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">{body}</Relationships>'


def xlsx_parts(sheets, shared=None, styles=None, workbook_pr=""):
    """sheets: list of (name, sheet body XML, state or None). Returns the parts of a workbook."""
    sheet_list = "".join(
        f'<sheet name="{name}" sheetId="{k + 1}"{f" state={chr(34)}{state}{chr(34)}" if state else ""} r:id="rId{k + 1}"/>'
        for k, (name, _, state) in enumerate(sheets))
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{SML}" xmlns:r="{REL}">'
                f"{workbook_pr}<sheets>{sheet_list}</sheets></workbook>")
    workbook_rels = [(f"rId{k + 1}", "worksheet", f"worksheets/sheet{k + 1}.xml") for k in range(len(sheets))]
    parts = []
    overrides = [("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
    for k, (_, body, _) in enumerate(sheets):
        parts.append((f"xl/worksheets/sheet{k + 1}.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{SML}" xmlns:r="{REL}">{body}</worksheet>'))
        overrides.append((f"xl/worksheets/sheet{k + 1}.xml",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
    if shared is not None:
        items = "".join(f"<si>{s}</si>" for s in shared)
        parts.append(("xl/sharedStrings.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{SML}" count="{len(shared)}" uniqueCount="{len(shared)}">{items}</sst>'))
        workbook_rels.append(("rIdS", "sharedStrings", "sharedStrings.xml"))
        overrides.append(("xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
    if styles is not None:
        parts.append(("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{SML}">{styles}</styleSheet>'))
        workbook_rels.append(("rIdT", "styles", "styles.xml"))
        overrides.append(("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
    return [("[Content_Types].xml", content_types(overrides)),
            ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels(workbook_rels))] + parts


def docx_parts(body, numbering=None, styles=None):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WML}" xmlns:r="{REL}" '
                f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>')
    parts = [("[Content_Types].xml", content_types([("word/document.xml",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")])),
             ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml")])),
             ("word/document.xml", document)]
    document_rels = []
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    if numbering is not None:
        parts.append(("word/numbering.xml", f'{head}<w:numbering xmlns:w="{WML}">{numbering}</w:numbering>'))
        document_rels.append(("rId10", "numbering", "numbering.xml"))
    if styles is not None:
        parts.append(("word/styles.xml", f'{head}<w:styles xmlns:w="{WML}">{styles}</w:styles>'))
        document_rels.append(("rId11", "styles", "styles.xml"))
    if document_rels:
        parts.append(("word/_rels/document.xml.rels", rels(document_rels)))
    return parts


def row(number, cells, extra=""):
    return f'<row r="{number}"{extra}>{"".join(cells)}</row>'


def num(ref, value, style=0):
    return f'<c r="{ref}"{f" s={chr(34)}{style}{chr(34)}" if style else ""}><v>{value}</v></c>'


def shared(ref, index):
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


# --- xlsx ---

# Number formats: cellXfs index → numFmtId; custom codes from 164.
NUMBER_FORMATS = [
    (164, 'yyyy"年"m"月"d"日"'),
    (165, "0.0%"),
    (166, ";;;"),
    (167, "#,##0.00_);[Red]\\(#,##0.00\\)"),
    (168, '0.00"万元"'),
    (169, "yyyy/mm"),
    (170, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"),
]
XF_FORMATS = [0, 9, 10, 2, 4, 14, 164, 165, 166, 167, 168, 169, 170, 3, 22, 49]


def number_styles():
    fmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{c.replace(chr(34), "&quot;")}"/>' for i, c in NUMBER_FORMATS)
    xfs = "".join(f'<xf numFmtId="{f}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' for f in XF_FORMATS)
    # A differential format's numFmt and the cell style formats must not count as cell formats.
    return (f'<numFmts count="{len(NUMBER_FORMATS)}">{fmts}</numFmts>'
            '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill/></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(XF_FORMATS)}">{xfs}</cellXfs>'
            '<dxfs count="1"><dxf><numFmt numFmtId="171" formatCode="0.000"/></dxf></dxfs>')


def style(numfmt):
    return XF_FORMATS.index(numfmt)


def numbers_xlsx():
    cases = [  # value, numFmtId, shown
        ("0.25", 9, "25%"), ("0.105", 10, "10.50%"), ("15.7", 2, "15.70"), ("1234567.891", 4, "1,234,567.89"),
        ("45657", 14, "2024-12-31"), ("45657", 164, "2024年12月31日"), ("0.1234", 165, "12.3%"),
        ("16.629999999999999", 0, "16.63"), ("0.30000000000000004", 0, "0.3"), ("42", 166, "42"),
        ("-1234.5", 167, "(1,234.50)"), ("175", 168, "175.00万元"), ("45292", 169, "2024-01"),
        ("45657.5", 170, "2024年12月31日"), ("1234.5", 3, "1,235"), ("45657.75", 22, "2024-12-31 18:00"),
        ("3.14", 49, "3.14"), ("1E-3", 0, "0.001"), ("2.675", 2, "2.68"),
    ]
    rows = [row(k + 1, [num(f"A{k + 1}", value, style(fmt))]) for k, (value, fmt, _) in enumerate(cases)]
    write_zip("numbers.xlsx", xlsx_parts([("数字", f"<sheetData>{''.join(rows)}</sheetData>", None)], styles=number_styles()))
    # The expected text, one a line, for the test to compare with.
    with open(os.path.join(HERE, "numbers.expected.txt"), "w", encoding="utf-8") as f:
        f.write("".join(shown + "\n" for _, _, shown in cases))


def strings_xlsx():
    strings = [
        "<t>项目名称</t>",
        # Rich text: runs joined; the phonetic guide is no part of the text.
        '<r><rPr><b/></rPr><t>绩效</t></r><r><t xml:space="preserve">目标 </t></r><r><t>表</t></r>'
        '<rPh sb="0" eb="2"><t>ジセキ</t></rPh>',
        "<t>第一行_x000D_\n第二行</t>",
        "<t>a_x005F_x0041_b</t>",
    ]
    cells = [
        row(1, [shared("A1", 0), shared("B1", 1), shared("C1", 2), shared("D1", 3)]),
        row(2, ['<c r="A2" t="inlineStr"><is><t>内联</t></is></c>',
                '<c r="B2" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c>',
                '<c r="C2" t="str"><f>A1&amp;"!"</f><v>项目名称!</v></c>',
                '<c r="D2" t="b"><v>1</v></c>', '<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
                '<c r="F2" t="e"><v>#N/A</v></c>', '<c r="G2" t="s"><v>99</v></c>']),
    ]
    write_zip("strings.xlsx", xlsx_parts([("Sheet1", f"<sheetData>{''.join(cells)}</sheetData>", None)], shared=strings))


def formulas_xlsx():
    cells = [
        row(1, [num("A1", "10"), num("B1", "5.5"), '<c r="C1"><f>A1+B1</f><v>15.5</v></c>',
                '<c r="D1"><f>SUM(A1:B1)</f></c>', '<c r="E1"><f>A1*2</f><v></v></c>']),
        # A shared formula: the first cell holds its text, the others refer to it.
        row(2, [num("A2", "1"), '<c r="B2"><f t="shared" ref="B2:B3" si="0">A2*100</f><v>100</v></c>']),
        row(3, [num("A3", "2"), '<c r="B3"><f t="shared" si="0"/><v>200</v></c>']),
    ]
    write_zip("formulas.xlsx", xlsx_parts([("公式", f"<sheetData>{''.join(cells)}</sheetData>", None)]))


def hidden_xlsx():
    shown = (
        '<cols><col min="3" max="4" width="0" hidden="1" customWidth="1"/></cols><sheetData>'
        + row(1, [num("A1", "1"), num("B1", "2"), num("C1", "3")])
        + row(2, [num("A2", "4")], ' hidden="1"')
        + row(3, [num("A3", "5")], ' hidden="1"')
        + row(4, [num("A4", "6")])
        + row(5, [], ' hidden="1"')  # hidden and empty: nothing to say
        + row(6, [num("A6", "7")], ' hidden="1"')
        + "</sheetData>")
    hidden = "<sheetData>" + row(1, [num("A1", "8")]) + "</sheetData>"
    empty_hidden = "<sheetData/>"
    write_zip("hidden.xlsx", xlsx_parts([("Shown", shown, None), ("Hidden", hidden, "hidden"),
                                         ("VeryHidden", empty_hidden, "veryHidden")]))


def tables_xlsx():
    strings = ["<t>表一</t>", "<t>一级指标</t>", "<t>合并</t>", "<t>表二</t>", "<t>盖住</t>"]
    body = (
        "<sheetData>"
        + row(1, [shared("A1", 0)])
        + row(2, [shared("A2", 1), shared("B2", 2), num("D2", "1")])
        + row(3, [num("A3", "2"), shared("C3", 4)])  # C3 lies under B2:C4
        # Row 4 is covered by B2:C4 and holds nothing of its own: no <row> at all.
        + row(5, [num("A5", "3")])
        # Row 6 is empty: a second table starts at row 7.
        + row(7, [shared("A7", 3), num("B7", "4")])
        + row(8, [num("A8", "5")])
        + "</sheetData>"
        + '<mergeCells count="3"><mergeCell ref="B2:C4"/><mergeCell ref="A7:A7"/><mergeCell ref="D8:E9"/></mergeCells>')
    second = "<sheetData>" + row(3, [num("A3", "6")]) + "</sheetData>"
    write_zip("tables.xlsx", xlsx_parts([("两表", body, None), ("第二页", second, None)], shared=strings))


def conflicts_xlsx():
    """Damage a valid sheet never has: two cells with one reference, merged ranges that overlap."""
    body = ("<sheetData>"
            + row(1, [num("A1", "1"), num("A1", "2"), num("B1", "3")])
            + row(2, [num("A2", "4")])
            + row(3, [num("B3", "5"), num("D3", "6")])
            + "</sheetData>"
            + '<mergeCells count="2"><mergeCell ref="A2:B3"/><mergeCell ref="B3:C4"/></mergeCells>')
    write_zip("conflicts.xlsx", xlsx_parts([("S", body, None)]))


def damaged_structure_xlsx():
    """A row opened inside a row: the first ends there."""
    body = ('<sheetData><row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row></row></sheetData>')
    write_zip("damaged-structure.xlsx", xlsx_parts([("S", body, None)]))


def amplified_xlsx():
    """One shared string of 10 KB in 1,000 cells: 10 MB of text from a few KB of zip."""
    cells = "".join(row(k, [shared(f"A{k}", 0)]) for k in range(1, 1001))
    write_zip("amplified.xlsx", xlsx_parts([("S", f"<sheetData>{cells}</sheetData>", None)], shared=["<t>" + "长" * 3400 + "</t>"]))


def prefixed_xlsx():
    """SpreadsheetML under a prefix, as the .NET Open XML SDK writes it: <x:row>, <x:c>."""
    body = "<sheetData>" + row(1, [shared("A1", 0), num("B1", "0.5", 1)]) + "</sheetData>"
    styles = ('<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs>')
    parts = []
    for name, data in xlsx_parts([("Sheet1", body, None)], shared=["<t>前缀</t>"], styles=styles):
        if name.startswith("xl/") and not name.startswith("xl/_rels"):
            data = re.sub(r"<(/?)([A-Za-z]+)", r"<\1x:\2", data).replace(f'xmlns="{SML}"', f'xmlns:x="{SML}"')
        parts.append((name, data))
    write_zip("prefixed.xlsx", parts)


def openpyxl_xlsx():
    """A workbook as openpyxl writes one: shared strings, merged cells, formats, a formula without a cached value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目表"
    ws["A1"] = "2025 科普经费绩效目标表"
    ws.merge_cells("A1:D1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["一级指标", "二级指标", "指标值", "权重"])
    ws.append(["产出指标", "数量指标", 0.95, 10])
    ws["C3"].number_format = "0%"
    ws.append(["", "质量指标", 15.75, 20])
    ws["C4"].number_format = "0.00"
    ws.merge_cells("A3:A4")
    ws["D5"] = "=SUM(D3:D4)"
    ws.row_dimensions[4].hidden = True
    other = wb.create_sheet("备注")
    other["A1"] = "隐藏页"
    other.sheet_state = "hidden"
    buffer = io.BytesIO()
    wb.save(buffer)
    # openpyxl stamps the current time into docProps/core.xml: rewrite it with fixed times.
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = []
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
        parts.append((info.filename, data))
    write_zip("openpyxl.xlsx", parts)


# --- hostile zips and XML ---

def hostile():
    sheet = "<sheetData>" + row(1, [num("A1", "1")]) + "</sheetData>"
    good = xlsx_parts([("S", sheet, None)])
    write_zip("too-many-entries.xlsx", good + [(f"padding/{k}.txt", "x") for k in range(40)])
    # 20 MB of one byte deflates about 1030 : 1, past the default ratio of 1000.
    bomb_sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + SML + '"><sheetData/><!--'
                  + " " * (20 << 20) + "--></worksheet>")
    write_zip("bomb-ratio.xlsx", [(p, d if p != "xl/worksheets/sheet1.xml" else bomb_sheet) for p, d in good])
    # A sheet of 4 MB that deflates about 100 : 1, within the ratio: the test sets a total of 1 MB.
    rng = random.Random(16)
    phrase = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(300))
    big_sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + SML + '"><sheetData/><!--'
                 + phrase * ((4 << 20) // len(phrase)) + "--></worksheet>")
    write_zip("bomb-total.xlsx", [(p, d if p != "xl/worksheets/sheet1.xml" else big_sheet) for p, d in good])
    data = open(os.path.join(HERE, "formulas.xlsx"), "rb").read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    # Damaged inside: the sheet's compressed data overwritten, the archive's directory intact.
    with zipfile.ZipFile(os.path.join(HERE, "formulas.xlsx")) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    damaged = bytearray(data)
    damaged[start + 10:start + 40] = b"\xff" * 30
    with open(os.path.join(HERE, "damaged.xlsx"), "wb") as f:
        f.write(bytes(damaged))
    with open(os.path.join(HERE, "not-a-zip.xlsx"), "wb") as f:
        f.write("项目名称\t科普经费\n".encode("utf-8"))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
              '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
              f'<sst xmlns="{SML}"><si><t>&lol4;</t></si></sst>')
    write_zip("billion-laughs.xlsx", xlsx_parts([("S", "<sheetData>" + row(1, [shared("A1", 0)]) + "</sheetData>", None)])
              + [("xl/sharedStrings.xml", laughs)])
    xxe = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
           f'<w:document xmlns:w="{WML}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>')
    write_zip("external-entity.docx", [(p, d if p != "word/document.xml" else xxe) for p, d in docx_parts("")])
    deep = "<w:tbl><w:tr><w:tc>" * 100 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 100
    write_zip("deep.docx", docx_parts(deep))


# --- docx ---

def p(text, extra=""):
    return f"<w:p>{extra}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def tc(content, props=""):
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{content}</w:tc>"


def tr(cells, props=""):
    return f"<w:tr>{f'<w:trPr>{props}</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def tbl(columns, rows):
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(columns))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def body_docx():
    span2 = '<w:gridSpan w:val="2"/>'
    restart = '<w:vMerge w:val="restart"/>'
    cont = "<w:vMerge/>"
    first = tbl(4, [
        tr([tc(p("项目名称"), span2), tc(p("科普经费"), span2)]),
        tr([tc(p("一级指标"), restart), tc(p("数量指标")), tc(p("场次")), tc(p("≥10场"))]),
        tr([tc(p(""), cont), tc(p("质量指标")), tc(p("合格率")), tc(p("100%"))]),
        # The merge goes on over a page break: Word marks it inside the row, nothing more.
        tr([tc("<w:p><w:r><w:lastRenderedPageBreak/></w:r></w:p>", cont), tc(p("时效指标")), tc(p("完成时间")),
            tc(p("2025年12月"))]),
        tr([tc(p(""), cont), tc(p("成本指标")), tc(p("经费")), tc(p("≤15.75万元"))]),
        tr([tc(p("说明")), tc(p("多段") + p("文字")), tc(p("换<w:br/>行")),
            tc(p("嵌套") + tbl(2, [tr([tc(p("内一")), tc(p("内二"))]), tr([tc(p("内三")), tc(p(""))])]))]),
        # gridBefore: the row starts at the second column.
        tr([tc(p("缩进")), tc(p("末尾"))], '<w:gridBefore w:val="1"/>'),
    ])
    second = tbl(2, [tr([tc(p("甲")), tc(p("乙"))]), tr([tc(p("丙")), tc(p("丁"))])])
    body = (p("张家口市科学技术协会 2025 年部门预算绩效目标")
            + "<w:p/>"  # an empty paragraph: counted, not a row
            + "<w:p><w:r><w:t>一、总体绩效目标</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>"
            + first
            + p("表间段落")
            + "<w:p><w:r><w:t>删</w:t></w:r><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>掉的</w:delText></w:r></w:del>"
              "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>改</w:t></w:r></w:ins></w:p>"
            + second
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    write_zip("body.docx", docx_parts(body))


def numbered_docx():
    """Word's automatic numbering: heading styles with lists, levels, a bullet, a start override."""
    def level(ilvl, fmt, text, extra=""):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "chineseCounting", "%1、", '<w:suff w:val="nothing"/>')
        + level(1, "chineseCounting", "（%2）", '<w:suff w:val="nothing"/>')
        + level(2, "decimal", "%3.", '<w:suff w:val="space"/>')
        + level(3, "decimal", "%1.%2.%4", '<w:isLgl/><w:suff w:val="space"/>')
        + '</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1">' + level(0, "bullet", "\u25cf") + '</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>')
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="character" w:styleId="Heading1Char"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>')

    def styled(style, text):
        return p(text, f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>')

    def listed(num, ilvl, text):
        return p(text, f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>')

    body = (styled("Heading1", "总体绩效目标") + styled("Heading2", "产出") + listed(1, 2, "数量")
            + listed(1, 2, "质量") + listed(1, 3, "细项") + styled("Heading2", "效益") + listed(1, 2, "满意度")
            + styled("Heading1", "分项绩效目标") + listed(2, 0, "要点")
            + listed(3, 0, "第十项") + styled("Heading1", "保障措施")
            + p("不编号", '<w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>')
            + tbl(1, [tr([tc(listed(1, 2, "表内"))])]))
    write_zip("numbered.docx", docx_parts(body, numbering, styles))


def conflicts_docx():
    """A Word cell under a merged cell wider than the cell that continues it."""
    body = tbl(3, [
        tr([tc(p("宽"), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc(p("右"))]),
        tr([tc(p(""), "<w:vMerge/>"), tc(p("挤")), tc(p("边"))]),
    ])
    write_zip("conflicts.docx", docx_parts(body))


def damaged_structure_docx():
    """A row opened inside a cell: the cell and its row end there."""
    body = ("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:tr><w:tc>" + p("乙")
            + "</w:tc></w:tr></w:tc></w:tr></w:tbl>")
    write_zip("damaged-structure.docx", docx_parts(body))


def amplified_docx():
    """A list level whose text is 255 bytes long, on 10,000 short paragraphs."""
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
                 f'<w:lvlText w:val="{"长" * 84}%1"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:p>' * 10000
    write_zip("amplified.docx", docx_parts(body, numbering))


def python_docx():
    """A document as python-docx writes one: merged cells made with merge(), a nested table."""
    d = docx.Document()
    d.add_paragraph("2025 科普经费绩效目标表")
    table = d.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "项目名称：科普经费"
    table.cell(1, 0).merge(table.cell(3, 0)).text = "产出指标"
    for r, (name, value) in enumerate([("数量", "≥10场"), ("质量", "100%"), ("时效", "12月底")], start=1):
        table.cell(r, 1).text = name
        table.cell(r, 2).text = value
    run = d.add_paragraph().add_run("第一行")
    run.add_break(WD_BREAK.LINE)
    run.add_text("第二行")
    buffer = io.BytesIO()
    d.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = []
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
        parts.append((info.filename, data))
    write_zip("python-docx.docx", parts)


def fuzz_seeds():
    """Seeds of tests/fuzz/corpus/xlsx and …/docx: some cases as files, and the XML parts of each
    joined by NUL bytes, the input form in which fuzz_xlsx and fuzz_docx pack the parts themselves."""
    corpus = os.path.join(HERE, "..", "..", "..", "fuzz", "corpus")
    xlsx_parts_read = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]
    docx_parts_read = ["word/document.xml", "word/numbering.xml", "word/styles.xml"]
    for kind, parts_read, names in [
            ("xlsx", xlsx_parts_read, ["numbers", "strings", "formulas", "hidden", "tables", "conflicts", "prefixed",
                                       "openpyxl"]),
            ("docx", docx_parts_read, ["body", "numbered", "conflicts"])]:
        folder = os.path.join(corpus, kind)
        os.makedirs(folder, exist_ok=True)
        for name in names:
            data = open(os.path.join(HERE, f"{name}.{kind}"), "rb").read()
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                present = set(z.namelist())
                joined = b"\0".join(z.read(part) if part in present else b"" for part in parts_read)
            with open(os.path.join(folder, f"{name}-parts.xml"), "wb") as f:
                f.write(joined)
            if name in ("tables", "openpyxl", "body"):
                with open(os.path.join(folder, f"{name}.{kind}"), "wb") as f:
                    f.write(data)


if __name__ == "__main__":
    numbers_xlsx()
    strings_xlsx()
    formulas_xlsx()
    hidden_xlsx()
    tables_xlsx()
    conflicts_xlsx()
    damaged_structure_xlsx()
    amplified_xlsx()
    prefixed_xlsx()
    openpyxl_xlsx()
    hostile()
    body_docx()
    numbered_docx()
    conflicts_docx()
    damaged_structure_docx()
    amplified_docx()
    python_docx()
    fuzz_seeds()
