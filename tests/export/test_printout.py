"""Rows, axis marks and caption of the printable timeline (no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.export.timelines import replace_event, seed_timeline
from viewer.core.model import Case, DocumentInfo, Event, Relative, Timeline
from viewer.export.printout import (AxisMark, axis_marks, axis_ticks, caption_lines,
                                    print_rows)


def test_rows_are_sorted_with_undated_last_and_recitals_left_out() -> None:
    rows = print_rows(seed_timeline())
    assert [r.date for r in rows] == [
        "Fri 2024-12-20", "Fri 2025-01-03", "Mon 2025-01-06", "Wed 2025-01-08",
        "Wed 2025-01-08", "Fri 2025-01-10", "Mon 2025-02-03", "Tue 2025-07-01",
        "Tue 2025-07-15", "Undated", "Undated", "Undated"]
    assert "Complaint filed" not in [r.title for r in rows]
    assert [r.cite for r in rows if r.undated] == ["p. 3", "p. 4", "p. 5"]  # order of the order


def test_timed_row_carries_time_zone_kind_status_and_flags() -> None:
    hearing = next(r for r in print_rows(seed_timeline()) if r.date == "Fri 2025-01-10")
    assert (hearing.time, hearing.zone, hearing.kind, hearing.kind_key) == \
        ("10:00 a.m.", "EST", "Hearing", "hearing")
    assert hearing.status == "Proposed" and hearing.cite == "p. 5"
    assert hearing.flags == "year corrected, needs review"
    assert "read as 2025-01-10" in hearing.computation


@pytest.mark.parametrize(("date", "zone"), [("Tue 2025-07-15", "EDT"), ("Mon 2025-02-03", "PST"),
                                            ("Tue 2025-07-01", "MST")])
def test_zone_abbreviation_follows_date_and_court(date: str, zone: str) -> None:
    assert next(r for r in print_rows(seed_timeline()) if r.date == date).zone == zone


def test_all_day_and_dismissed_rows() -> None:
    rows = {r.date: r for r in print_rows(seed_timeline())}
    entry, dismissed = rows["Fri 2024-12-20"], rows["Mon 2025-01-06"]
    assert (entry.time, entry.zone, entry.struck) == ("All day", "", False)
    assert dismissed.struck and dismissed.status == "Dismissed"


def test_computation_falls_back_to_the_counting_rule() -> None:
    timeline = replace_event(seed_timeline(), "a1e0000000000003", computation="")
    row = next(r for r in print_rows(timeline) if r.title.startswith("Defendants'"))
    assert row.computation == \
        "2 days before Preliminary injunction / order to show cause hearing"
    undated = [r for r in print_rows(timeline) if r.undated]
    assert all(r.computation == "The order sets no date." for r in undated)


def test_axis_marks_are_proportional_between_first_and_last() -> None:
    marks = axis_marks(seed_timeline())
    assert marks[0] == AxisMark(0.0, "Dec 20", "entry")
    assert marks[-1] == AxisMark(1.0, "Jul 15", "hearing")
    span = dt.datetime(2025, 7, 15, 10) - dt.datetime(2024, 12, 20)
    hearing = next(m for m in marks if m.label == "Jan 10")
    assert hearing.fraction == pytest.approx((dt.datetime(2025, 1, 10, 10) -
                                              dt.datetime(2024, 12, 20)) / span)
    assert [m.fraction for m in marks] == sorted(m.fraction for m in marks)
    assert "Jan 6" not in [m.label for m in marks]  # dismissed: not on the axis
    assert len(marks) == 8


def test_axis_with_one_or_no_dated_event() -> None:
    base = seed_timeline(extra=False)
    one = dataclasses.replace(base, events=base.events[:1])
    assert axis_marks(one) == [AxisMark(0.5, "Dec 20", "entry")]
    assert axis_ticks(one) == []
    none = dataclasses.replace(base, events=tuple(e for e in base.events if e.date is None))
    assert axis_marks(none) == [] and axis_ticks(none) == []


def test_axis_ticks_mark_month_starts() -> None:
    ticks = axis_ticks(seed_timeline())
    assert [t.label for t in ticks] == ["Jan 2025", "Feb", "Mar", "Apr", "May", "Jun", "Jul"]
    assert all(0 < t.fraction < 1 and t.kind == "tick" for t in ticks)


def test_caption_lines() -> None:
    assert caption_lines(seed_timeline()) == [
        "United States District Court for the Eastern District of Virginia",
        "Case No. 1:24-cv-02323", "Microsoft Corp. v. Does 1-10",
        "Document: order.pdf (6 pages, text layer)", "Court time zone: America/New_York"]


def test_caption_leaves_out_what_is_unknown_and_folders() -> None:
    timeline = Timeline(document=DocumentInfo(r"C:\Matters\Doe v Roe\scan.pdf", "", 1, "ocr"),
                        case=Case(court="", number="", caption=""), events=())
    assert caption_lines(timeline) == ["Document: scan.pdf (1 page, OCR of scanned pages)",
                                       "Court time zone: America/New_York"]


def test_relative_anchor_that_is_a_phrase_is_kept() -> None:
    base = seed_timeline(extra=False)
    event = Event(id="f1", kind="filing", title="Reply", date=dt.date(2025, 2, 1),
                  relative=Relative(7, "court_days", "after", "service of the motion"))
    row = print_rows(dataclasses.replace(base, events=(event,)))[0]
    assert row.computation == "7 court days after service of the motion"
