"""The release and its parts: frozen attrs classes, with a span on every element.

Everything here is plain data. Nothing in this module parses; :func:`pressrelease.parse` builds
these objects and :mod:`pressrelease.serialize` turns them into JSON and back.

Spans are half-open character offsets into :attr:`Release.text`; ``release.text[el.span.start:
el.span.end]`` is exactly the element's raw text. Values (dates, names, places) are normalised
copies; the text itself never is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

import attrs

__all__ = [
    "Boilerplate",
    "Byline",
    "BylineField",
    "Clause",
    "Contributor",
    "Credits",
    "Dateline",
    "Deck",
    "Diagnostic",
    "Heading",
    "Headline",
    "MarkupLine",
    "OfficialDocument",
    "Outlet",
    "Paragraph",
    "Part",
    "PartKind",
    "Release",
    "Section",
    "Span",
]


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"span offsets must be >= 0, got {attribute.name}={value}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Release.text``."""

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The piece of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Contributor:
    """One person (or unit) credited in a release: a role word as printed and a name."""

    role: str | None
    """The role word as printed (``编辑``, ``本报记者``, ``責任編輯``); None when only a name is printed."""
    name: str
    """One person's name, or the unit's name for a ``供稿`` credit."""
    span: Span
    """Where the name is printed."""


@attrs.frozen
class Deck:
    """A line that goes with the headline: the kicker above it (引题) or the subtitle below it (副题)."""

    text: str
    span: Span


@attrs.frozen
class Headline:
    """The main title line of the release; kicker and subtitle kept apart."""

    text: str
    """The title as printed, without surrounding whitespace."""
    span: Span
    kicker: Deck | None = None
    """The 引题 printed above the title, if any."""
    subtitle: Deck | None = None
    """The 副题 printed below the title (often opening with ``——``), if any."""


BylineKey = Literal["published", "source", "editor", "author", "views", "chrome", "other"]


@attrs.frozen
class BylineField:
    """One field of a byline block: ``来源:新华社`` has label ``来源`` and value ``新华社``."""

    key: str
    """What the field is: ``published``, ``source``, ``editor``, ``author``, ``views``, ``chrome``,
    ``other``."""
    label: str | None
    """The label as printed (``来源``, ``责编``, ``发布时间``), or None for an unlabelled date."""
    value: str
    """The value as printed, stripped."""
    span: Span
    """Where the whole field (label and value) is printed."""


@attrs.frozen
class Byline:
    """The metadata line(s) next to the headline: time, 来源, editors, authors, page widgets."""

    text: str
    span: Span
    fields: tuple[BylineField, ...] = ()


@attrs.frozen
class Dateline:
    """The 电头 that opens the body: ``新华社北京3月7日电``, ``本报讯``, ``国际在线陕西消息``."""

    text: str
    """The dateline without its reporter parenthesis and trailing punctuation."""
    span: Span
    agency: str | None = None
    """The outlet named in it (``新华社``), None for 本报讯-style datelines."""
    place: str | None = None
    """The place named in it (``北京``), if any."""
    date: str | None = None
    """The date as printed (``3月7日``), if any."""
    resolved_date: dt.date | None = None
    """The printed date resolved against the publication date, when both are known."""
    reporters: tuple[Contributor, ...] = ()
    """People named in the dateline's parenthesis (``（记者 张三 李四）``)."""


@attrs.frozen
class Heading:
    """An in-body section heading (小标题)."""

    text: str
    span: Span
    level: int = 1
    """1 for the outermost heading level used in this release, 2 for the next, and so on."""
    style: str = "plain"
    """Which convention it follows: ``numbered.han`` (一、), ``numbered.paren_han`` (（一）),
    ``numbered.arabic`` (1.), ``numbered.paren_arabic`` ((1)), ``chapter``, ``section``, ``bracket``,
    ``short_line``."""


