"""Accuracy on the shared corpus of real releases must never drop below the recorded floors.

The corpus and its scorer live beside the repository, in ``../shared`` (CI puts a copy there too).
``tests/corpus_floor.json`` records, per input kind (``txt``, ``html``), the lowest accuracy
accepted for each field and overall. ``pytest tests/test_corpus.py --update-floors`` raises the
floors to the current figures; it never lowers one. No corpus text is ever copied into the repo.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
CORPUS = SHARED / "corpus"
FLOORS = Path(__file__).with_name("corpus_floor.json")
SEED = CORPUS / "cri" / "cri-20200307-longxian"
TOLERANCE = 1e-9
KINDS = ("txt", "html")

needs_corpus = pytest.mark.skipif(
    not (SCORER.is_file() and CORPUS.is_dir()),
    reason=f"the shared corpus and scorer are not beside the repository ({SHARED})",
)


def _score(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCORER), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )


def _figures(kind: str) -> dict[str, Any]:
    run = _score(str(CORPUS), "--json", "--only", kind)
    assert run.returncode == 0, f"score.py failed ({run.returncode}):\n{run.stdout}\n{run.stderr}"
    report: dict[str, Any] = json.loads(run.stdout)
    return report


def _floors() -> dict[str, dict[str, float]]:
    if not FLOORS.is_file():
        return {}
    data: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return data


def _raise_floors(kind: str, accuracy: dict[str, float]) -> None:
    floors = _floors()
    old = floors.get(kind, {})
    merged = dict(old)
    for field, ratio in accuracy.items():
        merged[field] = max(ratio, old.get(field, 0.0))
    floors[kind] = merged
    FLOORS.write_text(json.dumps(floors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@needs_corpus
@pytest.mark.parametrize("kind", KINDS)
def test_corpus_accuracy_stays_above_floors(kind: str, update_floors: bool) -> None:
    report = _figures(kind)
    assert report["docs"] > 0, f"no {kind} cases in {CORPUS}"
    assert report["crashed"] == 0, f"{report['crashed']} {kind} documents crashed parse()"
    accuracy: dict[str, float] = report["accuracy"]
    if update_floors:
        _raise_floors(kind, accuracy)
    floors = _floors().get(kind)
    assert floors, f"no floors recorded for {kind} in {FLOORS}; run pytest {__file__} --update-floors"
    below = {
        field: (accuracy.get(field), floor)
        for field, floor in floors.items()
        if field not in accuracy or accuracy[field] < floor - TOLERANCE
    }
    assert not below, f"{kind} accuracy fell below its floor (now, floor): {below}"


@needs_corpus
def test_seed_case_scores_every_field(tmp_path: Path) -> None:
    for suffix in (".txt", ".json"):
        shutil.copy(SEED.with_suffix(suffix), tmp_path / (SEED.name + suffix))
    run = _score(str(tmp_path), "--failures")
    assert run.returncode == 0, f"score.py failed ({run.returncode}):\n{run.stdout}\n{run.stderr}"
    assert "1 documents, 0 crashed" in run.stdout
    assert "MISS" not in run.stdout, run.stdout
