"""The documentation site's pages: every page is in the nav, and the worked examples run.

``mkdocs build --strict`` (in .ci/run, with the ``docs`` extra) checks links, anchors and the API
reference; these tests need no mkdocs and fail early for what a contributor most often forgets.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from pressrelease.publishers import Publisher

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _python_blocks(page: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.S | re.M)


def test_every_page_is_in_the_nav() -> None:
    """Each Markdown page of docs/ is listed in mkdocs.yml's nav, and each listed page exists."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:") :]
    listed = set(re.findall(r"^\s+- (?:[^:\n]+: )?([\w./-]+\.md)\s*$", nav, re.M))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages - listed == set(), "add these pages to the nav in mkdocs.yml"
    assert listed - pages == set(), "the nav lists pages that do not exist"


def test_add_publisher_example_runs() -> None:
    """The worked example of docs/add-publisher.md runs, and leaves the registry as it found it."""
    from pressrelease import outlets

    before = list(outlets.PUBLISHERS)
    (code,) = _python_blocks(DOCS / "add-publisher.md")
    exec(compile(code, "docs/add-publisher.md", "exec"), {})
    assert before == outlets.PUBLISHERS


def test_add_publisher_lists_every_field() -> None:
    """The field table of docs/add-publisher.md names every field of a Publisher record."""
    page = (DOCS / "add-publisher.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `(\w+)` \|", page, re.M))
    assert table == {f.name for f in attrs.fields(Publisher)}
