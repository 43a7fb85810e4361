"""Dates in the body: written dates, ranges and relative times, resolved against the publication date.

A release dates its events against the day it is published: ``2月19日`` in a release of
2020-03-07 is 2020-02-19, ``连日来`` and ``截至目前`` are the publication day, ``今年一季度`` is the
first quarter of the publication year. :func:`find_dates` reads the mentions with the
:mod:`pressrelease.patterns.dates` table and resolves them:

- a day without a month (``记者17日获悉``, the dispatch convention) takes the month of the last
  date before it in its paragraph, else the anchor's month (the month before when that would put
  it more than :data:`FUTURE_BARE_DAYS` days after the anchor);
- a month and day without a year take the anchor's year, or the year before when that would put
  them more than :data:`FUTURE_DAYS` days after the anchor (releases report what has happened); a
  date listed right after one with a year (``2015年4月24日、5月4日``) takes that year;
- a range's end takes its start's year (and month, ``3月27—29日``), rolling over a new year;
- parts of months and years are ranges of days: ``上旬`` and ``初`` the 1st to the 10th, ``中旬`` the
  11th to the 20th, ``下旬``, ``底`` and ``末`` the 21st to the last day; ``年初`` January, ``年底``
  December, ``年中`` June and July;
- vague words (``近日``, ``连日来``, ``目前``, ``截至目前``) are the publication day; ``当天`` and
  ``当日下午`` are the day of the last date before them (unresolved without one);
- holidays resolve when their day is fixed (元旦, 劳动节, 国庆) or follows from the Spring
  Festival table (春节, 除夕, 元宵); ``前`` is the day before, ``后`` the day after, ``期间`` the
  week from the day (春节, 国庆) or the day; without a year the occurrence nearest the anchor.

Without an anchor only dates with their year written out resolve; the others keep
``resolved=False`` and no start or end.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..model import DateMention, DatePrecision, Span
from ..numerals import cn_to_int
from ..patterns import dates as table
from ..patterns import with_variants
from .regions import Region

__all__ = ["FUTURE_BARE_DAYS", "FUTURE_DAYS", "SPRING_FESTIVAL", "find_dates"]

FUTURE_DAYS = 31
"""How far after the anchor a month-day without a year may fall before it is taken for last year's."""

FUTURE_BARE_DAYS = 10
"""How far after the anchor a day without a month (``28日``) may fall before it is taken for the
previous month's."""

SPRING_FESTIVAL: dict[int, tuple[int, int]] = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15),
    2038: (2, 4), 2039: (1, 24), 2040: (2, 12), 2041: (2, 1), 2042: (1, 22), 2043: (2, 10),
    2044: (1, 30), 2045: (2, 17), 2046: (2, 6), 2047: (1, 26), 2048: (2, 14), 2049: (2, 2),
    2050: (1, 23),
}  # fmt: skip
"""The Gregorian day of the Spring Festival (正月初一), 1990-2050, from the Chinese calendar
(``tests/test_facts_dates.py`` checks it against the ``lunardate`` package when installed)."""

_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
_REL_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1, "后天": 2}
_REL_WEEK = {"本周": 0, "这周": 0, "本星期": 0, "这个星期": 0, "上周": -1, "上星期": -1, "上个星期": -1}
_REL_WEEK |= {"下周": 1, "下星期": 1, "下个星期": 1}
_REL_MONTH = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_FIXED_HOLIDAYS = {"元旦": (1, 1), "劳动节": (5, 1), "五一": (5, 1), "国庆": (10, 1), "国庆节": (10, 1)}
_WEEK_LONG = frozenset({"春节", "国庆", "国庆节"})
"""Holidays whose 期间 is a week (the Golden Weeks)."""
_LIST_GAP = frozenset("、和及与或以 \u3000")
"""What may stand between two dates of one list (the second takes the first one's year)."""

_Dates = tuple[dt.date, dt.date] | None


