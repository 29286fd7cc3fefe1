"""Unit tests of segmentation (sentences, paragraphs) and matching (dates, times, periods, blocks)."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core import match
from viewer.core.candidates import find_mentions
from viewer.core.segment import segment


def sentences(text: str) -> list[str]:
    return [s.text for s in segment(text)]


# ------------------------------------------------------------------- segmentation ------------

@pytest.mark.parametrize(("first", "second"), [
    ("Pursuant to Fed. R. Civ. P. 65(b)(2), the order expires.", "The Court so finds."),
    ("Fed. R. Civ. P. 6(a) applies here.", "The Court agrees."),
    ("Martin Luther King Jr. Day is a holiday.", "The Court is closed."),
    ("John Smith, Sr. Vice President, shall appear.", "Counsel shall attend."),
    ("The hearing is before the U.S. District Court.", "Counsel shall appear."),
    ("See Smith v. Jones, 123 F.3d 456.", "The Court agrees."),
    ("See Dkt. No. 12.", "The Court agrees."),
    ("See ECF Nos. 12, 14.", "The Court agrees."),
    ("The hearing is on Jan. 10, 2025.", "Counsel shall appear."),
    ("The hearing is on Sept. 10, 2025.", "Counsel shall appear."),
    ("See Doe v. Roe (E.D. Va. Jan. 10, 2020).", "The Court agrees."),
    ("Mr. Smith and Dr. Jones met in St. Louis.", "Nothing followed."),
    ("Responses are due at 4:00 p.m. (Eastern Time) on April 10, 2025.", "Replies follow."),
    ("See, e.g., 18 U.S.C. § 1030.", "The Court agrees."),
    ("Hon. Leonie M. Brinkema presiding.", "Counsel appeared."),
    ("The motion is GRANTED.", "IT IS SO ORDERED."),
    ('He wrote "stop."', "Then it ended."),
])
def test_abbreviations_do_not_end_sentences(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]


def test_time_abbreviation_ends_a_sentence_when_a_new_one_starts() -> None:
    assert sentences("The hearing is at 10 a.m. The parties shall appear.") == [
        "The hearing is at 10 a.m.", "The parties shall appear."]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    text = "A conference is set for January 23, 2026, at 11:00 a.m.1 The dispositive motion deadline is continued."
    assert [s.text for s in segment(text)] == ["A conference is set for January 23, 2026, at 11:00 a.m.1",
                                               "The dispositive motion deadline is continued."]
    # (not a number after an abbreviation: "Dkt. No.1 The" is no sentence end)
    assert len(segment("See Dkt. No.1 The parties agree.")) == 1


def test_segments_keep_offsets() -> None:
    text = "ORDER\n\nThe hearing is set for April 10, 2025. Counsel shall appear.\n\nSO ORDERED.\n"
    for s in segment(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_paragraph_numbers_rise_with_blank_lines() -> None:
    text = ("The first paragraph of this order is long enough to be prose.\n\n"
            "The second paragraph is also long enough to be prose text.\n")
    found = segment(text)
    assert [s.paragraph for s in found] == [0, 1]


def test_sentence_continues_across_a_blank_line() -> None:
    text = ("Defendants shall appear before this Court for the hearing on the motion on\n\n"
            "April 10, 2025 at 10 a.m. Counsel shall attend.")
    found = sentences(text)
    assert len(found) == 2
    assert "April 10, 2025" in found[0] and found[0].startswith("Defendants")


def test_sentence_continues_across_a_page_break() -> None:
    text = ("Defendants shall appear before this Court for the hearing on the motion on\f"
            "April 10, 2025 at 10 a.m. Counsel shall attend.")
    assert "April 10, 2025" in sentences(text)[0]


def test_headings_and_captions_stand_alone() -> None:
    text = "TEMPORARY RESTRAINING ORDER\nDefendants are restrained from acting without leave of Court."
    found = sentences(text)
    assert found[0] == "TEMPORARY RESTRAINING ORDER"


def test_numbered_items_are_separate() -> None:
    text = "1. The hearing is set for April 10, 2025.\n2. The reply is due April 17, 2025."
    found = sentences(text)
    hearing = next(s for s in found if "April 10" in s)
    assert "April 17" not in hearing


def test_empty_and_blank_text() -> None:
    assert segment("") == []
    assert segment(" \n\n\f  \n") == []


# ------------------------------------------------------------------- blocked spans -----------

def blocked_text(text: str) -> list[str]:
    return [text[s:e] for s, e in match.blocked_spans(text)]


def covered(text: str, needle: str) -> bool:
    start = text.index(needle)
    end = start + len(needle)
    return any(s <= start and end <= e for s, e in match.blocked_spans(text))


@pytest.mark.parametrize("needle", [
    "18 U.S.C. § 1030",
    "§ 1116(d)(1)(A)",
    "Rule 65(b)(2)",
    "Fed. R. Civ. P. 6(a)",
    "1:24-cv-2323-LMB",
    "ECF No. 66",
    "Dkt. 13",
    "$25,000",
    "(202) 555-0100",
    "Does 1-10",
    "123 F.3d 456",
    "555 U.S. 7",
    "99 F. Supp. 3d 12",
])
def test_blocked_spans_cover_non_dates(needle: str) -> None:
    text = f"See {needle} here."
    assert covered(text, needle), blocked_text(text)


def test_statute_block_stops_at_the_statute() -> None:
    text = "Under 18 U.S.C. § 1030, Defendants shall appear on April 10, 2025 at 10 a.m."
    assert not any(e > text.index("Defendants") for _s, e in match.blocked_spans(text)), blocked_text(text)
    assert [d.stated for d in match.find_dates(text)] == ["April 10, 2025"]


@pytest.mark.parametrize("text", [
    "Defendants violated 18 U.S.C. § 1030.",
    "Case No. 1:24-cv-02323 (LMB/IDD).",
    "See ECF No. 66 and Dkt. 13.",
    "Plaintiff seeks $25,000.",
    "Call (202) 555-0100.",
    "Microsoft Corp. v. Does 1-10.",
    "Each side shall have 1/2 hour.",
    "See Smith v. Jones, 123 F.3d 456 (9th Cir. 1998).",
    "Pages 10-12 of the transcript.",
])
def test_no_dates_in_non_dates(text: str) -> None:
    assert match.find_dates(text) == []


# ------------------------------------------------------------------- dates -------------------

@pytest.mark.parametrize(("text", "year", "month", "day", "last_day"), [
    ("April 10, 2025", 2025, 4, 10, None),
    ("Jan. 10, 2025", 2025, 1, 10, None),
    ("Sept. 10, 2025", 2025, 9, 10, None),
    ("10 January 2025", 2025, 1, 10, None),
    ("10th of January, 2025", 2025, 1, 10, None),
    ("1/10/2025", 2025, 1, 10, None),
    ("01/10/25", 2025, 1, 10, None),
    ("06-14-2022", 2022, 6, 14, None),
    ("2025-01-10", 2025, 1, 10, None),
    ("the 20th day of December, 2024", 2024, 12, 20, None),
    ("this 20 day of December, 2024", 2024, 12, 20, None),
    ("the twentieth day of December", None, 12, 20, None),
    ("THE TWENTY-FIRST DAY OF DECEMBER, 2024", 2024, 12, 21, None),
    ("Monday, June 20, 2022", 2022, 6, 20, None),
    ("Dec. 20th", None, 12, 20, None),
    ("September 17 through 28, 2018", 2018, 9, 17, 28),
    ("Sept. 17-28, 2018", 2018, 9, 17, 28),
])
def test_date_forms(text: str, year: int | None, month: int, day: int, last_day: int | None) -> None:
    found = match.find_dates(f"set for {text} here")
    assert len(found) == 1, found
    d = found[0]
    assert (d.year, d.month, d.day, d.last_day) == (year, month, day, last_day)
    assert d.stated == text


def test_date_spans_index_the_text() -> None:
    text = "Responses due April 10, 2025; replies due 4/17/2025."
    for d in match.find_dates(text):
        assert text[d.start:d.end] == d.stated


def test_impossible_date_is_found_but_has_no_date() -> None:
    (d,) = match.find_dates("set for February 30, 2025")
    assert (d.month, d.day) == (2, 30) and d.date() is None


def test_date_uses_given_year_when_missing() -> None:
    (d,) = match.find_dates("set for April 10")
    assert d.year is None and d.date(2025) == dt.date(2025, 4, 10)


@pytest.mark.parametrize("text", ["13/45/2025", "0/10/2025", "version 1.10.2025", "1/2 hour", "May 2025"])
def test_not_dates(text: str) -> None:
    assert match.find_dates(text) == []


def test_month_only_setting() -> None:
    text = "Bench trial is set for the March 2026 trial term."
    months = match.find_months(text, match.find_dates(text))
    assert [m.stated for m in months] == ["March 2026"]


# ------------------------------------------------------------------- times -------------------

@pytest.mark.parametrize(("text", "time", "zone"), [
    ("10 a.m.", dt.time(10), None),
    ("10:00 AM", dt.time(10), None),
    ("09:00 A.M.", dt.time(9), None),
    ("2:30 p.m.", dt.time(14, 30), None),
    ("12:00 p.m.", dt.time(12), None),
    ("12:30 a.m.", dt.time(0, 30), None),
    ("noon", dt.time(12), None),
    ("14:00", dt.time(14), None),
    ("4:00 p.m. (Eastern Standard Time)", dt.time(16), "America/New_York"),
    ("5:00 p.m. ET", dt.time(17), "America/New_York"),
    ("10:00 a.m. EST", dt.time(10), "America/New_York"),
    ("10:00 a.m. EDT", dt.time(10), "America/New_York"),
    ("10:00 a.m. CT", dt.time(10), "America/Chicago"),
    ("10:00 a.m. (Central Time)", dt.time(10), "America/Chicago"),
    ("10:00 a.m. MT", dt.time(10), "America/Denver"),
    ("10:00 a.m. Mountain Standard Time", dt.time(10), "America/Denver"),
    ("1:00 p.m. PT", dt.time(13), "America/Los_Angeles"),
    ("1:00 p.m. Pacific Daylight Time", dt.time(13), "America/Los_Angeles"),
])
def test_times_and_zones(text: str, time: dt.time, zone: str | None) -> None:
    found = match.find_times(f"at {text} on")
    assert [(t.time, t.zone) for t in found] == [(time, zone)]


@pytest.mark.parametrize("text", ["25:00", "13:00 p.m.", "12/20/2024", "10.5 hours"])
def test_not_times(text: str) -> None:
    assert match.find_times(text) == []


@pytest.mark.parametrize("text", ["Case No. 1:24-cv-2323.", "See 1:23-cr-00123-RDA at 2."])
def test_case_numbers_are_not_times_once_blocked(text: str) -> None:
    # find_times alone reads "1:24" as a clock time; the pipeline drops times inside blocked spans.
    assert find_mentions(text).times == []


# ------------------------------------------------------------------- periods -----------------

@pytest.mark.parametrize(("text", "amount", "unit", "direction", "anchor"), [
    ("no later than two (2) days prior to the hearing", 2, "days", "before", "the hearing"),
    ("within 14 days of service of this Order", 14, "days", "after", "service of this Order"),
    ("within fourteen (14) days after entry", 14, "days", "after", "entry"),
    ("at least 10 days before trial", 10, "days", "before", "trial"),
    ("within five (5) business days after entry", 5, "court_days", "after", "entry"),
    ("within 3 court days of entry", 3, "court_days", "after", "entry"),
    ("within 48 hours of entry", 48, "hours", "after", "entry"),
    ("within two weeks of the conference", 2, "weeks", "after", "the conference"),
    ("within one month of entry", 1, "months", "after", "entry"),
    ("seven days after the response", 7, "days", "after", "the response"),
    ("21 days following the close of discovery", 21, "days", "after", "the close of discovery"),
])
def test_relative_periods(text: str, amount: int, unit: str, direction: str, anchor: str) -> None:
    (r,) = match.find_relatives(text)
    assert (r.amount, r.unit, r.direction, r.anchor) == (amount, unit, direction, anchor)


def test_same_time_link() -> None:
    (r,) = match.find_relatives("shall be filed along with the joint pretrial order.")
    assert (r.amount, r.anchor) == (0, "the joint pretrial order")


def test_relative_span_indexes_the_text() -> None:
    text = "Defendants shall respond no later than seven (7) days prior to the hearing."
    (r,) = match.find_relatives(text)
    assert text[r.start:r.end] == r.stated and r.stated.startswith("no later than")
