"""From what the caller passes (str or bytes) to the text that is parsed. Decoding lives here only."""

from __future__ import annotations

import codecs

import attrs

from .errors import DecodeError, InputTypeError
from .model import Diagnostic

__all__ = ["Decoded", "decode"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS: tuple[str, ...] = ("utf-8", "gb18030")


@attrs.frozen
class Decoded:
    """The text to parse, the encoding it came in (None for str input) and what was noticed."""

    text: str
    encoding: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def decode(data: str | bytes | bytearray | memoryview) -> Decoded:
    """Turn the caller's input into text.

    ``str`` is taken as it is. Bytes are decoded by their byte-order mark if they have one, else
    as UTF-8, else as GB18030 (a superset of GBK and GB2312). Undecodable bytes raise
    :class:`~pressrelease.errors.DecodeError`; anything else raises
    :class:`~pressrelease.errors.InputTypeError`.
    """
    if isinstance(data, str):
        return Decoded(data, None)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InputTypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as e:
                raise DecodeError(
                    f"bytes start with a {encoding} byte-order mark but do not decode: {e.reason}",
                    position=e.start,
                    tried=(encoding,),
                ) from None
    first_error: UnicodeDecodeError | None = None
    for encoding in _FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            first_error = first_error or e
            continue
        if "\x00" in text and encoding != "utf-8":
            continue
        return Decoded(text, encoding)
    assert first_error is not None
    raise DecodeError(
        f"bytes are neither UTF-8 nor GB18030/GBK (first bad byte at offset {first_error.start})",
        position=first_error.start,
        tried=_FALLBACKS,
    )
