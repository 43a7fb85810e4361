"""Many releases as tables: one row per release, or one row per paragraph with its section path.

This module owns the flat rows of the library; :mod:`pressrelease.scale` (Dask) and the PySpark
sample in ``docs/scale.md`` write the same rows. :func:`to_records` gives them as lists of dicts of
plain JSON values and needs nothing beyond the library; :func:`to_frame`, :func:`to_arrow`,
:func:`write_parquet` and :func:`read_parquet` need the ``tables`` extra
(``pip install 'pressrelease[tables]'``: pandas and pyarrow) and raise
:class:`~pressrelease.TablesSupportMissing` without it.

::

    import pressrelease
    docs = {path.name: pressrelease.parse(path.read_bytes()) for path in paths}
    releases = pressrelease.to_frame(docs)                        # one row per release
    paragraphs = pressrelease.to_frame(docs, level="paragraph")   # one row per paragraph
    paragraphs.groupby(["source", "section"], dropna=False).size()

What ``docs`` may hold (see :func:`to_records`): releases, ``(source, release)`` pairs, a mapping
of source to release, or the :class:`~pressrelease.Result` records of :func:`~pressrelease.parse_many`
(whose failures become rows with ``error_type`` and ``error`` set). The columns of each level are
:data:`RELEASE_COLUMNS` and :data:`PARAGRAPH_COLUMNS`, documented in ``docs/tables.md``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs

from .batch import BatchError, Result
from .errors import TablesSupportMissing
from .model import Contributor, Heading, Paragraph, Release, Section

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # type: ignore[import-untyped]
    import pyarrow as pa  # type: ignore[import-untyped]

__all__ = [
    "PARAGRAPH_COLUMNS",
    "RELEASE_COLUMNS",
    "SECTION_JOINER",
    "Column",
    "Level",
    "Record",
    "arrow_schema",
    "columns",
    "error_record",
    "paragraph_records",
    "read_parquet",
    "records_to_arrow",
    "release_record",
    "to_arrow",
    "to_frame",
    "to_records",
    "write_parquet",
]

Record: TypeAlias = dict[str, Any]
"""One row: column name to a plain value (str, int, list of str or int, or None)."""

Level: TypeAlias = Literal["release", "paragraph"]
"""Which table: one row per release, or one row per body paragraph."""

ColumnType: TypeAlias = Literal["string", "int32", "int64", "date", "strings", "ints"]
"""A column's type: text, integers, a calendar date (an ISO string in records), lists of text or integers."""

Source: TypeAlias = "str | os.PathLike[str] | None"
"""Where a release came from, as the caller names it: a path, a URL, an id."""

Item: TypeAlias = "Release | tuple[Source, Release] | Result"
"""What :func:`to_records` takes one row (or one release's rows) from."""

Docs: TypeAlias = "Iterable[Item] | Mapping[str, Release]"
"""What the table functions take: releases, (source, release) pairs, batch results, or a mapping."""

SECTION_JOINER = " / "
"""How the headings above a paragraph are joined in its ``section`` column."""


@attrs.frozen
class Column:
    """One column of a table: its name, its type and what it holds."""

    name: str
    type: ColumnType
    doc: str


