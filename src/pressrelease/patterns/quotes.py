"""The quotes table: how a release attributes quoted words to a speaker.

Releases quote in “…” (「…」 in Hong Kong and Taiwan), the speaker and a verb of saying before
the quote (``项目负责人杨亚平说：“…”``) or after it (``“…”，杨亚平说。``), sometimes with words
between name and verb (``杨亚平在接受采访时表示``, ``杨亚平笑着说``). :data:`BEFORE` reads the
attribution that ends right before an opening mark, :data:`AFTER` the one that starts right after a
closing mark; the rules in :mod:`pressrelease.facts.quotes` split the speaker into role and name.

The stretch before the verb cannot cross clause punctuation and is at most 40 characters, so each
attempt is bounded and a search is linear in the text.
"""

from __future__ import annotations

from . import pattern
from .fragments import SPACE

VERBS: tuple[str, ...] = (
    "说", "说道", "讲", "讲道", "表示", "表示说", "介绍", "介绍说", "指出", "强调", "强调说", "称",
    "笑称", "坦言", "直言", "笑言", "感慨", "感慨道", "感叹", "感叹道", "告诉记者", "告诉本报记者",
    "透露", "认为", "提到", "谈到", "回忆", "回忆说", "解释", "解释说", "补充", "补充说", "回答",
    "答道", "写道", "坦承", "承认", "宣布", "提醒", "说明", "问道",
)  # fmt: skip
"""Verbs of saying that attribute a quote (说, 表示, 介绍, 指出, 强调, 称…)."""

OPENING = "“「『"
"""Opening quotation marks (Chinese curly quotes, corner brackets)."""
CLOSING = "”」』"
"""Closing quotation marks."""

_SP = rf"{SPACE}*"
_WHO_LIST = r"(?:[^，,。！？!?；;：:“”「」『』‘’…\n\r]|(?<=\p{Han})\?(?=\p{Han})){1,40}?"
"""The speaker stretch: role and name, possibly with 、 inside the role (省委副书记、省长王凯), and a
``?`` between Han characters (the middle dot of a transliterated name lost to an encoding)."""
_ADVERBIAL = r"""(?:
    对(?:本报|本台|本刊|新华社|中新社)?记者 | 向(?:本报|本台)?记者 | 对(?:我们|大家|媒体|笔者)
  | 在[^，,。“”：:\n]{1,16}?(?:时|上|中|后) | 接受[^，,。“”：:\n]{0,12}?采访时
  | 进一步 | 再次 | 一再 | 多次 | 反复 | 特别 | 明确 | 同时 | 随即 | 接着 | 笑着 | 动情地?
  | [也还则又更均都亦就]
)"""
"""Words between the speaker and the verb (``对记者``, ``在会上``, ``也``); an adverb in 地
(``高兴地``) stays with the speaker stretch and the rules cut it off."""

BEFORE = pattern(
    "quotes.before",
    rf"""(?P<who>{_WHO_LIST}) (?:{_ADVERBIAL}){{0,3}} (?P<verb>\L<verbs>) {_SP} (?P<punct>[：:，,])? {_SP} $""",
    examples=[
        "项目负责人杨亚平说：",
        "杨亚平说:",
        "他笑着说：",
        "县委副书记、县长王五在会上强调，",
        "村民张三告诉记者：",
        "李四在接受记者采访时表示，",
        "他说",
    ],
    counter=["加快推进", "提供就业岗位", "项目负责人杨亚平说：“我们", "组织开展"],
    doc="The speaker and verb of saying that end right before a quote's opening mark.",
    lists={"verbs": VERBS},
)

AFTER = pattern(
    "quotes.after",
    rf"""{_SP} [，,]? {_SP} (?!、) (?P<who>{_WHO_LIST}) (?:{_ADVERBIAL}){{0,3}} (?P<verb>\L<verbs>)
    (?= {_SP} (?:[。，,！!；;…：:]|[“「]|$) )""",
    mode="match",
    examples=[
        "杨亚平说。",
        "，县长王五表示。",
        "王五对记者说。",
        "李四说，",
        "他补充说。",
        "县委副书记、县长王五说，",
    ],
    counter=["的方式", "但不愿透露姓名", "的说法称为", "、省长王五说。"],
    doc="The speaker and verb of saying that follow right after a quote's closing mark.",
    lists={"verbs": VERBS},
)

NOT_SPEAKER_START = ("的", "之", "等", "字", "和", "与", "及", "、", "为", "是", "在")
"""A stretch after a closing mark that starts like this continues a phrase about the quoted words."""

LEADING_WORDS: tuple[str, ...] = (
    "据", "随后", "然后", "同时", "此外", "对此", "另外", "最后", "接着", "其中", "会上", "会议上",
    "当时", "后来", "如今", "现在", "目前", "并且", "并", "而", "但是", "但", "又", "也", "还", "则",
    "一位", "一名", "一个", "这位", "那位", "有位", "该", "某",
)  # fmt: skip
"""Words before the speaker that are neither role nor name (``据…介绍``, ``随后…``, ``一位村民``)."""

TRAILING_TITLES: tuple[str, ...] = (
    "代表",
    "委员",
    "同志",
    "先生",
    "女士",
    "老师",
    "师傅",
    "老人",
    "教授",
    "院士",
)
"""Titles written after a name (``冯涛代表说``): the name is what comes before them."""

PRONOUNS: tuple[str, ...] = (
    "他", "她", "他们", "她们", "我", "我们", "你", "您", "对方", "大家", "有人", "人们", "众人",
    "他们都", "她们都", "它",
)  # fmt: skip
"""Speakers named by a pronoun: the quote counts, with no name and no role."""

NON_NAME_ENDINGS = "会部局委厅府院所社报网文件书知见告议组团队方们家室处司署办馆站厂场村镇乡县市省区国"
"""Last characters that make a short speaker word a body or a document, not a person's name."""

TABLE = (BEFORE, AFTER)
