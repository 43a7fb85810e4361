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
from .model import Facts, OfficialDocument, Outlet, Release, Span
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

    The derived analyses (``outlet``, ``document``, ``facts``) are written after the fields,
    computed now if they were not yet; ``facts=False`` writes ``"facts": null`` instead of the
    facts, so they are not extracted (a release read back finds them again on first use).
    """
    body: dict[str, Any] = converter.unstructure(doc, Release)
    body["outlet"] = converter.unstructure(doc.outlet, Outlet | None)
    body["document"] = converter.unstructure(doc.document, OfficialDocument | None)
    body["facts"] = converter.unstructure(doc.facts, Facts) if facts else None
    return {"schema": SCHEMA_VERSION, **body}


_DERIVED_TYPES: dict[str, Any] = {
    "outlet": Outlet | None,
    "document": OfficialDocument | None,
    "facts": Facts,
}


def from_dict(data: dict[str, Any]) -> Release:
    """The release a :func:`to_dict` dict describes (exact inverse)."""
    if not isinstance(data, dict):
        raise SchemaError(f"expected a dict, not {type(data).__name__}")
    version = data.get("schema")
    if version != SCHEMA_VERSION:
        raise SchemaError(f"unsupported schema {version!r}; this version reads {SCHEMA_VERSION!r}")
    missing = [k for k in ("outlet", "document", "facts") if k not in data]
    if missing:
        raise SchemaError(f"not a valid {SCHEMA_VERSION} release: missing {', '.join(missing)}")
    body = {k: v for k, v in data.items() if k != "schema" and k not in _DERIVED_TYPES}
    try:
        doc = converter.structure(body, Release)
        for name, kind in _DERIVED_TYPES.items():
            value = data[name]
            if name == "facts" and value is None:
                continue  # written with facts=False: found again on first use
            # the derived analyses are computed on first use; the ones read from JSON take their place
            object.__setattr__(doc, name, converter.structure(value, kind))
    except Exception as e:  # cattrs groups validation errors; report them as one schema error
        raise SchemaError(f"not a valid {SCHEMA_VERSION} release: {e}") from e
    return doc


def dumps(doc: Release, *, indent: int | None = None, facts: bool = True) -> str:
    """The release as a JSON string (UTF-8 characters kept as they are); ``facts`` as in :func:`to_dict`."""
    return json.dumps(to_dict(doc, facts=facts), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Release:
    """The release a :func:`dumps` string describes."""
    return from_dict(json.loads(text))
