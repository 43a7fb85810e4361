"""Segmentation: the text cut into lines with spans (content without its surrounding white space)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

__all__ = ["STRIP", "Line", "lines_of", "strip_span"]

STRIP = (
    " \t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u3000\ufeff"
)
"""Every character the parser treats as white space around content (str.strip's set plus zero-width ones)."""

_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@attrs.frozen
class Line:
    """One line of the text. ``start``/``stop`` include the line break; ``cstart``/``cend`` the content."""

    index: int
    start: int
    stop: int
    cstart: int
    cend: int
    text: str
    """The content, without surrounding white space."""

    @property
    def blank(self) -> bool:
        """Whether the line holds only white space."""
        return self.cstart == self.cend

    def __len__(self) -> int:
        return self.cend - self.cstart


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to exclude surrounding white space (an empty span stays at ``start``)."""
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return start, end


def lines_of(text: str) -> Iterator[Line]:
    """Every line of ``text``, blank ones included, in order; their spans tile the text."""
    pos = 0
    index = 0
    n = len(text)
    for m in _BREAK.finditer(text):
        yield _line(text, index, pos, m.start(), m.end())
        index += 1
        pos = m.end()
    if pos < n or n == 0:
        yield _line(text, index, pos, n, n)


def _line(text: str, index: int, start: int, end: int, stop: int) -> Line:
    cs, ce = strip_span(text, start, end)
    return Line(index, start, stop, cs, ce, text[cs:ce])
