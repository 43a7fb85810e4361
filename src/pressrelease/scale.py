"""Scale out with Dask: many files parsed on a cluster, written as two Parquet datasets.

Needs the ``dask`` extra (``pip install 'pressrelease[dask]'``: dask[bag,dataframe], distributed,
pyarrow, pandas); importing this module without it raises an :class:`ImportError` that says so.

::

    import glob
    from distributed import Client
    from pressrelease.scale import parse_to_parquet

    client = Client(n_workers=4, threads_per_worker=1)  # processes: parsing holds the GIL
    parse_to_parquet(sorted(glob.glob("pages/**/*.html", recursive=True)), "out", client=client)
    # out/releases/part.00000.parquet …    one row per file: releases_to_rows
    # out/paragraphs/part.00000.parquet …  one row per paragraph: paragraph_rows

The row functions are plain Python (a release in, dicts out) and serve any engine: the PySpark
equivalent in ``docs/scale.md`` uses :func:`parse_rows` in ``mapPartitions``. Rows of a file that
could not be read or parsed keep their place in the releases table, with ``error_type`` and
``error`` set and every other field null; such a file has no paragraph rows.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

try:
    import dask.bag as db
    import fsspec  # type: ignore[import-untyped]
    import pandas as pd  # type: ignore[import-untyped]
    import pyarrow as pa  # type: ignore[import-untyped]
    from dask.base import compute
except ImportError as e:  # pragma: no cover - exercised by a test that hides dask
    raise ImportError(
        "pressrelease.scale needs the dask extra: pip install 'pressrelease[dask]' "
        f"(dask[bag,dataframe], distributed, pyarrow, pandas); {e}"
    ) from e

from pressrelease.batch import BatchError, _error, _parse_content
from pressrelease.model import Heading, Paragraph, Release, Section
from pressrelease.source import InputKind

__all__ = [
    "PARAGRAPH_SCHEMA",
    "RELEASE_SCHEMA",
    "ParquetDatasets",
    "error_row",
    "paragraph_rows",
    "parse_rows",
    "parse_to_parquet",
    "releases_to_rows",
]

Row = dict[str, Any]

NAMES_JOINER = "、"
"""How the names of several editors or authors are joined in one cell."""
SECTION_JOINER = " / "
"""How the headings above a paragraph are joined into its section path."""

RELEASE_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("headline", pa.string()),
        ("published", pa.string()),
        ("source_name", pa.string()),
        ("editors", pa.string()),
        ("authors", pa.string()),
        ("dateline_text", pa.string()),
        ("dateline_agency", pa.string()),
        ("dateline_place", pa.string()),
        ("n_paragraphs", pa.int32()),
        ("n_headings", pa.int32()),
        ("credits", pa.string()),
        ("boilerplate_title", pa.string()),
        ("input_kind", pa.string()),
        ("encoding", pa.string()),
        ("error_type", pa.string()),
        ("error", pa.string()),
    ]
)
"""The columns of the releases table (the keys of :func:`releases_to_rows`), as Parquet writes them."""

PARAGRAPH_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("index", pa.int32()),
        ("section", pa.string()),
        ("level", pa.int32()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)
"""The columns of the paragraphs table (the keys of :func:`paragraph_rows`), as Parquet writes them."""


def _names(people: Iterable[Any]) -> str | None:
    return NAMES_JOINER.join(p.name for p in people) or None


def releases_to_rows(release: Release, source: str | None) -> Row:
    """One flat row for a release: its metadata and counts, keyed as :data:`RELEASE_SCHEMA`.

    ``source`` is where the release came from (a path or URL). ``published`` is ISO 8601; editors
    and authors are their names joined with ``、``; absent values are None.
    """
    dl = release.dateline
    return {
        "source": source,
        "headline": release.headline.text if release.headline else None,
        "published": release.published.isoformat() if release.published else None,
        "source_name": release.source,
        "editors": _names(release.editors),
        "authors": _names(release.authors),
        "dateline_text": dl.text if dl else None,
        "dateline_agency": dl.agency if dl else None,
        "dateline_place": dl.place if dl else None,
        "n_paragraphs": len(release.paragraphs),
        "n_headings": len(release.headings),
        "credits": release.credits.text if release.credits else None,
        "boilerplate_title": release.boilerplate.title if release.boilerplate else None,
        "input_kind": release.input_kind,
        "encoding": release.encoding,
        "error_type": None,
        "error": None,
    }


def error_row(source: str | None, error: BatchError) -> Row:
    """The releases-table row of an input that gave no release: only source and the error are set."""
    row: Row = dict.fromkeys(RELEASE_SCHEMA.names)
    row.update(source=source, error_type=error.type, error=error.message)
    return row


_Placed = tuple[tuple[Heading, ...], Paragraph]
"""A paragraph and the headings above it, outermost first."""


def _paragraphs_in(section: Section, above: tuple[Heading, ...]) -> Iterator[_Placed]:
    path = above if section.heading is None else (*above, section.heading)
    for paragraph in section.paragraphs:
        yield path, paragraph
    for sub in section.subsections:
        yield from _paragraphs_in(sub, path)


def paragraph_rows(release: Release, source: str | None) -> list[Row]:
    """One row per body paragraph, in document order, keyed as :data:`PARAGRAPH_SCHEMA`.

    ``index`` is the paragraph's position in ``release.paragraphs``; ``section`` the texts of the
    headings above it joined with `` / `` and ``level`` the innermost one's level (both None before
    the first heading); ``start`` and ``end`` its span in ``release.text``.
    """
    rows: list[Row] = []
    for top in release.sections:
        for path, paragraph in _paragraphs_in(top, ()):
            rows.append(
                {
                    "source": source,
                    "index": len(rows),
                    "section": SECTION_JOINER.join(h.text for h in path) or None,
                    "level": path[-1].level if path else None,
                    "text": paragraph.text,
                    "start": paragraph.span.start,
                    "end": paragraph.span.end,
                }
            )
    return rows


def parse_rows(data: str | bytes, source: str | None, *, kind: InputKind = "auto") -> tuple[Row, list[Row]]:
    """Parse one input and return its releases-table row and its paragraph rows.

    Never raises for a bad input: one that cannot be parsed gives an :func:`error_row` and no
    paragraph rows (so every input has exactly one row in the releases table).
    """
    outcome = _parse_content(data, source or "<input>", kind)
    if isinstance(outcome, BatchError):
        return error_row(source, outcome), []
    return releases_to_rows(outcome, source), paragraph_rows(outcome, source)


def _read_and_parse(path: str, kind: InputKind) -> tuple[Row, list[Row]]:
    """Read ``path`` (a local path or an fsspec URL) and parse it; a read failure is an error row."""
    try:
        with fsspec.open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return error_row(path, _error(path, e, "read")), []
    return parse_rows(data, path, kind=kind)


def _parse_partition(paths: Iterable[str], kind: InputKind) -> list[tuple[Row, list[Row]]]:
    return [_read_and_parse(path, kind) for path in paths]


def _meta(schema: pa.Schema) -> pd.DataFrame:
    """An empty frame with the schema's columns: nullable integers, strings as objects."""
    dtypes = {f.name: "Int64" if pa.types.is_integer(f.type) else object for f in schema}
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in dtypes.items()})


