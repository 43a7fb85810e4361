"""The parse, in three steps: segment the text into lines, classify them, assemble the release.

Classification works outward from anchors that conventions make reliable: the byline (a line of
labelled metadata), the headline (the title-like line above it), the dateline (the formula that
opens the first paragraph), then the body until the first line that can only follow an article
(a rights notice, related links, share widgets), and the tail (credits, boilerplate, chrome).
Every line ends up in exactly one part; the parts tile the text.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from .limits import UNLIMITED_CLOCK, Clock
from .model import (
    Boilerplate,
    Byline,
    BylineField,
    Contributor,
    Credits,
    Dateline,
    Deck,
    Diagnostic,
    Heading,
    Headline,
    Paragraph,
    Part,
    Release,
    Section,
    Span,
)
from .numerals import cn_to_int
from .patterns import byline as byline_table
from .patterns import chrome as chrome_table
from .patterns import dateline as dateline_table
from .patterns import document as document_table
from .patterns import furniture as furniture_table
from .patterns import heading as heading_styles
from .patterns.words import opens_with_surname
from .rules.boilerplate import is_notice_line, notice_starts_at, read_boilerplate
from .rules.byline import BEIJING, Reading, datetime_of, read_byline, source_value
from .rules.chrome import chrome_rule
from .rules.credits import CreditLine, read_credit_line, split_glued_credit
from .rules.dateline import read_dateline
from .rules.furniture import furniture_rule, organ_name
from .rules.heading import heading_candidate, lead_of
from .rules.people import parse_people, responsible_editor, role_kind
from .rules.segment import Line, lines_of, strip_span
from .rules.transcript import assign_speakers, opens_known_turn

if TYPE_CHECKING:
    from .html import Evidence, Extracted, LineOrigin

__all__ = ["parse_text"]

HEAD_ZONE = 80
"""How many content lines from the top (and, for the byline, above the first line of running text)
may hold the byline and the headline."""

STOP_CHROME = frozenset({"chrome.line", "chrome.footer"})
"""Chrome that ends the body: nothing of the article follows a share widget or a site footer."""


@attrs.define
class _Piece:
    """A classified stretch of one line (or a whole line): what it is and the element it yields."""

    kind: str
    start: int
    end: int
    rule: str | None = None
    diagnostic: Diagnostic | None = None


@attrs.define
class _State:
    text: str
    lines: list[Line]
    pieces: dict[int, list[_Piece]] = attrs.field(factory=dict)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    clock: Clock = UNLIMITED_CLOCK

    def mark(self, i: int, kind: str, rule: str | None = None, diagnostic: Diagnostic | None = None) -> None:
        self.clock.check()
        line = self.lines[i]
        self.pieces[i] = [_Piece(kind, line.cstart, line.cend, rule, diagnostic)]


def _title_like(line: Line) -> bool:
    n = len(line)
    if n < 4 or n > 120:
        return False
    if chrome_rule(line.text) is not None:
        return False
    return not line.text.endswith(("。", "：", ":", "，", ","))


def _strong_byline(reading: Reading | None, line: Line) -> bool:
    if reading is None:
        return False
    return reading.other_chars <= max(8, len(line) // 4)


def _find_byline(text: str, lines: Sequence[Line], limit: int, start: int = 0) -> tuple[int, Reading] | None:
    """The byline: of the metadata lines above the body, the last one that dates the release
    (a page can print a site clock or a second source line higher up), else the first one."""
    found: list[tuple[int, Reading]] = []
    end = min(limit, len(lines))
    top = range(start, min(end, start + HEAD_ZONE))
    # a long menu can push the byline past the first lines: the lines just above the body count too
    near = range(max(top.stop, end - HEAD_ZONE), end) if end < len(lines) else range(0)
    for i in (*top, *near):
        line = lines[i]
        reading = read_byline(text, line.cstart, line.cend)
        if _strong_byline(reading, line) and reading is not None and (reading.published or reading.source):
            found.append((i, reading))
    dated = [f for f in found if f[1].published is not None and f[1].lead_span is None]
    if dated and len(found) > 1:
        return dated[-1]
    return found[0] if found else None


_SENTENCE_CLOSE = "。！？!?…；;"
_QUOTE_CLOSE = "”」』\"'）)】"


def _is_prose(text: str, line: Line) -> bool:
    """A line of running text: it closes a sentence, or is long and punctuated, or opens with a dateline."""
    t = line.text
    n = len(t)
    if n < 8 or chrome_rule(t) is not None or is_notice_line(t):
        return False
    core = t.rstrip(_QUOTE_CLOSE)
    if core.endswith("。") or (n >= 30 and core.endswith(tuple(_SENTENCE_CLOSE))):
        return True
    if n >= 20 and core.endswith(("：", ":")) and any(c in t for c in "是下如"):
        return True  # a lead-in sentence: 以下是…全文：
    if ("。" in t and n >= 30) or (n >= 80 and any(c in t for c in "，,；")):
        return True
    return n >= 15 and read_dateline(text, line.cstart, line.cend) is not None


def _running_text(t: str) -> bool:
    """A cheap test of running text for scoring a page's elements: it closes or holds sentences."""
    n = len(t)
    if n < 8:
        return False
    core = t.rstrip(_QUOTE_CLOSE)
    return core.endswith("。") or ("。" in t and n >= 30) or (n >= 80 and ("，" in t or "," in t))


def _first_prose(text: str, lines: Sequence[Line], start: int) -> int:
    for i in range(start, len(lines)):
        if _is_prose(text, lines[i]) and not _title_over_byline(text, lines, i):
            return i
    return len(lines)


def _title_over_byline(text: str, lines: Sequence[Line], i: int) -> bool:
    """A short sentence right over a byline that dates the release or names its source is its title
    (a headline closed by a full stop), not the first line of running text."""
    if len(lines[i]) > 30 or any(c in lines[i].text for c in "，,；;") or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    reading = read_byline(text, nxt.cstart, nxt.cend)
    return (
        reading is not None
        and (reading.published is not None or reading.source is not None)
        and _strong_byline(reading, nxt)
    )


def _is_outlet(name: str) -> bool:
    return byline_table.OUTLET.apply(name) is not None or len(name) > 6


def _value_on_next_line(text: str, before: Reading, line: Line) -> Reading | None:
    """A 来源 printed on the line under its label (``信息来源：`` / ``某某日报``)."""
    fields = before.byline.fields
    if not fields or fields[-1].key != "source" or fields[-1].value or len(line) > 30:
        return None
    if any(c in line.text for c in "。，,；;：:"):
        return None
    value = source_value(line.text)
    span = Span(line.cstart, line.cend)
    field = BylineField("source", None, line.text, span)
    return Reading(Byline(line.text, span, (field,)), None, value, (), 0)


_BYLINE_MARKS = "□■◎●○◇◆☆★"
"""Marks that set a writer's line apart under a commentary's title (□本报记者 张三, ◎张三)."""


def _after_marks(text: str, line: Line) -> int:
    """Where a line's content starts after the marks and spaces that set a writer's line apart."""
    start = line.cstart
    while start < line.cend and (text[start] in _BYLINE_MARKS or text[start].isspace()):
        start += 1
    return start


def _people_line(text: str, line: Line) -> tuple[Contributor, ...] | None:
    """A short line that only names people with their role (``本报记者 张三 李四``), or None."""
    if len(line) > 40 or not any(c in line.text for c in "记記者员員编編摄攝审審文图圖供稿"):
        return None
    start = _after_marks(text, line)
    found = parse_people(text, start, line.cend, None, strict=True)
    if not found or found[0].role is None:
        return None
    if text[start : found[0].span.start] == found[0].role:
        return None  # a role glued to one word (编辑观察) is a menu label, not a credit
    return found


