"""Which publisher a release came from: a registry of publishers and the evidence that names them.

The registry is data (:data:`PUBLISHERS`); :func:`register` adds a user's own publisher without
editing the library. :func:`identify_outlet` weighs what a release says about its publisher: the
dateline's agency, the 来源 value, the credits and the rights notice.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from .model import Outlet, Release

__all__ = ["PUBLISHERS", "Publisher", "identify_outlet", "register"]


@attrs.frozen
class Publisher:
    """One publisher: its canonical name, the other names it goes by, and what kind it is."""

    name: str
    kind: str
    """``agency``, ``national_media``, ``government_portal``, ``local_media`` or ``other``."""
    aliases: tuple[str, ...] = ()
    """Other names, Simplified and Traditional, and the site or paper of the same house."""

    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)


PUBLISHERS: list[Publisher] = [
    Publisher("新华社", "agency", ("新华网", "新華社", "新華網", "新华社客户端")),
    Publisher(
        "人民日报", "national_media", ("人民网", "人民日報", "人民網", "人民网-人民日报", "人民日报客户端")
    ),
    Publisher("中国政府网", "government_portal", ("中國政府網", "www.gov.cn")),
]
"""The known publishers; :func:`register` adds more."""


def register(publisher: Publisher) -> None:
    """Add a publisher to the registry (it takes precedence over built-in ones with the same alias)."""
    PUBLISHERS.insert(0, publisher)


def _lookup(value: str, publishers: Iterable[Publisher]) -> Publisher | None:
    for p in publishers:
        if value in p.names():
            return p
    return None


def identify_outlet(release: Release) -> Outlet | None:
    """The publisher a release most likely came from, or None when nothing names one."""
    votes: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    found: dict[str, Publisher] = {}

    def vote(value: str | None, weight: float, what: str) -> None:
        if not value:
            return
        p = _lookup(value, PUBLISHERS)
        name = p.name if p else value
        if p:
            found[name] = p
        votes[name] = votes.get(name, 0.0) + weight
        evidence.setdefault(name, []).append(f"{what}={value}")

    if release.dateline is not None:
        vote(release.dateline.agency, 0.6, "dateline.agency")
    vote(release.source, 0.4, "source")
    if not votes:
        return None
    best = max(votes, key=lambda k: (votes[k], k))
    kind = found[best].kind if best in found else "other"
    return Outlet(best, kind, min(1.0, votes[best]), tuple(evidence[best]))
