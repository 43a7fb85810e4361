"""Transcript rule: who speaks in each paragraph of a press conference or an interview."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ..model import Paragraph
from ..patterns import transcript as table

__all__ = ["assign_speakers", "opens_known_turn"]

def _label(text: str) -> str | None:
    m = table.SPEAKER.apply(text)
    if m is None:
        return None
    label = str(m.group("speaker")).strip()
    core = label.split("（")[0].split("(")[0]
    if not core or any(c.isdigit() for c in core) or core.endswith(table.NOT_SPEAKERS):
        return None
    return label


def _role(label: str) -> str:
    """The speaker's role or name without a title in brackets, and without the name after a post
    (``主持人 刘洋`` speaks as 主持人)."""
    core = label.split("（")[0].split("(")[0]
    words = core.split()
    return words[0] if words else core


_LONG_ROLES = tuple(r for r in table.SPEAKER_ROLES if len(r) >= 2)


def _known(role: str) -> bool:
    """A role of the transcript table, or a post ending with one (``某某日报记者``)."""
    return role in table.SPEAKER_ROLES or role.endswith(_LONG_ROLES)


def opens_known_turn(text: str) -> bool:
    """Whether a line opens with the label of a known speaker role and its words (``记者：请问……？``,
    ``主持人：各位记者朋友，大家好！``): the first turn of a transcript, however short."""
    label = _label(text)
    return label is not None and _known(_role(label))


def assign_speakers(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs with their speaker set, when the release reads as a transcript.

    A release is a transcript when its paragraphs open with speaker labels (``主持人：``,
    ``记者：``, a name and a colon): a known role, or two different labels that recur. In a release
    that is mostly turns, unlabelled paragraphs continue the turn before them.
    """
    labels = [_label(p.text) for p in paragraphs]
    found = [lab for lab in labels if lab is not None]
    if not found:
        return list(paragraphs)
    counts = Counter(_role(lab) for lab in found)
    known = any(_known(_role(lab)) for lab in found)
    recurring = len(counts) >= 2 and max(counts.values()) >= 2
    if not (known or recurring):
        return list(paragraphs)
    mostly_turns = len(found) * 5 >= len(paragraphs) * 2
    out: list[Paragraph] = []
    current: str | None = None
    for p, lab in zip(paragraphs, labels, strict=True):
        if lab is not None:
            current = lab
            out.append(attrs.evolve(p, speaker=lab))
        elif mostly_turns and current is not None:
            out.append(attrs.evolve(p, speaker=current))
        else:
            out.append(p)
    return out
