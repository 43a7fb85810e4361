# ruff: noqa: E501 -- the releases below are printed one paragraph per line, as published
"""Outlet identification: the publisher registry's own examples, releases written in the styles of
several outlets, user-registered publishers, and identification over the shared corpus.

Every release here is invented text; none is copied from the corpus.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import pressrelease
from helpers import check_release
from pressrelease import outlets
from pressrelease.outlets import (
    PUBLISHERS,
    Publisher,
    identify_outlet,
    normalise,
    register,
    resolve,
    unregister,
)
from pressrelease.publishers import BUILTIN, FAMILIES, KINDS, Family

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DOCS = Path(__file__).resolve().parents[1] / "docs"


def parse(text: str | bytes) -> pressrelease.Release:
    """Parse and check every invariant of the release."""
    return check_release(pressrelease.parse(text))


# --------------------------------------------------------------------------------------------------
# The registry's data
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("publisher", BUILTIN, ids=[p.name for p in BUILTIN])
def test_publisher_examples(publisher: Publisher) -> None:
    """Every example names the publisher; no counter-example does."""
    assert publisher.examples, f"{publisher.name} has no examples"
    assert publisher.counter_examples, f"{publisher.name} has no counter-examples"
    for name in (publisher.name, *publisher.examples):
        hit = resolve(name)
        assert hit is not None and hit.publisher is publisher, f"{name!r} resolved to {hit}"
        assert hit.name == publisher.name and hit.kind == publisher.kind
    for name in publisher.counter_examples:
        hit = resolve(name)
        assert hit is None or hit.publisher is not publisher, f"{name!r} wrongly resolved to {publisher.name}"


@pytest.mark.parametrize("fam", FAMILIES, ids=[f.name for f in FAMILIES])
def test_family_examples(fam: Family) -> None:
    """Every example is recognised by this family (not an earlier one), returned as printed."""
    assert fam.pattern.examples and fam.pattern.counter_examples
    for name in fam.pattern.examples:
        assert fam.pattern.regex.fullmatch(normalise(name)), f"{fam.name} does not match {name!r}"
        hit = resolve(name)
        assert hit is not None and hit.family == fam.name, f"{name!r} resolved to {hit}"
        assert hit.kind == fam.kind and hit.publisher is None
        assert normalise(hit.name) in normalise(name), f"{hit.name!r} is not printed in {name!r}"
    for name in fam.pattern.counter_examples:
        assert not fam.pattern.regex.fullmatch(normalise(name)), f"{fam.name} matches {name!r}"


def test_registry_is_well_formed() -> None:
    """Valid kinds; no alias, domain or canonical name claimed by two publishers."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for p in BUILTIN:
        assert p.kind in KINDS, p
        assert p.doc, f"{p.name} has no doc"
        for alias in p.names():
            key = alias.replace(" ", "").casefold()
            assert names.setdefault(key, p.name) == p.name, f"{alias!r}: {names[key]} and {p.name}"
        for domain in p.domains:
            assert domain == domain.lower() and "/" not in domain and not domain.startswith("."), domain
            assert domains.setdefault(domain, p.name) == p.name, f"{domain}: {domains[domain]} and {p.name}"
        for template in (*p.credits, *p.rights, *p.marks):
            assert template.count("…") <= 3, template
            assert template.replace("…", "").strip(), template


def test_traditional_spellings_resolve() -> None:
    """Every alias converted to Traditional (mainland, Hong Kong, Taiwan forms) names the same house.

    The one intended exception: 文汇报 (Shanghai) in Traditional is 文匯報, Hong Kong's paper.
    """
    opencc = pytest.importorskip("opencc")
    exceptions = {("文汇报", "文汇报")}
    for config in ("s2t", "s2hk", "s2tw"):
        convert = opencc.OpenCC(config).convert
        for p in BUILTIN:
            for alias in p.names():
                if (p.name, alias) in exceptions:
                    continue
                hit = resolve(convert(alias))
                assert hit is not None and hit.publisher is p, f"{config}: {convert(alias)!r} -> {hit}"


