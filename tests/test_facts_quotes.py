"""Quotes: quoted words with their speaker, role and verb, and quoted terms that are not quotes.

The sentences are written for these tests, imitating how releases quote people; the seed release of
the shared corpus is checked when ``../shared`` is beside the repository.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import parse
from pressrelease.facts.quotes import find_quotes
from pressrelease.facts.regions import Region, regions_of
from pressrelease.model import Quote, Span

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "cri" / "cri-20200307-longxian.txt"

Row = tuple[str, str | None, str | None, str | None, str | None]
"""quoted words, role, speaker, verb, speaker text"""


def _paragraphs(text: str) -> list[Region]:
    regions, start = [], 0
    for line in text.split("\n"):
        regions.append(Region("paragraph", Span(start, start + len(line))))
        start += len(line) + 1
    return regions


def _found(text: str) -> list[Quote]:
    return find_quotes(text, _paragraphs(text))


def _rows(text: str) -> list[Row]:
    rows = []
    for q in _found(text):
        said = text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None
        rows.append((q.text, q.role, q.speaker, q.verb, said))
    return rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaker before the quote, with a colon or a comma, role words before the name
        (
            "车间主任王小明说：“订单已经排到了五月。”",
            [("订单已经排到了五月。", "车间主任", "王小明", "说", "车间主任王小明")],
        ),
        (
            "县委副书记、县长李红梅表示，“要把好事办好。”",
            [("要把好事办好。", "县委副书记、县长", "李红梅", "表示", "县委副书记、县长李红梅")],
        ),
        (
            "合作社理事长赵大勇介绍:“今年种了三百亩。”",
            [("今年种了三百亩。", "合作社理事长", "赵大勇", "介绍", None)],
        ),
        (
            "村民孙桂兰告诉记者：“日子越过越好了。”",
            [("日子越过越好了。", "村民", "孙桂兰", "告诉记者", None)],
        ),
        ("周建国指出：“必须守住安全底线。”", [("必须守住安全底线。", None, "周建国", "指出", "周建国")]),
        ("欧阳明强调：“责任要压实。”", [("责任要压实。", None, "欧阳明", "强调", None)]),
        # words between the speaker and the verb
        ("站长刘洋笑着说：“大家放心。”", [("大家放心。", "站长", "刘洋", "说", "站长刘洋")]),
        ("校长陈静在会上强调：“安全第一。”", [("安全第一。", "校长", "陈静", "强调", "校长陈静")]),
        ("郑凯激动地说：“终于通车了！”", [("终于通车了！", None, "郑凯", "说", "郑凯")]),
        ("局长何平对记者说：“还要再快一些。”", [("还要再快一些。", "局长", "何平", "说", "局长何平")]),
        # pronouns, descriptions, bodies
        ("他说：“这是我们的责任。”", [("这是我们的责任。", None, None, "说", "他")]),
        ("一位村民说：“路修好了。”", [("路修好了。", "村民", None, "说", "村民")]),
        (
            "据县农业农村局有关负责人介绍，“春播已过半。”",
            [("春播已过半。", "县农业农村局有关负责人", None, "介绍", None)],
        ),
        ("在外地求学的吴小燕说：“家乡变化很大。”", [("家乡变化很大。", None, "吴小燕", "说", None)]),
        (
            "驻村第一书记马骏代表说：“要让村民富起来。”",
            [("要让村民富起来。", "驻村第一书记", "马骏", "说", None)],
        ),
        ("技术员阿依古丽·买买提说：“苗情很好。”", [("苗情很好。", "技术员", "阿依古丽·买买提", "说", None)]),
        # a transliterated name whose middle dot an encoding lost
        (
            "发言人约翰?史密斯表示：“会议如期举行。”",
            [("会议如期举行。", "发言人", "约翰?史密斯", "表示", None)],
        ),
        # speaker after the quote
        (
            "“工期提前了十天。”项目经理钱伟说。",
            [("工期提前了十天。", "项目经理", "钱伟", "说", "项目经理钱伟")],
        ),
        ("“我们心里有底了，”罗丹说。", [("我们心里有底了，", None, "罗丹", "说", "罗丹")]),
        # speaker between two parts of one statement
        (
            "“今年要再建两座大棚，”种植户黄海说，“明年还要扩大。”",
            [
                ("今年要再建两座大棚，", "种植户", "黄海", "说", "种植户黄海"),
                ("明年还要扩大。", "种植户", "黄海", "说", "种植户黄海"),
            ],
        ),
        # nested marks stay inside the quote
        (
            "主任林峰说：“要坚持‘两手抓’，一个都不能少。”",
            [("要坚持‘两手抓’，一个都不能少。", "主任", "林峰", "说", None)],
        ),
        # corner brackets and Traditional script
        ("局長陳大文表示：「會繼續跟進。」", [("會繼續跟進。", "局長", "陳大文", "表示", None)]),
    ],
)
def test_quotes_and_their_speakers(text: str, expected: list[Row]) -> None:
    rows = _rows(text)
    assert [r[:4] for r in rows] == [e[:4] for e in expected]
    for row, want in zip(rows, expected, strict=True):
        if want[4] is not None:
            assert row[4] == want[4]


@pytest.mark.parametrize(
    "text",
    [
        "全县干部争当复工复产“服务员”，帮企业解难题。",
        "坚持“三抓三做”，打好两场硬仗。",
        "开通“点对点务工直通车”。",
        "他强调“四个意识”的重要性。",
        "这一做法被称为“田间课堂”。",
        "以下统称“清单”。",
        "《实施意见》指出：“要加快建设。”",
        "负责人说，“心连心”活动已经开展三年。",
        "“两手抓”的做法，得到群众认可。",
    ],
)
def test_terms_and_slogans_are_not_quotes(text: str) -> None:
    assert _found(text) == []


def test_quote_over_paragraphs() -> None:
    text = "\n".join(
        [
            "队长许明说：“第一，要把人员排查清楚。",
            "“第二，要把物资备足。",
            "“第三，要守住底线。”",
            "此后工作有序开展。",
        ]
    )
    (quote,) = _found(text)
    assert quote.text == "第一，要把人员排查清楚。\n第二，要把物资备足。\n第三，要守住底线。"
    assert text[quote.span.start] == "“"
    assert text[quote.span.end - 1] == "”"
    assert quote.span.end == text.index("\n此后")
    assert (quote.role, quote.speaker, quote.verb) == ("队长", "许明", "说")


def test_an_unclosed_quote_not_carried_on_is_dropped() -> None:
    text = "队长许明说：“要把人员排查清楚。\n此后工作有序开展。"
    assert _found(text) == []


def test_quote_span_and_text() -> None:
    text = "开头。站长刘洋说：“大家放心。”结尾。"
    (quote,) = _found(text)
    assert text[quote.span.start : quote.span.end] == "“大家放心。”"
    assert quote.text == text[quote.span.start + 1 : quote.span.end - 1]
    assert quote.part == "paragraph"
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == "站长刘洋"


def test_long_lines_stay_fast() -> None:
    import time

    text = "站长刘洋说：“大家放心。”" * 5000 + "“" * 20000 + "他说" * 20000
    started = time.perf_counter()
    found = _found(text)
    assert len(found) == 5000
    assert time.perf_counter() - started < 5


_PIECES = st.sampled_from(
    [
        "“", "”", "「", "」", "‘", "’", "说", "表示", "：", "，", "。", "\n", "站长", "刘洋", "他",
        "大家放心", "的", "、", "地", "(", ")", "称", "被", "据", " ",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=40))
def test_properties(pieces: list[str]) -> None:
    text = "".join(pieces)
    regions = _paragraphs(text)
    found = find_quotes(text, regions)
    assert found == sorted(found, key=lambda q: (q.span.start, q.span.end))
    for q in found:
        assert text[q.span.start] in "“「『"
        assert text[q.span.end - 1] in "”」』"
        if "\n" not in q.text:
            assert q.text == text[q.span.start + 1 : q.span.end - 1]
        assert any(r.span.start <= q.span.start < r.span.end for r in regions)
        if q.speaker_span is not None:
            assert q.speaker_span.start < q.speaker_span.end
            said = text[q.speaker_span.start : q.speaker_span.end]
            assert q.speaker is None or q.speaker in said
            assert q.role is None or q.role in said
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


@pytest.mark.skipif(not SEED.is_file(), reason=f"the shared corpus is not beside the repository ({SHARED})")
def test_seed_release() -> None:
    doc = parse(SEED.read_text(encoding="utf-8"))
    found = find_quotes(doc.text, regions_of(doc))
    assert [(q.role, q.speaker, q.verb) for q in found] == [("项目负责人", "杨亚平", "说")]
    (quote,) = found
    assert quote.text.startswith("2月12日")
    assert doc.text[quote.span.start : quote.span.end] == "“" + quote.text + "”"
