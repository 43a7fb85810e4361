"""Quotes: words in quotation marks attributed to a speaker by a verb of saying.

:func:`find_quotes` pairs the quotation marks of each region (nested marks stay inside the outer
quote), then looks for an attribution with the :mod:`pressrelease.patterns.quotes` table: right
before the opening mark (``项目负责人杨亚平说：“…”``) or right after the closing one (``“…”，杨亚平
说。``). Quoted words without an attribution are terms, names or slogans (``“服务员”``,
``“三抓三做”``) and are not quotes; a verb followed directly by the marks, with no colon or comma
(``强调“四个意识”``), attributes only words that read as speech (with clause punctuation, or long).

A quote whose paragraph ends before its closing mark goes on in the next paragraph when that one
opens with a mark (the Chinese convention for a quote of several paragraphs); its text joins the
paragraphs' words with a newline and its span runs from the first opening to the last closing mark.

The speaker stretch splits into a role and a name: the name is the two to four characters (or a
transliterated name with ``·``) after the last title or occupation word
(:data:`pressrelease.patterns.words.SPEAKER_ROLES`) that leaves a name after it; with no such word,
the whole stretch is a name when it looks like one (a known surname, or a short word that is not a
body or document). Pronouns (``他说``) give neither name nor role.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Quote, Span
from ..patterns import people, with_variants
from ..patterns import quotes as table
from ..patterns.fragments import SPACE_CHARS
from ..patterns.words import SPEAKER_ROLES, opens_with_surname
from .regions import Region

__all__ = ["find_quotes"]

_MARKS = regex.compile(f"[{table.OPENING}{table.CLOSING}]")
_OPEN = frozenset(table.OPENING)
_WINDOW = 48
"""How far before an opening mark an attribution may start."""
_AFTER = 48
_VERBS = frozenset(with_variants(table.VERBS))
"""The verbs of saying as :data:`~pressrelease.patterns.quotes.BEFORE` matches them (Traditional too)."""
_VERB_LENGTHS = sorted({len(v) for v in _VERBS}, reverse=True)
_SPACE = frozenset(SPACE_CHARS)
"""What :data:`~pressrelease.patterns.fragments.SPACE` matches."""
_ROLES = frozenset(SPEAKER_ROLES)
_ROLE_LENGTHS = sorted({len(r) for r in _ROLES}, reverse=True)
_LEADING = sorted(table.LEADING_WORDS, key=len, reverse=True)
_PRONOUNS = frozenset(table.PRONOUNS)
_SPEECH = frozenset("，。！？；…,!?;：:")
_NOT_SAY_BEFORE_CHENG = frozenset("统简俗号堪昵人誉被名尊爱戏泛合总声并")
"""称 after these is naming (统称, 简称, 被称为), not saying."""
_SPACES = " \t\u3000\xa0"
_CLAUSE_STOPS = frozenset("，,。！？!?；;：:“”「」『』‘’…\n\r")
"""Where the stretch before an attribution's verb starts (after the last of these)."""
_PAREN = regex.compile(r"[（(][^（()）]{0,40}[)）]$")
_HAN = regex.compile(r"\p{Han}")
_LOST_DOT = regex.compile(r"(?<=\p{Han})\?(?=\p{Han})")
_LATIN = regex.compile(r"[A-Za-z][A-Za-z .'-]*")


class _Piece:
    """A pair of marks, possibly over several paragraphs: where it opens and closes, its words."""

    __slots__ = ("close", "open", "part", "region", "words")

    def __init__(self, open_: int, close: int, words: list[str], part: str, region: Region) -> None:
        self.open = open_
        self.close = close
        self.words = words
        self.part = part
        self.region = region


def find_quotes(text: str, regions: Sequence[Region]) -> list[Quote]:
    """Every attributed quote in ``regions`` of ``text``, in document order."""
    found: list[Quote] = []
    for piece in _pieces(text, regions):
        quote = _attribute(text, piece)
        if quote is not None:
            found.append(quote)
    return found


