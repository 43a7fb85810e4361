"""The fact extractors against the hand-annotated gold set, and the scorer that compares them.

``tests/facts_gold.json`` holds the facts of releases of the shared corpus, annotated by hand by the
rules in docs/facts.md (section "Gold set"); ``scripts/score_facts.py`` aligns the extracted facts
with them. ``tests/facts_floor.json`` records, per kind, the lowest precision and recall accepted;
raise a floor when the figures rise, never lower one. The corpus tests skip when ``../shared`` is
absent; the scorer's own tests run on small facts of their own.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import pressrelease
from pressrelease.model import DateMention, Facts, Organisation, Place, Quantity, Quote, Span

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "facts_gold.json"
FLOORS = ROOT / "tests" / "facts_floor.json"
CORPUS = ROOT.parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not beside the repository ({CORPUS})"
)


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_facts", ROOT / "scripts" / "score_facts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_facts", module)
    spec.loader.exec_module(module)
    return module


sf = _load_scorer()


# --- the scorer on facts of its own ------------------------------------------------------------

TEXT = "县农商银行向3家企业放贷约200万元，2月19日起，3家企业复工。"


def _span(piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(piece, start + 1)
    return Span(start, start + len(piece))


def _qty(piece: str, value: float, unit: str, nth: int = 0, qualifier: str | None = None) -> Quantity:
    return Quantity(
        text=piece,
        span=_span(piece, nth),
        part="paragraph",
        value=value,
        unit=unit,
        unit_class="money" if unit == "元" else "count",
        qualifier=qualifier,
    )


def _gold_qty(piece: str, value: float, unit: str, **extra: Any) -> dict[str, Any]:
    fact = {"kind": "quantity", "text": piece, "value": value, "upper": None, "unit": unit}
    fact["unit_class"] = "money" if unit == "元" else "count"
    fact["qualifier"] = extra.pop("qualifier", None)
    fact.update(extra)
    return fact


def _score(case: dict[str, Any], facts: Facts) -> Any:
    report = sf.Report()
    sf.score_case("synthetic", case, sf.predicted(facts, TEXT), report)
    return report


def test_perfect_prediction_scores_one() -> None:
    gold = [_gold_qty("3家", 3, "家"), _gold_qty("约200万元", 2_000_000, "元", qualifier="约")]
    gold.append(_gold_qty("3家", 3, "家"))
    facts = Facts(
        quantities=(
            _qty("3家", 3, "家"),
            _qty("约200万元", 2_000_000, "元", qualifier="约"),
            _qty("3家", 3, "家", nth=1),
        )
    )
    tally = _score({"complete": True, "facts": gold}, facts).tallies["quantity"]
    assert (tally.precision, tally.recall, tally.value_accuracy) == (1.0, 1.0, 1.0)
    assert tally.gold == 3


def test_miss_false_positive_and_wrong_value_are_counted_apart() -> None:
    gold = [_gold_qty("3家", 3, "家"), _gold_qty("约200万元", 2_000_000, "元", qualifier="约")]
    facts = Facts(
        quantities=(
            _qty("约200万元", 200, "元", qualifier="约"),  # 万 not applied: a wrong value
            _qty("3家", 3, "家", nth=1),  # after 约200万元, so out of order with the gold 3家
        )
    )
    report = _score({"complete": True, "facts": gold}, facts)
    tally = report.tallies["quantity"]
    assert tally.matched == 1 and tally.predicted == 2
    assert tally.precision == pytest.approx(0.5)
    assert tally.recall == pytest.approx(0.5)
    assert tally.value_accuracy == 0.0
    kinds = sorted(line.split()[2] for line in report.failures)
    assert kinds == ["FALSE", "MISS", "VALUE"]


def test_alt_text_optional_fact_and_kinds() -> None:
    gold = [
        {"kind": "date", "text": "2月19日", "alt": ["2月19日起"], "date_kind": "date", "start": "2020-02-19"},
        {"kind": "organisation", "text": "县农商银行", "org_kind": "bank", "place": "县"},
        {"kind": "quantity", "text": "3家", "optional": True},
    ]
    start = TEXT.index("2月19日起")
    facts = Facts(
        dates=(
            DateMention(
                text="2月19日起",
                span=Span(start, start + 6),
                part="paragraph",
                kind="date",
                precision="day",
                start=dt.date(2020, 2, 19),
                end=dt.date(2020, 2, 19),
                resolved=True,
            ),
        ),
        quantities=(_qty("3家", 3, "家"), _qty("3家", 3, "家", nth=1)),
        organisations=(
            Organisation(text="县农商银行", span=_span("县农商银行"), part="paragraph", kind="bank"),
        ),
    )
    report = _score({"complete": True, "facts": gold}, facts)
    dates, qty = report.tallies["date"], report.tallies["quantity"]
    assert (dates.recall, dates.value_accuracy) == (1.0, 1.0)
    # the optional 3家 takes one prediction without being counted as gold; the other one is false
    assert (qty.gold, qty.matched, qty.predicted) == (0, 1, 2)
    # place "县" is compared: the prediction has none, so the value is wrong
    assert report.tallies["organisation"].value_accuracy == 0.0
    only_dates = _score({"complete": True, "kinds": ["date"], "facts": gold}, facts)
    assert only_dates.tallies["quantity"].predicted == 0
    assert only_dates.tallies["organisation"].gold == 0


def test_quote_is_matched_on_its_speaker_text() -> None:
    text = "项目负责人李明说：“工地已复工。”"
    said = text.index("“")
    quote = Quote(
        text="工地已复工。",
        span=Span(said, len(text)),
        part="paragraph",
        speaker="李明",
        role="项目负责人",
        verb="说",
        speaker_span=Span(0, 7),
    )
    record = sf.fact_record("quote", quote, text)
    assert record["text"] == "项目负责人李明"
    gold = {"kind": "quote", "text": "项目负责人李明", "role": "项目负责人", "speaker": "李明", "verb": "说"}
    assert sf.value_differences(gold, record) == []


def test_place_values_are_compared() -> None:
    place = Place(text="陇县", span=Span(0, 2), part="paragraph", name="陇县", level="county", code="610327")
    gold = {"kind": "place", "text": "陇县", "level": "county", "code": "610328", "name": "陇县"}
    assert sf.value_differences(gold, sf.fact_record("place", place, "陇县")) == ["code"]


def test_alignment_keeps_document_order() -> None:
    gold = [{"text": "甲"}, {"text": "乙"}, {"text": "甲"}]
    pred = [{"text": "乙"}, {"text": "甲"}]
    assert sf.align(gold, pred) == [(1, 0), (2, 1)]


# --- the gold set itself -----------------------------------------------------------------------

_VALUES = {
    "quantity": {"value", "upper", "unit", "unit_class", "qualifier"},
    "date": {"date_kind", "precision", "start", "end", "part_of_day"},
    "quote": {"role", "speaker", "verb"},
    "place": {"level", "code", "name"},
    "organisation": {"org_kind", "place"},
}


def _gold() -> dict[str, Any]:
    data: dict[str, Any] = sf.load_gold(GOLD)
    return data


def test_gold_set_is_well_formed() -> None:
    cases = _gold()["cases"]
    assert len(cases) >= 22
    complete = [c for c in cases.values() if "kinds" not in c]
    assert len(complete) >= 22
    for case_id, case in cases.items():
        assert case["complete"] is True, case_id
        for fact in case["facts"]:
            kind = fact["kind"]
            assert kind in sf.KINDS, (case_id, fact)
            assert set(fact) - {"kind", "text", "alt", "optional"} <= _VALUES[kind], (case_id, fact)
            assert 0 < len(fact["text"]) <= 40, (case_id, fact)
            if kind == "place":
                assert re.fullmatch(r"\d{6}", fact["code"]), (case_id, fact)
                assert len(fact["text"]) >= 2, (case_id, fact)
            for key in ("start", "end"):
                if fact.get(key) is not None:
                    dt.date.fromisoformat(fact[key])
            if fact.get("start") and fact.get("end"):
                assert fact["start"] <= fact["end"], (case_id, fact)


@needs_corpus
def test_gold_texts_occur_in_the_regions_in_order() -> None:
    from pressrelease.facts.regions import regions_of

    for case_id, case in _gold()["cases"].items():
        doc = pressrelease.parse(sf.find_input(CORPUS, case_id).read_bytes())
        regions = regions_of(doc)
        where: dict[str, int] = {}
        for fact in case["facts"]:
            after, text = where.get(fact["kind"], 0), fact["text"]
            hit = -1
            for region in regions:
                if region.span.end > after:
                    hit = doc.text.find(text, max(after, region.span.start), region.span.end)
                    if hit >= 0 and hit + len(text) <= region.span.end:
                        break
                    hit = -1
            assert hit >= 0, f"{case_id}: {fact['kind']} {text!r} not found in order"
            where[fact["kind"]] = hit + len(text)


# --- the extractors against the gold set -------------------------------------------------------


@needs_corpus
def test_facts_meet_the_floors() -> None:
    if not hasattr(pressrelease.Release, "facts"):
        pytest.skip("Release.facts is not wired yet")
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    report = sf.score(CORPUS, _gold())
    below = [
        f"{kind} {measure} {getattr(report.tallies[kind], measure):.3f} < {floor}"
        for kind, measures in floors.items()
        for measure, floor in measures.items()
        if getattr(report.tallies[kind], measure) < floor
    ]
    assert not below, "\n".join([*below, "", *report.failures])
