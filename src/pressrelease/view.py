"""A visual view of a parsed release, for notebooks and as a standalone HTML page.

:func:`render_html` draws the headline, a table of the metadata, the section tree and the
original text (:attr:`Release.text`) with each top-level part (:attr:`Release.parts`) highlighted
in the colour of its kind and labelled, in the manner of spaCy's displaCy, with a legend.
``Release._repr_html_`` shows the fragment in Jupyter; :func:`write_view` (and ``pressrelease
view FILE -o OUT.html``) writes the standalone page.

The page is self-contained and safe for any text: colours and layout are inline styles (so that
notebook sanitisers keep them; only the per-part mark and label style is one scoped ``<style>``),
there is no script and nothing is fetched (a Content-Security-Policy forbids it), and
every piece of text is escaped. Control characters are shown as their Unicode pictures (NUL as
``␀``) and lone surrogates as ``�``, one character for one, so the text keeps its offsets; tabs,
line feeds and carriage returns are kept.

The view is a table of panels (:data:`PANELS`): each is a function from the release to an HTML
fragment (or None to leave it out) and a column to sit in. A new panel, such as the facts a
release announces, is one more function and one more row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import html
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Literal

import attrs

from .model import FACT_FIELDS, PART_KINDS, Contributor, Part, Release, Section

__all__ = ["KIND_COLOURS", "PANELS", "Panel", "render_html", "write_view"]

KIND_COLOURS: dict[str, str] = {
    "headline": "#ffd86b",
    "kicker": "#ffc59e",
    "subtitle": "#ffe7a8",
    "byline": "#b9dcf7",
    "dateline": "#a6e6c8",
    "heading": "#d2c2f7",
    "paragraph": "#e9eef4",
    "credits": "#f8bfd0",
    "boilerplate": "#dcdcdc",
    "note": "#eadbb8",
    "chrome": "#c4dedf",
    "blank": "transparent",
    "unclassified": "#ff9f9f",
}
"""The background colour of each part kind (:data:`pressrelease.model.PART_KINDS`); blank runs
are not highlighted."""

UNKNOWN_COLOUR = "#f0f0f0"
"""The colour of a part whose kind is not in :data:`KIND_COLOURS`."""

Column = Literal["side", "main"]


@attrs.frozen
class Panel:
    """One panel of the view: a title, the column it sits in and the function that draws it."""

    name: str
    """A short identifier, written as the panel's ``data-panel`` attribute."""
    title: str
    column: Column
    """``side`` (the narrow column: details, sections) or ``main`` (the wide one: the text)."""
    draw: Callable[[Release], str | None]
    """The panel's body as an HTML fragment, or None to leave the panel out for this release."""


# --- styles ---------------------------------------------------------------------------------------

_SANS = (
    "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
    "'WenQuanYi Micro Hei',system-ui,-apple-system,'Segoe UI',sans-serif"
)
_INK = "#1f2328"
_MUTED = "#6a737d"
_RULE = "#e3e6ea"

