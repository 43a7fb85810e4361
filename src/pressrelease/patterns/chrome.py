"""The chrome table: page furniture left by scraping (menus, widgets, related links, site footer)."""

from __future__ import annotations

from . import pattern
from .fragments import DIGITS, SPACE, SPACE_CHARS
from .words import CHROME_LINES, CHROME_WORDS

_LISTS = {"chrome_lines": list(CHROME_LINES), "chrome_words": list(CHROME_WORDS)}

LINE = pattern(
    "chrome.line",
    rf"""^{SPACE}* [【\[<《]? {SPACE}* (?:\L<chrome_lines>) {SPACE}* [】\]>》]? {SPACE}* [:：]? {SPACE}* $""",
    mode="search",
    requires=CHROME_LINES,
    examples=["相关新闻:", "【打印】", "分享让更多人看到", "上一篇", "网站地图"],
    counter=["相关新闻发布会于今日召开", "分享经验"],
    doc="A whole line that is a widget or a navigation label.",
    lists=_LISTS,
)

FOOTER = pattern(
    "chrome.footer",
    r"""
    ICP(?:备|備|证|證)? | 公网安备 | 公網安備 | 网安备 | [Cc]opyright | COPYRIGHT | © | ©
  | 版权所有 | 版權所有 | ^\s*(?:主办|承办)单位 | (?:主办|承办)(?:单位)?\s*[:：] | 技术支持[:：] | 网站标识码 | 网站识别码
  | 政府网站标识码 | 违法和不良信息举报 | 互联网新闻信息服务许可证 | 信息网络传播视听节目许可证
  | 网站地图 | 联系我们 | 邮编[:：] | 邮政编码 | 地址[:：] | 联系电话[:：] | 传真[:：] | 建议使用.{0,20}浏览器 | 分辨率
    """,
    mode="search",
    requires=(
        "ICP",
        "公网安备",
        "网安备",
        "Copyright",
        "copyright",
        "COPYRIGHT",
        "©",
        "版权",
        "主办",
        "承办",
        "技术支持",
        "网站",
        "政府网站",
        "违法和不良",
        "互联网",
        "信息网络",
        "联系我们",
        "邮编",
        "邮政编码",
        "地址",
        "联系电话",
        "传真",
        "建议使用",
        "分辨率",
    ),
    examples=[
        "京ICP备12345678号",
        "Copyright © 2020 某某网",
        "主办单位：某某市人民政府办公室",
        "网站标识码：1234",
    ],
    counter=["某市主办了一场招聘会", "地址在市中心", "下届承办单位某某大学接受会旗并合影"],
    doc="Site-footer furniture: licence numbers, owner and address lines.",
)

NAVIGATION = pattern(
    "chrome.navigation",
    r"""加载中 | 请稍候 | 请刷新本页面 | 若长时间无响应 | 您(?:当前|現在|现在)?(?:的)?(?:所在)?(?:位置|位於|位于) | 当前位置 | 當前位置 | 首页\s*(?:[>›»/＞]|&gt;) | (?:[>›»＞])\s*正文 | 欢迎(?:您|访问|光临) | 无障碍 | 繁体 | 简体版 | 简体 | 移动版 | 手机版 | 登录\s*\|?\s*注册 | 设为首页 | 加入收藏 | 今天是\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年""",
    mode="search",
    examples=[
        "您当前的位置:首页 > 新闻 > 正文",
        "某某网欢迎您!",
        "网站无障碍本站支持IPV6",
        "调查问题加载中，请稍候。",
    ],
    counter=["我们位于市中心", "欢迎会"],
    doc="Breadcrumbs, greetings and site-wide switches at the top of a page.",
)

IMAGE = pattern(
    "chrome.image",
    rf"""^{SPACE}*(?:!\[[^\]\n]*\]\([^)\n]*\)|\[(?:图片|圖片|图|视频|image)\]|<img\b|图片来源[:：]|（图片来源|\(图片来源|图为|圖為|点击(?:查看|播放)|(?:\p{{Han}}{{0,6}})?记者{SPACE}*\p{{Han}}{{2,4}}{SPACE}*摄{SPACE}*$|\p{{Han}}{{2,12}}(?:图片|供图)(?:{SPACE}*[(（]资料图[)）])?{SPACE}*$|视频加载中|视频：|视频:)""",
    mode="search",
    requires=("[", "<img", "图", "记者", "视频", "点击"),
    examples=[
        "![](/img/icon.png)",
        "图为工人正在施工。",
        "新华社记者 张三 摄",
        "[图片]",
        "某某通讯社图片",
        "某某县委宣传部供图",
    ],
    counter=["图书馆开放时间调整", "记者走访发现", "某县举办摄影展，展出图片200余幅"],
    doc="Images, captions and media placeholders.",
)

