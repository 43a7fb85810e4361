"""HTML page layouts found by parsing invented county-portal pages outside the corpus's sites.

Each page is schematic markup written for these tests (an invented county, 澄岚县): a notice whose
body holds a table, a sidebar that introduces the county beside the article, and the other
layouts the tests name.
"""

from __future__ import annotations

import pressrelease
from helpers import check_release

HEAD = '<html><head><meta charset="utf-8"><title>{title}_澄岚县人民政府</title></head><body>'
WHERE = '<div class="pos">您现在的位置：<a>首页</a> &gt; <a>通知公告</a></div>'


def _portal(title: str, info: str, body: str) -> str:
    """A county portal's article page: breadcrumb, the title in ``<h1>``, the info line, the body."""
    head = HEAD.format(title=title) + WHERE
    return f'{head}<h1>{title}</h1><div class="info">{info}</div>{body}</body></html>'


def _parse(html: str) -> pressrelease.Release:
    doc = pressrelease.parse(html.encode("utf-8"))
    check_release(doc)
    return doc


def test_a_table_in_a_notice_neither_cuts_the_body_nor_becomes_its_headings() -> None:
    title = "澄岚县2024年度拟认定县级龙头企业名单公示"
    body = (
        '<div class="TRS_Editor">'
        "<p>　　经企业申报、乡镇推荐、专家评审，拟认定以下3家企业为"
        "2024年度县级农业产业化龙头企业，现予以公示。</p>"
        '<table border="1"><tr><td>序号</td><td>企业名称</td><td>所在乡镇</td></tr>'
        "<tr><td>1</td><td>澄岚县青石茶业有限公司</td><td>城关镇</td></tr>"
        "<tr><td>2</td><td>澄岚县桃源食用菌专业合作社</td><td>青石镇</td></tr>"
        "<tr><td>3</td><td>澄岚县云雾农产品开发有限公司</td><td>城关镇</td></tr></table>"
        "<p>　　公示期为2024年11月5日至11月11日。如有异议，请以书面形式向县农业农村局反映。</p>"
        "<p>　　联系电话：0000-1234568</p>"
        '<p style="text-align:right">澄岚县农业农村局</p><p style="text-align:right">2024年11月5日</p>'
        "</div>"
    )
    doc = _parse(_portal(title, "发布时间：2024-11-05 16:30　来源：澄岚县农业农村局", body))
    assert doc.headline is not None and doc.headline.text == title
    assert [p.text[:4] for p in doc.paragraphs] == ["经企业申", "公示期为"]
    assert doc.headings == ()
    rows = [doc.text_of(p.span).strip() for p in doc.parts if p.rule == "body.table_row"]
    assert len(rows) == 4 and rows[0] == "序号 企业名称 所在乡镇"


def test_a_sidebar_introduction_beside_the_article_does_not_take_it_over() -> None:
    title = "关于2024年澄岚县公开招聘教师拟聘用人员的公示"
    doc = _parse(
        HEAD.format(title=title) + WHERE + '<div class="wrap"><div class="left-side"><h3>县情简介</h3>'
        "<p>　　澄岚县位于某某省中部，总面积1860平方公里，辖8镇6乡，总人口52万人，"
        "先后获得国家生态文明建设示范县、全国文明县城等称号。</p>"
        "<p>　　澄岚县历史悠久，文化底蕴深厚，境内有国家级文物保护单位3处、省级文物保护单位12处，"
        "是著名的茶叶之乡和民间艺术之乡。</p></div>"
        f'<div class="right-main"><h1>{title}</h1>'
        '<div class="info">发布时间：2024-08-15　来源：澄岚县人力资源和社会保障局</div><div class="con">'
        "<p>　　根据《澄岚县2024年公开招聘教师公告》，经笔试、面试、体检和考察，"
        "现将拟聘用人员名单予以公示。</p>"
        "<p>　　公示时间：2024年8月15日至8月21日。</p>"
        '<p style="text-align:right;">澄岚县人力资源和社会保障局</p>'
        '<p style="text-align:right;">2024年8月15日</p>'
        "</div></div></div></body></html>"
    )
    assert doc.headline is not None and doc.headline.text == title
    assert doc.source == "澄岚县人力资源和社会保障局" and doc.published is not None
    assert [p.text[:4] for p in doc.paragraphs] == ["根据《澄", "公示时间"]


