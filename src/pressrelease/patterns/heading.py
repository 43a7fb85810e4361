"""The heading (小标题) table: numbered levels of official documents, brackets, chapters.

Each numbered record names the prefix of a heading line; whether the line *is* a heading (a short
standalone line) or a paragraph that opens with a number (``一、总体要求。坚持……``) is decided by
the heading rule from the rest of the line. ``rank`` orders the styles from outermost to innermost
as GB/T 9704 prescribes; the levels of one release are the ranks it uses, renumbered from 1.
"""

from __future__ import annotations

import attrs

from . import Pattern, pattern, quotes, transcript
from .fragments import CLOSE, DIGITS, HAN_NUM, OPEN, SPACE
from .fragments import COLON as COLON_MARK
from .words import SPEAKER_ROLES

_HAN_ORD = r"[一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾]{1,4}"


@attrs.frozen
class HeadingStyle:
    """A numbering or marking convention for headings and the rank it has among the others."""

    name: str
    rank: int
    pattern: Pattern


PART = pattern(
    "heading.part",
    rf"^第{SPACE}*(?:{_HAN_ORD}|{DIGITS}{{1,3}}){SPACE}*[编編部分]{{1,2}}(?=$|{SPACE}|\p{{Han}})",
    mode="search",
    examples=["第一编 总则", "第二部分 主要任务"],
    counter=["第一条 为了", "第一章"],
    doc="Parts of a long document: 第一编, 第二部分.",
)
CHAPTER = pattern(
    "heading.chapter",
    rf"^第{SPACE}*(?:{_HAN_ORD}|{DIGITS}{{1,3}}){SPACE}*章(?=$|{SPACE}|\p{{Han}})",
    mode="search",
    examples=["第一章 总则", "第十二章　附则", "第3章 监督"],
    counter=["第一条 为了", "第一次会议"],
    doc="Chapters of laws and regulations: 第一章.",
)
SECTION = pattern(
    "heading.section",
    rf"^第{SPACE}*(?:{_HAN_ORD}|{DIGITS}{{1,3}}){SPACE}*节(?=$|{SPACE}|\p{{Han}})",
    mode="search",
    examples=["第一节 一般规定"],
    counter=["第一次会议", "第一章"],
    doc="Sections within chapters: 第一节.",
)
ARTICLE = pattern(
    "heading.article",
    rf"^第{SPACE}*(?:{_HAN_ORD}|{DIGITS}{{1,3}}){SPACE}*条(?=$|{SPACE}|\p{{Han}}|{OPEN})",
    mode="search",
    examples=["第一条 为了规范管理，制定本办法。", "第二十三条　"],
    counter=["第一章 总则", "第一批"],
    doc="Articles of laws and regulations: 第一条 (a paragraph with a lead-in unless it stands alone).",
)
HAN_NUMBERED = pattern(
    "heading.numbered_han",
    rf"^{HAN_NUM}{SPACE}*[、.．,，]",
    mode="search",
    examples=["一、总体要求", "十二、附则", "三．保障措施"],
    counter=["一是加强领导", "（一）加强领导", "一手抓"],
    doc="Level 1 of official documents: 一、",
)
PAREN_HAN = pattern(
    "heading.paren_han",
    rf"^{OPEN}{SPACE}*{HAN_NUM}{SPACE}*{CLOSE}",
    mode="search",
    examples=["（一）加强组织领导", "(二)强化保障"],
    counter=["（1）做好", "一、总体"],
    doc="Level 2 of official documents: （一）",
)
ARABIC_NUMBERED = pattern(
    "heading.numbered_arabic",
    rf"^{DIGITS}{{1,2}}{SPACE}*(?:[、]|[.．](?!{DIGITS}))",
    mode="search",
    examples=["1.明确目标", "2、压实责任", "10．附则"],
    counter=["1.5万元", "2020年", "（1）"],
    doc="Level 3 of official documents: 1. or 1、",
)
PAREN_ARABIC = pattern(
    "heading.paren_arabic",
    rf"^{OPEN}{SPACE}*{DIGITS}{{1,2}}{SPACE}*{CLOSE}",
    mode="search",
    examples=["（1）做好宣传", "(2)加强督查"],
    counter=["（一）", "1."],
    doc="Level 4 of official documents: （1）",
)
CIRCLED = pattern(
    "heading.circled",
    r"^[①-⑳]",
    mode="search",
    examples=["①加强领导"],
    counter=["1.加强"],
    doc="Level 5: circled numbers ①.",
)
BRACKET = pattern(
    "heading.bracket",
    rf"^[【〖][^【】〖〗\n]{{1,40}}[】〗]{SPACE}*$",
    mode="search",
    examples=["【延伸阅读】", "【专家解读】", "〖背景〗"],
    counter=["【责任编辑：张三】延伸", "【延伸阅读"],
    doc="A bracketed label heading: 【…】 on a line of its own.",
)

