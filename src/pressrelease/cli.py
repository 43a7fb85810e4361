"""The command line: ``pressrelease PATH…`` parses each file and prints JSON, or a readable outline.

``pressrelease view FILE -o OUT.html`` writes the HTML view of one release (:mod:`pressrelease.view`);
a first argument ``view`` is this subcommand unless a file or folder named ``view`` exists, which
is parsed as before.

Uses the public API of :mod:`pressrelease` and :func:`pressrelease.batch.parse_many`. Files are read
as bytes (``-`` is standard input) and decoded by :func:`pressrelease.parse`. A folder stands for
its ``.txt``, ``.html`` and ``.htm`` files (recursively, sorted); a glob pattern the shell left
alone is expanded here. ``--jobs N`` parses in N worker processes; the output still comes in
argument order, streamed as results arrive. A file that cannot be read or decoded is reported on
standard error, naming the file; the others are still parsed, and the exit status is 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import io
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import pressrelease
from pressrelease.batch import BatchError, Input, parse_many
from pressrelease.facts.describe import describe, describe_headline
from pressrelease.model import FACT_FIELDS, Facts

__all__ = ["main", "outline"]

PROG = "pressrelease"
STDIN = "-"
PREVIEW = 20
"""How many characters of each paragraph the outline shows."""

VIEW = "view"
"""The subcommand that writes a release's HTML view, when no file or folder is named ``view``."""

EXIT_OK = 0
EXIT_UNREADABLE = 2


FOLDER_SUFFIXES = (".txt", ".html", ".htm")
"""The files a folder argument stands for (case-insensitive)."""
GLOB_MAGIC = frozenset("*?[")

PROGRESS_DELAY = 0.5
"""Seconds before the progress line appears when it was not asked for (short runs show nothing)."""
PROGRESS_EVERY = 0.1
"""Seconds between redraws of the progress line."""


def _jobs(value: str) -> int:
    """``--jobs``: a count of worker processes; 0 means one per CPU."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, not {n}")
    return n or (os.cpu_count() or 1)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Parse Chinese press releases (plain text or HTML; UTF-8, GB18030/GBK) and print them as JSON: "
            "one object for one file, an array for several or for a folder or glob (null where a file "
            "could not be read)."
        ),
        epilog=(
            "Exit status: 0 when every file was parsed, 2 when one could not be read, decoded or parsed. "
            f"'{PROG} {VIEW} FILE -o OUT.html' writes an HTML view of one release instead "
            f"(see '{PROG} {VIEW} --help')."
        ),
    )
    ap.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help=(
            "a file to parse; a folder (its .txt, .html and .htm files, recursively, sorted); "
            "a glob pattern such as 'pages/**/*.html'; '-' reads standard input"
        ),
    )
    shape = ap.add_mutually_exclusive_group()
    shape.add_argument("--outline", action="store_true", help="print a readable tree instead of JSON")
    shape.add_argument(
        "--jsonl", action="store_true", help="print one JSON object per line, a line per file, as parsed"
    )
    ap.add_argument("--indent", type=int, metavar="N", help="indent JSON by N spaces (default: compact)")
    ap.add_argument(
        "--kind",
        choices=("auto", "text", "html"),
        default="auto",
        help="read the input as text or as an HTML page (default: recognise HTML by its markup)",
    )
    ap.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; default 1: in this process); output order is kept",
    )
    progress = ap.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show done/total and files/s on standard error (default: when it is a terminal)",
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show the progress line"
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {pressrelease.__version__}")
    return ap


def _label(name: str) -> str:
    return "<stdin>" if name == STDIN else name


def _folder_files(folder: str) -> list[str]:
    """The ``.txt``, ``.html`` and ``.htm`` files under ``folder``, recursively, sorted by path
    components; hidden files and folders (a name starting with ``.``) are skipped."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(FOLDER_SUFFIXES):
                path = os.path.join(root, name)
                found.append((Path(os.path.relpath(path, folder)).parts, path))
    return [path for _, path in sorted(found)]


def _glob_files(pattern: str) -> list[str]:
    """The files a glob pattern matches (``**`` included), sorted; a matched folder stands for its files."""
    files: dict[str, None] = {}
    for match in sorted(glob.glob(pattern, recursive=True)):
        for path in _folder_files(match) if os.path.isdir(match) else [match]:
            files.setdefault(path, None)
    return list(files)


