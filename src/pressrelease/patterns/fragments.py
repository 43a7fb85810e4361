"""Shared regex fragments (verbose syntax) that the pattern tables are built from."""

from __future__ import annotations

HAN = r"\p{Han}"
"""One Chinese character (Simplified or Traditional)."""

COLON = r"[:：︰∶]"
"""A colon, full- or half-width."""

SPACE = r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]"
"""Inline white space of any width (not line breaks)."""

SPACE_CHARS: tuple[str, ...] = (
    " ", "\t", "\u00a0", "\u1680", *map(chr, range(0x2000, 0x200C)), "\u202f", "\u205f", "\u3000", "\ufeff"
)  # fmt: skip
"""The characters of :data:`SPACE`, for literal gates (``requires``)."""

OPEN = r"[（(【〔\[［]"
"""An opening bracket, any width."""

CLOSE = r"[）)】〕\]］]"
"""A closing bracket, any width."""

DIGITS = r"[0-9０-９]"
"""An Arabic digit, half- or full-width."""

HAN_DIGIT = r"[〇○零一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾]"
"""A Chinese numeral character."""

HAN_NUM = r"[一二三四五六七八九十百零〇两]{1,4}"
"""A Chinese number as used for ordinals (一, 十二, 二十三)."""

MONTH_DAY = rf"""(?:{DIGITS}{{1,2}}|{HAN_DIGIT}{{1,3}})月(?:{DIGITS}{{1,2}}|{HAN_DIGIT}{{1,3}})日"""
"""A month and day without a year: ``3月7日``, ``六月四日``."""

SENTENCE_END = r"[。！？!?；;…]"
"""Punctuation that closes a sentence."""

CLAUSE_PUNCT = r"[。！？!?；;，,、：:…]"
"""Punctuation found inside or at the end of running text."""

DATE = rf"""
    (?P<year>{DIGITS}{{4}}) (?: {SPACE}* (?:[-/.．]|年) {SPACE}* | {SPACE}+ (?={DIGITS}{{1,2}}/) )
    (?P<month>{DIGITS}{{1,2}}) {SPACE}* (?:[-/.．]|月) {SPACE}*
    (?P<day>{DIGITS}{{1,2}}) (?!{DIGITS}) {SPACE}* 日?
"""
"""A Gregorian date with Arabic digits: ``2020-03-07``, ``2020/3/7``, ``2020年03月07日``, and the
year set apart by a space before ``03/07`` (a page that prints year, day and time in separate
elements: ``2020 03/07 16:21:56``)."""

TIME = rf"""
    (?P<hour>{DIGITS}{{1,2}}) {SPACE}* (?:{COLON}|时|時|點|点) {SPACE}*
    (?P<minute>{DIGITS}{{2}}) (?:{SPACE}* (?:{COLON}|分) {SPACE}* (?P<second>{DIGITS}{{2}}) 秒?)? (?!{DIGITS})
"""
"""A clock time: ``16:21``, ``16:21:56``, ``16时21分``."""

DATETIME = rf"""{DATE} (?:{SPACE}* (?:[T,，]{SPACE}*|(?:HKT|CST|北京时间|北京時間){SPACE}*)? {TIME})?"""
"""A date optionally followed by a time, which may carry a time-zone word (``2021-02-23 HKT 18:20``)."""