DECIMAL_2 = pattern(
    "heading.decimal_2",
    rf"^{DIGITS}{{1,2}}[.．]{DIGITS}{{1,2}}(?![.．]?{DIGITS}){SPACE}+",
    mode="search",
    examples=["1.1　编制目的及依据", "2.3 应急响应"],
    counter=["1.5万元", "1.1.1 启动条件"],
    doc="Second level of decimal-numbered plans (预案): 1.1.",
)
DECIMAL_3 = pattern(
    "heading.decimal_3",
    rf"^{DIGITS}{{1,2}}[.．]{DIGITS}{{1,2}}[.．]{DIGITS}{{1,2}}{SPACE}+",
    mode="search",
    examples=["1.1.1　启动条件"],
    counter=["1.1 编制目的"],
    doc="Third level of decimal-numbered plans: 1.1.1.",
)
DECIMAL_1 = pattern(
    "heading.decimal_1",
    rf"^{DIGITS}{{1,2}}{SPACE}+(?=\p{{Han}})",
    mode="search",
    examples=["1　总则", "2 组织机构和职责"],
    counter=["1.总则", "2020年"],
    doc="First level of decimal-numbered plans: a number, a space, the title.",
)

STYLES: tuple[HeadingStyle, ...] = (
    HeadingStyle("part", 0, PART),
    HeadingStyle("chapter", 1, CHAPTER),
    HeadingStyle("section", 2, SECTION),
    HeadingStyle("numbered.han", 3, HAN_NUMBERED),
    HeadingStyle("numbered.paren_han", 4, PAREN_HAN),
    HeadingStyle("numbered.arabic", 5, ARABIC_NUMBERED),
    HeadingStyle("numbered.paren_arabic", 6, PAREN_ARABIC),
    HeadingStyle("numbered.circled", 7, CIRCLED),
    HeadingStyle("numbered.decimal_3", 7, DECIMAL_3),
    HeadingStyle("numbered.decimal_2", 6, DECIMAL_2),
    HeadingStyle("numbered.decimal_1", 5, DECIMAL_1),
    HeadingStyle("article", 8, ARTICLE),
)
"""Numbered styles, outermost first."""

UNNUMBERED_RANK = 3
"""Bracketed and short-line headings rank with 一、 (they are top-level in news articles)."""

LABEL_RANK = UNNUMBERED_RANK - 1
"""A label heading (``heading.label``) ranks just above the unnumbered heading under it, which it opens."""

ENUMERATION_LEAD = pattern(
    "heading.enumeration_lead",
    rf"^(?:{HAN_NUM}是|首先|其次|再次|最后|第{HAN_NUM}[，,、]|{HAN_NUM}要)",
    mode="search",
    examples=["一是加强领导；", "二是压实责任", "首先，"],
    counter=["一手抓", "是一个"],
    doc="An enumeration that opens a paragraph: 一是…；二是….",
)

