"""The 权重 and 指标方向性 columns of other provinces' indicator tables, from Python: the model, frames,
CSV, JSON and evaluation (docs/format.md, docs/evaluation.md)."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import jixiao

# The table of docs/evaluation.md's second worked example.
WEIGHTED = """某某局 2025 年部门预算绩效文本

1.2025 专项检查经费绩效目标表

单位：万元

项目编码\t11010025T000000123456\t\t项目名称\t专项检查经费\t\t
预算规模及资金用途\t预算数\t150.00\t其中：财政资金\t150.00\t其他资金\t
一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
产出指标\t数量指标\t专项检查次数\t≥\t100\t次\t20\t正向指标
\t时效指标\t平均办结时长\t=\t5\t天\t20\t反向指标
成本指标\t经济成本指标\t检查成本\t≤\t123.45\t万元\t10\t反向指标
效益指标\t社会效益指标\t营商环境改善\t定性\t有所改善\t\t30\t
满意度指标\t服务对象满意度指标\t企业满意度\t≥\t90\t%\t10\t正向指标
"""

ACTUALS = """project_code,indicator,as_of,executed,actual
11010025T000000123456,,2025-12-31,135,
11010025T000000123456,专项检查次数,2025-12-31,,90次
11010025T000000123456,平均办结时长,2025-12-31,,4天
11010025T000000123456,检查成本,2025-12-31,,130万元
11010025T000000123456,营商环境改善,2025-12-31,,达成年度指标
11010025T000000123456,企业满意度,2025-12-31,,95%
"""


@pytest.fixture(scope="module")
def weighted():
    return jixiao.read(WEIGHTED)


@pytest.fixture()
def actuals(tmp_path: Path):
    path = tmp_path / "actuals.csv"
    path.write_text(ACTUALS, encoding="utf-8")
    return jixiao.read_actuals(path)


def test_weights_and_directions_are_read(weighted):
    assert not weighted.diagnostics
    indicators = weighted.projects[0].indicators
    assert [i.weight for i in indicators] == [Decimal(20), Decimal(20), Decimal(10), Decimal(30), Decimal(10)]
    assert all(isinstance(i.weight, Decimal) for i in indicators)
    assert [i.direction for i in indicators] == [
        jixiao.Direction.forward,
        jixiao.Direction.reverse,
        jixiao.Direction.reverse,
        jixiao.Direction.none,
        jixiao.Direction.forward,
    ]
    copy = jixiao.read(WEIGHTED)  # the fixture is shared: change a document of its own
    changed = copy.projects[0].indicators[0]
    changed.weight = Decimal("12.5")
    assert changed.weight == Decimal("12.5")
    changed.weight = None
    assert changed.weight is None


def test_unreadable_cells_are_diagnostics(weighted):
    doc = jixiao.read(WEIGHTED.replace("\t20\t正向指标", "\t约20\t双向", 1))
    assert doc.projects[0].indicators[0].weight is None
    assert doc.projects[0].indicators[0].direction is jixiao.Direction.none
    by_code = {d.code: d for d in doc.diagnostics}
    assert set(by_code) == {"weight-unreadable", "direction-unknown"}
    assert by_code["weight-unreadable"].severity is jixiao.Severity.warning
    assert by_code["weight-unreadable"].line == 10
    assert "约20" in by_code["weight-unreadable"].reason
    assert by_code["direction-unknown"].column > by_code["weight-unreadable"].column


def test_frame_columns(weighted, sample):
    frame = weighted.indicators_frame()
    assert list(frame["weight"]) == [20.0, 20.0, 10.0, 30.0, 10.0]
    assert str(frame["weight_scaled"].dtype) == "Int64"
    assert frame["direction"].dtype == "category"
    assert list(frame["direction"]) == ["forward", "reverse", "reverse", "none", "forward"]
    columns = list(frame.columns)
    assert columns.index("target_scale") < columns.index("weight") < columns.index("basis")
    exact = weighted.indicators_frame(decimals=True)
    assert list(exact["weight_decimal"]) == [Decimal(20), Decimal(20), Decimal(10), Decimal(30), Decimal(10)]

    # Without the columns: NaN / <NA> / None, and direction none.
    plain = sample.indicators_frame(decimals=True)
    assert plain["weight"].isna().all() and plain["weight_scaled"].isna().all()
    assert plain["weight_decimal"].isna().all()
    assert (plain["direction"] == "none").all()
    # The target columns are as before.
    assert math.isclose(plain.loc[0, "target_value"], float(sample.projects[0].indicators[0].target.as_comparison().value.value))


def test_csv_and_json(weighted, tmp_path: Path):
    jixiao.to_csv(weighted, tmp_path / "doc.csv")
    table = pd.read_csv(tmp_path / "doc.csv", dtype=str, keep_default_na=False)
    assert list(table["weight"]) == ["20", "20", "10", "30", "10"]
    assert list(table["direction"]) == ["forward", "reverse", "reverse", "", "forward"]

    text = jixiao.to_json(weighted)
    assert jixiao.document_from_json(text) == weighted
    data = json.loads(text)
    first = data["projects"][0]["indicators"][0]
    assert first["weight"] == "20" and first["direction"] == "forward"
    # JSON written before the two members existed.
    for project in data["projects"]:
        for indicator in project["indicators"]:
            del indicator["weight"], indicator["direction"]
    old = jixiao.document_from_json(json.dumps(data, ensure_ascii=False))
    assert all(i.weight is None and i.direction is jixiao.Direction.none for i in old.projects[0].indicators)


def test_evaluation_uses_stated_weights_and_directions(weighted, actuals):
    e = jixiao.evaluate(weighted, actuals)
    assert not e.diagnostics
    first = e.projects_frame().iloc[0]
    assert first["total"] == Decimal("96.4694208181")  # docs/evaluation.md, second worked example
    scores = e.indicators_frame()
    assert list(scores["weight"]) == [Decimal(20), Decimal(20), Decimal(10), Decimal(30), Decimal(10)]
    late = scores[scores["name"] == "平均办结时长"].iloc[0]
    assert late["score"] == Decimal(20) and late["rule"] == "reverse"

    split = jixiao.evaluate(weighted, actuals, jixiao.EvaluateOptions(use_stated_weights=False))
    assert {d.code for d in split.diagnostics} == {"weight-missing"}
    assert list(split.indicators_frame()["weight"])[:2] == [Decimal(25), Decimal(25)]


def test_review_reports_a_direction_against_the_comparator(weighted):
    assert not [f for f in jixiao.review(weighted) if f.rule is jixiao.RuleId.direction_against_comparator]
    contradicting = jixiao.read(WEIGHTED.replace("\t90\t%\t10\t正向指标", "\t90\t%\t10\t反向指标"))
    reviewed = jixiao.review(contradicting)
    findings = [f for f in reviewed if f.rule is jixiao.RuleId.direction_against_comparator]
    assert [reviewed.names(f)[2] for f in findings] == ["企业满意度"]
    assert [jixiao.indicator_of(contradicting, f).name for f in findings] == ["企业满意度"]
    assert findings[0].severity is jixiao.Severity.warning


def test_report_cards_show_the_stated_weights(weighted, actuals):
    page = jixiao.report(weighted, actuals)
    assert '<span class="weight"> / 30.00</span>' in page  # 营商环境改善
    assert '<span class="weight"> / 25.00</span>' not in page  # the 一级 split of 产出 is not used
    split = jixiao.report(
        weighted, actuals, options=jixiao.ReportOptions(evaluate=jixiao.EvaluateOptions(use_stated_weights=False))
    )
    assert '<span class="weight"> / 25.00</span>' in split