def _mention(
    text: str,
    start: int,
    end: int,
    part: str,
    kind: str,
    precision: DatePrecision,
    days: _Dates,
    part_of_day: str | None = None,
) -> DateMention:
    """A mention of ``text[start:end]`` covering ``days`` (first, last), resolved when they are known."""
    first, last = days if days is not None else (None, None)
    return DateMention(
        text=text[start:end],
        span=Span(start, end),
        part=part,
        kind=kind,  # type: ignore[arg-type]
        precision=precision,
        start=first,
        end=last,
        part_of_day=part_of_day,
        resolved=first is not None,
    )


def find_dates(text: str, regions: Sequence[Region], anchor: dt.date | None) -> list[DateMention]:
    """Every date, date range and relative time in ``regions`` of ``text``, in document order.

    ``anchor`` is the publication date the mentions are resolved against (None: only dates with
    a written year resolve).
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    found: list[DateMention] = []
    seen: dt.date | None = None  # the last day-precise date so far: 当天 in a later paragraph is that day
    for region in regions:
        made, seen = _in_region(text, region, anchor, seen)
        found.extend(made)
    found.sort(key=lambda f: (f.span.start, f.span.end))
    return found


_Scan = Callable[[str, int, int], Iterator[Any]]


@functools.cache
def _scanners() -> tuple[tuple[_Scan, re.Pattern[str] | None], ...]:
    """The five mention records of the table, in order: each one's ``finditer`` and its gate, an
    alternation of the literals every match holds (:attr:`~pressrelease.patterns.Pattern.requires`,
    Traditional spellings included), or None.

    A region without any of them is skipped without running the expression: most paragraphs write
    no 年 or 月 and name no holiday, and one ``re`` search for the literals is several times cheaper
    than the expression's scan (and than the set-based gate of
    :meth:`~pressrelease.patterns.Pattern.finditer`, which builds a slice of the region for every
    record and looks only at the literals' first characters)."""
    out: list[tuple[_Scan, re.Pattern[str] | None]] = []
    for record in table.TABLE[:5]:
        literals = sorted((w for w in with_variants(record.requires) if w), key=len, reverse=True)
        gate = re.compile("|".join(map(re.escape, literals))) if literals else None
        out.append((record.regex.finditer, gate))
    return tuple(out)


