"""The wire format: one cattrs converter, ``to_dict``/``from_dict`` and JSON helpers.

The JSON of a release is a dict with ``"schema": "pressrelease/4"``, the release's fields and its
``facts`` (or ``null`` when written with ``facts=False``); spans are ``[start, end]`` pairs, dates
and datetimes ISO 8601 strings. ``from_dict`` is the exact inverse of ``to_dict``; it refuses
another schema version or unknown keys.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import cattrs

from .errors import PressReleaseError
from .model import Facts, Release, Span
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "SchemaError", "converter", "dumps", "from_dict", "loads", "to_dict"]



class SchemaError(PressReleaseError, ValueError):
    """A dict or JSON document that is not a release of this schema version."""


def _published_out(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _published_in(value: Any, _: Any) -> dt.datetime | dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SchemaError(f"a date must be an ISO 8601 string, not {value!r}")
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _: Span(int(v[0]), int(v[1])))
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_unstructure_hook(dt.datetime | dt.date | None, _published_out)
    conv.register_structure_hook(dt.datetime | dt.date | None, _published_in)
    return conv


converter = _make_converter()
"""The one converter used for the wire format."""


def to_dict(doc: Release, *, facts: bool = True) -> dict[str, Any]:
    """A JSON-ready dict of the release, with its schema version.

    ``facts=False`` writes ``"facts": null`` instead of the facts, so they are not extracted (a
    release read back finds them again on first use).
    """
    body: dict[str, Any] = converter.unstructure(doc, Release)
    body["facts"] = converter.unstructure(doc.facts, Facts) if facts else None
    return {"schema": SCHEMA_VERSION, **body}


def from_dict(data: dict[str, Any]) -> Release:
    """The release a :func:`to_dict` dict describes (exact inverse)."""
    if not isinstance(data, dict):
        raise SchemaError(f"expected a dict, not {type(data).__name__}")
    version = data.get("schema")
    if version != SCHEMA_VERSION:
        raise SchemaError(f"unsupported schema {version!r}; this version reads {SCHEMA_VERSION!r}")
    body = {k: v for k, v in data.items() if k not in ("schema", "facts")}
    try:
        doc = converter.structure(body, Release)
        facts = data.get("facts")
        if facts is not None:
            # Release.facts is computed on first use; facts read from JSON take its place
            object.__setattr__(doc, "facts", converter.structure(facts, Facts))
    except Exception as e:  # cattrs groups validation errors; report them as one schema error
        raise SchemaError(f"not a valid {SCHEMA_VERSION} release: {e}") from e
    return doc


def dumps(doc: Release, *, indent: int | None = None, facts: bool = True) -> str:
    """The release as a JSON string (UTF-8 characters kept as they are); ``facts`` as in :func:`to_dict`."""
    return json.dumps(to_dict(doc, facts=facts), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Release:
    """The release a :func:`dumps` string describes."""
    return from_dict(json.loads(text))
