"""The typed fields of an official document (公文) or policy page, read from the parsed release.

The pipeline has already found the document's furniture: ``note`` parts named by the furniture
table (``furniture.doc_number``, ``furniture.addressees``, ``furniture.attachment``,
``furniture.signing_organ``, ``furniture.signing_date``, ``furniture.public_note``…) and, on a
policy page, the rows of its metadata table as byline fields (索引号, 主题分类, 发文机关, 成文日期,
标题, 发文字号, 发布日期). :func:`read_official_document` reads values out of them; it changes
nothing in the release, and every value is a copy (dates are parsed, the rest is as printed).

Whether a release is a document at all is decided from evidence (see :func:`_is_document`): a
document number, an addressee line, a metadata table or a title of the form ``…关于…的通知`` is
enough on its own; a signature block with its date, a document type ending the title, an
attachment line, a publication note and an adoption note count when two of them agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from .model import OfficialDocument, Part, Release
from .numerals import parse_cn_date
from .patterns import document as table
from .rules.furniture import organ_name

__all__ = ["read_official_document"]

_STRIP = " \t\r\n\u00a0\u2002\u2003\u3000\ufeff"
"""White space around a line's value."""

_NAME_END = "；;，,。、" + _STRIP
"""Punctuation that ends an entry of a list, not part of the name."""

_OPENERS = "（([［【〔"
_CLOSERS = "）)]］】〕"


_DOCUMENT_NOTE_MAX = 70
"""A publication note is short; longer parts are not tried against :data:`table.NOTE`."""


@attrs.frozen
class _Line:
    """A part of the release with its text, stripped of surrounding white space."""

    part: Part
    text: str


def read_official_document(release: Release) -> OfficialDocument | None:
    """The document fields of an official document or policy page, or None when the release is not one.

    >>> import pressrelease
    >>> doc = pressrelease.parse(
    ...     "某市人民政府关于做好防汛工作的通知\\n某政发〔2020〕3号\\n各区人民政府，市政府各部门：\\n"
    ...     "　　现将有关事项通知如下。\\n某市人民政府\\n二〇二〇年六月一日\\n（此件公开发布）\\n"
    ... )
    >>> d = doc.document
    >>> d.kind, d.doc_number, d.addressees
    ('通知', '某政发〔2020〕3号', ('各区人民政府', '市政府各部门'))
    >>> d.signers, d.written.isoformat(), d.notes
    (('某市人民政府',), '2020-06-01', ('（此件公开发布）',))
    """
    lines = [_Line(p, release.text[p.span.start : p.span.end].strip(_STRIP)) for p in release.parts]
    fields = _metadata(release)
    has_table = any(label in table.TABLE_LABELS for label in fields.labels)
    meta = fields.values if has_table else {}

    def first(rule: str) -> str | None:
        return next((ln.text for ln in lines if ln.part.kind == "note" and ln.part.rule == rule), None)

    doc_number = first("furniture.doc_number") or meta.get("doc_number")
    addressee_line = first("furniture.addressees")
    title = meta.get("title")
    headline = release.headline.text if release.headline is not None else None
    kind = _kind(title) or _kind(headline) or _kind(_printed_title(lines))
    signers, signed = _signature(lines)
    attachments = _attachments(lines)
    notes = _notes(lines)
    evidence = _Evidence(
        strong=bool(doc_number or addressee_line or has_table)
        or any(t is not None and table.TITLE_FORM.apply(t) for t in (title, headline)),
        weak=sum(
            (
                signed is not None,
                kind is not None,
                bool(attachments),
                bool(notes),
                first("furniture.adoption_note") is not None,
            )
        ),
    )
    if not evidence.enough:
        return None
    written = _date(meta.get("written")) or _date(signed)
    return OfficialDocument(
        kind=kind,
        doc_number=doc_number,
        issuer=meta.get("issuer"),
        addressees=_addressees(addressee_line) if addressee_line else (),
        signers=signers,
        written=written,
        published=_date(meta.get("published")),
        index_number=meta.get("index_number"),
        subject=meta.get("subject"),
        title=title,
        attachments=attachments,
        notes=notes,
    )


@attrs.frozen
class _Evidence:
    """What points to an official document: strong signs decide alone, weak ones in pairs."""

    strong: bool
    weak: int

    @property
    def enough(self) -> bool:
        return self.strong or self.weak >= 2


@attrs.frozen
class _Metadata:
    """A policy page's metadata rows: every label printed (white space removed) and the values by field."""

    labels: frozenset[str]
    values: dict[str, str]


