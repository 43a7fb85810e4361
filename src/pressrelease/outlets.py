"""Which publisher a release came from: the evidence that names it, weighed into one answer.

The publishers are data (:mod:`pressrelease.publishers`); this module reads a parsed release for
everything that names a publisher and decides which one published it, and how sure that is.
docs/publishers.md explains it with the weights in a table (generated from :data:`WEIGHTS`).

**Evidence.** Each item names a publisher through one *channel* (:data:`CHANNELS`), with a fixed
weight (:data:`WEIGHTS`). *Content* channels say where the text came from: the dateline's agency
(``dateline.agency``; ``据某社电`` is the weaker ``dateline.according_to``; a listed house's
dateline opening an early paragraph the parser did not take as one is ``body.dateline``) and the
来源 value (``source``). *Page* channels say who published the page: a footer naming the site
(``footer``: ``版权所有：某某网``, ``某某网版权所有``), a rights notice naming it (``boilerplate``:
``凡本网注明“来源：某某”``, ``版权均属某某所有``, ``不代表某某观点``, or a listed house's wording), a
listed house's web domain in a footer or URL line (``domain``), furniture only one house prints
(``mark``: ``香港時間…時…分``), and the page header (``header.welcome`` ``欢迎访问某某``,
``header.breadcrumb`` ``某某网 > 正文``, ``header.masthead`` a line that is only a listed name).
*Supporting* channels only add to a publisher named by another channel: the sponsor named by
``主办`` (``owner``), a listed house's credit line (``credits``), the ``（完）`` closing agency
dispatches (``convention``), and the house references ``本报讯``/``本网讯``/``来源：本站原创``
(``house``: 本报/本台/本刊 go to the 来源's publisher, 本网/本站 to the page's, each failing that
to the other).

**Names.** A name is resolved against the registry (an alias as printed, then with Traditional
characters folded to Simplified, then piece by piece for ``人民网－人民日报``, then as an alias
followed by a channel or company suffix, ``人民网四川频道``), then against the families (a local
paper, broadcaster, media centre, app, news site, government or department portal), which return
it as printed. A name known to neither still counts, at :data:`UNRECOGNISED` of its weight, as an
``other`` publisher named as printed.

**Decision.** Each candidate publisher's *support* combines its channels like independent clues:
``support = 1 − Π(1 − w)`` over its channels, each channel counted once with its strongest item.
*Page support* is the same over page channels only. The page's publisher is the outlet: when a
candidate's page support reaches :data:`PAGE_THRESHOLD`, the candidate with the most page support
wins and the publishers named by the dateline or the 来源 are the reprint's origin, kept as
``reprint.dateline.agency=…`` and ``reprint.source=…`` evidence. Otherwise the candidate with the
most support wins and the others are kept as ``rival.…`` evidence. Confidence is the winner's
support discounted by its strongest rival: ``confidence = support × (1 − rival / 2)`` (the rival's
page support when the page decided, its support otherwise), rounded to three decimals. Ties go
to the publisher named first. A candidate named only through supporting channels never wins.

The computation is deterministic and reads a bounded number of lines (the page furniture before
the body and after it, :data:`HEAD_LINES` and :data:`TAIL_LINES`, each cut at 300 characters), so
it costs the same on any input size.

**Your own publishers.** :func:`register` adds a :class:`~pressrelease.publishers.Publisher` to
the module-level registry :data:`PUBLISHERS` (process-wide: every later :func:`pressrelease.parse`
in this process uses it; worker processes started by ``spawn`` must register it again, e.g. in an
initializer); :func:`unregister` removes it. To use an explicit list for one call instead,
``identify_outlet(release, publishers=[...])``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs
import regex

from .model import Outlet, Part, Release
from .patterns.traditional import VARIANTS
from .publishers import BUILTIN, FAMILIES, KINDS, Publisher

__all__ = [
    "CHANNELS",
    "PAGE_THRESHOLD",
    "PUBLISHERS",
    "WEIGHTS",
    "Publisher",
    "Resolved",
    "identify_outlet",
    "normalise",
    "register",
    "resolve",
    "unregister",
]

PUBLISHERS: list[Publisher] = list(BUILTIN)
"""The registry: user-registered publishers first, then :data:`~pressrelease.publishers.BUILTIN`.
Prefer :func:`register` and :func:`unregister` to editing it in place."""

WEIGHTS: Final[dict[str, float]] = {
    "dateline.agency": 0.6,
    "dateline.according_to": 0.3,
    "body.dateline": 0.5,
    "source": 0.5,
    "footer": 0.6,
    "boilerplate": 0.6,
    "domain": 0.5,
    "mark": 0.5,
    "owner": 0.3,
    "header.welcome": 0.4,
    "header.breadcrumb": 0.35,
    "header.masthead": 0.25,
    "house": 0.3,
    "credits": 0.15,
    "convention": 0.1,
}
"""How strongly one item of each channel points to a publisher (see the module docstring)."""

CHANNELS: Final[dict[str, str]] = {
    "dateline.agency": "the outlet named by the dateline (新华社北京3月7日电)",
    "dateline.according_to": "a relayed dateline (据新华社电): the text came from it, the page from another",
    "body.dateline": "a listed house's dateline opening an early paragraph, when the parser found none",
    "source": "the 来源 value (a name, or the pieces of 人民网－人民日报)",
    "footer": "a footer naming the site: 版权所有：某某网, 某某网版权所有",
    "boilerplate": "a rights notice naming the site (凡本网注明“来源：某某”, 不代表某某观点) or a house's",
    "domain": "a listed house's web domain in a footer line or a URL line",
    "mark": "a line of page furniture only one house prints (香港時間…時…分)",
    "owner": "a footer naming the sponsor (主办：某某, 某某主办), often a group or an office: supporting",
    "header.welcome": "a header greeting: 欢迎访问某某, 某某欢迎您",
    "header.breadcrumb": "the first crumb of a breadcrumb: 某某网 > 正文",
    "header.masthead": "a head line that is only a listed house's name",
    "house": "本报讯/本网讯, 来源：本站原创, 不代表本网观点: the page names itself without its name",
    "credits": "a listed house's credit line (【责任编辑：…】); shared conventions, so only supporting",
    "convention": "（完）closing an agency dispatch; only supporting an agency",
}
"""What each channel of :data:`WEIGHTS` reads."""

PAGE_CHANNELS: Final = frozenset(
    {
        "footer",
        "boilerplate",
        "domain",
        "mark",
        "header.welcome",
        "header.breadcrumb",
        "header.masthead",
    }
)
"""Channels by which the page names its own publisher."""

SUPPORTING_CHANNELS: Final = frozenset({"owner", "credits", "convention", "house"})
"""Channels that only add to a publisher named by another channel."""

PAGE_THRESHOLD: Final = 0.5
"""Page support from which the page's own publisher is the outlet, whatever the dateline says."""

