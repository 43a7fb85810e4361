"""Body conventions found by parsing invented releases written outside the corpus's outlets.

Each case is schematic text in the style of a county portal or a local paper (not a copy of any
page): a notice that ends with a list of unpunctuated items, items between two headings, photo
captions and credits between paragraphs, and the other layouts the tests name.
"""

from __future__ import annotations

import pytest

import pressrelease

BYLINE = "发布时间：2024-06-03 15:20:11　来源：某县人社局\n\n"


def _headings(doc: pressrelease.Release) -> list[str]:
    return [h.text for h in doc.headings]


def _paragraphs(doc: pressrelease.Release) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_a_notice_ending_with_unpunctuated_items_keeps_them() -> None:
    page = (
        "某县人社局公开招聘公益性岗位人员公告\n" + BYLINE + "　　根据工作需要，经研究决定，面向社会公开招聘"
        "公益性岗位人员，现将有关事项公告如下：\n　　一、招聘岗位及人数\n"
        "　　本次共招聘公益性岗位人员10名，其中保洁岗位6名、安保岗位4名。\n　　二、报名条件\n"
        "　　（一）具有本县户籍\n　　（二）年龄在18周岁以上、55周岁以下\n　　（三）身体健康，能胜任岗位工作\n"
    )
    doc = pressrelease.parse(page)
    assert _headings(doc) == ["一、招聘岗位及人数", "二、报名条件"]
    items = ["（一）具有本县户籍", "（二）年龄在18周岁以上、55周岁以下", "（三）身体健康，能胜任岗位工作"]
    assert _paragraphs(doc)[-3:] == items
    assert not any(p.kind == "unclassified" for p in doc.parts)
    last = doc.sections[-1]
    assert last.heading is not None and last.heading.text == "二、报名条件" and len(last.paragraphs) == 3


def test_items_between_two_headings_are_paragraphs() -> None:
    page = (
        "某县关于做好防汛工作的通知\n"
        + BYLINE
        + "　　为做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。\n"
        "　　一、工作重点\n　　（一）河道清障\n　　（二）水库巡查\n"
        "　　二、工作要求\n　　各乡镇要高度重视，压实责任，确保各项措施落实到位。\n"
    )
    doc = pressrelease.parse(page)
    assert _headings(doc) == ["一、工作重点", "二、工作要求"]
    assert "（一）河道清障" in _paragraphs(doc) and "（二）水库巡查" in _paragraphs(doc)


def test_numbered_headings_over_their_text_stay_headings() -> None:
    page = (
        "某县关于做好防汛工作的通知\n"
        + BYLINE
        + "　　为做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。\n"
        "　　一、工作重点\n　　（一）河道清障\n　　各乡镇要组织力量清理河道内的阻水障碍，确保行洪通畅。\n"
        "　　（二）水库巡查\n　　各水库管理单位要加强巡查，发现险情及时报告并处置。\n"
    )
    doc = pressrelease.parse(page)
    assert _headings(doc) == ["一、工作重点", "（一）河道清障", "（二）水库巡查"]


CAPTIONED = (
    "某县：稻谷飘香丰收忙\n2024-09-20 16:30:12　来源：某县融媒体中心\n\n"
    "　　秋分时节，某县12万亩水稻陆续成熟，农户们抢抓晴好天气开展收割、晾晒，田间地头一派繁忙景象。\n"
    "　　▲农户驾驶收割机收割水稻\n　　通讯员 刘洋 摄\n"
    "　　今年，该县推广优质水稻新品种3个，亩产较去年提高约50公斤。\n"
    "　　（张伟 摄）\n　　3月20日，游客在花海中拍照留念。刘洋 摄\n　　资料图\n"
    "　　据介绍，该县还将举办丰收节系列活动，展示农业农村发展成果。\n"
)


def test_captions_and_photo_credits_are_chrome() -> None:
    doc = pressrelease.parse(CAPTIONED)
    assert _headings(doc) == []
    assert [p[:4] for p in _paragraphs(doc)] == ["秋分时节", "今年，该", "据介绍，"]
    rules = {doc.text_of(p.span).strip(): p.rule for p in doc.parts if p.kind == "chrome"}
    assert rules == {
        "▲农户驾驶收割机收割水稻": "chrome.caption",
        "通讯员 刘洋 摄": "chrome.photo_credit",
        "（张伟 摄）": "chrome.photo_credit",
        "3月20日，游客在花海中拍照留念。刘洋 摄": "chrome.caption",
        "资料图": "chrome.photo_credit",
    }
    assert doc.authors == ()  # a picture's photographer is not an author of the text (as the corpus has it)


