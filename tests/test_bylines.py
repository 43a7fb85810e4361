"""Bylines in all their layouts: the publication time, the 来源 and the people, wherever they sit."""

from __future__ import annotations

import datetime as dt

import pytest

import pressrelease
from helpers import check_release

BEIJING = dt.timezone(dt.timedelta(hours=8))
TITLE = "某县推进春耕生产"
BODY = (
    "\n\u3000\u3000本报讯（记者 周立）连日来，某县组织农技人员深入田间地头，"
    "指导群众开展春耕备耕，各项工作有序推进。\n"
    "\u3000\u3000下一步，该县将继续加强技术指导和服务保障，为全年粮食丰收打下坚实基础。\n"
)
AT = dt.datetime(2021, 3, 2, 9, 15, tzinfo=BEIJING)
DAY = dt.date(2021, 3, 2)

CASES: dict[str, tuple[str, object, str | None, list[str]]] = {
    # name: (header lines, published, source, editor names)
    "glued": ("2021-03-02 09:15:00来源:某某日报编辑:吴桐责编:林青", AT, "某某日报", ["吴桐", "林青"]),
    "time_after_source": ("来源：某某日报 2021-03-02 09:15", AT, "某某日报", []),
    "other_labels": (
        "稿源：某某日报\u3000撰写时间：2021年03月02日\u3000审核：王芳",
        DAY,
        "某某日报",
        ["王芳"],
    ),
    "values_on_next_lines": ("发布时间：\n2021-03-02 09:15\n信息来源：\n某某日报", AT, "某某日报", []),
    "printed_twice": ("2021-03-02 09:15 来源：某某日报\n2021-03-02 09:15 来源：某某日报", AT, "某某日报", []),
    "empty_values": ("发布时间：2021-03-02 来源： 作者： 浏览次数：", DAY, None, []),
    "widgets": (
        "2021-03-02 来源：某某日报 【字体：大 中 小】 点击：1234 次浏览 【打印】 【关闭】",
        DAY,
        "某某日报",
        [],
    ),
    "site_clock_above": ("2021-03-02 09:15 来源：某某日报", AT, "某某日报", []),
    "parenthesised_date": ("( 2021-03-02 )", DAY, None, []),
    "slashes": ("2021/3/2 9:15:00 来源：某某网", AT, "某某网", []),
    "chinese_numerals": ("二〇二一年三月二日 来源：某某日报", DAY, "某某日报", []),
    "no_year": ("03月02日 09:15 来源：某某日报", None, "某某日报", []),
    "unlabelled_outlet": ("本报记者 周立 2021-03-02 09:15 某某日报", AT, "某某日报", []),
    "traditional": ("2021-03-02 09:15 來源：某某日報 責任編輯：林青", AT, "某某日報", ["林青"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_byline_layout(name: str) -> None:
    header, published, source, editors = CASES[name]
    prefix = "今天是2024年5月20日 星期一\n" if name == "site_clock_above" else ""
    doc = check_release(pressrelease.parse(prefix + TITLE + "\n" + header + "\n" + BODY))
    assert doc.headline is not None and doc.headline.text == TITLE
    assert doc.published == published
    assert doc.source == source
    assert [e.name for e in doc.editors] == editors
    assert "周立" in [a.name for a in doc.authors]
    assert len(doc.paragraphs) == 2
    assert not [p for p in doc.parts if p.kind == "unclassified"], "every header line is recognised"


def test_byline_above_the_headline() -> None:
    doc = check_release(pressrelease.parse("2021-03-02 09:15 来源：某某日报\n" + TITLE + "\n" + BODY))
    assert doc.headline is not None and doc.headline.text == TITLE
    assert doc.published == AT and doc.source == "某某日报"


def test_headline_glued_to_its_byline() -> None:
    doc = check_release(
        pressrelease.parse(TITLE + " 发布日期：2021-03-02 09:15 浏览次数： 字体：[ ]\n" + BODY)
    )
    assert doc.headline is not None and doc.headline.text == TITLE
    assert doc.published == AT


def test_a_work_verb_after_a_name_is_not_a_name() -> None:
    text = (
        f"{TITLE}\n2021-03-02 09:15 来源：某某网\n\n"
        "\u3000\u3000某某网3月2日讯（记者周立 整理）连日来，某县组织农技人员深入田间地头，"
        "指导群众开展春耕备耕。\n"
    )
    doc = check_release(pressrelease.parse(text))
    assert [(a.role, a.name) for a in doc.authors] == [("记者", "周立")]


def test_a_source_note_names_outlets_not_people() -> None:
    text = (
        f"{TITLE}\n2021-03-02 09:15 来源：某某网\n\n"
        "\u3000\u3000连日来，某县组织农技人员深入田间地头，指导群众开展春耕备耕，各项工作有序推进。\n"
        "\u3000\u3000（资料来源：某某日报、某某晚报等）\n"
        "\u3000\u3000【编辑：吴桐】\n"
    )
    doc = check_release(pressrelease.parse(text))
    assert doc.credits is not None
    assert [(c.role, c.name) for c in doc.credits.contributors] == [("编辑", "吴桐")]
    assert [a.name for a in doc.authors] == []


def test_a_menu_laid_out_one_word_per_line_is_chrome() -> None:
    menu = "\n".join(["首页", "新闻", "财经", "体育", "视频"])
    text = f"{menu}\n{TITLE}\n2021-03-02 09:15 来源：某某网\n{BODY}"
    doc = check_release(pressrelease.parse(text))
    kinds = {doc.text_of(p).strip(): (p.kind, p.rule) for p in doc.parts}
    for word in ("新闻", "财经", "体育", "视频"):
        assert kinds[word] == ("chrome", "chrome.menu_run"), word
    assert doc.headline is not None and doc.headline.text == TITLE
    # three one-word lines are not enough to call them a menu
    short = check_release(pressrelease.parse("新闻\n财经\n体育\n" + f"{TITLE}\n{BODY}"))
    assert all(p.rule != "chrome.menu_run" for p in short.parts)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # units listed before the role that closes them all
        (
            "某某党支部、某某科供稿　摄影/张艳　编辑/苏芳",
            [("供稿", "某某党支部"), ("供稿", "某某科"), ("摄影", "张艳"), ("编辑", "苏芳")],
        ),
        # outlets before a reporter role, joined by a slash: one role
        ("（某某日报/某某新闻记者 刘明）", [("某某日报/某某新闻记者", "刘明")]),
        # a portal's account named by its function, after an editor role
        ("终审：某某区政务公开办管理员", [("终审", "某某区政务公开办管理员")]),
        # the role printed after the names, a spaced two-character name included
        ("李伟 文/图", [("文/图", "李伟")]),
        ("李 伟 文/图", [("文/图", "李伟")]),
        ("张三 摄影", [("摄影", "张三")]),
    ],
    ids=[
        "units-before-their-role",
        "outlet-slash-role",
        "account-name",
        "name-then-roles",
        "spaced-name-then-roles",
        "name-then-role",
    ],
)
def test_credit_line_forms(line: str, expected: list[tuple[str, str]]) -> None:
    text = f"{TITLE}\n2021-03-02 09:15 来源：某某网\n{BODY}{line}\n"
    doc = check_release(pressrelease.parse(text))
    assert doc.credits is not None
    assert [(c.role, c.name) for c in doc.credits.contributors] == expected


@pytest.mark.parametrize("label", ["编辑推荐", "提供新闻线索"])
def test_page_labels_with_role_words_are_not_credits(label: str) -> None:
    text = f"{TITLE}\n2021-03-02 09:15 来源：某某网\n{BODY}【编辑：吴桐】\n相关阅读\n{label}\n"
    doc = check_release(pressrelease.parse(text))
    assert doc.credits is not None
    assert [c.name for c in doc.credits.contributors] == ["吴桐"]


def test_a_source_sentence_in_the_byline_names_the_source_not_the_headline() -> None:
    # 本文来源于… before the date is the source, not a title glued to the byline
    text = f"{TITLE}\n本文来源于某某统计局\u30002024-05-11 09:36:26\n{BODY}"
    doc = check_release(pressrelease.parse(text))
    assert doc.source == "某某统计局"
    assert doc.headline is not None and doc.headline.text == TITLE


@pytest.mark.parametrize(
    ("last", "body_end", "credited"),
    [
        pytest.param(
            "\u3000\u3000下一步，该镇将持续发力，为群众创造整洁舒适的环境。李 伟 文/图",
            "整洁舒适的环境。",
            [("文/图", "李伟")],
            id="bare credit glued after the last sentence",
        ),
        pytest.param(
            "\u3000\u3000下一步，该县将继续加强技术指导，确保春耕生产顺利推进。（记者周立、王岚、\ufffd\ufffd",
            "顺利推进。",
            [("记者", "周立"), ("记者", "王岚")],
            id="credit bracket cut off before it closes",
        ),
    ],
)
def test_a_credit_at_the_end_of_the_last_paragraph_is_split_off(
    last: str, body_end: str, credited: list[tuple[str, str]]
) -> None:
    text = f"{TITLE}\n2021-03-02 09:15 来源：某某网\n\n{last}\n"
    doc = check_release(pressrelease.parse(text))
    assert doc.paragraphs[-1].text.endswith(body_end)
    assert doc.credits is not None
    assert [(c.role, c.name) for c in doc.credits.contributors] == credited


def test_an_editor_who_is_also_the_responsible_editor_is_listed_for_both_duties() -> None:
    text = f"{TITLE}\n2021-03-02 09:15 来源：某某网\n{BODY}（编辑：吴桐 王岚）\n【责任编辑：吴桐】\n"
    doc = check_release(pressrelease.parse(text))
    expected = [("编辑", "吴桐"), ("编辑", "王岚"), ("责任编辑", "吴桐")]
    assert [(e.role, e.name) for e in doc.editors] == expected


def test_a_reporter_credited_again_is_one_author() -> None:
    text = f"{TITLE}\n2021-03-02 09:15 来源：某某网\n{BODY}文/周立\n"  # 记者 周立 in the dateline
    doc = check_release(pressrelease.parse(text))
    assert [a.name for a in doc.authors] == ["周立"]
