"""A twelfth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 13.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_FED_CIR = ("ON MOTION ORDER The United States moves for a 26-day extension of time, until June 1, 2011, to file its "
            "reply brief. Upon consideration thereof, IT IS ORDERED THAT: The motion is granted.\n")

ROWS = [
    # The Federal Circuit's OCR'd clerk orders: the clerk's stamp writes the month in three capitals and no comma,
    # and OCR garbles it. "FOR THE COURT MAY 182011 lsI Jan Horbaly" runs the day into the year; the order had no
    # entry at all.
    R("a-clerks-stamp-with-the-day-run-into-the-year-is-the-entry",
      _FED_CIR + "FOR THE COURT MAY 182011 lsI Jan Horbaly Date Jan Horbaly Clerk\n",
      "entry 2011-05-18"),
    # "HAY 1 5 2012" over "JAN HOBBALY / CLERK" is the filed stamp's MAY 15, 2012 (the M misread, the day split).
    R("a-stamp-whose-m-ocr-misread-is-the-entry",
      _FED_CIR + "cc: William F. Lee, Esq.\n321\n\nHAY 1 5 2012\nJAN HOBBALY\n\nCLERK\n",
      "entry 2012-05-15"),
    # "llAY 03 2010" over the signature line's "Date" is the order's date.
    R("a-stamp-whose-m-reads-as-two-ls-is-the-entry",
      _FED_CIR + "(2) The motion for leave to file a brief of up to 28,000 words is denied\nllAY 03 2010\nDate\n",
      "entry 2010-05-03"),
    # "FEB~09 2011": the space after the month read as a tilde.
    R("a-stamp-with-a-tilde-for-its-space-is-the-entry",
      _FED_CIR + "U.8. COURT OF APPEALS FOR\nTHE FEDERAL CIRCUIT\nFEB~09 2011\nJAN HORBALY\n",
      "entry 2011-02-09"),
    # ... and a plain stamp, "APR 27 2012" with no clerk's name after it, is the entry too (it read as background).
    R("a-bare-capitals-stamp-is-the-entry",
      _FED_CIR.strip() + " FoR THE CoURT APR 2 7 mm rsr Jan H0rba1y Date J an H0rba1y ccc Evelyn M. Suarez, Esq. C1erk "
      "321 Fn.En U.S. COUHT 0F APPEAl.S FUH THE FEDERAL ClFIGUlT APR 2 7 2012 JAN HOBBALY `` CLFBK\n",
      "entry 2012-04-27"),
    # A period from the day this opinion becomes final runs from a day no paper states: undated, not 30 days from
    # the opinion's date (Fla. 1st DCA: "action shall be taken within 30 days of this opinion becoming final").
    R("thirty-days-of-this-opinion-becoming-final-is-undated",
      doc("PETITION GRANTED. In either event, action shall be taken within 30 days of this opinion becoming final.",
          "April 26, 2002."),
      "absent 2002-05-28"),
    # What a party reports an earlier order required is history: "the State advised this Court that on April 25,
    # 2006, the circuit court ordered it to respond ... within thirty days" (it was counted from this order).
    R("a-reported-earlier-order-is-history",
      doc("In response to our order to show cause, the State advised this Court that on April 25, 2006, the circuit "
          "court ordered it to respond to Johnson's rule 3.850 motion within thirty days. The State urged that the "
          "petition was moot.", "October 6, 2006."),
      "absent 2006-11-06"),
    # A rule named with its source, then "which provides": "Rule 4-3 of the Uniform Rules of Louisiana Courts of
    # Appeal, which provides in part that the return date shall not exceed thirty days from the date of the ruling".
    R("a-rule-of-named-rules-which-provides-is-the-law",
      doc("Thus, the relator's notice of intent filed on November 8, 2021 was untimely pursuant to Rule 4-3 of the Uniform Rules of Louisiana "
          "Courts of Appeal, which provides in part that the return date shall not exceed thirty days from the date "
          "of the ruling at issue.", "JUNE 21, 2022"),
      "absent 2021-12-08"),
    # "some thirteen months after the motion was filed" measures a past wait, it sets nothing.
    R("some-thirteen-months-after-is-a-measure",
      doc("The State now advises that the evidentiary hearing was to be held on September 9, 2006, some thirteen "
          "months after the initial postconviction motion was filed.", "October 6, 2006."),
      "none"),
    # E.D. Cal.: a "Confidential Settlement Conference Statement" mailed to the judge is not filed (labelling rule 4)
    # and no sitting either (it read as a filing, then as a hearing).
    R("a-confidential-settlement-conference-statement-mailed-is-other",
      doc("Plaintiff shall mail his confidential settlement statement, clearly captioned \u201cConfidential Settlement "
          "Conference Statement,\u201d Attn: Magistrate Judge Erica P. Grosjean, so that it arrives no later than "
          "January 27, 2022."),
      "other 2022-01-27"),
    # ... while "The settlement conference statements shall be received in the Clerk's Office" are lodged there.
    R("settlement-conference-statements-received-by-the-clerk-are-filed",
      doc("The settlement conference statements shall be received in the Clerk's Office, Room 301, not later than "
          "4:00 P.M. on Wednesday, January 2, 2019."),
      "filing 2019-01-02 16:00"),
    # Docket Alarm's OCR text opens every line with a backtick: "`Deadline to add additional parties (\u00b6 2)" over
    # "`December 4, 2012" is a schedule's row (the dates read as background with the marks left in).
    R("a-backtick-opening-each-line-is-no-part-of-the-words",
      doc("`SUMMARY OF CRITICAL DATES\n`\n`Deadline to file motions to dismiss (\u00b6 3)\n`\n`December 28, 2012\n`\n"
          "`Deadline to exchange privilege logs (\u00b6 4)\n`\n`January 4, 2013\n`\n", "`Dated: October 3, 2012"),
      "filing 2012-12-28"),
    # D. Minn.: "shall email to chambers at least one week before the pretrial conference a confidential settlement
    # letter": the period's anchor is the conference; the letter after it is the paper (the anchor swallowed it, and
    # the duty read as other). (Its kind is "other" since session 19: a confidential settlement letter to chambers is
    # not filed, LABELLING.md rule 4; heldout69's gold says "filing". The row now checks the date.)
    R("an-article-after-the-sitting-ends-the-anchor",
      doc("A pretrial conference will be held on October 2, 2025 at 2:00 p.m. In addition, counsel for each party shall "
          "email to chambers at least one week before the pretrial conference a confidential settlement letter "
          "addressing the status of settlement discussions."),
      "other 2025-09-25"),
    # "Settlement Letters due 6/16/2017" in a docket's run of deadlines is a paper.
    R("settlement-letters-due-are-papers",
      doc("SCHEDULING ORDER: Amendments to Pleadings due 7/12/2025. Settlement Letters due 8/15/2025. Signed by "
          "Magistrate Judge X on 3/5/2025."),
      "filing 2025-08-15"),
    # Justia's "Court Description: MEMORANDUM OPINION AND ORDER signed by the Honorable Matthew F. Kennelly on
    # 9/12/2018" dates the order; the site's label before the docket title does not make it another paper.
    R("a-docket-sites-label-before-the-title-keeps-the-entry",
      "Court Description: MEMORANDUM OPINION AND ORDER signed by the Honorable Matthew F. Kennelly on 9/12/2018: The "
      "disputed claim terms are construed. Status hearing set for 9/17/2018 at 9:30 AM.\n",
      "entry 2018-09-12"),
    # "Federal Rule of Civil Procedure 4(m), which provides: If a defendant is not served within 120 days after the
    # complaint is filed" quotes the law (it was counted from the complaint's filing as a service deadline).
    R("a-rule-of-civil-procedure-which-provides-is-the-law",
      doc("The complaint was filed on June 1, 2024. The time for service of the summons and complaint is established "
          "under Federal Rule of Civil Procedure 4(m), which provides: If a defendant is not served within 90 days "
          "after the complaint is filed, the court must dismiss the action. Plaintiff shall show cause by March 28, "
          "2025."),
      "absent 2024-08-30"),
    # Louisiana Supreme Court: "must file their briefs on or before July 3, 2023; and the respondent on or before July
    # 24, 2023": the second clause leaves out its verb; it is a brief too (it read as other).
    R("a-clause-that-leaves-out-its-verb-takes-the-first-ones",
      doc("Section 8 of Rule VII of the Rules of this Court provides that the applicant must file their briefs on or "
          "before July 3, 2025; and the respondent on or before July 24, 2025."),
      "filing 2025-07-24"),
    # Hawaii: "Any party may, within ten days and pursuant to Rule 34(c) ..., move for retention of oral argument" is
    # a motion to file (it read as other).
    R("move-for-retention-of-oral-argument-is-a-filing",
      doc("Any party may, within ten days and pursuant to Rule 34(c) of the Hawaii Rules of Appellate Procedure, move "
          "for retention of oral argument."),
      "filing 2025-03-17"),
    # S.D.N.Y.: "the parties are directed to advise the Court within 30 days when they wish to schedule the settlement
    # conference" is a paper to the court (it read as other) ...
    R("advise-the-court-within-days-is-a-filing",
      doc("Accordingly, the parties are directed to advise the Court within 30 days when they wish to schedule the "
          "settlement conference."),
      "filing 2025-04-04"),
    # ... and so is "shall notify the Court whether they believe ... that a settlement conference is appropriate".
    R("notify-the-court-whether-is-a-filing",
      doc("By April 10, 2025, the parties SHALL notify the Court whether they believe, in good faith, that a settlement "
          "conference is appropriate."),
      "filing 2025-04-10"),
    # ... but passing on a fact is not: "advise the court of the anticipated length of trial".
    R("advise-the-court-of-a-fact-stays-other",
      doc("Counsel for the United States shall confer with defense counsel and, no later than April 16, 2025, advise the "
          "court of the anticipated length of trial."),
      "other 2025-04-16"),
    # 9th Cir.: "This appeal shall be calendared during the week of December 6, 2010" sets the argument (it read as
    # other).
    R("an-appeal-calendared-for-a-week-is-a-sitting",
      doc("This appeal shall be calendared during the week of June 2, 2025, at The James R. Browning Courthouse in San "
          "Francisco, California."),
      "hearing 2025-06-02"),
    # Virginia: "VIRGINIA: In the Supreme Court of Virginia held at the Supreme Court Building in the City of Richmond
    # on Monday the 1st day of November, 2021." is the day the court made the order (it read as background).
    R("virginias-court-held-line-after-the-state-name-is-the-entry",
      "VIRGINIA: In the Supreme Court of Virginia held at the Supreme Court Building in the City of Richmond on Monday "
      "the 1st day of November, 2021.\nOn review of the rules, it is ordered that the amendments take effect January 1, "
      "2022.\n",
      "entry 2021-11-01"),
    # New Hampshire: the date line over the clerk's attestation dates the order, even with appendices after it.
    R("a-date-line-over-the-clerks-attestation-is-the-entry",
      "ORDER\n" + "The court has considered the comments received on the proposed amendments to its rules. " * 6
      + "The amendments set forth in Appendix C shall take effect on January 1, 2004.\n\nDecember 30, 2003\n\n"
      "ATTEST: ___________________________\n Eileen Fox, Clerk\n\nAPPENDIX A\n" + "Amend Supreme Court Rule 13 as "
      "follows: the text of the rule is replaced. " * 12 + "\n",
      "entry 2003-12-30"),
    # D. Colo.'s minute order closes ", by Magistrate Judge Craig B. Shaffer on 5/21/13": the signature (it read as
    # background).
    R("a-minute-orders-comma-by-judge-on-is-the-entry",
      "MINUTE ORDER setting a Scheduling Conference on 7/2/2013 at 8:30 AM in Courtroom A 402 before Magistrate Judge "
      "Craig B. Shaffer, by Magistrate Judge Craig B. Shaffer on 5/21/13. (cbslc2)\n",
      "entry 2013-05-21"),
    # Florida's clerk: "set the above case for oral argument at 9 a.m. MONDAY, NOVEMBER 4, 1996." (the sentence was cut
    # after "a.m." and the day read as the order's own date).
    R("an-hour-then-a-day-in-capitals-is-one-setting",
      doc("The Court has accepted jurisdiction and set the above case for oral argument at 9 a.m. MONDAY, NOVEMBER 4, "
          "2025.\n\nPlease send to the Court a copy of the briefs."),
      "hearing 2025-11-04 09:00"),
    # D.D.C.: "it 1 is this 11th day of January, 2012, ORDERED": a pleading line's number inside "it is this" (the date
    # read as a filing due).
    R("it-is-this-day-with-a-line-number-inside-is-the-entry",
      "Accordingly, to give the plaintiff an opportunity to respond to the defendant's motion, it 1 is this 11th day of "
      "January, 2012, ORDERED that the plaintiff may file an opposition on or before February 21, 2012.\n",
      "entry 2012-01-11"),
    # E.D. Ark.: "The Receiver's appointment must now be, and is, extended to 3 July 2013" is when the appointment ends
    # (it read as other).
    R("an-appointment-extended-to-a-day-is-an-expiry",
      doc("The Receiver's appointment must now be, and is, extended to 3 July 2025."),
      "expiry 2025-07-03"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twelfth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_brief_restated_on_or_before_that_date_is_one_event() -> None:
    # N.Y. App. Div. 2d Dept: "the respondent's time to serve and file a brief is enlarged until October 21, 2025, and
    # the respondent's brief must be served and filed on or before that date" names one brief twice (two filings were
    # shown).
    timeline = run(doc("ORDERED that the application is granted and the respondent's time to serve and file a brief "
                       "is enlarged until October 21, 2025, and the respondent's brief must be served and filed on or "
                       "before that date."))
    filings = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert [str(e.date) for e in filings] == ["2025-10-21"], _describe(timeline)


def test_the_record_and_brief_on_or_before_that_date_are_other_papers() -> None:
    # ... while "the appellant's time to perfect the appeal is enlarged until August 5, 2025, and the record or
    # appendix and the appellant's brief must be served and filed on or before that date" sets papers the first
    # clause did not name: two events that day (LABELLING.md rule 8).
    timeline = run(doc("ORDERED that the motion is granted, the appellant's time to perfect the appeal is enlarged "
                       "until August 5, 2025, and the record or appendix and the appellant's brief must be served and "
                       "filed on or before that date."))
    filings = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert len(filings) >= 2 and {str(e.date) for e in filings} == {"2025-08-05"}, _describe(timeline)


def test_two_parties_statements_due_one_day_are_two_events() -> None:
    # E.D. Cal.: "Defendants shall provide a confidential settlement statement no later than January 27, 2025" and
    # "Plaintiff shall mail his confidential settlement statement ... so that it arrives no later than January 27,
    # 2025" are each party's paper (one event was shown).
    timeline = run(doc("Defendants shall provide a confidential settlement statement no later than March 27, 2025, to "
                       "the following email address: orders@example.gov. Plaintiff shall mail his confidential "
                       "settlement statement, Attn: Magistrate Judge Erica P. Grosjean, so that it arrives no later "
                       "than March 27, 2025."))
    on_day = [e for e in timeline.events if str(e.date) == "2025-03-27" and not e.recital]
    assert len(on_day) == 2, _describe(timeline)


def test_perfecting_the_appeal_is_filing_its_record() -> None:
    # N.Y. App. Div. 3d Dept: "the time to perfect the appeal is extended to June 10, 2013 ... unless appellants shall
    # file and serve a record on appeal and brief on or before June 10, 2013": perfecting is filing the record, so
    # two events (the appeal perfected, the brief), titled by what they are (the first was titled by the whole clause).
    timeline = run(doc("Upon the papers filed in support of the motion, it is ORDERED that the motion is granted and the "
                       "time to perfect the appeal is extended to June 10, 2025, and it is further ORDERED that the "
                       "appeal is dismissed unless appellants shall file and serve a record on appeal and brief on or "
                       "before June 10, 2025."))
    titles = sorted(e.title for e in timeline.events if e.kind == "filing" and not e.recital)
    assert titles == ["Appeal to be perfected", "Brief due"], _describe(timeline)


def _entries(timeline: object) -> list[str]:
    return [str(e.date) for e in timeline.events if e.kind == "entry"]  # type: ignore[attr-defined]


def test_a_flattened_caption_box_date_and_time_is_a_sitting() -> None:
    # E.D. Cal.'s caption boxes, flattened into one line: "Dept.: 4 (LJO) Date: August 4, 2009 Time: 8:15 a.m." is a
    # sitting's setting, not the order's date (it read as a second entry).
    timeline = run("POST-REMAND SCHEDULING ORDER, Signed by District Judge Lawrence J. O'Neill on 4/21/2009. Pretrial "
                   "Conference set for: 8/4/2009 at 8:15 AM in Ctrm. 4. 1 2 3 Pretrial Conf.: The Court SETS the "
                   "following schedule. Date: August 4, 2009 Time: 8:15 a.m. Dept.: 4 (LJO) vs. STATE OF CALIFORNIA, "
                   "Defendant.\n")
    assert _entries(timeline) == ["2009-04-21"], _describe(timeline)


def test_a_title_naming_a_deadline_by_a_date_is_no_entry() -> None:
    # N.D. Cal.: a title "CORRECTED ORDER DIRECTING DEFENDANT TO CONSENT OR DECLINE TO A MAGISTRATE BY APRIL 16" names
    # a deadline, not the order's date (it read as the entry).
    timeline = run("United States District Court Northern District of California\nCORRECTED ORDER DIRECTING DEFENDANT TO "
                   "CONSENT OR DECLINE TO A MAGISTRATE BY APRIL 16\nThe Court hereby orders Defendant to file one of "
                   "the attached forms by April 16, 2013.\nDated: April 12, 2013\n")
    assert _entries(timeline) == ["2013-04-12"], _describe(timeline)


def test_a_record_on_appeal_and_brief_are_two_papers() -> None:
    # N.Y. App. Div. 3d Dept: "unless appellant shall file and serve a record on appeal and brief on or before July 8,
    # 2013" sets two papers (one event was shown).
    timeline = run(doc("ORDERED that the appeal is dismissed, without costs, unless appellant shall file and serve a "
                       "record on appeal and brief on or before July 8, 2025, in which event the motion to dismiss is "
                       "denied."))
    titles = sorted(e.title for e in timeline.events if e.kind == "filing" and not e.recital)
    assert titles == ["Brief due", "Record on appeal due"], _describe(timeline)


_SCHEDULING = ("Appeal by Barrett Robinson from an order of the Supreme Court, Suffolk County (IDV Part), dated February "
               "1, 2025. Pursuant to \u00a7 670.3(b) of the rules of this Court, it is\nORDERED that the appeal in the "
               "above-entitled proceedings shall be perfected within 60 days after the receipt by the appellant of the "
               "transcripts of the minutes of the proceedings in the Supreme Court, and the appellant shall notify this "
               "Court by letter of the date the transcripts are received, or, if there are no minutes of proceedings to "
               "be transcribed, within 60 days of the date of this scheduling order; and it is further, ORDERED that "
               "within 30 days after the date of this scheduling order, the appellant shall file in the office of the "
               "Clerk of this Court one of the following:\n")


def test_a_family_court_scheduling_orders_deadlines() -> None:
    # N.Y. App. Div. 2d Dept's scheduling order: the order appealed from, "an order of the Supreme Court, Suffolk County
    # (IDV Part), dated February 1, 2025", is another order (it was the entry, and the periods counted from it); "or,
    # if there are no minutes ..., within 60 days" is the appeal's other deadline (it read as notifying the court);
    # "shall file in the office of the Clerk of this Court one of the following" is titled as a filing.
    timeline = run(doc(_SCHEDULING))
    live = [(e.kind, str(e.date), e.title) for e in timeline.events if not e.recital and e.date]
    assert ("entry", "2025-02-01") not in [(k, d) for k, d, _ in live], _describe(timeline)
    assert {("filing", "2025-04-04"), ("filing", "2025-05-05")} <= {(k, d) for k, d, _ in live}, _describe(timeline)


def test_filing_one_of_the_following_in_the_clerks_office_is_titled_a_filing() -> None:
    # "the assigned counsel shall file in the office of the Clerk of this Court one of the following:" was titled "In the
    # office of the Clerk of this Court one of the following: due (counsel)".
    timeline = run(doc("ORDERED that within 30 days after the date of this scheduling order, the assigned counsel shall "
                       "file in the office of the Clerk of this Court one of the following:\n(1) an affidavit stating "
                       "that the appellant wishes to proceed."))
    titles = [e.title for e in timeline.events if e.kind == "filing"]
    assert titles == ["Filing due (counsel)"], _describe(timeline)


def test_a_sitting_named_before_its_date_titles_it_not_one_joined_after() -> None:
    # M.D. Ga.: "scheduled for a pretrial conference on Wednesday, January 10, 2024, at 3:00 p.m. and for trial during
    # the February 2024 term" is the pretrial conference (titled "And for trial"), and "the pretrial conference
    # scheduled for January 10, 2024" later restates it: one event.
    timeline = run(doc("Previously, the Court provided the Parties with notice that this case is scheduled for a pretrial "
                       "conference on Wednesday, June 11, 2025, at 3:00 p.m. and for trial during the July 2025 term. "
                       "Nor does it remove the pretrial conference scheduled for June 11, 2025 from the Court's "
                       "calendar."))
    sittings = [(str(e.date), e.title) for e in timeline.events if e.kind == "hearing" and e.date]
    assert sittings == [("2025-06-11", "Pretrial conference")], _describe(timeline)


def test_an_argument_dockets_day_heading_is_the_sitting() -> None:
    # West Virginia's argument docket: the heading "Wednesday, October 18, 2017" over "Rule 20 argument - 10:00 a.m." is
    # the day the court sits, at that hour (it read as the order's own date).
    timeline = run("Supreme Court of Appeals Argument Docket\n\nWednesday, October 18, 2017\n\n\nRule 20 argument - "
                   "10:00 a.m.\n\n\nWV Lottery, et al. v. A-1 Amusement, et al., No. 16-1047 - Petitioners appeal the "
                   "order of the Circuit Court of Kanawha County, entered on October 7, 2016.\n")
    live = [(e.kind, str(e.date), e.time.strftime("%H:%M") if e.time else None, e.title)
            for e in timeline.events if not e.recital]
    assert live == [("hearing", "2017-10-18", "10:00", "Rule 20 argument")], _describe(timeline)
