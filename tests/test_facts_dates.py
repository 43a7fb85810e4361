"""Dates: written dates, ranges and relative times, and how they resolve against the publication date.

The phrases are written for these tests, imitating how releases date their events; the seed
release of the shared corpus is checked when ``../shared`` is beside the repository.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import parse
from pressrelease.facts.dates import SPRING_FESTIVAL, find_dates
from pressrelease.facts.regions import Region, regions_of
from pressrelease.model import DateMention, Span

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "cri" / "cri-20200307-longxian.txt"
ANCHOR = dt.date(2020, 3, 7)
D = dt.date

Row = tuple[str, str, str, dt.date | None, dt.date | None]
"""text, kind, precision, start, end"""


def _found(sentence: str, anchor: dt.date | None = ANCHOR) -> list[DateMention]:
    return find_dates(sentence, [Region("paragraph", Span(0, len(sentence)))], anchor)


def _rows(sentence: str, anchor: dt.date | None = ANCHOR) -> list[Row]:
    return [(f.text, f.kind, f.precision, f.start, f.end) for f in _found(sentence, anchor)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # month-days take the anchor's year, or last year's when they would be far ahead of it
        ("2月19日，项目集中开工。", [("2月19日", "date", "day", D(2020, 2, 19), D(2020, 2, 19))]),
        ("园区于3月30日开园。", [("3月30日", "date", "day", D(2020, 3, 30), D(2020, 3, 30))]),
        (
            "去年的12月5日，工程启动。",
            [
                ("去年", "relative", "year", D(2019, 1, 1), D(2019, 12, 31)),
                ("12月5日", "date", "day", D(2019, 12, 5), D(2019, 12, 5)),
            ],
        ),
        ("11月8日，首批产品下线。", [("11月8日", "date", "day", D(2019, 11, 8), D(2019, 11, 8))]),
        # parts of the day and clock times belong to the date
        ("2月24日下午，会议召开。", [("2月24日下午", "date", "part_of_day", D(2020, 2, 24), D(2020, 2, 24))]),
        ("1月3日晚，车队出发。", [("1月3日晚", "date", "part_of_day", D(2020, 1, 3), D(2020, 1, 3))]),
        ("3月2日9时30分，列车发车。", [("3月2日9时30分", "date", "minute", D(2020, 3, 2), D(2020, 3, 2))]),
        (
            "3月1日（星期日）上午",
            [("3月1日（星期日）上午", "date", "part_of_day", D(2020, 3, 1), D(2020, 3, 1))],
        ),
        # written years, Chinese numerals, full-width digits, dashes
        (
            "二〇一九年十二月二日印发",
            [("二〇一九年十二月二日", "date", "day", D(2019, 12, 2), D(2019, 12, 2))],
        ),
        ("２０１８年５月６日", [("２０１８年５月６日", "date", "day", D(2018, 5, 6), D(2018, 5, 6))]),
        ("截止时间为2020-04-30。", [("2020-04-30", "date", "day", D(2020, 4, 30), D(2020, 4, 30))]),
        ("十一月十一日，展会开幕。", [("十一月十一日", "date", "day", D(2019, 11, 11), D(2019, 11, 11))]),
        # ranges
        ("3月27—29日，培训分三期进行。", [("3月27—29日", "range", "day", D(2020, 3, 27), D(2020, 3, 29))]),
        ("3月27日至4月2日闭馆。", [("3月27日至4月2日", "range", "day", D(2020, 3, 27), D(2020, 4, 2))]),
        ("12月30日至1月3日放假。", [("12月30日至1月3日", "range", "day", D(2019, 12, 30), D(2020, 1, 3))]),
        ("1-2月，全县完成投资。", [("1-2月", "range", "month", D(2020, 1, 1), D(2020, 2, 29))]),
        ("2016年至2019年，", [("2016年至2019年", "range", "year", D(2016, 1, 1), D(2019, 12, 31))]),
        ("规划期为2021—2025年。", [("2021—2025年", "range", "year", D(2021, 1, 1), D(2025, 12, 31))]),
        ("自1月20日至今，", [("1月20日至今", "relative", "day", D(2020, 1, 20), D(2020, 3, 7))]),
        # months, parts of months and years, quarters
        ("2月份，订单回升。", [("2月份", "date", "month", D(2020, 2, 1), D(2020, 2, 29))]),
        ("2月下旬，", [("2月下旬", "date", "period", D(2020, 2, 21), D(2020, 2, 29))]),
        ("确保2020年6月底前完工。", [("2020年6月底", "date", "period", D(2020, 6, 21), D(2020, 6, 30))]),
        ("2019年，全县脱贫。", [("2019年", "date", "year", D(2019, 1, 1), D(2019, 12, 31))]),
        ("2019年第四季度", [("2019年第四季度", "date", "quarter", D(2019, 10, 1), D(2019, 12, 31))]),
        ("今年一季度，", [("今年一季度", "relative", "quarter", D(2020, 1, 1), D(2020, 3, 31))]),
        ("去年上半年，", [("去年上半年", "relative", "half", D(2019, 1, 1), D(2019, 6, 30))]),
        ("去年底，", [("去年底", "relative", "period", D(2019, 12, 1), D(2019, 12, 31))]),
        ("今年以来，", [("今年以来", "relative", "period", D(2020, 1, 1), D(2020, 3, 7))]),
        ("上半年，", [("上半年", "relative", "half", D(2020, 1, 1), D(2020, 6, 30))]),
        # words for the time around publication
        ("连日来，干部下沉一线。", [("连日来", "relative", "period", ANCHOR, ANCHOR)]),
        ("县政府近日印发通知。", [("近日", "relative", "period", ANCHOR, ANCHOR)]),
        ("县政府日前印发通知。", [("日前", "relative", "period", ANCHOR, ANCHOR)]),
        ("截至目前，已复工。", [("截至目前", "relative", "period", ANCHOR, ANCHOR)]),
        ("昨天下午，", [("昨天下午", "relative", "part_of_day", D(2020, 3, 6), D(2020, 3, 6))]),
        ("上周五，", [("上周五", "relative", "day", D(2020, 2, 28), D(2020, 2, 28))]),
        ("本月5日，", [("本月5日", "relative", "day", D(2020, 3, 5), D(2020, 3, 5))]),
        # holidays from the table and from fixed days
        ("春节前，企业备足原料。", [("春节前", "relative", "period", D(2020, 1, 24), D(2020, 1, 24))]),
        ("元旦期间，", [("元旦期间", "relative", "period", D(2020, 1, 1), D(2020, 1, 1))]),
        ("国庆长假", [("国庆长假", "relative", "period", D(2019, 10, 1), D(2019, 10, 7))]),
        # days without a month: the month of the date before them, else the anchor's
        ("记者5日从县政府获悉，", [("5日", "date", "day", D(2020, 3, 5), D(2020, 3, 5))]),
        ("28日晚，", [("28日晚", "date", "part_of_day", D(2020, 2, 28), D(2020, 2, 28))]),
        (
            "2018年4月20日、22日，",
            [
                ("2018年4月20日", "date", "day", D(2018, 4, 20), D(2018, 4, 20)),
                ("22日", "date", "day", D(2018, 4, 22), D(2018, 4, 22)),
            ],
        ),
        (
            "2018年4月24日、5月4日",
            [
                ("2018年4月24日", "date", "day", D(2018, 4, 24), D(2018, 4, 24)),
                ("5月4日", "date", "day", D(2018, 5, 4), D(2018, 5, 4)),
            ],
        ),
        (
            "2月1日召开会议，当日下午",
            [
                ("2月1日", "date", "day", D(2020, 2, 1), D(2020, 2, 1)),
                ("当日下午", "relative", "part_of_day", D(2020, 2, 1), D(2020, 2, 1)),
            ],
        ),
    ],
)
def test_dates_resolve_against_the_anchor(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "为期6个月的培训",  # durations are quantities
        "连续3天降雨",
        "自受理之日起20日内办结",
        "倒计时100日",
        "五千年文明",
        "第3月",
        "每年9月举办",
        "每月15日发放",
        "20世纪80年代",
        "1980年代",
        "他订阅了光明日报",
        "今日头条报道",
        "张国庆同志",
        "政治清明",
        "节日前后",
        "统一组织",
        "初步测算",
        "神舟十八号",
        "〔2020〕3号文件",
        "第4626号提案",
        "电话0917-6212345",
        "以后年度",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert _found(sentence) == []


def test_same_day_looks_back_across_paragraphs() -> None:
    text = "2月24日上午，项目开工。\n当天下午，召开调度会。"
    regions = [Region("paragraph", Span(0, 12)), Region("paragraph", Span(13, len(text)))]
    found = find_dates(text, regions, ANCHOR)
    assert [(f.text, f.start) for f in found] == [
        ("2月24日上午", D(2020, 2, 24)),
        ("当天下午", D(2020, 2, 24)),
    ]
    assert find_dates(text, regions[1:], ANCHOR)[0].start is None


def test_part_of_day_is_given() -> None:
    (found,) = _found("3月2日凌晨，")
    assert found.part_of_day == "凌晨"
    assert found.resolved


def test_without_anchor_only_written_years_resolve() -> None:
    rows = _rows("2月19日，2020年3月7日，近日，今年一季度，", anchor=None)
    assert rows == [
        ("2月19日", "date", "day", None, None),
        ("2020年3月7日", "date", "day", D(2020, 3, 7), D(2020, 3, 7)),
        ("近日", "relative", "period", None, None),
        ("今年一季度", "relative", "quarter", None, None),
    ]
    assert [f.resolved for f in _found("2月19日，2020年3月7日", anchor=None)] == [False, True]


def test_datetime_anchor_is_taken_as_its_date() -> None:
    anchor = dt.datetime(2020, 3, 7, 16, 21, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    (found,) = find_dates("近日", [Region("paragraph", Span(0, 2))], anchor)
    assert found.start == ANCHOR


def test_invalid_days_do_not_resolve() -> None:
    assert _rows("2019年2月29日") == [("2019年2月29日", "date", "day", None, None)]


def test_traditional_script() -> None:
    assert _rows("今日（十一月十一日）下午，")[0][:3] == ("今日（十一月十一日）下午", "date", "part_of_day")


def test_spring_festival_table_matches_the_chinese_calendar() -> None:
    lunardate = pytest.importorskip("lunardate")
    for year, (month, day) in SPRING_FESTIVAL.items():
        assert lunardate.LunarDate(year, 1, 1).to_solar_date() == dt.date(year, month, day), year


def test_regions_limit_the_search() -> None:
    text = "2月19日开工。3月1日复产。"
    found = find_dates(text, [Region("paragraph", Span(8, len(text)))], ANCHOR)
    assert [f.text for f in found] == ["3月1日"]
    assert found[0].span == Span(8, 12)


def test_long_lines_stay_fast() -> None:
    import time

    text = ("2月19日" + " " * 200 + "12-" * 100 + "今日(") * 2000
    started = time.perf_counter()
    found = _found(text)
    assert sum(f.text == "2月19日" for f in found) == 2000
    assert time.perf_counter() - started < 5


_PIECES = st.sampled_from(
    [
        "2月19日", "3月27—29日", "今年一季度", "连日来", "截至目前", "春节前", "下午", "3时", "至", "—",
        "2020年", "年", "月", "日", "、", "22日", "（星期一）", "今日(", ")", "号", "二〇二〇", "十一",
        "，", "。", " ", "\n", "每", "第", "个", "5", "-", "今", "去年", "底", "初", "上旬", "以来",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30), st.one_of(st.none(), st.dates()))
def test_properties(pieces: list[str], anchor: dt.date | None) -> None:
    text = "".join(pieces)
    cut = len(text) // 2
    regions = [Region("paragraph", Span(0, cut)), Region("paragraph", Span(cut, len(text)))]
    found = find_dates(text, regions, anchor)
    assert found == sorted(found, key=lambda f: (f.span.start, f.span.end))
    for f in found:
        assert f.text == text[f.span.start : f.span.end]
        assert f.text
        assert any(r.span.start <= f.span.start and f.span.end <= r.span.end for r in regions)
        assert f.resolved == (f.start is not None)
        if f.start is not None and f.end is not None:
            assert f.start <= f.end
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


@pytest.mark.skipif(not SEED.is_file(), reason=f"the shared corpus is not beside the repository ({SHARED})")
def test_seed_release() -> None:
    doc = parse(SEED.read_text(encoding="utf-8"))
    assert doc.published is not None
    anchor = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published
    found = find_dates(doc.text, regions_of(doc), anchor)
    days = [f.start for f in found if f.kind == "date" and f.precision == "day"]
    assert days == [D(2020, 2, 12), D(2020, 2, 19), D(2020, 2, 22)]
    relative = [f.text for f in found if f.kind == "relative"]
    assert relative[:2] == ["连日来", "截至目前"]
    assert "春节前" in relative
    for f in found:
        assert f.text == doc.text[f.span.start : f.span.end]
