"""Dateline rule: the 电头 at the start of the first body paragraph, and the reporters in its parenthesis."""

from __future__ import annotations

import attrs

from ..model import Contributor, Dateline, Span
from ..patterns import dateline as table
from ..patterns.words import HOUSE_OUTLETS
from .people import parse_people

__all__ = ["Found", "read_dateline"]


@attrs.frozen
class Found:
    """A dateline and where the text after it (the paragraph proper) begins."""

    dateline: Dateline
    body_start: int
    rule: str


def _reporters(text: str, start: int, end: int) -> tuple[Contributor, ...]:
    found = parse_people(text, start, end, None, strict=True)
    if not found:
        return ()
    # a parenthesis of bare words is a programme name (（新闻联播）), not people, unless it has a role
    if all(c.role is None for c in found) and len(found) == 1 and len(found[0].name) > 3:
        return ()
    return found


_ENDINGS = ("电", "電", "讯", "訊", "消息", "报道", "報道", "】")


def read_dateline(text: str, start: int, end: int) -> Found | None:
    """A dateline opening ``text[start:end]`` (a paragraph's content), or None."""
    limit = min(end, start + 120)
    if not any(w in text[start:limit] for w in _ENDINGS):
        return None  # every dateline ends in 电, 讯 or 消息 (or 报道, or a bracket) near the start
    for record in table.TABLE:
        m = record.apply(text, start, limit)
        if m is None:
            continue
        body_start = m.end()
        if body_start >= end:
            return None
        head_start, head_end = m.span("head")
        agency = m.groupdict().get("agency")
        if record is table.PAREN_OPEN:
            head_start, head_end = m.span("house")
            agency = None
        if agency in HOUSE_OUTLETS or m.groupdict().get("house"):
            agency = None
        place = m.groupdict().get("place") or None
        date = m.groupdict().get("date") or None
        reporters: tuple[Contributor, ...] = ()
        if record is table.BRACKETED:
            ns, ne = m.span("names")
            reporters = parse_people(text, ns, ne, m.group("role"), strict=False) or ()
            head_end = head_start + 1 + len(m.group("agency"))
            head_start += 1
        elif record is table.PAREN_OPEN:
            rest = m.span("rest")
            reporters = parse_people(text, rest[0], rest[1], None, strict=False) or ()
        elif m.groupdict().get("paren"):
            ps, pe = m.span("paren")
            reporters = _reporters(text, ps, pe)
        if m.groupdict().get("byline"):
            bs, be = m.span("byline")
            reporters = reporters + (parse_people(text, bs, be, None, strict=False) or ())
        dl = Dateline(
            text[head_start:head_end],
            Span(head_start, head_end),
            agency=agency,
            place=place,
            date=date,
            reporters=reporters,
        )
        return Found(dl, body_start, record.name)
    return None
