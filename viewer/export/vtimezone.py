"""VTIMEZONE blocks in the RRULE form that Outlook, Google and Thunderbird write themselves.

icalendar's `add_missing_timezones()` writes RDATE lists with a 03:00 spring-forward onset;
Outlook desktop has been seen to misread that form and shift daylight-time events by an hour
(reference/calendar-clients.md §0.5, §8.3). So the block is built here from the tz database:

* the zone's transitions in the latest year of the export are turned into yearly rules
  (``FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`` with the wall-clock onset, 02:00 for U.S. zones);
* each rule's DTSTART is its first onset in the earliest year from which the rules have held
  without a break (2007 for U.S. zones), so the block never claims more than is true;
* a zone without daylight time gets one STANDARD observance and no RRULE (an RRULE without
  BYDAY is what Outlook cannot parse, vobject#151);
* if the rules do not reach back to the first year of the export (an event before 2007, or a
  zone that changed its rules), the onsets of the earlier years are listed one by one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import pytz  # type: ignore[import-untyped]
from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

_DAY = dt.timedelta(days=1)
_MINUTE = dt.timedelta(minutes=1)
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_EARLIEST_YEAR = 1970  # how far back a rule's start is searched


@dataclass(frozen=True)
class Onset:
    """One change of UTC offset, with the local wall time at which it happens."""

    local: dt.datetime  # naive wall-clock time in the offset before the change
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str  # abbreviation after the change, e.g. "EDT"
    dst: bool  # True when the new offset is daylight time


@dataclass(frozen=True)
class _Rule:
    """A yearly onset: the `nth` (1..4, or -1 for last) `weekday` of `month` at `at`."""

    month: int
    nth: int
    weekday: int
    at: dt.time
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    dst: bool

    def onset(self, year: int) -> Onset:
        """This rule's onset in `year`."""
        day = _nth_weekday(year, self.month, self.nth, self.weekday)
        local = dt.datetime.combine(day, self.at)
        return Onset(local, self.offset_from, self.offset_to, self.name, self.dst)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date:
    """The nth weekday of a month; nth == -1 is the last one."""
    weeks = calendar.Calendar().monthdatescalendar(year, month)
    days = [d for week in weeks for d in week if d.month == month and d.weekday() == weekday]
    return days[-1] if nth == -1 else days[nth - 1]


def _state(tz: pytz.BaseTzInfo, utc: dt.datetime) -> tuple[dt.timedelta, str, bool]:
    """(UTC offset, abbreviation, is daylight time) at a naive UTC instant."""
    local = pytz.utc.localize(utc).astimezone(tz)
    return local.utcoffset() or dt.timedelta(0), local.tzname() or "", bool(local.dst())


@lru_cache(maxsize=512)
def onsets(zone: str, year: int) -> tuple[Onset, ...]:
    """Every offset change of `zone` in `year`, found by a daily scan and a bisection."""
    tz = pytz.timezone(zone)
    found: list[Onset] = []
    day = dt.datetime(year, 1, 1)
    before = _state(tz, day)[0]
    while day.year == year:
        after = _state(tz, day + _DAY)[0]
        if before != after:
            found.append(_find_onset(tz, day, before))
        day, before = day + _DAY, after
    return tuple(found)


def _find_onset(tz: pytz.BaseTzInfo, lo: dt.datetime, old: dt.timedelta) -> Onset:
    """Bisect the day after `lo` (UTC) down to the minute at which the offset leaves `old`."""
    hi = lo + _DAY
    while hi - lo > _MINUTE:
        mid = lo + (hi - lo) / 2
        mid -= dt.timedelta(seconds=mid.second, microseconds=mid.microsecond)
        if _state(tz, mid)[0] == old:
            lo = mid
        else:
            hi = mid
    offset, name, dst = _state(tz, hi)
    return Onset(hi + old, old, offset, name, dst)


def _rule_for(onset: Onset) -> _Rule:
    """The yearly rule that puts an onset where it is (last-weekday when it is in the last week)."""
    day = onset.local.date()
    last_week = day.day + 7 > calendar.monthrange(day.year, day.month)[1]
    nth = -1 if last_week else (day.day - 1) // 7 + 1
    return _Rule(day.month, nth, day.weekday(), onset.local.time(), onset.offset_from,
                 onset.offset_to, onset.name, onset.dst)


def _rules_hold(zone: str, rules: tuple[_Rule, ...], year: int) -> bool:
    """Whether `rules` give exactly the zone's onsets in `year` (none at all for no rules)."""
    expected = tuple(sorted((rule.onset(year) for rule in rules), key=lambda o: o.local))
    return onsets(zone, year) == expected


def _first_year(zone: str, rules: tuple[_Rule, ...], last: int) -> int:
    """Earliest year from which `rules` hold every year up to `last`."""
    year = last
    while year > _EARLIEST_YEAR and _rules_hold(zone, rules, year - 1):
        year -= 1
    return year


def vtimezone(zone: str, first: dt.date, last: dt.date) -> Timezone:
    """A VTIMEZONE for `zone`, correct for every instant from `first` to `last`.

    Raises:
        pytz.UnknownTimeZoneError: `zone` is not in the tz database.
    """
    rules = tuple(_rule_for(onset) for onset in onsets(zone, last.year))
    start = _first_year(zone, rules, last.year)
    block = Timezone()
    block.add("tzid", zone)
    # Years before the rules began (an event in 2006 for a U.S. zone): list each onset as it
    # was, rather than let the current rules claim a past they do not describe.
    for year in range(first.year, start):
        for onset in onsets(zone, year):
            block.add_component(_observance(onset, None))
    for rule in rules:
        block.add_component(_observance(rule.onset(start), rule))
    if not block.subcomponents:
        block.add_component(_fixed_observance(zone, start))
    return block


def _observance(onset: Onset, rule: _Rule | None) -> TimezoneStandard | TimezoneDaylight:
    """A STANDARD or DAYLIGHT sub-component for one onset, repeating yearly when `rule` is set."""
    part = TimezoneDaylight() if onset.dst else TimezoneStandard()
    part.add("dtstart", onset.local)
    if rule is not None:
        byday = f"{rule.nth}{_WEEKDAY_CODES[rule.weekday]}"
        part.add("rrule", {"freq": "yearly", "bymonth": rule.month, "byday": byday})
    part.add("tzname", onset.name)
    part.add("tzoffsetfrom", onset.offset_from)
    part.add("tzoffsetto", onset.offset_to)
    return part


def _fixed_observance(zone: str, year: int) -> TimezoneStandard:
    """The single STANDARD observance of a zone that keeps one offset (Phoenix, Honolulu)."""
    offset, name, _dst = _state(pytz.timezone(zone), dt.datetime(year, 1, 1, 12))
    part = TimezoneStandard()
    part.add("dtstart", dt.datetime(year, 1, 1))
    part.add("tzname", name)
    part.add("tzoffsetfrom", offset)
    part.add("tzoffsetto", offset)
    return part
