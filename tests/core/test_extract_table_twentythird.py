"""A twenty-third batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 24.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # California trial courts: "Trial briefs are due 10 days before the TSC" - a trial setting conference named by
    # its initials is the anchor (a guard: spelling the initials out alone, as anchors once did, left it undated).
    R("a-count-before-the-tsc-counts-from-the-trial-setting-conference",
      doc("The TSC is set for June 16, 2025 at 9:00 a.m. Trial briefs are due 10 days before the TSC."),
      "filing 2025-06-06"),
    # "The FPT is set for July 1, 2025." - a final pretrial conference by its initials is a sitting (it was "other").
    R("the-fpt-by-its-initials-is-a-sitting",
      doc("The FPT is set for July 1, 2025. Exhibits are due 5 days before the FPT."),
      "hearing 2025-07-01"),
    # ... and a count before it counts from it (it counted from another sitting's day).
    R("a-count-before-the-fpt-counts-from-it",
      doc("The TSC is set for June 16, 2025 at 9:00 a.m. The FPT is set for July 1, 2025. Exhibits are due 5 days "
          "before the FPT."),
      "filing 2025-06-26"),
    # Santa Barbara Superior Court: "Trial is set for a 9:30 am trial call on Tuesday March 11, 2020" - the hour
    # before the sitting's name is its hour (it was lost: only "at 9:30 on" or "9:30 a.m., on" carried over).
    R("an-hour-before-a-trial-call-on-a-day-is-its-hour",
      doc("Ruling: Trial is set for a 9:30 am trial call on Tuesday June 10, 2025; the Court will discuss with the "
          "parties at that time if a trial will be necessary."),
      "hearing 2025-06-10 09:30"),
    # ... the parties' proposal told in its background is theirs, not a setting (it was the trial, March 9).
    R("what-the-parties-now-propose-is-not-a-setting",
      doc("Ruling: Trial is set for June 11, 2025. Background: The parties have met and conferred, and they now "
          "propose that the trial occur on any date during the week of June 9, 2025 that is convenient to the Court."),
      "absent 2025-06-09"),
    # Utah State Courts: "The next regularly scheduled meeting of Utah's grand jury panel of judges will be on
    # Thursday, January 11, 2024" - judges meeting to hear testimony sit (it was "other").
    R("a-meeting-of-a-panel-of-judges-is-a-sitting",
      doc("The next regularly scheduled meeting of Utah's grand jury panel of judges will be on Thursday, June 12, "
          "2025, at the Provo 4th District Courthouse."),
      "hearing 2025-06-12"),
    # Santa Barbara's ruling pages: "Hearing Date / Time" on its own line over "Tue, 11/25/2025 - 15:08" - the sitting
    # the ruling is for (it was background, "Tue"), and it stays a sitting though the ruling continues the motion.
    R("a-ruling-page-hearing-date-label-over-its-day-is-the-sitting",
      "Morgan v. City of Santa Barbara\nCase Number\n24CV00706\nCase Type\nHearing Date / Time\n"
      "Tue, 03/25/2025 - 15:08\nNature of Proceedings\nMotion for Leave\nRULING\nThe hearing on the motion is "
      "continued to April 17, 2025. Plaintiff shall file an amended notice no later than April 3, 2025.\n",
      "hearing 2025-03-25 15:08"),
    # Alameda Superior Court, a scanned caption on pleading paper: "13 STATE OF CALIFORNIA, et al., Date: Oct. 6, 2014
    # / 14 Time: 2:30 p.m." - the line number does not hide the time row (the date was read as the order's own).
    R("a-time-row-under-a-pleading-line-number-gives-the-hour",
      doc("13STATE OF CALIFORNIA, et al., Date: Apr. 7, 2025\n\n14 Time: 2:30 p.m.\n\nPlace: Dept. 17\n\n"
          "The court finds that unless the court issues a temporary restraining order, plaintiffs will suffer "
          "irreparable injury."),
      "hearing 2025-04-07 14:30"),
    # W.D. Tenn.: "It is ORDERED, pursuant to Rule 4 of the Rules Governing Section 2254 Cases in the United States
    # District Courts ..., that Respondent file a response/answer ... no later than twenty-eight days from the date of
    # this order" - "States" in the court's name is no rule that "states" (the duty was read as the law's).
    R("a-rule-named-in-a-court-s-name-is-not-a-rule-stating",
      doc("It is ORDERED, pursuant to Rule 4 of the Rules Governing Section 2254 Cases in the United States District "
          "Courts, that Respondent file an answer no later than twenty-eight days from the date of this order."),
      "filing 2025-04-02"),
    # D. Mass.: an opinion's head flattened to one line, "... (Dkt. Nos. 11, 22) September 20, 2016 MASTROIANNI,
    # U.S.D.J. Magistrate Judge ..." - the day over the judge's name is the order's (it was a recital of the motion).
    R("a-day-before-the-judge-s-name-in-a-flattened-head-dates-the-order",
      "MEMORANDUM AND ORDER RE: REPORT AND RECOMMENDATION ON DEFENDANTS' MOTION TO DISMISS (Dkt. Nos. 11, 22) April 8, "
      "2025 SMITH, U.S.D.J. Plaintiff is hereby ORDERED to file an amended complaint within 45 days of this order.\n",
      "filing 2025-05-23"),
    # Pittsylvania County, Va. courts: "The licensing ceremony in the Juvenile Court originally scheduled for Thursday
    # March 26, 2020 and Thursday April 23, 2020 have been delayed until Thursday May 28, 2020 at 4:15." - the new
    # setting is a sitting (it was background: "originally scheduled" read into the new date's clause, kind "other").
    R("a-ceremony-delayed-until-a-day-is-the-new-sitting",
      doc("The licensing ceremony in the Juvenile Court originally scheduled for Thursday March 27, 2025 and Thursday "
          "April 24, 2025 have been delayed until Thursday May 29, 2025 at 4:15."),
      "hearing 2025-05-29 16:15"),
    # ... and a hearing "originally scheduled for" one day that "has been continued to" another is set anew on it.
    R("a-hearing-originally-scheduled-then-continued-to-is-live",
      doc("The hearing originally scheduled for March 26, 2025 has been continued to May 28, 2025 at 10:00 a.m."),
      "hearing 2025-05-28 10:00"),
    # M.D. La.: "Plaintiffs shall have twenty-one (21) days in which to amend the operative complaint." - a paper (it
    # was "other", titled "Plaintiffs shall").
    R("amending-the-operative-complaint-is-a-filing",
      doc("Plaintiffs shall have twenty-one (21) days in which to amend the operative complaint."),
      "filing 2025-03-26"),
    # E.D. Ark.: 'the Local Rules of the Court, including Rule 5.5(c)(2), which states: "...If any communication from
    # the Court to a pro se plaintiff is not responded to within thirty (30) days, the case may be dismissed' - the
    # rule's quoted words set nothing (the sentence opened after the quotation mark, so it was calendared).
    R("a-rule-quoted-after-which-states-sets-no-deadline",
      doc('The plaintiff is hereby notified of his responsibility to comply with the Local Rules of the Court, '
          'including Rule 5.5(c)(2), which states: "...If any communication from the Court to a pro se plaintiff is '
          'not responded to within thirty (30) days, the case may be dismissed without prejudice."'),
      "absent 2025-04-04"),
    # E.D. Ark.: "This case is set for a bench trial either Wednesday, January 7, 2009, or Friday, January 9, 2009, at
    # 9:30 a.m." - the hour goes with either day (only the second had it).
    R("an-hour-after-either-day-goes-with-the-first-too",
      doc("This case is set for a bench trial either Wednesday, May 7, 2025, or Friday, May 9, 2025, at 9:30 a.m."),
      "hearing 2025-05-07 09:30"),
    # Northampton County, Pa.: "region one consists of magisterial districts 03-2-03, 03-2-07, 03-2-08" - district
    # numbers, not dates (each was calendared, March 2, 2003 and on: a date pads both its month and day or neither).
    R("magisterial-district-numbers-are-not-dates",
      doc("The county shall consist of two regions;--region one consists of magisterial districts 03-2-03, 03-2-07, "
          "03-2-08, 03-2-09.\n--region two consists of magisterial districts 03-1-04, 03-2-01."),
      "absent 2003-03-02"),
    # W.D. Wash.: "All discovery shall be completed by November 2, 2023. ... The serving party, therefore, must serve
    # his/her discovery requests at least thirty (30) days before the deadline in order to allow the other party time
    # to answer." - "the deadline" is the one just set and the purpose names no paper (it was an undated "Answer due").
    R("days-before-the-deadline-count-from-the-deadline-just-set",
      doc("All discovery shall be completed by November 5, 2025. The serving party, therefore, must serve his/her "
          "discovery requests at least thirty (30) days before the deadline in order to allow the other party time to "
          "answer."),
      "service 2025-10-06"),
    # E.D. Wash.: the clerk's stamp on pleading paper, "FI LED I N THE U.S. DI STRI CT COURT EASTERN DI STRI CT OF
    # WASHI NGTON 2 Apr 14, 2023 3 SEAN F. MCAVOY, CLERK" - the order's date (the line number and comma hid the clerk).
    R("a-clerk-s-stamp-past-a-pleading-line-number-dates-the-order",
      "ORDER DENYING MOTION\nFI LED I N THE U.S. DI STRI CT COURT EASTERN DI STRI CT OF WASHI NGTON 2 Apr 14, 2025 3 "
      "SEAN F. MCAVOY, CLERK 4 5 UNITED STATES DISTRICT COURT\nSolaris shall respond to the discovery requests no "
      "later than April 28, 2025.\n",
      "entry 2025-04-14"),
    # D.N.J.: "IT IS on this 7th Day of October, 2010; ORDERED, pursuant to Fed. R. Civ. P. 16, that a scheduling
    # conference be held ... on November 18, 2010 @ 10:30 a.m" - the order's date, before a semicolon (it was read as
    # the conference, on the order's own day).
    R("it-is-on-this-day-semicolon-ordered-dates-the-order",
      "ORDER SCHEDULING CONFERENCE\nIT IS on this 7th Day of October, 2025; ORDERED, pursuant to Fed. R. Civ. P. 16, "
      "that a scheduling conference be held before the Honorable Douglas E. Arpert, on November 18, 2025 @ 10:30 a.m, "
      "in Trenton, Courtroom 6W.\n",
      "entry 2025-10-07"),
    # D. Mass.: "The parties are to file, no later than" / "10/25/2017, a joint statement ..." - a line ending in "than"
    # runs on to the date (the short line stood alone and the date was "other").
    R("a-line-ending-no-later-than-runs-on-to-its-date",
      doc("B. Joint Statement.\nThe parties are to file, no later than\n10/24/2025, a joint statement containing a "
          "proposed pretrial schedule, which\nshall include:"),
      "filing 2025-10-24"),
    # Chester County, Pa.: "all court functions of the Court of Common Pleas ... are being restored effective June 2,
    # 2020" - the day the change takes effect (it was background).
    R("functions-restored-effective-a-day-take-effect-then",
      "Court Administration\n\nNotices\n\nAs per the amendment to Administrative Order 9-2025, all court functions of "
      "the Court of Common Pleas and Magisterial District Courts are being restored effective June 2, 2025.\n",
      "other 2025-06-02"),
    # Madison County, Ga. probate: "all NON-ESSENTIAL court services are suspended until April 13, 2020" - a court's
    # services are not service of a paper (it was "service").
    R("court-services-suspended-are-not-service",
      doc("All NON-ESSENTIAL court services are suspended until April 14, 2025."),
      "other 2025-04-14"),
    # ... "Traffic Court Arraignments scheduled for March 27th, 2020 will be rescheduled to take place on May 1, 2020 at
    # 8:30 a.m." - the new setting is the arraignments' (it was "other").
    R("arraignments-rescheduled-to-take-place-on-a-day-sit-then",
      doc("Traffic Court Arraignments scheduled for March 27th, 2025 will be rescheduled to take place on May 1, 2025 "
          "at 8:30 a.m."),
      "hearing 2025-05-01 08:30"),
    # N.D. Tex.: "No later than" / "February 7, 2012, or seven (7) days after the date of the settlement conference,
    # whichever occurs first, each party must file a brief written report" - the duty after the alternatives is the
    # date's (it was "other", titled "Or").
    R("a-date-or-a-count-whichever-first-takes-the-duty-after-them",
      doc("No later than\nMay 7, 2025, or seven (7) days after the date of the settlement conference, whichever occurs "
          "first, each party must file a brief written report setting out the status of settlement."),
      "filing 2025-05-07"),
    # E.D. Wis. docket text: "... motion to dismiss GRANTED IN PART and DENIED IN PART; Grounds 2 and 3 of habeas
    # petition DISMISSED, respondent to file responsive pleading to Ground 1 by 8/30/2019" - the party's own clause sets
    # the date (the ruling's "DISMISSED" made it history).
    R("a-party-to-file-after-a-ruling-s-comma-is-a-duty",
      doc("Respondent's motion to dismiss GRANTED IN PART and DENIED IN PART; Grounds 2 and 3 of habeas petition "
          "DISMISSED, respondent to file responsive pleading to Ground 1 by 5/30/2025."),
      "filing 2025-05-30"),
    # Escambia County, Ala.: "That Order is effective March 16, 2020 and extends through April 16, 2020." - the order's
    # end (it was background).
    R("an-order-that-extends-through-a-day-expires-then",
      doc("That Order is effective March 17, 2025 and extends through April 16, 2025."),
      "expiry 2025-04-16"),
    # A Mississippi circuit court: "Jurors who have not been excused by the Court should report to the Circuit
    # Courtroom on Monday, December 13" - reporting to a courtroom is a sitting (it was "other").
    R("reporting-to-the-courtroom-is-a-sitting",
      doc("Jurors who have not been excused by the Court should report to the Circuit Courtroom on Monday, May 12, "
          "2025."),
      "hearing 2025-05-12"),
    # W.D.N.C.: "The jury will be selected on Monday, October 25, 2021." - jury selection is a sitting (it was "other").
    R("the-jury-will-be-selected-on-a-day-is-a-sitting",
      doc("The jury will be selected on Monday, May 12, 2025."),
      "hearing 2025-05-12"),
    # La. Ct. App. 1st Cir.: "the district court is ordered to act on relator's motion for speedy trial on or before
    # September 30, 2022" - a motion for a speedy trial sets no trial (it was a hearing).
    R("a-motion-for-speedy-trial-is-no-trial",
      doc("Accordingly, if it has not already done so, the district court is ordered to act on relator's motion for "
          "speedy trial on or before May 30, 2025."),
      "other 2025-05-30"),
    # Northampton County, Pa.: "The effective date of the rules is July 14, 2003." - the day this order's rules take
    # effect (it was background: only "the effective date is" was known).
    R("the-effective-date-of-the-rules-is-a-day-takes-effect",
      doc("The following rules are adopted. The effective date of the rules is July 14, 2025."),
      "other 2025-07-14"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentythird_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_rows_a_proposal_lists_and_the_court_adopts_count_from_the_trial() -> None:
    # Santa Barbara Superior Court: the parties "propose that the trial occur on any date during the week of March 9,
    # 2020 ... and that the briefing schedule for the trial should be as follows:" over rows "Petitioner Trial Brief: 45
    # days before the date set for trial;" - each row is its own labelled duty, counted from the trial the court set
    # (the first row was read in the proposal: titled by it, and all three counted from March 9).
    timeline = run(doc("Ruling: Trial is set for a 9:30 am trial call on Wednesday June 11, 2025. The briefing schedule "
                       "is approved and adopted.\n\nBackground:\n\nThe parties have met and conferred, and they now "
                       "propose that the trial occur on any date during the week of June 9, 2025 (except Friday, June "
                       "13, 2025) that is convenient to the Court, and that the briefing schedule for the trial should "
                       "be as follows:\n\nPetitioner Trial Brief: 20 days before the date set for trial;\n\n"
                       "Respondents Trial Brief: 13 days before the date set for trial."))
    counted = {e.title: e.date for e in timeline.events if e.relative is not None and not e.recital}
    assert counted.get("Petitioner Trial Brief") == dt.date(2025, 5, 22), _describe(timeline)
    assert counted.get("Respondents Trial Brief") == dt.date(2025, 5, 29), _describe(timeline)


def test_a_party_that_also_must_file_names_the_paper_and_its_warning_is_no_second_duty() -> None:
    # E.D. Ark.: "Mr. Branch also must file an amended complaint that complies with the Federal Rules of Civil Procedure
    # within 30 days of the date of this Order. ... Mr. Branch's failure to file an amended complaint within 30 days of
    # this Order could result in dismissal" - one duty titled by its paper (it was titled by the whole clause, and the
    # warning calendared a second one).
    timeline = run(doc("Mr. Branch also must file an amended complaint that complies with the Federal Rules of Civil "
                       "Procedure within 30 days of the date of this Order. Mr. Branch's failure to file an amended "
                       "complaint within 30 days of this Order could result in dismissal."))
    live = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert [e.title for e in live] == ["Amended complaint due (Mr. Branch)"], _describe(timeline)



def test_a_count_from_any_such_event_is_undated() -> None:
    # S.D. Tex.: "COUNSEL SHALL ALSO FILE WRITTEN NOTICE OF ANY NON-PUBLICLY TRADED CORPORATION THAT BECOMES PUBLICLY
    # TRADED ... WITHIN TEN DAYS OF ANY INITIAL PUBLIC OFFERING" - each offering's own day (it counted from a date
    # elsewhere in the order).
    timeline = run(doc("Counsel shall appear for an initial pretrial and scheduling conference on WEDNESDAY, APRIL "
                       "23, 2025 at 1:15 p.m. COUNSEL SHALL FILE WITH THE CLERK WITHIN 15 DAYS FROM RECEIPT OF THIS "
                       "ORDER A CERTIFICATE LISTING ALL PERSONS THAT ARE FINANCIALLY INTERESTED IN THE OUTCOME OF THIS "
                       "LITIGATION. COUNSEL SHALL ALSO FILE WRITTEN NOTICE OF ANY NON-PUBLICLY TRADED CORPORATION THAT "
                       "BECOMES PUBLICLY TRADED WITHIN TEN DAYS OF ANY INITIAL PUBLIC OFFERING."))
    counted = [e for e in timeline.events if e.relative is not None and "NOTICE" in e.title]
    assert counted and all(e.date is None for e in counted), _describe(timeline)
