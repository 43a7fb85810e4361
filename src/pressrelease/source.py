"""From what the caller passes (str or bytes) to the text that is parsed. Decoding lives here only.

Bytes are decoded in this order: a UTF-8 byte-order mark; for an HTML page, the charset it
declares (``<meta charset>`` or ``http-equiv``), with gb2312/gbk declarations read as GB18030
because pages that declare gb2312 routinely hold GBK; then UTF-8; then GB18030. A declared charset
that fails falls through with a diagnostic. HTML (given or detected) is turned into its visible
text by :mod:`pressrelease.html`.
"""

from __future__ import annotations

import codecs
from typing import Literal

import attrs
import regex

from .errors import DecodeError, InputTypeError
from .model import Diagnostic

__all__ = ["Decoded", "InputKind", "declared_charset", "decode", "normalise_charset"]

InputKind = Literal["auto", "text", "html"]

_FALLBACKS: tuple[str, ...] = ("utf-8", "gb18030")
_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<cs>[A-Za-z0-9_:.\-]{2,30})""",
    regex.IGNORECASE,
)
_GB_FAMILY = frozenset(
    {"gb2312", "gbk", "gb_2312-80", "x-gbk", "gb18030", "cp936", "ms936", "euc-cn", "csgb2312"}
)


@attrs.frozen
class Decoded:
    """The text to parse, the encoding it came in (None for str input) and what was noticed."""

    text: str
    encoding: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def normalise_charset(name: str) -> str | None:
    """The Python codec for a declared charset (gb2312/gbk → gb18030), or None if unknown."""
    low = name.strip().lower()
    if low in _GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KiB, as printed, or None."""
    m = _CHARSET.search(data[:4096])
    return m.group("cs").decode("ascii", "replace") if m else None


_TEXT_SNIFF = regex.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|span|br|h[1-6]|ul|li|a|td|tr|script|style)\b",
    regex.IGNORECASE,
)


def looks_like_html(head: str) -> bool:
    """Whether the start of a text is markup: it opens with a tag, or shows three tags early on."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<") and _TEXT_SNIFF.match(stripped):
        return True
    return len(_TEXT_SNIFF.findall(head[:4096])) >= 3


def _is_utf8(data: bytes) -> bool:
    """Whether bytes are valid UTF-8 with at least one multi-byte character."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: str | bytes | bytearray | memoryview, kind: InputKind = "auto") -> Decoded:
    """Turn the caller's input into text (not yet HTML-extracted).

    ``str`` is taken as it is. Bytes: a UTF-8 BOM; then, for HTML, the declared charset; then
    UTF-8; then GB18030 (a superset of GBK and GB2312). Undecodable bytes raise
    :class:`~pressrelease.errors.DecodeError`; anything else raises
    :class:`~pressrelease.errors.InputTypeError`.
    """
    if isinstance(data, str):
        return Decoded(data, None)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InputTypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data.decode("utf-8-sig"), "utf-8-sig")
        except UnicodeDecodeError as e:
            raise DecodeError(
                f"bytes start with a UTF-8 byte-order mark but do not decode: {e.reason}",
                position=e.start,
                tried=("utf-8-sig",),
            ) from None
    diagnostics: list[Diagnostic] = []
    tried: list[str] = []
    # tag names are ASCII, and "<" is never part of a multi-byte GBK or UTF-8 character
    if kind == "html" or (kind == "auto" and looks_like_html(data[:4096].decode("latin-1"))):
        printed = declared_charset(data)
        codec = normalise_charset(printed) if printed else None
        if printed and codec is None:
            diagnostics.append(
                Diagnostic("source.unknown_charset", f"the page declares an unknown charset {printed!r}")
            )
        if codec is not None and codec != "utf-8" and _is_utf8(data):
            # valid multi-byte UTF-8 is never an accident; the declaration is stale (a common CMS fault)
            diagnostics.append(
                Diagnostic("source.declared_charset_ignored", f"the page declares {printed!r} but is UTF-8")
            )
            return Decoded(data.decode("utf-8"), "utf-8", tuple(diagnostics))
        if codec is not None:
            tried.append(codec)
            try:
                return Decoded(data.decode(codec), codec, tuple(diagnostics))
            except UnicodeDecodeError as e:
                diagnostics.append(
                    Diagnostic(
                        "source.declared_charset_failed",
                        f"the page declares {printed!r} but byte {e.start} does not decode as {codec}",
                    )
                )
    first_error: UnicodeDecodeError | None = None
    for encoding in _FALLBACKS:
        if encoding in tried:
            continue
        tried.append(encoding)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            first_error = first_error or e
            continue
        return Decoded(text, encoding, tuple(diagnostics))
    position = first_error.start if first_error else None
    raise DecodeError(
        f"bytes are neither UTF-8 nor GB18030/GBK (first bad byte at offset {position})",
        position=position,
        tried=tuple(tried),
    )