def _expand(args: Sequence[str], errors: TextIO) -> tuple[list[str], bool, bool]:
    """The files the arguments name, in order; whether the output is an array (several files, or a
    folder or glob, whatever it held); and whether an argument named nothing (reported on ``errors``)."""
    names: list[str] = []
    grouped = False
    missing = False
    for arg in args:
        if arg != STDIN and os.path.isdir(arg):
            found = _folder_files(arg)
            what = f"no {', '.join(FOLDER_SUFFIXES)} files in {arg}"
        elif arg != STDIN and not os.path.lexists(arg) and GLOB_MAGIC.intersection(arg):
            found = _glob_files(arg)
            what = f"no file matches {arg}"
        else:
            names.append(arg)  # a file; one that is missing is reported when it is read
            continue
        grouped = True
        if not found:
            print(f"{PROG}: {what}", file=errors)
            missing = True
        names.extend(found)
    return names, grouped or len(names) > 1, missing


def _read_stdin() -> bytes | str:
    """Standard input: its bytes, or its text when it has no byte buffer."""
    if sys.stdin is None:
        raise OSError(0, "standard input is closed")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read()


class _Inputs:
    """The inputs for :func:`parse_many`, one per name: a ``Path`` for a file, the bytes of standard
    input for ``-``. Standard input is read in this process, when its turn comes; if it cannot be
    read, its index is kept in :attr:`unreadable` with the reason (and empty content is parsed)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = names
        self.unreadable: dict[int, str] = {}

    def __iter__(self) -> Iterator[Input]:
        for i, name in enumerate(self.names):
            if name != STDIN:
                yield Path(name)
                continue
            try:
                yield _read_stdin()
            except OSError as e:
                self.unreadable[i] = e.strerror or str(e)
                yield b""


def _complaint(name: str, error: BatchError) -> str:
    """The line reporting a file that failed, for standard error."""
    label = _label(name)
    if error.stage == "read":
        return f"{PROG}: cannot read {label}: {error.message}"
    if error.stage == "decode":
        return f"{PROG}: cannot decode {label}: {error.message}"
    if error.stage == "parse":
        return f"{PROG}: cannot parse {label}: {error.message}"
    return f"{PROG}: cannot parse {label}: {error.type}: {error.message} (a bug in {PROG}; please report it)"


class _Progress:
    """A one-line ``\\r`` progress display on standard error: done/total, files/s and time left.

    Drawn at most every :data:`PROGRESS_EVERY` seconds, and only after ``delay`` seconds (so short
    runs show nothing unless it was asked for). :meth:`note` prints a message above it."""

    def __init__(self, total: int, stream: TextIO | None, *, delay: float) -> None:
        self.total = total
        self.stream = stream
        self.delay = delay
        self.done = 0
        self.start = time.monotonic()
        self.drawn_at = -1.0
        self.drawn_done = 0
        self.width = 0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.stream is None or now - self.start < self.delay:
            return
        if self.done == self.total or now - self.drawn_at >= PROGRESS_EVERY:
            self._draw(now)

    def _draw(self, now: float) -> None:
        assert self.stream is not None
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        line = f"{self.done}/{self.total} files  {rate:.1f} files/s"
        if 0 < self.done < self.total:
            line += f"  {(self.total - self.done) / rate:.0f}s left"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)
        self.drawn_at = now
        self.drawn_done = self.done

    def clear(self) -> None:
        """Take the progress line off the screen (it comes back at the next redraw)."""
        if self.stream is not None and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0

    def note(self, message: str, errors: TextIO) -> None:
        """Print ``message`` on ``errors`` without mixing it into the progress line."""
        self.clear()
        print(message, file=errors)

    def close(self) -> None:
        """Leave the final count on its own line, if the line was ever drawn."""
        if self.stream is not None and self.drawn_at >= 0:
            if self.width == 0 or self.drawn_done != self.done:
                self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _clip(text: str, width: int = PREVIEW) -> str:
    """``text`` on one line (white space runs made one space), cut to ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width] + "…"


def _people(people: Sequence[pressrelease.Contributor]) -> str:
    return ", ".join(f"{c.role} {c.name}" if c.role else c.name for c in people) or "-"


