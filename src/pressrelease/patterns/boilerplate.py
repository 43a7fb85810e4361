"""The boilerplate table: copyright and disclaimer notices after the article, recognised by wording."""

from __future__ import annotations

from . import pattern
from .fragments import DIGITS, HAN_NUM, SPACE

TITLE = pattern(
    "boilerplate.title",
    rf"""^{SPACE}* [【\[]? {SPACE}* (?P<title>[^。；;，,\n]{{0,30}}(?:声明|聲明|版权说明|版權說明|法律说明)) {SPACE}* [】\]]? {SPACE}*[:：]? {SPACE}* $""",
    mode="search",
    requires=("声明", "版权说明", "法律说明"),
    examples=["版权声明", "免责声明：", "某某网版权与信息产品内容销售的声明", "【免责声明】"],
    counter=["某部门发表声明称，将……", "声明：本文仅代表作者观点。"],
    doc="The title line of a notice: 版权声明, 免责声明.",
)

_WORDING_LITERALS = (
    "凡", "转载", "如需", "如有", "如涉及", "未经", "不得", "禁止", "谢绝", "严禁", "不代表", "追究", "版权",
    "联系", "本文", "仅", "特别声明", "须经", "涉及版权", "均为转载",
)  # fmt: skip

WORDING = pattern(
    "boilerplate.wording",
    r"""
    凡本(?:网|站|網|平台|报|刊)(?:注明|註明|所载|所刊) | 凡注明 | 凡是注明
  | 转载请注明 | 轉載請註明 | 转载请联系 | 如需转载 | 转载须注明 | 转载务必注明
  | 未经(?:本网|本站|本报|本平台)?(?:书面)?(?:许可|授权|同意) | 未經(?:書面)?(?:許可|授權)
  | 不得(?:转载|轉載|复制|摘编) | 禁止转载 | 谢绝转载 | 严禁转载
  | 不代表本(?:网|站|網|平台|报) | 不代表(?:本网|本站)?(?:观点|立场)
  | 追究(?:其)?(?:相关)?法律责任 | 追究(?:其)?(?:相關)?法律責任
  | 转载目的在于 | 轉載目的在於 | 版权归(?:原作者|原)?(?:所有|.{1,20}所有) | 如(?:有|涉及)侵权 | 联系(?:我们)?删除
  | 版权(?:及)?免责声明 | 本文(?:仅)?代表作者(?:个人)?观点 | 仅供参考
  | 涉及版权(?:等)?问题 | 涉及版權(?:等)?問題 | 均为转载(?:稿|作品)
  | 转载.{0,6}注明(?:出处|来源|作者) | 特别声明[:：]以上 | 仅提供信息存储服务 | 转载须经 | 须经.{0,10}书面授权 | 不代表.{0,12}(?:观点|立场) | 仅代表(?:该|作者|本人).{0,10}观点 | 版权均属.{1,20}所有 | 版權均屬
    """,
    mode="search",
    requires=_WORDING_LITERALS,
    examples=[
        "凡本网注明“来源：某某网”的所有作品，版权均属于某某网。",
        "未经许可不得转载。",
        "本文仅代表作者观点，不代表本站立场。",
        "违者将依法追究法律责任。",
        "以上稿件均为转载稿，如涉及版权等问题，请与本网联系。",
    ],
    counter=["版权所有：某某市人民政府办公室", "京ICP备12345678号", "依法追究刑事责任的人员"],
    doc="Wording that makes a line a rights notice (reprint, authorisation, disclaimer).",
)

CLAUSE_NUMBER = pattern(
    "boilerplate.clause_number",
    rf"^{SPACE}*(?P<number>{DIGITS}{{1,2}}|{HAN_NUM}|[①-⑳])(?:{SPACE}*[、.．)）]|(?=[\p{{Han}}“\"]))",
    mode="search",
    examples=["1、凡本网注明", "2.未经授权", "三、本网"],
    counter=["凡本网注明", "2020年"],
    doc="The number that opens a clause of a notice.",
)
