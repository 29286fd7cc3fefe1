"""A fourth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: a clerk's attestation, clauses joined by "and ... will", asides in
parentheses, a docket text's " -- " run of settings, and fees paid rather than papers filed.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # A Texas appellate clerk's certificate dates the order ("set my hand and affixed the seal ... this").
    R("witness-my-hand-is-entry",
      "We ORDER appellant to file the brief on or before December 7, 2015.\nIN WITNESS WHEREOF, I have hereunto set "
      "my hand and affixed the seal of the said court on this 23rd day of November, 2015.\nClerk of Court",
      "entry 2015-11-23"),
    # The state-court form "WITNESS my hand and the seal of said Court this" is the same attestation.
    R("witness-my-hand-short-form",
      "Respondent shall answer on or before May 9, 2025.\nWITNESS my hand and the seal of said Court this 14th day "
      "of April, 2025.", "entry 2025-04-14"),
    # Colorado's e-filing stamp dates the order, here in a header flattened to one line; the 14 days run
    # from it (Fri 4/7 + 14 = Fri 4/21).
    R("colorado-date-filed-stamp",
      "DISTRICT COURT, LARIMER COUNTY, COLORADO DATE FILED: April 7, 2023 9:41 AM CASE NUMBER: 2023CV30130\n"
      "Counsel must confer within 14 days from the date of this order.", "entry 2023-04-07 09:41"),
    R("colorado-date-filed-anchors-period",
      "DISTRICT COURT, LARIMER COUNTY, COLORADO DATE FILED: April 7, 2023 9:41 AM CASE NUMBER: 2023CV30130\n"
      "Counsel must confer within 14 days from the date of this order.", "other 2023-04-21"),
    # A clock time with seconds, as court calendars print it, is still 9:00.
    R("time-with-seconds",
      doc("The motion hearing is set for 04/19/2025 09:00:00 AM in Department C-60."), "hearing 2025-04-19 09:00"),
    # A D.C. Circuit clerk's order: "Filed On:" on its own line dates it ...
    R("filed-on-label-entry",
      "United States Court of Appeals\nNo. 01-3103\nSeptember Term, 2003\n\nFiled On: July 7, 2004\n\n"
      "It is ORDERED that a briefing schedule be established as follows:\n\nAppellant's Brief Tue, Sep 14 2004\n"
      "Appendix Tue, Sep 14 2004\nAppellee's Reply Brief   Fri. Nov 12 2004\n", "entry 2004-07-07"),
    # ... and its table's rows name papers without "due": each row is a filing deadline.
    R("briefing-table-row-without-due",
      "United States Court of Appeals\nNo. 01-3103\nSeptember Term, 2003\n\nFiled On: July 7, 2004\n\n"
      "It is ORDERED that a briefing schedule be established as follows:\n\nAppellant's Brief Tue, Sep 14 2004\n"
      "Appendix Tue, Sep 14 2004\nAppellee's Reply Brief   Fri. Nov 12 2004\n", "filing 2004-11-12"),
    # "The motion is continued to ..." is not a table row: the sitting moves.
    R("motion-continued-not-row",
      doc("The motion is continued to August 29, 2025 at 1:30 pm.\nPlaintiff must file proof of service."),
      "hearing 2025-08-29 13:30"),
    # The Panel on Multidistrict Litigation's header stamp dates the notice.
    R("mdl-header-stamp",
      "Case MDL No. 2151 Document 735 Filed 08/13/21 Page 1 of 13\nNOTICE OF HEARING SESSION\n"
      "DATE OF HEARING SESSION: September 30, 2021", "entry 2021-08-13"),
    # A judge signs no motion: in a docket text the signature after "motion ... 40" is the order's.
    R("judge-signed-after-motion-number",
      "ORDER granting ex parte application for extension of time to file reply to opposition to motion for "
      "summary judgment 40 signed by Magistrate Judge Jane Roe on 1/2/2018. Reply due by 1/5/2018.",
      "entry 2018-01-02"),
    # The order another paper asks about keeps its own date as background.
    R("order-signed-by-judge-is-other-paper",
      "Plaintiff moves to reconsider the order signed by Judge Roe on 1/2/2018. Response due 1/9/2018.",
      "recital 2018-01-02"),
    # D. Colo. closes a docket text with "By Judge ... on <date>".
    R("by-judge-on-date-entry",
      "ORDER. The motion [#199] filed February 4, 2016, is denied. By Judge Robert E. Roe on 2/10/2016.",
      "entry 2016-02-10"),
    # A Texas court of appeals heads its orders with the court, the place and the date.
    R("court-of-appeals-place-line",
      "Fourth Court of Appeals San Antonio, Texas December 3, 2018 No. 04-18-00258-CV. Appellant's brief is due "
      "January 3, 2019.", "entry 2018-12-03"),
    # North Carolina's rules orders: "Adopted by the Court in Conference this ..." dates the order.
    R("adopted-in-conference-entry",
      "The amendments shall become effective 1 February 1985.\nAdopted by the Court in Conference this 27th day "
      "of November, 1984.", "entry 1984-11-27"),
    # "every 60 days, from the date of this order": the first report is 60 days after the order
    # (Wed 3/5 + 60 = Sun 5/4, rolled to Mon 5/5), a paper, not a repeat of the order itself.
    R("every-n-days-from-order",
      doc("The parties are directed to file a status report every 60 days, from the date of filing of this order, "
          "informing the court of the status of the case."), "filing 2025-05-05"),
    # Sittings named by initials anchor their periods: FPTC is the final pretrial conference (Tue 6/27 - 28).
    R("fptc-abbreviation-anchor",
      "TRIAL Management Order: Motions in limine 28 days before FPTC. Jury Trial set for 7/10/2017 9:00 AM. Final "
      "Pretrial Conference set for 6/27/2017 3:00 PM. Signed by Judge Jane Roe on 4/19/2016.", "filing 2017-05-30"),
    # "Rebuttal experts due" is the expert disclosure, exchanged rather than filed.
    R("rebuttal-experts-due-other",
      "MINUTE ENTRY for Scheduling Conference held on 10/3/2016. Principal experts due 11/18/2016. Rebuttal experts "
      "due 12/23/2016. (Entered: 10/03/2016)", "other 2016-12-23"),
    # "has been added for" sets a sitting now, though "has been" reads like history.
    R("added-for-sets-sitting",
      doc("An additional status conference has been added for June 15, 2025 at 1:30 PM, in Courtroom 2."),
      "hearing 2025-06-15 13:30"),
    # A titled paper's ", dated" is that paper's date, not this order's.
    R("titled-general-order-dated-other-paper",
      "ORDER - Pursuant to the General Order For Referral of Civil Matters to the United States Magistrate Judges of "
      "the Northern District of Alabama, dated January 2, 2015, the parties are REQUIRED to enter an election no "
      "later than April 14, 2017. Signed by Magistrate Judge Jane Roe on 3/1/17.", "recital 2015-01-02"),
    # "a hearing is continued and that a trial is set for": the trial is set anew; a later hearing date stays.
    R("continued-and-that-sets-anew",
      "ORDER: IT IS HEREBY ORDERED that the preliminary injunction hearing is continued and that a non-jury trial is "
      "set for March 16, 2017, at 9:00 a.m. IT IS FURTHER ORDERED that any dispositive motions must be filed by "
      "February 1, 2017, to be set for hearing on February 15, 2017. Signed by Judge Jane Roe on 1/13/2017.",
      "hearing 2017-02-15"),
    # "shall expire after ten days": counted from entry, and the verb on the period makes it the expiry
    # (Wed 3/5 + 10 = Sat 3/15: an expiry ends on its last day; the Monday roll is named as the other reading).
    R("expire-after-ten-days",
      doc("This order shall become effective upon the posting of a bond and shall expire after ten days."),
      "expiry 2025-03-15"),
    # "the trial calendar" is the trial period, not the calendar call a week before it
    # (one month before Mon 11/14/2005 is Fri 10/14/2005).
    R("trial-calendar-is-trial",
      "1. Trial is set for the two-week period commencing Monday, November 14, 2005. Calendar call will be held "
      "Wednesday, November 9, 2005 at 8:30 a.m.\n2. Counsel must meet at least ONE MONTH prior to the beginning of the "
      "trial calendar to confer on a pretrial stipulation.\n\nDONE AND ORDERED this 11th day of April, 2005.",
      "other 2005-10-14"),
    # Objections to "this Order" within 14 days "of service" under Rule 72(a): the clerk serves it on entry
    # (Wed 3/5 + 14 = Wed 3/19; LABELLING.md rule 2).
    R("objections-to-this-order-after-service",
      doc("The parties may object to and seek review of this Order, but are required to file any objections within "
          "14 days of service as provided for in Federal Rule of Civil Procedure 72(a)."), "filing 2025-03-19"),
    # "shall be heard at 1:30 p.m., Monday, ..." is a sitting.
    R("shall-be-heard-hearing",
      doc("Any plea agreement shall be heard at 1:30 p.m., Monday, October 20, 2025."), "hearing 2025-10-20 13:30"),
    # "resubmitted" is a paper submitted again.
    R("resubmitted-filing",
      doc("On remand, the reconstructed case SHALL be resubmitted on or before 4/17/2025."), "filing 2025-04-17"),
    # A request to the court to modify or adjourn is a paper.
    R("requests-for-modification-filing",
      doc("July 13, 2025: Deadline for requests for modification of the initial Scheduling Order"), "filing 2025-07-13"),
    # "to supplement his bill of costs" by a day is a paper.
    R("to-supplement-filing",
      doc("Marlow shall have up to and including April 20, 2025, to supplement his current bill of costs."),
      "filing 2025-04-20"),
    # A hearing vacated the day the trial goes ahead: the trial stays, stated twice, one event at 9:00.
    R("hearing-vacated-trial-proceeds",
      doc("Although the motion for summary judgment is scheduled for hearing on July 7, 2025, the matter is ripe for "
          "decision so the trial may proceed on July 7, 2025. The hearing on the motion for summary judgment is "
          "vacated; this adversary proceeding shall proceed to trial on July 7, 2025, at 9:00 a.m. as scheduled."),
      "hearing 2025-07-07 09:00 once"),
    # Expert witness designations and identifications are Rule 26(a)(2) disclosures, exchanged (LABELLING rule 4).
    R("expert-designations-other",
      "MINUTE ORDER: the plaintiff's expert witness designations shall be due on January 14, 2019. Signed by Judge "
      "Jane Roe on 11/20/2018. (Entered: 11/20/2018)", "other 2019-01-14"),
    R("id-of-expert-witness-other",
      "SCHEDULING ORDER: Plaintiffs ID of Expert Witness due by 11/22/2016. Signed by Judge Jane Roe on 9/1/2016.",
      "other 2016-11-22"),
    # A clerk's note: "Reply by 3/21/18 limited to 10 pages" is a paper.
    R("reply-by-date-clerks-note",
      "Electronic Clerk's Notes: The court sets a dispositive motion schedule. Motion and brief due 2/16/18 limited to "
      "25 pages. Opposition/cross motion by 3/9/18 limited to 25 pages. Reply by 3/21/18 limited to 10 pages. "
      "(Entered: 01/29/2018)", "filing 2018-03-21"),
    # "FPT" is the final pretrial conference (Tue 3/20/2018 - 3 days = Sat 3/17, counted back to Fri 3/16).
    R("fpt-abbreviation-anchor",
      "PRELIMINARY PRETRIAL CONFERENCE ORDER: Trial exhibits to be exchanged by: 3 days prior to FPT., Final pretrial "
      "conference: March 20, 2018 @ 1:30 p.m. Signed by Judge Jane Roe on 2/22/2017.", "other 2018-03-16"),
    # A row's label of many words still ends the previous row's clause: the 10 a.m. sitting is a conference.
    R("long-next-label-bounds-row",
      "ORDER: Discovery cut-off: July 15, 2017., Telephone status conference following discovery to discuss possible "
      "alternative dispute resolution mechanisms: August 3, 2017 @ 10:00 a.m., Cut-off date for filing summary "
      "judgment motions: August 15, 2017. Signed by Judge Jane Roe on 2/22/2017.", "hearing 2017-08-03 10:00"),
    # "tomorrow's sentencing hearing" is the day after the order, never rolled (Fri 12/5 -> Sat 12/6).
    R("tomorrows-sentencing",
      "The government has moved to continue tomorrow's sentencing hearing. That motion is denied.\n\nDated this 5th "
      "day of December, 2025.", "hearing 2025-12-06"),
    # A plea hearing named after a trial a motion asks to continue is still set.
    R("plea-hearing-after-continued-trial",
      doc("The defendant has moved to continue the May 2, 2025 trial to allow time to complete a plea hearing now "
          "scheduled for May 30, 2025. The final pretrial conference is cancelled. The trial is continued to June 6, "
          "2025."), "hearing 2025-05-30"),
    # "twenty-four hours in advance" of the telephone conference the sentence names, set two sentences before
    # (Thu 3/23 10:00 - 24 hours = Wed 3/22 10:00).
    R("hours-in-advance-of-named-conference",
      "TEXT ORDER: A telephone status conference is hereby SET for 10:00 on March 23, 2017. The parties are DIRECTED "
      "to call 877-336-1831 to access the telephone conference. The telephone conference will be cancelled if all "
      "forms are submitted twenty-four hours in advance. Signed by Magistrate Judge Jane Roe on 3/1/17.",
      "filing 2017-03-22 10:00"),
    # ... but "calculated from the noticed hearing date, with opposition due 21 days in advance" waits for a notice.
    R("in-advance-of-noticed-hearing-undated",
      doc("Dispositive motions shall not be set for hearing any earlier than March 1, 2025, and the briefing schedule "
          "shall be calculated from the noticed hearing date, with opposition due 21 days in advance."),
      "absent 2025-02-08"),
    # "The order continuing the hearings ... was signed on" is another order's date.
    R("was-signed-other-order",
      doc("The order continuing the hearings to this date was signed on December 17, 2024. The motions are granted."),
      "absent 2024-12-17"),
    # A date and hour in a department is a sitting: a tentative ruling's header.
    R("date-time-dept-is-hearing",
      "17. Khadka v. K-Towne 88, et al, Case No. CIVSB2408413\nPlaintiff's Motion to Deem Requests for Admission "
      "Admitted\n3/19/26, 9:00 a.m., Dept. S-17\nTentative Ruling\nThe Court would GRANT the motion.",
      "hearing 2026-03-19 09:00"),
    # "Plaintiff's motion ... is CONTINUED to <date>": the motion's hearing moves.
    R("motion-continued-to-is-hearing",
      doc("Plaintiff's motion for preliminary approval of class action settlement is CONTINUED to April 8, 2025 at "
          "1:30 p.m. in Department CX101."), "hearing 2025-04-08 13:30"),
    # "Continued to October 1, 2014 to be heard in Room 301 at 9:00 a.m.": the hour is the sitting's.
    R("continued-to-be-heard-in-room-at",
      "PLAINTIFF'S MOTION TO QUASH DEPOSITION SUBPOENA\nContinued to October 1, 2014 to be heard in Room 301 at "
      "9:00 a.m.\n\nDated: September 17, 2014", "hearing 2014-10-01 09:00"),
    # "previously scheduled" in an earlier clause does not make the rows after "proceed as follows:" history.
    R("previously-in-earlier-clause-rows-live",
      "ORDER: the scheduling conference previously scheduled is cancelled; directing that this case shall proceed as "
      "follows: Dispositive Motions except those filed under Rule 12(b) due by 3/13/2017, Responses due by "
      "3/27/2017, Replies due by 4/3/2017. Signed by Judge Jane Roe on 6/30/2016.", "filing 2017-03-27"),
    # "fact discovery closes on 7/28/17" states a cut-off now.
    R("discovery-closes-on",
      "MINUTE entry: Discovery schedule: Rule 26(a) disclosures are due by 3/17/17; fact discovery closes on 7/28/17. "
      "(Entered: 03/01/2017)", "other 2017-07-28"),
    # A cancelled sitting that names its own date leaves the other setting alone.
    R("vacated-with-its-own-date",
      "ORDER setting a Telephonic Status Conference for 7/21/2016 at 02:00 PM before Judge Jane Roe. The status "
      "conference set for 6/28/2016 is hereby vacated. (Entered: 06/08/2016)", "hearing 2016-07-21 14:00"),
    # A docket text closed by "Judge <name> on <date>." is signed that day ...
    R("judge-name-on-date-entry",
      "Case Management Order: Dispositive Motions shall be filed on or before 3/15/17. Judge Jane A. Roe on 10/14/16. "
      "(Entered: 10/17/2016)", "entry 2016-10-14"),
    # ... but "Judge X will hold a settlement conference by Zoom on April 20" is a sitting.
    R("judge-will-hold-on-date-hearing",
      doc("Magistrate Judge Jane Roe will hold a settlement conference by Zoom on April 20, 2025 at 10:00 a.m."),
      "hearing 2025-04-20 10:00"),
    # "new parties shall be joined on or before" is the joinder deadline, a paper.
    R("parties-shall-be-joined-filing",
      doc("Pleadings shall be amended without leave of Court and new parties shall be joined on or before 1/15/2026."),
      "filing 2026-01-15"),
    # "appear in court at 8:00 a.m. on the first day of trial": a sitting that day at that hour.
    R("on-the-first-day-of-trial",
      doc("This case is set for a one-day jury trial to begin on May 20, 2025, at 8:30 a.m. The attorneys are expected "
          "to appear in court at 8:00 a.m. on the first day of trial for a brief pre-trial meeting."),
      "hearing 2025-05-20 08:00"),
    # "is stricken and reset to 2/23/17 at 9:45 a.m.": the new setting is live.
    R("stricken-and-reset-to",
      "ORDER: the motion hearing previously set for 1/19/2017 is stricken and reset to 2/23/17 at 9:45 a.m. in "
      "Courtroom 1725. Mailed notice (gel, ) (Entered: 12/06/2016)", "hearing 2017-02-23 09:45"),
    # N.D. Cal. docket texts carry the order's own filing date as "(Filed on 1/10/2008)".
    R("filed-on-parenthesis-entry",
      "ADR SCHEDULING ORDER: Case Management Conference set for 4/18/2008 02:00 PM. (ys, COURT STAFF) (Filed on "
      "1/10/2008) (Entered: 01/11/2008)", "entry 2008-01-10"),
    # A bankruptcy court's authority to use cash collateral "through" a day ends that day (a Saturday the court wrote).
    R("cash-collateral-through-expiry",
      doc("2. The Stipulation is hereby approved and Debtor is authorized to use cash collateral (as defined in the "
          "Stipulation) through November 22, 2025; subject, however, to the terms of the Stipulation."),
      "expiry 2025-11-22"),
    # Rules "adopted by the Court to be effective" on a day take effect then; the order is dated elsewhere.
    R("adopted-to-be-effective-not-entry",
      "It is, therefore, ORDERED that the attached amendments are hereby adopted by the Court to be effective "
      "January 14, 2015; and it is further ORDERED that they be published.\n\nDATED this 14th day of November, 2014.",
      "other 2015-01-14"),
    # "EFFECTIVE DATE:" labels when rules take effect, not the order's own date.
    R("effective-date-label-not-entry",
      "ORDER NO. 1153\nEFFECTIVE DATE: July 15, 1994\nDATED: March 4, 1994", "other 1994-07-15"),
    # Several papers due in one clause are one event each (LABELLING.md rule 8): Thu 9/11/2025 less five
    # business days is Thu 9/4.
    R("three-papers-one-clause-voir-dire",
      doc("The jury trial shall commence on September 11, 2025. The parties shall exchange and file their proposed "
          "voir dire questions, jury instructions and special verdict forms no later than five (5) business days "
          "prior to the commencement of trial."), "filing 2025-09-04"),
    # A jury-selection or hearing deadline is a cut-off, not a sitting (LABELLING rule 1) ...
    R("jury-selection-deadline-other",
      "SCHEDULING ORDER: Mediation Due by 5/8/2017. Jury Selection Deadline 6/1/2017. Signed by Judge Jane Roe on "
      "9/1/2016.", "other 2017-06-01"),
    # ... and mediation "due" is the parties' meeting, not a paper.
    R("mediation-due-other",
      "SCHEDULING ORDER: Mediation Due by 5/8/2017. Jury Selection Deadline 6/1/2017. Signed by Judge Jane Roe on "
      "9/1/2016.", "other 2017-05-08"),
    # An expert witness list is the Rule 26(a)(2) disclosure.
    R("expert-witness-list-other",
      "ORDER: Expert Witness List by parties bearing the burden of proof due by 12/22/2016. Signed by Judge Jane Roe "
      "on 6/30/2016.", "other 2016-12-22"),
    # "the Court struck the June 14, 2022 trial date" is history: that sitting is gone.
    R("struck-trial-date-recital",
      "05-17-2022\nTHIRD AMENDED JURY TRIAL SCHEDULING ORDER\nPreviously, the Court struck the June 14, 2022 trial "
      "date and asked the parties to confer.", "recital 2022-06-14"),
    # "The deadline for appearing and pleading" is the answer's deadline, a paper.
    R("deadline-for-appearing-and-pleading",
      "ORDER: The deadline for appearing and pleading to the Complaint is 10/31/2016. Signed by Chief Magistrate "
      "Judge Jane Roe on 9/1/2016. (Entered: 09/01/2016)", "filing 2016-10-31"),
    # A corporate disclosure statement (Fed. R. Civ. P. 7.1) is filed, unlike Rule 26 disclosures.
    R("corporate-disclosures-filing",
      "RULES 16 AND 26 ORDER: Proposed Scheduling Order due by 6/17/2016. Corporate Disclosures due by 6/1/2016. "
      "Signed by Judge Jane Roe on 5/18/2016. (Entered: 05/18/2016)", "filing 2016-06-01"),
    # A joined clause with its own verb belongs to the next date: the meeting stays a meeting ...
    R("and-they-will-submit-cuts-clause",
      doc("The parties will meet and confer about the disputed search strings by August 25, 2025, and they will "
          "submit to the court a Joint Status Report concerning those strings by August 26, 2025."),
      "other 2025-08-25"),
    # ... and the report is the paper.
    R("and-they-will-submit-next-date",
      doc("The parties will meet and confer about the disputed search strings by August 25, 2025, and they will "
          "submit to the court a Joint Status Report concerning those strings by August 26, 2025."),
      "filing 2025-08-26"),
    # "(i.e., ...)" is an aside, not the end of the clause: the duty after it is to confer.
    R("ie-aside-keeps-clause",
      doc("ORDERED that, on or before November 22, 2025, the parties (i.e., petitioners and respondent) shall "
          "confer regarding the status of the case."), "other 2025-11-22"),
    # A docket text strings settings together with " -- ": "filed by" before the dash is not this row's verb.
    R("docket-dash-run-discovery",
      "SO ORDERED, re 16 STIPULATION TO EXTEND TIME filed by John Doe -- Discovery due by 4/28/2025. "
      "Dispositive Motions due by 5/24/2025. Signed by Judge Jane Roe on 4/24/25.", "other 2025-04-28"),
    # The next row of the run is still a paper.
    R("docket-dash-run-motions",
      "SO ORDERED, re 16 STIPULATION TO EXTEND TIME filed by John Doe -- Discovery due by 4/28/2025. "
      "Dispositive Motions due by 5/24/2025. Signed by Judge Jane Roe on 4/24/25.", "filing 2025-05-24"),
    # A fee paid is not a paper filed (Wed 3/5 + 7 = Wed 3/12) ...
    R("pay-fee-within-days-other",
      doc("Plaintiff shall pay the $405 filing fee within 7 days."), "other 2025-03-12"),
    # ... but "pay the fee or file an application" keeps the paper as the duty to calendar
    # (Wed 3/5 + 30 = Fri 4/4).
    R("pay-or-file-ifp-filing",
      doc("Plaintiff shall pay the $405 filing fee or file an application to proceed in forma pauperis within 30 "
          "days."), "filing 2025-04-04"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fourth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_as_far_in_advance_as_possible_names_no_day() -> None:
    timeline = run(doc("The settlement conference is set for May 5, 2025 at 9:30 a.m. If a party cannot attend, that "
                       "party shall so inform the court as far in advance of the settlement conference as possible."))
    on_the_day = [e for e in timeline.events if str(e.date) == "2025-05-05" and not e.recital]
    assert [e.kind for e in on_the_day] == ["hearing"], [(e.kind, e.title) for e in on_the_day]


def test_three_papers_in_one_clause_are_three_events() -> None:
    timeline = run(doc("The jury trial shall commence on September 11, 2025. The parties shall exchange and file their "
                       "proposed voir dire questions, jury instructions and special verdict forms no later than five "
                       "(5) business days prior to the commencement of trial."))
    titles = sorted(e.title for e in timeline.events if str(e.date) == "2025-09-04")
    assert titles == ["Jury instructions due", "Proposed voir dire questions due", "Special verdict forms due"], titles


def test_one_paper_stays_one_event() -> None:
    timeline = run(doc("Plaintiff shall file a trial brief no later than September 4, 2025."))
    assert [e.kind for e in timeline.events if str(e.date) == "2025-09-04"] == ["filing"]
