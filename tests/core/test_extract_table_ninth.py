"""A ninth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 10: days sharing one month ("March 3, 10 and 17, 2025"), OCR'd
ECF headers and signing lines, and a period counted from the mediation.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # "Trial shall be held on March 3, 10 and 17, 2025": the year at the list's end is every day's year (the
    # first day once took the year after the order's entry, 2026) and each day is a sitting of its own.
    R("day-list-first-day-takes-the-lists-year",
      doc("Trial shall be held on March 3, 10 and 17, 2025, at 9:00 a.m."),
      "hearing 2025-03-03 09:00"),
    R("day-list-middle-day-is-a-sitting",
      doc("Trial shall be held on March 3, 10 and 17, 2025, at 9:00 a.m."),
      "hearing 2025-03-10 09:00"),
    R("day-list-last-day-is-a-sitting",
      doc("Trial shall be held on March 3, 10 and 17, 2025, at 9:00 a.m."),
      "hearing 2025-03-17 09:00"),
    # Two days joined by "and": the second is a date, not a stray number.
    R("two-days-joined-by-and",
      doc("Jury selection will take place on June 2 and 3, 2025."),
      "hearing 2025-06-03"),
    # A comma list closed by its year ("December 5, 19, 2025") needs no "and".
    R("comma-list-closed-by-its-year",
      doc("The Clerk's Office will be closed on December 5, 19, 2025."),
      "other 2025-12-19"),
    # An OCR'd ECF header ("1 :05-cv\u201400454", "O1374", "Filed O3/O9/2025") is still the header: it dates the
    # order and is no filing due that day.
    R("ocr-ecf-header-dates-the-order",
      "Case 1 :05-cv\u201400454-GIVIS Document 15 Filed 03/21/2025 Page 1 of 4\nSCHEDULING ORDER\n"
      "All fact discovery shall be completed by December 30, 2025.\n",
      "entry 2025-03-21"),
    R("ocr-ecf-header-with-letter-o-for-zero-dates-the-order",
      "Case 1:04-cv\u2014O1374\u2014SLR Document 17 Filed O3/O9/2025 Page 1 of 4\nORDER\n"
      "The parties shall file a joint status report by May 9, 2025.\n",
      "entry 2025-03-09"),
    # D. Delaware opens its orders with the signing place and day: "At Wilmington this 9th day of March, 2025".
    R("at-a-place-this-day-opens-the-order",
      "At Wilmington this 9th day of March, 2025, IT IS ORDERED that:\n1. A mediation conference is scheduled for "
      "Friday, September 12, 2025 beginning at 10:00 a.m.\n",
      "entry 2025-03-09"),
    # OCR reads the raised "th" as quotes: "this 10\u201c\u201d day of September".
    R("ocr-quotes-for-a-raised-ordinal",
      "At Wilmington this 10\u201c\u201d day of September, 2025.\n1. The mediation conference has been scheduled for "
      "Friday, November 14, 2025 at 10:00 a.m.\n",
      "entry 2025-09-10"),
    # Rhode Island: "Entered as an Order of this Court, this 1st day of April, 2025." is the entry, not a recital.
    R("entered-as-an-order-of-this-court-is-the-entry",
      "The parties shall file supplemental memoranda within fifteen (15) days of the date of this order.\n\n"
      "Entered as an Order of this Court, this 1st day of April, 2025.\n",
      "entry 2025-04-01"),
    # "fourteen (14) days before the mediation": the mediation is the sitting the order set, not an undated event.
    R("days-before-the-mediation-count-from-the-mediation-conference",
      doc("1. The mediation conference has been scheduled for Friday, November 14, 2025 at 10:00 a.m.\n2. Any request "
          "to modify this requirement shall be made in writing no later than fourteen (14) days before the mediation."),
      "filing 2025-10-31"),
    # Pleading paper's margin numbers, each on a line of its own, break a date ("November" / "7" / "13, 2025"):
    # the number's line goes and the date is whole again.
    R("pleading-line-number-inside-a-date",
      doc("1\n2\n3\nUNITED STATES DISTRICT COURT\n4\nNORTHERN DISTRICT OF CALIFORNIA\n5\n6\nA bench trial in this "
          "action is set for November\n7\n13, 2025, at 1:30 p.m., as provided in Dkt. No. 59.\n8\n"),
      "hearing 2025-11-13 13:30"),
    # A Texas court of appeals opens with a line of its own: "Abatement Order filed April 9, 2025." dates the order.
    R("title-and-filed-date-line-is-the-entry",
      "Abatement Order filed April 9, 2025.\nIn The\nFourteenth Court of Appeals\nNO. 14-25-00886-CR\nABATEMENT ORDER\n"
      "The trial court is directed to file its findings on or before May 8, 2025.\n",
      "entry 2025-04-09"),
    # "Oral argument on ... the motion to compel (Docket # 239), shall take place on <date>": the sitting's own verb
    # decides, though "motion" stands nearer the date than "argument".
    R("shall-take-place-on-is-a-sitting",
      doc("Oral argument on certain aspects of the lead plaintiff's motion to compel (Docket # 239), shall take place "
          "on September 9, 2025, at 3:30 p.m."),
      "hearing 2025-09-09 15:30"),
    # "is granted to and including April 4, 2025, to show cause": a written answer due by that day, not a hearing.
    R("to-and-including-show-cause-is-a-paper",
      doc("Plaintiff is granted to and including April 4, 2025, to show cause why this matter should not be dismissed."),
      "filing 2025-04-04"),
    # "The Court is extending that comment period to and including Oct. 22, 2025": comments are papers.
    R("comment-period-extended-is-a-paper",
      doc("The order also solicited public comments through Sept. 7, 2025. The Court is extending that comment period "
          "to and including Oct. 22, 2025."),
      "filing 2025-10-22"),
    # "Washington, D.C. trial session": the initials' stop does not end the date's clause, so the sitting is read.
    R("initials-stop-does-not-end-the-clause",
      doc("This case is calendared on the Court's December 15, 2025, Washington, D.C. trial session."),
      "hearing 2025-12-15"),
    # "U.S. Post Office and Courthouse" is a place: "post" there is no bond to post.
    R("post-office-is-no-bond",
      doc("An initial Rule 16 Scheduling Conference shall be held before the undersigned on May 18, 2026 at 4:30 p.m. "
          "in Suite 3250, 3rd floor, U.S. Post Office and Courthouse."),
      "hearing 2026-05-18 16:30"),
    # Texas courts of appeals write "we ORDER the court reporter to file ... on or before <date>": a duty, though the
    # reissued order's date is later than the deadline (flagged, never made background).
    R("we-order-before-entry-is-a-flagged-duty",
      "Accordingly, we ORDER court reporter David Laurel to file the complete reporter's record in this appeal on or "
      "before JANUARY 23, 2026.\n\nDated 02-07-2026\n",
      "filing 2026-01-23"),
    # "We ORDER Appellant to provide written proof ... within SEVEN DAYS of the date of this order that (1) the fee
    # has been paid": the court's "we order" is the directive; the past tense inside the proof is what it proves.
    R("we-order-is-a-directive",
      doc("We ORDER Appellant to provide written proof to this court within SEVEN DAYS of the date of this order that "
          "(1) the clerk's fee has been paid or arrangements have been made to pay the clerk's fee."),
      "filing 2025-03-12"),
    # "to transmit a record of the proceedings ... to this Court within THIRTY DAYS": the record is filed.
    R("transmit-a-record-is-a-paper",
      doc("We ORDER the trial court to transmit a record of the proceedings, which shall include written findings, to "
          "this Court within THIRTY DAYS of the date of this order."),
      "filing 2025-04-04"),
    # Kansas: "Comment may be made by email to ... until 5 p.m. Sunday, August 9, 2026": comments are papers.
    R("comment-may-be-made-until-is-a-paper",
      doc("Comment may be made by email to publiccomments@kscourts.org until 5 p.m. Sunday, August 9, 2026."),
      "filing 2026-08-09 17:00"),
    # "We ORDER the trial court to transmit to this Court, within THIRTY DAYS ..., its findings": papers filed.
    R("transmit-to-this-court-is-a-paper",
      doc("We ORDER the trial court to transmit to this Court, within THIRTY DAYS of the date of this order, its "
          "findings of fact and any supporting documentation."),
      "filing 2025-04-04"),
    # Vermont: "Comments on these proposed amendments should be sent by April 24, 2026": comments are papers.
    R("comments-on-something-should-be-sent-is-a-paper",
      doc("Comments on these proposed amendments should be sent by April 24, 2026, to Hon. John A. Dooley."),
      "filing 2026-04-24"),
    # D. Massachusetts docket text: 'Judge Mark L. Wolf: "...[I]t is hereby ORDERED that Labaton shall file, by 9:00
    # a.m. on June 7, 2018, ..."': the judge's own words, quoted by the clerk, not someone else's.
    R("docket-text-quoting-the-judge-is-the-order",
      doc('Judge Mark L. Wolf: "...[I]t is hereby ORDERED that Labaton shall file, by 9:00 a.m. on June 5, 2025, '
          'versions of its submissions with redactions." ORDER entered.'),
      "filing 2025-06-05 09:00"),
    # "the existing Temporary Restraining Order expires on April 14, 2025": the restraint ends that day.
    R("tro-expires-on-is-an-expiry",
      doc("Although these hearing dates are stricken, the Court recognizes that the existing Temporary Restraining "
          "Order expires on April 14, 2025."),
      "expiry 2025-04-14"),
    # "no later than 4:30 p.m., Pacific Daylight Time, on March 14": the zone after a comma is the hour's zone ...
    R("zone-after-a-comma-is-the-hours-zone",
      doc("Defendants shall file a response no later than 4:30 p.m., Pacific Daylight Time, on March 14, 2025."),
      "filing 2025-03-14 16:30"),
    # Fresno's tentative rulings: "is continued to 3:30 p.m. in Department 403 on November 27": the hour and room
    # come before the new day, which is a sitting.
    R("continued-to-an-hour-in-a-department-on-a-day",
      doc("13CECG03503 Munoz v. Tarlton & Co. is continued to 3:30 p.m. in Department 403 on November 25, 2025."),
      "hearing 2025-11-25 15:30"),
    # The Supreme Court of Texas signs "Done at the City of Austin, this 16th day of January, 2026.": the entry.
    R("done-at-the-city-of-is-the-entry",
      "This case is ABATED for ninety days.\n\nDone at the City of Austin, this 16th day of January, 2026.\n",
      "entry 2026-01-16"),
    # Iowa: "The April 6, 2025 supervisory order remains in effect according to its terms until June 1, 2025": it ends.
    R("remains-in-effect-until-is-an-expiry",
      doc("The April 6, 2025 supervisory order remains in effect according to its terms until June 1, 2025."),
      "expiry 2025-06-01"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ninth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_each_listed_day_reads_the_clause_before_the_list() -> None:
    timeline = run(doc("The Court will hold status conferences on March 3, 10, and 17, 2025."))
    titles = {str(e.date): e.title for e in timeline.events if e.kind == "hearing"}
    assert set(titles) == {"2025-03-03", "2025-03-10", "2025-03-17"}, _describe(timeline)
    assert len(set(titles.values())) == 1 and "March" not in titles["2025-03-17"], titles


@pytest.mark.parametrize(("text", "not_a_day"), [
    # A pleading paper's line number between the day and the year is no second day.
    ("Oppositions must be filed by March 5, 2025 and any reply must be filed by March 12,\n3\n2025. The motions will "
     "be heard at the pretrial conference.", "2025-03-03"),
    ("Parties shall submit settlement statements no later than May 6, 8 2025 to the judge's e-mail address.",
     "2025-05-08"),
    # A count after the date is no day ("June 8, and 21 days later").
    ("The hearing is set for June 8, 2025, and 21 days later the parties shall file a status report.", "2025-06-21"),
])
def test_numbers_after_a_date_are_not_listed_days(text: str, not_a_day: str) -> None:
    timeline = run(doc(text))
    assert not_a_day not in [str(e.date) for e in timeline.events], _describe(timeline)


def test_a_paper_filed_earlier_named_in_a_sentence_is_no_entry() -> None:
    timeline = run(doc("The Protective Order filed May 1, 2025 remains in effect."))
    assert "2025-05-01" not in [str(e.date) for e in timeline.events if e.kind == "entry"], _describe(timeline)


def test_a_place_named_like_a_zone_after_a_comma_is_no_zone() -> None:
    # ... but "9:00 a.m., Central Islip courthouse" names a place: the court's own zone stays.
    pacific = run(doc("Defendants shall file a response no later than 4:30 p.m., Pacific Daylight Time, on March 14, 2025."))
    assert [e.timezone for e in pacific.events if e.kind == "filing"] == ["America/Los_Angeles"], _describe(pacific)
    islip = run(doc("The hearing is set for March 14, 2025 at 9:00 a.m., Central Islip courthouse."))
    assert [e.timezone for e in islip.events if e.kind == "hearing"] == ["America/New_York"], _describe(islip)


def test_a_continued_sittings_title_ends_before_continued_to() -> None:
    timeline = run(doc("Plaintiff's Motion for Fees and Additional Costs is Continued to June 4, 2026."))
    titles = [e.title for e in timeline.events if e.kind == "hearing"]
    assert titles == ["Plaintiff's Motion for Fees and Additional Costs"], titles
