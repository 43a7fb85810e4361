"""The byline table: labels, dates and page widgets that make up the metadata line(s) by the headline.

A byline is read as a run of *anchors* (a label with its colon, a bare date-time, a widget) and
the values between them, so that fields glued together with no separator
(``2020-03-07 16:21:56来源:某某网编辑:张三责编:李四``) still come apart.
"""

from __future__ import annotations

from . import pattern
from .fragments import COLON, DATE, DATETIME, DIGITS, SPACE
from .words import (
    AGENCIES,
    AUTHOR_ROLES,
    CONTRIBUTOR_ROLES,
    EDITOR_ROLES,
    LOCAL_OUTLET_SUFFIXES,
    SOURCE_LABELS,
    TIME_LABELS,
    VIEW_LABELS,
)

CN_YEAR = pattern(
    "byline.cn_year",
    r"[〇○零一二三四五六七八九]{4}年",
    requires=("年",),
    examples=["二〇二〇年三月七日", "发布日期：一九九九年十月一日"],
    counter=["为全面完成年度目标", "2020年3月7日"],
    doc="A year in Chinese digits: the one date a byline can hold without an Arabic digit.",
)

_SOURCE_OPENER = "(?:本文|本稿|文章|稿件)"
_SOURCE_VERB = "(?:来源于|來源於|来自|來自|转自|轉自|转载自|轉載自)"
"""How a sentence leads into a source's name (本文来源于…, 转自…): an anchor in a byline, and a lead
stripped from a 来源 value."""

ANCHOR = pattern(
    "byline.anchor",
    rf"""
    (?P<widget>
        [【\[]? {SPACE}* (?:字号|字號|字体|字體) {SPACE}* {COLON}? {SPACE}* (?:[【\[]?{SPACE}*[大中小默认]{SPACE}*[】\]]?{SPACE}*){{2,4}} [】\]]?
      | [【\[] {SPACE}* (?:打印|关闭|關閉|纠错|糾錯|我要纠错|我要糾錯|收藏|分享|关闭窗口|打印本页) {SPACE}* [】\]]
      | (?:文字大小|字体大小|字體大小|背景色|背景颜色) {SPACE}* {COLON}? {SPACE}* (?:\[[^\]\n]{{0,12}}\])?
      | (?:分享到|分享|打印本页|打印|关闭窗口|收藏本页|扫一扫|掃一掃) (?=\p{{Han}}{{0,4}}(?:$|{SPACE}|[|丨｜]))
      | {DIGITS}+ {SPACE}* 次(?:浏览|阅读|點擊|点击)
    )
  | (?P<label>
        (?P<views>\L<view_labels>) {SPACE}* {COLON}
      | (?P<time>\L<time_labels>) {SPACE}* (?:{COLON}|[丨｜]|{SPACE}\|)
      | (?P<source>\L<source_labels>) {SPACE}* (?:{COLON}|[丨｜]|{SPACE}\|)
      | (?P<source_phrase>{_SOURCE_OPENER}{_SOURCE_VERB}) {SPACE}* {COLON}?
      | (?P<editor>(?:\L<editor_roles>|(?<!\p{{Han}})\L<single_roles>)) {SPACE}* (?:{COLON}|[丨｜]|{SPACE}\|)
      | (?P<author>(?:\L<author_roles>|(?<!\p{{Han}})\L<single_roles>)) {SPACE}* (?:{COLON}|/|／|[丨｜︱]|{SPACE}\|)
      | (?P<contrib>\L<contributor_roles>) {SPACE}* {COLON}
      | (?P<other>版次|版面|期数|期數|栏目|欄目|字数|关键词|关键字|關鍵詞|标签|標籤|所属分类|所屬分類|分类|分類) {SPACE}* {COLON}
      | (?P<title>标{SPACE}*题|標{SPACE}*題|名{SPACE}*称|名{SPACE}*稱) {SPACE}* {COLON}
      | (?P<meta>索{SPACE}*引{SPACE}*号|主{SPACE}*题{SPACE}*分{SPACE}*类|主{SPACE}*题{SPACE}*词|发{SPACE}*文{SPACE}*机{SPACE}*关|成{SPACE}*文{SPACE}*日{SPACE}*期|发{SPACE}*文{SPACE}*字{SPACE}*号|文{SPACE}*号|所属机构|公开方式|公开范围|有效性|体裁分类|组配分类|信息分类|生成日期|废止时间|时效|文件编号|发布机构|实施日期) {SPACE}* {COLON}
    )
  | (?P<datetime>{DATETIME})
  | (?P<cndate>[〇○零一二三四五六七八九]{{4}}年[〇○零一二三四五六七八九十]{{1,3}}月[〇○零一二三四五六七八九十]{{1,3}}日)
  | (?P<partial>(?<![0-9０-９])(?:{DIGITS}{{1,2}}月{DIGITS}{{1,2}}日|{DIGITS}{{2}}-{DIGITS}{{2}}) {SPACE}+ {DIGITS}{{1,2}}{COLON}{DIGITS}{{2}}(?![0-9０-９]))
    """,
    examples=[
        "来源:新华社",
        "索 引 号：000014349/2004-00206",
        "标　　题：某某通知",
        "成文日期：2004年04月17日",
        "2020-03-07 16:21:56",
        "责编:李四",
        "字号：大 中 小",
        "【打印】",
        "浏览次数:12",
        "文/张三",
        "04月06日 14:34",
        "二〇二〇年三月七日",
        "08-12 17:48",
        "本文来源于某某统计局",
        "来源丨某县发布",
        "来源 | 某县融媒体中心",
    ],
    counter=["新华社北京3月7日电", "记者", "大中小学", "网站地图 | 联系我们"],
    doc="One anchor of a byline: a labelled field's label, a bare date-time, or a page widget.",
    lists={
        "view_labels": VIEW_LABELS,
        "time_labels": TIME_LABELS,
        "source_labels": SOURCE_LABELS,
        "editor_roles": tuple(r for r in EDITOR_ROLES if len(r) > 1),
        "author_roles": tuple(r for r in AUTHOR_ROLES if len(r) > 1),
        "single_roles": tuple(r for r in EDITOR_ROLES + AUTHOR_ROLES if len(r) == 1),
        "contributor_roles": CONTRIBUTOR_ROLES,
    },
)

