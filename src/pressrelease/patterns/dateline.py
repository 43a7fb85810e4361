"""The dateline (电头) table: the formula that opens the first paragraph of a dispatch.

Each record matches at the start of the first body paragraph. Named groups: ``agency``,
``place``, ``date``, ``end`` (电/讯/消息…), ``paren`` (the parenthesis after it, reporters or a
programme name) and ``tail`` (the punctuation or space that separates it from the text).
"""

from __future__ import annotations

from . import pattern
from .fragments import CLOSE, COLON, HAN, MONTH_DAY, OPEN, SPACE
from .words import AGENCIES, DATELINE_ENDINGS, HOUSE_OUTLETS, LOCAL_OUTLET_SUFFIXES

_PAREN = rf"(?:{SPACE}* [（(] (?P<paren>[^（()）\n]{{1,60}}) [)）])?"
_REPORTED = rf"(?:{SPACE}* (?P<byline>(?:\p{{Han}}{{0,8}}(?:记者|記者|通讯员|通訊員)){SPACE}*\p{{Han}}{{2,4}}(?:{SPACE}*[、，,]?{SPACE}*\p{{Han}}{{2,4}}){{0,3}}){SPACE}*(?:报道|報道))?"
_TAIL = rf"(?P<tail>{_REPORTED} {SPACE}* (?:{COLON}|[，,]|——|—)? {SPACE}*)"
_PLACE = rf"(?P<place>(?!\L<endings>){HAN}{{2,8}}?)"
_ONE_AGENCY = rf"(?:\L<agencies>|{HAN}{{1,10}}?(?:\L<suffixes>))"
_AGENCY = rf"(?P<agency>{_ONE_AGENCY}(?:[/／]{_ONE_AGENCY})?)"

_LISTS = {
    "agencies": list(AGENCIES),
    "suffixes": list(LOCAL_OUTLET_SUFFIXES),
    "endings": list(DATELINE_ENDINGS),
    "house": list(HOUSE_OUTLETS),
}

AGENCY_PLACE_DATE = pattern(
    "dateline.agency_place_date",
    rf"""
    (?P<head>
      {_AGENCY}
      (?:{SPACE}* (?:记者|記者))?
      (?:{_PLACE})?
      (?P<date>{MONTH_DAY})?
      (?P<end>\L<endings>)
    )
    {_PAREN} {_TAIL}
    """,
    mode="match",
    examples=[
        "新华社北京3月7日电（记者 张三 李四）",
        "人民网北京3月7日电 ",
        "中新网3月7日电",
        "国际在线陕西消息:",
        "央视网消息（新闻联播）：",
        "中新社长沙六月四日电",
        "某某日报讯（记者 王五）",
        "国际在线报道(记者 张三):",
        "青岛日报社/观海新闻12月29日讯 ",
    ],
    counter=["新华社记者近日从有关部门获悉", "人民网评论员文章", "记者3月7日从市政府获悉"],
    doc="Outlet, optional place and date, then 电/讯/消息: the classic agency dateline.",
    lists=_LISTS,
)

HOUSE = pattern(
    "dateline.house",
    rf"""
    (?P<head>
      (?P<house>\L<house>)
      (?:{_PLACE})?
      (?P<date>{MONTH_DAY})?
      (?P<end>讯|訊|电|電|消息)
    )
    {_PAREN} {_TAIL}
    """,
    mode="match",
    examples=["本报讯（记者 张三 通讯员 李四）", "本报济宁10月23日讯", "本网讯 ", "本报讯 通讯员张三报道:"],
    counter=["本报记者张三报道", "本网站"],
    doc="A paper or site referring to itself: 本报讯, 本网讯, 本报某地某日讯.",
    lists=_LISTS,
)

ACCORDING_TO = pattern(
    "dateline.according_to",
    rf"""
    (?P<head>
      据 {_AGENCY}
      (?:{_PLACE})?
      (?P<date>{MONTH_DAY})?
      (?P<end>\L<endings>)
    )
    {_PAREN} {_TAIL}
    """,
    mode="match",
    examples=["据新华社电", "据新华社北京3月7日电 ", "据某某社3月7日电，"],
    counter=["据了解，", "据统计"],
    doc="A relayed dispatch: 据某社电.",
    lists=_LISTS,
)

BRACKETED = pattern(
    "dateline.bracketed",
    rf"""
    (?P<head>
      【 {SPACE}*
      {_AGENCY}
      (?:驻 (?P<place>{HAN}{{1,8}}?))?
      (?P<role>特派记者|特约记者|记者|特派記者|記者)
      {SPACE}* (?P<names>[^】\n]{{1,30}}?) {SPACE}*
      】
    )
    (?P<paren>)? {_TAIL}
    """,
    mode="match",
    examples=["【环球时报驻某地特派记者 张三】", "【环球时报记者 李四 王五】"],
    counter=["【延伸阅读】", "【责任编辑：张三】"],
    doc="The bracketed reporter line of some papers: 【某报驻某地特派记者 张三】.",
    lists=_LISTS,
)

PAREN_OPEN = pattern(
    "dateline.paren_open",
    rf"{OPEN}{SPACE}*(?P<house>本报讯|本網訊|本网讯|本台讯)(?P<rest>[^）)】\n]{{0,40}}){CLOSE}{_TAIL}",
    mode="match",
    examples=["(本网讯 记者 张三)", "（本报讯）"],
    counter=["（一）", "(完)"],
    doc="A house dateline inside a parenthesis: (本网讯 记者…).",
)

NAMED_XUN = pattern(
    "dateline.named_xun",
    rf"""
    (?P<head>(?P<agency>{HAN}{{2,6}}?)(?P<end>讯|訊))
    (?=\s*[（(][^（()）\n]{{0,12}}(?:记者|記者|通讯员|通訊員))
    {_PAREN} {_TAIL}
    """,
    mode="match",
    examples=["某某风讯(某某融媒记者 张三 李四)"],
    counter=["某某风讯今天", "简讯"],
    doc="A local outlet's own 讯 with a reporter parenthesis after it: 某某讯（某某记者 张三）.",
    lists=_LISTS,
)

TABLE = (ACCORDING_TO, AGENCY_PLACE_DATE, HOUSE, BRACKETED, PAREN_OPEN, NAMED_XUN)
"""Tried in this order at the start of the first body paragraph; the first match wins (据某社电
before the plain form, which would take 据 into the agency's name)."""

FLASH_TITLE = pattern(
    "dateline.flash_title",
    rf"{SPACE}*【(?P<title>[^【】\n]{{4,80}})】{SPACE}*(?=\p{{Han}}{{2,16}}?(?:{MONTH_DAY})?(?:电|電|讯|訊|消息))",
    mode="match",
    examples=["【某部门：春节假期首日全国道路交通平稳有序】某某社2月15日电，"],
    counter=["【延伸阅读】", "某某社2月15日电"],
    doc="A flash item's title in brackets, glued to the dateline that follows it.",
)
