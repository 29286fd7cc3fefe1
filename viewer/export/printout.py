"""What the printable timeline shows, as plain data: its rows, axis marks and caption.

The drawing (Qt's QPdfWriter) is in viewer/ui/printing.py; keeping the content here means the
choices counsel care about (order, wording, what is left out) are testable without Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from viewer.core.model import Event, Timeline
from viewer.export import labels
from viewer.export.describe import relative_text

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TEXT_SOURCES = {"text": "text layer", "ocr": "OCR of scanned pages",
                 "mixed": "text layer and OCR", "none": "no text found"}
UNDATED = "Undated"


@dataclass(frozen=True)
class PrintRow:
    """One line of the printed table; every field is already the text to print."""

    date: str  # "Fri 2025-01-10", or "Undated"
    time: str  # "10:00 a.m.", "All day", or "" when undated
    zone: str  # "EST" for a timed event, else ""
    kind: str  # "Hearing"
    title: str
    computation: str
    cite: str  # "p. 5"
    status: str  # "Proposed", "Dismissed", ...
    flags: str  # "year corrected, needs review"
    kind_key: str = "other"  # the model's kind, for the colour
    struck: bool = False  # dismissed: printed struck through, kept for the record

    @property
    def undated(self) -> bool:
        """Whether the row belongs to the undated obligations at the end."""
        return self.date == UNDATED


@dataclass(frozen=True)
class AxisMark:
    """An event on the time axis."""

    fraction: float  # 0..1 between the first and the last dated event
    label: str  # "Jan 10"
    kind: str  # the model's kind, for the colour


def print_rows(timeline: Timeline) -> list[PrintRow]:
    """Table rows: dated events by date and time, then undated ones in the order's order.

    Recitals (past events the order only mentions) are left out; dismissed events stay in,
    struck through, so the printout shows what was considered and set aside.
    """
    events = [e for e in timeline.events if not e.recital]
    dated = sorted((e for e in events if e.date is not None), key=_when_key)
    undated = sorted((e for e in events if e.date is None), key=lambda e: (e.page, e.start))
    return [_row(e, timeline) for e in dated + undated]


def axis_marks(timeline: Timeline) -> list[AxisMark]:
    """Live dated events placed in proportion to their time between the first and the last.

    Dismissed events and recitals are not on the axis; a single date sits in the middle.
    """
    events = _axis_events(timeline)
    if not events:
        return []
    first, last = _moment(events[0]), _moment(events[-1])
    return [AxisMark(_fraction(_moment(e), first, last), short_date(_day(e)), e.kind)
            for e in events]


def axis_ticks(timeline: Timeline) -> list[AxisMark]:
    """The first of each month inside the axis, on the same scale (kind 'tick')."""
    events = _axis_events(timeline)
    if not events or events[0].date == events[-1].date:
        return []
    first, last = _moment(events[0]), _moment(events[-1])
    start = _day(events[0])
    month, ticks = dt.date(start.year, start.month, 1), []
    while month.toordinal() <= last:
        if month.toordinal() >= first:
            label = _MONTHS[month.month - 1] + (f" {month.year}" if month.month == 1 else "")
            ticks.append(AxisMark(_fraction(month.toordinal(), first, last), label, "tick"))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return ticks


def _axis_events(timeline: Timeline) -> list[Event]:
    """Dated, live, non-recital events in time order."""
    live = [e for e in timeline.events
            if e.date is not None and not e.recital and e.status != "dismissed"]
    return sorted(live, key=_moment)


def _fraction(moment: float, first: float, last: float) -> float:
    """Position of `moment` on an axis from `first` to `last` (the middle when they are equal)."""
    return 0.5 if last == first else (moment - first) / (last - first)


def caption_lines(timeline: Timeline) -> list[str]:
    """Court, case number, caption, document and time zone; empty parts left out."""
    case, document = timeline.case, timeline.document
    lines = [case.court, f"Case No. {case.number}" if case.number else "", case.caption]
    name = labels.file_name(document.path)
    source = _TEXT_SOURCES.get(document.text_source, document.text_source)
    pages = f"{document.pages} page{'s' if document.pages != 1 else ''}"
    lines.append(f"Document: {name} ({pages}, {source})" if name else "")
    lines.append(f"Court time zone: {case.timezone}" if case.timezone else "")
    return [line for line in lines if line]


def short_date(day: dt.date) -> str:
    """'Jan 10' for the axis.

    >>> short_date(dt.date(2025, 1, 10))
    'Jan 10'
    """
    return f"{_MONTHS[day.month - 1]} {day.day}"


def _row(event: Event, timeline: Timeline) -> PrintRow:
    """The printed row of one event."""
    date, time, zone = _row_when(event, timeline.case.timezone)
    return PrintRow(date=date, time=time, zone=zone, kind=labels.kind_name(event.kind),
                    title=" ".join(event.title.split()),
                    computation=_computation(event, timeline), cite=f"p. {event.page}",
                    status=labels.status_name(event.status),
                    flags=labels.flags_text(event.flags), kind_key=event.kind,
                    struck=event.status == "dismissed")


def _row_when(event: Event, default_zone: str) -> tuple[str, str, str]:
    """(date, time, zone) cells."""
    if event.date is None:
        return UNDATED, "", ""
    if event.time is None:
        return labels.day_label(event.date), "All day", ""
    zone = labels.event_zone(event, default_zone)
    abbrev = labels.zone_abbrev(zone, event.date, event.time)
    return labels.day_label(event.date), labels.clock(event.time), abbrev


def _computation(event: Event, timeline: Timeline) -> str:
    """How the date was reached; the counting rule when no computation was written."""
    if event.computation:
        text = " ".join(event.computation.split())
        return text[:1].upper() + text[1:]  # "Preliminary injunction hearing ... - 2 days" reads as a sentence
    if event.relative is not None:
        return relative_text(event.relative, timeline)
    if event.date is None:
        return "The order sets no date."
    return f"As stated: {event.stated}" if event.stated else ""


def _when_key(event: Event) -> tuple[dt.date, dt.time, int, str]:
    """Date, then all-day before timed, then the order's order."""
    assert event.date is not None
    return (event.date, event.time or dt.time.min, event.start, event.id)


def _day(event: Event) -> dt.date:
    """The date of an event known to be dated."""
    if event.date is None:
        raise ValueError(f"event {event.id} has no date")
    return event.date


def _moment(event: Event) -> float:
    """Days since the epoch, with the time of day as a fraction (zones ignored: a drawing)."""
    clock = event.time or dt.time(0)
    return _day(event).toordinal() + (clock.hour * 60 + clock.minute) / 1440

