"""Find mentions in cleaned text: dates, times with zones, and relative periods.

Mentions are raw findings with spans; deciding what they mean (kind, anchor, year) is the job
of classify and resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from viewer.core import patterns as p
from viewer.core.anchors import trim_anchor
from viewer.core.fastre import (Folded, at_places, covered, lowered, mask, places, search_in, windows, windows_at,
                                word_start)
from viewer.core.vocabulary import MONTHS, ORDINAL_WORDS, UNITS, ZONES, expand_year, number_value


@dataclass(frozen=True)
class DateMention:
    """A calendar date as written; `year` is None when the order left it out."""

    start: int
    end: int
    stated: str
    year: int | None
    month: int
    day: int
    form: str
    last_day: int | None = None  # ranges: "September 17 through 28, 2018"
    listed: tuple[int, int] | None = None  # a day of "March 3, 10 and 17, 2025": the whole list's span

    def date(self, year: int | None = None) -> dt.date | None:
        """The date in `year` (or its own), None when impossible (e.g. February 30)."""
        try:
            return dt.date(year or self.year or 1, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class TimeMention:
    """A time of day, with the zone the order stated next to it, if any."""

    start: int
    end: int
    stated: str
    time: dt.time
    zone: str | None


@dataclass(frozen=True)
class RelativeMention:
    """A period counted from an anchor: "two (2) days prior to the hearing"."""

    start: int
    end: int
    stated: str
    amount: int
    unit: str
    direction: str  # "before" | "after"
    anchor: str     # the anchor phrase as written
    # Where the period's own words end when its anchor is an event dated right after it
    # ("5 days before | the hearing on October 24"): that date's clause starts there.
    clause_end: int | None = None


PREVIOUS = "the deadline before it"  # "14 days thereafter"
THIS_ORDER = "entry of this order (no other anchor stated)"  # "within 14 days"
PREVIOUS_NEAR = "the date stated just before it"  # "35 days in advance"
# A same-day link that names the day of a sitting: "on the day of sentencing", "on the first day of trial".
ON_THE_DAY = re.compile(r"on\s+the\s+(?:same\s+|first\s+)?day\b", re.I)


@dataclass(frozen=True)
class MonthMention:
    """A month-only setting: "the March 2018 trial term"."""

    start: int
    end: int
    stated: str


_HEAD = 400  # (a case-law site's citation line opens the page)


def _cited_head(text: str, at: int) -> bool:
    """Whether the parenthesis at `at` is the page's own citation line: "No. 12-cr-00106-MSK (D. Colo. Mar. 16, 2012)"."""
    line, end = text.rfind("\n", 0, at) + 1, text.find(")", at)
    return bool(p.CITED_LINE.fullmatch(text, line, at)) and text[end + 1:end + 2] in ("", "\n", "\r")


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans where numbers are statutes, citations, case or docket numbers, money or phones."""
    spans = [(m.start(), m.end()) for m in p.NOT_DATES.finditer(text)
             if not (text[m.start()] == "(" and m.start() < _HEAD and _cited_head(text, m.start()))]
    spans += [(m.start(), m.end()) for m in p.NOT_DATES_WORDS.finditer(text)]
    return sorted(spans)


# Cheap triggers: the full patterns only run in windows around these (Python's re scans every
# position of the text for each alternation, which is the bulk of extraction time otherwise).
_MONTH_TRIGGER = Folded(word_start(*"jan feb mar apr may jun jul aug sep oct nov dec".split()) + r"[a-z]*\b")
_UNITS = ("day", "week", "month", "hour", "year")
_PERIOD_TRIGGER = Folded(word_start(*_UNITS) + r"s?\b", starts=_UNITS)
_SPACED_SLASH = Folded(r" /|/ ", starts=(" /", "/ "))
_LINK_TRIGGER = Folded(r"prior|advance|along|together|simultaneous|concurrent|same\s+time|time\s+of|"
                       r"day\s+(?:immediately\s+)?(?:of|before|prior|preceding|after|following)|between|"
                       r"later\s+than|or\s+before",
                       starts=("prior", "advance", "along", "together", "simultaneous", "concurrent", "same", "time",
                               "day", "between", "later", "or"))


# A month name is part of a date only with a number after it ("May 5", "March 2018") or a day
# before it ("5th of May", "the fifth day of May"): "may" the verb is neither.
_NUMBER_AFTER = re.compile(r"\.?\s+\d")
_DAY_BEFORE = re.compile(r"(?:\d|st|nd|rd|th|day)\s+(?:of\s+)?$", re.I)
_WEEKDAY_BEFORE = re.compile(p.WEEKDAY + "$", re.I)


@lru_cache(maxsize=2)
def month_hits(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Month names that could lead a date (their starts) or end one (their spans)."""
    leading, ending = [], []
    for hit in _MONTH_TRIGGER.finditer(text):
        if _NUMBER_AFTER.match(text, hit.end()):
            leading.append(hit.start())
        if _DAY_BEFORE.search(text, max(0, hit.start() - 30), hit.start()):
            ending.append(hit.span())
    return tuple(leading), tuple(ending)


