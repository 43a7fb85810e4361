"""Boilerplate rule: a copyright or disclaimer notice, its title and its numbered clauses."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..model import Boilerplate, Clause, Span
from ..patterns import boilerplate as table
from .chrome import chrome_rule
from .segment import Line

__all__ = ["is_notice_line", "is_notice_title", "read_boilerplate"]


def is_notice_title(text: str) -> bool:
    """A short title line of a notice (版权声明, 免责声明)."""
    return len(text) <= 40 and table.TITLE.apply(text) is not None


@functools.cache
def is_notice_line(text: str) -> bool:
    """A line whose wording is a rights notice (reprint, authorisation, disclaimer)."""
    return table.WORDING.apply(text) is not None


def notice_starts_at(lines: Sequence[Line], i: int) -> bool:
    """Whether a notice begins at content line ``i``: a wording line, or a title followed by one."""
    text = lines[i].text
    if is_notice_line(text):
        return True
    if is_notice_title(text):
        for nxt in lines[i + 1 : i + 4]:
            if is_notice_line(nxt.text) or table.CLAUSE_NUMBER.apply(nxt.text):
                return True
    return False


def read_boilerplate(text: str, lines: Sequence[Line], i: int) -> tuple[Boilerplate, int]:
    """Read the notice that starts at content line ``i``; return it and the index after its last line.

    Numbered lines open clauses; unnumbered lines after a clause continue it; a chrome line ends
    the notice.
    """
    title: str | None = None
    j = i
    if is_notice_title(lines[i].text) and not is_notice_line(lines[i].text):
        m = table.TITLE.apply(lines[i].text)
        title = m.group("title").strip() if m else lines[i].text
        j += 1
    clauses: list[Clause] = []
    clause_start: int | None = None
    clause_end = 0
    number: str | None = None
    last = j - 1
    numbered_seen = False
    while j < len(lines):
        line = lines[j]
        m = table.CLAUSE_NUMBER.apply(line.text)
        if m and (numbered_seen or is_notice_line(line.text) or j == last + 1):
            if clause_start is not None and number is not None:
                clauses.append(Clause(text[clause_start:clause_end], Span(clause_start, clause_end), number))
            clause_start, clause_end, number = line.cstart, line.cend, m.group("number")
            numbered_seen = True
        elif chrome_rule(line.text) is not None and not is_notice_line(line.text):
            break
        elif numbered_seen or is_notice_line(line.text) or j == i:
            if clause_start is None:
                clause_start = line.cstart
            clause_end = line.cend
        else:
            break
        last = j
        j += 1
    if clause_start is not None and number is not None:
        clauses.append(Clause(text[clause_start:clause_end], Span(clause_start, clause_end), number))
    start = lines[i].cstart
    end = lines[last].cend if last >= i else lines[i].cend
    return Boilerplate(text[start:end], Span(start, end), title, tuple(clauses)), max(last + 1, i + 1)
