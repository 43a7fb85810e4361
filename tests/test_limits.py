"""Input size and time limits: typed errors, never a partial result; every error under one base class."""

from __future__ import annotations

from typing import Any

import pytest

import pressrelease
from helpers import check_release

RELEASE = (
    "某县召开春耕工作会议\n2021-03-02 09:15 来源：某某网\n"
    "\u3000\u3000会议要求，各乡镇要抓好春耕生产，确保粮食稳产增产。\n"
)


def test_too_large_text_is_refused_before_parsing() -> None:
    limits = pressrelease.Limits(max_chars=len(RELEASE) - 1)
    with pytest.raises(pressrelease.InputTooLarge) as info:
        pressrelease.parse(RELEASE, limits=limits)
    assert info.value.size == len(RELEASE) and info.value.limit == len(RELEASE) - 1
    assert "Limits.max_chars" in str(info.value)


def test_too_large_bytes_counts_bytes() -> None:
    data = RELEASE.encode("utf-8")
    with pytest.raises(pressrelease.InputTooLarge) as info:
        pressrelease.parse(data, limits=pressrelease.Limits(max_chars=len(RELEASE)))
    assert info.value.size == len(data) > len(RELEASE)


def test_at_the_limit_parses() -> None:
    doc = pressrelease.parse(RELEASE, limits=pressrelease.Limits(max_chars=len(RELEASE)))
    assert check_release(doc).headline is not None


def test_limits_switch_off() -> None:
    doc = pressrelease.parse(RELEASE * 3, limits=pressrelease.Limits(max_chars=None, max_seconds=None))
    assert check_release(doc).text == RELEASE * 3


def test_a_parse_past_its_time_raises() -> None:
    big = RELEASE * 20_000
    with pytest.raises(pressrelease.ParseTimeout) as info:
        pressrelease.parse(big, limits=pressrelease.Limits(max_seconds=0.001))
    assert info.value.seconds == 0.001


def test_a_page_past_its_time_raises() -> None:
    page = "<html><body>" + "<p>会议要求，各乡镇要抓好春耕生产。</p>" * 50_000 + "</body></html>"
    with pytest.raises(pressrelease.ParseTimeout):
        pressrelease.parse(page, limits=pressrelease.Limits(max_seconds=0.001))


@pytest.mark.parametrize("bad", [{"max_chars": 0}, {"max_seconds": -1.0}])
def test_limits_must_be_positive(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        pressrelease.Limits(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "error",
    [
        pressrelease.DecodeError,
        pressrelease.InputTypeError,
        pressrelease.InputTooLarge,
        pressrelease.ParseTimeout,
        pressrelease.HtmlSupportMissing,
    ],
)
def test_every_error_has_the_one_base(error: type[Exception]) -> None:
    assert issubclass(error, pressrelease.PressReleaseError)


def _gc_state_during_parse(monkeypatch: pytest.MonkeyPatch, text: str) -> bool:
    """Whether the cyclic collector was on while the pipeline ran on ``text``."""
    import gc

    import pressrelease.pipeline as pipeline

    seen: list[bool] = []
    real = pipeline.parse_text

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_text", spy)
    pressrelease.parse(text)
    assert len(seen) == 1
    return seen[0]


def test_the_collector_pauses_for_large_inputs_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from pressrelease.limits import GC_PAUSE_CHARS

    assert gc.isenabled()
    large = "一、加强组织领导\n" * (GC_PAUSE_CHARS // 9 + 1)
    assert len(large) >= GC_PAUSE_CHARS
    assert _gc_state_during_parse(monkeypatch, large) is False
    assert gc.isenabled()  # switched back on afterwards
    assert _gc_state_during_parse(monkeypatch, "某县召开会议\n会议要求抓好落实。\n") is True


def test_the_collector_comes_back_after_an_error_and_stays_off_when_it_was_off() -> None:
    import gc

    from pressrelease.limits import GC_PAUSE_CHARS

    with pytest.raises(pressrelease.DecodeError):
        pressrelease.parse(b"\xff" * GC_PAUSE_CHARS)  # not decodable: raised inside the pause
    assert gc.isenabled()
    gc.disable()
    try:
        pressrelease.parse("一、加强组织领导\n" * (GC_PAUSE_CHARS // 9 + 1))
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()