def _metadata(release: Release) -> _Metadata:
    """The byline fields that are rows of a metadata table, by the document field they fill."""
    field_of = {label: name for name, labels in table.METADATA_LABELS for label in labels}
    labels: set[str] = set()
    values: dict[str, str] = {}
    for f in release.byline.fields if release.byline is not None else ():
        if f.label is None:
            continue
        label = "".join(f.label.split())
        labels.add(label)
        name = field_of.get(label)
        value = f.value.strip(_STRIP)
        if name is not None and value and name not in values:
            values[name] = value
    return _Metadata(frozenset(labels), values)


def _kind(title: str | None) -> str | None:
    """The document type that ends ``title`` (the longest one: 复函 rather than 函)."""
    if not title:
        return None
    m = table.KIND.apply(title)
    return str(m.group("kind")) if m is not None else None


def _printed_title(lines: Sequence[_Line]) -> str | None:
    """The document's title as printed over its number or its addressee line, when no rule claimed it.

    GB/T 9704 prints the title between the document number and the addressees; portals often
    put it above the number, over several lines. Unclassified lines right above either are
    joined (they are one title broken by the layout).
    """
    for i, ln in enumerate(lines):
        if ln.part.kind != "note" or ln.part.rule not in ("furniture.doc_number", "furniture.addressees"):
            continue
        run: list[str] = []
        k = i - 1
        while k >= 0 and lines[k].part.kind in ("unclassified", "blank"):
            if lines[k].part.kind == "unclassified":
                run.append(lines[k].text)
            k -= 1
        if run and (title := "".join(reversed(run))) and _kind(title) is not None:
            return title
    return None


def _date(value: str | None) -> dt.date | None:
    return parse_cn_date(value) if value else None


def _signature(lines: Sequence[_Line]) -> tuple[tuple[str, ...], str | None]:
    """The signing organs (落款) and the date printed under the first of them.

    A joint document is signed by several organs, one a line: the pipeline names the last of
    them ``furniture.signing_organ``; the ones above it are short signature notes
    (``body.signature``) or unclassified lines that read as an organ's name. Where the pipeline
    took the date under the signature for a publication stamp (a ``byline`` part after the
    body), the organ line over it is still the signature.
    """
    body = next((i for i, ln in enumerate(lines) if ln.part.kind in ("paragraph", "heading")), len(lines))
    signers: list[str] = []
    signed: str | None = None
    for i, ln in enumerate(lines):
        if not _signing_organ(lines, i, body):
            continue
        above: list[str] = []
        k = i - 1
        while k >= 0 and (lines[k].part.kind == "blank" or _organ_line(lines[k])):
            if lines[k].part.kind != "blank":
                above.append(lines[k].text)
            k -= 1
        for name in [*reversed(above), ln.text]:
            if name not in signers:
                signers.append(name)
        if signed is None:
            after = _next_text_line(lines, i)
            if after is not None and _date_line(lines[after]):
                signed = lines[after].text
    if signed is None:
        signed = next(
            (ln.text for ln in lines if ln.part.kind == "note" and ln.part.rule == "furniture.signing_date"),
            None,
        )
        if signed is not None and not signers:
            signed = None  # a date line alone is not a signature
    return tuple(signers), signed


def _signing_organ(lines: Sequence[_Line], i: int, body: int) -> bool:
    """Whether part ``i`` is a signing organ: so named, or an organ's name after the body over a date."""
    line = lines[i]
    if line.part.kind == "note" and line.part.rule == "furniture.signing_organ":
        return True
    if i <= body or not _organ_line(line):
        return False
    after = _next_text_line(lines, i)
    return after is not None and _date_line(lines[after])


def _date_line(line: _Line) -> bool:
    """Whether a part is the date line of a signature (or a date the pipeline read as a stamp)."""
    if line.part.kind == "note" and line.part.rule == "furniture.signing_date":
        return True
    return line.part.kind == "byline" and parse_cn_date(line.text) is not None


def _organ_line(line: _Line) -> bool:
    """Whether a part above a signing organ is another signing organ of a joint document."""
    if line.part.rule == "body.signature":
        return True
    return line.part.kind == "unclassified" and organ_name(line.text)


def _next_text_line(lines: Sequence[_Line], i: int) -> int | None:
    """The index of the first part after ``i`` that is not blank."""
    for k in range(i + 1, len(lines)):
        if lines[k].part.kind != "blank":
            return k
    return None


