"""Finding parts and facts in a release: by kind, by text pattern, by section, by value.

The functions here back the query methods of :class:`~pressrelease.model.Release`
(``doc.find``, ``doc.sections_matching``, ``doc.section_path``, ``doc.facts_in``); they can also be
called directly. Everything is located by span, so a fact belongs to the paragraph and the sections
whose spans contain it.

``doc.find("quantity", section="复工", unit_class="money")`` gives every money amount in the sections
whose heading (or an enclosing section's heading) mentions 复工.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

import attrs
import regex

from .model import FACT_FIELDS, Facts, Heading, Paragraph, Part, Release, Section, Span

__all__ = [
    "FACT_KINDS",
    "ItemKind",
    "facts_in",
    "find",
    "section_path",
    "sections_matching",
]

FACT_KINDS: tuple[str, ...] = tuple(FACT_FIELDS)
"""The kinds of fact :meth:`Release.find` knows, each a field of :class:`~pressrelease.model.Facts`."""

ItemKind: TypeAlias = Literal[
    "quantity",
    "date",
    "quote",
    "place",
    "organisation",
    "section",
    "heading",
    "paragraph",
    "headline",
    "kicker",
    "subtitle",
    "byline",
    "dateline",
    "credits",
    "boilerplate",
    "note",
    "chrome",
    "blank",
    "unclassified",
]
"""What :func:`find` looks for: a fact kind, ``section``, ``heading``, ``paragraph``, or any other
part kind (which gives the :class:`~pressrelease.model.Part` records of that kind)."""

Pattern: TypeAlias = "str | regex.Pattern[str]"
Located: TypeAlias = "Span | Part | Paragraph | Heading | Section | Any"


def _span_of(element: Located) -> Span:
    if isinstance(element, Span):
        return element
    span = getattr(element, "span", None)
    if not isinstance(span, Span):
        raise TypeError(f"{type(element).__name__} has no span to locate it by")
    return span


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _compile(pattern: Pattern) -> regex.Pattern[str]:
    return regex.compile(pattern) if isinstance(pattern, str) else pattern


def _all_sections(doc: Release) -> Iterable[Section]:
    for top in doc.sections:
        yield from top.walk()


def section_path(doc: Release, element: Located) -> tuple[Section, ...]:
    """The sections that contain ``element``, outermost first (empty when it is outside the body)."""
    span = _span_of(element)
    path: list[Section] = []
    level: Iterable[Section] = doc.sections
    while True:
        for section in level:
            if _inside(span, section.span):
                path.append(section)
                level = section.subsections
                break
        else:
            return tuple(path)


def sections_matching(doc: Release, pattern: Pattern) -> tuple[Section, ...]:
    """Every section (at any depth) whose own heading text matches ``pattern`` (a regex search)."""
    rx = _compile(pattern)
    return tuple(s for s in _all_sections(doc) if s.heading is not None and rx.search(s.heading.text))


def _within_sections(doc: Release, section: Pattern | Section | Span) -> list[Span]:
    if isinstance(section, Section):
        return [section.span]
    if isinstance(section, Span):
        return [section]
    return [s.span for s in sections_matching(doc, section)]


def _text_of(doc: Release, item: Any) -> str:
    text = getattr(item, "text", None)
    return text if isinstance(text, str) else doc.text_of(_span_of(item))


def _items(doc: Release, kind: str) -> tuple[Any, ...]:
    if kind in FACT_FIELDS:
        return doc.facts.of_kind(kind)
    if kind == "section":
        return tuple(_all_sections(doc))
    if kind == "heading":
        return doc.headings
    if kind == "paragraph":
        return doc.paragraphs
    return tuple(p for p in doc.parts if p.kind == kind)


def _matches(item: Any, where: dict[str, Any]) -> bool:
    for name, wanted in where.items():
        if not hasattr(item, name):
            return False
        value = getattr(item, name)
        if callable(wanted) and not isinstance(wanted, type):
            if not wanted(value):
                return False
        elif value != wanted:
            return False
    return True


def find(
    doc: Release,
    what: ItemKind | None = None,
    /,
    *,
    pattern: Pattern | None = None,
    section: Pattern | Section | Span | None = None,
    within: Located | None = None,
    **where: Any,
) -> tuple[Any, ...]:
    """Parts or facts of ``doc``, in document order, filtered by everything given.

    - ``what`` (positional): a fact kind (:data:`FACT_KINDS`), ``section``, ``heading``,
      ``paragraph`` or another part kind; None means every fact.
    - ``pattern``: a regex (or string) searched in the item's text.
    - ``section``: a regex matched against section headings (the item must lie in a section whose
      heading matches, at any depth), or a :class:`Section` or :class:`Span` to lie in.
    - ``within``: any element with a span (a paragraph, a part, a span) to lie in.
    - ``where``: attribute filters; a value must be equal, or a callable must return true for it
      (``unit_class="money"``, ``value=lambda v: v > 1e6``, ``speaker="张三"``, ``kind="bank"``).
    """
    if what is None:
        items: tuple[Any, ...] = tuple(x for k in FACT_KINDS for x in _items(doc, k))
        items = tuple(sorted(items, key=lambda x: (_span_of(x).start, _span_of(x).end)))
    else:
        items = _items(doc, what)
    if section is not None:
        spans = _within_sections(doc, section)
        items = tuple(x for x in items if any(_inside(_span_of(x), s) for s in spans))
    if within is not None:
        outer = _span_of(within)
        items = tuple(x for x in items if _inside(_span_of(x), outer))
    if pattern is not None:
        rx = _compile(pattern)
        items = tuple(x for x in items if rx.search(_text_of(doc, x)))
    if where:
        items = tuple(x for x in items if _matches(x, where))
    return items


def facts_in(doc: Release, element: Located) -> Facts:
    """The facts of ``doc`` that lie inside ``element`` (a section, a paragraph, a span…)."""
    outer = _span_of(element)
    facts = doc.facts

    kept = {
        field: tuple(x for x in facts.of_kind(kind) if _inside(x.span, outer))
        for kind, field in FACT_FIELDS.items()
    }
    headline = facts.headline if doc.headline is not None and _inside(doc.headline.span, outer) else None
    return attrs.evolve(facts, headline=headline, **kept)
