"""Batches: parse_many and parse_files keep input order, turn every failure into a record, stay lazy."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressrelease
from helpers import check_release
from pressrelease.batch import BatchError, Input, Result, parse_files, parse_many

RELEASE = (
    "陕西陇县：“三抓三做”打好战“疫”战贫两场硬仗\n"
    "2020-03-07 16:21:56来源:中央广电总台国际在线编辑:柳洪华责编:孙东临\n"
    "\n"
    "\u3000\u3000国际在线陕西消息：连日来，陕西省宝鸡市陇县坚持一手抓疫情防控，一手抓复工复产。\n"
    "\n"
    "\u3000\u3000一、抓难点堵点\n"
    "\n"
    "\u3000\u3000走进陇县苏陕工业园标准化厂房建设项目工地，机器轰鸣，工人们戴着口罩正在忙碌施工。\n"
)
OTHER = (
    "某县“两抓”促春耕\n2020-03-08 09:00来源:某某网编辑:张三\n\n"
    "\u3000\u3000本报讯（记者 李四）连日来，某县组织群众开展春耕生产，各项工作有序推进。\n"
)
PAGE = (
    "<html><head><meta charset='gbk'></head><body><h1>某县召开春耕工作会议</h1>"
    "<p>会议要求，各乡镇要抓好春耕生产，确保粮食稳产增产。</p></body></html>"
)
JUNK = b"\x80\xff\x00\xfe" * 10  # neither UTF-8 nor GB18030, and no byte-order mark

WORKERS = [1, 2]
FORK = multiprocessing.get_start_method() == "fork"
needs_fork = pytest.mark.skipif(
    not FORK, reason="worker processes see a monkeypatched parser only when they are forked"
)


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    """Three files: UTF-8 text, GB18030 text, a GBK-declared HTML page."""
    paths = [tmp_path / "longxian.txt", tmp_path / "other.txt", tmp_path / "page.html"]
    paths[0].write_text(RELEASE, encoding="utf-8")
    paths[1].write_bytes(OTHER.encode("gb18030"))
    paths[2].write_bytes(PAGE.encode("gbk"))
    return paths


def _expected(data: str | bytes) -> pressrelease.Release:
    return check_release(pressrelease.parse(data))


@pytest.mark.parametrize("workers", WORKERS)
def test_paths_are_files_str_and_bytes_are_content(files: list[Path], workers: int) -> None:
    inputs: list[Input] = [files[0], OTHER, OTHER.encode("gbk"), files[2], RELEASE]
    results = list(parse_many(inputs, workers=workers, chunksize=2))
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.source for r in results] == [str(files[0]), None, None, str(files[2]), None]
    assert all(r.ok and r.error is None for r in results)
    want = [
        _expected(RELEASE.encode("utf-8")),
        _expected(OTHER),
        _expected(OTHER.encode("gbk")),
        _expected(PAGE.encode("gbk")),
        _expected(RELEASE),
    ]
    assert [r.release for r in results] == want
    assert want[2].encoding == "gb18030" and want[1].encoding is None, "bytes decoded, str taken as is"
    assert want[3].input_kind == "html"


@pytest.mark.parametrize("workers", WORKERS)
def test_order_is_kept_over_many_chunks(files: list[Path], workers: int) -> None:
    paths = [files[i % 3] for i in range(40)]
    results = list(parse_files(paths, workers=workers, chunksize=3))
    assert [r.index for r in results] == list(range(40))
    assert [r.source for r in results] == [str(p) for p in paths]
    by_file = {str(p): _expected(p.read_bytes()) for p in files}
    assert all(r.release == by_file[str(p)] for r, p in zip(results, paths, strict=True))


def test_parse_files_takes_str_as_a_path_parse_many_as_content(files: list[Path]) -> None:
    name = str(files[1])
    (as_file,) = parse_files([name])
    assert as_file.source == name
    assert as_file.release == _expected(OTHER.encode("gb18030"))
    (as_text,) = parse_many([name])
    assert as_text.source is None
    assert as_text.release is not None and as_text.release.text == name


@pytest.mark.parametrize("workers", WORKERS)
def test_failures_are_records_and_the_batch_goes_on(tmp_path: Path, files: list[Path], workers: int) -> None:
    missing = tmp_path / "missing.txt"
    inputs: list[object] = [missing, tmp_path, JUNK, 42, files[0]]
    results = list(parse_many(inputs, workers=workers))  # type: ignore[arg-type]
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.ok for r in results] == [False, False, False, False, True]
    errors = [r.error for r in results[:4]]
    assert errors[:2] == [
        BatchError(str(missing), "FileNotFoundError", "No such file or directory", "read"),
        BatchError(str(tmp_path), "IsADirectoryError", "Is a directory", "read"),
    ]
    junk, wrong = errors[2:]
    assert junk is not None and (junk.label, junk.type, junk.stage) == ("<input 2>", "DecodeError", "decode")
    assert "GB18030" in junk.message
    not_int = "an input is a str, bytes or os.PathLike, not int"
    assert wrong == BatchError("<input 3>", "InputTypeError", not_int, "parse")
    assert all(r.release is None for r in results[:4])
    assert results[4].release == _expected(RELEASE.encode("utf-8"))


def _explosive_parse(monkeypatch: pytest.MonkeyPatch, trigger: str, explode: str) -> None:
    """Make ``pressrelease.parse`` misbehave on the content ``trigger``: raise, or kill its process."""
    real = pressrelease.parse

    def parse(data: str | bytes, **kwargs: object) -> pressrelease.Release:
        if data == trigger:
            if explode == "raise":
                raise RuntimeError("the parser tripped")
            os._exit(3)
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pressrelease, "parse", parse)


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=needs_fork)])
def test_an_unexpected_exception_is_a_crash_record(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    _explosive_parse(monkeypatch, "boom", "raise")
    results = list(parse_many([OTHER, "boom", RELEASE], workers=workers))
    assert [r.ok for r in results] == [True, False, True]
    error = results[1].error
    assert error is not None
    assert (error.label, error.type, error.message, error.stage) == (
        "<input 1>",
        "RuntimeError",
        "the parser tripped",
        "crash",
    )
    assert error.detail is not None and "Traceback" in error.detail and "RuntimeError" in error.detail
    assert results[2].release == _expected(RELEASE)


@needs_fork
def test_a_dead_worker_costs_only_its_own_input(monkeypatch: pytest.MonkeyPatch) -> None:
    _explosive_parse(monkeypatch, "die", "exit")
    inputs = [OTHER] * 9 + ["die"] + [RELEASE] * 9 + ["die", OTHER]
    results = list(parse_many(inputs, workers=2, chunksize=3))
    assert [r.index for r in results] == list(range(len(inputs)))
    dead = [r.index for r in results if not r.ok]
    assert dead == [9, 19], "only the inputs that killed their worker fail"
    for r in results:
        if r.error is not None:
            assert r.error.type == "BrokenProcessPool" and r.error.stage == "crash"
    expected = {OTHER: _expected(OTHER), RELEASE: _expected(RELEASE)}
    assert all(r.release == expected[inputs[r.index]] for r in results if r.ok)


class _Counted:
    """A long source of inputs that counts how many were taken."""

    def __init__(self, size: int = 100_000) -> None:
        self.size = size
        self.taken = 0

    def __iter__(self) -> Iterator[Input]:
        for _ in range(self.size):
            self.taken += 1
            yield OTHER


@pytest.mark.parametrize(("workers", "chunksize", "window"), [(1, 8, 1), (2, 3, 2 * 2 * 3)])
def test_inputs_are_taken_lazily(workers: int, chunksize: int, window: int) -> None:
    already = set(multiprocessing.active_children())
    source = _Counted()
    results = parse_many(source, workers=workers, chunksize=chunksize)
    assert source.taken == 0, "nothing happens before the first result is asked for"
    first = [next(results) for _ in range(5)]
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    assert source.taken <= 5 + window, "at most a window of inputs is in flight"
    results.close()
    assert set(multiprocessing.active_children()) <= already, "closing the iterator stops the workers"


def test_arguments_are_checked_when_called() -> None:
    with pytest.raises(ValueError, match="workers"):
        parse_many([], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        parse_files([], chunksize=0)
    with pytest.raises(ValueError, match="kind"):
        parse_many([], kind="pdf")  # type: ignore[arg-type]


def test_workers_none_means_one_per_cpu() -> None:
    results = list(parse_many([OTHER, RELEASE], workers=None))
    assert [r.release for r in results] == [_expected(OTHER), _expected(RELEASE)]


def test_kind_is_passed_on() -> None:
    (result,) = parse_many([PAGE], kind="text")
    assert result.release is not None
    assert result.release.input_kind == "text" and "<h1>" in result.release.text


def test_a_result_holds_a_release_or_an_error() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Result(0, None)
    error = BatchError("<input 0>", "DecodeError", "bad bytes", "decode")
    with pytest.raises(ValueError, match="exactly one"):
        Result(0, None, release=_expected(OTHER), error=error)
    assert not Result(0, None, error=error).ok


def test_eager_results_carry_their_derived_analyses_across_processes() -> None:
    """With eager=True the worker computes publisher, document fields and facts, and they travel
    with the release (pickled), so the parent does not compute them again."""
    texts = [RELEASE_TEXT_FOR_EAGER.replace("某县", name) for name in ("甲县", "乙县", "丙县")]
    eager = [r.release for r in pressrelease.parse_many(texts, workers=2, eager=True)]
    lazy = [r.release for r in pressrelease.parse_many(texts, workers=2)]
    for e, lz in zip(eager, lazy, strict=True):
        assert e is not None and lz is not None
        assert set(e.derived()) == {"outlet", "document", "facts"}
        assert lz.derived() == {}
        assert e == lz
        assert e.facts == lz.facts and e.outlet == lz.outlet  # computed here for the lazy one


RELEASE_TEXT_FOR_EAGER = (
    "某县新建厂房10万平方米\n2021-05-06 09:00来源：某某网编辑：张三\n\n"
    "　　新华社北京5月6日电　某县今年计划投资3.5亿元，新建标准化厂房10万平方米，带动就业2000余人。\n"
)