RULER = pattern(
    "chrome.ruler",
    rf"^{SPACE}*[*＊=＝\-－—_~～·•.。#＃]{{3,}}{SPACE}*$",
    mode="search",
    examples=["*******", "-----", "＝＝＝＝"],
    counter=["***某某***"],
    doc="A ruled line of repeated symbols.",
)

MENU = pattern(
    "chrome.menu",
    rf"^{SPACE}*(?:[^\s。，,；;：:！？!?|｜丨/]{{1,8}}(?:{SPACE}+|{SPACE}*[|｜丨/]{SPACE}*)){{3,}}[^\s。，,；;：:！？!?|｜丨/]{{1,8}}{SPACE}*$",
    mode="search",
    requires=(*SPACE_CHARS, "|", "｜", "丨", "/"),
    examples=["首页 新闻 政务 服务 互动", "要闻|时政|国际|社会"],
    counter=["抓难点堵点 做复工复产“服务员”", "一段正常的句子，有标点。"],
    doc="A menu: four or more short items separated by spaces or bars.",
)

COUNTER = pattern(
    "chrome.counter",
    rf"(?:浏览次数|瀏覽次數|阅读次数|阅读量|点击数|点击量|访问量|点击|浏览)[:：]?{SPACE}*{DIGITS}+|{DIGITS}+{SPACE}*次(?:浏览|阅读)|【字体{SPACE}*[:：]|字号{SPACE}*[:：]",
    mode="search",
    requires=("浏览", "阅读", "点击", "访问", "次", "字体", "字号"),
    examples=["浏览次数：123", "阅读量:45", "1234次浏览", "字号:默认 超大 | 打印 |", "字号: [大] [中] [小] [打印]"],
    counter=["浏览了展览"],
    doc="View counters and font-size widgets.",
)

WIDGETS = pattern(
    "chrome.widgets",
    rf"^(?:{SPACE}|[|｜丨/])*+(?:(?:\L<chrome_words>)(?:{SPACE}|[|｜丨/:：])*+){{1,10}}$",
    mode="search",
    requires=CHROME_WORDS,
    examples=["打印 关闭", "【打印】 【关闭】", "分享到 微信 微博", "字号 大 中 小", "字体：小 中 大", "打印 字体： 放大 正常 缩小 分享"],
    counter=["打印机采购公告", "关闭工厂"],
    doc="A line made only of widget words (print, close, share, font size).",
    lists=_LISTS,
)

PAGER = pattern(
    "chrome.pager",
    rf"""^{SPACE}*[【\[<《]?{SPACE}*(?:上一(?:条|篇|页|版|則|篇文章)|下一(?:条|篇|页|版|則|篇文章)|往期回顾|往期回顧|新闻排行|新聞排行|热点新闻|熱點新聞|相关网页|相關網頁|热门推荐|精彩图集|猜你喜欢|更多精彩|点个赞|文章不错|转载是一种动力|责任编辑{SPACE}*[:：]?{SPACE}*$)""",
    mode="search",
    requires=(
        "上一",
        "下一",
        "往期",
        "新闻排行",
        "热点新闻",
        "相关网页",
        "热门推荐",
        "精彩图集",
        "猜你喜欢",
        "更多精彩",
        "点个赞",
        "文章不错",
        "转载是",
        "责任编辑",
    ),
    examples=["上一条:某某项目签约", "下一篇：某某", "往期回顾 全部", "新聞排行", "文章不错,点个赞再走呗!"],
    counter=["上一年度", "下一步,该镇将持续发力"],
    doc="Links to other articles and reader prompts that only follow an article.",
)

