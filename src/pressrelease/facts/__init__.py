"""What a release announces: quantities, dates, quotes, places and organisations as typed facts.

:func:`extract_facts` reads them from a parsed release; ``Release.facts`` calls it once, on first
use, so a plain :func:`pressrelease.parse` costs nothing more. Each extractor is its own module:

- :mod:`.quantities`: amounts with their unit, class and qualifier (``360余名``, ``1.2亿元``);
- :mod:`.dates`: dates, ranges and relative times, resolved against the publication date;
- :mod:`.quotes`: quoted words with their speaker, role and verb;
- :mod:`.places`: administrative places as chains with their codes;
- :mod:`.organisations`: named bodies by their suffixes and the place before them;
- :mod:`.headline`: the headline's place prefix and numeric slogan.

All of them look only at the regions :func:`.regions.regions_of` gives (headline, headings, body
paragraphs), so nothing is read from bylines, credits or boilerplate.
"""

from __future__ import annotations

import datetime as dt

from ..model import Facts, Release
from .dates import find_dates
from .headline import headline_facts
from .organisations import find_organisations
from .places import find_places
from .quantities import find_quantities
from .quotes import find_quotes
from .regions import Region, regions_of

__all__ = ["Region", "extract_facts", "regions_of"]


def _anchor(doc: Release) -> dt.date | None:
    published = doc.published
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def extract_facts(doc: Release) -> Facts:
    """Every fact of ``doc``, each kind in document order."""
    regions = regions_of(doc)
    text = doc.text
    places = find_places(text, regions)
    return Facts(
        quantities=tuple(find_quantities(text, regions)),
        dates=tuple(find_dates(text, regions, _anchor(doc))),
        quotes=tuple(find_quotes(text, regions)),
        places=tuple(places),
        organisations=tuple(find_organisations(text, regions, places)),
        headline=headline_facts(doc, places),
    )
