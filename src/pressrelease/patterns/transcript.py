"""The transcript table: speaker turns in press conferences and interviews (主持人：…, 记者：…)."""

from __future__ import annotations

from . import pattern, with_variants
from .fragments import COLON, SPACE

SPEAKER = pattern(
    "transcript.speaker",
    rf"""(?P<speaker>
        (?:[\p{{Han}}A-Za-z·•]{{1,16}}?)
        (?:{SPACE}{{1,2}}[\p{{Han}}·•]{{2,4}})?
        (?:[（(][^（()）\n]{{1,20}}[)）])?
    ){SPACE}*{COLON}{SPACE}*(?=\S)""",
    mode="match",
    examples=[
        "主持人：各位记者朋友，大家好。",
        "记者:请问今年的目标是什么？",
        "行政長官：多謝。",
        "张三（某某局局长）：我们将继续推进。",
        "主持人 刘洋：各位记者朋友，大家上午好！",
        "市发展改革委主任 周文斌：谢谢主持人。",
    ],
    counter=["会议强调，要抓好落实。", "2020年3月7日：晴"],
    doc="A speaker's label and colon opening a paragraph of a transcript.",
)

SPEAKER_ROLES: tuple[str, ...] = (
    "主持人", "記者", "记者", "问", "答", "問", "發言人", "发言人", "新闻发言人", "新聞發言人", "主持", "嘉宾", "嘉賓",
)  # fmt: skip
SPEAKER_ROLES = with_variants(SPEAKER_ROLES)
"""Labels that mark a speaker turn even when they occur once."""

NOT_SPEAKERS: tuple[str, ...] = (
    "强调", "強調", "指出", "要求", "表示", "认为", "認為", "介绍", "介紹", "说", "說", "称", "稱", "提出", "明确",
    "明確", "通知", "公告", "注", "附件", "附", "备注", "来源", "來源", "时间", "地点", "电话", "地址", "邮箱", "题",
    "原标题", "编者按", "按", "据悉", "据了解", "如下", "例如", "比如", "其中", "包括", "目标", "内容", "主题",
)  # fmt: skip
NOT_SPEAKERS = with_variants(NOT_SPEAKERS)
"""Endings of labels that introduce reported speech or a field, not a speaker turn."""
