"""The people table: what names, role words and staff codes look like in credits and bylines."""

from __future__ import annotations

from . import pattern
from .words import AUTHOR_ROLES, CONTRIBUTOR_ROLES, EDITOR_ROLES

_ALL_ROLES = frozenset(EDITOR_ROLES + AUTHOR_ROLES + CONTRIBUTOR_ROLES)

ROLE_PREFIX = pattern(
    "people.role_prefix",
    r"\L<roles>",
    mode="match",
    examples=["记者白瀛", "责任编辑张三", "本报记者"],
    counter=["张三", "白瀛记者"],
    doc="The longest role word a token starts with (a role glued to the name after it).",
    lists={"roles": sorted((r for r in _ALL_ROLES if len(r) >= 2), key=len, reverse=True)},
)

TOKEN = pattern(
    "people.token",
    r"(?P<sep>[\s\u3000\xa0、，,；;：:/／|｜丨︱]+)|(?P<tok>[^\s\u3000\xa0、，,；;：:/／|｜丨︱]+)",
    examples=["张三、李四", "记者 张三"],
    counter=[""],
    doc="A run of separators or a run of anything else: how a credit is cut into words.",
)

PERSON = pattern(
    "people.person",
    r"(?:\p{Han}{2,4}|\p{Han}{1,8}[·•・]\p{Han}{1,10}(?:[·•・]\p{Han}{1,10})?|[A-Za-z][A-Za-z.'-]{1,30})",
    mode="fullmatch",
    examples=["张三", "欧阳晓明", "阿不都·热合曼", "John"],
    counter=["张", "县委宣传部新闻科", "3月"],
    doc="A person's name: two to four Han characters, a transliterated name with dots, or Latin letters.",
)

STAFF_ID = pattern(
    "people.staff_id",
    r"[A-Za-z]{1,4}[0-9]{2,6}",
    mode="fullmatch",
    examples=["NF055", "HN666"],
    counter=["2020", "张三"],
    doc="A portal editor's staff code printed instead of a name.",
)

ID_SUFFIX = pattern(
    "people.id_suffix",
    r"(?P<name>.+?)_[A-Za-z]{1,4}[0-9]{2,6}",
    mode="fullmatch",
    examples=["李曦_NN2587"],
    counter=["李曦"],
    doc="A name followed by its staff code: the name is the part before the underscore.",
)

STAFF_NAME = pattern(
    "people.staff_name",
    r"\p{Han}{2,6} | \p{Han}{2,16}(?:管理员|管理員|信息员|信息員)",
    mode="fullmatch",
    examples=["系统管理员", "张三", "某某区政务公开办管理员"],
    counter=["某某县人民政府办公室"],
    doc="An editorial account named by its function (系统管理员, 某某办管理员), accepted after an editor role only.",
)

UNIT = pattern(
    "people.unit",
    r"[\p{Han}A-Za-z0-9·（）()]{2,40}",
    mode="fullmatch",
    examples=["某县委组织部", "某某新闻中心"],
    counter=["某", "一句话，有标点。"],
    doc="A unit credited for supplying a story (供稿), accepted after a contributor role only.",
)

REPORTER_ROLE = pattern(
    "people.reporter_role",
    r"(?:\p{Han}{1,8}[·•/／])?\p{Han}{0,8}(?:记者|記者|通讯员|通訊員|评论员|評論員)",
    mode="fullmatch",
    examples=["记者", "本报记者", "竹山融媒记者", "中青报·中青网记者", "本报评论员"],
    counter=["记者张三", "张三"],
    doc="A reporter's role with the outlet before it (某某报记者).",
)

SINGLE_HAN = pattern(
    "people.single_han",
    r"\p{Han}",
    mode="fullmatch",
    examples=["方"],
    counter=["方敏", "A"],
    doc="One Han character: half of a two-character name typeset with a space inside it (方 敏).",
)