EPAPER = pattern(
    "chrome.epaper",
    rf"""^{SPACE}*(?:PDF{SPACE}*)?[«<《【\[]?{SPACE}*(?:
        第?{SPACE}*(?:[A-Za-zＡ-Ｚ]{SPACE}*)?(?:{DIGITS}{{1,3}}|[一二三四五六七八九十]{{1,3}}){SPACE}*版{SPACE}*[:：]
      | 上一版 .{{0,8}} 下一版
      | 本期共{SPACE}*{DIGITS}{{1,3}}{SPACE}*版
      | 版面导航 | 版面目录 | 标题导航 | 往期报纸
    )""",
    mode="search",
    requires=("版", "导航", "往期"),
    examples=[
        "第A5版:魅力单县",
        "第01版：要闻",
        "A3版：综合新闻",
        "PDF «上一版 下一版»本期共8版(1-2-3)",
        "版面导航",
    ],
    counter=["第一版主要刊登时政新闻。", "出版社召开座谈会", "上一年度全县完成投资"],
    doc="A newspaper e-paper page's own lines: the page label (第A5版：栏目), page switches, page count.",
)

DATED_LINK = pattern(
    "chrome.dated_link",
    rf"""^{SPACE}*[-·•*]{SPACE}*{DIGITS}{{4}}[-/.]{DIGITS}{{1,2}}[-/.]{DIGITS}{{1,2}}{SPACE}*[^\d\s:：][^。，,：:]{{1,60}}$""",
    mode="search",
    requires=("-", "·", "•", "*"),
    examples=["- 2024-11-20读懂时代意蕴(思想纵横)", "· 2021-03-02 某县召开春耕生产会议"],
    counter=["- 2024-11-20 16:21", "2024-11-20读懂时代意蕴", "- 2024-11-20，会议召开，部署工作。"],
    doc="A bulleted link to another article with its date (- 2024-11-20 标题): a related-articles list.",
)

CONTACT = pattern(
    "chrome.contact",
    rf"""^(?:{SPACE}*(?:(?:电话|電話|热线|熱線|邮箱|郵箱|[Ee]-?mail|[Tt]el)[:：]?{SPACE}*)?
        (?:(?:\+?86{SPACE}*-?)?(?:{DIGITS}{{3,4}}{SPACE}*[-－]{SPACE}*)?{DIGITS}{{7,8}}(?:{SPACE}*[-－转]{SPACE}*{DIGITS}{{1,5}})?
          | 1[3-9]{DIGITS}{{9}}
          | [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)
        [{SPACE_CHARS},，;；/、|]*)+$""",
    mode="search",
    requires=(*"0123456789０１２３４５６７８９", "@"),
    examples=["010-65363526rmzk001@163.com", "电话：0917-1234567", "邮箱:news@example.cn", "13912345678"],
    counter=["2020年3月7日", "全县共有12345678人", "联系电话：请拨打热线咨询"],
    doc="A line of nothing but telephone numbers and e-mail addresses: contact details, not text.",
)

LINK = pattern(
    "chrome.link",
    rf"""^{SPACE}*(?:(?:https?://|www\.)\S+|\S++(?<=\.(?:jpg|jpeg|png|gif|webp|bmp|shtml|html?)[\u200b\ufeff]*)|<image>.*|data:image\S*){SPACE}*$""",
    mode="search",
    requires=("://", ".", "<image>", "data:image"),
    examples=[
        "http://www.example.cn/news/1.shtml",
        "6a1f3601e453424d95ad0a1db5854090.jpg",
        "<image>data:image/png",
    ],
    counter=["某某网消息"],
    doc="A bare web address, image file name or inline image left by page conversion.",
)

FOREIGN_NOTICE = pattern(
    "chrome.foreign_notice",
    r"^\s*(?:Notice|Disclaimer|Statement)\s*:",
    mode="search",
    examples=["Notice: The content above is uploaded by a user."],
    counter=["通知：某某"],
    doc="The English platform notice some portals print under user-uploaded articles.",
)

_PHOTOGRAPHER = rf"(?:\p{{Han}}{{0,10}}(?:记者|通讯员|實習生|实习生|摄影师|摄影){SPACE}*)?"
"""The role before a photographer's name in a credit (某某社记者, 通讯员, 实习生), if any."""

_PHOTOGRAPHED = rf"(?:\p{{Han}}{{2,4}}(?:{SPACE}*[、，,]{SPACE}*|{SPACE}+)?){{1,3}}{SPACE}*(?<!拍)(?:摄|攝)(?:影)?"
"""One to three names, then 摄 (not 拍摄, a verb at the end of a sentence)."""

