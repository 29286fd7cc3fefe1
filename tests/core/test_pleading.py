"""Pleading paper's flattened margin numbers (viewer/core/pleading.py), through the cleaner."""

from __future__ import annotations

from viewer.core.clean import clean
from viewer.core.match import find_dates

FLAT = ("1 2 3 SCHEDULING ORDER 4 IN THE UNITED STATES DISTRICT COURT 5 EASTERN DISTRICT OF CALIFORNIA 6 7 "
        "LYNNDA HERGENROEDER, CASE NO. 1:23-cv-00420 8 SCHEDULING CONFERENCE ORDER 9 Plaintiff, 10 v. 11 "
        "Simultaneous Opening Briefs: April 26, 12 2024 Simultaneous Responding Briefs: May 13 24, 2024 14 "
        "Defendant shall file its answer within 14 days 15 of the date of this order in Courtroom 16 no. 9.")


def test_margin_numbers_come_out_and_dates_join_again() -> None:
    text = clean(FLAT).text
    assert "EASTERN DISTRICT OF CALIFORNIA\n" in text and " 6 " not in text and " 8 " not in text
    assert {str(d.date()) for d in find_dates(text)} == {"2024-04-26", "2024-05-24"}


def test_the_texts_own_numbers_stay() -> None:
    text = clean(FLAT).text
    assert "within 14 days" in text and "Courtroom 16" in text and "no. 9" in text


def test_an_order_without_a_margin_is_left_alone() -> None:
    plain = "The parties shall appear on May 19 at 10:00 a.m. in Courtroom 7 8 of the building. Items 4 5 6 follow."
    assert clean(plain).text == plain


def test_offsets_still_point_at_the_same_words() -> None:
    cleaned = clean(FLAT)
    at = cleaned.text.index("Responding")
    start, end = cleaned.source_span(at, at + len("Responding"))
    assert FLAT[start:end] == "Responding"


OWN_LINES = ("1\n2\n3\nUNITED STATES DISTRICT COURT\n4\nNORTHERN DISTRICT OF CALIFORNIA\n5\n6\nA bench trial is set "
             "for November\n7\n13, 2024, at 1:30 p.m.\n8\nCounsel shall file a statement within\n9\n14\ndays.\n10\n")


def test_margin_numbers_on_their_own_lines_come_out() -> None:
    text = clean(OWN_LINES).text
    assert "set for November\n13, 2024" in text and "\n7\n" not in text
    assert [str(d.date()) for d in find_dates(text)] == ["2024-11-13"]


def test_a_lone_number_line_outside_the_margins_count_stays() -> None:
    # "14" is no margin number (9 came before it: 10 was due), so the text's own count stays.
    assert "within\n14\ndays." in clean(OWN_LINES).text
    plain = "Exhibits attached:\n7\nThe hearing is set for November\n13, 2024."
    assert clean(plain).text == plain  # no "1 / 2 / 3" opening: no margin at all