UNRECOGNISED: Final = 0.5
"""The factor applied to the weight of a name neither in the registry nor in a family."""

HEAD_LINES: Final = 30
"""How many furniture lines before the body are read."""

TAIL_LINES: Final = 80
"""How many furniture lines after the body are read."""

MASTHEAD_LINES: Final = 8
"""How many of the head lines may be a masthead (a line that is only a site's name)."""

_LINE_CHARS: Final = 300
"""Longer lines are read up to this many characters."""

_NAME_CHARS: Final = 60
"""A longer value (a 来源, a dateline's agency) is running text, not a name."""


# --------------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------------


def _check(publisher: Publisher) -> None:
    if not isinstance(publisher, Publisher):
        raise TypeError(f"register() takes a Publisher, not {type(publisher).__name__}")
    if not publisher.name.strip():
        raise ValueError("a publisher needs a name")
    if publisher.kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {publisher.kind!r}")


def register(publisher: Publisher) -> Publisher:
    """Add ``publisher`` to the process-wide registry, ahead of the built-in publishers.

    Its aliases take precedence over built-in ones spelled the same. Registering the same record
    twice is a no-op. Returns the publisher, so it can be kept for :func:`unregister`.
    """
    _check(publisher)
    if publisher not in PUBLISHERS:
        PUBLISHERS.insert(0, publisher)
    return publisher


def unregister(publisher: Publisher) -> None:
    """Remove a publisher from the process-wide registry (no error if it is not there)."""
    while publisher in PUBLISHERS:
        PUBLISHERS.remove(publisher)


# --------------------------------------------------------------------------------------------------
# Normalisation: compare names and wording, never rewrite the release's text
# --------------------------------------------------------------------------------------------------

_FOLD: Final = {ord(form): simplified for simplified, forms in reversed(VARIANTS.items()) for form in forms}
"""Traditional to Simplified: names are compared in Simplified (the first Simplified form wins)."""


_NON_SPACE: Final = regex.compile(r"[^\s\u200b\u200c\u200d\ufeff]+")


@functools.lru_cache(maxsize=4096)
def _plain_char(ch: str) -> str:
    if ch.isspace() or ch in "\u200b\u200c\u200d\ufeff":
        return ""
    return "".join(c for c in unicodedata.normalize("NFKC", ch).casefold() if not c.isspace())


class _Text:
    """A printed string and its normalised form, with the printed position of every normalised character."""

    __slots__ = ("_pos", "_runs", "norm", "plain", "printed")

    def __init__(self, printed: str) -> None:
        self.printed = printed
        self._pos: list[int] | None = None
        self._runs: list[tuple[int, int]] = []
        folded = unicodedata.normalize("NFKC", printed).casefold()
        if len(folded) == len(printed):  # the common case: one character for one, white space to drop
            self._runs = [m.span() for m in _NON_SPACE.finditer(folded)]
            self.plain = "".join(folded[a:b] for a, b in self._runs)
        else:
            plain: list[str] = []
            pos: list[int] = []
            for i, ch in enumerate(printed):
                for c in _plain_char(ch):
                    plain.append(c)
                    pos.append(i)
            self.plain = "".join(plain)
            self._pos = pos
        self.norm = self.plain.translate(_FOLD)

    @property
    def pos(self) -> list[int]:
        """The printed position of each character of :attr:`norm` (computed on first use)."""
        if self._pos is None:
            self._pos = [i for a, b in self._runs for i in range(a, b)]
        return self._pos

    def span(self, start: int, end: int) -> str:
        """The printed text behind ``norm[start:end]``."""
        if start >= end:
            return ""
        pos = self.pos
        return self.printed[pos[start] : pos[end - 1] + 1].strip()


