# ruff: noqa: E501 -- a data module: a record's names and wording read best on one line each (as in patterns/)
"""The publishers the parser knows, as data: one frozen record per house, and families for the rest.

A :class:`Publisher` is one house: its canonical name, its kind, the other names it goes by (the
site, paper and app of the same house, Simplified and Traditional), the dateline forms it prints,
its credit and rights-notice wording, the page furniture only it prints, its web domains, and
names that must and must not be identified as it. :data:`BUILTIN` lists the built-in houses.

Provincial and local media and government portals are too many to list: a :class:`Family`
recognises them by the shape of their names (``某某日报``, ``某县融媒体中心``, ``某某县人民政府网``),
with examples and counter-examples like every pattern record.

Wording (credits, rights, marks) is written as a *template*: literal text in which ``…`` stands
for any run of 1 to 80 characters. Templates and names are compared after normalisation
(:func:`pressrelease.outlets.normalise`): full-width forms folded (NFKC), white space removed,
Latin letters lower-cased and Traditional characters (the generated table of
:mod:`pressrelease.patterns.traditional`) folded to
Simplified, so ``（责编：…）`` also matches ``(責編:張三)`` and one template serves both scripts.

This module is data and the record types only; :mod:`pressrelease.outlets` does the matching.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .patterns import Pattern

__all__ = ["BUILTIN", "FAMILIES", "KINDS", "Family", "Kind", "Publisher", "family"]

Kind = Literal["agency", "national_media", "government_portal", "local_media", "other"]
"""What kind of publisher: a news agency, central (national) media, a government portal, provincial
or local media (including Hong Kong and Macao papers), or anything else (commercial portals…)."""

KINDS: tuple[Kind, ...] = Kind.__args__  # type: ignore[attr-defined]


@attrs.frozen(cache_hash=True)
class Publisher:
    """One publishing house and everything the parser may read about it in a release.

    Only ``name`` and ``kind`` are required; every other field is evidence the parser can use
    when it is given. Users add their own with :func:`pressrelease.outlets.register`.
    """

    name: str
    """The canonical name, returned as :attr:`pressrelease.Outlet.name` (``新华社``)."""
    kind: str
    """One of :data:`KINDS`."""
    aliases: tuple[str, ...] = ()
    """Other names of the same house: site, paper, app, company, Traditional spellings."""
    datelines: tuple[str, ...] = ()
    """Dateline forms it prints, as examples (``新华社北京3月7日电``)."""
    credits: tuple[str, ...] = ()
    """Templates of its credit lines (``【责任编辑：…】``), each matching a whole line; shared
    conventions, so weak evidence that only adds to a publisher named otherwise."""
    rights: tuple[str, ...] = ()
    """Templates of its copyright or rights-notice wording (``国际在线版权与信息产品内容销售的声明``)."""
    marks: tuple[str, ...] = ()
    """Templates of whole lines of page furniture only it prints (``香港時間…時…分``)."""
    domains: tuple[str, ...] = ()
    """Its web domains; a host matches a domain equal to it or ending in ``.`` + domain."""
    examples: tuple[str, ...] = ()
    """Names (as printed in a 来源, a dateline or a footer) that must be identified as it."""
    counter_examples: tuple[str, ...] = ()
    """Names that must not be identified as it (look-alikes, other houses)."""
    doc: str = ""
    """One sentence on who it is."""

    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)


@attrs.frozen
class Family:
    """A family of publishers recognised by the shape of their names, not listed one by one.

    Its pattern is applied (``fullmatch``) to a normalised name; the group ``name`` is the
    publisher's name, returned as printed (decorations such as ``网站`` or ``某某频道`` outside it).
    """

    kind: str
    """One of :data:`KINDS`: what every member of the family is."""
    pattern: Pattern
    """The name shape, with its examples and counter-examples."""

    @property
    def name(self) -> str:
        """The family's dotted name, e.g. ``local_media.paper``."""
        return self.pattern.name

    @property
    def doc(self) -> str:
        """What the family is, in one sentence."""
        return self.pattern.doc


def family(
    name: str, kind: Kind, source: str, *, examples: tuple[str, ...], counter: tuple[str, ...], doc: str
) -> Family:
    """A :class:`Family` whose pattern (``regex`` verbose syntax) is compiled on first use."""
    return Family(kind, Pattern(name, source, "fullmatch", examples, counter, doc))





# --------------------------------------------------------------------------------------------------
# National agencies and media
# --------------------------------------------------------------------------------------------------

XINHUA = Publisher(
    "新华社",
    "agency",
    aliases=(
        "新華社", "新华网", "新華網", "新华社客户端", "新華社客戶端", "新华通讯社", "新華通訊社",
        "新华网股份有限公司", "新華網股份有限公司", "新华每日电讯", "新華每日電訊", "经济参考报", "經濟參考報",
        "新华社新媒体", "新华视点", "Xinhua", "Xinhuanet",
    ),
    datelines=(
        "新华社北京3月7日电（记者 张三 李四）", "新华社日内瓦3月6日电", "新华社北京3月7日专电",
        "新华网北京3月7日电", "新華社香港3月7日電", "据新华社电",
    ),
    credits=("【纠错】…【责任编辑:…】", "【责任编辑:…】"),
    rights=("版权所有:新华网股份有限公司", "新华网版权所有"),
    marks=("新华社简介…公司官网…", "制作单位:新华网股份有限公司…"),
    domains=("news.cn", "xinhuanet.com"),
    examples=("新华社", "新華社", "新华网", "新华社客户端", "新华网河北频道", "新华网股份有限公司", "据新华社"),
    counter_examples=("新华日报", "新华日报社", "新华书店", "新华报业网", "新华区人民政府"),
    doc="Xinhua News Agency, its site (新华网), app and papers.",
)

