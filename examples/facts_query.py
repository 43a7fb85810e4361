"""What a release announces: its facts, and queries over parts and facts.

Run from the examples folder: ``python facts_query.py``. It parses ``spring_projects.txt`` (a
release written for these examples) and prints what it finds; docs/facts.md walks through the same
calls.
"""

from __future__ import annotations

from pathlib import Path

import pressrelease

HERE = Path(__file__).resolve().parent


def main() -> None:
    doc = pressrelease.parse((HERE / "spring_projects.txt").read_bytes())
    facts = doc.facts

    head = facts.headline
    if head is not None:
        linked = [doc.text_of(span) for span in head.slogan_headings]
        print(f"headline place {head.place!r}, slogan {head.slogan!r}, shared by {linked}")

    print("\nmoney, in yuan:")
    for q in doc.find("quantity", unit_class="money"):
        print(f"  {q.text:10s} {q.value:>16,.0f}  qualifier={q.qualifier}")

    print("\nmoney in the section whose heading mentions 要素:")
    for q in doc.find("quantity", section="要素", unit_class="money"):
        print(f"  {q.text} in {[s.heading.text for s in doc.section_path(q) if s.heading]}")

    print("\ndates, resolved against the publication date", doc.published)
    for d in facts.dates:
        when = f"{d.start}..{d.end}" if d.resolved else "unresolved"
        print(f"  {d.text:8s} {d.kind:9s} {d.precision:12s} {when}")

    print("\nwho said what:")
    for quote in facts.quotes:
        print(f"  {quote.role} {quote.speaker} {quote.verb}: {quote.text[:20]}…")

    print("\nplaces with their codes:")
    for place in dict((p.code, p) for p in facts.places).values():
        print(f"  {place.name} {place.code} ({place.province} {place.prefecture or ''})")

    print("\nbanks and government bodies:")
    for org in doc.find("organisation", kind=lambda k: k in ("bank", "government")):
        print(f"  {org.text} ({org.kind})")

    print("\nfacts per section:")
    for section in doc.find("section"):
        inside = doc.facts_in(section)
        title = section.heading.text if section.heading else "(before any heading)"
        print(f"  {title}: {len(inside.quantities)} quantities, {len(inside.dates)} dates")


if __name__ == "__main__":
    main()
