"""The document table: what the fields of an official document (公文) or a policy page look like.

The furniture table (:mod:`pressrelease.patterns.furniture`) finds the lines of a document's
furniture; this table reads values out of them: the document type that ends a title, dates
written in Chinese numerals, the names in an attachment list, publication notes, the organs in an
addressee line, and the labels of a policy page's metadata table. The conventions are those of
GB/T 9704 (the layout of Party and government documents) and of government portals' 政府信息公开
pages.
"""

from __future__ import annotations

from . import pattern
from .fragments import CLOSE, COLON, DIGITS, OPEN, SPACE, TIME

DOCUMENT_KINDS: tuple[str, ...] = (
    # the types of GB/T 9704 and the 党政机关公文处理工作条例 (命令 is printed 令)
    "决议",
    "决定",
    "命令",
    "令",
    "公报",
    "公告",
    "通告",
    "意见",
    "通知",
    "通报",
    "报告",
    "请示",
    "批复",
    "议案",
    "函",
    "复函",
    "纪要",
    # the answer to a deputy's proposal or suggestion (提案/建议的答复), sent as a letter
    "答复",
    # regulations and the rules a document publishes (印发…的通知 carries them)
    "条例",
    "规定",
    "办法",
    "细则",
    "规则",
    "章程",
    "方案",
    "规划",
    "纲要",
    "要点",
    "预案",
)
"""Document types, as the last word of a title. The longest one that ends a title wins (复函, not 函)."""

_YEAR = r"[0-9０-９〇○零一二三四五六七八九]{4}"
_NUMBER = r"[0-9０-９〇○零一二三四五六七八九十廿卅]{1,4}"
_DASH = r"[-/.．]"

DATE = pattern(
    "document.date",
    rf"""{SPACE}*
    (?:
        (?P<year>{_YEAR}) {SPACE}* 年 {SPACE}* (?P<month>{_NUMBER}) {SPACE}* 月 {SPACE}* (?P<day>{_NUMBER}) {SPACE}* [日号]?
      | (?P<year>{DIGITS}{{4}}) {SPACE}* {_DASH} {SPACE}* (?P<month>{DIGITS}{{1,2}}) {SPACE}* {_DASH} {SPACE}* (?P<day>{DIGITS}{{1,2}})
    )
    (?: {SPACE}* {TIME} )?
    {SPACE}*""",
    mode="fullmatch",
    examples=[
        "二〇二〇年三月七日",
        "二〇〇四年四月二十七日",
        "一九八一年五月二十三日",
        "2020年3月7日",
        "２０２０年３月７日",
        "2018年11月09日",
        "2019-01-23",
        "2020/3/7",
        "2022-09-15 10:00",
        " 2019年 1月 17日 ",
    ],
    counter=["三月七日", "2020年", "2020年3月7日上午", "2020年3月7日，会议召开。", "20200307"],
    doc="A whole date: year, month and day in Arabic, full-width or Chinese numerals (GB/T 9704 writes 二〇二〇年三月七日).",
)

KIND = pattern(
    "document.kind",
    rf"(?P<kind>\L<kinds>){SPACE}*(?:{OPEN}[^（()）\n]{{1,30}}{CLOSE}{SPACE}*)?$",
    examples=[
        "国务院关于某某工作的通知",
        "某省人民政府关于同意设立某某开发区的批复",
        "某某市物业管理条例（2020年修订）",
        "某某县人民政府办公室关于某某事项的复函",
        "某某市人民政府令",
    ],
    counter=["某县召开全县安全生产工作会议", "我市举行重大项目集中签约仪式", "通知发出以后"],
    doc="The document type that ends a title (an edition note in brackets may follow it).",
    lists={"kinds": DOCUMENT_KINDS},
)

TITLE_FORM = pattern(
    "document.title_form",
    rf"关于[^\n]{{1,200}}的\p{{Han}}{{0,4}}?(?:\L<kinds>){SPACE}*(?:{OPEN}[^（()）\n]{{1,30}}{CLOSE}{SPACE}*)?$",
    examples=[
        "某某市人民政府关于做好秋冬季防火工作的通知",
        "关于印发《某某办法》的通知",
        "某某县人民政府办公室关于加快发展某某产业的实施意见",
        "关于某某事项的补充通知",
    ],
    counter=["关于做好春耕工作的几点思考", "某县召开会议部署春耕工作", "省政府印发《关于某某的通知》"],
    doc="The title of an official document: 〔organ〕关于〔matter〕的〔type〕.",
    lists={"kinds": DOCUMENT_KINDS},
)

