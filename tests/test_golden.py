"""Golden files: each example release beside the JSON it must parse to, reviewed as diffs.

For every ``examples/NAME.txt`` the parse is compared with ``tests/golden/NAME.json``.
``pytest --regen-golden`` rewrites the golden files from the current parser instead of comparing;
review the diff (``git diff tests/golden``) before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pressrelease
from helpers import check_release

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).with_name("golden")
RELEASES = sorted(EXAMPLES.glob("*.txt"))
MIN_EXAMPLES = 4


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


@pytest.mark.parametrize("release", RELEASES, ids=[p.stem for p in RELEASES])
def test_example_matches_golden(release: Path, regen_golden: bool) -> None:
    doc = check_release(pressrelease.parse(release.read_bytes()))
    got = pressrelease.to_dict(doc)
    golden = GOLDEN / f"{release.stem}.json"
    if regen_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(_dump(got), encoding="utf-8")
    assert golden.is_file(), (
        f"no golden file {golden.relative_to(ROOT)}; run pytest --regen-golden and review it"
    )
    want = json.loads(golden.read_text(encoding="utf-8"))
    assert got == want, (
        f"{release.name} no longer parses to {golden.name}; if intended, run pytest --regen-golden"
    )
    assert pressrelease.from_dict(want) == doc


def test_there_are_example_releases() -> None:
    assert len(RELEASES) >= MIN_EXAMPLES, f"expected at least {MIN_EXAMPLES} releases in {EXAMPLES}"


def test_every_golden_file_has_its_example() -> None:
    orphans = sorted(p.name for p in GOLDEN.glob("*.json") if not (EXAMPLES / f"{p.stem}.txt").is_file())
    assert not orphans, f"golden files without an example release (delete them): {orphans}"
