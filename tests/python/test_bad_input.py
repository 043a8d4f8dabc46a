"""The bad-input corpus from Python: the typed exceptions, and the same diagnostics as in C++.

Cases and their expected outcomes are tests/data/bad/expected.json, which the C++ test
(tests/cpp/read_bad_input_test.cpp) runs too; the generated cases (big inputs) are left to it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import jixiao

BAD = Path(__file__).resolve().parents[2] / "tests" / "data" / "bad"
CASES = [c for c in json.loads((BAD / "expected.json").read_text(encoding="utf-8"))["cases"] if "file" in c]


def _keywords(case: dict) -> dict:
    return dict(case.get("options", {}))


@pytest.mark.parametrize("case", CASES, ids=[c["what"][:60] for c in CASES])
def test_each_corpus_file_gives_its_exception_or_diagnostics(case):
    path = BAD / case["file"]
    for source in (path, path.read_bytes()):
        if "exception" in case:
            expected = case["exception"]
            with pytest.raises(jixiao.Error) as info:
                jixiao.read(source, **_keywords(case))
            if expected["type"] == "EncodingError":
                assert isinstance(info.value, jixiao.EncodingError)
                assert isinstance(info.value, UnicodeError)
                assert info.value.offset == expected["offset"]
            elif expected["type"] == "UnsupportedFormatError":
                assert isinstance(info.value, jixiao.UnsupportedFormatError)
            else:
                assert type(info.value) is jixiao.Error
            assert expected.get("message", "") in str(info.value)
            continue
        document = jixiao.read(source, **_keywords(case))
        found = [(d.line, d.column, d.severity.value, d.code) for d in document.diagnostics]
        wanted = [(d["line"], d["column"], d["severity"], d["code"]) for d in case["diagnostics"]]
        assert found == wanted
        if "projects" in case:
            assert len(document) == case["projects"]
        if "encoding" in case:
            assert document.encoding is jixiao.Encoding(case["encoding"])


def test_encoding_errors_survive_pickling_with_their_offset():
    import pickle

    with pytest.raises(jixiao.EncodingError) as info:
        jixiao.read(BAD / "nul-after-bom.txt")
    again = pickle.loads(pickle.dumps(info.value))
    assert again.offset == info.value.offset == 161
    assert str(again) == str(info.value)


def test_limits_are_keywords_of_read_and_read_many():
    with pytest.raises(jixiao.Error, match="max_file_size"):
        jixiao.read_many([BAD / "table.txt"], max_file_size=100)
    document = jixiao.read(BAD / "long-cell.txt", max_cell_size=64)
    assert [d.code for d in document.diagnostics] == ["cell-too-long"]
    assert len(document.projects[0].use_of_funds.encode()) <= 64
    assert len(jixiao.read_result(BAD / "long-cell.txt", max_cell_size=1 << 20).diagnostics) == 0
