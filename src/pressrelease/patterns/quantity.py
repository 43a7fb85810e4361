"""The quantity table: how releases print amounts (``10万平方米``, ``360余名``, ``3至5年``, ``三成``).

An amount is an optional qualifier (``约``, ``近``, ``超过``…), a number in Arabic, full-width or
Chinese numerals with ``万``/``亿`` (``123亿``, ``一百二十三亿``, ``1.5万``), possibly a range
(``3至5``, ``10-15``), an optional ``余``/``多`` (``360余名``, ``3000余万元``), a unit from
:data:`UNITS` and an optional bound after it (``以上``, ``左右``). The regex only finds candidates;
:mod:`pressrelease.facts.quantities` reads their values and applies the word lists below, which
keep idioms, slogans, ordinals, dates and codes out.
"""

from __future__ import annotations

from . import pattern

UNITS: dict[str, str] = {
    # people
    "名": "people", "人": "people", "人次": "people", "户": "people", "位": "people",
    "人口": "people", "口人": "people", "户次": "people",
    # money (yuan); other currencies are kept with class "other" (their values are not yuan)
    "元": "money", "块钱": "money",
    "美元": "other", "欧元": "other", "日元": "other", "港元": "other", "港币": "other",
    "英镑": "other", "韩元": "other", "澳元": "other", "卢布": "other", "澳门元": "other",
    # area
    "平方米": "area", "平方公里": "area", "平方千米": "area", "平米": "area", "亩": "area",
    "公顷": "area",
    # weight
    "吨": "weight", "公斤": "weight", "千克": "weight", "斤": "weight", "克": "weight",
    "毫克": "weight",
    # length
    "米": "length", "公里": "length", "千米": "length", "厘米": "length", "毫米": "length",
    # volume
    "立方米": "volume", "立方": "volume", "升": "volume", "毫升": "volume",
    # duration
    "年": "duration", "个月": "duration", "天": "duration", "日": "duration", "小时": "duration",
    "个小时": "duration", "周": "duration", "个星期": "duration", "星期": "duration",
    "分钟": "duration", "秒": "duration", "秒钟": "duration", "个工作日": "duration",
    "工作日": "duration", "个季度": "duration",
    # count
    "个": "count", "批": "count", "批次": "count", "家": "count", "项": "count", "支": "count",
    "场": "count", "次": "count", "件": "count", "台": "count", "辆": "count", "所": "count",
    "座": "count", "套": "count", "条": "count", "种": "count", "类": "count", "处": "count",
    "间": "count", "栋": "count", "幢": "count", "架": "count", "架次": "count", "艘": "count",
    "张": "count", "份": "count", "部": "count", "篇": "count", "株": "count", "棵": "count",
    "头": "count", "只": "count", "例": "count", "起": "count", "轮": "count", "趟": "count",
    "班次": "count", "车次": "count", "辆次": "count", "宗": "count", "笔": "count", "门": "count", "颗": "count",
    "粒": "count", "盒": "count", "瓶": "count", "箱": "count", "袋": "count", "包": "count",
    "剂": "count", "剂次": "count", "本": "count", "册": "count", "幅": "count", "块": "count",
    # percent
    "%": "percent", "％": "percent", "成": "percent", "个百分点": "percent", "百分点": "percent",
    # other
    "倍": "other", "岁": "other", "周岁": "other", "千瓦": "other", "千瓦时": "other",
    "兆瓦": "other", "度": "other", "℃": "other", "摄氏度": "other", "标箱": "other",
    "标准箱": "other", "桶": "other", "‰": "other", "级": "other",
    "字": "count", "尊": "count", "期": "count", "车": "count",
}  # fmt: skip
"""Every unit an amount may end with, and what it measures (see :class:`pressrelease.model.Quantity`)."""

RATE_UNITS: tuple[str, ...] = (
    "吨", "斤", "公斤", "千克", "亩", "平方米", "人", "月", "年", "天", "日", "小时", "次", "户",
    "台", "件", "个", "份", "公里", "千米", "米", "立方米", "升", "头", "只", "株", "间", "套",
    "张", "盒", "瓶", "箱", "千瓦时", "度", "kg", "km",
)  # fmt: skip
"""What a rate divides by: ``3000元/吨`` is a price (unit ``元/吨``, class ``other``)."""

PRE_QUALIFIERS: tuple[str, ...] = (
    "约", "大约", "近", "将近", "逾", "超", "超过", "多达", "高达", "不足", "不到", "不少于",
    "不低于", "不超过", "至少", "至多", "最多", "最少", "最高", "最低",
)  # fmt: skip
"""Approximations and bounds printed before the number."""

POST_QUALIFIERS: tuple[str, ...] = ("以上", "以下", "左右", "以内", "之内", "有余", "之多", "多", "余")
"""Approximations and bounds printed after the unit (``多``/``余`` there only after a duration: ``1年多``)."""

MID_QUALIFIERS = "余多"
"""Approximations printed between the number and its unit or multiplier (``360余名``, ``3000多万元``)."""

