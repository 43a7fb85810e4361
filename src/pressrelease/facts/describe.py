"""One-line readable descriptions of facts, shared by the outline and the view."""

from __future__ import annotations

from ..model import DateMention, HeadlineFacts, Organisation, Place, Quantity, Quote

__all__ = ["describe", "describe_headline"]

Fact = Quantity | DateMention | Quote | Place | Organisation


def _number(value: float) -> str:
    """``18,600,000,000`` for whole numbers, ``45.6`` otherwise (never an exponent below 10¹⁶)."""
    if value.is_integer() and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".") if abs(value) < 1e16 else f"{value:.6g}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def describe(fact: Fact) -> str:
    """``10万平方米 = 100000 平方米 (area)``, ``2月19日 = 2020-02-19 (day)``, ``陇县 = 陇县 610327``…"""
    if isinstance(fact, Quantity):
        value = _number(fact.value) + (f"–{_number(fact.upper)}" if fact.upper is not None else "")
        extra = ", ".join(x for x in (fact.unit_class, fact.qualifier) if x)
        unit = "%" if fact.unit_class == "percent" else f" {fact.unit or ''}".rstrip()
        return f"{fact.text} = {value}{unit} ({extra})"
    if isinstance(fact, DateMention):
        if not fact.resolved or fact.start is None:
            return f"{fact.text} (unresolved, {fact.precision})"
        same = fact.end is None or fact.end == fact.start
        span = fact.start.isoformat() if same else f"{fact.start.isoformat()}..{fact.end}"
        return f"{fact.text} = {span} ({fact.precision})"
    if isinstance(fact, Quote):
        who = " ".join(x for x in (fact.role, fact.speaker) if x) or "(no speaker)"
        return f"{who} {fact.verb or ''}: “{_clip(fact.text, 24)}”"
    if isinstance(fact, Place):
        return f"{fact.text} = {fact.name} {fact.code or '(no code)'}"
    return f"{fact.text} ({fact.kind})"


def describe_headline(head: HeadlineFacts) -> str:
    """``place 陕西陇县; slogan 三抓三做 → 3 headings``."""
    found = []
    if head.place:
        found.append(f"place {head.place}")
    if head.slogan:
        n = len(head.slogan_headings)
        linked = f" → {n} heading{'s' if n != 1 else ''}" if n else ""
        found.append(f"slogan {head.slogan}{linked}")
    return "; ".join(found)
