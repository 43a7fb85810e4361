"""The headline's own structure: a place prefix before a colon and a quoted numeric slogan.

Local releases often open their headline with the place they come from and a colon
(``某省某县：…``), and sum up their measures in a quoted numeric slogan (``“三抓三做”``,
``“五抓五促”``) whose parts come back, in order, in the section headings (three headings that each
read ``抓… 做…``). This module finds both and links the slogan to the headings that share its
shape: a heading shares it when it holds every key of the slogan (the words after its numerals:
``抓`` and ``做``), in order.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import HeadlineFacts, Place, Release, Span

__all__ = ["headline_facts", "slogan_keys"]

_PREFIX = regex.compile(r"\A\s*(\p{Han}{2,10})\s*[：:]")
"""A short run of Han characters before the headline's first colon."""

_ADMIN_END = regex.compile(r"(?:省|市|县|縣|区|區|州|盟|旗)\Z")
"""How the name of an administrative place ends (``陕西陇县``, ``浙江湖州市``)."""

_QUOTED = regex.compile(r"[“「‘\"]([^”」’\"\n]{2,12})[”」’\"]")
"""Text in quotation marks, short enough to be a slogan."""

_NUMERAL = "一二三四五六七八九十两百千"
_SEGMENT = regex.compile(rf"[{_NUMERAL}]+个?([^{_NUMERAL}、，,·\s]+)")
"""A numeral, an optional measure word and the key word that follows it (``三抓`` → ``抓``)."""


def slogan_keys(slogan: str) -> tuple[str, ...]:
    """The key words of a numeric slogan, in order: ``三抓三做`` → (抓, 做); ``三个聚焦`` → (聚焦,).

    A slogan needs two numerals, or one numeral with a measure word and a key of two characters or
    more; anything else gives ``()`` (``两会`` is a name, not a slogan).
    """
    if not slogan or slogan[0] not in _NUMERAL:
        return ()
    keys = tuple(m.group(1) for m in _SEGMENT.finditer(slogan))
    if len(keys) >= 2:
        return keys
    if len(keys) == 1 and "个" in slogan[:3] and len(keys[0]) >= 2:
        return keys
    return ()


def _shares_shape(heading: str, keys: tuple[str, ...]) -> bool:
    at = 0
    for key in keys:
        found = heading.find(key, at)
        if found < 0:
            return False
        at = found + len(key)
    return True


def headline_facts(doc: Release, places: Sequence[Place] = ()) -> HeadlineFacts | None:
    """The place prefix and numeric slogan of ``doc``'s headline, or None when it has neither.

    A prefix is taken when a place fact lies inside it or when it ends like an administrative name
    (省, 市, 县, 区…). A slogan is linked to the headings that hold its keys in order, when at least
    two do.
    """
    head = doc.headline
    if head is None:
        return None
    base = head.span.start
    text = doc.text[base : head.span.end]  # as printed: a wrapped title keeps its line breaks here
    place = place_span = None
    m = _PREFIX.match(text)
    if m is not None:
        start, end = base + m.start(1), base + m.end(1)
        inside = any(start <= p.span.start and p.span.end <= end for p in places)
        if inside or _ADMIN_END.search(m.group(1)):
            place, place_span = m.group(1), Span(start, end)
    slogan = slogan_span = None
    linked: tuple[Span, ...] = ()
    for q in _QUOTED.finditer(text):
        keys = slogan_keys(q.group(1))
        if not keys:
            continue
        slogan, slogan_span = q.group(1), Span(base + q.start(1), base + q.end(1))
        matches = tuple(h.span for h in doc.headings if _shares_shape(h.text, keys))
        linked = matches if len(matches) >= 2 else ()
        break
    if place is None and slogan is None:
        return None
    return HeadlineFacts(
        place=place, place_span=place_span, slogan=slogan, slogan_span=slogan_span, slogan_headings=linked
    )
