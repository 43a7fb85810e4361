"""Amounts a release announces: ``10万平方米``, ``360余名``, ``3至5年``, ``三成``, ``45.6%``, ``两名``.

:func:`find_quantities` runs the candidate pattern of :mod:`pressrelease.patterns.quantity` over
each region, then keeps the candidates that are amounts. The conventions it applies:

- a number is Arabic (half- or full-width, ``1,318``, ``45.6``) or Chinese (``一百二十三亿``,
  ``两``, ``十七``, ``一点五``), with ``万``/``亿`` applied (``5000万元`` is 50,000,000 yuan);
- a range (``3至5年``, ``10-15名``, ``1至2万元``) has the low end in ``value`` and the high end in
  ``upper``; a multiplier printed only on the high end applies to both. Two adjacent Chinese digits
  (``三四个``, ``两三万``) are such a range as well;
- ``成`` is tenths (``三成`` is 30 per cent), ``%`` is per cent as printed;
- qualifiers are kept as printed; when there are two (``约…左右``) they are joined with ``…``;
- not amounts: ordinals (``第3批``), dates and clock times (``2020年``, ``7日``, ``56秒`` after
  ``21分``), codes and names (``5G``, ``COVID-19``), vague amounts (``数十个``, ``几十名``), a
  numeral inside a word (``统一``, ``新一轮``, ``这一``), set phrases and slogans (``四个意识``,
  ``一次性``, ``一人一档``), and ``一`` used as an article
  (``一批员工``, ``一种方式``, ``一个平台``).

Everything is one regex pass per region plus a few character look-ups per candidate, so the time is
linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import regex

from ..model import Quantity, Span, UnitClass
from ..numerals import cn_to_number
from ..patterns import quantity as table
from ..patterns.traditional import VARIANTS
from .regions import Region

__all__ = ["find_quantities"]

_SIMPLIFIED: dict[str, str] = {t: s for s, forms in VARIANTS.items() for t in forms}
"""Traditional character to Simplified, for looking printed units up in the tables."""

_SIMPLIFY: dict[int, str] = {ord(t): s for t, s in _SIMPLIFIED.items()}
""":data:`_SIMPLIFIED` as a :meth:`str.translate` table."""

_MULTIPLIERS: dict[str, int] = {"万": 10**4, "亿": 10**8}
_HAN_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_HAN_SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_ARABIC = frozenset("0123456789０１２３４５６７８９")
_ONE_FORMS = frozenset("一壹")


def find_quantities(text: str, regions: Sequence[Region]) -> list[Quantity]:
    """Every amount printed in ``regions`` of ``text``, in document order.

    >>> from pressrelease.model import Span
    >>> from pressrelease.facts.regions import Region
    >>> s = "全县39名干部、360余名党员参与，建成10万平方米厂房。"
    >>> found = find_quantities(s, [Region("paragraph", Span(0, len(s)))])
    >>> [(q.text, q.value, q.unit, q.qualifier) for q in found]
    [('39名', 39.0, '名', None), ('360余名', 360.0, '名', '余'), ('10万平方米', 100000.0, '平方米', None)]
    """
    found: list[Quantity] = []
    candidates = table.AMOUNT.regex.finditer
    for region in regions:
        start, end = region.span.start, region.span.end
        skip_to = start
        for match in candidates(text, start, end):
            if match.start() < skip_to:
                continue
            read = _read(text, match, region)
            if isinstance(read, Quantity):
                found.append(read)
            elif read is not None:
                skip_to = read
    return found


def _simple(s: str) -> str:
    """``s`` with Traditional characters folded to Simplified (for table look-ups)."""
    return s.translate(_SIMPLIFY)


def _read(text: str, m: regex.Match[str], region: Region) -> Quantity | int | None:
    """The amount a candidate match prints; None when the conventions say it is not one, or the
    offset to skip to when it opens a set phrase (``两个一百年``)."""
    first, last = region.span.start, region.span.end
    pre = m.group("pre")
    start = m.start()
    number_start = m.end("pre") if pre else start
    if (
        pre
        and len(pre) == 1
        and start > first
        and _simple(text[start - 1]) in table.PRE_BLOCKED_BY.get(pre, "")
    ):
        pre, start = None, number_start  # 签约, 附近: the qualifier is the end of another word
    before = _simple(text[number_start - 1]) if number_start > first else ""
    before2 = _simple(text[number_start - 2]) if number_start - 1 > first else ""
    if before == "第":
        return None  # 第3批: an ordinal

    if m.group("pct") is not None:
        value = cn_to_number(m.group("pct"))
        if value is None:
            return None
        return _quantity(
            text, region, start, m.end(), value, None, "百分之", "percent", [pre, m.group("post")]
        )

    lo = m.group("lo")
    han = lo[0] not in _ARABIC
    unit_end = m.end("unit") if m.group("unit") is not None else m.end("getail")
    unit = _simple(m.group("unit") or "个" + m.group("getail"))
    unit_class = table.UNITS.get(unit, "other")
    nxt = _simple(text[unit_end]) if unit_end < last else ""
    ranged = m.group("hi") is not None
    end = m.end()

    # --- where the number stands: a code, a date, inside a word, a vague amount
    if (
        before == table.FRONT
        and before2 not in table.FRONT_KEPT_AFTER
        and (unit in table.RANK_UNITS or (han and unit == "年"))
    ):
        return None  # 前3名, 前两年: a rank or a relative date
    if han:
        if before and before in table.HAN_LEFT_WORD:
            return None  # 数十个, 几十名, 周三, 初一
        if lo in _ONE_FORMS and before and before in table.ONE_LEFT_WORD:
            return None  # 统一, 唯一, 新一轮, 这一
        if unit in table.ARABIC_ONLY_UNITS:
            return None  # 一度, 一起, 一门心思
        idiom = table.IDIOM.regex.match(text, number_start, last)
        if idiom is not None:
            return int(idiom.end())  # 四个意识, 两个一百年, 一次性
        if before and before in table.QUOTES_OPEN and _closes_soon(text, end, last):
            return None  # “三项制度”, “五个一批”: a slogan or a name
    elif before and before in table.CODE_LEFT:
        return None  # COVID-19, 3.2.1, No.5
    if not han and unit_class == "duration" and before and before in table.DATE_LEFT and before2 in _ARABIC:
        return None  # 21分56秒: a clock time (9日、10日两天 is a duration)

    # --- what follows the unit: another word, a session, a slogan
    if nxt and nxt in table.UNIT_BLOCKED_BY.get(unit, ""):
        return None  # 项目, 支持, 成立
    if unit in table.DAY_UNITS and not (nxt == "内" or text.startswith(("以内", "之内"), unit_end)):
        return None  # 7日: a date's day
    if unit == "次" and (before in table.SESSION_LEFT or text.startswith(table.SESSION_AFTER, unit_end)):
        return None  # 十三届二次会议, 六次党代会: a session, an ordinal
    if han and len(lo) == 1 and end < last and text[end] == lo:
        return None  # 一人一档, 一年一度, 一户一策
    if han and not (pre or m.group("lomid") or ranged or m.group("post")):
        if lo in _ONE_FORMS and unit_class == "count":
            return None  # 一批员工, 一项重要工作: an article, not a count
        if lo == "二" and unit_class == "count":
            return None  # 二次污染: counts are written with 两; 二 before a counter is a term

    if unit in table.UNSCALED_UNITS and any(c in "万亿萬億" for c in text[number_start:unit_end]):
        return None  # 100亿级项目, 1至10亿级: a size class

    # --- the value
    values = _number(lo, m.group("lomult"))
    if values is None:
        return None
    value, upper, lo_scaled = values
    if ranged:
        lounit = m.group("lounit")
        if upper is not None or (lounit is not None and _simple(lounit) != unit):
            return None  # 三四至五个, 3年至5个
        hi_values = _number(m.group("hi"), m.group("himult"))
        if hi_values is None or hi_values[1] is not None:
            return None
        upper, hi_scale = hi_values[0], _scale(m.group("hi"), m.group("himult"))
        if not lo_scaled and hi_scale > 1 and value <= upper / hi_scale:
            value *= hi_scale  # 1至2万元: the 万 goes with both ends
        if upper <= value:
            return None  # 10-5, 3-1: a code or a section number, not a range
    years = _is_year(lo, m.group("lomult")) or (ranged and _is_year(m.group("hi"), m.group("himult")))
    if unit == "年" and years and not (pre or m.group("lomid")):
        return None  # 2020年, 2019-2020年, 2010年左右: dates
    if unit_class in ("count", "people") and (
        value != int(value) or (upper is not None and upper != int(upper))
    ):
        return None  # 2.3个(和1.8个百分点): half of a coordinated amount, not a count

    # --- qualifiers after the unit, and 半
    post = m.group("post")
    half = m.group("half") is not None or m.group("gemid") == "半"
    if unit_class != "duration":
        if post in ("多", "余"):
            end, post = m.start("post"), None
        if m.group("half") is not None:
            end, post, half = m.start("half"), None, False
    if half and upper is None:
        value += 0.5
    if unit == "成":
        value *= 10
        upper = None if upper is None else upper * 10
    gemid = m.group("gemid")
    mid = m.group("lomid") or m.group("himid") or (gemid if gemid != "半" else None)
    if m.group("per") is not None:
        unit = unit + "/" + _simple(m.group("per")[1:])
        unit_class = "other"
    return _quantity(text, region, start, end, value, upper, unit, unit_class, [pre, mid, post])


def _closes_soon(text: str, end: int, last: int) -> bool:
    """Whether a quotation mark closes within a few characters of ``end``, before any punctuation."""
    for i in range(end, min(end + table.SLOGAN_LENGTH + 1, last)):
        c = text[i]
        if c in table.QUOTES_CLOSE:
            return True
        if not c.isalnum():
            return False
    return False


def _number(printed: str, multiplier: str | None) -> tuple[float, float | None, bool] | None:
    """The value of a printed number and its 万/亿: (value, upper for 三四个 ranges, scaled?)."""
    scale = 1
    for c in _simple(multiplier or ""):
        scale *= _MULTIPLIERS[c]
    scaled = scale > 1 or any(c in _MULTIPLIERS for c in _simple(printed))
    core = printed.rstrip("十百千万亿萬億")
    if printed[0] not in _ARABIC and len(core) >= 2 and all(c in _HAN_DIGITS for c in _simple(core)):
        # digits without units: 三四个, 两三万, 七八十 (two neighbours), else a year or a code
        if len(core) != 2:
            return None
        a, b = (_HAN_DIGITS[c] for c in _simple(core))
        if not (b == a + 1 or (a, b) == (1, 2)) or a == 0:
            return None
        tail = 1
        for c in _simple(printed[len(core) :]):
            tail *= _HAN_SCALES[c]
        return float(a * tail * scale), float(b * tail * scale), scaled
    value = cn_to_number(printed)
    if value is None:
        return None
    return value * scale, None, scaled


def _scale(printed: str, multiplier: str | None) -> int:
    """The 万/亿 a number ends with (``2万``, ``两亿``), times its separate multiplier."""
    scale = 1
    for c in _simple(multiplier or ""):
        scale *= _MULTIPLIERS[c]
    for c in reversed(_simple(printed)):
        if c not in _MULTIPLIERS:
            break
        scale *= _MULTIPLIERS[c]
    return scale


def _is_year(printed: str | None, multiplier: str | None) -> bool:
    """Whether a number before ``年`` is a year: four Arabic digits from 1000 to 2199, no 万/亿."""
    if printed is None or multiplier or len(printed) != 4 or not all(c in _ARABIC for c in printed):
        return False
    year = cn_to_number(printed)
    return year is not None and 1000 <= year < 2200


def _quantity(
    text: str,
    region: Region,
    start: int,
    end: int,
    value: float,
    upper: float | None,
    unit: str,
    unit_class: str,
    qualifiers: list[str | None],
) -> Quantity:
    """Build the Quantity for ``text[start:end]``."""
    qualifier = "…".join(q for q in qualifiers if q) or None
    cls = cast(UnitClass, unit_class)
    return Quantity(
        text=text[start:end],
        span=Span(start, end),
        part=region.part,
        value=value,
        upper=upper,
        unit=unit,
        unit_class=cls,
        qualifier=qualifier,
    )