PEOPLES_DAILY = Publisher(
    "人民日报",
    "national_media",
    aliases=(
        "人民日報", "人民网", "人民網", "人民日报社", "人民日報社", "人民日报客户端", "人民日報客戶端",
        "人民日报海外版", "人民日報海外版", "海外网", "海外網", "人民网股份有限公司", "人民網股份有限公司",
        "人民日报中央厨房", "People's Daily",
    ),
    datelines=("人民网北京3月7日电（记者 张三）", "人民网东京3月6日电", "人民網北京3月7日電"),
    credits=("（责编：…、…）", "（责编：…）", "《人民日报》（…版）", "《人民日报海外版》（…版）"),
    rights=("人民网股份有限公司版权所有", "人民网版权所有，未经书面授权禁止使用"),
    marks=("人民日报社概况…关于人民网…",),
    domains=("people.com.cn", "people.cn", "peopledaily.com.cn", "haiwainet.cn"),
    examples=(
        "人民日报", "人民网", "人民網-人民日報", "人民网－人民日报", "人民网-《人民日报》", "人民日报海外版",
        "人民日报客户端", "人民网-文化频道", "人民网四川频道",
    ),
    counter_examples=("人民政协报", "人民法院报", "人民公安报", "人民政协网", "北京人民广播电台"),
    doc="People's Daily, its site (人民网), overseas edition and app.",
)

GOV_CN = Publisher(
    "中国政府网",
    "government_portal",
    aliases=(
        "中國政府網", "www.gov.cn", "中央人民政府门户网站", "中央人民政府門戶網站", "中央政府门户网站",
        "中华人民共和国中央人民政府", "中華人民共和國中央人民政府", "中国政府网运行中心", "国务院客户端",
        "國務院客戶端",
    ),
    credits=("【我要纠错】责任编辑:…",),
    rights=("版权所有:中国政府网",),
    marks=("主办单位:国务院办公厅…运行维护单位:中国政府网运行中心…", "网站标识码bm01000001…"),
    domains=("www.gov.cn",),
    examples=("中国政府网", "中國政府網", "中央人民政府门户网站", "www.gov.cn", "国务院客户端"),
    counter_examples=("北京市人民政府", "中国政协网", "湖南省政府网", "国务院办公厅"),
    doc="The central government's portal, www.gov.cn (its own news and the State Council's documents).",
)

CCTV = Publisher(
    "央视",
    "national_media",
    aliases=(
        "央視", "央视网", "央視網", "央视新闻", "央視新聞", "央视新闻客户端", "央視新聞客戶端", "中央电视台",
        "中央電視台", "中央广播电视总台", "中央廣播電視總台", "中央广电总台", "中央廣電總台", "总台", "總台",
        "央视频", "央視頻", "央视财经", "中国网络电视台", "中國網絡電視台", "中国国际电视台", "CCTV", "CNTV",
        "CGTN",
    ),
    datelines=("央视网消息（新闻联播）：", "央视网消息：", "央視網消息："),
    credits=("编辑:…责任编辑:…",),
    marks=("CCTV-1综合", "CCTV-13新闻"),
    domains=("cctv.com", "cctv.cn", "cntv.cn", "cgtn.com"),
    examples=("央视", "央视网", "央视新闻客户端", "中央广播电视总台", "总台", "央視新聞", "CCTV"),
    counter_examples=("中央广电总台国际在线", "央广网", "中央人民广播电台", "中国教育电视台", "凤凰卫视"),
    doc="China Central Television and the China Media Group (总台): 央视网, 央视新闻, 央视频.",
)

CNR = Publisher(
    "央广网",
    "national_media",
    aliases=(
        "央廣網", "中央人民广播电台", "中央人民廣播電台", "中国之声", "中國之聲", "央广", "央廣", "中国广播网",
        "中國廣播網", "央广新闻", "中央广电总台中国之声", "中央广播电视总台中国之声",
    ),
    datelines=("央广网北京3月7日消息", "央廣網北京3月7日消息"),
    domains=("cnr.cn",),
    examples=("央广网", "中国之声", "央广网-中国之声", "中央人民广播电台", "中央广电总台中国之声"),
    counter_examples=("央视网", "国际在线", "北京人民广播电台"),
    doc="China National Radio: its site 央广网 and its news channel 中国之声.",
)