_S_VIEW = (
    f"font-family:{_SANS};color:{_INK};background:#fff;font-size:14px;line-height:1.5;"
    f"border:1px solid {_RULE};border-radius:8px;padding:18px 22px;max-width:1180px;box-sizing:border-box"
)
_S_KICKER = f"font-size:14px;color:{_MUTED};margin:0 0 2px"
_S_HEADLINE = "font-size:24px;font-weight:700;line-height:1.35;margin:0"
_S_NO_HEADLINE = f"font-size:20px;font-weight:400;font-style:italic;color:{_MUTED};margin:0"
_S_SUBTITLE = "font-size:16px;color:#3d434a;margin:4px 0 0"
_S_CAPTION = f"font-size:12px;color:{_MUTED};margin:8px 0 0"
_S_COLUMNS = "display:flex;flex-wrap:wrap;gap:18px 28px;margin-top:16px;align-items:flex-start"
_S_SIDE = "flex:1 1 300px;max-width:420px;min-width:0"
_S_MAIN = "flex:3 1 520px;min-width:0"
_S_PANEL = "margin:0 0 18px"
_S_PANEL_TITLE = (
    f"font-size:12px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:{_MUTED};"
    f"margin:0 0 6px;padding-bottom:4px;border-bottom:1px solid {_RULE}"
)
_S_TABLE = "border-collapse:collapse;width:100%;font-size:13px"
_S_TH = (
    f"width:1%;text-align:left;vertical-align:top;font-weight:600;color:{_MUTED};"
    "padding:3px 12px 3px 0;white-space:nowrap"
)
_S_TD = "vertical-align:top;padding:3px 0;word-break:break-word"
_S_NONE = f"color:{_MUTED}"
_S_SMALL = f"font-size:12px;color:{_MUTED}"
_S_META = f"{_S_SMALL};display:block;margin-left:14px"
_S_DOT = "display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;vertical-align:1px"
_S_TREE = "list-style:none;margin:0;padding:0 0 0 14px;font-size:13px"
_S_TREE_TOP = "list-style:none;margin:0;padding:0;font-size:13px"
_S_TREE_ITEM = "margin:3px 0"
_S_LINK = f"color:{_INK};text-decoration:none"
_S_LEGEND = "display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px"
_S_CHIP = "display:inline-block;font-size:12px;line-height:1.4;padding:1px 8px;border-radius:10px"
_S_TEXT = (
    f"white-space:pre-wrap;word-break:break-word;font-size:15px;line-height:2.15;margin:0;"
    f"font-family:{_SANS};background:#fbfcfd;border:1px solid {_RULE};border-radius:6px;padding:10px 14px"
)
_CSS = (
    ".pressrelease-view .pr-mark{padding:.18em .3em;border-radius:.3em;color:inherit;"
    "-webkit-box-decoration-break:clone;box-decoration-break:clone}"
    ".pressrelease-view .pr-tag{font-size:10px;font-weight:700;letter-spacing:.04em;"
    "text-transform:uppercase;line-height:1;vertical-align:.15em;padding:2px 4px;margin-right:5px;"
    "border-radius:3px;background:rgba(255,255,255,.72);color:#3d434a;user-select:none;"
    "-webkit-user-select:none}"
    ".pressrelease-view .pr-alert{color:#b3261e}"
)
"""The style of the marks and their labels, which repeat once per part: one rule each, scoped to
the view, instead of the same inline style on every part. A notebook front end that strips
``<style>`` still shows each part's colour (inline) and its label, unstyled."""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""The standalone page's Content-Security-Policy: nothing is loaded from anywhere, no script runs."""


# --- escaping -------------------------------------------------------------------------------------

_VISIBLE = {c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n\r"} | {0x7F: 0x2421}
_VISIBLE |= {c: 0xFFFD for c in range(0xD800, 0xE000)}


def _esc(text: str) -> str:
    """``text`` escaped for HTML text and attribute values; control characters made visible
    (``␀``) and lone surrogates replaced by ``�``, one character for one. A carriage return is
    written as a character reference, which HTML keeps (a raw one would be read as a line feed)."""
    return html.escape(text.translate(_VISIBLE), quote=True).replace("\r", "&#13;")


def _none(text: str = "—") -> str:
    return f'<span style="{_S_NONE}">{_esc(text)}</span>'


def _colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, UNKNOWN_COLOUR)


# --- panels ---------------------------------------------------------------------------------------


def _people(people: Sequence[Contributor]) -> str:
    return ", ".join(f"{c.role} {c.name}" if c.role else c.name for c in people)


def _row(label: str, value: str | None) -> str:
    cell = _none() if not value else _esc(value)
    return f'<tr><th scope="row" style="{_S_TH}">{_esc(label)}</th><td style="{_S_TD}">{cell}</td></tr>'


