"""A twenty-fourth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 25.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_PLAN = ("The Discovery Plan (document no. 15) is approved as submitted, with the following changes:\n"
         "• Close of discovery - June 2, 2025\n"
         "• Plaintiff’s expert disclosure - April 15, 2025 Defendant’s expert disclosure - May 15, 2025\n"
         "• Amendment to pleadings - June 9, 2025\n"
         "• Jury/Bench trial - Jury\n")

_ROSTER = ("Court of Appeals - Roster of Cases for Hearing\n\nMonday, September 14, 2026\n"
           "Solomon Blatt Building, Room 108\n(Court convenes at 10:00 a.m.)\n"
           " 10:00 a.m. (Time Limits: 10 - 10 - 5)\n"
           "17971   The State, Respondent, v. William Coaxum, Sr., Appellant.\n\n"
           "Coaxum appeals his convictions.\n\n 10:40 a.m. (Time Limits: 10 - 10 - 5)\n"
           "18604   North American Rescue Products, Inc., Appellant, v. P. J. Richardson, Respondent.\n")
_RELEASE = ("Oral Arguments\nWEDNESDAY, JUNE 9, 2027\n9:30 a.m. ET\n2019-SC-0132-DG\n"
            "COMMONWEALTH OF KENTUCKY V. BOBBIE COLLINSWORTH\nCriminal Law. When a defendant is paroled on new crimes "
            "in County B before the court in County A conducts a revocation hearing, must the court in County A run "
            "its sentence concurrent with the paroled sentence from County B.\nDiscretionary Review granted: "
            "12/13/2026\nKenton Circuit Court\n10:30 a.m. ET\n2020-SC-0232-DG\nCRAIG BRAMLETT V. ARNOLD J. RYAN\n")

ROWS = [
    # D. Vt. docket text: "The Court grants Plaintiff leave to file an amended complaint by 2/10/2023 that ...
    # complies with the directions stated in this Order" - leave given now (the "stated" made it history).
    R("leave-the-court-grants-now-sets-the-day",
      doc("The Court grants Plaintiff leave to file an amended complaint by 6/10/2025 that incorporates all facts "
          "and claims in one document and otherwise complies with the directions stated in this Order."),
      "filing 2025-06-10"),
    # D.N.H. "Order after preliminary pretrial conference": a plan "approved as submitted, with the following
    # changes:" over bulleted rows "Label - DATE" - each row is a setting (they were background, or the order's date).
    R("a-bulleted-dash-row-is-a-setting", doc(_PLAN), "other 2025-06-02"),
    # ... a row run on after the last row's date ("... April 15, 2025 Defendant's expert disclosure - May 15, 2025").
    R("a-dash-row-run-on-after-the-last-rows-year-is-a-setting", doc(_PLAN), "other 2025-05-15"),
    # ... and "Amendment to pleadings" names a paper (it was "other").
    R("an-amendment-to-pleadings-row-is-a-paper", doc(_PLAN), "filing 2025-06-09"),
    # N.D. Cal. stipulated schedule: "Summary-Judgment Deadline 10/25/2019" - a motion's cut-off, hyphen or not.
    R("a-hyphenated-summary-judgment-deadline-is-a-paper",
      doc("Fact Discovery Cut-Off 8/29/2025\nSummary-Judgment Deadline 10/24/2025\n"),
      "filing 2025-10-24"),
    # W.D.N.C.: "Pretrial Submissions July 8, 2024" - pretrial papers filed with the court.
    R("pretrial-submissions-are-papers",
      doc("Dispositive Motions February 2, 2026\nPretrial Submissions July 8, 2026\n"),
      "filing 2026-07-08"),
    # N.D. Cal. discovery referral: "The parties shall provide a detailed Joint Letter to the Court by Friday, May 2,
    # 2014" - a letter brief filed with the court (it was "other").
    R("a-detailed-joint-letter-to-the-court-is-a-paper",
      doc("The parties shall meet and confer by April 29, 2025. The parties shall provide a detailed Joint Letter to "
          "the Court by Friday, May 2, 2025."),
      "filing 2025-05-02"),
    # South Carolina Court of Appeals, a 2011 roster: each hour over a bare appeal number and the case
    # ("17971   The State, Respondent, v. ...") is a sitting that day (the day was read as the page's date).
    R("a-rosters-hour-over-a-bare-appeal-number-is-a-sitting", _ROSTER, "hearing 2026-09-14 10:40"),
    R("a-rosters-first-hour-is-a-sitting-too", _ROSTER, "hearing 2026-09-14 10:00"),
    # Kentucky Supreme Court release: "... the paroled sentence from County B." ends its sentence ("County B." is no
    # initial), so "Discretionary Review granted: 12/13/2019" is history, not the question's "must ... hearing".
    R("a-lettered-county-ends-its-sentence", _RELEASE, "recital 2026-12-13"),
    # ... and the next hour goes to the day heading above it (it went to the granted date).
    R("an-hour-after-a-granted-line-goes-to-the-day-heading", _RELEASE, "hearing 2027-06-09 10:30"),
    # E.D. La. trial preparation order: "Jury trial of this matter, which previously was scheduled to begin on August
    # 19, 2019, shall instead commence at 8:30 a.m. on November 12, 2019" - the trial, named before the old day (it
    # was "other": the words between the two dates name no sitting).
    R("a-trial-that-shall-instead-commence-on-a-day-is-the-trial",
      doc("1. Jury trial of this matter, which previously was scheduled to begin on August 18, 2025, shall instead "
          "commence at 8:30 a.m. on November 10, 2025 because of a conflict in the Court's schedule."),
      "hearing 2025-11-10 08:30"),
    # Colorado Court of Appeals release: "will hear oral arguments at Glenwood Springs High School on Tuesday, April
    # 12, 2016, and at Steamboat Springs High School on April 14, 2016" - the second sitting is the first's verb's
    # (it was a bare date: background).
    R("a-second-sitting-at-another-place-shares-the-verb",
      doc("A division of the Court of Appeals will hear oral arguments at Glenwood Springs High School on Tuesday, "
          "April 14, 2026, and at Steamboat Springs High School on April 16, 2026, before audiences of students."),
      "hearing 2026-04-16"),
    # E.D. Ark.: "Everyone must be present in Courtroom 1-A ... by 9:30a.m. on 13 January 2014" - an appearance in
    # court is a sitting (it was "other").
    R("being-present-in-a-courtroom-is-a-sitting",
      doc("Anyone who made a filing may speak if he or she wants to do so. Everyone must be present in Courtroom 1-A "
          "of the Richard Sheppard Arnold Courthouse by 9:30a.m. on 12 January 2026."),
      "hearing 2026-01-12 09:30"),
    # Delaware Court of Chancery letter: "This action has been pending since December 19, 2008, and trial is
    # scheduled to start on April 9, 2013" - when the action began is history (it was the trial).
    R("a-day-an-action-has-been-pending-since-is-history",
      doc("This action has been pending since December 19, 2008, and trial is scheduled to start on April 13, 2026."),
      "recital 2008-12-19"),
    # ... and its e-filing stamp, "EFiled:  Apr 02 2013 12:14PM EDT", is the paper's filing (it was "other").
    R("a-delaware-efiled-stamp-is-the-filing",
      "EFiled:  Apr 06 2026 12:14PM EDT   Transaction ID 51461294  Case No. 4240VCN      COURT OF CHANCERY OF THE "
      "STATE OF DELAWARE\n\nDear Counsel: Trial is scheduled to start on April 13, 2026.",
      "entry 2026-04-06 12:14"),
    # W.D. Wash.: "The Court, accordingly, GRANTS Plaintiff's request for an extension and RENOTES Defendants' Motion
    # for Summary Judgment, Dkt. 39, for consideration on March 22, 2024" - the new noting date (it was background).
    R("a-motion-the-court-renotes-for-a-day-is-noted-for-it",
      doc("The Court, accordingly, GRANTS Plaintiff's request for an extension and RENOTES Defendants' Motion for "
          "Summary Judgment, Dkt. 39, for consideration on March 27, 2026."),
      "other 2026-03-27"),
    # N.D. Miss.: "The T&M production will be completed on or before January 12, 2018 (5:00 PM), at which time a final
    # privilege log will be provided" - the hour in parentheses is the cut-off's (it was dropped).
    R("an-hour-in-parentheses-after-the-day-is-its-hour",
      doc("The production will be completed on or before January 12, 2026 (5:00 PM), at which time a final privilege "
          "log will be provided."),
      "other 2026-01-12 17:00"),
    # N.Y. Civil Court: "... the court vacates the stipulation and the judgment entered pursuant thereto, and the court
    # restores this proceeding to its calendar for trial on Monday, June 9, 2014 at 9:30 a.m." - the court acting now
    # (the judgment "entered" made it history).
    R("a-proceeding-the-court-restores-to-its-calendar-for-trial-is-set",
      doc("Upon that renewal, the court vacates the stipulation and the judgment entered pursuant thereto, and the "
          "court restores this proceeding to its calendar for trial on Monday, June 8, 2026 at 9:30 a.m."),
      "hearing 2026-06-08 09:30"),
    # M.D. Fla.: "ORDER TO AMEND directing plaintiff to amend within 14 days of this Order to proceed" - amending is
    # filing the amended pleading (it was "other": no paper named).
    R("a-party-directed-to-amend-within-days-files-a-paper",
      doc("ORDER TO AMEND directing plaintiff to amend within 14 days of this Order to proceed, in compliance with "
          "the directives of the Order."),
      "filing 2025-03-19"),
    # C.D. Cal. docket text: "the Court amends the case-management schedule in this matter as follows: Jury trial:
    # 1/28/14 9:00 AM; ... hearing on motions in limine: 1/17/14 2:30 PM; Final Pretrial Conference: 1/6/14 2:30 PM;
    # motions in limine, proposed voir dire questions ... and agreed to statement of case: 1/6/14" - a row labelled
    # "hearing on ..." is the sitting (it was the motions, a paper) ...
    R("a-row-labelled-hearing-on-motions-is-the-sitting",
      doc("The Court amends the schedule as follows: Jury trial: 1/26/26 9:00 AM; hearing on motions in limine: "
          "1/16/26 2:30 PM; Final Pretrial Conference: 1/5/26 2:30 PM; motions in limine, proposed voir dire "
          "questions and agreed to statement of case: 1/5/26."),
      "hearing 2026-01-16 14:30"),
    # ... and proposed voir dire questions are papers (the words "voir dire" made the row a sitting).
    R("proposed-voir-dire-questions-are-papers",
      doc("The Court amends the schedule as follows: Jury trial: 1/26/26 9:00 AM; Final Pretrial Conference: 1/5/26 "
          "2:30 PM; motions in limine, proposed voir dire questions and proposed voir dire questions and agreed to "
          "statement of case: 1/5/26."),
      "filing 2026-01-05"),
    # M.D. Fla.: "Plaintiff has until September 13, 2011 to add additional parties to this action" - joining parties
    # is done by a paper (it was "other").
    R("time-to-add-additional-parties-is-a-papers-deadline",
      doc("ORDER granting Plaintiff's Motion to Add Parties. Plaintiff has until September 14, 2026 to add additional "
          "parties to this action."),
      "filing 2026-09-14"),
    # Contra Costa tentative rulings: "DEPARTMENT: 33 DATE: 09/28/17" over "1. TIME: 9:00 CASE#: MSC09-01786" - the
    # numbered row's hour is the calendar's sitting (the day was read as the sheet's own date).
    R("a-numbered-rows-time-label-gives-the-calendar-day-its-hour",
      "CONTRA COSTA SUPERIOR MARTINEZ, CALIFORNIA DEPARTMENT: 33 DATE: 09/28/26\n\n1. TIME: 9:00 CASE#: MSC09-01786 "
      "CASE NAME: CUEVAS VS CCC HEALTH SERVICES HEARING ON APPLICATION FOR PRO HAC VICE * TENTATIVE RULING: *\n\n"
      "Granted.\n",
      "hearing 2026-09-28 09:00"),
    # Yolo County tentative ruling: "Case No. CV PT 19-1799 Hearing Date: September 30, 2020 Department Nine 9:00
    # a.m." - the hour past the department is the hearing's (only "in Department 9" let it through).
    R("an-hour-past-the-department-is-the-hearings",
      doc("TENTATIVE RULING Case: Patterson v. County of Yolo Case No. CV PT 19-1799 Hearing Date: September 30, 2026 "
          "Department Nine 9:00 a.m."),
      "hearing 2026-09-30 09:00"),
    # ... and its "NOTICE: Effective May 4, 2020, all court appearances are by Zoom or Conference call." - the day a
    # practice takes effect (it was a sitting).
    R("effective-after-a-notice-label-takes-effect",
      doc("NOTICE: Effective May 4, 2026, all court appearances are by Zoom or Conference call."),
      "other 2026-05-04"),
    # Hawai'i Judiciary release: "Any documents due during the court closure will be considered timely if filed by
    # the close of business on Wednesday, December 8, 2021" - a deadline, not when something "filed by ... on" was
    # filed (it was history).
    R("timely-if-filed-by-a-day-is-a-deadline",
      doc("Any documents due during the court closure will be considered timely if filed by the close of business on "
          "Wednesday, December 9, 2026."),
      "filing 2026-12-09"),
    # ... and "All state courthouses ... are expected to reopen for business as usual tomorrow, Wednesday, December 8,
    # 2021" - the day the courts reopen (it was background: no duty).
    R("courts-expected-to-reopen-on-a-day-is-an-event",
      doc("All state courthouses and Judiciary offices on Oahu are expected to reopen for business as usual tomorrow, "
          "Wednesday, December 9, 2026."),
      "other 2026-12-09"),
    # N.D. Ind.: "SET a final pretrial conference for 1:00 p.m. (E.D.T.) on August 27, 2015 in the third floor
    # courtroom in South Bend; and SCHEDULED a 10-day jury trial to commence at 9:30 a.m. (C.D.T.) on September 15,
    # 2015 in Hammond" - zones spelled with stops are zones (the sentence broke at "p.m." and both sittings were lost).
    R("a-zone-spelled-with-stops-keeps-the-hour-and-its-zone",
      doc("The court SET a final pretrial conference for 1:00 p.m. (E.D.T.) on August 27, 2026 in the third floor "
          "courtroom in South Bend; and SCHEDULED a 10-day jury trial to commence at 9:30 a.m. (C.D.T.) on "
          "September 15, 2026 in Hammond."),
      "hearing 2026-09-15 09:30 tz=America/Chicago"),
    # Hawai'i Judiciary release: "... courts and Judiciary facilities will be closed on Wednesday, July 19, 2023. We
    # expect to reopen on Thursday, July 20, 2023." - the day the courts reopen (it was background).
    R("we-expect-to-reopen-on-a-day-is-an-event",
      doc("All Third Circuit courts will be closed on Wednesday, July 22, 2026. We expect to reopen on Thursday, July "
          "23, 2026."),
      "other 2026-07-23"),
    # D.D.C. (1986): "That the trial set for October 20, 1986 is hereby reset for the period of December 15-20, 1986"
    # - the trial, named before the old day (it was "other") ...
    R("a-trial-reset-for-the-period-of-days-is-the-trial",
      doc("That the trial set for October 19, 2026 is hereby reset for the period of December 14-18, 2026 pursuant "
          "to direction of the Court."),
      "hearing 2026-12-14"),
    # ... and "shall appear in Courtroom 25 ... for argument of the pending motions for summary judgment on November
    # 14, 1986 at 9:30 a.m., after which the Magistrate will submit a Memorandum Opinion" is the argument (the paper
    # after "after which" made it a filing).
    R("what-follows-after-which-is-another-event",
      doc("The parties shall appear in Courtroom 25, U. S. District Court for argument of the pending motions for "
          "summary judgment on November 13, 2026 at 9:30 a.m., after which the Magistrate will submit a Memorandum "
          "Opinion, Report and Recommendation."),
      "hearing 2026-11-13 09:30"),
]


def test_a_period_the_court_dates_after_a_comma_is_one_duty() -> None:
    # N.D. Cal. (2006): "Seven days before the hearing, on Wednesday, April 26, 2006, plaintiff shall file a
    # declaration" - the court did the count and wrote the day: one duty on the written day (the period was a second
    # event, counted under the pre-2009 Rule 6(a) to April 24).
    timeline = run("A hearing on plaintiff's motion for default judgment is set for Wednesday, May 3, 2006, at 10:00 "
                   "a.m. Seven days before the hearing, on Wednesday, April 26, 2006, plaintiff shall file a "
                   "declaration setting forth all steps taken to serve defendant. Dated: March 16, 2006")
    live = [e for e in timeline.events if not e.recital and e.kind not in ("entry", "hearing")]
    assert [(e.kind, e.date) for e in live] == [("filing", dt.date(2006, 4, 26))], _describe(timeline)


def test_an_extension_restated_as_timely_if_filed_by_is_one_duty() -> None:
    # Hawai'i Judiciary release: "the time for filing items due ... on Monday, May 10, 2021, is extended to Tuesday,
    # May 11, 2021. All documents due to have been filed shall be deemed to have been timely filed if they are filed by
    # Tuesday, May 11, 2021." - one extended deadline (the restatement was a second filing that day).
    timeline = run(doc("In consideration of closing, the time for filing items due in the Supreme Court on Monday, "
                       "May 11, 2026, is extended to Tuesday, May 12, 2026. All documents due to have been filed shall "
                       "be deemed to have been timely filed if they are filed by Tuesday, May 12, 2026."))
    live = [e for e in timeline.events if not e.recital and e.date == dt.date(2026, 5, 12)]
    assert [e.kind for e in live] == ["filing"], _describe(timeline)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentyfourth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_headlines_day_after_to_is_not_the_papers_date() -> None:
    # Maryland Judiciary media advisory: the headline "Court of Appeals of Maryland issues Order moving Primary
    # Election to July 19" over the body - a day something moves to is not the paper's own date (it was read as one).
    timeline = run("FOR IMMEDIATE RELEASE March 16, 2026\n\n"
                   "Media Advisory Court of Appeals issues Order moving Primary Election to July 21\n\n"
                   "ANNAPOLIS - Today, the Court of Appeals issued an Order moving the Primary Election from June 30 "
                   "to July 21. The deadline for filing certificates of candidacy is extended to Friday, April 17, "
                   "2026.")
    entries = [e.date for e in timeline.events if e.kind == "entry" and not e.recital]
    assert entries == [dt.date(2026, 3, 16)], _describe(timeline)
    # ... nor is the later advisory's "2022 primary election date remains July 19".
    timeline = run("FOR IMMEDIATE RELEASE April 14, 2026\n\n"
                   "Media Advisory Court of Appeals affirms Report; 2026 primary election date remains July 21\n\n"
                   "ANNAPOLIS - Today, the Court of Appeals issued an Order confirming the Primary will occur on July "
                   "21, 2026.")
    entries = [e.date for e in timeline.events if e.kind == "entry" and not e.recital]
    assert entries == [dt.date(2026, 4, 14)], _describe(timeline)


def test_a_clerks_unrolled_sunday_and_the_rolled_count_are_one_duty() -> None:
    # N.D. Fla. docket text: "Plaintiff shall file "Amended Complaint" within THIRTY (30) DAYS from docketing date of
    # this order. Signed by Judge ... on August 17, 2007. / • Amended Pleadings due by 9/16/2007." - the clerk's
    # Sunday and the count rolled to Monday are one duty, kept on the clerk's day and flagged (they were two events).
    timeline = run("Filing 13\n\n  • Plaintiff shall file \"Amended Complaint\" within THIRTY (30) DAYS from docketing "
                   "date of this order.\n    Signed by Judge ELIZABETH M TIMOTHY on August 17, 2007.\n  • Amended "
                   "Pleadings due by 9/16/2007.\n")
    live = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert [(e.date, "count-differs" in e.flags) for e in live] == [(dt.date(2007, 9, 16), True)], _describe(timeline)
