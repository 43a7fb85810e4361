"""Official documents (公文) and policy pages: the typed fields of ``Release.document``.

Every document here is invented for the tests, in the forms portals publish: a notice with its
number, addressees, numbered sections, attachments, signature, Chinese-numeral date and
publication note; a policy page whose metadata table precedes the document; a reply (批复); an
announcement (公告) without addressees; a joint notice signed by two organs; and a news release
that is no document at all. The corpus test then checks the real pages of ``shared/corpus``.
"""

from __future__ import annotations

import datetime as dt
import doctest
import json
from pathlib import Path

import pytest

import pressrelease
import pressrelease.officialdoc
from helpers import check_release
from pressrelease import OfficialDocument
from pressrelease.officialdoc import _addressees, _split_numbered

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def parse(data: str | bytes) -> pressrelease.Release:
    """Parse and check every invariant of the release."""
    return check_release(pressrelease.parse(data))


def spans_hold(doc: pressrelease.Release) -> None:
    """The document's values are copies: each text value is printed in the release as it is."""
    d = doc.document
    assert d is not None
    squashed = "".join(doc.text.split())
    for value in (d.doc_number, d.issuer, d.index_number, d.subject, d.title, d.kind):
        assert value is None or "".join(value.split()) in squashed, value
    for value in (*d.addressees, *d.signers, *d.attachments, *d.notes):
        assert value and value.strip() == value and "".join(value.split()) in squashed, value


NOTICE = """\
澜江省人民政府办公厅关于进一步做好农村饮水安全巩固提升工作的通知
澜政办发〔2021〕17号
各市、州人民政府，省政府各部门、各直属机构：
　　为巩固农村饮水安全成果，经省人民政府同意，现就有关事项通知如下。
一、明确目标任务
（一）提高供水保证率。
　　到2022年底，全省农村集中供水率达到百分之九十以上，自来水普及率稳步提高。
（二）强化水质保障。
　　各地要建立水源保护、净化消毒和水质检测制度，定期向社会公布水质状况。
二、压实工作责任
　　各市、州人民政府是本地农村饮水安全的责任主体，要将工作纳入年度考核，确保责任落实到位。
三、加强资金保障
　　省财政统筹安排补助资金，重点支持脱贫地区和供水薄弱地区，各地要足额落实配套资金。
附件：1. 农村饮水安全巩固提升工作任务分解表
　　　2. 农村供水工程运行管护办法（试行）
澜江省人民政府办公厅
二〇二一年五月十二日
（此件公开发布）
"""