PRE_BLOCKED_BY: dict[str, str] = {
    "约": "签预节违履制公契特相条邀婚租集纽",
    "近": "附接最邻靠亲远贴就逼临走拉",
    "超": "赶高全免提",
    "逾": "",
}
"""A one-character qualifier is a word's second half after these (``签约``, ``附近``, ``赶超``)."""

UNIT_BLOCKED_BY: dict[str, str] = {
    "人": "民大均工士物文力格身性情事选心间类",
    "名": "义称字单额录片牌校企胜列次誉望气声下句言",
    "户": "籍口型外主均",
    "位": "于置列居次数移序编",
    "元": "素旦首宵帅老器件",
    "年": "级代度纪龄轻会鉴报货华味画终薪期",
    "天": "然气津下空地堂河门安使文平坛桥线",
    "周": "年边围末岁转期长刊报知到全密折旋",
    "个": "体别性案税股例",
    "项": "目",
    "支": "持出付援撑柱部票流线",
    "场": "所地馆景合面次长域均站区",
    "次": "数要日年月性序生级贷品优",
    "台": "湾风阶账前面词球胞州资商北上下",
    "所": "有以在谓属得需长能述作提说知辖获",
    "座": "谈位右标机",
    "套": "餐路现取用",
    "条": "件例款龙心理目文约幅",
    "种": "植子养业类苗质族粮地田源猪",
    "类": "似型别推比",
    "处": "理置罚于长级在分境方事室",
    "间": "隔接断距歇",
    "张": "贴扬力开",
    "份": "额子量",
    "部": "分门署长位队件委属落级",
    "头": "部脑等版条号像衔发目",
    "只": "是有要能会需剩用在因好做",
    "例": "如外行会",
    "起": "来步点草飞诉身源初码跑居见始到航",
    "轮": "值岗换流胎回椅",
    "门": "口诊户槛前类票店面",
    "本": "地次报市县省年月期轮届科身质领着钱金",
    "笔": "者试记画",
    "宗": "旨教族",
    "块": "儿",
    "米": "饭粮面",
    "升": "级学高温值华格降旗",
    "克": "服隆拉里难制",
    "度": "假过",
    "成": "立为功果本员绩效就熟长交型品都年人片套批群风分形像语败全因色家才事器材活行章真不",
    "倍": "增加感受",
    "岁": "月",
    "家": "人庭乡属具园务常族境底风政",
    "架": "构势",
    "篇": "章幅",
    "剂": "量型",
    "包": "括装容含",
    "亩": "产均",
    "吨": "位",
    "秒": "杀懂",
    "级": "响应预别",
    "期": "间限望待盼末初中满刊货权",
    "车": "间道站位型牌号身流厢库",
    "字": "号母幕体样据",
}
"""A unit followed by one of these characters is the start of another word (``项目``, ``支持``,
``成立``), so the number before it is not an amount."""

ARABIC_ONLY_UNITS: frozenset[str] = frozenset(
    {"度", "克", "升", "米", "块", "本", "门", "起", "头", "只", "级", "字", "尊", "期", "车"}
)
"""Units read only after Arabic digits: after a Chinese numeral they are mostly idioms, levels or
phases (``一度``, ``一起``, ``一门心思``, ``四级应急响应``, ``八字方针``, ``二期工程``)."""

UNSCALED_UNITS: frozenset[str] = frozenset({"级"})
"""Units that never follow 万/亿: ``100亿级项目`` is a size class, not an amount."""

DAY_UNITS: frozenset[str] = frozenset({"日"})
"""``日`` counts days only before ``内``/``以内``/``之内`` (``30日内``); otherwise it is a date's day."""

SESSION_AFTER: tuple[str, ...] = ("党代会", "全会", "全委", "全体会议", "代表大会")
"""``次`` before these numbers a session (``六次党代会``, ``四次全会``): an ordinal."""

SESSION_LEFT = "届大"
"""``次`` after a number after these is a session too (``十三届二次会议``, ``人大五次会议``)."""

QUOTES_OPEN = '“‘「『"'
QUOTES_CLOSE = '”’」』"'
SLOGAN_LENGTH = 6
"""A Chinese numeral that opens a quoted term of at most this many characters after the unit is a
slogan or a name (``“三项制度”``, ``“五个一批”``, ``“十天一调度”``), not an amount."""

IDIOMS: tuple[str, ...] = (
    "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "三个代表", "两个一百年",
    "四个伟大", "八个明确", "十四个坚持", "两个毫不动摇", "四个革命", "两个大局", "三个务必",
    "一个中心", "两个基本点", "一个声音", "一个都不能少", "一个不落", "一个不少", "一户不落",
    "一人不落", "一次性", "一条龙", "一条心", "一家人", "一部分", "一块儿", "一张蓝图", "一张网",
    "一张图", "两张皮", "一场空", "一本账", "一张清单", "一份力", "一份子", "一家亲",
    "一方水土", "一年到头", "一天到晚", "一天天", "一年年", "一次次", "一项项", "一个个", "一件件",
    "一名名", "一位位", "一家家", "一场场", "一批批", "一条条", "一座座", "一户户",
    "三次产业", "八项规定", "六项禁令", "五位一体", "三支一扶", "一年四季", "三天两头", "一年半载",
    # place names that read like an amount
    "三台县", "七台河", "五家渠", "九台区", "四亩地",
)  # fmt: skip
"""Set phrases with a numeral and a unit that count nothing (``四个意识``, ``一次性``), and place
names that read like one (``五家渠``)."""

