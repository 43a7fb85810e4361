"""Contributors: role words and names in bylines, dateline parentheses and credit lines."""

from __future__ import annotations

import regex

from ..model import Contributor, Span
from ..patterns.words import AUTHOR_ROLES, CONTRIBUTOR_ROLES, EDITOR_ROLES

__all__ = ["is_author_role", "is_editor_role", "parse_people", "role_kind"]

_ALL_ROLES = frozenset(EDITOR_ROLES + AUTHOR_ROLES + CONTRIBUTOR_ROLES)
_ROLE_PREFIX = regex.compile(
    r"\L<roles>", roles=sorted((r for r in _ALL_ROLES if len(r) >= 2), key=len, reverse=True)
)
"""The longest role word a token starts with."""
_TOKEN = regex.compile(
    r"(?P<sep>[\s\u3000\xa0、，,；;：:/／|｜丨︱]+)|(?P<tok>[^\s\u3000\xa0、，,；;：:/／|｜丨︱]+)"
)
_PERSON = regex.compile(
    r"(?:\p{Han}{2,4}|\p{Han}{1,8}[·•・]\p{Han}{1,10}(?:[·•・]\p{Han}{1,10})?|[A-Za-z][A-Za-z.'-]{1,30})"
)
_STAFF_ID = regex.compile(r"[A-Za-z]{1,4}[0-9]{2,6}")
"""A portal editor's staff code printed instead of a name (``NF055``)."""
_ID_SUFFIX = regex.compile(r"(?P<name>.+?)_[A-Za-z]{1,4}[0-9]{2,6}")
"""A name followed by its staff code (``李曦_NN2587``): the name is the part before the underscore."""
_STAFF_NAME = regex.compile(r"\p{Han}{2,6}")
"""Editorial accounts are sometimes named by function (``系统管理员``)."""
_UNIT = regex.compile(r"[\p{Han}A-Za-z0-9·（）()]{2,40}")
_REPORTER_SUFFIX = regex.compile(r"(?:\p{Han}{1,8}[·•/／])?\p{Han}{0,8}(?:记者|記者|通讯员|通訊員)")
_SINGLE_HAN = regex.compile(r"\p{Han}")


def role_kind(role: str | None) -> str:
    """``editor``, ``author`` or ``contributor`` for a role word; ``author`` when there is no role."""
    if role is None:
        return "author"
    r = role.strip()
    if r in CONTRIBUTOR_ROLES:
        return "contributor"
    if any(w in r for w in ("责任编辑", "責任編輯", "责编", "責編")):
        return "editor"
    if any(w in r for w in ("记者", "記者", "通讯员", "通訊員", "摄", "攝", "作者", "撰")):
        return "author"
    if r in EDITOR_ROLES or any(w in r for w in ("编", "編", "审", "審", "校", "签", "簽", "监", "監")):
        return "editor"
    return "author"


def is_editor_role(role: str | None) -> bool:
    """Whether a role word names editorial staff (编辑, 责编, 审核…)."""
    return role_kind(role) == "editor"


def is_author_role(role: str | None) -> bool:
    """Whether a role word names a reporter, writer or photographer."""
    return role_kind(role) == "author"


def _split_role(tok: str) -> tuple[str, str] | None:
    """``记者白瀛`` → (``记者``, ``白瀛``): a role word glued to the name after it."""
    m = _ROLE_PREFIX.match(tok)
    if m is not None and m.end() < len(tok):
        return m.group(0), tok[m.end() :]
    m = _REPORTER_SUFFIX.match(tok)
    if m and m.end() < len(tok):
        return tok[: m.end()], tok[m.end() :]
    return None


def _is_role(tok: str) -> bool:
    return tok in _ALL_ROLES or bool(_REPORTER_SUFFIX.fullmatch(tok))


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
    tokens = [m for m in _TOKEN.finditer(text, start, end) if m.group("sep") is None]
    skip_next = False
    for i, m in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        tok = m.group("tok")
        tstart = m.start()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            _SINGLE_HAN.fullmatch(tok)
            and nxt is not None
            and _SINGLE_HAN.fullmatch(nxt.group("tok"))
            and current is not None
            and nxt.start() - m.end() <= 3
        ):
            # a two-character name typeset with a space inside it: 方 敏
            people.append(Contributor(current, tok + nxt.group("tok"), Span(tstart, nxt.end())))
            skip_next = True
            continue
        if _is_role(tok):
            current = tok
            continue
        if tok in ("摄", "攝", "摄影", "攝影") and people:
            continue
        name_start = tstart
        split = _split_role(tok)
        if split is not None and _PERSON.fullmatch(split[1]):
            current, tok = split
            name_start = tstart + len(split[0])
        suffix = next((r for r in CONTRIBUTOR_ROLES if tok.endswith(r) and len(tok) > len(r) + 1), None)
        if suffix is not None and _UNIT.fullmatch(tok[: -len(suffix)]):
            people.append(
                Contributor(suffix, tok[: -len(suffix)], Span(tstart, tstart + len(tok) - len(suffix)))
            )
            continue
        if tok.endswith(("摄", "攝")) and len(tok) >= 3 and _PERSON.fullmatch(tok[:-1]):
            tok = tok[:-1]
        m_id = _ID_SUFFIX.fullmatch(tok)
        if m_id is not None and _PERSON.fullmatch(m_id.group("name")):
            tok = m_id.group("name")
        unit_ok = current is not None and role_kind(current) == "contributor"
        staff_ok = current is not None and role_kind(current) == "editor"
        if (
            _PERSON.fullmatch(tok)
            or (unit_ok and _UNIT.fullmatch(tok))
            or (staff_ok and (_STAFF_ID.fullmatch(tok) or _STAFF_NAME.fullmatch(tok)))
        ):
            people.append(Contributor(current, tok, Span(name_start, name_start + len(tok))))
        elif strict:
            return None
    return tuple(people)