def _writer_line(text: str, line: Line) -> Contributor | None:
    """A line that holds a writer's name alone (``张三``, ``□张三``), as commentaries print it under
    their title: two or three Han characters opening with a common surname."""
    start = _after_marks(text, line)
    name = text[start : line.cend]
    if not 2 <= len(name) <= 3 or not all(heading_styles.HAN_CHAR.apply(c) for c in name):
        return None
    if not opens_with_surname(name):
        return None
    return Contributor(None, name, Span(start, line.cend))


_DASHES = ("——", "--", "—")
"""How a subtitle line opens (——记…): never the title, nor a line of it."""


def _pick_headline(
    text: str, lines: Sequence[Line], anchor: int, byline_idx: Sequence[int], floor: int = 0
) -> int | None:
    """The headline in the block of title lines just above ``anchor``.

    Kicker and deck lines sit in the same block; the headline is its first line that is nearly
    as long as the longest one.
    """
    block: list[int] = []
    j = anchor - 1
    while j >= floor and len(block) < 4:
        line = lines[j]
        if j in byline_idx or _people_line(text, line) or (not block and _writer_line(text, line)):
            j -= 1
            continue
        if line.text.startswith(_DASHES):
            j -= 1
            continue
        if furniture_rule(line.text) is not None:
            if block:
                break
            j -= 1  # a document's number, addressees or adoption note under its title
            continue
        if not block and _numbered(line.text):
            j -= 1  # a body heading above the first paragraph (第一章　总则 over 第一条…)
            continue
        if (
            not block
            and j == anchor - 1
            and j + 1 in byline_idx
            and line.text.endswith("。")
            and _is_prose(text, line)
            and _title_over_byline(text, lines, j)
        ):
            block.append(j)  # a title closed by a full stop, right over the byline
            j -= 1
            continue
        if (_title_like(line) and heading_candidate(line.text) is not None) or (
            _title_like(line) and not _numbered(line.text)
        ):
            block.append(j)
        elif chrome_rule(line.text) == chrome_table.NAVIGATION.name:
            break  # a breadcrumb or greeting: above it is the site's header, not the article's title
        elif (
            block
            or anchor - j > 6
            or (
                chrome_rule(line.text) is None
                and not is_notice_line(line.text)
                and heading_styles.HAN_CHAR.apply(line.text)
            )
        ):
            break
        j -= 1
    if not block:
        return None
    block.reverse()
    if len(block) > 1 and (
        _kicker_shape(lines[block[0]].text) or _phrased(lines[block[0]].text) > _phrased(lines[block[1]].text)
    ):
        block = block[1:]
    longest = max(len(lines[k]) for k in block)
    for k in block:
        if len(lines[k]) >= 0.8 * longest:
            return k
    return block[0]


TITLE_WRAP = 4
"""At most this many lines of one official document's title printed over several lines."""

WRAPPED_TITLE = "headline.wrapped_title"
"""The rule of the one headline part a title printed over several lines makes."""


def _wrapped_title(lines: Sequence[Line], i: int, end: int, skip: Sequence[int]) -> tuple[int, int]:
    """The first and last line of the title that line ``i`` belongs to: ``(i, i)``, unless it is an
    official document's title printed over several lines.

    GB/T 9704 breaks a long title between words, not at a bracket or a phrase's end
    (``某某市人民政府`` / ``关于《某某条例》实施情况的`` / ``报告``), so a line of it is no title on its
    own. The lines are one title when together they read 〔organ〕关于〔matter〕的〔type〕
    (``document.title_form``) and the first of them is the issuing organ or opens the 关于 clause;
    a line above a 关于 line that names an organ alone is the title's first line.
    """

    def usable(k: int) -> bool:
        if not 0 <= k < end:
            return False
        line = lines[k]
        return (
            k not in skip
            and len(line) <= 60
            and _title_like(line)
            and not line.text.startswith(_DASHES)
            and furniture_rule(line.text) is None
        )

    about = document_table.ABOUT_CLAUSE.apply(lines[i].text)
    first = i
    if about is not None and about.start() == 0 and usable(i - 1) and organ_name(lines[i - 1].text):
        first = i - 1
    head = lines[first].text
    if not (organ_name(head) or document_table.ABOUT_CLAUSE.apply(head)) or document_table.KIND.apply(head):
        return i, i  # a title complete on its line, or a line that cannot open a document's title
    title = head
    for k in range(first + 1, min(first + TITLE_WRAP, end)):
        if not usable(k):
            break
        title += lines[k].text
        if document_table.TITLE_FORM.apply(title):
            return first, k
        if document_table.KIND.apply(lines[k].text):
            break
    return i, i


REPEATED_TITLE = "headline.repeated"
"""The rule of a line that prints the headline again (a portal's page title over the document, or
the document's own title over its number and body, often wrapped over several lines)."""


EDITORS_NOTE = furniture_table.EDITORS_NOTE.name

TABLE_ROW = "body.table_row"
"""The rule of a note part that is a row of a table inside the article's element (HTML only)."""


def _bare_label_above(st: _State, j: int, rule: str) -> bool:
    """Whether line ``j - 1`` is a note label alone on its line (``【编者按】``), marked by ``rule``."""
    pieces = st.pieces.get(j - 1)
    return (
        pieces is not None
        and len(pieces) == 1
        and pieces[0].rule == rule
        and len(st.lines[j - 1]) <= 8
    )


