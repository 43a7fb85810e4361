"""The furniture table: lines of official documents (公文) and editorial notes that are not paragraphs.

Document number, addressees, attachments, signing organ and date, publication notes, the original
title of a reprint. They stay in the body's place in the text as ``note`` parts.
"""

from __future__ import annotations

from . import pattern
from .fragments import COLON, DATE, DIGITS, HAN_DIGIT, SPACE

DOC_NUMBER = pattern(
    "furniture.doc_number",
    rf"^{SPACE}*(?:\p{{Han}}{{1,12}}[〔\[［(（【]{SPACE}*{DIGITS}{{4}}{SPACE}*[〕\]］)）】]{SPACE}*(?:第{SPACE}*)?{DIGITS}{{1,5}}|第{SPACE}*{DIGITS}{{1,5}}){SPACE}*号{SPACE}*$",
    examples=["国办发〔2019〕5号", "某政办发[2022]12号", "苏府[2015]139号", "第706号"],
    counter=["根据国办发〔2019〕5号文件精神，现通知如下。"],
    doc="A document number (发文字号) on a line of its own.",
)

ADDRESSEES = pattern(
    "furniture.addressees",
    # the look-ahead restates the colon at the end, so a line that lacks it fails in one scan
    # instead of backtracking through the three spans
    rf"^(?=[^\n]*{COLON}{SPACE}*$){SPACE}*(?:(?:各|全|市|县|区|省|中央|国务院)[^。！？\n]{{1,150}}|[^。！？\n]{{2,150}}[，,、][^。！？\n]{{1,150}}|[^。！？，,、：:\n]{{1,24}})(?:政府|委员会|常委会|委|办公室|办|厅|局|部门|单位|机构|公司|学校|医院|组织|团体|党组|管委会|街道|乡镇|社区|委员|代表){SPACE}*{COLON}{SPACE}*$",
    requires=(":", "：", "︰", "∶"),
    examples=[
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "各区县人民政府，市政府各部门：",
        "某某产业园区管委会,各乡镇人民政府,市级各部门:",
        "某某省人民政府：",
        "市人大常委会:",
        "张某某委员：",
    ],
    counter=["会议强调：", "各地要高度重视。"],
    doc="The addressee line of an official document, ending with a colon.",
)

ATTACHMENT = pattern(
    "furniture.attachment",
    rf"^{SPACE}*附{SPACE}*件{SPACE}*(?:{DIGITS}{{1,2}}{SPACE}*)?{COLON}?",
    examples=["附件：1. 某某名单", "附件:2022年任务落实情况", "附件2：某某表"],
    counter=["附近的居民"],
    doc="An attachment line (附件：…).",
)

SIGNING_DATE = pattern(
    "furniture.signing_date",
    rf"^{SPACE}*(?:{DATE}|(?:{HAN_DIGIT}{{4}})年{HAN_DIGIT}{{1,2}}月{HAN_DIGIT}{{1,3}}日){SPACE}*$",
    examples=["2024年11月20日", "二〇二〇年三月七日", "2020-03-07"],
    counter=["2020年3月7日上午，会议召开。"],
    doc="The date line under a signature (成文日期), Arabic or Chinese numerals.",
)

PUBLIC_NOTE = pattern(
    "furniture.public_note",
    rf"^{SPACE}*[（(]{SPACE}*(?:(?:此件|本件)[^（()）\n]{{1,12}}|本文有删减|有删减|略){SPACE}*[)）]{SPACE}*$",
    examples=["（此件公开发布）", "(此件主动公开)", "（本文有删减）"],
    counter=["（一）加强领导"],
    doc="The publication note of an official document: （此件公开发布）.",
)

ORIGINAL_TITLE = pattern(
    "furniture.original_title",
    rf"^{SPACE}*[【\[（(]?{SPACE}*(?:原标题|原標題|原题){SPACE}*{COLON}",
    examples=["原标题：某地出台新规", "【原标题：某某】"],
    counter=["标题党"],
    doc="The original title of a reprinted article.",
)

