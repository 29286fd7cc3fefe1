"""An eleventh batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 12.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_GOSSETT_HEAD = ("ORDER The plaintiff has filed this action, pro se, seeking relief pursuant to 42 U.S.C. § 1983. The "
                 "defendants filed a motion for summary judgment on May 19, 2025. As the plaintiff is proceeding pro se, "
                 "the court entered an order advising the plaintiff of the importance of a motion for summary judgment "
                 "and of the need for him to file an adequate response. The plaintiff was specifically advised that if "
                 "he failed to respond adequately, the defendants' motion may be granted, thereby ending his case. "
                 "Notwithstanding the specific warning and instructions, the plaintiff has failed to respond. ")

ROWS = [
    # Florida's foot with the county and no "at": "Done and ordered in chambers, Sarasota County, Florida this 17th
    # day of May, 2025." dates the order (it read as background, and the order had no entry).
    R("done-and-ordered-in-chambers-county-without-at-is-the-entry",
      "ADMINISTRATIVE ORDER\nThe clerk shall post this order by June 2, 2025.\nDone and ordered in chambers, "
      "Sarasota County, Florida this 17th day of May, 2025.\n",
      "entry 2025-05-17"),
    # E.D. Cal.'s docket text runs the judge's name into "signed" with no space: "referred to Judge Ishii,signed by
    # Magistrate Judge Michael J. Seng on 03/27/2025" still dates the text (it read as background).
    R("signed-after-a-comma-with-no-space-is-the-entry",
      "FINDINGS and RECOMMENDATIONS recommending that the petition be granted; referred to Judge Ishii,signed by "
      "Magistrate Judge Michael J. Seng on 03/27/2025. Objections to F&R due by 4/14/2025 (Martin-Gill, S)\n",
      "entry 2025-03-27"),
    # E.D. Cal. titles an order by its period: "...; Thirty-Day Deadline signed by ... on 2/28/2025" is an answer due
    # thirty days after the order (it was not calendared at all).
    R("a-titles-thirty-day-deadline-counts-from-the-order",
      "ORDER to SHOW CAUSE Why Action should not be Dismissed for Failure to Prosecute and Failure to Follow Court "
      "Order; Thirty-Day Deadline signed by Magistrate Judge Dennis L. Beck on 2/28/2025. (Sant Agata, S)\n",
      "filing 2025-03-31"),
    # ... but "the 90 day deadline for electronic access" inside a sentence is the rule's own period, not this
    # order's: nothing is counted from the order.
    R("a-sentences-ninety-day-deadline-is-not-a-title",
      doc("Transcript may only be viewed at the court public terminal prior to the 90 day deadline for electronic "
          "access."),
      "absent 2025-06-03"),
    # S.D.N.Y.: "Plaintiff email a copy of this Order to Defendant David Felberbaum by September 13, 2025" delivers
    # the order to the other side: service (it read as "other").
    R("emailing-a-copy-of-this-order-to-the-defendant-is-service",
      doc("IT IS FURTHER ORDERED that Plaintiff email a copy of this Order to Defendant David Felberbaum by "
          "March 13, 2025."),
      "service 2025-03-13"),
    # N.D. Fla.: "he shall sign the form and send it to Defendant's counsel" within 15 days: service, not a filing.
    R("sending-the-signed-form-to-defendants-counsel-is-service",
      doc("If Plaintiff wishes to consent, w/n 15 days from date of this order, he shall sign the form and send it to "
          "Defendant's counsel."),
      "service 2025-03-20"),
    # S.D. Ohio's docket deadlines "Plaintiff Primary Expert due by" and "Non-Expert (Fact) due by" are Rule 26
    # disclosures, exchanged and not filed (they read as filings).
    R("primary-expert-due-is-a-disclosure",
      "PRELIMINARY PRETRIAL ORDER: Amended Pleadings due by 11/3/2025. Plaintiff Primary Expert due by 10/15/2025. "
      "Rebuttal Expert due by 2/27/2026. Signed by Judge Michael R. Barrett on 9/4/25. (mr1, )\n",
      "other 2025-10-15"),
    R("non-expert-fact-due-is-a-disclosure",
      "PRELIMINARY PRETRIAL ORDER: Amended Pleadings due by 11/3/2025. Non-Expert (Fact) due by 10/1/2025. "
      "Signed by Judge Michael R. Barrett on 9/4/25. (mr1, )\n",
      "other 2025-10-01"),
    # E.D. Pa.'s capitals run the judge's name into "SIGNED" after a full stop: "BEFORE HONORABLE R. BARCLAY
    # SURRICK.SIGNED BY JUDGE R. BARCLAY SURRICK ON 9/27/25." dates the text (it read as background).
    R("signed-after-a-full-stop-with-no-space-is-the-entry",
      "SCHEDULING ORDER THAT A SETTLEMENT CONFERENCE IS SET FOR 10/13/2025 AT 1:00 PM IN COURTROOM 8-A BEFORE HONORABLE "
      "R. BARCLAY SURRICK.SIGNED BY JUDGE R. BARCLAY SURRICK ON 9/27/25. 9/29/25 ENTERED AND COPIES E-MAILED. (jpd)\n",
      "entry 2025-09-27"),
    # A Texas court of appeals' head "Abatement Order filed November 6, 2025" joined with the caption on one line
    # ("... 2025 In The Fourteenth Court of Appeals ...") still dates the order (it read as a paper filed).
    R("a-title-filed-line-run-into-the-caption-is-the-entry",
      "Abatement Order filed November 6, 2025 In The Fourteenth Court of Appeals NO. 14-25-00938-CV JAMES HUDGENS, "
      "Appellant V. UNIVERSITY OF TEXAS, Appellee ABATEMENT ORDER A supplemental clerk's record shall be filed in this "
      "court by December 6, 2025.\n",
      "entry 2025-11-06"),
    # D.S.C.'s foot joined on one line: "IT IS SO ORDERED. July 2, 2025 Paige J. Gossett Columbia, South Carolina" is the
    # order's date (it read as background, and the fourteen days had nothing to count from).
    R("a-date-right-after-so-ordered-at-the-foot-is-the-entry",
      _GOSSETT_HEAD + "Based on the foregoing, it is ORDERED that the plaintiff "
      "shall file a response to the defendants' motion within fourteen (14) days from the date of this order. IT IS "
      "SO ORDERED. July 2, 2025 Paige J. Gossett Columbia, South Carolina UNITED STATES MAGISTRATE JUDGE\n",
      "entry 2025-07-02"),
    R("the-period-counts-from-the-date-after-so-ordered",
      _GOSSETT_HEAD + "Based on the foregoing, it is ORDERED that the plaintiff "
      "shall file a response to the defendants' motion within fourteen (14) days from the date of this order. IT IS "
      "SO ORDERED. July 2, 2025 Paige J. Gossett Columbia, South Carolina UNITED STATES MAGISTRATE JUDGE\n",
      "filing 2025-07-16"),
    # D.D.C.: "Plaintiffs designation of experts ... shall be made no later than October 3, 2025" is a Rule 26(a)(2)
    # disclosure, exchanged and not filed (it read as a filing).
    R("designation-of-experts-is-a-disclosure",
      doc("Plaintiffs designation of experts pursuant to Fed. R. Civ. P. 26(a)(2) shall be made no later than "
          "October 3, 2025."),
      "other 2025-10-03"),
    # D. Ariz.: "Plaintiff must complete and return the service packet to the Clerk of Court within 21 days" is a paper
    # returned to the clerk, as the held-out golds label it (it read as service).
    R("returning-the-service-packet-to-the-clerk-is-a-filing",
      doc("Plaintiff must complete and return the service packet to the Clerk of Court within 21 days of the date of "
          "filing of this Order."),
      "filing 2025-03-26"),
    # South Carolina's foot: "Columbia, South Carolina / July 30, 2025" under the signatures dates the order even with
    # footnotes after it (the date then sat short of the last fifth of the text and read as background).
    R("a-date-under-the-place-line-before-footnotes-is-the-entry",
      "The Supreme Court of South Carolina\n\nRE: Operation of the Trial Courts\n\nThe order regarding the operation "
      "of the trial courts during the emergency is scheduled to expire soon. As indicated in that order, this Court is "
      "working on a complete revision of this order. Since additional time is needed to finalize this revision, the "
      "order shall now expire on August 31, 2025.1 As required by Rule 611 of the South Carolina Appellate Court Rules, "
      "a copy of this order shall be provided to the Chairs of the House and Senate Judiciary Committees.\n\ns/Donald W. Beatty C.J.\n\ns/John W. Kittredge J.\n\nColumbia, South Carolina\n"
      "July 30, 2025\n\n\n1 A copy of this order is available at the Judicial Branch website.\n\n2 The amendment added "
      "a new footnote, and this footnote included estimates by the Institute for Health Metrics and Evaluation "
      "regarding future infections in South Carolina. Unfortunately, it appears these estimates may have been overly "
      "optimistic, and may not have adequately considered the impact of the delta variant of the virus, which has "
      "spread across the State since the amendment was made.\n",
      "entry 2025-07-30"),
    # "the expiration date of the order, as last amended on June 15, 2025, is hereby extended until August 31, 2025":
    # the order's new expiry (it read as "other"); the amendment's date is history.
    R("an-extended-expiration-date-is-an-expiry",
      doc("Since additional time is needed, the expiration date of the order, as last amended on June 15, 2025, is "
          "hereby extended until August 31, 2025."),
      "expiry 2025-08-31"),
    # Texas: "Appellees filed unopposed second motions for extension of time to file their briefs until November 30,
    # 2025" is what they asked; "Appellees' briefs are due on November 30, 2025" is the duty (two filings were shown).
    R("a-motion-filed-for-time-until-is-what-was-asked",
      doc("Before the due date, Appellees filed unopposed second motions for extension of time to file their briefs "
          "until November 30, 2025, for a total extension of sixty-two days. Appellees' motions are GRANTED. "
          "Appellees' briefs are due on November 30, 2025.") ,
      "filing 2025-11-30 once"),
    # Alaska: "The chief justice has suspended all superior court and district court proceedings through April 3, 2025,
    # except the following priority hearings" bounds when sittings fall; no hearing is set that day (it read as one).
    R("proceedings-suspended-through-a-date-is-no-sitting",
      doc("The chief justice has suspended all superior court and district court proceedings through April 3, 2025, "
          "except the following priority hearings: arraignments and bail hearings."),
      "other 2025-04-03"),
    # Louisiana: "No civil or criminal jury trial shall commence in any Louisiana state court before June 30, 2025": the
    # earliest day a trial may start (labelling rule 1), not a trial that day.
    R("no-jury-trial-shall-commence-before-is-a-bound",
      doc("Jury Trials: No civil or criminal jury trial shall commence in any Louisiana state court before June 30, 2025."),
      "other 2025-06-30"),
    # Vermont: "The emergency will go into effect immediately and will extend until September 1, 2025": the emergency
    # ends that day (it read as "other").
    R("an-emergency-that-will-extend-until-ends-then",
      doc("The emergency will go into effect immediately and will extend until September 1, 2025, unless extended by "
          "order of this Court."),
      "expiry 2025-09-01"),
    # D. Me.'s ECF header puts a space before each judge's initials and the PageID number before "Filed": "Case
    # 1:11-cv-00117-GZS -DBH -BMS Document 34 #: 198 Filed 06/22/25" dates an order whose signature page is gone.
    R("an-ecf-header-with-spaced-initials-and-a-pageid-dates-the-order",
      "Case 1:11-cv-00117-GZS -DBH -BMS Document 34 #: 198 Filed 06/22/25 Page 1 of 2 PageID\nUNITED STATES DISTRICT "
      "COURT\nDISTRICT OF MAINE\nORDER\nThe parties shall file a joint status report by July 5, 2025.\n",
      "entry 2025-06-22"),
    # ... and a text layer that drops the spaces: "Case3:09-cv-02292-JW Document772 Filed04/28/25 Page2 of 4".
    R("an-ecf-header-without-spaces-dates-the-order",
      "Case3:09-cv-02292-JW Document772 Filed04/28/25 Page2 of 4\nUNITED STATES DISTRICT COURT\nORDER SETTING HEARING\n"
      "Oppositions shall be filed on or before May 13, 2025.\n",
      "entry 2025-04-28"),
    # Bankr. N.D. Tex.: "The local rules of this Court shall be amended effective September 1, 2025" is this order's
    # act, not a rule's history (it read as background).
    R("rules-that-shall-be-amended-effective-are-this-orders-act",
      doc("The local rules of this Court shall be amended effective September 1, 2025, as set forth in the attached "
          "Exhibit A."),
      "other 2025-09-01"),
    # E.D. Cal.'s "within 14 days of the date of service of this order": the clerk serves this order on entry, so the
    # period counts from entry (labelling rule 2); it was left undated. 2025-03-05 + 14 = 2025-03-19.
    R("date-of-service-of-this-order-counts-from-entry",
      doc("Accordingly, the Court ORDERS that within 14 days of the date of service of this order, the parties SHALL "
          "file a notice whether they believe, in good faith, that a settlement conference is likely to be fruitful."),
      "filing 2025-03-19"),
    # ... but an order that tells a party to serve it ("Plaintiff shall serve a copy of this order on each defendant")
    # means that service, which no one can date yet.
    R("service-of-this-order-a-party-makes-stays-undated",
      doc("Plaintiff shall serve a copy of this order on each defendant. Within 14 days of the date of service of this "
          "order, each defendant shall file a notice of appearance."),
      "absent 2025-03-19"),
    # E.D. Cal.'s docket text: "Pleading Amendment Deadline 6/30/2025" and "Merits Briefing: Opening Brief by
    # 6/16/2025; Response by 7/14/2025" are papers (they read as "other").
    R("pleading-amendment-deadline-is-a-filing",
      "SCHEDULING ORDER: Pleading Amendment Deadline 6/30/2025. Merits Briefing: Opening Brief by 6/16/2025; Response "
      "by 7/14/2025. Signed by Magistrate Judge Jennifer L. Thurston on 5/2/2025. (Hall, S)\n",
      "filing 2025-06-30"),
    R("an-opening-brief-by-a-date-is-a-filing",
      "SCHEDULING ORDER: Pleading Amendment Deadline 6/30/2025. Merits Briefing: Opening Brief by 6/16/2025; Response "
      "by 7/14/2025. Signed by Magistrate Judge Jennifer L. Thurston on 5/2/2025. (Hall, S)\n",
      "filing 2025-06-16"),
    # D. Mont.: intervenors "must refile any attached ... on or before May 10, 2025" (it read as "other").
    R("refiling-a-paper-is-a-filing",
      doc("Defendant-Intervenors must refile any attached proposed answer as a separate docket entry on or before "
          "May 10, 2025."),
      "filing 2025-05-10"),
    # El Paso: "The trial court is ORDERED to conduct a hearing on the motions before October 15, 2025" is a deadline for
    # holding a hearing (labelling rule 1), no sitting set that day (it read as a hearing).
    R("ordered-to-conduct-a-hearing-before-a-date-is-a-cutoff",
      doc("The trial court is ORDERED to conduct a hearing on the motions before October 15, 2025."),
      "other 2025-10-15"),
    # S.D.N.Y.: "The deadline for Defendants' cross-motion and opposition is extended to July 7, 2025" and "The parties
    # are ORDERED to update the Court on or before April 29, 2025" are papers (they read as "other").
    R("the-deadline-for-a-cross-motion-is-a-filing",
      doc("The deadline for Defendants' cross-motion and opposition is extended to July 7, 2025."),
      "filing 2025-07-07"),
    R("ordered-to-update-the-court-is-a-filing",
      doc("The parties are ORDERED to update the Court on or before April 29, 2025, regarding the status of any "
          "arbitration."),
      "filing 2025-04-29"),
    # D. Md.: "July 13, 2025: Report about deposition hours" is a paper filed.
    R("a-report-about-something-is-a-filing",
      doc("I. DEADLINES\nJuly 13, 2025: Report about deposition hours\nJuly 20, 2025: Joint status report\n"),
      "filing 2025-07-13"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eleventh_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_new_yorks_time_to_serve_and_file_is_named_for_the_paper_and_whose_it_is() -> None:
    # N.Y. App. Div.: "the appellants' time to serve and file a reply brief is enlarged until December 3, 2025" (the title
    # read "And file a reply brief is enlarged until due").
    timeline = run(doc("ORDERED that the appellants' time to serve and file a reply brief is enlarged until December 3, "
                       "2025."))
    titles = [e.title for e in timeline.events if e.kind == "filing"]
    assert titles == ["Reply brief due (appellants)"], titles


def test_what_a_form_instructs_is_no_second_duty() -> None:
    # E.D. Cal.: "The form instructs Plaintiff to complete and return the consent form to the Court within thirty days"
    # describes the form; the order's own "Plaintiff shall, within thirty days of the date of service of this order,
    # complete and return the form" is the one duty (two filings were shown once both counted from entry).
    timeline = run(doc("The Clerk's Office shall send to Plaintiff a form for consent/decline. The form instructs "
                       "Plaintiff to complete and return the consent form to the Court within thirty days. Plaintiff "
                       "shall, within thirty days of the date of service of this order, complete and return the form "
                       "to the Court."))
    filings = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert [str(e.date) for e in filings] == ["2025-04-04"], _describe(timeline)


def test_a_schedules_exchanges_are_two_calendared_exchanges() -> None:
    # Tax Court: rows led by their dates, "9. May 3, 2025: Deadline to identify in writing and exchange any documents" and
    # "10. May 3, 2025: Exchange of final exhibit lists", are exchanges between the parties (labelling rule 4), not
    # filings; and a row with no verb is still a setting, not background (the second read as a recital).
    timeline = run(doc("The following schedule applies:\n9. May 3, 2025: Deadline to identify in writing and exchange "
                       "any documents anticipated to be offered into evidence.\n10. May 3, 2025: Exchange of final "
                       "exhibit lists (excluding trial demonstratives).\n11. May 31, 2025: Deadline to file objections "
                       "to motions in limine.\n"))
    on_day = [e.kind for e in timeline.events if str(e.date) == "2025-05-03" and not e.recital]
    assert on_day == ["other", "other"], _describe(timeline)


def test_an_extended_deadline_for_a_partys_papers_is_titled_by_the_papers() -> None:
    # S.D.N.Y.: "The deadline for Defendants' cross-motion and opposition is extended to July 7, 2025" (the title read
    # "The deadline for Defendants' cross-motion and opposition is extended to").
    timeline = run(doc("The deadline for Defendants' cross-motion and opposition is extended to July 7, 2025. The "
                       "deadline for Plaintiff's reply is extended to July 28, 2025."))
    titles = [e.title for e in timeline.events if e.kind == "filing"]
    assert titles == ["Cross-motion and opposition due (Defendants)", "Reply due (Plaintiff)"], titles


def test_a_clerks_list_item_is_not_moved_by_another_items_extension() -> None:
    # S.D.N.Y.'s closing list "( Brief due by 5/9/2025., Cross Motions due by 7/7/2025., Replies due by 8/18/2025.)":
    # each item is its own; the replies' extension elsewhere in the text does not make the cross-motions a former
    # setting (it read "Cross Motions due (former setting)").
    timeline = run("ORDER: The deadline for Defendants' cross-motion and opposition is extended to July 7, 2025. The "
                   "deadline for Defendants' reply is extended to August 18, 2025. SO ORDERED. ( Brief due by 5/9/2025., "
                   "Cross Motions due by 7/7/2025., Replies due by 8/18/2025.) (Signed by Magistrate Judge Katharine H. "
                   "Parker on 5/5/2025) (vfr)\n")
    former = [e.title for e in timeline.events if "former setting" in e.title]
    assert not former, _describe(timeline)
