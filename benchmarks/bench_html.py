"""The HTML front end against ``pandas.read_html`` (lxml) on the same page (issue 16: at least 5×).

A page is generated like the 目标表 pages counties publish: a title and unit paragraphs, then one
table per project with merged label cells (rowspan/colspan), 一级 cells over their indicator
rows, attributes as Word and Excel exports write them, in UTF-8 or GBK. Both read the whole page;
pandas builds a DataFrame per table, jixiao one grid. The best of ``--repeat`` runs is reported::

    /usr/bin/python3 benchmarks/bench_html.py --front-end build-release/benchmarks/html_front_end --rows 50000
"""

from __future__ import annotations

import argparse
import io
import subprocess
import tempfile
import time
from pathlib import Path

import pandas as pd

INDICATORS = [
    ("产出指标", "数量指标", "活动次数", "全年活动开展次数", "≥30 次"),
    ("产出指标", "质量指标", "活动达标率", "科学素质活动达标率", "100%"),
    ("产出指标", "时效指标", "活动开展时间", "按照年度计划完成", "2025 年 1 月-12 月"),
    ("产出指标", "成本指标", "科普讲座预算成本", "科技助力乡村振兴科普讲座预算成本", "≤2 万元"),
    ("效益指标", "社会效益指标", "提升公民科学素质", "本单位提升公民科学素质工作辐射人数", "≥4 万人"),
    ("满意度指标", "服务对象满意度指标", "被帮扶对象满意度", "被帮扶对象对服务的满意度", "≥95%"),
]


def project_table(number: int) -> str:
    td = '<td class="xl65" style="border:.5pt solid windowtext">'
    rows = [
        f'<tr>{td}项目编码</td><td colspan="2">1307002{number:06d}</td>{td}项目名称</td>'
        f'<td colspan="3">项目{number}经费</td></tr>',
        f'<tr><td rowspan="2">预算规模及<br>资金用途</td>{td}预算数</td>{td}16.63</td>{td}其中：财政资金</td>'
        f'{td}16.63</td>{td}其他资金</td>{td}&nbsp;</td></tr>',
        f'<tr><td colspan="6">项目预算总额 16.63 万元，均为财政资金。</td></tr>',
        f'<tr>{td}绩效目标</td><td colspan="6">1.开展活动；<br>2.提升素质。</td></tr>',
        f"<tr>{td}一级指标</td>{td}二级指标</td>{td}三级指标</td>{td}绩效指标描述</td>{td}指标值</td>"
        f'<td colspan="2">指标值确定依据</td></tr>',
    ]
    for k, (first, second, third, description, target) in enumerate(INDICATORS):
        head = f'<td rowspan="4">{first}</td>' if k == 0 else (f'<td>{first}</td>' if k >= 4 else "")
        rows.append(
            f"<tr>{head}{td}{second}</td>{td}{third}</td>{td}{description}</td>{td}{target}</td>"
            f'<td colspan="2">市科协 2025 年工作安排</td></tr>'
        )
    return (
        f"<p>{number}.项目{number}经费绩效目标表</p>\n<p>单位：万元</p>\n"
        '<table border="1" cellspacing="0" width="100%">\n' + "\n".join(rows) + "\n</table>\n"
    )


def page(rows: int, encoding: str) -> bytes:
    per_table = 5 + len(INDICATORS)
    tables = max(1, rows // per_table)
    charset = "gbk" if encoding == "gbk" else "utf-8"
    body = "".join(project_table(n + 1) for n in range(tables))
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>绩效目标</title></head><body><h1>某单位2025年部门预算绩效文本</h1>\n{body}</body></html>"
    )
    return html.encode(encoding)


def time_pandas(data: bytes, encoding: str, repeat: int) -> tuple[float, int]:
    best = float("inf")
    frames = []
    for _ in range(repeat):
        start = time.perf_counter()
        frames = pd.read_html(io.BytesIO(data), flavor="lxml", encoding=encoding)
        best = min(best, time.perf_counter() - start)
    return best, sum(len(f) for f in frames)


def time_jixiao(front_end: str, path: Path, repeat: int) -> tuple[float, int, int]:
    out = subprocess.run([front_end, str(path), str(repeat)], check=True, capture_output=True, text=True).stdout
    seconds, rows, cells = out.split()
    return float(seconds), int(rows), int(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--front-end", required=True, help="the html_front_end program (Release build)")
    parser.add_argument("--rows", type=int, default=50000, help="table rows of the page")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        for encoding in ("utf-8", "gbk"):
            data = page(args.rows, encoding)
            path = Path(work) / f"page-{encoding}.html"
            path.write_bytes(data)
            pandas_s, pandas_rows = time_pandas(data, encoding, args.repeat)
            jixiao_s, rows, cells = time_jixiao(args.front_end, path, args.repeat)
            print(
                f"{encoding:6} {len(data) / 1e6:6.1f} MB: pandas.read_html {pandas_s:6.3f} s ({pandas_rows} rows), "
                f"jixiao {jixiao_s:6.3f} s ({rows} rows, {cells} cells): {pandas_s / jixiao_s:4.1f}x"
            )


if __name__ == "__main__":
    main()