def _part_name(i: int) -> str:
    return f"part.{i:05d}.parquet"  # zero-padded: file order is input order


@attrs.frozen
class ParquetDatasets:
    """Where :func:`parse_to_parquet` wrote its two datasets."""

    releases: str
    """The folder of the releases table: one row per input file."""
    paragraphs: str
    """The folder of the paragraphs table: one row per body paragraph."""


def parse_to_parquet(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    client: Any = None,
    npartitions: int | None = None,
    kind: InputKind = "auto",
) -> ParquetDatasets:
    """Parse the files at ``paths`` in parallel with dask.bag and write two Parquet datasets.

    ``out_dir/releases`` has one row per path (:func:`releases_to_rows`, or an :func:`error_row`)
    and ``out_dir/paragraphs`` one row per paragraph (:func:`paragraph_rows`), both in input order
    (files ``part.00000.parquet``, ``part.00001.parquet``…). Each file is parsed once. Paths may be
    local or fsspec URLs (``s3://…`` with s3fs installed) that every worker can read; ``out_dir``
    likewise. ``client`` is a ``distributed.Client`` to run on (default: the current client if there
    is one, else dask's default scheduler); ``npartitions`` how many parts to split the paths into
    (default: dask's choice, at most about 100).
    """
    names = [os.fspath(p) for p in paths]
    if not names:
        raise ValueError("parse_to_parquet needs at least one path")
    out = os.fspath(out_dir)
    target = ParquetDatasets(posixpath.join(out, "releases"), posixpath.join(out, "paragraphs"))
    bag = db.from_sequence(names, npartitions=npartitions)  # type: ignore[no-untyped-call]
    parsed = bag.map_partitions(_parse_partition, kind)
    releases = parsed.pluck(0).to_dataframe(meta=_meta(RELEASE_SCHEMA))
    paragraphs = parsed.pluck(1).flatten().to_dataframe(meta=_meta(PARAGRAPH_SCHEMA))
    writes = [
        frame.to_parquet(
            where,
            schema=schema,
            write_index=False,
            name_function=_part_name,
            compute=False,
        )
        for frame, where, schema in (
            (releases, target.releases, RELEASE_SCHEMA),
            (paragraphs, target.paragraphs, PARAGRAPH_SCHEMA),
        )
    ]
    if client is None:
        compute(*writes)  # type: ignore[no-untyped-call]
    else:
        compute(*writes, scheduler=client)  # type: ignore[no-untyped-call]
    return target
