"""Contributors: role words and names in bylines, dateline parentheses and credit lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Contributor, Span
from ..patterns import people as table
from ..patterns.words import (
    AUTHOR_ROLES,
    CHROME_LINES,
    CHROME_WORDS,
    CONTRIBUTOR_ROLES,
    EDITOR_ROLES,
    PLACEHOLDER_NAMES,
    SOURCE_LABELS,
    WORK_VERBS,
)

__all__ = ["parse_people", "responsible_editor", "role_kind"]

_ALL_ROLES = frozenset(EDITOR_ROLES + AUTHOR_ROLES + CONTRIBUTOR_ROLES)
_NOT_NAMES = frozenset(CHROME_WORDS + CHROME_LINES + SOURCE_LABELS + PLACEHOLDER_NAMES)
"""Widget and navigation words are never a person's name (字号, 打印, 关闭…), nor are source labels
(来源, 资料来源: what follows them names outlets, not people)."""


_RESPONSIBLE_WORDS = ("责任编辑", "責任編輯", "责编", "責編")


def responsible_editor(role: str | None) -> bool:
    """Whether a role names the 责任编辑 (responsible editor), a duty of its own."""
    return role is not None and any(w in role for w in _RESPONSIBLE_WORDS)


def role_kind(role: str | None) -> str:
    """``editor``, ``author`` or ``contributor`` for a role word; ``author`` when there is no role."""
    if role is None:
        return "author"
    r = role.strip()
    if r in CONTRIBUTOR_ROLES:
        return "contributor"
    if responsible_editor(r):
        return "editor"
    if any(w in r for w in ("记者", "記者", "通讯员", "通訊員", "摄", "攝", "作者", "撰")):
        return "author"
    if r in EDITOR_ROLES or any(w in r for w in ("编", "編", "审", "審", "校", "签", "簽", "监", "監")):
        return "editor"
    return "author"


def _split_role(tok: str) -> tuple[str, str] | None:
    """``记者白瀛`` → (``记者``, ``白瀛``): a role word glued to the name after it."""
    m = table.ROLE_PREFIX.apply(tok)
    if m is not None and m.end() < len(tok):
        return m.group(0), tok[m.end() :]
    m = table.REPORTER_ROLE.regex.match(tok)
    if m and m.end() < len(tok):
        return tok[: m.end()], tok[m.end() :]
    return None


def _is_role(tok: str) -> bool:
    return tok in _ALL_ROLES or bool(table.REPORTER_ROLE.apply(tok))


def parse_people(
    text: str, start: int, end: int, role: str | None = None, *, strict: bool = True
) -> tuple[Contributor, ...] | None:
    """Read ``text[start:end]`` as a run of role words and names.

    ``role`` is the role already in force (from a label before the span). Returns None when a
    token is neither a role nor a plausible name and ``strict`` is set (the span is not a list of
    people); with ``strict`` unset such tokens are skipped.
    """
    people: list[Contributor] = []
    current = role
    tokens = [m for m in table.TOKEN.finditer(text, start, end) if m.group("sep") is None]
    skip_next = False
    pending: list[Contributor] = []  # units before the role that follows them (某科、某站供稿)
    for i, m in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        tok = m.group("tok")
        tstart = m.start()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            table.SINGLE_HAN.apply(tok)
            and nxt is not None
            and table.SINGLE_HAN.apply(nxt.group("tok"))
            and (current is not None or _only_roles(tokens[i + 2 :]))
            and nxt.start() - m.end() <= 3
        ):
            # a two-character name typeset with a space inside it: 方 敏
            people.append(Contributor(current, tok + nxt.group("tok"), Span(tstart, nxt.end())))
            skip_next = True
            continue
        if _is_role(tok):
            current = tok
            continue
        if (
            nxt is not None
            and text[m.end() : nxt.start()] in ("/", "／")
            and _is_role(text[tstart : nxt.end()])
        ):
            # outlets before a role (某某日报/某某新闻记者 张三): the whole run is the role
            current = text[tstart : nxt.end()]
            skip_next = True
            continue
        if tok in WORK_VERBS and people:
            continue  # what the person before did (张三 摄, 记者李四 整理): not a name
        name_start = tstart
        split = _split_role(tok)
        if split is not None and table.PERSON.apply(split[1]):
            current, tok = split
            name_start = tstart + len(split[0])
        suffix = next((r for r in CONTRIBUTOR_ROLES if tok.endswith(r) and len(tok) > len(r) + 1), None)
        if suffix is not None and table.UNIT.apply(tok[: -len(suffix)]):
            # the role closes a list of units (某党支部、某科供稿): it is theirs too
            people.extend(Contributor(suffix, c.name, c.span) for c in pending)
            pending.clear()
            people.append(
                Contributor(suffix, tok[: -len(suffix)], Span(tstart, tstart + len(tok) - len(suffix)))
            )
            continue
        if tok.endswith(("摄", "攝")) and len(tok) >= 3 and table.PERSON.apply(tok[:-1]):
            tok = tok[:-1]
        m_id = table.ID_SUFFIX.apply(tok)
        if m_id is not None and table.PERSON.apply(m_id.group("name")):
            tok = m_id.group("name")
        if tok in _NOT_NAMES:
            if strict:
                return None
            continue
        unit_ok = current is not None and role_kind(current) == "contributor"
        staff_ok = current is not None and role_kind(current) == "editor"
        if (
            table.PERSON.apply(tok)
            or (unit_ok and table.UNIT.apply(tok))
            or (staff_ok and (table.STAFF_ID.apply(tok) or table.STAFF_NAME.apply(tok)))
        ):
            people.append(Contributor(current, tok, Span(name_start, name_start + len(tok))))
        elif current is None and nxt is not None and table.UNIT.apply(tok):
            pending.append(Contributor(None, tok, Span(name_start, name_start + len(tok))))
        elif strict:
            return None
    if pending and strict:
        return None  # units that no later role claimed
    after = _after(tokens, people[-1].span.end) if people and people[-1].role is None else ()
    if _only_roles(after):
        # the role printed after the names (张三 文/图, 李 伟 摄影): it is theirs
        trailing = text[after[0].start() : after[-1].end()]
        people = [Contributor(trailing, p.name, p.span) if p.role is None else p for p in people]
    return tuple(people)


def _after(tokens: Sequence[Any], pos: int) -> Sequence[Any]:
    """The word tokens that start at or after ``pos``."""
    return [t for t in tokens if t.start() >= pos]


def _only_roles(tokens: Sequence[Any]) -> bool:
    """Whether ``tokens`` are one or more role words and nothing else."""
    return bool(tokens) and all(_is_role(t.group("tok")) for t in tokens)
