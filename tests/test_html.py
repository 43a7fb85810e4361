"""HTML input: encodings and declared charsets, extraction of the visible text, markup evidence,
articles inside layout tables, pages with no structure, and the optional parser extra.

Every page here is written for these tests; none is copied from a real site.
"""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

import pytest

import pressrelease
from helpers import check_release

TITLE = "某县“双百”行动助力春耕备耕"
PARAGRAPHS = (
    "本报讯（记者 周立 通讯员 韩雪）连日来，某县组织农技人员深入田间地头，"
    "指导群众开展春耕备耕，各项工作有序推进。",
    "县农业农村局负责人介绍，全县已调运化肥三千余吨、种子两百余吨，确保农资供应充足、价格稳定。",
    "下一步，该县将继续加强技术指导和服务保障，为全年粮食丰收打下坚实基础。",
)


def page(charset: str | None = "utf-8", *, meta_time: str | None = None, nav: bool = True) -> str:
    """A news page in the usual layout: menus, the article block, related links and a footer."""
    head = f'<meta charset="{charset}">' if charset else ""
    if meta_time:
        head += f'<meta name="PubDate" content="{meta_time}">'
    menu = (
        '<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">政务</a> '
        '<a href="/c">服务</a> <a href="/d">互动</a></div>'
        if nav
        else ""
    )
    body = "".join(f"<p>\u3000\u3000{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html><head>{head}<title>{TITLE}_某某网</title>
<script>var ad = "这段脚本不该出现在正文里。";</script><style>.x{{color:red}}</style></head>
<body>{menu}
<div class="main"><div class="article">
<h1 class="title">{TITLE}</h1>
<div class="info">2021-03-02 09:15:20　来源：某某日报　编辑：吴桐</div>
<div class="content">{body}
<p style="display:none">隐藏的文字不该出现。</p>
<p>（责任编辑：林青）</p>
</div></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">另一条新闻的标题</a></li></ul></div>
</div>
<div class="footer">版权所有：某某网　京ICP备00000000号</div>
<!-- 注释里的文字也不该出现 -->
</body></html>"""


def assert_article(doc: pressrelease.Release) -> None:
    assert doc.input_kind == "html"
    assert doc.headline is not None and doc.headline.text == TITLE
    assert doc.published == dt.datetime(2021, 3, 2, 9, 15, 20, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert doc.source == "某某日报"
    assert [e.name for e in doc.editors] == ["吴桐", "林青"]
    assert [a.name for a in doc.authors] == ["周立", "韩雪"]
    assert doc.dateline is not None and doc.dateline.text == "本报讯"
    assert len(doc.paragraphs) == 3
    assert doc.paragraphs[0].text.startswith("连日来")
    assert doc.paragraphs[-1].text.endswith("坚实基础。")
    assert doc.credits is not None and [c.name for c in doc.credits.contributors] == ["林青"]
    for hidden in ("脚本", "隐藏的文字", "注释里", "color:red"):
        assert hidden not in doc.text


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [
        ("utf-8", "utf-8"),
        ("gb2312", "gbk"),
        ("gbk", "gbk"),
        ("GB2312", "gb18030"),
        ("gb18030", "gb18030"),
        (None, "utf-8"),
        (None, "gb18030"),
    ],
)
def test_page_in_any_chinese_encoding(declared: str | None, encoding: str) -> None:
    data = page(declared).encode(encoding)
    doc = check_release(pressrelease.parse(data))
    assert_article(doc)


def test_utf8_page_with_bom() -> None:
    doc = check_release(pressrelease.parse(b"\xef\xbb\xbf" + page("utf-8").encode("utf-8")))
    assert_article(doc)
    assert doc.encoding == "utf-8-sig"


def test_gb2312_declaration_holding_gbk_only_characters() -> None:
    """Pages that declare gb2312 routinely hold GBK: 镕 and 喆 are not in GB2312."""
    html = page("gb2312").replace("吴桐", "朱镕喆")
    doc = check_release(pressrelease.parse(html.encode("gbk")))
    assert doc.editors[0].name == "朱镕喆"
    assert doc.encoding == "gb18030"


def test_gb18030_four_byte_characters() -> None:
    html = page("gb18030").replace("吴桐", "吴㐀")  # U+3400 is a four-byte GB18030 sequence
    data = html.encode("gb18030")
    doc = check_release(pressrelease.parse(data))
    assert "吴㐀" in doc.text


def test_declared_utf8_but_gbk_bytes_falls_through_with_a_diagnostic() -> None:
    doc = check_release(pressrelease.parse(page("utf-8").encode("gbk")))
    assert_article(doc)
    assert doc.encoding == "gb18030"
    assert "source.declared_charset_failed" in {d.code for d in doc.diagnostics}


def test_declared_gb2312_but_utf8_bytes_is_read_as_utf8() -> None:
    doc = check_release(pressrelease.parse(page("gb2312").encode("utf-8")))
    assert_article(doc)
    assert doc.encoding == "utf-8"
    assert "source.declared_charset_ignored" in {d.code for d in doc.diagnostics}


def test_unknown_declared_charset_is_noted() -> None:
    doc = check_release(pressrelease.parse(page("x-made-up").encode("utf-8")))
    assert_article(doc)
    assert "source.unknown_charset" in {d.code for d in doc.diagnostics}


def test_str_page_is_recognised_as_html() -> None:
    doc = check_release(pressrelease.parse(page()))
    assert_article(doc)
    assert doc.encoding is None


def test_meta_time_used_when_the_page_prints_none() -> None:
    html = page(meta_time="2021-03-02 09:15").replace("2021-03-02 09:15:20\u3000", "")
    doc = check_release(pressrelease.parse(html))
    assert doc.published == dt.datetime(2021, 3, 2, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_markup_maps_parts_back_to_elements() -> None:
    doc = check_release(pressrelease.parse(page()))
    assert doc.markup, "every extracted line keeps its element"
    first = doc.markup_of(doc.paragraphs[0])
    assert first is not None and first.tag == "p" and "div" in first.path
    title = doc.markup_of(doc.headline.span) if doc.headline else None
    assert title is not None and title.tag == "h1" and title.hint == "title"
    for line in doc.markup:
        assert doc.text[line.span.start : line.span.end].strip(), "markup lines are non-empty lines of text"


def test_kind_forces_text_or_html() -> None:
    html = page()
    as_text = check_release(pressrelease.parse(html, kind="text"))
    assert as_text.input_kind == "text" and "<h1" in as_text.text
    plain = "\n".join((TITLE, "2021-03-02 09:15:20 来源：某某日报", *PARAGRAPHS))
    as_html = check_release(pressrelease.parse(plain, kind="html"))
    assert as_html.input_kind == "html"
    with pytest.raises(pressrelease.InputTypeError):
        pressrelease.parse(html, kind="xml")  # type: ignore[arg-type]


def test_page_with_no_structure_parses_like_its_text() -> None:
    """A page that is only text and line breaks gives the same structure as the text itself."""
    lines = (TITLE, "2021-03-02 09:15:20 来源：某某日报 编辑：吴桐", *PARAGRAPHS, "（责任编辑：林青）")
    html = "<html><body>" + "<br>\n".join(lines) + "</body></html>"
    from_html = check_release(pressrelease.parse(html))
    from_text = check_release(pressrelease.parse("\n".join(lines)))
    assert from_html.input_kind == "html"
    for doc in (from_html, from_text):
        assert doc.headline is not None and doc.headline.text == TITLE
        assert doc.source == "某某日报"
    assert [p.text for p in from_html.paragraphs] == [p.text for p in from_text.paragraphs]
    assert [e.name for e in from_html.editors] == [e.name for e in from_text.editors]
    assert from_html.credits is not None and from_text.credits is not None


def test_article_deep_inside_layout_tables() -> None:
    """Old government portals lay pages out with nested tables; the article sits many cells deep."""
    nav_cell = "<td>" + " | ".join(f'<a href="/{i}">栏目{i}</a>' for i in range(8)) + "</td>"
    sidebar = (
        "<td><table><tr><td>热点推荐</td></tr>"
        + "".join(f'<tr><td><a href="/n{i}">一条侧栏链接的标题{i}</a></td></tr>' for i in range(10))
        + "</table></td>"
    )
    article = (
        f'<table><tr><td class="bt">{TITLE}</td></tr>'
        "<tr><td>发布时间：2021-03-02 09:15:20　信息来源：某某日报　编辑：吴桐　【字体：大 中 小】</td></tr>"
        "<tr><td>"
        + "".join(f"<p>\u3000\u3000{p}</p>" for p in PARAGRAPHS)
        + "<p>（责任编辑：林青）</p></td></tr>"
        "<tr><td>【打印本页】【关闭窗口】</td></tr></table>"
    )
    nested = article
    for _ in range(6):
        nested = f"<table><tr><td>{nested}</td></tr></table>"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{TITLE}</title></head><body>"
        f"<table><tr>{nav_cell}</tr><tr>{sidebar}<td>{nested}</td></tr>"
        "<tr><td>主办单位：某某县人民政府办公室　网站标识码：0000000000</td></tr></table></body></html>"
    )
    doc = check_release(pressrelease.parse(html.encode("gbk")))
    assert_article(doc)
    deepest = doc.markup_of(doc.paragraphs[0])
    assert deepest is not None and deepest.path.count("table") >= 7


def test_headings_from_markup() -> None:
    second = f"<p>\u3000\u3000{PARAGRAPHS[1]}</p>"
    html = page().replace(second, "<p><strong>加强农资保障</strong></p>" + second)
    doc = check_release(pressrelease.parse(html))
    assert [h.text for h in doc.headings] == ["加强农资保障"]
    assert len(doc.paragraphs) == 3


def test_caption_after_an_image_inside_an_info_container() -> None:
    # pages that wrap the whole article in a container named like metadata (class="info…") still
    # print a picture's caption on the short line right after it: chrome, not a heading
    second = f"<p>\u3000\u3000{PARAGRAPHS[1]}</p>"
    figure = (
        '<div style="text-align: center"><b><img src="a.jpg" alt=""></b><p><b>\n</b></p></div>'
        '<div style="text-align: center"><b>农技人员在田间指导春耕</b></div>'
    )
    html = page().replace(second, figure + second).replace("<body>", '<body><div class="info_box">', 1)
    html = html.replace("</body>", "</div></body>", 1)
    doc = check_release(pressrelease.parse(html))
    assert [h.text for h in doc.headings] == []
    assert all("农技人员在田间指导春耕" not in p.text for p in doc.paragraphs)
    caption = next(p for p in doc.parts if doc.text_of(p).strip() == "农技人员在田间指导春耕")
    assert (caption.kind, caption.rule) == ("chrome", "chrome.caption_after_image")


def test_deeply_nested_markup_does_not_overflow() -> None:
    inner = TITLE + "<p>" + PARAGRAPHS[0] + "</p>"
    html = "<html><body>" + "<div>" * 5000 + inner + "</div>" * 5000 + "</body></html>"
    doc = check_release(pressrelease.parse(html))
    assert doc.paragraphs and doc.paragraphs[0].text.endswith("有序推进。")


def test_html_without_the_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_selectolax(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("selectolax"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_selectolax)
    with pytest.raises(pressrelease.HtmlSupportMissing, match=r"pressrelease\[html\]"):
        pressrelease.parse(page())
    doc = pressrelease.parse("\n".join((TITLE, *PARAGRAPHS)))  # text needs no extra
    assert doc.headline is not None
