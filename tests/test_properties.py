"""Properties that hold for every input: parse never raises on text, the parts tile it, JSON is exact.

Synthetic releases are built from the parts the conventions name (headline, glued byline, 电头,
numbered headings, paragraphs, credit line, copyright notice, page chrome, junk), so the parser
meets every combination of them, not only the ones the corpus happens to hold.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import pressrelease
from helpers import check_release

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# -- arbitrary text -----------------------------------------------------------------------------

ODD_WHITE = (
    " \t\r\n\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2002\u2003\u2009"
    "\u200b\u200d\u2028\u2029\u202f\u3000\ufeff"
)
FULL_WIDTH = "：，。；！？（）【】「」『』“”‘’《》〈〉、—…·～０１２３４５６７８９ＡＢＣａｂｃ"
CONVENTION_CHARS = (
    "新华社北京电讯本报记者通讯员编辑责编审核校对来源发布时间字号大中小打印分享到版权声明免责凡本网注明完"
    "一二三四五六七八九十〇百千万亿余多第章条年月日时分秒0123456789-/:()[]<>“”"
)

interesting_char = st.one_of(
    st.sampled_from(ODD_WHITE),
    st.sampled_from(FULL_WIDTH),
    st.sampled_from(CONVENTION_CHARS),
    st.characters(exclude_categories=()),  # every code point, lone surrogates included
)
any_text = st.one_of(
    st.text(st.characters(exclude_categories=())),
    st.text(interesting_char, max_size=400),
    st.lists(st.text(interesting_char, max_size=60), max_size=30).map("\n".join),
)


@given(any_text)
@example("")
@example("\ud800")
@example("\u3000\u3000\n\xa0")
@example("\r\n\r\n\r")
@example("新华社北京3月7日电（")
@example("（责任编辑：")
@example("版权声明\n1、")
def test_any_text_parses_and_tiles(text: str) -> None:
    doc = pressrelease.parse(text)
    assert doc.text == text
    check_release(doc)


@given(any_text)
def test_parse_is_deterministic(text: str) -> None:
    first = check_release(pressrelease.parse(text))
    assert pressrelease.parse(text) == first
    assert pressrelease.dumps(pressrelease.parse(text)) == pressrelease.dumps(first)


@given(any_text)
def test_json_round_trip_is_exact(text: str) -> None:
    doc = check_release(pressrelease.parse(text))
    assert pressrelease.loads(pressrelease.dumps(doc)) == doc
    assert pressrelease.loads(pressrelease.dumps(doc, indent=2)) == doc


def test_parse_is_deterministic_across_processes() -> None:
    """Set and dict order must not leak into the output: other hash seeds give the same JSON."""
    inputs = sorted(EXAMPLES.glob("*.txt"))
    assert inputs, f"no example releases in {EXAMPLES}"
    outputs = set()
    for seed in ("0", "1", "4242"):
        run = subprocess.run(
            [sys.executable, "-m", "pressrelease", "--jsonl", *map(str, inputs)],
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1, "the JSON differs between processes"
    for line in next(iter(outputs)).decode("utf-8").splitlines():
        check_release(pressrelease.loads(line))


# -- synthetic releases -------------------------------------------------------------------------

PLACES = ("陕西陇县", "甘肃天水", "浙江安吉", "四川广元", "湖南湘西", "贵州遵义", "河北雄安", "云南大理")
CITIES = ("北京", "上海", "西安", "兰州", "成都", "杭州", "长沙", "昆明", "广州", "郑州")
PROVINCES = ("陕西", "甘肃", "浙江", "四川", "湖南", "贵州", "河北", "云南")
SLOGANS = ("“三抓三做”", "“两手抓”", "“四个到位”", "“五个一”", "“六稳”")
TOPICS = (
    "打好春耕生产硬仗",
    "推动复工复产提速",
    "助力脱贫攻坚决战",
    "扎实做好就业服务",
    "全力保障项目建设",
    "守护群众健康安全",
    "激活乡村振兴动能",
)
SURNAMES = "张王李赵刘陈杨黄周吴孙柳郭何罗"
GIVEN = "三四伟芳娜敏静磊洋勇军杰涛明超华东临"
SOURCES = ("国际在线", "新华网", "某某网", "人民网", "中国政府网", "中央广电总台国际在线", "陇县融媒体中心")
SUBJECTS = ("全县", "各级党组织", "市政府", "有关部门", "广大群众", "该项目", "当地企业", "驻村工作队")
VERBS = ("积极组织", "大力推进", "认真落实", "全面开展", "持续加强", "统筹推进", "扎实做好")
OBJECTS = ("春耕生产", "复工复产", "疫情防控", "脱贫攻坚", "项目建设", "就业服务", "农资供应", "技能培训")
TAILS = ("，各项工作有序推进", "，取得明显成效", "，确保按期完成", "，群众满意度不断提升", "")
HEAD_WORDS = ("加强组织领导", "压实工作责任", "强化要素保障", "优化营商环境", "做好宣传引导", "健全工作机制")
HAN_NUMERALS = "一二三四五六七八九十"
BEIJING = dt.timezone(dt.timedelta(hours=8))
INDENTS = ("\u3000\u3000", "  ", "\xa0\xa0", "\u2003\u2003", "")
CHROME = (
    "字号：大 中 小",
    "【打印】",
    "【关闭】",
    "分享到：",
    "【纠错】",
    "浏览次数：128",
    "扫一扫在手机打开当前页",
)


@st.composite
def names(draw: st.DrawFn) -> str:
    """An invented two- or three-character personal name."""
    surname = draw(st.sampled_from(SURNAMES))
    rest = draw(st.text(st.sampled_from(GIVEN), min_size=1, max_size=2))
    return surname + rest


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """An invented sentence in the register of a government release."""
    subject, verb, obj, tail = (draw(st.sampled_from(s)) for s in (SUBJECTS, VERBS, OBJECTS, TAILS))
    if draw(st.booleans()):
        n = draw(st.integers(2, 9999))
        return f"截至目前，{subject}已累计完成{obj}任务{n}项{tail}。"
    return f"{subject}{verb}{obj}{tail}。"


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(sentences(), min_size=2, max_size=5)))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(PLACES))
    colon = draw(st.sampled_from(("：", ":")))
    slogan = draw(st.sampled_from(SLOGANS))
    topic = draw(st.sampled_from(TOPICS))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f"{place}{colon}{slogan}{topic}"
    if shape == 1:
        return f"{place}{slogan}{topic}"
    return f"{place}{topic}"


@attrs.frozen
class SyntheticByline:
    """A byline as printed and the values it states."""

    text: str
    published: dt.datetime | dt.date
    source: str
    editors: tuple[str, ...]


@st.composite
def bylines(draw: st.DrawFn) -> SyntheticByline:
    """A byline glued together the way HTML-to-text conversion leaves it."""
    d = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    h, m, s = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    stamps: tuple[tuple[str, dt.datetime | dt.date], ...] = (
        (
            f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}",
            dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=BEIJING),
        ),
        (
            f"{d.year}年{d.month:02d}月{d.day:02d}日{h:02d}:{m:02d}",
            dt.datetime(d.year, d.month, d.day, h, m, tzinfo=BEIJING),
        ),
        (f"{d.year}/{d.month}/{d.day}", d),
        (f"{d:%Y-%m-%d}", d),
    )
    stamp, published = draw(st.sampled_from(stamps))
    colon = draw(st.sampled_from(("：", ":")))
    sep = draw(st.sampled_from(("", " ", "\u3000", "  ")))
    source = draw(st.sampled_from(SOURCES))
    editors = [draw(names())]
    fields = [stamp, f"来源{colon}{source}", f"编辑{colon}{editors[0]}"]
    if draw(st.booleans()):
        editors.append(draw(names()))
        fields.append(f"责编{colon}{editors[1]}")
    return SyntheticByline(sep.join(fields), published, source, tuple(editors))


@attrs.frozen
class SyntheticDateline:
    """A 电头 as printed before the first paragraph's text, its ``Dateline.text`` and reporters."""

    opening: str
    text: str
    reporters: tuple[str, ...]


