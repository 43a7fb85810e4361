"""How fast pressrelease is, against a floor measured on the same inputs in the same run.

One run prints:

1. the parse time of every release in ``../shared/corpus`` (``.txt`` and ``.html`` apart): the median per
   release over ``--repeat`` runs, then the median, 90th percentile and maximum over the releases. Every
   timed parse is cold: pressrelease's per-line memo caches are emptied first (untimed), as for a new
   release in a pipeline; the median of warm re-parses of the same file is printed beside it;
2. the ratio of each release's time to a *floor* timed on the same file in the same round: reading the
   bytes, decoding them (UTF-8, else GB18030), splitting the lines and one regex pass over the text
   (``regex.finditer(r"[：:]", text)`` consumed); for HTML also a bare selectolax (Lexbor) parse of the page.
   The parse is timed the same way, from reading the file: ``pressrelease.parse(path.read_bytes())``;
3. the seed release ``cri/cri-20200307-longxian.txt``: its time and its ratio to the floor (target <= 5x),
   and the same with the facts extracted too (``parse(...).facts``, target <= 12x); the corpus medians
   of the parse with facts are printed with 1-2;
4. the import time of pressrelease in fresh interpreters, with bytecode cached as for an installed
   package (``PYTHONPYCACHEPREFIX`` set to a temporary folder that a first import fills): the cumulative
   microseconds that ``python -X importtime`` reports for ``pressrelease`` (with the biggest
   contributors), and the wall time of ``python -c "import pressrelease"`` minus ``python -c "pass"``,
   medians of ``--import-runs`` (target < 60 ms, on the median wall time; the fastest runs are shown too);
5. the peak memory of parsing a 10 MB text input (realistic releases, 10 MiB of UTF-8 bytes): the
   tracemalloc peak in this process and the ru_maxrss growth in a fresh subprocess, each divided by the
   input's size in bytes (target <= 20x);

and a summary of which targets are met. Run it from the repository root:

    python benchmarks/speed.py
    python benchmarks/speed.py --repeat 7 --json

Times 1-3 are CPU seconds (``time.process_time``), so that other processes on a shared machine do not
blur them; import times are wall-clock, as a user waits for them. Ratios are meant to be read within one
run: the floor meets the same machine as the parse.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import regex

try:
    import pressrelease
except ImportError:  # running from a checkout without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import pressrelease

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED = "cri/cri-20200307-longxian.txt"
TARGET_SEED_RATIO = 5.0
TARGET_FACTS_RATIO = 12.0
TARGET_IMPORT_MS = 60.0
TARGET_MEMORY_RATIO = 20.0
MEMORY_INPUT_BYTES = 10 * 1024 * 1024
_COLON = regex.compile(r"[：:]")


def _complexity() -> ModuleType:
    """benchmarks/complexity.py, for its realistic release generator."""
    path = Path(__file__).resolve().parent / "complexity.py"
    spec = importlib.util.spec_from_file_location("_pressrelease_complexity", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _no_time_limit() -> dict[str, Any]:
    """Keyword arguments that switch the parse's time limit off, where the library has one."""
    limits = getattr(pressrelease, "Limits", None)
    if limits is None:
        return {}
    return {"limits": limits(max_chars=None, max_seconds=None)}


# ---------------------------------------------------------------------------------------------------
# 1-3: corpus times against the floor


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030", "replace")


def floor_text(path: Path) -> None:
    text = _decode(path.read_bytes())
    text.splitlines()
    for _ in _COLON.finditer(text):
        pass


def floor_html(path: Path, parser: Callable[[str], Any]) -> None:
    text = _decode(path.read_bytes())
    parser(text)
    text.splitlines()
    for _ in _COLON.finditer(text):
        pass


def parse_file(path: Path) -> None:
    pressrelease.parse(path.read_bytes())


def parse_with_facts(path: Path) -> None:
    _ = pressrelease.parse(path.read_bytes()).facts


