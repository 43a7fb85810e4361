"""Layout conventions of scraped pages and official texts, on invented pages.

Each case is a convention seen across outlets, not a copy of one page: an e-paper page's own lines
(page label, page switches), a contact line over the title, a breadcrumb under a column name, a
slogan-like 引题 above a plain headline, table-cell bars after the last sentence, and the lines of
a list of people (name, gap, post), which are not headings.
"""

from __future__ import annotations

import pytest

import pressrelease

EPAPER = (
    "第A3版：要闻\n\n下一版>\n\n<上一版\n\n日期:[2021年05月06日] -- 某某晚报 -- 版次:[A3]\n\n"
    "抓重点补短板,推动工作再上新台阶\n\n某县召开政府常务会议\n"
    "本报讯(通讯员 张明)5月5日上午,某县召开政府常务会议,研究部署近期重点工作。会议要求,"
    "各部门要对照目标任务,查找差距,狠抓落实。\n　　会议还听取了一季度经济运行情况汇报。\n"
)
EPAPER_SWITCHES = (
    "PDF «上一版 下一版»本期共6版(1-2-3-4-5-6)\n某镇便民服务中心正式启用\n\n"
    "本报讯 为进一步方便群众办事,某镇便民服务中心于6月1日正式启用。中心设置综合窗口8个,"
    "可办理事项120余项。\n"
)
CONTACT = (
    "某某周刊杂志社主办\n\n0551-12345678news001@example.cn\n\n三看县域经济新活力\n\n"
    "本刊记者 王明    2024-03-11 08:28:28    某某周刊\n\n"
    "县域经济是国民经济的基本单元。今年以来，各地在产业培育上持续发力，取得了新的进展。\n"
)
BREADCRUMB = (
    "政务公开\n您现在的位置:首页 > 政务公开 > 正文\n发布时间:2019-04-18    信息来源:某县农业农村局\n"
    "某县全面启动春季农业生产\n　　近日，某县召开春耕生产动员会，对全县春季农业生产工作作出安排部署。"
    "会议要求，各乡镇要早谋划、早部署。\n"
)


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (EPAPER, "某县召开政府常务会议"),
        (EPAPER_SWITCHES, "某镇便民服务中心正式启用"),
        (CONTACT, "三看县域经济新活力"),
        (BREADCRUMB, "某县全面启动春季农业生产"),
    ],
    ids=["epaper-label-and-kicker", "epaper-switches", "contact-line", "breadcrumb"],
)
def test_headline_skips_page_lines(page: str, headline: str) -> None:
    doc = pressrelease.parse(page)
    assert doc.headline is not None
    assert doc.headline.text == headline


def test_epaper_lines_are_chrome() -> None:
    doc = pressrelease.parse(EPAPER)
    first = doc.parts[0]
    assert doc.text[first.span.start : first.span.end].strip() == "第A3版：要闻"
    assert (first.kind, first.rule) == ("chrome", "chrome.epaper")


def test_cell_bars_after_the_last_sentence_are_not_paragraph_text() -> None:
    page = (
        "某县召开安全生产会议\n2020-03-07 16:21:56来源:某某网\n\n"
        "　　会议强调，要压实各方责任，坚决守住安全底线。 | |||||\n"
    )
    doc = pressrelease.parse(page)
    assert doc.paragraphs[-1].text == "会议强调，要压实各方责任，坚决守住安全底线。"


def test_roster_lines_are_not_headings() -> None:
    page = (
        "某县调整安全生产委员会组成人员\n2021-04-02 10:00:00来源:某县人民政府\n\n"
        "　　根据人员变动情况和工作需要，县政府决定对县安全生产委员会组成人员进行调整。"
        "现将调整后的名单通知如下：\n"
        "　　主　任：王　明　　县长\n"
        "　　　　　　李建国　　县委常委、常务副县长\n"
        "　　　　　　赵　勇　　副县长\n"
        "　　成　员：孙立新　　县应急管理局局长\n"
        "　　　　　　周　平　　县公安局副局长\n"
        "　　　　　　吴海涛　　县交通运输局局长\n"
        "　　　　　　郑　华　　县住房城乡建设局局长\n"
        "　　县安全生产委员会办公室设在县应急管理局，办公室主任由孙立新同志兼任。\n"
    )
    doc = pressrelease.parse(page)
    assert [h.text for h in doc.headings] == []
    assert any(p.text.startswith("李建国") for p in doc.paragraphs)


