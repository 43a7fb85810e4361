"""The dates table: how a release writes a day, a month, a range or a time relative to its own date.

Releases date events without a year (``2月19日``), with a part of the day (``2月24日下午``), as
ranges sharing their month (``3月27—29日``, ``1-6月``), in Chinese numerals (``二〇二〇年三月七日``,
``十一月十一日``), by a word relative to the day of publication (``连日来``, ``近日``, ``今年一季度``)
or by a holiday (``春节前``). :data:`MENTION` reads the written dates, :data:`NUMERIC` the
``2020-03-07`` forms, :data:`RELATIVE` the relative words and :data:`HOLIDAY` the holidays; the
rules in :mod:`pressrelease.facts.dates` resolve what they match.

Every record is a bounded alternation with no nested repetition, so a search is linear in the text.
"""

from __future__ import annotations

from . import pattern
from .fragments import SPACE

# Numbers. Arabic (half- or full-width) or Chinese numerals; the rules convert them with cn_to_int.
_D = r"[0-9０-９]"
_NOT_AFTER_NUMBER = r"(?<![0-9０-９.．A-Za-z〇○零一二三四五六七八九十两第每个几])"
"""A mention does not start inside a number, an ordinal (第三月) or a recurrence (每月)."""
_YNUM = r"(?:[12１２][0-9０-９]{3}|[一二][〇○零一二三四五六七八九]{3})"
_MNUM = rf"(?:[1１][0-2０-２](?!{_D})|[0０]?[1-9１-９](?!{_D})|十[一二]?|[一二三四五六七八九])"
_DNUM = rf"(?:[12１２][0-9０-９](?!{_D})|[3３][01０１](?!{_D})|[0０]?[1-9１-９](?!{_D})|三十一?|[二廿]十?[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_HNUM = rf"(?:[01２０１]?[0-9０-９](?!{_D})|2[0-4]|二十[一二三四]?|十[一二三四五六七八九]?|[〇零一二两三四五六七八九])"
_MINNUM = rf"(?:[0-5０-５][0-9０-９](?!{_D})|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九]|半)"
_SP = rf"(?:{SPACE}|\u00ad)*"

SEPARATORS = ("至", "到", "—", "——", "–", "-", "－", "~", "～", "〜")
"""What joins the two ends of a range: ``3月27日至4月2日``, ``3月27—29日``, ``1-6月``."""
_SEP = r"(?:至|到|—{1,2}|–|-|－|~|～|〜)"

_PARTS_OF_DAY = (
    "凌晨", "清晨", "早晨", "早上", "早间", "上午", "中午", "午间", "午后", "下午", "傍晚",
    "晚上", "晚间", "夜间", "夜里", "深夜", "当晚", "晚", "夜",
)  # fmt: skip
"""Parts of the day written after a date (``2月24日下午``, ``5月18日晚``)."""
_POD = r"(?P<pod>凌晨|清晨|早晨|早上|早间|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|晚(?!会|报|宴|餐|饭|年|期|稻|霞|辈|秋|清)|夜(?!以继日|校|市|景|空|班))"
_TIME = rf"""(?P<time>
    (?P<hour>{_HNUM}) {_SP} (?:时|点(?!{_D}))
    (?: {_SP} (?P<minute>{_MINNUM}) {_SP} 分 )?
  | (?P<hour>[0-2０-２]?[0-9０-９]) [:：] (?P<minute>[0-5０-５][0-9０-９]) (?!{_D})
) (?:许|左右)?"""
_WEEKDAY = r"(?P<weekday>[（(](?:星期|周|礼拜)[一二三四五六日天][)）]|(?:星期|礼拜)[一二三四五六日天])"
_QUARTER = r"(?P<quarter>第?[一二三四1-4１-４]季度|前[一二两三]个?季度)"
_HALF = r"(?P<half>[上下]半年度?)"
_YEAR_SUB = r"(?P<ysub>初(?!步|次|期|级|始|心|稿|审|见|具|露|显|创|选|赛|任|值|定|衷|现|中|小)|底|末|中(?![\p{Han}A-Za-z0-9]))"
_MONTH_SUB = r"""(?P<msub>[上中下]旬|中下旬|上中旬|初(?!步|次|期|级|始|心|稿|审|见|具|露|显|创|选|赛|任|值|定|衷|现|中|小|一|二|三|四|五|六|七|八|九|十)|底|末|中(?![\p{Han}A-Za-z0-9]))"""
RELATIVE_YEARS = ("今年", "去年", "明年", "前年", "上年", "本年", "后年")
"""Years named relative to the publication year, with their offsets in the rules."""
_REL_YEAR = r"(?P<rel>今年|去年|明年|(?<![以之此提])前年|(?<![以])上年|本年|(?<![以之此今然最])后年)"

