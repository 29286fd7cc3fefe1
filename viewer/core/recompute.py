"""Recompute relative deadlines when the event they are counted from moves.

A deadline "2 days before the hearing" follows the hearing: when the user corrects the hearing
date, every event counted from it (directly or through a chain) is counted again under Rule 6(a).
What the user has edited or dismissed is theirs and is never touched. A chain that loops back on
itself has no answer, so its events keep their dates and are flagged "anchor-cycle".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from viewer.core.courtdays import count_hours, count_period
from viewer.core.legaldays import Computation, HolidayCalendar
from viewer.core.model import Event
from viewer.core.resolve import unrolled_last_day, unrolled_note

USER_OWNED = ("edited", "dismissed")
# Flags a computation sets; they are replaced, not accumulated, when an event is counted again.
COMPUTED_FLAGS = frozenset({
    "rolled", "closure-day-roll", "readings-differ", "month-end", "dst-in-window", "no-timezone",
    "anchor-cycle", "anchor-undated", "needs-time", "bad-period",
})


def recompute_dependents(events: Sequence[Event], calendar: HolidayCalendar) -> tuple[Event, ...]:
    """Count every relative event again from its anchor's current date, anchors first.

    Only events whose `relative.anchor` is the id of another event in `events` and whose status
    is not "edited" or "dismissed" are recomputed; their time of day is kept (a period in hours
    sets it). Events in, or counted from, a cycle are left as they are and flagged "anchor-cycle".
    The result has the same events in the same order.
    """
    current = {event.id: event for event in events}
    anchors = _anchor_map(events)
    order, stuck = _dependency_order(anchors)
    for event_id in order:
        current[event_id] = _recompute(current[event_id], current[anchors[event_id]], calendar)
    for event_id in stuck:
        current[event_id] = _with_flags(current[event_id], ("anchor-cycle",), keep_computed=True)
    return tuple(current[event.id] for event in events)


def _anchor_map(events: Sequence[Event]) -> dict[str, str]:
    """{event id: anchor id} for the events this module may recompute."""
    ids = {event.id for event in events}
    return {event.id: event.relative.anchor for event in events
            if event.relative is not None and event.relative.anchor in ids
            and event.status not in USER_OWNED}


def _dependency_order(anchors: dict[str, str]) -> tuple[list[str], set[str]]:
    """Anchors before dependents, and the events that sit in or hang from a cycle.

    Each event has at most one anchor, so following anchors from any event either leaves the
    recomputed set (a fixed anchor) or comes back to an event already on the path (a cycle).
    """
    seen: set[str] = set()
    order: list[str] = []
    stuck: set[str] = set()
    for start in anchors:
        path: list[str] = []
        node = start
        while node in anchors and node not in seen:
            seen.add(node)
            path.append(node)
            node = anchors[node]
        if node in anchors and (node in path or node in stuck):
            stuck.update(path)
        else:
            order.extend(reversed(path))
    return order, stuck


def _recompute(event: Event, anchor: Event, calendar: HolidayCalendar) -> Event:
    relative = event.relative
    assert relative is not None  # _anchor_map keeps relative events only
    label = anchor.title or anchor.kind
    if anchor.date is None:
        why = f"{label} has no date, so {_period(event)} cannot be counted yet"
        return _undated(event, why, "anchor-undated")
    if relative.amount == 0:
        return _same_day(event, anchor)
    try:
        if relative.unit == "hours":
            return _recompute_hours(event, anchor, calendar)
        computation = count_period(anchor.date, relative.amount, relative.unit, relative.direction,
                                   calendar, trigger_label=label)
    except ValueError as error:
        return _with_flags(replace(event, computation=f"cannot count {_period(event)}: {error}"),
                           ("bad-period",), keep_computed=True)
    if event.kind == "expiry" and "rolled" in computation.flags and relative.unit in ("days", "calendar_days", "weeks"):
        return _ends_unrolled(event, anchor.date, computation)
    return _with_flags(replace(event, date=computation.date, computation=computation.explain()),
                       computation.flags)


def _ends_unrolled(event: Event, trigger: dt.date, computation: Computation) -> Event:
    """As resolve.end_unrolled: a stay or restraint ends on its last day; the roll is the other reading."""
    rel = event.relative
    assert rel is not None and computation.date is not None
    last = unrolled_last_day(trigger, rel.amount, rel.unit, rel.direction)
    text = f"{computation.explain()} {unrolled_note(last, computation.date)}"
    flags = tuple(f for f in computation.flags if f != "rolled") + ("readings-differ",)
    return _with_flags(replace(event, date=last, computation=text), flags)


def _recompute_hours(event: Event, anchor: Event, calendar: HolidayCalendar) -> Event:
    """A period in hours runs from the anchor's date and time (Rule 6(a)(2)) and sets the time."""
    relative = event.relative
    assert relative is not None and anchor.date is not None
    if anchor.time is None:
        why = f"{anchor.title or anchor.kind} has no time of day, so {_period(event)} cannot be counted"
        return _undated(event, why, "needs-time")
    start = datetime.combine(anchor.date, anchor.time, tzinfo=_zone(anchor.timezone))
    end, computation = count_hours(start, relative.amount, relative.direction, calendar,
                                   trigger_label=anchor.title or anchor.kind)
    moved = replace(event, date=end.date(), time=end.time(), computation=computation.explain())
    return _with_flags(moved, computation.flags)


def _same_day(event: Event, anchor: Event) -> Event:
    """"Along with" / "0 days before": no period runs, so nothing rolls (as extraction reads it)."""
    assert anchor.date is not None
    why = f"Same day as the {anchor.title or anchor.kind} ({anchor.date.isoformat()}): no period to count."
    moved = replace(event, date=anchor.date, time=event.time or anchor.time, computation=why)
    return _with_flags(moved, ())


def _undated(event: Event, why: str, flag: str) -> Event:
    """No date rather than a stale one: a deadline that cannot be justified is not shown as one."""
    return _with_flags(replace(event, date=None, computation=why), (flag,))


def _with_flags(event: Event, flags: Sequence[str], *, keep_computed: bool = False) -> Event:
    kept = [f for f in event.flags if keep_computed or f not in COMPUTED_FLAGS]
    return replace(event, flags=tuple(dict.fromkeys([*kept, *flags])))


def _period(event: Event) -> str:
    relative = event.relative
    assert relative is not None
    return f"{relative.amount} {relative.unit.replace('_', ' ')} {relative.direction}"


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # counted on the wall clock; count_hours flags "no-timezone"