def test_dateline_after_a_summary_and_captions() -> None:
    page = (
        "某县首位女新闻发言人亮相\n2021-04-30 07:46:00 作者:王明  来源:某某网\n"
        "4月29日，某县人民政府举行例行新闻发布会，新任新闻发言人首次亮相，回答了记者提问。\n"
        "    新闻发言人回答记者提问\n"
        "    发布会现场\n"
        "    某某网某县4月29日讯（记者 王明）4月29日，某县人民政府举行例行新闻发布会，"
        "通报一季度经济社会运行情况。\n"
        "    会上，新闻发言人就稳就业、保民生等问题回答了记者提问。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.dateline is not None
    assert (doc.dateline.agency, doc.dateline.date) == ("某某网", "4月29日")
    assert doc.paragraphs[0].text.startswith("4月29日，某县人民政府")  # the summary stays the first


def test_a_later_paragraph_without_an_agency_is_not_a_dateline() -> None:
    page = (
        "某县召开春耕生产会议\n2021-04-30 07:46:00 来源:某某网\n"
        "会议指出，要抓住农时，扎实做好春耕备耕各项工作，确保粮食生产稳定。\n"
        "    本报讯 会议要求，各乡镇要压实责任，抓好农资供应和技术服务等各项工作。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.dateline is None


def test_print_source_and_dated_related_links_close_the_article() -> None:
    page = (
        "以产业兴乡村(短评)\n\n"
        "　　发展特色产业，是乡村振兴的关键一招。某乡立足资源禀赋，做强茶叶和水果产业，带动农民增收。\n"
        "　　只要坚持久久为功，就一定能够书写好乡村振兴的新篇章。\n"
        "《 某某日报 》( 2024年11月19日 05 版)\n"
        "- 2024-11-20读懂时代的新意蕴(思想纵横)\n"
        "- 2024-11-20城市更有温度(纵横)\n"
        "- 2024-11-19科技助力医疗发展(时评)\n"
    )
    doc = pressrelease.parse(page)
    assert doc.paragraphs[-1].text.endswith("乡村振兴的新篇章。")
    assert doc.credits is not None and doc.credits.text.startswith("《 某某日报 》")
    rules = [p.rule for p in doc.parts if p.kind == "chrome"]
    assert rules.count("chrome.dated_link") == 3


def test_byline_below_a_long_menu_with_a_time_zone() -> None:
    menu = "\n".join(f"栏目{i}" for i in range(120))
    page = (
        f"{menu}\n某区放宽聚集人数限制 口罩规定延长\n2021-02-23 HKT 18:20\n分享工具\n"
        "政府公布，午夜起放宽公众聚集人数限制，由两人放宽至四人。\n"
        "另外，政府决定延长相关规例的有效期至今年九月底，包括口罩规定等七项规例。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == "某区放宽聚集人数限制 口罩规定延长"
    assert doc.published is not None and doc.published.isoformat() == "2021-02-23T18:20:00+08:00"


def test_an_outlet_alone_above_the_date_is_the_source() -> None:
    page = (
        "新年伊始，这篇重要文章谈了啥？\n新华社\n2020-01-03 18:13\n字号\n"
        "　　1月1日出版的某某杂志发表重要文章。文章阐述了推进治理体系和治理能力现代化的若干问题。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.source == "新华社"
    assert doc.headline is not None and doc.headline.text == "新年伊始，这篇重要文章谈了啥？"
    outlet = next(p for p in doc.parts if doc.text_of(p).strip() == "新华社")
    assert (outlet.kind, outlet.rule) == ("byline", "byline.outlet_line")


def test_title_of_a_notice_above_its_number_and_addressees() -> None:
    page = (
        "政策法规\n您现在的位置:首页 > 政策法规 > 正文\n发布时间:2016-09-18    信息来源:某市人民政府\n"
        "某市人民政府关于做好春季农业生产工作的通知\n某府〔2016〕12号\n"
        "各县（市、区）人民政府，市各委办局：\n"
        "　　为切实做好今年春季农业生产工作，确保粮食生产稳定，现就有关事项通知如下。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == "某市人民政府关于做好春季农业生产工作的通知"


def test_numbered_lines_closed_by_a_stop_head_the_figures_under_them() -> None:
    page = (
        "某某专用号牌式样说明\n2018-12-11 10:00 来源：某某部\n"
        "一、号牌规格尺寸\n"
        "　　汽车号牌规格为480毫米×140毫米，摩托车号牌规格为220毫米×140毫米。\n"
        "（一）汽车号牌。\n图3　汽车号牌尺寸（单位：毫米）\n"
        "（二）摩托车号牌。\n图4　摩托车号牌尺寸（单位：毫米）\n"
        "二、前后号牌式样对比\n"
        "　　汽车号牌分为前牌和后牌，前牌代号为红色，后牌代号为黑色。\n"
    )
    doc = pressrelease.parse(page)
    assert [h.text for h in doc.headings] == [
        "一、号牌规格尺寸",
        "（一）汽车号牌。",
        "（二）摩托车号牌。",
        "二、前后号牌式样对比",
    ]
    assert all(not p.text.startswith("图") for p in doc.paragraphs)


def test_source_on_a_second_metadata_line_under_the_article() -> None:
    page = (
        "某市开展金融知识普及活动\n"
        "　　9月20日，某市金融系统在市民广场启动金融知识普及月活动，向市民宣传防范风险知识。\n"
        "　　活动中，志愿者设置宣传展台，分发宣传折页，现场解答市民提问。\n"
        "发布日期：2019-09-23 14:34:05  所属分类： 头条\n"
        "版权声明 来源：某某商报 时间：2019-09-23 14:34:05 作者：\n"
    )
    doc = pressrelease.parse(page)
    assert doc.published is not None and doc.published.isoformat() == "2019-09-23T14:34:05+08:00"
    assert doc.source == "某某商报"


WRAPPED_NOTICE = (
    "发布时间:2023-05-06    信息来源:某市人民政府办公室\n"
    "某市人民政府办公室\n关于印发《某市城乡供水设施\n改造提升三年行动方案》的通知\n"
    "某府办发〔2023〕9号\n各县（区）人民政府，市政府各部门：\n"
    "　　《某市城乡供水设施改造提升三年行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
)
WRAPPED_RESOLUTION = (
    "某省人民代表大会常务委员会\n关于批准某某市城市管理\n条例的决议\n\n"
    "（2022年7月29日某省第十三届人民代表大会常务委员会第三十四次会议通过）\n\n"
    "　　某省第十三届人民代表大会常务委员会第三十四次会议审查了某某市城市管理条例，决定予以批准。\n"
)
WRAPPED_ABOUT = (
    "关于做好今年汛期安全防范\n\n工作的紧急通知\n"
    "发布时间：2021-06-02 09:30  来源：某县应急管理局\n"
    "　　各乡镇、县直各单位：近期我县降雨频繁，防汛形势严峻，现就有关事项通知如下。\n"
)


@pytest.mark.parametrize(
    ("page", "title", "lines"),
    [
        (WRAPPED_NOTICE, "某市人民政府办公室关于印发《某市城乡供水设施改造提升三年行动方案》的通知", 3),
        (WRAPPED_RESOLUTION, "某省人民代表大会常务委员会关于批准某某市城市管理条例的决议", 3),
        (WRAPPED_ABOUT, "关于做好今年汛期安全防范工作的紧急通知", 2),
    ],
    ids=["organ-above-about-clause", "organ-then-clause-over-two-lines", "blank-line-inside"],
)
def test_a_document_title_over_several_lines_is_one_headline(page: str, title: str, lines: int) -> None:
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == title
    raw = doc.text_of(doc.headline.span)
    assert len(raw.splitlines()) - raw.splitlines().count("") == lines
    heads = [p for p in doc.parts if p.kind == "headline"]
    assert [(p.rule, p.span.start) for p in heads] == [("headline.wrapped_title", doc.headline.span.start)]
    assert doc.headline.subtitle is None
    assert all(title not in doc.text_of(p.span) for p in doc.paragraphs)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a news headline over a subtitle that cites a document: two titles, not one wrapped
        (
            "某市出台城乡供水管理新规定\n关于加强城乡供水管理的通知\n"
            "发布时间：2023-05-06 10:00 来源：某市水务局\n"
            "　　近日，某市印发通知，对城乡供水管理提出新要求。\n",
            "某市出台城乡供水管理新规定",
        ),
        # an organ over a title complete on its own line, without a 关于 clause: its column name
        (
            "某市水务局\n某市供水管理办法\n发布时间：2023-05-06 10:00 来源：某市水务局\n"
            "　　第一条　为加强供水管理，制定本办法。\n",
            "某市供水管理办法",
        ),
    ],
    ids=["news-headline-over-cited-document", "organ-over-title-without-about"],
)
def test_title_lines_that_are_not_one_wrapped_title(page: str, title: str) -> None:
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == title
    assert not any(p.rule == "headline.wrapped_title" for p in doc.parts)


ROUNDUP = (
    "外媒看某市：烟火气回来了\n2023-10-05 09:10 来源：某市融媒体中心\n"
    "　　某市融媒体中心10月5日讯　假期过半，多家外国媒体报道了某市的节日景象。\n"
    "　　某国《晨报》：\n　　夜市重新热闹起来\n"
    "　　该报网站10月3日刊文说，某市的夜市重新热闹起来，街头小吃摊前排起了长队，游客和市民络绎不绝。\n"
    "　　报道说，今年节日期间，当地推出了多项便民措施。\n"
    "　　某国每日新闻网：\n　　老城区游客明显增多\n"
    "　　该网站10月4日报道，某市老城区的游客数量明显增多，不少商户表示生意比去年同期好了不少。\n"
)


def test_a_label_over_a_heading_opens_its_section() -> None:
    doc = pressrelease.parse(ROUNDUP)
    assert [(h.text, h.style, h.level) for h in doc.headings] == [
        ("某国《晨报》：", "label", 1),
        ("夜市重新热闹起来", "short_line", 2),
        ("某国每日新闻网：", "label", 1),
        ("老城区游客明显增多", "short_line", 2),
    ]
    first = doc.sections[1]
    assert first.heading is not None and first.heading.text == "某国《晨报》："
    assert [s.heading.text for s in first.subsections if s.heading] == ["夜市重新热闹起来"]
    assert len(first.subsections[0].paragraphs) == 2
    assert next(p.rule for p in doc.parts if p.kind == "heading") == "heading.label"


@pytest.mark.parametrize(
    "body",
    [
        # a lead-in sentence over numbered items: the items are headings, the lead-in a paragraph
        "　　会议部署了三项重点工作：\n一、抓好安全生产\n"
        "　　各部门要压实责任，开展隐患排查，确保不发生重大事故。\n",
        # reported speech over a short line: the verb ends the label
        "　　会议强调：\n　　守住安全底线\n"
        "　　各部门要压实责任，开展隐患排查，确保不发生重大事故，切实保障人民群众生命财产安全。\n",
        # a speaker's turn in an interview, over a short question
        "　　记者：\n　　新政策有哪些亮点？\n"
        "　　王明：这次出台的政策主要有三个方面的亮点，一是降低门槛，二是简化流程，三是加大扶持。\n",
    ],
    ids=["lead-in-over-numbered", "speech-verb", "speaker-turn"],
)
def test_colon_lines_that_are_not_labels(body: str) -> None:
    page = (
        "某县召开安全生产工作会议\n2023-06-01 10:00 来源：某县融媒体中心\n"
        "　　5月31日，某县召开安全生产工作会议，总结前一阶段工作，分析当前形势，部署下一步任务。\n" + body
    )
    doc = pressrelease.parse(page)
    assert not any(h.style == "label" for h in doc.headings)
    assert any(p.text.endswith("：") for p in doc.paragraphs)


def test_a_subheading_under_a_confirmed_heading_is_a_heading() -> None:
    page = (
        "某县多措并举稳就业\n2023-06-01 10:00 来源：某县融媒体中心\n"
        "　　今年以来，某县把稳就业摆在突出位置，多措并举拓宽群众增收渠道，取得了明显成效。\n"
        "　　搭平台 拓渠道\n　　线上线下联动 岗位送到家门口\n"
        "　　县人社局组织专场招聘会十二场，提供就业岗位三千余个。\n"
    )
    doc = pressrelease.parse(page)
    assert [h.text for h in doc.headings] == ["搭平台 拓渠道", "线上线下联动 岗位送到家门口"]
    assert doc.paragraphs[-1].text.startswith("县人社局")


def test_the_title_printed_again_over_the_document_is_a_note() -> None:
    page = (
        "首页 > 政务公开 > 政策文件\n"
        "某市人民政府办公室关于开展城乡供水设施普查的通知\n"
        "发布时间：2023-05-06 10:00 来源：某市人民政府办公室\n"
        "供水设施\n某市人民政府办公室关于开展\n城乡供水设施普查的通知\n某府办发〔2023〕10号\n"
        "各县（区）人民政府，市政府各部门：\n"
        "　　为摸清城乡供水设施底数，市政府决定在全市开展城乡供水设施普查，现将有关事项通知如下。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None
    assert doc.headline.text == "某市人民政府办公室关于开展城乡供水设施普查的通知"
    repeated = [doc.text_of(p.span).strip() for p in doc.parts if p.rule == "headline.repeated"]
    assert repeated == ["某市人民政府办公室关于开展", "城乡供水设施普查的通知"]
    assert all(p.kind == "note" for p in doc.parts if p.rule == "headline.repeated")
    # a word of the title alone (a menu item, a column name) is no repeat of it
    assert any(p.kind == "unclassified" and doc.text_of(p.span).strip() == "供水设施" for p in doc.parts)


def test_a_slogan_in_a_wrapped_title_has_its_printed_span() -> None:
    page = (
        "某县人民政府\n关于深入开展“三抓三促”行动的\n实施意见\n"
        "某政发〔2023〕5号\n各乡镇人民政府，县政府各部门：\n"
        "　　为深入开展“三抓三促”行动，推动全县经济社会高质量发展，现提出如下实施意见。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None
    assert doc.headline.text == "某县人民政府关于深入开展“三抓三促”行动的实施意见"
    head = doc.facts.headline
    assert head is not None and head.slogan == "三抓三促" and head.slogan_span is not None
    assert doc.text_of(head.slogan_span) == "三抓三促"
