"""The release and its parts: frozen attrs classes, with a span on every element.

Everything here is plain data. Nothing in this module parses; :func:`pressrelease.parse` builds
these objects and :mod:`pressrelease.serialize` turns them into JSON and back.

Spans are half-open character offsets into :attr:`Release.text`; ``release.text[el.span.start:
el.span.end]`` is exactly the element's raw text. Values (dates, names, places) are normalised
copies; the text itself never is.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    import regex

    from .query import ItemKind

__all__ = [
    "DERIVED",
    "FACT_FIELDS",
    "Boilerplate",
    "Byline",
    "BylineField",
    "Clause",
    "Contributor",
    "Credits",
    "DateMention",
    "Dateline",
    "Deck",
    "Diagnostic",
    "Facts",
    "Heading",
    "Headline",
    "HeadlineFacts",
    "MarkupLine",
    "OfficialDocument",
    "Organisation",
    "Outlet",
    "Paragraph",
    "Part",
    "PartKind",
    "Place",
    "Quantity",
    "Quote",
    "Release",
    "Section",
    "Span",
]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Release.text``."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # one check for both offsets (spans are built by the hundred per page): cheaper than validators
        if not 0 <= self.start <= self.end:
            if self.start < 0 or self.end < 0:
                name, value = ("start", self.start) if self.start < 0 else ("end", self.end)
                raise ValueError(f"span offsets must be >= 0, got {name}={value}")
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
    ``short_line``, ``label`` (``某国《某报》：`` over the heading it opens), ``keyword``
    (``关键词一：稳增长``)."""


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


# --- facts: what a release announces -------------------------------------------------------------
#
# Facts are found in the headline, the headings and the body paragraphs (never in bylines, credits
# or boilerplate). Every fact has the text as printed, its span in Release.text and ``part``, the
# kind of the part it sits in (``headline``, ``heading`` or ``paragraph``); values are normalised
# copies. ``pressrelease.facts`` finds them; ``Release.facts`` holds them.

UnitClass = Literal[
    "people", "money", "area", "weight", "length", "volume", "duration", "count", "percent", "other"
]
"""What a quantity measures. ``money`` values are in yuan; ``percent`` values in per cent."""


@attrs.frozen(kw_only=True)
class Quantity:
    """An amount as printed: ``10万平方米``, ``两名``, ``3600吨``, ``三成``, ``3至5年``, ``1.2亿元``."""

    text: str
    span: Span
    part: str
    value: float
    """The number with its multipliers applied (``10万`` is 100000.0); a range's low end. For money,
    the amount in yuan (``1.2亿元`` is 120000000.0); for ``percent``, per cent (``三成`` is 30.0)."""
    upper: float | None = None
    """A range's high end, in the same scale as :attr:`value` (``3至5年``: value 3, upper 5)."""
    unit: str | None = None
    """The unit as printed, without 万/亿 multipliers (``万元`` gives ``元``, ``%`` and ``成`` as
    printed); None for a bare number."""
    unit_class: UnitClass = "other"
    qualifier: str | None = None
    """An approximation or bound as printed: ``余``, ``多``, ``近``, ``约``, ``超过``, ``以上``…"""


DatePrecision = Literal["year", "half", "quarter", "month", "day", "part_of_day", "minute", "period"]
"""How precise a date mention is; ``period`` is a vague stretch (``近日``, ``春节前``)."""


@attrs.frozen(kw_only=True)
class DateMention:
    """A date, a date range or a relative time in the body (``2月24日下午``, ``3月27—29日``, ``近日``)."""

    text: str
    span: Span
    part: str
    kind: Literal["date", "range", "relative"]
    """``date`` (one day, month…), ``range`` (``3月27—29日``) or ``relative`` (``近日``,
    ``连日来``, ``截至目前``, ``春节前``, ``今年一季度``)."""
    precision: DatePrecision
    start: dt.date | None = None
    """The first day the mention covers, resolved against the publication date; None when it
    cannot be resolved."""
    end: dt.date | None = None
    """The last day it covers (equal to :attr:`start` for a single day)."""
    part_of_day: str | None = None
    """``上午``, ``下午``, ``晚上``… as printed, when given."""
    resolved: bool = False
    """True when :attr:`start` was resolved (an anchor was known)."""


@attrs.frozen(kw_only=True)
class Quote:
    """Words attributed to a speaker: ``项目负责人杨亚平说：“…”``."""

    text: str
    """The quoted words, without the quotation marks (paragraphs joined with a newline)."""
    span: Span
    """From the opening to the closing quotation mark."""
    part: str
    speaker: str | None = None
    """The speaker's name, when given."""
    role: str | None = None
    """The speaker's role or title as printed (``项目负责人``)."""
    verb: str | None = None
    """The verb that introduces the quote: 说, 表示, 介绍, 指出, 强调, 称…"""
    speaker_span: Span | None = None
    """The span of role and name together."""


@attrs.frozen(kw_only=True)
class Place:
    """An administrative place, resolved to its chain and code (``陕西省宝鸡市陇县``, ``陇县``)."""

    text: str
    span: Span
    part: str
    name: str
    """The full name of the most specific level (``陇县``)."""
    level: Literal["province", "prefecture", "county"]
    code: str | None = None
    """The administrative division code (six digits) of the most specific level."""
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None


