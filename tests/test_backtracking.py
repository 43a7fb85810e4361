"""No pattern backtracks catastrophically: an audit of every record against adversarial lines.

Exponential (or high-degree polynomial) backtracking shows on short inputs already: a line of 40
bars made one expression take minutes once (a bar was both a widget word and a separator). So each
pattern is run, as its rules run it, on runs and alternations of the characters such expressions
trip over, and on runs of its own list words with separators, at the lengths the rules feed it. The
``regex`` module's own timeout stops a runaway match: the test fails naming the pattern and the
input, instead of hanging.
"""

from __future__ import annotations

import itertools

import pytest

from pressrelease.patterns import Pattern, registry

REGISTRY = sorted(registry().items())

RISKY = [
    " ", "\u3000", "\t", "|", "｜", "丨", "/", ":", "：", "、", "，", ",", "。", ".", "·", "-", "—", "_",
    "(", "（", ")", "）", "【", "】", "[", "]", "《", "》", "“", "”", "1", "０", "年", "月", "日", "时",
    "一", "十", "余", "a", "A", "记", "者", "编", "辑", "电", "讯", "社", "县", "市", "局", "委",
]  # fmt: skip
"""Separators, brackets, digits and the characters the tables' words are made of."""

LENGTHS = (60, 200)
"""The short-line gates of the rules (60, 80, 100, 200 characters) and a little beyond."""

TIMEOUT = 2.0
"""Seconds one match may take before the regex module stops it; a linear pattern needs microseconds."""


def _inputs(record: Pattern) -> list[str]:
    words = [w for _, ws in record.lists for w in ws[:12]]
    units = [*RISKY, *(a + b for a, b in itertools.combinations(RISKY[:20], 2)), *words]
    units += [w + sep for w in words for sep in (" ", "|", "、")]
    out = []
    for unit in units:
        for n in LENGTHS:
            run = (unit * n)[:n]
            out.extend((run, run + "!", "x" + run, run[:-1] + "。"))
    return out


def _runner(record: Pattern):  # type: ignore[no-untyped-def]
    compiled = record.regex
    return {"search": compiled.search, "match": compiled.match, "fullmatch": compiled.fullmatch}[record.mode]


@pytest.mark.parametrize(("name", "record"), REGISTRY, ids=[n for n, _ in REGISTRY])
def test_pattern_is_linear_on_adversarial_lines(name: str, record: Pattern) -> None:
    run = _runner(record)
    for text in _inputs(record):
        try:
            run(text, timeout=TIMEOUT)
        except TimeoutError:
            pytest.fail(f"{name} ran over {TIMEOUT}s on {text[:40]!r}… ({len(text)} characters)")


def test_the_audit_catches_a_catastrophic_pattern() -> None:
    """The audit would have caught the bar that was both a word and a separator."""
    import regex

    bad = regex.compile(r"^\s*(?:(?:\||a|b)(?:\s|\|)*){1,10}$")
    with pytest.raises(TimeoutError):
        for text in ("|" * 60 + "x", "|" * 200 + "x"):
            bad.search(text, timeout=0.2)
