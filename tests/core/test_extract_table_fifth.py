"""A fifth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: docket texts that set a hearing on a filed motion, a run-on docket
text that names the old setting and then the new one, opening date lines, papers "dated", two duties
in one sentence, numbers in words past ninety-nine, tentative rulings and calendar pages, sanctions paid,
anchors that stop at the duty, header stamps, clerk's notes restating a counted duty, and docket
summaries over the order they summarise.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # "setting a Motion Hearing re MOTION ... filed by X for <date>": the motion was filed, the hearing is set now.
    R("setting-hearing-on-filed-motion",
      "TEXT ORDER entered by Judge Smith on 9/8/17 setting a Motion Hearing re MOTION for Default Judgment 41 filed "
      "by United States of America for 10/2/17 at 11:00 AM in Courtroom A. (TC) (Entered: 09/08/2017)",
      "hearing 2017-10-02 11:00"),
    # The same with "on the Motion for": a hearing on the motion, not the motion's subject.
    R("hearing-on-the-motion-for",
      doc("The Court sets a Motion Hearing on the Motion for Summary Judgment for April 14, 2025 at 10:00 a.m."),
      "hearing 2025-04-14 10:00"),
    # A docket text with no full stop: "previously set for" speaks of the first date only; the conference
    # "set for" the second is the new setting.
    R("previously-set-then-new-setting-numeric",
      "Notice Rescheduling Hearing previously set for 2/6/17 at 9:00 a.m. before Judge Ballard in Roanoke Settlement "
      "Conference set for 2/17/2017 09:00 AM in Roanoke before Magistrate Judge Ballard. (lg)",
      "hearing 2017-02-17 09:00"),
    R("previously-set-then-new-setting-spelled",
      doc("Hearing previously set for March 20, 2025 at 9:00 a.m. before Judge Ruiz Status Conference set for "
          "March 27, 2025 at 9:00 a.m. before Judge Ruiz."), "hearing 2025-03-27 09:00"),
    R("previously-set-old-date-is-recital",
      doc("Hearing previously set for March 20, 2025 at 9:00 a.m. before Judge Ruiz Status Conference set for "
          "March 27, 2025 at 9:00 a.m. before Judge Ruiz."), "recital 2025-03-20"),
    # A list of old settings after "previously" stays history to its end: no new "set" follows the earlier date.
    R("previously-extended-list-stays-history",
      doc("The Court previously extended the expert disclosure deadline to December 13, 2021, and the supplemental "
          "expert disclosure deadline to January 13, 2022."), "recital 2022-01-13"),
    # D. Del.'s opening "This 28th day of March 2007, the Court having conducted ...": the order's own date ...
    R("opening-this-day-court-having-is-entry",
      "AMENDED SCHEDULING ORDER This 28th day of March 2007, the Court having conducted a Discovery Teleconference on "
      "February 21, 2007; IT IS ORDERED that all discovery shall be completed on or before April 23, 2007.",
      "entry 2007-03-28"),
    # ... and the teleconference the Court "having conducted" is history.
    R("court-having-conducted-is-recital",
      "AMENDED SCHEDULING ORDER This 28th day of March 2007, the Court having conducted a Discovery Teleconference on "
      "February 21, 2007; IT IS ORDERED that all discovery shall be completed on or before April 23, 2007.",
      "recital 2007-02-21"),
    # "the Scheduling Order dated September 11, 2006 is amended": that order's date, not a setting.
    R("paper-dated-is-recital",
      doc("IT IS ORDERED that the Scheduling Order dated September 11, 2024 is amended as follows: discovery shall "
          "be completed by April 23, 2025."), "recital 2024-09-11"),
    # A leading period whose sentence goes on ", and shall submit ...": the first duty is the meeting (other,
    # Thu 11/5 - 14 = Thu 10/22) ...
    R("leading-period-duty-ends-at-and-shall",
      "A scheduling conference shall be conducted at 3:30 p.m. on Thursday, November 5, 2009. At least fourteen (14) "
      "days prior to the conference scheduled herein, counsel shall personally meet and confer pursuant to Fed. R. "
      "Civ. P. 26(f), and shall submit a discovery plan to the undersigned not later than 72 hours prior to the "
      "conference with the Court.\nSigned on 10/27/2009.", "other 2009-10-22"),
    # ... and the plan submitted 72 hours before the 3:30 p.m. conference is a paper (Mon 11/2 at 15:30).
    R("second-duty-after-and-shall-is-its-own",
      "A scheduling conference shall be conducted at 3:30 p.m. on Thursday, November 5, 2009. At least fourteen (14) "
      "days prior to the conference scheduled herein, counsel shall personally meet and confer pursuant to Fed. R. "
      "Civ. P. 26(f), and shall submit a discovery plan to the undersigned not later than 72 hours prior to the "
      "conference with the Court.\nSigned on 10/27/2009.", "filing 2009-11-02 15:30"),
    # Numbers in words past ninety-nine: Fri 3/4/2022 + 180 days = Wed 8/31/2022 (read as 80 days before) ...
    R("one-hundred-eighty-days",
      "The initial duration of the remand is one-hundred eighty days from the date of this order.\n"
      "Entered this 4th day of March, 2022.", "expiry 2022-08-31"),
    # ... and "one hundred twenty (120) days": Sat 7/2/2022, Independence Day on Monday, so Tue 7/5.
    R("one-hundred-twenty-days-rolls",
      "Plaintiff shall file an amended complaint within one hundred twenty (120) days of this order.\n"
      "Entered this 4th day of March, 2022.", "filing 2022-07-05 +rolled"),
    # A tentative ruling's head: "Date:" over "Time:", then the department and the motion. That is the sitting the
    # ruling is for (a ruling carries no date of its own) ...
    R("tentative-ruling-head-is-the-hearing",
      "Re:                Parker vs. Krone America\n\nCase No.:   VCU317703\n\nDate:           July 13, 2026\n\n"
      "Time:           8:30 A.M.\n\nDept.           9-The Honorable N. Ide\n\nMotion:     Motion for Final Approval\n\n"
      "Tentative Ruling: To grant the motion; to set the Final Compliance Hearing for January 25, 2027, 8:30 am in "
      "Department 9.\n", "hearing 2026-07-13 08:30"),
    # ... while a "Date:" line with no "Time:" under it, at the foot of an order, is still the order's date.
    R("date-line-without-time-is-entry",
      "Plaintiff shall file the amended complaint by August 14, 2026.\n\nIT IS SO ORDERED.\n\nDate: July 13, 2026\n",
      "entry 2026-07-13"),
    # A calendar page's own sitting: the date and time alone on their line under the page's heading ...
    R("calendar-line-date-and-time-is-hearing",
      "Probate Case Management Conference Calendar\n\nCourtroom 12\n\nTentative Rulings\n\n"
      "August 13, 2026 at 3:00 p.m.\n\nEstate of Pauline Rose McCabe\n23PR00414\n\nThe matter is continued to "
      "October 1, 2026 at 3:00 p.m. in Dept. 63.\n", "hearing 2026-08-13 15:00"),
    # ... and its standing rule "no later than 4:00 p.m. on the court day immediately preceding the day of the
    # hearing" is the day before (Thu 8/13 -> Wed 8/12) at 16:00.
    R("court-day-immediately-preceding",
      "The hearing is set for Thursday, August 13, 2026 at 3:00 p.m. Both notifications must be completed no later "
      "than 4:00 p.m. on the court day immediately preceding the day of the hearing.\nDated: July 1, 2026\n",
      "other 2026-08-12 16:00"),
    # A tentative ruling has no date of its own: it becomes the order at the hearing its head names, so its
    # periods count from that sitting (Fri 8/28/2026 + 20 days = Thu 9/17) ...
    R("tentative-ruling-period-counts-from-its-hearing",
      "Case Number:  24STCV28669    Hearing Date:   August 28, 2026    Dept:  224\n\nNagad v. Gross\n\nTENTATIVE RULING\n\n"
      "The motions to compel further responses are GRANTED. Defendants shall each serve verified further responses "
      "within 20 days.\n", "service 2026-09-17"),
    # ... and "Sanctions are due and payable within 30 days" is a payment, not a paper (Sun 9/27 -> Mon 9/28).
    R("sanctions-payable-is-other",
      "Case Number:  24STCV28669    Hearing Date:   August 28, 2026    Dept:  224\n\nNagad v. Gross\n\nTENTATIVE RULING\n\n"
      "Sanctions are GRANTED in the amount of $1,500. Sanctions are due and payable within 30 days.\n",
      "other 2026-09-28 +rolled"),
    # A motion for sanctions is still a paper.
    R("motion-for-sanctions-is-filing",
      doc("Any motion for sanctions is due within 30 days."), "filing 2025-04-04"),
    # The period's anchor stops at the duty: "within 21 days from the date of this Order Respondents shall file"
    # is a paper (Mon 9/12/2011 + 21 = Mon 10/3) ...
    R("anchor-stops-at-party-and-modal",
      "Accordingly, it is ORDERED that within twenty one (21) days from the date of this Order Respondents shall file "
      "a Pre-Answer Response limited to addressing the affirmative defenses.\nDated: September 12, 2011",
      "filing 2011-10-03"),
    # ... and so is the habeas form "within 30 days of the date of this order respondent answer the petition".
    R("respondent-answer-the-petition-is-filing",
      "THEREFORE, IT IS ORDERED that within 30 days of the date of this order respondent answer the petition, "
      "complying with Rule 5 of the Rules Governing 2254 Cases.\nDated: September 12, 2011", "filing 2011-10-12"),
    # C.D. Ill.'s header "E-FILED Thursday, 14 May, 2015 09:50:13 AM" dates the order; 30 days from it is Sat
    # 6/13, so Mon 6/15.
    R("e-filed-header-is-entry",
      "E-FILED Thursday, 14 May, 2015 09:50:13 AM Clerk, U.S. District Court, ILCD\nMERIT REVIEW ORDER\nPlaintiff "
      "shall file an amended complaint within thirty (30) days of this order.", "entry 2015-05-14 09:50"),
    R("e-filed-header-anchors-period",
      "E-FILED Thursday, 14 May, 2015 09:50:13 AM Clerk, U.S. District Court, ILCD\nMERIT REVIEW ORDER\nPlaintiff "
      "shall file an amended complaint within thirty (30) days of this order.", "filing 2015-06-15 +rolled"),
    # New Jersey's "IT IS, therefore, on this 21st day of July, 2023, ORDERED that ..." dates the order ...
    R("it-is-therefore-on-this-day-ordered",
      "IT IS, therefore, on this 21st day of July, 2023, ORDERED that the trial is set for September 5, 2023.",
      "entry 2023-07-21"),
    # ... and "this action be, and it hereby is, continued until October 1, 2023" ends a continuance: no sitting.
    R("action-continued-until-is-no-sitting",
      doc("ORDERED that this action be, and it hereby is, continued until October 1, 2025; and it is further ORDERED "
          "that the period through October 1, 2025 be excluded under the Speedy Trial Act."), "other 2025-10-01"),
    # "the trial of this matter is continued until Monday, January 25, 2010 at 9:00 a.m." is still the trial.
    R("trial-of-this-matter-continued-until-is-hearing",
      doc("It is ORDERED that the trial of this matter is continued until Monday, January 25, 2026 at 9:00 a.m."),
      "hearing 2026-01-25 09:00"),
    # "Upon due consideration ... ORDERED that, on or before November 14, 2023, the parties shall confer": the
    # "due" of "due consideration" owes nothing; conferring is no paper.
    R("due-consideration-is-no-deadline-word",
      "Upon due consideration and for cause, it is\nORDERED that, on or before November 14, 2023, the parties (i.e., "
      "respondent and petitioners) shall confer regarding the status of the case and the pending motion.\n"
      "Dated: November 1, 2023", "other 2023-11-14"),
    # A clerk's "FILED MAR 3 1988" stamp merged onto a caption line, the clerk's name on the lines below: the
    # order's date.
    R("filed-stamp-with-clerk-name-below",
      "United States Court of Appeals\nPhilip Joseph, - For the District OF Columbia Circuit\nAppellant FILED MAR 3 1988\n"
      "CONSTANCE L. DUPRE\nORDER CLERK\n\nORDERED that appellant shall submit the documents by April 4, 1988.",
      "entry 1988-03-03"),
    # A docket text's comma list: "..., Pretrial Briefs due by 5/26/2017, Jury Selection Deadline 6/1/2017": the
    # next item's "Jury Selection Deadline" is not the briefs' clause.
    R("comma-list-item-ending-in-deadline",
      "SCHEDULING ORDER: Motions due by 3/7/2017, Pretrial Briefs due by 5/26/2017, Jury Selection Deadline 6/1/2017, "
      "Mediation Due by 5/8/2017. Signed by Honorable Patrick Duffy on 8/30/16. (Entered: 08/30/2016)",
      "filing 2017-05-26"),
    # Moving the deadline for pretrial motions does not move the responses to them set in the next sentence.
    R("responses-not-moved-with-motions",
      doc("The deadline for filing pretrial motions shall be continued to April 16, 2025. Responses to pretrial motions "
          "shall be due on April 23, 2025. A hearing upon pretrial motions shall be set for May 2, 2025 at 10:00 a.m."),
      "filing 2025-04-23"),
    # A text layer with one word a line breaks a numbered item's date over three lines ("4. July" / "31," /
    # "2025, at 11:00 a.m. is fixed for the hearing on confirmation"): still one sentence, a sitting.
    R("date-broken-over-lines-in-numbered-item",
      doc("3. The Debtors shall mail the Plan on or before June 26, 2025.\n4. July\n31,\n2025, at 11:00 a.m. is fixed "
          "for the hearing on confirmation of the\nPlan."), "hearing 2025-07-31 11:00"),
    # A stray space by a slash ("12/9 /2016", "6/26/ 2018") is still the date.
    R("numeric-date-with-stray-space",
      doc("Limited discovery shall be completed no later than 12/9 /2025."), "other 2025-12-09"),
    R("numeric-date-with-space-before-year",
      doc("Defendant shall file its response on or before 6/26/ 2025."), "filing 2025-06-26"),
    # "Plaintiffs Expert Info/Reports due by 12/14/2025": expert reports are exchanged, not filed (LABELLING rule 4).
    R("expert-info-reports-are-other",
      doc("Plaintiffs Expert Info/Reports due by 12/14/2025."), "other 2025-12-14"),
    # Minutes that list settings date first: "Monday, February 16, 2026: deadline for Plaintiffs motion ..." is a
    # paper ...
    R("date-first-row-deadline-for-motion",
      doc("The Court sets the following schedule:\nMonday, February 16, 2026: deadline for Plaintiffs motion requesting "
          "class certification.\nFriday, March 6, 2026: HEARING regarding class certification at 4:00 PM in "
          "Courtroom 3."), "filing 2026-02-16"),
    # ... and the row's "at 4:00 PM", past the row's words, is the hearing's hour.
    R("date-first-row-time-later-in-row",
      doc("The Court sets the following schedule:\nMonday, February 16, 2026: deadline for Plaintiffs motion requesting "
          "class certification.\nFriday, March 6, 2026: HEARING regarding class certification at 4:00 PM in "
          "Courtroom 3."), "hearing 2026-03-06 16:00"),
    # A text layer splits words: "Expert Witness Disclosu res and Reports due by 5/15/2025" is still disclosures.
    R("split-word-disclosures-are-other",
      doc("Expert Witness Disclosu res and Reports due by 5/15/2025."), "other 2025-05-15"),
    # "Prior to the conference" with no count is a duty only when a party owes it: counsel meeting before the
    # final pretrial conference is one (the development corpus labels it) ...
    R("prior-to-conference-party-duty-kept",
      doc("The final pretrial conference is set for May 5, 2025 at 2:00 p.m. Prior to the final pretrial conference, "
          "counsel for all parties shall meet in person to discuss settlement."), "other 2025-05-05 14:00"),
    # A Texas opinion's foot, "Before Justices ... Abated Filed: August 16, 2013", is the order's own stamp.
    R("texas-opinion-foot-filed-stamp",
      "We grant the motion and abate the appeal. The trial court shall arrange for the filing of a supplemental clerk's "
      "record no later than October 4, 2013. David Puryear, Justice Before Justices Puryear, Rose and Goodwin Abated "
      "Filed: August 16, 2013", "entry 2013-08-16"),
    # "the phone scheduling conference previously set for May 2, 2025 is hereby re-scheduled for June 21, 2025 at
    # 9:00 a.m.": the new date is the conference (the words before the old date name it) ...
    R("hereby-re-scheduled-links-to-named-sitting",
      doc("The phone scheduling conference previously set for May 2, 2025 is hereby re-scheduled for June 21, 2025 at "
          "9:00 a.m. Absent exceptional circumstances, the parties shall mediate within 90 days of the scheduling "
          "conference."), "hearing 2025-06-21 09:00"),
    # ... and "within 90 days of the scheduling conference" counts from it (Sat 6/21 + 90 = Fri 9/19).
    R("period-from-rescheduled-conference",
      doc("The phone scheduling conference previously set for May 2, 2025 is hereby re-scheduled for June 21, 2025 at "
          "9:00 a.m. Absent exceptional circumstances, the parties shall mediate within 90 days of the scheduling "
          "conference."), "other 2025-09-19"),
    # Michigan's header prints the bench beside the date ("February 12, 2021 / Bridget M. McCormack, Chief Justice"):
    # the date still stands alone as the order's own ...
    R("date-beside-the-bench-is-entry",
      "Order Michigan Supreme Court\nLansing, Michigan\n\nFebruary 12, 2021 Bridget M. McCormack,\nChief Justice\n\n"
      "161899 Brian K. Zahra\nOn order of the Court, the application for leave to appeal is considered. We DIRECT the "
      "Genesee County Prosecuting\nAttorney to answer the application within 28 days after the date of this order.",
      "entry 2021-02-12"),
    # ... and "We DIRECT the ... Prosecuting\nAttorney to answer" over a line break is a paper (Fri 2/12 + 28 = 3/12).
    R("direct-to-answer-over-line-break-is-filing",
      "Order Michigan Supreme Court\nLansing, Michigan\n\nFebruary 12, 2021 Bridget M. McCormack,\nChief Justice\n\n"
      "161899 Brian K. Zahra\nOn order of the Court, the application for leave to appeal is considered. We DIRECT the "
      "Genesee County Prosecuting\nAttorney to answer the application within 28 days after the date of this order.",
      "filing 2021-03-12"),
    # A docket title in capitals, then "by Magistrate Judge X on <date>": the order's signing.
    R("caps-title-by-magistrate-judge-on",
      "ORDER TO SHOW CAUSE by Magistrate Judge Scott T. Varholak on 3/10/2025. ORDERED that Plaintiff shall show cause "
      "in writing on or before April 7, 2025.", "entry 2025-03-10"),
    # "sixty days from this decision": the decision is this order (Thu 10/31/2011 + 60 = Fri 12/30).
    R("days-from-this-decision",
      "Plaintiffs have sixty days from this decision to respond to the motion.\nDated: October 31, 2011",
      "filing 2011-12-30"),
    # History told in a ruling: "Class members had sixty (60) days, until June 2, 2025 to submit objections" ...
    R("had-days-until-is-history",
      doc("Class members had sixty (60) days, until June 2, 2025 to submit objections. None were received."),
      "recital 2025-06-02"),
    # ... and "the proposed order submitted by Plaintiffs on June 5, 2025" dates that paper, not a duty.
    R("submitted-by-party-on-is-history",
      doc("The Court shall enter its order of final approval on the proposed order submitted by Plaintiffs on "
          "June 5, 2025."), "recital 2025-06-05"),
    # (but "shall be filed by Defendants on or before" is a duty)
    R("shall-be-filed-by-party-on-or-before-is-duty",
      doc("The opposition shall be filed by Defendants on or before June 5, 2025."), "filing 2025-06-05"),
    # "The mandate of this court, issued on August 18, 2011, was recalled": the mandate's date, not this order's;
    # the order's own header date anchors its periods (Tue 1/29/2013 + 45 = Fri 3/15).
    R("mandate-issued-on-is-not-entry",
      "Opinion\n2009-5121\n01-29-2013\nORDER\nThe mandate of this court, issued on August 18, 2011, was recalled by "
      "Order of January 17, 2013, and the appeal has been reinstated. Said briefs shall be due simultaneously from the "
      "parties, no later than 45 days after the date of this order.", "filing 2013-03-15"),
    # The judge's "I required the plaintiff to file within 30 days" tells an earlier order.
    R("i-required-is-history",
      doc("By an Order entered on January 6, 2025, I required the plaintiff to file within 30 days an amended "
          "complaint."), "absent 2025-02-05"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fifth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_labelled_completion_date_is_a_setting_not_the_order_date() -> None:
    # "Mediation Completion Date: July 30, 2027" in a ruling's list of settings is no date of the order.
    timeline = run("The Court adopts the parties' proposed schedule and sets the following dates for this action, which "
                   "the parties shall observe without further notice from the Court; no continuance will be granted "
                   "absent good cause shown by a noticed motion filed in advance of the date in question.\n\n"
                   "Final Status Conference:  September 2, 2027\n\nMediation Completion Date:  July 30, 2027\n\n"
                   "Jury Trial:  September 14, 2027\n")
    that_day = [(e.kind, e.recital) for e in timeline.events if str(e.date) == "2027-07-30"]
    assert that_day and all(kind != "entry" and not recital for kind, recital in that_day), that_day


def test_clerk_note_restating_a_counted_duty_is_one_event() -> None:
    # A docket text sets two duties "within thirty (30) days of the date of this Order" (Mon 12/4/2017 -> Wed
    # 1/3/2018), then the clerk's notes restate them in CM/ECF's words: two events, not four.
    timeline = run("MEMORANDUM AND ORDER: IT IS FURTHER ORDERED that plaintiff must file an amended complaint on the "
                   "Court's form within thirty (30) days of the date of this Order. IT IS FURTHER ORDERED that plaintiff "
                   "must either pay the $400 filing fee or submit a motion to proceed in forma pauperis within thirty (30) "
                   "days of the date of this Order. Amended/Supplemental Pleadings due by 1/3/2018. Response to Court "
                   "due by 1/3/2018.. Signed by Magistrate Judge Nannette A. Baker on 12/4/17. (CSG)")
    that_day = [e for e in timeline.events if str(e.date) == "2018-01-03" and not e.recital]
    assert len(that_day) == 2, [(e.kind, e.title) for e in that_day]


def test_the_courts_own_act_before_a_hearing_is_no_deadline() -> None:
    # ... the court's own act "prior to the hearing" is nobody's deadline: only the sitting is on that day.
    timeline = run(doc("A settlement conference is set for May 5, 2025 at 9:00 a.m. The court will send an email "
                       "containing the videoconference link to counsel prior to the hearing."))
    that_day = [(e.kind, e.title) for e in timeline.events if str(e.date) == "2025-05-05" and not e.recital]
    assert [kind for kind, _ in that_day] == ["hearing"], that_day


def test_docket_summary_over_its_order_is_one_statement() -> None:
    # A justia page: the docket text summarises the order, then the order itself sets the same three things.
    timeline = run("ORDER directing that Rule 26 Meeting be conducted on or before 11/18/2010, that Rule 26 Meeting Report "
                   "be filed by 12/2/2010, and setting INITIAL SCHEDULING CONFERENCE for 12/17/2010 at 2:30 PM. Signed by "
                   "Chief Judge Gary L. Lancaster on 10/28/10. (map)\n\nORDER\nAND NOW, this 28th day of October, 2010, "
                   "IT IS ORDERED that the parties shall conduct the Rule 26(f) meeting on or before November 18, 2010. "
                   "The parties shall file the Rule 26(f) Report on or before December 2, 2010. The initial scheduling "
                   "conference is set for Friday, December 17, 2010 at 2:30 p.m.")
    live = sorted((str(e.date), e.kind) for e in timeline.events if not e.recital and e.kind != "entry")
    assert live == [("2010-11-18", "other"), ("2010-12-02", "filing"), ("2010-12-17", "hearing")], live


def test_a_rulings_disposition_at_head_and_foot_is_one_duty() -> None:
    # A tentative ruling states its disposition twice around the same period phrase: one duty (Mon 8/31 + 10 =
    # Thu 9/10) ...
    timeline = run("Re: Zachary vs. Cemetery Services\n\nDate:           August 31, 2026\n\nTime:           8:30 A.M.\n\n"
                   "Motion:     Motion for Leave to File Amended Complaint\n\nTentative Ruling: To grant the motion and "
                   "order the proposed amended complaint filed no later than ten (10) days from the date of this hearing."
                   "\n\nFacts\n\nPlaintiff moved for leave to amend.\n\nTherefore, the Court grants the motion for leave "
                   "and orders the proposed amended complaint filed no later than ten (10) days from the date of this "
                   "hearing.")
    assert [str(e.date) for e in timeline.events if e.kind == "filing" and not e.recital] == ["2026-09-10"]


def test_two_papers_under_the_same_period_phrase_stay_two() -> None:
    # ... but two sentences that name different papers under one phrase are two duties.
    timeline = run(doc("Plaintiff shall serve code-compliant responses to Defendant's Form Interrogatories, Set One, "
                       "without objections, within thirty (30) days of entry of this order. Plaintiff shall serve "
                       "code-compliant responses to Defendant's Requests for Production of Documents, Set One, without "
                       "objections, within thirty (30) days of entry of this order."))
    assert len([e for e in timeline.events if str(e.date) == "2025-04-04" and not e.recital]) == 2

