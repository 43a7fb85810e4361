"""Many releases as tables (pressrelease.tables): rows, columns, dtypes, section paths, Parquet.

Rows are checked against the releases they come from: the example releases in ``examples/``,
releases built by hand from random section trees (so the expected paths do not depend on the
parser), and whatever random text parses to. pandas and pyarrow (the ``tables`` extra) are test
dependencies; the tests that need them skip without them, and one test hides them to check the
error that names the extra.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pressrelease
from helpers import check_release
from pressrelease import tables
from pressrelease.model import Heading, Paragraph, Release, Section, Span

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def docs() -> dict[str, Release]:
    """The example releases, keyed by file name."""
    return {p.name: check_release(pressrelease.parse(p.read_bytes())) for p in EXAMPLES}


@pytest.fixture(scope="module")
def pd() -> Any:
    """pandas, or a skip without the tables extra."""
    pytest.importorskip("pyarrow")
    return pytest.importorskip("pandas")


def _section_at(doc: Release, path: list[int]) -> tuple[Section, list[Section]]:
    """The section at an index path, and the sections from the top down to it."""
    chain = [doc.sections[path[0]]]
    for i in path[1:]:
        chain.append(chain[-1].subsections[i])
    return chain[-1], chain


def _check_paragraph_rows(doc: Release, rows: list[dict[str, Any]]) -> None:
    """Every row is the paragraph of ``doc.paragraphs`` at its index, placed in the tree as its path says."""
    assert [r["index"] for r in rows] == list(range(len(doc.paragraphs)))
    assert [r["text"] for r in rows] == [p.text for p in doc.paragraphs]
    for row, paragraph in zip(rows, doc.paragraphs, strict=True):
        assert doc.text[row["start"] : row["end"]] == row["text"]
        section, chain = _section_at(doc, row["section_index"])
        assert paragraph in section.paragraphs, "the index path leads to the paragraph's own section"
        headings = [s.heading for s in chain if s.heading is not None]
        assert row["section_headings"] == [h.text for h in headings]
        assert row["section"] == (" / ".join(h.text for h in headings) or None)
        assert row["heading"] == (headings[-1].text if headings else None)
        assert row["level"] == (headings[-1].level if headings else None)
        assert (row["lead"], row["speaker"]) == (paragraph.lead, paragraph.speaker)


# -- records ------------------------------------------------------------------------------------


def test_release_records_of_the_examples(docs: dict[str, Release]) -> None:
    records = tables.to_records(docs)
    names = [c.name for c in tables.RELEASE_COLUMNS]
    assert [list(r) for r in records] == [names] * len(docs)
    assert [r["source"] for r in records] == list(docs)
    assert [r["release"] for r in records] == list(range(len(docs)))
    for record, doc in zip(records, docs.values(), strict=True):
        assert record["headline"] == (doc.headline.text if doc.headline else None)
        assert record["editors"] == [e.name for e in doc.editors]
        assert record["authors"] == [a.name for a in doc.authors]
        assert record["n_paragraphs"] == len(doc.paragraphs) and record["n_headings"] == len(doc.headings)
        assert record["n_chars"] == len(doc.text)
        if doc.published is None:
            assert record["published_date"] is None
        else:
            assert dt.date.fromisoformat(record["published_date"]) == (
                doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published
            )
            assert record["published"] == doc.published.isoformat()
    notice = records[list(docs).index("notice_gongwen.txt")]
    assert notice["doc_number"] == "岫政办发〔2022〕12号", "an official document's fields are columns"
    assert any(r["n_headings"] > 0 for r in records)


def test_one_paragraph_row_per_paragraph_with_its_section_path(docs: dict[str, Release]) -> None:
    rows = tables.to_records(docs, level="paragraph")
    assert len(rows) == sum(len(doc.paragraphs) for doc in docs.values())
    for position, (name, doc) in enumerate(docs.items()):
        mine = [r for r in rows if r["release"] == position]
        assert all(r["source"] == name for r in mine)
        _check_paragraph_rows(doc, mine)
    assert any(len(r["section_headings"]) > 1 for r in rows), "some example nests its headings"
    assert any(r["section"] is None for r in rows), "some paragraph comes before any heading"


def test_records_are_plain_json(docs: dict[str, Release]) -> None:
    for level in ("release", "paragraph"):
        records = tables.to_records(docs, level=level)
        assert json.loads(json.dumps(records, ensure_ascii=False)) == records


def test_what_docs_may_hold(docs: dict[str, Release]) -> None:
    doc = docs["county_report.txt"]
    by_release = tables.to_records([doc, doc])
    assert [(r["release"], r["source"]) for r in by_release] == [(0, None), (1, None)]
    pairs = tables.to_records([(Path("a/b.txt"), doc), ("id-7", doc)], level="paragraph")
    assert {r["source"] for r in pairs} == {str(Path("a/b.txt")), "id-7"}
    assert len(pairs) == 2 * len(doc.paragraphs)
    assert tables.to_records({"x": doc}) == tables.to_records([("x", doc)])


def test_batch_results_keep_their_index_and_failures_become_error_rows() -> None:
    inputs: list[str | bytes] = [EXAMPLES[0].read_text("utf-8"), b"\x80\xff\x00\xfe" * 10]
    results = list(pressrelease.parse_many(inputs))
    releases = tables.to_records(results)
    assert [r["release"] for r in releases] == [0, 1]
    assert releases[0]["error_type"] is None and releases[0]["headline"] is not None
    failed = releases[1]
    assert failed["error_type"] == "DecodeError" and failed["error"]
    assert all(v is None for k, v in failed.items() if k not in ("release", "error_type", "error"))
    paragraphs = tables.to_records(results, level="paragraph")
    assert paragraphs and {r["release"] for r in paragraphs} == {0}, "a failure has no paragraph rows"


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="item 1 is a str"):
        tables.to_records([Release(text=""), "not a release"])
    with pytest.raises(ValueError, match="level must be"):
        tables.to_records([], level="section")  # type: ignore[arg-type]


# -- random trees and random text --------------------------------------------------------------

_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)


@st.composite
def built_releases(draw: st.DrawFn) -> Release:
    """A release built by hand from a random section tree: headless sections, empty ones, nesting."""
    lines: list[str] = []
    offset = 0

    def line() -> tuple[str, Span]:
        nonlocal offset
        text = draw(st.text(_han, min_size=1, max_size=6))
        lines.append(text + "\n")
        span = Span(offset, offset + len(text))
        offset = span.end + 1
        return text, span

    def section(depth: int, headed: bool) -> Section:
        start = offset
        heading = Heading(*line(), level=depth) if headed else None
        paragraphs = tuple(Paragraph(*line()) for _ in range(draw(st.integers(0, 3))))
        subsections = tuple(
            section(depth + 1, draw(st.booleans()))
            for _ in range(draw(st.integers(0, 2 if depth < 3 else 0)))
        )
        return Section(heading, Span(start, max(start, offset - 1)), paragraphs, subsections)

    sections = tuple(section(1, i > 0 or draw(st.booleans())) for i in range(draw(st.integers(0, 4))))
    return Release(text="".join(lines), sections=sections)


@given(built_releases())
def test_section_paths_of_random_trees(doc: Release) -> None:
    rows = tables.paragraph_records(doc, source="t", release=3)
    assert len(rows) == len(doc.paragraphs)
    assert all(r["source"] == "t" and r["release"] == 3 for r in rows)
    _check_paragraph_rows(doc, rows)
    assert tables.release_record(doc)["n_paragraphs"] == len(rows)


@settings(max_examples=60)
@given(st.text(st.sampled_from("一二、（）1.。：\n\u3000编辑记者张三县通知abc "), max_size=200))
def test_rows_of_any_parsed_text(text: str) -> None:
    doc = pressrelease.parse(text)
    _check_paragraph_rows(doc, tables.to_records([doc], level="paragraph"))
    (record,) = tables.to_records([doc])
    assert record["n_paragraphs"] == len(doc.paragraphs) and record["n_chars"] == len(text)


# -- frames, Arrow and Parquet ------------------------------------------------------------------

RELEASE_DTYPES = {"release": "Int64", "published_date": "datetime64[ns]", "editors": "object"}
PARAGRAPH_DTYPES = {"index": "Int32", "level": "Int32", "start": "Int64", "section_index": "object"}


@pytest.mark.parametrize("level", ["release", "paragraph"])
def test_frame_columns_and_dtypes(pd: Any, docs: dict[str, Release], level: tables.Level) -> None:
    frame = pressrelease.to_frame(docs, level=level)
    records = tables.to_records(docs, level=level)
    assert list(frame.columns) == [c.name for c in tables.columns(level)]
    assert len(frame) == len(records)
    expected = {
        "string": "string",
        "int32": "Int32",
        "int64": "Int64",
        "date": "datetime64[ns]",
        "strings": "object",
        "ints": "object",
    }
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        c.name: expected[c.type] for c in tables.columns(level)
    }
    assert {k: str(frame[k].dtype) for k in (RELEASE_DTYPES if level == "release" else PARAGRAPH_DTYPES)} == (
        RELEASE_DTYPES if level == "release" else PARAGRAPH_DTYPES
    )
    for column in tables.columns(level):  # every value is the record's, in the column's dtype
        for value, record in zip(frame[column.name], records, strict=True):
            want = record[column.name]
            if want is None:
                assert pd.isna(value)
            elif column.type == "date":
                assert value == pd.Timestamp(want)
            else:
                assert value == want


def test_frames_filter_and_group(pd: Any, docs: dict[str, Release]) -> None:
    releases = pressrelease.to_frame(docs)
    dated = releases[releases["published_date"] >= pd.Timestamp("2021-01-01")]
    assert set(dated["source"]) == {
        name
        for name, doc in docs.items()
        if doc.published is not None and doc.published.isoformat()[:10] >= "2021-01-01"
    }
    paragraphs = pressrelease.to_frame(docs, level="paragraph")
    per_release = paragraphs.groupby("source").size().to_dict()
    assert per_release == {name: len(doc.paragraphs) for name, doc in docs.items() if doc.paragraphs}
    editors = releases.explode("editors")["editors"].dropna()
    assert sorted(editors) == sorted(e.name for doc in docs.values() for e in doc.editors)


@pytest.mark.parametrize("level", ["release", "paragraph"])
def test_parquet_round_trip_equals_the_frame(
    pd: Any, docs: dict[str, Release], level: tables.Level, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / f"{level}.parquet"
    pressrelease.write_parquet(docs, path, level=level)
    assert pq.read_schema(path).remove_metadata() == tables.arrow_schema(level)
    frame = pressrelease.to_frame(docs, level=level)
    pd.testing.assert_frame_equal(pressrelease.read_parquet(path), frame)
    assert pressrelease.to_arrow(docs, level=level).to_pylist() == [
        {
            **r,
            "published_date": dt.date.fromisoformat(r["published_date"]) if r.get("published_date") else None,
        }
        if level == "release"
        else r
        for r in tables.to_records(docs, level=level)
    ]


def test_empty_input_gives_empty_typed_tables(pd: Any) -> None:
    frame = pressrelease.to_frame([], level="paragraph")
    assert len(frame) == 0 and str(frame["index"].dtype) == "Int32"
    assert pressrelease.to_arrow([]).schema == tables.arrow_schema("release")


@pytest.fixture
def without_the_extra(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("pandas", "pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, name, None)  # None in sys.modules: "import name" fails
    yield


@pytest.mark.usefixtures("without_the_extra")
@pytest.mark.parametrize("call", ["to_frame", "to_arrow", "write_parquet", "read_parquet"])
def test_missing_extra_is_a_typed_error_naming_it(
    call: str, docs: dict[str, Release], tmp_path: Path
) -> None:
    doc = docs["county_report.txt"]
    args: tuple[Any, ...] = (tmp_path / "x.parquet",) if call == "read_parquet" else ([doc],)
    if call == "write_parquet":
        args = ([doc], tmp_path / "x.parquet")
    with pytest.raises(pressrelease.TablesSupportMissing, match=r"pip install 'pressrelease\[tables\]'") as e:
        getattr(pressrelease, call)(*args)
    assert isinstance(e.value, ImportError) and isinstance(e.value, pressrelease.PressReleaseError)
    assert tables.to_records([doc])[0]["n_paragraphs"] == 5, "records need no extra"


def test_import_stays_light() -> None:
    code = (
        "import sys, pressrelease\n"
        "assert 'pressrelease.tables' not in sys.modules and 'pandas' not in sys.modules\n"
        "assert pressrelease.to_records([pressrelease.parse('某县通知')])[0]['headline']\n"
        "assert 'pandas' not in sys.modules and 'pyarrow' not in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


def test_docs_describe_every_column() -> None:
    text = (ROOT / "docs" / "tables.md").read_text("utf-8")
    missing = [
        c.name for c in (*tables.RELEASE_COLUMNS, *tables.PARAGRAPH_COLUMNS) if f"`{c.name}`" not in text
    ]
    assert not missing, f"docs/tables.md does not describe {missing}"
