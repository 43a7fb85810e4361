"""Invented releases from outside the corpus (tests/outside/): the fields a reader expects hold,
and the known open ones still differ (a fix moves them to ``expect``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pressrelease
from helpers import check_release
from outside_fields import agrees, fields_of

ROOT = Path(__file__).parent / "outside"
CASES = sorted(p for p in ROOT.glob("*/*") if p.suffix in (".txt", ".html"))


def _case(path: Path) -> tuple[pressrelease.Release, dict[str, Any]]:
    doc = pressrelease.parse(path.read_bytes())
    check_release(doc)
    return doc, json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_the_cases_are_there() -> None:
    assert len([p for p in CASES if p.parent.name == "text"]) >= 40
    assert len([p for p in CASES if p.parent.name == "html"]) >= 20


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}-{p.stem}" for p in CASES])
def test_a_reader_gets_what_the_parser_gives(path: Path) -> None:
    doc, case = _case(path)
    got = fields_of(doc)
    assert case["expect"], "a case with no expectation tests nothing"
    wrong = {k: (v, got[k]) for k, v in case["expect"].items() if not agrees(k, v, got[k])}
    assert not wrong, f"expected vs got: {wrong}"
    fixed = [k for k, v in case["open"].items() if agrees(k, v["expected"], got[k])]
    assert not fixed, f"now as the reader expects (move them to expect): {fixed}"