@attrs.frozen
class Paragraph:
    """A body paragraph (dateline and glued credits split off)."""

    text: str
    span: Span
    lead: str | None = None
    """A short opening sentence or enumeration label that acts as a sub-heading
    (``信息直接送到人。``, ``一是``, ``一、总体要求。``), if any."""
    speaker: str | None = None
    """In a transcript or interview, who speaks in this paragraph (``主持人``, ``记者``, ``张三``)."""


@attrs.frozen
class Section:
    """A heading (or None for the text before the first heading) with its paragraphs and subsections."""

    heading: Heading | None
    span: Span
    paragraphs: tuple[Paragraph, ...] = ()
    subsections: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and all its subsections, depth first, in document order."""
        yield self
        for sub in self.subsections:
            yield from sub.walk()


@attrs.frozen
class Credits:
    """The closing credit line: ``（完）``, ``（记者 张三）``, ``【责任编辑：张三】``, ``（供稿…编辑…）``."""

    text: str
    span: Span
    contributors: tuple[Contributor, ...] = ()


@attrs.frozen
class Clause:
    """One clause of a copyright or disclaimer notice; unnumbered continuation paragraphs belong to it."""

    text: str
    span: Span
    number: str | None = None
    """The clause number as printed (``1``, ``一``), None for an unnumbered notice."""


@attrs.frozen
class Boilerplate:
    """The copyright/disclaimer block after the article (版权声明, 免责声明, 凡本网注明…)."""

    text: str
    span: Span
    title: str | None = None
    """The notice's own title line, or None when it has none."""
    clauses: tuple[Clause, ...] = ()
    """The numbered clauses; empty for an unnumbered notice."""


PartKind = Literal[
    "headline",
    "kicker",
    "subtitle",
    "byline",
    "dateline",
    "heading",
    "paragraph",
    "credits",
    "boilerplate",
    "note",
    "chrome",
    "blank",
    "unclassified",
]
"""What a top-level piece of the text is. ``note`` is editorial furniture that is neither body nor
credits (``原标题：…``, a document number, an addressee line, a signature); ``chrome`` is recognised
page furniture (menus, share buttons, related links, site footer)."""

PART_KINDS: tuple[PartKind, ...] = PartKind.__args__  # type: ignore[attr-defined]


@attrs.frozen
class Diagnostic:
    """Why the parser decided something, or could not: a stable code, a message and where."""

    code: str
    """A stable dotted code, e.g. ``unclassified.after_body`` or ``source.declared_charset_failed``."""
    message: str
    span: Span | None = None


@attrs.frozen
class Outlet:
    """Which publisher a release came from, as far as the parser can tell, and why it thinks so."""

    name: str
    """The publisher's canonical name (``新华社``, ``人民网``, ``中国政府网``, or a local outlet's)."""
    kind: str
    """``agency``, ``national_media``, ``government_portal``, ``local_media`` or ``other``."""
    confidence: float
    """From 0 to 1: how strongly the evidence points to this publisher."""
    evidence: tuple[str, ...] = ()
    """What pointed to it, e.g. ``dateline.agency=新华社``, ``source=新华网``, ``boilerplate=…``."""


@attrs.frozen
class OfficialDocument:
    """The typed fields of an official document (公文) or a policy page, read from its furniture."""

    kind: str | None = None
    """The document type named at the end of its title: 通知, 意见, 决定, 批复, 通报, 公告, 函…"""
    doc_number: str | None = None
    """The 发文字号 as printed, e.g. ``国办发〔2019〕5号``."""
    issuer: str | None = None
    """The 发文机关 (from a policy page's metadata table), as printed."""
    addressees: tuple[str, ...] = ()
    """The organs addressed (主送机关), one per entry, as printed."""
    signers: tuple[str, ...] = ()
    """The signing organ(s) (落款)."""
    written: dt.date | None = None
    """The 成文日期: the signing date (Chinese numerals resolved) or the metadata table's."""
    published: dt.date | None = None
    """The 发布日期 of a policy page's metadata table."""
    index_number: str | None = None
    """The 索引号 of a policy page."""
    subject: str | None = None
    """The 主题分类 of a policy page."""
    title: str | None = None
    """The 标题 of a policy page's metadata table."""
    attachments: tuple[str, ...] = ()
    """The attachments listed after 附件：."""
    notes: tuple[str, ...] = ()
    """Publication notes such as ``（此件公开发布）``."""


