"""Many releases at once: :func:`parse_many` and :func:`parse_files`, in input order, in worker processes.

::

    from pathlib import Path
    from pressrelease.batch import parse_files

    for result in parse_files(sorted(Path("pages").rglob("*.html")), workers=4):
        if result.error is not None:
            print(result.error.label, result.error.type, result.error.message)
        else:
            print(result.index, result.release.headline)

What an input is, decided by its type and never guessed from its value:

- an :class:`os.PathLike` (``pathlib.Path``) is a **file**, read as bytes;
- a ``str`` is **content** (the text or HTML itself), and so is ``bytes``.

:func:`parse_files` takes every item (``str`` included) as a file path.

Results come back as an iterator of :class:`Result`, one per input and in input order, whatever order
the workers finish in. Nothing is materialised: inputs are pulled from the iterable only as results are
consumed, and at most a small window of chunks (twice as many as there are workers) is in flight at
once, so memory stays bounded however long the input is.

An input that fails (a file that cannot be read, bytes no supported encoding decodes, HTML without the
``html`` extra, an unexpected exception inside :func:`pressrelease.parse`, even a worker process that
dies) gives a :class:`Result` whose ``error`` is a :class:`BatchError`; the batch goes on.

Workers send back pickled :class:`~pressrelease.model.Release` objects. Measured on the shared corpus,
unpickling a release in the parent costs about 0.3 ms, rebuilding one from a ``to_dict`` dict about
0.55 ms, and the parent process is the serial part of the pipeline, so releases are sent as they are.
"""

from __future__ import annotations

import itertools
import os
import traceback
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Literal, NamedTuple, TypeAlias, cast

import attrs

import pressrelease
from pressrelease.model import Release
from pressrelease.source import InputKind

__all__ = ["DEFAULT_CHUNKSIZE", "BatchError", "Input", "Result", "Stage", "parse_files", "parse_many"]

Input: TypeAlias = str | bytes | os.PathLike[str]
"""One input of :func:`parse_many`: a file (``os.PathLike``) or the content itself (``str``, ``bytes``)."""

Stage = Literal["read", "decode", "parse", "crash"]
"""Where an input failed: ``read`` (the file could not be read), ``decode`` (bytes in no supported
encoding), ``parse`` (another documented :class:`~pressrelease.PressReleaseError`, such as HTML without
the ``html`` extra or an input of the wrong type), ``crash`` (an unexpected exception, or the worker
process died: a bug worth reporting)."""

DEFAULT_CHUNKSIZE = 8
"""Inputs sent to a worker at a time: enough to make the cost of a round trip small beside the
parsing (a few milliseconds per release), few enough to keep every worker busy to the end."""

_WINDOW_PER_WORKER = 2
"""Chunks in flight per worker: one being parsed, one waiting, so no worker idles between chunks."""


@attrs.frozen
class BatchError:
    """Why one input of a batch gave no release."""

    label: str
    """The input's label: the file path as given, or ``<input N>`` for content (N its index)."""
    type: str
    """The exception's class name (``FileNotFoundError``, ``DecodeError``, ``BrokenProcessPool``…)."""
    message: str
    """The exception's message; for a file that cannot be read, the system's reason only (the path is
    the label)."""
    stage: Stage
    """Where it failed: ``read``, ``decode``, ``parse`` or ``crash`` (see :data:`Stage`)."""
    detail: str | None = None
    """For a ``crash``: the formatted traceback, when there is one."""


@attrs.frozen
class Result:
    """The outcome for one input: a release, or the error that kept it from being parsed."""

    index: int
    """The input's position in the iterable given (0-based)."""
    source: str | None
    """The file path as given (``os.fspath``), or None for content."""
    release: Release | None = None
    """The parsed release; None when the input failed."""
    error: BatchError | None = None
    """Why the input failed; None when it was parsed."""

    def __attrs_post_init__(self) -> None:
        if (self.release is None) == (self.error is None):
            raise ValueError("a result holds exactly one of a release and an error")

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.error is None


class _Item(NamedTuple):
    """One input as sent to a worker: a file to read, or the content itself."""

    position: int
    path: str | None
    content: str | bytes | None
    refused: str | None = None
    """The type name of an input that is neither a path nor content."""

    @property
    def label(self) -> str:
        return self.path if self.path is not None else f"<input {self.position}>"


_Outcome: TypeAlias = Release | BatchError


def _error(label: str, exc: BaseException, stage: Stage, *, detail: str | None = None) -> BatchError:
    message = str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        message = exc.strerror
    return BatchError(label, type(exc).__name__, message, stage, detail)


class _Options(NamedTuple):
    """How every input of a batch is parsed (what :func:`pressrelease.parse` is given)."""

    kind: InputKind
    eager: bool


def _parse_content(data: str | bytes, label: str, how: _Options) -> _Outcome:
    """Parse one input's content; every exception becomes a :class:`BatchError` labelled ``label``."""
    try:
        return pressrelease.parse(data, kind=how.kind, eager=how.eager)
    except pressrelease.DecodeError as e:
        return _error(label, e, "decode")
    except pressrelease.PressReleaseError as e:
        return _error(label, e, "parse")
    except Exception as e:  # a bug in the parser must not end the batch: record it and go on
        return _error(label, e, "crash", detail=traceback.format_exc())


def _parse_item(item: _Item, how: _Options) -> _Outcome:
    """Read (if a file) and parse one input; every failure becomes a :class:`BatchError`."""
    if item.refused is not None:
        return BatchError(
            item.label,
            "InputTypeError",
            f"an input is a str, bytes or os.PathLike, not {item.refused}",
            "parse",
        )
    if item.path is None:
        return _parse_content(cast("str | bytes", item.content), item.label, how)
    try:
        with open(item.path, "rb") as f:
            data = f.read()
    except OSError as e:
        return _error(item.label, e, "read")
    return _parse_content(data, item.label, how)


