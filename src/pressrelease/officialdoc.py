"""The typed fields of an official document (公文) or policy page, read from the parsed release."""

from __future__ import annotations

import datetime as dt

from .model import OfficialDocument, Release

__all__ = ["read_official_document"]

_KINDS = (
    "通知",
    "意见",
    "决定",
    "批复",
    "通报",
    "公告",
    "通告",
    "函",
    "复函",
    "令",
    "条例",
    "规定",
    "办法",
    "决议",
)


def read_official_document(release: Release) -> OfficialDocument | None:
    """The document fields of an official document, or None when the release is not one."""
    notes = {
        p.rule: release.text[p.span.start : p.span.end].strip() for p in release.parts if p.kind == "note"
    }
    fields = {
        f.label.replace(" ", "").replace("\u3000", ""): f.value
        for f in (release.byline.fields if release.byline else ())
        if f.label
    }
    doc_number = notes.get("furniture.doc_number") or fields.get("发文字号")
    if not doc_number and "furniture.addressees" not in notes and "索引号" not in fields:
        return None
    title = fields.get("标题") or (release.headline.text if release.headline else None)
    kind = next((k for k in sorted(_KINDS, key=len, reverse=True) if title and title.endswith(k)), None)
    published = release.published
    return OfficialDocument(
        kind=kind,
        doc_number=doc_number,
        issuer=fields.get("发文机关"),
        title=fields.get("标题"),
        index_number=fields.get("索引号"),
        subject=fields.get("主题分类"),
        published=published
        if isinstance(published, dt.date) and not isinstance(published, dt.datetime)
        else None,
    )
