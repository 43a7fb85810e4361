"""The stretches of a release that facts are looked for in, in document order.

Facts come from what the release says, not from its furniture: the headline (with its kicker and
subtitle), the in-body headings and the body paragraphs. Bylines, datelines, credits, boilerplate
and page chrome are left out, so that an editor's phone number or a copyright year is never taken
for something the release announces.
"""

from __future__ import annotations

import attrs

from ..model import Release, Span

__all__ = ["Region", "regions_of"]


@attrs.frozen
class Region:
    """One stretch of text to look for facts in: the kind of part and its span."""

    part: str
    """``headline``, ``heading`` or ``paragraph``."""
    span: Span

    def text(self, full: str) -> str:
        """The region's text, cut from the release text."""
        return full[self.span.start : self.span.end]


def regions_of(doc: Release) -> list[Region]:
    """The headline (kicker, title, subtitle), then every heading and paragraph, in text order."""
    regions: list[Region] = []
    if doc.headline is not None:
        head = doc.headline
        for deck in (head.kicker, head.subtitle):
            if deck is not None:
                regions.append(Region("headline", deck.span))
        regions.append(Region("headline", head.span))
    for top in doc.sections:
        for section in top.walk():
            if section.heading is not None:
                regions.append(Region("heading", section.heading.span))
            regions.extend(Region("paragraph", p.span) for p in section.paragraphs)
    regions.sort(key=lambda r: (r.span.start, r.span.end))
    return regions
