"""Parse every example release in this folder and print what the parser found in each.

Run it from anywhere: ``python examples/explore.py``. It uses only the public API of
:mod:`pressrelease` and writes nothing to disk.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pressrelease

EXAMPLES = Path(__file__).resolve().parent
"""The folder this script lives in, where the example releases are."""


def names(people: Iterable[pressrelease.Contributor]) -> str:
    """``role name`` pairs, comma-separated, or a dash when there are none."""
    shown = [f"{c.role} {c.name}" if c.role else c.name for c in people]
    return "、".join(shown) if shown else "-"


def outline(doc: pressrelease.Release) -> list[str]:
    """One line per heading, indented by its level."""
    return [f"{'  ' * h.level}{h.text}  [{h.style}]" for h in doc.headings]


def summary(doc: pressrelease.Release) -> list[str]:
    """The fields of a release worth a glance, one per line."""
    published = doc.published.isoformat() if doc.published is not None else "-"
    dateline = "-"
    if doc.dateline is not None:
        d = doc.dateline
        dateline = f"{d.text} (agency={d.agency}, place={d.place}, date={d.date})"
    credits = "-"
    if doc.credits is not None:
        text = " / ".join(doc.credits.text.splitlines())
        credits = f"{text}  → {names(doc.credits.contributors)}"
    boilerplate = "-"
    if doc.boilerplate is not None:
        bp = doc.boilerplate
        boilerplate = f"{bp.title or '(untitled)'}, {len(bp.clauses)} clauses"
    kinds = Counter(part.kind for part in doc.parts)
    lines = [
        f"headline:    {doc.headline.text if doc.headline else '-'}",
        f"published:   {published}",
        f"source:      {doc.source or '-'}",
        f"editors:     {names(doc.editors)}",
        f"authors:     {names(doc.authors)}",
        f"dateline:    {dateline}",
        f"headings:    {len(doc.headings)}",
        *outline(doc),
        f"paragraphs:  {len(doc.paragraphs)}",
        f"credits:     {credits}",
        f"boilerplate: {boilerplate}",
        "parts:       " + ", ".join(f"{kind}×{n}" for kind, n in kinds.items()),
    ]
    return lines


def main() -> int:
    """Print a summary of every ``*.txt`` release next to this script."""
    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = pressrelease.parse(path.read_bytes())
        print(f"== {path.name}")
        for line in summary(doc):
            print(f"   {line}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
