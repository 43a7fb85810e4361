"""Every input the fuzzer (fuzz/fuzz_parse.py) ever crashed on, replayed: each must now parse cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressrelease
from helpers import check_release

CASES = sorted((Path(__file__).parent / "fuzz_regressions").glob("*"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fuzz_crash_is_fixed(path: Path) -> None:
    data = path.read_bytes()
    for as_text in (data.decode("utf-8", "replace"), data[1:].decode("utf-8", "replace")):
        check_release(pressrelease.parse(as_text))
        check_release(pressrelease.parse(as_text, kind="html"))
    try:
        doc = pressrelease.parse(data)
    except pressrelease.DecodeError:
        return
    check_release(doc)