SENTENCE_END = pattern(
    "heading.sentence_end",
    r"[。！!；;…，,、：:]$",
    examples=["会议强调：", "这是一句话。"],
    counter=["抓产业 促增收", "为何重要？"],
    doc="Punctuation that ends running text: a line ending so is not a heading.",
)
QUESTION_END = pattern(
    "heading.question_end",
    r"[？?]$",
    examples=["这项任务为何重要？"],
    counter=["一、总体要求"],
    doc="A question mark at the end: a short question may head a section.",
)
COLON = pattern(
    "heading.colon",
    r"[:：]",
    examples=["附件：某某表"],
    counter=["抓产业 促增收"],
    doc="A colon: an unnumbered line with one is a label or a lead-in, not a heading.",
)
KEYWORD = pattern(
    "heading.keyword",
    rf"""^{SPACE}*(?![问答問]|记者|記者|主持)
        [“"「]?\p{{Han}}{{1,8}}[”"」]?之?(?:[一二三四五六七八九十]{{1,3}}|{DIGITS}{{1,2}})
        {SPACE}*[:：]{SPACE}*[^。！？!?；;，,、：:\n]{{2,24}}{SPACE}*$""",
    mode="search",
    examples=["关键词一：稳增长", "亮点1：产业升级", "变化一：村里路宽了", "“三个聚焦”之一：组织建设"],
    counter=["记者1：请问如何申请", "问一：如何办理", "一是：加强领导", "会议强调：要抓好落实。", "亮点一：产业升级，就业增加"],
    doc=(
        "An enumerated keyword and a short title (关键词一：稳增长, 亮点1：…, “三个聚焦”之一：…): a "
        "heading with a colon inside, as data round-ups and reports print them."
    ),
)

ROSTER_ENTRY = pattern(
    "heading.roster_entry",
    rf"""^{SPACE}*(?:\p{{Han}}{{2,4}}|\p{{Han}}{SPACE}+\p{{Han}}|\p{{Han}}{{1,8}}[·•・]\p{{Han}}{{1,10}}) {SPACE}{{2,}}
        [\p{{Han}}、，,（）()]{{0,40}}(?:\L<posts>){SPACE}*$""",
    mode="search",
    examples=[
        "\u3000\u3000李明\u3000\u3000某某部部长",
        "张\u3000勇\u3000\u3000发展改革委副主任",
        "王五  市委书记",
    ],
    counter=["抓产业\u3000\u3000促增收", "李明部长调研春耕", "一、某某部部长"],
    doc="A name, a gap of two or more spaces, then a post: one line of a list of people (名单), not a heading.",
    lists={"posts": SPEAKER_ROLES},
)
LABEL_INTRO_ENDINGS: tuple[str, ...] = (
    *transcript.NOT_SPEAKERS,
    *transcript.SPEAKER_ROLES,
    *quotes.VERBS,
    "是", "为", "為", "有", "如下", "以下",
)  # fmt: skip
"""Endings of a colon line that introduce speech, a list or a speaker's turn, not a section."""

LABEL = pattern(
    "heading.label",
    rf"^{SPACE}*[^。！？!?；;，,：:“”\"\n]{{2,24}}(?<!\L<intro>){SPACE}*{COLON_MARK}{SPACE}*$",
    examples=["英国《某某时报》：", "某某市融媒体中心:", "全国人大代表、某某公司董事长李明："],
    counter=["会议强调：", "他表示：", "主要内容如下：", "目标是：", "记者：", "主持人：", "记者：请问有哪些新举措？"],
    doc=(
        "A short label closed by a colon (an outlet, a person) over the heading it introduces: a "
        "round-up opens each section with who is cited, then that section's title. A heading only "
        "right above an unnumbered heading."
    ),
    lists={"intro": LABEL_INTRO_ENDINGS},
)
INNER_STOP = pattern(
    "heading.inner_stop",
    r"[。！？!?；;]",
    examples=["一句。又一句"],
    counter=["抓产业 促增收"],
    doc="A sentence stop inside a line: headings hold no sentence break.",
)
HAN_CHAR = pattern(
    "heading.han_char",
    r"\p{Han}",
    examples=["一"],
    counter=["abc"],
    doc="One Han character (headings need at least two).",
)
LEAD_SENTENCE = pattern(
    "heading.lead_sentence",
    r"[^。！？!?；;，,：:“”\"]{2,18}[。！？!?]",
    mode="match",
    examples=["信息直接送到人。陇县人力资源市场开通线上招聘通道"],
    counter=["连日来，某县组织群众开展春耕生产。"],
    doc="A short first sentence that acts as a sub-heading of its paragraph (信息直接送到人。).",
)