def _when(value: dt.datetime | dt.date | None) -> str:
    return "-" if value is None else value.isoformat()


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def _section_lines(section: pressrelease.Section, depth: int) -> Iterator[str]:
    pad = "  " * depth
    count = _plural(len(section.paragraphs), "paragraph")
    if section.heading is None:
        yield f"{pad}(before any heading) [{count}]"
    else:
        h = section.heading
        yield f"{pad}{h.text} [level {h.level}, {h.style}, {count}]"
    for p in section.paragraphs:
        lead = f" (lead: {_clip(p.lead)})" if p.lead else ""
        yield f"{pad}  ¶ {_clip(p.text)}{lead}"
    for sub in section.subsections:
        yield from _section_lines(sub, depth + 1)


def _fact_lines(facts: Facts) -> Iterator[str]:
    """The facts block of the outline: counts, then each kind on its own lines."""
    counts = (_plural(len(facts.of_kind(kind)), kind, field) for kind, field in FACT_FIELDS.items())
    yield "facts:     " + ", ".join(counts)
    if facts.headline is not None:
        yield "  headline:      " + describe_headline(facts.headline)
    for kind in FACT_FIELDS:
        for item in facts.of_kind(kind):
            yield f"  {kind + ':':14s} {describe(item)}"


def outline(doc: pressrelease.Release) -> str:
    """A readable tree of a parsed release: metadata, the section tree, the tail and a summary of parts."""
    lines: list[str] = []
    hl = doc.headline
    if hl is not None and hl.kicker is not None:
        lines.append(f"kicker:    {hl.kicker.text}")
    lines.append(f"headline:  {hl.text if hl is not None else '-'}")
    if hl is not None and hl.subtitle is not None:
        lines.append(f"subtitle:  {hl.subtitle.text}")
    lines.append(f"published: {_when(doc.published)}")
    lines.append(f"source:    {doc.source or '-'}")
    lines.append(f"editors:   {_people(doc.editors)}")
    lines.append(f"authors:   {_people(doc.authors)}")
    dl = doc.dateline
    if dl is None:
        lines.append("dateline:  -")
    else:
        found = (("agency", dl.agency), ("place", dl.place), ("date", dl.date))
        values = ", ".join(f"{k} {v}" for k, v in found if v)
        lines.append(f"dateline:  {dl.text}" + (f" ({values})" if values else ""))
    n_headings, n_paragraphs = len(doc.headings), len(doc.paragraphs)
    lines.append(f"body:      {_plural(n_headings, 'heading')}, {_plural(n_paragraphs, 'paragraph')}")
    for section in doc.sections:
        lines.extend(_section_lines(section, 1))
    lines.extend(_fact_lines(doc.facts))
    cr = doc.credits
    if cr is None:
        lines.append("credits:   -")
    else:
        named = f" ({_people(cr.contributors)})" if cr.contributors else ""
        lines.append(f"credits:   {_clip(cr.text, 60)}{named}")
    bp = doc.boilerplate
    if bp is None:
        lines.append("boilerplate: -")
    else:
        lines.append(f"boilerplate: {bp.title or '(untitled)'} [{_plural(len(bp.clauses), 'clause')}]")
    kinds = Counter(p.kind for p in doc.parts)
    summary = ", ".join(f"{kind} {n}" for kind, n in kinds.items())
    lines.append(f"parts:     {len(doc.parts)}" + (f" ({summary})" if summary else ""))
    return "\n".join(lines) + "\n"


