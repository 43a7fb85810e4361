"""Quantities: amounts with their value, unit, class and qualifier, and what is not an amount.

The phrases are written for these tests, imitating how releases print amounts; the seed release of
the shared corpus is checked as a whole when ``../shared`` is beside the repository.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import parse
from pressrelease.facts.quantities import find_quantities
from pressrelease.facts.regions import Region, regions_of
from pressrelease.model import Quantity, Span
from pressrelease.numerals import cn_to_int, cn_to_number

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "cri" / "cri-20200307-longxian.txt"

Row = tuple[str, float, str, str, str | None, float | None]
"""text, value, unit, unit_class, qualifier, upper"""


def _found(sentence: str) -> list[Quantity]:
    return find_quantities(sentence, [Region("paragraph", Span(0, len(sentence)))])


def _rows(sentence: str) -> list[Row]:
    return [(q.text, q.value, q.unit or "", q.unit_class, q.qualifier, q.upper) for q in _found(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Arabic and full-width digits, 万/亿, decimals, thousands separators
        ("新建标准厂房8万平方米。", [("8万平方米", 80000.0, "平方米", "area", None, None)]),
        ("项目总投资56亿元。", [("56亿元", 5.6e9, "元", "money", None, None)]),
        ("融资意向3000万元。", [("3000万元", 3e7, "元", "money", None, None)]),
        ("线路全长12.345公里。", [("12.345公里", 12.345, "公里", "length", None, None)]),
        ("共有1,256人报名。", [("1,256人", 1256.0, "人", "people", None, None)]),
        ("储备化肥２４００吨。", [("２４００吨", 2400.0, "吨", "weight", None, None)]),
        ("年运力１．５万辆次。", [("１．５万辆次", 15000.0, "辆次", "count", None, None)]),
        ("完成投资3千万元。", [("3千万元", 3e7, "元", "money", None, None)]),
        ("计划造林6000亩。", [("6000亩", 6000.0, "亩", "area", None, None)]),
        ("蓄水2.5万立方米。", [("2.5万立方米", 25000.0, "立方米", "volume", None, None)]),
        ("全程8千米。", [("8千米", 8.0, "千米", "length", None, None)]),
        # Chinese numerals, 两, 〇, 十七
        ("涉及一百二十三亿元资金。", [("一百二十三亿元", 1.23e10, "元", "money", None, None)]),
        ("选派两名技术员。", [("两名", 2.0, "名", "people", None, None)]),
        ("出台七项举措。", [("七项", 7.0, "项", "count", None, None)]),
        ("共十七个村参与。", [("十七个", 17.0, "个", "count", None, None)]),
        ("历时一百〇五天。", [("一百〇五天", 105.0, "天", "duration", None, None)]),
        ("建成三百五十座大棚。", [("三百五十座", 350.0, "座", "count", None, None)]),
        (
            "派出两名司机和一名向导。",
            [("两名", 2.0, "名", "people", None, None), ("一名", 1.0, "名", "people", None, None)],
        ),
        # percentages and 成
        ("合格率达98.5%。", [("98.5%", 98.5, "%", "percent", None, None)]),
        ("同比增长１２％。", [("１２％", 12.0, "％", "percent", None, None)]),
        ("约三成农户参与。", [("约三成", 30.0, "成", "percent", "约", None)]),
        ("产量提高了百分之十五。", [("百分之十五", 15.0, "百分之", "percent", None, None)]),
        ("比上年高出2.5个百分点。", [("2.5个百分点", 2.5, "个百分点", "percent", None, None)]),
        # qualifiers before and after
        ("组织360余名党员。", [("360余名", 360.0, "名", "people", "余", None)]),
        ("报名人数达到800多名。", [("800多名", 800.0, "名", "people", "多", None)]),
        ("受益群众约2万人。", [("约2万人", 20000.0, "人", "people", "约", None)]),
        ("近5年来持续投入。", [("近5年", 5.0, "年", "duration", "近", None)]),
        ("发放补贴超过1200万元。", [("超过1200万元", 1.2e7, "元", "money", "超过", None)]),
        ("培训逾3000人次。", [("逾3000人次", 3000.0, "人次", "people", "逾", None)]),
        ("参会代表多达500人。", [("多达500人", 500.0, "人", "people", "多达", None)]),
        ("面积不足50亩。", [("不足50亩", 50.0, "亩", "area", "不足", None)]),
        ("规模在200人左右。", [("200人左右", 200.0, "人", "people", "左右", None)]),
        ("投资5000万元以上。", [("5000万元以上", 5e7, "元", "money", "以上", None)]),
        ("筹集资金2000余万元。", [("2000余万元", 2e7, "元", "money", "余", None)]),
        ("耗时1年多。", [("1年多", 1.0, "年", "duration", "多", None)]),
        ("历时3个多月。", [("3个多月", 3.0, "个月", "duration", "多", None)]),
        ("约500米左右。", [("约500米左右", 500.0, "米", "length", "约…左右", None)]),
        # ranges
        ("培训期为3至5年。", [("3至5年", 3.0, "年", "duration", None, 5.0)]),
        ("每组10-15名学员。", [("10-15名", 10.0, "名", "people", None, 15.0)]),
        ("每村配备3—5个服务点。", [("3—5个", 3.0, "个", "count", None, 5.0)]),
        ("补贴1至2万元。", [("1至2万元", 10000.0, "元", "money", None, 20000.0)]),
        ("带动20万至30万人就业。", [("20万至30万人", 200000.0, "人", "people", None, 300000.0)]),
        ("增幅在3%~5%之间。", [("3%~5%", 3.0, "%", "percent", None, 5.0)]),
        ("期限为6个月至12个月。", [("6个月至12个月", 6.0, "个月", "duration", None, 12.0)]),
        ("聘请三四个讲师。", [("三四个", 3.0, "个", "count", None, 4.0)]),
        ("需要两三万元。", [("两三万元", 20000.0, "元", "money", None, 30000.0)]),
        ("力争三到五年完成。", [("三到五年", 3.0, "年", "duration", None, 5.0)]),
        # durations, halves, days as a count
        ("为期两天半的培训。", [("两天半", 2.5, "天", "duration", None, None)]),
        ("学制两个半月。", [("两个半月", 2.5, "个月", "duration", None, None)]),
        ("应在15个工作日内办结。", [("15个工作日", 15.0, "个工作日", "duration", None, None)]),
        ("自受理之日起20日内答复。", [("20日", 20.0, "日", "duration", None, None)]),
        ("提前3天报名。", [("3天", 3.0, "天", "duration", None, None)]),
        ("9日、10日两天停运。", [("两天", 2.0, "天", "duration", None, None)]),
        # rates and other units
        ("收购价为2400元/吨。", [("2400元/吨", 2400.0, "元/吨", "other", None, None)]),
        ("增长了3倍。", [("3倍", 3.0, "倍", "other", None, None)]),
        ("当地发生5.2级地震。", [("5.2级", 5.2, "级", "other", None, None)]),
        ("年满60周岁的老人。", [("60周岁", 60.0, "周岁", "other", None, None)]),
        ("投资200万美元。", [("200万美元", 2e6, "美元", "other", None, None)]),
        # Traditional script
        ("共修改了12處。", [("12處", 12.0, "处", "count", None, None)]),
        ("未來兩個星期內完成。", [("兩個星期", 2.0, "个星期", "duration", None, None)]),
    ],
)
def test_amounts(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # dates and clock times belong to the date extractor
        "3月7日召开会议。",
        "2020年全县经济平稳。",
        "2019-2020年度工作总结。",
        "2010年左右开始试点。",
        "下午3时举行。",
        "16时21分56秒发布。",
        "二〇二〇年三月七日",
        # ordinals, ranks, sessions, levels
        "第一书记深入一线。",
        "第3批项目开工。",
        "排名前3名。",
        "十三届人大二次会议开幕。",
        "召开市六次党代会。",
        "启动四级应急响应。",
        "100亿级项目落地。",
        "二期工程开工。",
        # idioms and slogans with numerals
        "坚持一手抓防控，一手抓生产。",
        "做到‘两手抓’。",
        "深化“三抓三做”。",
        "实行一对一帮扶。",
        "推行一企一策。",
        "做到一人一档。",
        "增强四个意识，做到两个维护。",
        "实现两个一百年奋斗目标。",
        "统筹推进五位一体总体布局。",
        "推行“三项制度”。",
        "落实八项规定精神。",
        "提供一条龙服务。",
        "一次性补助。",
        "统一部署。",
        "新一轮改革。",
        "三次产业协调发展。",
        # an indefinite 一 with a counter
        "这是一项重要工作。",
        "招录了一批员工。",
        "探索出一种新模式。",
        # vague amounts
        "数十个村庄。",
        "几十名志愿者。",
        "千家万户。",
        # numbers in names and codes
        "5G基站建设。",
        "G20峰会召开。",
        "抗击COVID-19疫情。",
        "国办发〔2020〕3号",
        "十四五规划。",
        "五家渠市召开会议。",
        # words that start with a unit character
        "全力支持企业。",
        "3项目开工。",
        "一成不变。",
        "成立了专班。",
        # bare numbers
        "编号为12345。",
        "增长了1.5。",
    ],
)
def test_not_amounts(sentence: str) -> None:
    assert _rows(sentence) == []


def test_only_regions_are_read() -> None:
    text = "编辑：张三 电话12345678\n全县新增就业3000人。\n（完）共2页"
    body = Span(text.index("全县"), text.index("。") + 1)
    found = find_quantities(text, [Region("paragraph", body)])
    assert [(q.text, q.part) for q in found] == [("3000人", "paragraph")]
    assert found[0].span.start == text.index("3000人")


def test_regions_keep_their_part() -> None:
    text = "建成5个基地\n全县投入资金2亿元。"
    regions = [Region("headline", Span(0, 6)), Region("paragraph", Span(7, len(text)))]
    assert [(q.text, q.part) for q in find_quantities(text, regions)] == [
        ("5个", "headline"),
        ("2亿元", "paragraph"),
    ]


def test_a_qualifier_that_ends_another_word_is_left_out() -> None:
    assert _rows("签约3个项目。") == [("3个", 3.0, "个", "count", None, None)]
    assert _rows("附近500米。") == [("500米", 500.0, "米", "length", None, None)]


def test_post_qualifier_多_only_after_a_duration() -> None:
    # 3台多功能设备: 多 opens the next word, it does not qualify 3台
    assert _rows("采购3台多功能设备。") == [("3台", 3.0, "台", "count", None, None)]


# --- properties -----------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789０１２３.．,，-—至到~%％一二两三四五六七八九十百千万亿〇零点余多约近超过以上左右")
    + list("名人个月年天日元吨亩平方米公里成项批第前数统一“”、。 \n")
    + ["个月", "平方米", "万元", "百分之", "个百分点", "以上", "左右", "超过", "多达"]
)
_TEXTS = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=80)


@st.composite
def _text_and_regions(draw: st.DrawFn) -> tuple[str, list[Region]]:
    text = draw(_TEXTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    regions = [Region("paragraph", Span(a, b)) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    return text, regions


@given(_text_and_regions())
def test_properties(case: tuple[str, list[Region]]) -> None:
    text, regions = case
    found = find_quantities(text, regions)  # never raises
    for q in found:
        assert q.text == text[q.span.start : q.span.end]
        assert q.text
        assert any(r.span.contains(q.span) and r.part == q.part for r in regions)
        assert q.upper is None or q.upper > q.value
    starts = [(q.span.start, q.span.end) for q in found]
    assert starts == sorted(starts)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts))


@given(st.integers(1, 10**12), st.sampled_from(["名", "吨", "个", "亩", "公里"]))
def test_arabic_values_round_trip(n: int, unit: str) -> None:
    sentence = f"共计{n}{unit}。"
    rows = _rows(sentence)
    assert rows and rows[0][0] == f"{n}{unit}" and rows[0][1] == float(n)


# --- the seed release -----------------------------------------------------------------------------

SEED_AMOUNTS: list[tuple[str, float, str, str | None]] = [
    ("10万平方米", 100000.0, "平方米", None),
    ("39名", 39.0, "名", None),
    ("360余名", 360.0, "名", "余"),
    ("140个", 140.0, "个", None),
    ("七项", 7.0, "项", None),
    ("4个", 4.0, "个", None),
    ("5000万元", 5e7, "元", None),
    ("123亿元", 1.23e10, "元", None),
    ("70个", 70.0, "个", None),
    ("21户", 21.0, "户", None),
    ("100%", 100.0, "%", None),
    ("320余名", 320.0, "名", "余"),
    ("38家", 38.0, "家", None),
    ("3500个", 3500.0, "个", None),
    ("900多名", 900.0, "名", "多"),
    ("10支", 10.0, "支", None),
    ("两名", 2.0, "名", None),
    ("一名", 1.0, "名", None),
    ("23批", 23.0, "批", None),
    ("1318人", 1318.0, "人", None),
    ("132名", 132.0, "名", None),
    ("6个月", 6.0, "个月", None),
    ("1000元", 1000.0, "元", None),
    ("104名", 104.0, "名", None),
    ("272名", 272.0, "名", None),
    ("100余名", 100.0, "名", "余"),
    ("3600吨", 3600.0, "吨", None),
]


@pytest.mark.skipif(not SEED.is_file(), reason=f"the shared corpus is not beside the repository ({SHARED})")
def test_seed_release() -> None:
    doc = parse(SEED.read_text(encoding="utf-8"))
    found = find_quantities(doc.text, regions_of(doc))
    headline = [q.text for q in found if q.part == "headline"]
    body = [(q.text, q.value, q.unit, q.qualifier) for q in found if q.part != "headline"]
    # the headline's 两场 (两场硬仗) is counted, as the gold set (tests/facts_gold.json) has it
    assert headline == ["两场"]
    assert body == SEED_AMOUNTS
    texts = {q.text for q in found}
    # its idioms and slogans are not amounts: 一手抓, 两手抓, 一对一, 一企一策, 一线, 第一书记, 一批, 三级
    assert not texts & {"一手", "两手", "一对", "一企", "一线", "一书", "一批", "三级", "一股"}


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("四十五点六", 45.6),
        ("零点五", 0.5),
        ("1.23456万", 12345.6),
        ("１．５", 1.5),
        ("1,234.5", 1234.5),
        ("一百二十三亿", 1.23e10),
        ("两", 2.0),
        ("〇", 0.0),
    ],
)
def test_cn_to_number_reads_decimals(numeral: str, value: float) -> None:
    assert cn_to_number(numeral) == pytest.approx(value)
    assert cn_to_int(numeral) == (int(value) if value == int(value) else None)


@pytest.mark.parametrize("text", ["三十余", "一点", "3.", "百", "1.5.2"])
def test_cn_to_number_rejects(text: str) -> None:
    assert cn_to_number(text) is None