_YEAR = rf"(?:{_REL_YEAR}|(?P<y>{_YNUM}){_SP}年(?!代|级))"
_MONTH_DAY = rf"""
    (?P<m>{_MNUM}) {_SP} 月 {_SP}
    (?:
        (?P<d>{_DNUM}) {_SP} {_SEP} {_SP} (?P<d2>{_DNUM}) {_SP} [日号]             # 3月27—29日
      | (?P<d>{_DNUM}) {_SP} [日号]
        (?: {_SP} {_SEP} {_SP}
            (?: (?: (?P<y2>{_YNUM}) {_SP} 年 {_SP} )? (?P<m2>{_MNUM}) {_SP} 月 {_SP} (?P<d2>{_DNUM}) {_SP} [日号]
              | (?P<d2>{_DNUM}) {_SP} [日号]
              | (?P<now>今)(?![天日年])
            )
        )?
    )"""
_MONTH = rf"""
    (?P<m>{_MNUM}) {_SP} {_SEP} {_SP} (?P<m2>{_MNUM}) {_SP} 月 份?                   # 1-6月
  | (?P<m>{_MNUM}) {_SP} 月 (?!份?{_SP}[0-9０-９]) 份? {_MONTH_SUB}?
    (?: {_SP} {_SEP} {_SP}
        (?: (?: (?P<y2>{_YNUM}) {_SP} 年 {_SP} )? (?P<m2>{_MNUM}) {_SP} 月 份? (?P<msub2>[上中下]旬|初|底|末)?
          | (?P<now>今)(?![天日年])
        )
    )?"""

MENTION = pattern(
    "dates.mention",
    rf"""
    (?=[0-9０-９〇○零一二三四五六七八九十今去明前上本后昨])
    {_NOT_AFTER_NUMBER} (?<!每年)
    (?: (?P<relday>今日|今天|明日|明天|昨日|昨天) {_SP} [（(] {_SP} )?
    (?:
        (?: {_YEAR} {_SP} )? (?: {_MONTH_DAY} | {_MONTH} )
      | (?P<y>{_YNUM}) {_SP} {_SEP} {_SP} (?P<y2>{_YNUM}) {_SP} 年 (?!代|级) 度?              # 2021—2025年
      | (?P<y>{_YNUM}) {_SP} 年 度? {_SP} {_SEP} {_SP} (?P<y2>{_YNUM}) {_SP} 年 (?!代|级) 度?  # 2019年至2020年
      | (?P<y>{_YNUM}) {_SP} 年 {_YEAR_SUB}                                               # 2020年底
      | {_REL_YEAR} 年? {_YEAR_SUB}                                                      # 去年底, 去年年底
      | {_YEAR} 度? (?: {_SP} (?:{_QUARTER}|{_HALF}) | (?(rel)(?P<since>以来)) )?           # 2020年, 今年一季度
    )
    (?(d) (?: {_SP} {_WEEKDAY} )? )
    (?(relday) {_SP} [)）] )
    (?(d) (?: {_SP} {_POD} )? (?: {_SP} (?:约{_SP})? {_TIME} )? )
    """,
    examples=[
        "2月19日",
        "项目2月12日开工",
        "2020年3月7日",
        "二〇二〇年三月七日",
        "十一月十一日",
        "2月24日下午",
        "9月5日12时52分",
        "12月4日23时许",
        "3月27—29日",
        "5月10-12日",
        "3月27日至4月2日",
        "2018年12月30日至2019年1月1日",
        "8月11日至18日",
        "1-6月",
        "1至3月份",
        "2011年9月至2014年9月",
        "3月下旬",
        "9月初",
        "2019年12月底前",
        "2020年",
        "2021—2025年",
        "2020年一季度",
        "今年一季度",
        "今年上半年",
        "去年底",
        "今年以来",
        "今年3月19日",
        "去年九月份",
        "今日(七月三日)下午",
        "2019年3月5日(星期二)下午",
        "２０２０年３月７日",
        "2月1日至今",
    ],
    counter=[
        "6个月",
        "3天",
        "5000年文明",
        "第3月",
        "每年9月",
        "每月15日",
        "1.5月",
        "20世纪80年代",
        "10年",
        "12306",
        "二十年",
        "初步",
        "一年一度",
        "十年前",
        "1980年代",
    ],
    doc="A written date: a year, month, day or range, with a relative year, weekday, part of day and time.",
    requires=("年", "月"),  # every alternative writes a month or a year (今年, 2020年)
)

