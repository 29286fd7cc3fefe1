"""The timeline as iCalendar (RFC 5545): one file for import, one resource per event for CalDAV.

What each client does with what we write is in ../shared/reference/calendar-clients.md; the
choices below follow its §8 and cite it where a reader would otherwise wonder why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from icalendar import Alarm, Calendar, Timezone
from icalendar import Event as VEvent

from viewer.core.model import Event, Timeline
from viewer.export import labels
from viewer.export.describe import describe_event, describe_undated, summary
from viewer.export.vtimezone import vtimezone

PRODID = "-//CaseTimelineViewer//case-timeline-viewer 0.1//EN"
UID_DOMAIN = "case-timeline"

_HASHLIKE = re.compile(r"[0-9a-f][0-9a-f-]{7,63}")
_STATUS = {"proposed": "TENTATIVE", "confirmed": "CONFIRMED", "edited": "CONFIRMED",
           "dismissed": "CANCELLED"}
_HOUR = dt.timedelta(hours=1)
_CUTOFF = dt.timedelta(minutes=15)  # RFC 5545 §3.8.2.2: DTEND must come after DTSTART
# §8.5: the primary alarm first, because Outlook keeps only one.
_HEARING_ALARMS = (dt.timedelta(days=-1), dt.timedelta(hours=-2))
_CUTOFF_ALARMS = (dt.timedelta(days=-1), dt.timedelta(days=-7))
_ALL_DAY_ALARMS = (dt.timedelta(hours=-15), -dt.timedelta(days=6, hours=15))  # 09:00 before


def event_uid(event: Event) -> str:
    """The event's UID: its id when that is already a hex hash, else a hash of it.

    Never a party name or case number (RFC 7986 §5.3; orders are often sealed), and the same
    on every export so calendars that merge by UID update instead of duplicating.

    >>> event_uid(Event(id="3f2a9c41e0b7", kind="entry", title="", date=None))
    '3f2a9c41e0b7@case-timeline'
    """
    key = event.id if _HASHLIKE.fullmatch(event.id) else _digest(event.id)
    return f"{key}@{UID_DOMAIN}"


def undated_uid(timeline: Timeline) -> str:
    """UID of the one event that lists a document's undated obligations."""
    seed = timeline.document.sha256 or "|".join(sorted(e.id for e in _undated(timeline)))
    return f"undated-{_digest('undated:' + seed)}@{UID_DOMAIN}"


def to_ics(timeline: Timeline, *, stamp: dt.datetime, sequences: Mapping[str, int] | None = None,
           calendar_name: str | None = None) -> bytes:
    """One VCALENDAR (METHOD:PUBLISH) with every exported event of `timeline`.

    Args:
        timeline: the events; recitals are left out, dismissed events go out CANCELLED.
        stamp: DTSTAMP of every event (the export time, timezone-aware; converted to UTC).
        sequences: SEQUENCE per event, keyed by UID (or by Event.id); missing keys are 0.
        calendar_name: NAME / X-WR-CALNAME; defaults to the caption. Left out when the file
            holds one event, because Outlook would open a new calendar for it (§8.2).

    Raises:
        ValueError: `stamp` is naive, or an event names an unknown time zone.
    """
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("stamp must be timezone-aware")
    stamp = stamp.astimezone(dt.timezone.utc)
    events = _vevents(timeline, stamp, sequences or {})
    cal = _calendar(method=True)
    if len(events) > 1:
        name = calendar_name or timeline.case.caption or timeline.case.number or "Case timeline"
        cal.add("name", name)
        cal.add("x-wr-calname", name)
    for block in _vtimezones(timeline):
        cal.add_component(block)
    for event in events:
        cal.add_component(event)
    return _serialize(cal.content_lines())


def write_ics(path: Path, timeline: Timeline, *, stamp: dt.datetime,
              sequences: Mapping[str, int] | None = None,
              calendar_name: str | None = None) -> Path:
    """Write `to_ics(...)` to `path` through a temporary file, so a crash leaves no half file."""
    path = Path(path)
    data = to_ics(timeline, stamp=stamp, sequences=sequences, calendar_name=calendar_name)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path


