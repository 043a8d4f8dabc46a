"""Reading documents and writing JSON/CSV, with Python conveniences (paths, bytes, files)."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, Union

from . import _jixiao
from .progress import Progress, bar

Source = Union[str, bytes, "os.PathLike[str]"]

__all__ = ["read", "read_many", "read_result", "read_grid", "read_grid_document", "to_json", "to_csv", "document_from_json"]


def _options(
    encoding: str | None,
    year: int,
    max_file_size: int | None,
    max_cell_size: int | None,
    format: str | None = None,  # noqa: A002 - the name of ReadOptions' member
) -> _jixiao.ReadOptions:
    options = _jixiao.ReadOptions()
    if format is not None:
        options.format = _jixiao.Format(format)
    if encoding is not None:
        options.encoding = _jixiao.Encoding(encoding)
    options.year = year
    if max_file_size is not None:
        options.max_file_size = max_file_size
    if max_cell_size is not None:
        options.max_cell_size = max_cell_size
    return options


def read_result(
    source: Source,
    *,
    format: str | None = None,  # noqa: A002 - the name of ReadOptions' member
    encoding: str | None = None,
    year: int = 0,
    max_file_size: int | None = None,
    max_cell_size: int | None = None,
) -> _jixiao.ReadResult:
    """Read a document and return the :class:`ReadResult` (document, diagnostics, format, encoding).

    ``source`` is a :class:`pathlib.Path` or other path-like (a file), ``bytes`` (the file's
    content: text in UTF-8 or GB18030, xlsx, docx, HTML or PDF), or ``str``: a path when such a
    file exists, else the text. The format comes from the content unless ``format`` states it
    ("text", "xlsx", "docx", "html", "pdf"). ``max_file_size`` and ``max_cell_size`` (bytes)
    override the reader's limits (docs/format.md).
    """
    options = _options(encoding, year, max_file_size, max_cell_size, format)
    if isinstance(source, bytes):
        return _jixiao.read_bytes(source, options)
    if isinstance(source, os.PathLike):
        return _jixiao.read_file(Path(source), options)
    if isinstance(source, str):
        if "\n" not in source and len(source) < 4096 and Path(source).is_file():
            return _jixiao.read_file(Path(source), options)
        return _jixiao.read_text(source, options)
    raise TypeError(f"expected a path, str or bytes, got {type(source).__name__}")


def read(
    source: Source,
    *,
    format: str | None = None,  # noqa: A002 - the name of ReadOptions' member
    encoding: str | None = None,
    year: int = 0,
    max_file_size: int | None = None,
    max_cell_size: int | None = None,
) -> _jixiao.Document:
    """Read a document; its ``diagnostics``, ``format`` and ``encoding`` are attributes of the result,
    and ``path`` (the file, or None for bytes and text)."""
    result = read_result(
        source,
        format=format,
        encoding=encoding,
        year=year,
        max_file_size=max_file_size,
        max_cell_size=max_cell_size,
    )
    return _document(result, _path_of(source))


def read_grid(
    source: Source, *, format: str | None = None, encoding: str | None = None  # noqa: A002
) -> _jixiao.Grid:
    """The :class:`Grid` a front end makes of ``source`` (as :func:`read_result` takes it): what the
    layout reader sees — lines of text and table rows of cells with their spans and locations."""
    options = _options(encoding, 0, None, None, format)
    if isinstance(source, bytes):
        return _jixiao.read_grid_bytes(source, options)
    path = _path_of(source)
    if path is not None:
        return _jixiao.read_grid_file(path, options)
    if isinstance(source, str):
        return _jixiao.read_grid_bytes(source.encode("utf-8"), options)
    raise TypeError(f"expected a path, str or bytes, got {type(source).__name__}")


def read_grid_document(grid: _jixiao.Grid, *, year: int = 0) -> _jixiao.Document:
    """Read a :class:`Grid` — one a front end made, or one built from any table source with
    ``Grid.add_row`` / ``Grid.add_cell`` — with the layout reader."""
    options = _options(None, year, None, None)
    return _document(_jixiao.read_grid_document(grid, options), None)


def _path_of(source: Source) -> Path | None:
    """The file ``source`` names, or None for bytes and text (as :func:`read_result` decides)."""
    if isinstance(source, os.PathLike):
        return Path(source)
    if isinstance(source, str) and "\n" not in source and len(source) < 4096 and Path(source).is_file():
        return Path(source)
    return None


def _document(result: _jixiao.ReadResult, path: Path | None) -> _jixiao.Document:
    document = result.document
    document.diagnostics = list(result.diagnostics)
    document.encoding = result.encoding
    document.format = result.format
    document.path = None if path is None else str(path)
    return document


def _expand(sources: list) -> list:
    """Folders among ``sources`` replaced by the documents under them (as the CLI finds them)."""
    out: list = []
    for source in sources:
        folder = _folder_of(source)
        out.extend(_jixiao.find_documents([folder]) if folder is not None else [source])
    return out


def _folder_of(source: Source) -> Path | None:
    if isinstance(source, os.PathLike):
        path = Path(source)
    elif isinstance(source, str) and "\n" not in source and len(source) < 4096:
        path = Path(source)
    else:
        return None
    return path if path.is_dir() else None


def read_many(
    sources: Iterable[Source],
    *,
    threads: int | None = None,
    format: str | None = None,  # noqa: A002 - the name of ReadOptions' member
    encoding: str | None = None,
    year: int = 0,
    max_file_size: int | None = None,
    max_cell_size: int | None = None,
    errors: str = "raise",
    progress: Progress = False,
) -> list[_jixiao.Document | Exception]:
    """Read many documents on all cores, in the order given.

    A folder among ``sources`` stands for the documents under it, found recursively by their
    names (.txt .xlsx .xlsm .docx .html .htm .pdf; hidden files left out), sorted. Files are read
    by a pool of C++ threads that never takes the GIL (``threads`` defaults to one per CPU);
    ``bytes`` and text sources by as many Python threads (the reader releases the GIL). A
    document that cannot be read does not stop the others. With ``errors="raise"`` its exception
    is raised once all are read (the first in the order given, with a note naming the source);
    with ``errors="return"`` the list holds the exception in its place. ``progress=True`` shows a
    bar (in a notebook an HTML bar, elsewhere tqdm's) with the files done, MB/s and the time left; a callable
    gets ``(done, total)`` after each document. An exception raised while the bar is updated
    (KeyboardInterrupt) stops the reading.
    """
    if errors not in ("raise", "return"):
        raise ValueError(f'errors must be "raise" or "return", not {errors!r}')
    sources = _expand(list(sources))
    options = _options(encoding, year, max_file_size, max_cell_size, format)
    workers = max(1, min(threads or os.cpu_count() or 1, len(sources) or 1))
    paths = [_path_of(source) for source in sources]
    out: list = [None] * len(sources)
    shown = bar(progress, len(sources))
    start = time.monotonic()

    def files_done(done: int, total: int, bytes_done: int, bytes_total: int) -> None:
        elapsed = time.monotonic() - start
        shown.add(bytes_per_second=bytes_done / elapsed if elapsed > 0 else None)

    files = [i for i, path in enumerate(paths) if path is not None]
    with shown:
        if files:
            results = _jixiao.read_files([paths[i] for i in files], options, workers,
                                         files_done if progress else None)
            for i, result in zip(files, results):
                if isinstance(result, _jixiao._ReadFailure):
                    try:
                        result.raise_()
                    except Exception as error:  # noqa: BLE001 - every failure is handed to the caller
                        out[i] = error
                else:
                    out[i] = _document(result, paths[i])
        _read_others(sources, paths, out, workers, shown, format=format, encoding=encoding, year=year,
                     max_file_size=max_file_size, max_cell_size=max_cell_size)

    for source, path, item in zip(sources, paths, out):
        if isinstance(item, BaseException):
            what = path if path is not None else f"a document given as {type(source).__name__}"
            item.add_note(f"while reading {what}")
            if errors == "raise":
                raise item
    return out


def _read_others(sources: list, paths: list, out: list, workers: int, shown, **options) -> None:
    """Reads the sources that are no files (bytes, text) on Python threads, into ``out``."""

    def read_other(source: Source):
        try:
            return read(source, **options)
        except Exception as error:  # noqa: BLE001 - every failure is handed to the caller
            return error
        finally:
            shown.add()

    others = [i for i, path in enumerate(paths) if path is None]
    if others:
        with ThreadPoolExecutor(max_workers=min(workers, len(others))) as pool:
            for i, document in zip(others, pool.map(read_other, [sources[i] for i in others])):
                out[i] = document


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


def to_csv(
    document: _jixiao.Document, path: "str | os.PathLike[str] | None" = None, *, bom: bool = False, excel: bool = False
) -> str:
    """Tidy CSV (one row per indicator), exact for pandas; ``bom=True`` adds the BOM Excel needs.

    ``excel=True`` writes for a spreadsheet: the BOM, and a cell that Excel or LibreOffice would
    run as a formula (beginning with ``=``, ``+``, ``-``, ``@``, TAB or CR, other than a plain
    number) starts with an apostrophe, so that it shows as text. A document is untrusted input.
    """
    text = _jixiao.to_csv(document, bom, excel)
    if path is not None:
        Path(path).write_text(text, encoding="utf-8", newline="")
    return text
