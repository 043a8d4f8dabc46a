"""The exceptions jixiao raises. Every one derives from :class:`jixiao.Error`.

C++ exceptions are translated to these classes by the extension module.
"""

from __future__ import annotations

import builtins

__all__ = [
    "Error",
    "ParseError",
    "EncodingError",
    "LimitError",
    "UnsupportedFormatError",
    "OverflowError",
    "DivisionByZeroError",
    "InexactError",
]


class Error(Exception):
    """Base class of every jixiao error."""


class ParseError(Error, ValueError):
    """Text that does not follow a grammar.

    ``line`` is the 1-based source line (0 when the text did not come from a document) and
    ``column`` the 1-based code-point column within the parsed text.
    """

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column

    def __reduce__(self):  # keep line and column through pickling (multiprocessing)
        return (type(self), (str(self), self.line, self.column))


class EncodingError(Error, UnicodeError):
    """Bytes in no supported encoding (or not in the stated one); ``offset`` is the first bad byte."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset

    def __reduce__(self):
        return (type(self), (str(self), self.offset))


class LimitError(Error):
    """Input over a limit of ReadOptions as a whole (a zip bomb, too many pages, too deep nesting)."""


class UnsupportedFormatError(Error, ValueError):
    """A file in a format jixiao recognises but does not read (legacy .xls/.doc, a scanned or encrypted
    PDF, a PDF in a build without the PDF front end); the message says what to do instead."""


class OverflowError(Error, builtins.OverflowError):  # noqa: A001 - mirrors jixiao::OverflowError
    """A result that does not fit the exact decimal representation."""


class DivisionByZeroError(Error, ZeroDivisionError):
    """Division of an exact decimal by zero."""


class InexactError(Error, ArithmeticError):
    """An exact conversion that would lose digits."""