_TEXTS: dict[str, _Text] = {}
"""The texts normalised during one :func:`identify_outlet` call: a name or a footer line is read
through several channels, and is normalised once. Emptied at the end of every call."""


def _text(printed: str) -> _Text:
    """``printed`` with its normalised form, from :data:`_TEXTS` when already built in this call."""
    found = _TEXTS.get(printed)
    if found is None:
        found = _TEXTS[printed] = _Text(printed)
    return found


def normalise(text: str) -> str:
    """``text`` as names and wording are compared: NFKC, lower case, no white space, Traditional folded."""
    return _Text(text).norm


def _norm(text: str) -> str:
    """:func:`normalise`, through this call's memo."""
    return _text(text).norm


# --------------------------------------------------------------------------------------------------
# Resolving a name
# --------------------------------------------------------------------------------------------------


@attrs.frozen
class Resolved:
    """What a printed name was recognised as."""

    name: str
    """The canonical name of a registry publisher, or the name as printed for a family member."""
    kind: str
    publisher: Publisher | None = None
    """The registry entry, if the name is one of its names."""
    family: str | None = None
    """The family's dotted name, if recognised by shape."""


_WILDCARD = r"[^\n]{1,80}?"


@functools.lru_cache(maxsize=1024)
def _template(template: str) -> Any:
    """A wording template (``…`` = 1 to 80 characters) as a regex over normalised text."""
    return regex.compile(_WILDCARD.join(regex.escape(_norm(piece)) for piece in template.split("…")))


_QUOTES: Final = regex.compile(r"[《》〈〉“”\"'‘’「」『』]")
_BRACKET_TAIL: Final = regex.compile(r"[(\[【][^()\[\]【】]{1,12}[)\]】]$")
_LEAD: Final = regex.compile(
    r"^(?:据|本文来源于|来源于|稿件来源|文章来源|信息来源|新闻来源|来源|转自|转载自|来自|出处)(?::)?"
)
_TAIL: Final = regex.compile(r"(?:专电|电|讯|消息|报道|供稿|独家|原创|综合)$")
_SEPARATOR: Final = regex.compile(r"[\-—–·・/|、,_~]+")
_SUFFIX: Final = regex.compile(
    r"""(?:[^\p{Han}]+|\p{Han}{0,6}频道|客户端|app|官网|官方网站|网站|门户网站|新媒体科技|
         (?:网络|文化|互动|新闻)?传媒|(?:报业)?集团|股份有限公司|有限公司|公司|号|公众号|微信公众号|微信|
         官方微博|官微|微博|抖音号|视频号|网|社|报社|新闻|新闻中心|编辑部|评论|评论员|
         \p{Han}{2,3}(?:分社|站|记者站|分公司))""",
    regex.VERBOSE,
)


@functools.lru_cache(maxsize=16)
def _any_template(templates: tuple[str, ...]) -> Any:
    """One regex that finds whether any of the templates occurs (most lines match none)."""
    if not templates:
        return regex.compile(r"(?!)")
    return regex.compile("|".join(f"(?:{_template(t).pattern})" for t in templates))


@functools.lru_cache(maxsize=1024)
def _head(template: str) -> str:
    """The literal text a template opens with (normalised): a line it matches starts with it."""
    return _norm(template.split("…", 1)[0])


@attrs.frozen
class _Index:
    plain: dict[str, Publisher]
    folded: dict[str, Publisher]
    longest: int
    domains: tuple[tuple[str, Publisher], ...]
    credits: tuple[tuple[str, Publisher], ...]
    rights: tuple[tuple[str, Publisher], ...]
    marks: tuple[tuple[str, Publisher], ...]


@functools.lru_cache(maxsize=16)
def _index(publishers: tuple[Publisher, ...]) -> _Index:
    plain: dict[str, Publisher] = {}
    folded: dict[str, Publisher] = {}
    deferred: list[tuple[str, Publisher]] = []
    for p in publishers:
        for alias in p.names():
            text = _text(_QUOTES.sub("", alias))
            plain.setdefault(text.plain, p)
            if text.plain == text.norm:
                folded.setdefault(text.norm, p)
            else:
                deferred.append((text.norm, p))
    for key, p in deferred:  # a Traditional spelling never shadows a Simplified one
        folded.setdefault(key, p)
    return _Index(
        plain=plain,
        folded=folded,
        longest=max((len(k) for k in folded), default=0),
        domains=tuple((d.lower().strip("."), p) for p in publishers for d in p.domains),
        credits=tuple((t, p) for p in publishers for t in p.credits),
        rights=tuple((t, p) for p in publishers for t in p.rights),
        marks=tuple((t, p) for p in publishers for t in p.marks),
    )


