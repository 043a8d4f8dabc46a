"""Reading documents and writing JSON/CSV, with Python conveniences (paths, bytes, files)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Union

from . import _jixiao

Source = Union[str, bytes, "os.PathLike[str]"]

__all__ = ["read", "read_many", "read_result", "to_json", "to_csv", "document_from_json"]


def _options(encoding: str | None, year: int) -> _jixiao.ReadOptions:
    options = _jixiao.ReadOptions()
    if encoding is not None:
        options.encoding = _jixiao.Encoding(encoding)
    options.year = year
    return options


def read_result(source: Source, *, encoding: str | None = None, year: int = 0) -> _jixiao.ReadResult:
    """Read a document and return the :class:`ReadResult` (document, diagnostics, encoding).

    ``source`` is a :class:`pathlib.Path` or other path-like (a file), ``bytes`` (the file's
    content in UTF-8 or GB18030), or ``str``: a path when such a file exists, else the text.
    """
    options = _options(encoding, year)
    if isinstance(source, bytes):
        return _jixiao.read_bytes(source, options)
    if isinstance(source, os.PathLike):
        return _jixiao.read_file(Path(source), options)
    if isinstance(source, str):
        if "\n" not in source and len(source) < 4096 and Path(source).is_file():
            return _jixiao.read_file(Path(source), options)
        return _jixiao.read_text(source, options)
    raise TypeError(f"expected a path, str or bytes, got {type(source).__name__}")


def read(source: Source, *, encoding: str | None = None, year: int = 0) -> _jixiao.Document:
    """Read a document; its ``diagnostics`` and ``encoding`` are attributes of the result."""
    result = read_result(source, encoding=encoding, year=year)
    document = result.document
    document.diagnostics = list(result.diagnostics)
    document.encoding = result.encoding
    return document


def read_many(
    sources: Iterable[Source], *, threads: int | None = None, encoding: str | None = None, year: int = 0
) -> list[_jixiao.Document]:
    """Read many documents in parallel threads, in the order given.

    The reader runs without the GIL, so threads use every core; ``threads`` defaults to the
    number of CPUs. An error in one document is raised (the others are still read).
    """
    sources = list(sources)
    workers = max(1, min(threads or os.cpu_count() or 1, len(sources) or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda source: read(source, encoding=encoding, year=year), sources))


def to_json(document: _jixiao.Document, path: "str | os.PathLike[str] | None" = None, *, pretty: bool = False) -> str:
    """Canonical JSON of ``document`` (decimals as strings); also written to ``path`` if given."""
    text = _jixiao.to_json(document, pretty)
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def document_from_json(source: "str | os.PathLike[str]") -> _jixiao.Document:
    """A Document from JSON text, or from a JSON file when ``source`` is a path."""
    if isinstance(source, os.PathLike):
        source = Path(source).read_text(encoding="utf-8")
    return _jixiao.document_from_json(source)


def to_csv(document: _jixiao.Document, path: "str | os.PathLike[str] | None" = None, *, bom: bool = False) -> str:
    """Tidy CSV (one row per indicator); ``bom=True`` adds the BOM Excel needs."""
    text = _jixiao.to_csv(document, bom)
    if path is not None:
        Path(path).write_text(text, encoding="utf-8", newline="")
    return text
