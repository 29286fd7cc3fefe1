"""A seventh batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: papers due at the same cut-off hour, a paper's proposal, the Pennsylvania
Bulletin's issue date and rules taking effect from it, a reporter's head line, scanner zeros in a clerk's
signature block, comments received by the clerk, addresses inside a sentence, rows named a deadline, an
order taking effect at an hour, and the law stated "to be timely".
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_BULLETIN = ("THE COURTS\n\nLANCASTER COUNTY\n\nAdoption of Rule of Civil Procedure No. 10; No. 12-00709\n\n"
             "[42 Pa.B. 669]\n[Saturday, February 4, 2012]\n\nAdministrative Order\n\nAnd Now, this 12th day of "
             "January, 2012, Lancaster County Rule of Civil Procedure 10 is adopted as follows:\n\n")

ROWS = [
    # Two papers due the same day "by 5:00 p.m.", each in its own "ORDERED" clause, are two duties: a
    # cut-off hour is not a sitting (LABELLING.md rule 8).
    R("two-papers-at-one-cut-off-hour",
      doc("ORDERED, that the parties shall file their Oppositions to the Motions for Judgment on or before "
          "April 14, 2025, by 5:00 p.m.; and it is further ORDERED, that the parties shall file their statement "
          "of disputed issues on or before April 14, 2025, by 5:00 p.m."),
      "filing 2025-04-14 17:00"),
    # A paper's proposal ("proposes that ... should be permitted to respond on or before") is not what the
    # court sets; the date the court sets (here a different day) is.
    R("a-papers-proposal-is-no-setting",
      doc("The defendants' initial response to that motion proposes that a hearing is unnecessary, but that the "
          "defendants should be permitted to respond on or before March 24, 2025.\nThe defendants may respond "
          "on or before 5 p.m. Central Time, March 26, 2025."),
      "recital 2025-03-24"),
    # The Pennsylvania Bulletin's issue line under its volume and page is the order's publication: an event,
    # not a recital, and not flagged as a weekend the court chose.
    R("bulletin-issue-date-is-publication",
      _BULLETIN + "This Rule shall be effective 30 days after publication in the Pennsylvania Bulletin.\n",
      "other 2012-02-04 -weekend"),
    # The rule's effective date counts from that publication (2/4 + 30 = Mon 3/5).
    R("effective-thirty-days-after-bulletin-publication",
      _BULLETIN + "This Rule shall be effective 30 days after publication in the Pennsylvania Bulletin.\n",
      "other 2012-03-05"),
    # Rules taking effect are not a deadline to act: a period that ends on a Sunday (2/11 + 29 = Sun 3/11) is
    # shown on that day, the Monday named as the other reading.
    R("effective-date-is-not-rolled",
      _BULLETIN.replace("[Saturday, February 4, 2012]", "[Saturday, February 11, 2012]")
      + "These rules shall become effective 29 days after publication in the Pennsylvania Bulletin.\n",
      "other 2012-03-11 +readings-differ"),
    # A reporter's head: the court's name, then the date ending the line, dates the order.
    R("reporter-head-line-dates-the-order",
      "50 B.R. 15 In re Neil HOLLANDER, Debtor. United States Bankruptcy Court, S.D. Florida. May 8, 1985\n\n"
      "Michael Ullman, for debtor.\n\nORDER DENYING CONTINUANCE\n\nThe debtor's motion for continuance filed "
      "May 2 is denied. The debtor shall appear on May 23 to show cause why no plan has been filed.\n",
      "entry 1985-05-08"),
    # A scanner reads the O of "OCT" as a zero under "FOR THE COURT"; the order is still dated, and a period
    # from "the date of filing of this order" counts from it (10/6 + 30 = Sat 11/5 -> Mon 11/7).
    R("scanner-zero-in-the-month-of-a-signature-block",
      "ORDER\nHolland is directed to show cause, within 30 days of the date of filing of this order, why this "
      "appeal should not be dismissed.\nFOR THE COURT\n0CT 0 6 2011\n/s/ Jan Horbaly\nClerk\n",
      "filing 2011-11-07"),
    # Comments "received by the Clerk's Office" on a proposed rule are papers for the court.
    R("comments-received-by-the-clerk-are-filing",
      doc("Your comments must be received by the Clerk's Office on or before April 24, 2025, to be considered by "
          "the Court."),
      "filing 2025-04-24"),
    # An address inside a sentence ("25 Rev. Dr. Martin Luther King Jr. Boulevard, .St. Paul") does not end it:
    # the statements it tells where to send stay the sentence's papers.
    R("address-with-rev-and-stray-period-stays-one-sentence",
      doc("IT IS HEREBY ORDERED that any individual wishing to provide statements in support or opposition "
          "shall submit twelve copies in writing addressed to the Clerk, 305 Judicial Center, 25 Rev. Dr. Martin "
          "Luther King Jr. Boulevard, .St. Paul, Minnesota 55155, no later than April 9, 2025."),
      "filing 2025-04-09"),
    # A row named a deadline ("Deadline to request to Speak at Public Hearing:") is a cut-off, not the
    # sitting it names (LABELLING.md rule 1).
    R("deadline-row-naming-a-hearing-is-a-cut-off",
      doc("Deadline to submit Comments: March 28, 2025 at 4 p.m.\nDeadline to request to Speak at Public "
          "Hearing: April 3, 2025 at 4 p.m.\nThe Court will hold a hearing on the proposed rule on April 11, "
          "2025, at 3:00 p.m."),
      "other 2025-04-03 16:00"),
    # "To be timely, a notice of appeal must be received ... within 60 days of the entry of judgment": the law
    # on the earlier judgment, not a period this order sets (the show-cause period it sets is).
    R("to-be-timely-states-the-law",
      doc("To be timely, a notice of appeal must be received by the Court of Appeals for Veterans Claims within 60 "
          "days of the entry of judgment. See 38 U.S.C. § 7292(a).\nAccordingly, the appellant is directed to show "
          "cause, within 21 days of the date of filing of this order, why this appeal should not be dismissed."),
      "absent 2025-05-05"),
    # ... but "To be timely, objections must be filed within 14 days after service of this report" is a duty
    # (counted from entry: the clerk serves the report; 3/5 + 14 = 3/19).
    R("to-be-timely-on-this-report-is-a-duty",
      doc("To be timely, any objections must be filed within 14 days after being served with a copy of this "
          "report and recommendation."),
      "filing 2025-03-19"),
    # Mississippi's signature line "SO ORDERED, this the 10th day of November, 2009" dates the order.
    R("so-ordered-this-the-nth-day-dates-the-order",
      "IT IS THEREFORE ORDERED that Rule 27(f) is hereby amended. This amendment is effective on July 1, 2010.\n"
      "SO ORDERED, this the 10th day of November, 2009.\n/s/ Ann H. Lamar\n",
      "entry 2009-11-10"),
    # A Texas court of appeals' foot "Appeal abated / Order issued and filed August 11, 2020" dates the order, and
    # the periods "from the date of this Order" count from it (8/11 + 42 = 9/22).
    R("order-issued-and-filed-dates-the-order",
      "A supplemental clerk's record containing the trial court's written determination must be filed within 42 "
      "days from the date of this Order. PER CURIAM Before Chief Justice Gray, Justice Davis, and Justice Neill "
      "Appeal abated Order issued and filed August 11, 2020 [RWR] Brown v. State Page 2",
      "filing 2020-09-22"),
    # A date at the foot, under the signature and over the court's place line, is the order's date.
    R("foot-date-over-place-line-dates-the-order",
      "This Order shall apply to the terms of family court set for the week of January 7, 2013.  This Order shall "
      "remain in effect until amended or rescinded by Order of the Chief Justice.\n\n  s/Jean H. Toal\nJean Hoefer "
      "Toal\nChief Justice\n\nNovember 21, 2012\nColumbia, South Carolina",
      "entry 2012-11-21"),
    # "if appellant's counsel files a brief ... on or before <date>": a conditional paper, still a filing.
    R("if-counsel-files-a-brief-by-is-filing",
      doc("The abatement order will be lifted if appellant's counsel either files a brief or files a motion for "
          "extension of time in this Court on or before May 23, 2025."),
      "filing 2025-05-23"),
    # "The Court invites public comment ... until <date> at 1:00 p.m. (Eastern)": comments are papers.
    R("public-comment-singular-is-filing",
      doc("The Court invites public comment on the proposed amendments until Friday, April 25, 2025 at 1:00 p.m. "
          "(Eastern)."),
      "filing 2025-04-25 13:00"),
    # ... and alone it is still the only word of the duty, so it stays on the calendar.
    R("failure-to-by-date-alone-stays",
      doc("Failure to file an amended complaint by April 4, 2025 will result in dismissal of this action."),
      "filing 2025-04-04"),
    # "Given the time that has elapsed, Plaintiff asks for a final extension ... to April 4": the party's request.
    R("party-asks-after-an-opening-phrase",
      doc("Given the time that has elapsed, Plaintiff asks for a final extension of the deadline to move for entry of "
          "a default judgment to April 7, 2025."),
      "recital 2025-04-07"),
    # "14 days after being served with the attached report": the clerk serves the report (counted from entry).
    R("served-with-the-attached-report-counts-from-entry",
      doc("You have 14 days after being served with the attached report to file written objections to the proposed "
          "findings of fact."),
      "filing 2025-03-19"),
    # "... after being served with a copy of that party's objections": another party's paper, not yet served.
    R("served-with-a-copy-of-objections-is-undated",
      doc("A party may respond to another party's objections by filing a response within fourteen (14) days after "
          "being served with a copy of that party's objections."),
      "filing undated"),
    # "The Court requests that comments be sent by April 15": the court's own request is a directive (not a
    # party's request), and comments sent to it are papers.
    R("court-requests-comments-be-sent-is-filing",
      doc("The Court invites written public comments. The Court requests that comments be sent by April 15, 2025."),
      "filing 2025-04-15"),
    # Hawaii's e-filing stamp: "Electronically Filed / Supreme Court / <case number> / 05-NOV-2014 / 01:19 PM" is
    # the order's entry, with its hour (the day-month-year form with a month abbreviation is a date).
    R("hawaii-e-filing-stamp-is-the-entry",
      "Electronically Filed\nSupreme Court\nSCRU-11-0000582\n05-NOV-2014\n01:19 PM\nSCRU-11-0000582\n"
      "IN THE SUPREME COURT OF THE STATE OF HAWAI'I\nORDER AMENDING THE RULES\nIT IS HEREBY ORDERED that the rules "
      "are amended, effective January 1, 2015.\n",
      "entry 2014-11-05 13:19"),
    # "DATED: Honolulu, Hawai'i, November 5, 2014.": the place line (the islands' spelling, then a comma).
    R("place-line-with-comma-dates-the-order",
      "IT IS HEREBY ORDERED that the rules are amended, effective January 1, 2015.\nDATED:\nHonolulu, Hawai'i, "
      "November 5, 2014.\n/s/ Mark E. Recktenwald\n",
      "entry 2014-11-05"),
    # A calendar notice's line "Wednesday, November 4, 2009 9:30 a.m. Moot Courtroom": a sitting, the room after
    # the hour (under a line of instructions with no full stop).
    R("calendar-line-with-a-room-is-a-sitting",
      "LOCATION OF HEARING FOR NOVEMBER CALENDAR\nStanford, CA 94305-8610 October 2, 2009\n\nAll CJA Counsel call "
      "(415) 355-7993 for travel authorization\n\nWednesday, November 4, 2009 9:30 a.m. Moot Courtroom\n\n"
      "08-16820 Cook v. City and County of SF\n",
      "hearing 2009-11-04 09:30"),
    # Pleading paper's flattened margin numbers split a date ("May 13 24, 2024"): once they are taken out the
    # row reads "Simultaneous Responding Briefs: May 24, 2024".
    R("pleading-numbers-inside-a-date",
      "SCHEDULING CONFERENCE ORDER, signed by Magistrate Judge Erica P. Grosjean on 3/5/2024. The parties shall "
      "comply with the schedule set out in the order, and the Court will not modify it absent good cause shown by "
      "a timely motion supported by a declaration of counsel.\n\n1 2 3 SCHEDULING ORDER 4 IN THE UNITED STATES "
      "DISTRICT COURT 5 EASTERN DISTRICT OF CALIFORNIA 6 7 Plaintiff, 8 v. 9 Trial Briefing Schedule: 10 "
      "Simultaneous Opening Briefs: April 26, 11 2024 Simultaneous Responding Briefs: May 12 24, 2024 13 Proposed "
      "Findings of Fact: June 21, 2024 14 Bench Trial: Date: Not Set 15 16",
      "filing 2024-05-24"),
    # A Los Angeles ruling headed "Case Number: ... Hearing Date: August 21, 2024 Dept: I" is made at that
    # hearing: "Defendant has 5 court days to answer" counts from it (8/21 + 5 court days = Wed 8/28).
    R("la-ruling-head-dates-court-days-to-answer",
      "Case Number: 23SMCV05675    Hearing Date: August 21, 2024    Dept: I\n\nThe demurrer is OVERRULED.  "
      "Defendant has 5 court days to answer.\n",
      "filing 2024-08-28"),
    # "... hereby adopts the attached ... Rules ... for Filing, Signing ... of Documents ..., effective December 1":
    # the day this order's rules take effect (not a filing, not a rule's history).
    R("hereby-adopted-rules-effective-is-other",
      doc("Pursuant 28 U.S.C. § 2071, the District Court hereby adopts the attached updated General Local Rules of "
          "Practice and Administrative Procedures for Filing, Signing, Verification and Service of Documents by "
          "Electronic Means, effective April 1, 2025."),
      "other 2025-04-01"),
    # "Those wishing to testify in person at the hearing ... should send a written request ... no later than
    # <date>": a request to take part, not the sitting (the hearing is another day).
    R("request-to-testify-at-the-hearing-is-other",
      doc("The Committee will hold a public hearing on March 26, 2025 at 10:30 a.m.\n\nThose wishing to testify in "
          "person at the hearing on any of the proposals should send an e-mail or written request to the Rules "
          "Committee Secretary no later than Monday, March 17, 2025."),
      "other 2025-03-17"),
    # "Please send any such comments by March 1": comments to the court are papers.
    R("send-any-such-comments-is-filing",
      doc("The Supreme Court invites written comments on this Supplemental Report. Please send any such comments by "
          "April 1, 2025 to the Administrative Director of the Courts."),
      "filing 2025-04-01"),
    # "the due date for petitioner to respond to the Court's above-described Order to Show Cause is extended to
    # <date>": a paper's deadline moves (sittings are continued or reset, not extended).
    R("response-to-show-cause-extended-to-is-filing",
      doc("ORDERED that the due date for petitioner to respond to the Court's above-described Order to Show Cause is "
          "extended to April 24, 2025."),
      "filing 2025-04-24"),
    # "shall take effect at 12:01 a.m. on <date>, and shall remain in effect until ... terminated": the order
    # takes effect that day (not an expiry).
    R("takes-effect-at-an-hour-is-not-an-expiry",
      doc("This amended order shall take effect at 12:01 a.m. on March 17, 2025, and shall remain in effect "
          "until amended or terminated by subsequent order."),
      "other 2025-03-17 00:01"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_seventh_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_two_papers_at_one_cut_off_hour_stay_two_events() -> None:
    timeline = run(doc("ORDERED, that the parties shall file their Oppositions to the Motions for Judgment on or "
                       "before April 14, 2025, by 5:00 p.m.; and it is further ORDERED, that the parties shall file "
                       "their statement of disputed issues on or before April 14, 2025, by 5:00 p.m."))
    due = [e for e in timeline.events if str(e.date) == "2025-04-14" and e.kind == "filing" and not e.recital]
    assert len(due) == 2


def test_one_sitting_stated_twice_at_its_hour_stays_one_event() -> None:
    timeline = run(doc("The status conference is set for April 14, 2025, at 10:00 a.m.\nCounsel shall appear at "
                       "the conference on April 14, 2025, at 10:00 a.m. in Courtroom 5."))
    sittings = [e for e in timeline.events if str(e.date) == "2025-04-14" and e.kind == "hearing" and not e.recital]
    assert len(sittings) == 1


def test_a_bulletin_date_not_under_its_volume_line_stays_as_read() -> None:
    timeline = run(doc("The order was published in the Pennsylvania Bulletin on [Saturday, February 4, 2012]."))
    assert not [e for e in timeline.events if "Pennsylvania Bulletin" in e.title and e.title.startswith("Publication")]


def test_a_failure_warning_on_the_duty_day_is_no_second_event() -> None:
    # "Failure to move for a default judgment by April 4 may result in dismissal" warns about the duty set that day.
    timeline = run(doc("IT IS HEREBY ORDERED that any motion for entry of a default judgment shall be filed by April 4, "
                       "2025. Failure to move for a default judgment by April 4, 2025 may result in dismissal."))
    live = [e.kind for e in timeline.events if str(e.date) == "2025-04-04" and not e.recital]
    assert live == ["filing"]


def test_papers_listed_after_a_leading_date_are_each_a_duty() -> None:
    # LABELLING.md rule 8: "the record or appendix and the appellant's brief" are two papers due that day.
    timeline = run(doc("ORDERED that on or before May 8, 2025, the appellant shall serve and file the record or appendix "
                       "and the appellant's brief."))
    due = [e.title for e in timeline.events if str(e.date) == "2025-05-08" and e.kind == "filing" and not e.recital]
    assert len(due) == 2, due


def test_vacating_the_hearing_in_a_caption_is_no_paper_due() -> None:
    # "ORDER EXTENDING TIME ... TO FILE A REPLY; AND VACATING THE HEARING SCHEDULED FOR APRIL 16": the vacated
    # sitting (a former setting), not a filing deadline.
    timeline = run("ORDER EXTENDING TIME IN WHICH DEFENDANT MAY FILE A REPLY; AND VACATING THE HEARING SCHEDULED FOR "
                   "APRIL 16, 2025\n\nDefendant filed a request for more time.\n\nEntered this 5th day of March, 2025.\n")
    assert not [e for e in timeline.events if str(e.date) == "2025-04-16" and e.kind == "filing" and not e.recital]


def test_days_to_answer_is_titled_by_the_paper_and_who_owes_it() -> None:
    titles = [e.title for e in run(doc("Defendant has 10 days to answer the complaint.")).events if e.kind == "filing"]
    assert titles == ["Answer due (Defendant)"]

