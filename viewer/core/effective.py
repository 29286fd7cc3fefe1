"""An order, or the rules it adopts, "effective immediately" or "effective upon entry" takes effect the day the
order is entered: counsel calendar the change on that day (an `other` event dated at the entry)."""

from __future__ import annotations

import re

from viewer.core.candidates import Candidate
from viewer.core.fastre import guarded
from viewer.core.segment import Segment

_ON_ENTRY = guarded(r"\b(?:effective|takes?\s+effect)\s+(?:immediately|forthwith|upon\s+(?:the\s+)?(?:entry|filing|signing|"
                    r"issuance)\b|on\s+(?:the\s+)?(?:entry|filing|date)\s+of\s+this\b|upon\s+its\s+entry\b|"
                    r"as\s+of\s+the\s+date\s+of\s+this\s+order\b)", re.I)


def on_entry(text: str, sentences: list[Segment], candidates: list[Candidate]) -> list[Candidate]:
    """The day the order takes effect, when it says it does so on entry."""
    found = _ON_ENTRY.search(text) if "effect" in text else None
    days = [c.date for c in candidates if c.kind == "entry" and c.date and not c.recital]
    if found is None or not days:
        return []
    seg = next((s for s in sentences if s.start <= found.start() < s.end), None)
    if seg is None:
        return []
    entry = min(days)
    said = " ".join(found.group(0).split())
    c = Candidate("other", "Takes effect on entry", seg.start, seg.end, found.start(), said, seg.paragraph,
                  confidence=0.7)
    c.date = entry
    c.anchor = next(e for e in candidates if e.kind == "entry" and e.date == entry and not e.recital)
    c.computation.append(f"'{said}': the day the order was entered, {entry:%A, %B} {entry.day}, {entry.year}.")
    return [c]
