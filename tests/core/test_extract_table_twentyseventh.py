"""A twenty-seventh batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 28.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_KANSAS_DOCKET = ("Kansas Supreme Court docket for September 15-19, 2025\n\nThe cases summarized below are on the "
                  "Kansas Supreme Court September 15-19 docket.\n\n9 a.m. \u2022 Monday, September 15\n\n"
                  "Appeal No. 120,434: State of Kansas v. Patton\n\n1:30 p.m. \u2022 Monday, September 15\n\n"
                  "Appeal No. 122,046: State of Kansas v. Myers\n")

ROWS = [
    # Kansas Supreme Court docket page: "9 a.m. \u2022 Monday, September 13" heads each case - the bullet between
    # the hour and the day split them into two sentences, so the day alone on its line was read as the page's date.
    R("calendar-hour-bullet-day-is-a-sitting", doc(_KANSAS_DOCKET), "hearing 2025-09-15 09:00"),
    R("calendar-second-hour-bullet-day-is-its-own-sitting", doc(_KANSAS_DOCKET), "hearing 2025-09-15 13:30"),
    # D.C. Superior Court: "ORDER BY CHIEF JUDGE JOSEY-HERRING (Amended 7/14/21) By Order issued on March 18, 2020"
    # - the heading's amendment date is this paper's date (it was a recital titled "Amended ) By Order issued", and
    # the earlier orders' first date became the entry).
    R("heading-amended-date-is-the-entry",
      "SUPERIOR COURT OF THE DISTRICT OF COLUMBIA ORDER BY CHIEF JUDGE (Amended 7/14/25) By Order issued on March 18, "
      "2025, the Committee authorized the Chief Judge to issue orders. By Orders issued March 18, 2025, and May 12, "
      "2025, the Chief Judge ordered that deadlines are tolled. Tolling will continue until at least September 10, "
      "2025.",
      "entry 2025-07-14"),
    # Maryland Judiciary media advisory: "WHAT: Sentencing hearing in re State of Maryland v. Ramos ... WHEN: Tuesday,
    # September 28, 2021 at 9 a.m." - the sitting the WHAT line names (it was other, titled "WHEN").
    R("media-advisory-when-line-is-the-what-lines-sitting",
      "FOR IMMEDIATE RELEASE March 5, 2025\n\nMedia Advisory\n\nWHAT: Sentencing hearing in re State of Maryland v. "
      "Ramos, case number C-02-CR-18-001515.\n\nHon. Michael Wachs will serve as the presiding judge.\n\nWHEN: "
      "Tuesday, March 11, 2025 at 9 a.m.\n\nWHERE: Circuit Court for Anne Arundel County Courtroom 4C\n",
      "hearing 2025-03-11 09:00"),
    # S.D.N.Y. (Schofield): "ORDERED that by March 28, 2022, the parties shall return an executed Notice, Consent, and
    # Reference of a Civil Action to a Magistrate Judge form to the Clerk of Court" - a paper filed (it was other);
    # E.D. Ark.'s "Plaintiff must return a completed IFP Application" likewise.
    R("return-an-executed-form-to-the-clerk-is-a-filing",
      doc("ORDERED that by March 28, 2025, the parties shall return an executed Notice, Consent, and Reference of a "
          "Civil Action to a Magistrate Judge form to the Clerk of Court."),
      "filing 2025-03-28"),
    # Minnesota Supreme Court notice: "ST. PAUL, MN (Feb. 4, 2004) - The ... Advisory Committee ... will hold a hearing"
    # - the press line's date is the notice's own (the abbreviated "ST." kept it from the place; it was a hearing).
    R("press-line-with-abbreviated-place-is-the-entry",
      "ST. PAUL, MN (Feb. 4, 2025) \u2013 The Minnesota Supreme Court Advisory Committee on the Rules will hold a hearing "
      "for public comment on Thursday, February 12 at 2 p.m. in Room 230.\n",
      "entry 2025-02-04"),
    # D.C. Circuit abeyance order: "Respondent is directed to file status reports at 90-day intervals beginning October
    # 27, 2017" - the first report is due that day (it was read as the first day something may be done: other).
    R("status-reports-at-intervals-beginning-a-day-is-a-filing-that-day",
      doc("Respondent is directed to file status reports at 90-day intervals beginning October 27, 2025."),
      "filing 2025-10-27"),
    # Tax Court: "at the calendar call for the Court's Washington, D.C., trial session, on Monday, December 13, 2021, to
    # be conducted via Zoomgov at 10:00 a.m. (ET)" - the hour after how it is held is the sitting's (it had none).
    R("to-be-conducted-via-zoomgov-at-an-hour-is-that-days-hour",
      doc("ORDERED that at the calendar call for the Court's Washington, D.C., trial session, on Monday, March 17, 2025, "
          "to be conducted via Zoomgov at 10:00 a.m. (ET), this case will be called remotely."),
      "hearing 2025-03-17 10:00"),
    # Los Angeles tentative CMO: "... including MEMORIALCARE HEALTH SYSTEM. No later than April 15, 2025, / Plaintiff's
    # Counsel must file either a request for entry of ... default or a declaration" - a line break after the date's
    # comma does not end the sentence that leads into it (it was other, titled "Deadline").
    R("deadline-lead-date-comma-line-break-keeps-its-sentence",
      doc("Plaintiff has filed proof of service as to certain defendants who have not responded. No later than April 15, "
          "2025,\nPlaintiff's Counsel must file either a request for entry of default or a declaration."),
      "filing 2025-04-15"),
    # D.N.M. (Fouratt): "submit a proposed consolidated final pretrial order as follows: Plaintiff to Defendant on or
    # before February 26, 2019; Defendant to Court on or before March 12, 2019" - the leg to the court is a filing
    # (it was other).
    R("defendant-to-court-on-or-before-is-a-filing",
      doc("Counsel are directed to submit a proposed consolidated final pretrial order as follows: Plaintiff to "
          "Defendant on or before May 26, 2025; Defendant to Court on or before June 12, 2025."),
      "filing 2025-06-12"),
    # M.D. Tenn. (Trauger): "Information exchanged but not filed: By October 29, 2013, the parties shall exchange copies
    # of exhibits" - the heading says nothing is filed (its "filed" made the exchange a filing).
    R("exchanged-but-not-filed-heading-is-no-filing",
      doc("Information exchanged but not filed: By October 29, 2025, the parties shall exchange copies of exhibits and "
          "make available for examination by any opposing party the original of all exhibits."),
      "other 2025-10-29"),
    # E.D. Tex. docket control order (Payne): "December 2, 2024 *Pretrial Conference - 9:00 a.m. in Marshall, Texas
    # before Judge Roy Payne" - the row names its sitting, then its hour (it had no hour).
    R("docket-control-row-sitting-dash-hour",
      "DOCKET CONTROL ORDER\n\nThe following schedule applies.\n\nDecember 2, 2025 *Pretrial Conference - 9:00 a.m. in "
      "Marshall, Texas before Judge Roy\nPayne\n\nSigned this 4th day of August, 2025.",
      "hearing 2025-12-02 09:00"),
    # N.C. Supreme Court advisory without colons: "WHAT Oral arguments in 413PA21 Harper, et al. v Hall, et al. / WHEN
    # Wednesday, February 2, 2022 beginning at 9:30 a.m." (it was other, titled "WHEN").
    R("advisory-what-when-without-colons",
      "Media Advisory\n\nWHAT Oral arguments in 413PA21 Harper, et al. v Hall, et al.\n\nWHEN Wednesday, March 12, 2025 "
      "beginning at 9:30 a.m.\n\nWHERE Proceedings will be held via Webex.\n\nIssued March 5, 2025.\n",
      "hearing 2025-03-12 09:30"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentyseventh_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_earlier_orders_listed_with_their_dates_are_not_this_orders_date() -> None:
    # (the same D.C. order: "By Orders issued March 18, 2020, March 19, 2020, ..." names earlier papers - the first
    # was read as this order's entry; "comply with court orders, signed by" on a docket title stays this order's)
    timeline = run("SUPERIOR COURT OF THE DISTRICT OF COLUMBIA ORDER BY CHIEF JUDGE\nBy Orders issued March 18, 2025, "
                   "March 19, 2025, and May 12, 2025, the Chief Judge ordered that deadlines are tolled. Tolling will "
                   "continue until at least September 10, 2025.")
    assert not [e for e in timeline.events if e.kind == "entry" and not e.recital], _describe(timeline)


def test_a_warning_if_by_the_day_a_party_fails_is_no_second_duty() -> None:
    # W.D. Wis. (Crocker): "Plaintiff is to submit a check ... on or before January 13, 2023. ... If, by January 13,
    # 2023, plaintiff fails to make the initial partial payment ..., plaintiff will be held to have withdrawn this
    # action" - the warning restates the duty (it was a second live event that day).
    timeline = run(doc("IT IS ORDERED that plaintiff is to submit a check or money order in the amount of $31.00 on or "
                       "before March 28, 2025. If, by March 28, 2025, plaintiff fails to make the initial partial "
                       "payment, plaintiff will be held to have withdrawn this action voluntarily."))
    live = [e for e in timeline.events if not e.recital and e.date == dt.date(2025, 3, 28)]
    assert len(live) == 1 and live[0].kind == "filing", _describe(timeline)


def test_the_stay_entered_earlier_is_not_this_orders_date() -> None:
    # M.D. Ala. (Capel): "it is hereby ORDERED that the stay of proceedings in this case entered on May 27, 2011, is
    # LIFTED" - the stay is an earlier paper (its date was read as this order's entry).
    timeline = run(doc("Upon consideration of the response, it is hereby ORDERED that the stay of proceedings in this "
                       "case entered on May 27, 2024, is LIFTED."))
    assert [e.date for e in timeline.events if e.kind == "entry" and not e.recital] == [dt.date(2025, 3, 5)], \
        _describe(timeline)


def test_an_email_address_does_not_end_a_sentence() -> None:
    # (the same notice: "must submit their written comments to Michael Johnson, ... or Michael.Johnson@courts.state.mn.us
    # on or before February 9, 2004" - the address's dot cut the sentence, leaving "Johnson@courts..." as an other event)
    timeline = run(doc("All persons must submit their written comments to Michael Johnson, committee staff, or "
                       "Michael.Johnson@courts.state.mn.us on or before March 28, 2025."))
    assert [e.kind for e in timeline.events if not e.recital and e.date == dt.date(2025, 3, 28)] == ["filing"], \
        _describe(timeline)


def test_a_clerks_closing_note_before_the_signature_is_the_same_duty() -> None:
    # D.P.R. docket text: "The Court further ORDERS Class Plaintiffs to file certified English translations ... on or
    # before April 1, 2011. Notice of Compliance Deadline due by 4/1/2011.Signed by Chief Judge ..." - CM/ECF's note
    # names the duty just set (it was a second filing that day).
    timeline = run("OPINION AND ORDER DENYING 327 MOTION to Intervene. The Court further ORDERS Class Plaintiffs to file "
                   "certified English translations of all the appendixes on or before April 1, 2025. Notice of "
                   "Compliance Deadline due by 4/1/2025.Signed by Chief Judge Jose A Fuste on 3/8/2025. (mrj)")
    filings = [e for e in timeline.events if not e.recital and e.kind == "filing"]
    assert [e.date for e in filings] == [dt.date(2025, 4, 1)], _describe(timeline)


def test_the_clerks_own_list_of_papers_due_one_day_keeps_each() -> None:
    # (W.D. Okla.: "Motions in limine due 7/20/2017; ... Pretrial Report due by 7/20/2017. Signed by ..." - the
    # clerk's list is the schedule itself: its last row before the signature is its own paper)
    timeline = run("SCHEDULING ORDER: Motions in limine due 7/20/2025; Trial briefs due 7/20/2025; Discovery due by "
                   "5/1/2025. Pretrial Report due by 7/20/2025. Signed by Honorable Joe Heaton on 3/5/2025.")
    filings = [e for e in timeline.events if not e.recital and e.date == dt.date(2025, 7, 20)]
    assert len(filings) == 3, _describe(timeline)


def test_a_recurring_reports_title_names_the_paper_only() -> None:
    # ("file joint status reports every ninety (90) days, beginning": the title was "Joint status reports every ninety
    # due")
    timeline = run(doc("The parties shall file joint status reports every ninety (90) days, beginning October 27, 2025."))
    titles = [e.title for e in timeline.events if e.kind == "filing" and not e.recital]
    assert titles == ["Joint status reports due (parties)"], _describe(timeline)


def test_a_period_missed_in_the_past_as_a_reason_is_no_duty() -> None:
    # Bankr. D.P.R.: "However, since the motion was not filed within 14 days of entry of the dismissal order, it will
    # be considered under Bankruptcy Rule 9024" - the reason for the rule applied, not a filing due (it was one).
    timeline = run(doc("However, since the motion was not filed within 14 days of entry of the dismissal order, it will "
                       "be considered under Bankruptcy Rule 9024."))
    assert not [e for e in timeline.events if not e.recital and e.kind == "filing"], _describe(timeline)


_LAPLANTE = ("ORDER PRELIMINARY PRETRIAL CONFERENCE\n\nJOSEPH N. LAPLANTE, District Judge.\n\nThe Preliminary Pretrial "
             "Conference was held in chambers on March 3, 2025. Counsel appeared for both parties and the court "
             "reviewed the proposed discovery plan with them at some length.\n\nThe Discovery Plan (document no. "
             "23) is approved as submitted, with the following changes:\n\n\u2022 Close of discovery1May 15, 2025"
             "\n\n\u2022 Summary judgment deadline2May 15, 2025\n\n\u2022 Jury trial \u2014 November, 2025\n\nSO "
             "ORDERED.\n\nMarch 5, 2025\n")


def test_a_bulleted_rows_footnote_mark_and_date_make_a_live_row() -> None:
    # D.N.H. (Laplante): "\u2022 Close of discovery1May 15, 2014 / \u2022 Summary judgment deadline2May 15, 2014" - the
    # footnote marks hid both dates; the first row, a label and its date with no verb, was then a recital.
    timeline = run(_LAPLANTE)
    live = sorted(e.kind for e in timeline.events if not e.recital and e.date == dt.date(2025, 5, 15))
    assert live == ["filing", "other"], _describe(timeline)


def test_a_lower_courts_judgment_named_with_its_court_is_not_this_orders_date() -> None:
    # N.Y. App. Term: "Motion by appellants for a stay pending the determination of an appeal from a final judgment of
    # the Justice Court of the Town of Washington, Dutchess County, dated February 24, 2014" - that judgment's date
    # (it was read as this order's, and the "10 days from the date of this decision" counted from it).
    timeline = run("Motion No: 2025-00703 DC\n03-05-2025\nDECISION & ORDER ON MOTION\nMotion by appellants for a stay "
                   "pending the determination of an appeal from a final judgment of the Justice Court of the Town of "
                   "Washington, Dutchess County, dated February 24, 2025.\nORDERED that appellants' motion is granted "
                   "on condition that the appeal be perfected on or before August 1, 2025.")
    assert [e.date for e in timeline.events if e.kind == "entry" and not e.recital] == [dt.date(2025, 3, 5)], \
        _describe(timeline)