NUMERIC = pattern(
    "dates.numeric",
    rf"""(?<![0-9０-９.．/／\-A-Za-z])
    (?P<y>(?:19|20)[0-9]{{2}}) (?P<sepchar>[-/.]) (?P<m>[01]?[0-9]) (?P=sepchar) (?P<d>[0-3]?[0-9])
    (?![0-9.．/／\-A-Za-z])
    (?: {_SP} (?P<hour>[0-2]?[0-9]) [:：] (?P<minute>[0-5][0-9]) (?![0-9]) )?""",
    examples=["2020-03-07", "2020/3/7", "2020.3.7", "会议定于2020-03-07 09:30召开"],
    counter=["2020-03", "1.2020.3.7", "20200307", "v2020.3.7a", "2020-3-7-1"],
    doc="A date in digits with dashes, slashes or dots, as tables and notices write it.",
    requires=("-", "/", "."),  # the separator
)

RELATIVE_WORDS: tuple[str, ...] = (
    "截至目前", "截止目前", "截至当前", "截至今日", "截至今天", "连日来", "近日来", "近日", "日前",
    "连日", "近期", "近来", "近阶段", "现阶段", "目前", "当前", "眼下", "时下", "如今", "至今", "迄今", "近年来",
    "近些年来", "近几年来", "多年来", "近年", "近些年", "近几年",
)  # fmt: skip
"""Words for the time around publication (``连日来``, ``近日``, ``截至目前``): a vague period."""

_RELATIVE_LITERALS: tuple[str, ...] = (
    *RELATIVE_WORDS,
    "今天", "今日", "昨天", "昨日", "前天", "明天", "明日", "后天",
    "当天", "当日", "当晚",
    "周", "星期",
    "本月", "上月", "下月", "上个月", "下个月", "这个月",
    "季度", "半年", "年初", "年底", "年末", "年内",
)  # fmt: skip
"""What every match of :data:`RELATIVE` writes: a vague word, a day (今天…), the same day (当天…), a
week (周, 星期), a month relative to this one, a part of the year (季度, 半年, 年初…)."""

RELATIVE = pattern(
    "dates.relative",
    r"""
    (?P<word>截至目前|截止目前|截至当前|截至今日|截至今天|连日来|近日来|近日|(?<![节生作假当每某本次同首末周月明今昨前后止期落0-9０-９〇零一二三四五六七八九十])日前
      |连日|近期|近来|近阶段|现阶段|目前|当前|眼下|时下|如今|至今|迄今|近年来|近些年来|近几年来|多年来|近年|近些年|近几年)
  | (?<!光)(?P<dayword>今天|今日|昨天|昨日|前天|明天|明日|后天)(?!头条|说法|之星|重现|中国|关注|聚焦|视点|要闻|谈|评|报|報)
      (?: {SP}* (?P<pod>凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜) )?
  | (?P<sameday>当天|当日|当晚)
      (?: {SP}* (?P<pod>凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜) )?
      (?: {SP}* (?P<pod>凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜) )?
  | (?P<week>本周|上周|下周|这周|本星期|上星期|下星期|上个星期|下个星期|这个星期)(?P<wd>[一二三四五六日天])?
  | (?P<month>本月|上月|下月|上个月|下个月|这个月)
      (?: (?P<d>[12][0-9](?![0-9])|3[01](?![0-9])|0?[1-9](?![0-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]
        | (?P<msub>[上中下]旬|初(?!步|次|期)|底|末) )?
  | (?<![0-9０-９〇零一二三四五六七八九十两几多近每第])
    (?P<yearpart>第?[一二三四]季度|前[一二两三]个?季度|[上下]半年|年初(?!步|次|期|级|始|心)|年底|年末|年内)
    """.replace("{SP}", SPACE),
    examples=[
        "连日来",
        "近日",
        "县政府日前印发",
        "截至目前",
        "目前",
        "今天上午",
        "上周五",
        "本月22日",
        "上半年",
        "一季度",
        "当日下午",
    ],
    counter=["节日前", "3月7日前", "今日头条", "每日前", "全年", "光明日报"],
    doc="A time relative to the day of publication (recent days, now, today, this week, month or quarter) or to the date before it (当天).",
    requires=_RELATIVE_LITERALS,
)