@attrs.frozen(kw_only=True)
class Organisation:
    """A named body: ``陇县县委组织部``, ``陇县人社局``, ``县农商银行``, ``陕西恩达科技有限公司``."""

    text: str
    span: Span
    part: str
    kind: str
    """What sort of body, from its suffix: ``party``, ``government``, ``company``, ``bank``,
    ``school``, ``hospital``, ``association``, ``media``, ``other``."""
    place: str | None = None
    """The place named before it, as printed (``陇县``), if any."""


@attrs.frozen(kw_only=True)
class HeadlineFacts:
    """The headline's own structure: a place prefix and a numeric slogan."""

    place: str | None = None
    """The place prefix before the colon, as printed (``陕西陇县``)."""
    place_span: Span | None = None
    slogan: str | None = None
    """A quoted numeric slogan (``三抓三做``), without its quotation marks."""
    slogan_span: Span | None = None
    slogan_headings: tuple[Span, ...] = ()
    """The spans of the headings that share the slogan's shape (three ``抓…做…`` headings)."""


@attrs.frozen(kw_only=True)
class Facts:
    """Everything a release announces, each list in document order."""

    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    headline: HeadlineFacts | None = None

    def of_kind(self, kind: str) -> tuple[Any, ...]:
        """The facts of one kind (a key of :data:`FACT_FIELDS`: ``quantity``, ``date``…)."""
        found: tuple[Any, ...] = getattr(self, FACT_FIELDS[kind])
        return found


FACT_FIELDS: dict[str, str] = {
    "quantity": "quantities",
    "date": "dates",
    "quote": "quotes",
    "place": "places",
    "organisation": "organisations",
}
"""Each kind of fact and the :class:`Facts` field that holds it, in the order they are listed."""


DERIVED: tuple[str, ...] = ("outlet", "document", "facts")
"""The derived analyses of a :class:`Release`: computed on first use, kept, serialised and pickled
with it."""


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

    # Derived analyses: read from the fields above on first use and kept (``pressrelease.parse(...,
    # eager=True)`` computes them at once). They are not fields: a release equals another when its
    # fields do, and these follow from them.

    @functools.cached_property
    def outlet(self) -> Outlet | None:
        """The publisher the release came from, with confidence and evidence (:mod:`pressrelease.outlets`)."""
        from .outlets import identify_outlet

        return identify_outlet(self)

    @functools.cached_property
    def document(self) -> OfficialDocument | None:
        """For official documents and policy pages: their typed fields (:mod:`pressrelease.officialdoc`)."""
        from .officialdoc import read_official_document

        return read_official_document(self)

    @functools.cached_property
    def facts(self) -> Facts:
        """What the release announces (:mod:`pressrelease.facts`), found on first use and kept."""
        from .facts import extract_facts

        return extract_facts(self)

    def find(
        self,
        what: ItemKind | None = None,
        /,
        *,
        pattern: str | regex.Pattern[str] | None = None,
        section: str | regex.Pattern[str] | Section | Span | None = None,
        within: Any = None,
        **where: Any,
    ) -> tuple[Any, ...]:
        """Parts or facts by kind, text pattern, section and attribute values (:mod:`pressrelease.query`).

        ``doc.find("quantity", section="复工", unit_class="money")`` gives the money amounts in the
        sections whose heading mentions 复工; ``doc.find("organisation", kind="bank")`` the banks
        (what to find is positional, so ``kind`` filters the items' own attribute).
        """
        from .query import find

        return find(self, what, pattern=pattern, section=section, within=within, **where)

    def sections_matching(self, pattern: str | regex.Pattern[str]) -> tuple[Section, ...]:
        """Every section, at any depth, whose heading text matches ``pattern`` (a regex search)."""
        from .query import sections_matching

        return sections_matching(self, pattern)

    def section_path(self, element: Any) -> tuple[Section, ...]:
        """The sections that contain ``element`` (anything with a span), outermost first."""
        from .query import section_path

        return section_path(self, element)

    def facts_in(self, element: Any) -> Facts:
        """The facts that lie inside ``element`` (a section, a paragraph, a span…)."""
        from .query import facts_in

        return facts_in(self, element)

    def derived(self) -> dict[str, Any]:
        """The derived analyses computed so far (``outlet``, ``document``, ``facts``), by name."""
        found: dict[str, Any] = {}
        for name in DERIVED:
            try:
                found[name] = object.__getattribute__(self, name)
            except AttributeError:
                continue
        return found

    def compute(self) -> Release:
        """Compute every derived analysis now (a worker process can then send them with the release)."""
        for name in DERIVED:
            getattr(self, name)
        return self

    def __getstate__(self) -> tuple[dict[str, Any], dict[str, Any]]:
        fields = {a.name: getattr(self, a.name) for a in attrs.fields(Release)}
        return fields, self.derived()

    def __setstate__(self, state: tuple[dict[str, Any], dict[str, Any]]) -> None:
        fields, derived = state
        for name, value in (*fields.items(), *derived.items()):
            object.__setattr__(self, name, value)

    def _repr_html_(self) -> str:
        """The release drawn as HTML for Jupyter: see :mod:`pressrelease.view`."""
        from .view import render_html  # loaded on first display

        return render_html(self, standalone=False)

    def __repr__(self) -> str:
        title = self.headline.text if self.headline else None
        return (
            f"<Release headline={title!r} published={self.published!s} "
            f"sections={len(self.sections)} paragraphs={len(self.paragraphs)} parts={len(self.parts)}>"
        )
