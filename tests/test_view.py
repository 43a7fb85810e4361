"""The HTML view: every part's text shown escaped and labelled, safe for any text, the CLI writes
it, and a headless Chromium draws it (skipped when Chromium is not installed)."""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import pressrelease
from helpers import check_release
from pressrelease.cli import main
from pressrelease.model import PART_KINDS
from pressrelease.view import KIND_COLOURS, render_html, write_view

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))

PAGE = (
    "<html><head><meta charset='utf-8'><title>某市召开安全生产会议_某市人民政府</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻中心</a></div>"
    "<div class='article'><h1>某市召开安全生产会议</h1>"
    "<div class='info'>发布时间：2023-05-06 10:20 来源：某市应急管理局</div>"
    "<p>\u3000\u30005月5日下午，某市召开全市安全生产工作会议，部署下一阶段任务。</p>"
    "<p>\u3000\u3000一、压实责任</p>"
    "<p>\u3000\u3000会议要求，各县区要压实属地责任，开展隐患排查整治。</p>"
    "<p>（责任编辑：王五）</p></div>"
    "<div class='footer'>主办：某市人民政府办公室 京ICP备12345678号</div></body></html>"
)

HOSTILE = (
    "<script>alert(1)</script>\n"
    '标题"></mark></div><img src=x onerror=alert(1)>&amp;\n'
    "\u3000\u3000正文<style>body{display:none}</style>一段，有\x00\x07\r\n结尾。\n"
)

TAGS_FRAGMENT = frozenset(
    {
        "div",
        "style",
        "header",
        "h2",
        "h3",
        "section",
        "table",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "a",
        "span",
        "mark",
    }
)
TAGS_PAGE = TAGS_FRAGMENT | {"html", "head", "meta", "title", "style", "body"}


def _shown(text: str) -> str:
    """``text`` as the view shows it: C0 controls (but tab, line feed and carriage return) and DEL
    as their Unicode pictures, lone surrogates as U+FFFD."""
    out = []
    for ch in text:
        c = ord(ch)
        if (c < 0x20 and ch not in "\t\n\r") or c == 0x7F:
            out.append(chr(0x2400 + c) if c < 0x20 else "\u2421")
        elif 0xD800 <= c < 0xE000:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


