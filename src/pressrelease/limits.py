"""Limits on one parse: input size and time, with safe defaults, and the clock that enforces them."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs

from .errors import InputTooLarge, ParseTimeout

__all__ = ["DEFAULT_LIMITS", "GC_PAUSE_CHARS", "Clock", "Limits", "gc_paused"]


def _positive_or_none(instance: Limits, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and value <= 0:
        raise ValueError(f"{attribute.name} must be positive or None, not {value!r}")


@attrs.frozen
class Limits:
    """How much one :func:`pressrelease.parse` call may take.

    The parser is linear in its input (about a second for a few megabytes), so the defaults only
    stop inputs that are not releases at all: a 20-million-character dump, or a machine so loaded
    that a parse stalls. ``None`` switches a limit off.
    """

    max_chars: int | None = attrs.field(default=20_000_000, validator=_positive_or_none)
    """Largest input, in characters (or bytes, for bytes input), before anything is decoded."""
    max_seconds: float | None = attrs.field(default=60.0, validator=_positive_or_none)
    """Longest time a parse may run; past it :class:`~pressrelease.errors.ParseTimeout` is raised."""

    def check_size(self, size: int, unit: str) -> None:
        """Raise :class:`~pressrelease.errors.InputTooLarge` when ``size`` exceeds the limit."""
        if self.max_chars is not None and size > self.max_chars:
            raise InputTooLarge(
                f"input of {size:,} {unit} is larger than the limit of {self.max_chars:,} "
                "(raise Limits.max_chars to parse it)",
                size=size,
                limit=self.max_chars,
            )

    def clock(self) -> Clock:
        """A clock that starts now and enforces :attr:`max_seconds`."""
        return Clock(self.max_seconds)


DEFAULT_LIMITS = Limits()
"""The limits :func:`pressrelease.parse` uses unless told otherwise."""


class Clock:
    """Checks a deadline; :meth:`check` is cheap enough to call once per line."""

    __slots__ = ("deadline", "seconds", "ticks")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.ticks = 0

    def check(self) -> None:
        """Raise :class:`~pressrelease.errors.ParseTimeout` once the deadline has passed."""
        if self.deadline is None:
            return
        self.ticks += 1
        if self.ticks & 63 == 0 and time.monotonic() > self.deadline:
            raise ParseTimeout(f"parsing took longer than {self.seconds} s", seconds=self.seconds or 0.0)


UNLIMITED_CLOCK = Clock(None)
"""A clock without a deadline, for internal calls."""


GC_PAUSE_CHARS = 65_536
"""Inputs at least this long are parsed with Python's cyclic garbage collector paused.

A parse builds its tree from many small objects that hold no reference cycles. While they pile up,
the collector's full collections walk all of them again and again: on 2 MB of heading lines they
took 47% of the parse (3.6 s with the collector, 1.9 s without), and where a full collection fell
made the time per character swing from one input size to the next. Below this size they cost
nothing measurable. The collector is switched back on when the parse ends (it is left alone when it
was already off), so cycles made meanwhile elsewhere in the process are collected then."""


@contextmanager
def gc_paused(size: int) -> Iterator[None]:
    """Pause the cyclic garbage collector for the duration, when ``size`` reaches
    :data:`GC_PAUSE_CHARS` and the collector is on; reference counting frees memory as usual."""
    if size < GC_PAUSE_CHARS or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
