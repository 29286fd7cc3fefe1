"""Deadline arithmetic under Fed. R. Civ. P. 6(a) (and FRAP 26(a), Crim. R. 45(a), which count alike).

Every function returns a `Computation`: the date to calendar, the date before the roll, and one
plain step per rule applied, naming weekdays and the holiday list that decided each roll, so a
lawyer can check the arithmetic by hand. Where a presidential or user closure day changes a date,
both readings are kept and the earlier (safer) one is calendared.

The 2009 text is implemented: every day counts and only the last day rolls. The pre-2009 rule that
skipped weekends inside periods under 11 days is only shown for federal orders entered before December 1,
2009 (with today's reading beside it); a state court's old order counts every day.

Pure standard library; the clock is never read ("today" is always the caller's).
"""

from __future__ import annotations

import calendar as _months
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Sequence

from viewer.core.legaldays import (
    RULE_6A,
    WEEKDAYS,
    WEEKENDS_ONLY,
    Computation,
    Holiday,
    HolidayCalendar,
    cite,
    closed,
    day_name,
    is_closure,
    reason_text,
    roll,
    without_closures,
)

__all__ = [
    "Computation", "Holiday", "HolidayCalendar", "WEEKENDS_ONLY", "add_service_days",
    "check_date_certain", "count_hours", "count_period", "end_of_day_note", "tro_expiry",
    "tro_extension",
]

DIRECTIONS = ("after", "before")
UNITS = ("days", "calendar_days", "court_days", "weeks", "months", "years")  # (calendar days: no pre-2009 skipping)
TRO_CAP_DAYS = 14  # Rule 65(b)(2): "not to exceed 14 days"
# Before the 2009 time-computation amendments, Rule 6(a) (and Crim. R. 45(a)) left intermediate
# Saturdays, Sundays and legal holidays out of a period under 11 days: in effect, court days.
OLD_RULE_UNTIL = date(2009, 12, 1)
OLD_SHORT_PERIOD = 11
OLD_RULE_NOTE = ("the order is older than the December 1, 2009 amendments: Rule 6(a) as it then read left "
                 "intermediate Saturdays, Sundays and legal holidays out of a period under 11 days")
MIDNIGHT = time(23, 59)  # Rule 6(a)(4)(A) midnight, as a calendar entry can show it

# Rule 6(d): (days added, how the service is described in the step).
_ONLY_SOME = "Rule 6(d) adds days only after mail, clerk or consented service"
SERVICE = {
    "mail": (3, "mail, Rule 5(b)(2)(C)"),
    "clerk": (3, "leaving it with the court clerk, Rule 5(b)(2)(D)"),
    "consented": (3, "other means consented to in writing, Rule 5(b)(2)(F)"),
    "electronic": (0, "electronic means, Rule 5(b)(2)(E): since the 2016 amendment Rule 6(d) adds no days for it"),
    "hand": (0, f"handing it to the person, Rule 5(b)(2)(A): {_ONLY_SOME}"),
    "office": (0, f"leaving it at the office or dwelling, Rule 5(b)(2)(B): {_ONLY_SOME}"),
}
SERVICE_ALIASES = {
    "email": "electronic", "e-mail": "electronic", "ecf": "electronic", "cm/ecf": "electronic",
    "e-service": "electronic", "fax": "electronic", "personal": "hand", "in person": "hand",
    "dwelling": "office", "u.s. mail": "mail", "first-class mail": "mail", "post": "mail",
}


@dataclass(frozen=True)
class _Reading:
    """One reading of a period: the unrolled last day, the day reached, the closed days passed."""

    raw: date
    date: date
    passed: tuple[Holiday, ...]
    note: str = ""  # e.g. why a month-end date was moved


