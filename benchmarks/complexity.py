"""How parse time grows with input size: DESIGN.md promise 3, "time is linear", measured.

For sizes doubling from 1 KB to about 10 MB (1 KB = 1024 characters), every family of inputs below
is built at that size and ``pressrelease.parse`` is timed on it in CPU time (``time.process_time``,
so that other processes on a shared machine do not blur the ratios), every run with pressrelease's
memo caches emptied first, as for a new document. Each size gets one untimed warm-up run, then the
best of the timed runs: the first pass up the sizes times each 1 to 5 times, then ``--repeats`` - 1
more passes (2 by default) time every size once again, down then up, so that a burst of load or an
unlucky allocator state lands on one run of a size rather than on all of them. On glibc Linux the
script re-runs itself with the allocator pinned (``PINNED_ALLOCATOR``: freed memory is kept and
reused, as in a long-running worker; ``--no-pin`` keeps the defaults).
The table gives the time per size and, for every doubling, the
ratio time(2n)/time(n): about 2 for a linear parse, about 4 for a quadratic one. Per family it
reports the worst ratio (over the doublings whose smaller time is at least ``--min-time``, below
which timer noise dominates), the slope of log(time) against log(size) over the larger half of the
sizes (1 = linear, 2 = quadratic) and a verdict.

Families (all text is invented; ids select them with ``--families``; ``d`` selects d1 and d2):

    a   a realistic plain-text release (headline, glued byline, dateline, 一、/（一） headings,
        paragraphs, credits, copyright notice), releases repeated up to the size
    a2  one such release whose body (headings and paragraphs) runs to the size: a long report
    b   the same releases as one HTML page (<p> paragraphs inside a few divs)
    c   one single line of Chinese prose with no line break
    d1  "来源:" repeated               d2  ":" repeated
    e1  "（" repeated    e2  "【" repeated    e3  "(" repeated
    f   thousands of "一、标题" heading lines
    g   blank and white-space-only lines (\\n, \\u3000, \\xa0 mixed)
    h   an HTML page of nested tables ("<table><tr><td>" 12 levels deep, with text), repeated
    h2  one HTML table nest whose depth grows with the size (the depth is size / ~45)
    i   random bytes decoded as latin-1
    j   short lines that look like bylines and credits (责任编辑：张三 …)
    k   two short unnumbered heading lines (heading, subheading) before each paragraph
    l   official notices (公文) one after another: number, addressees, paragraphs, organ, date
    l2  a release of short paragraphs, each followed by a signature: organ and date lines
    m   a headline and byline, then one short sentence per line (thousands of tiny paragraphs)

A family whose next size is predicted to take longer than ``--cap`` seconds (from its last time and
last ratio) stops there, and the table says so: a super-linear family is reported, not hidden.

Run it from the repository root:

    python benchmarks/complexity.py                      # every family, up to ~10 MB
    python benchmarks/complexity.py --max-mb 1 --families a,c,d
    python benchmarks/complexity.py --json               # the same figures as JSON
    python benchmarks/complexity.py --profile            # and cProfile the slowest family, largest size
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import math
import os
import platform
import pstats
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

try:
    import pressrelease
except ImportError:  # running from a checkout without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import pressrelease

KB = 1024

# ---------------------------------------------------------------------------------------------------
# Invented vocabulary for realistic releases (no text is copied from any real release)

_PLACES = (
    "某省某县", "某市某区", "东山县", "南河市", "西岭镇", "青石县", "北川区", "云溪县", "长丰市", "白水镇",
)  # fmt: skip
_CITIES = ("北京", "上海", "南京", "成都", "西安", "武汉", "长沙", "昆明", "兰州", "福州")
_OUTLETS = ("某某网", "某省日报", "某市新闻网", "某某在线", "某县融媒体中心", "某某时报")
_NAMES = (
    "张三", "李四", "王五", "赵六", "陈明", "刘洋", "周平", "吴静", "郑华", "孙丽", "马军", "朱红",
    "胡涛", "林芳", "何强", "高峰", "罗敏", "梁晨",
)  # fmt: skip
_NUM_SLOGANS = ("两手抓", "三抓三做", "四个到位", "五个一", "三个结合", "六稳六保")
_TOPICS = (
    "春耕生产", "复工复产", "疫情防控", "脱贫攻坚", "乡村振兴", "营商环境", "社区治理", "就业服务",
    "安全生产", "生态保护", "项目建设", "民生保障",
)  # fmt: skip
_SUBJECTS = (
    "全县各级党组织", "有关部门", "各乡镇", "县农业农村局", "市人社局", "广大党员干部", "驻村工作队",
    "当地企业", "志愿服务队", "基层干部", "社区工作者", "技术人员",
)  # fmt: skip
_VERBS = ("积极组织", "深入推进", "全力保障", "扎实开展", "持续加强", "统筹做好", "认真落实", "主动对接")
_OBJECTS = (
    "春季田间管理", "重点项目建设", "返岗务工人员输送", "农资调运供应", "线上招聘服务", "防控物资储备",
    "困难群众帮扶", "企业融资对接", "技能培训工作", "环境卫生整治",
)  # fmt: skip
_CLAUSES = (
    "确保各项工作有序推进", "为全面完成年度目标提供坚实保障", "切实把各项措施落到实处",
    "群众满意度不断提升", "取得了阶段性成效", "形成了上下联动的工作格局",
)  # fmt: skip
_HEAD_VERBS = ("抓", "强化", "做好", "聚焦", "突出", "推动")
_ORDINALS = "一二三四五六七八九十"


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(4)
    subject, verb, obj = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)
    if kind == 0:
        return f"{subject}{verb}{obj}，{rng.choice(_CLAUSES)}。"
    if kind == 1:
        n = rng.randrange(2, 999)
        money = f"{rng.randrange(1, 90)}.{rng.randrange(10)}"
        return f"截至目前，{subject}已完成{obj}{n}项，累计投入资金{money}亿元。"
    if kind == 2:
        who = rng.choice(_NAMES)
        return f"负责人{who}说：“我们将{verb}{obj}，{rng.choice(_CLAUSES)}。”"
    return f"{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日，{subject}召开会议，研究部署{obj}等工作。"


def _paragraph(rng: random.Random) -> str:
    return "".join(_sentence(rng) for _ in range(rng.randrange(2, 6)))


@dataclass
class _Release:
    headline: str
    byline: str
    dateline: str
    body: list[tuple[str, str]]
    """(kind, text): kind is "h1" (一、), "h2" (（一）) or "p"."""
    credit: str
    notice: list[str]


def _release(rng: random.Random) -> _Release:
    place = rng.choice(_PLACES)
    slogan = rng.choice(_NUM_SLOGANS)
    topic = rng.choice(_TOPICS)
    y, mo, d = rng.randrange(2015, 2024), rng.randrange(1, 13), rng.randrange(1, 29)
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    editor, chief = rng.sample(_NAMES, 2)
    byline = (
        f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}来源:{rng.choice(_OUTLETS)}编辑:{editor}责编:{chief}"
    )
    r1, r2 = rng.sample(_NAMES, 2)
    dateline = f"新华社{rng.choice(_CITIES)}{mo}月{d}日电（记者 {r1} {r2}）"
    body: list[tuple[str, str]] = [("p", _paragraph(rng))]
    for i in range(rng.randrange(2, 5)):
        body.append(("h1", f"{_ORDINALS[i]}、{rng.choice(_HEAD_VERBS)}{rng.choice(_OBJECTS)}"))
        for k in range(rng.randrange(0, 3)):
            body.append(("h2", f"（{_ORDINALS[k]}）{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}"))
            body.extend(("p", _paragraph(rng)) for _ in range(rng.randrange(1, 3)))
        body.extend(("p", _paragraph(rng)) for _ in range(rng.randrange(1, 3)))
    credit = rng.choice(
        (
            f"（供稿 {rng.choice(_PLACES)}委宣传部 编辑 {editor}）",
            f"【责任编辑：{editor}】",
            f"（责编：{editor}、{chief}）",
        )
    )
    outlet = rng.choice(_OUTLETS)
    notice = [
        "版权声明",
        f"1、凡本网注明“来源：{outlet}”的所有作品，版权均属于{outlet}，未经书面授权，任何单位及个人不得转载、摘编或以其他方式使用。",
        "2、凡本网注明“来源：XXX（非本网）”的作品，均转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。",
    ]
    return _Release(f"{place}：“{slogan}”推动{topic}见实效", byline, dateline, body, credit, notice)


def _release_text(rel: _Release) -> str:
    out = [rel.headline, rel.byline, ""]
    first = True
    for kind, t in rel.body:
        if kind == "p" and first:
            out.append(f"\u3000\u3000{rel.dateline}{t}")
            first = False
        else:
            out.append(f"\u3000\u3000{t}")
        out.append("")
    out.extend([rel.credit, "", *rel.notice, "", ""])
    return "\n".join(out)


def _release_html(rel: _Release, k: int) -> str:
    paras: list[str] = []
    first = True
    for kind, t in rel.body:
        if kind == "p" and first:
            paras.append(f"<p>\u3000\u3000{rel.dateline}{t}</p>")
            first = False
        elif kind == "p":
            paras.append(f"<p>\u3000\u3000{t}</p>")
        else:
            paras.append(f"<p><strong>{t}</strong></p>")
    body = "\n".join(paras)
    notice = "".join(f"<p>{t}</p>" for t in rel.notice)
    return (
        f'<div class="article" id="a{k}">\n<h1>{rel.headline}</h1>\n'
        f'<div class="info"><span>{rel.byline}</span> <a href="#">【打印】</a></div>\n'
        f'<div class="content">\n{body}\n<p class="editor">{rel.credit}</p>\n</div>\n'
        f'<div class="notice">{notice}</div>\n</div>\n'
    )


# ---------------------------------------------------------------------------------------------------
# Families: each builds an input of about ``n`` characters, deterministically


def _fill(n: int, make: Callable[[int], str]) -> str:
    """Concatenate ``make(k)`` for k = 0, 1, … until ``n`` characters, cut at ``n``."""
    chunks: list[str] = []
    size = 0
    k = 0
    while size < n:
        c = make(k)
        chunks.append(c)
        size += len(c)
        k += 1
    return "".join(chunks)[:n]


def fam_release_text(n: int) -> str:
    rng = random.Random(1)
    return _fill(n, lambda _k: _release_text(_release(rng)))


_HTML_HEAD = (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{title}_某某网</title>\n'
    '<meta name="publishdate" content="2020-03-07 16:21:56">\n<style>p {{ margin: 0 }}</style>\n'
    '<script>var x = "<p>不是正文</p>";</script>\n</head>\n<body>\n'
    '<div class="top"><a href="/">首页</a> | <a href="/news">新闻中心</a> | '
    '<a href="/gov">政务公开</a></div>\n'
    '<div class="main">\n<div class="left">\n'
)
_HTML_TAIL = (
    '</div>\n<div class="right"><ul><li><a href="#">相关新闻一</a></li>'
    '<li><a href="#">相关新闻二</a></li></ul></div>\n'
    '</div>\n<div class="footer"><p>网站地图 | 联系我们</p><p>某ICP备00000000号</p></div>\n</body>\n</html>\n'
)


def _html_page(n: int, block: Callable[[int], str], title: str = "某县推动春耕生产见实效") -> str:
    head = _HTML_HEAD.format(title=title)
    inner = n - len(head) - len(_HTML_TAIL)
    chunks: list[str] = []
    size = 0
    k = 0
    while size < inner or k == 0:
        c = block(k)
        chunks.append(c)
        size += len(c)
        k += 1
    return head + "".join(chunks) + _HTML_TAIL


def fam_release_html(n: int) -> str:
    rng = random.Random(1)
    return _html_page(n, lambda k: _release_html(_release(rng), k))


def fam_long_release(n: int) -> str:
    """One release whose body runs to the size: a long report, its notice only at the very end."""
    rng = random.Random(2)
    first = _release(rng)
    head = f"{first.headline}\n{first.byline}\n\n\u3000\u3000{first.dateline}{_paragraph(rng)}\n"
    tail = f"\n{first.credit}\n\n" + "\n".join(first.notice) + "\n"

    def chunk(k: int) -> str:
        rel = _release(rng)
        lines = [f"{_han_number(k % 99 + 1)}、{rng.choice(_HEAD_VERBS)}{rng.choice(_OBJECTS)}"]
        lines.extend(t for kind, t in rel.body[1:] if kind != "h1")
        return "\n".join(f"\u3000\u3000{t}" for t in lines) + "\n"

    body = _fill(max(0, n - len(head) - len(tail)), chunk)
    return head + body + tail


def fam_heading_pairs(n: int) -> str:
    """Two short unnumbered heading lines (a heading and its subheading) before each paragraph."""
    rng = random.Random(11)

    def chunk(_k: int) -> str:
        return (
            f"{rng.choice(_HEAD_VERBS)}{rng.choice(_OBJECTS)}\n"
            f"做{rng.choice(_TOPICS)}“服务员”\n"
            f"\u3000\u3000{_paragraph(rng)}\n"
        )

    return _fill(n, chunk)


def fam_notices(n: int) -> str:
    """Official notices (公文) one after another: number, addressees, paragraphs, signing organ and date."""
    rng = random.Random(12)

    def chunk(k: int) -> str:
        place = rng.choice(_PLACES)
        y, mo, d = rng.randrange(2015, 2024), rng.randrange(1, 13), rng.randrange(1, 29)
        paras = "".join(f"\u3000\u3000{_paragraph(rng)}\n" for _ in range(rng.randrange(1, 4)))
        return (
            f"{place}人民政府关于做好{rng.choice(_TOPICS)}工作的通知\n"
            f"某政发〔{y}〕{k % 200 + 1}号\n"
            "各乡镇人民政府，县政府各部门：\n"
            f"{paras}"
            f"{place}人民政府\n"
            f"{y}年{mo}月{d}日\n"
            "（此件公开发布）\n"
        )

    return _fill(n, chunk)


def fam_short_paragraphs(n: int) -> str:
    """A headline and byline, then one short sentence per line: thousands of tiny paragraphs."""
    rng = random.Random(13)
    head = f"某县推动春耕生产见实效\n2020-03-07 16:21:56来源:某某网编辑:{rng.choice(_NAMES)}\n\n"
    return head + _fill(max(0, n - len(head)), lambda _k: f"{rng.choice(_SUBJECTS)}到位。\n")


def fam_signed_paragraphs(n: int) -> str:
    """A release whose short paragraphs each close with a signature: organ and date lines (公文 furniture)."""
    rng = random.Random(14)
    head = f"某县推动春耕生产见实效\n2020-03-07 16:21:56来源:某某网\n\n\u3000\u3000{_paragraph(rng)}\n"

    def chunk(k: int) -> str:
        return (
            f"{rng.choice(_PLACES)}人民政府\n{2000 + k % 24}年{k % 12 + 1}月{k % 28 + 1}日\n"
            f"\u3000\u3000{rng.choice(_SUBJECTS)}认真落实各项措施。\n"
        )

    return head + _fill(max(0, n - len(head)), chunk)


def fam_single_line(n: int) -> str:
    rng = random.Random(3)
    return _fill(n, lambda _k: _sentence(rng))


def fam_source_colons(n: int) -> str:
    return ("来源:" * (n // 3 + 1))[:n]


def fam_colons(n: int) -> str:
    return ":" * n


def fam_fw_parens(n: int) -> str:
    return "（" * n


def fam_lenticular(n: int) -> str:
    return "【" * n


def fam_ascii_parens(n: int) -> str:
    return "(" * n


def _han_number(k: int) -> str:
    """1..99 in Chinese numerals: 一, 十, 十一, 二十, 九十九."""
    tens, ones = divmod(k, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _ORDINALS[tens - 1] + "十"
    return head + (_ORDINALS[ones - 1] if ones else "")


def fam_headings(n: int) -> str:
    rng = random.Random(6)

    def line(k: int) -> str:
        return f"{_han_number(k % 99 + 1)}、{rng.choice(_HEAD_VERBS)}{rng.choice(_OBJECTS)}\n"

    return _fill(n, line)


def fam_blank_lines(n: int) -> str:
    pieces = ("\n", "\u3000\n", "\xa0\n", " \u3000\xa0\n", "\u3000\u3000\n", "\t\n", "\r\n")
    rng = random.Random(7)
    return _fill(n, lambda _k: rng.choice(pieces))


_TABLE_DEPTH = 12


def _nested_table(depth: int, label: str) -> str:
    opens = "".join(f"<table><tr><td>第{i + 1}层{label}表格文字内容。" for i in range(depth))
    closes = "</td></tr></table>" * depth
    return opens + closes + "\n"


def fam_nested_tables(n: int) -> str:
    return _html_page(n, lambda k: _nested_table(_TABLE_DEPTH, f"第{k}块"), "表格页面")


def fam_deep_table(n: int) -> str:
    depth = max(1, n // 45)
    head = _HTML_HEAD.format(title="表格页面")
    return head + _nested_table(depth, "") + _HTML_TAIL


def fam_random_latin1(n: int) -> str:
    rng = random.Random(9)  # 1 KB chunks: every size is a prefix of the next one
    return _fill(n, lambda _k: rng.randbytes(KB).decode("latin-1"))


def fam_credit_lines(n: int) -> str:
    rng = random.Random(10)
    forms = (
        "责任编辑：{a}",
        "编辑：{a}",
        "责编：{a}、{b}",
        "来源：{o}",
        "记者 {a} {b}",
        "【责任编辑：{a}】",
        "（完）",
        "文/{a} 图/{b}",
        "2020-03-07 16:21:56来源:{o}编辑:{a}",
        "（供稿 {o} 编辑 {a}）",
    )

    def line(_k: int) -> str:
        a, b = rng.sample(_NAMES, 2)
        return rng.choice(forms).format(a=a, b=b, o=rng.choice(_OUTLETS)) + "\n"

    return _fill(n, line)


@dataclass(frozen=True)
class Family:
    id: str
    description: str
    build: Callable[[int], str]


FAMILIES: tuple[Family, ...] = (
    Family("a", "realistic text releases, repeated", fam_release_text),
    Family("a2", "one release with a body of the whole size", fam_long_release),
    Family("b", "the same releases as one HTML page", fam_release_html),
    Family("c", "one line of Chinese prose, no line break", fam_single_line),
    Family("d1", '"来源:" repeated', fam_source_colons),
    Family("d2", '":" repeated', fam_colons),
    Family("e1", '"（" repeated', fam_fw_parens),
    Family("e2", '"【" repeated', fam_lenticular),
    Family("e3", '"(" repeated', fam_ascii_parens),
    Family("f", '"一、标题" heading lines', fam_headings),
    Family("g", "blank / white-space-only lines", fam_blank_lines),
    Family("h", f"HTML, tables nested {_TABLE_DEPTH} deep, repeated", fam_nested_tables),
    Family("h2", "HTML, one table nest, depth ~ size/45", fam_deep_table),
    Family("i", "random bytes as latin-1", fam_random_latin1),
    Family("j", "byline/credit-like short lines", fam_credit_lines),
    Family("k", "pairs of short heading lines, paragraphs", fam_heading_pairs),
    Family("l", "official notices (公文) one after another", fam_notices),
    Family("l2", "short paragraphs, each signed (organ, date)", fam_signed_paragraphs),
    Family("m", "byline, then one short sentence per line", fam_short_paragraphs),
)
BY_ID = {f.id: f for f in FAMILIES}


def select(spec: str | None) -> list[Family]:
    """Families named in a comma-separated list; a bare letter selects its numbered variants too."""
    if not spec:
        return list(FAMILIES)
    chosen: list[Family] = []
    for word in (w.strip() for w in spec.split(",")):
        if not word:
            continue
        hits = [f for f in FAMILIES if f.id == word or (f.id.rstrip("0123456789") == word)]
        if not hits:
            raise SystemExit(f"unknown family {word!r}; known: {', '.join(BY_ID)}")
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


# ---------------------------------------------------------------------------------------------------
# Timing


def clear_caches() -> None:
    """Empty pressrelease's per-release memos (the rules' line caches).

    The rules memoise per line of text within one parse, and :func:`pressrelease.parse` empties those
    memos as it starts, so every parse is cold already; this makes it explicit before a timed run.
    One-time tables stay built, as in a pipeline's long-running worker: compiled patterns, the
    publisher index, the place table (their cost is paid by the first release of a process and is
    not a per-release cost).
    """
    from pressrelease.pipeline import _forget_lines

    _forget_lines()


def time_once(data: str) -> float:
    """CPU seconds of one cold parse (``time.process_time``): other processes on a shared machine do
    not count, which keeps the ratios steady; the parse is single-threaded, so CPU time is its time."""
    clear_caches()
    gc.collect()
    gc.freeze()  # collections during the parse walk its own objects only, as in a fresh worker
    try:
        t0 = time.process_time()
        pressrelease.parse(data)
        return time.process_time() - t0
    finally:
        gc.unfreeze()


def best_time(data: str, *, max_runs: int = 5) -> tuple[float, int]:
    """Best of a few runs: up to ``max_runs`` under 50 ms, 3 under 0.5 s, 2 under 3 s, else 1.

    One untimed run comes first. The first parse of an input of a new size runs several times
    slower than the next ones (``（`` repeated, 1 MB: 45 ms, then 10 ms each time): the process is
    given fresh memory pages for the larger objects, which later runs reuse. That cost is linear
    too, but whether a size pays it depends on the sizes measured before, so without the warm-up
    single doublings showed ratios of 3× followed by 1.2×.
    """
    time_once(data)
    best = time_once(data)
    runs = 1
    want = max_runs if best < 0.05 else 3 if best < 0.5 else 2 if best < 3 else 1
    while runs < min(want, max_runs):
        best = min(best, time_once(data))
        runs += 1
    return best, runs


@dataclass
class Row:
    kb: int
    chars: int
    seconds: float
    runs: int
    ratio: float | None = None
    """time(this size) / time(previous size), None for the first size."""


@dataclass
class FamilyResult:
    id: str
    description: str
    rows: list[Row] = field(default_factory=list)
    stopped: str | None = None
    worst_ratio: float | None = None
    worst_at_kb: int | None = None
    slope: float | None = None
    verdict: str = "?"


def _slope(rows: list[Row]) -> float | None:
    """Least-squares slope of log(time) on log(chars) over the larger half of the sizes."""
    pts = [(math.log(r.chars), math.log(r.seconds)) for r in rows if r.seconds > 0]
    pts = pts[len(pts) // 2 :]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


def verdict(rows: list[Row], slope: float | None, min_time: float) -> str:
    """From the slope over the larger sizes and the last two doublings (one jump alone is content)."""
    last = [
        r.ratio
        for r, before in zip(rows[1:], rows[:-1], strict=False)
        if r.ratio is not None and before.seconds >= min_time
    ]
    last = last[-2:]
    if slope is None and not last:
        return "too fast to judge"
    if (slope is not None and slope > 1.4) or (len(last) == 2 and min(last) > 2.8):
        return "SUPER-LINEAR"
    if (slope is not None and slope > 1.15) or (last and max(last) > 2.6):
        return "borderline"
    return "linear"


def measure(
    fam: Family,
    sizes_kb: list[int],
    *,
    cap: float,
    min_time: float,
    log: Callable[[str], None],
    repeats: int = 3,
) -> FamilyResult:
    """Time ``fam`` at every size: a first pass up the sizes (stopping at ``cap``), then ``repeats``
    - 1 more passes over all the sizes; the best run of each size counts.

    The extra passes time every size once more, descending then ascending, rather than repeating
    one size back to back: a burst of load from other processes on a shared machine then lands on
    one run of several sizes instead of on every run of one size, and the allocator's state differs
    between the runs of a size (timing ``(`` × 8 M right after × 4 M took 150 ms, three times in a
    row; after a pass down and up again, 92 ms). The best of the runs is clear of both. The ratios
    are computed from the best times, after the last pass.
    """
    res = FamilyResult(fam.id, fam.description)
    inputs: dict[int, str] = {}
    prev: Row | None = None
    for kb in sizes_kb:
        if prev is not None:
            growth = max(2.0, prev.ratio or 2.0)
            predicted = prev.seconds * growth * (kb * KB / prev.chars) / 2
            if predicted > cap:
                res.stopped = (
                    f"stopped before {kb} KB: one run predicted at {predicted:.0f} s (> --cap {cap:g} s)"
                )
                log(f"  {fam.id}: {res.stopped}")
                break
        data = fam.build(kb * KB)
        try:
            seconds, runs = best_time(data)
        except pressrelease.PressReleaseError as e:  # the parse's own time limit, for one
            res.stopped = f"stopped at {kb} KB: {type(e).__name__}: {e}"
            log(f"  {fam.id}: {res.stopped}")
            break
        row = Row(kb, len(data), seconds, runs)
        _set_ratio(row, prev)
        res.rows.append(row)
        inputs[kb] = data
        log(f"  {fam.id} {kb:>6} KB {seconds * 1e3:10.2f} ms" + (f"  x{row.ratio:.2f}" if row.ratio else ""))
        prev = row
    for extra in range(2, repeats + 1):
        # every size again, in the other direction each pass: the allocator's state (glibc moves
        # its mmap threshold as blocks are freed) then differs from one run of a size to the next,
        # and a size that met a slow state once is timed again in another
        order = res.rows[::-1] if extra % 2 == 0 else res.rows
        for row in order:
            row.seconds = min(row.seconds, time_once(inputs[row.kb]))
            row.runs += 1
        log(f"  {fam.id} pass {extra}: every size timed again")
    inputs.clear()
    for row, before in zip(res.rows[1:], res.rows[:-1], strict=False):
        _set_ratio(row, before)
    if repeats > 1 and len(res.rows) > 1:
        log(
            f"  {fam.id} best of {repeats}+: "
            + " ".join(f"x{r.ratio:.2f}" for r in res.rows if r.ratio is not None)
        )
    reliable = [
        (r.ratio, r.kb)
        for r, before in zip(res.rows[1:], res.rows[:-1], strict=False)
        if r.ratio is not None and before.seconds >= min_time
    ]
    if reliable:
        res.worst_ratio, res.worst_at_kb = max(reliable)
    res.slope = _slope([r for r in res.rows if r.seconds >= min_time])
    res.verdict = verdict(res.rows, res.slope, min_time)
    return res


def _set_ratio(row: Row, prev: Row | None) -> None:
    """time(row) / time(prev), normalised by the actual size ratio (HTML pages are not exactly 2×)."""
    if prev is not None and prev.seconds > 0 and row.chars:
        row.ratio = row.seconds / prev.seconds * (2 * prev.chars / row.chars)


def sizes_up_to(max_mb: float) -> list[int]:
    out = [1]
    while out[-1] * 2 <= max_mb * 1024:
        out.append(out[-1] * 2)
    return out


def _fmt_time(s: float) -> str:
    if s < 1e-3:
        return f"{s * 1e6:.0f}µs"
    if s < 1:
        return f"{s * 1e3:.1f}ms"
    return f"{s:.2f}s"


def _fmt_kb(kb: int) -> str:
    return f"{kb}K" if kb < 1024 else f"{kb // 1024}M"


def print_table(results: list[FamilyResult], sizes_kb: list[int], out: Any = sys.stdout) -> None:
    w = 9
    print("CPU time per parse (best of runs); below it, time(2n)/time(n) for each doubling", file=out)
    print(f"{'family':<7}" + "".join(f"{_fmt_kb(kb):>{w}}" for kb in sizes_kb), file=out)
    for res in results:
        by_kb = {r.kb: r for r in res.rows}
        print(
            f"{res.id:<7}"
            + "".join(f"{_fmt_time(by_kb[kb].seconds) if kb in by_kb else '-':>{w}}" for kb in sizes_kb),
            file=out,
        )
        print(
            f"{'  x':<7}"
            + "".join(
                f"{(f'{by_kb[kb].ratio:.2f}' if kb in by_kb and by_kb[kb].ratio else ''):>{w}}"
                for kb in sizes_kb
            ),
            file=out,
        )
    print(file=out)
    print(
        f"{'family':<7}{'description':<42}{'largest':>8}{'µs/KB':>9}{'worst x':>9}{'at':>7}{'slope':>7}"
        "  verdict",
        file=out,
    )
    for res in results:
        last = res.rows[-1] if res.rows else None
        per_kb = f"{last.seconds * 1e6 / last.kb:.0f}" if last else "-"
        worst = f"{res.worst_ratio:.2f}" if res.worst_ratio is not None else "-"
        at = _fmt_kb(res.worst_at_kb) if res.worst_at_kb else "-"
        slope = f"{res.slope:.2f}" if res.slope is not None else "-"
        print(
            f"{res.id:<7}{res.description[:41]:<42}{_fmt_kb(last.kb) if last else '-':>8}{per_kb:>9}"
            f"{worst:>9}{at:>7}{slope:>7}  {res.verdict}",
            file=out,
        )
    for res in results:
        if res.stopped:
            print(f"note: {res.id}: {res.stopped}", file=out)
    print(
        "worst x: over doublings whose smaller time is >= --min-time; slope: log-log fit over the larger half"
        " of the sizes (1 linear, 2 quadratic).",
        file=out,
    )


def parse_unlimited(data: str) -> object:
    """``pressrelease.parse`` without its time limit (profiling slows a parse down several times)."""
    limits = getattr(pressrelease, "Limits", None)
    if limits is None:
        return pressrelease.parse(data)
    return pressrelease.parse(data, limits=limits(max_chars=None, max_seconds=None))


def _where(frame: Any) -> str:
    code = frame.f_code
    path = Path(code.co_filename)
    return f"{path.parent.name}/{path.name}:{frame.f_lineno} {code.co_name}"


def sample_lines(data: str, interval: float = 0.001, top: int = 12) -> list[tuple[str, str, float]]:
    """Where the parse spends its CPU time, line by line: a profiling timer (``ITIMER_PROF``) interrupts
    it every ``interval`` CPU seconds and the innermost pressrelease frame is counted. This names what
    cProfile cannot (``x in some_list``, a slice, a comprehension inside a long function, which pattern
    a shared ``apply`` runs and for which caller). Returns (where, source line, share of the samples);
    empty where the platform has no profiling timer."""
    import collections
    import linecache
    import signal

    if not hasattr(signal, "setitimer"):
        return []
    counts: collections.Counter[tuple[str, str, int]] = collections.Counter()

    def on_tick(_signum: int, frame: Any) -> None:
        while frame is not None and "pressrelease" not in frame.f_code.co_filename:
            frame = frame.f_back
        if frame is None:
            return
        label = ""
        if frame.f_code.co_name in ("apply", "finditer", "regex") and frame.f_back is not None:
            # a pattern table's shared helper: name the pattern, charge the caller's line
            label = f"[{getattr(frame.f_locals.get('self'), 'name', '?')}] "
            frame = frame.f_back
        counts[(label + _where(frame), frame.f_code.co_filename, frame.f_lineno)] += 1

    previous = signal.signal(signal.SIGPROF, on_tick)
    clear_caches()
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        parse_unlimited(data)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    total = sum(counts.values()) or 1
    return [
        (where, linecache.getline(filename, line).strip(), n / total)
        for (where, filename, line), n in counts.most_common(top)
    ]


def profile_family(fam: Family, kb: int, out: Any = sys.stdout, top: int = 15) -> str:
    data = fam.build(kb * KB)
    prof = cProfile.Profile()
    clear_caches()
    gc.collect()
    prof.enable()
    parse_unlimited(data)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    print(
        f"profile of family {fam.id} ({fam.description}) at {_fmt_kb(kb)}: top {top} by cumulative time",
        file=buf,
    )
    stats.sort_stats("cumulative").print_stats(top)
    print(f"top 10 by own time (tottime) for family {fam.id}", file=buf)
    stats.sort_stats("tottime").print_stats(10)
    print(
        f"hottest source lines of family {fam.id} at {_fmt_kb(kb)} (1 sample per ms of CPU)",
        file=buf,
    )
    for where, source, share in sample_lines(data):
        print(f"  {share:6.1%}  {where}\n          {source[:100]}", file=buf)
    text = buf.getvalue()
    print(text, file=out)
    return text


def pick_profiled(results: list[FamilyResult], wanted: str | None = None) -> FamilyResult:
    """The family to profile: ``wanted``, else the super-linear one with the steepest slope, else the
    one with the highest time per character at the largest size it reached."""
    measured = [r for r in results if r.rows]
    if wanted:
        for r in measured:
            if r.id == wanted:
                return r
        raise SystemExit(f"--profile-family {wanted}: not among the families measured")
    bad = [r for r in measured if r.verdict == "SUPER-LINEAR"]
    if bad:
        return max(bad, key=lambda r: r.slope or 0.0)
    return max(measured, key=lambda r: r.rows[-1].seconds / r.rows[-1].chars)


PINNED_ALLOCATOR = "glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=4294967295"
"""glibc tunables for the run: every block from the heap (no mmap) and freed memory kept (no trim).

By default glibc gives blocks above a moving threshold (at most 32 MB) fresh pages from the
kernel on every run and returns them on free, so a run's cost at 8 MB depended on what the
allocator had done before: ``（`` × 8 M parsed in 90 ms alone and in 143 ms at best after the
other families. With freed memory kept for reuse, as a long-running pipeline worker has it, the
runs of a size agree and the ratios measure the parser."""


def _pin_allocator(argv: list[str] | None) -> None:
    """Re-run this script with :data:`PINNED_ALLOCATOR` unless it is set, ``--no-pin`` is given or
    the platform is not glibc Linux."""
    args = sys.argv[1:] if argv is None else argv
    if "--no-pin" in args or os.environ.get("GLIBC_TUNABLES") or platform.libc_ver()[0] != "glibc":
        return
    env = {**os.environ, "GLIBC_TUNABLES": PINNED_ALLOCATOR}
    os.execve(sys.executable, [sys.executable, __file__, *args], env)


def main(argv: list[str] | None = None) -> int:
    _pin_allocator(argv)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--no-pin",
        action="store_true",
        help="keep glibc's default allocator settings (see PINNED_ALLOCATOR)",
    )
    ap.add_argument("--max-mb", type=float, default=10.0, help="largest size in MB (default 10: up to 8 MB)")
    ap.add_argument("--families", help=f"comma-separated family ids (default all: {','.join(BY_ID)})")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the slowest family (steepest super-linear one, else most µs per character) at its"
        " largest size, and sample its hottest source lines",
    )
    ap.add_argument("--profile-family", metavar="ID", help="profile this family instead (implies --profile)")
    ap.add_argument(
        "--cap", type=float, default=30.0, help="stop a family when one run is predicted above this (s)"
    )
    ap.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="passes over the sizes (default 3): the first times each size 1-5 times, the others once",
    )
    ap.add_argument(
        "--min-time", type=float, default=0.002, help="ignore ratios whose smaller time is below this (s)"
    )
    args = ap.parse_args(argv)
    fams = select(args.families)
    sizes = sizes_up_to(args.max_mb)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    start = time.perf_counter()
    pressrelease.parse(fam_release_text(4 * KB))  # warm up imports, regex caches and memoised rules
    pressrelease.parse(fam_release_html(4 * KB))
    results = []
    for fam in fams:
        log(f"family {fam.id}: {fam.description}")
        results.append(
            measure(fam, sizes, cap=args.cap, min_time=args.min_time, log=log, repeats=args.repeats)
        )
    profile_text = None
    slowest = None
    if (args.profile or args.profile_family) and results:
        slowest = pick_profiled(results, args.profile_family)
        log(f"profiling family {slowest.id} at {_fmt_kb(slowest.rows[-1].kb)}")
        sink = io.StringIO()
        profile_text = profile_family(BY_ID[slowest.id], slowest.rows[-1].kb, out=sink)
    elapsed = time.perf_counter() - start
    if args.json:
        payload = {
            "python": platform.python_version(),
            "pressrelease": pressrelease.__version__,
            "machine": platform.machine(),
            "sizes_kb": sizes,
            "chars_per_kb": KB,
            "clock": "time.process_time (CPU seconds of this process)",
            "allocator": os.environ.get("GLIBC_TUNABLES", "default"),
            "elapsed_seconds": round(elapsed, 1),
            "families": [asdict(r) for r in results],
            "profiled": slowest.id if slowest else None,
            "profile": profile_text,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print_table(results, sizes)
        if profile_text:
            print()
            print(profile_text)
        print(f"allocator: GLIBC_TUNABLES={os.environ.get('GLIBC_TUNABLES', '(default)')}")
        print(f"total {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