def _timed(fn: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    """CPU seconds of ``fn()`` (``time.process_time``: other processes on a shared machine do not count)."""
    if before is not None:
        before()  # not timed
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def corpus_times(
    files: list[Path], repeat: int, html_parser: Callable[[str], Any] | None
) -> list[dict[str, Any]]:
    """Per file: the median parse time (cold: the library's memo caches emptied first, as for a new
    release; and warm: the same file parsed again) and the median floor time, interleaved in every round."""
    clear = _complexity().clear_caches
    rows = []
    for path in files:
        is_html = path.suffix == ".html"
        if is_html and html_parser is None:
            continue
        floor: Callable[[], object] = (
            functools.partial(floor_html, path, html_parser)
            if is_html and html_parser is not None
            else functools.partial(floor_text, path)
        )
        parse: Callable[[], object] = functools.partial(parse_file, path)
        with_facts: Callable[[], object] = functools.partial(parse_with_facts, path)
        with_facts()  # warm-up: file cache, memoised rules, the place table
        floor()
        p_times, w_times, f_times, x_times = [], [], [], []
        for _ in range(repeat):
            p_times.append(_timed(parse, clear))
            w_times.append(_timed(parse))
            f_times.append(_timed(floor))
            x_times.append(_timed(with_facts, clear))
        p, f, x = statistics.median(p_times), statistics.median(f_times), statistics.median(x_times)
        rows.append(
            {
                "file": str(path.relative_to(CORPUS)),
                "kind": "html" if is_html else "txt",
                "bytes": path.stat().st_size,
                "parse_s": p,
                "parse_warm_s": statistics.median(w_times),
                "floor_s": f,
                "ratio": p / f if f > 0 else float("inf"),
                "facts_s": x,
                "facts_ratio": x / f if f > 0 else float("inf"),
            }
        )
    return rows


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q * (len(values) - 1))))
    return values[k]


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("txt", "html"):
        sel = [r for r in rows if r["kind"] == kind]
        if not sel:
            continue
        p = [r["parse_s"] for r in sel]
        f = [r["floor_s"] for r in sel]
        ratios = [r["ratio"] for r in sel]
        slowest = max(sel, key=lambda r: r["ratio"])
        out[kind] = {
            "releases": len(sel),
            "median_bytes": statistics.median(r["bytes"] for r in sel),
            "parse_median_s": statistics.median(p),
            "parse_p90_s": _pct(p, 0.9),
            "parse_max_s": max(p),
            "parse_warm_median_s": statistics.median(r["parse_warm_s"] for r in sel),
            "floor_median_s": statistics.median(f),
            "ratio_median": statistics.median(ratios),
            "ratio_p90": _pct(ratios, 0.9),
            "ratio_max": slowest["ratio"],
            "ratio_max_file": slowest["file"],
            "ratio_of_totals": sum(p) / sum(f),
            "facts_median_s": statistics.median(r["facts_s"] for r in sel),
            "facts_ratio_median": statistics.median(r["facts_ratio"] for r in sel),
        }
    return out


# ---------------------------------------------------------------------------------------------------
# 4: import time


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a child process; ``env`` None inherits this one's environment."""
    return subprocess.run(args, capture_output=True, text=True, check=True, env=env)


def cached_env(prefix: str) -> dict[str, str]:
    """The environment of an installed package: bytecode written once (to ``prefix``), then read."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def importtime(runs: int, env: dict[str, str] | None) -> dict[str, Any]:
    """``-X importtime``: pressrelease's cumulative µs (median) and the biggest contributors of one run."""
    cumulative: list[int] = []
    parsed_runs: list[list[tuple[int, int, int, str]]] = []
    _run([sys.executable, "-c", "import pressrelease"], env)  # warm the file cache (and the bytecode cache)
    for _ in range(runs):
        err = _run([sys.executable, "-X", "importtime", "-c", "import pressrelease"], env).stderr
        rows = []
        for line in err.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            parts = line[len("import time:") :].split("|")
            self_us, cum_us, name = int(parts[0]), int(parts[1]), parts[2]
            depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
            rows.append((self_us, cum_us, depth, name.strip()))
        parsed_runs.append(rows)
        top = [r for r in rows if r[3] == "pressrelease" and r[2] == 0]
        cumulative.append(top[-1][1] if top else 0)
    med = statistics.median(cumulative)
    lines_of_median = parsed_runs[min(range(runs), key=lambda i: abs(cumulative[i] - med))]
    # the subtree of pressrelease: the lines printed between the previous top-level import and it
    end = max(i for i, r in enumerate(lines_of_median) if r[3] == "pressrelease" and r[2] == 0)
    start = end
    while start > 0 and lines_of_median[start - 1][2] > 0:
        start -= 1
    subtree = lines_of_median[start : end + 1]
    by_self = sorted(subtree, key=lambda r: -r[0])[:10]
    children = sorted((r for r in subtree if r[2] == 1), key=lambda r: -r[1])[:10]
    own = [r for r in subtree if r[3].startswith("pressrelease")]
    return {
        "pressrelease_cumulative_us": med,
        "runs_us": cumulative,
        "top_self_us": [{"module": r[3], "self_us": r[0], "cumulative_us": r[1]} for r in by_self],
        "top_children_cumulative_us": [{"module": r[3], "cumulative_us": r[1]} for r in children],
        "pressrelease_modules_self_us": sum(r[0] for r in own),
        "third_party_and_stdlib_self_us": sum(r[0] for r in subtree) - sum(r[0] for r in own),
    }