def count_period(trigger: date, amount: int, unit: str, direction: str,
                 calendar: HolidayCalendar = WEEKENDS_ONLY, *, trigger_label: str = "trigger",
                 rule: str = RULE_6A) -> Computation:
    """Count a period stated in days, court days, weeks, months or years (Rule 6(a)(1)).

    Exclude the trigger day, count every day including weekends and holidays, include the last day
    and, if it is a Saturday, Sunday or legal holiday, continue in the counting direction:
    forward after an event, backward before one (Rule 6(a)(1)(C), 6(a)(5)). "court_days" is for
    orders that count business days expressly: closed days are then skipped while counting.
    """
    _check_period(amount, unit, direction)
    trigger = trigger.date() if isinstance(trigger, datetime) else trigger
    old_rule = unit == "days" and 0 < amount < OLD_SHORT_PERIOD and trigger < OLD_RULE_UNTIL \
        and not calendar.state_court  # (the old federal rule never bound a state's own courts)
    counted = "court_days" if old_rule else unit
    held = _reading(trigger, amount, counted, direction, calendar)
    plain = _reading(trigger, amount, counted, direction, without_closures(calendar))
    steps = [_count_step(trigger, amount, counted, direction, held, trigger_label, rule, old_rule=old_rule)]
    steps += [held.note] if held.note else []
    if counted == "court_days":
        steps += _skipped_steps(held.passed, rule)
    else:
        steps += _roll_steps(held, direction, rule, same_time=False)
    flags: tuple[str, ...] = ("month-end",) if held.note else ()
    if old_rule:
        today = _reading(trigger, amount, "days", direction, calendar).date
        if today != held.date:  # the reading a reader of today's rule would reach
            steps.append(f"Under today's Rule 6(a) (every day counts) it would be {day_name(today)}.")
            flags += ("readings-differ",)
    return _settle(held, (plain,), steps, direction, flags, rolled=counted != "court_days")


def count_hours(trigger: datetime, hours: int, direction: str,
                calendar: HolidayCalendar = WEEKENDS_ONLY, *, trigger_label: str = "trigger",
                rule: str = RULE_6A) -> tuple[datetime, Computation]:
    """Count a period stated in hours (Rule 6(a)(2)).

    Start counting at once, count every hour, and if the period ends on a Saturday, Sunday or legal
    holiday, run to the same clock time on the next open day in the counting direction. With an
    aware `trigger` the hours are elapsed time (UTC), shown on the trigger's own clock.
    """
    _check_period(hours, "days", direction)
    sign = 1 if direction == "after" else -1
    end = _add_hours(trigger, sign * hours)
    held = _reading_at(end.date(), direction, calendar)
    plain = _reading_at(end.date(), direction, without_closures(calendar))
    steps = [f"{trigger_label} {_moment(trigger)} {_sign(direction)} {hours} hour{_s(hours)} = "
             f"{_moment(end)} ({rule}(2)(A)–(B): counting starts at once and every hour counts)"]
    steps += _clock_steps(trigger, end)
    steps += _roll_steps(held, direction, rule, same_time=True)
    flags = _clock_flags(trigger, end)
    computation = _settle(held, (plain,), steps, direction, flags, rolled=True)
    when = datetime.combine(computation.date, end.time(), tzinfo=end.tzinfo)
    return when, computation


def add_service_days(result: Computation, method: str,
                     calendar: HolidayCalendar = WEEKENDS_ONLY) -> Computation:
    """Add Rule 6(d)'s 3 days after service by mail, leaving with the clerk or consented means.

    The days are added "after the period would otherwise expire under Rule 6(a)", i.e. after the
    roll, and the new last day rolls forward again. Electronic or hand service adds nothing, nor
    does a period counted backward from an event. `raw` becomes the day before that second roll.
    """
    key = SERVICE_ALIASES.get(method.strip().lower(), method.strip().lower())
    if result.direction == "before":
        why = ("Rule 6(d) adds days only to a time to act after being served; this period runs before "
               "an event: no days added")
        return replace(result, steps=result.steps + (why,))
    if key not in SERVICE:
        why = f"service by {method!r} is not a method Rule 6(d) names: no days added; check how the paper was served"
        return replace(result, steps=result.steps + (why,), flags=_merge(result.flags, ("needs-review",)))
    added, described = SERVICE[key]
    if added == 0:
        return replace(result, steps=result.steps + (f"served by {described}",))
    return _plus_service_days(result, added, described, calendar)


