"""The VTIMEZONE block itself (calendar-clients.md §8.10 T3, T4, T8), not the tz database.

icalendar parses TZID=America/New_York by name, so a round trip through it never reads our
block. Here the block is turned into a tzinfo on its own (`to_tz(lookup_tzid=False)`, dateutil's
tzical, vobject) and compared with zoneinfo every 30 minutes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
from dateutil import tz as dateutil_tz
from icalendar import Calendar, Timezone

from tests.export.timelines import STAMP, seed_timeline
from viewer.export.ics import to_ics
from viewer.export.vtimezone import vtimezone

UTC = dt.timezone.utc
ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
         "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
         "Pacific/Guam", "Europe/Berlin", "Australia/Sydney"]


def mismatches(block: Timezone, zone: str, first: dt.date, last: dt.date) -> list[dt.datetime]:
    """UTC instants over [first-1y, last+1y] where the block disagrees with zoneinfo.

    Every 30 minutes within 36 hours of each real transition, and every 3 hours elsewhere:
    dateutil's VTIMEZONE reader is slow, and a wrong rule moves a transition by days (wrong
    week) or by hours (wrong onset time), which the coarse or the fine scan sees.
    """
    ours, truth = block.to_tz(lookup_tzid=False), ZoneInfo(zone)
    start = dt.datetime(first.year - 1, 1, 1, tzinfo=UTC)
    end = dt.datetime(last.year + 2, 1, 1, tzinfo=UTC)
    instants = set(_steps(start, end, dt.timedelta(hours=3)))
    for change in _transitions(truth, start, end):
        instants.update(_steps(change - dt.timedelta(hours=36), change + dt.timedelta(hours=36),
                               dt.timedelta(minutes=30)))
    return sorted(at for at in instants
                  if at.astimezone(ours).utcoffset() != at.astimezone(truth).utcoffset())


def _steps(start: dt.datetime, end: dt.datetime, step: dt.timedelta) -> list[dt.datetime]:
    out = []
    while start < end:
        out.append(start)
        start += step
    return out


def _transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """Days (as UTC instants) on which zoneinfo's offset changes."""
    days = _steps(start, end, dt.timedelta(days=1))
    return [b for a, b in zip(days, days[1:])
            if a.astimezone(zone).utcoffset() != b.astimezone(zone).utcoffset()]


@pytest.mark.parametrize("zone", ZONES)
def test_block_matches_zoneinfo_over_the_export_span(zone: str) -> None:
    first, last = dt.date(2024, 12, 20), dt.date(2026, 7, 1)
    assert mismatches(vtimezone(zone, first, last), zone, first, last) == []


def test_block_before_2007_lists_old_onsets_and_stays_right() -> None:
    first, last = dt.date(2005, 6, 1), dt.date(2025, 7, 1)
    block = vtimezone("America/New_York", first, last)
    text = block.to_ical().decode()
    assert "DTSTART:20051030T020000" in text  # last Sunday of October, the pre-2007 rule
    assert mismatches(block, "America/New_York", dt.date(2006, 1, 1), last) == []


def test_check_catches_a_wrong_rule() -> None:
    """Negative control: the comparison does fail when the rule is off by a week."""
    block = vtimezone("America/New_York", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    broken = Timezone.from_ical(block.to_ical().replace(b"BYDAY=2SU", b"BYDAY=1SU"))
    assert len(mismatches(broken, "America/New_York", dt.date(2025, 1, 1),
                          dt.date(2025, 12, 31))) > 0


def test_new_york_block_is_in_rrule_form_with_two_oclock_onsets() -> None:
    text = to_ics(seed_timeline(), stamp=STAMP).decode()
    ny = re.search(r"BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n.*?END:VTIMEZONE", text, re.S)
    assert ny is not None
    block = ny.group(0)
    assert "RDATE" not in text
    assert "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11" in block
    assert "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3" in block
    assert "DTSTART:20070311T020000" in block and "DTSTART:20071104T020000" in block
    assert "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500" in block


@pytest.mark.parametrize("zone", ["America/Phoenix", "Pacific/Honolulu"])
def test_zone_without_daylight_time_has_one_standard_block_and_no_rrule(zone: str) -> None:
    text = vtimezone(zone, dt.date(2025, 1, 1), dt.date(2025, 12, 31)).to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in text
    assert "RRULE" not in text  # an RRULE without BYDAY breaks Outlook (vobject#151)


def test_every_used_zone_has_exactly_one_block() -> None:
    cal = Calendar.from_ical(to_ics(seed_timeline(), stamp=STAMP))
    tzids = [str(t["TZID"]) for t in cal.walk("VTIMEZONE")]
    assert tzids == ["America/Los_Angeles", "America/New_York", "America/Phoenix"]


@pytest.mark.parametrize(("day", "hour"), [(dt.date(2025, 3, 9), 3), (dt.date(2025, 11, 2), 1)])
def test_spring_and_fall_days_read_through_dateutil_tzical(day: dt.date, hour: int) -> None:
    """T8: events on change days; dateutil reads the whole file's blocks independently."""
    block = vtimezone("America/New_York", day, day)
    zones = dateutil_tz.tzical(io.StringIO(block.to_ical().decode()))
    ours = zones.get("America/New_York")
    local = dt.datetime.combine(day, dt.time(hour, 30))
    assert local.replace(tzinfo=ours).utcoffset() == \
        local.replace(tzinfo=ZoneInfo("America/New_York")).utcoffset()


def test_vobject_validates_and_reads_instants_from_our_blocks() -> None:
    """T4: vobject builds its tzinfo from our VTIMEZONE, not from the tz database."""
    vobject = pytest.importorskip("vobject")
    parsed = vobject.readOne(to_ics(seed_timeline(), stamp=STAMP).decode())
    assert parsed.validate()
    starts = {ev.uid.value: ev.dtstart.value for ev in parsed.vevent_list}
    hearing = starts["a1e0000000000002@case-timeline"]
    assert "tzical" in type(hearing.tzinfo).__name__.lower()
    assert hearing.astimezone(UTC) == dt.datetime(2025, 1, 10, 15, tzinfo=UTC)
    summer = starts["b2e0000000000001@case-timeline"]
    assert summer.astimezone(UTC) == dt.datetime(2025, 7, 15, 14, tzinfo=UTC)