def test_a_title_and_a_heading_set_on_two_lines_are_one_line_each() -> None:
    title = "澄岚县召开2024年安全生产工作专题会议"
    doc = _parse(
        HEAD.format(title=title)
        + WHERE
        + '<h1 class="article-title">澄岚县召开2024年<br>安全生产工作专题会议</h1>'
        '<div class="article-meta">发布时间：2024-02-27 17:40　来源：澄岚县应急管理局</div>'
        '<div class="article-content">'
        "<p>　　2月26日，澄岚县召开2024年安全生产工作专题会议，安排部署当前安全生产重点工作。</p>"
        "<h3>一、压紧压实<br>安全生产责任</h3>"
        "<p>　　会议强调，各乡镇、各部门要深刻汲取近期事故教训，全面开展安全隐患大排查大整治。</p>"
        "<h3>二、突出重点<br/>行业领域</h3><p>　　会议要求，要突出道路交通、建筑施工等重点行业领域。</p>"
        "<h4>Safety<br>Week</h4>"
        "</div></body></html>"
    )
    assert doc.headline is not None and doc.headline.text == title
    assert [h.text for h in doc.headings] == ["一、压紧压实安全生产责任", "二、突出重点行业领域"]
    assert "Safety Week" in doc.text  # Latin words either side of the break keep a space


def test_a_break_after_a_comma_inside_a_paragraph_does_not_split_it() -> None:
    title = "澄岚县推进农村公路建设"
    body = (
        '<div class="con">'
        '<p class="MsoNormal"><span>今年以来，澄岚县以“四好农村路”建设为抓手，<br>'
        "着力补齐农村交通基础设施短板，全年计划新改建农村公路180公里。</span></p>"
        '<p class="MsoNormal"><span>目前已完成132公里，占年度任务的73%，<br>预计10月底前全面完工。</span></p>'
        "<p><strong>一、强化养护</strong><br>　　该县全面落实县乡村三级路长制，聘用农村公路养护员860名。</p>"
        "</div>"
    )
    doc = _parse(_portal(title, "发布时间：2024-09-02 11:00　来源：澄岚县交通运输局", body))
    assert [p.text[:4] for p in doc.paragraphs] == ["今年以来", "目前已完", "该县全面"]
    assert doc.paragraphs[0].text.endswith("180公里。")
    assert [h.text for h in doc.headings] == ["一、强化养护"]  # a break after a heading still ends it


def test_a_name_glued_before_the_date_does_not_outrank_the_page_title() -> None:
    title = "澄岚县城区道路提质改造工程完工"
    doc = _parse(
        f'<html><head><meta charset="utf-8"><meta property="og:title" content="{title}">'
        f"<title>{title}</title></head><body>"
        f'<h1 class="rich_media_title" id="activity-name">{title}</h1>'
        '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta">张明</span> '
        '<span class="rich_media_meta_nickname"><a id="js_name">澄岚发布</a></span> '
        '<em id="publish_time" class="rich_media_meta">2024-09-30 20:10</em></div>'
        '<div class="rich_media_content" id="js_content"><section>'
        "<p>9月29日，澄岚县城区人民路、府前路等5条道路提质改造工程全部完工并恢复通车。</p>"
        "<p>此次改造总长8.6公里，对路面、人行道、排水管网和路灯进行了全面升级。</p>"
        "<p>编辑丨李雪</p></section></div></body></html>"
    )
    assert doc.headline is not None and doc.headline.text == title
    assert doc.published is not None and doc.published.isoformat() == "2024-09-30T20:10:00+08:00"
    assert [(e.role, e.name) for e in doc.editors] == [("编辑", "李雪")]
    assert doc.source == "澄岚发布"  # the account, since nothing on the page names another source