CRI = Publisher(
    "国际在线",
    "national_media",
    aliases=(
        "國際在線", "中央广电总台国际在线", "中央廣電總台國際在線", "中央广播电视总台国际在线",
        "中国国际广播电台", "中國國際廣播電台", "国际台", "國際台", "国广国际在线网络(北京)有限公司", "CRI",
        "CRI Online",
    ),
    datelines=("国际在线陕西消息", "国际在线报道（记者 张三）：", "国际在线消息：", "國際在線吉林消息"),
    credits=("（供稿…编辑…）",),
    rights=("国际在线版权与信息产品内容销售的声明", "凡本网注明“来源:国际在线”的所有作品"),
    domains=("cri.cn", "cri.com.cn"),
    examples=("国际在线", "中央广电总台国际在线", "國際在線", "中国国际广播电台", "国际在线-某某频道"),
    counter_examples=("中国国际电视台", "国际商报", "中国之声"),
    doc="China Radio International's site 国际在线 (China Media Group).",
)

CHINANEWS = Publisher(
    "中新社",
    "agency",
    aliases=(
        "中國新聞社", "中国新闻社", "中新网", "中新網", "中国新闻网", "中國新聞網", "中新经纬", "中新經緯",
        "中新视频",
    ),
    datelines=("中新社北京3月7日电（记者 张三）", "中新网3月7日电", "中新社长沙六月四日电", "中新網北京3月7日電"),
    credits=("【编辑:…】",),
    rights=("本网站所刊载信息，不代表中新社和中新网观点", "刊用本网站稿件，务经书面授权"),
    domains=("chinanews.com.cn", "chinanews.com", "ecns.cn"),
    examples=("中新社", "中新网", "中国新闻网", "中國新聞網", "中新網"),
    counter_examples=("中国新闻出版广电报", "新闻网", "中国日报网", "中国新闻"),
    doc="China News Service and its site 中新网 (中国新闻网).",
)

GMW = Publisher(
    "光明日报",
    "national_media",
    aliases=(
        "光明日報", "光明网", "光明網", "光明日报社", "光明日報社", "光明日报客户端", "光明日報客戶端",
        "手机光明网",
    ),
    datelines=("光明日报北京3月7日电（记者 张三）", "光明网讯（记者 张三）", "光明網北京3月7日電"),
    credits=("[责任编辑:…]", "[责编:…]"),
    rights=("光明网版权所有",),
    marks=("光明日报社概况…关于光明网…",),
    domains=("gmw.cn",),
    examples=("光明日报", "光明网", "光明网-《光明日报》", "光明日報", "手机光明网"),
    counter_examples=("光明区人民政府", "光明乳业", "光明新区"),
    doc="Guangming Daily and its site 光明网.",
)

ECONOMIC_DAILY = Publisher(
    "经济日报",
    "national_media",
    aliases=(
        "經濟日報", "经济日报社", "經濟日報社", "中国经济网", "中國經濟網", "经济日报客户端", "經濟日報客戶端",
        "经济日报-中国经济网",
    ),
    datelines=("经济日报北京3月7日讯（记者 张三）", "中国经济网北京3月7日讯"),
    credits=("（责任编辑:…）",),
    domains=("ce.cn",),
    examples=("经济日报", "中国经济网", "经济日报-中国经济网", "經濟日報", "中国经济网-经济日报"),
    counter_examples=("中国经济时报", "经济观察报", "香港經濟日報", "中经网", "经济参考报"),
    doc="Economic Daily and its site 中国经济网 (the mainland paper; not Hong Kong's 香港經濟日報).",
)

CHINA_DAILY = Publisher(
    "中国日报网",
    "national_media",
    aliases=(
        "中國日報網", "中国日报", "中國日報", "中国日报社", "中國日報社", "中国日报中文网", "中国日报双语新闻",
        "中报国际文化传媒(北京)有限公司", "China Daily", "chinadaily",
    ),
    datelines=("中国日报网3月7日电", "中国日报3月7日电（记者 张三）"),
    credits=("【责任编辑:…】",),
    rights=("中国日报网版权说明", "中国日报版权所有"),
    domains=("chinadaily.com.cn",),
    examples=("中国日报网", "中国日报", "中國日報網", "China Daily", "中国日报网-某某频道"),
    counter_examples=("中国青年报", "中国经济网", "中国妇女报"),
    doc="China Daily's Chinese site 中国日报网 and the paper.",
)

CHINA_COM_CN = Publisher(
    "中国网",
    "national_media",
    aliases=("中國網", "中国互联网新闻中心", "中國互聯網新聞中心", "中国网新闻中心", "中国网客户端", "china.com.cn"),
    datelines=("中国网3月7日讯", "中国网讯（记者 张三）"),
    domains=("china.com.cn", "china.org.cn"),
    examples=("中国网", "中國網", "中国互联网新闻中心", "中国网-新闻中心"),
    counter_examples=("中国网络电视台", "中国网信网", "中国网球协会", "中国互联网", "中国政府网"),
    doc="China.com.cn, run by the China Internet Information Center (中国互联网新闻中心).",
)

