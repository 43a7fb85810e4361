"""The Dask recipe: flat rows for releases and paragraphs, and Parquet written by a local cluster.

The cluster test parses the shared corpus (``../shared/corpus``; ``examples/*.txt`` when it is absent)
on two worker processes and checks that what Parquet gives back is what parsing the same files in
this process gives. Everything that needs dask skips cleanly when the ``dask`` extra is not installed.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import pressrelease
from helpers import check_release
from pressrelease.batch import BatchError
from pressrelease.model import (
    Boilerplate,
    Contributor,
    Credits,
    Dateline,
    Heading,
    Headline,
    Paragraph,
    Release,
    Section,
    Span,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DASK_MODULES = ("dask", "dask.bag", "dask.base", "distributed", "fsspec", "pandas", "pyarrow")


def _inputs() -> list[Path]:
    """The corpus's .txt and .html files, sorted; the examples when the corpus is not beside the repo."""
    if CORPUS.is_dir():
        found = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())
        if found:
            return found
    return sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def scale() -> ModuleType:
    """:mod:`pressrelease.scale`, or a skip when the dask extra is not installed."""
    for name in DASK_MODULES:
        pytest.importorskip(name)
    return importlib.import_module("pressrelease.scale")


def test_import_without_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in DASK_MODULES:
        monkeypatch.setitem(sys.modules, name, None)  # None in sys.modules: "import name" fails
    monkeypatch.delitem(sys.modules, "pressrelease.scale", raising=False)
    with pytest.raises(ImportError, match=r"pip install 'pressrelease\[dask\]'"):
        importlib.import_module("pressrelease.scale")


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


def _built() -> Release:
    """A release built by hand (not parsed), so that the expected rows do not depend on the parser."""
    text = (
        "某县通知\n编辑：张三、李四\n新华社北京3月7日电 引言段。\n"
        "一、总体要求\n甲段。\n（一）工作目标\n乙段。\n二、保障措施\n丙段。\n（完）\n版权声明\n"
    )

    def para(piece: str) -> Paragraph:
        return Paragraph(piece, _span(text, piece))

    h1, h11, h2 = (
        Heading("一、总体要求", _span(text, "一、总体要求"), 1, "numbered.han"),
        Heading("（一）工作目标", _span(text, "（一）工作目标"), 2, "numbered.paren_han"),
        Heading("二、保障措施", _span(text, "二、保障措施"), 1, "numbered.han"),
    )
    sub = Section(h11, Span(h11.span.start, text.index("二、")), (para("乙段。"),))
    sections = (
        Section(None, _span(text, "新华社北京3月7日电 引言段。"), (para("引言段。"),)),
        Section(h1, Span(h1.span.start, text.index("二、")), (para("甲段。"),), (sub,)),
        Section(h2, Span(h2.span.start, text.index("（完）")), (para("丙段。"),)),
    )
    return Release(
        text=text,
        headline=Headline("某县通知", _span(text, "某县通知")),
        published=dt.date(2020, 3, 7),
        source="某某网",
        editors=(
            Contributor("编辑", "张三", _span(text, "张三")),
            Contributor("编辑", "李四", _span(text, "李四")),
        ),
        dateline=Dateline(
            "新华社北京3月7日电", _span(text, "新华社北京3月7日电"), "新华社", "北京", "3月7日"
        ),
        sections=sections,
        credits=Credits("（完）", _span(text, "（完）")),
        boilerplate=Boilerplate("版权声明", _span(text, "版权声明"), title="版权声明"),
        encoding="gb18030",
    )


def test_release_row(scale: ModuleType) -> None:
    row = scale.releases_to_rows(_built(), "a/b.txt")
    assert list(row) == scale.RELEASE_SCHEMA.names
    assert row == {
        "release": None,
        "source": "a/b.txt",
        "headline": "某县通知",
        "published": "2020-03-07",
        "published_date": "2020-03-07",
        "source_name": "某某网",
        "editors": ["张三", "李四"],
        "authors": [],
        "dateline_text": "新华社北京3月7日电",
        "dateline_agency": "新华社",
        "dateline_place": "北京",
        "outlet": "新华社",  # derived from the fields: the dateline names the agency
        "outlet_kind": "agency",
        "document_kind": None,
        "doc_number": None,
        "n_chars": len(_built().text),
        "n_paragraphs": 4,
        "n_headings": 3,
        "credits": "（完）",
        "boilerplate_title": "版权声明",
        "input_kind": "text",
        "encoding": "gb18030",
        "error_type": None,
        "error": None,
    }
    assert scale.releases_to_rows(_built(), None, position=7)["release"] == 7


def test_release_row_of_an_empty_release(scale: ModuleType) -> None:
    row = scale.releases_to_rows(Release(text=""), None)
    assert row["n_paragraphs"] == 0 and row["n_headings"] == 0
    assert all(row[k] is None for k in ("source", "headline", "published", "published_date", "dateline_text"))
    assert row["editors"] == [] and row["authors"] == []


def test_paragraph_rows_carry_their_section_path(scale: ModuleType) -> None:
    doc = _built()
    rows = scale.paragraph_rows(doc, "a/b.txt")
    assert [list(r) for r in rows] == [scale.PARAGRAPH_SCHEMA.names] * 4
    assert [(r["index"], r["section"], r["level"], r["text"]) for r in rows] == [
        (0, None, None, "引言段。"),
        (1, "一、总体要求", 1, "甲段。"),
        (2, "一、总体要求 / （一）工作目标", 2, "乙段。"),
        (3, "二、保障措施", 1, "丙段。"),
    ]
    assert all(doc.text[r["start"] : r["end"]] == r["text"] and r["source"] == "a/b.txt" for r in rows)


