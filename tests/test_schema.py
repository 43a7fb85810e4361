"""The JSON Schema of the wire format (docs/schema/release.schema.json).

It is generated from the model by scripts/gen_schema.py; these tests check that the committed file
is what the script writes today, that it accepts every release the parser produces (the examples,
an HTML page, Hypothesis-generated texts) and every value the model classes can hold, and that it
rejects broken documents.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pressrelease
from pressrelease import model
from pressrelease.serialize import converter
from test_properties import any_text, mutated_releases, releases

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
SCHEMA_FILE = ROOT / "docs" / "schema" / "release.schema.json"


def _load_generator() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("gen_schema", ROOT / "scripts" / "gen_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_schema", module)
    spec.loader.exec_module(module)
    return module


gen = _load_generator()

# -- formats: checked strictly (jsonschema only checks date-time with an optional package) -------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")

formats = jsonschema.FormatChecker(formats=())


@formats.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # formats constrain strings only
    if not _DATE.fullmatch(value):
        raise ValueError(f"not an ISO 8601 date: {value!r}")
    dt.date.fromisoformat(value)
    return True


@formats.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.fullmatch(value):
        raise ValueError(f"not an RFC 3339 date-time with an offset: {value!r}")
    dt.datetime.fromisoformat(value)
    return True


SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=formats)


def errors(document: Any, validator: Any = VALIDATOR) -> list[str]:
    """Every validation error, as ``path: message``."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]


# -- the file -------------------------------------------------------------------------------------


def test_committed_schema_is_current() -> None:
    """docs/schema/release.schema.json is exactly what scripts/gen_schema.py writes."""
    assert SCHEMA_FILE.read_text(encoding="utf-8") == gen.render(), "run python scripts/gen_schema.py"


def test_check_flag_reports_a_stale_file(tmp_path: Path) -> None:
    """``--check`` passes on the current text and fails on anything else."""
    target = tmp_path / "release.schema.json"
    assert gen.main(["--output", str(target)]) == 0
    assert gen.main(["--check", "--output", str(target)]) == 0
    target.write_text(target.read_text(encoding="utf-8").replace("pressrelease/", "pressrelease/0"))
    assert gen.main(["--check", "--output", str(target)]) == 1


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["schema"]["const"] == pressrelease.SCHEMA_VERSION


def test_schema_describes_every_key_in_order() -> None:
    """The top-level properties are the keys ``to_dict`` writes, in the order it writes them."""
    d = pressrelease.to_dict(pressrelease.parse(EXAMPLES[0].read_bytes()))
    assert list(SCHEMA["properties"]) == list(d)
    assert SCHEMA["additionalProperties"] is False
    for name, definition in SCHEMA["$defs"].items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


def test_every_model_class_reachable_from_release_has_a_definition() -> None:
    """Each attrs class a release can hold is one ``$defs`` entry, named after it."""
    reachable: set[str] = set()

    def walk(hint: Any) -> None:
        if isinstance(hint, type) and attrs.has(hint):
            if hint.__name__ in reachable:
                return
            reachable.add(hint.__name__)
            for h in typing.get_type_hints(hint).values():
                walk(h)
        for arg in typing.get_args(hint):
            walk(arg)

    walk(model.Release)
    for hint, *_ in gen.derived_keys().values():  # keys such as facts, computed from the release
        walk(hint)
    assert set(SCHEMA["$defs"]) == reachable - {"Release"}


# -- it accepts what the parser writes ------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_releases_validate(path: Path) -> None:
    d = pressrelease.to_dict(pressrelease.parse(path.read_bytes()))
    assert errors(d) == []
    assert errors(json.loads(json.dumps(d))) == []  # and once through JSON text


PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某县召开春耕生产工作会议</title></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/xw/">新闻动态</a></div>
<div class="article">
<h1>某县召开春耕生产工作会议</h1>
<p class="info">发布时间：2024-03-12 10:00　来源：某县人民政府网</p>
<p>　　3月11日，某县召开春耕生产工作会议，安排部署农资供应和技术服务工作。</p>
<p>　　会议要求，各乡镇要抓好田间管理，确保春耕生产有序推进。</p>
</div>
<div class="footer"><p>版权所有：某县人民政府</p></div>
</body></html>
"""


def test_html_release_validates() -> None:
    pytest.importorskip("selectolax")
    d = pressrelease.to_dict(pressrelease.parse(PAGE.encode("utf-8")))
    assert d["input_kind"] == "html" and d["markup"], "the page's markup lines are described too"
    assert errors(d) == []


# at most 500 examples: these parse as the property tests do; the schema needs fewer to be exercised
FEW = settings(max_examples=min(settings.default.max_examples, 500))


@FEW
@given(any_text)
def test_any_text_validates(text: str) -> None:
    assert errors(pressrelease.to_dict(pressrelease.parse(text))) == []


@FEW
@given(st.one_of(releases().map(lambda r: r.text), mutated_releases()))
def test_synthetic_releases_validate(text: str) -> None:
    assert errors(pressrelease.to_dict(pressrelease.parse(text))) == []


# -- it accepts every value the model can hold ----------------------------------------------------

BEIJING = dt.timezone(dt.timedelta(hours=8))


def values(hint: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Any value of a type hint of the model, built from the hint alone (nested classes included)."""
    if hint is model.Span:
        return st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(lambda p: model.Span(*sorted(p)))
    simple: dict[Any, st.SearchStrategy[Any]] = {
        str: st.text(max_size=6),
        int: st.integers(-(2**40), 2**40),
        float: st.floats(allow_nan=False, allow_infinity=False),
        bool: st.booleans(),
        type(None): st.none(),
        dt.datetime: st.datetimes(timezones=st.sampled_from((BEIJING, dt.timezone.utc))),
        dt.date: st.dates(),
    }
    if hint in simple:
        return simple[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal:
        return st.sampled_from(args)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if depth < 3 or a is type(None)] or list(args)
        return st.one_of([values(a, depth) for a in members])
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            if depth >= 3:
                return st.just(())
            return st.lists(values(args[0], depth + 1), max_size=2).map(tuple)
        return st.tuples(*(values(a, depth) for a in args))
    if isinstance(hint, type) and attrs.has(hint):
        hints = typing.get_type_hints(hint)
        fields = {f.alias: values(hints[f.name], depth + 1) for f in attrs.fields(hint) if f.init}
        return st.builds(hint, **fields)
    raise TypeError(f"no strategy for {hint!r}")


MODEL_CLASSES = [
    cls
    for cls in (getattr(model, name) for name in model.__all__)
    if isinstance(cls, type) and attrs.has(cls) and cls is not model.Release  # Release: above
]


def as_json(value: Any) -> Any:
    """A value as it comes back from JSON text (tuples become arrays)."""
    return json.loads(json.dumps(value))


@settings(max_examples=60)
@given(values(model.Release))
def test_any_release_value_validates(release: model.Release) -> None:
    """Every release the model can hold, whatever the parser would make of it, fits the schema.

    Its fields, with the derived keys (``outlet``, ``document``, ``facts``) null: computing them on
    random values is not the point here, and their classes are checked one by one below.
    """
    fields = converter.unstructure(release, model.Release)
    derived = dict.fromkeys(model.DERIVED)
    assert errors(as_json({"schema": pressrelease.SCHEMA_VERSION, **fields, **derived})) == []


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=[c.__name__ for c in MODEL_CLASSES])
def test_every_model_class_has_a_schema(cls: type) -> None:
    """The generator describes any class of the model, reachable from Release or not (yet)."""
    schema = gen.build(cls)
    validator = jsonschema.Draft202012Validator(schema, format_checker=formats)
    validator.check_schema(schema)

    @settings(max_examples=15)
    @given(values(cls))
    def check(value: Any) -> None:
        assert errors(as_json(converter.unstructure(value, cls)), validator) == []

    check()


# -- it rejects broken documents ------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    """A valid document with most keys filled in."""
    d = pressrelease.to_dict(pressrelease.parse((ROOT / "examples" / "xinhua_dispatch.txt").read_bytes()))
    assert d["headline"] and d["dateline"] and d["outlet"] and d["sections"]
    return d


