"""pressrelease: Chinese government press releases and official-media articles as typed data.

A short tour::

    >>> import pressrelease
    >>> doc = pressrelease.parse(
    ...     "某县“两抓”促春耕\\n2020-03-07 16:21来源:某某网编辑:张三\\n\\n"
    ...     "　　本报讯（记者 李四）连日来，某县组织群众开展春耕生产，各项工作有序推进。\\n"
    ... )
    >>> doc.headline.text
    '某县“两抓”促春耕'
    >>> doc.published.isoformat()
    '2020-03-07T16:21:00+08:00'
    >>> doc.source, [e.name for e in doc.editors], [a.name for a in doc.authors]
    ('某某网', ['张三'], ['李四'])
    >>> doc.dateline.text
    '本报讯'
    >>> doc.paragraphs[0].text[:6]
    '连日来，某县'
    >>> pressrelease.from_dict(pressrelease.to_dict(doc)) == doc
    True

Every element has a ``.span`` into ``doc.text``; ``doc.parts`` tile the text, so nothing of the
input is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .errors import (
    DecodeError,
    HtmlSupportMissing,
    InputTooLarge,
    InputTypeError,
    ParseTimeout,
    PressReleaseError,
    TablesSupportMissing,
)
from .limits import DEFAULT_LIMITS, Limits, gc_paused
from .model import (
    Boilerplate,
    Byline,
    BylineField,
    Clause,
    Contributor,
    Credits,
    Dateline,
    Deck,
    Diagnostic,
    Heading,
    Headline,
    MarkupLine,
    OfficialDocument,
    Outlet,
    Paragraph,
    Part,
    Release,
    Section,
    Span,
)
from .schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from .source import InputKind

__all__ = [
    "SCHEMA_VERSION",
    "BatchError",
    "Boilerplate",
    "Byline",
    "BylineField",
    "Clause",
    "Contributor",
    "Credits",
    "Dateline",
    "Deck",
    "DecodeError",
    "Diagnostic",
    "Heading",
    "Headline",
    "HtmlSupportMissing",
    "InputTooLarge",
    "InputTypeError",
    "Limits",
    "MarkupLine",
    "OfficialDocument",
    "Outlet",
    "Paragraph",
    "ParseTimeout",
    "Part",
    "PressReleaseError",
    "Publisher",
    "Release",
    "Result",
    "Section",
    "Span",
    "TablesSupportMissing",
    "__version__",
    "dumps",
    "from_dict",
    "loads",
    "parse",
    "parse_files",
    "parse_many",
    "read_parquet",
    "render_html",
    "to_arrow",
    "to_dict",
    "to_frame",
    "to_records",
    "write_parquet",
    "write_view",
]

__version__ = "0.1.0"


def parse(
    data: str | bytes, *, kind: InputKind = "auto", limits: Limits = DEFAULT_LIMITS, eager: bool = False
) -> Release:
    """Parse a release given as text or as the HTML page it was published on.

    ``data`` is ``str``, or bytes in UTF-8 (with or without BOM) or GB18030/GBK/GB2312 (an HTML
    page's declared charset is tried first). ``kind`` forces ``"text"`` or ``"html"``; by default
    HTML is recognised by its markup.

    Never raises on a ``str`` taken as text. Bytes that no supported encoding decodes raise
    :class:`DecodeError`; other types raise :class:`InputTypeError`; HTML input without the
    ``html`` extra raises :class:`HtmlSupportMissing` (all are :class:`PressReleaseError`).

    ``limits`` bounds the input size and the time taken (:class:`Limits`); past them
    :class:`InputTooLarge` or :class:`ParseTimeout` is raised, never a partial result.

    The structure is read now; the derived analyses (``doc.outlet``, ``doc.document``,
    ``doc.facts``) on first use, so a pipeline pays only for what it reads. ``eager=True``
    computes them now too (as :meth:`Release.compute` does).
    """
    # the parser (its patterns and the regex module) loads on the first parse: import stays fast
    from .pipeline import parse_text
    from .source import decode, looks_like_html

    if kind not in ("auto", "text", "html"):
        raise InputTypeError(f"kind must be 'auto', 'text' or 'html', not {kind!r}")
    size = len(data) if isinstance(data, (str, bytes, bytearray, memoryview)) else 0
    if size:
        limits.check_size(size, "characters" if isinstance(data, str) else "bytes")
    clock = limits.clock()
    with gc_paused(size):
        decoded = decode(data, kind)
        if kind == "html" or (kind == "auto" and looks_like_html(decoded.text[:4096])):
            from .html import extract  # the HTML machinery loads only for HTML input

            page = extract(decoded.text, clock)
            release = parse_text(page.text, decoded.diagnostics, page, clock)
            markup = tuple(MarkupLine(Span(o.start, o.end), o.path, o.tag, o.hint) for o in page.lines)
            release = attrs.evolve(release, input_kind="html", encoding=decoded.encoding, markup=markup)
        else:
            release = parse_text(decoded.text, decoded.diagnostics, None, clock)
            if decoded.encoding is not None:
                release = attrs.evolve(release, encoding=decoded.encoding)
        return release.compute() if eager else release


_LAZY = {
    "Publisher": "outlets",
    "parse_many": "batch",
    "parse_files": "batch",
    "Result": "batch",
    "BatchError": "batch",
    "to_records": "tables",
    "to_frame": "tables",
    "to_arrow": "tables",
    "write_parquet": "tables",
    "read_parquet": "tables",
    "render_html": "view",
    "write_view": "view",
}
"""Public names whose modules load on first use (the publisher registry, the process pool, the tables)."""


def __getattr__(name: str) -> Any:
    """Load :data:`_LAZY` names on first use, so ``import pressrelease`` stays fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pressrelease' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)


# The wire format loads cattrs; it is imported on first use so that ``import pressrelease`` stays fast.


def to_dict(doc: Release, *, facts: bool = True) -> dict[str, Any]:
    """A JSON-ready dict of the release, with its schema version (see :mod:`pressrelease.serialize`).

    ``facts=False`` leaves the facts out (``"facts": null``) so they are not extracted.
    """
    from .serialize import to_dict as _to_dict

    return _to_dict(doc, facts=facts)


def from_dict(data: dict[str, Any]) -> Release:
    """The release a :func:`to_dict` dict describes (exact inverse)."""
    from .serialize import from_dict as _from_dict

    return _from_dict(data)


def dumps(doc: Release, *, indent: int | None = None, facts: bool = True) -> str:
    """The release as a JSON string (UTF-8 characters kept as they are); ``facts`` as in :func:`to_dict`."""
    from .serialize import dumps as _dumps

    return _dumps(doc, indent=indent, facts=facts)


def loads(text: str | bytes) -> Release:
    """The release a :func:`dumps` string describes."""
    from .serialize import loads as _loads

    return _loads(text)