@pytest.mark.parametrize(
    ("publisher", "form"),
    [(p, form) for p in BUILTIN for form in p.datelines],
    ids=[f"{p.name}:{form}" for p in BUILTIN for form in p.datelines],
)
def test_dateline_forms(publisher: Publisher, form: str) -> None:
    """A release opening with each of a publisher's dateline forms is identified as that publisher."""
    doc = parse(f"某地举办春季农产品展销会\n\n　　{form}某地春季农产品展销会7日开幕，吸引众多客商参展。\n")
    assert doc.outlet is not None, f"{form!r}: no outlet (dateline {doc.dateline})"
    assert doc.outlet.name == publisher.name, (form, doc.outlet)


BODY = "　　某地3月7日召开春耕生产工作会议，部署农资供应、技术服务和农田水利建设等工作。\n"


def _fill(template: str, filler: str) -> str:
    return template.replace("…", filler)


@pytest.mark.parametrize(
    ("publisher", "wording"),
    [(p, t) for p in BUILTIN for t in (*p.rights, *p.marks)],
    ids=[f"{p.name}:{t}" for p in BUILTIN for t in (*p.rights, *p.marks)],
)
def test_page_wording(publisher: Publisher, wording: str) -> None:
    """A release whose page prints a publisher's rights wording or house mark is identified as it."""
    line = _fill(wording, "12" if wording in publisher.marks else "张三")
    doc = parse(f"某地部署春耕生产\n\n{BODY}\n{line}\n")
    assert doc.outlet is not None and doc.outlet.name == publisher.name, (line, doc.outlet)
    assert doc.outlet.confidence >= 0.5
    assert any(e.startswith(("boilerplate=", "mark=", "footer=")) for e in doc.outlet.evidence)


@pytest.mark.parametrize(
    ("publisher", "wording"),
    [(p, t) for p in BUILTIN for t in p.credits],
    ids=[f"{p.name}:{t}" for p in BUILTIN for t in p.credits],
)
def test_credit_wording(publisher: Publisher, wording: str) -> None:
    """A publisher's credit wording adds to it when it is named otherwise, and names no one alone."""
    line = _fill(wording, "张三")
    alone = parse(f"某地部署春耕生产\n\n{BODY}{line}\n")
    assert alone.outlet is None or alone.outlet.name != publisher.name or alone.outlet.confidence < 0.5
    named = parse(f"某地部署春耕生产\n来源：{publisher.name}\n\n{BODY}{line}\n")
    assert named.outlet is not None and named.outlet.name == publisher.name
    assert f"credits={wording}" in named.outlet.evidence or f"convention={wording}" in named.outlet.evidence


# --------------------------------------------------------------------------------------------------
# Releases in the styles of several outlets (invented text)
# --------------------------------------------------------------------------------------------------

XINHUA_DISPATCH = """\
西川省桐原市新建农村养老服务驿站投入运营
2023-03-07 10:21:56　来源：新华网

　　新华社西川3月7日电（记者 林安澜 邵启航）记者从西川省民政厅获悉，桐原市首批农村养老服务驿站7日起投入运营，可为周边村庄老年人提供助餐、日间照料等服务。
　　据介绍，驿站由村集体提供场地，县级财政给予运营补贴。（完）
【纠错】【责任编辑:周小川】
"""

PEOPLE_ARTICLE = """\
多地推进城乡供水一体化
2023年03月07日08:41　来源：人民网－人民日报

　　本报北京3月6日电　（记者 王清扬）记者从水利部获悉，今年以来多地加快推进城乡供水一体化，农村自来水普及率持续提高。
　　水利部有关负责人表示，将继续加大投入，完善工程运行管护机制。
　　《 人民日报 》（ 2023年03月07日 04 版）
（责编：李明、赵欣）
"""

COUNTY_PORTAL_HTML = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>桐原县人民政府</title></head>
<body>
<div class="top"><p>欢迎访问桐原县人民政府网站</p></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">您当前的位置：首页 &gt; 要闻动态 &gt; 正文</div>
<div class="article">
<h1>西川省首批农村养老服务驿站投入运营</h1>
<p class="info">来源：新华网　发布时间：2023-03-07 11:05　浏览次数：</p>
<p>　　新华社西川3月7日电（记者 林安澜）记者从西川省民政厅获悉，全省首批农村养老服务驿站7日起投入运营，可为老年人提供助餐、日间照料等服务。</p>
<p>　　据介绍，驿站由村集体提供场地，县级财政给予运营补贴。</p>
</div>
<div class="footer">
<p>主办：桐原县人民政府办公室　承办：桐原县大数据中心</p>
<p>版权所有：桐原县人民政府　西ICP备12345678号　网站标识码：9999000001</p>
</div>
</body></html>
"""

HK_PRESS_RELEASE = """\
行政長官出席社區園圃開幕典禮致辭（只有中文）
*******************

  以下是行政長官今日（三月七日）上午出席社區園圃開幕典禮的致辭全文：

