"""Furniture rule: official-document and editorial lines that are neither paragraphs nor headings."""

from __future__ import annotations

import functools

from ..patterns import furniture as table

__all__ = ["furniture_rule"]


@functools.cache
def furniture_rule(text: str) -> str | None:
    """The name of the furniture pattern a line's content matches, or None."""
    if len(text) > 200:
        return None
    for record in table.TABLE:
        if record.apply(text):
            return record.name
    return None
