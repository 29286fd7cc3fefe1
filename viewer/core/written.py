"""Dates the court wrote: the order's own date, missing years, year slips, impossible days.

A date written in the order is taken as written; this step fills what the writing leaves out
(the year) and flags what cannot be right (before the order's own entry, February 30).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cached_property

from viewer.core import courtdays
from viewer.core.candidates import Candidate
from viewer.core.classify import COURT_ACTS
from viewer.core.contentwords import words
from viewer.core.courtdays import HolidayCalendar
from viewer.core.match import DateMention
from viewer.core.patterns import MONTH_ONLY
from viewer.core.resolve import WEEKDAYS, describe
from viewer.core.vocabulary import MONTHS


def entry_date(candidates: list[Candidate]) -> dt.date | None:
    """The order's own date: the earliest entry the order states (signing precedes docketing)."""
    # (An ECF header stamp or a reporter's caption line carries its date without a written mention.)
    entries = [c for c in candidates if c.kind == "entry" and not c.recital
               and (c.written.year if c.written else c.date) is not None]
    sure = [c for c in entries if c.confidence >= _SURE_ENTRY]  # "was docketed on" only when nothing better
    found = [c.written.date() if c.written else c.date for c in sure or entries]
    dates = [d for d in found if d is not None]
    return min(dates) if dates else None


_SURE_ENTRY = 0.8


def demote_weak_entries(candidates: list[Candidate], entry: dt.date | None) -> None:
    """A weak entry ("This appeal was docketed on ...") that is not the order's date is history."""
    for c in candidates:
        if c.kind == "entry" and c.confidence < _SURE_ENTRY and c.written and entry and c.written.date() != entry:
            c.kind, c.recital = "other", True


def date_written(candidates: list[Candidate], entry: dt.date | None,
                 calendar: HolidayCalendar, text: str = "") -> None:
    """Dates the court wrote: fill missing years, catch year typos, flag weekends and holidays."""
    context = _StatedDays(candidates, text)
    for c in candidates:
        if c.written is None:
            continue
        c.date = c.written.date()
        c.computation.append(f"Written in the order: '{' '.join(c.stated.split())}'")
        if c.written.date() is None:
            _impossible(c)
            continue
        if c.written.year is None:
            _infer_year(c, entry, context)
            _year_from_context(c, entry, context)
        elif entry and c.date and c.kind != "entry" and not c.recital and c.date < entry:
            _before_entry(c, entry, context)
        if c.written.year and c.kind != "entry" and not c.recital and "year-corrected" not in c.flags:
            _weekday_slip(c, context)
        if c.date and c.kind != "entry" and not c.recital:
            flags, words_ = courtdays.check_date_certain(c.date, calendar, label="")
            c.flags += [f for f in flags if f not in c.flags]
            if flags:
                c.computation.append(words_)


# A date without a year read forward from entry that lands this far ahead is doubtful: orders
# write the year for settings months away. In a narrative it is the year of the story.
_FAR_AHEAD = 180
_STORY_STEP = 120
_MONTH_REACH = 400  # how far back a "<Month> <year>" names the year of a later "<Month> <day>" (about two sentences)


# "shall be held in the year 2013", "Sessions ... for the Year 1997": the year a schedule is for.
_NAMED_YEAR = re.compile(r"\b(?:in|for|during)\s+the\s+(?:calendar\s+)?year\s+((?:19|20)\d\d)\b", re.I)