def import_wall(runs: int, env: dict[str, str] | None) -> dict[str, Any]:
    """Median wall time of ``-c "import pressrelease"`` and of ``-c "pass"``, interleaved."""
    imp, bare = [], []
    _run([sys.executable, "-c", "import pressrelease"], env)  # warm the file cache and the .pyc files
    for _ in range(runs):
        t0 = time.perf_counter()
        _run([sys.executable, "-c", "import pressrelease"], env)
        imp.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        _run([sys.executable, "-c", "pass"], env)
        bare.append(time.perf_counter() - t0)
    return {
        "import_median_s": statistics.median(imp),
        "pass_median_s": statistics.median(bare),
        "delta_ms": (statistics.median(imp) - statistics.median(bare)) * 1e3,
        "delta_min_ms": (min(imp) - min(bare)) * 1e3,
    }


# ---------------------------------------------------------------------------------------------------
# 5: peak memory

_LAUNCH = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"
_RSS_CHILD = r"""
import gc, json, resource, sys, time
import pressrelease
data = open(sys.argv[1], "rb").read()
kwargs = {}
if hasattr(pressrelease, "Limits"):
    kwargs["limits"] = pressrelease.Limits(max_chars=None, max_seconds=None)
pressrelease.parse(b"2020-03-07 16:21:56\xe6\x9d\xa5\xe6\xba\x90:x\n", **kwargs)  # warm up, lazy imports
gc.collect()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
doc = pressrelease.parse(data, **kwargs)
seconds = time.perf_counter() - t0
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before_kb": before, "after_kb": after, "seconds": seconds, "parts": len(doc.parts)}))
"""


