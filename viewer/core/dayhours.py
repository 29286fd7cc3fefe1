"""A calendar's hours: a time alone on its line under a day's heading is a sitting that day at that hour.

Argument calendars and court notices list a day, then each hour's case under it:
"WEDNESDAY, JUNE 11, 2025 / 10 a.m. EDT / HODGE V. PAROLE BOARD ... / 11 a.m. EDT / SHACKLES V. ...", or a
session schedule "September 25, 2015 / University of Iowa College of Law / 10:30 a.m.". Each hour is its own
sitting; the day is the latest live date above it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from viewer.core.candidates import Candidate, Mentions
from viewer.core.classify import TENTATIVE_DAY
from viewer.core.match import DateMention, TimeMention
from viewer.core.titles import ARGUMENT_ROW, HEARING_ROW, clipped
from viewer.core.vocabulary import ROW_AFTER_HOUR

_REACH = 2000  # an hour's day heading stands at most a page above it
_HEADING_REACH = 160  # a session list's hour stands a line or two (the place) under its date
_ZONE_REST = re.compile(r"[ \t.]*(?:\(?[A-Z]{2,4}\)?|(?:Eastern|Central|Mountain|Pacific)(?:\s+\w+)?\s+Time)?[ \t.]*(?:\n|$)")
_DATE_LINE_REST = re.compile(r"[ \t,.]*(?:\n|$)")
_LINE_HEAD = re.compile(r"[ \t]*(?:[A-Za-z]+day,?[ \t]*)?")


def calendar_hours(candidates: list[Candidate], found: Mentions, text: str) -> list[Candidate]:
    """Give each hour alone on its line to the day above it; a day's second hour is another sitting."""
    _matter_hour(candidates, found, text)
    posted = _posted_day(candidates)
    live = sorted((c for c in candidates if c.written and not c.recital), key=lambda c: c.mention)
    at = [c.mention for c in live]
    date_starts = found.starts(found.dates)
    hours = [(t, _day_above(live, at, t)) for t in found.times if _alone(text, t)]
    rows = [day is not None and _session_row(text, day, t) for t, day in hours]
    listed = sum(rows) >= 2  # a session list has two rows or more
    added: list[Candidate] = []
    for (when, day), in_row in zip(hours, rows):
        row = in_row and listed
        # (an hour leading a case's row is that row's, whatever day heads the next lines)
        following = None if DOCKET_ROW.match(text, when.end) else _date_after(found, date_starts, when)
        if day is None or not (row or day.kind == "hearing" and following is None):
            continue  # ("10:00 a.m. / March 3, 2025": an hour over a date is that date's)
        for c in live if row and following is not None else ():
            if c.written is following and c.time == when.time:
                c.time = c.zone = None  # the next row's date took this row's hour as its own
        named = _row_name(text, when, day)
        if day.time is None:
            day.title = named or (day.title if day.kind == "hearing" else "Hearing")
            day.kind, day.time, day.zone = "hearing", when.time, when.zone
            day.computation.append(f"Hour from the calendar's line '{when.stated}' under the day.")
        elif day.time != when.time and all(c.time != when.time for c in added if c.written is day.written):
            line_end = text.find("\n", when.end)
            added.append(replace(day, title=named or day.title, start=text.rfind("\n", 0, when.start) + 1,
                                 end=len(text) if line_end < 0 else line_end, time=when.time, zone=when.zone,
                                 computation=[f"The day from the calendar's heading '{day.stated}'; the hour "
                                              f"from the line '{when.stated}' under it."],
                                 flags=list(day.flags), also=[], source_span=None))
    return added + posted


# A calendar row led by its hour (vocabulary.ROW_AFTER_HOUR). (Idaho's rows name the case first: "8:50 a.m.  Marrison v.
# St. Luke's RMC  #42625".)
DOCKET_ROW = re.compile(ROW_AFTER_HOUR)


def _alone(text: str, when: TimeMention) -> bool:
    """Whether the time stands alone on its line (a zone may follow it), or leads a calendar's row."""
    line_start = text.rfind("\n", 0, when.start) + 1
    return not text[line_start:when.start].strip() and bool(_ZONE_REST.match(text, when.end)
                                                              or DOCKET_ROW.match(text, when.end))


_LIMITS = re.compile(r"\([^()\n]{1,40}\)")


