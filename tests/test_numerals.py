"""Chinese numerals and dates: tables of examples, and round trips against a writer kept here.

The writer below turns an int into the standard Chinese numeral (``一百零五``, ``一亿零五百万``),
optionally in financial characters (``壹佰零伍``) or with ``两`` before a unit, as documents print
them; the parser must read back exactly the int it was given.
"""

from __future__ import annotations

import datetime as dt
import doctest
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressrelease.numerals
from pressrelease.numerals import MAX_LENGTH, cn_to_int, parse_cn_date

_DIGITS = "零一二三四五六七八九"
_FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _group(n: int) -> str:
    """1 ≤ n < 10000 in Chinese numerals, with 零 for each run of missing digits inside."""
    out: list[str] = []
    gap = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        out.append(_DIGITS[d] + name)
    return "".join(out)


def _write(n: int) -> str:
    """1 ≤ n < 10¹⁶ in Chinese numerals: 亿 and 万 groups, 零 where a group starts short."""
    for unit, name in ((10**8, "亿"), (10**4, "万")):
        if n >= unit:
            high, low = divmod(n, unit)
            text = _write(high) + name
            if low:
                text += ("零" if low < unit // 10 else "") + _write(low)
            return text
    return _group(n)


def write_chinese(n: int, *, financial: bool = False, liang: bool = False, short_ten: bool = True) -> str:
    """The Chinese numeral for ``n`` (0 ≤ n < 10¹⁶), as documents print it.

    ``short_ten`` writes 十七 rather than 一十七 at the start; ``liang`` writes 两 for 二 before
    千, 百, 万 and 亿; ``financial`` uses 壹贰叁… and 拾佰仟.
    """
    if n == 0:
        return "零"
    text = _write(n)
    if short_ten and text.startswith("一十"):
        text = text[1:]
    if liang:
        text = "".join(
            "两" if c == "二" and (i + 1 < len(text) and text[i + 1] in "千百万亿") else c
            for i, c in enumerate(text)
        )
    if financial:
        text = text.translate(_FINANCIAL)
    return text


def write_year(year: int) -> str:
    """A year digit by digit, as GB/T 9704 dates print it: 2020 → 二〇二〇."""
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(year))


# --- the writer itself: a few values it must write as documents do ---------------------------


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "零"),
        (7, "七"),
        (10, "十"),
        (17, "十七"),
        (23, "二十三"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1005, "一千零五"),
        (10005, "一万零五"),
        (100000, "十万"),
        (105000000, "一亿零五百万"),
        (1000000000000, "一万亿"),
    ],
)
def test_writer_writes_the_standard_form(n: int, text: str) -> None:
    assert write_chinese(n) == text