def test_a_site_logo_that_opens_the_page_title_is_not_the_headline() -> None:
    title = "云溪市举办2024年秋季人才招聘会"
    doc = _parse(
        f'<html><head><meta charset="utf-8"><title>云溪市人民政府门户网站-{title}</title></head><body>'
        '<div class="logo"><a href="/">云溪市人民政府</a></div>'
        '<div class="bread">您现在的位置：<a>首页</a>&gt;<a>新闻中心</a></div>'
        f'<h2 class="con-tit">{title}</h2>'
        '<div class="con-info">2024-09-21 11:05 来源：云溪市人力资源和社会保障局</div><div class="con-txt">'
        "<p>　　9月20日，2024年秋季人才招聘会在云溪市人力资源市场举行，共吸引186家用人单位进场招聘。</p>"
        "<p>　　据统计，当天共有3100余名求职者进场求职，初步达成就业意向860人。</p></div></body></html>"
    )
    assert doc.headline is not None and doc.headline.text == title
    assert doc.headline.subtitle is None


def test_a_date_printed_in_three_elements_keeps_its_clock_time() -> None:
    title = "云溪：智慧农机助力夏粮抢收"
    doc = _parse(
        f'<html><head><meta charset="utf-8"><title>{title}-新华网</title>'
        '<meta name="publishdate" content="2024-06-10"></head><body>'
        f'<div class="head-line"><h1><span class="title">{title}</span></h1>'
        '<div class="header-time"><span class="year"><em> 2024</em></span>'
        '<span class="day"><em> 06</em>/<em>10</em></span><span class="time"> 19:42:08</span></div>'
        '<div class="source">来源：新华网</div></div><div id="detail">'
        "<p>　　新华社云溪6月10日电（记者 张明）眼下正值夏收时节，云溪市各地抢抓晴好天气开展小麦收割。</p>"
        "<p>　　今年全市投入联合收割机1.2万台，预计6月20日前基本完成夏粮收获。</p></div></body></html>"
    )
    assert doc.published is not None and doc.published.isoformat() == "2024-06-10T19:42:08+08:00"
    assert doc.headline is not None and doc.headline.text == title and doc.headline.subtitle is None


def test_section_number_badges_are_chrome_not_paragraphs() -> None:
    title = "2025年度城乡居民医保开始缴费"
    doc = _parse(
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<h1 class="rich_media_title">{title}</h1><div class="rich_media_content"><section>'
        "<p>2025年度城乡居民基本医疗保险集中缴费工作已经开始，请广大参保群众及时缴费。</p>"
        "<section><p>01</p></section><p><strong>缴费标准</strong></p>"
        "<p>2025年度个人缴费标准为每人每年400元，特困人员等由财政给予资助。</p>"
        "<section><p>02</p></section><p><strong>缴费方式</strong></p>"
        "<p>参保群众可通过手机银行、微信小程序等线上渠道缴费，也可到村（社区）代收点缴费。</p>"
        "</section></div></body></html>"
    )
    assert [h.text for h in doc.headings] == ["缴费标准", "缴费方式"]
    assert len(doc.paragraphs) == 3
    assert [doc.text_of(p.span).strip() for p in doc.parts if p.rule == "chrome.number"] == ["01", "02"]


def test_a_heading_element_right_over_the_title_is_its_kicker() -> None:
    title = "澄岚：小茶叶撬动大产业"
    doc = _parse(
        f'<html><head><meta charset="utf-8"><title>{title}--地方--人民网</title></head><body>'
        '<div class="col-1">人民网 &gt;&gt; 地方</div>'
        f'<h3 class="pre">奋进新征程</h3><h1>{title}</h1>'
        '<h4 class="sub">——澄岚县茶产业发展见闻</h4>'
        '<div class="box01">2024年05月20日08:15 | 来源：人民网－人民日报</div><div class="rm_txt_con">'
        "<p>　　初夏时节，走进澄岚县青石镇的万亩茶园，满目苍翠，茶香四溢。采茶工人穿梭在茶垄间。</p>"
        "<p>　　近年来，澄岚县把茶产业作为乡村振兴的主导产业，全县茶园面积达到12万亩。</p>"
        "</div></body></html>"
    )
    assert doc.headline is not None and doc.headline.text == title
    assert doc.headline.kicker is not None and doc.headline.kicker.text == "奋进新征程"
    assert doc.headline.subtitle is not None and doc.headline.subtitle.text == "——澄岚县茶产业发展见闻"
