"""From an HTML page to the text that is parsed, with the markup kept as evidence.

Only visible text is kept: no script, style, comments, hidden elements or ``<head>``. Block
elements and ``<br>`` end lines; table cells are separated by a space, rows end lines. Each line of
the extracted text remembers the path of the element it came from, so a part can be traced back
to its place in the markup. The page's ``<title>``, article meta tags, ``<h1>``–``<h6>`` and class
names are collected as :class:`Evidence` for the rules; the text rules still decide.

The parser is selectolax (the Lexbor engine), an optional extra: ``pip install 'pressrelease[html]'``.
It never fetches anything and does not expand entities defined by the document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from .errors import HtmlSupportMissing
from .limits import UNLIMITED_CLOCK, Clock

__all__ = ["Evidence", "Extracted", "LineOrigin", "extract"]

_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "svg", "canvas", "object",
        "embed", "select", "option", "textarea", "input", "button", "map", "audio", "video", "source",
        "track", "-comment", "_comment", "#comment", "math",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "caption", "body", "html", "font_block", "frameset", "frame",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_SPACES = regex.compile(r"[ \t\n\r\f]+")
_TITLE_META = ("og:title", "twitter:title", "articletitle", "title", "headline", "dc.title")
_TIME_META = (
    "article:published_time", "og:release_date", "pubdate", "publishdate", "publish_date", "publishtime",
    "firstpublishedtime", "dc.date", "dc.date.issued", "date", "releasedate", "og:published_time",
    "datepublished", "article:published",
)  # fmt: skip
_SOURCE_META = ("contentsource", "source", "og:source", "article:source", "dc.source", "mediaid")
_TITLE_CLASS = r"title|tit|bt|biaoti|headline|article-title|news_title"
_INFO_CLASS = r"info|source|editor|author|time|date|byline|meta|laiyuan|ly|pubtime|xx"
_CLASS_HINTS = (
    ("title", regex.compile(rf"(?:^|[-_ ])(?:{_TITLE_CLASS})(?:$|[-_ \d])", regex.I)),
    ("info", regex.compile(rf"(?:^|[-_ ])(?:{_INFO_CLASS})(?:$|[-_ \d])", regex.I)),
)


@attrs.frozen
class LineOrigin:
    """Where one line of the extracted text came from in the markup."""

    start: int
    """Offset of the line in the extracted text."""
    end: int
    path: str
    """A CSS-like path to the element that holds the line, e.g. ``body>div:3>p:2``."""
    tag: str
    """The nearest block element's tag (``h1``, ``p``, ``td``…)."""
    hint: str | None = None
    """What the markup suggests: ``title`` (h1 or a title class), ``heading`` (h2–h6, a paragraph
    that is wholly bold, ``<center>``), ``info`` (a class such as ``info``/``source``/``editor``),
    ``caption`` (a short line right after an image, or a ``<figcaption>``)."""


@attrs.frozen
class Evidence:
    """What the page says about itself outside the article text."""

    titles: tuple[str, ...] = ()
    """The ``<title>`` (site name trimmed off) and title meta tags, best first."""
    published: str | None = None
    """The publication time as a meta tag gives it (raw string)."""
    source: str | None = None
    """The source as a meta tag gives it."""
    account: str | None = None
    """The publishing account's name on a WeChat article page (公众号), if any."""


@attrs.frozen
class Extracted:
    """The visible text of a page, line origins and the page's evidence."""

    text: str
    lines: tuple[LineOrigin, ...]
    evidence: Evidence


def _parser() -> Any:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise HtmlSupportMissing(
            "this input is HTML; parsing HTML needs the html extra: pip install 'pressrelease[html]'"
        ) from e
    return LexborHTMLParser


def _class_hint(attrs_: dict[str, str | None]) -> str | None:
    names = " ".join(v for v in (attrs_.get("class"), attrs_.get("id")) if v)
    return _names_hint(names) if names else None


@functools.lru_cache(maxsize=4096)
def _names_hint(names: str) -> str | None:
    """The hint class and id names give (pages repeat the same few names on many elements)."""
    for hint, pat in _CLASS_HINTS:
        if pat.search(names):
            return hint
    return None


