"""Credits rule: the closing credit line, on a line of its own or glued to the end of the last paragraph."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import regex

from ..model import Contributor, Span
from ..patterns import credits as table
from ..patterns.byline import OUTLET
from .byline import PROSE_CHARS, read_byline
from .people import parse_people
from .segment import strip_span

__all__ = ["CreditLine", "read_credit_line", "split_glued_credit"]


@attrs.frozen
class CreditLine:
    """One credit line (or glued tail) and the people it names."""

    span: Span
    contributors: tuple[Contributor, ...]
    rule: str
    source: str | None = None
    published: dt.datetime | dt.date | None = None
    """A publication time printed on the credit line (``发布日期：… 责任编辑：…`` under an article)."""


def _bracket_people(text: str, start: int, end: int, *, need_role: bool) -> tuple[Contributor, ...] | None:
    m = table.BRACKETED.apply(text, start, end)
    if m is None:
        return None
    bs, be = m.span("body")
    found = parse_people(text, bs, be, None, strict=True)
    if not found:
        return None
    if need_role and all(c.role is None for c in found):
        return None
    return found


_CREDIT_CHARS = frozenset(
    "编編记記者员員审審核校对對签簽监監供稿摄攝图圖文作完终終责責来來源原题題转轉（(【[〔［:：/／|丨｜︱《"
)
"""A credit line holds at least one of these: a character of a role word or label, a bracket, a colon
or slash, the end mark 完, or the 《 of a print source."""


def read_credit_line(text: str, start: int, end: int, *, bare_names: bool = False) -> CreditLine | None:
    """Read a whole line's content ``text[start:end]`` as a credit line; None when it is not one.

    ``bare_names`` also accepts a line of two to four names without a role (``张三 李四``), which
    is a credit only right after the last paragraph.
    """
    content = text[start:end]
    if len(content) > 160:
        return None
    if len(content) > PROSE_CHARS and "。" in content[:-1]:
        return None  # running prose (sentences), not a credit line
    if not bare_names and _CREDIT_CHARS.isdisjoint(content):
        return None  # no role word, bracket, label or end mark can be in it: skip the patterns
    if table.END_MARK.apply(content):
        return CreditLine(Span(start, end), (), table.END_MARK.name)
    m = table.BRACKETED.apply(text, start, end)
    if m is not None and m.start() == start:
        found = _bracket_people(text, start, end, need_role=False)
        if found is not None:
            return CreditLine(Span(start, end), found, table.BRACKETED.name)
        inner = m.span("body")
        if table_outlet(m.group("body").strip()):
            return _outlet_credit(text, m, Span(start, end))
        reading = read_byline(text, *inner)
        if reading is not None and reading.other_chars <= 2 and (reading.people or reading.source):
            return CreditLine(Span(start, end), reading.people, table.BRACKETED.name, reading.source)
    reading = read_byline(text, start, end)
    if (
        reading is not None
        and (reading.published is None or reading.people)
        and (reading.people or reading.source)
        and reading.other_chars <= max(4, len(content) // 5)
    ):
        return CreditLine(
            Span(start, end), reading.people, table.LABELLED_LINE.name, reading.source, reading.published
        )
    if table.TRAILER_LINE.apply(content):
        return CreditLine(Span(start, end), (), table.TRAILER_LINE.name)
    printed = table.PRINT_SOURCE.apply(content)
    if printed is not None:
        return CreditLine(Span(start, end), (), table.PRINT_SOURCE.name, printed.group("outlet").strip())
    if len(content) <= 40:
        found = parse_people(text, start, end, None, strict=True)
        if found and found[0].role is not None:
            return CreditLine(Span(start, end), found, "credits.names_line")
        if found and bare_names and 2 <= len(found) <= 4 and all(2 <= len(p.name) <= 3 for p in found):
            return CreditLine(Span(start, end), found, "credits.names_line")
    return None


def split_glued_credit(text: str, start: int, end: int) -> CreditLine | None:
    """A credit glued to the end of a paragraph (``…保证春耕生产。(供稿 某单位 编辑 张三)``,
    ``…舒适宜人的环境。李伟 文/图``), or None."""
    window = max(start, end - 110)
    m = table.BRACKETED.apply(text, window, end)
    if m is None:
        return _bare_glued_credit(text, start, end)
    while m is not None and m.start() > start:
        head = text[start : m.start()].rstrip()
        if not head:
            return None
        bs, be = m.span("body")
        found = parse_people(text, bs, be, None, strict=True)
        body = m.group("body").strip()
        if body in ("完", "全文完"):
            return CreditLine(Span(m.start(), end), (), table.END_MARK.name)
        if table_outlet(body) or (head[-1] in "。！？!?" and _SHORT_NAME.fullmatch(body)):
            return _outlet_credit(text, m, Span(m.start(), end))
        if found:
            has_role = any(c.role is not None for c in found)
            if has_role or head[-1] in '。！？!?”"':
                return CreditLine(Span(m.start(), end), found, table.BRACKETED.name)
        return None
    return None


_SENTENCE_END = "。！？!?”"


def _bare_glued_credit(text: str, start: int, end: int) -> CreditLine | None:
    """Names and their role after the last sentence of a paragraph, without brackets (``…。李伟 文/图``)."""
    cut = max(text.rfind(c, start, end) for c in _SENTENCE_END)
    if cut < start:
        return None
    ts, te = strip_span(text, cut + 1, end)
    if 3 <= te - ts <= 40 and text[ts] in "（(" and not any(c in text[ts:te] for c in "）)"):
        # a bracketed credit the page cut off or garbled before its closing bracket (…。（记者甲某、乙
        # …): the names that can be read, each after a role
        readable = parse_people(text, ts + 1, te, None, strict=False)
        if readable and all(c.role is not None for c in readable):
            return CreditLine(Span(ts, end), readable, "credits.unclosed")
    if not 3 <= te - ts <= 20:
        return None
    found = parse_people(text, ts, te, None, strict=True)
    if not found or any(c.role is None for c in found):
        return None
    return CreditLine(Span(ts, end), found, "credits.glued_names")


_SHORT_NAME = regex.compile(r"[\p{Han}A-Za-z0-9·]{2,20}")


def _outlet_credit(text: str, m: Any, span: Span) -> CreditLine:
    s, e = strip_span(text, *m.span("body"))
    who = Contributor(None, text[s:e], Span(s, e))
    return CreditLine(span, (who,), "credits.outlet_in_brackets")


def table_outlet(body: str) -> bool:
    """Whether a bracketed credit names only an outlet (``（某某日报）``): the source of a reprint."""
    return OUTLET.apply(body) is not None