CAPTION = pattern(
    "chrome.caption",
    rf"""^[^。！？\n]{{0,60}}[（(](?:资料图|資料圖|资料图片|摄|攝|视频截图)[^)）\n]{{0,10}}[)）]{SPACE}*$
      | ^{SPACE}*(?:图|圖|表)\s*{DIGITS}+(?:\s*[:：.．]|{SPACE}+(?=\p{{Han}}))
      | ^{SPACE}*(?:图|圖)\s*[①-⑳]?\s*[:：]
      | ^{SPACE}*[▲△▼↑](?=[^\n]{{1,80}}$)
      | [。！]{SPACE}*{_PHOTOGRAPHER}{_PHOTOGRAPHED}{SPACE}*$""",
    mode="search",
    requires=("图", "圖", "摄", "攝", "表", "▲", "△", "▼", "↑"),
    examples=[
        "某某在会上发言（资料图）",
        "图1:2015年某县地区生产总值",
        "图5　汽车前号牌　　　　图6　汽车后号牌",
        "活动现场（资料图片）",
        "3月1日，某县农民在田间忙着春耕。某某社记者 张三 摄",
        "3月20日，游客在花海中拍照留念。刘洋 摄",
        "▲农户驾驶收割机收割水稻",
        "图②：新建成的村级文化广场",
        "图：志愿者为居民讲解防诈骗知识",
    ],
    counter=[
        "会议强调（一）要加强领导。",
        "某某会议隆重开幕(图)",
        "记者走访发现，春耕进展顺利。",
        "这些照片都是他亲手拍摄",
        "试图：一段正常的话",
    ],
    doc="An image caption: a short line ending in （资料图）, numbered 图1：…, 图②：…, marked with ▲, or"
    " a description closed by the photographer's credit (…。某某社记者 张三 摄, …。张三 摄).",
)

PHOTO_CREDIT = pattern(
    "chrome.photo_credit",
    rf"""^{SPACE}*(?:\p{{Han}}{{2,8}}发{SPACE}*)?[（(]?{SPACE}*{_PHOTOGRAPHER}{_PHOTOGRAPHED}{SPACE}*[)）]?{SPACE}*$
      | ^{SPACE}*[（(]?(?:摄影|攝影){SPACE}*[:：]{SPACE}*\p{{Han}}{{2,4}}(?:{SPACE}*[、，,]{SPACE}*\p{{Han}}{{2,4}}){{0,2}}{SPACE}*[)）]?{SPACE}*$
      | ^{SPACE}*[（(]?(?:资料图片?|資料圖片?|资料照片|資料照片){SPACE}*[)）]?{SPACE}*$
      | ^{SPACE}*[（(]?图片由\p{{Han}}{{2,20}}提供{SPACE}*[)）]?{SPACE}*$""",
    mode="search",
    requires=("摄", "攝", "资料", "資料", "图片由"),
    examples=[
        "通讯员 刘洋 摄",
        "李华 摄",
        "（张伟 摄）",
        "新华社发（李华 摄）",
        "某某社记者 张三、李四 摄",
        "（刘通摄）",
        "摄影：刘洋",
        "资料图",
        "（资料图片）",
        "图片由某某县文旅局提供",
    ],
    counter=["这些照片都是他亲手拍摄", "摄影爱好者协会成立", "资料显示，今年以来全县经济稳中有进。"],
    doc="A photographer's credit or a picture's source on a line of its own (李华 摄, 通讯员 刘洋 摄,"
    " 新华社发（李华 摄）, 摄影：刘洋, 资料图, 图片由…提供): the picture above it is gone.",
)

TITLE_SEPARATOR = pattern(
    "chrome.title_separator",
    r"\s*(?:[_|｜]|\s[-–—]\s|-{1,2}|——|—)\s*",
    examples=["某县召开春耕会议_某某网", "某某网-某县召开春耕会议", "某县召开春耕会议 | 某某网"],
    counter=["某县召开春耕会议"],
    doc="What joins a page's title and its site's name in <title>: the longest piece is the title.",
)

NUMBER = pattern(
    "chrome.number",
    rf"^{SPACE}*(?:{DIGITS}{{1,2}}|(?:PART|Part|NO\.|No\.){SPACE}*{DIGITS}{{1,2}}){SPACE}*$",
    examples=["01", "3", "PART 2", "No. 1"],
    counter=["2024", "01 春耕", "第1"],
    doc="A number alone on a line: a section badge over a heading, a counter, a pager or a page number.",
)
