"""Row mapping without a database: every field survives encode/decode, bad values are refused."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest

import db.migrations
import db.rows
from db.errors import InvalidValue
from db.rows import (StoredEvent, case_key, encode_field, encode_instant, event_columns, row_to_event,
                     row_to_stored, stored_to_row)
from viewer.core.model import Box, Case, Event, Relative

FULL = Event(id="e1", kind="hearing", title="Hearing ✓", date=dt.date(2025, 1, 10), time=dt.time(10, 0, 5, 7),
             timezone="America/Chicago", stated="January 10, 2025, at 10 a.m.",
             relative=Relative(2, "court_days", "before", "e0"), computation="step 1\nstep 2",
             quote="shall appear", page=5, start=10, end=42, confidence=0.25, flags=("a", "b"),
             recital=True, status="confirmed", boxes=((5, Box(1.5, 2.0, 3.25, 4.0)),))


@pytest.mark.parametrize("module", [db.rows, db.migrations])
def test_doctests(module: object) -> None:
    assert doctest.testmod(module).failed == 0  # type: ignore[arg-type]


def test_event_round_trip_keeps_every_field() -> None:
    back = row_to_event(event_columns(FULL))
    assert back == FULL
    assert back.boxes == FULL.boxes  # boxes are excluded from Event equality


def test_dates_and_times_are_iso_text() -> None:
    row = event_columns(FULL)
    assert (row["date"], row["time"], row["span_end"]) == ("2025-01-10", "10:00:05.000007", 42)
    assert row["relative"] == '{"amount": 2, "anchor": "e0", "direction": "before", "unit": "court_days"}'


def test_undated_event_has_null_date_and_time() -> None:
    row = event_columns(Event(id="u", kind="other", title="Post bond", date=None))
    assert row["date"] is None and row["time"] is None and row["relative"] is None


def test_stored_event_round_trip() -> None:
    stored = StoredEvent(FULL, document_id=3, position=7, sequence=4, user_fields=frozenset({"title", "date"}),
                         extracted={"title": "Old", "date": None}, matched_from="x1")
    assert row_to_stored(stored_to_row(stored, "2025-01-01T00:00:00+00:00")) == stored


@pytest.mark.parametrize(("name", "value"), [
    ("date", "2025-01-10"),                       # text is not a date
    ("date", dt.datetime(2025, 1, 10, 9, 0)),     # a datetime would lose its time silently
    ("time", "10:00"),
    ("page", True),                               # bool is an int, but not a page
    ("page", 1.0),
    ("recital", 1),
    ("kind", "deadline"),                         # not one of KINDS
    ("status", "done"),
    ("flags", ["a"]),                             # lists are not the model's tuples
    ("relative", Relative("2", "days", "after", "e1")),  # type: ignore[arg-type]
    ("uid", "x"),                                 # not an event field
    ("boxes", ((1, Box("1", 2, 3, 4)),)),          # type: ignore[arg-type]
])
def test_bad_values_are_refused(name: str, value: object) -> None:
    with pytest.raises(InvalidValue):
        encode_field(name, value)


def test_case_key_normalises_spacing_and_case() -> None:
    a = case_key(Case(court="E.D. Va.", number="1:24-cv-2323"), "s1")
    b = case_key(Case(court="e.d.  va. ", number=" 1:24-CV-2323"), "s2")
    assert a == b
    assert case_key(Case(court="E.D. Va."), "s1") != case_key(Case(court="E.D. Va."), "s2")


def test_instants_are_utc() -> None:
    eastern = dt.timezone(dt.timedelta(hours=-5))
    assert encode_instant(dt.datetime(2025, 1, 1, 7, 0, tzinfo=eastern)) == "2025-01-01T12:00:00.000000+00:00"
    assert encode_instant(dt.datetime(2025, 1, 1, 7, 0)) == "2025-01-01T07:00:00.000000+00:00"
