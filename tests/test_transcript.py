"""Press-conference transcripts and interviews: each paragraph keeps its speaker as data."""

from __future__ import annotations

import pressrelease
from helpers import check_release

TRANSCRIPT = """某市举行春季农业生产新闻发布会
2024-03-12 10:00 来源：某市人民政府网

　　主持人：各位记者朋友，上午好。今天我们邀请市农业农村局负责同志介绍春耕备耕有关情况。
　　王明（市农业农村局局长）：谢谢主持人。今年全市计划播种粮食作物一百二十万亩，农资储备已经到位。
　　目前各县正在组织技术人员下乡，帮助群众解决生产中的实际困难。
　　记者：请问今年在防范倒春寒方面有哪些措施？
　　王明（市农业农村局局长）：我们已经制定了应急预案，一旦出现低温天气，将及时发布预警。
　　主持人：今天的发布会到此结束，谢谢大家。
"""

REPORT = """某县召开春耕工作会议
2024-03-12 10:00 来源：某县人民政府网

　　3月11日，某县召开春耕生产工作会议，安排部署全县春耕生产工作。
　　会议强调：各乡镇要把春耕生产作为当前重点工作，切实抓紧抓好。
　　会议要求：要加强农资市场监管，确保农资质量和供应。
　　县委、县政府有关负责同志参加会议。
"""


def test_transcript_paragraphs_keep_their_speaker() -> None:
    doc = check_release(pressrelease.parse(TRANSCRIPT))
    assert [p.speaker for p in doc.paragraphs] == [
        "主持人",
        "王明（市农业农村局局长）",
        "王明（市农业农村局局长）",  # an answer over two paragraphs
        "记者",
        "王明（市农业农村局局长）",
        "主持人",
    ]
    assert doc.paragraphs[1].text.startswith("王明（市农业农村局局长）："), "the text keeps the label"


def test_reported_speech_is_not_a_speaker() -> None:
    doc = check_release(pressrelease.parse(REPORT))
    assert len(doc.paragraphs) == 4
    assert all(p.speaker is None for p in doc.paragraphs)


def test_speakers_survive_the_json_round_trip() -> None:
    doc = pressrelease.parse(TRANSCRIPT)
    again = pressrelease.from_dict(pressrelease.to_dict(doc))
    assert [p.speaker for p in again.paragraphs] == [p.speaker for p in doc.paragraphs]
