"""The fields a careful reader extracts from a release, as the outside-corpus cases record them."""

from __future__ import annotations

from typing import Any

import pressrelease


def fields_of(doc: pressrelease.Release) -> dict[str, Any]:
    """The release's fields in the plain values the cases' JSON holds."""
    h, d = doc.headline, doc.dateline
    paragraphs = doc.paragraphs
    return {
        "headline": h.text if h else None,
        "kicker": h.kicker.text if h and h.kicker else None,
        "subtitle": h.subtitle.text if h and h.subtitle else None,
        "published": doc.published.isoformat() if doc.published else None,
        "source": doc.source,
        "editors": [[c.role, c.name] for c in doc.editors],
        "authors": [[c.role, c.name] for c in doc.authors],
        "dateline": [d.agency, d.place, d.date] if d else None,
        "headings": [x.text for x in doc.headings],
        "n_paragraphs": len(paragraphs),
        "first": paragraphs[0].text if paragraphs else None,
        "last": paragraphs[-1].text if paragraphs else None,
        "credits": doc.credits.text if doc.credits else None,
        "speakers": [p.speaker for p in paragraphs],
        "doc_number": doc.document.doc_number if doc.document else None,
    }


def agrees(field: str, expected: Any, got: Any) -> bool:
    """Whether the parser's value is what the reader expects: the first paragraph opens with the
    expected words, the last one ends with them, the credit line holds the expected text."""
    if field == "first":
        return got is not None and expected is not None and got.startswith(expected)
    if field == "last":
        return got is not None and expected is not None and got.endswith(expected)
    if field == "credits":
        if got is None or expected is None:
            return got is expected
        return bool(expected in got)
    return bool(got == expected)