class _StatedDays:
    """The dates the order writes with their year, in text order, found once per order."""

    def __init__(self, candidates: list[Candidate], text: str = "") -> None:
        self.days = sorted(((c, d) for c in candidates if c.written and c.written.year and (d := c.written.date())),
                           key=lambda pair: pair[0].mention)
        self.mentions = [c.mention for c, _ in self.days]
        self.first: dict[tuple[int, int], tuple[Candidate, dt.date]] = {}
        for c, d in self.days:
            self.first.setdefault((d.month, d.day), (c, d))
        self._candidates = candidates
        self._text = text

    @cached_property
    def years(self) -> list[int]:
        """Every year the paper mentions, read only for a weekday-named date in a paper with no date of its own."""
        return sorted({int(y) for y in _YEAR.findall(self._text)})

    @cached_property
    def named(self) -> tuple[str, int] | None:
        """The one year the order names for its schedule ("in the year 2013"), read only when a date lacks a year."""
        contexts = {c.start: c.context for c in self._candidates}  # (each sentence once: many dates share one)
        named = {m.group(0): int(m.group(1)) for context in contexts.values() if "year" in context
                 for m in _NAMED_YEAR.finditer(context)}
        # (Only one: an order naming two years leaves each date to the usual reading.)
        return next(iter(named.items())) if len(set(named.values())) == 1 else None

    def month_year_before(self, c: Candidate) -> int | None:
        """The year of the same month named just before `c` without a day: "In August 1999, the court directed
        ... filed on the August 27 deadline" (read only for a date without a year)."""
        assert c.written is not None
        years = [int(m.group("year")) for m in MONTH_ONLY.finditer(self._text, max(0, c.mention - _MONTH_REACH), c.mention)
                 if MONTHS[m.group("month").lower()] == c.written.month]
        return years[-1] if years else None

    def told_before(self, c: Candidate) -> tuple[Candidate, dt.date] | None:
        """The last date with a year stated before `c` in its paragraph."""
        at = bisect_left(self.mentions, c.mention) - 1
        return self.days[at] if at >= 0 and self.days[at][0].paragraph == c.paragraph else None

    def told_after(self, c: Candidate) -> tuple[Candidate, dt.date] | None:
        """The first date with a year stated after `c` in its paragraph."""
        at = bisect_left(self.mentions, c.mention)
        return self.days[at] if at < len(self.days) and self.days[at][0].paragraph == c.paragraph else None


def _year_from_context(c: Candidate, entry: dt.date | None, context: _StatedDays) -> None:
    """Take the year from the order's own words when they give it: the same day stated with its
    year ("October 20, 1998 ... on October 20"), or, far ahead of entry, the dated story just before."""
    written = c.written
    assert written is not None
    same = context.first.get((written.month, written.day))
    story = context.told_before(c)
    day: dt.date | None = None
    month_year = context.month_year_before(c) if same is None else None
    if same is not None:
        day, why = same[1], f"the same day the order states with its year ('{same[0].stated}')"
    elif month_year is not None and written.date(month_year):
        day, why = written.date(month_year), f"the year of the month named just before it ({month_year})"
    elif context.named and entry and context.named[1] > entry.year and written.date(context.named[1]):
        # "the sessions ... shall be held in the year 2013 as follows: ... March 4th": an order made in 2011
        day, why = written.date(context.named[1]), f"the year the order names ('{context.named[0]}')"
    elif entry and c.date and (c.date - entry).days > _FAR_AHEAD and story:
        told, last = story
        day = written.date(last.year)
        day = written.date(last.year + 1) if day and day < last else day
        if day is None or (day - last).days > _STORY_STEP or day >= entry:
            return
        why = f"the year of the events told just before it ('{told.stated}')"
    elif entry is None and c.date is None and story and (after := context.told_after(c)):
        # An order with no date of its own telling a story: "filed March 12, 2013. The record was completed
        # on August 26 ... on or before January 2, 2014" is the August 26 between the dated events around it.
        # (With a dated event on one side only, the year stays open: a nearest-year guess misread OCR'd
        # and struck-through dates.)
        day = _between(written, story[1], after[1])
        why = f"the year of the dated events told around it ('{story[0].stated}', '{after[0].stated}')"
    if day is None:
        return
    c.date = day
    c.computation[-1] = f"The order gives no year ('{written.stated}'); read as {describe(day)}, {why}."
    c.flags = ["year-inferred" if f == "year-missing" else f for f in c.flags]
    if entry and day < entry and c.kind != "entry":
        c.recital = True  # a day already past when the order was made: background


def _between(written: DateMention, before: dt.date, after: dt.date) -> dt.date | None:
    """The first day `written` names on or after `before` and on or before `after`, if any."""
    day = written.date(before.year)
    day = written.date(before.year + 1) if day and day < before else day
    return day if day and day <= after else None


