"""The one helper that checks every invariant of a parsed release (after LibCST's ``validate_node``).

Every test that parses calls :func:`check_release`, so a broken promise shows up wherever it
happens, not only in the test written for it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pressrelease
from pressrelease.model import PART_KINDS

__all__ = ["check_release"]

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff")


def _squash(s: str) -> str:
    """``s`` without white space (Unicode spaces, U+3000, NBSP, zero-width characters)."""
    return "".join(ch for ch in s if not ch.isspace() and ch not in _ZERO_WIDTH)


def _in_text(doc: pressrelease.Release, span: pressrelease.Span, what: str) -> None:
    assert isinstance(span, pressrelease.Span), f"{what}: span is {span!r}"
    assert 0 <= span.start <= span.end <= len(doc.text), (
        f"{what}: span {span} outside text of {len(doc.text)}"
    )


def _exact(doc: pressrelease.Release, element: Any, what: str) -> None:
    """The element's span lies in the text and covers exactly its ``.text``."""
    _in_text(doc, element.span, what)
    got = doc.text[element.span.start : element.span.end]
    assert got == element.text, (
        f"{what}: text[{element.span.start}:{element.span.end}]={got!r} != {element.text!r}"
    )


def _inside(outer: pressrelease.Span, inner: pressrelease.Span, what: str) -> None:
    assert outer.start <= inner.start and inner.end <= outer.end, f"{what}: {inner} not inside {outer}"


def _contributors(doc: pressrelease.Release, people: tuple[pressrelease.Contributor, ...], what: str) -> None:
    for c in people:
        assert isinstance(c, pressrelease.Contributor), f"{what}: {c!r}"
        assert c.name and c.name.strip() == c.name, f"{what}: bad name {c.name!r}"
        assert c.role is None or (c.role and c.role.strip() == c.role), f"{what}: bad role {c.role!r}"
        _in_text(doc, c.span, f"{what} {c.name}")
        printed = doc.text[c.span.start : c.span.end]
        assert _squash(printed) == _squash(c.name), f"{what}: name {c.name!r} printed as {printed!r}"


def _part_at(doc: pressrelease.Release, offset: int) -> pressrelease.Part:
    """The part covering character ``offset`` (parts tile the text, so there is exactly one)."""
    lo, hi = 0, len(doc.parts)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.parts[mid].span.end <= offset:
            lo = mid + 1
        else:
            hi = mid
    assert lo < len(doc.parts), f"no part covers offset {offset}"
    return doc.parts[lo]


def _in_part(doc: pressrelease.Release, span: pressrelease.Span, kind: str, what: str) -> None:
    """A non-empty element lies wholly inside one top-level part of its own kind."""
    if span.start == span.end:
        return
    part = _part_at(doc, span.start)
    assert part.kind == kind, f"{what} {span} lies in a {part.kind!r} part {part.span}, not {kind!r}"
    _inside(part.span, span, what)


def _ends_in_parts(doc: pressrelease.Release, span: pressrelease.Span, kind: str, what: str) -> None:
    """A block that may run over several lines starts and ends in parts of its own kind."""
    if span.start == span.end:
        return
    for offset in (span.start, span.end - 1):
        part = _part_at(doc, offset)
        assert part.kind == kind, f"{what} {span}: offset {offset} lies in a {part.kind!r} part"


def _check_parts(doc: pressrelease.Release) -> None:
    parts = doc.parts
    assert isinstance(parts, tuple)
    if not parts:
        assert doc.text == "", "a non-empty text must have parts"
        return
    assert parts[0].span.start == 0, f"first part starts at {parts[0].span.start}"
    assert parts[-1].span.end == len(doc.text), f"last part ends at {parts[-1].span.end} of {len(doc.text)}"
    for prev, nxt in itertools.pairwise(parts):
        assert prev.span.end == nxt.span.start, f"gap or overlap between {prev} and {nxt}"
    for part in parts:
        assert part.span.start < part.span.end, f"empty part {part}"
        assert part.kind in PART_KINDS, f"unknown part kind {part.kind!r}"
        if part.kind == "unclassified":
            diag = part.diagnostic
            assert diag is not None, f"unclassified part {part.span} has no diagnostic"
            assert diag.code and diag.message, f"empty diagnostic {diag}"
        if part.diagnostic is not None and part.diagnostic.span is not None:
            _in_text(doc, part.diagnostic.span, f"diagnostic of {part.kind}")
        if part.kind == "blank":
            held = doc.text[part.span.start : part.span.end]
            assert _squash(held) == "", f"blank part {part.span} holds text {held!r}"