def split_for_caldav(ics: bytes) -> dict[str, bytes]:
    """One VCALENDAR per VEVENT, keyed by UID, each with the VTIMEZONEs it uses and no METHOD.

    RFC 4791 §4.1: a CalDAV resource holds one UID and no METHOD; Radicale answers 400 to a
    multi-UID body. Works on the text (unfolded lines) so nothing is re-serialised differently.
    """
    lines = _unfold(ics)
    header = [ln for ln in _top_level(lines) if ln.split(":", 1)[0].split(";")[0] in
              ("VERSION", "PRODID", "CALSCALE")]
    zones = {_value(block, "TZID"): block for block in _blocks(lines, "VTIMEZONE")}
    resources: dict[str, bytes] = {}
    for block in _blocks(lines, "VEVENT"):
        used = sorted(set(re.findall(r";TZID=([^;:]+)", "\n".join(block))))
        body = ["BEGIN:VCALENDAR", *header]
        body += [ln for tzid in used for ln in zones.get(tzid, [])]
        body += [*block, "END:VCALENDAR"]
        resources[_value(block, "UID")] = _serialize(body)
    return resources


# --- building the events ---------------------------------------------------------------

def _vevents(timeline: Timeline, stamp: dt.datetime, sequences: Mapping[str, int]) -> list[VEvent]:
    """Every VEVENT in date order, then the undated-obligations event if there is one."""
    dated = sorted((e for e in timeline.events if not e.recital and e.date is not None),
                   key=lambda e: (e.date, e.time or dt.time.min, event_uid(e)))
    out = [_vevent(e, timeline, stamp, _sequence(sequences, event_uid(e), e.id)) for e in dated]
    undated = _undated_vevent(timeline, stamp, sequences)
    return out + ([undated] if undated is not None else [])


def _sequence(sequences: Mapping[str, int], uid: str, event_id: str = "") -> int:
    """SEQUENCE for an event, looked up by UID first and then by Event.id."""
    return int(sequences.get(uid, sequences.get(event_id, 0)))


def _vevent(event: Event, timeline: Timeline, stamp: dt.datetime, sequence: int) -> VEvent:
    """One dated event, with its times, status, text and alarms."""
    vevent = _base(event_uid(event), stamp, sequence, summary(event, timeline.case.timezone))
    _add_when(vevent, event, timeline.case.timezone)
    cancelled = event.status == "dismissed"
    opaque = event.kind == "hearing" and not cancelled and event.time is not None
    _add_status(vevent, _STATUS.get(event.status, "TENTATIVE"), opaque=opaque)
    vevent.add("categories", ["Case timeline", labels.kind_name(event.kind)])
    vevent.add("description", describe_event(event, timeline, stamp.date()))
    if not cancelled:
        _add_alarms(vevent, _triggers(event), str(vevent["summary"]))
    return vevent


def _base(uid: str, stamp: dt.datetime, sequence: int, text: str) -> VEvent:
    """A VEVENT with its identity properties: passed explicitly, never generated."""
    vevent = VEvent()
    vevent.add("uid", uid)
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", sequence)
    vevent.add("summary", text)
    return vevent


def _add_when(vevent: VEvent, event: Event, default_zone: str) -> None:
    """DTSTART/DTEND: all-day with an exclusive next-day end, or a short timed event."""
    assert event.date is not None
    if event.time is None:
        vevent.add("dtstart", event.date)
        vevent.add("dtend", event.date + dt.timedelta(days=1))
        vevent.add("x-microsoft-cdo-alldayevent", "TRUE")
        return
    zone = labels.event_zone(event, default_zone)
    # §8.4: a filing cutoff starts at the cutoff, so the calendar slot shows the deadline itself.
    length = _HOUR if event.kind == "hearing" else _CUTOFF
    start = labels.localize(zone, event.date, event.time)
    end = start.tzinfo.normalize(start + length)  # type: ignore[union-attr]
    if labels.localize(zone, end.date(), end.time()) != end:
        # The end falls in the repeated hour after clocks go back; as a wall time it would be
        # read as the first occurrence (possibly == DTSTART), so write that one end in UTC.
        end = end.astimezone(dt.timezone.utc)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)


def _add_status(vevent: VEvent, status: str, *, opaque: bool) -> None:
    """STATUS and busy time: only a hearing blocks the attorney's calendar."""
    vevent.add("status", status)
    vevent.add("transp", "OPAQUE" if opaque else "TRANSPARENT")
    vevent.add("x-microsoft-cdo-busystatus", "BUSY" if opaque else "FREE")


def _triggers(event: Event) -> tuple[dt.timedelta, ...]:
    """Alarm offsets (§8.5); the entry of the order itself needs no reminder."""
    if event.kind == "entry":
        return ()
    if event.time is None:
        return _ALL_DAY_ALARMS
    return _HEARING_ALARMS if event.kind == "hearing" else _CUTOFF_ALARMS


