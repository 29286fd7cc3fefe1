"""Words and colours the window shows for kinds, statuses and flags (pure data, no Qt).

Counsel read these, so each flag is explained in a sentence that says what to check rather
than naming the internal rule that raised it.
"""

from __future__ import annotations

import datetime as dt
import html
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from viewer.core.model import Event
from viewer.export.labels import kind_name, status_name

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

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Flags that mean "a person must look at this before relying on it".
REVIEW_FLAGS: frozenset[str] = frozenset({
    "needs-review", "year-corrected", "readings-differ", "hearing-after-expiry",
    "collapsed-sequence", "sequence-inverted", "impossible-date", "anchor-cycle", "weekday-mismatch",
    "changed-by-amendment", "not-in-latest-extraction"})

# Flags that only describe (the date is already shown as "Undated").
QUIET_FLAGS: frozenset[str] = frozenset({"undated"})

# (short tag for the table, sentence for the detail panel), most important first.
FLAGS: dict[str, tuple[str, str]] = {
    "needs-review": ("Review", "Check this event against the order before relying on it."),
    "year-corrected": ("Year fixed", "The year in the order is impossible here (e.g. before the "
                       "order was entered); a corrected year is shown. Confirm with chambers."),
    "impossible-date": ("Bad date", "The order names a date that does not exist."),
    "weekday-mismatch": ("Weekday?", "The order names a weekday that this date does not fall on; either "
                         "the day or the weekday is a slip. Confirm with chambers."),
    "hearing-after-expiry": ("After expiry", "The hearing comes after the TRO expires under "
                             "Rule 65(b)(2): an extension or the parties' consent may be needed."),
    "readings-differ": ("2 readings", "Two reasonable readings give different dates (e.g. whether "
                        "a closure day counts); the computation shows both. Pick one."),
    "closure-day-roll": ("Closure day", "A one-off closure day moved this deadline; whether the "
                         "court treats that day as a legal holiday decides the date."),
    "collapsed-sequence": ("Same day", "Deadlines the order puts in sequence fall on the same "
                           "day, which may not be what the order meant."),
    "sequence-inverted": ("Out of order", "This deadline falls before one it should follow "
                          "(e.g. a reply before the response)."),
    "changed-by-amendment": ("Amended", "A later order in this case changed this event; "
                             "compare it with the earlier order."),
    "not-in-latest-extraction": ("Not found again", "Reading the order again did not find this "
                                 "event; it is kept because you reviewed it."),
    "anchor-undated": ("No anchor date", "Counted from an event that has no date yet; it gets "
                       "one when that event does."),
    "anchor-cycle": ("Circular", "This deadline is counted from itself through other events."),
    "rolled": ("Rolled", "The last day fell on a weekend or legal holiday and moved "
               "(Fed. R. Civ. P. 6(a)(1)(C), 6(a)(5))."),
    "month-end": ("Month end", "Counting in months passed the month's last day; the last day "
                  "is used."),
    "needs-time": ("Time?", "The order implies a time of day but does not state it."),
    "no-timezone": ("Zone?", "No time zone is named; the court's zone is assumed."),
    "dst-in-window": ("DST", "Clocks change within this period; an hours-based count shifts by "
                      "an hour."),
    "bad-period": ("Odd period", "The period could not be read reliably."),
    "year-missing": ("No year", "The order gives no year; the nearest sensible one is used."),
    "year-inferred": ("Year inferred", "The year is taken from the surrounding text."),
    "undated": ("Undated", "The order sets no date for this; calendar a reminder."),
    "anchor-is-deadline": ("Latest date", "Counted from another paper's deadline; if that paper is "
                           "filed earlier, this date comes earlier too."),
    "anchor-assumed": ("Receipt assumed", "Counted from the order's entry, assuming counsel received it "
                       "that day; enter the receipt date if it differs."),
    "recurring": ("Repeats", "The order sets this again and again (\"every 28 days thereafter\"); "
                  "only the first repeat is calendared."),
    "anchor-implied": ("From the order", "The order names no starting event; counted from its own date."),
    "anchor-time-unknown": ("Hour?", "Counted in hours from an order whose time of day is not stated: "
                            "the day is right, the hour is that of the order."),
    "count-differs": ("Docket differs", "The docket's restated date and the order's own count give "
                      "different days; the docket's date is shown. Confirm with the court."),
    "before-entry": ("Before order", "A date the order sets that falls before the order itself."),
    "weekend": ("Weekend", "The court set this on a Saturday or Sunday; a date the court writes is "
                "not moved, so confirm it."),
    "holiday": ("Holiday", "The court set this on a legal holiday; a date the court writes is not "
                "moved, so confirm it."),
    "closure": ("Closure day", "The court set this on a day the federal government closed by executive "
                "order (a day of mourning, an extra holiday); a date the court writes is not moved, so "
                "confirm the court sits that day."),
    "month-only": ("Month only", "The order names a month but no day."),
    "conditional": ("If...", "The order states this deadline only inside a condition ('if ... "
                    "within 10 days, the case will be ...'); it is calendared so it is not missed."),
    "time-corrected": ("Time fixed", "The order gives a time no court sits (e.g. 12:45 a.m.); the "
                       "afternoon is shown. Confirm with chambers."),
}
_ORDER = {flag: rank for rank, flag in enumerate(FLAGS)}