POLICY_PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>云溪市人民政府关于加快发展林下经济的实施意见_政策文件_云溪市人民政府门户网站</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>
<div class="policy">
<table class="meta">
<tr><td>索 引 号：</td><td>11530000MB0000000X/2023-00042</td>
<td>主题分类：</td><td>农业、林业、水利\\林业</td></tr>
<tr><td>发文机关：</td><td>云溪市人民政府</td><td>成文日期：</td><td>2023年04月18日</td></tr>
<tr><td>标　　题：</td><td colspan="3">云溪市人民政府关于加快发展林下经济的实施意见</td></tr>
<tr><td>发文字号：</td><td>云政发〔2023〕9号</td><td>发布日期：</td><td>2023年04月25日</td></tr>
</table>
<div class="article">
<h1>云溪市人民政府关于加快发展林下经济的实施意见</h1>
<p>云政发〔2023〕9号</p>
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>　　为盘活林地资源，拓宽群众增收渠道，结合本市实际，提出如下意见。</p>
<p>一、总体要求</p>
<p>　　坚持生态优先、因地制宜，到2025年，全市林下经济经营面积达到一百二十万亩，年产值突破15亿元。</p>
<p>二、重点任务</p>
<p>　　各地要发展林下种植、林下养殖和森林康养，培育一批示范基地，带动农户稳定增收。</p>
<p>附件：1. 云溪市林下经济示范基地建设标准</p>
<p>　　　2. 云溪市林下经济重点项目表</p>
<p>云溪市人民政府</p>
<p>2023年4月18日</p>
<p>（此件公开发布）</p>
</div>
</div>
<div class="footer">主办：云溪市人民政府办公室　网站标识码：5300000001</div>
</body></html>
"""

REPLY = """\
澜江省人民政府关于同意设立石门县高新技术产业园区的批复
澜政函〔2022〕45号
石门县人民政府，省发展改革委：
　　你们《关于申请设立石门县高新技术产业园区的请示》（石政〔2022〕8号）收悉。经研究，现批复如下：
　　一、同意设立石门县高新技术产业园区，规划面积十二点五平方公里。
　　二、园区要坚持节约集约用地，严格落实生态环境保护要求。
　　三、省发展改革委要会同有关部门加强指导，协调解决园区建设中的重大问题。
澜江省人民政府
二〇二二年九月三日
"""

ANNOUNCEMENT = """\
岫川市自然资源局关于北郊片区地块国有建设用地使用权挂牌出让的公告
　　经岫川市人民政府批准，岫川市自然资源局决定以挂牌方式出让一宗国有建设用地使用权。现将有关事项公告如下：
　　一、挂牌出让地块位于北郊片区，出让面积二万三千平方米，用途为工业用地，出让年限五十年。
　　二、竞买人应于2023年7月20日前提交竞买申请，并按规定缴纳竞买保证金。
　　三、挂牌时间为2023年7月21日至2023年8月1日。
　　特此公告。
岫川市自然资源局
2023年6月30日
（联系人：周一帆，电话：0871-12345678）
"""

JOINT = """\
澜江省教育厅 澜江省财政厅关于做好2022年春季学期学生资助工作的通知
澜教财〔2022〕6号
各市、州教育局、财政局：
　　为做好春季学期学生资助工作，现将有关事项通知如下。
　　一、各地要及时足额发放国家助学金，不得挤占挪用。
　　二、各地要加强资助资金监管，定期开展自查自纠。
附件：
1．春季学期资助资金分配表
2．资助工作联系人名单
澜江省教育厅
澜江省财政厅
2022年3月1日
"""

ATTACHED = """\
岫川市农业农村局关于报送春耕生产进度的通知
各县（市、区）农业农村局：
　　请各地于每周五前报送春耕生产进度，并于4月30日前报送春耕生产总结。
附件1：春耕生产进度周报表
附件2：春耕生产总结提纲
岫川市农业农村局
2023年3月9日
附件1
春耕生产进度周报表
　　填报单位、填报日期、播种面积、完成比例等按表格填写。
"""

NEWS = """\
我市召开农村饮水安全工作推进会
2021-05-20 09:30　来源：岫川日报　编辑：王小明
　　本报讯（记者 赵一鸣）5月19日，全市农村饮水安全工作推进会召开。
　　会议通报了今年以来全市农村饮水安全工作进展情况，部署下一阶段重点任务。
　　会议要求，各地要落实《关于做好农村饮水安全工作的通知》，确保群众喝上放心水。
　　会上，3个县作了交流发言。（完）
"""


def test_notice_with_number_addressees_attachments_and_signature() -> None:
    doc = parse(NOTICE)
    assert doc.document == OfficialDocument(
        kind="通知",
        doc_number="澜政办发〔2021〕17号",
        addressees=("各市、州人民政府", "省政府各部门", "各直属机构"),
        signers=("澜江省人民政府办公厅",),
        written=dt.date(2021, 5, 12),
        attachments=("农村饮水安全巩固提升工作任务分解表", "农村供水工程运行管护办法（试行）"),
        notes=("（此件公开发布）",),
    )
    spans_hold(doc)
    assert [h.text for h in doc.headings][:2] == ["一、明确目标任务", "（一）提高供水保证率。"]


def test_policy_page_metadata_table() -> None:
    doc = parse(POLICY_PAGE)
    assert doc.document == OfficialDocument(
        kind="意见",
        doc_number="云政发〔2023〕9号",
        issuer="云溪市人民政府",
        addressees=("各县（市、区）人民政府", "市政府各部门"),
        signers=("云溪市人民政府",),
        written=dt.date(2023, 4, 18),
        published=dt.date(2023, 4, 25),
        index_number="11530000MB0000000X/2023-00042",
        subject="农业、林业、水利\\林业",
        title="云溪市人民政府关于加快发展林下经济的实施意见",
        attachments=("云溪市林下经济示范基地建设标准", "云溪市林下经济重点项目表"),
        notes=("（此件公开发布）",),
    )
    spans_hold(doc)


def test_metadata_written_date_wins_over_the_signature() -> None:
    page = POLICY_PAGE.replace("2023年04月18日", "2023年04月17日", 1)
    doc = parse(page)
    assert doc.document is not None
    assert doc.document.written == dt.date(2023, 4, 17)


def test_reply() -> None:
    doc = parse(REPLY)
    assert doc.document == OfficialDocument(
        kind="批复",
        doc_number="澜政函〔2022〕45号",
        addressees=("石门县人民政府", "省发展改革委"),
        signers=("澜江省人民政府",),
        written=dt.date(2022, 9, 3),
    )
    spans_hold(doc)


def test_announcement_without_addressees() -> None:
    doc = parse(ANNOUNCEMENT)
    assert doc.document == OfficialDocument(
        kind="公告",
        signers=("岫川市自然资源局",),
        written=dt.date(2023, 6, 30),
        notes=("（联系人：周一帆，电话：0871-12345678）",),
    )
    spans_hold(doc)


def test_joint_notice_signed_by_two_organs_with_a_list_of_attachments() -> None:
    doc = parse(JOINT)
    assert doc.document == OfficialDocument(
        kind="通知",
        doc_number="澜教财〔2022〕6号",
        addressees=("各市、州教育局、财政局",),
        signers=("澜江省教育厅", "澜江省财政厅"),
        written=dt.date(2022, 3, 1),
        attachments=("春季学期资助资金分配表", "资助工作联系人名单"),
    )
    spans_hold(doc)


def test_numbered_attachment_lines_and_the_attachment_printed_after() -> None:
    doc = parse(ATTACHED)
    assert doc.document is not None
    assert doc.document.attachments == ("春耕生产进度周报表", "春耕生产总结提纲")
    assert doc.document.kind == "通知"
    assert doc.document.written == dt.date(2023, 3, 9)


def test_news_release_is_not_a_document() -> None:
    doc = parse(NEWS)
    assert doc.headline is not None and doc.document is None


def test_example_notice() -> None:
    doc = parse((EXAMPLES / "notice_gongwen.txt").read_text(encoding="utf-8"))
    assert doc.document == OfficialDocument(
        kind="通知",
        doc_number="岫政办发〔2022〕12号",
        addressees=("各县（市、区）人民政府", "市政府各部门", "各直属机构"),
        signers=("岫川市人民政府办公室",),
        written=dt.date(2022, 9, 14),
        notes=("（此件公开发布）",),
    )
    spans_hold(doc)


def test_document_survives_json() -> None:
    for text in (NOTICE, POLICY_PAGE, REPLY):
        doc = parse(text)
        assert pressrelease.from_dict(pressrelease.to_dict(doc)).document == doc.document


def test_reply_to_a_single_organ() -> None:
    doc = parse(REPLY.replace("石门县人民政府，省发展改革委：", "石门县人民政府："))
    assert doc.document is not None
    assert doc.document.addressees == ("石门县人民政府",)


@pytest.mark.parametrize(
    ("line", "organs"),
    [
        (
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            ("各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"),
        ),
        ("黑龙江省人民政府，教育部、外交部、财政部：", ("黑龙江省人民政府", "教育部", "外交部", "财政部")),
        ("各县（市、区）人民政府，市政府各部门:", ("各县（市、区）人民政府", "市政府各部门")),
        (
            "某某产业园区管委会,各乡镇人民政府,市级各部门:",
            ("某某产业园区管委会", "各乡镇人民政府", "市级各部门"),
        ),
        ("各区人民政府；市各委办局：", ("各区人民政府", "市各委办局")),
        ("市人大常委会：", ("市人大常委会",)),
    ],
)
def test_addressee_line_is_split_into_organs(line: str, organs: tuple[str, ...]) -> None:
    assert _addressees(line) == organs


@pytest.mark.parametrize(
    ("rest", "names"),
    [
        ("1. 甲表 2. 乙表", ["甲表", "乙表"]),
        ("1．甲表；2．乙表；3．丙表", ["甲表", "乙表", "丙表"]),
        ("2022年任务落实情况", ["2022年任务落实情况"]),
        ("1. 补助3.5万元以下项目清单", ["补助3.5万元以下项目清单"]),
        ("1、甲方案 3、乙方案", ["甲方案 3、乙方案"]),
    ],
)
def test_attachment_list_is_split_in_sequence(rest: str, names: list[str]) -> None:
    assert _split_numbered(rest)[0] == names


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(pressrelease.officialdoc)
    assert tried > 0 and failures == 0


# --- the shared corpus ---------------------------------------------------------------------------

GOVCN = sorted(CORPUS.glob("govcn/*.html")) if CORPUS.is_dir() else []

KNOWN_MISSES: dict[str, str] = {}


def _labelled(doc: pressrelease.Release) -> dict[str, str]:
    fields = doc.byline.fields if doc.byline is not None else ()
    return {"".join(f.label.split()): f.value for f in fields if f.label is not None}


def _case(path: Path) -> object:
    marks = []
    if path.stem in KNOWN_MISSES:
        marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[path.stem], strict=True))
    return pytest.param(path, id=path.stem, marks=marks)


@pytest.mark.skipif(not GOVCN, reason=f"the shared corpus is not at {CORPUS}")
@pytest.mark.parametrize("path", [_case(p) for p in GOVCN])
def test_govcn_pages_are_documents(path: Path) -> None:
    doc = parse(path.read_bytes())
    d = doc.document
    assert d is not None, "not recognised as an official document"
    assert d.doc_number or d.index_number or d.kind, d  # a gazette page prints neither number, only the title
    labels = _labelled(doc)
    if labels.get("成文日期"):
        assert d.written is not None, f"成文日期 {labels['成文日期']!r} not parsed"
    if labels.get("发布日期"):
        assert d.published is not None, f"发布日期 {labels['发布日期']!r} not parsed"
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expect"]
        if gold.get("published"):
            assert d.published.isoformat() == gold["published"][:10]
    if d.signers:
        assert d.written is not None


NEWS_FOLDERS = ("xinhua", "people", "cctv", "chinanews", "cri", "gmw", "chinadaily", "thepaper")


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
def test_news_outlets_give_no_document() -> None:
    found = []
    for folder in NEWS_FOLDERS:
        for path in sorted((CORPUS / folder).glob("*")):
            if (
                path.suffix in (".txt", ".html")
                and pressrelease.parse(path.read_bytes()).document is not None
            ):
                found.append(path.name)
    assert not found, f"news releases read as official documents: {found}"