def _add_alarms(vevent: VEvent, triggers: Iterable[dt.timedelta], text: str) -> None:
    """DISPLAY alarms with a DESCRIPTION, which sabre and Nextcloud require."""
    for trigger in triggers:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Reminder: {text}")
        alarm.add("trigger", trigger)
        vevent.add_component(alarm)


def _undated(timeline: Timeline) -> list[Event]:
    """Obligations without a date, in the order's order (recitals left out)."""
    return [e for e in timeline.events if not e.recital and e.date is None]


def _undated_vevent(timeline: Timeline, stamp: dt.datetime,
                    sequences: Mapping[str, int]) -> VEvent | None:
    """One all-day event listing the undated obligations (§4: VTODO is invisible in Outlook,
    Google and iOS), on the entry date so its place and UID stay put across exports."""
    undated = _undated(timeline)
    if not undated:
        return None
    live = [e for e in undated if e.status != "dismissed"]
    uid = undated_uid(timeline)
    vevent = _base(uid, stamp, _sequence(sequences, uid), f"Undated obligations ({len(live)})")
    day = _anchor_day(timeline) or stamp.date()
    vevent.add("dtstart", day)
    vevent.add("dtend", day + dt.timedelta(days=1))
    vevent.add("x-microsoft-cdo-alldayevent", "TRUE")
    _add_status(vevent, "TENTATIVE" if live else "CANCELLED", opaque=False)
    vevent.add("categories", ["Case timeline", "Undated"])
    vevent.add("description", describe_undated(undated, timeline, stamp.date()))
    return vevent


def _anchor_day(timeline: Timeline) -> dt.date | None:
    """The order's entry date, else its earliest dated event."""
    dated = [e for e in timeline.events if e.date is not None and not e.recital]
    entries = [e.date for e in dated if e.kind == "entry" and e.date is not None]
    days = [e.date for e in dated if e.date is not None]
    return min(entries) if entries else min(days, default=None)


def _vtimezones(timeline: Timeline) -> list[Timezone]:
    """One VTIMEZONE per zone a timed event uses, covering that zone's events (RFC 5545 §3.6.5)."""
    spans: dict[str, list[dt.date]] = {}
    for event in timeline.events:
        if event.recital or event.date is None or event.time is None:
            continue
        zone = labels.event_zone(event, timeline.case.timezone)
        spans.setdefault(zone, []).append(event.date)
    return [vtimezone(zone, min(days), max(days)) for zone, days in sorted(spans.items())]


def _calendar(*, method: bool) -> Calendar:
    """The VCALENDAR shell; METHOD only in files and feeds, never in CalDAV bodies."""
    cal = Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", PRODID)
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", "PUBLISH")
    return cal


# --- content lines ------------------------------------------------------------------------

def _serialize(lines: Iterable[str]) -> bytes:
    """Fold and join content lines with CRLF, ending with CRLF."""
    return "".join(_fold(line) + "\r\n" for line in lines if line).encode("utf-8")


def _fold(line: str, limit: int = 75) -> str:
    """Fold at `limit` octets without splitting a UTF-8 character or a backslash escape.

    icalendar folds by octets but will cut between '\\' and 'n'; Outlook has broken on that
    (calendar-clients.md §5).
    """
    tokens = re.findall(r"\\.|.", line, flags=re.DOTALL)
    parts: list[str] = []
    current, size = "", 0
    for token in tokens:
        width = len(token.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += token
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _unfold(ics: bytes) -> list[str]:
    """Logical content lines of an iCalendar stream."""
    text = ics.decode("utf-8").replace("\r\n", "\n")
    return [ln for ln in re.sub(r"\n[ \t]", "", text).split("\n") if ln]


def _blocks(lines: list[str], name: str) -> list[list[str]]:
    """Every top-level BEGIN:name ... END:name block, lines included."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        if line == f"BEGIN:{name}" and current is None:
            current = []
        if current is not None:
            current.append(line)
            if line == f"END:{name}":
                blocks.append(current)
                current = None
    return blocks


def _top_level(lines: list[str]) -> list[str]:
    """Properties of the VCALENDAR itself (depth 1)."""
    depth, out = 0, []
    for line in lines:
        if line.startswith("BEGIN:"):
            depth += 1
        elif line.startswith("END:"):
            depth -= 1
        elif depth == 1:
            out.append(line)
    return out


def _value(block: list[str], name: str) -> str:
    """Value of the first `name` property in a block (parameters ignored)."""
    for line in block:
        key, _, value = line.partition(":")
        if key.split(";")[0] == name:
            return value
    raise ValueError(f"no {name} in component")


def _digest(text: str) -> str:
    """32 hex characters of SHA-256: stable, and reveals nothing of `text`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
