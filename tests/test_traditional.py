"""Releases in Traditional characters parse exactly as well as Simplified ones, text left as it is.

Every example release and every case of the shared corpus is converted with OpenCC (Traditional,
Hong Kong and Taiwan standards) and must give the same structure as the original.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from opencc import OpenCC

import pressrelease
from helpers import check_release

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
CONVERTERS = {name: OpenCC(name) for name in ("s2t", "s2hk", "s2tw")}


def shape(doc: pressrelease.Release) -> dict[str, Any]:
    """What must not change between scripts: the structure and the values that are not names."""
    return {
        "parts": [p.kind for p in doc.parts],
        "headline": doc.headline is not None,
        "published": doc.published,
        "source": doc.source is not None,
        "editors": len(doc.editors),
        "authors": len(doc.authors),
        "dateline": None
        if doc.dateline is None
        else (doc.dateline.agency is not None, doc.dateline.place is not None),
        "headings": [(h.level, h.style) for h in doc.headings],
        "paragraphs": len(doc.paragraphs),
        "credits": None if doc.credits is None else len(doc.credits.contributors),
        "boilerplate": None
        if doc.boilerplate is None
        else (doc.boilerplate.title is not None, len(doc.boilerplate.clauses)),
    }


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_in_traditional_script(path: Path, converter: str) -> None:
    simplified = path.read_text(encoding="utf-8")
    traditional = CONVERTERS[converter].convert(simplified)
    assert traditional != simplified
    a = check_release(pressrelease.parse(simplified))
    b = check_release(pressrelease.parse(traditional))
    assert b.text == traditional, "the text is left as it is"
    assert shape(b) == shape(a)
    convert = CONVERTERS[converter].convert
    assert [e.name for e in b.editors] == [convert(e.name) for e in a.editors]
    assert [a_.name for a_ in b.authors] == [convert(x.name) for x in a.authors]
    if a.dateline is not None and b.dateline is not None and a.dateline.place:
        assert b.dateline.place == convert(a.dateline.place)


def test_corpus_in_traditional_script() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    convert = CONVERTERS["s2hk"].convert
    differing = []
    cases = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html"))
    for path in cases:
        text = pressrelease.parse(path.read_bytes()).text if path.suffix == ".txt" else None
        source = text if text is not None else _decoded(path)
        a = pressrelease.parse(source)
        b = pressrelease.parse(convert(source))
        if shape(a) != shape(b):
            differing.append(path.name)
    assert cases and not differing, f"structure changes in Traditional script: {differing}"


def _decoded(path: Path) -> str:
    from pressrelease.source import decode

    return decode(path.read_bytes()).text


def test_traditional_table_is_up_to_date() -> None:
    """The generated table of Traditional forms covers every character the patterns use."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_traditional.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