@st.composite
def datelines(draw: st.DrawFn) -> SyntheticDateline:
    city, province = draw(st.sampled_from(CITIES)), draw(st.sampled_from(PROVINCES))
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    reporters = tuple(draw(st.lists(names(), min_size=1, max_size=2, unique=True)))
    shown = " ".join(reporters)
    paren = draw(st.sampled_from((f"（记者 {shown}）", f"(记者{shown})", "")))
    named = reporters if paren else ()
    kind = draw(st.integers(0, 4))
    if kind == 3:
        return SyntheticDateline("本报讯" + (paren or " "), "本报讯", named)
    if kind == 4:
        head = f"国际在线{province}消息"
        return SyntheticDateline(head + draw(st.sampled_from(("：", ":"))), head, ())
    head = (
        f"新华社{city}{month}月{day}日电",
        f"人民网{city}{month}月{day}日电",
        f"中新网{month}月{day}日电",
    )[kind]
    return SyntheticDateline(head + (paren or " "), head, named)


@st.composite
def bodies(draw: st.DrawFn) -> list[str]:
    """Body lines after the first paragraph: numbered headings (maybe nested) with their paragraphs."""
    lines: list[str] = []
    for i in range(draw(st.integers(0, 3))):
        lines.append(f"{HAN_NUMERALS[i]}、{draw(st.sampled_from(HEAD_WORDS))}")
        subs = draw(st.integers(0, 2))
        if subs == 0:
            lines.extend(draw(st.lists(paragraphs(), min_size=1, max_size=3)))
        for k in range(subs):
            lines.append(f"（{HAN_NUMERALS[k]}）{draw(st.sampled_from(HEAD_WORDS))}")
            lines.extend(draw(st.lists(paragraphs(), min_size=1, max_size=2)))
    if not lines:
        lines.extend(draw(st.lists(paragraphs(), max_size=3)))
    return lines


