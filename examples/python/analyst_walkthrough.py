"""An analyst's first session with jixiao, as a script (each block is a notebook cell).

Run: python3 examples/python/analyst_walkthrough.py [DOCUMENT] [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import jixiao

ROOT = Path(__file__).resolve().parents[2]
source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "examples" / "data" / "zjk-kexie-2025-targets.txt"
out_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="jixiao-"))

# Cell 1 — read the document; nothing the reader could not place is dropped silently.
doc = jixiao.read(source)
print(doc)
for diagnostic in doc.diagnostics:
    print("  ", diagnostic)

# Cell 2 — the projects as a table: exact budgets in 分 (Int64), floats in 万元 for charts.
projects = doc.projects_frame()
print(projects[["code", "name", "unit_name", "budget_total_wan", "indicators"]].head())
print("total budget:", sum((p.budget.total for p in doc if p.budget.total), jixiao.Money(0)))

# Cell 3 — filter the indicators frame: output quantity targets written as ≥ with a count unit.
indicators = doc.indicators_frame()
quantity = indicators[(indicators["level2"] == "数量指标") & (indicators["comparator"] == "ge")]
print(quantity[["project_name", "name", "target_raw", "target_value", "unit"]].head(10))
print(indicators.groupby("level1", observed=True).size())

# Cell 4 — targets are values: check an actual figure against one.
target = doc.projects[0].indicators[0].target
print(target.raw, "vs 32次 →", target.check("32次").outcome.name)

# Cell 5 — review the targets as a finance bureau would; the findings are a list and a frame.
findings = jixiao.review(doc)
print(len(findings), "findings,", len(findings.errors()), "errors")
print(findings.frame().groupby("rule", observed=True).size().sort_values(ascending=False).head())

# Cell 6 — save JSON (exact decimals as strings) and CSV for Excel.
json_path = out_dir / "document.json"
jixiao.to_json(doc, json_path, pretty=True)
jixiao.to_csv(doc, out_dir / "indicators.csv", bom=True)
assert jixiao.document_from_json(json_path) == doc
print("wrote", json_path, "and", out_dir / "indicators.csv")