_LATIN: Final = regex.compile(r"[a-z0-9]")
_JUNK: Final = frozenset(
    _norm(w)
    for w in (
        *(
            "未知",
            "网络",
            "互联网",
            "综合",
            "转载",
            "原创",
            "本站",
            "本网",
            "本报",
            "本台",
            "本站原创",
            "本网原创",
        ),
        *("网友投稿", "投稿", "其他", "暂无", "无", "佚名", "admin", "管理员", "编辑部", "原作者", "作者"),
    )
)
"""来源 values that name no publisher."""

_HOUSE: Final = frozenset(
    _norm(w)
    for w in (
        "本站",
        "本网",
        "本報",
        "本报",
        "本台",
        "本刊",
        "本站原创",
        "本网原创",
        "本网讯",
        "本报讯",
        "本站讯",
    )
)
"""How a page or paper refers to itself (the publisher is named elsewhere on the page)."""


def _exact(index: _Index, text: str, plain: str | None = None) -> Publisher | None:
    if plain is not None and plain in index.plain:
        return index.plain[plain]
    return index.folded.get(text)


def _prefix(index: _Index, text: str) -> Publisher | None:
    for length in range(min(len(text) - 1, index.longest), 1, -1):
        head = text[:length]
        p = index.folded.get(head)
        if p is None:
            continue
        rest = text[length:]
        if _LATIN.match(head[-1]) and _LATIN.match(rest[0]):
            continue  # a Latin alias is a whole word: "cri" is not the start of "critical"
        if _SUFFIX.fullmatch(rest):
            return p
    return None


def _variants(text: _Text) -> Iterator[tuple[int, int]]:
    """Spans of ``text.norm`` to try, from the whole name to the name stripped of decorations.

    The last span drops a dateline ending (``光明网讯`` → ``光明网``) when there is one; the one
    before it is the name as printed without quotes, a bracketed place or a leading ``据``."""
    start, end = 0, len(text.norm)
    seen: set[tuple[int, int]] = set()

    def emit() -> Iterator[tuple[int, int]]:
        if end - start >= 2 and (start, end) not in seen:
            seen.add((start, end))
            yield (start, end)

    yield from emit()
    m = _BRACKET_TAIL.search(text.norm, start, end)
    if m and m.start() > start:
        end = m.start()
        yield from emit()
    m = _LEAD.match(text.norm, start, end)
    if m and m.end() < end:
        start = m.end()
        yield from emit()
    m = _TAIL.search(text.norm, start, end)
    if m and m.start() - start >= 2:
        end = m.start()
        yield from emit()


