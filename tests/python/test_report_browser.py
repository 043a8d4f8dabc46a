"""The sample's HTML report in a real browser: Debian's chromium, headless, driven by selenium.

Renders the page to PNG and PDF (into pytest's temporary directory, never into the repository) and
asserts on the DOM the browser built: a card and a drawn plan chart per project, the sortable
overview, a single column on a phone, A4 pages, and no console errors. Fails, rather than skips,
when chromium is missing: scripts/setup-deps.sh installs it. See docs/report.md.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

import jixiao

ROOT = Path(__file__).resolve().parents[2]
ACTUALS = ROOT / "examples" / "data" / "zjk-kexie-2025-actuals.csv"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    if shutil.which("chromium") is None or not Path(CHROMEDRIVER).is_file():
        pytest.fail("chromium and chromium-driver are needed for the browser test: run scripts/setup-deps.sh")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("python3-selenium is needed for the browser test: run scripts/setup-deps.sh")

    profile = tempfile.mkdtemp(prefix="jixiao-chromium-")
    options = webdriver.ChromeOptions()
    # Flags for a root user in a container (docs/report.md): no sandbox, no GPU, no /dev/shm, no network.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--window-size=1200,1600", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Under the sanitizer build the tests run with the ASan runtime preloaded; chromedriver and
    # chromium are not built for it and abort when it is.
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER, env=env), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, sample):
    actuals = jixiao.read_actuals(ACTUALS)
    path = jixiao.write_report(sample, tmp_path_factory.mktemp("report") / "report.html", actuals)
    return path, sample, actuals


def console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_console_errors_are_seen(browser, tmp_path):
    # The check below is only worth something if a page's error reaches it.
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><script>no_such_function();</script>", encoding="utf-8")
    browser.get(broken.as_uri())
    assert any("no_such_function" in message for message in console_errors(browser))


def test_sample_report_renders(browser, sample_report):
    path, document, actuals = sample_report
    browser.get(path.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"
    count = lambda css: browser.execute_script(f"return document.querySelectorAll({css!r}).length")  # noqa: E731

    projects = len(document.projects)
    assert projects > 0
    assert count("section.project-card") == projects
    assert count("svg.plan-chart") == projects
    assert count("table.projects-table tbody tr") == projects
    # Every chart is laid out (not collapsed), and every plan with a figure is drawn as a line.
    assert browser.execute_script(
        "return Array.from(document.querySelectorAll('svg.plan-chart'))"
        ".every(s => s.getBoundingClientRect().width > 200 && s.getBoundingClientRect().height > 100)"
    )
    planned = sum(1 for p in document.projects if any(m.month > 0 and m.percent is not None for m in p.spending_plan))
    assert count("svg.plan-chart polyline.plan-line") == planned
    # The actual spending line: on the cards of projects whose spending is reported.
    matched = jixiao.match_actuals(document, actuals)
    spending = sum(1 for a in matched.projects if a is not None and a.executed is not None)
    assert spending > 0
    assert count("svg.plan-chart polyline.actual-line") == spending
    total_indicators = sum(len(p.indicators) for p in document.projects)
    assert count("tr.indicator-row") == total_indicators
    # The page uses a CJK font the machine has, not a fallback box font.
    assert browser.execute_script("return document.fonts.check('16px \"Noto Sans CJK SC\"', '预算')")
    assert console_errors(browser) == []


def test_overview_sorts_by_a_click(browser, sample_report):
    path, _, _ = sample_report
    browser.get(path.as_uri())
    column = browser.execute_script(
        "return Array.from(document.querySelectorAll('table.projects-table thead th'))"
        ".findIndex(th => th.textContent.startsWith('预算数'))"
    )
    assert column >= 0
    budgets = (
        "return Array.from(document.querySelectorAll('table.projects-table tbody tr'))"
        f".map(r => r.cells[{column}].getAttribute('data-sort')).filter(v => v !== '').map(Number)"
    )
    heading = browser.find_elements("css selector", "table.projects-table thead th")[column]
    heading.click()
    ascending = browser.execute_script(budgets)
    assert ascending == sorted(ascending) and len(set(ascending)) > 1
    assert heading.get_attribute("aria-sort") == "ascending"
    heading.click()
    assert browser.execute_script(budgets) == sorted(ascending, reverse=True)
    assert console_errors(browser) == []


def test_png_and_a4_pdf(browser, sample_report, tmp_path):
    path, document, _ = sample_report
    browser.get(path.as_uri())
    png = tmp_path / "report.png"
    assert browser.save_screenshot(str(png))
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and png.stat().st_size > 20_000

    # The DevTools protocol's printToPDF honours the page's @page size (A4).
    pdf = base64.b64decode(
        browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"]
    )
    (tmp_path / "report.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    for width, height in boxes:
        assert abs(float(width) - 595.3) < 1.5 and abs(float(height) - 841.9) < 1.5  # A4 in points
    assert len(boxes) >= len(document.projects) // 4  # cards are not squeezed onto a few pages


def test_phone_layout_is_one_column_without_horizontal_scroll(browser, sample_report):
    path, _, _ = sample_report
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
    )
    try:
        browser.get(path.as_uri())
        columns = browser.execute_script(
            "return getComputedStyle(document.querySelector('section.project-card .card-body'))"
            ".gridTemplateColumns.split(' ').length"
        )
        assert columns == 1
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
        assert console_errors(browser) == []
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