def _details(doc: Release) -> str:
    """The metadata table: publication time, 来源, people, 电头, outlet, input and document fields."""
    when = doc.published
    published = (
        when.isoformat(sep=" ") if isinstance(when, dt.datetime) else when.isoformat() if when else None
    )
    dateline = None
    if doc.dateline is not None:
        dl = doc.dateline
        values = (("agency", dl.agency), ("place", dl.place), ("date", dl.date))
        found = ", ".join(f"{k} {v}" for k, v in values if v)
        dateline = dl.text + (f" ({found})" if found else "")
    outlet = None
    if doc.outlet is not None:
        outlet = f"{doc.outlet.name} ({doc.outlet.kind}, confidence {doc.outlet.confidence:.2f})"
    kind = doc.input_kind + (f", {doc.encoding}" if doc.encoding else "")
    rows = [
        _row("published", published),
        _row("source", doc.source),
        _row("editors", _people(doc.editors)),
        _row("authors", _people(doc.authors)),
        _row("dateline", dateline),
        _row("outlet", outlet),
        _row("input", kind),
    ]
    od = doc.document
    if od is not None:
        fields = (od.kind, od.doc_number, od.issuer, od.written.isoformat() if od.written else None)
        rows.append(_row("document", " · ".join(f for f in fields if f)))
    return f'<table style="{_S_TABLE}"><tbody>{"".join(rows)}</tbody></table>'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _section_items(sections: Sequence[Section], ids: _Ids) -> Iterator[str]:
    for section in sections:
        count = _plural(len(section.paragraphs), "paragraph")
        h = section.heading
        if h is None:
            title = _none("(before any heading)")
            meta = count
        else:
            dot = f'<span style="{_S_DOT};background:{_colour("heading")}"></span>'
            title = f'{dot}<a href="#{ids.at(h.span.start)}" style="{_S_LINK}">{_esc(h.text)}</a>'
            meta = f"level {h.level} · {h.style} · {count}"
        sub = "".join(_section_items(section.subsections, ids))
        nested = f'<ul style="{_S_TREE}">{sub}</ul>' if sub else ""
        yield f'<li style="{_S_TREE_ITEM}">{title} <span style="{_S_META}">{_esc(meta)}</span>{nested}</li>'


def _sections(doc: Release) -> str:
    """The section tree: headings nested by level, each with its paragraph count."""
    if not doc.sections:
        return _none("no body paragraphs found")
    n_headings, n_paragraphs = len(doc.headings), len(doc.paragraphs)
    counts = f"{_plural(n_headings, 'heading')}, {_plural(n_paragraphs, 'paragraph')}"
    summary = f'<div style="{_S_SMALL};margin-bottom:4px">{counts}</div>'
    items = "".join(_section_items(doc.sections, _Ids(doc)))
    return f'{summary}<ul style="{_S_TREE_TOP}">{items}</ul>'


def _facts(doc: Release) -> str:
    """What the release announces: the headline's structure, then each kind of fact as a list."""
    from .facts.describe import describe, describe_headline

    facts = doc.facts
    blocks: list[str] = []
    if facts.headline is not None:
        summary = _esc(describe_headline(facts.headline))
        blocks.append(f'<div data-fact-kind="headline" style="{_S_SMALL}">{summary}</div>')
    for kind, field in FACT_FIELDS.items():
        found = facts.of_kind(kind)
        if not found:
            continue
        items = "".join(
            f'<li data-fact-kind="{kind}" style="{_S_TREE_ITEM}">{_esc(describe(f))}</li>' for f in found
        )
        blocks.append(
            f'<div style="{_S_SMALL};margin-top:6px">{_esc(field)} {len(found)}</div>'
            f'<ul style="{_S_TREE_TOP}">{items}</ul>'
        )
    return "".join(blocks) if blocks else _none("no facts found")


def _legend(doc: Release) -> str:
    counts = Counter(p.kind for p in doc.parts if p.kind != "blank")
    known = [k for k in PART_KINDS if k in counts] + sorted(k for k in counts if k not in PART_KINDS)
    chips = (
        f'<span data-legend="{_esc(k)}" style="{_S_CHIP};background:{_colour(k)}">{_esc(k)} '
        f'<span style="color:{_MUTED}">{counts[k]}</span></span>'
        for k in known
    )
    return f'<div style="{_S_LEGEND}">{"".join(chips)}</div>'


def _part(doc: Release, part: Part, anchor: str) -> str:
    """One part: an element with ``data-kind`` holding exactly the part's text, the text between
    its leading and trailing white space highlighted and preceded by the kind's label."""
    raw = doc.text[part.span.start : part.span.end]
    body = raw.strip()
    attrs_ = f'data-kind="{_esc(part.kind)}" data-start="{part.span.start}" data-end="{part.span.end}"'
    if part.kind == "blank" or not body:
        return f"<span {attrs_}>{_esc(raw)}</span>"
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(lead) + len(body) :]
    tip = part.kind + (f" · {part.rule}" if part.rule else "")
    if part.diagnostic is not None:
        tip += f" · {part.diagnostic.code}: {part.diagnostic.message}"
    tag_class = "pr-tag pr-alert" if part.kind == "unclassified" else "pr-tag"
    tag = f'<span data-tag="" class="{tag_class}">{_esc(part.kind)}</span>'
    style = f"background:{_colour(part.kind)}"
    mark = f'<mark class="pr-mark" style="{style}" title="{_esc(tip)}">{tag}{_esc(body)}</mark>'
    return f'<span id="{anchor}" {attrs_}>{_esc(lead)}{mark}{_esc(trail)}</span>'