def _pieces(text: str, regions: Sequence[Region]) -> list[_Piece]:
    """The top-level quotation-mark pairs of every region, joined across paragraphs."""
    out: list[_Piece] = []
    pending: _Piece | None = None  # a quote still open at the end of the previous paragraph
    for region in regions:
        lo, hi = region.span.start, region.span.end
        first = lo
        while first < hi and text[first] in _SPACES + "\n\r":
            first += 1
        carry = pending
        pending = None
        if carry is not None and not (region.part == "paragraph" and first < hi and text[first] in _OPEN):
            carry = None  # the next paragraph does not go on with the quote: drop it
        depth = 0
        start = -1
        for m in _MARKS.finditer(text, lo, hi):
            pos = m.start()
            if text[pos] in _OPEN:
                if depth == 0:
                    start = pos
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    if carry is not None and start == first:
                        carry.words.append(text[start + 1 : pos])
                        carry.close = pos + 1
                        out.append(carry)
                        carry = None
                    else:
                        out.append(_Piece(start, pos + 1, [text[start + 1 : pos]], region.part, region))
        if depth > 0 and start >= 0 and region.part == "paragraph":
            words = text[start + 1 : hi].rstrip(_SPACES + "\n\r")
            if carry is not None and start == first:
                carry.words.append(words)
                pending = carry
            else:
                pending = _Piece(start, -1, [words], region.part, region)
    return out


def _lost_dot(text: str, i: int, floor: int) -> bool:
    """``?`` between two Han characters: a transliterated name's middle dot lost to an encoding."""
    return (
        text[i] == "?"
        and i > floor
        and i + 1 < len(text)
        and _HAN.match(text[i - 1]) is not None
        and _HAN.match(text[i + 1]) is not None
    )


def _speechlike(words: str) -> bool:
    """Quoted words that read as speech, not as a term: clause punctuation, or long."""
    return len(words) >= 12 or any(c in _SPEECH for c in words)


def _attribute(text: str, piece: _Piece) -> Quote | None:
    """The quote with its attribution, or None when nothing attributes it."""
    lo, hi = piece.region.span.start, piece.region.span.end
    words = "\n".join(piece.words)
    clause = piece.open - 1
    floor = max(lo, piece.open - _WINDOW)
    while clause >= floor and text[clause] in _SPACES:
        clause -= 1
    if clause >= floor and text[clause] in "：:，,":
        clause -= 1  # the colon or comma after the verb
    while clause >= floor and (text[clause] not in _CLAUSE_STOPS or _lost_dot(text, clause, floor)):
        clause -= 1
    before = None
    if _ends_with_verb(text, clause + 1, piece.open):
        before = table.BEFORE.regex.match(text, clause + 1, piece.open)
    if before is not None:
        verb = before.group("verb")
        punct = before.group("punct")
        who_ok = _who_ok(before.group("who"), verb, punct)
        term = not _speechlike(words) and piece.close < hi and regex.match(r"\p{Han}", text[piece.close])
        if who_ok and (punct or _speechlike(words)) and not term:
            return _quote(text, piece, words, before.start("who"), before.end("who"), verb)
    after_lo = piece.close
    if after_lo <= hi and _at_clause_start(text, piece.open, lo) and _speechlike(words):
        after = table.AFTER.regex.match(text, after_lo, min(hi, after_lo + _AFTER))
        if after is not None:
            who = after.group("who")
            if not who.lstrip(_SPACES).startswith(table.NOT_SPEAKER_START) and _who_ok(
                who, after.group("verb"), "x"
            ):
                return _quote(text, piece, words, after.start("who"), after.end("who"), after.group("verb"))
    return None