def _attachments(lines: Sequence[_Line]) -> tuple[str, ...]:
    """The attachment names, from the 附件： line(s) and the numbered lines that continue the list.

    When the document prints no list but its attachments themselves (a bare ``附件`` or ``附件2``
    line over the attachment's title, after the signature), the titles are the names.
    """
    names: list[str] = []
    printed: list[str] = []
    for i, ln in enumerate(lines):
        if ln.part.kind != "note" or ln.part.rule != "furniture.attachment":
            continue
        label = table.ATTACHMENT_LABEL.apply(ln.text)
        rest = ln.text[label.end() :].strip(_STRIP) if label is not None else ""
        if label is not None and label.group("number") is not None:
            if rest:
                names.append(_name(rest))
            elif (title := _title_after(lines, i)) is not None:
                printed.append(title)
            continue
        found, expected = _split_numbered(rest)
        names.extend(found)
        k = _next_text_line(lines, i)
        if not rest and (k is None or _item(lines[k].text, 1) is None):
            if (title := _title_after(lines, i)) is not None:
                printed.append(title)
            continue
        while k is not None and (name := _item(lines[k].text, expected)) is not None:
            names.append(name)
            expected += 1
            k = _next_text_line(lines, k)
    result = names or printed
    return tuple(dict.fromkeys(n for n in result if n))


def _split_numbered(rest: str) -> tuple[list[str], int]:
    """Split ``1. 甲 2. 乙`` into names; the number the next list line should carry (-1: none).

    Numbers are taken only in sequence from 1, so a number inside a name (``3.5万元``) does not
    split it. An unnumbered rest is one name.
    """
    if not rest:
        return [], 1
    cuts: list[tuple[int, int]] = []  # (start of the number, start of the name)
    expected = 1
    for m in table.ATTACHMENT_NUMBER.finditer(rest):
        if not cuts and m.start() != 0:
            break
        if int(m.group("number").translate(_FULLWIDTH)) == expected:
            cuts.append((m.start(), m.end()))
            expected += 1
    if not cuts:
        return [_name(rest)], -1  # an unnumbered name: no list lines follow it
    ends = [start for start, _ in cuts[1:]] + [len(rest)]
    return [_name(rest[name_at:end]) for (_, name_at), end in zip(cuts, ends, strict=True)], expected


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _item(text: str, expected: int) -> str | None:
    """The name on a line that continues an attachment list with number ``expected``, or None."""
    m = table.ATTACHMENT_ITEM.apply(text)
    if m is None or int(m.group("number").translate(_FULLWIDTH)) != expected:
        return None
    return _name(m.group("name"))


def _title_after(lines: Sequence[_Line], i: int) -> str | None:
    """The title printed under a bare ``附件`` label: the next line, if it reads like a title."""
    k = _next_text_line(lines, i)
    if k is None or lines[k].part.kind not in ("note", "heading", "paragraph", "unclassified"):
        return None
    text = lines[k].text
    if len(text) > 60 or any(c in text for c in "。；;！？"):
        return None
    return text


def _name(text: str) -> str:
    """An attachment name without the list punctuation around it."""
    return text.strip(_NAME_END)


def _notes(lines: Sequence[_Line]) -> tuple[str, ...]:
    """Publication notes (附注): ``（此件公开发布）``, ``（本文有删减）``, a contact in brackets."""
    notes: list[str] = []
    for ln in lines:
        if ln.part.kind in ("headline", "byline", "blank", "heading"):
            continue
        is_note = ln.part.rule == "furniture.public_note" or (
            len(ln.text) <= _DOCUMENT_NOTE_MAX and table.NOTE.apply(ln.text) is not None
        )
        if is_note and ln.text not in notes:
            notes.append(ln.text)
    return tuple(notes)


def _addressees(line: str) -> tuple[str, ...]:
    """The organs of an addressee line (主送机关), one per entry, as printed, without the colon.

    Entries are separated by ``，`` (or ``,``, ``；``); inside one, ``、`` separates organs only
    when every piece is an organ's name (``教育部、外交部``), not when the pieces share one
    (``各省、自治区、直辖市人民政府``). Nothing inside brackets is split (``各县（市、区）人民政府``).
    """
    body = line.strip(_STRIP).rstrip(":：︰∶").strip(_STRIP)
    entries: list[str] = []
    for entry in _split_outside_brackets(body, "，,；;"):
        pieces = _split_outside_brackets(entry, "、")
        if len(pieces) > 1 and all(table.ORGAN.apply(p) for p in pieces):
            entries.extend(pieces)
        else:
            entries.append(entry)
    return tuple(e for e in (x.strip(_STRIP) for x in entries) if e)


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    """``text`` split at ``separators`` that are not inside brackets."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return [p.strip(_STRIP) for p in pieces if p.strip(_STRIP)]