# --- tables of examples -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("〇", 0),
        ("○", 0),
        ("零", 0),
        ("三", 3),
        ("十", 10),
        ("十七", 17),
        ("一十七", 17),
        ("二十三", 23),
        ("三十一", 31),
        ("廿三", 23),
        ("一百零五", 105),
        ("一百一十", 110),
        ("五千零二", 5002),
        ("两千", 2000),
        ("两万三千", 23000),
        ("十万零三", 100003),
        ("一亿零五百万", 105_000_000),
        ("一百二十三亿", 12_300_000_000),
        ("一万亿", 10**12),
        ("壹佰贰拾叁", 123),
        ("贰仟零壹拾", 2010),
        ("一万五", 15000),
        ("三百五", 350),
        ("两千三", 2300),
        ("二〇二〇", 2020),
        ("二零二零", 2020),
        ("一九八一", 1981),
        ("2020", 2020),
        ("２０２０", 2020),
        ("1.5万", 15000),
        ("１．５万", 15000),
        ("3亿", 300_000_000),
        ("1亿2000万", 120_000_000),
        ("12万3千", 123000),
        ("1,234万", 12_340_000),
        ("一点五万", 15000),
        (" 二十七 ", 27),
    ],
)
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "百",
        "万",
        "亿",
        "十十",
        "一二十",
        "一百一千",
        "三十余",
        "100多",
        "1.23456万",
        "1.5",
        "abc",
        "二十三号",
        "一点",
        "一亿万",
        "1,23万",
    ],
)
def test_cn_to_int_rejects(text: str) -> None:
    assert cn_to_int(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二〇二〇年三月七日", dt.date(2020, 3, 7)),
        ("二〇〇四年四月二十七日", dt.date(2004, 4, 27)),
        ("一九八一年五月二十三日", dt.date(1981, 5, 23)),
        ("二○○四年六月十六日", dt.date(2004, 6, 16)),
        ("二〇一八年十二月三十一日", dt.date(2018, 12, 31)),
        ("2020年3月7日", dt.date(2020, 3, 7)),
        ("2018年11月09日", dt.date(2018, 11, 9)),
        ("２０２０年３月７日", dt.date(2020, 3, 7)),
        ("2019年 1月 17日", dt.date(2019, 1, 17)),
        ("2022年8月19", dt.date(2022, 8, 19)),
        ("2020年3月7号", dt.date(2020, 3, 7)),
        ("2019-01-23", dt.date(2019, 1, 23)),
        ("2020/3/7", dt.date(2020, 3, 7)),
        ("2020.3.7", dt.date(2020, 3, 7)),
        ("2022-09-15 10:00", dt.date(2022, 9, 15)),
        ("\u3000二〇二〇年二月二十九日\u3000", dt.date(2020, 2, 29)),
    ],
)
def test_parse_cn_date(text: str, value: dt.date) -> None:
    assert parse_cn_date(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "二〇二一年二月二十九日",  # not a leap year
        "2021年2月29日",
        "二〇二〇年十三月一日",
        "二〇二〇年三月三十二日",
        "2020年0月7日",
        "2020年3月0日",
        "0000年1月1日",
        "三月七日",
        "2020年",
        "2020年3月7日上午",
        "会议于2020年3月7日召开",
        "二〇二〇年三月七日" * 10,
        "",
    ],
)
def test_parse_cn_date_rejects(text: str) -> None:
    assert parse_cn_date(text) is None


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(pressrelease.numerals)
    assert tried > 0 and failures == 0


# --- properties ------------------------------------------------------------------------------


@given(
    st.integers(min_value=0, max_value=10**16 - 1),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_round_trip_against_the_writer(n: int, financial: bool, liang: bool, short_ten: bool) -> None:
    text = write_chinese(n, financial=financial, liang=liang, short_ten=short_ten)
    assert cn_to_int(text) == n, text


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_digits_half_and_full_width(n: int) -> None:
    assert cn_to_int(str(n)) == n
    assert cn_to_int(str(n).translate(_FULL_WIDTH)) == n


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=0, max_value=9))
def test_arabic_with_a_unit(whole: int, tenth: int) -> None:
    assert cn_to_int(f"{whole}.{tenth}万") == whole * 10_000 + tenth * 1_000
    assert cn_to_int(f"{whole}亿") == whole * 10**8


@given(st.integers(min_value=1000, max_value=9999))
def test_years_digit_by_digit(year: int) -> None:
    assert cn_to_int(write_year(year)) == year


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_dates_round_trip(day: dt.date) -> None:
    chinese = f"{write_year(day.year)}年{write_chinese(day.month)}月{write_chinese(day.day)}日"
    assert parse_cn_date(chinese) == day, chinese
    arabic = f"{day.year}年{day.month}月{day.day}日"
    assert parse_cn_date(arabic) == day
    assert parse_cn_date(arabic.translate(_FULL_WIDTH)) == day
    assert parse_cn_date(day.isoformat()) == day


@given(st.text(max_size=80))
def test_never_raises(text: str) -> None:
    value = cn_to_int(text)
    assert value is None or value >= 0
    date = parse_cn_date(text)
    assert date is None or isinstance(date, dt.date)


@given(st.text(alphabet="〇零一二两三四五六七八九十百千万亿点0123456789.,", max_size=24))
def test_numeral_alphabet_never_raises(text: str) -> None:
    value = cn_to_int(text)
    assert value is None or value >= 0


def test_long_input_is_rejected_at_once() -> None:
    text = "一" * 1_000_000
    start = time.perf_counter()
    assert cn_to_int(text) is None
    assert parse_cn_date(text) is None
    assert cn_to_int("一" * MAX_LENGTH) is not None
    assert time.perf_counter() - start < 0.5
