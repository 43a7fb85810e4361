"""Furniture rule: official-document and editorial lines that are neither paragraphs nor headings."""

from __future__ import annotations

import functools

from ..patterns import document
from ..patterns import furniture as table

__all__ = ["furniture_rule", "organ_name"]

_ORGAN_MAX = 30
"""The longest line read as an organ's name alone (a joint signature prints one organ per line)."""


_FURNITURE_CHARS = frozenset("目编編令题題记記通号號：:附年-/.．（()）原录錄按摄攝评評")
"""Every furniture pattern needs one of these characters; a line with none of them is not furniture."""


@functools.cache
def furniture_rule(text: str) -> str | None:
    """The name of the furniture pattern a line's content matches, or None."""
    if len(text) > 200 or _FURNITURE_CHARS.isdisjoint(text):
        return None
    for record in table.SENTENCE_TABLE if text.endswith("。") else table.TABLE:
        if record.apply(text):
            return record.name
    return None


def organ_name(text: str) -> bool:
    """Whether a line's content is an organ's name alone (``某某市人民政府``, ``某某委员会``): short,
    without punctuation, ending with its kind of body (``document.organ``)."""
    return (
        len(text) <= _ORGAN_MAX
        and not any(c in text for c in "，,。：:；;！？（(")
        and document.ORGAN.apply(text) is not None
    )
