#!/usr/bin/python3
"""Makes the text layouts of the sample that the text front end rebuilds (tests/data/formats/text).

    /usr/bin/python3 tests/data/formats/text/make_text_layouts.py

- `*.layout.txt`: `pdftotext -layout` (poppler-utils) of the sample's PDFs and of the PDF hard cases:
  tables in aligned columns.
- `sample.cells.txt`: the TAB sample with every cell on a line of its own and the empty cells
  dropped, as a PDF viewer copies a table.
- `sample-html.webdriver.txt`: Chromium's text of sample-utf8.html through WebDriver
  (`element.text`, python3-selenium and chromium-driver), when those are installed: a row per line,
  its cells one blank apart — a layout the front end does not rebuild (docs/format.md says why).
"""
import pathlib
import subprocess
import sys
import tempfile

here = pathlib.Path(__file__).resolve().parent
formats = here.parent
sample = formats.parent.parent.parent / "examples/data/zjk-kexie-2025-targets.txt"

PDFS = ["sample-sheets", "sample-docx", "sample-html", "hard-pdf-borderless", "hard-pdf-merged-across-pages",
        "hard-pdf-split-row", "hard-pdf-two-tables", "hard-pdf-wrap-four-lines"]


def layout(name):
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(formats / f"{name}.pdf"), str(here / f"{name}.layout.txt")],
                   check=True)


def cells():
    out = []
    for line in sample.read_text(encoding="utf-8").split("\n"):
        out.extend(cell.strip() for cell in line.split("\t") if cell.strip())
        if not line.strip():
            out.append("")
    (here / "sample.cells.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def webdriver_text():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
    except ImportError:
        print("python3-selenium is not installed: sample-html.webdriver.txt kept as it is", file=sys.stderr)
        return
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get((formats / "sample-utf8.html").as_uri())
            text = driver.find_element(By.TAG_NAME, "body").text
        finally:
            driver.quit()
    (here / "sample-html.webdriver.txt").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    for name in PDFS:
        layout(name)
    cells()
    webdriver_text()
