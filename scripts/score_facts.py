"""Score the fact extractors against the hand-annotated gold set (tests/facts_gold.json).

Usage::

    python scripts/score_facts.py [--corpus DIR] [--gold FILE] [--failures] [--json] [--case ID ...]

Each gold case names a release of the shared corpus (``../shared/corpus`` by default). The release is
parsed with :func:`pressrelease.parse` and its :attr:`Release.facts` are compared with the gold facts,
kind by kind: predicted and gold facts are aligned in document order on their text (the longest
common subsequence; a gold fact may list ``alt`` texts that also count), then the values the gold
fact gives are compared. For each kind the scorer reports precision (aligned predictions over all
predictions), recall (aligned gold facts over all gold facts) and value accuracy (aligned pairs whose
values all agree). Gold facts marked ``optional`` are never missed and never make a prediction a
false positive. A case with ``kinds`` is scored for those kinds only. The rules the gold follows are
in docs/facts.md (section "Gold set").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "facts_gold.json"
CORPUS = ROOT.parent / "shared" / "corpus"

KINDS = ("quantity", "date", "quote", "place", "organisation")
"""The fact kinds, in the order they are reported."""

_FACTS_FIELD = {
    "quantity": "quantities",
    "date": "dates",
    "quote": "quotes",
    "place": "places",
    "organisation": "organisations",
}
_META = frozenset({"kind", "text", "alt", "optional", "note"})
"""Gold keys that are not values to compare."""


def fact_record(kind: str, fact: Any, text: str) -> dict[str, Any]:
    """One predicted fact as a gold-shaped dict (``text`` plus the values the gold set compares).

    A quote's ``text`` is its speaker text (role and name as printed, from ``speaker_span``), not
    the quoted words; without a speaker span it is the role and speaker joined.
    """
    if kind == "quantity":
        return {
            "text": fact.text,
            "value": fact.value,
            "upper": fact.upper,
            "unit": fact.unit,
            "unit_class": fact.unit_class,
            "qualifier": fact.qualifier,
        }
    if kind == "date":
        return {
            "text": fact.text,
            "date_kind": fact.kind,
            "precision": fact.precision,
            "start": _iso(fact.start),
            "end": _iso(fact.end),
            "part_of_day": fact.part_of_day,
        }
    if kind == "quote":
        span = fact.speaker_span
        said = text[span.start : span.end] if span is not None else (fact.role or "") + (fact.speaker or "")
        return {"text": said, "role": fact.role, "speaker": fact.speaker, "verb": fact.verb}
    if kind == "place":
        return {"text": fact.text, "level": fact.level, "code": fact.code, "name": fact.name}
    if kind == "organisation":
        return {"text": fact.text, "org_kind": fact.kind, "place": fact.place}
    raise ValueError(f"unknown fact kind {kind!r}")


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def predicted(facts: Any, text: str) -> dict[str, list[dict[str, Any]]]:
    """All predicted facts of a :class:`~pressrelease.model.Facts`, per kind, as gold-shaped dicts."""
    return {kind: [fact_record(kind, f, text) for f in getattr(facts, _FACTS_FIELD[kind])] for kind in KINDS}


def texts_of(gold: Mapping[str, Any]) -> tuple[str, ...]:
    """The texts a gold fact accepts: its ``text`` and any ``alt`` texts."""
    return (gold["text"], *gold.get("alt", ()))


def align(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of the best in-order alignment on text.

    The alignment is the longest common subsequence, where a required gold fact weighs more than an
    optional one, so an optional fact never takes a prediction a required one could have.
    """
    n, m = len(gold), len(pred)
    accepts = [texts_of(g) for g in gold]
    weight = [1 if g.get("optional") else 2 for g in gold]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1][j + 1] + weight[i] if pred[j]["text"] in accepts[i] else -1
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if pred[j]["text"] in accepts[i] and best[i][j] == best[i + 1][j + 1] + weight[i]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def value_differences(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> list[str]:
    """The value keys the gold fact gives on which the prediction disagrees."""
    wrong = []
    for key, want in gold.items():
        if key in _META:
            continue
        got = pred.get(key)
        if isinstance(want, float | int) and isinstance(got, float | int) and not isinstance(want, bool):
            if not math.isclose(float(want), float(got), rel_tol=1e-9, abs_tol=1e-9):
                wrong.append(key)
        elif want != got:
            wrong.append(key)
    return wrong


@dataclass
class Tally:
    """Counts for one kind over the cases scored."""

    gold: int = 0
    """Required gold facts."""
    predicted: int = 0
    hit: int = 0
    """Required gold facts aligned with a prediction."""
    matched: int = 0
    """Predictions aligned with a gold fact (required or optional)."""
    compared: int = 0
    """Aligned pairs with at least one value to compare."""
    values_ok: int = 0

    @property
    def precision(self) -> float:
        """Aligned predictions over all predictions (1.0 when there are none)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Aligned required gold facts over all required gold facts (1.0 when there are none)."""
        return self.hit / self.gold if self.gold else 1.0

    @property
    def value_accuracy(self) -> float:
        """Aligned pairs whose compared values all agree (1.0 when none were compared)."""
        return self.values_ok / self.compared if self.compared else 1.0

    def as_dict(self) -> dict[str, float | int]:
        """The counts and the three ratios."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "value_accuracy": round(self.value_accuracy, 4),
        }


@dataclass
class Report:
    """Per-kind tallies and the failures behind them."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """Per kind: counts, precision, recall and value accuracy."""
        return {kind: self.tallies[kind].as_dict() for kind in KINDS}


def score_case(
    case_id: str, case: Mapping[str, Any], preds: Mapping[str, Sequence[Mapping[str, Any]]], report: Report
) -> None:
    """Add one case's comparison to ``report`` (``preds`` as given by :func:`predicted`)."""
    kinds = case.get("kinds") or KINDS
    for kind in kinds:
        gold = [f for f in case["facts"] if f["kind"] == kind]
        pred = list(preds.get(kind, ()))
        tally = report.tallies[kind]
        pairs = align(gold, pred)
        tally.gold += sum(1 for g in gold if not g.get("optional"))
        tally.predicted += len(pred)
        tally.matched += len(pairs)
        tally.hit += sum(1 for i, _ in pairs if not gold[i].get("optional"))
        for i, j in pairs:
            if not any(key not in _META for key in gold[i]):
                continue
            tally.compared += 1
            wrong = value_differences(gold[i], pred[j])
            if wrong:
                shown = ", ".join(f"{k}: want {gold[i][k]!r} got {pred[j].get(k)!r}" for k in wrong)
                report.failures.append(f"{case_id} {kind} VALUE {gold[i]['text']}  ({shown})")
            else:
                tally.values_ok += 1
        gold_hit = {i for i, _ in pairs}
        pred_hit = {j for _, j in pairs}
        report.failures.extend(
            f"{case_id} {kind} MISS {g['text']}"
            for i, g in enumerate(gold)
            if i not in gold_hit and not g.get("optional")
        )
        report.failures.extend(
            f"{case_id} {kind} FALSE {p['text']}" for j, p in enumerate(pred) if j not in pred_hit
        )


def find_input(corpus: Path, case_id: str) -> Path:
    """The input file (``.txt`` or ``.html``) of a corpus case."""
    for path in sorted(corpus.glob(f"*/{case_id}.*")):
        if path.suffix in (".txt", ".html"):
            return path
    raise FileNotFoundError(f"no input for {case_id} under {corpus}")


def load_gold(path: Path = GOLD) -> dict[str, Any]:
    """The gold set as stored."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("schema") != 1:
        raise ValueError(f"{path}: unknown gold schema {data.get('schema')!r}")
    return data


def score(corpus: Path, gold: Mapping[str, Any], only: Iterable[str] | None = None) -> Report:
    """Parse every gold case from ``corpus`` and score its facts."""
    import pressrelease

    report = Report()
    wanted = set(only) if only else None
    for case_id, case in gold["cases"].items():
        if wanted is not None and case_id not in wanted:
            continue
        doc = pressrelease.parse(find_input(corpus, case_id).read_bytes())
        score_case(case_id, case, predicted(doc.facts, doc.text), report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the per-kind figures (and, with ``--failures``, what went wrong)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--failures", action="store_true", help="list misses, false positives, bad values")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--case", action="append", help="score only this case (repeatable)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    report = score(args.corpus, load_gold(args.gold), args.case)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(f"{'kind':<13}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}{'values':>8}")
        for kind in KINDS:
            t = report.tallies[kind]
            print(
                f"{kind:<13}{t.gold:>6}{t.predicted:>6}{t.precision:>11.3f}{t.recall:>8.3f}"
                f"{t.value_accuracy:>8.3f}"
            )
    if args.failures:
        for line in report.failures:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
