"""Patterns are data: every named record's examples must match and its counter-examples must not.

One parametrised test runs every record of :func:`pressrelease.patterns.registry`, applied the way
the rules apply it (the record's mode), so an example in a pattern table is a test.
"""

from __future__ import annotations

import pytest

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