YOUTH = Publisher(
    "中国青年网",
    "national_media",
    aliases=(
        "中國青年網", "中国青年报", "中國青年報", "中国青年报社", "中青网", "中青網", "中青在线", "中青在線",
        "中国青年报客户端", "中青网新媒体科技(北京)有限公司",
    ),
    datelines=("中国青年网北京3月7日电（记者 张三）", "中青在线北京3月7日电", "中青网北京3月7日电"),
    domains=("youth.cn", "cyol.com", "cyol.net"),
    examples=("中国青年网", "中国青年报", "中青网", "中青在线", "中國青年報"),
    counter_examples=("北京青年报", "中国青年出版社", "青年报", "中国少年报"),
    doc="The Communist Youth League's media: 中国青年网 (youth.cn), 中国青年报 and its site 中青网 (cyol.com).",
)

HUANQIU = Publisher(
    "环球网",
    "national_media",
    aliases=("環球網", "环球时报", "環球時報", "环球时报社", "環球時報社", "环球时报客户端"),
    datelines=("【环球时报驻东京特派记者 张三】", "【环球网报道 记者 张三】", "环球网报道"),
    domains=("huanqiu.com",),
    examples=("环球网", "环球时报", "環球時報"),
    counter_examples=("环球网校", "环球旅讯", "环球人物杂志"),
    doc="Global Times (环球时报) and its site 环球网.",
)

THEPAPER = Publisher(
    "澎湃新闻",
    "national_media",
    aliases=(
        "澎湃", "澎湃新聞", "澎湃号", "澎湃號", "澎湃新闻客户端", "The Paper", "ThePaper", "上海东方报业有限公司",
    ),
    rights=("The Paper All rights reserved",),
    domains=("thepaper.cn",),
    examples=("澎湃新闻", "澎湃", "澎湃新闻·澎湃号·政务", "澎湃號"),
    counter_examples=("上海澎湃", "新闻", "东方网"),
    doc="The Paper (澎湃新闻), with its 澎湃号 accounts of government bodies.",
)

LEGAL_DAILY = Publisher(
    "法治日报",
    "national_media",
    aliases=("法治日報", "法制日报", "法制日報", "法治网", "法治網", "法制网", "法制網", "法治日报社"),
    datelines=("法治日报北京3月7日讯",),
    domains=("legaldaily.com.cn",),
    examples=("法治日报", "法制日报", "法治网", "法治日報"),
    counter_examples=("法制晚报", "民主与法制", "法治周末报"),
    doc="Legal Daily (法治日报, formerly 法制日报) and its site.",
)

WORKERS_DAILY = Publisher(
    "工人日报",
    "national_media",
    aliases=("工人日報", "中工网", "中工網", "工人日报社", "工人日报客户端"),
    datelines=("工人日报北京3月7日电",),
    domains=("workercn.cn",),
    examples=("工人日报", "中工网", "工人日報"),
    counter_examples=("工人报", "中国工人出版社", "农民日报"),
    doc="Workers' Daily (All-China Federation of Trade Unions) and its site 中工网.",
)

SCIENCE_DAILY = Publisher(
    "科技日报",
    "national_media",
    aliases=("科技日報", "中国科技网", "中國科技網", "科技日报社"),
    datelines=("科技日报北京3月7日电（记者 张三）",),
    domains=("stdaily.com",),
    examples=("科技日报", "中国科技网", "科技日報"),
    counter_examples=("中国科学报", "科技导报", "科技日报社区"),
    doc="Science and Technology Daily and its site 中国科技网.",
)

QSTHEORY = Publisher(
    "求是网",
    "national_media",
    aliases=("求是網", "求是", "求是杂志", "求是雜誌", "《求是》"),
    domains=("qstheory.cn",),
    examples=("求是网", "求是", "《求是》", "求是杂志"),
    counter_examples=("求实", "实事求是"),
    doc="Qiushi, the Party's theory journal, and its site.",
)

PLA_DAILY = Publisher(
    "解放军报",
    "national_media",
    aliases=("解放軍報", "中国军网", "中國軍網", "解放军报社"),
    domains=("81.cn",),
    examples=("解放军报", "中国军网", "解放軍報"),
    counter_examples=("解放日报", "中国军视网"),
    doc="PLA Daily and its site 中国军网.",
)

XUEXI = Publisher(
    "学习强国",
    "national_media",
    aliases=("學習強國", "学习强国学习平台", "學習強國學習平台"),
    domains=("xuexi.cn",),
    examples=("学习强国", "學習強國", "学习强国学习平台"),
    counter_examples=("学习时报", "学习型政党"),
    doc="The Xuexi Qiangguo study platform.",
)

# --------------------------------------------------------------------------------------------------
# Agencies abroad and in Hong Kong
# --------------------------------------------------------------------------------------------------

HKCNA = Publisher(
    "香港中通社",
    "agency",
    aliases=("中通社", "香港中國通訊社", "香港中国通讯社"),
    datelines=("香港中通社香港3月7日電（記者 張三）", "香港中通社澳門3月7日電"),
    domains=("hkcna.hk",),
    examples=("香港中通社", "中通社", "香港中國通訊社"),
    counter_examples=("中新社", "中通快递"),
    doc="Hong Kong China News Agency.",
)

REUTERS = Publisher(
    "路透社",
    "agency",
    aliases=("Reuters",),
    datelines=("据路透社3月7日报道",),
    domains=("reuters.com",),
    examples=("路透社", "Reuters"),
    counter_examples=("路透", "美联社"),
    doc="Reuters.",
)

