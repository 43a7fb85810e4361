"""How :func:`pressrelease.batch.parse_files` scales with worker processes, on the shared corpus.

Every ``.txt`` and ``.html`` file of the corpus (``../shared/corpus`` beside the repository) is listed,
the list repeated until it holds ``--items`` paths (2000 by default), and the whole list parsed with
``parse_files(paths, workers=N)`` for each N of ``--workers`` (1 and 2 by default). Reading the files is
part of the work timed (the operating system caches them after the first round). Run from the
repository root::

    python benchmarks/batch.py                          # items/s for workers 1 and 2, and the speed-up
    python benchmarks/batch.py --workers 1,2,4 --items 5000 --repeat 5
    python benchmarks/batch.py --wire                   # also: send releases or to_dict dicts back?

Each round runs every configuration once, interleaved, so that they meet the same noise on a shared
machine; a configuration's figure is its median over ``--repeat`` rounds. Besides wall-clock items/s,
the table gives the CPU seconds spent by this process (the parent: with workers, receiving releases)
and by its worker processes: when the speed-up falls short of the number of workers while the total
CPU time stays flat, the shortfall is other load on the machine (or too few cores), not overhead of
the batch.

The calibration rows (skipped with ``--no-calibrate``) run as many pure-Python tasks, each as long as
an average parse, in 1 and 2 processes, with nothing to send back: their speed-up is what the machine
itself allows at the time (on a shared or virtual machine, often less than its number of cores), the
ceiling to read the parsing speed-up against.

``--wire`` times, with two workers, the two ways a worker can send a release back: pickled as it is
(what :mod:`pressrelease.batch` does) or as a :func:`pressrelease.to_dict` dict rebuilt with
:func:`pressrelease.from_dict` in the parent, plus what each costs the parent per item.
"""

from __future__ import annotations

import argparse
import itertools
import os
import pickle
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pressrelease
from pressrelease.batch import DEFAULT_CHUNKSIZE, parse_files

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SUFFIXES = (".txt", ".html")


def corpus_paths(corpus: Path, items: int) -> list[Path]:
    """The corpus's ``.txt`` and ``.html`` files, sorted, repeated to ``items`` paths."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    if not files:
        sys.exit(f"batch.py: no .txt or .html files under {corpus}")
    return list(itertools.islice(itertools.cycle(files), items))


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) of this process, and of its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _timed(run: Callable[[], int]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds of this process and of its workers, and the count ``run`` returns."""
    (own, children), wall = _cpu_seconds(), time.perf_counter()
    n = run()
    own_after, children_after = _cpu_seconds()
    return time.perf_counter() - wall, own_after - own, children_after - children, n


def _batch(paths: Sequence[Path], workers: int, chunksize: int) -> Callable[[], int]:
    def run() -> int:
        failed = sum(not r.ok for r in parse_files(paths, workers=workers, chunksize=chunksize))
        if failed:
            sys.exit(f"batch.py: {failed} of {len(paths)} files failed to parse")
        return len(paths)

    return run


def _release_of(path: Path) -> pressrelease.Release:
    return pressrelease.parse(path.read_bytes())


def _dict_of(path: Path) -> dict[str, Any]:
    return pressrelease.to_dict(pressrelease.parse(path.read_bytes()))


def _wire(paths: Sequence[Path], chunksize: int, as_dicts: bool) -> Callable[[], int]:
    """Two workers sending back releases, or dicts the parent turns into releases."""

    def run() -> int:
        with ProcessPoolExecutor(max_workers=2) as pool:
            if as_dicts:
                docs = [pressrelease.from_dict(d) for d in pool.map(_dict_of, paths, chunksize=chunksize)]
            else:
                docs = list(pool.map(_release_of, paths, chunksize=chunksize))
            return len(docs)

    return run


