"""A Griffe extension for the API reference: the reST of the docstrings, read as Markdown.

The docstrings are written for Sphinx-style readers: cross-reference roles (``:class:`Release```,
``:func:`~pressrelease.parse```) and literal blocks introduced by ``::``. Markdown would print the
roles' colons and names as they are, so this rewrites them, before rendering, into code spans
(``~`` keeping the last component, as Sphinx does) and ``::`` into ``:``. Double backquotes need
nothing: Markdown reads ````x```` as a code span already.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(
    r":(?:py:)?(?:attr|class|const|data|exc|func|meth|mod|obj):`(?P<tilde>~?)(?P<target>[^`]+)`"
)
_LITERAL = re.compile(r"(?<=\S)::$", re.MULTILINE)


def _role(m: re.Match[str]) -> str:
    target = m["target"].strip()
    if m["tilde"]:
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def markdown(text: str) -> str:
    """A docstring with its reST roles and ``::`` markers rewritten for Markdown."""
    return _LITERAL.sub(":", _ROLE.sub(_role, text))


class ReSTRoles(griffe.Extension):
    """Rewrite every docstring as it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