class _Dom(HTMLParser):
    """The elements of a rendered view: tags used, ids, links, and every ``data-kind`` part with
    its text (label left out) and its label."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attributes: set[str] = set()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.parts: list[dict[str, str]] = []
        self.legend: list[str] = []
        self.panels: list[str] = []
        self._depth = 0  # elements open inside the current part
        self._in_tag = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] += 1
        self.attributes.update(name for name, _ in attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if "href" in a:
            self.hrefs.append(str(a["href"]))
        if "data-legend" in a:
            self.legend.append(str(a["data-legend"]))
        if "data-panel" in a:
            self.panels.append(str(a["data-panel"]))
        if self._depth:
            self._depth += 1
            self._in_tag = self._in_tag or "data-tag" in a
        elif "data-kind" in a:
            self._depth = 1
            self.parts.append(
                {"kind": str(a["data-kind"]), "start": str(a["data-start"]), "end": str(a["data-end"])}
                | {"text": "", "label": ""}
            )

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if self._in_tag and tag == "span":
                self._in_tag = False

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.parts[-1]["label" if self._in_tag else "text"] += data


def _check_view(doc: pressrelease.Release, markup: str, *, standalone: bool = False) -> _Dom:
    """Every part shown, in order, with exactly its text and a label of its kind; only known tags;
    no script; every link points into the view."""
    dom = _Dom(markup)
    assert set(dom.tags) <= (TAGS_PAGE if standalone else TAGS_FRAGMENT), set(dom.tags)
    assert "<script" not in markup.lower()
    assert not {a for a in dom.attributes if a.startswith("on")}, dom.attributes  # no event handler
    assert [(p["kind"], int(p["start"]), int(p["end"])) for p in dom.parts] == [
        (p.kind, p.span.start, p.span.end) for p in doc.parts
    ]
    for shown, part in zip(dom.parts, doc.parts, strict=True):
        raw = doc.text_of(part)
        assert shown["text"] == _shown(raw), (part, shown)
        labelled = part.kind != "blank" and raw.strip() != ""
        assert shown["label"] == (part.kind if labelled else ""), (part, shown)
    assert "".join(p["text"] for p in dom.parts) == _shown(doc.text)
    assert len(dom.ids) == len(set(dom.ids))
    assert all(h.startswith("#") and h[1:] in dom.ids for h in dom.hrefs), dom.hrefs
    return dom


def _parse_file(path: Path) -> pressrelease.Release:
    return check_release(pressrelease.parse(path.read_bytes()))


# --- rendering ------------------------------------------------------------------------------------


def test_every_kind_has_its_own_colour() -> None:
    assert set(KIND_COLOURS) == set(PART_KINDS)
    shown = [c for k, c in KIND_COLOURS.items() if k != "blank"]
    assert len(set(shown)) == len(shown)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_show_every_part_labelled(path: Path) -> None:
    doc = _parse_file(path)
    dom = _check_view(doc, render_html(doc))
    kinds = Counter(p.kind for p in doc.parts if p.kind != "blank")
    assert dom.legend == [k for k in PART_KINDS if k in kinds]
    assert dom.panels == ["details", "sections", "facts", "text"]


def test_headline_metadata_and_section_tree() -> None:
    doc = _parse_file(EXAMPLES / "county_report.txt")
    markup = render_html(doc)
    header, details = markup.split('data-panel="details"', 1)
    details, sections = details.split('data-panel="sections"', 1)
    sections = sections.split('data-panel="facts"', 1)[0]
    assert doc.headline is not None and f">{html.escape(doc.headline.text)}</h2>" in header
    assert doc.source and doc.source in details
    assert all(e.name in details for e in doc.editors) and doc.editors
    assert doc.dateline is not None and doc.dateline.text in details
    assert doc.outlet is not None and doc.outlet.name in details
    assert ">input</th>" in details and ">text, utf-8</td>" in details
    assert "2021-04-12 09:30:05+08:00" in details
    for section in doc.sections:
        h = section.heading
        if h is not None:
            n = len(section.paragraphs)
            assert re.search(
                re.escape(html.escape(h.text)) + r"</a> <span[^>]*>level 1 · [a-z_.]+ · " + f"{n} paragraph",
                sections,
            )
    assert sections.count("<li ") == sum(1 for top in doc.sections for _ in top.walk())


def test_nested_headings_nest_in_the_tree() -> None:
    doc = _parse_file(EXAMPLES / "notice_gongwen.txt")
    levels = [h.level for h in doc.headings]
    assert max(levels) >= 2  # the example has sub-headings
    sections = render_html(doc).split('data-panel="sections"', 1)[1].split('data-panel="facts"', 1)[0]
    depth, deepest = 0, 0
    for tag in re.findall(r"</?ul", sections):
        depth += 1 if tag == "<ul" else -1
        deepest = max(deepest, depth)
    assert depth == 0
    assert deepest == 1 + max(s_depth for s_depth in _depths(doc.sections))


def _depths(sections: tuple[pressrelease.Section, ...], depth: int = 0) -> list[int]:
    return [d for s in sections for d in (depth, *_depths(s.subsections, depth + 1))]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_facts_panel_lists_every_fact(path: Path) -> None:
    from pressrelease.facts.describe import describe

    doc = _parse_file(path)
    markup = render_html(doc, standalone=False)
    facts = doc.facts
    for kind, found in (
        ("quantity", facts.quantities),
        ("date", facts.dates),
        ("quote", facts.quotes),
        ("place", facts.places),
        ("organisation", facts.organisations),
    ):
        shown = re.findall(rf'<li data-fact-kind="{kind}"[^>]*>(.*?)</li>', markup)
        assert [html.unescape(x) for x in shown] == [describe(f) for f in found], kind
    assert ('data-fact-kind="headline"' in markup) == (facts.headline is not None)


def test_hostile_text_is_escaped() -> None:
    doc = check_release(pressrelease.parse(HOSTILE, kind="text"))
    markup = render_html(doc, standalone=True)
    _check_view(doc, markup, standalone=True)
    lowered = markup.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;style&gt;body{display:none}&lt;/style&gt;" in markup
    assert lowered.count("<style") == 2  # the page's own, in <head>, and the view's
    assert "\u2400\u2407" in markup and "&#13;" in markup


def test_no_headline_and_empty_text() -> None:
    for text in ("", "\n\n", "。"):
        doc = check_release(pressrelease.parse(text))
        markup = render_html(doc)
        _check_view(doc, markup)
        if doc.headline is None:
            assert "(no headline found)" in markup


def test_html_input() -> None:
    pytest.importorskip("selectolax", reason="HTML input needs the html extra (selectolax)")
    doc = check_release(pressrelease.parse(PAGE.encode("utf-8")))
    assert doc.input_kind == "html"
    dom = _check_view(doc, render_html(doc))
    assert {"headline", "paragraph", "credits"} <= {p["kind"] for p in dom.parts}
    assert ">html, utf-8</td>" in render_html(doc)


def test_standalone_page_is_self_contained(tmp_path: Path) -> None:
    doc = _parse_file(EXAMPLES / "county_report.txt")
    page = render_html(doc, standalone=True)
    assert page.startswith("<!DOCTYPE html>\n")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"(?i)\b(src|srcset|action|data)\s*=|url\(|@import|https?:|//[a-z]", page)
    _check_view(doc, page, standalone=True)
    assert render_html(doc) in page
    out = write_view(doc, tmp_path / "county.html")
    assert out.read_bytes() == page.encode("utf-8")


def test_notebook_display_and_short_repr() -> None:
    doc = _parse_file(EXAMPLES / "county_report.txt")
    assert doc._repr_html_() == render_html(doc, standalone=False)
    assert doc._repr_html_().startswith('<div class="pressrelease-view"')
    assert len(repr(doc)) < 200 and "<" not in repr(doc)[1:-1]


def test_package_exports() -> None:
    assert pressrelease.render_html is render_html
    assert pressrelease.write_view is write_view
    assert {"render_html", "write_view"} <= set(pressrelease.__all__)


@given(st.text(max_size=400))
@example("<script>alert('x')</script>\n\u3000\u3000正文。\n")
@example("\ud800\x00\r\r\n\x1c\x85\u2028")
@example("标题\n2020-01-01来源:某网\n\n\u3000\u3000一、总体要求\n\u3000\u3000正文&lt;。（完）\n")
def test_any_text_renders(text: str) -> None:
    doc = pressrelease.parse(text, kind="text")
    markup = render_html(doc, standalone=True)
    markup.encode("utf-8")  # strict: no lone surrogate reaches the page
    _check_view(doc, markup, standalone=True)


# --- command line ---------------------------------------------------------------------------------


def test_cli_writes_the_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = EXAMPLES / "county_report.txt"
    out = tmp_path / "out.html"
    assert main(["view", str(source), "-o", str(out)]) == 0
    assert capsys.readouterr() == ("", "")
    assert out.read_text(encoding="utf-8") == render_html(_parse_file(source), standalone=True)


def test_cli_view_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    source = EXAMPLES / "feature_subtitle.txt"
    assert main(["view", str(source)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == render_html(_parse_file(source), standalone=True)


def test_cli_view_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.html"
    assert main(["view", str(tmp_path / "nosuch.txt"), "-o", str(out)]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert not out.exists()


def test_a_file_named_view_is_still_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "view").write_bytes((EXAMPLES / "county_report.txt").read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["view"]) == 0
    out = capsys.readouterr().out
    assert pressrelease.loads(out).headline == _parse_file(EXAMPLES / "county_report.txt").headline


def test_cli_view_runs_as_a_program(tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    done = subprocess.run(
        [sys.executable, "-m", "pressrelease", "view", str(EXAMPLES / "xinhua_dispatch.txt"), "-o", str(out)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- a real browser -------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, timeout=120, check=False)


def _png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the raw (filtered) scanlines of a non-interlaced 8-bit PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:8]
    pos, idat, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and interlace == 0, (depth, interlace)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = 1 + width * channels
    assert len(raw) == stride * height
    return width, height, [raw[i : i + stride] for i in range(0, len(raw), stride)]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_chromium_draws_the_view(tmp_path: Path) -> None:
    doc = _parse_file(EXAMPLES / "county_report.txt")
    page = write_view(doc, tmp_path / "county.html")
    url = page.resolve().as_uri()
    png = tmp_path / "county.png"
    shot = _chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,1600", url)
    assert png.exists(), shot.stderr.decode(errors="replace")[-2000:]
    data = png.read_bytes()
    assert len(data) > 20_000
    width, height, rows = _png(data)
    assert (width, height) == (1200, 1600)
    assert len(set(rows)) > 100  # text and colours, not a blank page of one colour
    assert len(set(b"".join(rows[::16]))) > 64

    dumped = _chromium(tmp_path, "--dump-dom", url)
    dom = dumped.stdout.decode("utf-8")
    assert dumped.returncode == 0, dumped.stderr.decode(errors="replace")[-2000:]
    kinds = Counter(re.findall(r'data-kind="([a-z]+)"', dom))
    assert kinds == Counter(p.kind for p in doc.parts)
    for kind in ("headline", "paragraph", "credits", "boilerplate"):
        assert re.search(
            rf'data-kind="{kind}"[^>]*>\s*(?:<[^>]+>)*<span data-tag=""[^>]*>{kind}</span>', dom
        ), kind
    assert doc.headline is not None and doc.headline.text in dom
