"""Property tests of the extraction pipeline: it never crashes and its spans always point home.

Two text sources: arbitrary unicode (st.text) and order-like text assembled from fragments
(dates, times, periods, directives, citations, stamps, OCR slips, page breaks).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.calendars import court_calendar
from viewer.core.clean import clean
from viewer.core.courtdays import WEEKENDS_ONLY
from viewer.core.extract import extract_timeline
from viewer.core.model import KINDS, Case, DocumentInfo, SourceText, Timeline

VA = court_calendar("VA")
CASE = Case(timezone="America/New_York", state="VA")
INFO = DocumentInfo("t.txt", "0" * 64, 1, "text")

FRAGMENTS = (
    # dates and times
    "January 10, 2025", "Jan. 10, 2024", "10 January 2025", "1/10/2025", "01/10/25", "Dec. 20th",
    "the 20th day of December, 2024", "this 20 day of December, 2024", "the twentieth day of December",
    "Monday, June 20, 2022", "September 17 through 28, 2018", "February 30, 2025", "12/31/1999",
    "at 10 a.m.", "10:00 AM", "4:00 p.m. (Eastern Standard Time)", "noon", "5:00 p.m. ET", "14:00",
    "09:00 A.M.", "midnight", "the March 2026 trial term",
    # periods and anchors
    "no later than two (2) days prior to the hearing", "within 14 days of service",
    "within fourteen (14) days after entry of this Order", "at least 10 days before trial",
    "on or before", "five (5) business days", "48 hours", "two weeks", "one month", "forthwith",
    "within a reasonable time", "7 days after the response", "along with the joint pretrial order",
    "0 days after", "999999 days after entry", "-3 days before", "prior to the conference",
    # duties and kinds
    "shall file", "shall serve this Order", "shall appear", "hearing", "reply", "response",
    "opposition", "trial", "conference", "Discovery shall close", "post a bond", "expires",
    "Plaintiff", "Defendants", "IT IS ORDERED that", "SO ORDERED", "Entered this", "Signed by Judge Doe on",
    "(Entered: 05/25/2017)", "[Entered: 01/17/2023 10:39 AM]", "Dated:", "filed a motion", "On",
    "TEMPORARY RESTRAINING ORDER", "are temporarily restrained and enjoined", "is VACATED",
    # not dates
    "18 U.S.C. § 1030", "Rule 65(b)(2)", "Fed. R. Civ. P.", "1:24-cv-2323", "ECF No. 66", "Dkt. 13",
    "Does 1-10", "$25,000", "\\$25,000", "(202) 555-0100", "1/2 hour", "123 F.3d 456 (9th Cir. 1998)",
    "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID# 1121",
    # OCR and typography
    "a.rn.", "1O/2O/2O24", "l0:00", "pre-\nliminary", "\u00ad", "\u201cquoted\u201d", "\u0661\u0660",
    "\u0667.", "\ufb01", "Jr.", "v.", "No.",
    # punctuation and layout
    ".", ",", ";", ":", "(", ")", "-", "\n", "\n\n", "\f", "\f3\n", "  ", "\t", "\r\n", "14", "2025",
)

order_like = st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=40).map(" ".join)
any_text = st.text(max_size=300)
mixed = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30).map("".join)


def run(text: str, calendar: object = VA) -> Timeline:
    return extract_timeline(SourceText(text=text, pages=()), INFO, case=CASE, calendar=calendar)  # type: ignore[arg-type]


def check_timeline(text: str, timeline: Timeline) -> None:
    """What must hold for every extraction, whatever the text."""
    pages = text.count("\f") + 1
    for e in timeline.events:
        assert e.kind in KINDS
        assert 0 <= e.start <= e.end <= len(text), (e.start, e.end, len(text))
        assert " ".join(text[e.start:e.end].split()) == e.quote
        assert 1 <= e.page <= pages
        assert 0.0 <= e.confidence <= 1.0
        assert e.quote or e.start == e.end
    ids = [e.id for e in timeline.events]
    assert len(ids) == len(set(ids)), "event ids are not unique"
    dated = [e.date for e in timeline.events if e.date]
    assert dated == sorted(dated), "events are not in calendar order"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_never_crashes(text: str) -> None:
    check_timeline(text, run(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order_like)
def test_order_like_text_never_crashes(text: str) -> None:
    check_timeline(text, run(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed)
def test_mixed_text_never_crashes_weekends_only(text: str) -> None:
    check_timeline(text, run(text, WEEKENDS_ONLY))


@settings(max_examples=60, deadline=None)
@given(order_like)
def test_extraction_is_deterministic(text: str) -> None:
    first, second = run(text), run(text)
    assert [(e.id, str(e), e.flags) for e in first.events] == [(e.id, str(e), e.flags) for e in second.events]


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text, order_like), st.data())
def test_clean_source_span_in_bounds(text: str, data: st.DataObject) -> None:
    c = clean(text)
    assert len(c.origin) == len(c.text)
    assert all(0 <= o < len(text) for o in c.origin)
    n = len(c.text)
    start = data.draw(st.integers(-2, n + 2))
    end = data.draw(st.integers(-2, n + 2))
    s, e = c.source_span(start, end)
    assert 0 <= s <= e <= len(text)
    if 0 <= start < end <= n:
        assert s < e, "a non-empty cleaned span maps to an empty source span"


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text, order_like))
def test_clean_offset_map_keeps_reading_order(text: str) -> None:
    origin = clean(text).origin
    assert all(a <= b for a, b in zip(origin, origin[1:]))


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text, order_like))
def test_clean_output_length_is_bounded(text: str) -> None:
    # Cleaning never grows text by more than the ligatures it expands (at most 3 chars for 1).
    assert len(clean(text).text) <= 3 * len(text)
