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
    pressrelease.read_parquet("out/releases")  # back as a DataFrame

The rows are those of :mod:`pressrelease.tables` (the columns are documented in ``docs/tables.md``);
the row functions here are plain Python (a release in, dicts out) and serve any engine: the PySpark
equivalent in ``docs/scale.md`` uses :func:`parse_rows` in ``mapPartitions``. Rows of a file that
could not be read or parsed keep their place in the releases table, with ``error_type`` and
``error`` set and every other field but ``release`` and ``source`` null; such a file has no
paragraph rows.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

try:
    import dask.bag as db
    import fsspec  # type: ignore[import-untyped]
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]
    from dask.base import compute
    from dask.delayed import delayed
except ImportError as e:  # pragma: no cover - exercised by a test that hides dask
    raise ImportError(
        "pressrelease.scale needs the dask extra: pip install 'pressrelease[dask]' "
        f"(dask[bag,dataframe], distributed, pyarrow, pandas); {e}"
    ) from e

from pressrelease import tables
from pressrelease.batch import BatchError, _error, _Options, _parse_content
from pressrelease.model import Release
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

Row = tables.Record

RELEASE_SCHEMA: pa.Schema = tables.arrow_schema("release")
"""The columns of the releases table (the keys of :func:`releases_to_rows`), as Parquet writes them."""

PARAGRAPH_SCHEMA: pa.Schema = tables.arrow_schema("paragraph")
"""The columns of the paragraphs table (the keys of :func:`paragraph_rows`), as Parquet writes them."""


def releases_to_rows(release: Release, source: str | None, *, position: int | None = None) -> Row:
    """One flat row for a release, keyed as :data:`RELEASE_SCHEMA` (``tables.release_record``).

    ``source`` is where the release came from (a path or URL) and ``position`` its place in the
    input (the ``release`` column).
    """
    return tables.release_record(release, source=source, release=position)


def error_row(source: str | None, error: BatchError, *, position: int | None = None) -> Row:
    """The releases-table row of an input that gave no release (:func:`pressrelease.tables.error_record`)."""
    return tables.error_record(error, source=source, release=position)


def paragraph_rows(release: Release, source: str | None, *, position: int | None = None) -> list[Row]:
    """One row per body paragraph, in document order, keyed as :data:`PARAGRAPH_SCHEMA`
    (:func:`pressrelease.tables.paragraph_records`)."""
    return tables.paragraph_records(release, source=source, release=position)


def parse_rows(
    data: str | bytes, source: str | None, *, kind: InputKind = "auto", position: int | None = None
) -> tuple[Row, list[Row]]:
    """Parse one input and return its releases-table row and its paragraph rows.

    Never raises for a bad input: one that cannot be parsed gives an :func:`error_row` and no
    paragraph rows (so every input has exactly one row in the releases table). ``position`` fills
    the ``release`` column (None when there is no global order, as in Spark).
    """
    outcome = _parse_content(data, source or "<input>", _Options(kind, eager=False))
    if isinstance(outcome, BatchError):
        return error_row(source, outcome, position=position), []
    return (
        releases_to_rows(outcome, source, position=position),
        paragraph_rows(outcome, source, position=position),
    )


def _read_and_parse(position: int, path: str, kind: InputKind) -> tuple[Row, list[Row]]:
    """Read ``path`` (a local path or an fsspec URL) and parse it; a read failure is an error row."""
    try:
        with fsspec.open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return error_row(path, _error(path, e, "read"), position=position), []
    return parse_rows(data, path, kind=kind, position=position)


def _parse_partition(items: Iterable[tuple[int, str]], kind: InputKind) -> list[tuple[Row, list[Row]]]:
    return [_read_and_parse(position, path, kind) for position, path in items]


def _part_name(i: int) -> str:
    return f"part.{i:05d}.parquet"  # zero-padded: file order is input order


def _write_part(parsed: list[tuple[Row, list[Row]]], i: int, target: ParquetDatasets) -> int:
    """Write one partition's rows as part ``i`` of both datasets; the number of releases written."""
    releases = [release for release, _ in parsed]
    paragraphs = [row for _, rows in parsed for row in rows]
    datasets: tuple[tuple[list[Row], tables.Level, str], ...] = (
        (releases, "release", target.releases),
        (paragraphs, "paragraph", target.paragraphs),
    )
    for rows, level, folder in datasets:
        fs, root = fsspec.core.url_to_fs(folder)
        with fs.open(posixpath.join(root, _part_name(i)), "wb") as f:
            pq.write_table(tables.records_to_arrow(rows, level), f)
    return len(releases)


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

    ``out_dir/releases`` has one row per path (:func:`releases_to_rows`, or an :func:`error_row`;
    ``release`` is the path's position in ``paths``) and ``out_dir/paragraphs`` one row per
    paragraph (:func:`paragraph_rows`), both in input order (files ``part.00000.parquet``,
    ``part.00001.parquet``…, one per partition in each). Each file is parsed once. Paths may be
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
    for folder in (target.releases, target.paragraphs):
        fs, root = fsspec.core.url_to_fs(folder)
        fs.makedirs(root, exist_ok=True)
    bag = db.from_sequence(list(enumerate(names)), npartitions=npartitions)  # type: ignore[no-untyped-call]
    parsed = bag.map_partitions(_parse_partition, kind).to_delayed()
    write = delayed(_write_part)
    writes = [write(part, i, target) for i, part in enumerate(parsed)]
    if client is None:
        compute(*writes)  # type: ignore[no-untyped-call]
    else:
        compute(*writes, scheduler=client)  # type: ignore[no-untyped-call]
    return target
