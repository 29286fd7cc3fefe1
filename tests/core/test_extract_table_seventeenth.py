"""A seventeenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 18.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

# A Texas court of appeals tells what it directed before, then orders anew.
_REDIRECTED = doc("By postcard dated February 14, 2025, we notified the court reporter that the record was overdue. "
                  "We directed Ms. Johnson to file the record within ten days and cautioned her that any request for "
                  "an extension must be submitted in writing. Accordingly, we ORDER Ms. Johnson to file, within TEN "
                  "DAYS, the reporter's record.")

ROWS = [
    # Texas 5th: "We directed Ms. Johnson to file the record within ten days and cautioned her that any request ...
    # must be submitted in writing" - the court's own past direction (a "must" later in the sentence made it a second
    # filing due ten days after this order).
    R("the-courts-past-direction-is-no-second-duty", _REDIRECTED, "filing 2025-03-17 once"),
    # E.D. Cal.: "why he failed to comply with the Court's September 16, 2015, order" - a comma closes the date before
    # the paper it dates (it was read as the show-cause hearing, before entry).
    R("a-papers-date-closed-by-a-comma-is-a-recital",
      doc("Plaintiff is ORDERED TO SHOW CAUSE, if any he has, why he failed to comply with the Court's February 3, "
          "2025, order."),
      "recital 2025-02-03"),
    # ... "its May 2, 2019, order granting the motion": the same, with what the order did after it.
    R("a-papers-date-before-its-order-granting-is-a-recital",
      doc("In its February 3, 2025, order granting the motion to amend, the Court set the following schedule."),
      "recital 2025-02-03"),
    # ... but a deadline's own comma is no paper: "respond by June 3, 2025, or the Court will dismiss" stays a filing.
    R("a-deadline-followed-by-a-comma-stays-a-deadline",
      doc("Plaintiff shall respond by April 3, 2025, or the Court will dismiss this action."),
      "filing 2025-04-03"),
    # E.D. Cal. docket text: "ORDER to SHOW CAUSE Why Action Should Not Be Dismissed for Failure to Follow Court Order,
    # signed by Magistrate Judge Dennis L. Beck on 11/17/15" - a long capitalised title is still the docket text's own
    # (past fourteen words it was read as a show-cause hearing that day).
    R("a-long-docket-title-signed-by-a-judge-is-the-entry",
      "ORDER to SHOW CAUSE Why Action Should Not Be Dismissed for Failure to Follow Court Order, signed by Magistrate "
      "Judge Dennis L. Beck on 3/5/25: Thirty-Day Response Deadline. (Hellings, J)\n",
      "entry 2025-03-05 once"),
    # D. Utah trial order: "plaintiff is to file a joint proposed pretrial order ... no later than the final pretrial
    # conference" - a paper due the day of a sitting this order sets (nothing was calendared).
    R("a-paper-due-no-later-than-a-set-sitting-falls-on-its-day",
      doc("The final pretrial conference in this matter is scheduled for April 16, 2025, at 3:00 p.m. Plaintiff is to "
          "file a joint proposed pretrial order no later than the final pretrial conference."),
      "filing 2025-04-16 15:00"),
    # ... "on or before the settlement conference": the same link (a confidential statement for the settlement judge is
    # "other" since session 19: not filed).
    R("a-statement-due-on-or-before-a-set-sitting-falls-on-its-day",
      doc("A settlement conference is set for April 22, 2025, at 9:00 a.m. Each party shall lodge a confidential "
          "settlement statement on or before the settlement conference."),
      "other 2025-04-22 09:00"),
    # D. Mass. notice: "will be held in Courtroom No. 2 on the 5th floor at 11:15 a.m. in the United States Courthouse in
    # Worcester, Massachusetts, on September 29, 2006" - the hour before the courthouse and its city is the sitting's
    # (the hearing had no hour).
    R("an-hour-before-the-courthouse-and-city-is-the-sittings",
      doc("An initial scheduling conference will be held in Courtroom No. 2 on the 5th floor at\n11:15 a.m. in the "
          "United States Courthouse in Worcester, Massachusetts, on\nApril 29, 2025, in accordance with Fed. R. Civ. "
          "P. 16(b) and Local Rule 16.1."),
      "hearing 2025-04-29 11:15"),
    # E.D. Cal. docket text: "STATUS (PRETRIAL SCHEDULING) ORDER signed by District Judge Kimberly J. Mueller on
    # 5/15/17" - a parenthesis in the docket title keeps it the order's own (the entry was missed).
    R("a-docket-title-with-a-parenthesis-signed-by-a-judge-is-the-entry",
      "STATUS (PRETRIAL SCHEDULING) ORDER signed by District Judge Kimberly J. Mueller on 3/5/25. Initial disclosures "
      "shall be completed by 4/8/2025.\n",
      "entry 2025-03-05 once"),
    # Los Angeles tentative ruling: "THE TRIAL IS CONTINUED TO JULLY 15, 2024 AT 8:30 AM" - a court's misspelt month
    # is still its month (nothing was read).
    R("a-misspelt-month-is-still-read",
      doc("The trial is continued to JULLY 15, 2025 at 8:30 a.m. in Department 26."), "hearing 2025-07-15 08:30"),
    # E.D. Cal.: "the Court set trial in this matter for January 21, 2015. Counsel shall be present on that date at 8:30
    # a.m. to resolve any remaining matters" - the next sentence gives the sitting its hour (it had none).
    R("counsel-present-on-that-date-at-an-hour-gives-the-sitting-its-hour",
      doc("The Court set trial in this matter for April 21, 2025. Counsel shall be present on that date at 8:30 a.m. "
          "to resolve any remaining matters."),
      "hearing 2025-04-21 08:30"),
    # casetext's head line: "Criminal Action No. 12-cr-00106-MSK (D. Colo. Mar. 16, 2012)" - the page's own citation
    # dates this order (the parenthesis was blocked as a case citation, and "Colo." ended a sentence).
    R("a-pages-citation-line-dates-the-order",
      "Criminal Action No. 25-cr-00106-MSK (D. Colo. Mar. 14, 2025)\n\nHonorable Marcia S. Krieger\n\nTrial is set "
      "for April 23, 2025, at 1:00 p.m.\n",
      "entry 2025-03-14 once"),
    # S.D. Ga. docket text: "... no later than February 22, 2021 re 33 Status Report by Sizemore, Inc. (Compliance due by
    # 2/22/2021)" - CM/ECF's generic deadline names the duty already stated (it was a second filing that day).
    R("a-dockets-compliance-deadline-is-the-duty-stated",
      "ORDER requiring defendant to serve its responsive pleading no later than April 22, 2025 re 33 Status Report by "
      "Sizemore, Inc. (Compliance due by 4/22/2025) Signed by Magistrate Judge Christopher L. Ray on 03/05/2025. (JH)\n",
      "filing 2025-04-22 once"),
    # D. Colo.: "Absent a specific directive to the contrary, responses to all motions in this case shall be filed within
    # seven days" - a standing rule counted from each motion, which no order can date (it was counted from entry).
    R("responses-to-all-motions-within-days-count-from-each-motion",
      doc("Absent a specific directive to the contrary, responses to all motions in this case shall be filed within "
          "seven days."),
      "filing undated +anchor-undated"),
    # D. Ariz.: "will be held in the above entitled action on April 12, 2002, at the hour of 10:00 a.m." - the hour is
    # the sitting's (it had none).
    R("at-the-hour-of-gives-the-sitting-its-hour",
      doc("A telephonic status conference will be held in the above entitled action on April 14, 2025, at the hour of "
          "10:00 a.m. before the law clerk."),
      "hearing 2025-04-14 10:00"),
    # Texas Fourth Court: "This appeal is set for oral argument submission on Thursday, March 4, 2021, at 9:00 a.m." - the
    # sitting (it was a filing: "submission").
    R("oral-argument-submission-is-the-sitting",
      doc("This appeal is set for oral argument submission on Thursday, April 3, 2025, at 9:00 a.m., before a panel."),
      "hearing 2025-04-03 09:00"),
    # ... "any such exhibits must be electronically filed by noon on the day before argument": the day before the
    # sitting, at noon (nothing was calendared).
    R("by-noon-on-the-day-before-argument",
      doc("This appeal is set for oral argument on Thursday, April 3, 2025, at 9:00 a.m. If counsel intends to present "
          "any exhibits during oral argument, any such exhibits must be electronically filed by noon on the day before "
          "argument."),
      "filing 2025-04-02 12:00"),
    # S.D.N.Y.: "All expert reports shall be delivered on or before January 17, 2025" - handed to the other side, not
    # filed (LABELLING.md rule 4; it was a filing).
    R("expert-reports-delivered-are-exchanged-not-filed",
      doc("All expert reports shall be delivered on or before April 17, 2025."), "other 2025-04-17"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_seventeenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_past_direction_leaves_the_present_order_its_own_source() -> None:
    timeline = run(_REDIRECTED)
    due = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert len(due) == 1 and "ORDER" in due[0].quote, _describe(timeline)


def test_no_later_than_the_friday_before_a_sitting_is_not_its_day() -> None:
    # W.D. Wash.: "noted for consideration no later than the Friday before the pretrial conference" - a day counted
    # from the sitting (not yet read), never the sitting's own day.
    timeline = run(doc("The pretrial conference is set for April 22, 2025. All motions in limine must be noted for "
                       "consideration no later than the Friday before the pretrial conference."))
    assert not [e for e in timeline.events if e.kind != "hearing" and str(e.date) == "2025-04-22"], _describe(timeline)


# W.D. La. docket: a summons return lists each served party with its service and its answer's due date.
_RETURNED = ("SUMMONS Returned Executed by Chris Augustine, Vernon Simon. Elzie R Bryant served on 3/7/2025, answer due "
             "3/28/2025; Kirby Roy, III served on 3/7/2025, answer due 3/28/2025; Police Jury of Avoyelles Parish served "
             "on 3/10/2025, answer due 3/31/2025. (crt,Dean, S) (Entered: 03/12/2025)\n")


def test_each_served_partys_answer_is_its_own_duty() -> None:
    timeline = run(_RETURNED)
    answers = sorted(e.title for e in timeline.events if e.kind == "filing" and not e.recital)
    assert answers == ["Answer due (Elzie R Bryant)", "Answer due (Kirby Roy, III)",
                       "Answer due (Police Jury of Avoyelles Parish)"], _describe(timeline)


def test_a_partys_service_on_a_summons_return_is_a_recital() -> None:
    timeline = run(_RETURNED)
    served = [e for e in timeline.events if str(e.date) in ("2025-03-07", "2025-03-10")]
    assert served and all(e.recital and e.kind == "service" for e in served), _describe(timeline)


# E.D. Cal.: the pre-settlement call and the settlement conference are two sittings; a motion "to continue the
# settlement conference scheduled for November 8" moves nothing.
_TWO_CONFERENCES = ("AMENDED ORDER re SETTLEMENT CONFERENCE. Order signed by Magistrate Judge Sheila K. Oberto on "
                    "3/5/2025. Telephonic Pre-Settlement Conference set for 4/23/2025 at 04:00 PM in Courtroom 7 (SKO). "
                    "Settlement Conference set for 4/30/2025 at 10:00 AM in Courtroom 7 (SKO).\n\nAccordingly, the "
                    "Court hereby CONTINUES the settlement conference to April 30, 2025, at 10:00 AM in Courtroom 7.\n")


def test_a_pre_settlement_call_is_not_the_settlement_conference_moved() -> None:
    timeline = run(_TWO_CONFERENCES)
    call = [e for e in timeline.events if str(e.date) == "2025-04-23"]
    assert call and call[0].kind == "hearing" and "former" not in call[0].title, _describe(timeline)


def test_a_motion_to_continue_a_setting_moves_nothing() -> None:
    timeline = run(doc("On February 25, 2025, Plaintiff filed a motion to continue the settlement conference scheduled "
                       "for March 18, 2025. The Court also re-set this matter for a Settlement Conference to be held "
                       "April 14, 2025, at 10:30 a.m."))
    conference = [e for e in timeline.events if str(e.date) == "2025-04-14"]
    assert conference and conference[0].kind == "hearing" and "former" not in conference[0].title, _describe(timeline)


def test_papers_listed_a_blank_line_apart_are_each_due() -> None:
    # E.D. Cal.: "No later than five court days before trial commences, the following documents shall be filed:" over
    # "(1) ...;\n\n(2) ...;\n\n(3) trial briefs" - one event per paper even with blank lines between (it was one).
    timeline = run(doc("Trial is set for April 22, 2025, at 9:00 a.m.\n\nA. No later than five court days before trial "
                       "commences, the following documents shall be filed:\n\n(1) proposed jury instructions and a "
                       "proposed verdict form;\n\n(2) proposed voir dire questions to be asked by the Court;\n\n(3) trial "
                       "briefs.\n\nB. The exhibits shall be numbered with stickers."))
    due = [e.title for e in timeline.events if e.kind == "filing" and str(e.date) == "2025-04-15"]
    assert len(due) == 3 and "Trial briefs due" in due, _describe(timeline)


def test_complete_the_following_over_papers_filed_is_one_event_per_paper() -> None:
    # N.D. Cal.: "Not less than three (3) weeks before the Pretrial Conference, the parties shall ... complete the
    # following: (1) Serve and file a pretrial statement ... (2) Serve and file a trial brief setting forth the following:
    # (a) ..." - two papers (it was one "other" event).
    timeline = run(doc("A pretrial conference will be held on 4/29/25 at 2:30 p.m.\n\nb. Not less than three (3) weeks "
                       "before the Pretrial Conference, the parties shall, consistent with defendant's right to an "
                       "effective defense, complete the following:\n\n(1) Serve and file a pretrial statement pursuant "
                       "to Crim. L.R. 17.1-1(b).\n(2) Serve and file a trial brief setting forth the following:\n(a) A "
                       "description of each offense charged in the case.\n(b) A description of the relevant facts.\n"))
    due = sorted(e.title for e in timeline.events if str(e.date) == "2025-04-08")
    assert due == ["Pretrial statement due", "Trial brief due"], _describe(timeline)


def test_a_vacating_verb_takes_off_every_setting_it_lists() -> None:
    # E.D. Cal.: "The Court VACATES the status conference set for November 2, 2022, and the settlement conference set for
    # November 8, 2022" - both are former settings, titled by the sitting (the second stayed a hearing).
    timeline = run(doc("The Court VACATES the status conference set for April 2, 2025, and the settlement conference set "
                       "for April 8, 2025."))
    titles = {str(e.date): (e.kind, e.title) for e in timeline.events}
    assert titles.get("2025-04-02") == ("other", "Status conference vacated (former setting)"), _describe(timeline)
    assert titles.get("2025-04-08") == ("other", "Settlement conference vacated (former setting)"), _describe(timeline)


def test_a_setting_that_shall_be_rescheduled_is_the_former_one() -> None:
    # D.N.D.: "the final pretrial conference set for March 7, 2023, shall be rescheduled for January 9, 2024, at 9:00 AM"
    # - March 7 comes off the calendar (it stayed a sitting, and periods counted from it).
    timeline = run(doc("Accordingly, the final pretrial conference set for April 7, 2025, shall be rescheduled for "
                       "May 9, 2025, at 9:00 AM by telephone."))
    old = [e for e in timeline.events if str(e.date) == "2025-04-07"]
    assert old and old[0].kind == "other" and "former setting" in old[0].title, _describe(timeline)
