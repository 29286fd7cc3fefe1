"""A sitting's hour stated in the next sentence: "The Board will hold a hearing on Thursday, February 24,
2011, to allow interested parties to comment. The hearing will take place at 9:30 a.m. in the Board's
hearing room." The second sentence names no date; its hour belongs to the sitting just set.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from viewer.core.candidates import Candidate, Mentions
from viewer.core.segment import Segment

_SITTING = r"(?:hearing|conference|argument|trial|session|sentencing|arraignment)"
# "The hearing will take place at", "The hearing will begin promptly at", "The conference shall commence at", "Trial
# shall commence daily at"
_HOUR_OF_IT = re.compile(rf"\s*(?:(?:the|this|said|that|such)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<word>{_SITTING})s?\s+"
                         r"(?:will|shall|is\s+to|is\s+scheduled\s+to)\s+(?:\w+\s+){0,2}?"
                         r"(?:begin|commence|start|take\s+place|be\s+held|convene)\s+(?:\w+\s+)?at\s*$", re.I)
_REACH = 600  # the sitting is set at most a few sentences before


def hour_of_it(candidates: list[Candidate], found: Mentions, sentences: list[Segment], text: str) -> None:
    """Give an untimed sitting the hour a following sentence states for it."""
    time_starts = [t.start for t in found.times]
    sittings = sorted((c for c in candidates if c.kind == "hearing" and not c.recital and c.date is not None),
                      key=lambda c: c.mention)
    at = [c.mention for c in sittings]
    for seg in sentences:
        if bisect_left(found.anything, seg.start) != bisect_left(found.anything, seg.end):
            continue  # the sentence has a date or period of its own
        times = found.times[bisect_left(time_starts, seg.start):bisect_left(time_starts, seg.end)]
        if not times or not (lead := _HOUR_OF_IT.match(text, seg.start, times[0].start)):
            continue
        word = lead.group("word").lower()
        window = sittings[bisect_left(at, seg.start - _REACH):bisect_left(at, seg.start)]
        earlier = [c for c in window if word in c.context.lower()]
        if len(earlier) == 1 and earlier[0].time is None:  # (one sitting it can mean, with no hour yet)
            sitting, when = earlier[0], times[0]
            sitting.time, sitting.zone = when.time, when.zone
            sitting.computation.append(f"Hour from the next sentence: '{' '.join(text[seg.start:when.end].split())}'.")