def _ends_with_verb(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends as :data:`~pressrelease.patterns.quotes.BEFORE` needs: a verb of
    saying after at least one character, then only white space and at most one colon or comma.

    A cheap necessary condition, checked from the end: most quotes are terms or names with no verb
    before them, and the expression, tried from the start of the clause, costs far more."""
    k = hi
    while k > lo and text[k - 1] in _SPACE:
        k -= 1
    if k > lo and text[k - 1] in "：:，,":
        k -= 1
    while k > lo and text[k - 1] in _SPACE:
        k -= 1
    return any(text[k - n : k] in _VERBS for n in _VERB_LENGTHS if k - n > lo)


def _at_clause_start(text: str, pos: int, lo: int) -> bool:
    """The opening mark starts a clause: at the paragraph start or after punctuation or a quote."""
    i = pos - 1
    while i >= lo and text[i] in _SPACES:
        i -= 1
    return i < lo or text[i] in "：:，,。！？!?；;”」』…\n"


def _who_ok(who: str, verb: str, punct: str | None) -> bool:
    """The stretch before the verb can be a speaker."""
    w = who.strip(_SPACES)
    if not w or "《" in w or "》" in w:
        return False
    return not (verb == "称" and (not punct or w[-1] in _NOT_SAY_BEFORE_CHENG))


def _quote(text: str, piece: _Piece, words: str, who_start: int, who_end: int, verb: str) -> Quote:
    """Build the quote, splitting the speaker stretch into role and name."""
    while who_start < who_end and text[who_start] in _SPACES:
        who_start += 1
    while who_end > who_start and text[who_end - 1] in _SPACES:
        who_end -= 1
    who = text[who_start:who_end]
    for word in _LEADING:
        if who.startswith(word):
            who = who[len(word) :]
            who_start += len(word)
            break
    if who.endswith("地") and len(who) >= 3:
        # an adverb in 地 between speaker and verb (卢宇恳切地说): the cut that leaves a speaker
        cuts = [k for k in (2, 3, 4) if len(who) > k + 1]
        good = [k for k in cuts if who[: -(k + 1)] in _PRONOUNS or _split(who[: -(k + 1)]) != (None, None)]
        k = (good or cuts or [0])[0]
        if k:
            who = who[: -(k + 1)]
            who_end = who_start + len(who)
    role, speaker = _split(who)
    return Quote(
        text=words,
        span=Span(piece.open, piece.close),
        part=piece.part,
        speaker=speaker,
        role=role,
        verb=verb,
        speaker_span=Span(who_start, who_end) if who else None,
    )


def _split(who: str) -> tuple[str | None, str | None]:
    """``项目负责人杨亚平`` → (``项目负责人``, ``杨亚平``); (None, None) for a pronoun."""
    if _LOST_DOT.search(who) is None:
        return _split_core(who)
    # a name's middle dot printed as ?: read with the dot, returned as printed
    role, speaker = _split_core(_LOST_DOT.sub("·", who))
    return (role and role.replace("·", "?")), (speaker and speaker.replace("·", "?"))


def _split_core(who: str) -> tuple[str | None, str | None]:
    if who in _PRONOUNS:
        return None, None
    core = _PAREN.sub("", who).strip(_SPACES)
    if "的" in core:
        # a description before the speaker (在墨尔本留学的马素湘): the speaker comes after it
        core = core[core.rindex("的") + 1 :]
    if not core:
        return None, None
    for title in table.TRAILING_TITLES:
        if core.endswith(title) and len(core) >= len(title) + 2:
            role, name = _split_core(core[: -len(title)])
            if name is not None:
                return role, name
    # a title or occupation word, then a name
    for i in range(len(core) - 2, 0, -1):
        if len(core) - i > 12:
            break
        head, name = core[:i], core[i:]
        if _ends_with_role(head) and people.PERSON.apply(name) and not _LATIN.fullmatch(name):
            return head, name
    if _ends_with_role(core):
        return core, None
    if _looks_like_name(core):
        return None, core
    return None, None


def _ends_with_role(head: str) -> bool:
    return any(len(head) >= n and head[-n:] in _ROLES for n in _ROLE_LENGTHS)


def _looks_like_name(word: str) -> bool:
    """A speaker word that is a person's name: a surname first, a transliteration, or a short word."""
    if any(dot in word for dot in "·•・") and people.PERSON.apply(word):
        return True
    if not regex.fullmatch(r"\p{Han}{2,4}", word):
        return False
    if opens_with_surname(word):
        return True
    return len(word) <= 3 and word[-1] not in table.NON_NAME_ENDINGS and word not in _PRONOUNS