各位嘉賓、各位朋友：

  大家好！很高興今日與大家一同見證社區園圃開幕。園圃為市民提供種植和休憩的空間，亦讓不同年齡的街坊有更多交流的機會。

  多謝大家。

完

2023年3月7日（星期二）
香港時間12時30分
"""

LOCAL_PAPER = """\
桐原县召开春耕生产调度会
来源：桐原日报　2023-03-07

　　本报讯（记者 邵启航 通讯员 林安澜）3月6日，桐原县召开春耕生产调度会，部署农资供应和农技服务工作。
　　会议要求，各乡镇要抓好春播备耕，确保不误农时。
"""


def test_xinhua_dispatch() -> None:
    doc = parse(XINHUA_DISPATCH)
    outlet = doc.outlet
    assert outlet is not None
    assert (outlet.name, outlet.kind) == ("新华社", "agency")
    assert outlet.confidence >= 0.8
    assert "dateline.agency=新华社" in outlet.evidence
    assert "source=新华网" in outlet.evidence


def test_people_article() -> None:
    doc = parse(PEOPLE_ARTICLE)
    outlet = doc.outlet
    assert outlet is not None
    assert (outlet.name, outlet.kind) == ("人民日报", "national_media")
    assert outlet.confidence >= 0.5
    assert "source=人民网－人民日报" in outlet.evidence
    assert any(e.startswith("dateline.house=") for e in outlet.evidence), outlet.evidence


def test_county_portal_reprinting_xinhua() -> None:
    """The page's publisher is the outlet; the reprinted dispatch's agency and 来源 are evidence."""
    pytest.importorskip("selectolax")
    doc = parse(COUNTY_PORTAL_HTML.encode("utf-8"))
    assert doc.input_kind == "html"
    outlet = doc.outlet
    assert outlet is not None
    assert (outlet.name, outlet.kind) == ("桐原县人民政府", "government_portal")
    assert outlet.confidence >= 0.5
    assert any(e.startswith("footer=") for e in outlet.evidence), outlet.evidence
    assert "reprint.source=新华网" in outlet.evidence
    assert "reprint.dateline.agency=新华社" in outlet.evidence
    assert "family=government_portal.people_government" in outlet.evidence


def test_county_portal_as_text() -> None:
    """The same page as extracted text: the footer still names the portal."""
    text = (
        "西川省首批农村养老服务驿站投入运营\n来源：新华网　发布时间：2023-03-07 11:05\n\n"
        "　　新华社西川3月7日电（记者 林安澜）全省首批农村养老服务驿站7日起投入运营。\n\n"
        "主办：桐原县人民政府办公室\n版权所有：桐原县人民政府　西ICP备12345678号\n"
    )
    outlet = parse(text).outlet
    assert outlet is not None and outlet.name == "桐原县人民政府"
    assert "reprint.dateline.agency=新华社" in outlet.evidence


def test_hong_kong_press_release_in_traditional() -> None:
    doc = parse(HK_PRESS_RELEASE)
    outlet = doc.outlet
    assert outlet is not None
    assert (outlet.name, outlet.kind) == ("香港特区政府新闻公报", "government_portal")
    assert outlet.confidence >= 0.5
    assert "mark=香港时间…时…分" in outlet.evidence


def test_local_paper_house_dateline() -> None:
    """本报讯 names no one itself: the paper named in the 来源 is the publisher."""
    doc = parse(LOCAL_PAPER)
    assert doc.dateline is not None and doc.dateline.agency is None
    outlet = doc.outlet
    assert outlet is not None
    assert (outlet.name, outlet.kind) == ("桐原日报", "local_media")
    assert "source=桐原日报" in outlet.evidence
    assert "dateline.house=本报讯" in outlet.evidence
    assert "family=local_media.paper" in outlet.evidence
    assert outlet.confidence >= 0.6


def test_local_paper_named_by_its_rights_notice() -> None:
    text = (
        LOCAL_PAPER.replace("来源：桐原日报　", "")
        + "\n凡本报记者署名的文字、图片，版权均属桐原日报社所有，未经授权不得转载。\n"
    )
    outlet = parse(text).outlet
    assert outlet is not None and (outlet.name, outlet.kind) == ("桐原日报社", "local_media")
    assert any(e.startswith("boilerplate=") for e in outlet.evidence)


def test_traditional_mirror_of_a_mainland_release() -> None:
    text = "多地推進城鄉供水一體化\n2023年03月07日08:41來源:人民網-人民日報\n\n　　本報北京3月6日電（記者 王清揚）記者從水利部獲悉，多地加快推進城鄉供水一體化。\n（責編:李明、趙欣）\n"
    outlet = parse(text).outlet
    assert outlet is not None and outlet.name == "人民日报"
    assert "credits=（责编：…、…）" in outlet.evidence


def test_unknown_source_is_other_at_reduced_confidence() -> None:
    outlet = parse(f"某地部署春耕生产\n来源：某某研究会\n\n{BODY}").outlet
    assert outlet is not None and (outlet.name, outlet.kind) == ("某某研究会", "other")
    assert outlet.confidence == pytest.approx(outlets.WEIGHTS["source"] * outlets.UNRECOGNISED)


def test_nothing_names_a_publisher() -> None:
    assert parse(f"某地部署春耕生产\n\n{BODY}").outlet is None
    assert parse("").outlet is None


def test_identification_is_deterministic_and_bounded() -> None:
    for text in (XINHUA_DISPATCH, PEOPLE_ARTICLE, HK_PRESS_RELEASE, LOCAL_PAPER):
        doc = parse(text)
        again = identify_outlet(doc)
        assert again == doc.outlet
        assert again is not None and 0.0 <= again.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "版权所有" * 200_000,
        ("凡本网注明“来源：" * 50_000) + "\n",
        "新华社" * 300_000,
        ("中国政府网\n" * 100_000),
        ("版权所有：某某网 www.example.com.cn\n" * 50_000),
    ],
    ids=["copyright-run", "rights-run", "alias-run", "many-lines", "many-footers"],
)
def test_identification_cost_is_bounded(text: str) -> None:
    """Only a bounded number of lines and characters is read, whatever the input."""
    doc = pressrelease.parse(text)
    start = time.perf_counter()
    identify_outlet(doc)
    assert time.perf_counter() - start < 2.0


# --------------------------------------------------------------------------------------------------
# Users' own publishers
# --------------------------------------------------------------------------------------------------

TONGYUAN_OBSERVER = Publisher(
    "桐原观察",
    "local_media",
    aliases=("桐原观察网", "桐原觀察"),
    domains=("tyobserver.example.cn",),
    examples=("桐原观察", "桐原观察网"),
    counter_examples=("桐原日报",),
    doc="An invented local news site.",
)


def test_registered_publisher_is_identified() -> None:
    text = f"某地部署春耕生产\n来源：桐原观察网\n\n{BODY}\n版权所有 tyobserver.example.cn\n"
    before = parse(text).outlet
    assert before is None or before.name != "桐原观察"
    register(TONGYUAN_OBSERVER)
    try:
        assert PUBLISHERS[0] is TONGYUAN_OBSERVER
        register(TONGYUAN_OBSERVER)  # registering twice is a no-op
        assert PUBLISHERS.count(TONGYUAN_OBSERVER) == 1
        outlet = parse(text).outlet
        assert outlet is not None and (outlet.name, outlet.kind) == ("桐原观察", "local_media")
        assert "source=桐原观察网" in outlet.evidence
        assert "domain=tyobserver.example.cn" in outlet.evidence
        for name in TONGYUAN_OBSERVER.examples:
            hit = resolve(name)
            assert hit is not None and hit.publisher is TONGYUAN_OBSERVER
    finally:
        unregister(TONGYUAN_OBSERVER)
    assert TONGYUAN_OBSERVER not in PUBLISHERS
    after = parse(text).outlet
    assert after is None or after.name != "桐原观察"


def test_registered_publisher_takes_precedence() -> None:
    """A user's publisher claiming a built-in alias wins for that alias while registered."""
    mine = Publisher("某某通讯社", "agency", aliases=("新华网",))
    register(mine)
    try:
        assert resolve("新华网") == outlets.Resolved("某某通讯社", "agency", mine, None)
        assert resolve("新华社") is not None and resolve("新华社").name == "新华社"  # type: ignore[union-attr]
    finally:
        unregister(mine)
    assert resolve("新华网").name == "新华社"  # type: ignore[union-attr]


