"""An order, or the rules it adopts, "effective immediately" or "effective upon entry" takes effect the day the
order is entered: counsel calendar the change on that day (an `other` event dated at the entry)."""

from __future__ import annotations

import datetime as dt
import re

from viewer.core.candidates import Candidate
from viewer.core.fastre import guarded
from viewer.core.segment import Segment

_ON_ENTRY = guarded(r"\b(?:effective|takes?\s+effect)\s+(?:immediately|forthwith|upon\s+(?:the\s+)?(?:entry|filing|signing|"
                    r"issuance)\b|on\s+(?:the\s+)?(?:entry|filing|date)\s+of\s+this\b|upon\s+its\s+entry\b|"
                    r"as\s+of\s+the\s+date\s+of\s+this\s+order\b|(?:as\s+of\s+)?this\s+date\b)", re.I)  # ("suspended
# from the practice of law, effective this date")


# "And Now, this 5th day of February, 2010, and effective July 1, 2010, ... Rule 212-4 is amended": no "shall", yet the
# day the change takes effect, not background (a rule's history, "Adopted and effective August 28, 1981", lies before
# the order's date).
# (Not a citation's "Tex. R. Jud. Admin. 6.2(a) (effective May 1, 2012)".)
_EFFECTIVE_LEAD = guarded(r"(?<!\()(?<!\(\s)\beffective\s+(?:on\s+|as\s+of\s+)?$", re.I)


def ahead(candidates: list[Candidate], entry: dt.date | None, text: str) -> None:
    """An effective date after the order's own date is an event, though no duty is worded (once: a header's
    "Issued June 24, 2020, effective July 1, 2020" and the body's "Effective July 1, 2020, this Order ..." are one)."""
    if entry is None:
        return
    dated = {c.date for c in candidates if c.kind == "other" and not c.recital}
    for c in candidates:
        if c.recital and c.kind == "other" and c.date and c.date > entry and c.date not in dated \
                and _EFFECTIVE_LEAD.search(text, max(0, c.mention - 24), c.mention):
            c.recital, c.confidence = False, 0.7
            dated.add(c.date)


def on_entry(text: str, sentences: list[Segment], candidates: list[Candidate]) -> list[Candidate]:
    """The day the order takes effect, when it says it does so on entry."""
    found = _ON_ENTRY.search(text) if "effect" in text else None
    entries = [c for c in candidates if c.kind == "entry" and c.date and not c.recital]
    if found is None or not entries:
        return []
    seg = next((s for s in sentences if s.start <= found.start() < s.end), None)
    if seg is None:
        return []
    first = min(entries, key=lambda e: e.date or dt.date.max)
    day = first.date or dt.date.max  # (every entry here is dated)
    said = " ".join(found.group(0).split())
    c = Candidate("other", "Takes effect on entry", seg.start, seg.end, found.start(), said, seg.paragraph,
                  confidence=0.7)
    c.date, c.anchor = day, first
    c.computation.append(f"'{said}': the day the order was entered, {day:%A, %B} {day.day}, {day.year}.")
    return [c]