AFP = Publisher(
    "法新社",
    "agency",
    aliases=("AFP",),
    domains=("afp.com",),
    examples=("法新社", "AFP"),
    counter_examples=("新华社", "法制网"),
    doc="Agence France-Presse.",
)

AP = Publisher(
    "美联社",
    "agency",
    aliases=("美聯社", "Associated Press"),
    domains=("apnews.com",),
    examples=("美联社", "美聯社"),
    counter_examples=("路透社", "美国之音"),
    doc="The Associated Press.",
)

KYODO = Publisher(
    "共同社",
    "agency",
    aliases=("日本共同社", "Kyodo"),
    domains=("kyodonews.net",),
    examples=("共同社", "日本共同社"),
    counter_examples=("共同体", "中新社"),
    doc="Kyodo News.",
)

TASS = Publisher(
    "塔斯社",
    "agency",
    aliases=("俄罗斯塔斯社", "俄羅斯塔斯社", "TASS"),
    domains=("tass.ru", "tass.com"),
    examples=("塔斯社", "俄罗斯塔斯社"),
    counter_examples=("俄新社", "卫星通讯社"),
    doc="TASS.",
)

# --------------------------------------------------------------------------------------------------
# Hong Kong and Macao
# --------------------------------------------------------------------------------------------------

HK_GOV = Publisher(
    "香港特区政府新闻公报",
    "government_portal",
    aliases=(
        "香港特區政府新聞公報", "香港特别行政区政府新闻公报", "香港特別行政區政府新聞公報", "香港政府新闻公报",
        "香港政府新聞公報", "政府新闻公报", "政府新聞公報", "新闻公报", "新聞公報", "政府新闻处", "政府新聞處",
        "香港特区政府新闻处", "香港特區政府新聞處", "香港政府新闻网", "香港政府新聞網", "政府新聞網",
    ),
    credits=("完",),
    marks=("香港时间…时…分", "即日新闻", "**********…"),
    domains=("info.gov.hk", "isd.gov.hk", "news.gov.hk"),
    examples=("香港特区政府新闻公报", "政府新聞公報", "新聞公報", "香港政府新聞網", "政府新聞處"),
    counter_examples=("香港特区政府", "澳门特区政府新闻局", "香港商报"),
    doc="The Hong Kong SAR Government's press releases (info.gov.hk), ending 完 and 香港時間…時…分.",
)

MACAO_GOV = Publisher(
    "澳门特区政府新闻局",
    "government_portal",
    aliases=(
        "澳門特區政府新聞局", "澳门特别行政区政府新闻局", "澳門特別行政區政府新聞局", "澳门政府新闻局",
        "澳門政府新聞局",
    ),
    domains=("gcs.gov.mo",),
    examples=("澳门特区政府新闻局", "澳門特區政府新聞局"),
    counter_examples=("香港特区政府新闻处", "澳门日报"),
    doc="The Macao SAR Government Information Bureau (gcs.gov.mo).",
)

TAKUNGPAO = Publisher(
    "大公报",
    "local_media",
    aliases=(
        "大公報", "大公网", "大公網", "大公文汇全媒体", "大公文匯全媒體", "大文全媒体", "大文全媒體", "大公文汇",
        "大公文匯", "香港大公文汇传媒集团", "香港大公文匯傳媒集團", "大公文汇全媒体新闻中心",
    ),
    datelines=("大公文汇全媒体报道：", "大公文匯全媒體報道："),
    credits=("(大公文汇全媒体新闻中心供稿)",),
    domains=("takungpao.com", "takungpao.com.hk", "tkww.hk"),
    examples=("大公报", "大公網", "大公文汇全媒体", "大公文匯全媒體"),
    counter_examples=("文汇报", "公报", "大公司"),
    doc="Ta Kung Pao (Hong Kong) and the 大公文匯 group's joint newsroom.",
)

WENWEIPO = Publisher(
    "香港文汇报",
    "local_media",
    aliases=("香港文匯報", "文匯報", "文匯網", "香港文匯網"),
    datelines=("【文匯網訊】",),
    domains=("wenweipo.com",),
    examples=("香港文汇报", "文匯報", "文匯網"),
    counter_examples=("文汇报", "文汇客户端"),
    doc="Wen Wei Po (Hong Kong); printed 文匯報 in Traditional (Simplified 文汇报 is Shanghai's paper).",
)

WENHUI = Publisher(
    "文汇报",
    "local_media",
    aliases=("上海文汇报", "文汇报社", "文汇客户端", "文汇APP"),
    domains=("whb.cn",),
    examples=("文汇报", "文汇客户端", "上海文汇报"),
    counter_examples=("文匯報", "香港文匯報", "大公文汇全媒体"),
    doc="Wenhui Daily (Shanghai).",
)

# --------------------------------------------------------------------------------------------------
# Provincial and city media that are well known by name (the families catch the rest)
# --------------------------------------------------------------------------------------------------