@attrs.define
class _Builder:
    parts: list[str] = attrs.field(factory=list)
    size: int = 0
    line_start: int = 0
    line_has_text: bool = False
    origins: list[LineOrigin] = attrs.field(factory=list)
    path: object = None
    tag: str = ""
    hint: str | None = None
    after_image: bool = False
    """An image was just written: the next short line is probably its caption."""
    paths: dict[int, tuple[object, str, int]] = attrs.field(factory=dict)
    """Formatted element paths of this page (see :func:`_format_path`)."""

    def write(self, s: str) -> None:
        if not s:
            return
        if not self.line_has_text:
            s = s.lstrip(" ")
            if not s:
                return
        self.parts.append(s)
        self.size += len(s)
        self.line_has_text = True

    def newline(self) -> None:
        if not self.line_has_text:
            return
        # drop trailing ASCII spaces of the line
        while self.parts and self.parts[-1].endswith(" "):
            last = self.parts.pop()
            self.size -= len(last)
            last = last.rstrip(" ")
            if last:
                self.parts.append(last)
                self.size += len(last)
                break
        hint = self.hint
        if self.after_image and hint in (None, "info") and self.size - self.line_start <= 60:
            # "info" too: some pages wrap the whole article in a container named like metadata
            hint = "caption"
        self.after_image = False
        path = _format_path(self.path, self.paths)  # type: ignore[arg-type]
        self.origins.append(LineOrigin(self.line_start, self.size, path, self.tag, hint))
        self.parts.append("\n")
        self.size += 1
        self.line_start = self.size
        self.line_has_text = False


def extract(html: str, clock: Clock = UNLIMITED_CLOCK) -> Extracted:
    """The visible text of an HTML page, its line origins and the page's evidence."""
    tree = _parser()(html)
    evidence = _evidence(tree)
    tree.strip_tags(sorted(t for t in _SKIP if t.isalpha()))
    for node in tree.css(_HIDDEN_SELECTOR):
        node.decompose()
    out = _Builder()
    root = tree.body if tree.body is not None else tree.root
    if root is not None:
        _walk(root, out, clock)
    out.newline()
    text = "".join(out.parts)
    return Extracted(text, tuple(out.origins), evidence)


_HIDDEN_SELECTOR = (
    "[hidden], [style*='display:none'], [style*='display: none'], [style*='visibility:hidden'], "
    "[style*='visibility: hidden'], [style*='DISPLAY: none'], [style*='DISPLAY:none']"
)

_Path = tuple[object, str, int] | None
"""An element's path, built lazily: (parent path, tag, position among same-tag siblings)."""


MAX_PATH_DEPTH = 32
"""Paths name at most this many elements, nearest first; deeper ones start with ``…``. This keeps
the work per line bounded on pathologically nested pages."""


def _format_path(path: _Path, memo: dict[int, tuple[_Path, str, int]] | None = None) -> str:
    """``path`` as ``tag:n>tag:n…``; ``memo`` (id of a path → the path, its text, its depth) lets the
    lines of one page share the text of their common ancestors instead of rebuilding it per line."""
    if path is None:
        return "body"
    if memo is None:
        memo = {}
    # walk up to the nearest ancestor already formatted, then format downwards from it
    chain: list[tuple[object, str, int]] = []
    node: _Path = path
    known: tuple[_Path, str, int] | None = None
    while node is not None:
        known = memo.get(id(node))
        if known is not None:
            break
        chain.append(node)
        node = node[0]  # type: ignore[assignment]
    text, depth = (known[1], known[2]) if known is not None else ("", 0)
    for item in reversed(chain):
        _, tag, n = item
        part = f"{tag}:{n}"
        if depth == 0:
            text = part
        elif depth < MAX_PATH_DEPTH:
            text = f"{text}>{part}"
        else:  # keep the nearest MAX_PATH_DEPTH elements
            rest = text[2:] if text.startswith("…>") else text
            text = f"…>{rest[rest.index('>') + 1 :]}>{part}"
        depth += 1
        memo[id(item)] = (item, text, depth)  # the path is kept alive, so its id stays its own
    return text