def _in_region(
    text: str, region: Region, anchor: dt.date | None, seen: dt.date | None
) -> tuple[list[DateMention], dt.date | None]:
    """The mentions of one region, and the last day-precise date of the release so far."""
    lo, hi = region.span.start, region.span.end
    candidates: list[tuple[int, int, int, Any]] = []
    for order, (finditer, gate) in enumerate(_scanners()):
        if gate is not None and gate.search(text, lo, hi) is None:
            continue  # none of the literals every match holds: no match here
        for m in finditer(text, lo, hi):
            if m.end() > m.start():
                candidates.append((m.start(), -m.end(), order, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    out: list[DateMention] = []
    end = lo
    year_from: tuple[int, int] | None = None  # (end offset, year) of the last mention with a written year
    last_day: dt.date | None = None  # the last day-precise date of the region: bare days take its month
    for start, neg_end, order, m in candidates:
        if start < end:
            continue
        inherit = None
        if year_from is not None and all(c in _LIST_GAP for c in text[year_from[0] : start]):
            inherit = year_from[1]
        if order == 0:
            made = _written(m, region.part, anchor, inherit)
        elif order == 1:
            made = _numeric(m, region.part)
        elif order == 2:
            made = _relative(m, region.part, anchor, last_day or seen)
        elif order == 3:
            made = _holiday(m, region.part, anchor)
        else:
            made = _bare_day(m, region.part, anchor, last_day)
        if made is None:
            continue
        out.append(made)
        end = -neg_end
        year_from = None
        written_year = m.groupdict().get("y")
        if (order == 1 or (order == 0 and written_year and not m.groupdict().get("y2"))) and made.start:
            year_from = (end, made.start.year)
        if made.start is not None and made.precision in ("day", "part_of_day", "minute"):
            last_day = made.end
        if order in (0, 4) and m.group("d") and not m.group("d2") and made.start is not None:
            # 4月20日、22日: days listed after a date share its month and year
            prev = made
            while True:
                nxt = table.NEXT_DAY.apply(text, end, hi)
                if nxt is None:
                    break
                day = _int(nxt.group("d"))
                assert prev.start is not None
                when = _day(prev.start.year, prev.start.month, day)
                s = nxt.start("d")
                days = (when, when) if when is not None else None
                prev = _mention(
                    text, s, nxt.end(), region.part, "date", _day_precision(nxt), days, nxt.group("pod")
                )
                out.append(prev)
                end = nxt.end()
                last_day = when or last_day
                if when is None:
                    break
    return out, last_day or seen


def _int(s: str | None) -> int:
    """The value of a numeral the table matched (0 when it is not one)."""
    if not s:
        return 0
    if s == "半":
        return 30
    return cn_to_int(s) or 0


def _day(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12 and day >= 1):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day_precision(m: Any) -> DatePrecision:
    if m.group("hour"):
        return "minute"
    if m.group("pod"):
        return "part_of_day"
    return "day"


def _sub_month(year: int, month: int, sub: str | None) -> tuple[dt.date, dt.date]:
    """The days a part of a month covers (the whole month without one)."""
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = 1, last
    if sub in ("上旬", "初"):
        last_day = 10
    elif sub in ("中旬", "中"):
        first_day, last_day = 11, 20
    elif sub in ("下旬", "底", "末"):
        first_day = 21
    elif sub == "中下旬":
        first_day = 11
    elif sub == "上中旬":
        last_day = 20
    return dt.date(year, month, first_day), dt.date(year, month, last_day)


def _sub_year(year: int, sub: str) -> tuple[dt.date, dt.date]:
    """The days a part of a year covers: 初 January, 底/末 December, 中 June and July."""
    if sub == "初":
        return dt.date(year, 1, 1), dt.date(year, 1, 31)
    if sub in ("底", "末"):
        return dt.date(year, 12, 1), dt.date(year, 12, 31)
    if sub == "中":
        return dt.date(year, 6, 1), dt.date(year, 7, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _quarter(year: int, word: str) -> tuple[dt.date, dt.date] | None:
    """一季度 … 四季度, 前三季度, 上半年, 下半年 as days of ``year``."""
    if word.startswith("上半年"):
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if word.startswith("下半年"):
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    digits = [c for c in word if c in "一二两三四1234１２３４"]
    if not digits:
        return None
    q = _int(digits[0]) or 0
    if not 1 <= q <= 4:
        return None
    last = _month_end(year, 3 * q)
    if word.startswith("前"):
        return dt.date(year, 1, 1), last
    return dt.date(year, 3 * q - 2, 1), last


def _past_year(month: int, day: int, anchor: dt.date) -> int:
    """The year of a month-day without one: the anchor's, unless that is too far ahead of it."""
    year = anchor.year
    probe = _day(year, month, min(day, calendar.monthrange(year, month)[1]))
    if probe is not None and (probe - anchor).days > FUTURE_DAYS:
        year -= 1
    return year


def _written(m: Any, part: str, anchor: dt.date | None, inherit: int | None) -> DateMention | None:
    """A mention of the written-date record (:data:`pressrelease.patterns.dates.MENTION`)."""
    g = m.groupdict()
    year: int | None = None
    relative = bool(g.get("rel") or g.get("now") or g.get("since"))
    if g.get("y"):
        year = _int(g["y"])
        if not 1900 <= year <= 2099:
            return None
    elif g.get("rel"):
        year = anchor.year + _REL_YEAR[g["rel"]] if anchor is not None else None
    elif g.get("m") and inherit is not None:
        year = inherit
    month = _int(g.get("m")) if g.get("m") else None
    day = _int(g.get("d")) if g.get("d") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None and month is not None and anchor is not None and not g.get("rel"):
        year = _past_year(month, day or 1, anchor)
    two_ends = bool(g.get("d2") or g.get("m2") or g.get("y2"))
    kind = "range" if two_ends else ("relative" if relative else "date")
    precision: DatePrecision
    span: _Dates = None
    part_of_day = g.get("pod")
    if day is not None and month is not None:
        precision = _day_precision(m)
        if year is not None:
            first = _day(year, month, day)
            span = (first, first) if first is not None else None
    elif month is not None:
        precision = "period" if g.get("msub") else "month"
        if year is not None:
            span = _sub_month(year, month, g.get("msub"))
    elif g.get("quarter") or g.get("half"):
        word = g.get("quarter") or g.get("half")
        precision = "quarter" if g.get("quarter") and not word.startswith("前") else "half"
        if g.get("quarter") and word.startswith("前"):
            precision = "period"
        if year is not None:
            span = _quarter(year, word)
    elif g.get("ysub"):
        precision = "period"
        if year is not None:
            span = _sub_year(year, g["ysub"])
    elif g.get("since"):
        precision = "period"
        span = (dt.date(year, 1, 1), anchor) if year is not None and anchor is not None else None
    else:
        precision = "year"
        if year is not None:
            span = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if span is not None and two_ends:
        span = _range_end(g, span, year)
    elif span is not None and g.get("now"):
        span = (span[0], anchor) if anchor is not None and anchor >= span[0] else None
    if span is None and (g.get("now") and anchor is None):
        span = None
    return _mention(m.string, m.start(), m.end(), part, kind, precision, span, part_of_day)


def _range_end(g: dict[str, Any], first: tuple[dt.date, dt.date], year: int | None) -> _Dates:
    """The whole range of ``3月27—29日``, ``3月27日至4月2日``, ``1-6月``, ``2021—2025年``."""
    start = first[0]
    if g.get("d2"):
        y2 = _int(g["y2"]) if g.get("y2") else start.year
        m2 = _int(g["m2"]) if g.get("m2") else start.month
        last = _day(y2, m2, _int(g["d2"]))
        if last is not None and last < start and not g.get("y2"):
            last = _day(y2 + 1, m2, _int(g["d2"]))
    elif g.get("m2"):
        y2 = _int(g["y2"]) if g.get("y2") else start.year
        m2 = _int(g["m2"])
        if not 1 <= m2 <= 12:
            return None
        if not g.get("y2") and m2 < start.month:
            y2 += 1
        last = _sub_month(y2, m2, g.get("msub2"))[1]
    else:
        y2 = _int(g["y2"])
        if not 1900 <= y2 <= 2099 or year is None:
            return None
        last = dt.date(y2, 12, 31)
    if last is None or last < start:
        return None
    return start, last


def _bare_day(m: Any, part: str, anchor: dt.date | None, context: dt.date | None) -> DateMention | None:
    """A day without its month (``17日``): the month of the last date before it in the paragraph,
    else the anchor's (the month before when that is more than :data:`FUTURE_BARE_DAYS` ahead)."""
    day, day2 = _int(m.group("d")), _int(m.group("d2")) if m.group("d2") else None
    first: dt.date | None = None
    if context is not None:
        first = _day(context.year, context.month, day)
    elif anchor is not None:
        first = _day(anchor.year, anchor.month, day)
        if first is None or (first - anchor).days > FUTURE_BARE_DAYS:
            index = anchor.year * 12 + anchor.month - 2
            first = _day(index // 12, index % 12 + 1, day)
    last = first
    if first is not None and day2 is not None:
        last = _day(first.year, first.month, day2)
        if last is None or last < first:
            first = last = None
    days = (first, last) if first is not None and last is not None else None
    kind = "range" if day2 is not None else "date"
    return _mention(m.string, m.start(), m.end(), part, kind, _day_precision(m), days, m.group("pod"))


def _numeric(m: Any, part: str) -> DateMention | None:
    """A date written in digits with separators (``2020-03-07``): it resolves on its own."""
    when = _day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if when is None:
        return None
    precision: DatePrecision = "minute" if m.group("hour") else "day"
    return _mention(m.string, m.start(), m.end(), part, "date", precision, (when, when))


def _relative(m: Any, part: str, anchor: dt.date | None, context: dt.date | None) -> DateMention | None:
    """A time relative to the publication day (:data:`pressrelease.patterns.dates.RELATIVE`), or
    to the last date before it in the paragraph (``当天``, ``当日下午``)."""
    g = m.groupdict()
    precision: DatePrecision = "period"
    span: _Dates = None
    pod = g.get("pod")
    if g.get("sameday"):
        if g["sameday"] == "当晚":
            pod = "晚"
        precision = "part_of_day" if pod else "day"
        span = (context, context) if context is not None else None
    elif g.get("word"):
        span = (anchor, anchor) if anchor is not None else None
    elif g.get("dayword"):
        precision = "part_of_day" if pod else "day"
        if anchor is not None:
            when = anchor + dt.timedelta(days=_REL_DAY[g["dayword"]])
            span = (when, when)
    elif g.get("week"):
        precision = "day" if g.get("wd") else "period"
        if anchor is not None:
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=_REL_WEEK[g["week"]])
            if g.get("wd"):
                when = monday + dt.timedelta(days=_WEEKDAY[g["wd"]])
                span = (when, when)
            else:
                span = (monday, monday + dt.timedelta(days=6))
    elif g.get("month"):
        precision = "day" if g.get("d") else ("period" if g.get("msub") else "month")
        if anchor is not None:
            index = anchor.year * 12 + anchor.month - 1 + _REL_MONTH[g["month"]]
            year, month = divmod(index, 12)
            month += 1
            if g.get("d"):
                that = _day(year, month, _int(g["d"]))
                span = (that, that) if that is not None else None
            else:
                span = _sub_month(year, month, g.get("msub"))
    else:
        word = g["yearpart"]
        if "季度" in word:
            precision = "period" if word.startswith("前") else "quarter"
        elif "半年" in word:
            precision = "half"
        elif word == "年内":
            precision = "year"
        if anchor is not None:
            if "季度" in word or "半年" in word:
                span = _quarter(anchor.year, word)
            elif word == "年内":
                span = (dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31))
            else:
                span = _sub_year(anchor.year, word[1])
    return _mention(m.string, m.start(), m.end(), part, "relative", precision, span, pod)


def _holiday_day(name: str, year: int) -> dt.date | None:
    """The day a holiday falls on in ``year``, when it is fixed or follows from the Spring Festival."""
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in ("春节", "除夕", "元宵", "元宵节") and year in SPRING_FESTIVAL:
        first = dt.date(year, *SPRING_FESTIVAL[year])
        return {"春节": first, "除夕": first - dt.timedelta(days=1)}.get(name, first + dt.timedelta(days=14))
    return None


def _holiday(m: Any, part: str, anchor: dt.date | None) -> DateMention | None:
    """A holiday (``春节前``, ``国庆期间``, ``今年春节``), resolved when its day is known."""
    g = m.groupdict()
    name, around = g["hol"], g.get("hrel")
    day: dt.date | None = None
    if anchor is not None:
        if g.get("hyear"):
            day = _holiday_day(name, anchor.year + _REL_YEAR[g["hyear"]])
        else:
            options = [_holiday_day(name, anchor.year + k) for k in (-1, 0, 1)]
            known = [d for d in options if d is not None]
            day = min(known, key=lambda d: abs((d - anchor).days)) if known else None
    span: _Dates = None
    precision: DatePrecision = "period"
    if around in (None, "当天", "当日"):
        precision = "day"
    if day is not None:
        if around in ("前", "前夕"):
            before = day - dt.timedelta(days=1)
            span = (before, before)
        elif around == "后":
            after = day + dt.timedelta(days=1)
            span = (after, after)
        elif around in ("期间", "假期", "长假") and name in _WEEK_LONG:
            span = (day, day + dt.timedelta(days=6))
        elif around == "以来" and anchor is not None and anchor >= day:
            span = (day, anchor)
        elif around != "以来":
            span = (day, day)
    return _mention(m.string, m.start(), m.end(), part, "relative", precision, span)