BJNEWS = Publisher(
    "新京报",
    "local_media",
    aliases=("新京報", "新京报网", "新京报客户端", "贝壳财经", "新京报贝壳财经"),
    datelines=("新京报讯（记者 张三）",),
    domains=("bjnews.com.cn",),
    examples=("新京报", "新京報", "新京报网", "新京报贝壳财经"),
    counter_examples=("北京日报", "京报网", "北京青年报"),
    doc="The Beijing News.",
)

BEIJING_DAILY = Publisher(
    "北京日报",
    "local_media",
    aliases=("北京日報", "京报网", "京報網", "北京日报客户端", "北京日报社"),
    domains=("bjd.com.cn",),
    examples=("北京日报", "京报网", "北京日报客户端"),
    counter_examples=("新京报", "北京青年报"),
    doc="Beijing Daily and its site 京报网.",
)

JIEFANG = Publisher(
    "解放日报",
    "local_media",
    aliases=("解放日報", "上观新闻", "上觀新聞", "上海观察", "解放日报社"),
    domains=("jfdaily.com",),
    examples=("解放日报", "上观新闻", "上觀新聞"),
    counter_examples=("解放军报", "新民晚报"),
    doc="Jiefang Daily (Shanghai) and its app 上观新闻.",
)

NANFANG = Publisher(
    "南方日报",
    "local_media",
    aliases=("南方日報", "南方网", "南方網", "南方+", "南方plus", "南方日报社"),
    domains=("southcn.com", "nfnews.com"),
    examples=("南方日报", "南方网", "南方+"),
    counter_examples=("南方都市报", "南方周末"),
    doc="Nanfang Daily (Guangdong), its site 南方网 and app 南方+.",
)

DAZHONG = Publisher(
    "大众日报",
    "local_media",
    aliases=("大眾日報", "大众网", "大眾網", "大众报业集团", "大眾報業集團", "山东省互联网传媒集团"),
    domains=("dzwww.com",),
    examples=("大众日报", "大众网", "大众报业集团", "大众网-海报新闻"),
    counter_examples=("大众汽车", "大众点评", "齐鲁晚报"),
    doc="Dazhong Daily (Shandong), its site 大众网 and group.",
)

IQILU = Publisher(
    "齐鲁网",
    "local_media",
    aliases=("齊魯網", "山东广播电视台", "山東廣播電視台", "闪电新闻", "閃電新聞"),
    datelines=("齐鲁网3月7日讯",),
    domains=("iqilu.com",),
    examples=("齐鲁网", "闪电新闻", "齐鲁网·闪电新闻", "山东广播电视台"),
    counter_examples=("齐鲁晚报", "齐鲁壹点"),
    doc="Shandong Radio and Television's site 齐鲁网 and app 闪电新闻.",
)

CHANGJIANG = Publisher(
    "长江日报",
    "local_media",
    aliases=("長江日報", "长江网", "長江網", "长江互动传媒网", "長江互動傳媒網", "长江日报社"),
    datelines=("长江网3月7日讯",),
    domains=("cjn.cn",),
    examples=("长江日报", "长江网", "长江互动传媒网"),
    counter_examples=("长江云", "长江商报"),
    doc="Changjiang Daily (Wuhan) and its site 长江网.",
)

REDNET = Publisher(
    "红网",
    "local_media",
    aliases=("紅網", "红网时刻", "紅網時刻"),
    domains=("rednet.cn",),
    examples=("红网", "紅網", "红网时刻"),
    counter_examples=("红星新闻", "红网络"),
    doc="Rednet (Hunan).",
)

HUALONG = Publisher(
    "华龙网",
    "local_media",
    aliases=("華龍網", "新重庆客户端"),
    domains=("cqnews.net",),
    examples=("华龙网", "華龍網"),
    counter_examples=("华龙区人民政府", "华龙日报"),
    doc="Hualong (Chongqing).",
)

EASTDAY = Publisher(
    "东方网",
    "local_media",
    aliases=("東方網",),
    domains=("eastday.com",),
    examples=("东方网", "東方網"),
    counter_examples=("东方卫视", "东方财富网"),
    doc="Eastday (Shanghai).",
)

CNHUBEI = Publisher(
    "荆楚网",
    "local_media",
    aliases=("荊楚網", "湖北日报网", "湖北日報網"),
    domains=("cnhubei.com",),
    examples=("荆楚网", "荆楚网-湖北日报网", "荊楚網"),
    counter_examples=("楚天都市报", "荆州日报"),
    doc="Cnhubei, the site of Hubei Daily.",
)

# --------------------------------------------------------------------------------------------------
# Commercial portals and financial media: they reprint, and their pages name them
# --------------------------------------------------------------------------------------------------

SINA = Publisher(
    "新浪",
    "other",
    aliases=("新浪网", "新浪網", "新浪新闻", "新浪新聞", "新浪财经", "新浪財經", "新浪公司", "SINA"),
    domains=("sina.com.cn", "sina.cn", "sina.com"),
    examples=("新浪", "新浪网", "新浪新闻", "新浪财经"),
    counter_examples=("新浪潮", "浪潮新闻"),
    doc="Sina (新浪网), a commercial portal.",
)