def test_rows_of_a_parsed_example(scale: ModuleType) -> None:
    path = EXAMPLES / "county_report.txt"
    doc = check_release(pressrelease.parse(path.read_bytes()))
    row, paragraphs = scale.parse_rows(path.read_bytes(), str(path))
    assert row == scale.releases_to_rows(doc, str(path))
    assert row["headline"] == (doc.headline.text if doc.headline else None)
    assert row["editors"] == [e.name for e in doc.editors]
    assert [p["text"] for p in paragraphs] == [p.text for p in doc.paragraphs]
    assert any(p["section"] is not None for p in paragraphs), "the example has headings"
    for p in paragraphs:  # the section path ends with the nearest heading above the paragraph
        above = [h for h in doc.headings if h.span.end <= p["start"]]
        if above:
            assert p["section"].split(" / ")[-1] == above[-1].text and p["level"] == above[-1].level
        else:
            assert p["section"] is None and p["level"] is None


def test_parse_rows_turns_a_failure_into_an_error_row(scale: ModuleType) -> None:
    row, paragraphs = scale.parse_rows(b"\x80\xff\x00\xfe" * 10, "junk.bin")
    assert paragraphs == []
    assert row["source"] == "junk.bin" and row["error_type"] == "DecodeError" and "GB18030" in row["error"]
    assert all(
        row[k] is None
        for k in scale.RELEASE_SCHEMA.names
        if k not in ("release", "source", "error_type", "error")
    )
    error = BatchError("x", "FileNotFoundError", "No such file or directory", "read")
    assert scale.error_row("x", error)["error"] == "No such file or directory"


def _records(frame: Any) -> list[dict[str, Any]]:
    """The rows of a frame read back from Parquet as the row functions give them: missing values as
    None (pandas reads them as NaN or NA), numbers as Python ints, lists (read as arrays) as lists,
    dates as ISO strings."""
    pd = importlib.import_module("pandas")

    def plain(value: Any) -> Any:
        if isinstance(value, (list, tuple)) or getattr(value, "ndim", 0) == 1:
            return [plain(v) for v in value]
        if pd.isna(value):
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        return value.item() if hasattr(value, "item") else value

    return [{k: plain(v) for k, v in rec.items()} for rec in frame.to_dict("records")]


@pytest.fixture(scope="module")
def client(scale: ModuleType) -> Iterator[Any]:
    distributed = importlib.import_module("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_parquet_on_a_local_cluster_matches_parsing_in_process(
    scale: ModuleType, client: Any, tmp_path: Path
) -> None:
    pd = importlib.import_module("pandas")
    files = _inputs()
    missing = tmp_path / "missing.txt"
    paths = [str(p) for p in files] + [str(missing)]
    # more than ten parts, so that part.10 would sort before part.2 if the names were not padded
    written = scale.parse_to_parquet(paths, tmp_path / "out", client=client, npartitions=min(12, len(paths)))
    assert written.releases == str(tmp_path / "out" / "releases")
    assert sorted(p.name for p in Path(written.paragraphs).iterdir())[0] == "part.00000.parquet"

    docs = [check_release(pressrelease.parse(p.read_bytes())) for p in files]
    releases = _records(pd.read_parquet(written.releases))
    paragraphs = _records(pd.read_parquet(written.paragraphs))

    assert len(releases) == len(files) + 1, "one row per input file, the failed one included"
    assert [r["source"] for r in releases] == paths, "rows come back in input order"
    expected = [
        scale.releases_to_rows(doc, str(p), position=i)
        for i, (doc, p) in enumerate(zip(docs, files, strict=True))
    ]
    assert releases[:-1] == expected
    assert releases[-1]["error_type"] == "FileNotFoundError" and releases[-1]["headline"] is None

    assert len(paragraphs) == sum(len(doc.paragraphs) for doc in docs)
    assert paragraphs == [
        row
        for i, (doc, p) in enumerate(zip(docs, files, strict=True))
        for row in scale.paragraph_rows(doc, str(p), position=i)
    ]
    pairs = [(str(p), doc) for p, doc in zip(files, docs, strict=True)]
    pd.testing.assert_frame_equal(  # the datasets read back as the in-memory table functions build them
        pressrelease.read_parquet(written.paragraphs), pressrelease.to_frame(pairs, level="paragraph")
    )
    headlines = [doc.headline.text for doc in docs if doc.headline is not None]
    assert headlines and any("\u4e00" <= ch <= "\u9fff" for ch in headlines[0]), "Chinese text survives"
    assert headlines[0] in {r["headline"] for r in releases}


def test_parquet_without_a_client_uses_dask_scheduler(scale: ModuleType, tmp_path: Path) -> None:
    dask = importlib.import_module("dask")
    pd = importlib.import_module("pandas")
    files = sorted(EXAMPLES.glob("*.txt"))
    with dask.config.set(scheduler="synchronous"):
        written = scale.parse_to_parquet(files, tmp_path)
    releases = pd.read_parquet(written.releases)
    assert list(releases["source"]) == [str(p) for p in files]
    first = pressrelease.parse(files[0].read_bytes())
    assert releases["n_paragraphs"].iloc[0] == len(first.paragraphs)


def test_parse_to_parquet_needs_paths(scale: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one path"):
        scale.parse_to_parquet([], tmp_path)
