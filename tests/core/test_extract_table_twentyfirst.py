"""A twenty-first batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 22.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # Kansas Supreme Court: "BY ORDER OF THE COURT this 28th day of June, 2010." closes its rules orders - the order's
    # own date (it was background).
    R("by-order-of-the-court-this-day-is-the-entry",
      "IN THE SUPREME COURT OF THE STATE OF KANSAS\nORDER\nThe attached amendments to Supreme Court Rules are hereby "
      "adopted, effective July 1, 2025.\nBY ORDER OF THE COURT this 28th day of June, 2025.\n",
      "entry 2025-06-28"),
    # Texas 5th Court of Appeals: the page opens "Order entered September 5, 2018" on a line of its own - the order's
    # own date (it was read as another order, "Order entered").
    R("an-order-entered-heading-line-is-the-entry",
      "in the Interest of C.R.E. and C.E., Children\n\nOrder entered September 5, 2025\n\n\n\n\n      In The\n"
      "      Court of Appeals\n      Fifth District of Texas at Dallas\n\nWe ORDER appellant to file a verification "
      "within fifteen days.\n",
      "entry 2025-09-05"),
    # Tennessee Supreme Court docket page: "Order of the Supreme Court filed August 23, 2011:" heads the order's text
    # (it was a past filing).
    R("an-order-of-the-court-filed-heading-is-the-entry",
      "Oral argument November 1, 2025 - 3:30pm\n\nOrder of the Supreme Court filed August 23, 2025:\n\nThe parties "
      "shall file supplemental briefs by September 22, 2025.\n",
      "entry 2025-08-23"),
    # C.D. Ill. docket text: "ORDER & OPINION entered by Judge Joe Billy McDade on 4/26/13:" - this order's own title
    # with an ampersand (it was another paper's date).
    R("an-order-and-opinion-with-an-ampersand-entered-by-a-judge-is-the-entry",
      "ORDER & OPINION entered by Judge Joe Billy McDade on 4/26/25: IT IS THEREFORE ORDERED that Defendants' Motion "
      "in Limine 52 is DENIED.",
      "entry 2025-04-26"),
    # D. Del. scan: "Case 1:04-cv-00165-KAJ Document 78 Filed 05/25/2005 Page 1 of4" - OCR joined "of4"; still the
    # ECF header stamp (it was a past filing).
    R("an-ecf-stamp-with-ocr-joined-page-count-is-the-entry",
      "Case 1:24-cv-00165-KAJ Document 78 Filed 05/25/2025 Page 1 of4\nIN THE UNITED STATES DISTRICT COURT\n"
      "FOR THE DISTRICT OF DELAWARE\nPlaintiff shall file the brief by July 1, 2025.\n",
      "entry 2025-05-25"),
    # D. Conn. scan: "Filed 11/16/2006I Page 1 6f;4" - a stray letter after the year and "6f" for "of".
    R("an-ecf-stamp-with-ocr-noise-after-the-year-is-the-entry",
      "Case 3:23-cv\u201400998-JGM Document 67 Filed 11/16/2025I Page 1 6f;4:.Aa_--.\nIN THE UNITED STATES DISTRICT "
      "COURT\nThe joint trial memorandum is due December 29, 2025.\n",
      "entry 2025-11-16"),
    # W.D. Tenn.: "this matter is expected to proceed to trial as currently scheduled on September 26, 2022" - the trial
    # stands (it was a former setting, from "currently scheduled").
    R("trial-as-currently-scheduled-stands",
      doc("Finally, barring any unforeseen circumstances, the Court notes that this matter is expected to proceed to "
          "trial as currently scheduled on September 26, 2025."),
      "hearing 2025-09-26"),
    # Mass. Superior Court standing order: "II. from July 13 to August 9, 2020, more in-person proceedings will take
    # place in courthouses" - the phase's first day reads the period's clause, past its last day (it was background:
    # its own clause, cut at the next date, was only "from ... to").
    R("a-periods-first-day-reads-the-clause-after-its-last-day",
      doc("II. from July 13 to August 9, 2025, more in-person proceedings will take place in courthouses."),
      "other 2025-07-13"),
    # The same order: "from July 1 to July 12, 2020, the court will continue to handle ... matters virtually (i.e., by
    # telephone, videoconference, email, or comparable means)" - videoconference as a means is no sitting (it was a
    # hearing).
    R("videoconference-in-a-list-of-means-is-no-sitting",
      doc("I. from July 1 to July 12, 2025, the court will continue to handle emergency matters virtually (i.e., by "
          "telephone, videoconference, email, or comparable means)."),
      "other 2025-07-12"),
    # N.Y. Court of Claims: "State's motion for summary judgment ... is adjourned for thirty days to allow for
    # supplemental submission" - thirty days from the order (there was no event).
    R("a-motion-adjourned-for-thirty-days-counts-from-the-order",
      doc("State's motion for summary judgment dismissing this claim is adjourned for thirty days to allow for "
          "supplemental submission to establish service of this court's Conditional Order of Preclusion."),
      "filing 2025-04-04"),
    # Mass. Juvenile Court: "This Standing Order is effective on August 4, 2025, and will remain in effect until a
    # subsequent order issues" - the day it takes effect, not an end (it was an expiry, from "remain in effect until").
    R("is-effective-on-a-day-and-remains-until-further-order-is-when-it-takes-effect",
      doc("This Standing Order is effective on August 4, 2025, and will remain in effect until a subsequent order "
          "issues rescinding this Standing Order."),
      "other 2025-08-04"),
    # The same order: "The time standards ... for the trial, settlement or other disposition of cases apply to cases
    # filed on or after" a day - the first day they apply, not a deadline (it was a filing).
    R("standards-for-cases-filed-on-or-after-a-day-are-no-deadline",
      doc("The time standards set forth below for the trial, settlement or other disposition of cases apply to cases "
          "filed on or after August 4, 2025."),
      "other 2025-08-04"),
    # E.D. Mo. docket text as Justia gives it: "Plaintiff shall submit an amended complaint ... by Monday, J uly 6, 2009"
    # - a month split by the text layer (there was no event).
    R("a-month-name-split-by-the-text-layer-is-read-whole",
      doc("Plaintiff shall submit an amended complaint in accordance with this order by Monday, J uly 6, 2025."),
      "filing 2025-07-06"),
    # The same docket text closes "( Joint Scheduling Plan due by 7/10/2009.)Signed by Honorable E. Richard Webber on
    # June 29, 2009." - no space after the parenthesis (it was background).
    R("signed-by-a-judge-right-after-a-parenthesis-is-the-entry",
      "MEMORANDUM AND ORDER IT IS HEREBY ORDERED that the motion is GRANTED. ( Joint Scheduling Plan due by "
      "7/10/2025.)Signed by Honorable E. Richard Webber on June 29, 2025. (MCB)",
      "entry 2025-06-29"),
    # Connecticut Superior Court notice: "Effective February 28, 2009 the arguable and non-arguable status of certain
    # filings is changed" - the day the change takes effect (it was a filing, and background).
    R("effective-a-day-opening-a-sentence-is-when-the-change-takes-effect",
      "Notice Regarding Arguable Civil Short Calendar Matters\n\nThe current short calendar process is revised. Effective "
      "February 28, 2025 the arguable and non-arguable status of certain filings is changed to standardize court staff "
      "coding.\n",
      "other 2025-02-28"),
    # Connecticut family standing order's head: "Management Order for Trials, Hearings, Case Dates ... / Effective
    # January 1, 2025" - the order takes effect (it was a hearing, from the title line above).
    R("an-effective-line-under-a-title-naming-hearings-is-no-hearing",
      "Superior Court for Family Matters Standing Orders\nManagement Order for Trials, Hearings, Case Dates, and "
      "Resolution Plan Dates\nEffective January 1, 2025\n\n\n\nThese management orders shall apply to trials and "
      "hearings in family matters.\n",
      "other 2025-01-01"),
    # Trumbull County (Ohio) journal entry: "These local court rules shall be applicable effective January 14, 1993 to
    # all civil and criminal actions filed" - this act, not a cited rule's history (it was background).
    R("rules-that-shall-be-applicable-effective-a-day-take-effect-then",
      "JOURNAL ENTRY\n\nApplicability. These local court rules shall be applicable effective January 14, 2025 to all "
      "civil and criminal actions filed in the Trumbull County Court, Eastern District.\n",
      "other 2025-01-14"),
    # Texas 14th: "Tex. R. Jud. Admin. 6.2(a) (effective May 1, 2012)" - a cited rule's date in parentheses stays
    # background (guard for the rule above).
    R("a-cited-rules-effective-date-in-parentheses-is-background",
      doc("See Tex. R. Jud. Admin. 6.2(a) (effective May 1, 2025). The reporter shall file the record on or before "
          "May 13, 2025."),
      "absent 2025-05-01"),
    # South Dakota notice: "Proposed Amendment to SDCL to 1-26-33.2. Time for serving briefs." - a code section, not
    # January 26, 2033.
    R("a-south-dakota-code-section-is-no-date",
      doc("NOTICE IS HEREBY GIVEN THAT ON November 9, 2025, at 11:00 A.M. the Court will consider the following: 1. "
          "Proposed Amendment to SDCL to 1-26-33.2. Time for serving briefs."),
      "absent 2033-01-26"),
    # C.D. Cal. notice: "Kiry K. Gray / District Court Executive/Clerk of Court / September 3, 2020" - the signature
    # block's date (it was background).
    R("a-date-under-the-signers-title-is-the-notices-date",
      "All comments must be submitted no later than September 30, 2025.\n\n\nKiry K. Gray\nDistrict Court "
      "Executive/Clerk of Court\nSeptember 3, 2025\n",
      "entry 2025-09-03"),
    # The same notice: "The proposed effective date is December 1, 2020." - when the rules take effect (it was
    # background).
    R("the-proposed-effective-date-is-a-day-is-when-rules-take-effect",
      doc("The Court has preliminarily approved amendments to the local rules. The proposed effective date is "
          "December 1, 2025."),
      "other 2025-12-01"),
    # Bankr. D.S.C.'s page: "Fri, 11/06/2015 - 4:00am" heads it - the posting, at its hour (it was background).
    R("a-pages-posting-line-at-its-head-is-its-date",
      "Fri, 11/06/2025 - 4:00am\nThe judges concur with the Local Rules Committee recommendations. The judges invite "
      "comment to on or before November 20, 2025.\n",
      "entry 2025-11-06 04:00"),
    # The same page: "The judges invite comment to on or before November 20, 2015" - comments are sent in (it was
    # other).
    R("comments-invited-on-or-before-a-day-are-papers",
      doc("The judges invite comment to on or before November 20, 2025. These rules will be effective December 1, "
          "2025."),
      "filing 2025-11-20"),
    # South Carolina's roster: "Tuesday, May 6, 2014 / Supreme Court Courtroom / 09:30 a.m. (Time Limits: 15-15-5) /
    # 2013-000606   Christine Watts, Respondent, v. Sonic Automotive" - each case's hour (the day was the entry).
    R("a-roster-row-with-the-case-under-its-hour-and-time-limits-is-a-sitting",
      "Supreme Court - Roster of Cases for Hearing\n\nTuesday, May 6, 2025\nSupreme Court Courtroom\n 09:30 a.m. (Time "
      "Limits: 15-15-5)\n2013-000606   Christine Watts, Respondent, v. Sonic Automotive, Appellant.\n\nThis is a direct "
      "appeal.\n\n 10:00 a.m. (Time Limits: 10-10-5)\n2013-001683   Richland County Assessor, Respondent, v. James M. "
      "Hull, Appellant.\n",
      "hearing 2025-05-06 10:00"),
    # Mass. Juvenile Court: "from May 4, 2020 until at least July 1, 2020, Massachusetts courthouses will be closed to
    # the public except to conduct emergency hearings" - how long the closure lasts (it was a hearing).
    R("until-a-day-courthouses-will-be-closed-is-no-sitting",
      doc("The Court issued an Order providing that from May 4, 2025 until at least July 1, 2025, courthouses will be "
          "closed to the public except to conduct emergency hearings."),
      "other 2025-07-01"),
    # The same order: "It is hereby ORDERED that Juvenile Court Standing Order 1-20 issued on Friday, March 13, 2020 ...
    # [is] rescinded" - the old order's date (it was a live event).
    R("a-numbered-order-issued-on-a-day-is-background-however-the-sentence-orders",
      doc("It is hereby ORDERED that Juvenile Court Standing Order 1-25 issued on Friday, March 14, 2025 is rescinded "
          "and superseded by this Standing Order."),
      "recital 2025-03-14"),
    # The same order's head: "Effective through close of business July 10, 2020" - how long it stays in force (it
    # was background; most golds call such a day other). (Nor is "This Order" after a blank line the date's paper.)
    R("effective-through-close-of-business-a-day-heading-the-order-is-live",
      "Juvenile Court Standing Order 6-25: Further extension of court operations\n\nEffective through close of business "
      "July 10, 2025\n\nThis Order will remain in effect until a subsequent order issues.\n",
      "other 2025-07-10"),
    # Kentucky Supreme Court release: "FRANKFORT, Ky. (Oct. 3, 2012) - The Supreme Court of Kentucky will convene" - the
    # release's dateline, the date in parentheses (it was other).
    R("a-press-datelines-date-in-parentheses-dates-the-release",
      "FRANKFORT, Ky. (Oct. 3, 2025) \u2014 The Supreme Court of Kentucky will convene Wednesday, Oct. 17, 2025, in "
      "Frankfort to hear oral arguments.\n",
      "entry 2025-10-03"),
    # The same release: "The court will hear cases at 9 and 10 a.m. Oct. 17" - a sitting (it was other).
    R("the-court-will-hear-cases-at-an-hour-is-a-sitting",
      doc("The court will hear cases at 10 a.m. on October 17, 2025."),
      "hearing 2025-10-17 10:00"),
    # E.D. La. page: "Release Date: / Tuesday, January 28, 2014" - the notice's own date (it was other).
    R("a-release-date-label-dates-the-notice",
      "Court Closure Due to Adverse Weather Conditions\n\nRelease Date: \nTuesday, January 28, 2025\n\nThe court will "
      "be open as usual at 8:30AM on Thursday, January 30, 2025.\n",
      "entry 2025-01-28"),
    # S.D. Ohio notice: "terms ... are due to expire October 13, 2018; October 27, 2018; and October 28, 2018,
    # respectively" - each listed day takes the first's verb (the later ones were background).
    R("the-next-days-of-a-respectively-list-share-the-first-days-verb",
      doc("The current terms of Magistrate Judge A; Magistrate Judge B; and Magistrate Judge C are due to expire "
          "October 13, 2025; October 27, 2025; and October 28, 2025, respectively."),
      "expiry 2025-10-27"),
    # Wayne County (Mich.) emergency order: "This Order supplements the 2020 State of Emergency-Family Domestic Relations
    # (CAYMC) Court Protocols dated March 19, 2020" - the protocols' date, not this order's (it was a second entry).
    R("court-protocols-dated-a-day-are-another-paper",
      "Mar 31, 2025\n\nThe Chief Judge orders as follows:\n\n  1. This Order supplements the 2025 State of Emergency "
      "Court Protocols dated March 19, 2025, which contains information on essential services.\n",
      "absent 2025-03-19"),
    # W. Va. argument docket: "2. Does W.Va. Code 55-7-9 ... apply to a wrongful discharge case ... where ... the case is
    # set for trial after June 8, 2015?" - a certified question's facts, no setting (it was a hearing).
    R("a-date-inside-a-certified-question-is-no-setting",
      doc("Certified Questions From the Northern District: 2. Does W.Va. Code 55-7-9 apply to a wrongful discharge case "
          "where the plaintiff was discharged on September 3, 2023, and the case is set for trial after June 8, 2025?"),
      "absent 2025-06-08"),
    # The same docket: "Petitioners appeal the order of the Circuit Court of Berkeley County, entered on December 4,
    # 2015" - the appealed order's entry, not this paper's (it was the entry).
    R("the-order-of-a-named-court-entered-on-a-day-is-another-order",
      "Rule 20 argument, Tuesday, May 16, 2025, 10:00 a.m.\n\nDoe v. Roe, No. 16-0008 - Petitioners appeal the order of "
      "the Circuit Court of Berkeley County, entered on December 4, 2024, that granted summary judgment.\n",
      "absent 2024-12-04"),
    # Panel on Multidistrict Litigation notice: "DATE OF HEARING SESSION: September 24, 2020 LOCATION OF HEARING SESSION:
    # ... TIME OF HEARING SESSION: 9:30 a.m." - the sitting's hour from its own row (it had none).
    R("a-notices-time-of-row-gives-the-date-of-rows-sitting-its-hour",
      "NOTICE OF HEARING SESSION Pursuant to the order of the Panel filed today, notice is hereby given that a hearing "
      "session has been scheduled. DATE OF HEARING SESSION: September 24, 2025 LOCATION OF HEARING SESSION: Thurgood "
      "Marshall Federal Judiciary Building One Columbus Circle, NE Washington, DC 20544-0005 TIME OF HEARING SESSION: "
      "9:30 a.m. SCHEDULED MATTERS: Matters scheduled are listed on the enclosed Schedule.",
      "hearing 2025-09-24 09:30"),
    # State Court of Fulton County (Ga.): "**E-FILED** / 18EV004812 / 1/11/2019 9:21 AM / LeNora Ponzo, Clerk" - the
    # clerk's e-filing stamp, its case number between (it was a hearing at 9:21).
    R("an-e-filed-stamp-with-the-case-number-between-is-the-entry",
      "State Court of Fulton County\n**E-FILED**\n18EV004812\n1/11/2025 9:21 AM\nLeNora Ponzo, Clerk\nCivil Division\n\n"
      "STANDING CASE MANAGEMENT ORDER\n\nIt is hereby ORDERED that counsel shall confer.\n",
      "entry 2025-01-11 09:21"),
    # Ada County (Idaho): Defendant's naked "Motion for Leave" (Nov. 13, 2024) - the motion's filing, in parentheses after
    # it (it was a live event).
    R("a-motions-date-in-parentheses-after-it-is-background",
      'Order Denying Motion for Leave\n\nBefore the Court is Defendant\'s naked "Motion for Leave" (Nov. 13, 2025) in '
      'which he seeks relief from the "Discovery Motions" deadline of November 14, 2025, as set forth in the governing '
      'scheduling order.\' Defendant asserts his counsel are still reviewing discovery.\n',
      "recital 2025-11-13"),
    # The same order: "The State's discovery deadline was September 6, 2024." - a deadline told in the past (it was a
    # live event).
    R("a-deadline-that-was-a-day-is-background",
      "Motions to enlarge a deadline filed on the eve of the deadline are not well taken. The State's discovery deadline "
      "was September 6, 2025.\n",
      "recital 2025-09-06"),
    # The same order: relief from the "Discovery Motions" deadline of November 14, 2024 - a motions deadline, its name in
    # quotes (it was other: the closing quote broke "Motions deadline").
    R("a-quoted-motions-deadline-is-a-filing",
      'Before the Court is the "Motion for Leave" (Nov. 13, 2025) in which he seeks relief from the "Discovery '
      'Motions" deadline of November 14, 2025, as set forth in the governing scheduling order.\n',
      "filing 2025-11-14"),
    # D. Conn.: "shall serve an updated damages analysis on opposing counsel 14 days after the close of discovery" - the
    # day "All discovery will be completed" (it counted from the last day to serve written discovery requests).
    R("the-close-of-discovery-is-the-day-discovery-is-completed",
      doc("All discovery will be completed (not propounded) by May 1, 2025. In order to ensure that this deadline is "
          "met, all written discovery requests must be served by February 14, 2025. Any party shall serve an updated "
          "damages analysis on opposing counsel 14 days after the close of discovery.", entry="Entered September 30, 2024."),
      "service 2025-05-15"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentyfirst_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_about_months_thereafter_in_a_story_counts_nothing() -> None:
    # N.Y. Court of Claims: "... Stipulation and Order dated January 28, 2004. About five months thereafter, on June 21,
    # 2004, the State filed a motion" - a story's rough span, not a count (it was an event "[2] About", dated five
    # months after the deadline before it).
    # (The stored page is cut mid-sentence: no full stop closes it.)
    timeline = run("Signed March 5, 2025.\n\nA discovery schedule was prepared and set forth in a Preliminary Conference "
                   "Stipulation and Order dated January 28, 2024.[2] About five months thereafter, on June 21, 2024, the "
                   "State filed a motion seeking an order dismissing this claim purs")
    counted = [e for e in timeline.events if not e.recital and "about" in e.title.lower()]
    assert not counted, _describe(timeline)


def test_a_wrapped_order_entered_line_is_still_another_order() -> None:
    # The heading rule needs a blank line before "Order entered": a wrapped "... comply with the Scheduling\nOrder
    # entered March 3, 2015" names another order.
    timeline = run(doc("The parties shall comply with the Scheduling\nOrder entered January 3, 2025, which remains in "
                       "effect."))
    assert not any(e.kind == "entry" and str(e.date) == "2025-01-03" for e in timeline.events), _describe(timeline)


def test_a_count_from_delivering_a_hearings_transcript_is_not_from_the_hearing() -> None:
    # South Dakota rules notice: "the appellant shall serve a brief within thirty days after the delivery of the
    # transcript of the contested case hearing" - from the delivery, which the order does not date (it was counted
    # from the rules hearing the notice sets).
    timeline = run(doc("The hearing is set for November 9, 2025 at 11:00 a.m.\n\nThe appellant shall serve a brief "
                       "within thirty days after the delivery of the transcript of the contested case hearing to "
                       "counsel."))
    served = [e for e in timeline.events if e.kind == "service" and not e.recital]
    assert served and all(e.date is None for e in served), _describe(timeline)


def test_one_period_stated_twice_starts_once() -> None:
    # Calaveras Superior Court notice: "... reducing its hours of operations, during the period of December 18, 2014
    # through January 7, 2015" and "Effective December 18, 2014 through January 7, 2015, the ... hours ... will be as
    # follows" - one first day (two events once the second read as taking effect).
    timeline = run(doc("The Superior Court will be reducing its hours of operations during the period of December "
                       "18, 2025 through January 7, 2026.\n\nEffective December 18, 2025 through January 7, 2026, the "
                       "Clerk's Office hours will be as follows: 8:00 a.m. to 3:00 p.m."))
    firsts = [e for e in timeline.events if not e.recital and str(e.date) == "2025-12-18"]
    assert len(firsts) == 1, _describe(timeline)


def test_rules_adopted_by_judges_that_will_take_effect_are_no_entry() -> None:
    # D. Mont. notice: "Amendments adopted by the Judges will go into effect on a date they will specify, likely December
    # 1, 2019" - a day rules may take effect, not this notice's date (it was an entry, from "adopted by").
    timeline = run("Proposed Amendments to Local Rules\n\nMonday, September 30, 2025\n\nPlease email any comments by "
                   "November 4, 2025. Amendments adopted by the Judges will go into effect on a date they will specify, "
                   "likely December 1, 2025.\n")
    assert not any(e.kind == "entry" and str(e.date) == "2025-12-01" for e in timeline.events), _describe(timeline)


def test_rules_adopted_on_a_trial_basis_name_no_trial() -> None:
    # Bankr. E.D. Mich.: "the chapter 11 local rules were adopted on a trial basis on November 5, 2004" - no sitting (it
    # was a hearing, from "trial").
    timeline = run(doc("The chapter 11 local rules were adopted on a trial basis on November 5, 2024."))
    assert not any(e.kind == "hearing" for e in timeline.events), _describe(timeline)


def test_the_later_of_a_dated_and_an_undated_count_has_no_date() -> None:
    # Fulton County standing order: "counsel shall jointly execute within 10 days of the filing of this Order, OR within
    # 10 days of the filing of the last Defendants' Answer (whichever is later), the attached Consent Case Management
    # Order" - the answer is not dated, so neither is the duty (it was dated ten days after the order).
    timeline = run("**E-FILED**\n18EV004812\n1/13/2025 9:21 AM\nLeNora Ponzo, Clerk\n\nIt is hereby ORDERED that counsel "
                   "shall jointly execute within 10 days of the filing of this Order, OR within 10 days of the filing of "
                   "the last Defendants' Answer (whichever is later), the attached Consent Case Management Order.\n")
    dated = [e for e in timeline.events if not e.recital and e.kind != "entry" and e.date]
    assert not dated, _describe(timeline)


def test_a_title_does_not_open_with_a_closing_parenthesis() -> None:
    # The clause after a parenthesised date starts at its ")": the title drops it (it read ') in which he seeks ...').
    timeline = run(doc('Defendant seeks relief (filed Nov. 13, 2025) in which he seeks more time from the "Discovery '
                       'Motions" deadline of November 14, 2025.'))
    assert all(not e.title.startswith(")") for e in timeline.events), _describe(timeline)