def test_explicit_publisher_list() -> None:
    """``publishers=`` replaces the registry for one call; the families still apply."""
    doc = parse(f"某地部署春耕生产\n来源：桐原观察网\n\n　　新华社北京3月7日电 {BODY.strip()}\n")
    outlet = identify_outlet(doc, publishers=[TONGYUAN_OBSERVER])
    assert outlet is not None
    names = {outlet.name}
    assert "新华社" not in names or outlet.kind == "other"
    assert any("桐原观察" in e for e in outlet.evidence) or outlet.name == "桐原观察"
    only_mine = identify_outlet(doc, publishers=[])
    assert only_mine is not None and only_mine.kind != "agency"  # 新华社 is unknown without the registry


@pytest.mark.parametrize(
    "bad",
    [Publisher("", "agency"), Publisher("某某社", "wire")],
    ids=["no-name", "bad-kind"],
)
def test_register_rejects_bad_records(bad: Publisher) -> None:
    with pytest.raises(ValueError):
        register(bad)
    assert bad not in PUBLISHERS


def test_register_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        register("新华社")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# The documentation
# --------------------------------------------------------------------------------------------------


def test_publishers_page_is_up_to_date() -> None:
    """docs/publishers.md is what docs/gen_patterns.py renders from the registry."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_patterns", DOCS / "gen_patterns.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (DOCS / "publishers.md").read_text(encoding="utf-8")
    assert current == gen.render_publishers(), "run python docs/gen_patterns.py --page publishers"


def test_publishers_page_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The runnable example of docs/publishers.md runs and identifies the user's publisher."""
    page = (DOCS / "publishers.md").read_text(encoding="utf-8")
    code = page.split("```python\n", 1)[1].split("```", 1)[0]
    registered = list(PUBLISHERS)
    exec(compile(code, "docs/publishers.md", "exec"), {})
    assert list(PUBLISHERS) == registered, "the example leaves the registry as it found it"
    printed = capsys.readouterr().out
    assert printed.startswith("桐原观察 local_media"), printed
    assert "Outlet(name='桐原观察'" in printed


