"""A twenty-sixth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 27.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_TABLE = ("The parties shall comply with the following deadlines.\nAmended Case Schedule\nMay 16, 2025\n"
          "Deadline to file joint interim status report.\nJun. 3, 2025\nDeadline to complete mediation.\n"
          "Jul. 17, 2025\nDeadline to complete all fact discovery.")

ROWS = [
    # S.D. Fla. amended scheduling order: a table of days, each alone on its line over its label - the first row
    # under its heading "Amended Case Schedule" was read as the order's date, the others as recitals titled
    # "Deadline".
    R("table-day-alone-over-its-label-first-row", doc(_TABLE), "filing 2025-05-16"),
    R("table-day-alone-over-its-label-middle-row", doc(_TABLE), "other 2025-06-03"),
    R("table-day-alone-over-its-label-last-row", doc(_TABLE), "other 2025-07-17"),
    # (a caption's day alone on its line over the lower court's name is no row: no day row follows or precedes it)
    # Federal Circuit clerk's order: "No later than October 27, 2017, the parties are directed to inform this court of
    # the status of the reconsideration motion" - a paper to the court, as "inform the court" is (it was other).
    R("inform-this-court-of-the-status-is-a-filing",
      doc("No later than June 27, 2025, the parties are directed to inform this court of the status of the "
          "reconsideration motion."),
      "filing 2025-06-27"),
    # S.D. Tex.: "the Court ORDERS the parties to propose a briefing schedule no later than Thursday, January 28, 2021"
    # - a proposal filed with the court (it was other).
    R("propose-a-briefing-schedule-is-a-filing",
      doc("Finally, the Court ORDERS the parties to propose a briefing schedule no later than Thursday, May 29, 2025."),
      "filing 2025-05-29"),
    # Travis County, Tex.: the district clerk's e-filing stamp heads the order - "08/14/2023 04:28:53 PM / Velva L.
    # Price / District Clerk / Travis County" - the filing, not a sitting at 4:28 p.m.
    R("texas-district-clerks-e-filing-stamp-is-the-entry",
      "08/14/2025 04:28:53 PM\n\nVelva L. Price\nDistrict Clerk\nTravis County\nD-1-GN-23-003523\n\nORDER GRANTING "
      "TEMPORARY INJUNCTION\n\nOn this day, the Court considered the application.",
      "entry 2025-08-14 16:28 once"),
    # E.D. Mich. prisoner-mediation order: "This action is stayed for a period of ninety (90) days to allow ... before
    # the defendant(s) are formally served" - the court stays it now ("are formally served" read as history).
    R("action-is-stayed-for-days-before-service-is-live",
      doc("2. This action is stayed for a period of ninety (90) days to allow plaintiff and defendant(s) an opportunity "
          "to participate in mediation to settle their dispute before the defendant(s) are formally served, an answer "
          "is filed, or the discovery process begins."),
      "expiry 2025-06-03"),
    # South Dakota circuit court: "Pursuant to the opinion of the court entered on September 16, 2022, it is ORDERED
    # AND ADJUDGED that the Notice ... be sent" - the opinion carried out is past (it was a live filing).
    R("pursuant-to-the-opinion-entered-on-is-a-recital",
      "STATE OF SOUTH DAKOTA) IN CIRCUIT COURT\nORDER\nPursuant to the opinion of the court entered on September 16, "
      "2025, it is ORDERED AND ADJUDGED that the Notice of Pendency of Class Action be sent by counsel for plaintiff.",
      "recital 2025-09-16"),
    # S.D. Iowa notice: "Due to blizzard conditions on Wednesday, December 10th, all courthouses will open at 9:00 AM."
    # - the opening hour belongs to that day (it was dropped).
    R("courthouses-will-open-at-an-hour-that-day",
      "Tue, 12/09/2025\nDue to blizzard conditions on Wednesday, December 10th, all courthouses will open at 9:00 AM.",
      "other 2025-12-10 09:00"),
    # Jackson County, Mich.: after the recitals, "NOW, THEREFORE, this 8th day of July, 2005, IT IS HEREBY ORDERED AS
    # FOLLOWS:" - the order's own date (it was an event titled "NOW, THEREFORE").
    R("now-therefore-this-day-it-is-ordered-is-the-entry",
      "WHEREAS, the Court has found good cause for entering the following Order.\nNOW, THEREFORE, this 8th day of "
      "July, 2025, IT IS HEREBY ORDERED AS FOLLOWS:\n1. A hearing shall be held on August 26, 2025, at 3:00 p.m.",
      "entry 2025-07-08 once"),
    # Baltimore City: "It is therefore, this 18th day of March 2013, by the Circuit Court for Baltimore City, Part 23,
    # hereby" - then a page break before "ORDERED": the order's own date (it was none).
    R("it-is-this-day-by-the-court-hereby-is-the-entry",
      "Upon consideration of the motion, this Court finds no irreparable harm. It is therefore, this 18th day of March "
      "2025, by the Circuit Court for Baltimore City, Part 23, hereby 1\n|\n|\n2 ORDERED that the motion is DENIED.",
      "entry 2025-03-18 once"),
    # Green County, Wis., notice to creditors: "DOD: November 25, 2022" in the head is the decedent's, and the
    # signature line "Faun Marie Phillipson Circuit Court Judge March 13, 2023" dates the notice (the death date was the
    # entry, the signature a recital).
    R("judges-signature-line-ending-in-its-date-is-the-entry",
      "STATE OF WISCONSIN, CIRCUIT COURT, GREEN COUNTY\nIN THE MATTER OF THE ESTATE OF: SHARON R. HUNTER DOD: November "
      "25, 2024 PLEASE TAKE NOTICE: 1. An application for informal administration was filed. 2. The deadline for filing "
      "a claim against the decedent's estate is June 23, 2025.\n\nFaun Marie Phillipson Circuit Court Judge March 13, "
      "2025\n",
      "entry 2025-03-13 once"),
    # S.D. Ind.: the caption's "Clerk's Entry of Default entered 6/7/2024" is the clerk's default, not this order; "not
    # later than 14 days from the date of this Order" counts from the order's own "Date: 6/18/2024" (it counted from the
    # default).
    R("clerks-entry-of-default-entered-is-not-the-order",
      "INDY DIRT WERKS, LLC Clerk's Entry of\nDefault entered 6/6/2025,\n\nORDER GRANTING AUDIT\nThe request for an audit "
      "is GRANTED. Defendant shall, not later than 14 days from the date of this Order, submit to Plaintiffs true and "
      "correct reports.\n\nSO ORDERED.\n\nDate: 6/18/2025\n",
      "filing 2025-07-02"),
    R("caption-day-over-the-lower-court-is-no-row",
      "Opinion\n04-25-00578-CV\n03-05-2025\nFrom the 37th Judicial District Court, Bexar County, Texas Trial Court No. "
      "2023PA00847\nORDER\nAppellant's brief is due within ten days.",
      "entry 2025-03-05"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentysixth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_docket_texts_clerk_dates_join_the_duties_they_name() -> None:
    # D.S.C. docket text: the sentences set each paper with its hour, then CM/ECF's "( Memo in Support of Motion due
    # 2/7/2014, Response to Motion due by 2/11/2014.)" names them again - one duty each, with the hour (the memo was
    # a second event without one).
    timeline = run("ORDER AND OPINION denying 4 MOTION for Temporary Restraining Order. The court instructs Plaintiff "
                   "to file any and all documentation supporting its motion for preliminary injunction by 5 p.m. on "
                   "Friday, March 7, 2025. Defendants shall file any and all documentation in opposition to "
                   "Plaintiff's motion for preliminary injunction by 5 p.m. on Tuesday, March 11, 2025. re 5 MOTION "
                   "for Preliminary Injunction.( Memo in Support of Motion due 3/7/2025, Response to Motion due by "
                   "3/11/2025.) Signed by Honorable J Michelle Childs on 3/3/2025. (asni, )")
    filings = [(e.date, e.time) for e in timeline.events if not e.recital and e.kind == "filing"]
    assert filings == [(dt.date(2025, 3, 7), dt.time(17, 0)), (dt.date(2025, 3, 11), dt.time(17, 0))], \
        _describe(timeline)


def test_two_clerk_dates_for_one_day_stay_two_papers() -> None:
    # (the clerk's own list of two papers due one day, with no sentence before them, keeps both)
    timeline = run("ORDER: Jury selection set for 9/3/2025. (Jury Instructions due by 8/6/2025, Voir Dire Questions "
                   "due by 8/6/2025.) Signed by Judge X on 3/3/2025.")
    filings = [e for e in timeline.events if not e.recital and e.kind == "filing" and e.date == dt.date(2025, 8, 6)]
    assert len(filings) == 2, _describe(timeline)


def test_a_sentence_after_the_rules_cited_is_its_own() -> None:
    # E.D. Mo.: "... for lack of timely service in accordance with Rule 4(m), Fed. R. Civ. P. Finally, no later than
    # April 18, 2014, plaintiffs must file any motion for appointment of next friend" - the citation ends the sentence
    # (the motion took the show-cause sentence's title and merged into it).
    timeline = run(doc("No later than April 18, 2025, plaintiffs must also show cause in writing why the two unserved "
                       "defendants should not be dismissed for lack of timely service in accordance with Rule 4(m), "
                       "Fed. R. Civ. P. Finally, no later than April 18, 2025, plaintiffs must file any motion for "
                       "appointment of next friend."))
    titles = sorted(e.title for e in timeline.events if not e.recital and e.date == dt.date(2025, 4, 18))
    assert len(titles) == 2 and "next friend" in titles[1], _describe(timeline)


def test_a_sentence_adverb_or_a_bare_by_is_no_title() -> None:
    # "Finally, by May 12, 2025, defendants shall file their answer": titled by the duty, not "Finally" or "By
    # defendants shall ...".
    timeline = run(doc("Finally, by May 12, 2025, defendants shall file their answer. By May 19, 2025, plaintiffs "
                       "shall file their reply."))
    titles = [e.title for e in timeline.events if not e.recital and e.kind == "filing"]
    assert titles == ["Defendants shall file their answer", "Plaintiffs shall file their reply"], _describe(timeline)


def test_a_partys_dated_requests_are_not_the_orders_date() -> None:
    # Minnesota Tax Court: "Petitioner must fully respond to Respondent's written discovery requests, dated March 5,
    # 2021" - the requests' date, not the order's; "within 30 days of the date of this order" counts from the order's
    # own date at its head (it counted from March 5).
    timeline = run("Tax Court of Minnesota\n\nMay 26, 2025\n\nORDER\n\n2. On or before June 9, 2025, Petitioner must "
                   "fully respond to Respondent's written discovery requests, dated March 5, 2025.\n\n3. Respondent may "
                   "file and serve within 30 days of the date of this order an affidavit setting forth its expenses.")
    live = {(e.kind, e.date) for e in timeline.events if not e.recital}
    assert ("entry", dt.date(2025, 3, 5)) not in live and ("filing", dt.date(2025, 6, 25)) in live, _describe(timeline)


def test_the_date_of_the_decision_named_at_the_head_is_its_entry() -> None:
    # Oregon Tax Court: a head "DECISION OF DISMISSAL" on its own line over the magistrate's name in capitals, then
    # "Your Complaint must be submitted within 60 days after the date of the Decision" (it was left undated; the
    # stored copy glues "dateof").
    for date_of in ("date of", "dateof"):
        timeline = run("TC-MD 100940B. In the Oregon Tax Court.\nSeptember 2, 2025.\nDECISION OF DISMISSAL\nJEFFREY S. "
                       "MATTSON, Magistrate.\nIT IS THE DECISION OF THIS COURT that this matter is dismissed.\nYour "
                       f"Complaint must be submitted within 60 days after the {date_of} the Decision or this Decision "
                       "becomes final.")
        filings = [e.date for e in timeline.events if not e.recital and e.kind == "filing"]
        assert filings == [dt.date(2025, 11, 3)], _describe(timeline)


def test_reasons_in_the_past_before_a_duty_are_no_recital() -> None:
    # N.Y. Commercial Division: "Because these investors could not possibly have been defrauded ... as these investors
    # knew exactly what they were buying ..., the Defendants are given leave to file an order to show cause ... by
    # January 14, 2022" - the reasons' past tense made the leave a recital.
    timeline = run(doc("Because these investors could not possibly have been defrauded and these investors knew exactly "
                       "what they were buying, the Defendants are given leave to file an order to show cause seeking "
                       "dismissal by June 13, 2025. Opposition shall be filed by June 27, 2025."))
    live = [e.date for e in timeline.events if not e.recital and e.kind == "filing"]
    assert live == [dt.date(2025, 6, 13), dt.date(2025, 6, 27)], _describe(timeline)


def test_a_table_of_days_over_labels_keeps_each_label() -> None:
    # The labels under the days are the events' titles (the first was "Order dated", the others "Deadline").
    timeline = run(doc(_TABLE))
    titles = {e.date: e.title for e in timeline.events if not e.recital}
    assert "status report" in titles.get(dt.date(2025, 5, 16), "").lower(), _describe(timeline)
    assert "mediation" in titles.get(dt.date(2025, 6, 3), "").lower(), _describe(timeline)
