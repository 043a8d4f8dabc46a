#!/usr/bin/python3
"""The xlsx front end against pandas.read_excel(engine="openpyxl") on the same workbook (issue 16).

    /usr/bin/python3 benchmarks/bench_formats.py --reader BUILD/benchmarks/read_front_end [--rows 100000]
                                                 [--workbook PATH] [--repeat 3]

Writes a workbook of ROWS rows with openpyxl's write-only mode (or reads PATH if it exists): a
target table's columns — text from a few hundred shared strings, numbers with 0.00, 0% and #,##0.00
formats, dates, integers and floats with binary noise in General. Then it times, in CPU seconds of
the process doing the work, pandas.read_excel(engine="openpyxl", sheet_name=None) once and the
front end (read_front_end, best of REPEAT), and prints both and the ratio. Run it on a Release
build (scripts/bench.sh builds read_front_end in build-bench).

pandas gives typed values and jixiao the text each cell shows (numbers through their format),
so jixiao does more per numeric cell, not less.
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
import time

import openpyxl
import pandas
from openpyxl.cell import WriteOnlyCell


def write_workbook(path, rows):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("指标")
    ws.append(["项目名称", "一级指标", "二级指标", "指标值", "完成率", "金额（万元）", "完成时间", "序号", "得分"])
    levels = ["产出指标", "效益指标", "满意度指标"]
    seconds = ["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标"]
    start = datetime.date(2025, 1, 1)
    for r in range(rows):
        def cell(value, number_format=None):
            c = WriteOnlyCell(ws, value=value)
            if number_format:
                c.number_format = number_format
            return c
        ws.append([
            f"2025 第{r % 300}号项目经费",
            levels[r % 3],
            seconds[r % 5],
            cell(r * 0.37 % 1000, "0.00"),
            cell((r % 100) / 100, "0%"),
            cell(r * 12.345 % 100000, "#,##0.00"),
            cell(start + datetime.timedelta(days=r % 365), "yyyy-mm-dd"),
            r + 1,
            r * 0.1,
        ])
    wb.save(path)


def time_pandas(path):
    start = time.process_time()
    frames = pandas.read_excel(path, engine="openpyxl", sheet_name=None)
    seconds = time.process_time() - start
    cells = sum(frame.size for frame in frames.values())
    return seconds, cells


def time_jixiao(reader, path, repeat):
    out = subprocess.run([reader, "xlsx", path, str(repeat)], check=True, capture_output=True, text=True).stdout
    return float(out.split()[0]), out.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", required=True, help="the read_front_end program of a Release build")
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--workbook", help="where the workbook is kept (default: a temporary file)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.workbook or os.path.join(tmp, f"bench-{args.rows}.xlsx")
        if not os.path.exists(path):
            write_workbook(path, args.rows)
        size = os.path.getsize(path) / 1e6
        print(f"workbook: {path}, {args.rows} rows, {size:.1f} MB")
        ours, detail = time_jixiao(args.reader, path, args.repeat)
        print(f"jixiao read_xlsx:            {detail}")
        theirs, cells = time_pandas(path)
        print(f"pandas.read_excel(openpyxl): {theirs:.3f} s CPU, {cells} values")
        print(f"jixiao is {theirs / ours:.1f}x as fast")
    return 0


if __name__ == "__main__":
    sys.exit(main())
