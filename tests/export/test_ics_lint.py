"""Byte-level checks of the .ics (calendar-clients.md §8.10 T1, T2, T9) and a round-trip law."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.export.timelines import STAMP, seed_timeline, vevents
from viewer.core.model import Event
from viewer.export.ics import split_for_caldav, to_ics

HOSTILE = ("a,b;c\\d \"quoted\" 漢字 🎉 café\nEND:VEVENT\nBEGIN:VCALENDAR\x07\x00 " * 6).strip()


def hostile_timeline():
    """The seed plus an event whose text tries to break the file."""
    base = seed_timeline()
    evil = Event(id="c3e0000000000001", kind="filing", title=HOSTILE, date=dt.date(2025, 3, 9),
                 time=dt.time(3, 30), computation=HOSTILE, quote=HOSTILE * 3, page=2)
    return dataclasses.replace(base, events=base.events + (evil,))


def lint(ics: bytes) -> list[str]:
    """Problems of T1; an empty list means the stream is clean."""
    problems = []
    if not ics.endswith(b"\r\n") or re.search(rb"[^\r]\n", ics):
        problems.append("lines must end in CRLF")
    physical = ics.split(b"\r\n")[:-1]
    for number, raw in enumerate(physical, start=1):
        if len(raw) > 75:
            problems.append(f"line {number} has {len(raw)} octets")
        try:
            raw.decode("utf-8")  # a fold inside a UTF-8 sequence fails here
        except UnicodeDecodeError:
            problems.append(f"line {number} splits a UTF-8 character")
        if re.search(rb"(?<!\\)(\\\\)*\\$", raw):
            problems.append(f"line {number} splits a backslash escape")
        if re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", raw):
            problems.append(f"line {number} has a control character")
    problems += _alarm_order(ics) + _forbidden(ics)
    return problems


def _alarm_order(ics: bytes) -> list[str]:
    """VALARMs come after every VEVENT property (new Outlook drops properties after one)."""
    logical = re.sub(rb"\r\n[ \t]", b"", ics).split(b"\r\n")
    problems, in_event, seen_alarm, depth = [], False, False, 0
    for line in logical:
        if line == b"BEGIN:VEVENT":
            in_event, seen_alarm = True, False
        elif line == b"BEGIN:VALARM":
            seen_alarm, depth = True, depth + 1
        elif line == b"END:VALARM":
            depth -= 1
        elif line == b"END:VEVENT":
            in_event = False
        elif in_event and seen_alarm and depth == 0:
            problems.append(f"property after VALARM: {line[:30]!r}")
    return problems


def _forbidden(ics: bytes) -> list[str]:
    """§8.4: no ORGANIZER, ATTENDEE, ATTACH, X-ALT-DESC, RRULE in events, RDATE anywhere."""
    logical = re.sub(rb"\r\n[ \t]", b"", ics).split(b"\r\n")
    bad = (b"ORGANIZER", b"ATTENDEE", b"ATTACH", b"X-ALT-DESC", b"RDATE")
    return [f"forbidden {line[:20]!r}" for line in logical if line.split(b":")[0].split(b";")[0]
            in bad]


def test_seed_export_is_clean() -> None:
    assert lint(to_ics(seed_timeline(), stamp=STAMP)) == []


def test_hostile_text_stays_clean_and_round_trips() -> None:
    ics = to_ics(hostile_timeline(), stamp=STAMP)
    assert lint(ics) == []
    for body in split_for_caldav(ics).values():
        assert lint(body) == []
    evil = vevents(ics)["c3e0000000000001@case-timeline"]
    text = str(evil["DESCRIPTION"])
    expected = HOSTILE.replace("\x07", " ").replace("\x00", " ").strip()
    assert f"Computed: {expected}" in text  # commas, ; \ CJK, emoji and newlines survive
    assert len(vevents(ics)) == len(vevents(to_ics(seed_timeline(), stamp=STAMP))) + 1


def test_lint_catches_a_split_escape() -> None:
    """Negative control: icalendar's own folding cuts '\\\\' in two; our lint sees it."""
    bad = b"BEGIN:VCALENDAR\r\nDESCRIPTION:" + b"x" * 62 + b"\\\r\n \\n\r\nEND:VCALENDAR\r\n"
    assert any("backslash" in p for p in lint(bad))


def test_all_day_and_timed_ends_follow_starts() -> None:
    for event in vevents(to_ics(seed_timeline(), stamp=STAMP)).values():
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert end > start
        if type(start) is dt.date:
            assert end - start == dt.timedelta(days=1)


ZONES = st.sampled_from(["America/New_York", "America/Chicago", "America/Denver",
                         "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
                         "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam"])


@settings(max_examples=60, deadline=None)
@given(day=st.dates(dt.date(2008, 1, 1), dt.date(2035, 12, 31)),
       time=st.times().map(lambda t: t.replace(second=0, microsecond=0, fold=0)), zone=ZONES)
def test_export_then_parse_gives_the_same_instant(day: dt.date, time: dt.time, zone: str) -> None:
    """Law: the instant read back is the wall time read as RFC 5545 §3.3.5 says (zoneinfo with
    fold=0: first of a repeated hour, offset before a skipped one), and DTEND follows DTSTART."""
    event = Event(id="d4e0000000000001", kind="hearing", title="x", date=day, time=time,
                  timezone=zone)
    base = seed_timeline(extra=False)
    timeline = dataclasses.replace(base, events=(event,))
    parsed = vevents(to_ics(timeline, stamp=STAMP))["d4e0000000000001@case-timeline"]
    expected = dt.datetime.combine(day, time, tzinfo=ZoneInfo(zone))
    start = parsed.decoded("dtstart")
    assert start.astimezone(dt.timezone.utc) == expected.astimezone(dt.timezone.utc)
    assert parsed.decoded("dtend").astimezone(dt.timezone.utc) > start.astimezone(dt.timezone.utc)
