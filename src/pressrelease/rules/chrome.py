"""Chrome rule: page furniture (menus, widgets, related links, site footer, images)."""

from __future__ import annotations

import functools

from ..patterns import boilerplate as notice
from ..patterns import chrome as table

__all__ = ["chrome_rule", "is_footer"]

_LINE_RULES = (
    table.LINE,
    table.PAGER,
    table.EPAPER,
    table.CONTACT,
    table.DATED_LINK,
    table.RULER,
    table.NUMBER,
    table.IMAGE,
    table.CAPTION,
    table.PHOTO_CREDIT,
    table.LINK,
    table.FOREIGN_NOTICE,
)
_SHORT_LINE_RULES = (table.NAVIGATION, table.COUNTER)
_LONG_LINE_RULES = (table.LINK, table.IMAGE, table.FOREIGN_NOTICE)


@functools.cache
def chrome_rule(text: str) -> str | None:
    """The name of the chrome pattern a line's content matches, or None.

    Menus count only for short lines; footers only when the line carries no rights wording
    (a line that says 未经许可不得转载 is boilerplate, not chrome).
    """
    if len(text) > 200:
        # a long line is running text unless it is a bare address, an inline image or a platform notice
        for record in _LONG_LINE_RULES:
            if record.apply(text):
                return record.name
        return None
    if len(text) > 60 and text.endswith(("。", "！", "？", "；")) and "Notice" not in text:
        # a paragraph of running text: of all the chrome, only a site footer can end so
        return table.FOOTER.name if is_footer(text) else None
    for record in _LINE_RULES:
        if record.apply(text):
            return record.name
    if len(text) <= 100:
        # breadcrumbs, greetings and counters sit on short lines; in running text the same words are prose
        for record in _SHORT_LINE_RULES:
            if record.apply(text):
                return record.name
    if len(text) <= 80 and table.MENU.apply(text):
        return table.MENU.name
    if len(text) <= 60 and table.WIDGETS.apply(text):
        return table.WIDGETS.name
    if is_footer(text):
        return table.FOOTER.name
    return None


def is_footer(text: str) -> bool:
    """Whether a line is site-footer furniture (licence numbers, owner, address) without rights wording."""
    return len(text) <= 200 and table.FOOTER.apply(text) is not None and notice.WORDING.apply(text) is None
