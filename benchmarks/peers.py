"""Compare pressrelease with the news extractors trafilatura and GNE on the shared corpus's HTML pages.

One run times and scores all three extractors on the same raw bytes of every ``NAME.html`` page that has a
gold annotation ``NAME.json`` beside it, and prints one side-by-side table. Run it from the repository root:

    pip install -e '.[bench,html]'
    python benchmarks/peers.py                       # the table
    python benchmarks/peers.py --json                # the same figures as JSON
    python benchmarks/peers.py --failures            # also every pressrelease miss and crash
    python benchmarks/peers.py --corpus PATH --repeat 5

The corpus defaults to ``../shared/corpus`` beside the repository; the gold format and the field helpers
(``norm``, ``cases``, ``BODY_END``) come from ``../shared/tools/score.py``. Only the fields that all three
extractors attempt are scored, and only where the gold has the key (body-end fields only when the gold says
``"complete": true``):

- ``headline``: normalised exact match with the gold headline;
- ``published``: the same day, and the same minute when the gold gives a time (Beijing time for naive values);
  ``published_day`` compares the day only (trafilatura reports days, not times, by default);
- ``paragraphs``: the number of paragraphs; ``first_paragraph_starts`` / ``last_paragraph_ends``: the first
  paragraph starts with, the last ends with, the gold text (normalised);
- ``people``: the set of names in the gold's ``authors`` and ``editors`` (scored only where the gold has both)
  equals the extractor's set of names.

Timing includes everything each extractor needs from the raw bytes: ``pressrelease.parse(raw)`` decodes by
itself; the peers are timed on this script's decoding (declared charset, then UTF-8, then GB18030) plus their
extraction call. Each page is run ``--repeat`` times per extractor, interleaved; a page's time is the median
of its runs and an extractor's figure is the median over the pages where no extractor crashed.

``pr+derived`` is pressrelease with ``parse(raw, eager=True)``: the structure and also the derived analyses
that ``parse`` leaves to first use (publisher, official-document fields, facts), none of which the peers
attempt; it shows what reading everything costs.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import importlib.util
import json
import logging
import re
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO, cast

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS = SHARED / "corpus"
DEFAULT_SCORER = SHARED / "tools" / "score.py"
BEIJING = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
INSTALL_HINT = "pip install -e '.[bench,html]'"

FIELDS = (
    "headline",
    "published",
    "published_day",
    "paragraphs",
    "first_paragraph_starts",
    "last_paragraph_ends",
    "people",
)
GOLD_KEYS: dict[str, tuple[str, ...]] = {  # the gold keys a field needs; all must be present
    "headline": ("headline",),
    "published": ("published",),
    "published_day": ("published",),
    "paragraphs": ("paragraphs",),
    "first_paragraph_starts": ("first_paragraph_starts",),
    "last_paragraph_ends": ("last_paragraph_ends",),
    "people": ("authors", "editors"),
}
BODY_END_FIELDS = {"paragraphs", "last_paragraph_ends"}  # like score.py's BODY_END; checked against it below

CHARSET_SNIFF_BYTES = 16384
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "gb_2312-80", "euc-cn", "hz-gb-2312"}
NAME_SEPARATORS = re.compile(r"[、,，;；\s]+")  # trafilatura joins several authors with "; "
PEER_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[T\s]*(?P<h>\d{1,2})\s*[:：时]\s*(?P<mi>\d{1,2})(?:\s*[:：分]\s*(?P<s>\d{1,2}))?"
    r"(?:\.\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


# --- the shared scorer ------------------------------------------------------------------------------


def load_scorer(path: Path) -> ModuleType:
    """Import ../shared/tools/score.py by path; the benchmark cannot run without the shared folder."""
    if not path.is_file():
        raise SystemExit(f"no shared scorer at {path}: the benchmark needs ../shared beside the repository")
    spec = importlib.util.spec_from_file_location("pressrelease_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the shared scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    missing = [n for n in ("norm", "cases", "BODY_END") if not hasattr(module, n)]
    if missing:
        raise SystemExit(f"the shared scorer at {path} lacks {', '.join(missing)}")
    if not set(module.BODY_END) >= BODY_END_FIELDS:
        raise SystemExit(f"the shared scorer's BODY_END no longer covers {sorted(BODY_END_FIELDS)}")
    return module


# --- what an extractor said, in one shape -----------------------------------------------------------


@dataclass(frozen=True)
class Extraction:
    """The fields compared, as one extractor gave them (dates parsed; the raw value kept for display)."""

    headline: str | None
    published: dt.date | None  # a datetime is a date too
    published_raw: object
    paragraphs: tuple[str, ...]
    people: frozenset[str]


@dataclass(frozen=True)
class Extractor:
    """``run`` is timed (raw bytes to the extractor's own result); ``read`` turns that result into fields."""

    name: str
    run: Callable[[bytes], Any]
    read: Callable[[Any], Extraction]


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a <meta> (or an XML declaration), as a Python codec name, or None."""
    match = DECLARED_CHARSET.search(raw, 0, CHARSET_SNIFF_BYTES)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(raw: bytes) -> str:
    """Bytes to str for the peers: the declared charset, then UTF-8, then GB18030 (for GB2312/GBK too)."""
    tried: list[str] = []
    for encoding in (declared_charset(raw), "utf-8", "gb18030"):
        if encoding is None or encoding in tried:
            continue
        tried.append(encoding)
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def parse_peer_date(value: object) -> dt.date | None:
    """A peer's date string ("2020-03-07", "2020-03-07 16:21:56", ISO with offset, "2018年12月04日") as a date
    or an aware datetime (naive times are Beijing time); None when absent or unreadable."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=BEIJING)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = PEER_DATE.search(value)
    if match is None:
        return None
    try:
        day = dt.date(int(match["y"]), int(match["mo"]), int(match["d"]))
        if match["h"] is None:
            return day
        tz: dt.tzinfo = BEIJING
        if match["tz"]:
            tz = (
                dt.timezone.utc
                if match["tz"] == "Z"
                else dt.datetime.strptime(match["tz"].replace(":", ""), "%z").tzinfo or BEIJING
            )
        return dt.datetime(
            day.year, day.month, day.day, int(match["h"]), int(match["mi"]), int(match["s"] or 0), tzinfo=tz
        )
    except ValueError:
        return None


def split_lines(text: object) -> tuple[str, ...]:
    """A peer's body text as paragraphs: one per non-blank line."""
    if not isinstance(text, str):
        return ()
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def split_names(author: object) -> frozenset[str]:
    """A peer's author string as a set of names, split on 、 , ， ; ； and whitespace."""
    if isinstance(author, (list, tuple)):
        author = " ".join(str(a) for a in author)
    if not isinstance(author, str):
        return frozenset()
    return frozenset(n for n in NAME_SEPARATORS.split(author) if n)


def make_extractors() -> list[Extractor]:
    """pressrelease, trafilatura and GNE, each taking raw bytes; exits with a hint if one is missing."""
    try:
        import gne
        import trafilatura

        import pressrelease
    except ImportError as e:
        raise SystemExit(f"cannot import {e.name or e}: install the peers with {INSTALL_HINT}") from e
    for noisy in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)  # peers log their misses; we score them instead

    def read_pressrelease(doc: Any) -> Extraction:
        people = [c.name for c in (*doc.authors, *doc.editors)]
        return Extraction(
            headline=doc.headline.text if doc.headline is not None else None,
            published=parse_peer_date(doc.published),
            published_raw=doc.published,
            paragraphs=tuple(p.text for p in doc.paragraphs),
            people=frozenset(n for n in people if n),
        )

    def run_trafilatura(raw: bytes) -> Any:
        return trafilatura.bare_extraction(decode_page(raw), with_metadata=True, include_comments=False)

    def read_trafilatura(result: Any) -> Extraction:
        if result is None:  # trafilatura's answer when it finds nothing
            result = {}
        elif not isinstance(result, dict):
            result = result.as_dict()  # 2.x returns a Document; as_dict=True is deprecated
        return Extraction(
            headline=result.get("title"),
            published=parse_peer_date(result.get("date")),
            published_raw=result.get("date"),
            paragraphs=split_lines(result.get("text")),
            people=split_names(result.get("author")),
        )

    gne_extractor = gne.GeneralNewsExtractor()

    def run_gne(raw: bytes) -> Any:
        return gne_extractor.extract(decode_page(raw))

    def read_gne(result: Any) -> Extraction:
        return Extraction(
            headline=result.get("title") or None,
            published=parse_peer_date(result.get("publish_time")),
            published_raw=result.get("publish_time"),
            paragraphs=split_lines(result.get("content")),
            people=split_names(result.get("author")),
        )

    def parse_eager(raw: bytes) -> Any:
        return pressrelease.parse(raw, eager=True)

    return [
        Extractor("pressrelease", pressrelease.parse, read_pressrelease),
        # the same parse with the derived analyses computed too (publisher, document fields, facts),
        # which parse() leaves to first use: what a caller pays who reads them all
        Extractor("pr+derived", parse_eager, read_pressrelease),
        Extractor("trafilatura", run_trafilatura, read_trafilatura),
        Extractor("GNE", run_gne, read_gne),
    ]


def versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0]}
    for dist in ("pressrelease", "trafilatura", "gne", "selectolax", "lxml"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "not installed"
    return found


# --- scoring ----------------------------------------------------------------------------------------


class Scorer:
    """Compares an Extraction with a gold annotation, field by field, normalising like the shared scorer."""

    def __init__(self, score_module: ModuleType) -> None:
        self._norm = score_module.norm

    def norm(self, s: object) -> str | None:
        return cast("str | None", self._norm(s))

    def fields_for(self, gold: dict[str, Any]) -> list[str]:
        expect = gold["expect"]
        complete = gold.get("complete", True)
        return [
            f
            for f in FIELDS
            if all(k in expect for k in GOLD_KEYS[f]) and (complete or f not in BODY_END_FIELDS)
        ]

    def got(self, field_name: str, ex: Extraction) -> object:
        """What the extractor said for a field, in a printable shape."""
        if field_name == "headline":
            return self.norm(ex.headline)
        if field_name in ("published", "published_day"):
            return ex.published_raw if ex.published is None else ex.published.isoformat()
        if field_name == "paragraphs":
            return len(ex.paragraphs)
        if field_name == "first_paragraph_starts":
            return self.norm(ex.paragraphs[0]) if ex.paragraphs else None
        if field_name == "last_paragraph_ends":
            return self.norm(ex.paragraphs[-1]) if ex.paragraphs else None
        if field_name == "people":
            return sorted(ex.people)
        raise KeyError(field_name)

    def want(self, field_name: str, expect: dict[str, Any]) -> object:
        if field_name == "people":
            names = (self.norm(p["name"]) for p in (*expect["authors"], *expect["editors"]))
            return sorted({n for n in names if n})
        return expect[GOLD_KEYS[field_name][0]]

    def right(self, field_name: str, expect: dict[str, Any], ex: Extraction) -> bool:
        want = self.want(field_name, expect)
        if field_name == "headline":
            return self.norm(want) == self.norm(ex.headline)
        if field_name in ("published", "published_day"):
            return same_moment(cast("str | None", want), ex.published, day_only=field_name == "published_day")
        if field_name == "paragraphs":
            return want == len(ex.paragraphs)
        if field_name == "first_paragraph_starts":
            first = self.norm(ex.paragraphs[0]) if ex.paragraphs else None
            if want is None:
                return first is None
            return first is not None and first.startswith(self.norm(want) or "")
        if field_name == "last_paragraph_ends":
            last = self.norm(ex.paragraphs[-1]) if ex.paragraphs else None
            if want is None:
                return last is None
            return last is not None and last.endswith(self.norm(want) or "")
        if field_name == "people":
            return set(cast("list[str]", want)) == {n for n in (self.norm(p) for p in ex.people) if n}
        raise KeyError(field_name)


def same_moment(want: str | None, got: dt.date | None, *, day_only: bool = False) -> bool:
    """The same day as the gold, and the same minute (in Beijing time) when the gold gives a time."""
    if want is None or got is None:
        return want is None and got is None
    has_time = "T" in want
    if has_time:
        w = dt.datetime.fromisoformat(want)
        w = w if w.tzinfo else w.replace(tzinfo=BEIJING)
        w = w.astimezone(BEIJING)
        want_day = w.date()
    else:
        want_day = dt.date.fromisoformat(want)
    if isinstance(got, dt.datetime):
        g = (got if got.tzinfo else got.replace(tzinfo=BEIJING)).astimezone(BEIJING)
        if g.date() != want_day:
            return False
        return day_only or not has_time or (g.hour, g.minute) == (w.hour, w.minute)
    return got == want_day and (day_only or not has_time)


# --- the run ----------------------------------------------------------------------------------------


@dataclass
class Tally:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    cases: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    seconds: dict[str, float] = field(default_factory=dict)  # page -> median seconds
    crashed: dict[str, str] = field(default_factory=dict)  # page -> traceback


@dataclass(frozen=True)
class Miss:
    page: str
    field_name: str
    want: object
    got: object


def html_cases(score_module: ModuleType, corpus: Path) -> Iterator[tuple[str, dict[str, Any], bytes]]:
    for _gold_path, gold, input_path in score_module.cases(corpus):
        if input_path.suffix != ".html":
            continue
        if not input_path.is_file():
            print(f"skipped {input_path.name}: input file missing", file=sys.stderr)
            continue
        yield input_path.name, gold, input_path.read_bytes()


def timed(run: Callable[[bytes], Any], raw: bytes) -> tuple[Any, float]:
    t0 = time.perf_counter()
    result = run(raw)
    return result, time.perf_counter() - t0


def bench(
    corpus: Path, score_module: ModuleType, extractors: list[Extractor], repeat: int
) -> tuple[int, dict[str, Tally], list[Miss]]:
    scorer = Scorer(score_module)
    tallies = {e.name: Tally() for e in extractors}
    misses: list[Miss] = []
    pages = list(html_cases(score_module, corpus))
    if not pages:
        raise SystemExit(f"no gold-annotated HTML pages under {corpus}")
    for e in extractors:  # warm-up, untimed: first-call imports and caches are not a page's cost
        with contextlib.suppress(Exception):
            e.run(pages[0][2])
    for name, gold, raw in pages:
        results: dict[str, Any] = {}
        times: dict[str, list[float]] = {e.name: [] for e in extractors}
        for _ in range(repeat):  # interleaved, so the machine's drift hits every extractor alike
            for e in extractors:
                if name in tallies[e.name].crashed:
                    continue
                try:
                    result, seconds = timed(e.run, raw)
                except Exception:
                    tallies[e.name].crashed[name] = traceback.format_exc(limit=4)
                    continue
                results.setdefault(e.name, result)
                times[e.name].append(seconds)
        fields = scorer.fields_for(gold)
        for e in extractors:
            tally = tallies[e.name]
            for f in fields:
                tally.cases[f] += 1
            if name in tally.crashed:
                continue
            tally.seconds[name] = statistics.median(times[e.name])
            try:
                ex = e.read(results[e.name])
            except Exception:
                tally.crashed[name] = "reading the result failed:\n" + traceback.format_exc(limit=4)
                del tally.seconds[name]
                continue
            for f in fields:
                ok = scorer.right(f, gold["expect"], ex)
                tally.right[f] += ok
                if not ok and e.name == "pressrelease":
                    misses.append(Miss(name, f, scorer.want(f, gold["expect"]), scorer.got(f, ex)))
    return len(pages), tallies, misses


def timing(tallies: dict[str, Tally]) -> tuple[dict[str, float | None], int, bool]:
    """Median of per-page medians over the pages where every extractor ran; each one's own pages if none."""
    common: set[str] | None = None
    for t in tallies.values():
        common = set(t.seconds) if common is None else common & set(t.seconds)
    shared = bool(common)
    medians: dict[str, float | None] = {}
    for name, t in tallies.items():
        values = [t.seconds[p] for p in (common if shared and common else t.seconds)]
        medians[name] = statistics.median(values) if values else None
    return medians, len(common or ()), shared


def ratios(medians: dict[str, float | None], base: str = "pressrelease") -> dict[str, float | None]:
    b = medians.get(base)
    return {n: (m / b if m is not None and b else None) for n, m in medians.items()}


def figures(corpus: Path, repeat: int, n_pages: int, tallies: dict[str, Tally]) -> dict[str, Any]:
    medians, n_common, shared = timing(tallies)
    return {
        "corpus": str(corpus),
        "pages": n_pages,
        "repeat": repeat,
        "versions": versions(),
        "accuracy": {
            f: {n: {"right": t.right[f], "cases": t.cases[f]} for n, t in tallies.items()}
            for f in FIELDS
            if any(t.cases[f] for t in tallies.values())
        },
        "median_seconds_per_page": medians,
        "timed_pages": n_common if shared else {n: len(t.seconds) for n, t in tallies.items()},
        "timed_on_common_pages": shared,
        "ratio_to_pressrelease": ratios(medians),
        "crashed": {n: sorted(t.crashed) for n, t in tallies.items()},
        "errors": {n: {p: last_line(tb) for p, tb in sorted(t.crashed.items())} for n, t in tallies.items()},
    }


def last_line(tb: str) -> str:
    lines = [line for line in tb.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def print_table(fig: dict[str, Any], names: Iterable[str]) -> None:
    names = list(names)
    width = 18
    v = fig["versions"]
    print(f"{fig['pages']} HTML pages from {fig['corpus']}, each run {fig['repeat']}x per extractor")
    print("versions: " + ", ".join(f"{k} {val}" for k, val in v.items()))
    print()
    print(f"{'field':<24}" + "".join(f"{n:>{width}}" for n in names))
    totals = dict.fromkeys(names, 0), dict.fromkeys(names, 0)
    for f, by_name in fig["accuracy"].items():
        cells = []
        for n in names:
            r, c = by_name[n]["right"], by_name[n]["cases"]
            if f != "published_day":  # a diagnostic row; "published" is the scored one
                totals[0][n] += r
                totals[1][n] += c
            cells.append(f"{r}/{c} {r / c:>4.0%}" if c else "-")
        print(f"{f:<24}" + "".join(f"{cell:>{width}}" for cell in cells))
    cells = [
        f"{totals[0][n]}/{totals[1][n]} {totals[0][n] / totals[1][n]:>4.0%}" if totals[1][n] else "-"
        for n in names
    ]
    print(f"{'overall':<24}" + "".join(f"{cell:>{width}}" for cell in cells))
    print()
    med, ratio = fig["median_seconds_per_page"], fig["ratio_to_pressrelease"]
    print(
        f"{'median s/page':<24}"
        + "".join(f"{(f'{med[n]:.4f}' if med[n] is not None else '-'):>{width}}" for n in names)
    )
    print(
        f"{'x pressrelease median':<24}"
        + "".join(f"{(f'{ratio[n]:.2f}' if ratio[n] is not None else '-'):>{width}}" for n in names)
    )
    print(f"{'crashed pages':<24}" + "".join(f"{len(fig['crashed'][n]):>{width}}" for n in names))
    if fig["timed_on_common_pages"]:
        print(f"(times: median over the {fig['timed_pages']} pages where no extractor crashed)")
    else:
        own = ", ".join(f"{n} {k}" for n, k in fig["timed_pages"].items())
        print(f"(times: no page ran on every extractor; each median is over its own pages: {own})")
    for n in names:
        for page, error in fig["errors"][n].items():
            print(f"{n} crashed on {page}: {error}")


def print_failures(misses: list[Miss], crashed: dict[str, str], out: TextIO) -> None:
    for m in misses:
        print(f"MISS {m.page} {m.field_name}\n  want: {m.want!r}\n  got:  {m.got!r}", file=out)
    for page, tb in sorted(crashed.items()):
        print(f"CRASH {page}\n{tb}", file=out)
    if misses or crashed:
        print(file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the gold-annotated corpus folder")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="the shared score.py to borrow from")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page and extractor (median taken)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--failures", action="store_true", help="print pressrelease's misses and crashes")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus at {args.corpus}: the benchmark needs ../shared/corpus (or --corpus)")
    score_module = load_scorer(args.scorer)
    extractors = make_extractors()
    n_pages, tallies, misses = bench(args.corpus, score_module, extractors, args.repeat)
    fig = figures(args.corpus, args.repeat, n_pages, tallies)
    if args.failures:
        # with --json the misses go to stderr, so that stdout stays one JSON document
        print_failures(misses, tallies["pressrelease"].crashed, sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(fig, ensure_ascii=False, indent=2))
    else:
        print_table(fig, (e.name for e in extractors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