NETEASE = Publisher(
    "网易",
    "other",
    aliases=("網易", "网易新闻", "網易新聞", "网易号", "网易公司", "网易科学人", "NetEase"),
    domains=("163.com",),
    examples=("网易", "网易新闻", "网易号", "网易公司"),
    counter_examples=("网易云音乐", "易网"),
    doc="NetEase (网易), a commercial portal, and its 网易号 accounts.",
)

TENCENT = Publisher(
    "腾讯新闻",
    "other",
    aliases=("騰訊新聞", "腾讯网", "騰訊網", "腾讯", "騰訊", "腾讯新闻客户端"),
    domains=("qq.com",),
    examples=("腾讯新闻", "腾讯网", "騰訊網"),
    counter_examples=("讯腾", "腾冲新闻"),
    doc="Tencent News, a commercial portal.",
)

IFENG = Publisher(
    "凤凰网",
    "other",
    aliases=("鳳凰網", "凤凰新闻", "鳳凰新聞", "凤凰网资讯"),
    domains=("ifeng.com",),
    examples=("凤凰网", "鳳凰網", "凤凰新闻"),
    counter_examples=("凤凰卫视", "凤凰县人民政府"),
    doc="Ifeng (凤凰网), a commercial portal.",
)

SOHU = Publisher(
    "搜狐",
    "other",
    aliases=("搜狐网", "搜狐網", "搜狐新闻", "搜狐号", "搜狐號"),
    domains=("sohu.com",),
    examples=("搜狐", "搜狐网", "搜狐号"),
    counter_examples=("搜狗", "狐搜"),
    doc="Sohu (搜狐), a commercial portal.",
)

HEXUN = Publisher(
    "和讯网",
    "other",
    aliases=("和訊網", "和讯", "和訊"),
    domains=("hexun.com",),
    examples=("和讯网", "和訊網"),
    counter_examples=("资讯网", "和讯息"),
    doc="Hexun (和讯网), a financial portal.",
)

CAIJING = Publisher(
    "财经网",
    "other",
    aliases=("財經網", "财经杂志", "財經雜誌"),
    domains=("caijing.com.cn",),
    examples=("财经网", "財經網"),
    counter_examples=("第一财经", "新浪财经"),
    doc="Caijing (财经网), a financial magazine's site.",
)

CLS = Publisher(
    "财联社",
    "other",
    aliases=("財聯社", "财联社电报"),
    datelines=("财联社3月7日电",),
    domains=("cls.cn",),
    examples=("财联社", "財聯社"),
    counter_examples=("财新", "联社"),
    doc="Cailian Press (财联社), a financial newswire.",
)


BUILTIN: tuple[Publisher, ...] = (
    XINHUA,
    PEOPLES_DAILY,
    GOV_CN,
    CCTV,
    CNR,
    CRI,
    CHINANEWS,
    GMW,
    ECONOMIC_DAILY,
    CHINA_DAILY,
    CHINA_COM_CN,
    YOUTH,
    HUANQIU,
    THEPAPER,
    LEGAL_DAILY,
    WORKERS_DAILY,
    SCIENCE_DAILY,
    QSTHEORY,
    PLA_DAILY,
    XUEXI,
    HKCNA,
    REUTERS,
    AFP,
    AP,
    KYODO,
    TASS,
    HK_GOV,
    MACAO_GOV,
    TAKUNGPAO,
    WENWEIPO,
    WENHUI,
    BJNEWS,
    BEIJING_DAILY,
    JIEFANG,
    NANFANG,
    DAZHONG,
    IQILU,
    CHANGJIANG,
    REDNET,
    HUALONG,
    EASTDAY,
    CNHUBEI,
    SINA,
    NETEASE,
    TENCENT,
    IFENG,
    SOHU,
    HEXUN,
    CAIJING,
    CLS,
)
"""The built-in publishers, central houses first. An alias belongs to the first publisher listing it."""


# --------------------------------------------------------------------------------------------------
# Families: provincial and local media, government portals
# --------------------------------------------------------------------------------------------------

_PLACE = r"(?!各|本|我|该|全|乡镇|县区|市县|省市|市区|区县)\p{Han}{1,10}?(?:省|市|县|区|州|旗|盟|自治区|特别行政区)"
"""A place name with its administrative suffix (某某省, 某某市, 某县), not a generic 各地/乡镇/县区."""

_CHANNEL = r"(?:\p{Han}{0,6}频道)?"
"""A channel of a site (``某某频道``), printed after the name and not part of it."""