def tro_expiry(entry: date, calendar: HolidayCalendar = WEEKENDS_ONLY, *,
               days: int = TRO_CAP_DAYS) -> Computation:
    """When a TRO issued without notice expires under Rule 65(b)(2) if not extended.

    The order expires at the time the court sets, "not to exceed 14 days" after entry; a period
    over 14 days is capped. The 14 days are counted under Rule 6(a)(1). The steps also give the
    date a good-cause extension "for a like period" would run to (see `tro_extension`).
    """
    period = min(days, TRO_CAP_DAYS)
    base = count_period(entry, period, "days", "after", calendar, trigger_label="TRO entered")
    head = ("Fed. R. Civ. P. 65(b)(2): a TRO issued without notice expires at the time the court "
            "sets, not to exceed 14 days after entry"
            + (f"; the {days} days set are capped at 14" if days > TRO_CAP_DAYS else ""))
    extension = tro_extension(base.date, calendar, days=period)
    tail = [f"a good-cause extension for a like period ({period} days), granted before expiry, "
            f"would run to {day_name(extension.date)}; a longer one needs the adverse party's consent"]
    if "rolled" in base.flags:
        tail.append(f"to be safe, move to extend before {day_name(base.raw)}, the last day before the roll")
    flags = base.flags + (("capped-at-14",) if days > TRO_CAP_DAYS else ())
    return replace(base, steps=(head, *base.steps, *tail), flags=flags)


def tro_extension(expiry: date, calendar: HolidayCalendar = WEEKENDS_ONLY, *,
                  days: int = TRO_CAP_DAYS) -> Computation:
    """The end of one Rule 65(b)(2) good-cause extension "for a like period" from `expiry`."""
    return count_period(expiry, min(days, TRO_CAP_DAYS), "days", "after", calendar,
                        trigger_label="TRO expiry")


def check_date_certain(day: date, calendar: HolidayCalendar = WEEKENDS_ONLY, *,
                       label: str) -> tuple[tuple[str, ...], str]:
    """Flags and words for a date the court wrote; such a date is never rolled.

    Rule 6(a) computes periods. A hearing or deadline the court names on a Saturday or a holiday
    is not moved, only flagged ("weekend", "holiday", and "closure" for a closure day), since
    the likelier explanation is a typo or a court sitting that day: confirm with chambers.
    """
    flags: list[str] = []
    notes: list[str] = []
    if day.weekday() >= 5:
        flags.append("weekend")
        notes.append(f"a {WEEKDAYS[day.weekday()]}")
    holiday = calendar.holiday(day, counting="none")
    if holiday is not None:
        flags += ["holiday", "closure"] if is_closure(holiday) else ["holiday"]
        notes.append(f"{holiday.name} ({holiday.source}, {holiday.rule})")
    text = f"{label} {day_name(day)}".strip() + " is a date the court set, not a period: Rule 6(a) does not move it"
    if not notes:
        return (), text + "."
    return tuple(flags), f"{text}; it falls on {' and '.join(notes)}: confirm with chambers."


def end_of_day_note(time_stated: time | None, timezone: str) -> tuple[time, str]:
    """When the last day ends (Rule 6(a)(4)): the order's own time wins; else midnight in the court's zone."""
    if time_stated is not None:
        return time_stated, (f"the order sets {time_stated:%H:%M} ({timezone}), which overrides the "
                             "midnight default of Rule 6(a)(4)")
    return MIDNIGHT, (f"no time stated: for electronic filing the last day ends at midnight in the "
                      f"court's time zone ({timezone}), Rule 6(a)(4)(A), calendared as 23:59; filing "
                      "by other means ends when the clerk's office closes, Rule 6(a)(4)(B)")


# --- counting ------------------------------------------------------------------------------


def _check_period(amount: int, unit: str, direction: str) -> None:
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be 'after' or 'before', not {direction!r}")
    if unit == "hours":
        raise ValueError("a period in hours needs a time of day: use count_hours (Rule 6(a)(2))")
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if amount < 0:
        raise ValueError(f"a period cannot be negative ({amount}); use direction='before'")


