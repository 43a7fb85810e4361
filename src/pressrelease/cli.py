"""The command line: ``pressrelease FILE…`` parses each file and prints JSON, or a readable outline.

Uses only the public API of :mod:`pressrelease`. Files are read as bytes (``-`` is standard input)
and decoded by :func:`pressrelease.parse`. A file that cannot be read or decoded is reported on
standard error, naming the file; the others are still parsed, and the exit status is 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

import pressrelease
from pressrelease.source import InputKind

__all__ = ["main", "outline"]

PROG = "pressrelease"
STDIN = "-"
PREVIEW = 20
"""How many characters of each paragraph the outline shows."""

EXIT_OK = 0
EXIT_UNREADABLE = 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Parse Chinese press releases (plain text or HTML; UTF-8, GB18030/GBK) and print them as JSON: "
            "one object for one file, an array for several (null where a file could not be read)."
        ),
        epilog="Exit status: 0 when every file was parsed, 2 when one could not be read or decoded.",
    )
    ap.add_argument("files", nargs="+", metavar="FILE", help="a file to parse; '-' reads standard input")
    shape = ap.add_mutually_exclusive_group()
    shape.add_argument("--outline", action="store_true", help="print a readable tree instead of JSON")
    shape.add_argument("--jsonl", action="store_true", help="print one JSON object per line, a line per file")
    ap.add_argument("--indent", type=int, metavar="N", help="indent JSON by N spaces (default: compact)")
    ap.add_argument(
        "--kind",
        choices=("auto", "text", "html"),
        default="auto",
        help="read the input as text or as an HTML page (default: recognise HTML by its markup)",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {pressrelease.__version__}")
    return ap


def _read(name: str) -> bytes | str:
    """The bytes of file ``name``; standard input for ``-`` (its text when it has no byte buffer)."""
    if name == STDIN:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:
            data: bytes = buffer.read()
            return data
        return sys.stdin.read()
    with open(name, "rb") as f:
        return f.read()


def _label(name: str) -> str:
    return "<stdin>" if name == STDIN else name


def _load(name: str, errors: TextIO, kind: InputKind = "auto") -> pressrelease.Release | None:
    """Parse one file; report why on ``errors`` and return None when it cannot be read or decoded."""
    try:
        data = _read(name)
    except OSError as e:
        reason = e.strerror or str(e)
        print(f"{PROG}: cannot read {_label(name)}: {reason}", file=errors)
        return None
    try:
        return pressrelease.parse(data, kind=kind)
    except pressrelease.DecodeError as e:
        print(f"{PROG}: cannot decode {_label(name)}: {e}", file=errors)
        return None
    except pressrelease.HtmlSupportMissing as e:
        print(f"{PROG}: cannot parse {_label(name)}: {e}", file=errors)
        return None


def _clip(text: str, width: int = PREVIEW) -> str:
    """``text`` on one line (white space runs made one space), cut to ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width] + "…"


def _people(people: Sequence[pressrelease.Contributor]) -> str:
    return ", ".join(f"{c.role} {c.name}" if c.role else c.name for c in people) or "-"


def _when(value: dt.datetime | dt.date | None) -> str:
    return "-" if value is None else value.isoformat()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


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


def _render(
    names: Sequence[str], docs: Sequence[pressrelease.Release | None], args: argparse.Namespace
) -> Iterator[str]:
    """The output, piece by piece, for the documents parsed (None where a file failed)."""
    if args.outline:
        several = len(names) > 1
        first = True
        for name, doc in zip(names, docs, strict=True):
            if doc is None:
                continue
            if several:
                yield ("" if first else "\n") + f"==> {_label(name)} <==\n"
            first = False
            yield outline(doc)
        return
    dicts = [None if doc is None else pressrelease.to_dict(doc) for doc in docs]
    if args.jsonl:
        for d in dicts:
            yield _json(d, None) + "\n"
    elif len(names) == 1:
        if dicts[0] is not None:
            yield _json(dicts[0], args.indent) + "\n"
    else:
        yield _json(dicts, args.indent) + "\n"


def _utf8_stdout() -> None:
    """JSON is UTF-8 (RFC 8259): make sure standard output can write every character."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper) and out.encoding.replace("-", "").lower() != "utf8":
        out.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    if args.jsonl and args.indent is not None:
        _parser().error("--indent cannot be used with --jsonl (one object per line)")
    names: list[str] = args.files
    docs = [_load(name, sys.stderr, args.kind) for name in names]
    _utf8_stdout()
    try:
        for chunk in _render(names, docs, args):
            sys.stdout.write(chunk)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (`pressrelease … | head`): stop quietly, as command-line tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return EXIT_OK if all(doc is not None for doc in docs) else EXIT_UNREADABLE
