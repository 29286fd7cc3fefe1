"""A sixteenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 17.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

# Maine's Law Court calendar: a day heading over rows led by an hour and a docket number.
_CALENDAR = ("Maine Supreme Judicial Court\nSitting as the Law Court\n\nCaution: This schedule is subject to change.\n\n"
             "Tuesday, November 6, 2018\nCumberland County Courthouse, Portland\n  9:50 a.m.   Kno-18-129   Earl Gammon et "
             "al. v. Robin E. Boggs et al.\n\nAttorneys: Patrick J. Mellor; Robert W. Kline\n\n  10:40 a.m.   Yor-18-115   "
             "Eric V. Warnquist et al. v. State Tax Assessor\n\nAttorneys: Gregory J. Orso\n")

_LISTING = ("Oral Arguments\n\n11/09/22\nJames A. Welch, et al. v. Oaktree Health\nW2020-00917-SC-R11-CV\n11/09/22 "
            "9:00am Supreme Court Shelby County Western Section\n10/05/22\nRobert Crotty et al. v. Mark Flora, M.D.\n"
            "M2021-01193-SC-R11-CV\n10/05/22 1:00pm Supreme Court Davidson County Middle Section\n")

# A Texas court-of-appeals order cut before its signature: no date of its own, a story told between two dated events.
_STORY = ("Whitehead's notice of appeal was filed March 12, 2013. The appellate record was completed by the filing of "
          "the reporter's record on August 26, making Whitehead's brief due September 25. We order House to file the "
          "appellant's brief in this matter, to be received by this Court on or before January 2, 2014.\n")

ROWS = [
    # "... filed March 12, 2013. ... on August 26, making Whitehead's brief due September 25 ... on or before January
    # 2, 2014" - a day without a year between two dated events is that year's (it was undated, year-missing).
    R("a-yearless-day-between-two-dated-events-takes-their-year", _STORY, "filing 2013-09-25"),
    # N.D. Cal. docket text: "Plaintiffs' request for oral argument is granted and the hearing ... is scheduled for
    # January 24, 2014, at 9:00 a.m." - a party's paper named in the possessive is no party asking now (the sitting was
    # a recital: "Plaintiffs' request" read as "Plaintiffs request").
    R("a-possessive-request-granted-is-no-party-asking",
      doc("Plaintiffs' request for oral argument is granted and the hearing on plaintiffs' Motion for Relief from "
          "Judgment is scheduled for April 24, 2025, at 9:00 a.m."),
      "hearing 2025-04-24 09:00"),
    # N.D. Cal.: "Defendants filed a Motion to Stay, which they noticed for hearing on February 19, 2010" - the
    # noticed sitting stands (it was history: "noticed" read as past).
    R("a-motion-noticed-for-hearing-on-a-later-day-is-that-sitting",
      doc("On March 1, 2025, Defendants filed a Motion to Stay, which they noticed for hearing on April 18, 2025. "
          "Defendants' reply shall be due by no later than Tuesday, April 8, 2025."),
      "hearing 2025-04-18"),
    # W.D. Wash. minute order: "Deadline for FRCP 26(f) conference........ 02/14/2008" - a row's unspaced dotted
    # leader runs on to its date (the leader's last dot ended a sentence: the date took the next row's label).
    R("an-unspaced-dotted-leader-runs-on-to-its-date",
      doc("The Court sets the following dates:\n\nDeadline for FRCP 26(f) conference.............................. "
          "04/14/2025\n\nInitial Disclosure Pursuant to FRCP 26(a)(1).................. 04/21/2025\n\nJoint Status "
          "Report ......................... 04/28/2025\n"),
      "other 2025-04-14"),
    # ... "Pursuant to the December 1, 2000 revisions to the Federal Rules of Civil Procedure" dates the rules (it was a
    # filing flagged before entry).
    R("the-date-of-revisions-to-the-rules-is-no-event",
      doc("Pursuant to the December 1, 2000 revisions to the Federal Rules of Civil Procedure, the Court sets the "
          "following dates."),
      "none"),
    # Hawaii's argument notices: "No. SCAP-24-0000401, Thursday, May 15, 2025, 10:30 a.m., Nakoa III v. Governor ...
    # The above-captioned case has been set for oral argument on the merits at: Supreme Court Courtroom" - the
    # heading's day and hour are the sitting (they were a background date).
    R("an-argument-notice-headed-by-its-case-and-sitting",
      "No. SCAP-24-0000401, Thursday, May 15, 2025, 10:30 a.m., Nakoa III v. Governor LEONARD K. NAKOA III, "
      "Plaintiffs-Appellants, vs. GOVERNOR OF THE STATE OF HAWAII, Defendants-Appellees. The above-captioned case has "
      "been set for oral argument on the merits at: Supreme Court Courtroom The oral argument will also be livestreamed.\n",
      "hearing 2025-05-15 10:30"),
    # Maine: "Tuesday, November 6, 2018 / ... / 9:50 a.m.   Kno-18-129   Earl Gammon ..." - the day heading is a
    # sitting (it was a background date) and each row's hour is its own sitting that day.
    R("a-calendar-days-first-row-gives-the-sitting-its-hour", _CALENDAR, "hearing 2018-11-06 09:50"),
    R("a-calendar-days-second-row-is-another-sitting", _CALENDAR, "hearing 2018-11-06 10:40"),
    # Tennessee's oral-argument listing: "10/05/22 1:00pm Supreme Court Davidson County Middle Section" under the page's
    # "Oral Arguments" head is that sitting (it was a background date; the day's line alone read as the order's date).
    R("an-argument-listings-date-and-hour-line-is-a-sitting", _LISTING, "hearing 2022-10-05 13:00"),
    # ... its table form: "04/01/20 | 9:30am | Supreme Court | Shelby County | Western Section |" (it was "other").
    R("an-argument-listings-table-row-is-a-sitting",
      "| Lataisha M. Jackson v. Charles Anthony Burrell, et al W2018-00057-SC-R11-CV |\n04/01/20 | 9:30am | Supreme "
      "Court | Shelby County | Western Section |\n",
      "hearing 2020-04-01 09:30"),
    # Wisconsin's news page: "State v. Cesar Antonio Lira, scheduled for 9:45 a.m. Monday, Sept. 27" - a case
    # scheduled for an hour is its sitting (it was "other").
    R("a-case-scheduled-for-an-hour-is-its-sitting",
      doc("Case summaries have been added for 19AP691/692-CR, State v. Cesar Antonio Lira, scheduled for 9:45 a.m. "
          "Monday, Sept. 29, 2025."),
      "hearing 2025-09-29 09:45"),
    # ... "Monday, Sept. 27 and 19AP664-CR, State v. Alan S. Johnson": a docket number is no listed day (it was
    # September 19).
    R("a-docket-number-after-and-is-no-listed-day",
      doc("Lira is scheduled for 9:45 a.m. Monday, Sept. 29 and 19AP664-CR, State v. Alan S. Johnson, is "
          "scheduled for 9:45 a.m. Wednesday, Oct. 1."),
      "absent 2025-09-19"),
    # ... "which is scheduled for oral argument at 10:45 a.m. Sept. 29." - the hour's "a.m." ends no sentence before
    # its day (the day alone read as the order's date).
    R("an-hours-am-before-its-day-ends-no-sentence",
      doc("Townsend v. ChartSwap, LLC is scheduled for oral argument at 10:45 a.m. Sept. 29. The court will hear it."),
      "hearing 2025-09-29 10:45"),
    # N.D. Ala. scheduling order: "No causes of action may be added by plaintiff(s) after 5/4/2012" is the cut-off for
    # amending (it was a background date: no duty word).
    R("nothing-may-be-added-after-a-day-is-the-cut-off",
      doc("1. Pleadings. No causes of action may be added by plaintiff(s) after 5/4/2025. No defenses or claims may be "
          "added by defendant(s) after 5/25/2025."),
      "filing 2025-05-04"),
    # N.D. Ind.: "The last date for the completion of all discovery is October 30, 2009." (it was a background date:
    # only "last date to" was read as a duty)
    R("the-last-date-for-a-step-is-a-deadline",
      doc("2. Discovery Plan. The last date for the completion of all discovery is October 30, 2025. Each party may serve "
          "a maximum of 35 interrogatories."),
      "other 2025-10-30"),
    # N.D.N.Y. filing order: the court form's foot "X ADR Track Form Date - 06/18/2004" is the form's revision, not the
    # order's date (it was read as the order's date, so the ECF header's "Filed 02/01/2007" was set aside).
    R("a-forms-own-date-is-not-the-orders",
      "Alexander et al v. Cahill et al Doc. 3 Case 5:07-cv-00117-FJS-GHL Document 3 Filed 02/01/2007 Page 1 of 14 "
      "UNITED STATES DISTRICT COURT NOTICE CONFERENCE DATE/TIME: 6/19/07, at 11:30 AM CONFERENCE LOCATION: All "
      "conferences are conducted by telephone. X ADR Track Form Date - 06/18/2004\n",
      "entry 2007-02-01"),
    # San Diego's tentative-ruling sheet: "EVENT DATE: / EVENT TIME:" stand apart from their values, the line
    # "06/14/2024  09:00:00 AM  C-60 COUNTY OF SAN DIEGO" is the matter's sitting (it was a background date).
    R("a-tentative-sheets-event-line-is-the-sitting",
      "SUPERIOR COURT OF CALIFORNIA,\n\nDEPT.:\n\nEVENT DATE:\n\nEVENT TIME:\n\nHALL OF JUSTICE\n\nTENTATIVE RULINGS - "
      "June 13, 2024\n\n06/14/2024  09:00:00 AM  C-60 COUNTY OF SAN DIEGO\n\nJUDICIAL OFFICER:Matthew C. Braner\n\n"
      "Defendant's demurrer is OVERRULED.\n",
      "hearing 2024-06-14 09:00"),
    # ... "Audio recordings of oral arguments ... heard on or after May 1, 2013 are available" names which sittings,
    # setting none (it was a hearing).
    R("sittings-heard-on-or-after-a-day-set-nothing",
      "Oral Arguments\n\nAudio recordings of oral arguments in the appellate courts heard on or after May 1, 2013 are "
      "available 21 days after the oral argument.\n",
      "recital 2013-05-01"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sixteenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_yearless_day_with_a_dated_event_on_one_side_only_stays_undated() -> None:
    # Maine SJC: "comments ... February 21, 2017 ... during the weeks of February 6 and 13" - one side only; a guess
    # at the nearest year misread struck-through and OCR'd dates, so the year stays open and flagged.
    timeline = run("The deadline for comments is February 21, 2017. Due to the inclement weather and closings during "
                   "the weeks of February 6 and 13, the period is extended.\n")
    undated = [e for e in timeline.events if e.date is None]
    assert undated and all("year-missing" in e.flags for e in undated), _describe(timeline)


def test_a_yearless_day_read_from_its_story_is_flagged_inferred_not_missing() -> None:
    timeline = run(_STORY)
    day = [e for e in timeline.events if str(e.date) == "2013-09-25"]
    assert day and "year-inferred" in day[0].flags and "year-missing" not in day[0].flags, _describe(timeline)


def test_rows_with_dotted_leaders_take_their_own_labels() -> None:
    timeline = run(doc("The Court sets the following dates:\n\nDeadline for FRCP 26(f) conference................ "
                       "04/14/2025\n\nInitial Disclosure Pursuant to FRCP 26(a)(1).......... 04/21/2025\n\nJoint Status "
                       "Report ......................... 04/28/2025\n"))
    titles = {str(e.date): e.title for e in timeline.events if not e.recital}
    assert titles.get("2025-04-14") == "Deadline for FRCP 26(f) conference", _describe(timeline)
    assert titles.get("2025-04-28") == "Joint Status Report", _describe(timeline)


def test_a_calendar_rows_sitting_is_named_by_its_case() -> None:
    timeline = run(_CALENDAR)
    titles = [e.title for e in timeline.events if str(e.date) == "2018-11-06"]
    assert "Oral argument: Kno-18-129 Earl Gammon et al. v. Robin E. Boggs et al." in titles, _describe(timeline)


def test_an_argument_listings_day_line_is_not_the_orders_date() -> None:
    timeline = run(_LISTING)
    assert not [e for e in timeline.events if e.kind == "entry"], _describe(timeline)


def test_cases_heard_at_one_hour_on_a_listing_are_separate_sittings() -> None:
    timeline = run("Oral Arguments\n\n10/05/22\nKenneth J. Mynatt v. National Treasury Employees Union\n"
                   "M2020-01285-SC-R11-CV\n10/05/22 9:00am Supreme Court Rutherford County Middle Section\nErnest Falls et "
                   "al. v. Mark Goins et al.\nM2020-01510-SC-R11-CV\n10/05/22 9:00am Supreme Court Davidson County Middle "
                   "Section\n")
    sittings = [e.title for e in timeline.events if e.kind == "hearing" and str(e.date) == "2022-10-05"]
    assert len(sittings) == 2 and any("Ernest Falls" in t for t in sittings), _describe(timeline)
