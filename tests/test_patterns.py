"""Patterns are data: every named record's examples must match and its counter-examples must not.

One parametrised test runs every record of :func:`pressrelease.patterns.registry`, applied the way
the rules apply it (the record's mode), so an example in a pattern table is a test.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import pressrelease
from pressrelease.patterns import Pattern, registry

REGISTRY = registry()
CASES = [
    pytest.param(record, text, should_match, id=f"{name}:{'+' if should_match else '-'}{text}")
    for name, record in sorted(REGISTRY.items())
    for should_match, texts in ((True, record.examples), (False, record.counter_examples))
    for text in texts
]


@pytest.mark.parametrize(("record", "text", "should_match"), CASES)
def test_pattern_example(record: Pattern, text: str, should_match: bool) -> None:
    found = record.apply(text)
    if should_match:
        assert found is not None, f"{record.name} ({record.mode}) does not recognise its example {text!r}"
    else:
        assert found is None, (
            f"{record.name} ({record.mode}) recognises its counter-example {text!r} as {found.group(0)!r}"
        )


def test_every_pattern_is_documented_by_examples() -> None:
    assert REGISTRY, "no patterns registered"
    undocumented = sorted(name for name, record in REGISTRY.items() if not record.examples)
    assert not undocumented, f"patterns without examples: {undocumented}"
    misnamed = sorted(name for name in REGISTRY if name.count(".") < 1)
    assert not misnamed, f"pattern names must be <table>.<what>: {misnamed}"


# --- literal gates: a pattern's ``requires`` may only refuse texts its expression would not match ---

GATED = sorted((name, record) for name, record in REGISTRY.items() if record.requires)
ALL_TEXTS = sorted({t for record in REGISTRY.values() for t in (*record.examples, *record.counter_examples)})


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@functools.cache
def _corpus_lines() -> frozenset[str]:
    """The lines of every corpus text, and of every corpus page's extracted text."""
    paths = sorted(p for p in CORPUS.glob("*/*.*") if p.suffix != ".json")
    return frozenset(
        line for p in paths for line in pressrelease.parse(p.read_bytes()).text.splitlines() if line.strip()
    )


def _ungated(record: Pattern, text: str) -> object:
    compiled = record.regex
    run = {"search": compiled.search, "match": compiled.match, "fullmatch": compiled.fullmatch}[record.mode]
    return run(text)


def test_some_patterns_are_gated() -> None:
    assert len(GATED) >= 5


@pytest.mark.parametrize(("name", "record"), GATED, ids=[n for n, _ in GATED])
def test_gate_never_refuses_a_match(name: str, record: Pattern) -> None:
    """Over every example text of every table (and their Traditional spellings), gate and expression agree."""
    from opencc import OpenCC

    to_traditional = OpenCC("s2t").convert
    texts = [*ALL_TEXTS, *(to_traditional(t) for t in ALL_TEXTS)]
    wrong = [t for t in texts if _ungated(record, t) is not None and record.apply(t) is None]
    assert not wrong, f"{name}: the gate refuses texts the expression matches: {wrong[:5]}"


@pytest.mark.parametrize(("name", "record"), GATED, ids=[n for n, _ in GATED])
def test_gate_never_refuses_a_corpus_line(name: str, record: Pattern) -> None:
    """Every line of the shared corpus: the gate refuses only lines the expression does not match."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside the repository ({CORPUS})")
    lines = _corpus_lines()
    wrong = sorted(t for t in lines if _ungated(record, t) is not None and record.apply(t) is None)
    assert not wrong, f"{name}: the gate refuses lines the expression matches: {wrong[:5]}"


def test_the_furniture_character_gate_never_refuses_an_example() -> None:
    """Every example of the furniture table holds a character of the rule's gate, so the rule finds it."""
    from pressrelease.patterns import furniture
    from pressrelease.rules.furniture import furniture_rule

    missed = [(r.name, t) for r in furniture.TABLE for t in r.examples if furniture_rule(t) is None]
    assert not missed


def test_only_the_sentence_table_can_match_a_line_ending_with_a_full_stop() -> None:
    """The furniture records left out of ``SENTENCE_TABLE`` never match a line that ends with 。:
    not their examples with a full stop added, not any example text, not a corpus line."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pressrelease.patterns import furniture

    left_out = [r for r in furniture.TABLE if r not in furniture.SENTENCE_TABLE]
    assert len(left_out) == 8
    texts = [*ALL_TEXTS, *(t + "。" for r in furniture.TABLE for t in r.examples)]
    if CORPUS.is_dir():
        texts.extend(_corpus_lines())
    sentences = [t.strip() for t in texts if t.strip().endswith("。")]
    assert len(sentences) > 20
    for record in left_out:
        hits = [t for t in sentences if record.apply(t)]
        assert not hits, f"{record.name} matches lines ending with 。: {hits[:3]}"

    alphabet = "（）()年月日号令录附件原标题编者按：:。，0123456789一二〇某县政府关于通知 \u3000"

    @settings(max_examples=3000, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=40))
    def never(body: str) -> None:
        line = (body + "。").strip()
        assert not any(record.apply(line) for record in left_out)

    never()