def memory_input() -> bytes:
    """About 10 MiB of UTF-8: realistic plain-text releases, repeated (complexity.py's family a)."""
    text = _complexity().fam_release_text(MEMORY_INPUT_BYTES // 2)
    raw = text.encode("utf-8")[:MEMORY_INPUT_BYTES]
    return raw.decode("utf-8", "ignore").encode("utf-8")


def peak_memory(raw: bytes) -> dict[str, Any]:
    kwargs = _no_time_limit()
    pressrelease.parse(raw[:2000].decode("utf-8", "ignore").encode("utf-8"), **kwargs)
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    doc = pressrelease.parse(raw, **kwargs)
    _, peak = tracemalloc.get_traced_memory()
    retained, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    parts = len(doc.parts)
    del doc
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.txt"
        path.write_bytes(raw)
        # Linux hands a process's peak RSS down through fork and exec, so a child of this (large)
        # process would start with this process's peak as its ru_maxrss; a small intermediate
        # process gives the measuring one a clean start
        child = _run(
            [sys.executable, "-c", _LAUNCH, sys.executable, "-c", _RSS_CHILD, str(path)],
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    rss = json.loads(child.stdout)
    rss_delta = (rss["after_kb"] - rss["before_kb"]) * 1024  # Linux: ru_maxrss is in KiB
    n = len(raw)
    return {
        "input_bytes": n,
        "input_chars": len(raw.decode("utf-8")),
        "parts": parts,
        "tracemalloc_peak_bytes": peak - base,
        "tracemalloc_retained_bytes": retained - base,
        "tracemalloc_ratio": (peak - base) / n,
        "rss_delta_bytes": rss_delta,
        "rss_ratio": rss_delta / n,
        "subprocess_parse_s": rss["seconds"],
    }


# ---------------------------------------------------------------------------------------------------


def _ms(s: float) -> str:
    return f"{s * 1e3:.2f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per release (median), default 5")
    ap.add_argument("--import-runs", type=int, default=11, help="fresh interpreters per import figure (11)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt/.html releases")
    ap.add_argument("--skip-memory", action="store_true", help="skip the 10 MB peak-memory measurement")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        raise SystemExit(f"no corpus at {corpus} (expected ../shared/corpus beside the repository)")
    try:
        from selectolax.lexbor import LexborHTMLParser

        html_parser: Callable[[str], Any] | None = LexborHTMLParser
    except ImportError:
        html_parser = None
        print("selectolax is missing: HTML releases skipped (pip install -e '.[html]')", file=sys.stderr)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())
    log(f"timing {len(files)} releases, {args.repeat} runs each")
    rows = corpus_times(files, args.repeat, html_parser)
    summary = summarise(rows)
    seed = next((r for r in rows if r["file"] == SEED), None)
    log("import time")
    with tempfile.TemporaryDirectory() as prefix:
        env = cached_env(prefix)
        imp = importtime(args.import_runs, env)
        wall = import_wall(args.import_runs, env)
    as_is = None
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        # this environment never writes bytecode: every import of a source checkout compiles it again
        as_is = {**importtime(args.import_runs, None), **import_wall(args.import_runs, None)}
    mem = None
    if not args.skip_memory:
        log("peak memory of a 10 MB input")
        mem = peak_memory(memory_input())

    targets = {
        "seed_ratio": (seed["ratio"] <= TARGET_SEED_RATIO) if seed else None,
        "seed_facts_ratio": (seed["facts_ratio"] <= TARGET_FACTS_RATIO) if seed else None,
        "import_ms": wall["delta_ms"] < TARGET_IMPORT_MS,
        "memory_ratio": (max(mem["tracemalloc_ratio"], mem["rss_ratio"]) <= TARGET_MEMORY_RATIO)
        if mem
        else None,
    }
    if args.json:
        print(
            json.dumps(
                {
                    "python": platform.python_version(),
                    "pressrelease": pressrelease.__version__,
                    "repeat": args.repeat,
                    "corpus": summary,
                    "seed": seed,
                    "import": {**imp, **wall},
                    "import_without_bytecode_cache": as_is,
                    "memory": mem,
                    "targets_met": targets,
                    "releases": rows,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0

    version = f"pressrelease {pressrelease.__version__}, Python {platform.python_version()}"
    print(f"{version}, {args.repeat} runs per release")
    print()
    print("1-2. corpus: median time per release, and its ratio to the floor (same file, same round)")
    head = ("kind", "n", "median", "p90", "max", "floor med", "x floor", "p90 x", "max x")
    widths = (6, 4, 11, 11, 11, 11, 9, 8, 8)
    print(f"{head[0]:<6}" + "".join(f"{h:>{w}}" for h, w in zip(head[1:], widths[1:], strict=True)))
    for kind, s in summary.items():
        cells = (
            str(s["releases"]),
            _ms(s["parse_median_s"]),
            _ms(s["parse_p90_s"]),
            _ms(s["parse_max_s"]),
            _ms(s["floor_median_s"]),
            f"{s['ratio_median']:.1f}x",
            f"{s['ratio_p90']:.1f}x",
            f"{s['ratio_max']:.1f}x",
        )
        print(f"{kind:<6}" + "".join(f"{c:>{w}}" for c, w in zip(cells, widths[1:], strict=True)))
    for kind, s in summary.items():
        print(
            f"  {kind}: re-parsing the same file (memo caches warm): median {_ms(s['parse_warm_median_s'])}"
        )
    for kind, s in summary.items():
        print(
            f"  {kind}: highest ratio {s['ratio_max']:.1f}x on {s['ratio_max_file']}; "
            f"ratio of totals {s['ratio_of_totals']:.1f}x"
        )
    for kind, s in summary.items():
        print(
            f"  {kind}: with the facts extracted too: median {_ms(s['facts_median_s'])}, "
            f"{s['facts_ratio_median']:.1f}x the floor"
        )
    print("  floor: read + decode + splitlines + one regex pass [：:] (+ a bare selectolax parse for HTML)")
    print()
    print(f"3. seed release {SEED}")
    if seed:
        print(
            f"   parse {_ms(seed['parse_s'])}, floor {_ms(seed['floor_s'])}: {seed['ratio']:.1f}x the floor "
            f"(target <= {TARGET_SEED_RATIO:g}x)"
        )
        print(
            f"   with the facts: {_ms(seed['facts_s'])}, {seed['facts_ratio']:.1f}x the floor "
            f"(target <= {TARGET_FACTS_RATIO:g}x)"
        )
        print(
            f"   re-parsing it with the memo caches warm: {_ms(seed['parse_warm_s'])}, "
            f"{seed['parse_warm_s'] / seed['floor_s']:.1f}x the floor"
        )
    else:
        print("   not found in the corpus")
    print()
    print("4. import time")
    cum_ms = imp["pressrelease_cumulative_us"] / 1e3
    own_ms = imp["pressrelease_modules_self_us"] / 1e3
    deps_ms = imp["third_party_and_stdlib_self_us"] / 1e3
    print(f"   -X importtime: pressrelease cumulative {cum_ms:.1f} ms (median of {args.import_runs} runs)")
    print(f"   of which pressrelease's own modules {own_ms:.1f} ms self, what they import {deps_ms:.1f} ms")
    print(
        f"   wall: import pressrelease {_ms(wall['import_median_s'])} - pass {_ms(wall['pass_median_s'])}"
        f" = {wall['delta_ms']:.1f} ms (target < {TARGET_IMPORT_MS:g} ms)"
    )
    print(f"   fastest import minus fastest bare interpreter: {wall['delta_min_ms']:.1f} ms")
    print("   biggest contributors (self time, cumulative time):")
    for r in imp["top_self_us"]:
        print(f"     {r['self_us'] / 1e3:8.1f} ms {r['cumulative_us'] / 1e3:8.1f} ms  {r['module']}")
    print("   direct imports of pressrelease (cumulative):")
    for r in imp["top_children_cumulative_us"]:
        print(f"     {r['cumulative_us'] / 1e3:8.1f} ms  {r['module']}")
    if as_is is not None:
        print(
            "   with no bytecode cache (PYTHONDONTWRITEBYTECODE is set here: a checkout compiles each time):"
        )
        print(
            f"     -X importtime cumulative {as_is['pressrelease_cumulative_us'] / 1e3:.1f} ms, "
            f"wall delta {as_is['delta_ms']:.1f} ms"
        )
    print()
    if mem:
        mib = 2**20
        size = f"{mem['input_bytes'] / mib:.1f} MiB of UTF-8 ({mem['input_chars']:,} characters)"
        print(f"5. peak memory parsing {size}")
        print(
            f"   tracemalloc peak {mem['tracemalloc_peak_bytes'] / mib:.0f} MiB = "
            f"{mem['tracemalloc_ratio']:.1f}x the input "
            f"(retained by the result: {mem['tracemalloc_retained_bytes'] / mib:.0f} MiB)"
        )
        print(
            f"   ru_maxrss growth in a subprocess {mem['rss_delta_bytes'] / mib:.0f} MiB = "
            f"{mem['rss_ratio']:.1f}x the input (the parse took {mem['subprocess_parse_s']:.1f} s there)"
        )
        print(f"   target <= {TARGET_MEMORY_RATIO:g}x")
        print()
    print("summary")
    labels = {
        "seed_ratio": f"seed release at most {TARGET_SEED_RATIO:g}x the floor",
        "seed_facts_ratio": f"seed release with facts at most {TARGET_FACTS_RATIO:g}x the floor",
        "import_ms": f"import under {TARGET_IMPORT_MS:g} ms (wall, minus a bare interpreter)",
        "memory_ratio": f"peak memory at most {TARGET_MEMORY_RATIO:g}x a 10 MB input (both measures)",
    }
    for key, label in labels.items():
        met = targets[key]
        print(f"   {'MET    ' if met else 'not met' if met is not None else 'skipped'}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