RELEASE_COLUMNS: tuple[Column, ...] = (
    Column("release", "int64", "position of the release in the input (0-based; a result's index)"),
    Column("source", "string", "where the release came from, as given by the caller (path, URL, id)"),
    Column("headline", "string", "the headline's text"),
    Column("published", "string", "publication time or date, ISO 8601 (with its offset if timed)"),
    Column("published_date", "date", "the calendar date of publication"),
    Column("source_name", "string", "the 来源 as printed"),
    Column("editors", "strings", "names of the editors, in order"),
    Column("authors", "strings", "names of the reporters and authors, in order"),
    Column("dateline_text", "string", "the 电头 as printed"),
    Column("dateline_agency", "string", "the dateline's agency"),
    Column("dateline_place", "string", "the dateline's place"),
    Column("outlet", "string", "the publisher identified"),
    Column("outlet_kind", "string", "the publisher's kind (central_media, local_media, government…)"),
    Column("document_kind", "string", "for an official document: its type (通知, 意见…)"),
    Column("doc_number", "string", "for an official document: its 发文字号"),
    Column("n_chars", "int64", "length of the release's text in characters"),
    Column("n_paragraphs", "int32", "number of body paragraphs (rows in the paragraph table)"),
    Column("n_headings", "int32", "number of in-body headings"),
    Column("credits", "string", "the closing credit line's text"),
    Column("boilerplate_title", "string", "the title of the copyright or disclaimer block"),
    Column("input_kind", "string", "text or html"),
    Column("encoding", "string", "the encoding bytes were decoded from (null for str input)"),
    Column("error_type", "string", "for an input that gave no release: the exception's type"),
    Column("error", "string", "for an input that gave no release: the message"),
)
"""The columns of the release table, in order."""

PARAGRAPH_COLUMNS: tuple[Column, ...] = (
    Column("release", "int64", "position of the release in the input (0-based; a result's index)"),
    Column("source", "string", "where the release came from, as given by the caller"),
    Column("index", "int32", "the paragraph's position in release.paragraphs"),
    Column("section_index", "ints", "path of the paragraph's section: release.sections[i].subsections[j]…"),
    Column("section_headings", "strings", "texts of the headings above the paragraph, outermost first"),
    Column("section", "string", "section_headings joined with ' / ' (null before the first heading)"),
    Column("heading", "string", "the nearest heading above the paragraph (null before the first)"),
    Column("level", "int32", "that heading's level"),
    Column("lead", "string", "the paragraph's lead-in sentence or enumeration label"),
    Column("speaker", "string", "in a transcript, who speaks"),
    Column("text", "string", "the paragraph's text"),
    Column("start", "int64", "start of the paragraph's span in the release's text"),
    Column("end", "int64", "end of the paragraph's span in the release's text"),
)
"""The columns of the paragraph table, in order."""


def columns(level: Level) -> tuple[Column, ...]:
    """The columns of the table at ``level``, in order."""
    if level == "release":
        return RELEASE_COLUMNS
    if level == "paragraph":
        return PARAGRAPH_COLUMNS
    raise ValueError(f"level must be 'release' or 'paragraph', not {level!r}")


def _names(people: tuple[Contributor, ...]) -> list[str]:
    return [p.name for p in people]


def release_record(doc: Release, *, source: Source = None, release: int | None = None) -> Record:
    """The row of one release in the release table (:data:`RELEASE_COLUMNS`)."""
    dl, outlet, document = doc.dateline, doc.outlet, doc.document
    published = doc.published
    day = published.date() if isinstance(published, dt.datetime) else published
    return {
        "release": release,
        "source": _source(source),
        "headline": doc.headline.text if doc.headline else None,
        "published": published.isoformat() if published else None,
        "published_date": day.isoformat() if day else None,
        "source_name": doc.source,
        "editors": _names(doc.editors),
        "authors": _names(doc.authors),
        "dateline_text": dl.text if dl else None,
        "dateline_agency": dl.agency if dl else None,
        "dateline_place": dl.place if dl else None,
        "outlet": outlet.name if outlet else None,
        "outlet_kind": outlet.kind if outlet else None,
        "document_kind": document.kind if document else None,
        "doc_number": document.doc_number if document else None,
        "n_chars": len(doc.text),
        "n_paragraphs": len(doc.paragraphs),
        "n_headings": len(doc.headings),
        "credits": doc.credits.text if doc.credits else None,
        "boilerplate_title": doc.boilerplate.title if doc.boilerplate else None,
        "input_kind": doc.input_kind,
        "encoding": doc.encoding,
        "error_type": None,
        "error": None,
    }


