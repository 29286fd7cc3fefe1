"""Hand-built timelines for the export and printing tests, modelled on the seed TRO.

The dates, times and flags follow ../shared/samples/seed-tro/gold.json; a July (EDT) event and
events in Los Angeles and Phoenix were added so daylight time and zones without it are covered.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import icalendar

from viewer.core.model import Case, DocumentInfo, Event, Relative, Timeline

NY = "America/New_York"
STAMP = dt.datetime(2025, 1, 2, 15, 30, tzinfo=dt.timezone.utc)


def _event(id_: str, kind: str, title: str, date: dt.date | None, **kw: object) -> Event:
    """An Event with the seed's zone and a page, overridable by keyword."""
    return Event(id=id_, kind=kind, title=title, date=date, **{"timezone": NY, "page": 1, **kw})


def seed_events() -> tuple[Event, ...]:
    """Entry, expiry, two 4 p.m. filings, the year-corrected hearing, undated obligations."""
    return (
        _event("a1e0000000000001", "entry", "Ex parte TRO entered", dt.date(2024, 12, 20),
               quote="Entered this 20 day of December, 2024.", page=6, status="confirmed"),
        _event("a1e0000000000002", "hearing",
               "Preliminary injunction / order to show cause hearing",
               dt.date(2025, 1, 10), time=dt.time(10, 0), page=5,
               stated="January 10, 2024, at 10 a.m.",
               computation="Order says 2024-01-10, 21 days before its own entry (2024-12-20); "
                           "read as 2025-01-10 (a Friday). Confirm with chambers.",
               quote="the Defendants shall appear before this Court on January 10, 2024, "
                     "at 10 a.m. to show cause",
               flags=("year-corrected", "needs-review"), confidence=0.7),
        _event("a1e0000000000003", "filing",
               "Defendants' answering affidavits, pleadings, motions, expert reports, "
               "declarations and legal memoranda due", dt.date(2025, 1, 8),
               time=dt.time(16, 0), page=5,
               relative=Relative(2, "days", "before", "a1e0000000000002"),
               computation="Hearing Fri 2025-01-10 minus 2 days = Wed 2025-01-08; not a weekend "
                           "or holiday, no roll (Fed. R. Civ. P. 6(a)(1), 6(a)(5)). Time from "
                           "the order: 4:00 p.m. (Eastern Standard Time).",
               quote="no later than two (2) days prior to the hearing on Microsoft's request "
                     "for a preliminary injunction"),
        _event("a1e0000000000004", "filing",
               "Plaintiff's responsive or supplemental pleadings, materials, affidavits or "
               "memoranda due", dt.date(2025, 1, 8), time=dt.time(16, 0), page=5,
               relative=Relative(1, "days", "before", "a1e0000000000002"),
               computation="Hearing Fri 2025-01-10 minus 1 day = Thu 2025-01-09, the National "
                           "Day of Mourning (E.O. 14133), a legal holiday under Rule 6(a)(6)(B); "
                           "counting backward rolls to Wed 2025-01-08 (Rule 6(a)(5)).",
               quote="no later than one (1) day prior to the preliminary injunction hearing",
               flags=("collapsed-deadlines",)),
        _event("a1e0000000000005", "expiry", "TRO expires under Rule 65(b)(2) unless extended",
               dt.date(2025, 1, 3), page=6,
               relative=Relative(14, "days", "after", "a1e0000000000001"),
               computation="Entry 2024-12-20 + 14 days = Fri 2025-01-03 (Rule 65(b)(2)).",
               quote="are temporarily restrained and enjoined"),
        _event("a1e0000000000006", "other", "Plaintiff to post Rule 65(c) bond of $25,000", None,
               page=4, quote="Microsoft shall post a bond in the amount of $25,000 pursuant to "
                             "Federal Rule of Civil Procedure 65(c)"),
        _event("a1e0000000000007", "service",
               "Serve TRO, notice of PI hearing and complaint on Defendants", None, page=5,
               quote="service of the Complaint may be served by any means authorized by law"),
        _event("a1e0000000000008", "other", "Registry to execute the Order", None, page=3,
               quote="within a reasonable time after the registry receives notice of this order",
               flags=("needs-review",)),
    )


def extra_events() -> tuple[Event, ...]:
    """Daylight time in July, a Los Angeles and a Phoenix court, a recital, a dismissed event."""
    return (
        _event("b2e0000000000001", "hearing", "Status conference (summer)", dt.date(2025, 7, 15),
               time=dt.time(10, 0), page=2, status="confirmed"),
        _event("b2e0000000000002", "hearing", "Case management conference, San Francisco",
               dt.date(2025, 2, 3), time=dt.time(13, 30), timezone="America/Los_Angeles"),
        _event("b2e0000000000003", "filing", "Joint report due, Phoenix",
               dt.date(2025, 7, 1), time=dt.time(17, 0), timezone="America/Phoenix"),
        _event("b2e0000000000004", "filing", "Complaint filed", dt.date(2024, 12, 18),
               recital=True, page=1),
        _event("b2e0000000000005", "filing", "Superseded opposition deadline",
               dt.date(2025, 1, 6), status="dismissed", page=5),
    )


def seed_timeline(*, extra: bool = True) -> Timeline:
    """The seed-like timeline; `extra` adds the zone, recital and dismissed cases."""
    events = seed_events() + (extra_events() if extra else ())
    return Timeline(
        document=DocumentInfo(path="/home/clerk/matters/order.pdf",
                              sha256="3f2a9c41e0b7" + "0" * 52, pages=6, text_source="text"),
        case=Case(court="United States District Court for the Eastern District of Virginia",
                  number="1:24-cv-02323", caption="Microsoft Corp. v. Does 1-10",
                  timezone=NY, state="VA"),
        events=events,
    )


def replace_event(timeline: Timeline, event_id: str, **changes: object) -> Timeline:
    """The timeline with one event changed."""
    events = tuple(dataclasses.replace(e, **changes) if e.id == event_id else e
                   for e in timeline.events)
    return dataclasses.replace(timeline, events=events)


def vevents(ics: bytes) -> dict[str, icalendar.Event]:
    """The VEVENTs of an iCalendar stream, keyed by UID."""
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