ADOPTION_NOTE = pattern(
    "furniture.adoption_note",
    # the look-ahead restates what either branch needs (an opening bracket first, or a closing
    # one last), so other lines fail at once instead of backtracking through the spans
    rf"""^(?={SPACE}*[（(]|[^\n]*[)）]{SPACE}*$){SPACE}*(?:
        [（(][^（()）\n]{{0,12}}(?:{DIGITS}{{4}}|[〇○零一二三四五六七八九]{{4}})年[^（()）\n]{{0,40}}(?:[)）])?
      | [^（()）\n]{{2,40}}(?:通过|发布|公布|修订|施行|印发|会议上|讲话)[)）]
    ){SPACE}*$""",
    requires=("(", "（", ")", "）"),
    examples=[
        "（二〇一八年六月一日国务院第十次常务会议通过）",
        "(2018年9月27日在市人大常委会第五次会议上)",
        "（二○○四年六月十六日国务院",
        "第54次常务会议修订通过）",
    ],
    counter=["（一）加强组织领导", "2018年9月27日，会议召开。"],
    doc="The adoption or delivery note under the title of a law, regulation or report, possibly over two lines.",
)

CONTENTS = pattern(
    "furniture.contents",
    rf"^{SPACE}*目{SPACE}*录{SPACE}*$",
    examples=["目 录", "目录"],
    counter=["目录清单如下"],
    doc="The title of a table of contents; the entries under it repeat the headings and are not headings.",
)

FEATURE_TITLE = pattern(
    "furniture.feature_title",
    rf"^{SPACE}*题{SPACE}*{COLON}",
    examples=["题：某地探索基层治理新路径", "题:某某"],
    counter=["题目是什么", "问题：某某"],
    doc="The 题： line of an agency feature, after its dateline: the story's title, not a paragraph.",
)

ROLE_LINE = pattern(
    "furniture.role_line",
    rf"^{SPACE}*[□■◎●○◇◆☆★]?{SPACE}*\p{{Han}}{{0,8}}(?:记者|通讯员|摄影|编辑|评论员){SPACE}*$",
    examples=["新华社记者", "本报记者", "摄影", "本报评论员", "□本报评论员"],
    counter=["新华社记者张三", "记者会", "记者节"],
    doc="A role word alone on a line (the names follow elsewhere, or in a photo credit): never a heading.",
)

AUTHOR_NOTE = pattern(
    "furniture.author_note",
    rf"^{SPACE}*[（(]{SPACE}*作者(?:系|为|為|是|单位|單位){SPACE}*[:：]?[^（()）\n]{{2,60}}[)）]{SPACE}*$",
    examples=["（作者系某市委党校教授）", "(作者为某某大学经济学院副院长)", "（作者单位：某某研究院）"],
    counter=["（作者 张三）", "作者系某市委党校教授，长期研究基层治理。"],
    doc="Who the author is, in brackets under a commentary (作者系…): neither a paragraph nor a credit.",
)

EDITORS_NOTE = pattern(
    "furniture.editors_note",
    rf"^{SPACE}*[【\[（(]?{SPACE}*编者按{SPACE}*[】\]）)]?{SPACE}*{COLON}?",
    examples=["编者按：今年以来，某某……", "【编者按】"],
    counter=["编者的话很多"],
    doc="An editor's note (编者按) that opens a feature: neither body nor credits.",
)

DECREE_TITLE = pattern(
    "furniture.decree_title",
    rf"^{SPACE}*(?:中华人民共和国)?\p{{Han}}{{2,12}}令{SPACE}*$",
    examples=["中华人民共和国国务院令", "某某市人民政府令"],
    counter=["命令", "某某市人民政府关于某事的通知"],
    doc="The order (令) line above a decree's number.",
)


TABLE = (CONTENTS, EDITORS_NOTE, AUTHOR_NOTE, DECREE_TITLE, FEATURE_TITLE, ROLE_LINE, DOC_NUMBER, ADDRESSEES, ATTACHMENT, SIGNING_DATE, PUBLIC_NOTE, ORIGINAL_TITLE, ADOPTION_NOTE)

SENTENCE_TABLE = (EDITORS_NOTE, FEATURE_TITLE, ATTACHMENT, ORIGINAL_TITLE, ADOPTION_NOTE)
"""The records of :data:`TABLE`, in its order, that can match a line ending with a full stop: the others
end the line with what they recognise (号, a colon, a date, 令, a closing bracket), so a sentence line
(most of a body) tries five records instead of twelve."""