def _parse_chunk(chunk: list[_Item], how: _Options) -> list[_Outcome]:
    """What a worker process runs: one outcome per item, in order."""
    return [_parse_item(item, how) for item in chunk]


def _result(item: _Item, outcome: _Outcome) -> Result:
    if isinstance(outcome, BatchError):
        return Result(item.position, item.path, error=outcome)
    return Result(item.position, item.path, release=outcome)


def _classify(index: int, value: object) -> _Item:
    if isinstance(value, (str, bytes)):
        return _Item(index, None, value)
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        if isinstance(path, str):
            return _Item(index, path, None)
    return _Item(index, None, None, type(value).__name__)


class _Pool:
    """A process pool that is replaced when a worker dies, and a one-worker quarantine pool in which
    the inputs of a chunk lost with a dead worker are parsed again one by one, so that the input that
    kills a worker is found and recorded and every other one is still parsed."""

    def __init__(self, workers: int, how: _Options) -> None:
        self.workers = workers
        self.how = how
        self.generation = 0
        self._pool = ProcessPoolExecutor(max_workers=workers)
        self._quarantine: ProcessPoolExecutor | None = None

    def submit(self, chunk: list[_Item]) -> tuple[int, Future[list[_Outcome]]]:
        """Send a chunk to the pool; return the pool's generation with the future."""
        try:
            return self.generation, self._pool.submit(_parse_chunk, chunk, self.how)
        except BrokenProcessPool:  # a worker died since the last collection: start afresh
            self._renew(self.generation)
            return self.generation, self._pool.submit(_parse_chunk, chunk, self.how)

    def collect(self, chunk: list[_Item], generation: int, future: Future[list[_Outcome]]) -> list[_Outcome]:
        """The outcomes of a submitted chunk, recovering from a dead worker."""
        try:
            return future.result()
        except BrokenProcessPool:
            self._renew(generation)
            return [self._isolated(item) for item in chunk]
        except Exception as e:  # the chunk could not be sent or sent back (it should not happen)
            detail = traceback.format_exc()
            return [_error(item.label, e, "crash", detail=detail) for item in chunk]

    def _renew(self, generation: int) -> None:
        if generation == self.generation:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
            self.generation += 1

    def _isolated(self, item: _Item) -> _Outcome:
        if self._quarantine is None:
            self._quarantine = ProcessPoolExecutor(max_workers=1)
        try:
            return self._quarantine.submit(_parse_chunk, [item], self.how).result()[0]
        except BrokenProcessPool as e:
            self._quarantine.shutdown(wait=False)
            self._quarantine = None
            return BatchError(
                item.label, type(e).__name__, "the worker process died while parsing this input", "crash"
            )

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._quarantine is not None:
            self._quarantine.shutdown(wait=True, cancel_futures=True)


def _in_process(items: Iterator[_Item], how: _Options) -> Generator[Result, None, None]:
    for item in items:
        yield _result(item, _parse_item(item, how))


def _in_pool(
    items: Iterator[_Item], workers: int, chunksize: int, how: _Options
) -> Generator[Result, None, None]:
    pool = _Pool(workers, how)
    window = _WINDOW_PER_WORKER * workers
    pending: deque[tuple[list[_Item], int, Future[list[_Outcome]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = list(itertools.islice(items, chunksize))
                if not chunk:
                    break
                pending.append((chunk, *pool.submit(chunk)))
            if not pending:
                return
            chunk, generation, future = pending.popleft()
            outcomes = pool.collect(chunk, generation, future)
            for item, outcome in zip(chunk, outcomes, strict=True):
                yield _result(item, outcome)
    finally:
        pool.close()


def _workers(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    return workers


def _run(
    items: Iterator[_Item], workers: int | None, chunksize: int, kind: InputKind, eager: bool
) -> Generator[Result, None, None]:
    n = _workers(workers)
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if kind not in ("auto", "text", "html"):
        raise ValueError(f"kind must be 'auto', 'text' or 'html', not {kind!r}")
    how = _Options(kind, bool(eager))
    if n == 1:
        return _in_process(items, how)
    return _in_pool(items, n, chunksize, how)


def parse_many(
    inputs: Iterable[Input],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    kind: InputKind = "auto",
    eager: bool = False,
) -> Generator[Result, None, None]:
    """Parse many inputs; yield one :class:`Result` per input, in input order, lazily.

    An ``os.PathLike`` input (``pathlib.Path``) is a file to read; a ``str`` or ``bytes`` input is the
    content itself (use :func:`parse_files` for paths given as strings). Anything else gives an
    ``InputTypeError`` record. ``workers=1`` parses in this process; more parse in that many worker
    processes (``None``: one per CPU), ``chunksize`` inputs at a time. ``kind`` is passed to
    :func:`pressrelease.parse`. ``eager=True`` computes each release's derived analyses (publisher,
    document fields, facts) in the worker, so they arrive with it instead of being computed one by
    one in this process on first use. A failing input yields a result with an ``error``; the batch
    goes on.
    """
    items = (_classify(i, value) for i, value in enumerate(inputs))
    return _run(items, workers, chunksize, kind, eager)


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    kind: InputKind = "auto",
    eager: bool = False,
) -> Generator[Result, None, None]:
    """Parse the files at ``paths`` (``str`` or ``os.PathLike``: all are paths), as :func:`parse_many`."""
    items = (_Item(i, os.fspath(p), None) for i, p in enumerate(paths))
    return _run(items, workers, chunksize, kind, eager)
