"""pandas frames of a Document, built column-wise from arrays made in C++.

Exact money is an int64 column in 分 (nullable ``Int64``, <NA> for an empty cell) with a float
column in 万元 for plotting; exact ``decimal.Decimal`` objects only on request.

Text comes from C++ as (codes, distinct values): columns whose values repeat (project and unit
fields, 一级/二级 text, units) are pandas categoricals; free text (names, descriptions, targets,
bases) is an object column whose rows share one ``str`` per distinct value. Making a ``str`` per
row was most of the time of a million-row frame.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import _jixiao

_FEN_PER_WAN = 1_000_000


def _categorical(codes: np.ndarray, enum_class) -> pd.Categorical:
    return pd.Categorical.from_codes(codes, categories=[member.value for member in enum_class])


def _text_categorical(column: tuple, rows: np.ndarray | None = None) -> pd.Categorical:
    codes, categories = column
    return pd.Categorical.from_codes(codes if rows is None else codes[rows], categories=categories)


def _text_objects(column: tuple, rows: np.ndarray | None = None) -> np.ndarray:
    codes, categories = column
    values = np.empty(len(categories), dtype=object)
    values[:] = categories
    return values[codes if rows is None else codes[rows]]


def _money(columns: dict, name: str) -> dict:
    fen = pd.arrays.IntegerArray(columns[f"{name}_fen"], columns[f"{name}_missing"])
    wan = columns[f"{name}_fen"] / _FEN_PER_WAN
    wan[columns[f"{name}_missing"]] = np.nan
    return {f"{name}_fen": fen, f"{name}_wan": wan}


def _decimal(columns: dict, source: str, float_name: str, prefix: str) -> dict:
    """An exact decimal column from C++: a float (NaN when empty) for filtering and plotting, and
    the exact pair ``<prefix>_scaled`` (nullable ``Int64``), ``<prefix>_scale``."""
    missing = columns[f"{source}_missing"]
    scale = columns[f"{source}_scale"]
    value = columns[f"{source}_scaled"] / np.power(10.0, scale.astype(np.int64))
    value[missing] = np.nan
    return {
        float_name: value,
        f"{prefix}_scaled": pd.arrays.IntegerArray(columns[f"{source}_scaled"], missing),
        f"{prefix}_scale": scale,
    }


def projects_frame(document: _jixiao.Document) -> pd.DataFrame:
    """One row per project: code, name, unit, budget (exact 分 and float 万元), counts."""
    c = _jixiao._project_columns(document)
    data = {key: _text_objects(c[key]) for key in ("code", "name", "title", "unit_code", "unit_name")}
    for name in ("budget_total", "budget_fiscal", "budget_other"):
        data.update(_money(c, name))
    data.update(indicators=c["indicators"], redacted=c["redacted"], line=c["line"])
    return pd.DataFrame(data)


def indicators_frame(document: _jixiao.Document, *, decimals: bool = False) -> pd.DataFrame:
    """One row per indicator with its project's columns.

    ``target_value`` is a float for filtering and plotting; it is exact as the pair
    (``target_scaled``, ``target_scale``), and as ``decimal.Decimal`` in ``target_decimal`` when
    ``decimals=True``. The stated weight (权重) likewise: ``weight`` (NaN when not stated),
    ``weight_scaled``, ``weight_scale``, ``weight_decimal``. ``direction`` is the stated 指标方向性
    (``none`` when not stated).
    """
    c = _jixiao._indicator_columns(document, decimals)
    p = _jixiao._project_columns(document)
    project = c["project"]
    data = {
        "project_code": _text_categorical(p["code"], project),
        "project_name": _text_categorical(p["name"], project),
        "unit_code": _text_categorical(p["unit_code"], project),
        "unit_name": _text_categorical(p["unit_name"], project),
    }
    for name in ("budget_total", "budget_fiscal", "budget_other"):
        for key, column in _money(p, name).items():
            data[key] = column[project]
    data.update(
        level1=_categorical(c["level1"], _jixiao.Level1),
        level1_text=_text_categorical(c["level1_text"]),
        level2=_categorical(c["level2"], _jixiao.Level2),
        level2_text=_text_categorical(c["level2_text"]),
        name=_text_objects(c["name"]),
        description=_text_objects(c["description"]),
        target_raw=_text_objects(c["target_raw"]),
        target_kind=_categorical(c["target_kind"], _jixiao.TargetKind),
        comparator=_categorical(c["comparator"], _jixiao.Comparator),
        **_decimal(c, "value", "target_value", "target"),
        unit=_text_categorical(c["unit"]),
        **_decimal(c, "weight", "weight", "weight"),
        direction=_categorical(c["direction"], _jixiao.Direction),
        basis=_text_objects(c["basis"]),
        line=c["line"],
    )
    if decimals:
        data["target_decimal"] = c["value_decimal"]
        data["weight_decimal"] = c["weight_decimal"]
    return pd.DataFrame(data)


def _many(documents, frame_of, progress) -> pd.DataFrame:
    from .progress import bar

    listed = [documents] if isinstance(documents, _jixiao.Document) else list(documents)
    frames = []
    with bar(progress, len(listed), "表格", "个文档") as shown:
        for number, document in enumerate(listed, 1):
            frame = frame_of(document)
            frame.insert(0, "file", getattr(document, "path", None) or f"document {number}")
            frames.append(frame)
            shown.add()
    if not frames:
        return frame_of(_jixiao.Document()).assign(file=pd.Series(dtype=object))
    # Categories differ from document to document; pandas makes those columns plain objects.
    return pd.concat(frames, ignore_index=True)


def indicators_frame_of(documents, *, decimals: bool = False, progress=False) -> pd.DataFrame:
    """One indicators frame of many documents (as :func:`read_many` returns them), with a first
    column ``file``: the document's path, or ``document N`` for one read from bytes or text.
    ``progress=True`` shows a bar (in a notebook an HTML bar, elsewhere tqdm's)."""
    return _many(documents, lambda d: indicators_frame(d, decimals=decimals), progress)


def projects_frame_of(documents, *, progress=False) -> pd.DataFrame:
    """One projects frame of many documents, with a first column ``file`` (as :func:`indicators_frame_of`)."""
    return _many(documents, projects_frame, progress)


def install(document_class) -> None:
    document_class.indicators_frame = indicators_frame
    document_class.projects_frame = projects_frame