def _check_sections(doc: pressrelease.Release) -> None:
    headings: list[pressrelease.Heading] = []
    paragraphs: list[pressrelease.Paragraph] = []

    def walk(section: pressrelease.Section, parent_level: int) -> None:
        _in_text(doc, section.span, "section")
        if section.heading is not None:
            h = section.heading
            _exact(doc, h, "heading")
            _in_part(doc, h.span, "heading", "heading")
            _inside(section.span, h.span, "heading in its section")
            assert h.level > parent_level, f"heading level {h.level} under level {parent_level}"
            headings.append(h)
            level = h.level
        else:
            level = parent_level
        for p in section.paragraphs:
            _exact(doc, p, "paragraph")
            _in_part(doc, p.span, "paragraph", "paragraph")
            _inside(section.span, p.span, "paragraph in its section")
            assert p.text and p.text.strip() == p.text, f"paragraph text not stripped: {p.text!r}"
            assert p.lead is None or p.lead, "empty lead"
            paragraphs.append(p)
        for sub in section.subsections:
            assert sub.heading is not None, "a subsection without a heading"
            _inside(section.span, sub.span, "subsection in its section")
            walk(sub, level)

    for i, top in enumerate(doc.sections):
        if top.heading is None:
            assert i == 0, "only the first top-level section may lack a heading"
        walk(top, 0)
    assert doc.headings == tuple(headings), "doc.headings disagrees with the section tree"
    assert doc.paragraphs == tuple(paragraphs), "doc.paragraphs disagrees with the section tree"
    for kind, seq in (("headings", headings), ("paragraphs", paragraphs)):
        for a, b in itertools.pairwise(seq):
            assert a.span.end <= b.span.start, f"{kind} out of order or overlapping: {a.span} {b.span}"


def _check_round_trip(doc: pressrelease.Release) -> None:
    d = pressrelease.to_dict(doc)
    assert d["schema"] == pressrelease.SCHEMA_VERSION
    assert pressrelease.from_dict(d) == doc, "from_dict(to_dict(doc)) != doc"
    for ensure_ascii in (True, False):
        wire = json.loads(json.dumps(d, ensure_ascii=ensure_ascii))
        assert wire == d, "the dict does not survive json.dumps/json.loads"
        assert pressrelease.from_dict(wire) == doc, "the release does not survive JSON"


def check_release(doc: pressrelease.Release) -> pressrelease.Release:
    """Assert every invariant of a parsed release; return it for chaining."""
    assert isinstance(doc, pressrelease.Release)
    assert isinstance(doc.text, str)
    _check_parts(doc)

    if doc.headline is not None:
        hl = doc.headline
        if _part_at(doc, hl.span.start).rule == "headline.wrapped_title":
            # a title printed over several lines reads as its lines without their breaks
            raw = doc.text[hl.span.start : hl.span.end]
            assert len(raw.splitlines()) >= 2, f"wrapped headline on one line: {raw!r}"
            assert raw.startswith(hl.text[:1]) and raw.endswith(hl.text[-1:]), f"{hl.text!r} not stripped"
            assert _squash(raw) == _squash(hl.text), f"wrapped headline {hl.text!r} from {raw!r}"
        else:
            _exact(doc, hl, "headline")
        assert hl.text and hl.text.strip() == hl.text, f"headline not stripped: {hl.text!r}"
        _in_part(doc, hl.span, "headline", "headline")
        for deck, kind in ((hl.kicker, "kicker"), (hl.subtitle, "subtitle")):
            if deck is not None:
                _exact(doc, deck, kind)
                _in_part(doc, deck.span, kind, kind)
        if hl.kicker is not None:
            assert hl.kicker.span.end <= hl.span.start, "kicker after the headline"
        if hl.subtitle is not None:
            assert hl.span.end <= hl.subtitle.span.start, "subtitle before the headline"

    if doc.byline is not None:
        _exact(doc, doc.byline, "byline")
        _ends_in_parts(doc, doc.byline.span, "byline", "byline")
        for f in doc.byline.fields:
            _in_text(doc, f.span, f"byline field {f.key}")
            printed = doc.text[f.span.start : f.span.end]
            assert f.value.strip() == f.value and f.value in printed, (
                f"field value {f.value!r} not in {printed!r}"
            )
            assert f.label is None or f.label in printed, f"field label {f.label!r} not in {printed!r}"

    published = doc.published
    assert published is None or isinstance(published, dt.date)
    if isinstance(published, dt.datetime):
        assert published.tzinfo is not None, "published datetime is naive"
    assert doc.source is None or (doc.source and doc.source.strip() == doc.source), f"source {doc.source!r}"
    _contributors(doc, doc.editors, "editor")
    _contributors(doc, doc.authors, "author")

    if doc.dateline is not None:
        dl = doc.dateline
        _exact(doc, dl, "dateline")
        assert dl.text, "empty dateline"
        _in_part(doc, dl.span, "dateline", "dateline")
        _contributors(doc, dl.reporters, "dateline reporter")
        reporters = {c.name for c in dl.reporters}
        assert reporters <= {a.name for a in doc.authors}, "a dateline reporter is missing from authors"

    _check_sections(doc)

    if doc.credits is not None:
        cr = doc.credits
        _exact(doc, cr, "credits")
        _ends_in_parts(doc, cr.span, "credits", "credits")
        _contributors(doc, cr.contributors, "credit")
        for c in cr.contributors:
            _inside(cr.span, c.span, "credited name in the credit line")

    if doc.boilerplate is not None:
        bp = doc.boilerplate
        _exact(doc, bp, "boilerplate")
        _ends_in_parts(doc, bp.span, "boilerplate", "boilerplate")
        assert bp.title is None or bp.title, "empty boilerplate title"
        for clause in bp.clauses:
            _exact(doc, clause, "boilerplate clause")
            _inside(bp.span, clause.span, "clause in its boilerplate")
        for a, b in itertools.pairwise(bp.clauses):
            assert a.span.end <= b.span.start, "boilerplate clauses out of order"

    for diag in doc.diagnostics:
        assert diag.code, f"diagnostic without a code: {diag}"
        if diag.span is not None:
            _in_text(doc, diag.span, f"diagnostic {diag.code}")

    _check_round_trip(doc)
    return doc