def _spin(n: int) -> int:
    """Pure-Python work with nothing to send back: what a core can do, for calibration."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _spin_size(seconds: float) -> int:
    """The ``_spin`` argument that takes about ``seconds`` in this process."""
    n = 10_000
    while True:
        t = time.perf_counter()
        _spin(n)
        took = time.perf_counter() - t
        if took > 0.05:
            return max(1, int(n * seconds / took))
        n *= 4


def _calibration(items: int, per_item: float, workers: int, chunksize: int) -> Callable[[], int]:
    """The same number of pure-Python tasks as items to parse, as long as a parse each, in ``workers``
    processes (in this process for 1): the speed-up the machine itself allows right now."""
    n = _spin_size(per_item)

    def run() -> int:
        if workers == 1:
            return sum(1 for _ in range(items) if _spin(n) >= 0)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return sum(1 for r in pool.map(_spin, [n] * items, chunksize=chunksize) if r >= 0)

    return run


def _parent_cost(paths: Sequence[Path]) -> tuple[float, float]:
    """Microseconds per item the parent spends receiving a pickled release, and a pickled dict."""
    docs = [_release_of(p) for p in dict.fromkeys(paths)]
    as_release = [pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for d in docs]
    as_dict = [pickle.dumps(pressrelease.to_dict(d), protocol=pickle.HIGHEST_PROTOCOL) for d in docs]
    best_release = best_dict = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for blob in as_release:
            pickle.loads(blob)
        best_release = min(best_release, time.perf_counter() - t)
        t = time.perf_counter()
        for blob in as_dict:
            pressrelease.from_dict(pickle.loads(blob))
        best_dict = min(best_dict, time.perf_counter() - t)
    return best_release / len(docs) * 1e6, best_dict / len(docs) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of releases")
    ap.add_argument("--items", type=int, default=2000, help="paths to parse per run (default 2000)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--chunksize", type=int, default=DEFAULT_CHUNKSIZE, help="inputs per task")
    ap.add_argument("--repeat", type=int, default=3, help="rounds; figures are medians (default 3)")
    ap.add_argument("--wire", action="store_true", help="also compare releases and dicts as the wire format")
    ap.add_argument(
        "--no-calibrate",
        dest="calibrate",
        action="store_false",
        help="skip the pure-Python rows that measure the speed-up the machine itself allows",
    )
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        sys.exit(f"batch.py: no corpus at {args.corpus} (pass --corpus)")
    paths = corpus_paths(args.corpus, args.items)
    counts = [int(w) for w in args.workers.split(",")]
    runs: dict[str, Callable[[], int]] = {f"workers={w}": _batch(paths, w, args.chunksize) for w in counts}
    if args.calibrate:
        sample = paths[:100]
        for p in sample:  # warm up: patterns compile on first use
            _release_of(p)
        t = time.perf_counter()
        for p in sample:
            _release_of(p)
        per_item = (time.perf_counter() - t) / len(sample)
        for w in counts:
            runs[f"calibration: spin, workers={w}"] = _calibration(len(paths), per_item, w, args.chunksize)
    if args.wire:
        runs["wire=release (2 workers)"] = _wire(paths, args.chunksize, as_dicts=False)
        runs["wire=dict (2 workers)"] = _wire(paths, args.chunksize, as_dicts=True)
    walls: dict[str, list[float]] = {name: [] for name in runs}
    parents: dict[str, list[float]] = {name: [] for name in runs}
    workers: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, run in runs.items():
            wall, parent, children, n = _timed(run)
            assert n == len(paths)
            walls[name].append(wall)
            parents[name].append(parent)
            workers[name].append(children)

    print(
        f"{len(paths)} items ({len(set(paths))} distinct files) from {args.corpus}; "
        f"chunksize {args.chunksize}; {os.cpu_count()} CPUs; median of {args.repeat} rounds"
    )
    bases = {
        "": statistics.median(walls[f"workers={counts[0]}"]),
        "calibration": statistics.median(walls.get(f"calibration: spin, workers={counts[0]}", [1.0])),
    }
    print(f"{'run':28} {'seconds':>8} {'items/s':>9} {'speed-up':>9} {'CPU s: parent':>14} {'workers':>8}")
    for name in runs:
        wall = statistics.median(walls[name])
        parent, children = statistics.median(parents[name]), statistics.median(workers[name])
        base = bases["calibration" if name.startswith("calibration") else ""]
        rate, speed_up = len(paths) / wall, base / wall
        print(f"{name:28} {wall:8.2f} {rate:9.1f} {speed_up:8.2f}x {parent:14.2f} {children:8.2f}")
    if args.wire:
        release_us, dict_us = _parent_cost(paths)
        print(
            f"parent's cost per item: unpickle a release {release_us:.0f} us; "
            f"unpickle a dict and from_dict {dict_us:.0f} us"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
