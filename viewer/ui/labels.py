"""Words and colours the window shows for kinds, statuses and flags (pure data, no Qt).

Counsel read these, so each flag is explained in a sentence that says what to check rather
than naming the internal rule that raised it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KIND_LABELS: dict[str, str] = {
    "entry": "Entry",
    "service": "Service",
    "filing": "Filing",
    "hearing": "Hearing",
    "expiry": "Expiry",
    "other": "Other",
}

# Muted hues that stay distinguishable for the common colour-vision deficiencies and print
# well in greyscale (different lightness per kind).
KIND_COLOURS: dict[str, str] = {
    "entry": "#5b6b7f",
    "service": "#2f7d6d",
    "filing": "#2f5fb3",
    "hearing": "#8a3fa0",
    "expiry": "#b5482f",
    "other": "#7a6a3a",
}

STATUS_LABELS: dict[str, str] = {
    "proposed": "Proposed",
    "confirmed": "Confirmed",
    "edited": "Edited",
    "dismissed": "Dismissed",
}

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Flags that mean "a person must look at this before relying on it".
REVIEW_FLAGS: frozenset[str] = frozenset({"needs-review", "year-corrected", "readings-differ"})

FLAG_SHORT: dict[str, str] = {
    "needs-review": "Review",
    "year-corrected": "Year fixed",
    "readings-differ": "2 readings",
    "weekend": "Weekend",
    "holiday": "Holiday",
    "implied-by-rule": "By rule",
    "collapsed": "Same day",
}

FLAG_EXPLANATIONS: dict[str, str] = {
    "needs-review": "The extractor is not sure of this event; check it against the order.",
    "year-corrected": "The year written in the order is impossible here (e.g. before the order "
                      "was entered); a corrected year is shown. Confirm with chambers.",
    "readings-differ": "Two reasonable readings give different dates (e.g. whether a closure "
                       "day counts). The computation shows both; pick one and confirm.",
    "weekend": "The court wrote a date that falls on a weekend; it is not moved.",
    "holiday": "The court wrote a date that falls on a legal holiday; it is not moved.",
    "implied-by-rule": "The order does not state this event; a rule implies it.",
    "collapsed": "Two deadlines fall on the same day, which may not be what the order meant.",
}


def kind_label(kind: str) -> str:
    """Display name of an event kind, e.g. 'Hearing'."""
    return KIND_LABELS.get(kind, kind.capitalize())


def kind_colour(kind: str) -> str:
    """Hex colour of an event kind's chip."""
    return KIND_COLOURS.get(kind, KIND_COLOURS["other"])


def status_label(status: str) -> str:
    """Display name of a review status."""
    return STATUS_LABELS.get(status, status.capitalize())


def flag_short(flag: str) -> str:
    """A one- or two-word tag for the Flags column."""
    return FLAG_SHORT.get(flag, flag.replace("-", " ").capitalize())


def flag_explanation(flag: str) -> str:
    """What a flag means for the reader, in a sentence."""
    return FLAG_EXPLANATIONS.get(flag, flag.replace("-", " ").capitalize() + ".")


def needs_attention(flags: tuple[str, ...]) -> bool:
    """True when any flag asks a person to check the event."""
    return any(flag in REVIEW_FLAGS for flag in flags)


def format_date(day: dt.date | None) -> str:
    """A date as counsel write it, with the weekday since rolls depend on it.

    >>> format_date(dt.date(2025, 1, 10))
    'Fri, Jan 10, 2025'
    >>> format_date(None)
    'Undated'
    """
    if day is None:
        return "Undated"
    # Spelled out rather than strftime("%a %b"): Qt calls setlocale(LC_ALL, "") at start-up,
    # after which strftime would follow the desktop's language.
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_time(at: dt.time | None) -> str:
    """A time of day in the style of court orders.

    >>> format_time(dt.time(16, 0))
    '4:00 p.m.'
    >>> format_time(dt.time(0, 30))
    '12:30 a.m.'
    >>> format_time(None)
    ''
    """
    if at is None:
        return ""
    hour = at.hour % 12 or 12
    return f"{hour}:{at.minute:02d} {'a.m.' if at.hour < 12 else 'p.m.'}"


def zone_abbreviation(day: dt.date | None, at: dt.time | None, zone: str) -> str:
    """The zone's abbreviation on that day (EST or EDT), or '' for all-day events.

    >>> zone_abbreviation(dt.date(2025, 1, 8), dt.time(16), "America/New_York")
    'EST'
    >>> zone_abbreviation(dt.date(2025, 1, 8), None, "America/New_York")
    ''
    """
    if day is None or at is None:
        return ""
    try:
        return dt.datetime.combine(day, at, ZoneInfo(zone)).tzname() or zone
    except (ZoneInfoNotFoundError, ValueError):
        return zone


def confidence_words(confidence: float) -> str:
    """A confidence figure in words, with the number for those who want it.

    >>> confidence_words(0.95)
    'High (95%)'
    """
    word = "High" if confidence >= 0.85 else "Medium" if confidence >= 0.6 else "Low"
    return f"{word} ({confidence:.0%})"