def _reading(trigger: date, amount: int, unit: str, direction: str,
             calendar: HolidayCalendar) -> _Reading:
    if unit == "court_days":
        return _court_days(trigger, amount, direction, calendar)
    raw, note = _shift(trigger, amount, unit, direction)
    return _reading_at(raw, direction, calendar, note)


def _reading_at(raw: date, direction: str, calendar: HolidayCalendar, note: str = "") -> _Reading:
    day, passed = roll(raw, calendar, direction)
    return _Reading(raw, day, passed, note)


def _shift(trigger: date, amount: int, unit: str, direction: str) -> tuple[date, str]:
    """The last day before any roll: calendar arithmetic only (Rule 6(a)(1)(A)–(B))."""
    sign = 1 if direction == "after" else -1
    if unit in ("days", "calendar_days", "weeks"):
        return trigger + timedelta(days=sign * amount * (7 if unit == "weeks" else 1)), ""
    return _add_months(trigger, sign * amount * (12 if unit == "years" else 1))


def _add_months(day: date, months: int) -> tuple[date, str]:
    """Same day of the month, `months` later or earlier; a missing day becomes the month's last.

    Rule 6(a) does not say what "one month after January 31" is; the last day of February is the
    common reading, and the step says so, since it is a reading.
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    last = _months.monthrange(year, month)[1]
    if day.day <= last:
        return date(year, month, day.day), ""
    moved = date(year, month, last)
    return moved, (f"{_months.month_name[month]} {year} has no day {day.day}: read as its last day, "
                   f"{day_name(moved)} (Rule 6(a) is silent on this; confirm)")


def _court_days(trigger: date, amount: int, direction: str, calendar: HolidayCalendar) -> _Reading:
    """Count only open days, as an order that says "court days" or "business days" directs."""
    step = timedelta(days=1 if direction == "after" else -1)
    day, left, passed = trigger, amount, []
    while left > 0:
        day += step
        reason = closed(day, calendar, direction)
        if reason is None:
            left -= 1
        else:
            passed.append(reason)
    return _Reading(day, day, tuple(passed))


def _add_hours(trigger: datetime, hours: int) -> datetime:
    """Elapsed hours: across a DST change an aware time moves by real hours, not wall-clock ones."""
    if trigger.tzinfo is None:
        return trigger + timedelta(hours=hours)
    utc = trigger.astimezone(UTC) + timedelta(hours=hours)
    return utc.astimezone(trigger.tzinfo)


def _plus_service_days(result: Computation, added: int, described: str,
                       calendar: HolidayCalendar) -> Computation:
    """Rule 6(d) on every reading of `result`; the earliest and latest bound the consistent ones."""
    bases = (result.date,) if result.alternative is None else (result.date, result.alternative)
    held = _reading_at(result.date + timedelta(days=added), "after", calendar)
    others = [_reading_at(base + timedelta(days=added), "after", cal)
              for base in bases for cal in (calendar, without_closures(calendar))]
    steps = [f"served by {described}: Rule 6(d) adds {added} days after the period would otherwise "
             f"expire: {day_name(result.date)} + {added} days = {day_name(held.raw)}"]
    steps += _roll_steps(held, "after", RULE_6A, same_time=False)
    flags = tuple(f for f in result.flags if f != "readings-differ")
    settled = _settle(held, others, steps, "after", flags, rolled=True)
    return replace(settled, steps=result.steps + settled.steps)


# --- words ---------------------------------------------------------------------------------


def _settle(held: _Reading, others: Sequence[_Reading], steps: list[str], direction: str,
            flags: Sequence[str], *, rolled: bool) -> Computation:
    """Pick the date to calendar: where closure days make readings differ, the earlier one."""
    readings = (held, *others)
    early = min(readings, key=lambda r: r.date)
    late = max(r.date for r in readings)
    found = list(flags)
    # "rolled" describes the date calendared; the other reading's roll is told by the flags below.
    found += ["rolled"] if rolled and early.passed else []
    closures = [h for r in readings for h in r.passed if is_closure(h)]
    found += ["closure-day-roll"] if closures else []
    if late == early.date:
        return Computation(held.date, held.raw, tuple(steps), _merge((), found), None, direction)
    other = late if held.date == early.date else early.date
    steps = steps + [_readings_step(closures, other, early.date, late)]
    return Computation(early.date, early.raw, tuple(steps), _merge((), found + ["readings-differ"]),
                       late, direction)


def _readings_step(closures: Sequence[Holiday], other: date, early: date, late: date) -> str:
    names = sorted({f"{day_name(h.day)} ({h.name}, {h.source})" for h in closures})
    which = " and ".join(names) if names else "the closure day noted above"
    verb = "are" if len(names) > 1 else "is"
    return (f"if {which} {verb} not a legal holiday, the date is {day_name(other)}; the readings "
            f"differ, so calendar the earlier, {day_name(early)}, and keep {day_name(late)} in view")


def _count_step(trigger: date, amount: int, unit: str, direction: str, reading: _Reading,
                label: str, rule: str, *, old_rule: bool = False) -> str:
    if old_rule:
        counted = f"{label} {day_name(trigger)} {_sign(direction)} {_amount(amount, 'days')} = {day_name(reading.raw)}"
        return f"{counted} ({OLD_RULE_NOTE})"
    counted = f"{label} {day_name(trigger)} {_sign(direction)} {_amount(amount, unit)} = {day_name(reading.raw)}"
    if unit == "court_days":
        return f"{counted} (the order counts court days: weekends and legal holidays are skipped while counting)"
    return f"{counted} ({rule}(1)(A)–(B): exclude the trigger day, count every day)"


def _roll_steps(reading: _Reading, direction: str, rule: str, *, same_time: bool) -> list[str]:
    """One step per closed day passed, then where the period ends (Rule 6(a)(1)(C) or (2)(C), (5))."""
    part = "(2)(C)" if same_time else "(1)(C)"
    if not reading.passed:
        return [f"{day_name(reading.date)} is not a Saturday, Sunday or legal holiday: no roll, {cite(rule, part)}"]
    way = "forward" if direction == "after" else "backward"
    until = "the same time on " if same_time else ""
    ends = (f"counting {way}, {cite(rule, part)} and {cite(rule, '(5)')}: "
            f"the period runs to {until}{day_name(reading.date)}")
    return [reason_text(h, rule) for h in reading.passed] + [ends]


def _skipped_steps(passed: Sequence[Holiday], rule: str) -> list[str]:
    if not passed:
        return ["no weekend or legal holiday fell inside the count"]
    return ["skipped while counting: " + "; ".join(reason_text(h, rule) for h in passed)]


def _clock_steps(start: datetime, end: datetime) -> list[str]:
    if start.tzinfo is None:
        return ["no time zone given: hours counted on the wall clock; confirm the court's zone"]
    if start.utcoffset() != end.utcoffset():
        return ["a daylight-saving change falls inside the period: hours are counted as elapsed time"]
    return []


def _clock_flags(start: datetime, end: datetime) -> tuple[str, ...]:
    if start.tzinfo is None:
        return ("no-timezone",)
    return ("dst-in-window",) if start.utcoffset() != end.utcoffset() else ()


def _moment(when: datetime) -> str:
    zone = f" {when.tzname()}" if when.tzinfo is not None else ""
    return f"{day_name(when.date())} {when:%H:%M}{zone}"


def _amount(amount: int, unit: str) -> str:
    word = {"days": "day", "calendar_days": "calendar day", "court_days": "court day", "weeks": "week", "months": "month", "years": "year"}[unit]
    return f"{amount} {word}{_s(amount)}"


def _sign(direction: str) -> str:
    return "+" if direction == "after" else "−"


def _s(amount: int) -> str:
    return "" if amount == 1 else "s"


def _merge(first: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    """Flags in order of first appearance, without repeats."""
    return tuple(dict.fromkeys([*first, *second]))
