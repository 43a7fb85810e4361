"""Byline rule: the metadata line(s) by the headline, read as anchors (labels, dates, widgets) and values."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..model import Byline, BylineField, Contributor, Span
from ..numerals import parse_cn_date
from ..patterns import byline as table
from .people import parse_people
from .segment import strip_span

__all__ = ["BEIJING", "Reading", "datetime_of", "read_byline"]

BEIJING = dt.timezone(dt.timedelta(hours=8))
"""China Standard Time. A fixed offset: China has not observed daylight saving since 1991."""

_KEY_OF_GROUP = {
    "views": "views",
    "time": "published",
    "source": "source",
    "source_phrase": "source",
    "editor": "editor",
    "author": "author",
    "contrib": "other",
    "other": "other",
    "title": "title",
    "meta": "other",
}


@attrs.frozen
class Reading:
    """What a byline line says: its fields, and the values they give."""

    byline: Byline
    published: dt.datetime | dt.date | None
    source: str | None
    people: tuple[Contributor, ...]
    other_chars: int
    """Characters of the line that no field explains."""
    lead_span: tuple[int, int] | None = None
    """A title printed on the same line before the first field (a headline glued to its byline)."""


def datetime_of(m: Any) -> dt.datetime | dt.date | None:
    """A ``DATETIME`` match as an aware datetime (Beijing time) or a date; None if out of range."""
    try:
        year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
        if m.group("hour") is None:
            return dt.date(year, month, day)
        second = int(m.group("second")) if m.group("second") else 0
        return dt.datetime(
            year, month, day, int(m.group("hour")), int(m.group("minute")), second, tzinfo=BEIJING
        )
    except (ValueError, IndexError):
        return None


def source_value(printed: str) -> str | None:
    """The 来源 value proper: its first word (widgets and a second outlet can follow it on the line),
    without a leading ``本文来源于``."""
    m = table.SOURCE_LEAD.apply(printed)
    value = printed[m.end() :] if m else printed
    first = value.split()[0] if value.split() else ""
    return first or None


def _is_separator(text: str, start: int, end: int) -> bool:
    return start >= end or table.SEPARATORS.apply(text[start:end]) is not None


_SENTENCE_MARKS = frozenset("。？！?!，,；;")
"""Punctuation of running text: a person's name never holds it."""