HAN_LEFT_WORD = "第数几好周初星拜"
"""A Chinese numeral after these is an ordinal, a vague amount or a weekday (``第一``, ``数十``,
``几十``, ``周三``, ``初一``)."""

ONE_LEFT_WORD = "统唯之专划同单逐如合归不初上下每这那哪某新另其任头整"
"""``一`` after these is the second half of a word (``统一``, ``唯一``, ``新一轮``, ``这一``)."""

FRONT = "前"
FRONT_KEPT_AFTER = "提此之以目当眼从事"
RANK_UNITS: frozenset[str] = frozenset({"名", "位"})
"""After ``前`` a number of these is a rank (``前3名``), and Chinese-numeral years a relative date
(``前两年``); ``飞行前12小时`` and ``提前3天`` (after the characters above) stay durations."""

DATE_LEFT = "年月日时点分"
"""A duration right after one of these and a digit is part of a date or clock time (``16时21分56秒``)."""

CODE_LEFT = "0123456789０１２３４５６７８９.．/／_#＃-－·"
"""An Arabic number right after one of these is part of a longer number or code."""

_ARABIC = r"""[0-9０-９]+ (?:,[0-9]{3}(?![0-9]))* (?:[.．][0-9０-９]+)? (?:百|千(?![米克瓦]))? [万亿]{0,2}"""
_HAN_CHARS = "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_HAN = rf"""[{_HAN_CHARS}]+ (?:点[〇○零一二三四五六七八九]+)?"""
_LATIN = "A-Za-zＡ-Ｚａ-ｚ"

HAN_NUMERAL_CHARS = frozenset(_HAN_CHARS)
"""The characters a Chinese numeral is written with."""

_NUMBER = rf"""(?: (?<![{_LATIN}0-9０-９.．]) {_ARABIC} | (?<![{_HAN_CHARS}]) {_HAN} )"""
_NUMBER_HI = rf"""(?: {_ARABIC} | {_HAN} )"""

AMOUNT = pattern(
    "quantity.amount",
    rf"""
    (?P<pre>\L<pre>)?
    (?:
        百分之 (?P<pct>{_NUMBER_HI})
      | (?P<lo>{_NUMBER}) (?P<lomid>[{MID_QUALIFIERS}])? (?P<lomult>[万亿]{{1,2}})?
        (?: (?P<lounit>\L<units>)? (?P<sep>——|[至到~～〜\-－–—]) (?P<hi>{_NUMBER_HI}) (?P<himid>[{MID_QUALIFIERS}])? (?P<himult>[万亿]{{1,2}})? )?
        (?:
            个 (?P<gemid>[多余半]) (?P<getail>月|小时|星期|工作日|季度)
          | (?P<unit>\L<units>) (?P<half>半(?!载))?
        )
        (?P<per>[/／]\L<rate>)?
    )
    (?P<post>\L<post>)?
    """,
    examples=[
        "10万平方米",
        "360余名",
        "约3万元",
        "3至5年",
        "10-15名",
        "三成",
        "45.6%",
        "两名",
        "七项",
        "6个月",
        "一百二十三亿元",
        "3000余万元",
        "百分之四十五点六",
        "3个多月",
        "1年半",
        "3000元/吨",
        "超过1,200人",
        "30日以内",
        "３６００吨",
        "100余名",
    ],
    counter=[
        "5G",
        "G20峰会",
        "二十三号",
        "三抓三做",
        "第一书记",
        "一手抓",
        "一对一",
        "一企一策",
        "〔2020〕3号",
        "十四五",
    ],
    doc="A candidate amount: qualifier, number or range, 余/多, unit and bound (filters in facts.quantities).",
    lists={
        "pre": sorted(PRE_QUALIFIERS, key=len, reverse=True),
        "post": sorted(POST_QUALIFIERS, key=len, reverse=True),
        "units": sorted(UNITS, key=len, reverse=True),
        "rate": sorted(RATE_UNITS, key=len, reverse=True),
    },
)

IDIOM = pattern(
    "quantity.idiom",
    r"\L<idioms>",
    mode="match",
    examples=["四个意识", "两个维护", "一次性", "一条龙服务", "一张蓝图绘到底"],
    counter=["四个项目", "两名司机", "一次会议"],
    doc="A set phrase with a numeral and a unit that counts nothing, at the place an amount starts.",
    lists={"idioms": sorted(IDIOMS, key=len, reverse=True)},
)