def _feature_title_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The title in a ``题：…`` line (after the label and its colon)."""
    m = furniture_table.FEATURE_TITLE.apply(text[start:end])
    return strip_span(text, start + m.end() if m is not None else start, end)


def _title_repeats(
    lines: Sequence[Line], zone: range, taken: dict[int, list[_Piece]], headline: Headline | None
) -> set[int]:
    """The lines of ``zone`` that print the headline again: one line, or up to ``TITLE_WRAP`` lines
    in a row that read as the headline once joined (a document's title wrapped over its body)."""
    found: set[int] = set()
    if headline is None:
        return found
    title = _squash(headline.text)
    for j in zone:
        joined = ""
        for k in range(j, min(j + TITLE_WRAP, zone.stop)):
            if k in taken or k in found:
                break
            joined += _squash(lines[k].text)
            if not title.startswith(joined):
                break
            if joined == title:
                found.update(range(j, k + 1))
                break
    return found


def _within_title(line: str, headline: Headline | None) -> bool:
    """Whether a header line is the headline printed again, whole or one line of it wrapped."""
    if headline is None:
        return False
    squashed = _squash(line)
    return len(squashed) >= 4 and squashed in _squash(headline.text)


def _siblings_are_headings(
    lines: Sequence[Line], order: Sequence[int], kinds: dict[int, str], j: int
) -> bool:
    """Whether no earlier paragraph opens with the numbering style of line ``j`` (then it is an item)."""
    style = _numbering_style(lines[j].text)
    if style is None:
        return False
    return not any(
        k < j and kinds[k] == "paragraph" and _numbering_style(lines[k].text) == style for k in order
    )


def _numbering_style(t: str) -> str | None:
    for style in heading_styles.STYLES:
        if style.pattern.apply(t):
            return style.name
    return None


def _editor_credit(text: str, line: Line) -> bool:
    """A credit line that names an editor (``（责编：张三）``, ``[ 责编：张三 ]``)."""
    if len(line) > 60 or not any(w in line.text for w in ("编", "編")):
        return False
    cl = read_credit_line(text, line.cstart, line.cend)
    return cl is not None and any(role_kind(c.role) == "editor" for c in cl.contributors)


def _after_list_item(
    lines: Sequence[Line], order: Sequence[int], kinds: dict[int, str], pos: int, style: str
) -> bool:
    """Whether the line before ``order[pos]`` is a paragraph numbered in ``style`` that is an item
    of a list: the line at ``pos`` is then the list's next item."""
    if pos == 0 or kinds[order[pos - 1]] != "paragraph":
        return False
    prev = lines[order[pos - 1]].text
    return _numbering_style(prev) == style and _list_item(prev)


def _list_item(t: str) -> bool:
    """A numbered paragraph that is an item of a list (``（一）讨论决定重大事项；``), not a section
    opened by a short lead-in (``（二）指导思想。以……``)."""
    if t.endswith(("；", ";")):
        return True
    stop = t.find("。")
    return stop < 0 or stop > 20


def _bare_heading(t: str) -> bool:
    """A short numbered heading with no brackets or punctuation in its title: ``（二）``, ``三、结语``."""
    return _numbered(t) and len(t) <= 12 and not any(c in t for c in "【】[]，,。：:")


def _numbered(t: str) -> bool:
    cand = heading_candidate(t)
    return cand is not None and cand.numbered


def _title_span(text: str, line: Line) -> tuple[int, int]:
    """The headline's span: the line without table pipes or separators left around it."""
    s, e = line.cstart, line.cend
    while e > s and text[e - 1] in "|｜ \u3000\t":
        e -= 1
    return strip_span(text, s, e)


def _merge_people(*groups: Sequence[Contributor]) -> tuple[Contributor, ...]:
    """The people of ``groups`` in order, each once; a 责任编辑 is kept apart from the same person
    named as 编辑 (two duties), while a reporter credited again as 文 or 记者 is one author."""
    seen: set[tuple[bool, str]] = set()
    out: list[Contributor] = []
    for group in groups:
        for c in group:
            key = (responsible_editor(c.role), c.name)
            if key not in seen:
                seen.add(key)
                out.append(c)
    return tuple(out)


def _release_stamp(text: str, lines: Sequence[Line], j: int) -> bool:
    """The date-and-clock stamp that closes a government release (``2020年3月7日（星期六）``,
    then ``香港時間…``)."""
    if _tail_time(text, lines[j]) is None:
        return False
    nxt = lines[j + 1].text if j + 1 < len(lines) else ""
    return "星期" in lines[j].text or byline_table.TAIL_CLOCK.apply(nxt) is not None


def _meta_time(raw: str) -> dt.datetime | dt.date | None:
    m = byline_table.DATETIME_VALUE.apply(raw)
    return datetime_of(m) if m else None


def _tail_time(text: str, line: Line) -> dt.datetime | dt.date | None:
    if not line.text[:1].isdigit():
        return None  # a stamp opens with its year
    m = byline_table.TAIL_DATE.apply(line.text)
    if m:
        return datetime_of(m)
    return None


@attrs.frozen
class _Page:
    """What the markup of an HTML page tells the rules, in content-line indices."""

    titles: frozenset[int]
    headings: frozenset[int]
    captions: frozenset[int]
    content: tuple[int, int]
    evidence: Evidence
    table_rows: frozenset[int] = frozenset()
    """Lines printed by a table inside the article's element (a list of names, a data table)."""


def _page_info(text: str, lines: Sequence[Line], page: Extracted) -> _Page:
    """Line hints from the markup, and the main content: the element whose lines are densest in prose."""
    origin_at = {o.start: o for o in page.lines}
    origins = [origin_at.get(ln.start) for ln in lines]
    titles = frozenset(i for i, o in enumerate(origins) if o is not None and o.hint == "title")
    headings = frozenset(i for i, o in enumerate(origins) if o is not None and o.hint == "heading")
    captions = frozenset(
        i
        for i, o in enumerate(origins)
        if o is not None and o.hint == "caption" and not lines[i].text.rstrip("”」").endswith("。")
    )
    # each element scores the weight of the lines inside it: lines add to their own element, then
    # every element passes its score to its parent, deepest first (each element once, not once per line)
    running = [_running_text(line.text) for line in lines]
    first = _article_start(lines, origins, running, titles, page.evidence)
    scores: dict[str, float] = {}
    prose_lines: dict[str, int] = {}  # how many lines of running text each element holds
    for i, line in enumerate(lines):
        o = origins[i]
        if o is None or i < first:
            continue
        weight = float(len(line)) if running[i] else -0.5 * len(line)
        scores[o.path] = scores.get(o.path, 0.0) + weight
        prose_lines[o.path] = prose_lines.get(o.path, 0) + running[i]
    for path in list(scores):  # the ancestors, down to the first one already known
        cut = path.rfind(">")
        while cut >= 0:
            parent = path[:cut]
            if parent in scores:
                break
            scores[parent] = 0.0
            cut = path.rfind(">", 0, cut)
    for path in sorted(scores, key=lambda p: p.count(">"), reverse=True):
        cut = path.rfind(">")
        if cut >= 0:
            scores[path[:cut]] += scores[path]
            prose_lines[path[:cut]] = prose_lines.get(path[:cut], 0) + prose_lines.get(path, 0)
    content = (0, len(lines))
    table_rows: frozenset[int] = frozenset()
    if scores:
        best = max(scores, key=lambda p: (scores[p], p.count(">")))
        # one paragraph is not an article: its container holds the rest of the text (a table,
        # a contact line and a signature between the paragraphs weigh it down, but not below zero)
        while prose_lines.get(best, 0) < 2 and ">" in best:
            parent = best[: best.rfind(">")]
            if scores.get(parent, 0.0) <= 0:
                break
            best = parent
        if scores[best] > 0:
            inside = [
                i
                for i, o in enumerate(origins)
                if o is not None and (o.path == best or o.path.startswith(best + ">"))
            ]
            if inside:
                content = (inside[0], inside[-1] + 1)
            table_rows = frozenset(
                i
                for i in inside
                if (o := origins[i]) is not None and ">table:" in o.path[len(best) :]
            )
    return _Page(titles, headings, captions, content, page.evidence, table_rows)


ARTICLE_MIN_PROSE = 50
"""Characters of running text under a page's title that make it the start of the article."""


def _article_start(
    lines: Sequence[Line],
    origins: Sequence[LineOrigin | None],
    running: Sequence[bool],
    titles: frozenset[int],
    evidence: Evidence,
) -> int:
    """The line the article starts at for choosing its element: the first line that prints the
    page's title (equal to its ``<title>`` or ``og:title``, else its ``<h1>``), when a paragraph's
    worth of running text comes after it; else 0. Text above the title (a sidebar's introduction
    of the county, a column's blurb) is not the article, and must not pull its container in."""
    wanted = {t for t in _page_titles(evidence) if len(t) >= 6}
    at = next((i for i, ln in enumerate(lines) if wanted and _squash(ln.text) in wanted), None)
    if at is None:
        at = min(titles, default=None)
    if at is None:
        return 0
    after = sum(len(lines[i]) for i in range(at, len(lines)) if running[i] and origins[i] is not None)
    return at if after >= ARTICLE_MIN_PROSE else 0


def _page_titles(evidence: Evidence) -> set[str]:
    """The page's titles, squashed, each also without the site's name: its longest piece of six
    characters or more between separators."""
    wanted: set[str] = set()
    for t in evidence.titles:
        wanted.add(_squash(t))
        pieces = [_squash(x) for x in chrome_table.TITLE_SEPARATOR.regex.split(t)]
        longest = max(pieces, key=len, default="")
        if len(pieces) > 1 and len(longest) >= 6:
            wanted.add(longest)
    return wanted


def _cut_short(line: str, title: str) -> bool:
    """Whether a line is the page's title cut short on the page: its first half at least."""
    return title.startswith(line) and 2 * len(line) >= len(title)


def _exact_title(lines: Sequence[Line], page: _Page, lo: int, hi: int) -> int | None:
    """The last line in ``lines[lo:hi]`` equal to the page's ``<title>`` or ``og:title`` (or to
    its longest piece, without the site's name), if any."""
    wanted = _page_titles(page.evidence)
    for j in range(hi - 1, lo - 1, -1):
        if _squash(lines[j].text) in wanted and _title_like(lines[j]):
            return j
    return None


def _title_index(lines: Sequence[Line], page: _Page, lo: int, hi: int) -> int | None:
    """The headline of a page: a line equal to the page's title, else the nearest ``<h1>`` line."""
    exact = _exact_title(lines, page, lo, hi)
    if exact is not None:
        return exact
    wanted = _page_titles(page.evidence)
    for j in range(hi - 1, lo - 1, -1):
        if j in page.titles and _title_like(lines[j]):
            return j
    for j in range(hi - 1, lo - 1, -1):
        t = _squash(lines[j].text)
        if len(t) >= 6 and _title_like(lines[j]) and any(_cut_short(t, w) for w in wanted):
            return j
    return None


def _title_field(readings: Sequence[Reading]) -> tuple[int, int, int] | None:
    """(reading index, value start, value end) of a ``标题：`` field in the byline lines, if any."""
    for r in readings:
        for f in r.byline.fields:
            if f.key == "title" and len(f.value) >= 4:
                end = f.span.end
                return readings.index(r), end - len(f.value), end
    return None


def _forget_lines() -> None:
    """Empty the per-line memos: they serve one parse (lines repeat within a page), so memory stays
    bounded by one input and a parse never depends on the ones before it."""
    chrome_rule.cache_clear()
    heading_candidate.cache_clear()
    furniture_rule.cache_clear()
    is_notice_line.cache_clear()


_CELL_BARS = "|｜"
"""Bars a page's table cells leave at the end of a paragraph's line."""


DATELINE_WITHIN = 4
"""The dateline opens the first paragraph, or (after a summary, with photo captions printed as
paragraphs, which are not counted) one of the first few, where it must name the agency and the date."""


def _squash(t: str) -> str:
    return "".join(t.split())


def parse_text(
    text: str,
    diagnostics: Sequence[Diagnostic] = (),
    page: Extracted | None = None,
    clock: Clock = UNLIMITED_CLOCK,
) -> Release:
    """Parse decoded text into a :class:`~pressrelease.model.Release`.

    ``page`` carries the evidence of an HTML page the text was extracted from.
    """
    _forget_lines()
    all_lines = list(lines_of(text))
    clock.check()
    lines = [ln for ln in all_lines if not ln.blank]
    st = _State(text, lines, diagnostics=list(diagnostics), clock=clock)
    n = len(lines)
    info = _page_info(text, lines, page) if page is not None else None
    content_start, content_end = info.content if info is not None else (0, n)
    zone_start = max(0, content_start - 40) if info is not None else 0

    # 1. the header: everything above the first line of running text
    prose0 = _first_prose(text, lines, content_start)
    found = _find_byline(text, lines, prose0, zone_start)
    readings: list[Reading] = []
    byline_idx: list[int] = []
    split_title: tuple[int, int, int] | None = None  # (line, title end, byline start) when glued on one line
    if found is not None:
        b, reading = found
        readings.append(reading)
        byline_idx.append(b)
        lead = reading.lead_span
        if lead is not None:
            split_title = (b, lead[0], lead[1])
        k = b + 1
        while k < n and k <= b + 6 and k < prose0:
            r = read_byline(text, lines[k].cstart, lines[k].cend)
            if r is None or not _strong_byline(r, lines[k]):
                r = _value_on_next_line(text, readings[-1], lines[k])
            if r is not None and _strong_byline(r, lines[k]):
                readings.append(r)
                byline_idx.append(k)
            elif chrome_rule(lines[k].text) is None:
                break
            k += 1
        # a metadata table printed as several rows: labelled lines just above the first one
        k = b - 1
        while k >= max(zone_start, b - 8):
            r = read_byline(text, lines[k].cstart, lines[k].cend)
            if r is None or r.lead_span is not None or not _strong_byline(r, lines[k]):
                break
            readings.insert(0, r)
            byline_idx.insert(0, k)
            k -= 1
    # an outlet's name alone on the line above a byline that names none (新华社 / 2020-01-03 18:13)
    outlet_line: int | None = None
    if byline_idx and not any(r.source for r in readings):
        k = byline_idx[0] - 1
        if k >= zone_start and len(lines[k]) <= 16 and byline_table.OUTLET.apply(lines[k].text):
            outlet_line = k
    meta_idx = byline_idx if outlet_line is None else [outlet_line, *byline_idx]
    body_from = _first_prose(text, lines, max(byline_idx) + 1) if byline_idx else prose0
    header_end = body_from
    headline_i: int | None = None
    title_field = _title_field(readings)
    if title_field is not None:
        # a metadata table's 标题 row names the headline
        t_reading, ts, te = title_field
        split_title = (byline_idx[t_reading], ts, te)
    elif split_title is not None and info is not None:
        exact = _exact_title(lines, info, zone_start, header_end)
        if exact is not None and exact != split_title[0]:
            split_title = None  # text glued before the byline (an author, an account) is not the title
    if split_title is not None:
        headline_i = split_title[0]
    else:
        anchor = byline_idx[0] if byline_idx else header_end
        if info is not None:
            headline_i = _title_index(lines, info, zone_start, header_end)
            if headline_i in byline_idx:
                headline_i = None
        if headline_i is None:
            headline_i = _pick_headline(text, lines, anchor, meta_idx)
        if headline_i is None and byline_idx:
            # a byline printed above the headline
            headline_i = _pick_headline(text, lines, header_end, meta_idx, floor=byline_idx[-1] + 1)
    title_lines = range(0)  # the headline's lines, when it is a line (or lines) of its own
    if headline_i is not None and split_title is None:
        first, last = _wrapped_title(lines, headline_i, header_end, meta_idx)
        title_lines = range(first, last + 1)
    head_first, head_last = (title_lines[0], title_lines[-1]) if title_lines else (headline_i, headline_i)
    # reporters on a line of their own in the header (本报记者 张三)
    header_people: list[Contributor] = []
    for j in range(header_end):
        if j in byline_idx or j == headline_i or j in title_lines:
            continue
        people = _people_line(text, lines[j])
        if not people and head_last is not None and j == head_last + 1:
            writer = _writer_line(text, lines[j])  # a commentary's writer, alone under its title
            people = (writer,) if writer is not None else None
        if people:
            header_people.extend(people)
            st.mark(j, "byline", "byline.people_line")

    headline: Headline | None = None
    if split_title is not None:
        b, ts, te = split_title
        headline = Headline(text[ts:te], Span(ts, te))
        line = lines[b]
        head_pieces = [_Piece("headline", ts, te, "headline.in_byline")]
        if line.cstart < ts:
            head_pieces.insert(0, _Piece("byline", line.cstart, ts, "byline.fields"))
        if te < line.cend:
            head_pieces.append(_Piece("byline", te, line.cend, "byline.fields"))
        st.pieces[b] = head_pieces
    elif title_lines:
        hl = lines[title_lines[0]]
        if len(title_lines) == 1:
            hs, he = _title_span(text, hl)
            title = text[hs:he]
        else:  # a wrapped title reads as its lines, each stripped, without the breaks between them
            hs, he = hl.cstart, lines[title_lines[-1]].cend
            title = "".join(lines[k].text for k in title_lines)
        subtitle: Deck | None = None
        kicker: Deck | None = None
        title_rule = "headline.title_block" if len(title_lines) == 1 else WRAPPED_TITLE
        for k in title_lines:
            st.mark(k, "headline", title_rule)
        nxt = title_lines[-1] + 1
        if (
            nxt < header_end
            and nxt not in byline_idx
            and nxt not in st.pieces  # a writer's line under the title (◎张三) is not a subtitle
            and _title_like(lines[nxt])
            and furniture_rule(lines[nxt].text) is None
            and read_byline(text, lines[nxt].cstart, lines[nxt].cend) is None
        ):
            subtitle = Deck(lines[nxt].text, Span(lines[nxt].cstart, lines[nxt].cend))
            st.mark(nxt, "subtitle", "headline.subtitle")
        prev = title_lines[0] - 1
        if prev >= 0 and prev not in byline_idx and (
            _is_kicker(lines[prev], hl) or (info is not None and _marked_up_kicker(lines, info, prev))
        ):
            kicker = Deck(lines[prev].text, Span(lines[prev].cstart, lines[prev].cend))
            st.mark(prev, "kicker", "headline.kicker")
        headline = Headline(title, Span(hs, he), kicker, subtitle)
    for b in byline_idx:
        if b not in st.pieces:
            st.mark(b, "byline", "byline.fields")
    if outlet_line is not None and outlet_line not in st.pieces:
        st.mark(outlet_line, "byline", "byline.outlet_line")
    # header lines between the headline/byline and the first paragraph: body headings, or furniture
    last_anchor = max([head_last if head_last is not None else -1, *byline_idx])
    top_end = header_end
    for j in range(header_end - 1, last_anchor, -1):
        if j in st.pieces:
            break
        cand = heading_candidate(lines[j].text) if chrome_rule(lines[j].text) is None else None
        if (
            cand is not None
            and (cand.numbered or cand.style == "bracket" or lines[j].text.endswith(("？", "?")))
        ) or opens_known_turn(lines[j].text):
            top_end = j
            continue
        break
    header_notice: Boilerplate | None = None
    repeats = _title_repeats(lines, range(top_end), st.pieces, headline)
    for j in range(top_end):
        if j in st.pieces:
            continue
        rule = chrome_rule(lines[j].text)
        furniture = furniture_rule(lines[j].text)
        if furniture is not None and (head_last is None or j > head_last):
            st.mark(j, "note", furniture)
        elif is_notice_line(lines[j].text) and header_notice is None:
            header_notice, _after = read_boilerplate(text, lines[j : j + 1], 0)
            st.mark(j, "boilerplate", "boilerplate.notice_in_header")
        elif rule is not None:
            st.mark(j, "chrome", rule)
        elif j in repeats:
            st.mark(j, "note", REPEATED_TITLE)
        else:
            where = "before_headline" if head_first is None or j < head_first else "in_header"
            st.mark(
                j,
                "unclassified",
                None,
                Diagnostic(f"unclassified.{where}", "text above the article body that no rule recognised"),
            )

    # 2. the body: from body_from to the first line that only follows an article
    body_end = n
    for j in range(max(top_end, body_from), n):
        if j >= content_end and j > body_from:
            body_end = j
            break
        t = lines[j].text
        rule = chrome_rule(t)
        if rule in STOP_CHROME or notice_starts_at(lines, j) or _release_stamp(text, lines, j):
            body_end = j
            break
        if j > body_from and _editor_credit(text, lines[j]):
            body_end = j + 1  # the editor's credit closes the article; what follows is page furniture
            break
    # trailing credit lines and chrome inside the body range move to the tail
    credit_lines: dict[int, CreditLine] = {}
    trailing_start = body_end
    while body_end > top_end:
        j = body_end - 1
        cl = read_credit_line(text, lines[j].cstart, lines[j].cend, bare_names=True)
        if cl is not None:
            credit_lines[j] = cl
            body_end = j
            continue
        if trailing_start - j <= 2 and _bare_heading(lines[j].text):
            break  # an excerpt can stop right after a numbered heading: keep it in the body
        if chrome_rule(lines[j].text) is not None or not _ends_like_paragraph(text, lines[j]):
            body_end = j
            continue
        break
    body_end = _numbered_tail(lines, top_end, body_end, credit_lines)

    body = list(range(top_end, body_end))
    kinds: dict[int, str] = {}
    in_contents = False  # inside a table of contents (目录): its lines repeat the headings
    contents_first: str | None = None
    for j in body:
        t = lines[j].text
        if info is not None and j in info.table_rows:
            st.mark(j, "note", TABLE_ROW)  # a row of a table in the article: neither prose nor chrome
            continue
        rule = chrome_rule(t)
        if rule is None and info is not None and j in info.captions:
            rule = "chrome.caption_after_image"
        if rule is not None:
            st.mark(j, "chrome", rule)
            continue
        rule = furniture_rule(t)
        if rule == "furniture.contents":
            in_contents = True
            contents_first = None
        elif in_contents:
            entry = heading_candidate(t) is not None or (_numbering_style(t) is not None and len(t) <= 40)
            if entry and _squash(t) != contents_first:
                contents_first = contents_first or _squash(t)
                st.mark(j, "note", "furniture.contents_entry")
                continue
            in_contents = False  # the body starts where the first entry is printed again
        if rule is None and _bare_label_above(st, j, EDITORS_NOTE):
            rule = EDITORS_NOTE  # the note's text, under its label on a line of its own (【编者按】)
        if rule is not None:
            st.mark(j, "note", rule)
            organ_before = (j - 1) in kinds and _signature_like(lines[j - 1])
            if rule == "furniture.signing_date" and organ_before:
                del kinds[j - 1]
                st.mark(j - 1, "note", "furniture.signing_organ")
            continue
        cand = heading_candidate(t)
        kinds[j] = "heading?" if cand is not None else "paragraph"
    # confirm headings from their neighbours: a heading heads the paragraphs after it
    order = [j for j in body if j in kinds]
    runs = _unnumbered_runs(lines, order, kinds)
    in_run = False  # inside a run of heading lines that the paragraph under them confirmed
    for pos, j in enumerate(order):
        if kinds[j] != "heading?":
            in_run = False
            continue
        following = [kinds[k] for k in order[pos + 1 : pos + 3]]
        cand = heading_candidate(lines[j].text)
        assert cand is not None
        if not following:
            kinds[j] = "heading" if cand.numbered and not cand.closed else "note"
            if cand.closed:
                kinds[j] = "paragraph"
        elif not cand.numbered and _within_title(lines[j].text, headline):
            kinds[j] = "title"  # the document's title printed again above its body
        elif (
            cand.closed
            and not _figure_follows(st, j)
            and (
                following[0] != "paragraph"
                or _numbering_style(lines[order[pos + 1]].text) == cand.style
                or _after_list_item(lines, order, kinds, pos, cand.style)
            )
        ):
            kinds[j] = "paragraph"  # an enumerated item closed by a full stop, in a list of such items
        elif (
            cand.numbered
            and lines[j].text.endswith(("？", "?"))
            and _after_list_item(lines, order, kinds, pos, cand.style)
        ):
            kinds[j] = "paragraph"  # a numbered question after an item of its list: （一）……；及 / （二）……？
        elif not cand.numbered and _after_furniture(st, j):
            kinds[j] = "title"  # the title of the document a notice publishes, under the notice's signature
        elif not cand.numbered and runs.get(j, 0) >= 3 and not (info is not None and j in info.headings):
            kinds[j] = "paragraph" if len(lines[j]) > 12 else "note"  # a list of short items, not headings
        elif (
            cand.numbered
            or cand.style == "bracket"
            or (info is not None and j in info.headings)
            or (following[0] == "paragraph" and len(lines[order[pos + 1]]) > 2 * len(lines[j]))
        ):
            kinds[j] = "heading"
        elif following[0] == "heading?" and pos + 2 < len(order):
            kinds[j] = "heading" if _next_is_paragraph(kinds, order, pos + 1) else "paragraph"
            in_run = kinds[j] == "heading"  # the candidates under it, down to the paragraph, head with it
        elif in_run and kinds[order[pos - 1]] == "heading":
            kinds[j] = "heading"  # a subheading: the heading above it was confirmed by this run
        else:
            kinds[j] = "paragraph" if len(lines[j]) > 12 else "note"
        if kinds[j] != "heading":
            in_run = False
    # a label closed by a colon right above an unnumbered heading opens its section (某国《某报》：)
    for j, nxt in itertools.pairwise(order):
        if kinds[j] == "paragraph" and kinds[nxt] == "heading" and heading_styles.LABEL.apply(lines[j].text):
            cand = heading_candidate(lines[nxt].text)
            if cand is not None and not cand.numbered:
                kinds[j] = "label"
    _mark_list_items(lines, order, kinds, body_end)
    # trailing short lines after the last paragraph are signatures or dates, not paragraphs
    for j in reversed(order):
        bare = kinds[j] == "heading" and _bare_heading(lines[j].text)
        if bare and _siblings_are_headings(lines, order, kinds, j):
            break  # an excerpt cut right after a numbered heading
        if kinds[j] in ("heading", "heading?") or (kinds[j] == "paragraph" and _signature_like(lines[j])):
            kinds[j] = "note"
            continue
        break

    dateline: Dateline | None = None
    feature_at: int | None = None  # the line of a 题：… feature title after the dateline
    paragraphs_at: dict[int, Paragraph] = {}
    headings_at: dict[int, Heading] = {}
    paragraphs_seen = 0  # paragraphs looked at for the dateline
    # the last line that is not a note: a credit can be glued to it
    last_text = next((k for k in reversed(order) if kinds[k] != "note"), -1)
    for j in order:
        line = lines[j]
        kind = kinds[j]
        if feature_at is not None and j == feature_at + 1 and (people := _people_line(text, line)):
            header_people.extend(people)  # the feature's reporters, on the line under its title
            st.mark(j, "byline", "byline.people_line")
            continue
        if kind == "note":
            st.mark(j, "note", "body.signature")
            continue
        if kind == "title":
            st.mark(j, "note", REPEATED_TITLE)
            continue
        if kind == "label":
            rank = heading_styles.LABEL_RANK
            headings_at[j] = Heading(line.text, Span(line.cstart, line.cend), rank, "label")
            st.mark(j, "heading", heading_styles.LABEL.name)
            continue
        if kind == "heading":
            cand = heading_candidate(line.text)
            assert cand is not None
            headings_at[j] = Heading(line.text, Span(line.cstart, line.cend), cand.rank, cand.style)
            st.mark(j, "heading", cand.rule)
            continue
        start, end = line.cstart, line.cend
        pieces: list[_Piece] = []
        if dateline is None and paragraphs_seen < DATELINE_WITHIN:
            first = paragraphs_seen == 0
            if first or end - start >= 30:
                paragraphs_seen += 1  # short lines (photo captions printed as paragraphs) do not count
            fd = read_dateline(text, start, end)
            if fd is not None and not first and (fd.dateline.agency is None or fd.dateline.date is None):
                fd = None  # after a lead or captions, only a full 电头 (agency, place, date) opens the story
            flash = dateline_table.FLASH_TITLE.apply(text, start, end) if fd is None and first else None
            if flash is not None:
                fd = read_dateline(text, flash.end(), end)
                if fd is not None:
                    ts, te = flash.span("title")
                    if headline is None:
                        headline = Headline(text[ts:te], Span(ts, te))
                    pieces.append(_Piece("headline", line.cstart, flash.end(), "dateline.flash_title"))
                    start = flash.end()
            if fd is not None:
                dateline = fd.dateline
                pieces.append(_Piece("dateline", start if pieces else line.cstart, fd.body_start, fd.rule))
                start = fd.body_start
                if furniture_rule(text[start:end]) == "furniture.feature_title":
                    if headline is None:
                        # the story's title is printed only here: 题：… after the 电头
                        ts, te = _feature_title_span(text, start, end)
                        headline = Headline(text[ts:te], Span(ts, te))
                        pieces.append(_Piece("headline", start, end, "headline.feature_title"))
                    else:
                        pieces.append(_Piece("note", start, end, "furniture.feature_title"))
                    st.pieces[j] = pieces
                    feature_at = j
                    continue
        if j >= last_text:
            glued = split_glued_credit(text, start, end)
            if glued is not None:
                credit_lines[j] = glued
                end = glued.span.start
        ps, pe = strip_span(text, start, end)
        while pe > ps and text[pe - 1] in _CELL_BARS:
            # table-cell bars left after the last sentence (``…做好。 | |||``), with spaces between
            pe -= 1
            ps, pe = strip_span(text, ps, pe)
        if ps >= pe:
            continue
        ptext = text[ps:pe]
        paragraphs_at[j] = Paragraph(ptext, Span(ps, pe), lead_of(ptext))
        pieces.append(_Piece("paragraph", start if pieces else line.cstart, end, "body.paragraph"))
        if j in credit_lines:
            pieces.append(_Piece("credits", end, line.cend, credit_lines[j].rule))
        st.pieces[j] = pieces

    # 3. the tail: credits, boilerplate, time lines, chrome
    boilerplate: Boilerplate | None = None
    tail_published: dt.datetime | dt.date | None = None
    tail_date: dt.date | None = None
    j = body_end
    in_links = False  # after a 相关新闻-style label, short lines are links to other articles
    header_dated = any(r.published is not None for r in readings)  # else a time under the article may date it
    tail_byline: Reading | None = None
    tail_source: str | None = None  # the source printed with, or under, tail_byline
    while j < n:
        line = lines[j]
        if j in credit_lines and j not in st.pieces:
            st.mark(j, "credits", credit_lines[j].rule)
            j += 1
            continue
        if boilerplate is None and notice_starts_at(lines, j):
            boilerplate, after = read_boilerplate(text, lines, j)
            for k in range(j, after):
                st.mark(k, "boilerplate", "boilerplate.notice")
            j = after
            continue
        value = _tail_time(text, line)
        if value is not None:
            stamp = _release_stamp(text, lines, j)
            if stamp:
                st.mark(j, "byline", "byline.tail_date")
            else:
                st.mark(j, "note", "furniture.signing_date")
            before = st.pieces.get(j - 1)
            if before and before[0].kind == "unclassified" and _signature_like(lines[j - 1]):
                st.mark(j - 1, "note", "furniture.signing_organ")
            if stamp and isinstance(value, dt.datetime):
                tail_published = value
            elif stamp and tail_date is None:
                tail_date = value
            j += 1
            continue
        m = byline_table.TAIL_CLOCK.apply(line.text) if tail_date is not None else None
        if m is not None and tail_date is not None:
            st.mark(j, "byline", "byline.tail_clock")
            tail_published = dt.datetime.combine(
                tail_date, dt.time(int(m.group("hour")), int(m.group("minute"))), tzinfo=BEIJING
            )
            j += 1
            continue
        rule = chrome_rule(line.text)
        signing = furniture_rule(line.text) == "furniture.signing_date"
        if rule is None and tail_source is None and not header_dated and len(line) <= 120 and not signing:
            r = read_byline(text, line.cstart, line.cend)
            if r is not None and (r.people or not _strong_byline(r, line)):
                r = None
            # a publication time printed under the article, then perhaps its source on a line of its own
            if r is not None and (r.published is not None if tail_byline is None else bool(r.source)):
                tail_byline = tail_byline or r
                tail_source = r.source
                st.mark(j, "byline", "byline.under_article")
                j += 1
                continue
        furniture = furniture_rule(line.text) if rule is None else None
        if furniture is not None:
            st.mark(j, "note", furniture)
            if furniture == "furniture.signing_date" and j - 1 >= body_end and _signature_like(lines[j - 1]):
                st.mark(j - 1, "note", "furniture.signing_organ")
            j += 1
            continue
        cl = read_credit_line(text, line.cstart, line.cend) if rule is None else None
        if cl is not None:
            credit_lines[j] = cl
            st.mark(j, "credits", cl.rule)
        elif rule is not None:
            st.mark(j, "chrome", rule)
            if rule != chrome_table.NUMBER.name:  # a counter between the links does not end them
                in_links = rule == "chrome.line"
        elif in_links and len(line) <= 40 and "。" not in line.text:
            st.mark(j, "chrome", "chrome.related_link")
        else:
            st.mark(
                j,
                "unclassified",
                None,
                Diagnostic("unclassified.after_body", "text after the article body that no rule recognised"),
            )
        j += 1

    if boilerplate is None:
        boilerplate = header_notice

    # 4. assemble
    keys = sorted(paragraphs_at)
    paragraphs_at = dict(zip(keys, assign_speakers([paragraphs_at[k] for k in keys]), strict=True))
    sections = _assemble(text, order, kinds, headings_at, paragraphs_at)
    credits: Credits | None = None
    if credit_lines:
        ordered = [credit_lines[k] for k in sorted(credit_lines)]
        cs, ce = ordered[0].span.start, ordered[-1].span.end
        ctext_start, ctext_end = strip_span(text, cs, ce)
        credits = Credits(
            text[ctext_start:ctext_end],
            Span(ctext_start, ctext_end),
            tuple(c for cl in ordered for c in cl.contributors),
        )
    people_byline = [p for r in readings for p in r.people] + header_people
    credit_people = credits.contributors if credits else ()
    editors = _merge_people(
        [p for p in people_byline if role_kind(p.role) == "editor"],
        [p for p in credit_people if role_kind(p.role) == "editor"],
    )
    authors = _merge_people(
        [p for p in people_byline if role_kind(p.role) == "author"],
        dateline.reporters if dateline else (),
        [p for p in credit_people if role_kind(p.role) == "author" and not _is_outlet(p.name)],
    )
    published = next((r.published for r in readings if r.published is not None), None)
    if published is None:
        published = tail_published or tail_date
    if published is None:
        published = next((cl.published for cl in credit_lines.values() if cl.published is not None), None)
    if published is None and tail_byline is not None:
        published = tail_byline.published

    if published is None and info is not None and info.evidence.published:
        published = _meta_time(info.evidence.published)
    source = next((r.source for r in readings if r.source), None)
    if source is None and outlet_line is not None:
        source = lines[outlet_line].text
    if source is None and tail_byline is not None:
        source = tail_source
    if source is None and info is not None and info.evidence.source:
        source = source_value(info.evidence.source)
    if source is None:
        source = next((cl.source for cl in credit_lines.values() if cl.source), None)
    if source is None and info is not None and info.evidence.account:
        source = info.evidence.account  # the WeChat account that published it, when nothing else names one
    if dateline is not None and published is not None and dateline.date:
        dateline = attrs.evolve(dateline, resolved_date=_resolve(dateline.date, published))
    byline: Byline | None = None
    if readings:
        ordered_readings = sorted(readings, key=lambda r: r.byline.span.start)
        bstart = ordered_readings[0].byline.span.start
        bend = max(r.byline.span.end for r in ordered_readings)
        byline = Byline(
            text[bstart:bend],
            Span(bstart, bend),
            tuple(f for r in ordered_readings for f in r.byline.fields),
        )
    parts = _tile(text, all_lines, st)
    return Release(
        text=text,
        headline=headline,
        published=published,
        source=source,
        editors=editors,
        authors=authors,
        byline=byline,
        dateline=dateline,
        sections=sections,
        credits=credits,
        boilerplate=boilerplate,
        parts=parts,
        diagnostics=tuple(st.diagnostics) + tuple(p.diagnostic for p in parts if p.diagnostic is not None),
    )


def _phrased(t: str) -> int:
    """How many commas a title line has: a 引题 above the headline is often a slogan of two phrases
    (``找差距抓落实，再掀工作新高潮``) over a plain statement. (Spaces do not count: a headline's own
    two halves are often set apart by a space.)"""
    return t.count("，") + t.count(",")


def _kicker_shape(t: str) -> bool:
    """A short line that opens with a quotation or ends with a dash: the usual shape of a 引题."""
    return len(t) <= 30 and (t.startswith(("“", '"', "「")) or t.endswith(("”", "——")))


def _marked_up_kicker(lines: Sequence[Line], page: _Page, j: int) -> bool:
    """A short heading element (``<h2>``…``<h6>``) right over the page's title line: its 引题."""
    line = lines[j]
    return (
        j in page.headings
        and j + 1 in page.titles
        and len(line) <= KICKER_MAX
        and _title_like(line)
        and chrome_rule(line.text) is None
    )


KICKER_MAX = 30
"""The longest line a kicker can be."""


def _is_kicker(line: Line, headline: Line) -> bool:
    t = line.text
    return (
        len(t) <= KICKER_MAX
        and _title_like(line)
        and heading_candidate(t) is not None
        and headline.index - line.index == 1
        and _kicker_shape(t)
    )


_FIGURE_RULES = frozenset(
    {"chrome.caption_after_image", "chrome.caption", "chrome.image", "chrome.photo_credit"}
)


def _figure_follows(st: _State, j: int) -> bool:
    """Whether the line after ``j`` is a figure's caption or image: a numbered line closed by a full
    stop over a figure (``（一）汽车号牌。`` / ``图3 汽车号牌尺寸``) heads it."""
    after = st.pieces.get(j + 1)
    if not after:
        return False
    return after[0].kind == "chrome" and after[0].rule is not None and after[0].rule in _FIGURE_RULES


def _after_furniture(st: _State, j: int) -> bool:
    """Whether the line before ``j`` is official-document furniture (signature, date, 此件公开发布)."""
    before = st.pieces.get(j - 1)
    if not before:
        return False
    return before[0].kind == "note" and (before[0].rule or "").startswith("furniture.")


def _unnumbered_runs(lines: Sequence[Line], order: Sequence[int], kinds: dict[int, str]) -> dict[int, int]:
    """For each unnumbered heading candidate, the length of the run of such lines it stands in."""
    runs: dict[int, int] = {}
    current: list[int] = []

    def flush() -> None:
        for k in current:
            runs[k] = len(current)
        current.clear()

    for j in order:
        cand = heading_candidate(lines[j].text) if kinds[j] == "heading?" else None
        if cand is not None and not cand.numbered:
            current.append(j)
        else:
            flush()
    flush()
    return runs


def _signature_like(line: Line) -> bool:
    t = line.text
    return len(t) <= 30 and not any(c in t for c in "。！？；，,!?;")


def _mark_list_items(
    lines: Sequence[Line], order: Sequence[int], kinds: dict[int, str], body_end: int
) -> None:
    """Numbered headings in a row that head nothing are the items of a list: paragraphs.

    A run of two or more lines in a row numbered in one style (``（一）…`` ``（二）…`` ``（三）…``)
    heads nothing when it ends the body or an outer heading follows it right away (``三、…``); a
    heading heads the text (or the figure) under it, so these lines are list items.
    """
    pos = 0
    while pos < len(order):
        j = order[pos]
        style = _numbering_style(lines[j].text) if kinds[j] == "heading" else None
        if style is None:
            pos += 1
            continue
        last = pos
        while (
            last + 1 < len(order)
            and order[last + 1] == order[last] + 1  # the next line: nothing (a figure, a note) between
            and kinds[order[last + 1]] == "heading"
            and _numbering_style(lines[order[last + 1]].text) == style
        ):
            last += 1
        end = order[last] + 1  # the line after the run
        after = order[last + 1] if last + 1 < len(order) else None
        heads_nothing = (after is None and end >= body_end) or (
            after == end and _outer_heading(lines, kinds, end, j)
        )
        if last > pos and heads_nothing:
            for k in order[pos : last + 1]:
                kinds[k] = "paragraph"
        pos = last + 1


def _outer_heading(lines: Sequence[Line], kinds: dict[int, str], j: int, inner: int) -> bool:
    """Whether line ``j`` is a heading of a higher level than the heading at line ``inner``."""
    if kinds[j] != "heading":
        return False
    a, b = heading_candidate(lines[j].text), heading_candidate(lines[inner].text)
    return a is not None and b is not None and a.numbered and a.rank < b.rank


def _numbered_tail(lines: Sequence[Line], start: int, end: int, credits: dict[int, CreditLine]) -> int:
    """The body's end, moved past unpunctuated numbered lines that continue its numbering.

    A notice can end with a list whose items close with no punctuation (``二、报名条件`` /
    ``（一）具有本县户籍`` / ``（二）年龄在18周岁以上``): lines that would otherwise read as links
    after the article. They stay in the body when the first of them is numbered in a style the
    body already uses (``二、`` after ``一、``), and so does every numbered line after it.
    """
    used = {style for j in range(start, end) if (style := _numbering_style(lines[j].text)) is not None}
    if not used:
        return end
    k = end
    while k < len(lines) and k not in credits and chrome_rule(lines[k].text) is None:
        style = _numbering_style(lines[k].text)
        if style is None or (k == end and style not in used):
            break
        k += 1
    return k


def _ends_like_paragraph(text: str, line: Line) -> bool:
    """Whether a line can close an article: it ends a sentence, or is long, or ends in a glued credit."""
    t = line.text
    if len(t) >= 40:
        return True
    core = t.rstrip(_QUOTE_CLOSE + "|｜ \u3000")
    if core.endswith(("？", "?", "！", "!")) and not any(c in core for c in "，,。"):
        return False  # a headline-like question or exclamation: a link to another article
    if core.endswith(tuple(_SENTENCE_CLOSE)):
        return True
    return split_glued_credit(text, line.cstart, line.cend) is not None


def _next_is_paragraph(kinds: dict[int, str], order: list[int], pos: int) -> bool:
    for i in range(pos + 1, len(order)):
        kind = kinds[order[i]]
        if kind == "paragraph":
            return True
        if kind != "heading?":
            return False
    return False


def _resolve(printed: str, published: dt.datetime | dt.date) -> dt.date | None:
    m = byline_table.MONTH_DAY_VALUE.apply(printed)
    if m is None:
        return None
    month_n, day_n = cn_to_int(m.group("month")), cn_to_int(m.group("day"))
    if month_n is None or day_n is None:
        return None
    try:
        month, day = month_n, day_n
        year = published.year
        candidate = dt.date(year, month, day)
        pub = published.date() if isinstance(published, dt.datetime) else published
        if candidate > pub + dt.timedelta(days=2):
            candidate = dt.date(year - 1, month, day)
        return candidate
    except ValueError:
        return None


@attrs.define
class _Open:
    """A section being assembled: its heading, level, paragraphs and finished subsections."""

    heading: Heading | None
    level: int
    paragraphs: list[Paragraph] = attrs.field(factory=list)
    children: list[Section] = attrs.field(factory=list)


def _assemble(
    text: str,
    order: list[int],
    kinds: dict[int, str],
    headings_at: dict[int, Heading],
    paragraphs_at: dict[int, Paragraph],
) -> tuple[Section, ...]:
    """Nest headings by rank; renumber levels 1..n by the ranks this release uses."""
    ranks = sorted({h.level for h in headings_at.values()})
    level_of = {r: i + 1 for i, r in enumerate(ranks)}

    def close(o: _Open) -> Section:
        spans = [p.span for p in o.paragraphs] + [c.span for c in o.children]
        if o.heading is not None:
            spans.append(o.heading.span)
        start = min(s.start for s in spans) if spans else 0
        end = max(s.end for s in spans) if spans else 0
        return Section(o.heading, Span(start, end), tuple(o.paragraphs), tuple(o.children))

    top: list[Section] = []
    stack: list[_Open] = [_Open(None, 0)]
    for j in order:
        if j in headings_at:
            h = headings_at[j]
            level = level_of[h.level]
            h = attrs.evolve(h, level=level)
            while len(stack) > 1 and stack[-1].level >= level:
                done = close(stack.pop())
                stack[-1].children.append(done)
            stack.append(_Open(h, level))
        elif j in paragraphs_at:
            stack[-1].paragraphs.append(paragraphs_at[j])
    while len(stack) > 1:
        done = close(stack.pop())
        stack[-1].children.append(done)
    root = stack[0]
    if root.paragraphs:
        top.append(close(_Open(None, 0, root.paragraphs)))
    top.extend(root.children)
    return tuple(top)


MENU_RUN = 4
"""So many unclassified lines in a row, each a word or two (``新闻``, ``财经``, ``视频``), are a menu."""

MENU_ITEM_CHARS = 6
"""The longest line a menu item laid out one per line may be."""


def _menu_item(line: Line) -> bool:
    t = line.text.strip()
    return 0 < len(t) <= MENU_ITEM_CHARS and not any(c in t for c in "。，,；;：:！？!?、")


def _mark_menu_runs(st: _State) -> None:
    """Lines no rule classified that stand in a run of one-word lines are a menu laid out one item per
    line (page navigation, a channel list): chrome, not unclassified text."""
    run: list[int] = []
    for i, line in enumerate([*st.lines, None]):
        pieces = st.pieces.get(i)
        unclassified = not pieces or (len(pieces) == 1 and pieces[0].kind == "unclassified")
        if line is not None and unclassified and _menu_item(line):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            for k in run:
                st.mark(k, "chrome", "chrome.menu_run")
        run = []


def _tile(text: str, all_lines: list[Line], st: _State) -> tuple[Part, ...]:
    """Turn the classified pieces into parts that tile the text: blank runs and gaps become parts too."""
    _mark_menu_runs(st)
    content_index = {ln.index: i for i, ln in enumerate(st.lines)}
    parts: list[Part] = []
    pos = 0

    def emit(
        kind: str, start: int, end: int, rule: str | None = None, diag: Diagnostic | None = None
    ) -> None:
        nonlocal pos
        if end <= start:
            return
        if parts and kind == "blank" and parts[-1].kind == "blank":
            prev = parts.pop()
            start = prev.span.start
        if rule == WRAPPED_TITLE:
            # the lines of a wrapped title are one headline part, with any blank lines between them
            k = len(parts)
            while k and parts[k - 1].kind == "blank":
                k -= 1
            if k and parts[k - 1].rule == WRAPPED_TITLE:
                start = parts[k - 1].span.start
                del parts[k - 1 :]
        parts.append(Part(kind, Span(start, end), rule, diag))
        pos = end

    for line in all_lines:
        if line.blank:
            emit("blank", line.start, line.stop)
            continue
        ci = content_index[line.index]
        pieces = st.pieces.get(ci)
        if not pieces:
            pieces = [
                _Piece(
                    "unclassified",
                    line.cstart,
                    line.cend,
                    None,
                    Diagnostic("unclassified.no_rule", "no rule classified this line"),
                )
            ]
        for k, piece in enumerate(pieces):
            start = line.start if k == 0 else piece.start
            end = line.stop if k == len(pieces) - 1 else pieces[k + 1].start
            diag = piece.diagnostic
            if diag is not None and diag.span is None:
                diag = Diagnostic(diag.code, diag.message, Span(piece.start, piece.end))
            emit(piece.kind, start, end, piece.rule, diag)
    if pos < len(text):
        emit("blank", pos, len(text))
    return tuple(parts)
