"""The text of an exported event: SUMMARY and DESCRIPTION (calendar-clients.md §8.4).

Plain text only (no X-ALT-DESC): SUMMARY on one line of about 80 characters, starting with what
kind of date it is; DESCRIPTION with the flags first, then when, how it was computed, the words
of the order and where they are, so counsel can check the date without opening the app.
"""

from __future__ import annotations

import datetime as dt
import re

from viewer.core.model import Event, Relative, Timeline
from viewer.export import labels

SUMMARY_LIMIT = 80
QUOTE_LIMIT = 600
DESCRIPTION_LIMIT = 4000  # Google keeps about 8K; some clients cut earlier
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # all but TAB and LF
_LEADS = {"entry": "Entered", "service": "Serve", "filing": "Due", "hearing": "Hearing",
          "expiry": "Expires", "other": "Deadline"}


def clean(text: str) -> str:
    """Text without control characters (invalid in iCalendar TEXT); CR/LF pairs become LF."""
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str, limit: int) -> str:
    """Whitespace collapsed to single spaces and cut to `limit` characters with an ellipsis."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def summary(event: Event, default_zone: str) -> str:
    """'Due by 4:00 p.m. EST: Defendants' papers…', 'Hearing: …', 'CANCELLED: Due: …'."""
    lead = _LEADS.get(event.kind, labels.kind_name(event.kind))
    if event.time is not None and event.date is not None and event.kind != "hearing":
        zone = labels.event_zone(event, default_zone)
        lead += f" by {labels.clock(event.time)} {labels.zone_abbrev(zone, event.date, event.time)}"
    text = f"{lead}: {event.title}"
    if event.status == "dismissed":
        text = f"CANCELLED: {text}"
    return one_line(text, SUMMARY_LIMIT)


def describe_event(event: Event, timeline: Timeline, export_day: dt.date) -> str:
    """DESCRIPTION of one dated event."""
    lines = _flag_lines(event)
    lines.append(f"Status: {_status_text(event.status)}")
    lines.append(f"{labels.kind_name(event.kind)}: {_when(event, timeline.case.timezone)}")
    lines.append(f"Title: {one_line(event.title, 500)}")
    lines += _reasoning(event, timeline)
    lines += _footer(timeline, export_day)
    return _limit("\n".join(lines))


def describe_undated(events: list[Event], timeline: Timeline, export_day: dt.date) -> str:
    """DESCRIPTION of the one event that lists obligations without a date."""
    lines = ["The order sets no date for these obligations. Calendar each one by hand.", ""]
    live = [e for e in events if e.status != "dismissed"]
    for number, event in enumerate(live, start=1):
        lines.append(f"{number}. {labels.kind_name(event.kind)}: {one_line(event.title, 300)}")
        lines += ["   " + line for line in _flag_lines(event) + _reasoning(event, timeline)]
    if not live:
        lines.append("All undated obligations were dismissed.")
    lines += _footer(timeline, export_day)
    return _limit("\n".join(lines))


def relative_text(relative: Relative, timeline: Timeline) -> str:
    """'2 days before Preliminary injunction hearing' (anchor ids resolved to titles)."""
    anchors = {e.id: e.title for e in timeline.events}
    anchor = anchors.get(relative.anchor, relative.anchor)
    unit = relative.unit.replace("_", " ")
    if relative.amount == 1:
        unit = unit.replace("days", "day").replace("weeks", "week").replace("months", "month")
        unit = unit.replace("hours", "hour")
    return f"{relative.amount} {unit} {relative.direction} {one_line(anchor, 120)}"


def _flag_lines(event: Event) -> list[str]:
    """A loud first line when extraction was unsure; a year it corrected needs chambers."""
    if not event.flags:
        return []
    return [f"CONFIRM WITH CHAMBERS: {labels.flags_text(event.flags)}"]


def _status_text(status: str) -> str:
    """Review status as a sentence counsel can act on."""
    notes = {"proposed": "Proposed (not reviewed yet)", "confirmed": "Confirmed",
             "edited": "Edited by the user", "dismissed": "DISMISSED (no longer applies)"}
    return notes.get(status, labels.status_name(status))


def _when(event: Event, default_zone: str) -> str:
    """Date and time in the court's words; an all-day filing day says when it really ends."""
    assert event.date is not None
    day = labels.day_label(event.date)
    zone = labels.event_zone(event, default_zone)
    if event.time is not None:
        abbrev = labels.zone_abbrev(zone, event.date, event.time)
        return f"{day} {labels.clock(event.time)} {abbrev} ({zone})"
    if event.kind == "filing":
        # All-day events float to the reader's zone; the legal deadline does not.
        return (f"{day}, by 11:59 p.m. {zone} for electronic filing unless the order says "
                "otherwise (Fed. R. Civ. P. 6(a)(4)(A))")
    return f"{day} (all day)"


def _reasoning(event: Event, timeline: Timeline) -> list[str]:
    """How the date was found, and the words of the order with their page."""
    lines: list[str] = []
    if event.stated:
        lines.append(f"Order says: {one_line(event.stated, 200)}")
    if event.relative is not None:
        lines.append(f"Counted: {relative_text(event.relative, timeline)}")
    if event.computation:
        lines.append(f"Computed: {clean(event.computation).strip()}")
    if event.quote:
        lines.append(f'Source: "{one_line(event.quote, QUOTE_LIMIT)}" (p. {event.page})')
    else:
        lines.append(f"Source: p. {event.page}")
    return lines


def _footer(timeline: Timeline, export_day: dt.date) -> list[str]:
    """File name (never the full path: it may name the client) and the export date."""
    document = timeline.document
    name = labels.file_name(document.path) or "(unknown file)"
    digest = f", sha256 {document.sha256[:12]}" if document.sha256 else ""
    return ["", f"File: {name}{digest}",
            f"Exported by Case Timeline Viewer on {export_day.isoformat()}. "
            "Check every date against the order."]


def _limit(text: str) -> str:
    """DESCRIPTION cut to DESCRIPTION_LIMIT characters."""
    return text if len(text) <= DESCRIPTION_LIMIT else text[: DESCRIPTION_LIMIT - 1] + "…"