def _row_name(text: str, when: TimeMention, day: Candidate) -> str:
    """A docket row's case ("Oral argument: Kno-18-129 Earl Gammon et al. v. Robin E. Boggs"), or ""."""
    if not DOCKET_ROW.match(text, when.end):
        return ""
    line_end = text.find("\n", when.end)
    case = " ".join(_LIMITS.sub("", text[when.end:len(text) if line_end < 0 else line_end]).split())
    if not case:  # (the case on the next line, under the hour and its time limits)
        next_end = text.find("\n", line_end + 1)
        case = " ".join(text[line_end + 1:len(text) if next_end < 0 else next_end].split())
    return clipped(f"{ARGUMENT_ROW if 'argument' in day.title.lower() else HEARING_ROW}{case}")


def _date_after(found: Mentions, date_starts: list[int], when: TimeMention) -> DateMention | None:
    """The date closely following the hour, if any."""
    i = bisect_left(date_starts, when.end)
    return found.dates[i] if i < len(date_starts) and date_starts[i] - when.end <= 45 else None


def _day_above(live: list[Candidate], at: list[int], when: TimeMention) -> Candidate | None:
    i = bisect_left(at, when.start)
    if i == 0 or when.start - live[i - 1].mention > _REACH:
        return None
    return live[i - 1]


def _session_row(text: str, day: Candidate, when: TimeMention) -> bool:
    """A session list's row: the date alone on its line, the hour a line or two under it."""
    written = day.written
    if written is None or when.start - written.end > _HEADING_REACH:
        return False
    line_start = text.rfind("\n", 0, written.start) + 1
    return bool(_LINE_HEAD.fullmatch(text, line_start, written.start) and _DATE_LINE_REST.match(text, written.end))


# A tentative-rulings page lists the day's matters that go forward: "Tentative Rulings for November 15, 2018 ...
# 17CECG03259 Cano v. Kiwi Transportation, Inc. @ 3:00p.m. (Dept. 501)": the calendar's day sits at that hour.
_AT_SIGN = re.compile(r"@\s*$")


def _matter_hour(candidates: list[Candidate], found: Mentions, text: str) -> None:
    date_starts = found.starts(found.dates)
    for day in (c for c in candidates if c.title == TENTATIVE_DAY and c.time is None):
        next_date = bisect_left(date_starts, day.mention + 1)
        limit = min(day.mention + _REACH, date_starts[next_date] if next_date < len(date_starts) else len(text))
        hour = next((t for t in found.times if day.mention < t.start < limit
                     and _AT_SIGN.search(text, max(0, t.start - 3), t.start)), None)
        if hour is not None:
            day.time, day.zone = hour.time, hour.zone
            day.computation.append(f"Hour from the matter listed '@ {hour.stated}' on the day's calendar.")


def _posted_day(candidates: list[Candidate]) -> list[Candidate]:
    """A tentative-rulings page with no date of its own is dated by its day: the rulings are the court's that day."""
    if any(c.kind == "entry" and not c.recital for c in candidates):
        return []
    day = next((c for c in candidates if c.title == TENTATIVE_DAY and not c.recital), None)
    return [replace(day, kind="entry", title="Tentative rulings issued", time=None, zone=None, flags=list(day.flags),
                    also=[], computation=["The page's day: its tentative rulings become the court's rulings that day."])] \
        if day else []


# A tentative ruling carries no date of its own: it becomes the court's order at the hearing it was
# written for, the sitting its head or calendar line names ("Date: August 31, 2026 / Time: 8:30 A.M.").
# (Los Angeles heads its rulings "Case Number: ... Hearing Date: August 28, 2026 Dept: 224 ... FINAL RULING".)
# (or by the head alone: "Case Number: 23SMCV05675    Hearing Date: August 21, 2024    Dept: I" over the ruling)
_TENTATIVE = re.compile(r"\btentative\s+rulings?\b|(?:^|\n)\s*(?-i:FINAL RULING)\b|"
                        r"^\s*case\s+number:\s*\S+\s+hearing\s+date:", re.I)


def ruling_sitting(items: list[Candidate], head: str) -> Candidate | None:
    """The sitting a tentative ruling is for: it becomes the court's order there."""
    if not _TENTATIVE.search(head):
        return None
    # (the first one, under the court's boilerplate; a motion's hearing before the trial the ruling names: "Trial is set
    # for 9-9-19 ... near the time of the 8-13-19 hearing date on this motion")
    sittings = [o for o in items if o.kind == "hearing" and o.date and not o.recital and o.mention < 1500]
    return next((o for o in sittings if not o.title.lower().startswith("trial")), sittings[0] if sittings else None)
