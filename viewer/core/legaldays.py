"""What kind of day a date is under Fed. R. Civ. P. 6(a), and the roll of Rule 6(a)(1)(C) and 6(a)(5).

This module holds the vocabulary that `courtdays` computes with: a `Holiday` (which list made a day
a legal holiday, and under which sub-rule), the `HolidayCalendar` protocol that `viewer.calendars`
implements, the `Computation` every period returns, and the roll itself.

Pure standard library; never reads the clock. Import the public names from `viewer.core.courtdays`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

# Which list decided that a day is a legal holiday (`Holiday.source`). A user closure day carries
# its note after the colon: "user closure day: CM/ECF outage".
FEDERAL = "federal holiday"
CLOSURE = "presidential closure"
USER_CLOSURE = "user closure day"
WEEKEND = "weekend"

RULE_A = "Rule 6(a)(6)(A)"  # days set aside by statute (5 U.S.C. 6103), observed weekdays included
RULE_B = "Rule 6(a)(6)(B)"  # days declared a holiday by the President or Congress
RULE_C = "Rule 6(a)(6)(C)"  # state holidays, for periods measured after an event only
STATE_COURT = "counted in both directions in a state court"  # a state court closes on its state's holidays
RULE_6A = "Fed. R. Civ. P. 6(a)"

COUNTINGS = ("after", "before", "none")
# Spelled out rather than strftime("%A"): %A follows the process locale, and a Qt app may set one.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Holiday:
    """A legal holiday under Rule 6(a)(6), and which list made it one."""

    day: date
    name: str  # "National Day of Mourning for former President Jimmy Carter"
    source: str  # "federal holiday" | "presidential closure" | "state holiday (VA)" | "user closure day: <note>"
    rule: str  # "Rule 6(a)(6)(A)" | "Rule 6(a)(6)(B)" | "Rule 6(a)(6)(C)"


class HolidayCalendar(Protocol):
    """The legal holidays of one court.

    `counting` is "after" for a forward period (state holidays count, Rule 6(a)(6)(C)), "before"
    for a backward period (they do not), and "none" to check a date the court set (every list).
    `state_court` is true for a state's own courts (federal Rule 6(a)'s history does not bind them).
    """

    state_court: bool

    def holiday(self, day: date, *, counting: str) -> Holiday | None: ...


class _WeekendsOnly:
    """No legal holidays at all: only Saturdays and Sundays stop a period."""

    state_court = False

    def holiday(self, day: date, *, counting: str) -> Holiday | None:
        return None

    def __repr__(self) -> str:
        return "WEEKENDS_ONLY"


WEEKENDS_ONLY: HolidayCalendar = _WeekendsOnly()


def is_closure(holiday: Holiday) -> bool:
    """True for the days whose status as a Rule 6(a)(6)(B) holiday is a reading, not a certainty.

    A presidential order closing executive departments does not in terms "declare a holiday"
    (Latham v. Dominick's Finer Foods, 149 F.3d 673 (7th Cir. 1998)), and a closure day the user
    adds may turn out to be mere clerk's-office inaccessibility (Rule 6(a)(3)). Both readings are
    shown wherever such a day changes a date.
    """
    return holiday.source == CLOSURE or holiday.source.startswith(USER_CLOSURE)


class _WithoutClosures:
    """The same calendar read as if closure days were ordinary court days."""

    def __init__(self, calendar: HolidayCalendar) -> None:
        self._calendar = calendar
        self.state_court = calendar.state_court

    def holiday(self, day: date, *, counting: str) -> Holiday | None:
        found = self._calendar.holiday(day, counting=counting)
        # Calendars list certain holidays ahead of closures, so a closure found here is the only
        # reason the day is closed.
        return None if found is None or is_closure(found) else found


def without_closures(calendar: HolidayCalendar) -> HolidayCalendar:
    """`calendar` with presidential and user closure days read as court days (the other reading)."""
    return _WithoutClosures(calendar)


def day_name(day: date) -> str:
    """'Friday 2025-01-10': every date in an explanation carries its weekday."""
    return f"{WEEKDAYS[day.weekday()]} {day.isoformat()}"


def closed(day: date, calendar: HolidayCalendar, counting: str) -> Holiday | None:
    """Why `day` is not a day a period may end on, or None if it may (Rule 6(a)(1)(C)).

    Weekends are answered first and as a `Holiday` with source "weekend", so that a Saturday that
    is also the actual date of a holiday reads simply as a Saturday.
    """
    if day.weekday() >= 5:
        return Holiday(day, WEEKDAYS[day.weekday()], WEEKEND, "Rule 6(a)(1)(C)")
    return calendar.holiday(day, counting=counting)


def roll(day: date, calendar: HolidayCalendar, direction: str) -> tuple[date, tuple[Holiday, ...]]:
    """Continue past weekends and legal holidays in the counting direction (Rule 6(a)(1)(C), 6(a)(5)).

    Returns the first day that is open and the closed days passed on the way (empty: no roll).
    State holidays stop only forward periods, so `direction` is also the calendar's `counting`.
    """
    step = timedelta(days=1 if direction == "after" else -1)
    passed: list[Holiday] = []
    while (reason := closed(day, calendar, direction)) is not None:
        passed.append(reason)
        day += step
    return day, tuple(passed)


def short_rule(rule: str) -> str:
    """'Fed. R. Civ. P. 6(a)' -> 'Rule 6(a)'; FRAP 26(a) and Crim. R. 45(a) number their parts alike."""
    return "Rule " + rule.split()[-1]


def cite(rule: str, part: str) -> str:
    """A sub-rule of the counting rule in use: cite('Fed. R. App. P. 26(a)', '(5)') -> 'Rule 26(a)(5)'."""
    return short_rule(rule) + part


def reason_text(reason: Holiday, rule: str = RULE_6A) -> str:
    """One step saying why a day was passed over, and which list decided it."""
    if reason.source == WEEKEND:
        return f"{day_name(reason.day)}: weekend"
    sub_rule = reason.rule.replace("Rule 6(a)", short_rule(rule), 1)
    return f"{day_name(reason.day)} is {reason.name} ({reason.source}): legal holiday, {sub_rule}"


@dataclass(frozen=True)
class Computation:
    """A computed date with the words a lawyer needs to check it.

    Where a closure day makes the readings differ, `date` is the earlier (safer) reading and
    `alternative` the other one; `flags` then include "readings-differ".
    """

    date: _dt.date  # the date to calendar (after rolls)
    raw: _dt.date  # the date before the (last) roll
    steps: tuple[str, ...]  # lawyer-checkable words, one step each
    flags: tuple[str, ...] = ()  # "rolled", "closure-day-roll", "readings-differ", "month-end", ...
    alternative: _dt.date | None = None  # the other reading where readings differ
    direction: str = "after"  # the counting direction; Rule 6(d) days apply to forward periods only

    def explain(self) -> str:
        """The steps as one line, in the order they were taken."""
        return " → ".join(self.steps)