_SEPARATING = frozenset("|丨｜/／\\·•,，;；-—_[]【】 \t\u3000\xa0")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span past separators and white space on both sides."""
    while start < end and text[start] in _SEPARATING:
        start += 1
    while end > start and text[end - 1] in _SEPARATING:
        end -= 1
    return strip_span(text, start, end)


def _explain(text: str, start: int, end: int) -> tuple[tuple[Contributor, ...], str | None] | None:
    """Unlabelled byline text that is still metadata: reporters with their role, an outlet, a URL."""
    s, e = _trim(text, start, end)
    if s >= e:
        return (), None
    seg = text[s:e]
    if table.URL.apply(seg):
        return (), None
    if table.OUTLET.apply(seg):
        return (), source_value(seg)
    people = parse_people(text, s, e, None, strict=True)
    if people and people[0].role is not None:
        return people, None
    return None


def _leftover(text: str, start: int, end: int, people: list[Contributor], sources: list[str]) -> int:
    """How many characters of ``text[start:end]`` are unexplained; explained people and outlets are kept."""
    if _is_separator(text, start, end):
        return 0
    explained = _explain(text, start, end)
    if explained is None:
        # explain it word by word: a view counter, an outlet, a reporter with a role
        unexplained = 0
        for m in table.WORD.finditer(text, start, end):
            if m.group(0).isdigit():
                continue
            word = _explain(text, m.start(), m.end())
            if word is None:
                unexplained += len(m.group(0))
            else:
                people.extend(word[0])
                if word[1]:
                    sources.append(word[1])
        return unexplained
    people.extend(explained[0])
    if explained[1]:
        sources.append(explained[1])
    return 0


_BYLINE_MARKS = frozenset("0123456789０１２３４５６７８９:：|丨｜︱/／")
"""A byline holds a digit, a colon after a label, or a bar or slash after a role, or else a year
written in Chinese digits (``byline.cn_year``)."""


PROSE_CHARS = 60
"""A line longer than this with a full stop before its end is prose, never a byline or a credit line."""


def read_byline(text: str, start: int, end: int) -> Reading | None:
    """Read ``text[start:end]`` (one line's content) as a byline; None when it is not one."""
    if end - start > 400:
        return None
    if end - start > PROSE_CHARS and text.find("。", start, end - 1) >= 0:
        return None  # running prose: a byline is a row of fields, not sentences
    chunk = text[start:end]
    if _BYLINE_MARKS.isdisjoint(chunk) and table.CN_YEAR.apply(chunk) is None:
        return None  # no date, no labelled field, no slash credit: nothing a byline is made of
    anchors = list(table.ANCHOR.finditer(text, start, end))
    if not anchors:
        return None
    fields: list[BylineField] = []
    people: list[Contributor] = []
    published: dt.datetime | dt.date | None = None
    source: str | None = None
    sources: list[str] = []
    lead_span: tuple[int, int] | None = None
    ls, le = strip_span(text, start, anchors[0].start())
    lead = text[ls:le]
    if (
        len(lead) >= 6
        and le < anchors[0].start()
        and not any(c in lead for c in "。，,；;：:")
        and table.URL.apply(lead) is None
        and _explain(text, ls, le) is None
    ):
        lead_span = (ls, le)
        other = 0
    else:
        other = _leftover(text, start, anchors[0].start(), people, sources)
    strong = False
    i = 0
    while i < len(anchors):
        a = anchors[i]
        nxt = anchors[i + 1].start() if i + 1 < len(anchors) else end
        if a.group("widget") is not None:
            fields.append(BylineField("chrome", None, a.group(0).strip(), Span(a.start(), a.end())))
            if not _is_separator(text, a.end(), nxt):
                other += nxt - a.end()
            i += 1
            continue
        if a.group("cndate") is not None:
            day = parse_cn_date(a.group("cndate"))
            if day is not None and published is None:
                published = day
                strong = True
            fields.append(BylineField("published", None, a.group(0).strip(), Span(a.start(), a.end())))
            other += _leftover(text, a.end(), nxt, people, sources)
            i += 1
            continue
        if a.group("partial") is not None:
            # a date without its year (04月06日 14:34): it marks a byline but cannot date the release
            fields.append(BylineField("published", None, a.group(0).strip(), Span(a.start(), a.end())))
            other += _leftover(text, a.end(), nxt, people, sources)
            i += 1
            continue
        if a.group("datetime") is not None:
            value = datetime_of(a)
            if value is not None and published is None:
                published = value
                strong = True
            fields.append(BylineField("published", None, a.group(0).strip(), Span(a.start(), a.end())))
            other += _leftover(text, a.end(), nxt, people, sources)
            i += 1
            continue
        label = next(g for g in _KEY_OF_GROUP if a.group(g) is not None)
        key = _KEY_OF_GROUP[label]
        label_text = a.group(label)
        if (
            key in ("published", "other")
            and i + 1 < len(anchors)
            and anchors[i + 1].group("datetime") is not None
            and _is_separator(text, a.end(), anchors[i + 1].start())
        ):
            # a labelled date: only a publication label makes it the publication time (成文日期 does not)
            d = anchors[i + 1]
            value = datetime_of(d)
            if key == "published":
                if value is not None and published is None:
                    published = value
                strong = True
            after = anchors[i + 2].start() if i + 2 < len(anchors) else end
            fields.append(BylineField(key, label_text, d.group(0).strip(), Span(a.start(), d.end())))
            other += _leftover(text, d.end(), after, people, sources)
            i += 2
            continue
        vs, ve = strip_span(text, a.end(), nxt)
        while ve > vs and text[ve - 1] in "|丨｜/／\\·•,，;；-—_【[":
            ve -= 1
        while ve > vs and (
            text[ve - 1] in "】] \u3000"
            or (text[ve - 1] in "）)" and not any(c in text[vs:ve] for c in "（("))
        ):
            ve -= 1
        while vs < ve and text[vs] in "|丨｜】]":
            vs += 1
        vs, ve = strip_span(text, vs, ve)
        value_text = text[vs:ve]
        fields.append(BylineField(key, label_text, value_text, Span(a.start(), max(ve, a.end()))))
        if key == "source" and value_text:
            if source is None:
                source = source_value(value_text)
            strong = True
        elif key == "published":
            strong = True
        elif key in ("editor", "author") and vs < ve:
            found = parse_people(text, vs, ve, label_text, strict=False)
            people.extend(found or ())
            if not found and (ve - vs > 12 or not _SENTENCE_MARKS.isdisjoint(value_text)):
                other += ve - vs  # a sentence after the label (记者：请问……？): a turn, not a credit
        i += 1
    if source is None and sources:
        source = sources[0]
        if any(f.key == "published" for f in fields):
            strong = True  # a date beside an outlet's name: 08-12 17:48 某某县融媒体中心
    labelled = any(f.label is not None for f in fields)
    if not strong and not people and not (labelled and other == 0 and lead_span is None):
        return None
    bstart = anchors[0].start() if lead_span is not None else start
    byline = Byline(text[bstart:end], Span(bstart, end), tuple(fields))
    return Reading(byline, published, source, tuple(people), other, lead_span)
