"""Patterns are data: named records with a regex, examples that must match and counter-examples that must not.

Every pattern the rules use is a :class:`Pattern` built with :func:`pattern` from the shared
fragments in :mod:`pressrelease.patterns.fragments` and the word lists in
:mod:`pressrelease.patterns.words`. Each module of this package is one table; :data:`ALL` (filled
by :func:`registry`) lets one parametrised test run every record's examples.

This package imports nothing from the rest of pressrelease.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs
import regex

__all__ = ["Mode", "Pattern", "compile_all", "pattern", "registry", "traditionalise", "with_variants"]

Mode = Literal["search", "match", "fullmatch"]

_REGISTRY: dict[str, Pattern] = {}


@attrs.frozen
class Pattern:
    """A named regular expression with the examples that document it.

    The expression is compiled on first use (once per process), so importing the library stays
    fast; :func:`compile_all` compiles every pattern up front.
    """

    name: str
    """Dotted name: ``<table>.<what it recognises>``, e.g. ``dateline.agency_place_date``."""
    source: str
    """The expression, in :mod:`regex` verbose syntax."""
    mode: Mode
    """How the rules apply it: ``search`` anywhere, ``match`` at the start, ``fullmatch`` whole."""
    examples: tuple[str, ...]
    """Texts it must recognise (applied with ``mode``)."""
    counter_examples: tuple[str, ...]
    """Texts it must not recognise."""
    doc: str = ""
    """What convention it encodes, in one sentence."""
    flags: int = 0
    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The word lists behind its ``\\L<name>`` references."""
    requires: tuple[str, ...] = ()
    """Literals of which every match holds at least one (their Traditional forms are added). A text
    holding none of their first characters is refused without running the expression: a cheap gate
    for expressions tried on every line. Empty: no gate."""
    _compiled: list[Any] = attrs.field(factory=list, eq=False, repr=False)

    @property
    def regex(self) -> Any:
        """The compiled :mod:`regex` pattern."""
        if not self._compiled:
            named = {k: list(with_variants(v)) for k, v in self.lists}
            compiled = regex.compile(
                traditionalise(self.source), self.flags | regex.VERBOSE, ignore_unused=True, **named
            )
            # the gate: the first characters of the literals, checked in one set operation (cheaper
            # than the expression, and than looking for each literal)
            firsts = frozenset(w[0] for w in with_variants(self.requires) if w)
            run = {"search": compiled.search, "match": compiled.match, "fullmatch": compiled.fullmatch}
            self._compiled.extend((compiled, firsts or None, run[self.mode]))
        return self._compiled[0]

    def _refused(self, text: str, pos: int, end: int) -> bool:
        """Whether the :attr:`requires` gate rules out any match in ``text[pos:end]``."""
        firsts: frozenset[str] = self._compiled[1]
        if pos == 0 and end >= len(text):
            return firsts.isdisjoint(_chars(text))
        return firsts.isdisjoint(text[pos:end])

    def apply(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        """Apply the pattern to ``text[pos:endpos]`` as its mode says; a match object or None."""
        if not self._compiled:
            _ = self.regex
        _, gate, run = self._compiled
        end = len(text) if endpos is None else endpos
        if gate is not None and self._refused(text, pos, end):
            return None
        return run(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """Every non-overlapping match in ``text[pos:endpos]``."""
        end = len(text) if endpos is None else endpos
        compiled = self.regex
        if self._compiled[1] is not None and self._refused(text, pos, end):
            return iter(())
        return iter(compiled.finditer(text, pos, end))


_LAST_CHARS: tuple[str, frozenset[str]] = ("", frozenset())
"""The last text whose characters a gate looked at, and its set of characters: the rules try several
gated patterns on the same line in a row, so the set is built once per line. One tuple, swapped
whole, so concurrent threads never see a text with another text's characters."""


def _chars(text: str) -> frozenset[str]:
    """The set of characters of ``text`` (kept for the next call on the same text object)."""
    global _LAST_CHARS
    last = _LAST_CHARS
    if last[0] is text:
        return last[1]
    chars = frozenset(text)
    _LAST_CHARS = (text, chars)
    return chars


def pattern(
    name: str,
    source: str,
    *,
    mode: Mode = "search",
    examples: tuple[str, ...] | list[str] = (),
    counter: tuple[str, ...] | list[str] = (),
    doc: str = "",
    flags: int = 0,
    lists: Mapping[str, Sequence[str]] | None = None,
    requires: Sequence[str] = (),
) -> Pattern:
    """Register ``source`` (verbose syntax) as a :class:`Pattern` (compiled on first use).

    ``lists`` feed ``\\L<name>`` references: word lists stay in one place and are not
    pasted into regexes. ``requires`` names literals of which every match holds one (see
    :attr:`Pattern.requires`); ``tests/test_patterns.py`` checks on every example text and every
    corpus line that the gate never refuses a text the expression matches.
    """
    if name in _REGISTRY:
        raise ValueError(f"pattern {name!r} is defined twice")
    named = tuple((k, tuple(v)) for k, v in (lists or {}).items())
    if requires and flags & regex.IGNORECASE:
        raise ValueError(f"pattern {name!r}: a literal gate (requires) cannot serve a case-blind pattern")
    record = Pattern(name, source, mode, tuple(examples), tuple(counter), doc, flags, named, tuple(requires))
    _REGISTRY[name] = record
    return record


def traditionalise(source: str) -> str:
    """The pattern source with each Simplified character also accepting its Traditional forms.

    ``号`` becomes ``[号號]``; inside a character class the forms join the class. Escapes and
    everything that is not a Han character with a Traditional form are left as they are.
    """
    from .traditional import VARIANTS

    out: list[str] = []
    in_class = False
    escaped = False
    for ch in source:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            out.append(ch)
            escaped = True
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        forms = VARIANTS.get(ch)
        if forms is None:
            out.append(ch)
        elif in_class:
            out.append(ch + forms)
        else:
            out.append(f"[{ch}{forms}]")
    return "".join(out)


def with_variants(words: Sequence[str]) -> tuple[str, ...]:
    """The words and their Traditional spellings (each character in each of its forms, bounded)."""
    from .traditional import VARIANTS

    out: dict[str, None] = dict.fromkeys(words)
    for word in words:
        spellings = [""]
        for ch in word:
            forms = ch + VARIANTS.get(ch, "")
            spellings = [s + f for s in spellings for f in forms][:16]
        out.update(dict.fromkeys(spellings))
    return tuple(out)


def compile_all() -> int:
    """Compile every pattern now (a pipeline can pay the cost before its first document)."""
    table = registry()
    for record in table.values():
        _ = record.regex
    return len(table)


def registry() -> dict[str, Pattern]:
    """Every pattern defined so far, by name (import the tables first)."""
    from . import (  # noqa: F401
        boilerplate,
        byline,
        chrome,
        credits,
        dateline,
        dates,
        document,
        furniture,
        heading,
        organisations,
        people,
        quantity,
        quotes,
        transcript,
    )

    return dict(_REGISTRY)
