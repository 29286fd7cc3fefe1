"""The .ics export read back with icalendar: instants, all-day dates, text, status, sequence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.export.timelines import STAMP, replace_event, seed_timeline, vevents
from viewer.export.ics import event_uid, split_for_caldav, to_ics, undated_uid, write_ics

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "ics" / "seed-tro.ics"
UTC = dt.timezone.utc
HEARING, FILING_D, FILING_P, ENTRY, EXPIRY = (f"a1e000000000000{n}@case-timeline"
                                              for n in (2, 3, 4, 1, 5))
SUMMER, LA, PHOENIX, RECITAL, DISMISSED = (f"b2e000000000000{n}@case-timeline"
                                           for n in (1, 2, 3, 4, 5))


@pytest.fixture(scope="module")
def ics() -> bytes:
    return to_ics(seed_timeline(), stamp=STAMP)


@pytest.fixture(scope="module")
def events(ics: bytes) -> dict:
    return vevents(ics)


@pytest.mark.parametrize(("uid", "utc"), [
    (HEARING, dt.datetime(2025, 1, 10, 15, 0, tzinfo=UTC)),    # 10:00 EST
    (FILING_D, dt.datetime(2025, 1, 8, 21, 0, tzinfo=UTC)),    # 16:00 EST
    (FILING_P, dt.datetime(2025, 1, 8, 21, 0, tzinfo=UTC)),
    (SUMMER, dt.datetime(2025, 7, 15, 14, 0, tzinfo=UTC)),     # 10:00 EDT
    (LA, dt.datetime(2025, 2, 3, 21, 30, tzinfo=UTC)),         # 13:30 PST
    (PHOENIX, dt.datetime(2025, 7, 2, 0, 0, tzinfo=UTC)),      # 17:00 MST, no DST in July
])
def test_timed_events_keep_their_utc_instant(events: dict, uid: str, utc: dt.datetime) -> None:
    start = events[uid].decoded("dtstart")
    assert start.astimezone(UTC) == utc
    assert events[uid]["DTSTART"].params["TZID"] in ("America/New_York", "America/Los_Angeles",
                                                     "America/Phoenix")


def test_hearing_lasts_an_hour_and_a_filing_cutoff_starts_at_the_cutoff(events: dict) -> None:
    hearing, filing = events[HEARING], events[FILING_D]
    assert hearing.decoded("dtend") - hearing.decoded("dtstart") == dt.timedelta(hours=1)
    assert filing.decoded("dtstart").time() == dt.time(16, 0)
    assert filing.decoded("dtend") - filing.decoded("dtstart") == dt.timedelta(minutes=15)


@pytest.mark.parametrize(("uid", "day"), [(ENTRY, dt.date(2024, 12, 20)),
                                          (EXPIRY, dt.date(2025, 1, 3))])
def test_date_only_events_are_all_day_with_exclusive_end(events: dict, uid: str,
                                                         day: dt.date) -> None:
    start, end = events[uid].decoded("dtstart"), events[uid].decoded("dtend")
    assert type(start) is dt.date and start == day
    assert type(end) is dt.date and end == day + dt.timedelta(days=1)
    assert events[uid]["X-MICROSOFT-CDO-ALLDAYEVENT"] == "TRUE"


@pytest.mark.parametrize(("uid", "lead", "category"), [
    (HEARING, "Hearing: Preliminary injunction", "Hearing"),
    (FILING_D, "Due by 4:00 p.m. EST: Defendants' answering", "Filing"),
    (PHOENIX, "Due by 5:00 p.m. MST: Joint report", "Filing"),
    (ENTRY, "Entered: Ex parte TRO entered", "Entry"),
    (EXPIRY, "Expires: TRO expires", "Expiry"),
])
def test_summary_starts_with_the_kind(events: dict, uid: str, lead: str, category: str) -> None:
    text = str(events[uid]["SUMMARY"])
    assert text.startswith(lead)
    assert len(text) <= 80 and "\n" not in text
    assert category in [str(c) for c in events[uid]["CATEGORIES"].cats]


def test_calendar_header(ics: bytes) -> None:
    cal = Calendar.from_ical(ics)
    assert cal["METHOD"] == "PUBLISH"
    assert cal["VERSION"] == "2.0"
    assert str(cal["PRODID"]).startswith("-//CaseTimelineViewer//")
    assert cal["X-WR-CALNAME"] == "Microsoft Corp. v. Does 1-10"
    assert ics.count(b"BEGIN:VCALENDAR") == 1


def test_description_carries_quote_computation_page_file_and_flags(events: dict) -> None:
    text = str(events[HEARING]["DESCRIPTION"])
    assert text.startswith("CONFIRM WITH CHAMBERS: year corrected, needs review")
    assert "January 10, 2024, at 10 a.m. to show cause\" (p. 5)" in text
    assert "read as 2025-01-10 (a Friday)" in text
    assert "File: order.pdf, sha256 3f2a9c41e0b7" in text
    assert "/home/clerk" not in text  # the folder may name the client
    assert "Fri 2025-01-10 10:00 a.m. EST (America/New_York)" in text


def test_status_follows_review(events: dict) -> None:
    assert events[HEARING]["STATUS"] == "TENTATIVE"     # proposed
    assert events[ENTRY]["STATUS"] == "CONFIRMED"
    assert events[HEARING]["TRANSP"] == "OPAQUE"       # only hearings block the day
    assert events[FILING_D]["TRANSP"] == "TRANSPARENT"


def test_dismissed_event_goes_out_cancelled_without_alarms(events: dict) -> None:
    cancelled = events[DISMISSED]
    assert cancelled["STATUS"] == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("CANCELLED: Due:")
    assert cancelled["TRANSP"] == "TRANSPARENT"
    assert not cancelled.walk("VALARM")


def test_recitals_are_not_exported(events: dict) -> None:
    assert RECITAL not in events
    assert len(events) == 10  # 5 dated seed + 1 undated summary + 4 dated extras


@pytest.mark.parametrize(("uid", "triggers"), [
    (HEARING, [dt.timedelta(days=-1), dt.timedelta(hours=-2)]),
    (FILING_D, [dt.timedelta(days=-1), dt.timedelta(days=-7)]),
    (EXPIRY, [dt.timedelta(hours=-15), -dt.timedelta(days=6, hours=15)]),
    (ENTRY, []),
])
def test_alarms_primary_first(events: dict, uid: str, triggers: list) -> None:
    alarms = events[uid].walk("VALARM")
    assert [a.decoded("trigger") for a in alarms] == triggers
    assert all(a["ACTION"] == "DISPLAY" and str(a["DESCRIPTION"]) for a in alarms)


def test_undated_obligations_form_one_all_day_event_on_the_entry_date(events: dict) -> None:
    undated = events[undated_uid(seed_timeline())]
    assert str(undated["SUMMARY"]) == "Undated obligations (3)"
    assert undated.decoded("dtstart") == dt.date(2024, 12, 20)
    assert undated.decoded("dtend") == dt.date(2024, 12, 21)
    assert undated["STATUS"] == "TENTATIVE" and undated["TRANSP"] == "TRANSPARENT"
    text = str(undated["DESCRIPTION"])
    for needle in ("bond of $25,000", "Serve TRO", "Registry to execute", "(p. 4)",
                   "CONFIRM WITH CHAMBERS: needs review"):
        assert needle in text
    assert not undated.walk("VALARM")


def test_undated_event_counts_live_obligations_and_falls_back_to_earliest_date() -> None:
    base = seed_timeline()
    no_entry = dataclasses.replace(base, events=tuple(e for e in base.events
                                                      if e.kind != "entry"))
    no_entry = replace_event(no_entry, "a1e0000000000006", status="dismissed")
    undated = vevents(to_ics(no_entry, stamp=STAMP))[undated_uid(base)]
    assert str(undated["SUMMARY"]) == "Undated obligations (2)"
    assert undated.decoded("dtstart") == dt.date(2025, 1, 3)  # earliest dated event


def test_all_undated_dismissed_cancels_the_summary_event() -> None:
    timeline = seed_timeline()
    for event_id in ("a1e0000000000006", "a1e0000000000007", "a1e0000000000008"):
        timeline = replace_event(timeline, event_id, status="dismissed")
    undated = vevents(to_ics(timeline, stamp=STAMP))[undated_uid(timeline)]
    assert undated["STATUS"] == "CANCELLED"


def test_no_undated_obligations_no_summary_event() -> None:
    base = seed_timeline()
    dated = dataclasses.replace(base, events=tuple(e for e in base.events if e.date))
    assert not any(uid.startswith("undated-") for uid in vevents(to_ics(dated, stamp=STAMP)))


def test_uids_never_carry_case_identity(events: dict) -> None:
    for uid in events:
        assert re.fullmatch(r"[0-9a-z-]+@case-timeline", uid), uid
    odd = dataclasses.replace(seed_timeline().events[0], id="Microsoft 1:24-cv-02323 entry")
    uid = event_uid(odd)
    assert "Microsoft" not in uid and "2323" not in uid
    assert uid == event_uid(odd)  # hashed, but stable


def test_same_input_and_stamp_give_identical_bytes(ics: bytes) -> None:
    assert to_ics(seed_timeline(), stamp=STAMP) == ics
    # a non-UTC stamp is the same instant: same bytes
    eastern = dt.timezone(dt.timedelta(hours=-5))
    assert to_ics(seed_timeline(), stamp=STAMP.astimezone(eastern)) == ics


def test_re_export_keeps_uids_and_bumped_sequence_shows(events: dict) -> None:
    later = STAMP + dt.timedelta(days=3)
    moved = replace_event(seed_timeline(), "a1e0000000000002", date=dt.date(2025, 1, 17))
    again = vevents(to_ics(moved, stamp=later, sequences={HEARING: 1, "a1e0000000000003": 2}))
    assert set(again) == set(events)
    assert again[HEARING]["SEQUENCE"] == 1 > events[HEARING]["SEQUENCE"] == 0
    assert again[FILING_D]["SEQUENCE"] == 2  # keyed by Event.id works too
    assert again[HEARING].decoded("dtstart").date() == dt.date(2025, 1, 17)
    assert again[ENTRY]["SEQUENCE"] == 0
    undated = undated_uid(moved)
    bumped = vevents(to_ics(moved, stamp=later, sequences={undated: 4}))[undated]
    assert bumped["SEQUENCE"] == 4


def test_only_changed_events_change_between_exports(ics: bytes) -> None:
    """T6: apart from DTSTAMP, untouched VEVENT blocks are byte-identical."""
    dismissed = replace_event(seed_timeline(), "a1e0000000000005", status="dismissed")
    after = to_ics(dismissed, stamp=STAMP + dt.timedelta(hours=1), sequences={EXPIRY: 1})
    before_parts, after_parts = split_for_caldav(ics), split_for_caldav(after)
    changed = {uid for uid in before_parts
               if _without_stamp(before_parts[uid]) != _without_stamp(after_parts[uid])}
    assert changed == {EXPIRY}
    expiry = vevents(after)[EXPIRY]
    assert expiry["STATUS"] == "CANCELLED" and expiry["SEQUENCE"] == 1
    assert not expiry.walk("VALARM")


def _without_stamp(body: bytes) -> bytes:
    return re.sub(rb"DTSTAMP:\d{8}T\d{6}Z", b"", body)


def test_single_event_file_has_no_calendar_name() -> None:
    base = seed_timeline()
    one = dataclasses.replace(base, events=base.events[:1])
    out = to_ics(one, stamp=STAMP)
    assert b"X-WR-CALNAME" not in out and b"\r\nNAME:" not in out
    named = to_ics(base, stamp=STAMP, calendar_name="Sealed matter 17")
    assert Calendar.from_ical(named)["X-WR-CALNAME"] == "Sealed matter 17"


def test_naive_stamp_and_unknown_zone_are_rejected() -> None:
    with pytest.raises(ValueError, match="aware"):
        to_ics(seed_timeline(), stamp=dt.datetime(2025, 1, 2))
    bad = replace_event(seed_timeline(), "a1e0000000000002", timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="Mars/Olympus"):
        to_ics(bad, stamp=STAMP)


def test_write_ics_writes_the_same_bytes(tmp_path: Path, ics: bytes) -> None:
    path = write_ics(tmp_path / "case.ics", seed_timeline(), stamp=STAMP)
    assert path.read_bytes() == ics
    assert list(tmp_path.iterdir()) == [path]  # no partial file left behind


def test_golden_file(ics: bytes) -> None:
    """The seed export byte for byte; UPDATE_GOLDEN=1 rewrites it (review the diff)."""
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(ics)
    assert GOLDEN.read_bytes() == ics


def test_split_for_caldav_gives_one_uid_per_resource_without_method(ics: bytes) -> None:
    parts = split_for_caldav(ics)
    assert set(parts) == set(vevents(ics))
    for uid, body in parts.items():
        cal = Calendar.from_ical(body)
        assert "METHOD" not in cal and b"METHOD" not in body
        assert b"X-WR-CALNAME" not in body and b"\r\nNAME:" not in body
        assert [str(e["UID"]) for e in cal.walk("VEVENT")] == [uid]
        tzids = {str(t["TZID"]) for t in cal.walk("VTIMEZONE")}
        used = set(re.findall(rb";TZID=([^:;]+)", body))
        assert tzids == {t.decode() for t in used}
    assert b"BEGIN:VTIMEZONE" not in parts[ENTRY]  # all-day: no zone needed
    assert b"TZID:America/Phoenix" in parts[PHOENIX]


@pytest.mark.parametrize(("day", "time", "utc", "abbrev"), [
    # 01:30 happens twice on 2025-11-02; RFC 5545 §3.3.5 means the first (EDT)
    (dt.date(2025, 11, 2), dt.time(1, 30), dt.datetime(2025, 11, 2, 5, 30, tzinfo=UTC), "EDT"),
    # 02:30 never happens on 2025-03-09; read with the offset before the gap (EST)
    (dt.date(2025, 3, 9), dt.time(2, 30), dt.datetime(2025, 3, 9, 7, 30, tzinfo=UTC), "EST"),
])
def test_change_day_times_mean_what_calendars_will_read(day: dt.date, time: dt.time,
                                                         utc: dt.datetime, abbrev: str) -> None:
    timeline = replace_event(seed_timeline(), "a1e0000000000002", date=day, time=time)
    hearing = vevents(to_ics(timeline, stamp=STAMP))[HEARING]
    assert hearing.decoded("dtstart").astimezone(UTC) == utc
    assert hearing.decoded("dtend").astimezone(UTC) > utc
    assert f"{abbrev} (America/New_York)" in str(hearing["DESCRIPTION"])