@attrs.frozen
class MarkupLine:
    """Where one line of a page's extracted text came from in the HTML."""

    span: Span
    """The line in :attr:`Release.text`."""
    path: str
    """A CSS-like path to the element that holds it: ``body>div:3>p:2`` is the second ``<p>`` child
    of the third ``<div>`` child of ``<body>``."""
    tag: str
    """The nearest block element's tag (``h1``, ``p``, ``td``…)."""
    hint: str | None = None
    """What the markup suggested: ``title``, ``heading``, ``info``, or None."""


@attrs.frozen
class Part:
    """A top-level piece of the text. The parts of a release tile its text."""

    kind: str
    """One of :data:`PART_KINDS`."""
    span: Span
    rule: str | None = None
    """The name of the pattern or rule that classified it, if any."""
    diagnostic: Diagnostic | None = None
    """For ``unclassified`` parts: why the text was not classified."""


@attrs.frozen(repr=False)
class Release:
    """A parsed press release: the text and the structure found in it."""

    text: str
    """The decoded text that every span indexes into."""
    headline: Headline | None = None
    published: dt.datetime | dt.date | None = None
    """Publication time: an aware datetime when a time is given, else a date."""
    source: str | None = None
    """The 来源 value as printed."""
    editors: tuple[Contributor, ...] = ()
    """Editorial staff: 编辑, 责编, 责任编辑, 审核, 校对…"""
    authors: tuple[Contributor, ...] = ()
    """Reporters, writers, photographers, correspondents."""
    byline: Byline | None = None
    dateline: Dateline | None = None
    sections: tuple[Section, ...] = ()
    """The body as a tree: top-level sections in document order."""
    credits: Credits | None = None
    boilerplate: Boilerplate | None = None
    parts: tuple[Part, ...] = ()
    """Top-level pieces in document order; together they tile :attr:`text`."""
    diagnostics: tuple[Diagnostic, ...] = ()
    input_kind: str = "text"
    """``text`` or ``html``: what the input was taken to be."""
    encoding: str | None = None
    """The encoding bytes were decoded from (None for str input)."""
    markup: tuple[MarkupLine, ...] = ()
    """For HTML input: each line of :attr:`text` and the element it came from."""
    outlet: Outlet | None = None
    """The publisher the release came from, with the parser's confidence."""
    document: OfficialDocument | None = None
    """For official documents and policy pages: their typed fields."""

    def markup_of(self, element: Span | Part | Paragraph | Heading) -> MarkupLine | None:
        """The markup line an element (or span) starts in, for HTML input; None for text input."""
        span = element if isinstance(element, Span) else element.span
        lo, hi = 0, len(self.markup)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.markup[mid].span.end <= span.start:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.markup) and self.markup[lo].span.start <= span.start:
            return self.markup[lo]
        return None

    @property
    def headings(self) -> tuple[Heading, ...]:
        """Every in-body heading, in document order."""
        return tuple(s.heading for top in self.sections for s in top.walk() if s.heading is not None)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every body paragraph, in document order."""
        return tuple(p for top in self.sections for s in top.walk() for p in s.paragraphs)

    def text_of(self, element: Span | Part | Paragraph | Heading) -> str:
        """The raw text of an element (or span)."""
        span = element if isinstance(element, Span) else element.span
        return self.text[span.start : span.end]

    def __repr__(self) -> str:
        title = self.headline.text if self.headline else None
        return (
            f"<Release headline={title!r} published={self.published!s} "
            f"sections={len(self.sections)} paragraphs={len(self.paragraphs)} parts={len(self.parts)}>"
        )