HOLIDAYS: tuple[str, ...] = (
    "春节", "除夕", "元宵节", "元宵", "元旦", "国庆节", "国庆", "劳动节", "五一", "清明节", "清明",
    "端午节", "端午", "中秋节", "中秋", "重阳节", "七夕", "腊八", "小年",
)  # fmt: skip
"""Holidays a release dates things by; the rules resolve the ones with a fixed or tabled day."""

HOLIDAY = pattern(
    "dates.holiday",
    r"""
    (?<![〇零一二三四五六七八九十])
    (?P<hyear>今年|去年|明年)?
    (?:
        (?P<hol>春节|除夕|元旦|元宵节|国庆节|劳动节|清明节|端午节|中秋节|重阳节|七夕节?|腊八节?)
        (?P<hrel>前夕|前后|前|后|期间|以来|假期|长假|当天|当日)?
      | (?P<hol>元宵|国庆|五一|清明|端午|中秋|小年) (?P<hrel>前夕|前后|前|后|期间|以来|假期|长假|当天|当日)
    )""",
    examples=["春节前", "春节期间", "今年春节", "国庆期间", "元旦", "去年国庆节前后"],
    counter=["张国庆", "政治清明", "二五一"],
    doc="A holiday, optionally with the year and 前/后/期间/以来 around it.",
    requires=HOLIDAYS,
)

_ADAY = rf"(?:[12１２][0-9０-９](?!{_D})|[3３][01０１](?!{_D})|[0０]?[1-9１-９](?!{_D}))"
_NOT_A_DAY_AFTER = r"(?!内|以内|之内|以上|以下|左右|后|以后|之后|前|以前|之前|来|以来|里|间|期间|多|余|游|元|均|历|制|工作日|电|電|讯|訊|报|報|之内|时间)"

BARE_DAY = pattern(
    "dates.bare_day",
    rf"""(?<![0-9０-９.．A-Za-z月号日年第每满近约达计共期过前后个之、])(?<!倒计时)(?<!历时)(?<!为期)(?<!连续)
    (?: (?P<relday>今日|今天|明日|明天|昨日|昨天) {_SP} [（(] {_SP} )?
    (?P<d>{_ADAY}) {_SP} 日
    (?: 起? {_SP} {_SEP} {_SP} (?P<d2>{_ADAY}) {_SP} 日 )?
    {_NOT_A_DAY_AFTER}
    (?(relday) {_SP} [)）] )
    (?: {_SP} {_POD} )? (?: {_SP} (?:约{_SP})? {_TIME} )?""",
    examples=[
        "记者17日从有关部门获悉",
        "30日晚",
        "14日下午约4时20分",
        "今日(21日)",
        "于18日至22日访问",
        "9日",
    ],
    counter=["20日内", "倒计时100日", "每月15日", "自受理之日起30日内", "3月7日", "第3日", "历时5日"],
    doc="A day without its month, as dispatches date the events of their own month (``记者17日获悉``).",
    requires=("日",),
)

NEXT_DAY = pattern(
    "dates.next_day",
    rf"""{_SP} (?:、|和|及|与|或) {_SP} (?P<d>{_DNUM}) {_SP} [日号] (?! {_SP} {_SEP})
    (?: {_SP} {_POD} )? (?: {_SP} (?:约{_SP})? {_TIME} )?""",
    mode="match",
    examples=["、22日", "和18日上午"],
    counter=["、22名", "、3月5日", "和22日至25日"],
    doc="A day listed after a date, sharing its month: the 22日 of 4月20日、22日.",
)

TABLE = (MENTION, NUMERIC, RELATIVE, HOLIDAY, BARE_DAY, NEXT_DAY)
