"""The query API (doc.find, sections_matching, section_path, facts_in) and the headline's structure."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import pressrelease
from pressrelease.facts.headline import headline_facts, slogan_keys
from pressrelease.model import Facts, Paragraph, Quantity, Section, Span

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

NESTED = (
    "某市推进“三抓三促”见实效\n"
    "2022-05-06 10:00 来源：某某网\n\n"
    "一、抓项目建设 促经济回升\n"
    "（一）重点项目\n"
    "全市新开工项目12个，完成投资8.5亿元。\n"
    "（二）产业项目\n"
    "新签约产业项目5个。\n"
    "二、抓复工复产 促稳岗就业\n"
    "全市规上企业复工率达到98%，帮助企业招工3000余人。\n"
    "三、抓民生保障 促社会和谐\n"
    "发放救助资金120万元，惠及群众2000余户。\n"
)


@pytest.fixture(scope="module")
def nested() -> pressrelease.Release:
    return pressrelease.parse(NESTED)


@pytest.fixture(scope="module")
def county() -> pressrelease.Release:
    return pressrelease.parse((EXAMPLES / "county_report.txt").read_text(encoding="utf-8"))


def test_the_fixture_has_the_nested_shape_the_queries_rely_on(nested: pressrelease.Release) -> None:
    assert [s.heading.text for s in nested.sections if s.heading] == [
        "一、抓项目建设 促经济回升",
        "二、抓复工复产 促稳岗就业",
        "三、抓民生保障 促社会和谐",
    ]
    assert [s.heading.text for s in nested.sections[0].subsections if s.heading] == [
        "（一）重点项目",
        "（二）产业项目",
    ]


def test_sections_matching_searches_every_depth(nested: pressrelease.Release) -> None:
    assert [s.heading.text for s in nested.sections_matching("项目") if s.heading] == [
        "一、抓项目建设 促经济回升",
        "（一）重点项目",
        "（二）产业项目",
    ]
    assert nested.sections_matching(regex.compile(r"^二、")) == (nested.sections[1],)
    assert nested.sections_matching("没有这样的标题") == ()


def test_find_paragraphs_by_section_and_pattern(nested: pressrelease.Release) -> None:
    in_first = nested.find("paragraph", section="抓项目")
    assert [p.text[:4] for p in in_first] == ["全市新开", "新签约产"]
    # a subsection heading narrows it; a pattern filters the text
    assert [p.text[:3] for p in nested.find("paragraph", section="产业项目")] == ["新签约"]
    assert [p.text[:4] for p in nested.find("paragraph", pattern=r"\d+余")] == ["全市规上", "发放救助"]
    # a Section object or a span works as the section too
    second = nested.sections[1]
    assert nested.find("paragraph", section=second) == second.paragraphs
    assert nested.find("paragraph", section=second.span) == second.paragraphs


def test_find_other_kinds(nested: pressrelease.Release) -> None:
    assert len(nested.find("heading")) == 5
    assert len(nested.find("section")) == 5
    assert [p.kind for p in nested.find("byline")] == ["byline"]
    assert nested.find("credits") == ()


def test_where_filters_compare_or_call(nested: pressrelease.Release) -> None:
    headings = nested.find("heading", level=2)
    assert [h.text for h in headings] == ["（一）重点项目", "（二）产业项目"]
    assert nested.find("heading", level=lambda v: v > 2) == ()
    assert nested.find("heading", no_such_attribute=1) == ()


def test_section_path_is_outermost_first(nested: pressrelease.Release) -> None:
    target = nested.find("paragraph", pattern="新签约")[0]
    path = nested.section_path(target)
    assert [s.heading.text for s in path if s.heading] == ["一、抓项目建设 促经济回升", "（二）产业项目"]
    assert nested.section_path(Span(0, 2)) == ()  # the headline lies outside the body
    with pytest.raises(TypeError):
        nested.section_path(object())


def test_facts_in_keeps_only_what_lies_inside(nested: pressrelease.Release) -> None:
    first = nested.sections[0]
    fake = Facts(
        quantities=(
            Quantity(
                text="12个",
                span=Span(first.span.start + 1, first.span.start + 3),
                part="paragraph",
                value=12.0,
            ),
            Quantity(
                text="far", span=Span(len(nested.text) - 2, len(nested.text) - 1), part="paragraph", value=1.0
            ),
        )
    )
    object.__setattr__(nested, "facts", fake)  # as serialize.from_dict does
    try:
        inside = nested.facts_in(first)
        assert [q.text for q in inside.quantities] == ["12个"]
        assert inside.headline is None
        assert [q.text for q in nested.find("quantity", section="抓项目")] == ["12个"]
        assert [q.text for q in nested.find(None)] == ["12个", "far"]
    finally:
        object.__delattr__(nested, "facts")


def test_headline_place_and_slogan_link_the_headings(county: pressrelease.Release) -> None:
    facts = headline_facts(county)
    assert facts is not None
    assert facts.place == "澄岚县"
    assert facts.slogan == "两抓两促"
    assert facts.place_span is not None and county.text_of(facts.place_span) == "澄岚县"
    assert facts.slogan_span is not None and county.text_of(facts.slogan_span) == "两抓两促"
    linked = [county.text_of(s) for s in facts.slogan_headings]
    assert linked == [h.text for h in county.headings]
    assert all(t.startswith("抓") and "促" in t for t in linked)


def test_headline_slogan_links_nested_headings(nested: pressrelease.Release) -> None:
    facts = headline_facts(nested)
    assert facts is not None and facts.place is None  # 某市推进… has no colon
    assert facts.slogan == "三抓三促"
    assert len(facts.slogan_headings) == 3


@pytest.mark.parametrize(
    ("slogan", "keys"),
    [
        ("三抓三做", ("抓", "做")),
        ("五抓五促", ("抓", "促")),
        ("一抓两促三提升", ("抓", "促", "提升")),
        ("三个聚焦", ("聚焦",)),
        ("两会", ()),
        ("一线", ()),
        ("双随机、一公开", ()),
        ("服务员", ()),
    ],
)
def test_slogan_keys(slogan: str, keys: tuple[str, ...]) -> None:
    assert slogan_keys(slogan) == keys


def test_no_headline_structure_without_prefix_or_slogan() -> None:
    doc = pressrelease.parse("国务院召开常务会议部署春耕工作\n\n会议指出，要抓好春耕生产。\n")
    assert headline_facts(doc) is None


def test_paragraph_and_section_types(nested: pressrelease.Release) -> None:
    assert all(isinstance(p, Paragraph) for p in nested.find("paragraph"))
    assert all(isinstance(s, Section) for s in nested.find("section"))


def test_what_is_positional_so_kind_filters_the_items() -> None:
    doc = pressrelease.parse((EXAMPLES / "spring_projects.txt").read_text(encoding="utf-8"))
    banks = doc.find("organisation", kind="bank")
    assert banks and all(o.kind == "bank" for o in banks)
    relative = doc.find("date", kind="relative")
    assert relative and all(d.kind == "relative" for d in relative)
    assert len(relative) < len(doc.facts.dates)
    money = doc.find("quantity", section="要素", unit_class="money")
    assert [q.text for q in money] == ["3.2亿元"] and money[0].value == 3.2e8


def test_facts_of_the_spring_example() -> None:
    """The example release behind docs/facts.md: what the page says it finds."""
    doc = pressrelease.parse((EXAMPLES / "spring_projects.txt").read_text(encoding="utf-8"))
    facts = doc.facts
    head = facts.headline
    assert head is not None and head.place == "浙江安吉" and head.slogan == "三抢三促"
    assert [doc.text_of(s)[:3] for s in head.slogan_headings] == ["抢开工", "抢要素", "抢用工"]
    (quote,) = facts.quotes
    assert (quote.role, quote.speaker, quote.verb) == ("项目负责人", "吴建平", "说")
    assert doc.section_path(quote)[0].heading is not None
    chain = next(p for p in facts.places if p.text == "浙江省湖州市安吉县")
    assert chain.code == "330523"
    assert (chain.province, chain.prefecture, chain.county) == ("浙江省", "湖州市", "安吉县")
    quarter = next(d for d in facts.dates if d.text == "今年一季度")
    assert (str(quarter.start), str(quarter.end)) == ("2023-01-01", "2023-03-31")
    assert quarter.precision == "quarter"
    day = next(d for d in facts.dates if d.text.startswith("3月8日"))
    assert (str(day.start), day.part_of_day) == ("2023-03-08", "上午")
    total = next(q for q in facts.quantities if q.text == "约186亿元")
    assert (total.value, total.unit, total.unit_class, total.qualifier) == (1.86e10, "元", "money", "约")