def test_a_transcript_opening_with_a_short_question_keeps_its_first_turn() -> None:
    page = (
        "某县举行秋季开学工作新闻发布会\n2024-08-28 10:30 来源：某县人民政府\n\n"
        "　　记者：请问今年有哪些新变化？\n"
        "　　王明：今年全县将实现课后服务全覆盖，所有中小学食堂实行“明厨亮灶”，让家长放心。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.authors == ()
    turns = [(p.speaker, p.text[:5]) for p in doc.paragraphs]
    assert turns == [("记者", "记者：请问"), ("王明", "王明：今年")]


def test_a_regulation_without_a_byline_is_headed_by_its_title_not_its_first_chapter() -> None:
    page = (
        "某市城市绿化管理办法\n（2024年3月1日某市人民政府第25次常务会议通过）\n\n第一章　总则\n"
        "第一条　为了促进城市绿化事业发展，改善生态环境，根据有关法律法规，结合本市实际，制定本办法。\n"
        "第二条　本办法适用于本市城市规划区内的城市绿化规划、建设、保护和管理活动。\n第二章　规划和建设\n"
        "第三条　市城市绿化主管部门应当会同有关部门编制城市绿地系统规划，报市人民政府批准后实施。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == "某市城市绿化管理办法"
    assert _headings(doc) == ["第一章　总则", "第二章　规划和建设"]
    assert doc.document is not None and doc.document.kind == "办法"


def test_enumerated_keyword_lines_are_headings() -> None:
    page = (
        "数说某市2024年政府工作报告\n2024-01-18 11:20:33 来源：某市新闻网\n\n"
        "　　1月17日，某市第十七届人民代表大会第三次会议开幕，市长李明作政府工作报告。\n"
        "　　关键词一：稳增长\n　　报告提出，今年全市地区生产总值预期增长6%左右，固定资产投资增长8%以上。\n"
        "　　关键词二：惠民生\n　　今年将新增城镇就业4.5万人，新建改扩建中小学、幼儿园20所。\n"
    )
    doc = pressrelease.parse(page)
    found = [(h.text, h.style) for h in doc.headings]
    assert found == [("关键词一：稳增长", "keyword"), ("关键词二：惠民生", "keyword")]
    assert len(doc.paragraphs) == 3


def test_an_intern_is_a_reporting_role() -> None:
    page = (
        "某县启动秋收工作\n2024-09-20 16:30 来源：某县融媒体中心\n"
        "　　本报讯（记者 周强 实习生 吴倩）9月20日，某县召开秋收工作推进会，部署秋粮收储工作。"
        "会议要求各乡镇抓紧抢收。\n"
    )
    doc = pressrelease.parse(page)
    assert [(a.role, a.name) for a in doc.authors] == [("记者", "周强"), ("实习生", "吴倩")]


def test_a_relayed_dispatch_names_its_agency_without_the_attribution() -> None:
    page = (
        "某县启动春耕生产\n2024-03-07 10:00 来源：某网\n"
        "　　据新华社北京3月7日电 国务院召开常务会议，研究部署春耕生产工作。会议强调要抓好落实。\n"
    )
    dl = pressrelease.parse(page).dateline
    assert dl is not None
    assert (dl.text, dl.agency, dl.place, dl.date) == ("据新华社北京3月7日电", "新华社", "北京", "3月7日")


FEATURE = (
    "新华社某地5月20日电 题：石头村的“新石头记”\n新华社记者 张明 李华\n\n"
    "　　五月的石头村，石墙青瓦掩映在绿树间。这个曾经的穷山村，如今成了远近闻名的旅游村。\n"
    "　　去年，石头村接待游客23万人次，村集体经济收入突破120万元。\n"
)


def test_an_agency_feature_takes_its_title_and_reporters_from_under_the_dateline() -> None:
    doc = pressrelease.parse(FEATURE)
    assert doc.headline is not None and doc.headline.text == "石头村的“新石头记”"
    assert [(a.role, a.name) for a in doc.authors] == [("新华社记者", "张明"), ("新华社记者", "李华")]
    assert _headings(doc) == [] and len(doc.paragraphs) == 2
    assert [p.rule for p in doc.parts if p.kind in ("headline", "byline")] == [
        "headline.feature_title",
        "byline.people_line",
    ]


def test_a_feature_title_under_a_headline_stays_a_note() -> None:
    doc = pressrelease.parse("石头村的新变化\n2024-05-20 10:00 来源：新华网\n" + FEATURE)
    assert doc.headline is not None and doc.headline.text == "石头村的新变化"
    assert any(p.rule == "furniture.feature_title" and p.kind == "note" for p in doc.parts)
    assert [a.name for a in doc.authors] == ["张明", "李华"]


def test_an_editors_note_under_its_own_label_is_not_the_first_paragraph() -> None:
    page = (
        "“村BA”火出圈 乡村添活力\n2024-08-12 09:30 来源：某某日报\n\n【编者按】\n"
        "　　今年夏天，某县的乡村篮球赛火了。本报今起推出系列报道，讲述赛场内外的故事。\n\n"
        "　　本报讯（记者 周强）8月10日晚，某县大坪乡篮球场灯火通明，数千名观众为场上的村队加油呐喊。\n"
        "　　据了解，今年的比赛共有56支村队参加，带动周边餐饮、住宿消费超过300万元。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.dateline is not None and doc.dateline.text == "本报讯"
    assert [a.name for a in doc.authors] == ["周强"]
    assert [p.text[:4] for p in doc.paragraphs] == ["8月10", "据了解，"]
    notes = [doc.text_of(p.span).strip()[:4] for p in doc.parts if p.rule == "furniture.editors_note"]
    assert notes == ["【编者按", "今年夏天"]


def test_speaker_labels_with_a_post_before_the_name() -> None:
    page = (
        "某市举行优化营商环境新闻发布会\n2024-04-20 10:30 来源：某市人民政府新闻办公室\n\n"
        "　　4月19日上午，某市政府新闻办举行新闻发布会，介绍全市优化营商环境工作进展。\n"
        "　　主持人 刘洋：各位记者朋友，大家上午好！首先请市发展改革委主任周文斌介绍有关情况。\n"
        "　　市发展改革委主任 周文斌：谢谢主持人。今年以来，全市新登记经营主体2.3万户。\n"
        "　　某某日报记者：请问下一步在减少企业办事环节方面有哪些举措？\n"
        "　　市发展改革委主任 周文斌：我们将推行“高效办成一件事”，年内实现20个事项集成办理。\n"
    )
    speakers = [p.speaker for p in pressrelease.parse(page).paragraphs]
    post = "市发展改革委主任 周文斌"
    assert speakers == [None, "主持人 刘洋", post, "某某日报记者", post]


COMMENTARY = (
    "让“小网格”释放“大能量”\n{writer}\n\n"
    "　　基层治理是国家治理的基石。网格虽小，却连着千家万户，关系到群众的切身利益。\n"
    "　　用好网格，关键在人。要选优配强网格员队伍，让熟悉情况、热心公益的群众参与进来。\n"
    "　　（作者系某市委党校教授）\n"
)


@pytest.mark.parametrize(
    ("writer", "authors"),
    [
        ("张明", [(None, "张明")]),
        ("◎ 张明", [(None, "张明")]),
        ("□本报记者 张明", [("本报记者", "张明")]),
        ("某某日报评论员 张明", [("某某日报评论员", "张明")]),
        ("本报评论员", []),
    ],
)
def test_a_commentary_prints_its_writer_under_the_title(
    writer: str, authors: list[tuple[str | None, str]]
) -> None:
    doc = pressrelease.parse(COMMENTARY.format(writer=writer))
    assert doc.headline is not None and doc.headline.text == "让“小网格”释放“大能量”"
    assert doc.headline.subtitle is None
    assert [(a.role, a.name) for a in doc.authors] == authors
    assert len(doc.paragraphs) == 2  # the author's note under the text is not a paragraph
    assert doc.parts[-1].rule == "furniture.author_note"


def test_a_portal_names_its_publishing_organ_as_the_source() -> None:
    page = (
        "某县召开春耕生产推进会\n发布者：县农业农村局 发布时间：2024-04-18 16:20 阅读：235次\n"
        "　　4月18日，某县召开春耕生产推进会，部署全县春耕备耕工作。会议要求各乡镇抓紧抓实。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == "某县召开春耕生产推进会"
    assert doc.source == "县农业农村局"
    assert doc.published is not None and doc.published.isoformat() == "2024-04-18T16:20:00+08:00"


def test_a_title_closed_by_a_full_stop_over_its_byline() -> None:
    page = (
        "某县多措并举稳就业。\n发布时间：2024-04-18 16:20 来源：某县融媒体中心\n"
        "　　今年以来，某县把稳就业摆在突出位置，多措并举拓宽群众增收渠道，取得了明显成效。\n"
        "　　县人社局组织专场招聘会十二场，提供就业岗位三千余个。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.headline is not None and doc.headline.text == "某县多措并举稳就业。"
    assert doc.source == "某县融媒体中心" and doc.published is not None
    assert [p.text[:4] for p in doc.paragraphs] == ["今年以来", "县人社局"]


def test_a_numbered_question_after_an_item_of_its_list_is_an_item() -> None:
    page = (
        "議員質詢長者日間護理服務\n2024年5月8日（星期三）\n"
        "　　以下是今日在立法會會議上某議員的提問和某局局長的書面答覆：\n問題：\n"
        "　　（一）過去三年，全港長者日間護理中心的輪候人數分別為何；及\n"
        "　　（二）當局有否計劃增加日間護理中心的名額？\n答覆：\n"
        "　　主席：政府一直致力加強社區照顧服務，並會繼續增加日間護理服務名額，以回應長者的需要。\n"
    )
    doc = pressrelease.parse(page)
    assert not any(h.text.startswith("（二）") for h in doc.headings)
    assert any(p.text.startswith("（二）") for p in doc.paragraphs)


@pytest.mark.parametrize("placeholder", ["佚名", "本站编辑", "网络"])
def test_a_placeholder_in_the_author_field_is_no_author(placeholder: str) -> None:
    page = (
        f"某县开展防汛应急演练\n发布时间：2024-06-12 09:00 作者：{placeholder} 来源：某县应急管理局\n"
        "　　6月11日，某县在城区河段开展防汛应急演练，检验各部门的协同处置能力。\n"
    )
    doc = pressrelease.parse(page)
    assert doc.authors == ()
    assert doc.source == "某县应急管理局" and doc.published is not None
