"""Named bodies: a place (or a bare level word, or a national prefix), a short body and a suffix.

``陇县县委组织部``, ``陇县人社局``, ``县农商银行``, ``市人民医院``, ``国家发展改革委``: the suffix gives the
kind (the table :mod:`pressrelease.patterns.organisations`), and the name runs back from it to the
nearest *anchor*: a place found by :func:`pressrelease.facts.places.find_places` (``陇县``), a bare level
word standing on its own (``县`` after punctuation or a function word: ``在县政府…``), or a national
prefix (``国家``, ``中国``), or a country abroad (``法国国家铁路公司``; no place). The body
between anchor and suffix holds no punctuation and none of the function words of
:data:`~pressrelease.patterns.organisations.STOP_CHARS`, and is at most :data:`MAX_BODY`
characters. Without an anchor there is no organisation (``政府``, ``医院``, ``企业``, ``部门``
alone are generic nouns), with three exceptions: the central bodies named on their own
(``国务院``, ``教育部``), the media outlets of the publisher registry (``新华社``, ``人民日报``)
and companies with a formal suffix (``…有限公司``), whose name starts after the nearest stop.

Traditional script is read folded to Simplified (:func:`pressrelease.facts.places.fold`).

Suffix chains make one name (``县委`` + ``组织部``, ``县政府`` + ``办公室``): of the names that share an
anchor the longest is kept, with the kind of its last suffix.

The scan is linear: candidate suffix ends are found by one character-class search, each name looks
back at most :data:`MAX_BODY` characters, and the lexicon is looked up by its opening bigrams at the
positions one character-class search finds.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

from ..model import Organisation, Place, Span
from ..patterns import organisations as table
from .places import bigram_openings, fold
from .regions import Region

__all__ = ["MAX_BODY", "find_organisations"]

MAX_BODY = 20
"""The most characters between an anchor and the suffix (``人力资源和社会保障`` is 9)."""

_MAX_COMPANY_BODY = 14
"""The most characters of a formal company name found without a place."""


@functools.cache
def _suffixes() -> tuple[dict[str, list[tuple[str, str]]], re.Pattern[str]]:
    """Suffixes by their last character (longest first) with their kinds, and the class of last characters."""
    by_last: dict[str, list[tuple[str, str]]] = {}
    for kind, words in table.SUFFIXES.items():
        for word in words:
            by_last.setdefault(word[-1], []).append((word, kind))
    for entries in by_last.values():
        entries.sort(key=lambda wk: len(wk[0]), reverse=True)
    chars = "".join(sorted(by_last))
    return by_last, re.compile(f"[{re.escape(chars)}]")


@functools.cache
def _suffix_kinds() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """Each suffix's kind, and the lengths of the suffixes (longest first) by their last character:
    the suffix ending at a position is found with a look-up per length, not a comparison per word."""
    kinds: dict[str, str] = {}
    for kind, words in table.SUFFIXES.items():
        for word in words:
            kinds.setdefault(word, kind)
    return kinds, _lengths_by_last(kinds)


_CENTRAL_PARTY = frozenset({"中共中央", "党中央", "中组部", "中宣部", "中央统战部", "中央纪委"})


@functools.cache
def _lexicon() -> dict[str, tuple[tuple[str, str], ...]]:
    """Names that are organisations on their own, by their first two characters, longest first."""
    from ..publishers import BUILTIN

    names: dict[str, str] = {}
    for publisher in BUILTIN:
        for name in (publisher.name, *publisher.aliases):
            body = publisher.kind == "agency" or name.endswith(table.BROADCASTER_ENDINGS)
            if body and len(name) >= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
                names.setdefault(name, "media")
    for name in table.CENTRAL:
        names[name] = "bank" if name.endswith("银行") else "party" if name in _CENTRAL_PARTY else "government"
    buckets: dict[str, list[tuple[str, str]]] = {}
    for name, kind in names.items():
        buckets.setdefault(name[:2], []).append((name, kind))
    return {k: tuple(sorted(v, key=lambda nk: len(nk[0]), reverse=True)) for k, v in buckets.items()}


@functools.cache
def _lexicon_openings() -> re.Pattern[str]:
    """Where a name of :func:`_lexicon` may start (see :func:`.places.bigram_openings`)."""
    return bigram_openings(_lexicon())


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class _Anchors:
    """The places of one region, looked up by where they end and by the positions they cover."""

    def __init__(self, places: Sequence[Place], start: int, end: int) -> None:
        inside = [p for p in places if start <= p.span.start and p.span.end <= end]
        self.by_end: dict[int, tuple[int, str | None]] = {p.span.end: (p.span.start, p.text) for p in inside}
        self.starts = [p.span.start for p in inside]
        self.places = inside
        self.body_kinds: dict[int, str] = {}
        """The kinds of the bodies named on their own, by where they start."""

    def add_body(self, start: int, end: int, kind: str) -> None:
        """A body named on its own (国务院) anchors the names that run on from it (国务院办公厅)."""
        self.by_end.setdefault(end, (start, None))
        self.body_kinds[start] = kind

    def place_ending(self, pos: int) -> tuple[int, str | None] | None:
        """The start and printed place of the anchor that ends at ``pos``, if one does."""
        return self.by_end.get(pos)

    def place_over(self, pos: int) -> Place | None:
        """The place that covers ``pos`` and started before it (``宝鸡市`` for the 市 of ``宝鸡市委``)."""
        i = bisect.bisect_right(self.starts, pos - 1) - 1
        if i >= 0 and self.places[i].span.start < pos < self.places[i].span.end:
            return self.places[i]
        return None


def _lengths_by_last(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of ``words`` (longest first) by their last character: a text position is looked
    up with the few lengths of the words that can end there, not every length of the list."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[-1], set()).add(len(word))
    return {last: tuple(sorted(ns, reverse=True)) for last, ns in lengths.items()}


@functools.cache
def _foreign() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    names = frozenset(table.FOREIGN_PREFIXES)
    return names, _lengths_by_last(names)


def _foreign_anchor(text: str, k: int, start: int, anchors: _Anchors) -> int | None:
    """Where a country (or city) abroad that ends at ``k`` starts, when it anchors a body: standing
    on its own (``。法国总工会``, not ``非法国有``) and not inside a place (``湖南非遗``)."""
    if k <= start:
        return None
    names, by_last = _foreign()
    for n in by_last.get(text[k - 1], ()):
        a = k - n
        if a < start or text[a:k] not in names:
            continue
        if text[k : k + 1] == "族" or any(anchors.place_over(p) is not None for p in range(a, k + 1)):
            return None  # 朝鲜族, or a place's characters
        return a if _bare_ok(text, a, start) else None
    return None


@functools.cache
def _stop_words() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    words = frozenset(table.STOP_WORDS)
    return words, _lengths_by_last(words)


def _level_word(text: str, pos: int, end: int) -> bool:
    """Whether the level character at ``pos`` is a level word (not the start of ``市场``, ``县城``…)."""
    after = table.LEVEL_NOT_BEFORE.get(text[pos], "")
    return pos + 1 >= end or text[pos + 1] not in after


def _bare_ok(text: str, pos: int, start: int) -> bool:
    """Whether the level word at ``pos`` stands on its own (not the end of ``全县``, ``城市``…): after
    a non-Han or function character, or after a verb of the stop list (``落实市委…``)."""
    if pos <= start:
        return True
    prev = text[pos - 1]
    if not _is_han(prev) or prev in table.BARE_AFTER:
        return True
    stop_words, stop_lengths = _stop_words()
    if any(text[pos - n : pos] in stop_words for n in stop_lengths.get(prev, ()) if pos - n >= start):
        return True
    by_last, _ = _suffixes()  # right after another name (市委市政府): a name of its own
    return any(pos - len(w) >= start and text.startswith(w, pos - len(w)) for w, _k in by_last.get(prev, ()))


def _anchor(text: str, s: int, start: int, end: int, anchors: _Anchors) -> tuple[int, int, str | None] | None:
    """Where the name ending in the suffix at ``s`` starts, where its anchor ends, and its place as
    printed; None when no anchor is in reach."""
    over = anchors.place_over(s)
    if over is not None:  # 宝鸡市委: the suffix 市委 opens inside the place
        return over.span.start, s, over.text
    by_last, _ = _suffixes()
    stop_words, stop_lengths = _stop_words()
    limit = max(start, s - MAX_BODY)
    k = s
    while k >= limit:
        place = anchors.place_ending(k)
        if place is not None:
            return place[0], k, place[1]
        if k - 2 >= start and text[k - 2 : k] in table.NATIONAL_PREFIXES:
            foreign = _foreign_anchor(text, k - 2, start, anchors)  # 法国国家铁路公司: the country's
            return (k - 2 if foreign is None else foreign), k, None
        foreign = _foreign_anchor(text, k, start, anchors)
        if foreign is not None:
            return foreign, k, None
        # a suffix that opens with a level word (县委) is its own anchor when it stands alone;
        # otherwise the name runs back to a place (凯里市炉山镇党委) or there is none
        if k == s and text[s] in table.LEVEL_CHARS and _level_word(text, s, end) and _bare_ok(text, s, start):
            return s, s, text[s]
        if k == limit:
            break
        ch = text[k - 1]
        if ch in table.LEVEL_CHARS and _level_word(text, k - 1, end):
            before = anchors.place_ending(k - 1)
            if before is not None:
                return before[0], k - 1, before[1]
            if k - 1 > start and text[k - 2] in table.LEVEL_CHARS:
                k -= 1  # 省市县: the level words before it decide
                continue
            if _bare_ok(text, k - 1, start):
                return k - 1, k, ch
            # part of a longer word (示范区, 开发区): the body goes on
        if not _is_han(ch) or ch in table.STOP_CHARS:
            return None
        if text[k - 1 : k + 1] in table.BODY_BREAKERS:
            return None  # the body runs across a word no name holds (部门, 会议)
        if (
            ch == "和"
            and k - 1 > start
            and any(text.startswith(w, k - 1 - len(w)) for w, _ in by_last.get(text[k - 2], ()))
        ):
            return None  # 学会和山…: 和 after a complete name joins two names
        if any(text[k - n : k] in stop_words for n in stop_lengths.get(ch, ()) if k - n >= start):
            return None
        k -= 1
    return None


def _company_start(text: str, s: int, start: int, anchors: _Anchors) -> int | None:
    """Where a formal company name without an anchor starts: after the nearest stop, leading verbs cut."""
    limit = max(start, s - _MAX_COMPANY_BODY - 8)
    k = s
    while k > limit:
        ch = text[k - 1]
        if (not _is_han(ch) and ch not in "（）()") or ch in table.COMPANY_STOP_CHARS:
            break
        k -= 1
    else:
        if k > start:
            return None  # no boundary within reach: the name's start is unknown
    changed = True
    while changed:
        changed = False
        for verb in table.LEAD_VERBS:
            if text.startswith(verb, k) and s - k - len(verb) >= 2:
                k += len(verb)
                changed = True
    if not 2 <= s - k <= _MAX_COMPANY_BODY:
        return None
    return k


def _blocked(text: str, e: int, start: int, end: int) -> bool:
    """Whether the suffix-like ending at ``e`` is part of another word (``部门``, ``大局``, ``举办``)."""
    after = table.NOT_AFTER.get(text[e - 1])
    if after is not None and e < end and text[e] in after and not text.startswith(table.STILL_A_SUFFIX, e):
        return True
    return text[max(start, e - 2) : e] in table.NOT_WORDS or text[max(start, e - 3) : e] in table.NOT_WORDS


def _joins_names(text: str, body_start: int, s: int, by_last: dict[str, list[tuple[str, str]]]) -> bool:
    """Whether a 和 in the body follows a complete name (``学会和``, ``委员会审定和``), so that it joins two
    names instead of two words of one (``人力资源和社会保障局``)."""
    cut = text.find("和", body_start, s)
    if cut < 0:
        return False
    for j in range(body_start + 1, cut + 1):
        for word, _kind in by_last.get(text[j - 1], ()):
            if j - len(word) >= body_start and text.startswith(word, j - len(word)):
                return True
    return False


def _lexicon_hits(text: str, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    lexicon = _lexicon()
    opening = _lexicon_openings().search
    hits: list[tuple[int, int, str, str | None]] = []
    i = start
    while True:
        found_at = opening(text, i, end)  # the next position whose bigram may open a name
        if found_at is None:
            return hits
        i = found_at.start()
        names = lexicon.get(text[i : i + 2])
        step = 1
        if names is not None:
            for name, kind in names:
                j = i + len(name)
                if j <= end and text.startswith(name, i) and not _blocked(text, j, start, end):
                    hits.append((i, j, kind, None))
                    step = len(name)
                    break
        i += step


def _enumerated(text: str, s: int, start: int, ends: set[int]) -> int | None:
    """The start of a body listed after another (``民政部、教育部、统计局``): after the 、 that follows it."""
    k = s
    limit = max(start, s - 10)
    while k > limit:
        ch = text[k - 1]
        if ch in "、，," and k - 1 in ends and (ch == "、" or k < s):
            return k  # a bare suffix is listed only after 、 (not 设在某部，办公室主任…)
        if not _is_han(ch) or ch in table.STOP_CHARS:
            return None
        k -= 1
    return None


def _candidates(
    text: str, region: Region, places: Sequence[Place]
) -> Iterable[tuple[int, int, str, str | None]]:
    start, end = region.span.start, region.span.end
    anchors = _Anchors(places, start, end)
    by_last, last_chars = _suffixes()
    suffix_kind, suffix_lengths = _suffix_kinds()
    hits = _lexicon_hits(text, start, end)
    for a, e, kind, _place in hits:
        anchors.add_body(a, e, kind)
    ends = {e for _a, e, _k, _p in hits}
    lexicon_starts = {e: a for a, e, _k, _p in hits}
    out = list(hits)
    for m in last_chars.finditer(text, start, end):
        e = m.end()
        for n in suffix_lengths[text[e - 1]]:  # the longest suffix that ends here
            s = e - n
            word = text[s:e]
            if s < start or word not in suffix_kind:
                continue
            if _blocked(text, e, start, end):
                break  # the ending is another word
            kind = suffix_kind[word]
            found = _anchor(text, s, start, end, anchors)
            if e in lexicon_starts and (
                found is None
                or found[0] >= lexicon_starts[e]
                or (found[0] in anchors.body_kinds and found[1] != lexicon_starts[e])
            ):
                # a body named on its own ends here (生态环境部); only a longer name is kept, from a place
                # or a prefix (陇县统计局) or a body right before it (国家卫健委疾控局), not across
                # other words from a body (应急管理部副部长兼水利部)
                break
            if found is not None:
                a, body_start, place = found
                if kind == "other" and anchors.body_kinds.get(a) in ("government", "party"):
                    kind = anchors.body_kinds[a]  # 国务院研究室: a unit of a central body is of its kind
                if kind == "party" and text.startswith(table.PARTY_PREFIX, a - 2) and a - 2 >= start:
                    a -= 2  # 中共某某市委
                if s <= body_start and (word in table.NEEDS_BODY or text[a:body_start] == "全国"):
                    break  # 市局, 县中心, 常德市中心, 全国晚报: an anchor and a bare suffix
                if _joins_names(text, body_start, s, by_last):
                    break  # 某委员会审定和某部: 和 joins two names, it is not inside one
                out.append((a, e, kind, place))
                ends.add(e)
            elif word in table.COMPANY_FORMAL:
                k = _company_start(text, s, start, anchors)
                if k is not None:
                    out.append((k, e, kind, None))
                    ends.add(e)
            else:
                k = _enumerated(text, s, start, ends)
                if k is not None and (s - k >= 1 or len(word) >= 3):  # 、检察院 but not 、政府
                    out.append((k, e, kind, None))
                    ends.add(e)
            break
    return out


def find_organisations(text: str, regions: Sequence[Region], places: Sequence[Place]) -> list[Organisation]:
    """Every named body in ``regions`` of ``text``, in document order.

    ``places`` are the places :func:`pressrelease.facts.places.find_places` found in the same
    regions: a body's name runs back to the nearest of them (``陇县县委组织部``). Names that overlap
    keep the one that starts first and, of those, the longest.
    """
    printed = text
    text = fold(text)  # Traditional names are read in Simplified; offsets are the same
    ordered = sorted(places, key=lambda p: (p.span.start, p.span.end))
    starts = [p.span.start for p in ordered]
    found: list[Organisation] = []
    for region in regions:
        start = max(0, region.span.start)
        end = min(len(text), region.span.end)
        if end - start < 2:
            continue
        clipped = Region(region.part, Span(start, end))
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        cands = sorted(_candidates(text, clipped, ordered[lo:hi]), key=lambda c: (c[0], -c[1]))
        last_end = -1
        for a, e, kind, place in cands:
            if a < last_end:
                continue
            found.append(
                Organisation(text=printed[a:e], span=Span(a, e), part=region.part, kind=kind, place=place)
            )
            last_end = e
    return found
