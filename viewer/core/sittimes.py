"""A sitting's hour stated in the next sentence: "The Board will hold a hearing on Thursday, February 24,
2011, to allow interested parties to comment. The hearing will take place at 9:30 a.m. in the Board's
hearing room." The second sentence names no date; its hour belongs to the sitting just set.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

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


# "In those matters designated for oral argument, counsel presenting oral argument must be present at 8:00 a.m.",
# "Any person intending to make comments must arrive at the courtroom and report to the Clerk by 8:50 a.m.": when to be
# there, before the sitting's own hour, on the sitting's day ("other"; but "Counsel should be present at 8:15 a.m." on
# a trial day is counsel's appearance, a "hearing").
_REPORT_BY = re.compile(r"\b(?:must|shall|should|are\s+to|is\s+to)\s+(?:[\w-]+\s+){0,3}?(?:be\s+present|report|arrive|"
                        r"check\s+in)\b[^.;]{0,80}?\b(?:at|by|no\s+later\s+than)\s*$", re.I)
_LOGISTICS = re.compile(r"\b(?:must|shall)\s+(?:[\w-]+\s+){0,3}?be\s+present\b|\b(?:report|arrive|check\s+in)\b|"
                        r"\bin\s+order\s+(?:for|to)\b", re.I)


def report_times(candidates: list[Candidate], found: Mentions, sentences: list[Segment], text: str) -> list[Candidate]:
    """When to arrive for a timed sitting set just before, as its own event on that day."""
    sittings = sorted((c for c in candidates if c.kind == "hearing" and not c.recital and c.date and c.time),
                      key=lambda c: c.mention)
    at = [c.mention for c in sittings]
    starts = [s.start for s in sentences]
    made: list[Candidate] = []
    for when in found.times if sittings else ():
        if not _REPORT_BY.search(text, max(0, when.start - 200), when.start):
            continue  # (cheap first: most hours are not when to arrive)
        seg = sentences[max(0, bisect_right(starts, when.start) - 1)]
        mentions_before = bisect_left(found.anything, when.start)
        lead = max(seg.start, found.anything[mentions_before - 1] if mentions_before else 0)
        if lead >= when.start or not _REPORT_BY.search(text, lead, when.start):
            continue
        window = sittings[bisect_left(at, when.start - _REACH):bisect_left(at, when.start)]
        if len({(c.date, c.time) for c in window}) != 1:
            continue  # (no sitting, or several it could mean)
        sitting = window[-1]
        if sitting.time is None or when.time >= sitting.time:
            continue  # (an hour at or after the sitting's is the sitting's own, not when to arrive)
        said = " ".join(text[lead:when.end].split()).lstrip(" ,:;")
        # (a rule to be there early or to check in is logistics; "Counsel should be present at 9:00 a.m. for pretrial
        # matters" on a trial day is an appearance before the judge)
        logistics = _LOGISTICS.search(text, lead, seg.end) is not None
        c = Candidate("other" if logistics else "hearing", "Arrive before the sitting" if logistics else
                      "Counsel to be present", seg.start, seg.end, when.start, said, seg.paragraph, confidence=0.7)
        c.date, c.time, c.zone = sitting.date, when.time, when.zone or sitting.zone
        c.computation.append(f"'{said}': on the day of the sitting set before it, {sitting.date}.")
        made.append(c)
    return made
