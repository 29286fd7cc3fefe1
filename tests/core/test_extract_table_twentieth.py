"""A twentieth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 21.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # Texas 14th Court of Appeals abatement order: "The appeal will be reinstated after the earlier of (1) the filing of
    # the supplemental clerk's record or (2) 60 days from the date of this order" - the court's act, not a paper (it
    # was a filing, from "the filing of" on the way).
    R("an-appeal-reinstated-after-a-count-is-the-courts-act",
      "ABATEMENT ORDER\n\nFiled January 5, 2026.\n\nThe appeal will be reinstated after the earlier of (1) the filing "
      "of the supplemental clerk's record or (2) 60 days from the date of this order.\n",
      "other 2026-03-06"),
    # San Diego Superior Court's tentative-ruling sheet: "SOUTH BUILDING TENTATIVE RULINGS - August 31, 2023" is the day
    # the rulings were posted (it was background).
    R("a-tentative-rulings-sheets-dated-head-is-its-posting",
      "SOUTH BUILDING TENTATIVE RULINGS - August 31, 2026\n\n09/01/2026 01:30:00 PM N-27 COUNTY OF SAN DIEGO\n\n"
      "The motion to continue trial is denied.\n",
      "entry 2026-08-31"),
    # E.D. Wash.: "Plaintiffs shall identify their experts and serve those experts' Rule 26(a)(2) reports on Defendant
    # no later than November 16, 2007" - Rule 26 disclosures are exchanged (LABELLING.md rule 4; it was service).
    R("identifying experts and serving rule-26a2-reports-is-a-disclosure",
      doc("Plaintiffs shall identify their experts and serve those experts' Rule 26(a)(2) reports on Defendant no "
          "later than November 16, 2025."),
      "other 2025-11-16"),
    # M.D. Ga.: "No later than May 3, 2024, each party shall deliver to all other parties a list of witnesses" - handed
    # to the other side, not filed (it was a filing).
    R("a-list-delivered-to-all-other-parties-is-not-filed",
      doc("No later than November 3, 2025, each party shall deliver to all other parties a list of witnesses who may "
          "be called at trial."),
      "other 2025-11-03"),
    # E.D. Cal.: "No later than June 26, 2015, the parties SHALL exchange exhibit lists via e-mail or fax" - traded, not
    # filed (it was a filing: "exchange exhibit lists" had no "of"/"the").
    R("exchanging-exhibit-lists-by-e-mail-is-not-filed",
      doc("No later than November 26, 2025, the parties SHALL exchange exhibit lists via e-mail or fax."),
      "other 2025-11-26"),
    # E.D. Wash. pleading paper as Justia's text gives it: the ECF header stamp runs into the page's line numbers
    # ("Document 26 Filed 11/06/2007 1 2 3 ... 26 A telephonic status conference") - still the order's entry (it was
    # read as a past filing).
    R("an-ecf-stamp-followed-by-pleading-line-numbers-is-the-entry",
      "Bradburn v. Library District Doc. 26 Case 2:06-cv-00327-EFS Document 26 Filed 11/06/2025 1 2 3 4 5 6 7 8 9 10 11 "
      "12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 A telephonic status conference was held on October 18, 2025. "
      "Plaintiffs shall file the report by December 1, 2025.",
      "entry 2025-11-06"),
    # E.D. Cal.: "No later than June 26, 2015, the parties SHALL exchange ..." in an order filed June 19, 2017 that sets
    # June 30 and July 7, 2017: an old year left in the form, read in the order's year and flagged (it stayed 2015).
    R("an-old-year-inside-this-years-schedule-is-corrected",
      "Filed June 19, 2025\n\na. No later than June 30, 2025, the parties SHALL file a joint pretrial statement;\n\nb. No "
      "later than June 26, 2013, the parties SHALL exchange exhibit lists via e-mail or fax;\n\nThe pretrial conference "
      "is set for July 7, 2025 at 8:30 a.m.\n",
      "other 2025-06-26 +year-corrected"),
    # D.N.M.: "submit a proposed consolidated final pretrial order as follows: Plaintiff to Defendants: on or before
    # January 15, 2019; Defendants to the Court: on or before January 29, 2019" - each item is the paper the lead asks
    # for (the second was other: its clause names no paper).
    R("a-listed-item-named-before-on-or-before-takes-the-leads-paper",
      doc("Counsel are directed to submit a proposed consolidated final pretrial order as follows: Plaintiff to "
          "Defendants: on or before January 15, 2026; Defendants to the Court: on or before January 29, 2026."),
      "filing 2026-01-29"),
    # M.D. Ala.: "The motion to dismiss (Doc. 85) is reset for submission, without oral argument, on January 31, 2012" -
    # the court takes the motion up on the papers: no sitting (it was a hearing titled "Without oral argument").
    R("a-motion-reset-for-submission-without-argument-is-no-sitting",
      doc("The motion to dismiss (Doc. 85) is reset for submission, without oral argument, on November 20, 2025."),
      "other 2025-11-20"),
    # S.D. Ala.: "This action is set for jury trial from January 27-29, 2020 (3 days). Trial shall commence daily at
    # 8:30 a.m." - the hour of the next sentence is the trial's (it had none: the sentence had no "The").
    R("trial-shall-commence-daily-at-gives-the-trial-its-hour",
      doc("This action is set for jury trial from January 26-28, 2026 (3 days). Trial shall commence daily at 8:30 a.m."),
      "hearing 2026-01-26 08:30"),
    # Somerset County (Pa.): "Adoption of these rules shall go into effect 30 days after publication" - rules taking
    # effect end on the last day of the count, as "effective 30 days after" does (it was carried past Presidents' Day).
    R("rules-going-into-effect-are-not-carried-past-a-holiday",
      "SOMERSET COUNTY\n\nAdministrative Order 14 of 2026\n\n[57 Pa.B. 326]\n[Saturday, January 16, 2027]\n\nAnd Now, "
      "this 29th day of December 2026, it is hereby ordered that this Administrative Order is adopted.\n\nAdoption of "
      "these rules shall go into effect 30 days after publication in the Pennsylvania Bulletin.\n",
      "other 2027-02-15 +readings-differ"),
    # La. 5th Cir. writ ruling: "The trial court is ordered to render a ruling ... within 60 days of this disposition" -
    # the disposition is this order (the count had no anchor and no date).
    R("sixty-days-of-this-disposition-counts-from-the-order",
      "WRIT GRANTED. The trial court is ordered to render a ruling on the supplemental claims within 60 days of this "
      "disposition.\n\nGretna, Louisiana, this 15th day of April, 2026.\n",
      "other 2026-06-15"),
    # La. Supreme Court: "Relator has until 11-21-88 to petition to the U.S. Supreme Court for certiorari" - a paper
    # (it was other: "petition" as a verb named no paper).
    R("has-until-a-date-to-petition-for-certiorari-is-a-filing",
      doc("The warrant is vacated, for Relator has until 11-23-26 to petition to the U.S. Supreme Court for "
          "certiorari."),
      "filing 2026-11-23"),
    # D. Me.: "The plaintiff did agree, however, to supplement her discovery responses ... by Friday, November 11, 2011" -
    # exchanged, not filed (LABELLING.md rule 4; it was a filing from "to supplement").
    R("supplementing-discovery-responses-is-not-filed",
      doc("The plaintiff did agree, however, to supplement her discovery responses pertaining to her damages claim by "
          "Friday, November 14, 2025."),
      "other 2025-11-14"),
    # E.D. Cal. settlement-conference order: "at least 3 weeks prior to the settlement conference, each defense counsel
    # shall submit a written offer to counsel for each plaintiff" - traded between counsel, not filed (17 of 25 golds
    # with such offers and demands say other; it was a filing from "submit").
    R("a-written-settlement-offer-to-counsel-is-not-filed",
      doc("The Settlement Conference is set for March 3, 2026, at 10:30 AM. At least 3 weeks prior to the settlement "
          "conference, each defense counsel shall submit a written offer to counsel for each plaintiff."),
      "other 2026-02-10"),
    # ... but a sitting continued in a sentence that names a settlement demand stays a sitting ("In view of Plaintiff's
    # request for an extension of time to submit his settlement demand ..., the Court hereby CONTINUES the Settlement
    # Conference ... to November 14, 2023, at 10:30 AM").
    R("a-conference-continued-over-a-settlement-demand-stays-a-sitting",
      doc("In view of Plaintiff's request for an extension of time to submit his settlement demand (Doc. 162), which is "
          "unopposed, the Court hereby CONTINUES the Settlement Conference before Magistrate Judge Oberto to November "
          "14, 2025, at 10:30 AM."),
      "hearing 2025-11-14 10:30"),
    # Fifth Circuit oral-argument calendar: "TUESDAY, DECEMBER 1, 2020 - COURT CONVENES AT 1:00 P.M." heads the day's
    # cases - a sitting at that hour (it was other, untimed).
    R("a-calendar-day-heading-where-court-convenes-is-a-sitting",
      "The Court has scheduled the following cases for VIDEO CONFERENCING\noral argument on the days shown:\n"
      "TUESDAY, DECEMBER 1, 2026 - COURT CONVENES AT 1:00 P.M.\n*\nNo. 19-41008 United States of America v. Vernon D. "
      "Nelson, Appellant.\nFRIDAY, DECEMBER 4, 2026 - COURT CONVENES AT 9:00 A.M.\n*\nNo. 20-10383 Nicole Hutcheson, Et "
      "Al., Appellants v. Dallas County, TX, Et Al.\n",
      "hearing 2026-12-04 09:00"),
    # Nebraska's proposed call: "Conflicts must be received by February 4, 2022" - notices sent in to the court (it was
    # other).
    R("conflicts-that-must-be-received-are-sent-in",
      doc("Attorneys with conflicts should so notify the Clerk. Conflicts must be received by November 20, 2025."),
      "filing 2025-11-20"),
    # Pima County notice: "Comments on the proposed amendment will be accepted until October 3, 2022" - comments sent in
    # (it was other).
    R("comments-accepted-until-a-date-are-sent-in",
      doc("Comments on the proposed amendment will be accepted until November 20, 2025."),
      "filing 2025-11-20"),
    # Hawai'i's e-filing stamp flattened onto one line: "SCOT-17-0000811 Electronically Filed Supreme Court
    # SCOT-17-0000811 04-JAN-2018 09:07 AM" - the order's entry at that hour (it was a past filing).
    R("a-flattened-hawaii-e-filing-stamp-is-the-entry-at-its-hour",
      "SCOT-25-0000811 Electronically Filed Supreme Court SCOT-25-0000811 04-NOV-2025 09:07 AM IN THE SUPREME COURT OF "
      "THE STATE OF HAWAII\n\nORDER DISMISSING APPEAL\n\nThe appeal is dismissed.\n",
      "entry 2025-11-04 09:07"),
    # E.D. Cal.: "Deadline for Hearing Dispositive Motions: February 15, 2024" - a cut-off for the sitting, not one set
    # (LABELLING.md rule 1; it was a hearing).
    R("a-deadline-for-hearing-motions-is-a-cut-off",
      doc("Deadline for Hearing Dispositive Motions: February 16, 2026."),
      "other 2026-02-16"),
    # N.D. Cal. schedule: "Dispositive motions: -Filing: ... -Hearing: On or before May 19, 2025, at 1:30 p.m." - the last
    # day the motion may be heard (it was a hearing).
    R("a-schedules-hearing-on-or-before-row-is-a-cut-off",
      doc("Dispositive motions:\n-Filing: On or before April 1, 2026\n-Hearing: On or before May 19, 2026, at 1:30 p.m."),
      "other 2026-05-19 13:30"),
    # D.V.I.: "For the reasons stated herein, the time to try this case is extended up to and including May 16, 2022" -
    # the court sets the new end now (it was background: no duty word).
    R("a-time-extended-up-to-and-including-a-date-is-live",
      doc("For the reasons stated herein, the time to try this case is extended up to and including November 17, 2025."),
      "other 2025-11-17"),
    # S.D. Cal.: "Dft's answer to the Complaint shall be due 15 days following entry on the docket of Court's order on
    # the motion to transfer" - an order not yet made: no date (it was counted from this order's entry).
    R("a-count-from-the-courts-order-on-a-pending-motion-has-no-date",
      doc("Dft's answer to the Complaint shall be due 15 days following entry on the docket of Court's order on the "
          "motion to transfer."),
      "filing undated"),
    # E.D. Cal.: "The United States shall file any reply brief within seven days of the docketing of defendant's
    # opposition" - from the day the opposition is docketed, which the order cannot know (it was counted from the
    # opposition's deadline).
    R("a-count-from-a-papers-docketing-has-no-date",
      doc("Defendant's opposition is due December 1, 2025. The United States shall file any reply brief within seven days "
          "of the docketing of defendant's opposition on the CM/ECF system."),
      "filing undated"),
    # S.D.N.Y.: "Plaintiffs shall file their Second Amended Complaint by July 7, 2013" in an opinion of July 2, 2014 -
    # last year's day within a month of entry is the year slip (it stayed 2013).
    R("last-years-day-within-a-month-of-entry-is-the-year-slip",
      "Filed July 2, 2025\n\nPlaintiffs shall file their Second Amended Complaint by July 7, 2024.\n",
      "filing 2025-07-07 +year-corrected"),
    # Arizona Supreme Court: "IT IS ORDERED approving those amendments to the Local Rules ..., with an effective date of
    # July 1, 2013" - the day the rules take effect (it was a filing).
    R("rules-approved-with-an-effective-date-of-take-effect-then",
      doc("IT IS ORDERED approving those amendments to the Local Rules of Practice for the Maricopa County Superior "
          "Court, in accordance with the attachment hereto, with an effective date of December 1, 2025."),
      "other 2025-12-01"),
    # M.D. Pa. docket text: "... motion for an extension of time to complete discovery and to file additional dispositive
    # motions ... is GRANTED and the case-management Order ... is hereby amended as follows: Close of Fact Discovery:
    # February 28, 2018. Reports of Experts : March 14, 2018. ..." - a discovery row under a lead naming papers stays no
    # paper (it was made a filing by the lead).
    R("a-discovery-row-under-a-papers-lead-is-no-paper",
      doc("The plaintiffs' unopposed motion for an extension of time to complete discovery and to file additional "
          "dispositive motions is GRANTED and the case-management Order of February 17, 2025, is hereby amended as "
          "follows: Close of Fact Discovery: February 27, 2026. Reports of Experts : March 13, 2026. Dispositive Motions "
          "and Supporting Briefs Due: May 4, 2026."),
      "other 2026-02-27"),
    # D. Idaho docket text: "All dispositive motions shall be filed by 2/8/18. ... A hearing on dispositive motions in
    # this case is set for 6/15/18 at 1:30 p.m. in Boise Courtroom 3" - the sitting, though the papers it hears are the
    # nearest kind word (it was a filing).
    R("a-hearing-on-motions-set-for-a-day-is-a-sitting",
      doc("All dispositive motions shall be filed by 2/9/26. A hearing on dispositive motions in this case is set for "
          "6/15/26 at 1:30 p.m. in Boise Courtroom 3 before Judge B. Lynn Winmill."),
      "hearing 2026-06-15 13:30"),
    # Colorado Supreme Court: "I am extending the prohibition on jury calls through May 15, 2020" - where a bound ends,
    # not a sitting (it was a hearing, from "jury calls").
    R("a-prohibition-on-jury-calls-through-a-day-is-a-bound",
      doc("Due to the ongoing pandemic, I am extending the prohibition on jury calls through November 14, 2025, "
          "again excepting cases with imminent speedy trial deadlines."),
      "other 2025-11-14"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentieth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_rules_taking_effect_stated_twice_are_one_event() -> None:
    # Somerset County (Pa.) administrative order: "(5) Adoption of these rules shall go into effect 30 days after
    # publication in the Pennsylvania Bulletin" and the rule's note "(Adopted December 29, 2022, effective 30 days after
    # publication in the Pennsylvania Bulletin.)" - one day the rules take effect (there were two events).
    timeline = run("THE COURTS\n\nTitle 255—LOCAL COURT RULES\n\nSOMERSET COUNTY\n\nCriminal Division; Administrative "
                   "Order 14 of 2026\n\n[57 Pa.B. 326]\n[Saturday, January 16, 2027]\n\nAdministrative Order\n\nAnd Now, "
                   "this 29th day of December 2026, it is hereby ordered that this Administrative Order is hereby "
                   "adopted to read as follows hereto.\n\n(5) Adoption of these rules shall go into effect 30 days after publication "
                   "in the Pennsylvania Bulletin, with the court putting them into practice with the April 2027 list."
                   "\n\nRule 1030. Scheduling.\n\n(Adopted December 29, 2026, effective 30 days after publication in "
                   "the Pennsylvania Bulletin.)\n")
    effective = [e for e in timeline.events if not e.recital and e.kind == "other" and e.date
                 and e.date.isoformat() == "2027-02-15"]
    assert len(effective) == 1, _describe(timeline)


def test_a_count_from_a_papers_filing_is_not_from_a_reinstatement() -> None:
    # Texas 14th: "Appellees filed a motion to extend time to file their brief until 30 days after a supplemental
    # clerk's record is filed ... The appeal will be reinstated after the earlier of (1) the filing of the supplemental
    # clerk's record or (2) 60 days" - the record has no date, so the brief has none (it was counted from the
    # reinstatement once that read as the court's act).
    timeline = run("ABATEMENT ORDER\n\nFiled January 5, 2026.\n\nAppellees filed a motion to extend time to file their "
                   "brief until 30 days after a supplemental clerk's record is filed. We grant the motion. The appeal "
                   "will be reinstated after the earlier of (1) the filing of the supplemental clerk's record or (2) 60 "
                   "days from the date of this order.\n")
    dated = sorted(str(e.date) for e in timeline.events if not e.recital and e.date and e.kind != "entry")
    assert dated == ["2026-03-06"], _describe(timeline)


def test_exhibit_and_witness_lists_the_same_day_are_two_events() -> None:
    # E.D. Cal.: "b. No later than June 26 ..., the parties SHALL exchange exhibit lists via e-mail or fax ... c. No later
    # than June 26 ..., the parties SHALL exchange witness lists via e-mail or fax" - two lists (LABELLING.md rule 8;
    # they were folded into one, the sentences being alike).
    timeline = run(doc("b. No later than November 26, 2025, the parties SHALL exchange exhibit lists via e-mail or fax.\n\n"
                       "c. No later than November 26, 2025, the parties SHALL exchange witness lists via e-mail or fax."))
    same_day = [e for e in timeline.events if not e.recital and str(e.date) == "2025-11-26"]
    assert len(same_day) == 2, _describe(timeline)


def test_a_later_paper_in_the_sentence_keeps_its_own_date() -> None:
    # E.D. Ark.: "submit their trial briefs and proposed findings of fact and conclusions of law to chambers on or before
    # Monday, January 5, 2009, with reply briefs, if any, to be submitted to the court on Tuesday, January 6, 2009" - the
    # 6th is the replies' day alone (the earlier list was split onto it too), and the findings and conclusions are one
    # paper (they were split at "and").
    timeline = run(doc("The parties shall submit their trial briefs and proposed findings of fact and conclusions of law "
                       "to chambers on or before Monday, November 17, 2025, with reply briefs, if any, to be submitted to "
                       "the court on Tuesday, November 18, 2025."))
    on = {day: sorted(e.title for e in timeline.events if str(e.date) == day) for day in ("2025-11-17", "2025-11-18")}
    assert len(on["2025-11-17"]) == 2 and len(on["2025-11-18"]) == 1, _describe(timeline)


def test_a_paper_named_two_ways_with_or_stays_in_the_list() -> None:
    # N.Y. App. Div.: "unless appellants shall file and serve the record on appeal and brief or briefs on or before
    # December 5, 2011" - two papers, the record and the brief (a guard for the rule above).
    timeline = run(doc("ORDERED that the appeal is dismissed unless appellants shall file and serve the record on appeal "
                       "and brief or briefs on or before December 5, 2025."))
    assert len([e for e in timeline.events if str(e.date) == "2025-12-05"]) == 2, _describe(timeline)


def test_a_calendar_with_case_rows_under_placed_day_headings_gives_each_case_its_hour() -> None:
    # Idaho Supreme Court calendar: "Thursday, June 23, 2016 - BOISE  Watch Live! ..." over rows "8:50 a.m.  Marrison v.
    # St. Luke's RMC  #42625" - each case is a sitting at its hour (the day heading was background, the rows nothing).
    timeline = run("Oral Arguments for June-September 2026\n\n\nThursday, June 25, 2026 - BOISE  Watch Live! Watch Oral "
                   "Arguments Live\n\n8:50 a.m.  Marrison v. St. Luke's RMC  #42625\n\n10:00 a.m.  Doe v. Roe  "
                   "#43920\n\n\nTuesday, August 25, 2026 - COEUR D'ALENE\n\n8:50 a.m.  Marek v. Hecla Mining  #43269\n")
    sittings = sorted(f"{e.date} {e.time}" for e in timeline.events if e.kind == "hearing" and e.date and not e.recital)
    assert sittings == ["2026-06-25 08:50:00", "2026-06-25 10:00:00", "2026-08-25 08:50:00"], _describe(timeline)