def _pieces(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SEPARATOR.finditer(norm, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def _family(text: _Text, start: int, end: int) -> Resolved | None:
    for fam in FAMILIES:
        m = fam.pattern.regex.fullmatch(text.norm, start, end)
        if m is not None:
            return Resolved(text.span(m.start("name"), m.end("name")), fam.kind, None, fam.name)
    return None


def _resolve(text: _Text, index: _Index) -> Resolved | None:
    cleaned = _text(_QUOTES.sub("", text.printed))
    spans = list(_variants(cleaned))
    norm = cleaned.norm
    found: Publisher | None = None
    for start, end in spans:  # 1. the whole name, as printed or folded
        found = _exact(index, norm[start:end], cleaned.plain[start:end])
        if found:
            break
    if found is None:  # 2. piece by piece: 人民网－人民日报, 光明网-《光明日报》
        for start, end in spans:
            for a, b in _pieces(norm, start, end):
                found = _exact(index, norm[a:b], cleaned.plain[a:b])
                if found:
                    break
            if found:
                break
    if found is None:  # 3. an alias and a channel or company suffix: 人民网四川频道
        for start, end in spans:
            for a, b in [(start, end), *_pieces(norm, start, end)]:
                found = _prefix(index, norm[a:b])
                if found:
                    break
            if found:
                break
    if found is not None:
        return Resolved(found.name, found.kind, found, None)
    for start, end in spans:  # 4. a family, by the shape of the name
        for a, b in [(start, end), *_pieces(norm, start, end)]:
            hit = _family(cleaned, a, b)
            if hit is not None:
                return hit
    return None


def resolve(name: str, publishers: Sequence[Publisher] | None = None) -> Resolved | None:
    """What ``name`` (as printed in a 来源, a dateline or a footer) names, or None if nothing known.

    ``publishers`` defaults to the registry :data:`PUBLISHERS`; families are always tried after it.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    return _resolve(_text(name.strip()), _index(tuple(PUBLISHERS if publishers is None else publishers)))


# --------------------------------------------------------------------------------------------------
# Reading the release
# --------------------------------------------------------------------------------------------------

_BODY_KINDS: Final = frozenset({"headline", "kicker", "subtitle", "dateline", "heading", "paragraph"})
_AFTER_BODY_KINDS: Final = frozenset({"dateline", "heading", "paragraph"})

_COPYRIGHT: Final = regex.compile(r"版权所有")
_NAME_RUN: Final = regex.compile(r"[\p{Han}·()]{2,60}")
_AFTER_NAME: Final = regex.compile(r"(?:copyright|©|\(c\)|[0-9.\-~,:;])*(?P<name>[\p{Han}·()]{2,40})")
_OWNER: Final = regex.compile(
    r"主办(?:单位|方)?:(?P<after>[\p{Han}·()]{2,40})|(?P<before>[\p{Han}·()]{2,40}?)主办(?!单位|方)"
)
_STOP: Final = regex.compile(
    r"主办单位|主办方|主办|主管|承办|协办|制作单位|运行维护单位|运行维护|技术支持|地址|电话|邮编|备案|"
    r"网站标识码|中文域名|英文域名|域名|中文网址|网址|联系|未经|违者|复制必究|禁止|声明|说明|单位|所有|"
    r"简介|关于|地图|招聘|广告|隐私"
)
_COMPANY: Final = regex.compile(r"(?:股份)?有限(?:责任)?公司.*$")
_RIGHTS: Final = (
    regex.compile(r"凡本(?:网|站|报)[^“\"]{0,12}注明[“\"]?来源:(?P<name>[^”\"]{2,20})[”\"]"),
    regex.compile(
        r"版权(?:均)?(?:属|归)(?:于)?(?P<name>\p{Han}{2,20}?)"
        r"(?:\((?:[^()]|\([^()]{0,20}\)){0,40}\))?(?:独家)?所有"
    ),
    regex.compile(r"不代表(?P<name>\p{Han}{2,10}?)(?:和(?P<name2>\p{Han}{2,10}?))?(?:的)?(?:观点|立场)"),
)
_FOOTERISH: Final = regex.compile(
    r"版权|copyright|©|icp|公网安备|主办|allrightsreserved|网址|邮箱|信箱|e-?mail"
)
_HOST: Final = regex.compile(
    r"(?<![a-z0-9\-.@])(?:[a-z0-9\-]+\.)+"
    r"(?:com\.cn|gov\.cn|org\.cn|net\.cn|edu\.cn|gov\.hk|gov\.mo|com\.hk|com|cn|net|org|hk|mo|tw|ru|jp)"
    r"(?![a-z0-9\-])"
)
_WELCOME: Final = (
    regex.compile(
        r"欢迎(?:访问|来到|光临|进入)?(?P<name>[\p{Han}·()]{2,30}?)(?:门户网站|官方网站|网站)?[!。]*"
    ),
    regex.compile(r"(?P<name>[\p{Han}·()]{2,30}?)欢迎(?:您|你)[!。]*"),
)
_BREADCRUMB: Final = regex.compile(
    r"(?:您(?:当前)?的?(?:所在)?位置|当前位置|现在位置|所在位置)?:?(?P<name>[^>»›]{2,20}?)(?:>|»|›)"
)
_HOME: Final = frozenset(_norm(w) for w in ("首页", "主页", "网站首页", "返回首页", "本站首页", "正文"))
_CLOSING: Final = regex.compile(r"\(完\)$")


@attrs.frozen
class _Item:
    channel: str
    weight: float
    text: str


class _Candidate:
    __slots__ = ("first", "items", "key", "resolved")

    def __init__(self, key: str, resolved: Resolved, first: int) -> None:
        self.key = key
        self.resolved = resolved
        self.items: list[_Item] = []
        self.first = first

    def support(self, channels: frozenset[str] | None = None) -> float:
        best: dict[str, float] = {}
        for item in self.items:
            if channels is None or item.channel in channels:
                best[item.channel] = max(best.get(item.channel, 0.0), item.weight)
        miss = 1.0
        for w in best.values():
            miss *= 1.0 - w
        return 1.0 - miss

    def has(self, channels: frozenset[str]) -> bool:
        return any(item.channel in channels for item in self.items)


class _Evidence:
    """The candidates found so far and the items that name each."""

    def __init__(self, index: _Index) -> None:
        self.index = index
        self.candidates: dict[str, _Candidate] = {}
        self.house: str | None = None

    def name(
        self, printed: str, channel: str, what: str, *, unknown: bool = True, listed: bool = False
    ) -> _Candidate | None:
        """Record that ``printed`` is named through ``channel``; ``what`` is the evidence text.

        ``unknown``: a name neither listed nor in a family still counts (at reduced weight);
        ``listed``: only a registry publisher counts."""
        text = _text(printed.strip()[:_NAME_CHARS])
        if not text.norm or len(printed.strip()) > _NAME_CHARS:
            return None  # nothing, or running text rather than a name
        hit = _resolve(text, self.index)
        if listed and (hit is None or hit.publisher is None):
            return None
        weight = WEIGHTS[channel]
        if hit is None:
            cleaned = _text(_QUOTES.sub("", text.printed))
            spans = list(_variants(cleaned))
            if len(spans) > 1 and _TAIL.search(cleaned.norm, 0, spans[-2][1]):
                spans.pop()  # an unknown name keeps its printed ending: 四川交通快讯
            start, end = spans[-1] if spans else (0, len(cleaned.norm))
            norm = cleaned.norm[start:end]
            if not unknown or norm in _JUNK or len(norm) > 30 or not regex.search(r"\p{Han}.*\p{Han}", norm):
                return None
            hit = Resolved(cleaned.span(start, end), "other")
            weight *= UNRECOGNISED
        key = hit.publisher.name if hit.publisher is not None else _norm(hit.name)
        cand = self.candidates.get(key)
        if cand is None:
            cand = self.candidates[key] = _Candidate(key, hit, len(self.candidates))
        cand.items.append(_Item(channel, weight, what))
        return cand

    def support_publisher(self, publisher: Publisher, channel: str, what: str) -> None:
        """A weak item for a registry publisher, counted only if it is already a candidate."""
        cand = self.candidates.get(publisher.name)
        if cand is not None and cand.has(frozenset(WEIGHTS) - SUPPORTING_CHANNELS):
            cand.items.append(_Item(channel, WEIGHTS[channel], what))


def _snippet(line: str, limit: int = 40) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[:limit] + "…"


def _lines_forward(text: str, start: int, end: int, limit: int, parts: Sequence[Part]) -> list[str]:
    out: list[str] = []
    pos = start
    while pos < end and len(out) < limit:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos : min(stop, pos + _LINE_CHARS)].strip()
        if line and not _in_body(parts, pos, stop):
            out.append(line)
        pos = stop + 1
    return out


def _lines_backward(text: str, start: int, end: int, limit: int, parts: Sequence[Part]) -> list[str]:
    out: list[str] = []
    pos = end
    while pos > start and len(out) < limit:
        nl = text.rfind("\n", start, pos)
        first = start if nl < 0 else nl + 1
        line = text[first : min(pos, first + _LINE_CHARS)].strip()
        if line and not _in_body(parts, first, pos):
            out.append(line)
        pos = first - 1
    out.reverse()
    return out


def _in_body(parts: Sequence[Part], start: int, end: int) -> bool:
    """Whether the first non-blank character of ``[start, end)`` lies in a body part."""
    lo, hi = 0, len(parts)
    while lo < hi:
        mid = (lo + hi) // 2
        if parts[mid].span.end <= start:
            lo = mid + 1
        else:
            hi = mid
    while lo < len(parts) and parts[lo].span.start < end:
        if parts[lo].kind != "blank":
            return parts[lo].kind in _BODY_KINDS
        lo += 1
    return False


def _furniture(release: Release) -> tuple[list[str], list[str]]:
    """The page furniture lines before the body (head) and after it (tail), bounded."""
    text, parts = release.text, release.parts
    body = [p for p in parts if p.kind in _AFTER_BODY_KINDS]
    if body:
        head_end, tail_start = body[0].span.start, body[-1].span.end
    else:
        head_end, tail_start = len(text), 0
    head = _lines_forward(text, 0, head_end, HEAD_LINES, parts)
    tail = _lines_backward(text, max(tail_start, 0), len(text), TAIL_LINES, parts)
    return head, tail


def _cut_before(name: str) -> str:
    """A name found before 版权所有/主办: what follows the last label in it."""
    last = None
    for m in _STOP.finditer(name):
        last = m
    return name[last.end() :] if last else name


def _cut_after(name: str) -> str:
    """A name found after 版权所有: what precedes the first label in it."""
    m = _STOP.search(name)
    return name[: m.start()] if m else name


def _runs(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name-like runs of ``norm[start:end]``, split at labels (主办, 地址…), nearest to ``end`` first."""
    out: list[tuple[int, int]] = []
    for run in _NAME_RUN.finditer(norm, start, end):
        pos, run_end = run.start(), run.end()
        if norm.startswith("icp", run_end):
            run_end -= 1  # a province's abbreviation opens an ICP number: 京ICP备…
        for stop in _STOP.finditer(norm, run.start(), run_end):
            if stop.start() - pos >= 2:
                out.append((pos, stop.start()))
            pos = stop.end()
        if run_end - pos >= 2:
            out.append((pos, run_end))
    out.reverse()
    return out


def _footer_names(line: _Text) -> Iterator[tuple[str, list[str]]]:
    """What a footer line names: (channel, printed names, nearest to the wording first) per occurrence.

    For each 版权所有 the name printed after it comes first (``版权所有：某某网``), then the names
    before it (``某某网版权所有``); then the 主办 wording."""
    norm = line.norm
    previous = 0
    for m in _COPYRIGHT.finditer(norm):
        after = _AFTER_NAME.match(norm, m.end())
        if after is not None:
            a, b = after.span("name")
            if norm.startswith("icp", b):
                b -= 1
            cut = _cut_after(norm[a:b])
            if len(cut) >= 2:
                yield "footer", [line.span(a, a + len(cut))]
        before = _runs(norm, previous, m.start())
        if before:
            yield "footer", [line.span(a, b) for a, b in before]
        previous = m.end()
    for m in _OWNER.finditer(norm):
        if m.group("after") is not None:
            a, b = m.span("after")
            cut = _cut_after(norm[a:b])
            if len(cut) >= 2:
                yield "owner", [line.span(a, a + len(cut))]
        else:
            a, b = m.span("before")
            cut = _cut_before(norm[a:b]).removeprefix("由")
            if len(cut) >= 2:
                yield "owner", [line.span(b - len(cut), b)]


def _alias_in(index: _Index, norm: str) -> Publisher | None:
    """The leftmost, longest alias of at least three characters printed inside ``norm``."""
    for i in range(len(norm) - 2):
        for length in range(min(index.longest, len(norm) - i), 2, -1):
            p = index.folded.get(norm[i : i + length])
            if p is not None:
                return p
    return None


def _clean_company(name: str) -> str:
    text = _text(name)
    m = _COMPANY.search(text.norm)
    if m and m.start() >= 2:
        return text.span(0, m.start())
    return name


def _name_footer(ev: _Evidence, line: _Text, what: str) -> None:
    """Name what a footer line names: every known name, else the first unknown 版权所有 name."""
    groups = [(c, [n for n in names if len(_norm(n)) >= 2]) for c, names in _footer_names(line)]
    known = False
    for channel, names in groups:
        for name in names:
            if _norm(name) in _HOUSE:
                ev.house = ev.house or f"house={what}"
                known = True
                break
            if ev.name(name, channel, f"{channel}={what}", unknown=False) is not None:
                known = True
                break
            p = _alias_in(ev.index, _norm(name))
            if p is not None:
                ev.name(p.name, channel, f"{channel}={what}")
                known = True
                break
    if not known:
        for channel, names in groups:
            if channel == "footer" and names:
                ev.name(_clean_company(names[0]), channel, f"{channel}={what}")
                return


def _read_page(ev: _Evidence, head: list[str], tail: list[str]) -> None:
    index = ev.index
    any_rights = _any_template(tuple(t for t, _ in index.rights))
    mark_heads = tuple(_head(template) for template, _ in index.marks)
    for where, lines in (("head", head), ("tail", tail)):
        for number, printed in enumerate(lines):
            line = _text(printed)
            norm = line.norm
            what = _snippet(printed)
            if not norm:
                continue
            _name_footer(ev, line, what)
            for rights in _RIGHTS:
                for m in rights.finditer(norm):
                    for group in ("name", "name2"):
                        if group not in m.groupdict() or m.group(group) is None:
                            continue
                        name = line.span(*m.span(group))
                        key = _norm(name)
                        if "xxx" in key or key.startswith("非"):
                            continue
                        if key in _HOUSE:
                            ev.house = ev.house or f"house={what}"
                            continue
                        ev.name(name, "boilerplate", f"boilerplate={what}", unknown=False)
            if any_rights.search(norm):
                for template, p in index.rights:
                    if _template(template).search(norm):
                        ev.name(p.name, "boilerplate", f"boilerplate={template}")
            if mark_heads and norm.startswith(mark_heads):
                for template, p in index.marks:
                    if norm.startswith(_head(template)) and _template(template).fullmatch(norm):
                        ev.name(p.name, "mark", f"mark={template}")
            if _FOOTERISH.search(norm) or norm.startswith(("http", "www.")):
                for host in dict.fromkeys(h.group(0) for h in _HOST.finditer(norm)):
                    for domain, p in index.domains:
                        if host == domain or host.endswith("." + domain):
                            ev.name(p.name, "domain", f"domain={host}")
                            break
            if where == "head":
                _read_header(ev, line, what, number)


def _read_header(ev: _Evidence, line: _Text, what: str, number: int) -> None:
    norm = line.norm
    for welcome in _WELCOME:
        m = welcome.fullmatch(norm)
        if m is not None:
            ev.name(line.span(*m.span("name")), "header.welcome", f"header.welcome={what}", unknown=False)
            return
    m = _BREADCRUMB.match(norm)
    if m is not None and _norm(m.group("name")) not in _HOME:
        ev.name(line.span(*m.span("name")), "header.breadcrumb", f"header.breadcrumb={what}", unknown=False)
        return
    if number < MASTHEAD_LINES and 3 <= len(norm) <= 20:
        p = _exact(ev.index, norm, line.plain)
        if p is not None:
            ev.name(p.name, "header.masthead", f"header.masthead={what}")


def _read_content(ev: _Evidence, release: Release) -> None:
    dateline = release.dateline
    if dateline is not None:
        agency = (dateline.agency or "").strip()
        according = dateline.text.lstrip().startswith(("据", "據")) or agency.startswith(("据", "據"))
        if agency:
            channel = "dateline.according_to" if according else "dateline.agency"
            ev.name(agency, channel, f"{channel}={agency}")
        elif _norm(dateline.text)[:2] in {_norm(h)[:2] for h in ("本报", "本网", "本台", "本站", "本刊")}:
            ev.house = f"dateline.house={dateline.text.strip()}"
    source = (release.source or "").strip()
    if source:
        if _norm(source) in _HOUSE:
            ev.house = ev.house or f"source={source}"
        else:
            ev.name(source, "source", f"source={source}")


_BODY_DATELINE: Final = regex.compile(
    r"\p{Han}{0,8}?(?:\d{1,2}月\d{1,2}日)?(?:专电|电|讯|消息|报道)(?:\(|:|,|】|\]|\p{Han})"
)
BODY_DATELINE_PARAGRAPHS: Final = 8
"""When the parser found no dateline, how many opening paragraphs are read for one."""


def _read_body_dateline(ev: _Evidence, release: Release) -> None:
    """A dateline the parser did not take as one (a summary paragraph came first), for listed houses only."""
    if release.dateline is not None:
        return
    for paragraph in release.paragraphs[:BODY_DATELINE_PARAGRAPHS]:
        norm = _norm(paragraph.text[:40]).lstrip("【[")
        for length in range(min(len(norm) - 1, ev.index.longest), 1, -1):
            p = ev.index.folded.get(norm[:length])
            if p is not None and _BODY_DATELINE.match(norm, length):
                ev.name(p.name, "body.dateline", f"body.dateline={_snippet(paragraph.text, 20)}")
                return


def _read_supporting(ev: _Evidence, release: Release, tail: Iterable[str]) -> None:
    closing = [_norm(t) for t in list(tail)[:3]]
    if release.credits is not None:
        credit_lines = release.credits.text[: _LINE_CHARS * 4].splitlines()[:HEAD_LINES]
        closing.extend(_norm(t[:_LINE_CHARS]) for t in credit_lines)
    lines = [t for t in dict.fromkeys([*(_norm(t) for t in tail), *closing]) if t]
    claimed: set[tuple[str, str]] = set()
    for template, p in ev.index.credits:
        regex_ = _template(template)
        matched = [t for t in lines if (p.name, t) not in claimed and regex_.fullmatch(t)]
        if matched:
            claimed.update((p.name, t) for t in matched)
            ev.support_publisher(p, "credits", f"credits={template}")
    if any(_CLOSING.search(t) for t in closing):
        for cand in list(ev.candidates.values()):
            if cand.resolved.kind == "agency" and cand.resolved.publisher is not None:
                ev.support_publisher(cand.resolved.publisher, "convention", "convention=（完）")


def _decide(ev: _Evidence) -> Outlet | None:
    if ev.house is not None:
        # 本报/本台/本刊 is the paper or station that wrote it (the 来源), 本网/本站 the site (the page)
        pages = [c for c in ev.candidates.values() if c.has(PAGE_CHANNELS)]
        page = max(pages, key=lambda c: (c.support(PAGE_CHANNELS), -c.first)) if pages else None
        source = next((c for c in ev.candidates.values() if c.has(frozenset({"source"}))), None)
        site = any(w in ev.house for w in ("本网", "本站", "本網"))
        target = (page or source) if site else (source or page)
        if target is not None:
            target.items.append(_Item("house", WEIGHTS["house"], ev.house))
    named = [c for c in ev.candidates.values() if c.has(frozenset(WEIGHTS) - SUPPORTING_CHANNELS)]
    if not named:
        return None
    page_decides = max(c.support(PAGE_CHANNELS) for c in named) >= PAGE_THRESHOLD
    if page_decides:
        ranked = sorted(named, key=lambda c: (-c.support(PAGE_CHANNELS), -c.support(), c.first))
        rival = ranked[1].support(PAGE_CHANNELS) if len(ranked) > 1 else 0.0
    else:
        ranked = sorted(named, key=lambda c: (-c.support(), -c.support(PAGE_CHANNELS), c.first))
        rival = ranked[1].support() if len(ranked) > 1 else 0.0
    winner = ranked[0]
    confidence = round(winner.support() * (1.0 - rival / 2.0), 3)
    evidence = list(dict.fromkeys(item.text for item in winner.items))
    if winner.resolved.family is not None:
        evidence.append(f"family={winner.resolved.family}")
    prefix = "reprint." if page_decides else "rival."
    for other in ranked[1:]:
        for item in other.items:
            origin = item.channel in ("dateline.agency", "dateline.according_to", "body.dateline", "source")
            if (origin or not page_decides) and item.channel not in SUPPORTING_CHANNELS:
                evidence.append(prefix + item.text)
    evidence = list(dict.fromkeys(evidence))
    return Outlet(winner.resolved.name, winner.resolved.kind, confidence, tuple(evidence))


def identify_outlet(release: Release, publishers: Sequence[Publisher] | None = None) -> Outlet | None:
    """The publisher a release most likely came from, with confidence and evidence; None if nothing names one.

    ``publishers`` replaces the registry (:data:`PUBLISHERS`) for this call; the families are
    always tried after it. See the module docstring for the evidence and how it is weighed.
    """
    try:
        index = _index(tuple(PUBLISHERS if publishers is None else publishers))
        ev = _Evidence(index)
        _read_content(ev, release)
        _read_body_dateline(ev, release)
        head, tail = _furniture(release)
        _read_page(ev, head, tail)
        _read_supporting(ev, release, tail)
        return _decide(ev)
    finally:
        _TEXTS.clear()
