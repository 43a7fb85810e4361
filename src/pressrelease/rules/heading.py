"""Heading rule: which standalone lines are section headings, in which style, at which rank."""

from __future__ import annotations

import functools

import attrs

from ..patterns import chrome as captions
from ..patterns import furniture
from ..patterns import heading as table

__all__ = ["Candidate", "heading_candidate", "lead_of"]


@attrs.frozen
class Candidate:
    """A line that has the form of a heading; the pipeline confirms it from its neighbours."""

    style: str
    rank: int
    rule: str
    numbered: bool
    closed: bool = False
    """Closed by a full stop (``（一）指导思想。``): a heading only when a paragraph follows it."""


@functools.cache
def heading_candidate(text: str) -> Candidate | None:
    """Whether a line's content has the form of a heading (numbered, bracketed or short and unpunctuated)."""
    if len(text) > 50:
        return None
    for style in table.STYLES:
        m = style.pattern.apply(text)
        if m and m.end() >= len(text.rstrip()):
            return Candidate(style.name, style.rank, style.pattern.name, True)  # a bare number: （一）
    if len(table.HAN_CHAR.regex.findall(text)) < 2 or captions.CAPTION.apply(text):
        return None
    if text.endswith(("图片", "圖片")):
        return None
    if furniture.ROLE_LINE.apply(text):
        return None  # a photo credit's role (新华社记者) on a line of its own
    question = table.QUESTION_END.apply(text) is not None and len(text) <= 24
    inner = text[:-1] if question else text
    if (
        text.endswith(("。", "."))
        and len(text) <= 20
        and not table.INNER_STOP.apply(text[:-1])
        and not any(c in text for c in "、，,：:")
    ):
        # a numbered heading closed with a full stop on a line of its own: （一）指导思想。
        for style in table.STYLES:
            if style.name != "article" and style.pattern.apply(text):
                return Candidate(style.name, style.rank, style.pattern.name, True, closed=True)
    if table.INNER_STOP.apply(inner) or table.SENTENCE_END.apply(text):
        return None
    if table.QUESTION_END.apply(text) and not question:
        return None
    for style in table.STYLES:
        if style.pattern.apply(text):
            if style.name == "article" and len(text) > 20:
                return None
            return Candidate(style.name, style.rank, style.pattern.name, True)
    if table.KEYWORD.apply(text):
        return Candidate("keyword", table.UNNUMBERED_RANK, table.KEYWORD.name, False)
    if table.COLON.apply(text) or table.ROSTER_ENTRY.apply(text):
        return None
    if table.BRACKET.apply(text):
        return Candidate("bracket", table.UNNUMBERED_RANK, table.BRACKET.name, False)
    if len(text) <= 30:
        return Candidate("short_line", table.UNNUMBERED_RANK, "heading.short_line", False)
    return None


def lead_of(text: str) -> str | None:
    """A short opening sentence or an enumeration label that acts as a sub-heading, if any."""
    m = table.ENUMERATION_LEAD.apply(text)
    if m:
        return str(m.group(0))
    m = table.LEAD_SENTENCE.apply(text)
    if m and len(text) > 3 * len(m.group(0)):
        return str(m.group(0))
    for style in table.STYLES:
        mm = style.pattern.apply(text)
        if mm:
            stop = table.INNER_STOP.apply(text, mm.end())
            if stop and stop.end() - mm.start() <= 40:
                return text[: stop.end()]
            return text[: mm.end()]
    return None
