"""Chinese numerals as integers, and dates written with them (``二〇二〇年三月七日``) as dates.

Official documents write their dates in Chinese numerals (GB/T 9704: ``二〇二〇年三月七日``), news
releases in Arabic or full-width digits; amounts mix both (``1.5万``, ``一百二十三亿``). This module
turns such a numeral into an ``int`` and such a date into a :class:`datetime.date`, as normalised
copies: the text is never changed.

What :func:`cn_to_int` reads:

- digits ``〇 ○ 零 一 二 三 四 五 六 七 八 九`` and ``两``, the financial forms ``壹 贰 叁 肆 伍 陆 柒
  捌 玖 拾 佰 仟`` (Simplified and Traditional), ``廿`` (20) and ``卅`` (30);
- units ``十 百 千`` within a group of four digits and ``万 亿`` (and ``万亿``) between groups, with
  ``零`` as a placeholder (``一百零五``, ``一亿零五百万``) and ``十`` alone opening a number
  (``十七``);
- a final digit whose unit is left out, as spoken: ``三百五`` is 350, ``一万五`` is 15000;
- Arabic digits, half- or full-width, alone or before units (``1.5万``, ``3亿``, ``1亿2000万``);
- a run of digits without units, read digit by digit as years are written (``二〇二〇``, ``一九八一``).

Anything else (words around the number, ``余``/``多`` approximations) gives None: the caller
strips what is not the numeral. :func:`cn_to_int` also refuses a value that is not a whole number
(``1.5``); :func:`cn_to_number` reads decimals too (``45.6``, ``四十五点六``, ``零点五``), as amounts
print them. The parser is a single pass over
at most :data:`MAX_LENGTH` characters, so its time is bounded whatever the input.

``docs/official-documents.md`` says why this is written here rather than taken from cn2an or
pycnnum, with measurements.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from .patterns import document as table

__all__ = ["MAX_LENGTH", "cn_to_int", "cn_to_number", "parse_cn_date"]

MAX_LENGTH = 64
"""Longer texts are not numerals (the longest standard form below 10¹⁶ has 31 characters)."""

_DIGIT: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0,
    "一": 1, "壹": 1, "弌": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
    "0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
}  # fmt: skip
"""One digit, Chinese or ASCII (full-width digits are folded to ASCII first)."""

_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
"""Units inside a group of four digits."""

_BIG: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
"""Units between groups of four digits."""

_SHORTHAND: dict[str, str] = {"廿": "二十", "卅": "三十"}
"""Single characters that stand for a digit and a unit."""

_FOLD = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
"""Full-width digits and separators to ASCII."""

_ASCII_DIGITS = frozenset("0123456789")
_ARABIC = frozenset("0123456789.,")


def cn_to_int(text: str) -> int | None:
    """The integer a Chinese (or Arabic, or mixed) numeral writes, or None if ``text`` is not one.

    >>> cn_to_int("二十三"), cn_to_int("一百零五"), cn_to_int("二〇二〇"), cn_to_int("1.5万")
    (23, 105, 2020, 15000)
    >>> cn_to_int("三十余") is None
    True
    """
    value = _read(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def cn_to_number(text: str) -> float | None:
    """The number a Chinese (or Arabic, or mixed) numeral writes, decimals included; None if not one.

    Reads what :func:`cn_to_int` reads, and fractions: ``45.6``, ``１．５``, ``四十五点六``,
    ``零点五``, ``1.23456万``.

    >>> cn_to_number("四十五点六"), cn_to_number("1.5"), cn_to_number("一百二十三亿")
    (45.6, 1.5, 12300000000.0)
    """
    value = _read(text)
    return None if value is None else float(value)


def _read(text: str) -> Decimal | None:
    """The value of a numeral, exactly; None when ``text`` is not one."""
    s = text.strip().translate(_FOLD)
    if not s or len(s) > MAX_LENGTH:
        return None
    if s.isascii() and s.isdigit():
        return Decimal(int(s))  # the common case, read as the digit-by-digit loop below reads it
    if any(c in _SHORTHAND for c in s):
        s = "".join(_SHORTHAND.get(c, c) for c in s)
    if all(c in _DIGIT for c in s):
        # digits only: read digit by digit (二〇二〇, 2020, 一二三)
        value = 0
        for c in s:
            value = value * 10 + _DIGIT[c]
        return Decimal(value)
    return _with_units(s)


def _arabic_end(s: str, i: int) -> int:
    """The end of the Arabic number starting at ``s[i]`` (digits, thousands commas, one decimal point)."""
    n = len(s)
    j = i
    point = False
    while j < n and s[j] in _ARABIC:
        if s[j] == "." and (point or j + 1 >= n or s[j + 1] not in _ASCII_DIGITS):
            break
        if s[j] == "," and (point or j + 4 > n or not all(d in _ASCII_DIGITS for d in s[j + 1 : j + 4])):
            break
        point = point or s[j] == "."
        j += 1
    return j


def _with_units(s: str) -> Decimal | None:
    """Read a numeral that has units (``十 百 千 万 亿``); None when it is not well formed."""
    groups: list[tuple[Decimal, int]] = []  # finished groups: (value, the big unit that closed them)
    section = Decimal(0)  # the value of the current group (below the next big unit)
    number: Decimal | None = None  # a number waiting for its unit
    spoken = False  # ``number`` is one Chinese digit, so it may stand for an elided unit (三百五)
    last_small = 10**4  # small units must fall within a group: 千 before 百 before 十
    zero = False  # a 零 since the last unit
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _ASCII_DIGITS:
            if number is not None:
                return None
            j = _arabic_end(s, i)
            number = Decimal(s[i:j].replace(",", ""))
            spoken = False
            i = j
            continue
        if c in _DIGIT:
            if number is not None:
                return None
            digit = _DIGIT[c]
            if digit == 0 and not (i + 1 < n and s[i + 1] == "点" and i == 0):
                zero = True
                i += 1
                continue
            if i + 1 < n and s[i + 1] == "点":
                # 一点五万: a decimal fraction written digit by digit
                j = i + 2
                while j < n and s[j] in _DIGIT:
                    j += 1
                if j == i + 2:
                    return None
                number = Decimal(f"{digit}.{''.join(str(_DIGIT[d]) for d in s[i + 2 : j])}")
                spoken = False
                i = j
                continue
            number = Decimal(digit)
            spoken = True
            i += 1
            continue
        if c in _SMALL:
            unit = _SMALL[c]
            if number is None:
                if unit != 10 or section != 0:
                    return None  # 百 or 千 needs its digit; 十 alone opens a group only (十七, 十万)
                number = Decimal(1)
            if unit >= last_small:
                return None
            section += number * unit
            last_small, number, spoken, zero = unit, None, False, False
            i += 1
            continue
        if c in _BIG:
            unit = _BIG[c]
            if number is None and section == 0 and not (groups and groups[-1][1] < unit):
                return None  # a big unit needs a number before it (万 alone, 一亿万)
            value = section + (number if number is not None else 0)
            while groups and groups[-1][1] < unit:  # 一万亿: the 万 group is counted in 亿
                value += groups.pop()[0]
            groups.append((value * unit, unit))
            section, number, spoken, zero, last_small = Decimal(0), None, False, False, 10**4
            i += 1
            continue
        return None
    if number is not None and spoken and not zero:
        # a last digit without its unit stands for the unit below the last one (三百五, 一万五)
        if section != 0 and last_small >= 100:
            number *= last_small // 10
        elif section == 0 and groups:
            number *= groups[-1][1] // 10
    return sum((v for v, _ in groups), Decimal(0)) + section + (number if number is not None else 0)


def parse_cn_date(text: str) -> dt.date | None:
    """The date ``text`` writes, or None when it is not a date or not a valid one.

    Reads ``二〇二〇年三月七日``, ``二〇〇四年四月二十七日``, ``2020年3月7日``, full-width digits,
    ``2020-03-07``, ``2020/3/7`` and ``2020.3.7``; white space may separate the parts, the final
    ``日`` (or ``号``) may be missing, and a time of day after the date is allowed and ignored.

    >>> parse_cn_date("二〇二〇年三月七日")
    datetime.date(2020, 3, 7)
    >>> parse_cn_date("2021年2月29日") is None
    True
    """
    if len(text) > MAX_LENGTH:
        return None
    m = table.DATE.apply(text)
    if m is None:
        return None
    year, month, day = cn_to_int(m.group("year")), cn_to_int(m.group("month")), cn_to_int(m.group("day"))
    if year is None or month is None or day is None:
        return None
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)
