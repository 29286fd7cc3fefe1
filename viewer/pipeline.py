"""Compose the adapters and the core: a file in, a timeline out.

The core is pure; this module does the I/O around it: reading the PDF or text, naming the court
and its zone from the caption, and building the court's holiday calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from viewer import calendars, courts, zone_clues
from viewer.core import courtdays
from viewer.core.courtdays import HolidayCalendar
from viewer.core.extract import extract_timeline
from viewer.core.model import Case, Event, Timeline
from viewer.core.recompute import recompute_dependents
from viewer.pdf import read_document

DEFAULT_ZONE = "America/New_York"
Closures = Iterable[tuple[dt.date, str]]


# Courts in the D.C. area, where Inauguration Day is a federal holiday (5 U.S.C. 6103(c)).
_DC_AREA = {"dcd", "cadc", "cafc", "cofc", "ustc", "dcb"}
_DC_AREA_DIVISIONS = {("vaed", "Alexandria"), ("mdd", "Greenbelt"), ("vaeb", "Alexandria")}


def identify_case(text: str, *, fallback_zone: str = DEFAULT_ZONE) -> Case:
    """The court, its zone and its state from the caption; the fallback zone where none is named."""
    return _case_of(courts.identify_court(text), fallback_zone)


def _case_of(court: courts.Court | None, fallback_zone: str) -> Case:
    if court is None:
        return Case(timezone=fallback_zone)
    name = court.name
    if court.division:
        state_court = court.code.startswith("state-")
        name = f"{name}, {court.division}" + ("" if state_court else " Division")
    return Case(court=name, timezone=court.timezone, state=court.state)


def court_calendar(case: Case, closures: Closures = (), *,
                   court: courts.Court | None = None) -> HolidayCalendar:
    """Legal holidays for the case's court: federal, presidential closures, state, user days.

    `court` saves naming the court again when the caller already knows it.
    """
    if court is None and case.court:
        court = courts.identify_court(case.court)
    dc_area = court is not None and (court.code in _DC_AREA
                                     or (court.code, court.division) in _DC_AREA_DIVISIONS)
    state_court = court is not None and court.code.startswith("state-")
    return calendars.court_calendar(case.state, closures, inauguration_dc_area=dc_area, state_court=state_court)


def extract_file(path: str | Path, *, today: dt.date, password: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None, closures: Closures = (),
                 fallback_zone: str = DEFAULT_ZONE) -> Timeline:
    """Read `path` (PDF or .txt) and extract its timeline.

    `today` is accepted so callers state it; the extraction itself never needs the clock.
    Raises viewer.pdf.PdfError (one-line message) for unreadable input.
    """
    del today  # dates are resolved from the order itself, never from the clock
    info, source = read_document(path, password=password, progress=progress, cancel=cancel)
    court = courts.identify_court(source.text)
    case = _case_of(court, fallback_zone)
    clue = zone_clues.infer_zone(source.text) if court is None else None
    if clue is not None:  # no court named, but the order says where it sits
        case = replace(case, timezone=clue.timezone, state=clue.state)
    calendar = court_calendar(case, tuple(closures), court=court)
    timeline = extract_timeline(source, info, case=case, calendar=calendar)
    if clue is None:
        return timeline
    why = (f"No court is named; times are read as {clue.timezone} because the order says "
           f"'{clue.evidence}'" + (f" (state holidays: {clue.state})" if clue.state else "") + ".")
    return replace(timeline, warnings=(*timeline.warnings, why))


def recompute(timeline: Timeline, *, closures: Closures = ()) -> Timeline:
    """Re-derive every dependent deadline the user has not edited (after an anchor changes)."""
    calendar = court_calendar(timeline.case, tuple(closures))
    return replace(timeline, events=recompute_dependents(timeline.events, calendar))


def count_from_anchor_date(timeline: Timeline, event: Event, anchor_day: dt.date, *,
                           closures: Closures = ()) -> dict[str, object]:
    """The corrections that date a period whose anchor the order left undated.

    "Within 21 days after service": once counsel enter the service date, the deadline is counted
    under Rule 6(a) with the court's calendar, and the steps say where the anchor date came from.
    Returns the fields to save (date, computation, flags); raises ValueError for a non-period.
    """
    rel = event.relative
    if rel is None or rel.unit == "hours":
        raise ValueError("only a period counted in days, weeks, months or years can be dated this way")
    calendar = court_calendar(timeline.case, tuple(closures))
    label = f"{rel.anchor} (date entered by counsel)"
    flags: tuple[str, ...] = ()
    if rel.amount == 0:
        date, steps = anchor_day, f"Same day as {label}, {anchor_day.isoformat()}."
    else:
        result = courtdays.count_period(anchor_day, rel.amount, rel.unit, rel.direction, calendar,
                                        trigger_label=label)
        date, steps, flags = result.date, result.explain(), result.flags
    kept = tuple(f for f in event.flags if f not in ("anchor-undated", "needs-review"))
    return {"date": date, "computation": steps, "flags": kept + tuple(f for f in flags if f not in kept)}
