"""The credits table: the closing credit line, standalone or glued to the last paragraph."""

from __future__ import annotations

from . import pattern
from .fragments import DIGITS, SPACE
from .words import AUTHOR_ROLES, CONTRIBUTOR_ROLES, EDITOR_ROLES

_ROLES = {
    "roles": sorted(set(EDITOR_ROLES + AUTHOR_ROLES + CONTRIBUTOR_ROLES), key=len, reverse=True),
}

END_MARK = pattern(
    "credits.end_mark",
    rf"^{SPACE}*[（(【\[—\-－]*{SPACE}*(?:完|全文完|完稿|終|终){SPACE}*[)）】\]—\-－]*{SPACE}*$",
    mode="search",
    examples=["（完）", "(完)", "完", "【完】", "—完—", "（全文完）"],
    counter=["完成", "（完善）"],
    doc="The end mark of a dispatch: （完）.",
)

BRACKETED = pattern(
    "credits.bracketed",
    rf"""(?P<open>[（(【\[［〔]) {SPACE}* (?P<body>[^（()）【】\[\]［］〔〕\n]{{1,100}}?) {SPACE}* (?P<close>[)）】\]］〕]) {SPACE}* $""",
    mode="search",
    examples=["（供稿 某县委组织部 编辑 张三）", "(责编:张三、李四)", "【责任编辑：王五】", "（记者 张三）"],
    counter=["（一）加强领导", "(完"],
    doc="A bracketed group at the end of a line; the credit rule checks that its body names roles and people.",
)

LABELLED_LINE = pattern(
    "credits.labelled_line",
    rf"""^{SPACE}* [【\[（(]? {SPACE}* (?:\L<roles>) {SPACE}* [:：/／]""",
    mode="search",
    examples=["责任编辑：张三", "【责任编辑：张三】", "文/张三 图/李四", "编辑：王五 审核：赵六"],
    counter=["编辑部的故事", "记者了解到"],
    doc="A credit line of labelled roles: 责任编辑：张三.",
    lists=_ROLES,
)

TRAILER_LINE = pattern(
    "credits.trailer",
    rf"""^{SPACE}* [【\[（(]? {SPACE}* (?P<label>原标题|原標題|原题|来源|來源|稿源|转自|轉自|本文来源|本文来自|信息来源|编者按) {SPACE}* [:：]""",
    mode="search",
    examples=["原标题：某某", "来源：某某日报", "（来源：某某网）"],
    counter=["来源广泛", "原标题"],
    doc="A closing line that names the original title or the source.",
)

PRINT_SOURCE = pattern(
    "credits.print_source",
    rf"""^{SPACE}* 《 {SPACE}* (?P<outlet>[^《》\n]{{2,20}}?) {SPACE}* 》 {SPACE}* [（(] {SPACE}*
        (?:{DIGITS}{{4}}{SPACE}*年{SPACE}*{DIGITS}{{1,2}}{SPACE}*月{SPACE}*{DIGITS}{{1,2}}{SPACE}*日 | {DIGITS}{{4}}[-/.]{DIGITS}{{1,2}}[-/.]{DIGITS}{{1,2}})
        {SPACE}* (?:第? {SPACE}* [A-Za-z]? {DIGITS}{{1,3}} {SPACE}* 版)? {SPACE}* [）)] {SPACE}* $""",
    mode="search",
    examples=[
        "《 人民日报 》( 2024年11月19日 06 版)",
        "《某某日报》（2021年3月2日第3版）",
        "《某某晚报》(2020-03-07)",
    ],
    counter=["《某某条例》（2020年修订）", "《人民日报》发表评论员文章"],
    doc="Where the article was printed: 《报名》 with the date and page, under a reprinted article.",
)
