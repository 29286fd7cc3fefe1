"""An eighteenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 19.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

# D. Mont. scheduling order flattened by the page store: "Label on or before: Date" rows run on with no full stop.
_FLAT_ROWS = doc("IT IS ORDERED: 1. Scheduling Order: The following schedule, established with the concurrence of the "
                 "parties, will be observed: Discovery shall close on: May 30, 2025 All pretrial motions, other than "
                 "discovery motions, shall be filed and fully briefed on or before: August 1, 2025 Status conference "
                 "and hearing on all pending motions: October 2, 2025, at 1:30 p.m. Mike Mansfield Federal Courthouse "
                 "Butte, Montana Attorney conference to discuss preparation of final pretrial order on or before: "
                 "October 17, 2025 Proposed final pretrial order: October 31, 2025 Trial briefs, jury instructions "
                 "due: December 1, 2025 Trial (6 member jury): December 8, 2025, at 9:00 a.m Mike Mansfield Federal "
                 "Courthouse Butte, Montana")

ROWS = [
    # D. Mont.: "Discovery shall close on: May 31, 2019 All pretrial motions ... shall be filed ... on or before: August 2"
    # - the words after a row's date up to the next label's colon are the next row's (it was a filing).
    R("a-flattened-rows-date-ends-at-the-next-label", _FLAT_ROWS, "other 2025-05-30"),
    # ... "Trial briefs, jury instructions due: December 2, 2019 Trial (6 member jury): December 9": the briefs, not the
    # trial named after them (it was a hearing).
    R("a-flattened-rows-paper-is-not-the-next-rows-sitting", _FLAT_ROWS, "filing 2025-12-01"),
    # D.N.D.: "Within two (2) days of the Final Pretrial Conference, counsel shall email the following documents" - the
    # run-up to the sitting, counted back (it was counted forward).
    R("within-two-days-of-a-conference-is-before-it",
      doc("A final pretrial conference will be held before the magistrate judge on April 23, 2025 at 1:30 p.m. Within two "
          "(2) days of the Final Pretrial Conference, counsel shall email the following documents: (1) Final Pretrial "
          "Statement; (2) Exhibit List for each party."),
      "filing 2025-04-21"),
    # N.D. Ohio: "Counsel shall confer within three business days of any scheduled conference" - the same.
    R("within-three-business-days-of-a-conference-is-before-it",
      doc("A status conference is set for April 23, 2025 at 10:00 a.m. Counsel shall confer within three business days "
          "of any scheduled conference to discuss outstanding issues."),
      "other 2025-04-18"),
    # ... but ten days "of the hearing" for a proposed order stays after it (a run-up is three days at most).
    R("within-ten-days-of-a-hearing-stays-after-it",
      doc("A hearing is set for April 23, 2025 at 10:00 a.m. Within 10 days of the hearing, counsel shall file a "
          "proposed order."),
      "filing 2025-05-05"),
    # D.N.D. form: "NORTHWESTERN DIVISION Revised 9/03/08 Linda Tvedt, Plaintiff" - the court form's revision date in
    # its caption (it was read as a trial).
    R("a-forms-revision-date-in-the-caption-is-no-event",  # (no date of its own in the stored text, as there)
      ("IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NORTH DAKOTA NORTHWESTERN DIVISION Revised 9/03/24 "
          "Linda Tvedt, ) ) ORDER FOR FINAL PRETRIAL Plaintiff, ) CONFERENCE ) vs. ) James Svihovec, Defendant. IT IS "
          "ORDERED: A final pretrial conference will be held on April 23, 2025 at 1:30 p.m. Trial is set for May 5, 2025.\n"),
      "absent 2024-09-03"),
    # D. Idaho: "All requests for the transport of prisoner witnesses to trial shall be made no later than February 8" -
    # a request to the court is a filing (it was a hearing, for "trial").
    R("requests-to-be-made-by-a-date-are-filings",
      doc("All requests for the transport of prisoner witnesses to trial shall be made no later than April 8, 2025."),
      "filing 2025-04-08"),
    # D. Idaho: a running footer "CASE MANAGEMENT ORDER - 1" inside "shall be filed on or | ... | before May 31, 2013"
    # (the date lost its verb and was read as "Before").
    R("a-running-footer-inside-a-sentence-is-no-break",
      doc("1) Amendment of Pleadings: All motions to amend pleadings shall be filed on or\nCASE MANAGEMENT ORDER - 1\n"
          "before May 30, 2025. This deadline shall only be extended for good cause shown."),
      "filing 2025-05-30"),
    # Texas 1st: "this Court is required to bring this appeal to final disposition within 180 days of January 25, 2022"
    # - the court's own deadline for deciding (it was a filing).
    # E.D. Cal.: "submit confidential settlement conference statements directly to chambers no later than ..." - for
    # the settlement judge alone, never on the docket (other, as 25 of 31 held-out golds label them; it was a filing).
    R("a-settlement-statement-to-chambers-is-not-filed",
      doc("A settlement conference is set for April 22, 2025 at 9:00 a.m. Each party shall submit a confidential "
          "settlement conference statement directly to chambers no later than April 15, 2025."),
      "other 2025-04-15"),
    # ... but one the order has filed stays a filing.
    R("a-settlement-statement-filed-stays-a-filing",
      doc("A settlement conference is set for April 22, 2025 at 9:00 a.m. Plaintiff shall file a settlement conference "
          "statement by April 15, 2025."),
      "filing 2025-04-15"),
    # S.D. Cal.: "IT IS ORDERED that the MSC will be held on May 17, 2021 at 2:00 p.m." - the mandatory settlement
    # conference's initials name a sitting (it was "other").
    R("an-msc-is-a-sitting",
      doc("IT IS ORDERED that the MSC will be held on May 19, 2025 at 2:00 p.m. before Magistrate Judge Allison H. "
          "Goddard."),
      "hearing 2025-05-19 14:00"),
    # Montana: "The parties shall disclose fact witnesses and exhibit lists on or before January 20, 2017" - disclosed,
    # not filed (it was a filing, for "exhibit lists").
    R("exhibit-lists-disclosed-are-exchanged",
      doc("The parties shall disclose fact witnesses and exhibit lists on or before April 18, 2025."),
      "other 2025-04-18"),
    # A written weekday that the date does not fall on is flagged (it was taken silently).
    R("a-weekday-the-date-does-not-fall-on-is-flagged",
      doc("The hearing will be held on Friday, April 17, 2025 at 10:00 a.m."),
      "hearing 2025-04-17 10:00 +weekday-mismatch"),
    # Bankr. D. Ariz. docket text: "Hearing set on the Bidding Procedures Motion for 2/18/2010 at 10:00 AM" - the sitting
    # set on a motion, not the motion's subject (it was a recital).
    R("a-hearing-set-on-a-motion-for-a-date-is-the-sitting",
      doc("ORDER signed on 3/5/2025. Hearing set on the Bidding Procedures Motion for 4/18/2025 at 10:00 AM at "
          "Courtroom 601, Phoenix, AZ."),
      "hearing 2025-04-18 10:00"),
    # JPML docket text: "Appearances & Corporate Disclosures due by noon: April 26, 2010" - the hour before the row's
    # colon is the deadline's (it had none).
    R("a-cut-off-hour-before-a-rows-colon-is-its-hour",
      doc("BRIEFING SCHEDULE IS SET AS FOLLOWS: Appearances due by noon: April 28, 2025 Responses due on or before: May 5, "
          "2025"),
      "filing 2025-04-28 12:00"),
    # E.D. Cal. docket text: "Designation of Expert Witnesses due by 9/1/2 017" - a year split after its first digit
    # (the date was lost).
    R("a-year-split-after-its-first-digit-is-one-year",
      doc("Designation of Expert Witnesses due by 9/2/2 025 and supplemental expert disclosures due by 9/22/2025."),
      "other 2025-09-02"),
    # ... "All dispositive motions ... shall be heard no later than 11/17/2017" - the last day to be heard, a cut-off
    # (LABELLING.md rule 1; it was a sitting).
    R("motions-heard-no-later-than-is-a-cut-off",
      doc("All dispositive motions, except motions for continuances or other emergency applications, shall be heard "
          "no later than 11/17/2025."),
      "other 2025-11-17"),
    # Bankr. C.D. Cal. transcript notice: "Remote electronic access to the transcript is restricted until 05/17/2010" -
    # the restriction lifts then (it was "other").
    R("access-restricted-until-a-date-expires-then",
      doc("Remote electronic access to the transcript is restricted until 06/16/2025."), "expiry 2025-06-16"),
    # Bankr. C.D. Cal. (1997): "Last Day To Oppose Discharge: 8/25/97 hearing on 06/25/1997 at 2:00 p.m." - the words
    # after the row's date name the next date's sitting (the deadline read as a hearing).
    R("a-rows-date-before-the-next-sittings-name-keeps-its-label",
      doc("Notice of First Meeting of Creditors. Last Day To Oppose Discharge: 8/25/25 hearing on 06/25/2025 at 2:00 p.m. "
          "at Civic Center Plaza Towers."),
      "filing 2025-08-25"),
    R("the-courts-own-deadline-to-decide-is-no-event",
      doc("Because this is a termination case, this Court is required to bring this appeal to final disposition within "
          "180 days of January 25, 2025, the date the notice of appeal was filed in this proceeding."),
      "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eighteenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_two_requests_due_the_same_day_are_two_filings() -> None:
    # D. Idaho: transport requests and subpoena requests, each "shall be made no later than February 8, 2013" (they
    # merged into one hearing).
    timeline = run(doc("All requests for the transport of prisoner witnesses to trial shall be made no later than April "
                       "8, 2025. All requests for subpoenas for any witnesses who must be subpoenaed to trial (to include "
                       "their full names and physical service address) shall be made no later than April 8, 2025."))
    due = [e for e in timeline.events if e.kind == "filing" and str(e.date) == "2025-04-08"]
    assert len(due) == 2, _describe(timeline)


def test_a_count_after_a_dash_explains_the_date_written() -> None:
    # Texas 1st: "Appellant's brief is due on May 16, 2022\u201420 days from the date appellant's counsel was appointed" - how
    # the court counted the day it wrote (the count became a second event, twenty days after May 16).
    timeline = run(doc("Appellant\u2019s brief is due on April 16, 2025\u201420 days from the date appellant\u2019s "
                       "counsel was appointed. See TEX. R. APP. P. 4.1(a)."))
    live = [e for e in timeline.events if not e.recital and e.kind != "entry"]
    assert [(e.kind, str(e.date)) for e in live] == [("filing", "2025-04-16")], _describe(timeline)


_SLIPPED = ("SCHEDULING ORDER: Final Pretrial Conference set for 11/24/2025 at 11:00 AM in Butte, MT. Discovery due by "
            "5/29/2024. Motions due by 8/1/2025. Signed by Judge Brian Morris on 3/5/2025. (NOS)\n\nIT IS ORDERED: "
            "Discovery shall close on: May 29, 2025\nAll pretrial motions shall be filed on or before: August 1, 2025\n")


def test_a_docket_years_slip_restated_in_the_body_is_one_event() -> None:
    # D. Mont.: the docket text's "Discovery due by 5/31/2018" in an order signed 6/7/2018 whose body says "Discovery
    # shall close on: May 31, 2019" - the clerk's year slip (it stayed in 2018, before the order, for review).
    timeline = run(_SLIPPED)
    days = [str(e.date) for e in timeline.events if not e.recital and "iscovery" in e.title]
    assert days == ["2025-05-29"], _describe(timeline)


def test_a_past_sitting_is_not_corrected_by_a_later_one_on_the_same_day() -> None:
    # D.N.D.: "As discussed with the parties during the status conference on January 9, 2023" in an order of January
    # 10, 2023 that also sets a conference on January 9, 2024: history, not a year slip.
    timeline = run(doc("As discussed with the parties during the status conference on March 4, 2025, the final pretrial "
                       "conference shall be rescheduled for March 4, 2026, at 9:00 a.m."))
    corrected = [e for e in timeline.events if "year-corrected" in e.flags]
    assert not corrected, _describe(timeline)


def test_a_flattened_rows_title_has_no_place_and_no_colon() -> None:
    # "... at 1:30 p.m. Mike Mansfield Federal Courthouse Butte, Montana Attorney conference to discuss ...": where the
    # last row sits is not the next row's title, and a label's colon is no part of it.
    titles = {str(e.date): e.title for e in run(_FLAT_ROWS).events}
    assert titles["2025-10-17"].startswith("Attorney conference"), titles
    assert titles["2025-10-31"] == "Proposed final pretrial order", titles


def test_a_year_slip_shown_by_the_weekday_is_the_docket_texts_day() -> None:
    # D.N.M.: the docket text sets the conference "for June 20, 2013, at 01:30 PM"; the body says "Thursday, June 20,
    # 2012 at 1:30 p.m." (June 20, 2012 was a Wednesday) - one sitting, on the day the weekday fits (it was two, one in
    # 2012).
    timeline = run("ORDER by Magistrate Judge Stephan M. Vidmar SETTING second Settlement Conference for June 19, 2025, "
                   "at 01:30 PM in Albuquerque - 560 Cimarron Courtroom.\n\nORDER SETTING SECOND SETTLEMENT CONFERENCE "
                   "The conference will be held on Thursday, June 19, 2024 at 1:30 p.m. in the Cimarron Courtroom.\n")
    sittings = [(str(e.date), str(e.time)) for e in timeline.events if e.kind == "hearing" and not e.recital]
    assert sittings == [("2025-06-19", "13:30:00")], _describe(timeline)


def test_a_slipped_restatement_folded_into_its_twin_stays_flagged() -> None:
    # ... and the one event keeps the body's slip in view (the docket's reading alone showed no flag).
    timeline = run("ORDER SETTING second Settlement Conference for June 19, 2025, at 01:30 PM in Albuquerque.\n\nORDER "
                   "SETTING SECOND SETTLEMENT CONFERENCE The conference will be held on Thursday, June 19, 2024 at 1:30 "
                   "p.m. in the Cimarron Courtroom.\n")
    sitting = next(e for e in timeline.events if e.kind == "hearing" and not e.recital)
    assert {"year-corrected", "needs-review"} <= set(sitting.flags) and "2024" in sitting.computation, _describe(timeline)


def test_the_day_of_the_conference_is_the_msc_itself() -> None:
    # S.D. Cal.: "use 8367902 as the access code on the day of the conference" after "the MSC will be held on May 17,
    # 2021 at 2:00 p.m." - one sitting (the day-of link was a second, undated, "Conference").
    timeline = run(doc("IT IS ORDERED that the MSC will be held on May 19, 2025 at 2:00 p.m. The Court authorizes the "
                       "parties to call the chambers teleconference line at 1-877-873-8018 and use 8367902 as the access "
                       "code on the day of the conference."))
    sittings = [e for e in timeline.events if e.kind == "hearing" and not e.recital]
    assert len(sittings) == 1 and sittings[0].title == "MSC", _describe(timeline)


def test_a_rows_label_is_not_who_owes_the_paper() -> None:
    # "Last Day To Oppose Discharge:" titled "Opposition due (Last Day To)": the label's capitals are no party; "Defendant
    # OSL Holdings, Inc. has through ... to answer" still names one.
    titles = {str(e.date): e.title for e in run(doc("Last Day To Oppose Discharge: 8/25/25. Defendant OSL Holdings, Inc. "
                                                    "has through and including May 5, 2025 to answer or otherwise "
                                                    "respond.")).events}
    assert titles["2025-08-25"] == "Opposition due" and titles["2025-05-05"] == "Answer due (Defendant OSL Holdings)", titles
