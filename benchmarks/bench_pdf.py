#!/usr/bin/python3
"""The PDF front end against `pdftotext -layout` on the same files, side by side in one run
(issue 17: PDF reading within 2x the time of pdftotext -layout; docs/performance.md).

    benchmarks/bench_pdf.py --read-pdf BUILD/benchmarks/read_pdf [--repeat N] [--copies K] [PDF ...]

Each program runs as a process on each file, N times (default 5), and the fastest wall time
counts: both then pay for starting, reading the file and poppler's parsing alike. Without PDF
arguments it measures the sample as printed (tests/data/formats/sample-*.pdf) and one large PDF:
sample-docx.pdf K times over (default 20), joined with pdfunite.
"""

import argparse
import pathlib
import subprocess
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[1]


def fastest(command: list, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def pages(pdf: pathlib.Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return next(int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--read-pdf", required=True, help="the read_pdf program of a Release build")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("pdfs", nargs="*", type=pathlib.Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="jixiao-bench-pdf-") as work:
        pdfs = args.pdfs
        if not pdfs:
            formats = REPO / "tests/data/formats"
            pdfs = [formats / f"sample-{name}.pdf" for name in ("sheets", "docx", "html")]
            large = pathlib.Path(work) / f"sample-docx-x{args.copies}.pdf"
            subprocess.run(["pdfunite"] + [str(formats / "sample-docx.pdf")] * args.copies + [str(large)], check=True)
            pdfs.append(large)
        print(f"{'file':<28} {'pages':>5} {'pdftotext -layout':>18} {'jixiao read_pdf':>16} {'ratio':>6}")
        for pdf in pdfs:
            reference = fastest(["pdftotext", "-layout", str(pdf), "-"], args.repeat)
            ours = fastest([args.read_pdf, str(pdf)], args.repeat)
            print(f"{pdf.name:<28} {pages(pdf):>5} {reference * 1000:>15.1f} ms {ours * 1000:>13.1f} ms"
                  f" {ours / reference:>6.2f}")


if __name__ == "__main__":
    main()