def _walk(root: Any, out: _Builder, clock: Clock) -> None:
    """Depth-first over the tree with an explicit stack (deeply nested pages cannot overflow it)."""
    # stack items: (action, node, path, block tag, hint); "close" ends a block, "cell" a table cell
    stack: list[tuple[int, Any, _Path, str, str | None]] = [(0, root, None, "body", None)]
    pop = stack.pop
    push = stack.append
    spaces = _SPACES.sub
    check = clock.check
    visited = 0
    while stack:
        visited += 1
        if not visited & 255:
            check()
        action, node, path, block, hint = pop()
        if action == 1:
            if out.line_has_text:
                out.newline()
            continue
        if action == 2:
            out.write(" ")
            continue
        tag = node.tag
        if tag == "-text":
            data = node.text(deep=False)
            if not data:
                continue
            if not data.strip(" \t\n\r\f"):  # ASCII white space between tags (most text nodes): one space
                if out.line_has_text:
                    out.write(" ")
                continue
            if not out.line_has_text:
                out.path, out.tag, out.hint = path, block, hint
            out.write(spaces(" ", data) if _HAS_SPACE_RUN(data) else data)
            continue
        if tag in _SKIP or tag[0] in "-_#":
            continue
        if tag == "br":
            last = out.parts[-1][-1:] if out.line_has_text else ""
            if block in _TITLE_TAGS:
                # a title or heading set on two lines is one title: the break is typography
                if last.isascii() and last.isalnum():
                    out.write(" ")
                continue
            if block == "p" and last in _CLAUSE_MARKS:
                continue  # a break after a comma, inside a paragraph, is where a word processor wrapped it
            out.newline()
            continue
        if tag == "img":
            out.newline()
            out.after_image = True
            continue
        new_hint = hint
        if tag in _BLOCK:
            if out.line_has_text:
                out.newline()
            block = tag
            if tag == "h1":
                new_hint = "title"
            elif tag == "figcaption":
                new_hint = "caption"
            elif tag in _HEADING_TAGS:
                new_hint = "heading"
            else:
                new_hint = _class_hint(node.attributes) or (hint if hint in ("title", "info") else None)
            if tag == "p" and _wholly_bold(node):
                new_hint = new_hint or "heading"
            push((1, node, path, block, hint))
        elif tag in _CELL:
            push((2, node, path, block, hint))
            block = tag
            new_hint = _class_hint(node.attributes) or hint
        counts: dict[str, int] = {}
        entries: list[tuple[int, Any, _Path, str, str | None]] = []
        for child in node.iter(include_text=True):
            ctag = child.tag
            if ctag[0] in "-_#":
                entries.append((0, child, path, block, new_hint))
            else:
                n = counts.get(ctag, 0) + 1
                counts[ctag] = n
                entries.append((0, child, (path, ctag, n), block, new_hint))
        entries.reverse()
        stack.extend(entries)


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "center"})

_TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
"""Elements a ``<br>`` inside does not break: a title or heading set on two lines is one line."""

_CLAUSE_MARKS = frozenset("，,、")
"""Marks that end a clause inside a sentence: a ``<br>`` of a ``<p>`` right after one does not end a line."""

_HAS_SPACE_RUN = regex.compile(r"[\t\n\r\f]|  ").search
"""Whether collapsing white space would change a text node (most text nodes need nothing)."""


def _children(node: Any) -> Iterator[Any]:
    return iter(node.iter(include_text=True))


def _wholly_bold(node: Any) -> bool:
    """A paragraph whose only content is one ``<strong>``/``<b>`` element (a heading in many CMSs)."""
    meaningful = [
        c
        for c in node.iter(include_text=True)
        if not (c.tag == "-text" and not (c.text(deep=False) or "").strip())
    ]
    return len(meaningful) == 1 and meaningful[0].tag in ("strong", "b")


_SITE_SUFFIX = regex.compile(r"\s*(?:[_|｜—–\-]+|--)\s*[^_|｜—–\-]{1,30}$")


def _evidence(tree: Any) -> Evidence:
    titles: list[str] = []
    published: str | None = None
    source: str | None = None
    head = tree.head
    if head is not None:
        for meta in head.css("meta"):
            a = meta.attributes or {}
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").strip().lower()
            content = (a.get("content") or "").strip()
            if not key or not content:
                continue
            if key in _TITLE_META and content not in titles:
                titles.append(content)
            elif key in _TIME_META and published is None:
                published = content
            elif key in _SOURCE_META and source is None:
                source = content
        title = head.css_first("title")
        if title is not None:
            raw = _SPACES.sub(" ", title.text() or "").strip()
            if raw:
                trimmed = raw
                for _ in range(3):
                    shorter = _SITE_SUFFIX.sub("", trimmed)
                    if shorter == trimmed or len(shorter) < 4:
                        break
                    trimmed = shorter
                for t in (trimmed, raw):
                    if t not in titles:
                        titles.append(t)
    node = tree.css_first(_ACCOUNT_SELECTOR)
    account = (_SPACES.sub(" ", node.text() or "").strip() or None) if node is not None else None
    return Evidence(tuple(titles), published, source, account)


_ACCOUNT_SELECTOR = "#js_name, .profile_nickname"
"""The publishing account's name on a WeChat article page (公众号)."""
