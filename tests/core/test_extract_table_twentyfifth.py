"""A twenty-fifth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 26.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # First Circuit briefing notice: a title in capitals on the line, then its own label - "APPELLANT'S BRIEFING
    # NOTICE Issued: June 8, 2010" is the notice's date (the word "NOTICE" made it another paper's date).
    R("issued-label-after-a-capitals-title-is-the-entry",
      "No. 26-1389 JAMES N. THIVIERGE Plaintiff - Appellant v. TOWN OF AMESBURY Defendants - Appellees "
      "APPELLANT'S BRIEFING NOTICE Issued: June 8, 2026 The record on appeal now being complete with the filing "
      "of the transcripts, appellant's brief must be filed by July 20, 2026.",
      "entry 2026-06-08 once"),
    R("issued-label-under-a-capitals-title-line-is-the-entry",
      "Defendants - Appellants\n\nAPPELLANTS BRIEFING NOTICE Issued: November 3, 2026\n\nThe record on appeal now "
      "being complete, appellants brief must be filed by December 14, 2026.",
      "entry 2026-11-03 once"),
    # (but a notice named inside a sentence is still another paper: "the Notice of Removal issued: ...")
    R("a-notice-in-a-sentence-issued-is-another-paper",
      doc("Defendant relies on the notice of removal issued: January 6, 2025, which was untimely."),
      "recital 2025-01-06"),
    # D. Nev. docket text: "Respondents will have 60 days to answer, or otherwise respond to, the Amended Petition" -
    # a sentence that opens with who has the time counts from the order (it was undated).
    R("sentence-opening-party-will-have-days-to-answer",
      doc("The stay is lifted. Respondents will have 60 days to answer, or otherwise respond to, the Amended "
          "Petition in this case."),
      "filing 2025-05-05"),
    # (not a condition's "If your motion ... is granted, you will have 30 days to file": nothing to count yet)
    R("conditional-you-will-have-days-is-no-deadline",
      doc("If your motion for an out-of-time appeal is granted, you will have 30 days to file a notice of appeal."),
      "absent 2025-04-04"),
    # N.J. Supreme Court order: "the provisions of the March 22, 2023 Order temporarily assigning certain ... judges
    # ... are extended through August 31, 2023" - the assignment now ends that day (it was a bare "other").
    R("provisions-of-a-dated-order-extended-through-end-then",
      doc("It is ORDERED that the provisions of the January 22, 2025 Order temporarily assigning certain Municipal "
          "Court judges to Vicinage 15 are extended through August 29, 2025."),
      "expiry 2025-08-29"),
    R("an-appointment-extended-to-ends-then",
      doc("The Receiver's appointment is extended to July 3, 2025."),
      "expiry 2025-07-03"),
    # (a deadline in such an order is still a deadline, not an end: "The deadline in the assignment order")
    R("a-deadline-in-an-assignment-order-extended-is-no-expiry",
      doc("The deadline in the assignment order is extended to July 7, 2025."),
      "other 2025-07-07"),
    # The court's web page: "Document Date: May 23, 2023 / Publish Date: May 24, 2023" under the order - the
    # document's date is the order's (in the page itself it was a bare row; this shorter copy guards the reading).
    R("document-date-label-is-the-orders-date",
      "Order - Extension of Temporary Assignment\n\nIt is ORDERED that the provisions of the March 22, 2025 Order "
      "temporarily assigning certain judges are extended through August 29, 2025.\n\n"
      "Document Date: May 23, 2025\n\nPublish Date: May 27, 2025\n",
      "entry 2025-05-23"),
    # Ill. Fourth Judicial Circuit: a title in capitals "ADMINISTRATIVE ORDER EFFECTIVE April 6, 2009" - the day the
    # assignments take effect (it was background).
    R("capitals-title-order-effective-is-the-start",
      "STATE OF ILLINOIS\n\nFOURTH JUDICIAL CIRCUIT\n\nADMINISTRATIVE ORDER EFFECTIVE April 6, 2026\n\nPursuant to the "
      "authority granted to the Chief Judge, the judicial assignments in the Fourth Judicial Circuit are as follows:\n"
      "CLAY COUNTY\nAll matters / JUDGE ROBIN TODD\n",
      "other 2026-04-06"),
    # S.D. Ohio (Judge Sargus's form): "Summary: 10/31/2023 Substantial completion of document discovery. 12/29/2023 End
    # of Fact discovery ... 9/16/2024 Statement of witnesses ... due. ... 10/11/2024 at 9:00 a.m. Final Pretrial
    # Conference." - rows that open with their day, the label after it (they were background).
    R("summary-row-day-first-discovery-end",
      doc("Below is the new summary of the schedule. Summary: 10/31/2025 Substantial completion of document "
          "discovery. 12/29/2025 End of Fact discovery. 1/30/2026 Primary expert deadline."),
      "other 2025-12-29"),
    R("summary-row-day-first-papers-due",
      doc("Summary: 10/31/2025 Substantial completion of document discovery. 9/16/2026 Statement of witnesses, "
          "designations of deposition portions, and exhibit lists due. 9/23/2026 Stipulations and motions in limine "
          "due."),
      "filing 2026-09-16"),
    R("summary-row-day-and-hour-then-the-sitting",
      doc("Summary: 10/7/2026 Final pretrial order due. 10/9/2026 at 9:00 a.m. Final Pretrial Conference. "
          "10/19/2026 at 9:00 a.m. Bench Trial: voir dire; opening statements; presentation of evidence."),
      "hearing 2026-10-09 09:00"),
    # (not a docket's row "05/25/2025 MOTION to dismiss filed by Defendant" or "04/05/2025 A hearing will be held")
    R("docket-row-day-first-motion-filed-is-history",
      doc("05/25/2024 MOTION to Dismiss for lack of jurisdiction filed by Defendant.\n"
          "05/28/2024 Notice of hearing on the motion to dismiss filed by Defendant.\n"),
      "recital 2024-05-28"),
    # (nor the second column of a table: "Termination of Discovery January 4, 2019 May 24, 2019 / Discovery Motions")
    R("table-second-column-is-not-a-day-first-row",
      doc("Event Initial Deadline Proposed Deadline\nTermination of Discovery January 5, 2026 May 22, 2026\n"
          "Discovery Motions January 19, 2026 June 5, 2026\n"),
      "absent 2026-05-22"),
    # Ohio Supreme Court case announcement: "Kennedy, J., would order respondent Judge Jeffrey Mackey to file an answer
    # to the procedendo complaint by May 4, 2022." - a separate opinion's wish, not the court's order (it was a filing).
    R("a-justice-would-order-is-no-deadline",
      doc("Motion granted in part and alternative writ granted.\nKennedy, J., would order respondent Judge Jeffrey "
          "Mackey to file an answer to the procedendo complaint by March 9, 2025."),
      "recital 2025-03-09"),
    # R.I. Supreme Court: "Its appeal points to the pertinent provisions of Super.R. Civ.P. 65(b) which stipulate that
    # any temporary restraining order granted without notice shall expire within ten days of issuance" - the rule's
    # words, not this order's TRO (it calendared an expiry ten days after the opinion).
    R("a-cited-rule-which-stipulate-that-is-the-law",
      doc("Provident's appeal points to the pertinent provisions of Super.R. Civ.P. 65(b) which stipulate that any "
          "temporary restraining order granted without notice shall expire within ten days of issuance."),
      "none"),
    # South Carolina Supreme Court head: "Opinion No. 24970 / Submitted June 29, 1999 - Filed July 12, 1999" - the
    # opinion's filing is its date, and "Within fifteen days of the date of this opinion" counts from it (it was a
    # paper's filing, and the affidavit undated).
    R("submitted-dash-filed-head-is-the-opinions-date",
      "THE STATE OF SOUTH CAROLINA\nIn The Supreme Court\nOpinion No. 24970\nSubmitted June 23, 2025 - Filed July 9, "
      "2025\nPER CURIAM: Respondent is suspended for ninety days. Within fifteen days of the date of this opinion, "
      "respondent shall file an affidavit with the Clerk of Court.\n",
      "filing 2025-07-24"),
    # Court of Federal Claims: "Further, no status conferences in this case shall be held between Wednesday, July 23,
    # 2014 and Wednesday, August 6, 2014." - a blackout, not two sittings (both days were hearings).
    R("no-conferences-between-two-days-is-no-sitting",
      doc("Further, no status conferences in this case shall be held between Wednesday, July 23, 2025 and Wednesday, "
          "August 6, 2025."),
      "other 2025-08-06"),
    # Arizona Supreme Court: "John T Franklin is hereby suspended from the practice of law, effective this date." - the
    # suspension starts on the order's date (nothing was calendared).
    R("effective-this-date-takes-effect-on-entry",
      doc("IT IS ORDERED, pursuant to Rule 61(c), that John T Franklin is hereby suspended from the practice of law, "
          "effective this date."),
      "other 2025-03-05"),
    # JPML hearing notice: "DATE OF HEARING SESSION: July 26, 2018 ... TIME OF HEARING SESSION: In those matters
    # designated for oral argument, counsel presenting oral argument must be present at 8:00 a.m. Oral argument will
    # commence at 9:30 a.m." - when to be there is its own event on that day (it was lost).
    R("must-be-present-before-the-session-is-its-own-event",
      "Case MDL No. 2151 Document 735 Filed 08/13/21 Page 1 of 13\n\nNOTICE OF HEARING SESSION\n\nNotice is hereby "
      "given that a hearing session has been scheduled to consider various matters under 28 U.S.C. § 1407.\n\nDATE "
      "OF HEARING SESSION: September 30, 2021\n\nLOCATION OF HEARING SESSION: Thomas F. Eagleton U.S. Courthouse, St. "
      "Louis, Missouri 63102 TIME OF HEARING SESSION: In those matters designated for oral argument, counsel "
      "presenting oral argument must be present at 8:30 a.m. Oral argument will commence at 9:30 a.m.\n",
      "other 2021-09-30 08:30"),
    # Maine SJC: "will hold a public hearing at 9:00 a.m. on Thursday, June 7, 2018 ... Any person intending to make
    # comments must arrive at the courtroom and report to the Clerk by 8:50 a.m."
    R("report-to-the-clerk-before-the-hearing",
      doc("The Court will hold a public hearing at 9:00 a.m. on Thursday, June 5, 2025, in Courtroom 7. Any person "
          "intending to make comments must arrive at the courtroom and report to the Clerk by 8:50 a.m."),
      "other 2025-06-05 08:50"),
    # E.D. La. trial order: "Jury trial ... shall instead commence at 8:30 a.m. on November 12, 2019. Counsel should be
    # present at 8:15 a.m." - counsel's appearance before the judge that morning.
    R("counsel-should-be-present-early-on-trial-day",
      doc("Jury trial shall commence at 8:30 a.m. on November 10, 2025. Counsel should be present at 8:15 a.m."),
      "hearing 2025-11-10 08:15"),
    # S.D. Tex.: "The matter will be called on Wednesday, August 17, 2016 at 9:30 a.m. for arguments on any remaining
    # differences." - a sitting (it was a bare "other": only "argument" in the singular named one).
    R("called-for-arguments-is-a-sitting",
      doc("The parties may then file responses on or before August 11, 2025. The matter will be called on Wednesday, "
          "August 20, 2025 at 9:30 a.m. for arguments on any remaining differences."),
      "hearing 2025-08-20 09:30"),
    # D. Utah docket text: "The parties are instructed to notify the Court of the status of this case ... within ten
    # (10) days of completion of their June 4, 2014, settlement conference." - counted from the conference's day
    # (the period was lost).
    R("within-days-of-completion-of-a-dated-conference",
      doc("The parties are instructed to notify the Court of the status of this case within ten (10) days of "
          "completion of their June 2, 2025, settlement conference."),
      "filing 2025-06-12"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentyfifth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_will_have_period_after_which_counts_from_the_other_paper() -> None:
    # "after which plaintiff will have fourteen days to file any reply": not from the order (the reply follows the
    # response), so no filing lands fourteen days after entry.
    timeline = run(doc("Defendant shall respond within 14 days of the filed date of this order, after which plaintiff "
                       "will have fourteen days to file any reply."))
    live = [e.date for e in timeline.events if not e.recital and e.kind == "filing"]
    assert dt.date(2025, 3, 19) in live and live.count(dt.date(2025, 3, 19)) == 1, _describe(timeline)


def test_a_recitals_and_does_not_title_the_order_part() -> None:
    # Nevada Supreme Court: "Whereas, on December 19, 2011, the Honorable David A. Huff ... filed a petition ...; and /
    # It Is Further Ordered that these rule adoptions shall be effective 30 days from the date of this order" - the
    # count's title is the order's part, not the petitioner's name (it was "The Honorable David A. Huff, Judge ...").
    timeline = run("Whereas, on December 19, 2011, the Honorable David A. Huff, Judge of the Tenth Judicial District "
                   "Court filed a petition in this court seeking adoption of the Rules; and\n\nIt Is Further Ordered "
                   "that these rule adoptions shall be effective 30 days from the date of this order.\n\n"
                   "Dated this 18th day of April, 2012.")
    live = [e for e in timeline.events if not e.recital and e.date == dt.date(2012, 5, 18)]
    assert [e.title for e in live] == ["These rule adoptions shall be effective"], _describe(timeline)


def test_such_service_counts_from_the_docket_service_of_this_order() -> None:
    # W.D. Wash. docket text: "ORDER FOR SERVICE AND ANSWER ... ( 11 Petition and this Order emailed on 3/26/2024.)"
    # then "(2) Within forty-five (45) days after such service, Respondent shall file and serve an answer" - the
    # clerk's e-mail is this order's service, and the answer counts from it (it was background, the answer undated).
    timeline = run("ORDER FOR SERVICE AND ANSWER, § 2254 PETITION by email upon respondent. ( 11 Petition and this "
                   "Order emailed on 3/24/2025.) Signed by Magistrate Judge Grady J Leupold.\n\n(1) The Clerk shall "
                   "arrange for service, by e-mail upon Respondent, of copies of the Petition and this Order.\n(2) "
                   "Within forty-five (45) days after such service, Respondent shall file and serve an answer.\n")
    live = [(e.kind, e.date) for e in timeline.events if not e.recital and e.kind in ("service", "filing")]
    assert live == [("service", dt.date(2025, 3, 24)), ("filing", dt.date(2025, 5, 8))], _describe(timeline)


def test_file_by_a_date_then_numbered_papers_is_one_duty_each() -> None:
    # Court of Federal Claims: "The court DIRECTS plaintiff to file, by no later than Monday, April 6, 2020: (1) a
    # one-page overview ... and (2) a supplemental brief of no more than five pages" - two papers (it was one).
    timeline = run(doc("The court DIRECTS plaintiff to file, by no later than Monday, April 7, 2025: (1) a one-page "
                       "overview following the template attached as Exhibit 1 and (2) a supplemental brief of no more "
                       "than five pages."))
    live = [e for e in timeline.events if not e.recital and e.kind == "filing" and e.date == dt.date(2025, 4, 7)]
    assert len(live) == 2, _describe(timeline)


def test_an_hour_after_the_sittings_own_is_no_arrival() -> None:
    # "Counsel must be present at 10:00 a.m." after a hearing set for 9:00 a.m. is no time to arrive before it.
    timeline = run(doc("The hearing will be held at 9:00 a.m. on June 5, 2025. Counsel must be present at 10:00 a.m."))
    hours = [e.time for e in timeline.events if e.date == dt.date(2025, 6, 5)]
    assert dt.time(10, 0) not in hours and dt.time(9, 0) in hours, _describe(timeline)

