"""A fourteenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 15: Rule 4(m) service orders, appellate per curiams.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice
from viewer.core.model import Timeline

ROWS = [
    # Arkansas: "we grant the motion and allow the appellant fifteen days within which to file a substituted abstract
    # and brief" runs from the order (only the passive "is allowed fifteen days within which" was read).
    R("allow-someone-n-days-within-which-runs-from-the-order",
      doc("Since the case is not yet ready for submission, we grant the motion and allow the appellant fifteen days "
          "within which to file a substituted abstract and brief."),
      "filing 2025-03-20"),
    # E.D. Cal.: "Rule 4(m) of the Federal Rules of Civil Procedure provides that a defendant must be dismissed if
    # service ... is not accomplished ... within 90 days after the complaint was filed" states the rule (it was an
    # undated service duty).
    R("a-rule-that-provides-without-a-comma-is-the-law",
      doc("Rule 4(m) of the Federal Rules of Civil Procedure provides that a defendant must be dismissed if service of "
          "the summons and complaint is not accomplished on the defendant within 90 days after the complaint was filed."),
      "none"),
    # M.D. Ga.: "The Federal Rule of Civil Procedure 4(m) requires that service ... be made upon defendant within 90
    # days of the filing of the Complaint" (it was a service deadline counted from another event).
    R("the-rule-of-civil-procedure-requires-is-the-law",
      doc("Plaintiff filed the Complaint on February 3, 2025. The Federal Rule of Civil Procedure 4(m) requires that "
          "service of the summons and Complaint be made upon defendant within 90 days of the filing of the Complaint."),
      "none"),
    # S.D.N.Y.: "Citing Rule 4(m) ..., the Order stated that: If a defendant is not served within 90 days after the
    # complaint is filed, the court ... must dismiss": an earlier order quoting the rule.
    R("what-an-earlier-order-stated-is-a-recital",
      doc("Citing Rule 4(m) of the Federal Rules of Civil Procedure, the Order stated that: If a defendant is not "
          "served within 90 days after the complaint is filed, the court must dismiss the action without prejudice."),
      "none"),
    # S.D.N.Y.: "failure ... to demonstrate good cause for failure to serve Defendant within ninety days after the
    # complaint was filed will result in dismissal": the law's period, long past (it was an undated filing).
    R("a-failure-within-a-period-from-a-past-filing-is-no-duty",
      doc("Plaintiff is warned that failure to demonstrate good cause for failure to serve Defendant within ninety "
          "days after the complaint was filed will result in dismissal of this action."),
      "none"),
    # ... but "Failure to prepare and deliver said summons within 15 days from the filing of this order shall result in
    # ... dismissal" is the duty itself (M.D.N.C.).
    R("a-failure-within-a-period-from-this-order-stays-a-duty",
      doc("Failure to prepare and deliver said summons within 15 days from the filing of this order shall result in "
          "this case being dismissed without further notice."),
      "filing 2025-03-20"),
    # S.D.N.Y.: "without prejudice to restoring the action ... if the application to restore the action is made by
    # December 20, 2023" is the application's deadline (it read as other).
    R("an-application-made-by-a-date-is-a-filing",
      doc("IT IS HEREBY ORDERED that the above-captioned action is discontinued without prejudice to restoring the "
          "action to this Court's calendar if the application to restore the action is made by April 7, 2025."),
      "filing 2025-04-07"),
    # D. Utah, scanned: OCR reads the digit one as the letter l in the ECF header stamp, "Case 2:l2-cr-00l63-RJS-BCW
    # Document 45 Filed 02/20/l3 Page l of l0": still the order's filing date (the entry was lost).
    R("an-ecf-stamp-with-letter-ls-for-ones-is-the-entry",
      "Case 2:l2-cr-00l63-RJS-BCW Document 45 Filed 02/20/l3 Page l of l0\nIN THE UNITED STATES COURT FOR THE DISTRICT "
      "OF UTAH\nTRIAL ORDER\nThe final pretrial conference in this matter is scheduled for 4/15/2013 at 10:00 A.M.\n",
      "entry 2013-02-20"),
    # Kansas: "Court will be in session from 6:30 p.m. to about 8 p.m. Monday, October 7, 2019, in the auditorium" is a
    # sitting that starts at 6:30 (it was "other" at 8 p.m., the end of the range).
    R("in-session-from-one-hour-to-another-starts-at-the-first",
      doc("The public is invited to attend. Court will be in session from 6:30 p.m. to about 8 p.m. Monday, October 7, "
          "2019, in the auditorium of El Dorado High School.", "Dated: September 3, 2019"),
      "hearing 2019-10-07 18:30"),
    # N.D. Cal.: "plaintiffs are ordered to serve the summons and complaint on the defendant, and file proof of service,
    # by no later than February 17, 2023" is service (it read as a filing: "file" stands nearer the date).
    R("serve-the-summons-and-file-proof-of-service-is-service",
      doc("Accordingly, plaintiffs are ordered to serve the summons and complaint on the defendant, and file proof of "
          "service, by no later than April 17, 2025."),
      "service 2025-04-17"),
    # ... but a bare "Plaintiff shall file proof of service by" stays a paper.
    R("file-proof-of-service-alone-stays-a-filing",
      doc("Plaintiff shall file proof of service by April 17, 2025."),
      "filing 2025-04-17"),
    # S.D.N.Y.: "serve the summons and complaint on each Defendant within 90 days of the issuance of the summonses": the
    # clerk's issuing, not this order's (it was counted from the order).
    R("within-days-of-the-issuance-of-the-summonses-is-undated",
      doc("The Clerk of Court is directed to issue summonses as to Defendants. Plaintiffs are directed to serve the "
          "summons and complaint on each Defendant within 90 days of the issuance of the summonses."),
      "service undated"),
    # W.D. Tex.: "file with the Court, two (2) days before the scheduled Rule 16(b) conference" counts from that
    # conference (the anchor stopped at "Rule 16" and another duty's undated day was taken).
    R("an-anchor-with-a-rules-lettered-part-is-that-sitting",
      doc("The Court shall hold a Rule 16(b) initial pretrial scheduling and discovery conference on Wednesday, May 8, "
          "2019 at 1:45 p.m. The parties are directed to confer and file with the Court, two (2) days before the "
          "scheduled Rule 16(b) conference, a joint proposed scheduling and discovery plan. The parties or their counsel "
          "shall e-mail the proposed scheduling order in Word format to "
          "chambers no later than two (2) business days before the scheduled Rule 16(b) conference.",
          "Dated: April 1, 2019"),
      "other 2019-05-06"),
    # N.Y. App. Div. 2d Dept: "Appeals by Jaslene B. from two orders of the Family Court, Kings County, dated October 10,
    # 2019, and August 23, 2022" names the orders appealed from (the first date read as this order's own, and the
    # "date of this scheduling order" periods counted from it).
    R("two-orders-of-a-named-court-dated-are-other-orders",
      "DECISION & ORDER ON MOTION\n\nAppeals by Jaslene B. from two orders of the Family Court, Kings County, dated "
      "October 10, 2019, and August 23, 2022, respectively. It is ORDERED that the appeal shall be perfected within 60 "
      "days of the date of this scheduling order.\n\n10-28-2022\n",
      "filing 2022-12-27"),
    # D. Colo.'s docket text signs off in lower case after a full stop: "... before Magistrate Judge Kristen L. Mix. by
    # Magistrate Judge Kristen L. Mix on 12/8/2009." is the entry (it read as background).
    R("a-lower-case-by-judge-on-a-date-closing-a-docket-text-is-the-entry",
      "ORDER SETTING SCHEDULING/PLANNING CONFERENCE: Scheduling Conference set for 2/9/2010 10:30 AM in Courtroom C204 "
      "before Magistrate Judge Kristen L. Mix. by Magistrate Judge Kristen L. Mix on 12/8/2009. (klmcd)\n",
      "entry 2009-12-08"),
    # D. Kan.: "Report of Parties Planning Meeting deadline 10/14/2005" is the Rule 26(f) report, a paper (it read as
    # other: no word named a paper).
    R("the-report-of-the-parties-planning-meeting-is-a-filing",
      "ORDER SETTING SCHEDULING CONFERENCE: Scheduling Conference set for 10/19/2005 at 11:00 AM by telephone. Report of "
      "Parties Planning Meeting deadline 10/14/2005. Signed by Magistrate Judge Donald W. Bostwick on 9/15/05. (aw)\n",
      "filing 2005-10-14"),
    # S.D. Fla.'s header stamp says "Entered on FLSD Docket", not "Filed": "Case 9:17-cv-80728-DMM Document 6 Entered on
    # FLSD Docket 06/19/2017 Page 1 of 4" dates the order (it was lost).
    R("an-entered-on-flsd-docket-stamp-is-the-entry",
      "Case 9:17-cv-80728-DMM Document 6 Entered on FLSD Docket 06/19/2017 Page 1 of 4\nUNITED STATES DISTRICT COURT\n"
      "ORDER SETTING TRIAL. Trial is set for February 20, 2018 at 9:00 a.m.\n",
      "entry 2017-06-19"),
    # S.D. Fla.: "shall appear at a calendar call commencing at 10:00 o'clock A.M. on Friday, December 3, 2010" keeps its
    # hour (the words between lost it).
    R("an-hour-with-oclock-before-its-meridiem-is-the-sittings",
      doc("Counsel for all parties shall appear at a calendar call commencing at 10:00 o\u2019clock A.M. on Friday, "
          "December 3, 2010.", "Dated: April 7, 2010"),
      "hearing 2010-12-03 10:00"),
    # "Joint proposed pretrial order: September 6, 2022, or30 days after resolution of dispositive motions": the court's
    # ruling has no date, so the period is undated (it was counted from the pretrial order's own deadline once the
    # text layer's "or30" was split).
    R("a-period-after-the-resolution-of-motions-is-undated",
      doc("Dispositive motions: August 9, 2022\nJoint proposed pretrial order: September 6, 2022, or 30 days after "
          "resolution of dispositive motions\nIT IS SO ORDERED."),
      "absent 2022-10-06"),
    # E.D. Tex.: "Toyota is therefore ORDERED to respond to Plaintiffs' requests for admission numbers 30-31 ... within
    # fourteen (14) days of this Order": discovery answered between the parties, not a paper filed (it was a filing).
    R("respond-to-requests-for-admission-is-discovery-not-a-filing",
      doc("Toyota is therefore ORDERED to respond to Plaintiffs' requests for admission numbers 30-31, 36-40, 43, and "
          "45-47 within fourteen (14) days of this Order."),
      "other 2025-03-19"),
    # S.D.N.Y.: "This case has been placed on the jury trial list for March 8, 2022" sets the trial now (it read as
    # history: "has been").
    R("placed-on-the-jury-trial-list-for-a-day-is-the-trial",
      doc("This case has been placed on the jury trial list for March 8, 2022. The case must be trial-ready for that "
          "date.", "Dated: December 2, 2021"),
      "hearing 2022-03-08"),
    # C.D. Cal.: "the Court extends the time for plaintiffs to file a response to the Order to Show Cause ... to May 1,
    # 2017": the response's deadline (it read as the show-cause sitting).
    R("time-extended-to-file-a-response-to-a-show-cause-order-is-a-filing",
      doc("For that reason, the Court extends the time for plaintiffs to file a response to the Order to Show Cause "
          "and/or supply a demand and completes negotiations materials to May 1, 2017. The hearing is continued to May "
          "15, 2017 at 1:30 p.m.", "Dated: April 3, 2017"),
      "filing 2017-05-01"),
    # N.D. Cal.'s docket text: "Jury Trial set for 2/18/2025 to 2/24/2025 (5-days) at 8:30 a.m." is one sitting from
    # the first day, at that hour (the last day was a second trial, and the first had no hour).
    R("a-numeric-range-of-trial-days-is-one-sitting-from-the-first",
      "PRETRIAL ORDER NO. 1: CASE SCHEDULE. Signed by Judge Jacqueline Scott Corley on 1/11/2024. Jury Trial set for "
      "2/18/2025 to 2/24/2025 (5-days) at 8:30 a.m. in San Francisco, Courtroom 08, 19th Floor.\n",
      "hearing 2025-02-18 08:30 once"),
    # ... but "continue pre-trial conference from 2/28/23 to 4/25/23 @ 10:00 a.m." moves it: no range.
    R("from-one-numeric-date-to-another-is-a-move-not-a-range",
      "ORDER granting Motion to continue pre-trial conference from 2/28/23 to 4/25/23 @ 10:00 a.m. Signed by Judge "
      "Mary Smith on 2/1/2023.\n",
      "hearing 2023-04-25 10:00"),
    # D. Mass.: "confer no later than twenty-one (21) days before the date for the scheduling conference" counts from
    # that conference (the anchor stopped at "the date for").
    R("days-before-the-date-for-the-conference-count-from-it",
      doc("An initial scheduling conference will be held at 2:00 p.m. on May 4, 2017. Counsel for the parties shall "
          "confer no later than twenty-one (21) days before the date for the scheduling conference for the purpose of "
          "preparing an agenda.", "Dated: March 20, 2017"),
      "other 2017-04-13"),
    # N.Y. App. Div. 2d Dept: "show cause ... by uploading a digital copy of an affirmation or an affidavit on that
    # issue, via NYSCEF, on or before November 18, 2021" is a paper (it read as other).
    R("uploading-an-affirmation-by-a-date-is-a-filing",
      doc("ORDERED that the appellant is directed to show cause before this Court why the appeal should not be dismissed "
          "as academic, by uploading a digital copy of an affirmation or an affidavit on that issue, via NYSCEF, on or "
          "before April 18, 2025."),
      "filing 2025-04-18"),
    # ... and "the appellant may make a motion, via NYSCEF, on or before" is one too.
    R("may-make-a-motion-by-a-date-is-a-filing",
      doc("If the appellant be so advised, the appellant may make a motion, via NYSCEF, on or before April 18, 2025, for "
          "any relief deemed appropriate."),
      "filing 2025-04-18"),
    # Texas 3rd: "we request that real party in interest file a response to the motion to seal no later than May 22,
    # 2018, and a response to the mandamus petition no later than June 18, 2018": both papers (the second read as other).
    R("a-second-paper-after-and-shares-the-first-ones-verb",
      doc("Further, we request that real party in interest file a response to the motion to seal no later than May 22, "
          "2018, and a response to the mandamus petition no later than June 18, 2018.", "Dated: May 17, 2018"),
      "filing 2018-06-18"),
    # Texas 5th: "We request that real party in interest and respondent file a response, if any, ... by noon on
    # February 19, 2021": the court's request (it read as a party's request, history).
    R("we-request-that-a-party-file-is-the-courts-deadline",
      "Order entered February 18, 2021\n\nORDER\n\nWe request that real party in interest and respondent file a "
      "response, if any, to the petition for writ of mandamus by noon on February 19, 2021.\n",
      "filing 2021-02-19 12:00"),
    # M.D. La.: "within ten (10) days from the date of this Scheduling Conference Report and Order" counts from this
    # order (it counted from the conference the report records, the day before).
    R("days-from-this-titled-report-and-order-count-from-the-order",
      "SCHEDULING CONFERENCE REPORT AND ORDER: Supplemental briefing, not to exceed five (5) pages, shall be filed within "
      "ten (10) days of this Scheduling Conference Report and Order. The Court will issue a separate Scheduling Order as "
      "modified during the April 18, 2016 conference. Signed by Magistrate Judge Erin Wilder-Doomes on 4/19/2016.\n",
      "filing 2016-04-29"),
    # M.D. Fla.: an order on motions lists each as "MOTION: DEFENDANT'S RENEWED MOTION FOR ENLARGEMENT OF TIME ...
    # (Doc. No. 11) / FILED: February 6, 2007": the motion's date, so the ECF stamp dates the order (the motions' dates
    # were taken as the order's own).
    R("a-filed-label-under-a-motion-block-is-the-motions-date",
      "Case 6:07-cv-00139-JA-DAB Document 13 Filed 02/12/2007 Page 1 of 2\nORDER\nThis cause came on for consideration "
      "without oral argument on the following motion filed herein:\n\nMOTION: DEFENDANT'S RENEWED MOTION FOR\n\n"
      "ENLARGEMENT OF TIME TO RESPOND TO\nCOMPLAINT (Doc. No. 11)\n\nFILED: February 6, 2007\n\n______\n\nTHEREON it is "
      "ORDERED that the motion is DENIED in part. Defendant is ORDERED to respond to the Complaint by February\n16, "
      "2007.\n",
      "entry 2007-02-12 once"),
    # Pa. Supreme Court: "See 531 Judicial Administration Docket (order dated March 16, 2020)" cites another order; this
    # one is "AND NOW, this 17th day of March, 2020" (the cited date was taken for the entry, and the Declaration's "within
    # 24 hours" counted from it).
    R("an-order-dated-inside-a-see-citation-is-another-order",
      "ORDER\n\nAND NOW, this 17th day of March, 2020, the Application is GRANTED, as the requested relief is consistent "
      "with this Court's order declaring a General Statewide Judicial Emergency. See 531 Judicial\nAdministration Docket "
      "(order dated March 16, 2020). Consistent with that order,\n\nPresident Judge Kelly is DIRECTED to file a "
      "Declaration within 24 hours.\n",
      "filing 2020-03-18"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fourteenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def _live(timeline: Timeline) -> list[tuple[str, str]]:
    return [(e.kind, str(e.date)) for e in timeline.events if not e.recital]


def test_a_period_that_would_be_a_day_is_arithmetic_and_service_stated_twice_is_one() -> None:
    # M.D. Ga.'s Rule 4(m) notice: "ninety (90) days from April 17, 2024, would be Tuesday, July 16, 2024" computes the
    # day (it was also an "other" event), and "must serve the Complaint and summons upon Defendant ... by" and
    # "INSTRUCTS the Plaintiff to serve the summons and the Complaint (Doc. 1) to Defendant ... by" the same day are
    # one service (they were two: the titles, cut from long sentences, differ).
    timeline = run(doc("Here, ninety (90) days from April 17, 2024, would be Tuesday, July 16, 2024. Thus, Plaintiff "
                       "must serve the Complaint and summons upon Defendant in accordance with the Federal Rules by "
                       "Tuesday, July 16, 2024.\nIn sum, because Plaintiff is proceeding pro se, the Court provides this "
                       "notice to Plaintiff in accordance with Rule 4(m) and INFORMS and INSTRUCTS the Plaintiff to serve "
                       "the summons and the Complaint (Doc. 1) to Defendant in accordance with the Federal Rules by "
                       "Tuesday, July 16, 2024.", "Dated: May 1, 2024"))
    assert _live(timeline) == [("entry", "2024-05-01"), ("service", "2024-07-16")], _describe(timeline)


def test_two_papers_served_the_same_day_stay_two() -> None:
    # Los Angeles: responses to interrogatories and responses to requests for production, each served within the
    # same days, are two duties (LABELLING.md rule 8), whatever the new same-service test says.
    timeline = run(doc("Plaintiff shall serve verified responses to form interrogatories, set one, on Defendant by "
                       "April 1, 2025.\nPlaintiff shall serve verified responses to requests for production, set one, "
                       "on Defendant by April 1, 2025."))
    assert _live(timeline).count(("service", "2025-04-01")) == 2, _describe(timeline)


def _filing_titles(timeline: Timeline, day: str) -> list[str]:
    return [e.title for e in timeline.events if e.kind == "filing" and not e.recital and str(e.date) == day]


LISTED_PAPERS = [
    # S.D.N.Y.: "Pretrial submissions - motions in limine, proposed voir dire, and requests to charge - remain due on
    # January 28, 2022" is three papers (it was one: "proposed voir dire" alone was no paper's name).
    pytest.param("Pretrial submissions - motions in limine, proposed voir dire, and requests to charge - remain due on "
                 "January 28, 2022.", "Dated: December 14, 2021", "2022-01-28",
                 ["Motions in limine due", "Proposed voir dire due", "Requests to charge due"], id="proposed-voir-dire"),
    # S.D.N.Y.: "The parties are further directed to submit: (1) a proposed brief description of the case, to be read to
    # the venire and (2) a brief, mutually acceptable overview of the applicable law, ..., no later than October 19,
    # 2022" is two papers (it was one).
    pytest.param("The parties are further directed to submit: (1) a proposed brief description of the case, to be read "
                 "to the venire and (2) a brief, mutually acceptable overview of the applicable law, to be read to the "
                 "jury as part of the Court's initial instructions prior to opening statements, no later than October "
                 "19, 2022.", "Dated: August 1, 2022", "2022-10-19",
                 ["Proposed brief description of the case due",
                  "Brief, mutually acceptable overview of the applicable law due"], id="numbered-inline-after-submit"),
]


@pytest.mark.parametrize(("body", "dated", "day", "titles"), LISTED_PAPERS)
def test_listed_papers_are_one_duty_each(body: str, dated: str, day: str, titles: list[str]) -> None:
    timeline = run(doc(body, dated))
    assert _filing_titles(timeline, day) == titles, _describe(timeline)


def test_a_table_whose_rows_ran_together_is_read_row_by_row() -> None:
    # S.D. Fla.: the text layer lost the table's line ends, so each row's year runs into the next label and a period
    # into its label: "Discovery CutoffJuly 15, 2010Substantive Pretrial MotionsAugust 6, 2010Mediation Cutoff60 days
    # before calendar call" (only the first row was read).
    timeline = run(doc("Counsel shall appear at a calendar call at 10:00 a.m. on Friday, December 3, 2010. To the extent "
                       "this Order conflicts with the Local Rules, this Order supercedes the Local Rules.Amend Pleadings/"
                       "Add Parties-May 14, 2010Discovery CutoffJuly 15, 2010Substantive Pretrial MotionsAugust 6, "
                       "2010Mediation Cutoff60 days before calendar call", "Dated: April 7, 2010"))
    assert [e for e in _live(timeline) if e[0] != "entry"] == [
        ("filing", "2010-05-14"), ("other", "2010-07-15"), ("filing", "2010-08-06"), ("other", "2010-10-04"),
        ("hearing", "2010-12-03")], _describe(timeline)


def test_a_date_over_the_signature_blocks_date_label_is_the_entry() -> None:
    # D. Mass.'s notice: "3/20/2017 / Date / By: / /s/ Mark L. Wolf", with the local rule reprinted below, so the block is
    # not at the foot (the date read as background).
    timeline = run("NOTICE OF SCHEDULING CONFERENCE\nAn initial scheduling conference will be held in Courtroom No. 10 on "
                   "the 5th floor at 2:00 p.m. on May 4,\n2017 in accordance with Fed. R. Civ. P. 16(b) and Local Rule "
                   "16.1. Counsel for the plaintiff is responsible for ensuring that all parties are notified of the "
                   "scheduling conference date. The court considers attendance of the senior lawyers ultimately responsible "
                   "for the case and compliance with sections (B), (C), and (D) of Local Rule 16.1 1 to\nbe of the utmost "
                   "importance. Counsel may be given a continuance only if actually engaged on trial. Failure to\ncomply "
                   "fully with this notice may result in sanctions under\nLocal Rule 1.3.\n3/20/2017\nDate\nBy:\n1\n/s/ Mark L. Wolf\nUnited States District "
                   "Judge\n/s/ Christine M. Bono\nDeputy Clerk\nThese sections of Local Rule 16.1 provide:\n(B) "
                   "Obligation of counsel to confer. Unless otherwise ordered by the judge, counsel for the parties shall, "
                   "pursuant to Fed.R.Civ.P. 26(f), confer no later than twenty-one (21) days before the date for the "
                   "scheduling conference for the purpose of:\n(1) preparing an agenda of matters to be discussed at the "
                   "scheduling conference,\n(2) preparing a proposed pretrial schedule for the case that includes a plan "
                   "for discovery, and\n(3) considering whether they will consent to trial by magistrate judge.\n")
    assert ("entry", "2017-03-20") in _live(timeline), _describe(timeline)


def test_a_conference_cancelled_only_if_is_still_set_and_a_request_for_one_is_no_sitting() -> None:
    # D. Neb.: "A settlement conference shall be held ... on May 14, 2009 at 9:00 a.m. ... To avoid unnecessary ...
    # expenses if the settlement conference is cancelled or postponed, request for a conference to discuss cancellation
    # or postponement must be made on or before May 11, 2009." The conference stands (it read as a former setting), and
    # the request's day is no sitting (it read as a hearing).
    timeline = run(doc("A settlement conference shall be held before the undersigned with counsel and representatives "
                       "of the parties on May 14, 2009 at 9:00 a.m. in chambers. To avoid unnecessary incurring of travel "
                       "and other expenses if the settlement conference is cancelled or postponed, request for a "
                       "conference to discuss cancellation or postponement must be made on or before May 11, 2009.",
                       "Dated: April 1, 2009"))
    live = [(e.kind, str(e.date), e.time.strftime("%H:%M") if e.time else None)
            for e in timeline.events if not e.recital and e.kind != "entry"]
    assert live == [("other", "2009-05-11", None), ("hearing", "2009-05-14", "09:00")], _describe(timeline)


def test_rows_with_spaced_dot_leaders_are_read_row_by_row() -> None:
    # E.D. Ark.: "! / Deadline to request any / pleading amendment . . . . . . 3 November 2014 / ! / Joint status report
    # due . . . . . . 3 December 2014" - each spaced full stop of the leader ended a "sentence", leaving each date alone
    # with the bullet ("!") as its title, background (no row was calendared).
    timeline = run(doc("SECOND AMENDED FINAL SCHEDULING ORDER\nPursuant to Federal Rule of Civil Procedure 16(b), the "
                       "Court orders:\n!\nDeadline to request any\npleading amendment . . . . . . . . . . . . 3 November "
                       "2014\n!\nJoint status report due . . . . . . . . . . . . 3 December 2014\n!\n",
                       "Dated: August 27, 2014"))
    assert [e for e in _live(timeline) if e[0] != "entry"] == [("filing", "2014-11-03"), ("filing", "2014-12-03")], \
        _describe(timeline)
