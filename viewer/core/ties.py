"""A period and a written date in one sentence that belong together.

"60 calendar days after 5/24/2021": the period counts from the date it names. "within two weeks
of Plaintiffs' motion, on or before August 25, 2011": the court did the count and wrote the date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from viewer.core import match

if TYPE_CHECKING:
    from viewer.core.candidates import Candidate

# "no later than 60 calendar days after 5/24/2021": the period counts from the date it names
# ("... after the June 1, 2021 hearing": from that hearing, which stays an event of its own).
_COUNTS_FROM = re.compile(r"\b(?:after|following|from|of|before|prior\s+to|preceding|since|subsequent\s+to)\s+"
                          # ("within ten (10) days of completion of their June 4, 2014, settlement conference")
                          r"(?P<the>(?:(?:the\s+)?(?:completion|conclusion|end)\s+of\s+)?(?:the|their|its)\s+)?$", re.I)


def names_date(text: str, rel: match.RelativeMention, in_dates: bytearray) -> bool:
    """Whether the period counts from a date written right after its direction word
    (not "a 90-day extension of the November 15, 2021 deadline": that names no count)."""
    first = in_dates.find(1, rel.start, rel.end)
    return first != -1 and bool(_UNIT_THEN_DATE.search(text, rel.start, first))


_UNIT_THEN_DATE = re.compile(r"(?:days?|weeks?|months?|years?|hours?)\)?\s+" + _COUNTS_FROM.pattern, re.I)


# "5 days before the hearing on October 24, 2025": the anchor is the hearing, whose date follows it.
_EVENT_THEN_DATE = re.compile(r"[a-z]\w*,?\s+(?:(?:currently\s+|presently\s+)?(?:set|scheduled)\s+(?:for|on)|"
                              r"(?:to\s+be\s+)?held\s+on|on|of)\s*$", re.I)


def before_its_date(text: str, rel: match.RelativeMention, in_dates: bytearray) -> match.RelativeMention | None:
    """The period cut back to its anchor event when the event's own date follows the event's name."""
    first = in_dates.find(1, rel.start, rel.end)
    words_end = text.rfind(" ", rel.start, first)
    tail = _EVENT_THEN_DATE.search(text, max(rel.start, first - 40), first)
    if first == -1 or tail is None or words_end <= rel.start:
        return None
    anchor_at = rel.start + rel.stated.find(rel.anchor) if rel.anchor in rel.stated else -1
    end = tail.start() + len(tail.group(0).split(None, 1)[0].rstrip(","))
    if anchor_at == -1 or end <= anchor_at:
        return None
    return match.RelativeMention(rel.start, end, text[rel.start:end], rel.amount, rel.unit, rel.direction,
                                 text[anchor_at:end], clause_end=anchor_at)


def settle(text: str, dated: list[Candidate], counted: list[Candidate]) -> list[Candidate]:
    """The sentence's periods tied to its dates and to each other; those the court also dated are dropped."""
    stated_anchors(text, dated, counted)
    _alternatives(text, counted)
    return dated_by_court(text, dated, counted)


# "shall be perfected within 60 days after the receipt ... of the transcripts, and the appellant shall notify this
# Court ..., or, if there are no minutes of proceedings to be transcribed, within 60 days of the date of this
# scheduling order": the later period is the same duty's other deadline, whatever words stand between.
_OR_IF = re.compile(r",?\s+or,?\s+if\s+[^,;.]{3,120},\s*$", re.I)


def _alternatives(text: str, counted: list[Candidate]) -> None:
    for first, second in zip(counted, counted[1:]):
        assert first.relative is not None and second.relative is not None
        if _OR_IF.search(text, max(first.relative.end, second.relative.start - 160), second.relative.start):
            second.kind, second.title = first.kind, first.title


def stated_anchors(text: str, dated: list[Candidate], counted: list[Candidate]) -> None:
    """Tie a period to the date its anchor names; that date is then a starting point, not an event."""
    for period in counted:
        rel = period.relative
        assert rel is not None
        for day in dated:
            lead = _COUNTS_FROM.search(text, rel.start, day.mention) if rel.start < day.mention <= rel.end else None
            if lead:
                if not lead.group("the"):  # a bare date is where the count starts, not an event
                    day.kind, day.title, day.recital = "other", "Stated date", True
                period.anchor = day
                break


# "file their response within two weeks of Plaintiffs' motion, on or before August 25, 2011": the
# court did the count and wrote the date.
# ("within 30 days (or by April 7, 2025)" is restate.py's: it checks the count against the date.)
_THE_DATE_FOLLOWS = re.compile(r"[\s,;]*(?:i\.e\.,?|that\s+is,?)?\s*(?:on\s+or\s+before|by|no\s+later\s+than|"
                               r"not\s+later\s+than|until)?\s*$", re.I)


# "Seven days before the hearing, on Wednesday, April 26, 2006, plaintiff shall file": the court's own count (not a
# sitting's day: "5 days before the hearing, on October 24, 2025 at 10 a.m." dates the hearing)
_ON_THE_DATE = re.compile(r"\s*,\s*on\s+")
_PERIOD_IN_PARENS = re.compile(r"\s*\(\s*")
_LONGEST_DATE = 80  # "Thursday, the twenty-second day of December, 2024" and its spaces


def dated_by_court(text: str, dated: list[Candidate], counted: list[Candidate]) -> list[Candidate]:
    """Periods the order also states as a date right after them: the date is the duty (one event)."""
    kept = []
    at = [d.mention for d in dated]  # (in text order: only the dates near a period are looked at)
    for period in counted:
        rel = period.relative
        assert rel is not None
        after = dated[bisect_left(at, rel.end):bisect_right(at, rel.end + 40)]
        before = dated[bisect_left(at, rel.start - _LONGEST_DATE):bisect_right(at, rel.start)]
        day = next((d for d in after if not d.recital
                    and (_THE_DATE_FOLLOWS.fullmatch(text, rel.end, d.mention)
                         or d.kind != "hearing" and _ON_THE_DATE.fullmatch(text, rel.end, d.mention))), None) or next(
            (d for d in before if d.written and 0 <= rel.start - d.written.end <= 4 and not d.recital
             and _PERIOD_IN_PARENS.fullmatch(text, d.written.end, rel.start)), None)  # "December 8, 2011 (seven days before the hearing)"
        if day is None or period.recital:
            kept.append(period)
            continue
        if day.kind in ("other", "entry") or day.confidence < period.confidence:
            day.kind, day.title = period.kind, period.title
        day.also.append(period.stated)
    return kept
