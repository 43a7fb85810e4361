"""mkdocs hooks of the documentation site: links from a page to files of the repository outside docs/.

The pages are written to be read on the repository too, so they link to the example releases as
``../examples/county_report.txt``. On the site such a link would lead nowhere (and fail the strict
build), so:

- a linked file that is not Markdown (an example release) is copied into the site under
  ``repo/`` (``repo/examples/county_report.txt``) and the link points to the copy;
- a linked Markdown file outside docs/ (the README) is not a page of the site: the link keeps its
  words and loses its target.

Links between pages are left to mkdocs, which checks them (``validation`` in mkdocs.yml).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

_LINK = re.compile(r"\[(?P<text>[^\]\n]*)\]\((?P<target>\.\./[^)\s#]+)(?P<anchor>#[^)\s]*)?\)")
"""A Markdown link whose target climbs out of the page's folder."""

_PREFIX = "repo"
"""Where copies of repository files go in the site."""


def _outside(page_path: Path, target: str, docs: Path) -> Path | None:
    """The repository file a link points to, when it exists and lies outside docs/."""
    path = (page_path.parent / target).resolve()
    if not path.is_file() or path == docs or docs in path.parents:
        return None
    return path


def on_files(files: Files, config: Any) -> Files:
    """Copy the non-Markdown repository files that pages link to into the site."""
    docs = Path(config["docs_dir"]).resolve()
    root = docs.parent
    for page in list(files.documentation_pages()):
        text = Path(page.abs_src_path).read_text(encoding="utf-8")
        for m in _LINK.finditer(text):
            path = _outside(Path(page.abs_src_path), m["target"], docs)
            if path is None or path.suffix == ".md":
                continue
            uri = f"{_PREFIX}/{path.relative_to(root).as_posix()}"
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Point links to repository files at their copies; unlink repository Markdown files."""
    docs = Path(config["docs_dir"]).resolve()
    root = docs.parent
    here = posixpath.dirname(page.file.src_uri)

    def rewrite(m: re.Match[str]) -> str:
        path = _outside(Path(page.file.abs_src_path), m["target"], docs)
        if path is None:
            return m[0]  # not a repository file: mkdocs reports it if it is broken
        if path.suffix == ".md":
            return m["text"]
        uri = f"{_PREFIX}/{path.relative_to(root).as_posix()}"
        return f"[{m['text']}]({posixpath.relpath(uri, here or '.')}{m['anchor'] or ''})"

    return _LINK.sub(rewrite, markdown)