def error_record(error: BatchError, *, source: Source = None, release: int | None = None) -> Record:
    """The release-table row of an input that gave no release: release, source and the error set."""
    record: Record = dict.fromkeys(c.name for c in RELEASE_COLUMNS)
    record.update(release=release, source=_source(source), error_type=error.type, error=error.message)
    return record


_Placed: TypeAlias = tuple[tuple[int, ...], tuple[Heading, ...], Paragraph]
"""A paragraph with its section's index path and the headings above it, outermost first."""


def _placed(
    sections: tuple[Section, ...], at: tuple[int, ...], above: tuple[Heading, ...]
) -> Iterator[_Placed]:
    for i, section in enumerate(sections):
        path = (*at, i)
        headings = above if section.heading is None else (*above, section.heading)
        for paragraph in section.paragraphs:
            yield path, headings, paragraph
        yield from _placed(section.subsections, path, headings)


def paragraph_records(doc: Release, *, source: Source = None, release: int | None = None) -> list[Record]:
    """The rows of one release in the paragraph table (:data:`PARAGRAPH_COLUMNS`), in document order.

    There is one row per paragraph of ``doc.paragraphs``, in the same order (``index``).
    """
    name = _source(source)
    records: list[Record] = []
    for path, headings, paragraph in _placed(doc.sections, (), ()):
        texts = [h.text for h in headings]
        records.append(
            {
                "release": release,
                "source": name,
                "index": len(records),
                "section_index": list(path),
                "section_headings": texts,
                "section": SECTION_JOINER.join(texts) or None,
                "heading": texts[-1] if texts else None,
                "level": headings[-1].level if headings else None,
                "lead": paragraph.lead,
                "speaker": paragraph.speaker,
                "text": paragraph.text,
                "start": paragraph.span.start,
                "end": paragraph.span.end,
            }
        )
    return records


def _source(source: Source) -> str | None:
    return None if source is None else os.fspath(source)


def _entries(docs: Docs) -> Iterator[tuple[int, str | None, Release | BatchError]]:
    """Each item of ``docs`` as (position, source, release or error)."""
    items: Iterable[Any] = docs.items() if isinstance(docs, Mapping) else docs
    for position, item in enumerate(items):
        if isinstance(item, Release):
            yield position, None, item
        elif isinstance(item, Result):
            outcome = item.release if item.release is not None else item.error
            assert outcome is not None  # a Result holds exactly one of them
            yield item.index, item.source, outcome
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Release):
            yield position, _source(item[0]), item[1]
        else:
            raise TypeError(
                "the table functions take releases, (source, release) pairs, batch results "
                f"or a mapping of source to release; item {position} is a {type(item).__name__}"
            )


def to_records(docs: Docs, *, level: Level = "release") -> list[Record]:
    """The rows of ``docs`` at ``level`` as dicts of plain JSON values, keyed as :func:`columns`.

    ``docs`` holds :class:`~pressrelease.Release` objects, ``(source, release)`` pairs (a path,
    URL or id, which fills the ``source`` column), :class:`~pressrelease.Result` records from
    :func:`~pressrelease.parse_many` or :func:`~pressrelease.parse_files`, or it is a mapping of
    source to release. ``release`` is the item's position (a result's ``index``).

    ``level="release"`` gives one row per item; a failed result gives a row with only
    ``release``, ``source``, ``error_type`` and ``error`` set. ``level="paragraph"`` gives one row
    per body paragraph, releases in order, each release's paragraphs in document order; a failed
    result gives none.
    """
    columns(level)  # an unknown level fails before any row is built
    records: list[Record] = []
    for position, source, outcome in _entries(docs):
        if level == "release":
            if isinstance(outcome, BatchError):
                records.append(error_record(outcome, source=source, release=position))
            else:
                records.append(release_record(outcome, source=source, release=position))
        elif isinstance(outcome, Release):
            records.extend(paragraph_records(outcome, source=source, release=position))
    return records


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as e:
        raise TablesSupportMissing(
            f"tables need pyarrow and pandas (the tables extra): pip install 'pressrelease[tables]'; {e}"
        ) from e
    return pyarrow


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise TablesSupportMissing(
            f"tables need pandas and pyarrow (the tables extra): pip install 'pressrelease[tables]'; {e}"
        ) from e
    return pandas