def _json(value: Any, indent: int | None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _json_array(values: Iterable[Any], indent: int | None) -> Iterator[str]:
    """``json.dumps(list(values), indent=indent)`` and a newline, a value at a time."""
    pad = None if indent is None else " " * indent
    first = True
    for value in values:
        if pad is None:
            yield ("[" if first else ", ") + _json(value, None)
        else:  # json.dumps indents the items of a list one level deeper; strings hold no raw newline
            yield ("[\n" if first else ",\n") + pad + _json(value, indent).replace("\n", "\n" + pad)
        first = False
    if first:
        yield "[]\n"
    else:
        yield ("]" if pad is None else "\n]") + "\n"


def _render(
    names: Sequence[str], docs: Iterable[pressrelease.Release | None], args: argparse.Namespace, several: bool
) -> Iterator[str]:
    """The output, piece by piece, as the documents arrive in order (None where a file failed)."""
    if args.outline:
        first = True
        for name, doc in zip(names, docs, strict=True):
            if doc is None:
                continue
            if several:
                yield ("" if first else "\n") + f"==> {_label(name)} <==\n"
            first = False
            yield outline(doc)
        return
    dicts = (None if doc is None else pressrelease.to_dict(doc) for doc in docs)
    if args.jsonl:
        for d in dicts:
            yield _json(d, None) + "\n"
    elif several:
        yield from _json_array(dicts, args.indent)
    else:
        for d in dicts:
            if d is not None:
                yield _json(d, args.indent) + "\n"


def _utf8_stdout() -> None:
    """JSON is UTF-8 (RFC 8259): make sure standard output can write every character."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper) and out.encoding.replace("-", "").lower() != "utf8":
        out.reconfigure(encoding="utf-8")


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def _progress(args: argparse.Namespace, total: int) -> _Progress:
    if args.progress is False or (args.progress is None and not _isatty(sys.stderr)):
        return _Progress(total, None, delay=0.0)
    return _Progress(total, sys.stderr, delay=0.0 if args.progress else PROGRESS_DELAY)


def _view_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=f"{PROG} {VIEW}",
        description=(
            "Parse one release and write its HTML view: the headline, the metadata, the section tree "
            "and the text with every part highlighted and labelled. The page is self-contained (no "
            "script, nothing fetched)."
        ),
        epilog=(
            "Exit status: 0 when the view was written, 2 when the file could not be read, decoded or "
            "parsed, or the page could not be written."
        ),
    )
    ap.add_argument("file", metavar="FILE", help="a text or HTML file to parse; '-' reads standard input")
    ap.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the HTML file to write (default, or '-': standard output)",
    )
    ap.add_argument(
        "--kind",
        choices=("auto", "text", "html"),
        default="auto",
        help="read the input as text or as an HTML page (default: recognise HTML by its markup)",
    )
    return ap


def _view(argv: list[str]) -> int:
    """``pressrelease view FILE [-o OUT]``: parse one file and write its standalone HTML view."""
    from pressrelease.view import render_html, write_view

    args = _view_parser().parse_args(argv)
    label = _label(args.file)
    try:
        data = _read_stdin() if args.file == STDIN else Path(args.file).read_bytes()
    except OSError as e:
        print(f"{PROG}: cannot read {label}: {e.strerror or e}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        doc = pressrelease.parse(data, kind=args.kind)
    except pressrelease.DecodeError as e:
        print(f"{PROG}: cannot decode {label}: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
    except pressrelease.PressReleaseError as e:
        print(f"{PROG}: cannot parse {label}: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.output in (None, STDIN):
        _utf8_stdout()
        sys.stdout.write(render_html(doc, standalone=True))
        return EXIT_OK
    try:
        write_view(doc, args.output)
    except OSError as e:
        print(f"{PROG}: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == [VIEW] and not os.path.lexists(VIEW):
        return _view(argv[1:])
    args = _parser().parse_args(argv)
    if args.jsonl and args.indent is not None:
        _parser().error("--indent cannot be used with --jsonl (one object per line)")
    names, several, failed = _expand(args.files, sys.stderr)
    if not names:  # every argument was an empty folder or a glob that matched nothing
        return EXIT_UNREADABLE
    inputs = _Inputs(names)
    progress = _progress(args, len(names))
    # the output holds the derived analyses too: with workers, they are computed there, not here one by one
    results = parse_many(inputs, workers=args.jobs, kind=args.kind, eager=True)

    def docs() -> Iterator[pressrelease.Release | None]:
        nonlocal failed
        for result in results:
            name = names[result.index]
            unreadable = inputs.unreadable.get(result.index)
            doc = result.release
            if unreadable is not None:
                progress.note(f"{PROG}: cannot read {_label(name)}: {unreadable}", sys.stderr)
                doc = None
            elif result.error is not None:
                progress.note(_complaint(name, result.error), sys.stderr)
            failed = failed or doc is None
            progress.advance()
            yield doc

    _utf8_stdout()
    shared_screen = _isatty(sys.stdout)
    try:
        for chunk in _render(names, docs(), args, several):
            if shared_screen:
                progress.clear()
            sys.stdout.write(chunk)
            sys.stdout.flush()  # stream: a reader sees each release as soon as it is parsed
    except BrokenPipeError:
        # the reader went away (`pressrelease … | head`): stop quietly, as command-line tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        results.close()
        progress.close()
    return EXIT_UNREADABLE if failed else EXIT_OK