FAMILIES: tuple[Family, ...] = (
    family(
        "government_portal.people_government",
        "government_portal",
        rf"(?P<name>{_PLACE}人民政府)(?:办公厅|办公室)?(?:门户网站|门户网|网站|网|官网)?{_CHANNEL}",
        examples=("寿县人民政府", "山西省人民政府网站", "某某县人民政府门户网站", "兰山区人民政府", "某市人民政府办公室"),
        counter=("人民政府", "地方各级人民政府", "省人民政府", "乡镇人民政府", "县区人民政府"),
        doc="A people's government and its portal: 某某省/市/县人民政府(网|门户网站).",
    ),
    family(
        "government_portal.government_site",
        "government_portal",
        rf"(?P<name>{_PLACE}政府)(?:门户网站|门户网|网站|网|官网)(?:\p{{Han}}{{0,6}}频道)?",
        examples=("北京市政府网", "某某县政府门户网站", "某区政府网站"),
        counter=("政府网", "各区政府网站", "市政府", "北京市政府"),
        doc="A government's site named without 人民: 某某政府网, 某某县政府门户网站.",
    ),
    family(
        "government_portal.department",
        "government_portal",
        rf"""(?P<name>{_PLACE}(?!人民政府)\p{{Han}}{{0,14}}?
              (?:委员会|局|厅|委|办公室|办公厅|政府办|管委会|办事处))(?:网站|门户网站|官网|网)?""",
        examples=("安康市教育体育局", "浙江省发展和改革委员会", "梁园区政府办", "某市卫生健康委员会", "某县应急管理局网站"),
        counter=("应急管理局", "县区教育局", "各市卫生健康委", "国家统计局"),
        doc="A local government department and its site: 某市某某局, 某省某某委员会, 某区政府办.",
    ),
    family(
        "government_portal.ministry",
        "government_portal",
        r"""(?P<name>(?:中华人民共和国|国家|国务院)\p{Han}{1,14}?
              (?:部|总局|局|署|委员会|办公厅|办公室))(?:网站|门户网站|官网|网)?""",
        examples=("国家统计局", "国务院新闻办公室", "中华人民共和国教育部", "国家卫生健康委员会网站"),
        counter=("国家", "国务院", "国家队"),
        doc="A central ministry, commission or administration and its site: 国家某某局, 中华人民共和国某某部.",
    ),
    family(
        "other.national_site",
        "other",
        r"(?P<name>(?:中国|中华|全国)\p{Han}{1,6}?(?<!互联|物联|电|政府|政协)(?:网|在线))(?:\p{Han}{0,6}频道)?",
        examples=("中国科普网", "中国证券网", "中华读书网"),
        counter=("中国", "中国互联网", "中国网"),
        doc="A national site not listed: 中国某某网 (kind other: its owner is not known from its name).",
    ),
    family(
        "local_media.paper",
        "local_media",
        r"""(?P<name>(?!本|该|我)\p{Han}{2,8}?
              (?:日报|晚报|晨报|早报|都市报|商报|时报|快报|周报|导报|证券报|青年报|法制报|经济报|农民报)
              社?)(?:网|电子版|数字报|客户端)?""",
        examples=("亳州晚报社", "青岛日报", "牡丹晚报", "某某都市报", "山西日报", "某某日报电子版"),
        counter=("日报", "本报", "晚报记者", "人民日报评论员", "公报"),
        doc="A provincial, city or county newspaper: 某某日报, 某某晚报, 某某都市报 (社).",
    ),
    family(
        "local_media.broadcast",
        "local_media",
        r"""(?P<name>(?!本|该|我|广播|广电)\p{Han}{2,10}?
              (?:广播电视台|广播电视总台|电视台|人民广播电台|广播电台|广播电视报))""",
        examples=("渭南广播电视台", "黄冈广播电视台", "某某人民广播电台", "某某电视台"),
        counter=("广播电视台", "国家广播电视总局", "电视台记者"),
        doc="A provincial, city or county broadcaster: 某某广播电视台, 某某电视台.",
    ),
    family(
        "local_media.media_center",
        "local_media",
        rf"""(?P<name>(?:{_PLACE}|(?!本|该|我|县|市|区)\p{{Han}}{{2,4}})
              (?:融媒体中心|融媒|全媒体中心|新闻中心|传媒中心|传媒集团|报业集团|报业传媒集团|报社))""",
        examples=("孝昌县融媒体中心", "竹山融媒", "某某县融媒体中心", "某某报业集团", "某某市新闻中心"),
        counter=("县融媒体中心", "融媒体中心", "本报社", "区融媒"),
        doc="A county media centre (县级融媒体中心) or a city's press group: 某县融媒体中心, 某某报业集团.",
    ),
    family(
        "local_media.app",
        "local_media",
        r"(?P<name>(?!下载|打开|手机|官方|本)\p{Han}{2,6}?(?:新闻)?(?:客户端|app))",
        examples=("上游新闻客户端", "某某新闻客户端", "某某app"),
        counter=("客户端", "下载客户端", "手机客户端"),
        doc="A local media app: 某某新闻客户端, 某某APP.",
    ),
    family(
        "local_media.news_site",
        "local_media",
        r"""(?P<name>(?!本|该|我|中国互|国家)\p{Han}{2,6}?
              (?<!政府|互联|物联|电|管|局域|因特|官)(?:新闻网|在线|网))(?:\p{Han}{0,6}频道)?""",
        examples=("亳州新闻网", "民权网", "黄河新闻网", "黄河新闻网长治频道", "某某在线"),
        counter=("互联网", "北京市政府网", "国家电网", "本网", "物联网", "中国互联网"),
        doc="A local news site: 某某新闻网, 某某网, 某某在线 (not 政府网, 互联网, 电网).",
    ),
)
"""The families, tried in this order after the listed publishers: government before media, and
the loosest shape (某某网) last."""