def _parquet() -> Any:
    """``pyarrow.parquet``, once pandas and pyarrow (the extra goes together) are known to be there."""
    _pandas()
    _pyarrow()
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    return pq


def _arrow_type(pa: Any, kind: ColumnType) -> Any:
    return {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "date": pa.date32(),
        "strings": pa.list_(pa.string()),
        "ints": pa.list_(pa.int32()),
    }[kind]


def arrow_schema(level: Level) -> pa.Schema:
    """The pyarrow schema of the table at ``level`` (dates as ``date32``, lists as ``list``)."""
    pa = _pyarrow()
    return pa.schema([(c.name, _arrow_type(pa, c.type)) for c in columns(level)])


def records_to_arrow(records: Sequence[Record], level: Level) -> pa.Table:
    """A pyarrow table of rows built by this module at ``level``, with :func:`arrow_schema`."""
    pa = _pyarrow()
    arrays = []
    for column in columns(level):
        values = [r[column.name] for r in records]
        if column.type == "date":
            arrays.append(pa.array(values, pa.string()).cast(pa.date32()))
        else:
            arrays.append(pa.array(values, _arrow_type(pa, column.type)))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(level))


def to_arrow(docs: Docs, *, level: Level = "release") -> pa.Table:
    """The rows of :func:`to_records` as a pyarrow table with :func:`arrow_schema`."""
    return records_to_arrow(to_records(docs, level=level), level)


def _frame_dtype(pa: Any, kind: Any) -> str | None:
    """The pandas dtype of an Arrow type: nullable ``string``, ``Int32``/``Int64``, ``datetime64[ns]``;
    None for lists, kept as Python lists in ``object`` columns."""
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return "string"
    if pa.types.is_int32(kind):
        return "Int32"
    if pa.types.is_integer(kind):
        return "Int64"
    if pa.types.is_date(kind) or pa.types.is_timestamp(kind):
        return "datetime64[ns]"
    return None


def _frame(table: pa.Table) -> pd.DataFrame:
    pd, pa = _pandas(), _pyarrow()
    data = {}
    for field in table.schema:
        values = table.column(field.name).to_pylist()
        dtype = _frame_dtype(pa, field.type)
        data[field.name] = pd.Series(values, dtype=object if dtype is None else dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(table.num_rows))


def to_frame(docs: Docs, *, level: Level = "release") -> pd.DataFrame:
    """The rows of :func:`to_records` as a pandas DataFrame, columns in :func:`columns` order.

    Text is the nullable ``string`` dtype, integers ``Int32``/``Int64``, ``published_date``
    ``datetime64[ns]`` (midnight of the day); list columns (``editors``, ``authors``,
    ``section_index``, ``section_headings``) hold Python lists. Missing values are ``<NA>``/``NaT``.
    """
    return _frame(to_arrow(docs, level=level))


def write_parquet(docs: Docs, path: str | os.PathLike[str], *, level: Level = "release") -> None:
    """Write the rows of :func:`to_records` to one Parquet file at ``path``, with :func:`arrow_schema`."""
    _parquet().write_table(to_arrow(docs, level=level), os.fspath(path))


def read_parquet(path: str | os.PathLike[str]) -> pd.DataFrame:
    """A Parquet file or folder written by :func:`write_parquet` (or a dataset of
    :func:`pressrelease.scale.parse_to_parquet`), read back with the dtypes of :func:`to_frame`."""
    return _frame(_parquet().read_table(os.fspath(path)))
