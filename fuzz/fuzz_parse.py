"""Coverage-guided fuzzing of pressrelease.parse with atheris (text, HTML and raw bytes).

Run for N seconds (here 30 minutes), with the example releases as the seed corpus:

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=1800 -timeout=20 -rss_limit_mb=4096 fuzz/corpus examples

A crash is any exception other than the library's documented errors, or a broken invariant
(parts that do not tile the text, a span whose text differs from its element or fact, a JSON round
trip that changes the release or its facts). libFuzzer writes the input to ``crash-…``; copy it into
``tests/fuzz_regressions/`` so that ``tests/test_fuzz_regressions.py`` replays it for ever.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import pressrelease
    import pressrelease.facts  # the library loads these on first use: import them here so they
    import pressrelease.html  # are instrumented too (coverage guides the fuzzer only where it sees)
    import pressrelease.officialdoc
    import pressrelease.outlets
    import pressrelease.pipeline
    from pressrelease.model import FACT_FIELDS, Release


def squash(text: str) -> str:
    """``text`` without white space (as str.isspace() sees it: line separators too) or zero-width marks."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\u200b\u200c\u200d\ufeff")


def check(doc: Release) -> None:
    """The promises every parse keeps (a compact version of tests/helpers.check_release)."""
    pos = 0
    for part in doc.parts:
        assert part.span.start == pos, f"gap or overlap at {pos}"
        pos = part.span.end
    assert pos == len(doc.text), "parts do not reach the end of the text"
    for p in doc.paragraphs:
        assert doc.text[p.span.start : p.span.end] == p.text
    for h in doc.headings:
        assert doc.text[h.span.start : h.span.end] == h.text
    if doc.headline is not None:
        raw = doc.text[doc.headline.span.start : doc.headline.span.end]
        if len(raw.splitlines()) > 1:  # a title wrapped over several lines reads without the breaks
            assert squash(raw) == squash(doc.headline.text)
        else:
            assert raw == doc.headline.text
    facts = doc.facts
    for kind in FACT_FIELDS:
        for fact in facts.of_kind(kind):
            if kind != "quote":  # a quote's text is its words, without the marks
                assert doc.text[fact.span.start : fact.span.end] == fact.text, fact
            assert 0 <= fact.span.start <= fact.span.end <= len(doc.text)
    data = pressrelease.to_dict(doc)
    again = pressrelease.from_dict(data)
    assert again == doc and again.facts == facts


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    if mode == 0:
        check(pressrelease.parse(rest.decode("utf-8", "replace")))
    elif mode == 1:
        check(pressrelease.parse(rest.decode("utf-8", "replace"), kind="html"))
    elif mode == 2:
        check(pressrelease.parse(rest.decode("utf-16-le", "replace"), kind="text"))
    else:
        try:
            doc = pressrelease.parse(rest)
        except (pressrelease.DecodeError, pressrelease.InputTooLarge):
            return
        check(doc)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