def _broken(d: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``d`` with the key at ``path`` (``a/0/b``) set to ``value``, or deleted."""
    out = json.loads(json.dumps(d))
    *parents, last = path.split("/")
    node: Any = out
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is _DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return out


_DELETE = object()

BROKEN = [
    ("text", _DELETE, "a missing required key"),
    ("schema", _DELETE, "no schema version"),
    ("headline/span", _DELETE, "a nested required key missing"),
    ("sections/0/paragraphs/0/text", _DELETE, "a paragraph without its text"),
    ("schema", "pressrelease/2", "another schema version"),
    ("text", 3, "a number for a string"),
    ("editors", "祁书言", "a string for an array"),
    ("headline", "标题", "a string for an object"),
    ("headline/span", [0], "a span of one offset"),
    ("headline/span", [0, 20, 30], "a span of three offsets"),
    ("headline/span", ["0", "20"], "a span of strings"),
    ("headline/span", [-1, 20], "a negative offset"),
    ("headline/kicker", {"text": "引题"}, "a deck without its span"),
    ("published", "yesterday", "a date that is not ISO 8601"),
    ("published", "2023-06-01T18:02:11", "a datetime without its offset"),
    ("dateline/resolved_date", "2023-06-01T18:02:11+08:00", "a datetime where a date goes"),
    ("outlet/confidence", "high", "a string for a number"),
    ("sections/0/paragraphs/0/lead", 1, "a number for a nullable string"),
    ("parts/0/rule", [], "an array for a nullable string"),
    ("typo", 1, "a key the schema does not define"),
    ("dateline/agencey", "新华社", "a misspelt nested key"),
]


@pytest.mark.parametrize(("path", "value", "what"), BROKEN, ids=[b[2] for b in BROKEN])
def test_broken_documents_are_rejected(document: dict[str, Any], path: str, value: Any, what: str) -> None:
    assert errors(document) == []
    assert errors(_broken(document, path, value)), f"{what} was accepted"


def test_a_missing_optional_key_is_accepted(document: dict[str, Any]) -> None:
    """Keys with a default may be left out, as ``from_dict`` accepts; it fills in the default."""
    d = _broken(document, "boilerplate", _DELETE)
    assert errors(d) == []
    assert pressrelease.from_dict(d).boilerplate is None


# -- the generator handles any attrs class and typing construct -----------------------------------


@attrs.frozen
class _Leaf:
    """A leaf."""

    when: dt.date
    label: Literal["a", "b"] = "a"
    """Which one."""


@attrs.frozen
class _Tree:
    """A tree of every construct the generator knows."""

    name: str
    pair: tuple[int, str]
    scores: dict[str, float]
    items: list[_Leaf]
    children: tuple[_Tree, ...] = ()
    parent: _Tree | None = None
    mixed: int | str | None = None
    stamp: dt.datetime | None = None
    span: model.Span | None = None
    tags: tuple[str, ...] = attrs.field(factory=lambda: ("x",))


def test_generator_handles_every_construct() -> None:
    schema = gen.build(_Tree)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$ref"] == "#/$defs/_Tree"
    tree = schema["$defs"]["_Tree"]["properties"]
    assert schema["$defs"]["_Tree"]["required"] == ["name", "pair", "scores", "items"]
    assert tree["pair"]["prefixItems"] == [{"type": "integer"}, {"type": "string"}]
    assert tree["scores"] == {"type": "object", "additionalProperties": {"type": "number"}}
    assert tree["items"]["items"] == {"$ref": "#/$defs/_Leaf"}
    assert tree["children"]["items"] == {"$ref": "#/$defs/_Tree"}, "a class refers to itself"
    assert tree["mixed"]["type"] == ["integer", "string", "null"]
    assert tree["tags"]["default"] == ["x"], "a factory default, as the wire format writes it"
    leaf = schema["$defs"]["_Leaf"]
    assert leaf["properties"]["label"] == {
        "description": "Which one.",
        "type": "string",
        "enum": ["a", "b"],
        "default": "a",
    }
    assert leaf["properties"]["when"] == {"type": "string", "format": "date"}
    validator = jsonschema.Draft202012Validator(schema, format_checker=formats)
    value = _Tree(
        "t", (1, "x"), {"k": 0.5}, [_Leaf(dt.date(2024, 1, 2))], children=(_Tree("c", (2, "y"), {}, []),)
    )
    assert errors(as_json(converter.unstructure(value)), validator) == []
    assert errors(as_json({**converter.unstructure(value), "pair": [1]}), validator), "a pair of one"


def test_generator_refuses_a_type_it_cannot_describe() -> None:
    @attrs.frozen
    class Odd:
        blob: bytes

    with pytest.raises(TypeError, match=r"Odd\.blob"):
        gen.build(Odd)
