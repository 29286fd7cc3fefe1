"""A thirteenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 14: calendars, court notices and scheduling tables.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice
from viewer.core.model import Timeline

ROWS = [
    # S.D. Fla.: "Calendar call will be held at 9:00 a.m. on the preceding Tuesday August 9, 2022": the hour is the
    # call's, though "the preceding" stands between it and the day (it lost its hour).
    R("an-hour-before-the-preceding-weekday-is-that-days",
      doc("This matter is set for trial during the two-week trial period beginning on August 15, 2022. Calendar call "
          "will be held at 9:00 a.m. on the preceding Tuesday August 9, 2022 at the Courthouse."),
      "hearing 2022-08-09 09:00"),
    # A court's press release opens with its dateline, the day it was issued: "Des Moines, September 8, 2015- The
    # Iowa Supreme Court today announced ..." (it read as a past sitting).
    R("a-press-releases-dateline-is-the-entry",
      "Des Moines, September 8, 2015- The Iowa Supreme Court today announced its adjudicative term calendar, "
      "including special sessions to hear oral arguments.\n",
      "entry 2015-09-08"),
    # ... with the state after the city: "FRANKFORT, Ky., June 4, 2025 - The Supreme Court of Kentucky will hear".
    R("a-press-dateline-with-its-state-is-the-entry",
      "FRANKFORT, Ky., June 4, 2025 - The Supreme Court of Kentucky will hear oral arguments Wednesday, June 11, in "
      "Frankfort.\n",
      "entry 2025-06-04"),
    # Nebraska's call: "Tuesday, March 13, 2018   Norfolk   subject to call at 1:30 PM" is a sitting at that hour
    # (it read as background, with no hour).
    R("a-day-subject-to-call-at-an-hour-is-a-sitting",
      "Court of Appeals Call\n\nRiedmann and Bishop, Judges, and Inbody, Judge, Retired\nTuesday, March 13, 2018   "
      "Norfolk   subject to call at 1:30 PM\n\nCouncil Chambers, 309 North 5th Street, Norfolk, Nebraska\n",
      "hearing 2018-03-13 13:30"),
    # E.D. Cal.'s caption box in capitals, run into a pleading line: "12 V. DATE: May 10, 2007 TIME: 08:45 AM" is the
    # scheduling conference (it read as the order's date).
    R("a-caption-boxs-capital-date-and-time-is-the-sitting",
      "ORDER SETTING MANDATORY SCHEDULING CONFERENCE\n\n12 V. DATE: May 10, 2007 TIME: 08:45 AM\n\n13 JENNIFER "
      "ABRAHAM, ET AL., 14\n\nCOURTROOM: #3 (7th Floor)\n",
      "hearing 2007-05-10 08:45"),
    # ... but a minute order's own header, "MINUTE ORDER DATE: 05/24/2021 TIME: 09:00:00 AM", is its date.
    R("a-minute-orders-header-date-stays-its-date",
      "SUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO MINUTE ORDER DATE: 05/24/2021 TIME: 09:00:00 AM DEPT: 40 "
      "JUDICIAL OFFICER PRESIDING: Richard K. Sueyoshi\nPlaintiff's counsel shall notify the Court of the dates no "
      "later than July 23, 2021.\n",
      "entry 2021-05-24"),
    # Tex. App. 3rd: "This order to show cause will be withdrawn ... if the Clerk of this Court receives appellant's
    # brief by October 13, 2003" is the brief's deadline (it read as the show-cause sitting).
    R("a-brief-the-clerk-receives-by-a-date-is-a-filing",
      doc("This order to show cause will be withdrawn and the said John S. Butler will be relieved of his obligation "
          "to appear before this Court as above ordered if the Clerk of this Court receives appellant's brief by "
          "October 14, 2003."),
      "filing 2003-10-14"),
    # ... and "his failure to obey the May 30, 2003, order of this Court" names an earlier order, comma and all.
    R("a-dated-order-of-this-court-with-a-comma-is-a-recital",
      doc("Butler is ordered to appear in person before this Court on the 15th day of October, 2003, at 8:30 o'clock "
          "a.m., then and there to show cause why he should not be held in contempt for his failure to obey the May "
          "30, 2003, order of this Court."),
      "recital 2003-05-30"),
    # E.D. Cal.'s docket text: "Administrative Record Deadline 5/11/2018" is the record's filing (it read as a
    # disclosure, other).
    R("an-administrative-record-deadline-is-a-filing",
      "AMENDED SCHEDULING ORDER, signed by Magistrate Judge Jennifer L. Thurston on 3/20/2018. Administrative Record "
      "Deadline 5/11/2018. (Hall, S)",
      "filing 2018-05-11"),
    # A docket text's layer splits the day's digits: "ordered to show cause, on March 1 6, 2018" is March 16 (it read
    # as March 1).
    R("a-written-dates-split-day-is-joined",
      doc("Wells Fargo is ordered to show cause, on March 1 6, 2018, why an order should not be entered granting "
          "plaintiffs a preliminary injunction."),
      "hearing 2018-03-16"),
    # D. Colo.: "[Docket No. 92; Filed July 27, 2011]" cites another paper's filing, not this order's (it read as the
    # entry).
    R("a-cited-papers-filed-date-is-no-entry",
      "ORDER SETTING SCHEDULING/PLANNING CONFERENCE\nThe Notice of Change of Address submitted by Plaintiff [Docket "
      "No. 92; Filed July 27, 2011] indicates he no longer is incarcerated.\n\nDATED: August 19, 2011\n",
      "entry 2011-08-19 once"),
    # A parenthesis opening its own line ends the clause before it: "shall participate in a full scheduling
    # conference.\n(as amended effective December 1, 2010)" is no conference (it read as one, before the entry).
    R("a-parenthesis-on-its-own-line-starts-a-clause",
      doc("Plaintiff is now subject to the requirements stated in Fed. R. Civ. P. 26(a) and shall participate in a "
          "full scheduling conference.\n(as amended effective December 1, 2010)", "DATED: August 19, 2011"),
      "absent 2010-12-01"),
    # S.D.N.Y.: "Trial in this action, previously preliminarily scheduled for February 28, 2022, will instead commence
    # on Wednesday, March 9, 2022 at 9:30 a.m." sets the trial anew (the whole sentence read as history).
    R("a-trial-that-will-instead-commence-is-set-anew",
      doc("Trial in this action, previously preliminarily scheduled for February 28, 2022, will instead commence on "
          "Wednesday, March 9, 2022 at 9:30 a.m."),
      "hearing 2022-03-09 09:30"),
    # ... and its old setting stays history.
    R("the-setting-it-replaces-stays-history",
      doc("Trial in this action, previously preliminarily scheduled for February 28, 2022, will instead commence on "
          "Wednesday, March 9, 2022 at 9:30 a.m."),
      "recital 2022-02-28"),
    # "The pre-trial conference, previously scheduled for February 22, 2022 at 10:00 a.m., will be held on February 24,
    # 2022 at 11:00 a.m." (both read as history).
    R("a-conference-that-will-be-held-on-a-new-day-is-live",
      doc("The pre-trial conference, previously scheduled for February 22, 2022 at 10:00 a.m., will be held on "
          "February 24, 2022 at 11:00 a.m., in Courtroom 705."),
      "hearing 2022-02-24 11:00"),
    # A case site's header runs the court's place into the date: "... of Texas at DallasJun 10, 2019" is the order's
    # date, so "within THIRTY DAYS of the date of this order" is July 10 (it had no date).
    R("a-header-date-run-into-the-courts-place-is-the-entry",
      "Court of Appeals Fifth District of Texas at DallasJun 10, 2019\nNo. 05-19-00177-CR (Tex. App. Jun. 10, 2019)\n\n"
      "We ORDER the trial court to transmit a record of the proceedings to this Court within THIRTY DAYS of the date "
      "of this order.\n",
      "filing 2019-07-10"),
    # Texas 14th: "Motion Granted and Order filed June 7, 2012 In The Fourteenth Court of Appeals" is the order's date
    # (it read as a past filing).
    R("a-disposition-and-order-filed-heading-is-the-entry",
      "Motion Granted and Order filed June 7, 2012 In The Fourteenth Court of Appeals NO. 14-12-00145-CV IN RE CYPRESS "
      "TEXAS LLOYDS, Relator. The motion is GRANTED.\n",
      "entry 2012-06-07"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_thirteenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def _live(timeline: Timeline) -> list[tuple[str, str, str | None]]:
    return [(e.kind, str(e.date), e.time.strftime("%H:%M") if e.time else None)
            for e in timeline.events if not e.recital]


def test_each_hour_under_a_day_heading_is_a_sitting() -> None:
    # Kentucky's argument notice: "WEDNESDAY, JUNE 11, 2025 / 10 a.m. EDT / HODGE ... / 11 a.m. EDT / SHACKLES ...":
    # the 11 a.m. case sits that day too (it was not calendared).
    timeline = run("The Supreme Court of Kentucky will hear oral arguments in Frankfort.\n"
                   "WEDNESDAY, JUNE 11, 2025\n10 a.m. EDT\nDOUGLAS HODGE V. KENTUCKY PAROLE BOARD (2023-SC-0091-DG)\n"
                   "Criminal Law. Parole revocation.\nDiscretionary Review Granted: December 6, 2023\n"
                   "Trial Court(s): Kenton Circuit Court\n11 a.m. EDT\n"
                   "RAIANTEZ SHACKLES V. COMMONWEALTH OF KENTUCKY (2022-SC-0560-MR)\nSelf-Defense Instruction.\n")
    assert _live(timeline) == [("hearing", "2025-06-11", "10:00"), ("hearing", "2025-06-11", "11:00")], \
        _describe(timeline)


def test_a_session_lists_dates_with_their_place_and_hour_are_sittings() -> None:
    # Iowa's special sessions: "September 25, 2015 / University of Iowa College of Law / 10:30 a.m." - each date
    # with its hour two lines down is a sitting (the later ones read as the order's own date).
    timeline = run("Des Moines, September 8, 2015- The Iowa Supreme Court today announced its calendar.\n\n"
                   "The court's special sessions schedule:\n\nSeptember 25, 2015\n\nUniversity of Iowa College of Law\n\n"
                   "10:30 a.m.\n\nOctober 14, 2015\n\nNewton High School\n\n7:00 p.m.\n\nNovember 4, 2015\n\n"
                   "Harlan High School\n\n7:00 p.m.\n")
    assert _live(timeline) == [("entry", "2015-09-08", None), ("hearing", "2015-09-25", "10:30"),
                               ("hearing", "2015-10-14", "19:00"), ("hearing", "2015-11-04", "19:00")], \
        _describe(timeline)


def test_a_lone_date_and_hour_at_the_foot_stay_the_orders_date() -> None:
    # One date over one hour is no session list: an e-signature's "March 4, 2024 / 10:32 AM" stays the entry.
    timeline = run(doc("Plaintiff shall file a status report by April 1, 2024.", "IT IS SO ORDERED.\n\nMarch 4, 2024\n"
                       "\nUnited States District Court\n\n10:32 AM"))
    assert ("entry", "2024-03-04", None) in _live(timeline) and all(k != "hearing" for k, _, _ in _live(timeline)), \
        _describe(timeline)


def test_a_schedule_cell_between_deadline_labels_is_no_entry() -> None:
    # S.D. Fla.'s OCR'd schedule: the dates stand alone between their "Deadline ..." labels at the page's foot; they
    # read as the order's own date.
    timeline = run("Scheduling Order\nThis matter is set for trial during the two-week trial period beginning on "
                   "August 15, 2022.\n1. The parties must comply with the following schedule:\nDeadline for a party "
                   "claiming patent infringement to serve\nDisclosure of Asserted Claims and Infringement\nContentions "
                   "and make accompanying document\nproduction.\n\nMay 4, 2021\n\nMay 10, 2021 Deadline to join "
                   "additional parties or to amend pleadings.\n\nJune 1, 2021\n\nDeadline for a party opposing a claim "
                   "of patent\n")
    assert not [e for e in timeline.events if e.kind == "entry"], _describe(timeline)


def test_a_weekday_before_a_date_and_hour_is_no_press_dateline() -> None:
    # A tentative ruling's "Hearing Date / Time / Wed, 01/28/2026 - 09:30" is no dateline "Wed, <date> - The ...".
    timeline = run("Tentative Ruling: Conservatorship of David James Battles\n\nHearing Date / Time\n\n"
                   "Wed, 01/28/2026 - 09:30\n\nNature of Proceedings\n\nReview Investigator's Report\n")
    assert not [e for e in timeline.events if e.kind == "entry"], _describe(timeline)


def test_lettered_schedules_due_one_day_are_each_a_paper() -> None:
    # "Schedule A due 2/26/2010. Schedule B due 2/26/2010. ..." are different papers, not one stated twice.
    timeline = run("Chapter 11 Voluntary Petition. Receipt Number O, Fee Amount $1039 Filed by Diamond Decisions Inc "
                   "Schedule A due 2/26/2010. Schedule B due 2/26/2010. Schedule D due 2/26/2010. Exhibit A due 2/26/2010. (Lazarte, Val ) (Entered: "
                   "02/12/2010)")
    assert [e.date.isoformat() for e in timeline.events if e.kind == "filing" and e.date] == ["2010-02-26"] * 4, \
        _describe(timeline)


def test_a_petitions_disclosure_papers_are_filings() -> None:
    # A chapter 11 petition's "Disclosure of Compensation of Attorney for Debtor" and "Venue Disclosure Form" are
    # papers filed with the petition, not discovery disclosures (they read as other).
    timeline = run("Chapter 11 Voluntary Petition. Receipt Number O, Fee Amount $1039 Filed by Diamond Decisions Inc "
                   "Schedule A due 2/26/2010. Disclosure of Compensation of Attorney for Debtor due 2/26/2010. Venue "
                   "Disclosure Form due 2/26/2010. (Lazarte, Val ) (Entered: 02/12/2010)")
    kinds = [e.kind for e in timeline.events if e.date and e.date.isoformat() == "2010-02-26"]
    assert kinds == ["filing"] * 3, _describe(timeline)


def test_a_docket_texts_verbless_rows_are_settings() -> None:
    # E.D. Cal.'s scheduling docket text: "Initial Disclosures 3/7/2016." and "...: Opening Brief 6/10/2016; Response
    # 7/8/2016; Reply 7/22/2016;" are settings though no verb names a duty (they read as background, and the
    # response and reply as other).
    timeline = run("SCHEDULING ORDER, signed by Magistrate Judge Jennifer L. Thurston on 2/22/2016. Initial Disclosures "
                   "3/7/2016. Administrative Record Deadlines: Filing 5/13/2016; Objections 5/27/2016. Appeal from "
                   "Administrative Decision: Opening Brief 6/10/2016; Response 7/8/2016; Reply 7/22/2016; Hearing "
                   "8/30/2016. (Hall, S)")
    assert _live(timeline) == [("entry", "2016-02-22", None), ("other", "2016-03-07", None),
                               ("filing", "2016-05-13", None), ("filing", "2016-05-27", None),
                               ("filing", "2016-06-10", None), ("filing", "2016-07-08", None),
                               ("filing", "2016-07-22", None), ("hearing", "2016-08-30", None)], _describe(timeline)


def test_a_cited_order_or_a_place_before_a_date_is_no_row() -> None:
    # "See ECF Order 3/7/22;" cites an earlier order, and "ORDER At Wilmington this 27th day of June, 2008;" opens
    # the order: neither is a schedule's row.
    timeline = run("The Court so-ordered the parties' stipulation, which was filed on 3/15/22. See ECF Order 3/7/22; "
                   "ECF No. 44.\nPlaintiff shall file a reply by April 1, 2022.")
    assert ("other", "2022-03-07", None) not in _live(timeline), _describe(timeline)


def test_a_phrase_after_a_briefing_list_is_no_item() -> None:
    # N.D. Cal.: after "the Court sets the following briefing schedule: ...", "Pending the March 16, 2018, hearing,
    # Wells Fargo ... are temporarily restrained" is no paper of the list (it read as a filing "Pending the due").
    timeline = run(doc("Wells Fargo is ordered to show cause, on March 16, 2018, why a preliminary injunction should not "
                       "issue. With respect thereto, the Court sets the following briefing schedule: Wells Fargo shall "
                       "file, no later than 5:00 p.m., Wednesday, March 7, 2018, any opposition. Pending the March 16, "
                       "2018, hearing, Wells Fargo and its agents are temporarily restrained from foreclosing.",
                       "Signed by Judge Maxine M. Chesney on February 27, 2018."))
    assert [e.kind for e in timeline.events if e.date and e.date.isoformat() == "2018-03-16"] == ["hearing"], \
        _describe(timeline)


def test_an_ocr_letter_l_in_an_ecf_stamp_is_a_digit() -> None:
    # D. Utah's OCR'd stamp "Case 2:l2-cr-00l63-RJS-BCW Document 45 Filed 02/20/l3 Page l of l0" is cleaned to digits,
    # so the stamp is read as a stamp and leaves the sentence it interrupts (its "Filed 02/20/l3" read as a recital).
    from viewer.core.clean import clean

    assert clean("Case 2:l2-cr-00l63-RJS-BCW Document 45 Filed 02/20/l3 Page l of l0").text == ""
    assert clean("the Called 1O/2O/2024 Page l of").text == "the Called 10/20/2024 Page l of"


def test_responses_to_papers_cited_apart_are_two_duties() -> None:
    # M.D.N.C.: a response to the motion at [Doc. #335] and a response to the motions at [Doc. #324, #330], both due
    # May 30, are two duties (they merged into one).
    timeline = run("ORDER signed by JUDGE JAMES A. BEATY, JR on 5/17/2013; FURTHER that to the extent that Plaintiffs seek an "
                   "extension of time within which to file a Response to the Duke Defendants' Joint Motion [Doc. #335 ], "
                   "that request is GRANTED, and Plaintiffs shall file any such Response on or before May 30, 2013. "
                   "ORDERED that to the extent that Plaintiffs intend to file any substantive Response to Defendant "
                   "Wilson's pending Motions to Dismiss [Doc. #324 , #330 ], Plaintiffs shall file any such Response on "
                   "or before May 30, 2013. (Sheets, Jamie)")
    assert [e.kind for e in timeline.events if e.date and e.date.isoformat() == "2013-05-30"] == ["filing", "filing"], \
        _describe(timeline)


def test_the_following_documents_listed_by_number_are_each_a_duty() -> None:
    # E.D. Cal.: "No later than five court days before the trial commencement date, the following documents shall be
    # filed:" over "(1) proposed jury instructions ... (2) proposed voir dire questions ... (3) trial briefs" is three
    # duties (it was one, "A., , the following documents due").
    timeline = run(doc("Trial in the above-captioned case is scheduled to commence at 9:00 a.m. on January 9, 2018.\n"
                       "A. No later than five court days before the trial commencement date, the following documents "
                       "shall be filed:\n(1) proposed jury instructions and a proposed verdict form\n(2) proposed voir "
                       "dire questions to be asked by the Court;\n(3) trial briefs;\nB. The government's exhibits shall "
                       "be numbered with stickers.", "Dated: December 4, 2017"))
    titles = [e.title for e in timeline.events if e.kind == "filing" and e.date and e.date.isoformat() == "2018-01-02"]
    assert titles == ["Proposed jury instructions and a proposed verdict form due", "Proposed voir dire questions due",
                      "Trial briefs due"], _describe(timeline)


def test_a_period_whose_unit_breaks_across_a_line_and_its_lettered_papers() -> None:
    # D. Utah's trial order: "no later than two (2) business\ndays before the final pretrial conference:" (the unit
    # broken by the line) over "a. Proposed Jury Instructions ... / b. Proposed Verdict Form / ... / d. Objections to
    # ... to\nexhibits that will be used ... / e. All briefing ..." is one duty per lettered paper (there was none).
    timeline = run(doc("The final pretrial conference in this matter is scheduled for 4/15/2013 at\n10:00 A.M.\n"
                       "2. Pretrial Submissions.\nThe following documents must be submitted to the court no later than "
                       "two (2) business\ndays before the final pretrial conference:\na. Proposed Jury Instructions, both "
                       "Preliminary and General\nb. Proposed Verdict Form\nd. Objections to the authenticity of any "
                       "exhibits and any additional objections to\nexhibits that will be used in opening statements\ne. All "
                       "briefing for motions in limine\nThe court will discuss these requirements more fully below.",
                       "Dated: February 20, 2013"))
    titles = [e.title for e in timeline.events if e.kind == "filing" and e.date and e.date.isoformat() == "2013-04-11"]
    assert titles == ["Proposed Jury Instructions due", "Proposed Verdict Form due",
                      "Objections to the authenticity of any exhibits due", "All briefing for motions in limine due"], \
        _describe(timeline)
