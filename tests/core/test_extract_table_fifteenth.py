"""A fifteenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 16: docket texts naming periods and class-notice steps, argument
schedules and calls, a legal site's joined labels, Rule 4(m) show-cause minutes.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # E.D. Cal. docket text: "Plaintiff is GRANTED fourteen (14) days to file a Fourth Amended Complaint" runs from
    # the order (only "has fourteen days to file" was read; this one was no event at all).
    R("is-granted-n-days-to-file-runs-from-the-order",
      doc("Defendant's Motion to Dismiss is GRANTED. Plaintiff is GRANTED fourteen (14) days to file a Fourth Amended "
          "Complaint."),
      "filing 2025-03-19"),
    # W.D. Ky. docket text: "Class Notice Mailing initiated by 10/7/2019" is a step still to take (it was a recital:
    # "initiated" read as past).
    R("a-step-initiated-by-a-date-is-a-deadline",
      doc("Fairness hearing set for 6/2/2025 at 9:30 a.m. Class Notice Mailing initiated by 4/7/2025. Class Notice "
          "Mailing completed by 4/30/2025."),
      "other 2025-04-07"),
    # ... and "Defendants Class List to counsel due 9/23/2019" goes to the other side, not to the court (it was a filing).
    R("a-list-to-counsel-due-is-delivered-not-filed",
      doc("Fairness hearing set for 6/2/2025 at 9:30 a.m. Defendants Class List to counsel due 3/24/2025."),
      "other 2025-03-24"),
    # vLex runs its labels into their values: "Decision Date20 November 1991" is the order's date (it was no date).
    R("a-decision-date-label-joined-to-its-date-is-the-entry",
      "Voinovich v. Ferguson, 91-1882\n\nDecision Date20 November 1991\nDocket NumberNo. 91-1882\n\nIT IS ORDERED "
      "that on or before Monday, November 25, 1991, defendants shall file any answers.\n",
      "entry 1991-11-20"),
    # Nebraska's call: "Tuesday, August 30, 2016 | Lincoln | subject to call at 9:00 AM" sits at nine (the hour was
    # lost behind the place's cell).
    R("a-call-day-with-its-place-in-a-cell-keeps-its-hour",
      "Supreme Court Call\n\nTuesday, August 30, 2016 | Lincoln | subject to call at 9:00 AM\n  • S-15-0404\nState v. "
      "Olbricht (PFR)\nWednesday, August 31, 2016 | Lincoln | subject to call at 9:00 AM\n  • S-15-0956\nStrode v. City "
      "of Ashland\n",
      "hearing 2016-08-31 09:00"),
    # Maryland's monthly argument schedule: a day heading "Friday, January 4, 2013:" is a sitting (it was a background
    # date; the first heading was read as the order's date).
    R("an-argument-schedules-day-heading-is-a-sitting",
      "Argument Schedule -- January 2013\n\nSCHEDULE OF ORAL ARGUMENTS\n\nThursday, January 3, 2013:\n\nNo. 36  Jody "
      "Lee Miles v. State of Maryland\n\nFriday, January 4, 2013:\n\nNo. 100  Gregory Hall v. Prince George's County\n",
      "hearing 2013-01-04"),
    R("an-argument-schedules-first-day-heading-is-no-signing-date",
      "Argument Schedule -- November, 2023\n\n\nSeptember Term, 2023\n\n\nFriday, November 3, 2023 - to be held at "
      "Dr. Henry A. Wise, Jr., High School in Upper Marlboro, Maryland:\n\nNo. 6 Motor Vehicle Administration v. "
      "Usan\n",
      "hearing 2023-11-03"),
    # E.D. Cal.: "Plaintiffs shall file an opposition ... no later than 11/7/2013. Alternatively, plaintiffs may file a
    # statement of non-opposition ... no later than 11/7/2013." is one duty met either way (it was two).
    R("an-alternative-paper-the-same-day-is-one-duty",
      doc("Plaintiffs shall file an opposition to the motions to dismiss no later than 4/7/2025. Alternatively, "
          "plaintiffs may file a statement of non-opposition to the motions to dismiss no later than 4/7/2025."),
      "filing 2025-04-07 once"),
    # C.D. Cal. minutes: "Pursuant to ... Rule 4(m), the time to serve the Complaint will expire on January 26, 2022"
    # is the last day for service (it was an expiry).
    R("the-time-to-serve-expiring-is-the-service-deadline",
      doc("A review of the docket in this action reflects that the Complaint was filed on January 2, 2025. Pursuant "
          "to Federal Rules of Civil Procedure, Rule 4(m), the time to serve the Complaint will expire on April 2, 2025."),
      "service 2025-04-02"),
    # ... and "Failure to timely file a Proof of Service ... will result in the dismissal of this action on January 27,
    # 2022" is the court's act, not a paper due (it was a filing).
    R("dismissal-of-the-action-on-a-day-is-no-filing",
      doc("Failure to timely file a Proof of Service, or request an extension of time to do so, will result in the "
          "dismissal of this action on April 3, 2025."),
      "other 2025-04-03"),
    # S.D. Cal. docket text: "ORDER Setting Mandatory Settlement Conferenc for 9/21/2007 at 9:30 AM in the chambers of
    # Magistrate Judge ..." (its typo kept) is a sitting in chambers (it was a background date).
    R("a-date-and-hour-in-the-chambers-of-a-judge-is-a-sitting",
      "ORDER Setting Mandatory Settlement Conferenc for 4/21/2025 at 9:30 AM in the chambers of Magistrate Judge "
      "Barbara Lynn Major. Signed by Magistrate Judge Barbara Lynn Major on 3/13/25. (aje)\n",
      "hearing 2025-04-21 09:30"),
    # D. Colo. docket text: "... in Courtroom C204 before Magistrate Judge Kristen L. Mix by Magistrate Judge Kristen L.
    # Mix on 11/17/2009." is the signing (it was a background date: "signed" is left out).
    R("a-docket-texts-by-judge-on-after-a-name-is-the-signing",
      "ORDER SETTING SCHEDULING/PLANNING CONFERENCE: Scheduling Conference set for 1/14/2010 09:30 AM in Courtroom "
      "C204 before Magistrate Judge Kristen L. Mix by Magistrate Judge Kristen L. Mix on 11/17/2009. (klmcd)\n",
      "entry 2009-11-17"),
    # S.D.N.Y.: "The Court has reviewed the parties' letters dated October 14, 21, and 24, 2022." names the parties'
    # papers (they were three signing dates).
    R("letters-dated-are-the-parties-papers",
      doc("The Court has reviewed the parties' letters dated February 14, 21, and 24, 2025. Accordingly, by March 14, "
          "2025, Defendants shall file their motion."),
      "recital 2025-02-21"),
    # S.D. Fla.: "brochures used ... within one year before the incident in question" counts from an incident the order
    # never dates (it took the production deadline of its own sentence, whose words hold the phrase).
    R("a-period-from-an-undated-incident-borrows-no-date-from-its-own-sentence",
      doc("On or before April 3, 2025, Carnival shall provide Plaintiffs with all brochures used by Carnival within one "
          "year before the incident in question."),
      "absent 2024-04-03"),
    # Ninth Circuit slip order head: "Submitted to Motions Panel June 17, 2013* Filed June 27, 2013 Before: Michael Daly
    # Hawkins, ..." is the order's filing (it was a party's paper).
    R("a-circuits-filed-line-over-the-panel-is-the-entry",
      "IN RE: NORDSTROM, INC. No. 13-71162 ORDER Petition for Writ of Mandamus Submitted to Motions Panel June 17, "
      "2013* Filed June 27, 2013 Before: Michael Daly Hawkins, Ronald M. Gould, and Paul J. Watford, Circuit Judges. "
      "ORDER The petition is denied. Within 21 days after the date of this order, counsel shall show cause why "
      "sanctions should not be imposed.\n",
      "entry 2013-06-27"),
    # S.D. Tex.: the clerk's stamp "ENTERED ... August 18, 2016 David J. Bradley, Clerk" dates the order (it was a
    # background date).
    R("a-clerks-entered-stamp-with-a-comma-before-clerk-is-the-entry",
      "United States District Court Southern District of Texas ENTERED IN THE UNITED STATES DISTRICT COURT FOR THE "
      "SOUTHERN DISTRICT OF TEXAS DIANA ACOSTA, Plaintiff, v. LEMANS CORPORATION, Defendant. \u00a7 \u00a7 August 18, "
      "2016 David J. Bradley, Clerk CIVIL NO. 2:14-CV-455 ORDER The motion for extension of time is DENIED.\n",
      "entry 2016-08-18"),
    # ... and "the deadline to complete discovery in this case fell on June 15, 2016, and docket call and final pretrial
    # conference is set for October 20, 2016": a deadline long past (it was a docket call that day, the second
    # clause's words read as the first date's).
    R("a-deadline-that-fell-on-a-day-is-history",
      doc("Under the scheduling order, as amended, the deadline to complete discovery in this case fell on February 14, "
          "2025, and docket call and final pretrial conference is set for April 21, 2025."),
      "recital 2025-02-14"),
    R("the-next-clauses-setting-is-its-own",
      doc("Under the scheduling order, as amended, the deadline to complete discovery in this case fell on February 14, "
          "2025, and docket call and final pretrial conference is set for April 21, 2025."),
      "hearing 2025-04-21"),
    # D. Conn.: "Defendants' experts reports will be served by December 15, 2005" exchanges expert reports (it was
    # service: the plural "experts" hid the discovery words).
    R("experts-reports-served-are-discovery",
      doc("Defendants' experts reports will be served by April 15, 2025."),
      "other 2025-04-15"),
    # Tulare's tentative-ruling page: "Timestamp: 02/09/2016 at 3:35am" is when the court posted the rulings (it was an
    # "other" event).
    R("a-tentative-ruling-pages-timestamp-is-its-posting",
      "civil tentative rulings\n\nTimestamp: 02/09/2016 at 3:35am\n\nThe Tentative Rulings for Tuesday February 9, 2016 "
      "are:\n\nRe: Rodriguez v. Tulare Joint Union High School District\n\nDate: February 9, 2016\n\nTime: 8:30 A.M.\n\n"
      "Tentative Ruling: The demurrer is sustained.\n",
      "entry 2016-02-09 03:35"),
    # ... "Plaintiff shall have thirty days' leave to amend her complaint" runs from the ruling (it was no event: the
    # apostrophe and "leave" stood between the period and its duty).
    R("thirty-days-leave-to-amend-runs-from-the-ruling",
      "civil tentative rulings\n\nThe Tentative Rulings for Tuesday February 9, 2016 are:\n\nRe: Rodriguez v. Tulare "
      "Joint Union High School District\n\nDate: February 9, 2016\n\nTime: 8:30 A.M.\n\nTentative Ruling: The demurrer "
      "is sustained. Plaintiff shall have thirty days' leave to amend her complaint to cite the applicable Government "
      "Code sections.\n",
      "filing 2016-03-10"),
    # ... "advance the original April 6, 2017 Case Management Conference on calendar for this action to March 10, 2017"
    # moves the old setting (it stayed a live conference).
    R("the-original-dated-setting-is-the-former-one",
      doc("The Court directs the Clerk of this Court to advance the original April 24, 2025 Case Management Conference "
          "on calendar for this action to April 10, 2025, 8:30 am, dept 2."),
      "recital 2025-04-24"),
    # Fresno: "Tentative Rulings for November 20, 2019 Departments 403, 501, 502, 503 ... The hearing will go forward on
    # these matters" is that day's calendar (it was a background date) ...
    R("a-tentative-rulings-day-is-a-sitting",
      "1 Tentative Rulings for November 20, 2019 Departments 403, 501, 502, 503 There are no tentative rulings for the "
      "following cases. The hearing will go forward on these matters. 18CECG04002 MCJ Properties v. Re-Invent Juicery "
      "(Dept. 503) The court has continued the following cases. 19CECG01722 Semper v. Castillo is continued to "
      "Thursday, December 5, 2019, at 3:30 p.m. in Department 503.\n",
      "hearing 2019-11-20"),
    # ... at the hour its listed matter goes forward: "Cano v. Kiwi Transportation, Inc. @ 3:00p.m. (Dept. 501)".
    R("a-tentative-rulings-day-sits-at-its-matters-hour",
      "1 Tentative Rulings for November 15, 2018 Departments 403, 501, 502, 503 There are no tentative rulings for the "
      "following cases. The hearing will go forward on these matters. 17CECG03259 Cano v. Kiwi Transportation, Inc. @ "
      "3:00p.m. (Dept. 501) The court has continued the following cases. 13CECG03503 Munoz v. Tarlton & Co. is "
      "continued to 3:30 p.m. in Department 403 on November 27, 2018.\n",
      "hearing 2018-11-15 15:00"),
    # Nevada County's tentative-rulings page: "Case No. CU14-080876, McDaniel v. McDaniel, 4/24/2015" over the ruling
    # is the day the matter is heard (it was a background date).
    R("a-tentative-rulings-case-line-is-its-hearing-day",
      "Tentative Rulings, Nevada City - Law and Motion\n\n>Case No. CU14-080876, McDaniel v. McDaniel, 4/24/2015\n\n"
      "Case No. CU14-080876, McDaniel v. McDaniel, 4/24/2015 \n\nDefendant McDaniel's Motion to Set Aside Default is "
      "granted.\n\nDefendant shall file its responsive pleading by May 4, 2015.\n",
      "hearing 2015-04-24"),
    # N.D. Tex.'s "SUMMARY OF CRITICAL DATES": a row "Initial Expert Designation & Report (¶ 4 a.) March 31, 2011" is a
    # deadline (it was a background date: no verb) ...
    R("a-schedule-row-with-a-paragraph-mark-is-a-deadline",
      "SCHEDULING ORDER\n\nI. SUMMARY OF CRITICAL DATES\n\nDeadline for Joinder of Parties January 7, 2025\nInitial Expert "
      "Designation & Report (¶ 4 a.) March 31, 2025\nTrial Date (¶ 1) November 17, 2025\n\nEntered this 5th day of "
      "March, 2025.\n",
      "other 2025-03-31"),
    # W.D.N.C.: "because the parties anticipate finalizing all settlement documents and filing a stipulation of dismissal
    # by December 5, 2022" is the parties' plan, not a deadline (it was a filing).
    R("what-the-parties-anticipate-is-no-deadline",
      doc("As a result, the parties \u201crespectfully request that the Court extend and hold in abeyance the deadlines "
          "for filing\u201d because the parties anticipate finalizing all settlement documents and filing a stipulation of "
          "dismissal by April 5, 2025."),
      "recital 2025-04-05"),
    # D. Conn.: "A hearing on compensatory damages is scheduled to begin on February 19, 2013 at 10:00 am ... and if
    # necessary, will continue February 20, 2013 at 10:00 a.m." sits again the next day (it was an "other" event).
    R("a-hearing-that-will-continue-on-a-day-sits-that-day",
      doc("A hearing on compensatory damages is scheduled to begin on April 1, 2025 at 10:00 am in the East Courtroom and "
          "if necessary, will continue April 2, 2025 at 10:00 a.m."),
      "hearing 2025-04-02 10:00"),
    # N.D. W. Va.: "The Court will conduct a Daubert hearing on Monday, June 16, 2008 at 10:00 a.m., and continuing, if
    # necessary, on Tuesday, June 17, 2008 at 9:30 a.m." (the second day was a background date).
    R("a-hearing-continuing-if-necessary-on-a-day-sits-that-day",
      doc("The Court will conduct a Daubert hearing on Monday, April 14, 2025 at 10:00 a.m., and continuing, if "
          "necessary, on Tuesday, April 15, 2025 at 9:30 a.m., at the Clarksburg, West Virginia point of holding court."),
      "hearing 2025-04-15 09:30"),
    # N.D. Tex.: "The parties shall participate in a formal settlement conference on a date and at a time and location
    # mutually agreeable to the parties, but in no event later than January 31, 2012" is the last day to hold it (it was
    # the conference itself).
    R("a-conference-to-take-part-in-no-later-than-a-day-is-a-deadline",
      doc("The parties shall participate in a formal settlement conference on a date and at a time and location mutually "
          "agreeable to the parties, but in no event later than April 30, 2025, at which the parties shall appear in "
          "person."),
      "other 2025-04-30"),
    # S.D. Ohio: "a final pretrial conference on Monday, January 23 , 2012 at 2:00 p.m." (a space before the year's
    # comma) keeps its year and hour (the year was inferred and the hour lost).
    R("a-space-before-the-years-comma-keeps-the-date-whole",
      doc("This matter is set for a final pretrial conference on Monday, April 21 , 2025 at 2:00 p.m."),
      "hearing 2025-04-21 14:00"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fifteenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_the_dated_sitting_a_period_counts_back_from_is_that_sitting() -> None:
    # M.D. Tenn. docket text: "exchange offers and demands at least three working days prior to the 4/2/2014,
    # conference" names the conference's own day (that day was also an "other" event).
    timeline = run(doc("Settlement Conference set for 4/2/2025 at 9:30 AM before Magistrate Judge Joe Brown. Parties "
                       "shall exchange offers and demands at least three working days prior to the 4/2/2025, conference."))
    that_day = [(e.kind, e.time) for e in timeline.events if not e.recital and str(e.date) == "2025-04-02"]
    assert [kind for kind, _ in that_day] == ["hearing"], _describe(timeline)


def test_a_period_after_the_court_decides_borrows_no_date() -> None:
    # M.D. Fla.: "not reschedule the case until 60 days after it decides Defendant's motion to compel" counts from a
    # ruling no paper dates (it was counted from the day the motion to compel became ripe).
    timeline = run(doc("Defendant is asking the Court to cancel all case management deadlines, take the case off its "
                       "trial calendar, and not reschedule the case until 60 days after it decides Defendant's motion to "
                       "compel (Id., at 2). Defendant's motion to compel became ripe on February 3, 2025 and will be "
                       "decided in the regular course of business."))
    assert not [e for e in timeline.events if not e.recital and str(e.date) == "2025-04-04"], _describe(timeline)


def test_a_title_starts_at_its_own_words_not_a_joining_and() -> None:
    timeline = run(doc("The deadline to complete discovery fell on February 14, 2025, and docket call and final "
                       "pretrial conference is set for April 21, 2025."))
    titles = [e.title for e in timeline.events if str(e.date) == "2025-04-21"]
    assert titles and not titles[0].lower().startswith("and "), _describe(timeline)


def test_numbered_papers_after_the_following_by_a_date_are_two_duties() -> None:
    # D. Conn. docket text: "then the parties shall file the following by March 21, 2023: (1) a joint Rule 26(f)
    # Report, and (2) a proposed schedule ..." is two papers (it was one, "Following due").
    timeline = run(doc("The parties shall file the following by March 21, 2025: (1) a joint Rule 26(f) Report, and (2) "
                       "a proposed schedule to complete the briefing."))
    filings = [e.title for e in timeline.events if e.kind == "filing" and str(e.date) == "2025-03-21"]
    assert len(filings) == 2 and filings[0].startswith("Joint Rule 26(f) Report"), _describe(timeline)


def test_a_date_changed_from_is_the_former_setting() -> None:
    # W.D. Wash.: "DIRECTS the Clerk to change the noting date for ASD Plan's motion to dismiss (Dkt. # 27 ) from
    # December 1, 2017, to December 8, 2017": the old noting date is no duty (it was a filing).
    timeline = run(doc("The court DIRECTS the Clerk to change the noting date for ASD Plan's motion to dismiss (Dkt. # 27 ) "
                       "from March 14, 2025, to March 21, 2025."))
    assert not [e for e in timeline.events if e.kind == "filing" and str(e.date) == "2025-03-14"], _describe(timeline)
    assert [e.kind for e in timeline.events if str(e.date) == "2025-03-21"] == ["filing"], _describe(timeline)


def test_a_period_before_the_conference_counts_from_the_one_it_was_moved_to() -> None:
    # S.D.N.Y.: "the parties were directed to submit a Proposed Case Management Plan ... one week prior to the
    # conference date" is what the earlier order required; and after "the conference scheduled for December 9, 2021 at
    # 10:00 AM is ADJOURNED to January 4, 2022 at 10:00 AM", papers due "one week prior to the conference date" count
    # from January 4 (both were filings a week before December 9).
    timeline = run(doc("On February 4, 2025, the Court scheduled an initial pretrial conference for this case for March "
                       "10, 2025 at 10:00 AM. Pursuant to that order, the parties were directed to submit a Proposed "
                       "Case Management Plan one week prior to the conference date. IT IS HEREBY ORDERED that the "
                       "conference scheduled for March 10, 2025 at 10:00 AM is ADJOURNED to April 7, 2025 at 10:00 AM. "
                       "The documents should be filed on ECF one week prior to the conference date."))
    live = [(e.kind, str(e.date)) for e in timeline.events if not e.recital]
    assert ("filing", "2025-03-31") in live and ("filing", "2025-03-03") not in live, _describe(timeline)


def test_a_tentative_rulings_page_with_no_date_of_its_own_is_dated_by_its_day() -> None:
    # Fresno's page "Tentative Rulings for November 15, 2018 ..." carries no other date of the court's: the rulings are
    # the court's that day (the page had no entry).
    timeline = run("1 Tentative Rulings for November 15, 2018 Departments 403, 501 There are no tentative rulings for "
                   "the following cases. 17CECG03259 Cano v. Kiwi Transportation, Inc. @ 3:00p.m. (Dept. 501) The court "
                   "has continued the following cases. 13CECG03503 Munoz v. Tarlton & Co. is continued to 3:30 p.m. in "
                   "Department 403 on November 27, 2018.\n")
    assert [str(e.date) for e in timeline.events if e.kind == "entry"] == ["2018-11-15"], _describe(timeline)


def test_prior_to_the_new_hearing_is_before_the_sitting_the_matter_moved_to() -> None:
    # Sonoma: "Motion for Reconsideration CONTINUED to the law and motion calendar of July 8, 2026, in Department 16 at
    # 3:00 p.m. ... Prior to the new hearing, the moving party must file timely proof of service" (it counted from the
    # February 25 calendar the ruling sat on).
    timeline = run("Tentative Rulings\nWednesday, February 25, 2026\n3:00 p.m.\nHon. Karen Dixon for Hon. Patrick Broderick\n"
                   "1. 24CV04975, Looney v. Amerigo, LLC.\nMotion for Reconsideration CONTINUED to the law and motion "
                   "calendar of July 8, 2026, in Department 16 at 3:00 p.m. because the LLC Defendant may only appear "
                   "through an attorney and there is no proof of service showing notice of this hearing. Prior to the new "
                   "hearing, the moving party must file timely proof of service in accord with California Rule of Court "
                   "3.1300, demonstrating service of notice of the hearing.\n")
    filings = [str(e.date) for e in timeline.events if e.kind == "filing" and not e.recital]
    assert filings == ["2026-07-08"], _describe(timeline)


def test_rows_after_a_counted_row_with_paragraph_marks_stay_deadlines() -> None:
    # N.D. Tex.: under "Rebuttal Expert Designation (¶ 4 c.) 30 days after disclosure made by other party", the row
    # "Deadline for Expert Objections (¶ 4 d.) October 24, 2011" is a deadline (it was a background date; the rows
    # above it too).
    timeline = run("SCHEDULING ORDER\n\nI. SUMMARY OF CRITICAL DATES\n\nResponsive Expert Designation & Report (¶ 4 b.) "
                   "April 29, 2025\nRebuttal Expert Designation (¶ 4 c.) 30 days after disclosure made by other party\n"
                   "Deadline for Expert Objections (¶ 4 d.) October 24, 2025\nDeadline for Dispositive Motions (¶ 3) July "
                   "29, 2025\n\nEntered this 5th day of March, 2025.\n")
    live = {str(e.date) for e in timeline.events if not e.recital}
    assert {"2025-04-29", "2025-10-24"} <= live, _describe(timeline)


def test_a_condition_restating_the_perfecting_day_is_no_second_duty() -> None:
    # N.Y. App. Div. 2d Dept: "... stayed ... on condition that the appeal is perfected on or before September 29, 2021;
    # and it is further, ORDERED that in the event the appeal is not perfected on or before September 29, 2021, the
    # Court ... may vacate the stay" is one duty (the condition, cut at "; " only when it did not open the clause, was
    # a second filing).
    timeline = run(doc("ORDERED that the motion is granted and the trial in the above-entitled action is stayed pending "
                       "hearing and determination of the appeal on condition that the appeal is perfected on or before "
                       "April 29, 2025; and it is further, ORDERED that in the event the appeal is not perfected on or "
                       "before April 29, 2025, the Court, on its own motion, may vacate the stay, without further notice."))
    assert [e.kind for e in timeline.events if not e.recital and str(e.date) == "2025-04-29"] == ["filing"], \
        _describe(timeline)