def _impossible(c: Candidate) -> None:
    c.date = None
    c.flags += ["impossible-date", "needs-review"]
    c.confidence = 0.3
    c.computation.append(f"'{c.written.stated if c.written else c.stated}' is not a real date; "
                         "confirm with chambers.")


_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
_WEEKDAY_STEMS = [w[:3].lower() for w in WEEKDAYS]
_WEEKDAY_NAMED = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b", re.I)


def _year_by_weekday(c: Candidate, context: _StatedDays) -> int | None:
    """The one year among those the paper mentions in which the written day falls on its written weekday."""
    assert c.written is not None
    named = _WEEKDAY_NAMED.match(c.written.stated.strip())
    if named is None:
        return None
    weekday = _WEEKDAY_STEMS.index(named.group(1)[:3].lower())
    fits = [y for y in context.years if (day := c.written.date(y)) is not None and day.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _weekday_slip(c: Candidate, context: _StatedDays) -> None:
    """"Thursday, June 20, 2012" when June 20, 2012 was a Wednesday: the year is the slip when the order states the
    same day in a year where the weekday fits (the docket text's "June 20, 2013"); otherwise ask."""
    assert c.written is not None
    named = _WEEKDAY_NAMED.match(c.written.stated.strip())
    if named is None or c.date is None:
        return
    weekday = _WEEKDAY_STEMS.index(named.group(1)[:3].lower())
    if c.date.weekday() == weekday:
        return
    for year in (c.date.year + 1, c.date.year - 1):
        fixed = c.written.date(year)
        if fixed and fixed.weekday() == weekday and any(d == fixed and other is not c for other, d in context.days):
            c.computation.append(f"Order says {c.date.isoformat()}, a {WEEKDAYS[c.date.weekday()]}, but names a "
                                 f"{WEEKDAYS[weekday]}; it also states {describe(fixed)}: read as that. "
                                 "Confirm with chambers.")
            c.date = fixed
            c.flags += ["year-corrected", "needs-review"]
            c.confidence = min(c.confidence, 0.7)
            return
    c.flags += [f for f in ("weekday-mismatch", "needs-review") if f not in c.flags]
    c.computation.append(f"The order names a {WEEKDAYS[weekday]}, but {c.date.isoformat()} is a "
                         f"{WEEKDAYS[c.date.weekday()]}: one of the two is a slip. Confirm with chambers.")


def _infer_year(c: Candidate, entry: dt.date | None, context: _StatedDays | None = None) -> None:
    """A date without a year takes the first year on or after the order's entry (with no entry, a written weekday's
    year: "Wednesday, June 7" in the one year the notice mentions where it fits)."""
    assert c.written is not None
    base = entry.year if entry else None
    fitted = _year_by_weekday(c, context) if base is None and context else None
    day = c.written.date(fitted) if fitted is not None else None
    if day is not None:
        c.date = day
        c.flags += ["year-inferred", "needs-review"]
        c.confidence = min(c.confidence, 0.7)
        c.computation.append(f"The order gives no year ('{c.written.stated}') and no date of its own; read as "
                             f"{describe(day)}, the one year it mentions ({fitted}) in which the weekday fits.")
        return
    if base is None:
        c.date = None
        c.flags += ["year-missing", "needs-review"]
        c.computation.append("The order gives no year and none could be inferred.")
        return
    day = c.written.date(base)
    if day and entry and day < entry and c.kind != "entry" and not c.recital:
        day = c.written.date(base + 1)
    c.date = day
    c.flags += ["year-inferred"]
    c.confidence = min(c.confidence, 0.8)
    if day:
        c.computation.append(f"The order gives no year ('{c.written.stated}'); read as {describe(day)}, "
                             f"the first such date on or after the order's entry ({entry}).")


def _restated_later(c: Candidate, entry: dt.date, context: _StatedDays) -> bool:
    """Whether the order sets the same month and day a year later elsewhere: a docket text's "Discovery due by
    5/31/2018" in an order signed 6/7/2018 whose body says "Discovery shall close on: May 31, 2019"."""
    assert c.date is not None
    if c.kind == "hearing" or c.title.endswith("(former setting)"):  # a sitting before the order is history
        return False
    return any(d.year == c.date.year + 1 and (d.month, d.day) == (c.date.month, c.date.day) and d >= entry
               and other is not c and not other.recital and other.kind != "entry"
               and bool(words(other.title) & words(c.title)) for other, d in context.days)


def _before_entry(c: Candidate, entry: dt.date, context: _StatedDays) -> None:
    """A scheduled date before the order itself is a typo; the January year slip is the classic."""
    assert c.date is not None and c.written is not None
    fixed = c.written.date(c.date.year + 1)
    # Only the year-rollover slip is corrected: the fixed date must fall soon after entry (within
    # about four months; "extended ... until March 21, 2011" in an October 2011 order is history).
    # The slip happens around New Year: a December order setting a January date writes the old year,
    # or a January order does. ("April 1, 2018" restated in a February 2019 schedule is history.)
    new_year = fixed is not None and (fixed.year > entry.year or (entry.month <= 2 and fixed.month <= 3))
    if fixed and (new_year and fixed >= entry and (fixed - entry).days <= 120 or _restated_later(c, entry, context)):
        _read_as(c, fixed, entry, "", 0.7)
        return
    # A setting some earlier event vacated ("was canceled") is history; one this order vacates is not.
    former = c.title.endswith("(former setting)") and bool(re.search(
        r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:vacated|cancel+ed|continued|stricken|reset)", c.context, re.I))
    if c.title.endswith("(former setting)") and not former:
        return  # "the deadline ... is extended from 9/10/2018 to 10/10/2018": this order moves it
    if former or not re.search(rf"\b(?:shall|must|will|due(?!\s+to\b|\s+dates?\b)|ordered|{COURT_ACTS}|"
                               r"(?:is|are)\s+(?:hereby\s+)?(?:re)?(?:set|scheduled))\b", c.context, re.I):
        c.recital = True  # a date before the order itself, with no duty attached: background
        return
    stale = _stale_year(c, entry, context)
    if stale:
        _read_as(c, stale, entry, f", among settings it makes in {entry.year}", 0.6)
        return
    c.flags += ["before-entry", "needs-review"]
    c.confidence = 0.5
    c.computation.append(f"Order says {c.date.isoformat()}, before its own entry ({entry.isoformat()}); "
                         "confirm with chambers.")


def _read_as(c: Candidate, fixed: dt.date, entry: dt.date, why: str, confidence: float) -> None:
    """Correct a slipped year, saying what the order wrote and why it is read otherwise."""
    assert c.date is not None
    c.computation.append(f"Order says {c.date.isoformat()}, {(entry - c.date).days} days before its own entry "
                         f"({entry.isoformat()}){why}; read as {fixed.isoformat()} (a {WEEKDAYS[fixed.weekday()]}). "
                         "Confirm with chambers.")
    c.date = fixed
    c.flags += ["year-corrected", "needs-review"]
    c.confidence = confidence


def _stale_year(c: Candidate, entry: dt.date, context: _StatedDays) -> dt.date | None:
    """An old year left in a form ("No later than June 26, 2015, the parties SHALL exchange exhibit lists" in an order
    filed June 19, 2017 that sets June 30 and July 7, 2017): the day in the entry's year, when it falls after the entry
    and before a later setting the order makes that year (or, for last year's day, within a month of entry)."""
    assert c.date is not None and c.written is not None
    # (Last year's date in an amended schedule is usually a past deadline restated, "disclosures ... shall be completed on
    # or before April 1, 2018" in a February 2019 order: one year back counts only when the day falls within a month
    # of entry, "Plaintiffs shall file their Second Amended Complaint by July 7, 2013" in an order of July 2, 2014.)
    if c.kind == "hearing":  # (a sitting dated before the order is history: "On October 20, 2023, Plaintiff filed")
        return None
    fixed = c.written.date(entry.year) if c.date.year < entry.year else None
    if fixed is None or fixed < entry or (c.date.year == entry.year - 1 and (fixed - entry).days > 31):
        return None
    if c.date.year == entry.year - 1:
        return fixed
    later = any(d > fixed and d.year == entry.year and other is not c and other.kind != "entry"
                for other, d in context.days)
    return fixed if later else None