DATETIME_VALUE = pattern(
    "byline.datetime",
    DATETIME,
    examples=["2020-03-07 16:21:56", "2020年03月07日16:21", "2020/3/7", "2020-03-07", "（2019-10-12）", "2020 03/07 16:21:56"],
    counter=["3月7日", "20200307", "2020-13"],
    doc="A publication date with Arabic digits, optionally with a time, in any of the common layouts.",
)

SEPARATORS = pattern(
    "byline.separators",
    rf"^[{SPACE[1:-1]}|丨｜/／\\·•,，;；:：\-—_【】\[\]]*$",
    mode="search",
    examples=["", " | ", "  ", "丨"],
    counter=["新华社", "a"],
    doc="Text between byline fields that carries no value.",
)

TAIL_DATE = pattern(
    "byline.tail_date",
    rf"""{DATE} {SPACE}* (?:[（(] {SPACE}* (?:星期|週|周|礼拜)[一二三四五六日天] {SPACE}* [)）])? (?:{SPACE}* (?P<hour>{DIGITS}{{1,2}}) {SPACE}* {COLON} {SPACE}* (?P<minute>{DIGITS}{{2}}) (?!{DIGITS}))? (?P<second>)""",
    mode="fullmatch",
    examples=["2012年7月3日（星期二）", "2020年3月7日", "2020-03-07 16:21"],
    counter=["2020年3月7日上午，会议召开", "3月7日"],
    doc="A date on a line of its own after the article (Hong Kong releases, signed documents).",
)

TAIL_CLOCK = pattern(
    "byline.tail_clock",
    rf"""^{SPACE}* (?:香港|澳門|澳门|北京)?(?:時間|时间) {SPACE}* (?P<hour>{DIGITS}{{1,2}}) {SPACE}* (?:時|时|{COLON}) {SPACE}* (?P<minute>{DIGITS}{{1,2}}) 分? {SPACE}* $""",
    mode="search",
    examples=["香港時間16時21分", "香港时间9时05分"],
    counter=["时间过得很快"],
    doc="The clock line under the date of a Hong Kong government release.",
)

MONTH_DAY_VALUE = pattern(
    "byline.month_day",
    rf"(?P<month>{DIGITS}{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?P<day>{DIGITS}{{1,2}}|[一二三四五六七八九十]{{1,3}})日",
    examples=["3月7日", "12月19日", "三月七日", "十二月三十日"],
    counter=["3月", "本月"],
    doc="A month and day (Arabic or Chinese numerals), resolved against the publication date.",
)

_OUTLET_NAME = r"(?:\L<agencies>|\p{Han}{1,12}?(?:\L<suffixes>))"
OUTLET = pattern(
    "byline.outlet",
    rf"{_OUTLET_NAME}(?:{SPACE}*[-－/／·]{SPACE}*{_OUTLET_NAME})*",
    mode="fullmatch",
    examples=["人民网-人民日报", "新华网", "人民日报", "某某县融媒体中心", "青岛日报社/观海新闻"],
    counter=["张三", "未知", "2020-03-07"],
    doc="An outlet name printed without a 来源 label in a byline (the source).",
    lists={"agencies": AGENCIES, "suffixes": LOCAL_OUTLET_SUFFIXES},
)

URL = pattern(
    "byline.url",
    r"(?:https?://|www\.)[A-Za-z0-9./?=&%_:#~+-]+",
    mode="fullmatch",
    examples=["http://www.sina.com.cn", "www.gov.cn/zhengce"],
    counter=["新华网"],
    doc="A web address left in a byline by page conversion.",
)

SOURCE_LEAD = pattern(
    "byline.source_lead",
    rf"{_SOURCE_OPENER}?{_SOURCE_VERB}[:：]?\s*",
    mode="match",
    examples=["本文来源于某某报", "转自某某网"],
    counter=["某某报"],
    doc="Words that lead into a source name without being part of it.",
)

WORD = pattern(
    "byline.word",
    r"[^\s\u3000\xa0|丨｜]+",
    examples=["孝昌县融媒体中心"],
    counter=["   "],
    doc="A run of characters between spaces or bars: the unit in which unlabelled byline text is explained.",
)