# --------------------------------------------------------------------------------------------------
# The shared corpus
# --------------------------------------------------------------------------------------------------


def _corpus_cases() -> list[Path]:
    return sorted(CORPUS.glob("*/*.json")) if CORPUS.is_dir() else []


def test_corpus_dateline_agencies_are_identified() -> None:
    """Every case whose gold dateline names a listed agency gets an outlet with confidence >= 0.5.

    The outlet is that agency's house, or, when the page names its own publisher (a reprint), the
    page's publisher with the agency kept as ``reprint.`` evidence.
    """
    cases = _corpus_cases()
    if not cases:
        pytest.skip(f"no corpus at {CORPUS}")
    checked, same_house, reprints, misses = 0, 0, 0, []
    for gold_file in cases:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        dateline = gold.get("expect", {}).get("dateline")
        agency = dateline.get("agency") if isinstance(dateline, dict) else None
        house = resolve(agency) if agency else None
        if house is None or house.publisher is None:
            continue
        checked += 1
        doc = check_release(pressrelease.parse((gold_file.parent / gold["input"]).read_bytes()))
        outlet = doc.outlet
        if outlet is None or outlet.confidence < 0.5:
            misses.append(f"{gold_file.stem}: {agency} -> {outlet}")
        elif outlet.name == house.name:
            same_house += 1
        elif any(e.startswith("reprint.") and house.name == _house_of(e) for e in outlet.evidence):
            reprints += 1
        else:
            misses.append(f"{gold_file.stem}: {agency} -> {outlet}")
    assert checked >= 20, f"only {checked} corpus cases name a listed agency"
    assert not misses, f"{len(misses)} of {checked} not identified:\n" + "\n".join(misses)
    assert same_house + reprints == checked


def _house_of(evidence: str) -> str | None:
    hit = resolve(evidence.split("=", 1)[1])
    return hit.name if hit is not None else None
