"""The library's exceptions: raised only at the boundary, never used for control flow inside a parse."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "HtmlSupportMissing",
    "InputTooLarge",
    "InputTypeError",
    "ParseTimeout",
    "PressReleaseError",
    "TablesSupportMissing",
]


class PressReleaseError(Exception):
    """Base class of every error pressrelease raises."""


class InputTypeError(PressReleaseError, TypeError):
    """``parse()`` was given something that is neither ``str`` nor ``bytes``."""


class DecodeError(PressReleaseError, ValueError):
    """Bytes that no supported encoding (UTF-8, GB18030/GBK) decodes.

    ``position`` is the offset of the first byte UTF-8 could not decode, and ``tried`` lists the
    encodings attempted, in order.
    """

    def __init__(self, message: str, *, position: int | None = None, tried: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.position = position
        self.tried = tried


class HtmlSupportMissing(PressReleaseError, ImportError):
    """The input is HTML but the HTML parser (the ``html`` extra) is not installed.

    Install it with ``pip install 'pressrelease[html]'``.
    """


class TablesSupportMissing(PressReleaseError, ImportError):
    """A table function (``to_frame``, ``to_arrow``, ``write_parquet``…) needs pandas and pyarrow
    (the ``tables`` extra), and one of them is not installed.

    Install them with ``pip install 'pressrelease[tables]'``.
    """


class InputTooLarge(PressReleaseError, ValueError):
    """The input is larger than :attr:`Limits.max_chars` allows; nothing was parsed.

    ``size`` is the input's size (bytes for bytes, characters for str) and ``limit`` the limit.
    """

    def __init__(self, message: str, *, size: int, limit: int) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit


class ParseTimeout(PressReleaseError, TimeoutError):
    """Parsing took longer than :attr:`Limits.max_seconds`; no partial result is returned."""

    def __init__(self, message: str, *, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds
