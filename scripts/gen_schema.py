"""Write docs/schema/release.schema.json: the JSON Schema (draft 2020-12) of the wire format.

The schema is generated from the attrs classes of :mod:`pressrelease.model` by introspection, so
it cannot drift from them: run this script again after changing the model and commit the result.

    python scripts/gen_schema.py          # (re)write the schema
    python scripts/gen_schema.py --check  # exit 1 if the committed schema is out of date

How the wire format (:mod:`pressrelease.serialize`) maps Python types to JSON, and so how they are
described here:

- an attrs class is an object with one property per field, in field order, with
  ``additionalProperties: false`` (``from_dict`` refuses unknown keys); fields without a default
  are required; each class is one entry of ``$defs``, referenced wherever it is used (recursive
  classes such as ``Section`` included);
- :class:`pressrelease.Span` is a ``[start, end]`` array of two non-negative integers;
- ``datetime.datetime`` and ``datetime.date`` are ISO 8601 strings (``format: date-time``,
  ``format: date``);
- ``Literal[...]`` is an ``enum``; ``tuple[X, ...]`` and ``list[X]`` are arrays of X; a fixed
  ``tuple[X, Y]`` is an array of exactly those items; ``dict[str, X]`` is an object of X;
- ``X | None`` (``Optional[X]``) accepts ``null``; other unions are ``anyOf`` their members;
- ``str``, ``int``, ``float`` and ``bool`` are ``string``, ``integer``, ``number`` and ``boolean``;
- a release's document has the ``schema`` version key first, and after its fields the keys
  ``to_dict`` computes from it (``facts``): found by writing an empty release, typed by the
  property's return annotation, nullable when a ``to_dict`` switch writes ``null`` instead, and
  required only when ``from_dict`` refuses a document without them.

Descriptions come from the class docstrings and the attribute docstrings (the string literal
under a field), read from the source with :mod:`ast`. A type the script does not know raises an
error naming the class and the field, rather than writing a schema that says nothing.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import inspect
import itertools
import json
import re
import sys
import textwrap
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pressrelease import model, serialize  # noqa: E402 -- the source tree first: the checkout is described
from pressrelease.schema import SCHEMA_VERSION  # noqa: E402

OUTPUT = ROOT / "docs" / "schema" / "release.schema.json"
"""The generated schema, served by the documentation site."""

DRAFT = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]

_NONE = type(None)


def _clean(doc: str) -> str:
    """A docstring as plain one-paragraph-per-line text: reST roles and double backquotes dropped."""
    doc = inspect.cleandoc(doc)
    doc = re.sub(r":(?:attr|class|data|func|meth|mod|obj):`~?([^`]+)`", r"`\1`", doc)
    doc = doc.replace("``", "`")
    paragraphs = [" ".join(p.split()) for p in doc.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def attribute_docs(cls: type) -> dict[str, str]:
    """The attribute docstrings of a class: the string literal written under each annotated field."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    tree = ast.parse(source)
    node = tree.body[0]
    if not isinstance(node, ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    body = node.body
    for stmt, after in itertools.pairwise(body):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[stmt.target.id] = _clean(after.value.value)
    return docs


def member_docs(cls: type) -> dict[str, str]:
    """The docstrings of a class's methods and properties, read from its source."""
    try:
        node = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    except (OSError, TypeError):
        return {}
    if not isinstance(node, ast.ClassDef):
        return {}
    return {
        stmt.name: _clean(ast.get_docstring(stmt) or "")
        for stmt in node.body
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


class Generator:
    """Builds the schema of one root attrs class, collecting every nested class in ``$defs``."""

    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}
        self._owners: dict[str, type] = {}
        self._special: dict[Any, Callable[[], Schema]] = {
            model.Span: self._span,
            dt.datetime: lambda: {"type": "string", "format": "date-time"},
            dt.date: lambda: {"type": "string", "format": "date"},
            str: lambda: {"type": "string"},
            bool: lambda: {"type": "boolean"},
            int: lambda: {"type": "integer"},
            float: lambda: {"type": "number"},
            _NONE: lambda: {"type": "null"},
            Any: lambda: {},
        }

    # -- classes -------------------------------------------------------------------------------

    def ref(self, cls: type) -> Schema:
        """A ``$ref`` to the class's entry in ``$defs``, defining it on first use."""
        name = cls.__name__
        owner = self._owners.setdefault(name, cls)
        if owner is not cls:
            raise TypeError(f"two classes are named {name}: {owner!r} and {cls!r}")
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: a recursive class refers to itself while defined
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> Schema:
        """The schema of an attrs class: its fields, which are required, and nothing else."""
        if not attrs.has(cls):
            raise TypeError(f"{cls!r} is not an attrs class")
        hints = typing.get_type_hints(cls)
        docs = attribute_docs(cls)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            where = f"{cls.__name__}.{field.name}"
            try:
                prop = self.type(hints[field.name])
            except TypeError as e:
                raise TypeError(f"{where}: {e}") from None
            if field.name in docs:
                prop = {"description": docs[field.name], **prop}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                prop["default"] = self.default(field, where)
            properties[field.name] = prop
        out: Schema = {"type": "object"}
        if cls.__doc__:
            out = {"title": cls.__name__, "description": _clean(cls.__doc__), **out}
        out["properties"] = properties
        out["required"] = required
        out["additionalProperties"] = False
        return out

    @staticmethod
    def default(field: attrs.Attribute[Any], where: str) -> Any:
        """A field's default as the wire format writes it."""
        value = field.default
        if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            if value.takes_self:
                raise TypeError(f"{where}: a default that takes self cannot be described")
            value = value.factory()
        return serialize.converter.unstructure(value)

    # -- types ---------------------------------------------------------------------------------

    def type(self, hint: Any) -> Schema:
        """The schema of one type hint."""
        if hint in self._special:
            return self._special[hint]()
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin is typing.Annotated:
            return self.type(args[0])
        if origin is typing.Literal:
            return self.literal(args)
        if origin in (typing.Union, types.UnionType):
            return self.union(args)
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.type(args[0])}
            if args == ((),) or not args:
                return {"type": "array", "maxItems": 0}
            return {
                "type": "array",
                "prefixItems": [self.type(a) for a in args],
                "minItems": len(args),
                "maxItems": len(args),
                "items": False,
            }
        if origin in (list, Sequence) or (
            isinstance(origin, type) and issubclass(origin, Sequence) and origin is not str
        ):
            return {"type": "array", "items": self.type(args[0]) if args else {}}
        if origin in (dict, Mapping):
            key, value = args or (str, Any)
            if key is not str:
                raise TypeError(f"JSON object keys are strings, not {key!r}")
            return {"type": "object", "additionalProperties": self.type(value)}
        alias_type = getattr(typing, "TypeAliasType", None)  # ``type X = ...`` (Python 3.12+)
        if alias_type is not None and isinstance(hint, alias_type):
            return self.type(hint.__value__)
        if isinstance(hint, type) and attrs.has(hint):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for the type {hint!r}")

    @staticmethod
    def literal(values: tuple[Any, ...]) -> Schema:
        """``Literal[...]``: an enum, typed when every value has the same JSON type."""
        names = {str: "string", bool: "boolean", int: "integer", float: "number", _NONE: "null"}
        kinds = {names.get(type(v)) for v in values}
        if None in kinds:
            raise TypeError(f"Literal values must be str, int, float, bool or None: {values!r}")
        out: Schema = {"enum": list(values)}
        if len(kinds) == 1:
            out = {"type": kinds.pop(), **out}
        return out

    def union(self, members: tuple[Any, ...]) -> Schema:
        """``X | Y | None``: plain JSON types merge into one ``type`` list, anything else is ``anyOf``."""
        schemas = [self.type(m) for m in members]
        if all(set(s) == {"type"} and isinstance(s["type"], str) for s in schemas):
            kinds = list(dict.fromkeys(s["type"] for s in schemas))
            return {"type": kinds[0] if len(kinds) == 1 else kinds}
        if all(set(s) <= {"type", "enum"} and "enum" in s for s in schemas):
            values = [v for s in schemas for v in s["enum"]]
            return self.literal(tuple(dict.fromkeys(values)))
        return {"anyOf": schemas}

    # -- the wire format's own encodings -------------------------------------------------------

    def _span(self) -> Schema:
        if "Span" not in self.defs:
            self._owners["Span"] = model.Span
            self.defs["Span"] = {
                "title": "Span",
                "description": _clean(model.Span.__doc__ or "")
                + " Written as a `[start, end]` pair of character offsets (code points), start <= end.",
                "type": "array",
                "prefixItems": [
                    {"type": "integer", "minimum": 0},
                    {"type": "integer", "minimum": 0},
                ],
                "minItems": 2,
                "maxItems": 2,
                "items": False,
            }
        return {"$ref": "#/$defs/Span"}


def derived_keys() -> dict[str, tuple[Any, bool, bool, str]]:
    """Keys ``to_dict`` writes beyond the release's attrs fields (computed properties such as ``facts``).

    Found by writing an empty release. Each is a property of :class:`~pressrelease.Release`; its
    return annotation is the key's type. For each key: the type, whether ``from_dict`` reads a
    document without it (then it is not required), whether a keyword of ``to_dict`` turned off writes
    ``null`` in its place (then null is allowed), and the property's docstring.
    """
    empty = model.Release(text="")
    written = serialize.to_dict(empty)
    fields = {f.name for f in attrs.fields(model.Release)}
    switches = {
        name: p.default
        for name, p in inspect.signature(serialize.to_dict).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and isinstance(p.default, bool)
    }
    out: dict[str, tuple[Any, bool, bool, str]] = {}
    for key in written:
        if key == "schema" or key in fields:
            continue
        # attrs moves a cached_property of a slotted class into a slot and records its return
        # annotation in the class's annotations; a plain property keeps its getter
        attr = inspect.getattr_static(model.Release, key, None)
        getter = attr.fget if isinstance(attr, property) else None
        hints = typing.get_type_hints(getter if getter is not None else model.Release)
        hint = hints.get("return" if getter is not None else key)
        if hint is None:
            raise TypeError(f"to_dict writes {key!r}: not a field nor an annotated property of Release")
        try:
            serialize.from_dict({k: v for k, v in written.items() if k != key})
            optional = True
        except serialize.SchemaError:
            optional = False
        nullable = any(serialize.to_dict(empty, **{s: not on})[key] is None for s, on in switches.items())
        out[key] = (hint, optional, nullable, member_docs(model.Release).get(key, ""))
    return out


def build(root: type = model.Release) -> Schema:
    """The schema of ``root`` as the wire format writes it; for a release, as ``to_dict`` writes it.

    A release's document also has the ``schema`` version key first and the keys computed from it
    (:func:`derived_keys`) after its fields.
    """
    gen = Generator()
    head = {
        "$schema": DRAFT,
        "$comment": "Generated by scripts/gen_schema.py from pressrelease.model; do not edit by hand.",
    }
    if root is not model.Release:  # one class, as it is written inside a release
        ref = gen.type(root)
        return {**head, **ref, "$defs": {name: gen.defs[name] for name in sorted(gen.defs)}}
    body = gen.object(root)
    version = {
        "description": "The version of the wire format; a reader of one version refuses any other.",
        "const": SCHEMA_VERSION,
    }
    properties = {"schema": version, **body["properties"]}
    required = ["schema", *body["required"]]
    for key, (hint, optional, nullable, doc) in derived_keys().items():
        prop = gen.type(hint | None if nullable else hint)
        properties[key] = {"description": doc, **prop} if doc else prop
        if not optional:
            required.append(key)
    return {
        **head,
        "title": f"{SCHEMA_VERSION} release",
        "description": body.get("description", ""),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        "$defs": {name: gen.defs[name] for name in sorted(gen.defs)},
    }


def render(schema: Schema | None = None) -> str:
    """The schema file's text: indented JSON, Chinese kept as is, one trailing newline."""
    return json.dumps(build() if schema is None else schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema, or with ``--check`` report whether the committed one is up to date."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the schema file is out of date")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"where to write (default: {OUTPUT})")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run python scripts/gen_schema.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