def _text(doc: Release) -> str:
    """The original text with every part highlighted and labelled, after a legend of the kinds."""
    ids = _Ids(doc)
    parts = "".join(_part(doc, p, ids.of(i)) for i, p in enumerate(doc.parts))
    return f'{_legend(doc)}<div data-text="" lang="zh" style="{_S_TEXT}">{parts}</div>'


class _Ids:
    """Element ids for the parts (by index), unique to the text so that two views in one notebook
    differ, and the part an offset falls in, for links from the section tree."""

    def __init__(self, doc: Release) -> None:
        digest = hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
        self.prefix = f"pr-{digest}-"
        self.ends = [p.span.end for p in doc.parts]

    def of(self, index: int) -> str:
        """The id of the part at ``index`` in :attr:`Release.parts`."""
        return f"{self.prefix}{index}"

    def at(self, offset: int) -> str:
        """The id of the part holding the character at ``offset`` (the last part past the end)."""
        return self.of(min(bisect.bisect_right(self.ends, offset), max(len(self.ends) - 1, 0)))


PANELS: tuple[Panel, ...] = (
    Panel("details", "Details", "side", _details),
    Panel("sections", "Sections", "side", _sections),
    Panel("facts", "Facts", "side", _facts),
    Panel("text", "Text", "main", _text),
)
"""The panels of the view, in order within each column."""


# --- the view -------------------------------------------------------------------------------------


def _header(doc: Release) -> str:
    hl = doc.headline
    lines = []
    if hl is not None and hl.kicker is not None:
        lines.append(f'<div style="{_S_KICKER}">{_esc(hl.kicker.text)}</div>')
    if hl is not None:
        lines.append(f'<h2 style="{_S_HEADLINE}">{_esc(hl.text)}</h2>')
    else:
        lines.append(f'<h2 style="{_S_NO_HEADLINE}">(no headline found)</h2>')
    if hl is not None and hl.subtitle is not None:
        lines.append(f'<div style="{_S_SUBTITLE}">{_esc(hl.subtitle.text)}</div>')
    caption = (
        f"{doc.input_kind} input · {len(doc.text):,} characters · {_plural(len(doc.parts), 'part')}"
        f" · {_plural(len(doc.diagnostics), 'diagnostic')}"
    )
    lines.append(f'<div style="{_S_CAPTION}">{_esc(caption)}</div>')
    return f"<header>{''.join(lines)}</header>"


def _column(doc: Release, column: Column, style: str) -> str:
    panels = []
    for panel in PANELS:
        if panel.column != column:
            continue
        body = panel.draw(doc)
        if body is not None:
            title = f'<h3 style="{_S_PANEL_TITLE}">{_esc(panel.title)}</h3>'
            name = _esc(panel.name)
            panels.append(f'<section data-panel="{name}" style="{_S_PANEL}">{title}{body}</section>')
    return f'<div style="{style}">{"".join(panels)}</div>'


def render_html(doc: Release, *, standalone: bool = False) -> str:
    """The view of ``doc`` as HTML: a fragment for a notebook, or a whole page with ``standalone``.

    The fragment is one ``<div class="pressrelease-view">``; each part of the text is an element
    with ``data-kind`` (its kind), ``data-start`` and ``data-end`` (its span) whose text, less its
    label, is exactly the part's text (control characters shown as their pictures).
    """
    columns = _column(doc, "side", _S_SIDE) + _column(doc, "main", _S_MAIN)
    fragment = (
        f'<div class="pressrelease-view" lang="zh" style="{_S_VIEW}"><style>{_CSS}</style>'
        f'{_header(doc)}<div style="{_S_COLUMNS}">{columns}</div></div>'
    )
    if not standalone:
        return fragment
    title = doc.headline.text if doc.headline is not None else "release"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="pressrelease">\n'
        f"<title>{_esc(title)} · pressrelease</title>\n"
        "<style>body{margin:0;padding:24px;background:#eef0f3}</style>\n"
        f"</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )


def write_view(doc: Release, path: str | os.PathLike[str]) -> Path:
    """Write the standalone view of ``doc`` (:func:`render_html`) to ``path`` as UTF-8; return the path."""
    out = Path(path)
    out.write_text(render_html(doc, standalone=True), encoding="utf-8")
    return out
