"""The hour a date is set at: the time written right after it ("at 10 a.m."), right before it ("at 9:00 on"), in
the next sentence ("Counsel shall be present on that date at 8:30 a.m."), or later in its row ("... at 4:00 PM").
"""

from __future__ import annotations

import re

from viewer.core import match
from viewer.core.fastre import guarded
from viewer.core.rows import SUBJECT_TO_CALL
from viewer.core.vocabulary import COURT_CONVENES

_AT = re.compile(r"\bat\s*$", re.I)
# A row's sitting named between its date and its hour, then a dash: E.D. Tex.'s "December 2, 2024 *Pretrial Conference
# - 9:00 a.m. in Marshall, Texas" (the gap's pattern here; candidates reads the same words as the sitting's name).
SITTING_DASH = r"\*?(?-i:[A-Z])[\w']*(?:[ \t]+(?-i:[A-Z])[\w']*){0,3}[ \t]+[-\u2013\u2014][ \t]*"


def later_time(text: str, times: list[match.TimeMention], start: int, end: int) -> match.TimeMention | None:
    """The first time "at" a clock time in a row after its date ("...: HEARING regarding ... at 4:00 PM")."""
    return next((t for t in times if start < t.start <= end and _AT.search(text, max(0, t.start - 6), t.start)), None)


# (Texas writes the hour out, then the digits: "April 24, 2020, at ten o'clock am. (10:00 a.m.)".)
# ("Jury Trial set for 2/18/2025 to 2/24/2025 (5-days) at 8:30 a.m.": the trial's length between)
# (or in parentheses: "on or before January 12, 2018 (5:00 PM)")
_TIME_GAP = guarded(r"^[\s,;/|-]*\(?(?:\(\d{1,2}[\s-]days?\)\s*)?(?:to\s+be\s+(?:heard|held)\s+)?"
                    r"(?:to\s+be\s+conducted\s+(?:via|by|on)\s+[\w.-]+\s+)?"  # (Tax Court: "to be conducted via Zoomgov at")
                    rf"(?:{SITTING_DASH})?"  # (E.D. Tex.'s docket control row)
                    r"(?:(?:in\s+)?(?:Dept\.?|Department)\s+[\w.-]+\s+|in\s+(?:Room|Courtroom)\s+[\w.-]+\s+)?"
                    r"(?:at\s+the\s+hour\s+of|at|@|from|beginning\s+at|commencing\s+at|starting\s+at|(?-i:AM|PM)|time\s*:|"
                    rf"{COURT_CONVENES}|"
                    rf"{SUBJECT_TO_CALL}|"  # (Nebraska's call)
                    r"by|no\s+later\s+than|not\s+later\s+than)?[\s,;-]*"  # ("on or before December 17, 2010, by 5:00 p.m.")
                    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]\s?clock"
                    r"\s*(?:[ap]\.?\s?m\b\.?)?\s*\(?)?$", re.I)  # ("at twelve o'clock noon", "ten o'clock am. (10:00 a.m.)")
# ("JURY TRIAL SET FOR 9:00 AM on | March 3", "continued to 3:30 p.m. in Department 403 on November 27",
# "at 9:00 a.m. on the preceding Tuesday August 9", "due by noon: April 26, 2010", "9 a.m. • Monday, September 13")
_TIME_BEFORE_GAP = guarded(r"^:?[\s,]*(?:in\s+(?:Dept\.?|Department|Courtroom|Room)\s+[\w-]+\s*,?\s*)?"
                           # ("at 11:15 a.m. in the United States Courthouse in Worcester, Massachusetts, on September 29")
                           r"(?:in\s+the\s+(?-i:(?:[A-Z][\w.'-]*\s+){1,4}(?:Courthouse|Building|Court\s+House))"
                           r"(?:\s+in\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?))?"
                           r"\s*,?\s*)?"
                           # ("a 9:30 am trial call on Tuesday March 11, 2020": the sitting named between)
                           r"(?:(?:jury\s+|bench\s+)?(?:trial|calendar|docket)\s+call\s+(?=on\b))?(?:on|,)?[\s,|\u2022]*"
                           r"(?:the\s+(?:preceding|previous|following|next)\s+)?(?:\w+day,?\s*)?$", re.I)

# "... set trial in this matter for January 21, 2015. Counsel shall be present on that date at 8:30 a.m.": the next
# sentence gives the sitting its hour.
_THAT_DAY_AT = guarded(r"^\s*\.\s+(?:(?:all\s+)?counsel|(?:all\s+)?(?:the\s+)?parties|(?:the\s+)?(?:plaintiffs?|defendants?))"
                       r"(?:\s+and\s+(?:the\s+)?parties)?\s+(?:shall|must|should|will|are\s+to)\s+(?:be\s+present|appear|report)"
                       r"\s+(?:on\s+)?(?:that|said|the\s+same)\s+(?:date|day)\s+(?:at|by)\s*$", re.I)
# A closure notice's "on Wednesday, December 10th, all courthouses will open at 9:00 AM": that day's opening hour.
_OPENS_AT = guarded(r"^\s*,\s*(?:all\s+)?(?:the\s+)?(?:[\w.'\u2019]+\s+){0,3}?"
                    r"(?:courthouses?|courts?|offices?|clerk['\u2019]s\s+office)"
                    r"\s+(?:will|shall)\s+(?:re)?open\s+at\s*$", re.I)
NEXT_REACH = 110
_BEFORE_REACH = 90  # (the courthouse and its city stand between: the gap's pattern bounds it, not this)


def attached_time(text: str, date: match.DateMention,
                  times: list[match.TimeMention]) -> match.TimeMention | None:
    """The time written right after ("at 10 a.m.") or right before ("at 9:00 on") the date."""
    for when in times:
        if 0 <= when.start - date.end <= 45 and _TIME_GAP.match(text[date.end:when.start]):
            return when
    for when in times:
        if 0 < when.start - date.end <= NEXT_REACH and (_THAT_DAY_AT.match(text[date.end:when.start])
                                                         or _OPENS_AT.match(text[date.end:when.start])):
            return when
    # "either Wednesday, January 7, 2009, or Friday, January 9, 2009, at 9:30 a.m.": either day at that hour
    if alternative := _OR_DAY.match(text, date.end, date.end + 45):
        for when in times:
            if 0 <= when.start - alternative.end() <= 45 and _TIME_GAP.match(text[alternative.end():when.start]):
                return when
    for number, when in enumerate(times):
        if 0 <= date.start - when.end <= _BEFORE_REACH and _TIME_BEFORE_GAP.match(text[when.end:date.start]):
            start = times[number - 1] if number else None
            if start and 0 <= when.start - start.end <= 16 and _RANGE_TO.fullmatch(text, start.end, when.start):
                return start  # "in session from 6:30 p.m. to about 8 p.m. Monday, October 7": it starts at 6:30
            return when
    return None


_OR_DAY = re.compile(r"[ \t,]*or\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                     r"(?:(?-i:[A-Z])[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})", re.I)
_RANGE_TO = re.compile(r"\s*(?:to|until|-|\u2013)\s*(?:about\s+|approximately\s+)?", re.I)