@st.composite
def boilerplates(draw: st.DrawFn) -> list[str]:
    site = draw(st.sampled_from(SOURCES))
    clauses = [
        f"凡本网注明“来源：{site}”的所有作品，版权均属{site}所有，未经授权不得转载。",
        "凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，并不代表本网赞同其观点。",
        "如因作品内容、版权和其他问题需要同本网联系的，请在30日内进行。",
        "违反上述声明者，本网将追究其相关法律责任。",
    ]
    n = draw(st.integers(1, len(clauses)))
    punct = draw(st.sampled_from(("、", ".", "．")))
    return ["版权声明", *(f"{i + 1}{punct}{c}" for i, c in enumerate(clauses[:n]))]


junk_lines = st.one_of(
    st.sampled_from(CHROME),
    st.text(st.sampled_from("abcXYZ0123456789<>/=&;#%*|_-+ "), min_size=1, max_size=40).map(str.strip),
)


@attrs.frozen
class Synthetic:
    """A synthetic release and what the parser must find in it."""

    text: str
    headline: str
    byline: SyntheticByline
    dateline: SyntheticDateline


@st.composite
def releases(draw: st.DrawFn) -> Synthetic:
    headline = draw(headlines())
    byline = draw(bylines())
    dateline = draw(datelines())
    indent = draw(st.sampled_from(INDENTS))
    lines = [headline, byline.text]
    lines.extend(draw(st.lists(st.sampled_from(CHROME), max_size=2)))
    lines.append(indent + dateline.opening + draw(paragraphs()))
    lines.extend(indent + line for line in draw(bodies()))
    if draw(st.booleans()):
        lines.append(f"（责任编辑：{draw(names())}）")
    if draw(st.booleans()):
        lines.extend(draw(boilerplates()))
    lines.extend(draw(st.lists(junk_lines, max_size=3)))
    blank = draw(st.sampled_from(("\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n")))
    trailer = draw(st.sampled_from(("", "\n", "\n\n")))
    return Synthetic(blank.join(lines) + trailer, headline, byline, dateline)


@given(releases())
@example(  # a page widget in brackets after the byline, as HTML-to-text conversion leaves it
    Synthetic(
        "陕西陇县：“三抓三做”打好春耕生产硬仗\n2000-01-01 00:00:00来源：国际在线编辑：张三\n【打印】\n"
        "\u3000\u3000新华社北京1月1日电（记者 李四）全县积极组织春耕生产，各项工作有序推进。",
        "陕西陇县：“三抓三做”打好春耕生产硬仗",
        SyntheticByline(
            "2000-01-01 00:00:00来源：国际在线编辑：张三",
            dt.datetime(2000, 1, 1, tzinfo=BEIJING),
            "国际在线",
            ("张三",),
        ),
        SyntheticDateline("新华社北京1月1日电（记者 李四）", "新华社北京1月1日电", ("李四",)),
    )
)
def test_synthetic_release_is_understood(release: Synthetic) -> None:
    doc = check_release(pressrelease.parse(release.text))
    assert doc.headline is not None and doc.headline.text == release.headline
    assert doc.dateline is not None and doc.dateline.text == release.dateline.text
    assert doc.published == release.byline.published
    assert type(doc.published) is type(release.byline.published), "a date without a time stays a date"
    assert doc.source == release.byline.source
    assert set(release.byline.editors) <= {c.name for c in doc.editors}
    assert set(release.dateline.reporters) <= {c.name for c in doc.authors}