def led_by_month(pattern: re.Pattern[str], text: str, starts: tuple[int, ...]) -> list[re.Match[str]]:
    """Matches of a pattern that starts at a month name, or at a weekday just before it."""
    found = []
    for at in starts:
        weekday = _WEEKDAY_BEFORE.search(text, max(0, at - 24), at)
        for start in ((weekday.start(), at) if weekday else (at,)):
            if (m := pattern.match(text, start)) is not None:
                found.append(m)
                break
    return found


# The numeric forms' separator stands 1-2 characters after the month ("1/10/25", "06-14-2022"), the
# ISO form's 4 after the year (a dotted one's before the month's 0 or 1); a clerk's stamp follows "FILED " (its look-behind).
_SEPARATED: dict[str, Callable[[str], list[int]]] = {
    "numeric": lambda text: places(text, "/", (1, 2)) + places(text, "-", (1, 2)),
    "numeric-range": lambda text: places(text, "/", (1, 2)),
    "iso": lambda text: places(text, "-", (4,)) + places(text, ".0", (4,)) + places(text, ".1", (4,)),
    "day-mon-year": lambda text: places(text, "-", (1, 2)),
    "stamp": lambda text: places(text, "FILED", (-6,)),
}


def find_dates(text: str, blocked: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Every date in `text`, longest form first where forms overlap."""
    blocked = blocked_spans(text) if blocked is None else blocked
    found: list[DateMention] = []
    taken = mask(len(text), blocked)
    leading, ending = month_hits(text)
    ended = windows_at(text, ending, 40, 45)  # "the 20th day of December": starts up to 40 before
    for form, pattern in p.DATE_FORMS:
        if form in ("day-list", "range", "range-months", "month-day"):
            found_here: Iterable[re.Match[str]] = led_by_month(pattern, text, leading)
        elif form in ("day-of", "day-month"):
            found_here = search_in(pattern, text, ended)
        elif form == "numeric-spaced":  # only where a slash has a space beside it
            found_here = search_in(pattern, text, windows(text, _SPACED_SLASH, 8, 8))
        elif form in _SEPARATED:  # tried only where their separator stands, not at every digit
            found_here = at_places(pattern, text, _SEPARATED[form](text))
        else:
            found_here = pattern.finditer(text)
        for match in found_here:
            if covered(taken, match.start(), match.end()):
                continue
            mentions = mentions_of(form, match)
            if mentions:
                found.extend(mentions)
                taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    return sorted(found, key=lambda m: m.start)


def _date_from(form: str, match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    if form in ("numeric", "numeric-range", "numeric-spaced", "iso"):
        if groups.get("sep") == "-" and len(groups["m"]) == 2 and len(groups["d"]) == 1 and len(groups["y"]) == 2:
            return None  # a district's number, "magisterial districts 03-2-03, 03-2-07": a date pads both or neither
        month, day, year = int(groups["m"]), int(groups["d"]), int(groups["y"])
        year = expand_year(year)
        stated_year: int | None = year
    else:
        month = MONTHS[groups["month"].lower()]
        ordinal = groups.get("ordinal")
        day = ORDINAL_WORDS[ordinal.lower()] if ordinal else int(groups.get("day") or groups["day_sp"])  # ("22 nd day")
        stated_year = int(groups["year"]) if groups.get("year") else None
        stated_year = expand_year(stated_year) if form == "stamp" and stated_year else stated_year
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    last = int(groups["day2"]) if groups.get("day2") else None
    return DateMention(match.start(), match.end(), match.group(0), stated_year, month, day, form, last)


def mentions_of(form: str, found: re.Match[str]) -> list[DateMention]:
    """The dates one match of a date form writes: one, or each day of a list; none if any is impossible."""
    mentions = _listed_days(found) if form == "day-list" else [_date_from(form, found)]
    return [m for m in mentions if m is not None] if None not in mentions else []


_DAY_NUMBER = re.compile(r"[0-3]?\d")
_JOINED = re.compile(r"\b(?:and|or)\b|&")


def _listed_days(found: re.Match[str]) -> list[DateMention | None]:
    """Each day of "March 3, 10 and 17, 2025", sharing the month and year; none unless "and"/"or"
    or a comma and the year join them ("May 6, 8 people" is one date and a number)."""
    text, more, span = found.string, found.group("more"), found.span()
    year_after_comma = found.group("year") and "," in text[found.end("more"):found.start("year")]
    first = _date_from("month-day", found) if more and (_JOINED.search(more) or year_after_comma) else None
    if first is None:  # (not a pleading paper's line number: "March 12,\n3\n2015", "May 6, 8 2020")
        return []
    days = list(_DAY_NUMBER.finditer(text, *found.span("more")))
    listed: list[DateMention | None] = [replace(first, end=found.start("more"), listed=span,
                                                stated=text[found.start():found.start("more")])]
    for number, day in enumerate(days):
        end = found.end() if number == len(days) - 1 else day.end()  # (the last day carries the year)
        listed.append(replace(first, start=day.start(), end=end, stated=text[day.start():end], day=int(day.group(0)),
                              listed=span) if 1 <= int(day.group(0)) <= 31 else None)
    return listed


def find_times(text: str) -> list[TimeMention]:
    """Every time of day, with its stated zone."""
    found = []
    for match in _time_matches(text):
        value = _time_from(match)
        if value is not None:
            zone = match.group("zone")
            found.append(TimeMention(match.start(), match.end(), match.group(0).strip(), value,
                                     ZONES[zone.lower()] if zone else None))
    return found


def _time_matches(text: str) -> list[re.Match[str]]:
    """What TIME.finditer gives, found faster: digit times by scan, "noon"/"midnight" by search."""
    low = lowered(text) if len(text) >= 256 else text.lower()
    if low is None or len(low) != len(text):  # lower-casing moved offsets: scan the plain way
        return list(p.TIME.finditer(text))
    matches = list(p.TIME_DIGITS.finditer(text))
    for word in ("noon", "midnight"):
        at = low.find(word)
        while at != -1:
            if (m := p.TIME.match(text, at)) is not None:
                matches.append(m)
            at = low.find(word, at + 1)
    return sorted(matches, key=lambda m: m.start())


def _time_from(match: re.Match[str]) -> dt.time | None:
    word = (match.group("word") or "").lower()
    if word:
        return dt.time(12, 0) if word == "noon" else dt.time(23, 59)
    if match.group("h24"):
        hour = int(match.group("h24"))
        # "RECEIVED by 3:00 the day before": courts do not sit or take papers at 3 a.m.; a bare
        # 1:00-6:59 is the afternoon ("03:00", with its zero, is a 24-hour time and stays).
        afternoon = 1 <= hour <= 6 and not match.group("h24").startswith("0")
        return dt.time(hour + (12 if afternoon else 0), int(match.group("m24")))
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if not 1 <= hour <= 12:
        return None
    pm = match.group("ampm").lower().startswith("p")
    return dt.time(hour % 12 + (12 if pm else 0), minute)


# ("not more than 60 days nor less than 30 days before the hearing": "nor less than" is "at least", a deadline)
_FEWER_THAN = re.compile(r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnor\s)\b(?:fewer|less)\s+than\s*$", re.I)


def _periods(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[re.Match[str], tuple[str, int]]]:
    """p.RELATIVE's matches with their trimmed anchors, each search resumed where the last anchor ends: the words a
    match ran on past its anchor may hold the next count ("within 20 days of the date of this order, and shall
    certify the delivery date within 30 days of the date of this order")."""
    for start, end in spans:
        pos = start
        while (match := p.RELATIVE.search(text, pos, end)) is not None:
            anchor = match.group("anchor")
            trimmed = trim_anchor(anchor, match.start("anchor")) if anchor else ("", match.end())
            yield match, trimmed
            pos = max(match.start() + 1, trimmed[1])


def find_relatives(text: str) -> list[RelativeMention]:
    """Counted periods ("14 days after service") and same-time links ("along with the X")."""
    found = []
    leaves: list[tuple[int, int]] = []
    spans = windows(text, _PERIOD_TRIGGER, 80, 110)
    for match, trimmed in _periods(text, spans):
        amount = _amount(match)
        if amount is None or match.group("between") and text[match.start("unit") - 1] == "-":
            continue  # "a four-month stay of this litigation": a length, not a count from it
        if _FEWER_THAN.search(text, max(0, match.start() - 16), match.start()):
            leaves.append((match.start(), match.end()))  # "may permit the opposition to be filed fewer than
            continue  # seven days before": a leave, no deadline (nor a same-day link inside it)
        unit = UNITS[re.sub(r"\s+", " ", match.group("unit").lower())]
        direction = _direction(match.group("direction"), _readying(match, amount, unit))
        start = match.start("lead") if match.group("lead") else match.start("word") \
            if match.group("word") else match.start("digits")
        anchor, end = trimmed
        found.append(RelativeMention(start, end, text[start:end], amount, unit, direction, anchor))
    counted = mask(len(text), [(r.start, r.end) for r in found] + leaves)
    low = lowered(text) or text.lower()
    for pattern, anchor, needs in ((p.THEREAFTER, PREVIOUS, ("thereafter", "later", "after")),
                                   (p.IN_ADVANCE, PREVIOUS_NEAR, ("advance",)),
                                   (p.STAY, THIS_ORDER, ("stay", "abate", "remand", "hold", "adjourn")),
                                   (p.WITHIN_WHICH, THIS_ORDER, ("which",)),
                                   (p.HAVE_DAYS_TO, THIS_ORDER, ("have", "has", "granted", "given", "allowed")),
                                   (p.HAVE_DAYS_WILL, THIS_ORDER, ("will have",)), (p.IMPLICIT, THIS_ORDER, ()),
                                   (p.DAY_DEADLINE, THIS_ORDER, ("deadline",))):
        if needs and not any(word in low for word in needs):
            continue  # the pattern's own word is nowhere in the order: nothing to scan for
        for match in search_in(pattern, text, spans):
            amount = _amount(match)
            if amount is None or covered(counted, match.start(), match.end()) or (
                    pattern is p.DAY_DEADLINE and any(r.amount == amount for r in found)):
                continue  # (a caption's "THREE DAY DEADLINE" names the body's "within three (3) days")
            unit = UNITS[re.sub(r"\s+", " ", match.group("unit").lower())]
            start = match.start("lead") if match.group("lead") else match.start()
            direction = "before" if anchor == PREVIOUS_NEAR else "after"
            found.append(RelativeMention(start, match.end(), text[start:match.end()], amount, unit,
                                         direction, anchor))
            counted[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    for match in p.SAME_DATE.finditer(text) if "same d" in low or " that d" in low or "said d" in low or "such d" in low else ():
        if not covered(counted, match.start(), match.end()):
            found.append(RelativeMention(match.start(), match.end(), text[match.start():match.end()], 0, "days",
                                         "after", PREVIOUS))
    for match in p.SAME_PERIOD.finditer(text):
        if not covered(counted, match.start(), match.end()):
            found.append(RelativeMention(match.start(), match.end(), text[match.start():match.end()], 0, "days",
                                         "after", PREVIOUS))
    links = windows(text, _LINK_TRIGGER, 30, 90)
    for match in search_in(p.DAY_NEXT_TO, text, links):
        if counted[match.start()]:
            continue
        anchor, end = trim_anchor(match.group("anchor"), match.start("anchor"))
        found.append(RelativeMention(match.start(), end, text[match.start():end], 1,
                                     "court_days" if match.group("court") else "days",
                                     _direction(match.group("direction")), anchor))
        counted[match.start():end] = b"\x01" * (end - match.start())
    if "today" in low or "tomorrow" in low:  # "today's status conference", "tomorrow's sentencing hearing"
        for match in p.TODAYS.finditer(text):
            if not counted[match.start()]:
                ahead = int(match.group("day").lower() == "tomorrow")
                found.append(RelativeMention(match.start(), match.end(), match.group(0), ahead, "days", "after",
                                             THIS_ORDER))
    for match in search_in(p.UNTIL_EVENT_EXCLUDED, text, links):
        anchor, end = trim_anchor(match.group("anchor"), match.start("anchor"))
        found.append(RelativeMention(match.start(), end, text[match.start():end], 0, "days", "after", anchor))
        counted[match.start():end] = b"\x01" * (end - match.start())
    for match in search_in(p.SAME_TIME, text, links):
        if counted[match.start()]:
            continue
        lead = match.group("lead").lower()
        anchor, end = trim_anchor(match.group("anchor"), match.start("anchor"))
        found.append(RelativeMention(match.start(), end, text[match.start():end], 0, "days",
                                     "before" if lead.startswith(("prior", "in advance")) else "after",
                                     anchor))
    return sorted(found, key=lambda r: r.start)


def _amount(match: re.Match[str]) -> int | None:
    """The count of a period; None for none, or for numbers no order means as a period (> 3660)."""
    if match.group("paren"):
        value: int | None = int(match.group("paren"))
    elif match.group("digits"):
        value = int(match.group("digits"))
    else:
        value = number_value(match.group("word") or "")
    return value if value is not None and value <= _LONGEST_PERIOD else None


# "2025999999 days": digits run together by OCR or a year glued to a count, not a period.
_LONGEST_PERIOD = 3660


# "Within two (2) days of the Final Pretrial Conference, counsel shall email" the pretrial statement; "confer
# within three business days of any scheduled conference": a few days "of" a sitting is the run-up to it.
_SITTING_ANCHOR = re.compile(r"(?:[\w-]+\s+){0,4}?(?:conference|hearing)\b", re.I)


def _readying(match: re.Match[str], amount: int, unit: str) -> bool:
    """Whether "within N days of <a sitting>" counts back from it: a run-up of three days at most."""
    return (match.group("lead") or "").lower() == "within" and match.group("direction").lower() == "of" \
        and unit in ("days", "court_days") and amount <= 3 \
        and bool(_SITTING_ANCHOR.match(match.group("anchor")))


def _direction(word: str, readying: bool = False) -> str:
    word = " ".join(word.lower().split())
    return "before" if readying or word in ("prior to", "before", "preceding", "in advance of") else "after"


def find_months(text: str, dates: list[DateMention]) -> list[MonthMention]:
    """Month-and-year settings that are not part of a full date."""
    taken = mask(len(text), [(d.start, d.end) for d in dates])
    return [MonthMention(m.start(), m.end(), m.group(0)) for m in led_by_month(p.MONTH_ONLY, text, month_hits(text)[0])
            if not covered(taken, m.start(), m.end())]
