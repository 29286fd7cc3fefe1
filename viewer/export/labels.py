"""Words and formats shared by the .ics writer and the printable timeline.

Everything is spelled out here instead of using `strftime("%a")` or `%p`: Qt calls
`setlocale(LC_ALL, "")` when the application starts, after which the C library would print
"Fr" or "vorm." on a German desktop, and the export would change with the user's locale.
"""

from __future__ import annotations

import datetime as dt

import pytz  # type: ignore[import-untyped]

from viewer.core.model import Event

KIND_NAMES: dict[str, str] = {
    "entry": "Entry",
    "service": "Service",
    "filing": "Filing",
    "hearing": "Hearing",
    "expiry": "Expiry",
    "other": "Other",
}
STATUS_NAMES: dict[str, str] = {
    "proposed": "Proposed",
    "confirmed": "Confirmed",
    "edited": "Edited",
    "dismissed": "Dismissed",
}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def kind_name(kind: str) -> str:
    """Display name of an event kind; unknown kinds are shown as they are, capitalised."""
    return KIND_NAMES.get(kind, kind.capitalize() or "Other")


def status_name(status: str) -> str:
    """Display name of a review status."""
    return STATUS_NAMES.get(status, status.capitalize())


def day_label(day: dt.date) -> str:
    """'Fri 2025-01-10': ISO date (unambiguous for counsel) with an English weekday.

    >>> day_label(dt.date(2025, 1, 10))
    'Fri 2025-01-10'
    """
    return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()}"


def clock(time: dt.time) -> str:
    """12-hour time as court orders write it.

    >>> clock(dt.time(16, 0)), clock(dt.time(0, 30)), clock(dt.time(12, 5))
    ('4:00 p.m.', '12:30 a.m.', '12:05 p.m.')
    """
    hour = time.hour % 12 or 12
    half = "a.m." if time.hour < 12 else "p.m."
    return f"{hour}:{time.minute:02d} {half}"


def event_zone(event: Event, default: str) -> str:
    """The IANA zone an event's time is in (the event's own, else the case's)."""
    return event.timezone or default


def localize(zone: str, day: dt.date, time: dt.time) -> dt.datetime:
    """An aware datetime for a wall-clock time in `zone`.

    `localize` picks the offset in force on that date; `tzinfo=pytz.timezone(...)` would give
    the zone's first (LMT, -4:56 for New York) offset and put every UTC instant off by minutes.
    On change days it reads the wall time as RFC 5545 §3.3.5 says calendars will: a repeated
    hour is its first occurrence (daylight time), a skipped one uses the offset before the gap.

    Raises:
        ValueError: `zone` is not an IANA zone name.
    """
    try:
        tz = pytz.timezone(zone)
    except pytz.UnknownTimeZoneError as exc:
        raise ValueError(f"unknown time zone {zone!r}") from exc
    naive = dt.datetime.combine(day, time)
    try:
        return tz.localize(naive, is_dst=None)
    except pytz.AmbiguousTimeError:
        return tz.localize(naive, is_dst=True)
    except pytz.NonExistentTimeError:
        return tz.localize(naive, is_dst=False)


def zone_abbrev(zone: str, day: dt.date, time: dt.time) -> str:
    """Abbreviation in force at that moment, e.g. 'EST' in January and 'EDT' in July."""
    return localize(zone, day, time).tzname() or zone


def flags_text(flags: tuple[str, ...]) -> str:
    """Flags as words: ('year-corrected', 'needs-review') -> 'year corrected, needs review'."""
    return ", ".join(flag.replace("-", " ").replace("_", " ") for flag in flags)


def file_name(path: str) -> str:
    """The file name without its folders, which may name the client (Windows paths too).

    >>> file_name(r"C:\\Matters\\Doe\\order.pdf"), file_name("/home/a/order.pdf")
    ('order.pdf', 'order.pdf')
    """
    return path.replace("\\", "/").rsplit("/", 1)[-1]