ABOUT_CLAUSE = pattern(
    "document.about_clause",
    r"关于",
    examples=["关于做好春季农业生产工作的通知", "某市人民政府关于某某事项的批复"],
    counter=["某某市人民政府办公室", "改造提升三年行动方案》的通知"],
    doc="The 关于 that opens a document title's matter: a line of a wrapped title that holds it (or opens with it) belongs to the title.",
)

ATTACHMENT_LABEL = pattern(
    "document.attachment_label",
    rf"{SPACE}*附{SPACE}*件{SPACE}*(?P<number>{DIGITS}{{1,2}})?{SPACE}*(?:{COLON}{SPACE}*)?",
    mode="match",
    examples=["附件：1. 某某名单", "附件:某某表", "附件2：某某情况统计表", "附 件"],
    counter=["附近的居民", "件附后"],
    doc="The label of an attachment line (附件：, 附件2：), before the attachment names.",
)

ATTACHMENT_NUMBER = pattern(
    "document.attachment_number",
    rf"(?<![0-9０-９.．]){SPACE}*(?P<number>{DIGITS}{{1,2}}){SPACE}*[.．、](?!{DIGITS}){SPACE}*",
    examples=["1. 某某名单", "1．某某表 2．某某表", "2、某某方案"],
    counter=["2022年工作要点", "3.5万元补助资金"],
    doc="The number of one attachment in an attachment list (1. 2. or 1、), where the list is split.",
)

ATTACHMENT_ITEM = pattern(
    "document.attachment_item",
    rf"{SPACE}*(?P<number>{DIGITS}{{1,2}}){SPACE}*[.．、](?!{DIGITS}){SPACE}*(?P<name>[^。；;！？\n]{{1,100}}?){SPACE}*",
    mode="fullmatch",
    examples=["2. 某某任务分工表", "　　3．某某工作台账"],
    counter=["1.加强组织领导。各地要高度重视。", "某某名单"],
    doc="A line that continues an attachment list: a number and a name, without sentence punctuation.",
)

NOTE = pattern(
    "document.note",
    rf"{SPACE}*[（(](?=[^（()）\n]{{0,12}}(?:此件|本件|此文|本文|删减|删节|公开发布|主动公开|依申请公开|不予公开|联系人))[^（()）\n]{{1,60}}[)）]{SPACE}*",
    mode="fullmatch",
    examples=["（此件公开发布）", "(此件主动公开)", "（本文有删减）", "（联系人：张三，电话：010-12345678）"],
    counter=[
        "（一）加强组织领导",
        "（完）",
        "（记者 张三）",
        "（二〇一八年六月一日国务院第十次常务会议通过）",
    ],
    doc="A note printed under the signature (附注): publication scope, cuts, a contact.",
)

ORGAN = pattern(
    "document.organ",
    r"(?:政府|委员会|常委会|委|办公厅|办公室|办|厅|局|总局|部|部门|署|院|行|会|中心|机构|单位|公司|集团|学校|医院|组织|团体|党组|党委|管委会|街道|乡镇|社区|法院|检察院|军区|团|队)$",
    examples=["国务院各部委", "各直属机构", "教育部", "体育总局", "市政府各部门", "各乡镇人民政府"],
    counter=["各省", "自治区", "直辖市", "各县（市"],
    doc="An organ's name ends with its kind of body; an addressee line is split at 、 only between such names.",
)

METADATA_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("index_number", ("索引号",)),
    ("subject", ("主题分类", "主题类别")),
    ("issuer", ("发文机关", "发文单位", "发文机构", "制发机关")),
    ("written", ("成文日期", "成文时间")),
    ("title", ("标题", "文件名称", "名称")),
    ("doc_number", ("发文字号", "文号")),
    ("published", ("发布日期", "发文日期", "公开日期", "发布时间")),
)
"""The rows of a policy page's metadata table, by the field they fill, as labelled on portals
(white space inside a label, as in ``索 引 号`` or ``标　　题``, is not part of it)."""

TABLE_LABELS: frozenset[str] = frozenset({"索引号", "主题分类", "发文机关", "成文日期", "发文字号"})
"""Labels that only a policy page's metadata table prints (a news byline has 发布时间, never these)."""

TABLE = (DATE, KIND, TITLE_FORM, ABOUT_CLAUSE, ATTACHMENT_LABEL, ATTACHMENT_NUMBER, ATTACHMENT_ITEM, NOTE, ORGAN)