# -- bytes --------------------------------------------------------------------------------------


def _without_diagnostics(doc: pressrelease.Release) -> pressrelease.Release:
    """The release without what depends on the input's encoding (diagnostics, the encoding itself)."""
    return attrs.evolve(doc, diagnostics=(), encoding=None)


@given(releases())
def test_encodings_give_the_same_release(release: Synthetic) -> None:
    text = release.text
    reference = check_release(pressrelease.parse(text))
    encoded = {
        "utf-8": text.encode("utf-8"),
        "utf-8-sig": codecs.BOM_UTF8 + text.encode("utf-8"),
        "gb18030": text.encode("gb18030"),
    }
    with contextlib.suppress(UnicodeEncodeError):  # GBK lacks a few characters (NBSP, U+2003)
        encoded["gbk"] = text.encode("gbk")
    for encoding, data in encoded.items():
        doc = check_release(pressrelease.parse(data))
        assert doc.text == text, f"{encoding} decodes to another text"
        assert _without_diagnostics(doc) == _without_diagnostics(reference), f"{encoding} parses differently"


@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x00")
@example(b"\xef\xbb\xbf\xff")
@example(b"\x80\xff")
@example(b"\x00\x00\x81")
def test_binary_junk_parses_or_raises_decode_error(data: bytes) -> None:
    try:
        doc = pressrelease.parse(data)
    except pressrelease.DecodeError as e:
        assert isinstance(e, pressrelease.PressReleaseError)
        assert str(e), "a DecodeError needs a message"
        return
    check_release(doc)


def test_undecodable_bytes_raise_decode_error() -> None:
    with pytest.raises(pressrelease.DecodeError) as info:
        pressrelease.parse(b"\xff\xff\xff\xff")
    assert isinstance(info.value, ValueError)


@given(
    st.one_of(
        st.none(),
        st.integers(),
        st.floats(allow_nan=False),
        st.lists(st.text(max_size=3), max_size=3),
        st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=3),
        st.tuples(st.text(max_size=3)),
        st.builds(object),
    )
)
def test_other_types_raise_input_type_error(value: Any) -> None:
    with pytest.raises(pressrelease.InputTypeError) as info:
        pressrelease.parse(value)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, pressrelease.PressReleaseError)


# -- adversarial input --------------------------------------------------------------------------

ADVERSARIAL = {
    "one long line": "某" * 300_000,
    "colons": ":" * 300_000,
    "full-width colons": "来源：" * 100_000,
    "nested brackets": "（" * 100_000 + "）" * 100_000,
    "square brackets": "【" * 200_000,
    "reporter parentheses": "（记者 张三）" * 50_000,
    "dates": "2020-03-07 " * 30_000,
    "numbered lines": "一、标题\n" * 5_000,
    "blank lines": "\n" * 100_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_parses_in_bounded_time(name: str) -> None:
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    doc = pressrelease.parse(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"{name}: {elapsed:.1f} s for {len(text)} characters"
    check_release(doc)


# Mutations of realistic releases: the structure may change, the promises may not.
WIDTH_SWAPS = str.maketrans({"：": ":", "，": ",", "（": "(", "）": ")", "。": ".", ":": "：", "(": "（"})


@st.composite
def mutated_releases(draw: st.DrawFn) -> str:
    text = draw(releases()).text
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not text:
            break
        i = draw(st.integers(min_value=0, max_value=len(text) - 1))
        j = draw(st.integers(min_value=i, max_value=min(len(text), i + 40)))
        op = draw(st.sampled_from(("delete", "duplicate", "insert", "widths", "join", "split")))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = (
                text[:i]
                + draw(st.sampled_from(("【", "（", "：", "\u3000", "\n", "一、", "来源:", "(完)")))
                + text[i:]
            )
        elif op == "widths":
            text = text[:i] + text[i:j].translate(WIDTH_SWAPS) + text[j:]
        elif op == "join":
            text = text[:i] + text[i:j].replace("\n", "") + text[j:]
        else:
            text = text[:i] + "\n" + text[i:]
    return text


@given(mutated_releases())
def test_mutated_releases_keep_the_promises(text: str) -> None:
    doc = check_release(pressrelease.parse(text))
    assert doc.text == text


@given(releases())
def test_parsing_the_text_again_gives_the_same_structure(release: Synthetic) -> None:
    first = check_release(pressrelease.parse(release.text.encode("utf-8")))
    again = check_release(pressrelease.parse(first.text))
    assert attrs.evolve(again, encoding=first.encoding) == first