def kind_label(kind: str) -> str:
    """Display name of an event kind, e.g. 'Hearing' (the same words as the exports)."""
    return kind_name(kind)


def kind_colour(kind: str) -> str:
    """Hex colour of an event kind's chip."""
    return KIND_COLOURS.get(kind, KIND_COLOURS["other"])


def status_label(status: str) -> str:
    """Display name of a review status (the same words as the exports)."""
    return status_name(status)


def flag_short(flag: str) -> str:
    """A one- or two-word tag for the Flags column."""
    return FLAGS[flag][0] if flag in FLAGS else flag.replace("-", " ").capitalize()


def flag_explanation(flag: str) -> str:
    """What a flag means for the reader, in a sentence."""
    return FLAGS[flag][1] if flag in FLAGS else flag.replace("-", " ").capitalize() + "."


def shown_flags(flags: tuple[str, ...]) -> list[str]:
    """The flags worth a tag in the table, most important first.

    >>> shown_flags(("rolled", "undated", "needs-review"))
    ['needs-review', 'rolled']
    """
    return sorted((f for f in flags if f not in QUIET_FLAGS), key=lambda f: _ORDER.get(f, 99))


def computation_steps(text: str) -> list[str]:
    """A computation split into its steps (the core joins them with arrows).

    >>> computation_steps("Fri 2025-01-10 - 2 days = Wed 2025-01-08 \u2192 no roll")
    ['Fri 2025-01-10 - 2 days = Wed 2025-01-08', 'No roll']
    """
    steps = [" ".join(step.split()) for step in text.split("\u2192") if step.strip()]
    return [step[:1].upper() + step[1:] for step in steps]  # each step reads as a sentence


def needs_attention(flags: tuple[str, ...]) -> bool:
    """True when any flag asks a person to check the event."""
    return any(flag in REVIEW_FLAGS for flag in flags)


def awaits_review(event: Event) -> bool:
    """A flagged event nobody has confirmed, corrected or dismissed yet (recitals aside)."""
    return (not event.recital and event.status == "proposed"
            and needs_attention(event.flags))


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


def escape(text: str) -> str:
    """Text for a Qt rich-text label.

    Qt's rich text does not know `&#x27;`, which `html.escape` writes for apostrophes, so
    quotes are left alone (they are harmless outside attributes).

    >>> escape("Plaintiff's <b>")
    "Plaintiff's &lt;b&gt;"
    """
    return html.escape(text, quote=False)


def short_court(name: str) -> str:
    """A court's name without the words every federal court shares.

    >>> short_court("United States District Court for the Eastern District of Virginia")
    'Eastern District of Virginia'
    """
    for lead in ("United States District Court for the ", "United States Court of Appeals "
                 "for the ", "United States Bankruptcy Court for the "):
        if name.startswith(lead):
            return name[len(lead):]
    return name
